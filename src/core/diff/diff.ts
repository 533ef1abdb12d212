import type { Decimal } from 'decimal.js';
import type { Calculation } from '../calculate.js';
import { Dec, isDecimal } from '../decimal.js';
import { BOOLEAN_METRICS, METRIC_KEYS, type MetricKey } from '../finance/metrics.js';
import type { Plan } from '../plan/schema.js';

/** Which way is better for each metric. A null figure ranks by what it means (FORMULAS.md). */
const BETTER: Record<MetricKey, { higher: boolean; nullIs: 'best' | 'worst' | 'unknown' } | null> = {
  variable_cost_per_customer_monthly: { higher: false, nullIs: 'unknown' },
  contribution_margin_monthly: { higher: true, nullIs: 'unknown' },
  gross_margin: { higher: true, nullIs: 'unknown' },
  ltv: { higher: true, nullIs: 'best' }, // null: churn 0, a lifetime without end
  ltv_discounted: { higher: true, nullIs: 'unknown' }, // null: no discount rate given
  ltv_to_cac: { higher: true, nullIs: 'best' }, // null: CAC 0
  cac_payback_months: { higher: false, nullIs: 'worst' }, // null: never paid back
  break_even_revenue_monthly: { higher: false, nullIs: 'worst' }, // null: never breaks even
  break_even_customers: { higher: false, nullIs: 'worst' },
  break_even_month: { higher: false, nullIs: 'worst' }, // null: not within the horizon
  runway_months: { higher: true, nullIs: 'best' }, // null: cash lasts the horizon
  min_cash: { higher: true, nullIs: 'unknown' },
  min_cash_month: null, // a when, not a better or worse
  funding_gap: { higher: false, nullIs: 'unknown' },
  customers_end: { higher: true, nullIs: 'unknown' },
  cash_end: { higher: true, nullIs: 'unknown' },
  arr_end: { higher: true, nullIs: 'unknown' },
  burn_multiple: { higher: false, nullIs: 'unknown' }, // null: no new ARR, with or without burn
  funding_total: null, // raising more is neither better nor worse in itself
  default_alive: { higher: true, nullIs: 'unknown' }, // true ranks above false
  runway_months_without_funding: { higher: true, nullIs: 'best' }, // null: cash lasts the horizon without rounds
  peak_monthly_burn: { higher: false, nullIs: 'unknown' },
};

export type Change = 'better' | 'worse' | 'changed' | 'same';

export interface MetricChange {
  name: MetricKey;
  old: string | null;
  new: string | null;
  /** new - old, when both are figures. */
  delta: string | null;
  change: Change;
}

export interface InputChange {
  key: string;
  old: string | null;
  new: string | null;
}

export interface PlanDiff {
  metrics: MetricChange[];
  inputs: InputChange[];
}

/** A shown figure as a rank: true-or-false metrics rank true (1) above false (0). */
function rank(value: string | null, nullIs: 'best' | 'worst' | 'unknown', higher: boolean): number | Decimal | null {
  if (value === 'true' || value === 'false') return new Dec(value === 'true' ? 1 : 0);
  if (value !== null) return new Dec(value);
  if (nullIs === 'unknown') return null;
  return (nullIs === 'best') === higher ? Infinity : -Infinity;
}

function compare(name: MetricKey, before: string | null, after: string | null): Change {
  if (before === after) return 'same';
  const rule = BETTER[name];
  if (!rule) return 'changed';
  const a = rank(before, rule.nullIs, rule.higher);
  const b = rank(after, rule.nullIs, rule.higher);
  if (a === null || b === null) return 'changed';
  const cmp = typeof a === 'number' || typeof b === 'number' ? Math.sign(Number(b) - Number(a)) : b.cmp(a);
  if (cmp === 0) return 'same';
  return (cmp > 0) === rule.higher ? 'better' : 'worse';
}

/** Every input of a plan as `key.path[0].leaf` -> its text, leaving out the computed metrics. */
export function flattenInputs(plan: Plan): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, key: string) => {
    if (value === undefined) return;
    if (isDecimal(value)) out.set(key, value.toString());
    else if (Array.isArray(value)) value.forEach((item, i) => { walk(item, `${key}[${i}]`); });
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k);
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out.set(key, String(value));
    else if (value === null) out.set(key, 'null');
  };
  const { metrics: _metrics, ...inputs } = plan;
  walk(inputs, '');
  return out;
}

/** What changed between two plans: every metric with its direction, and every input that differs. */
export function diffPlans(before: Calculation, after: Calculation): PlanDiff {
  const metrics = METRIC_KEYS.map((name): MetricChange => {
    const old = before.shown[name];
    const now = after.shown[name];
    const figures = old !== null && now !== null && !BOOLEAN_METRICS.has(name);
    return { name, old, new: now, delta: figures ? new Dec(now).minus(old).toString() : null, change: compare(name, old, now) };
  });
  const a = flattenInputs(before.plan);
  const b = flattenInputs(after.plan);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const inputs = keys.filter((k) => a.get(k) !== b.get(k)).map((key) => ({ key, old: a.get(key) ?? null, new: b.get(key) ?? null }));
  return { metrics, inputs };
}

export function worsened(diff: PlanDiff, names: readonly MetricKey[]): MetricKey[] {
  return diff.metrics.filter((m) => names.includes(m.name) && m.change === 'worse').map((m) => m.name);
}
