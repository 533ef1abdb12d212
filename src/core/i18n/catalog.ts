import type { Decimal } from 'decimal.js';
import type { BurnBand } from '../finance/benchmarks.js';
import type { CheckKey } from '../finance/checks.js';
import type { Warning } from '../finance/metrics.js';
import type { Plan } from '../plan/schema.js';
import type { ReportCatalog } from './report-catalog.js';

export type Language = Plan['language'];
type Money = (amount: Decimal) => string;
type WarningText = { [C in Warning['code']]: (warning: Extract<Warning, { code: C }>, money: Money) => string };

/** Every piece of user-facing text, one catalog per language; logic never holds a sentence. */
export interface Catalog {
  locale: string;
  summary: {
    primary: string;
    compute: string;
    fixedCosts: string;
    unitEconomics: string;
    contribution: string;
    grossMargin: string;
    inference: string;
    /** The inference line when the plan serves from its own GPUs. */
    inferenceSelfHosted: string;
    gpus: {
      heading: string;
      selfHosted: string;
      perCustomer: (selfHosted: string, api: string) => string;
      cheaper: string;
      cheaperFrom: (month: string) => string;
      neverCheaper: string;
      gpusEnd: (horizon: number) => string;
      training: string;
    };
    ltv: string;
    ltvDiscounted: string;
    ltvToCac: string;
    payback: string;
    months: (n: string) => string;
    breakEven: string;
    steadyState: string;
    revenuePerMonth: (amount: string) => string;
    projection: string;
    breakEvenCustomers: (n: string) => string;
    breakEvenMonth: (month: string) => string;
    noBreakEvenMonth: (horizon: number) => string;
    cash: string;
    runwayLabel: string;
    lowestCash: string;
    runway: (month: string) => string;
    lasts: (horizon: number) => string;
    minCash: (amount: string, month: string) => string;
    fundingGap: string;
    customersEnd: (horizon: number) => string;
    fundingTotal: string;
    cashEnd: (horizon: number) => string;
    arrEnd: (horizon: number) => string;
    peakBurn: string;
    burnMultiple: string;
    burnBand: (multiple: string, band: BurnBand) => string;
    defaultAlive: string;
    alive: string;
    deadByCash: (runway: string) => string;
    deadByLoss: string;
    yes: string;
    no: string;
    checks: string;
    warnings: string;
    none: string;
  };
  checks: Record<CheckKey, string>;
  /** What a check's null figure means, shown in place of a number. */
  checkWhenNull: Record<CheckKey, string>;
  warnings: WarningText;
  report: ReportCatalog;
}
