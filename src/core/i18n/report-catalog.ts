import type { MetricKey } from '../finance/metrics.js';
import type { LEVELS, PARTNER_STATUSES, PARTNER_TYPES, PRICING_MODELS, RISK_CATEGORIES, SERVE_FROM } from '../plan/schema.js';

/** The units an input is shown with in the report's assumptions appendix. */
export type UnitKind =
  | 'money'
  | 'moneyPerMonth'
  | 'moneyPerYear'
  | 'moneyPerCustomerMonth'
  | 'moneyPerSeatMonth'
  | 'seatsPerCustomer'
  | 'moneyPerNewCustomer'
  | 'moneyPerMillionTokens'
  | 'ratePerMonth'
  | 'ratePerYear'
  | 'share'
  | 'requestsPerCustomerMonth'
  | 'tokensPerRequest'
  | 'multiplier'
  | 'customers'
  | 'customersPerMonth'
  | 'months'
  | 'month'
  | 'people'
  | 'ratio'
  | 'moneyPerGpuHour'
  | 'tokensPerSecond'
  | 'gpus'
  | 'gpuHours'
  | 'parameters'
  | 'tokens'
  | 'tflops';

export type CanvasBlock =
  | 'segments'
  | 'value'
  | 'channels'
  | 'relationships'
  | 'revenue'
  | 'resources'
  | 'activities'
  | 'partners'
  | 'costs';

/** Words the report needs beyond its template: labels, formulas in words, units and enum names. */
export interface ReportCatalog {
  metrics: Record<MetricKey, { label: string; formula: string }>;
  units: Record<UnitKind, (currency: string) => string>;
  pricingModels: Record<(typeof PRICING_MODELS)[number], string>;
  partnerTypes: Record<(typeof PARTNER_TYPES)[number], string>;
  partnerStatuses: Record<(typeof PARTNER_STATUSES)[number], string>;
  riskCategories: Record<(typeof RISK_CATEGORIES)[number], string>;
  levels: Record<(typeof LEVELS)[number], string>;
  canvas: Record<CanvasBlock, string>;
  /** What a null metric means, shown in its place. */
  nullMetric: Partial<Record<MetricKey, string>>;
  notInPlan: string;
  notApplicable: string;
  yes: string;
  no: string;
  month: (m: number) => string;
  /** A recurring cost's months, its last included: "months 4 to 15". */
  monthsFrom: (from: number, to: number) => string;
  perMonth: (amount: string) => string;
  fromMonth: (m: number) => string;
  /** A hire in the spending plan: "Solutions engineers × 2 at $14,000.00 each". */
  hire: (role: string, count: string, each: string) => string;
  /** After a date beyond the horizon: it counts nowhere. */
  afterHorizon: string;
  inference: { input: string; cachedInput: string; output: string; total: string };
  /** How a training run's GPU-hours were found. */
  computeWords: {
    given: string;
    estimated: string;
    priceChange: (percent: string, falls: boolean) => string;
    /** Where the GPU table marks a year when the plan has no milestones, and the horizon. */
    endOfYear: (year: number) => string;
    horizonEnd: string;
    /** Names of `compute.self_hosting.serve_from`'s choices. */
    serveFrom: Record<(typeof SERVE_FROM)[number], string>;
  };
  /** The article's four risk areas, offered as prompts when the plan has no risk register. */
  riskPrompts: Array<{ area: string; prompt: string }>;
  charts: {
    revenueCosts: (currency: string, breakEven: string) => string;
    /** The cash chart's title; `rounds` are the months a round arrives in. */
    cash: (currency: string, cashOut: string, rounds: readonly number[]) => string;
    breakEvenAt: (month: number) => string;
    noBreakEven: string;
    cashOutAt: (month: number) => string;
    noCashOut: string;
    monthAxis: string;
    /** The compute chart's title: the API's cost against self-hosting's. */
    compute: (currency: string, cheaper: string) => string;
    cheaperFrom: (month: number) => string;
    neverCheaper: string;
  };
}
