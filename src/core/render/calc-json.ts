import { catalogFor, planFormatter, warningText, type Calculation } from '../calculate.js';
import type { Decimal } from 'decimal.js';
import { CHECK_RULES } from '../finance/checks.js';
import { BOOLEAN_METRICS, METRIC_KEYS, type MetricKey } from '../finance/metrics.js';
import { jsonNumber, stringifyJson } from './json.js';

const num = (text: string | null) => (text === null ? null : jsonNumber(text));
/** A metric as JSON: true or false for a true-or-false metric, else its number. */
const metric = (key: MetricKey, text: string | null) => (BOOLEAN_METRICS.has(key) ? text === 'true' : num(text));
const limit = (value: Decimal | boolean) => (typeof value === 'boolean' ? value : num(value.toString()));

/** The object `calc --json` prints: its shape is a public interface that scripts rely on. */
export function calcJsonObject(planPath: string, calc: Calculation): Record<string, unknown> {
  const catalog = catalogFor(calc.plan);
  const { money } = planFormatter(calc.plan);
  return {
    plan: planPath,
    currency: calc.plan.currency,
    metrics: Object.fromEntries(METRIC_KEYS.map((key) => [key, metric(key, calc.shown[key])])),
    checks: calc.checks.map((c) => ({ name: c.name, limit: limit(c.limit), actual: metric(CHECK_RULES[c.name].metric, c.actual), pass: c.pass })),
    warnings: calc.analysis.warnings.map((w) => warningText(w, catalog, money)),
  };
}

export function renderCalcJson(planPath: string, calc: Calculation): string {
  return `${stringifyJson(calcJsonObject(planPath, calc))}\n`;
}
