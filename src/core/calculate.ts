import type { Decimal } from 'decimal.js';
import { forComparison } from './decimal.js';
import { evaluateChecks, type CheckResult } from './finance/checks.js';
import { showMetrics, type ShownMetrics } from './finance/display.js';
import { analyze, type Analysis, type Warning } from './finance/metrics.js';
import { formatter, type Formatter } from './format.js';
import { catalogs, type Catalog } from './i18n/index.js';
import type { Plan } from './plan/schema.js';

export interface Calculation {
  plan: Plan;
  analysis: Analysis;
  shown: ShownMetrics;
  checks: CheckResult[];
  passed: boolean;
}

/** Plan to every figure, its shown text and each check's verdict. Pure. */
export function calculate(plan: Plan): Calculation {
  const analysis = analyze(plan);
  const shown = showMetrics(analysis.metrics);
  const checks = evaluateChecks(plan.checks, shown, {
    contributionPositive: forComparison(analysis.unit.contribution).gt(0),
    burning: forComparison(analysis.netBurnFirstYear).gt(0),
  });
  return { plan, analysis, shown, checks, passed: checks.every((c) => c.pass) };
}

/**
 * The calculation with each warning about one key told the line of that key in the plan
 * file, which only the caller that read the file knows.
 */
export function warningLines(calc: Calculation, lineOf: (path: readonly string[]) => number): Calculation {
  const warnings = calc.analysis.warnings.map((w) => (w.code === 'implausible_rate' ? { ...w, line: lineOf(w.key.split('.')) } : w));
  return { ...calc, analysis: { ...calc.analysis, warnings } };
}

/** Number formats in the plan's language and currency. */
export function planFormatter(plan: Plan): Formatter {
  return formatter(catalogs[plan.language].locale, plan.currency);
}

export function warningText(warning: Warning, catalog: Catalog, money: (amount: Decimal) => string): string {
  const text = catalog.warnings[warning.code] as (w: Warning, m: typeof money) => string;
  return text(warning, money);
}

export function catalogFor(plan: Plan): Catalog {
  return catalogs[plan.language];
}
