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

/** Every input the assumptions appendix lists, by its key without list indices. */
export const INPUT_KEYS = [
  'revenue_model.arpu_monthly',
  'revenue_model.seats_per_customer',
  'revenue_model.price_per_seat_monthly',
  'revenue_model.variable_cost_per_customer_monthly',
  'revenue_model.churn_monthly',
  'revenue_model.cac',
  'revenue_model.discount_rate_annual',
  'revenue_model.inference.requests_per_customer_monthly',
  'revenue_model.inference.input_tokens_per_request',
  'revenue_model.inference.output_tokens_per_request',
  'revenue_model.inference.input_price_per_million',
  'revenue_model.inference.output_price_per_million',
  'revenue_model.inference.cached_input_share',
  'revenue_model.inference.cached_input_price_per_million',
  'revenue_model.inference.overhead_multiplier',
  'revenue_model.inference.price_change_yearly',
  'compute.self_hosting.gpu_hourly_price',
  'compute.self_hosting.input_tokens_per_second_per_gpu',
  'compute.self_hosting.output_tokens_per_second_per_gpu',
  'compute.self_hosting.utilization',
  'compute.self_hosting.min_gpus',
  'compute.self_hosting.ops_cost_monthly',
  'compute.training_runs.month',
  'compute.training_runs.gpu_hours',
  'compute.training_runs.parameters',
  'compute.training_runs.tokens',
  'compute.training_runs.gpu_peak_tflops',
  'compute.training_runs.mfu',
  'compute.training_runs.gpu_hourly_price',
  'resources.cash',
  'resources.fixed_costs_monthly',
  'resources.compute_budget_monthly',
  'resources.hires.count',
  'resources.hires.monthly_cost',
  'resources.hires.start_month',
  'resources.planned_costs.month',
  'resources.planned_costs.amount',
  'resources.planned_costs.from_month',
  'resources.planned_costs.monthly',
  'resources.planned_costs.to_month',
  'funding.month',
  'funding.amount',
  'growth.starting_customers',
  'growth.new_customers_monthly',
  'growth.new_customers_growth_monthly',
  'growth.horizon_months',
  'market.size.tam',
  'market.size.sam',
  'market.size.som',
  // Numeric inputs the appendix leaves out (they drive no figure directly), named for the tornado and the simulation.
  'target_market.segments.customers',
  'revenue_model.streams.share',
  'resources.team.count',
  'resources.team.monthly_cost',
  'resources.allocation.share',
  'milestones.month',
  'checks.ltv_to_cac_min',
  'checks.cac_payback_months_max',
  'checks.break_even_month_max',
  'checks.runway_months_min',
  'checks.gross_margin_min',
  'checks.funding_gap_max',
  'checks.burn_multiple_max',
  'checks.cash_out_probability_max',
  'checks.require_default_alive',
] as const;
export type InputKey = (typeof INPUT_KEYS)[number];

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
  /** A reader's name for each input, shown beside its key in the appendix. */
  inputs: Record<InputKey, string>;
  units: Record<UnitKind, (currency: string) => string>;
  pricingModels: Record<(typeof PRICING_MODELS)[number], string>;
  partnerTypes: Record<(typeof PARTNER_TYPES)[number], string>;
  partnerStatuses: Record<(typeof PARTNER_STATUSES)[number], string>;
  riskCategories: Record<(typeof RISK_CATEGORIES)[number], string>;
  levels: Record<(typeof LEVELS)[number], string>;
  canvas: Record<CanvasBlock, string>;
  /** What a null metric means, shown in its place. */
  nullMetric: Partial<Record<MetricKey, string>>;
  /** A note beside a name: "Enterprises (primary)", "企业（主要）". */
  aside: (text: string, note: string) => string;
  /** Between the items of a list in a table cell. */
  listSeparator: string;
  notApplicable: string;
  /** The report's date from `YYYY-MM-DD`: `2026-11-29`, `2026 年 11 月 29 日`. */
  date: (iso: string) => string;
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
  /** The Scenarios section: the base case and each scenario side by side. */
  scenarios: {
    baseCase: string;
    expected: string;
    probability: string;
    /** An expected value that cannot be taken: the figure is null in some case. */
    expectedNull: string;
    /** Why the expected value column is there, and what the base case's probability is. */
    expectedNote: (baseProbability: string) => string;
    chartTitle: (currency: string) => string;
    /** Names each line of the cash chart by its order and where it ends (a null name is the base case): xychart-beta draws no legend. */
    chartLines: (lines: ReadonlyArray<{ name: string | null; end: string }>, month: number) => string;
    /** When the cases project different horizons: the chart stops at the shortest. */
    chartStops: (month: number) => string;
  };
  /** The What matters most section: the tornadoes of the lowest cash and of LTV:CAC. */
  tornado: {
    /** The three inputs that move the lowest cash most; the first is the one to test first. */
    minCashLead: (top: ReadonlyArray<{ label: string; swing: string; low: string; high: string }>) => string;
    minCashNone: string;
    ltvToCacLead: (top: { label: string; atLow: string; atHigh: string; low: string; high: string }) => string;
    ltvToCacNone: string;
    /** A swing that cannot be taken: the metric has no figure at one end. */
    noSwing: string;
  };
  /** The Risk section: the Monte Carlo simulation of the plan's uncertainty ranges. */
  risk: {
    intro: (runs: string, seed: string) => string;
    /** longest: the longest horizon a run draws, when a range on the horizon reaches past the plan's. */
    cashOut: (horizon: number, share: string, low: string, high: string, longest?: number) => string;
    /** The first months the risk of running out reaches 10%, 25% and 50% (null: never within the horizon). */
    riskMonths: (levels: ReadonlyArray<{ level: string; month: number | null }>) => string;
    chartTitle: (currency: string) => string;
    /** Names the fan chart's three lines: xychart-beta draws no legend. */
    chartLines: string;
    /** Above 100,000 runs the fan chart and the drivers use the first 100,000. */
    firstRuns: (runs: string) => string;
    /** An input the simulation does not vary (a range of zero width): no rank correlation. */
    fixed: string;
    /** The lowest cash the same in every run: no rank correlation with anything. */
    flat: string;
    driversLead: (label: string, rho: string) => string;
    noChecks: string;
  };
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
