import type { Decimal } from 'decimal.js';
import { Dec, isDecimal, MIN_EXPONENT, ONE } from '../decimal.js';
import { analyze, type Analysis } from '../finance/metrics.js';
import { BOOLEAN_METRICS, METRIC_KEYS, type MetricKey } from '../finance/metrics.js';
import { NUMBER_INPUTS } from '../plan/fast-validator.generated.js';
import type { NumberRule } from '../plan/numbers.js';
import { applyOverrides, parsePath, type PlanPath } from '../plan/paths.js';
import type { Plan } from '../plan/schema.js';

// The tornado (FORMULAS.md, "Sensitivity (tornado)"): each input moved to its low and its high,
// every other input held at the plan's value, the metric computed by the one projection at
// both ends, and the inputs sorted by how far the metric swings. Pure.

/** The inputs the tornado moves when the plan gives them, after those with an uncertainty range. */
export const TORNADO_INPUTS = [
  'revenue_model.arpu_monthly',
  'revenue_model.churn_monthly',
  'revenue_model.cac',
  'revenue_model.variable_cost_per_customer_monthly',
  'revenue_model.inference.input_price_per_million',
  'revenue_model.inference.output_price_per_million',
  'revenue_model.inference.requests_per_customer_monthly',
  'resources.fixed_costs_monthly',
  'growth.new_customers_monthly',
  'growth.new_customers_growth_monthly',
  'growth.starting_customers',
] as const;

export const DEFAULT_SWING = new Dec('0.2');
export const DEFAULT_TORNADO_METRIC = 'min_cash';

/** The metrics a tornado can show: every figure that is a number (default_alive is true or false). */
export const NUMERIC_METRICS: readonly MetricKey[] = METRIC_KEYS.filter((key) => !BOOLEAN_METRICS.has(key));

/** A range the plan gives for an input (its `uncertainty` entry). */
export interface GivenRange {
  path: PlanPath;
  low: Decimal;
  high: Decimal;
}

export interface TornadoRow {
  path: string;
  /** The values used, after clamping to the input's valid range. */
  low: Decimal;
  high: Decimal;
  metricLow: Decimal | null;
  metricHigh: Decimal | null;
  /** |metric(high) - metric(low)|; null when the metric is null at either end. */
  swing: Decimal | null;
  /** What the input measures, for showing low and high: `$1,440`, `2%`. */
  kind: 'money' | 'rate' | 'number';
}

export interface Tornado {
  metric: MetricKey;
  base: Decimal | null;
  rows: TornadoRow[];
}

/** The rule the schema gives the input at a path, and its kind; undefined for anything but a numeric input. */
export function numberInputAt(path: PlanPath): { rule: NumberRule; kind: 'money' | 'rate' | 'number' } | undefined {
  const key = path.segments.map((s, i) => (typeof s === 'number' ? '[]' : i === 0 ? s : `.${s}`)).join('');
  return NUMBER_INPUTS[key];
}

/** The smallest step inside an exclusive bound: the plan's numbers are 0 or at least 10^-15 in size. */
const STEP = new Dec(`1e${String(MIN_EXPONENT)}`);

/** A value moved into the input's valid range (churn at most 1, counts at least 0, whole months whole). */
export function clampToRule(value: Decimal, rule: NumberRule): Decimal {
  let v = rule.integer ? value.toDecimalPlaces(0, Dec.ROUND_HALF_UP) : value;
  if (rule.min) {
    const min = new Dec(rule.min.value);
    if (rule.min.exclusive ? v.lte(min) : v.lt(min)) v = rule.min.exclusive ? min.plus(rule.integer ? ONE : STEP) : min;
  }
  if (rule.max) {
    const max = new Dec(rule.max.value);
    if (rule.max.exclusive ? v.gte(max) : v.gt(max)) v = rule.max.exclusive ? max.minus(rule.integer ? ONE : STEP) : max;
  }
  return v;
}

function valueAt(plan: unknown, path: PlanPath): unknown {
  return path.segments.reduce<unknown>((node, s) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[s] : undefined), plan);
}

/** A metric as the tornado compares it: default_alive (true or false) as 1 or 0. */
function metricIn(metrics: Analysis['metrics'], metric: MetricKey): Decimal | null {
  const value = metrics[metric];
  return typeof value === 'boolean' ? (value ? ONE : new Dec(0)) : value;
}

/** The inputs in FORMULAS.md's order: the ranges first, then the fixed list's inputs the plan has. */
function inputsOf(plan: Plan, ranges: readonly GivenRange[], swing: Decimal): Array<{ path: PlanPath; low: Decimal; high: Decimal }> {
  const listed = new Set(ranges.map((r) => r.path.text));
  const rest = TORNADO_INPUTS.filter((text) => !listed.has(text)).flatMap((text) => {
    const parsed = parsePath(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const value = valueAt(plan, parsed.path);
    return isDecimal(value) ? [{ path: parsed.path, low: value.mul(ONE.minus(swing)), high: value.mul(ONE.plus(swing)) }] : [];
  });
  return [...ranges, ...rest];
}

/**
 * The tornado of one metric. `swing` is s of FORMULAS.md: an input without a range moves to
 * its value times (1 - s) and (1 + s). Rows sorted by swing, largest first; ties keep their
 * order; a row with a null end after every row with a number.
 */
export function tornado(plan: Plan, metric: MetricKey, options: TornadoOptions = {}): Tornado {
  return tornadoes(plan, [metric], options)[0] as Tornado;
}

export interface TornadoOptions {
  swing?: Decimal;
  ranges?: readonly GivenRange[];
  /** The plan's own figures, when the caller has them already: the base is not computed again. */
  base?: Analysis['metrics'];
}

/**
 * The tornadoes of several metrics from one pass: each input's two calculations give every
 * metric at once, so the report's two tornadoes cost what one does.
 */
export function tornadoes(plan: Plan, metrics: readonly MetricKey[], options: TornadoOptions = {}): Tornado[] {
  const moved = inputsOf(plan, options.ranges ?? [], options.swing ?? DEFAULT_SWING).map(({ path, low, high }) => {
    const input = numberInputAt(path);
    if (!input) throw new Error(`${path.text} is not a numeric input`);
    const ends = [clampToRule(low, input.rule), clampToRule(high, input.rule)] as const;
    const [atLow, atHigh] = ends.map((value) => analyze(applyOverrides(plan, [{ path, value }]) as Plan).metrics);
    return { path: path.text, low: ends[0], high: ends[1], atLow, atHigh, kind: input.kind };
  });
  const base = options.base ?? analyze(plan).metrics;
  return metrics.map((metric) => {
    const rows = moved.map(({ path, low, high, atLow, atHigh, kind }): TornadoRow => {
      const metricLow = metricIn(atLow as Analysis['metrics'], metric);
      const metricHigh = metricIn(atHigh as Analysis['metrics'], metric);
      const swing = metricLow !== null && metricHigh !== null ? metricHigh.minus(metricLow).abs() : null;
      return { path, low, high, metricLow, metricHigh, swing, kind };
    });
    // Array.prototype.sort is stable: equal swings keep the list's order.
    rows.sort((a, b) => {
      if (a.swing === null || b.swing === null) return (a.swing === null ? 1 : 0) - (b.swing === null ? 1 : 0);
      return b.swing.cmp(a.swing);
    });
    return { metric, base: metricIn(base, metric), rows };
  });
}
