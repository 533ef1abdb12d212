import type { Decimal } from 'decimal.js';
import { evaluateChecks, type CheckResult } from './finance/checks.js';
import { showMetrics, type ShownMetrics } from './finance/display.js';
import { analyze, type Analysis, type Warning } from './finance/metrics.js';
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
  const checks = evaluateChecks(plan.checks, shown, analysis.unit.contribution.gt(0));
  return { plan, analysis, shown, checks, passed: checks.every((c) => c.pass) };
}

/** Money in the plan's currency and language, rounded to cents only here. */
export function moneyFormatter(catalog: Catalog, currency: string): (amount: Decimal | string) => string {
  // Built on first use: loading a locale's number data is the slowest step of a JSON run that needs none.
  let format: Intl.NumberFormat | undefined;
  return (amount) => {
    format ??= new Intl.NumberFormat(catalog.locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
    // Intl formats numeric strings exactly; a float would round large figures.
    return format.format((typeof amount === 'string' ? amount : amount.toFixed(2)) as `${number}`);
  };
}

export function warningText(warning: Warning, catalog: Catalog, money: (amount: Decimal) => string): string {
  const text = catalog.warnings[warning.code] as (w: Warning, m: typeof money) => string;
  return text(warning, money);
}

export function catalogFor(plan: Plan): Catalog {
  return catalogs[plan.language];
}
