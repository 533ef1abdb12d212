import type { Decimal } from 'decimal.js';
import { Dec, ZERO } from '../decimal.js';
import type { Checks } from '../plan/schema.js';
import type { ShownMetrics } from './display.js';
import type { MetricKey } from './metrics.js';

export const CHECK_KEYS = [
  'ltv_to_cac_min',
  'cac_payback_months_max',
  'break_even_month_max',
  'runway_months_min',
  'gross_margin_min',
  'funding_gap_max',
  'burn_multiple_max',
  'require_default_alive',
] as const;
export type CheckKey = (typeof CHECK_KEYS)[number];

/** What a null figure's verdict depends on. */
export interface NullContext {
  /** Each customer contributes: contribution margin > 0. */
  contributionPositive: boolean;
  /** The first year burns cash: net burn > 0. */
  burning: boolean;
}

export interface CheckRule {
  metric: MetricKey;
  /** min: the figure must be at least the limit; max: at most; require: a true-or-false figure must be true. */
  direction: 'min' | 'max' | 'require';
  /** The verdict when the figure is null (FORMULAS.md names each null). */
  whenNull: (context: NullContext) => boolean;
}

export const CHECK_RULES: Record<CheckKey, CheckRule> = {
  // null LTV:CAC means CAC is 0 (or churn 0): the ratio is unbounded when each customer contributes.
  ltv_to_cac_min: { metric: 'ltv_to_cac', direction: 'min', whenNull: ({ contributionPositive }) => contributionPositive },
  // null payback: contribution <= 0, so CAC is never recovered.
  cac_payback_months_max: { metric: 'cac_payback_months', direction: 'max', whenNull: () => false },
  // null break-even month: no break-even within the horizon.
  break_even_month_max: { metric: 'break_even_month', direction: 'max', whenNull: () => false },
  // null runway: cash lasts past the horizon.
  runway_months_min: { metric: 'runway_months', direction: 'min', whenNull: () => true },
  // Gross margin is never null: ARPU is always positive.
  gross_margin_min: { metric: 'gross_margin', direction: 'min', whenNull: () => false },
  // The funding gap is never null: 0 when cash never goes below zero.
  funding_gap_max: { metric: 'funding_gap', direction: 'max', whenNull: () => false },
  // null burn multiple: no new ARR. Passes when nothing burns, fails when cash burns without new ARR.
  burn_multiple_max: { metric: 'burn_multiple', direction: 'max', whenNull: ({ burning }) => !burning },
  // Default alive is never null.
  require_default_alive: { metric: 'default_alive', direction: 'require', whenNull: () => false },
};

export interface CheckResult {
  name: CheckKey;
  /** The threshold; `true` for a check that requires a true-or-false figure. */
  limit: Decimal | true;
  /** The figure as shown, or null. */
  actual: string | null;
  pass: boolean;
}

/**
 * A shown figure as a number again. Zero, the most common (a funding gap of 0), is the constant:
 * decimal.js reads the text "0" one character past its end, which costs V8 its optimized parser.
 */
const shownValue = (text: string): Decimal => (text === '0' ? ZERO : new Dec(text));

/**
 * Each threshold the plan sets, judged on the figure as it is shown, so a verdict never
 * contradicts the number printed beside it. A check with no limit is left out.
 */
export function evaluateChecks(checks: Checks, shown: ShownMetrics, context: NullContext): CheckResult[] {
  const results: CheckResult[] = [];
  for (const name of CHECK_KEYS) {
    const limit = checks[name];
    // `require_default_alive: false` asks for nothing: it is left out like an absent limit.
    if (limit === undefined || limit === false) continue;
    const rule = CHECK_RULES[name];
    const actual = shown[rule.metric];
    let pass: boolean;
    if (actual === null) pass = rule.whenNull(context);
    else if (limit === true) pass = actual === 'true';
    else pass = rule.direction === 'min' ? shownValue(actual).gte(limit) : shownValue(actual).lte(limit);
    results.push({ name, limit, actual, pass });
  }
  return results;
}
