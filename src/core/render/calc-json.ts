import { catalogFor, planFormatter, warningText, type Calculation } from '../calculate.js';
import { METRIC_KEYS } from '../finance/metrics.js';
import { JsonNumber, stringifyJson } from './json.js';

const num = (text: string | null) => (text === null ? null : new JsonNumber(text));

/** The object `calc --json` prints: its shape is a public interface that scripts rely on. */
export function calcJsonObject(planPath: string, calc: Calculation): Record<string, unknown> {
  const catalog = catalogFor(calc.plan);
  const { money } = planFormatter(calc.plan);
  return {
    plan: planPath,
    currency: calc.plan.currency,
    metrics: Object.fromEntries(METRIC_KEYS.map((key) => [key, num(calc.shown[key])])),
    checks: calc.checks.map((c) => ({ name: c.name, limit: num(c.limit.toString()), actual: num(c.actual), pass: c.pass })),
    warnings: calc.analysis.warnings.map((w) => warningText(w, catalog, money)),
  };
}

export function renderCalcJson(planPath: string, calc: Calculation): string {
  return `${stringifyJson(calcJsonObject(planPath, calc))}\n`;
}
