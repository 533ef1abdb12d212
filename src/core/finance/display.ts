import { Decimal } from 'decimal.js';
import { INTEGER_METRICS, METRIC_KEYS, MONEY_METRICS, type MetricKey, type Metrics } from './metrics.js';

/** Decimal places a metric is shown with (FORMULAS.md, "Showing figures"). */
export function metricPlaces(key: MetricKey): number {
  return MONEY_METRICS.has(key) ? 2 : INTEGER_METRICS.has(key) ? 0 : 4;
}

/**
 * Rounds half-up, only at output, to plain number text: `7000`, `0.6875`, `-1234.5`.
 * Trailing zeros are dropped so the same text reads as a JSON and a YAML number.
 */
export function roundedText(value: Decimal, places: number): string {
  const rounded = value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  return rounded.isZero() ? '0' : rounded.toString();
}

/**
 * A float (the simulation's) as exact decimal text rounded half-up: the float's shortest
 * round-trip digits, the same on every machine, taken as a decimal, so 0.00005 rounds up as written.
 */
export function roundFloat(value: number, places: number): string {
  if (!Number.isFinite(value)) throw new Error(`a simulated figure is ${String(value)}: the kernel let a value run out of range`);
  return roundedText(new Decimal(value), places);
}

export type ShownMetrics = Record<MetricKey, string | null>;

/**
 * Every metric as the text it is shown with, or null. A true-or-false metric shows as
 * `true` or `false`: the same text is a YAML and a JSON boolean. A figure that is not finite has no
 * honest text: `Infinity` is not JSON, and `∞` in a summary or a diff would hide that an
 * input is far out of range. Inputs are bounded so that it cannot happen (FORMULAS.md,
 * "Showing figures"); if it does, that is a bug, reported as one rather than printed.
 */
export function showMetrics(metrics: Metrics): ShownMetrics {
  const shown = {} as ShownMetrics;
  for (const key of METRIC_KEYS) {
    const value = metrics[key];
    if (typeof value === 'boolean') {
      shown[key] = String(value);
      continue;
    }
    if (value !== null && !value.isFinite()) {
      throw new Error(`${key} is ${value.toString()}: an input is too far out of range to compute with (a bound on the plan's numbers is missing)`);
    }
    shown[key] = value === null ? null : roundedText(value, metricPlaces(key));
  }
  return shown;
}

