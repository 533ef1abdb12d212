import type { Decimal } from 'decimal.js';
import type { Calculation } from '../calculate.js';
import { Dec, isDecimal } from '../decimal.js';
import { BOOLEAN_METRICS, METRIC_KEYS, type MetricKey } from '../finance/metrics.js';
import { numberKindOf, type NumberKind } from '../plan/fields.js';
import { keyPath } from '../plan/problems.js';
import { planSchema } from '../plan/schema.js';
import { schemaAt } from '../plan/schema-walk.js';

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
  training_cost_total: null, // training more is a choice, neither better nor worse in itself
  self_hosted_cost_per_customer: { higher: false, nullIs: 'unknown' }, // null: no self-hosting to compare
  self_hosting_cheaper_from_month: { higher: false, nullIs: 'unknown' }, // null: never cheaper, or no self-hosting
  gpus_end: null, // more GPUs serve more customers: neither better nor worse in itself
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

/** How an input changed: a value that moved, or a list item (or key) that came or went. */
export type InputChangeKind = 'changed' | 'added' | 'removed';

export interface InputChange {
  /** Where: `revenue_model.churn_monthly`, or a list item by its name, `market.competitors["Acme"].pricing`. */
  key: string;
  /** The values as written in the plans (exact digits); for an added or removed item, its name. */
  old: string | null;
  new: string | null;
  change: InputChangeKind;
  /** What the number measures, when it is one, so renderers can show `$1,800.00` or `2.5%`. */
  kind?: NumberKind;
}

export interface PlanDiff {
  metrics: MetricChange[];
  inputs: InputChange[];
  /** The currency both plans share, for showing money; null when they differ. */
  currency: string | null;
  /** There was no plan before: every figure is new, and no input is listed. */
  newPlan: boolean;
}

/**
 * How the items of each list are told apart, so that inserting one shows as one item added,
 * not as every later item changed. Lists of text match by the text itself; a list not named
 * here, or one whose names repeat, is matched by position.
 */
const ITEM_NAMES: Record<string, (item: Record<string, unknown>) => unknown> = {
  'market.competitors': (i) => i.name,
  'target_market.segments': (i) => i.name,
  'revenue_model.streams': (i) => i.name,
  'resources.team': (i) => i.role,
  'resources.allocation': (i) => i.area,
  'resources.hires': (i) => i.role,
  'resources.planned_costs': (i) => i.what,
  funding: (i) => i.round,
  'compute.training_runs': (i) => i.what,
  partners: (i) => i.name,
  risks: (i) => i.risk,
  milestones: (i) => i.goal,
};

type Segment = string | number;

const isMap = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value) && !isDecimal(value);

/** A leaf as text, the way the plan holds it: exact digits for numbers. */
function leafText(value: unknown): string | null {
  if (value === undefined) return null;
  if (value === null) return 'null';
  if (isDecimal(value)) return value.toString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? `${value.length} items` : 'a map';
}

/** An item as a reader knows it: its text, or the first text it holds. */
function itemLabel(item: unknown): string {
  if (typeof item === 'string') return item;
  const text = isMap(item) ? Object.values(item).find((v) => typeof v === 'string') : undefined;
  return typeof text === 'string' ? text : (leafText(item) ?? 'an item');
}

/** The names of a list's items, when every item has one and no two share it. */
function itemNames(listPath: string, items: readonly unknown[]): string[] | undefined {
  const nameOf = ITEM_NAMES[listPath];
  const names = items.map((item) => (typeof item === 'string' ? item : nameOf && isMap(item) ? nameOf(item) : undefined));
  if (!names.every((n): n is string => typeof n === 'string')) return undefined;
  return new Set(names).size === names.length ? names : undefined;
}

/**
 * Every input that differs between two validated plans (numbers exact, `"3%"` read as 0.03),
 * in the order of the old plan, then what only the new one has. `metrics:` is left out.
 */
export function diffInputs(before: unknown, after: unknown): InputChange[] {
  const out: InputChange[] = [];
  const walk = (a: unknown, b: unknown, schemaPath: Segment[], label: string) => {
    const kind = numberKindOf(schemaAt(planSchema, schemaPath));
    const leaf = (change: InputChangeKind, old: string | null, now: string | null) => out.push({ key: label, old, new: now, change, ...(kind ? { kind } : {}) });
    if (Array.isArray(a) && Array.isArray(b)) {
      const listPath = keyPath(schemaPath.filter((s) => typeof s === 'string'));
      const [namesA, namesB] = [itemNames(listPath, a), itemNames(listPath, b)];
      if (namesA && namesB) {
        const item = [...schemaPath, 0];
        for (const [i, name] of namesA.entries()) {
          const j = namesB.indexOf(name);
          if (j < 0) out.push({ key: `${label}[${JSON.stringify(name)}]`, old: name, new: null, change: 'removed' });
          else if (typeof a[i] !== 'string') walk(a[i], b[j], item, `${label}[${JSON.stringify(name)}]`);
        }
        for (const name of namesB) if (!namesA.includes(name)) out.push({ key: `${label}[${JSON.stringify(name)}]`, old: null, new: name, change: 'added' });
        return;
      }
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (i >= a.length) out.push({ key: `${label}[${i}]`, old: null, new: itemLabel(b[i]), change: 'added' });
        else if (i >= b.length) out.push({ key: `${label}[${i}]`, old: itemLabel(a[i]), new: null, change: 'removed' });
        else walk(a[i], b[i], [...schemaPath, 0], `${label}[${i}]`);
      }
      return;
    }
    // A section or list only one plan has: each of its inputs came or went.
    if (a === undefined && (isMap(b) || Array.isArray(b))) {
      walk(Array.isArray(b) ? [] : {}, b, schemaPath, label);
      return;
    }
    if (b === undefined && (isMap(a) || Array.isArray(a))) {
      walk(a, Array.isArray(a) ? [] : {}, schemaPath, label);
      return;
    }
    if (isMap(a) && isMap(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (schemaPath.length === 0 && key === 'metrics') continue;
        walk(a[key], b[key], [...schemaPath, key], label ? `${label}.${key}` : key);
      }
      return;
    }
    const [old, now] = [leafText(a), leafText(b)];
    if (old === now) return;
    leaf(old === null ? 'added' : now === null ? 'removed' : 'changed', old, now);
  };
  walk(before, after, [], '');
  return out;
}

/** What changed between two plans: every metric with its direction, and every input that differs. */
export function diffPlans(before: Calculation | undefined, after: Calculation): PlanDiff {
  if (!before) {
    const metrics = METRIC_KEYS.map((name): MetricChange => ({ name, old: null, new: after.shown[name], delta: null, change: 'changed' }));
    return { metrics, inputs: [], currency: after.plan.currency, newPlan: true };
  }
  const metrics = METRIC_KEYS.map((name): MetricChange => {
    const old = before.shown[name];
    const now = after.shown[name];
    const figures = old !== null && now !== null && !BOOLEAN_METRICS.has(name);
    return { name, old, new: now, delta: figures ? new Dec(now).minus(old).toString() : null, change: compare(name, old, now) };
  });
  const currency = before.plan.currency === after.plan.currency ? after.plan.currency : null;
  return { metrics, inputs: diffInputs(before.plan, after.plan), currency, newPlan: false };
}

export function worsened(diff: PlanDiff, names: readonly MetricKey[]): MetricKey[] {
  return diff.metrics.filter((m) => names.includes(m.name) && m.change === 'worse').map((m) => m.name);
}
