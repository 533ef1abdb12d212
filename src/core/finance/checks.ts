import type { Decimal } from 'decimal.js';
import { Dec } from '../decimal.js';
import type { Checks } from '../plan/schema.js';
import type { ShownMetrics } from './display.js';
import type { MetricKey } from './metrics.js';

export const CHECK_KEYS = ['ltv_to_cac_min', 'cac_payback_months_max', 'break_even_month_max', 'runway_months_min', 'gross_margin_min'] as const;
export type CheckKey = (typeof CHECK_KEYS)[number];

export interface CheckRule {
  metric: MetricKey;
  /** min: the figure must be at least the limit; max: at most. */
  direction: 'min' | 'max';
  /** The verdict when the figure is null (FORMULAS.md names each null), given whether a customer contributes. */
  whenNull: (contributionPositive: boolean) => boolean;
}

export const CHECK_RULES: Record<CheckKey, CheckRule> = {
  // null LTV:CAC means CAC is 0 (or churn 0): the ratio is unbounded when each customer contributes.
  ltv_to_cac_min: { metric: 'ltv_to_cac', direction: 'min', whenNull: (contributionPositive) => contributionPositive },
  // null payback: contribution <= 0, so CAC is never recovered.
  cac_payback_months_max: { metric: 'cac_payback_months', direction: 'max', whenNull: () => false },
  // null break-even month: no break-even within the horizon.
  break_even_month_max: { metric: 'break_even_month', direction: 'max', whenNull: () => false },
  // null runway: cash lasts past the horizon.
  runway_months_min: { metric: 'runway_months', direction: 'min', whenNull: () => true },
  // Gross margin is never null: ARPU is always positive.
  gross_margin_min: { metric: 'gross_margin', direction: 'min', whenNull: () => false },
};

export interface CheckResult {
  name: CheckKey;
  limit: Decimal;
  /** The figure as shown, or null. */
  actual: string | null;
  pass: boolean;
}

/**
 * Each threshold the plan sets, judged on the figure as it is shown, so a verdict never
 * contradicts the number printed beside it. A check with no limit is left out.
 */
export function evaluateChecks(checks: Checks, shown: ShownMetrics, contributionPositive: boolean): CheckResult[] {
  const results: CheckResult[] = [];
  for (const name of CHECK_KEYS) {
    const limit = checks[name];
    if (limit === undefined) continue;
    const rule = CHECK_RULES[name];
    const actual = shown[rule.metric];
    let pass: boolean;
    if (actual === null) pass = rule.whenNull(contributionPositive);
    else pass = rule.direction === 'min' ? new Dec(actual).gte(limit) : new Dec(actual).lte(limit);
    results.push({ name, limit, actual, pass });
  }
  return results;
}
