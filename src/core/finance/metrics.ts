import type { Decimal } from 'decimal.js';
import { Dec, forComparison, isAboveAsCompared, ZERO } from '../decimal.js';
import { implausibleRates, teamAndCompute } from '../plan/plausible.js';
import type { Plan } from '../plan/schema.js';
import { breakEven } from './break-even.js';
import { cheaperFromMonth, computeModel, computeMonths, projectedInference, trainingCostTotal, type ComputeModel, type ComputeMonth } from './compute.js';
import { inferenceCost } from './inference.js';
import { firstMonthBelowZero, project, summarizeProjection, withoutFunding, type ProjectionInputs, type ProjectionMonth, type ProjectionSummary } from './projection.js';
import { beyondHorizon, buildSchedule, fixedCostsRunRate, fundingTotal, scheduleInputs, type BeyondHorizon, type Schedule } from './schedule.js';
import { unitEconomics, type UnitEconomics } from './unit-economics.js';

/** Every metric of FORMULAS.md, in its order. These names are the keys of `metrics:` and of `--json`. */
export const METRIC_KEYS = [
  'variable_cost_per_customer_monthly',
  'contribution_margin_monthly',
  'gross_margin',
  'ltv',
  'ltv_discounted',
  'ltv_to_cac',
  'cac_payback_months',
  'break_even_revenue_monthly',
  'break_even_customers',
  'break_even_month',
  'runway_months',
  'min_cash',
  'min_cash_month',
  'funding_gap',
  'customers_end',
  'cash_end',
  'arr_end',
  'burn_multiple',
  'funding_total',
  'default_alive',
  'runway_months_without_funding',
  'peak_monthly_burn',
  'training_cost_total',
  'self_hosted_cost_per_customer',
  'self_hosting_cheaper_from_month',
  'gpus_end',
  'gross_margin_with_compute',
] as const;

export type MetricKey = (typeof METRIC_KEYS)[number];
/** Metrics that are true or false rather than a figure: shown as `true`/`false` in YAML and JSON. */
export const BOOLEAN_METRICS: ReadonlySet<MetricKey> = new Set(['default_alive']);
export type BooleanMetricKey = 'default_alive';
export type Metrics = Record<Exclude<MetricKey, BooleanMetricKey>, Decimal | null> & Record<BooleanMetricKey, boolean>;

/** Shown rounded to cents; INTEGER_METRICS are whole numbers; every other metric shows 4 decimal places. */
export const MONEY_METRICS: ReadonlySet<MetricKey> = new Set([
  'variable_cost_per_customer_monthly',
  'contribution_margin_monthly',
  'ltv',
  'ltv_discounted',
  'break_even_revenue_monthly',
  'min_cash',
  'funding_gap',
  'cash_end',
  'arr_end',
  'funding_total',
  'peak_monthly_burn',
  'training_cost_total',
  'self_hosted_cost_per_customer',
]);
export const INTEGER_METRICS: ReadonlySet<MetricKey> = new Set([
  'break_even_customers',
  'break_even_month',
  'runway_months',
  'min_cash_month',
  'runway_months_without_funding',
  'self_hosting_cheaper_from_month',
  'gpus_end',
]);

/** Why a figure is missing or alarming, with the inputs a message needs. */
export type Warning =
  | { code: 'zero_churn' }
  | { code: 'non_positive_contribution'; contribution: Decimal }
  | { code: 'zero_cac' }
  | { code: 'no_break_even'; horizon: number }
  | { code: 'cash_runs_out'; /** The first month cash is below zero. */ month: number; fundingGap: Decimal }
  /** Cash goes below zero even with the planned rounds: raise this much more, by that month. */
  | { code: 'cash_runs_out_with_rounds'; month: number; fundingGap: Decimal }
  /** A round dated after cash has already run out: too late by `late` months. */
  | { code: 'round_too_late'; round: string; month: number; cashOutMonth: number; late: number }
  | { code: 'beyond_horizon'; kind: BeyondHorizon['kind']; name: string; month: number; horizon: number }
  /** Customers pass 10 billion, more than there are people, in this month. */
  | { code: 'customers_beyond_people'; month: number }
  /** The run-rate revenue at the horizon passes the serviceable obtainable market. */
  | { code: 'arr_past_som'; arr: Decimal; som: Decimal }
  /** Customers pass the sum of the named segments' potential customers. */
  | { code: 'customers_past_segments'; month: number; segments: Decimal }
  /** Customers grow tenfold or more while fixed costs stay flat: nobody is hired. */
  | { code: 'flat_fixed_costs'; growth: Decimal }
  /** compute.self_hosting is set, but the API is cheaper in every month of the horizon. */
  | { code: 'self_hosting_never_cheaper'; horizon: number }
  /** At the horizon's volume, self-hosting costs more per customer than the API (ops included). */
  | { code: 'self_hosting_dearer_at_horizon'; horizon: number; selfHosted: Decimal; api: Decimal }
  /** Utilization above 85%: little headroom for peaks. */
  | { code: 'utilization_high'; utilization: Decimal }
  /** A training run costs more than the cash at hand in its month (the month's opening cash and rounds). */
  | { code: 'training_beyond_cash'; what: string; month: number; cost: Decimal; cash: Decimal }
  /** A rate past any real business (800% growth a month): most likely a percent typed without its sign. */
  | { code: 'implausible_rate'; key: string; value: Decimal; max: Decimal; per: 'month' | 'year'; meant: Decimal; /** Where the key is in the plan file, when the caller knows. */ line?: number }
  /** Fixed costs below what the team and the compute budget alone cost a month. */
  | { code: 'fixed_costs_below_team'; fixed: Decimal; teamAndCompute: Decimal };


/** The comparison of serving from the API and from self-hosted GPUs, month by month; null without self-hosting. */
export interface ComputeAnalysis {
  model: ComputeModel;
  /** Every projected month, or none without compute.self_hosting. */
  months: ComputeMonth[];
  cheaperFromMonth: number | null;
}

export interface Analysis {
  unit: UnitEconomics;
  compute: ComputeAnalysis;
  metrics: Metrics;
  projection: ProjectionMonth[];
  /** The same projection without any funding round: what default alive judges. */
  projectionWithoutFunding: ProjectionMonth[];
  /** fixed_costs_run_rate: the recurring fixed cost at the horizon, which break-even uses. */
  fixedCostsRunRate: Decimal;
  /** Net burn over the first year's months; the burn multiple's null means no burn when this is not positive. */
  netBurnFirstYear: Decimal;
  warnings: Warning[];
}

/**
 * An analysis whose warnings are worked out when first read: a tornado computes dozens of
 * plans and reads none of their warnings. A class, with the getter on its prototype, not an
 * object literal with a getter of its own: V8 makes an object with an accessor of its own in
 * the old generation, where everything it points to (the whole projection) then outlives the
 * next scavenge; checking 1,000 plans spent a third of its time collecting that garbage.
 * A spread of it (`{ ...analysis }`) leaves out `warnings`: name them again, as warningLines does.
 */
class AnalysisWithLazyWarnings implements Analysis {
  readonly unit: UnitEconomics;
  readonly compute: ComputeAnalysis;
  readonly metrics: Metrics;
  readonly projection: ProjectionMonth[];
  readonly projectionWithoutFunding: ProjectionMonth[];
  readonly fixedCostsRunRate: Decimal;
  readonly netBurnFirstYear: Decimal;
  #warnings: Warning[] | undefined;
  readonly #work: () => Warning[];

  constructor(figures: Omit<Analysis, 'warnings'>, warnings: () => Warning[]) {
    this.unit = figures.unit;
    this.compute = figures.compute;
    this.metrics = figures.metrics;
    this.projection = figures.projection;
    this.projectionWithoutFunding = figures.projectionWithoutFunding;
    this.fixedCostsRunRate = figures.fixedCostsRunRate;
    this.netBurnFirstYear = figures.netBurnFirstYear;
    this.#work = warnings;
  }

  get warnings(): Warning[] {
    this.#warnings ??= this.#work();
    return this.#warnings;
  }
}

/** More customers than people: past this, a projection is a typo, not a plan. */
export const CUSTOMERS_BEYOND_PEOPLE = new Dec('1e10');

export function projectionInputs(
  plan: Plan,
  variableCost: Decimal,
  schedule: Schedule = buildSchedule(scheduleInputs(plan)),
  inference: ProjectionInputs['inference'] = null,
): ProjectionInputs {
  return {
    startingCustomers: plan.growth.starting_customers,
    newCustomersMonthly: plan.growth.new_customers_monthly,
    newCustomersGrowthMonthly: plan.growth.new_customers_growth_monthly,
    horizonMonths: plan.growth.horizon_months.toNumber(),
    churn: plan.revenue_model.churn_monthly,
    arpu: plan.revenue_model.arpu_monthly,
    variableCost,
    inference,
    schedule,
    cac: plan.revenue_model.cac,
    cash: plan.resources.cash,
  };
}

const whole = (n: number | null) => (n === null ? null : new Dec(n));

/** Utilization above this leaves little headroom for peaks. */
export const UTILIZATION_HEADROOM = new Dec('0.85');

function computeWarnings(plan: Plan, compute: ComputeAnalysis, projection: readonly ProjectionMonth[]): Warning[] {
  const warnings: Warning[] = [];
  const horizon = plan.growth.horizon_months.toNumber();
  const hosting = compute.model.selfHosting;
  if (hosting) {
    if (compute.cheaperFromMonth === null) warnings.push({ code: 'self_hosting_never_cheaper', horizon });
    const last = compute.months.at(-1);
    const customers = projection.at(-1)?.customers ?? ZERO;
    // Only when self-hosting was cheaper at some point: otherwise the warning above says it all.
    if (compute.cheaperFromMonth !== null && last && forComparison(customers).gt(0) && forComparison(last.selfHosted).gt(forComparison(last.api))) {
      warnings.push({ code: 'self_hosting_dearer_at_horizon', horizon, selfHosted: last.selfHosted.div(customers), api: last.api.div(customers) });
    }
    if (hosting.utilization.gt(UTILIZATION_HEADROOM)) warnings.push({ code: 'utilization_high', utilization: hosting.utilization });
  }
  for (const run of compute.model.runs) {
    const month = projection[run.month - 1];
    if (!month) continue;
    const atHand = month.cash.minus(month.profit);
    if (forComparison(run.cost).gt(forComparison(atHand))) warnings.push({ code: 'training_beyond_cash', what: run.what, month: run.month, cost: run.cost, cash: atHand });
  }
  return warnings;
}

function warningsFor(plan: Plan, unit: UnitEconomics, summary: ProjectionSummary, projection: readonly ProjectionMonth[], fundingTotal: Decimal, compute: ComputeAnalysis): Warning[] {
  const warnings: Warning[] = implausibleRates(plan).map((r) => ({ code: 'implausible_rate' as const, ...r }));
  const floor = teamAndCompute(plan.resources);
  if (plan.resources.fixed_costs_monthly.lt(floor)) warnings.push({ code: 'fixed_costs_below_team', fixed: plan.resources.fixed_costs_monthly, teamAndCompute: floor });
  const horizon = plan.growth.horizon_months.toNumber();
  if (unit.ltv === null) warnings.push({ code: 'zero_churn' });
  if (forComparison(unit.contribution).lte(0)) warnings.push({ code: 'non_positive_contribution', contribution: unit.contribution });
  if (plan.revenue_model.cac.isZero()) warnings.push({ code: 'zero_cac' });
  if (summary.breakEvenMonth === null) warnings.push({ code: 'no_break_even', horizon });
  if (summary.runwayMonths !== null) {
    const month = summary.runwayMonths + 1;
    const withRounds = fundingTotal.gt(0);
    warnings.push({ code: withRounds ? 'cash_runs_out_with_rounds' : 'cash_runs_out', month, fundingGap: summary.fundingGap });
    for (const round of plan.funding) {
      const at = round.month.toNumber();
      if (at > month && at <= horizon) warnings.push({ code: 'round_too_late', round: round.round, month: at, cashOutMonth: month, late: at - month });
    }
  }
  for (const item of beyondHorizon(scheduleInputs(plan, { runs: compute.model.runs, gpuOpsMonthly: ZERO }))) warnings.push({ code: 'beyond_horizon', ...item, horizon });
  const crowded = projection.find((m) => isAboveAsCompared(m.customers, CUSTOMERS_BEYOND_PEOPLE));
  if (crowded) warnings.push({ code: 'customers_beyond_people', month: crowded.month });
  warnings.push(...computeWarnings(plan, compute, projection));
  warnings.push(...sanityWarnings(plan, summary, projection));
  return warnings;
}

/** Figures a reader would not believe: more revenue than the market, more customers than the segments, growth without hiring. */
function sanityWarnings(plan: Plan, summary: ProjectionSummary, projection: readonly ProjectionMonth[]): Warning[] {
  const warnings: Warning[] = [];
  const som = plan.market.size?.som;
  if (som !== undefined && forComparison(summary.arrEnd).gt(som)) warnings.push({ code: 'arr_past_som', arr: summary.arrEnd, som });
  const sized = plan.target_market.segments.filter((s) => s.customers !== undefined);
  if (sized.length > 0) {
    const segments = sized.reduce((sum, s) => sum.plus(s.customers ?? 0), new Dec(0));
    const past = projection.find((m) => isAboveAsCompared(m.customers, segments));
    if (past) warnings.push({ code: 'customers_past_segments', month: past.month, segments });
  }
  const first = projection[0];
  const last = projection.at(-1);
  const start = plan.growth.starting_customers.gt(0) ? plan.growth.starting_customers : first?.customers;
  if (first && last && start && start.gt(0) && projection.every((m) => m.fixed === first.fixed || m.fixed.eq(first.fixed))) {
    const growth = last.customers.div(start);
    if (forComparison(growth).gte(10)) warnings.push({ code: 'flat_fixed_costs', growth });
  }
  return warnings;
}

/**
 * The margin at the horizon with the always-on compute budget counted as cost of sales, as AI
 * benchmarks count it (FORMULAS.md, "Gross margin with the compute budget"): null without a
 * compute budget or without revenue at the horizon.
 */
function marginWithCompute(plan: Plan, projection: readonly ProjectionMonth[]): Decimal | null {
  const budget = plan.resources.compute_budget_monthly;
  const last = projection.at(-1);
  if (budget === undefined || last === undefined || last.revenue.isZero()) return null;
  return last.revenue.minus(last.serving).minus(budget).div(last.revenue);
}

/** Plan in, every figure out: the pure heart of bizplan. */
export function analyze(plan: Plan): Analysis {
  const inference = plan.revenue_model.inference;
  const model = computeModel(plan, inference ? inferenceCost(inference).monthly : ZERO);
  const hosting = model.selfHosting;
  const unit = unitEconomics(plan.revenue_model, model.servesSelfHosted ? hosting?.costPerCustomer : undefined);
  const timing = scheduleInputs(plan, { runs: model.runs, gpuOpsMonthly: model.servesSelfHosted && hosting ? hosting.opsMonthly : ZERO });
  const schedule = buildSchedule(timing);
  const runRate = fixedCostsRunRate(timing, schedule);
  const even = breakEven(runRate, plan.revenue_model.arpu_monthly, unit.variableCost);
  const monthlyInference = projectedInference(model);
  // With inference month by month, the constant per-customer part is the input alone.
  const perCustomer = monthlyInference ? plan.revenue_model.variable_cost_per_customer_monthly : unit.variableCost;
  const inputs = projectionInputs(plan, perCustomer, schedule, monthlyInference);
  const projection = project(inputs);
  const months = hosting ? computeMonths(model, hosting, projection) : [];
  const compute: ComputeAnalysis = { model, months, cheaperFromMonth: cheaperFromMonth(months) };
  const summary = summarizeProjection(inputs, projection);
  // Default alive and the runway without funding: the one projection without its rounds.
  const alone = timing.rounds.length === 0 ? projection : withoutFunding(projection, inputs.cash);
  const aloneBelowZero = firstMonthBelowZero(alone);
  const total = fundingTotal(timing);
  const metrics: Metrics = {
    variable_cost_per_customer_monthly: unit.variableCost,
    contribution_margin_monthly: unit.contribution,
    gross_margin: unit.grossMargin,
    ltv: unit.ltv,
    ltv_discounted: unit.ltvDiscounted,
    ltv_to_cac: unit.ltvToCac,
    cac_payback_months: unit.cacPayback,
    break_even_revenue_monthly: even.revenueMonthly,
    break_even_customers: even.customers,
    break_even_month: whole(summary.breakEvenMonth),
    runway_months: whole(summary.runwayMonths),
    min_cash: summary.minCash,
    min_cash_month: new Dec(summary.minCashMonth),
    funding_gap: summary.fundingGap,
    customers_end: summary.customersEnd,
    cash_end: summary.cashEnd,
    arr_end: summary.arrEnd,
    burn_multiple: summary.burnMultiple,
    funding_total: total,
    default_alive: aloneBelowZero === null && summary.profitableAtHorizon,
    runway_months_without_funding: whole(aloneBelowZero === null ? null : aloneBelowZero - 1),
    peak_monthly_burn: summary.peakMonthlyBurn,
    training_cost_total: trainingCostTotal(model.runs, timing.horizonMonths),
    self_hosted_cost_per_customer: hosting ? hosting.costPerCustomer : null,
    self_hosting_cheaper_from_month: whole(compute.cheaperFromMonth),
    gpus_end: months.at(-1)?.gpus ?? null,
    gross_margin_with_compute: marginWithCompute(plan, projection),
  };
  return new AnalysisWithLazyWarnings(
    { unit, compute, metrics, projection, projectionWithoutFunding: alone, fixedCostsRunRate: runRate, netBurnFirstYear: summary.netBurnFirstYear },
    () => warningsFor(plan, unit, summary, projection, total, compute),
  );
}
