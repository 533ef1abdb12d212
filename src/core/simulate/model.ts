import type { Decimal } from 'decimal.js';
import { isDecimal } from '../decimal.js';
import { CHECK_KEYS, CHECK_RULES } from '../finance/checks.js';
import { metricPlaces } from '../finance/display.js';
import { parsePath, type PlanPath } from '../plan/paths.js';
import { keyPath } from '../plan/problems.js';
import type { Plan } from '../plan/schema.js';
import type { Distribution } from '../plan/what-if-rules.js';
import { numberInputAt } from '../whatif/sensitivity.js';
import { samplerFor, type Sampler } from './samplers/index.js';

/**
 * A plan compiled for the float kernel: every input the projection reads, as one flat vector of
 * doubles with a slot per input, and each uncertain input as a sampler, a slot and its valid
 * range. Plain data only (numbers, strings, typed arrays), so it crosses to a worker thread by
 * structured clone.
 */

/** Slots of the scalar inputs, in the parameter vector. */
export const SLOT = {
  starting_customers: 0,
  new_customers_monthly: 1,
  new_customers_growth_monthly: 2,
  horizon_months: 3,
  churn_monthly: 4,
  arpu_monthly: 5,
  seats_per_customer: 6,
  price_per_seat_monthly: 7,
  variable_cost: 8,
  cac: 9,
  cash: 10,
  fixed_costs_monthly: 11,
  requests: 12,
  input_tokens: 13,
  output_tokens: 14,
  input_price: 15,
  output_price: 16,
  cached_share: 17,
  cached_price: 18,
  overhead: 19,
  price_change: 20,
  gpu_price: 21,
  input_tps: 22,
  output_tps: 23,
  utilization: 24,
  min_gpus: 25,
  ops_cost: 26,
} as const;
const SCALAR_SLOTS = 27;

/** The checks the kernel judges, with the limit's slot: a limit can be uncertain too. */
const CHECK_SLOT_BASE = SCALAR_SLOTS;
const JUDGED_CHECKS = CHECK_KEYS.filter((key) => key !== ('cash_out_probability_max' as string));
const CHECKS_END = CHECK_SLOT_BASE + JUDGED_CHECKS.length;

/** Fields of each list item, in slot order; NaN where the plan's item leaves one out. */
export const HIRE_FIELDS = ['count', 'monthly_cost', 'start_month'] as const;
export const COST_FIELDS = ['month', 'amount', 'from_month', 'monthly', 'to_month'] as const;
export const ROUND_FIELDS = ['month', 'amount'] as const;
export const RUN_FIELDS = ['month', 'gpu_hours', 'parameters', 'tokens', 'gpu_peak_tflops', 'mfu', 'gpu_hourly_price'] as const;

export interface UncertainInput {
  path: string;
  sampler: Sampler;
  /** Where the draw goes in the parameter vector; -1 for an input the figures never read (tam, a segment's size...). */
  slot: number;
  /** The input's valid range (from the schema's rule): NaN for no bound. */
  min: number;
  minExclusive: boolean;
  max: number;
  maxExclusive: boolean;
  integer: boolean;
}

export interface JudgedCheck {
  key: string;
  metric: string;
  direction: 'min' | 'max' | 'require';
  /** 10^places the figure is shown with: the verdict is judged on it as shown. */
  scale: number;
  slot: number;
}

export interface SimulationModel {
  /** The plan's horizon; with an uncertain horizon, the longest a run can have: the length of the by-month results. */
  horizon: number;
  base: Float64Array;
  inputs: UncertainInput[];
  checks: JudgedCheck[];
  hasInference: boolean;
  hasSelfHosting: boolean;
  servesSelfHosted: boolean;
  /** Seat pricing gives arpu_monthly as seats x price: a drawn seat count or seat price moves it. */
  seatArpu: boolean;
  /** Whether the schedule (hires, planned costs, rounds, training runs) must be rebuilt each run. */
  scheduleVaries: boolean;
  /** Whether price_factor(m) must be rebuilt each run. */
  priceVaries: boolean;
  hires: number;
  costs: number;
  rounds: number;
  runs: number;
  hireBase: number;
  costBase: number;
  roundBase: number;
  runBase: number;
  /** fixed(m) - fixed_costs_monthly - ops, for m = 1 .. horizon at index m (the plan's own, when it does not vary). */
  schedule: Float64Array;
  /** funding(m) at index m. */
  funding: Float64Array;
  /** price_factor(m) at index m. */
  priceFactor: Float64Array;
}

const num = (value: Decimal | undefined): number => (value === undefined ? Number.NaN : value.toNumber());

/** Every input path the kernel reads, with its slot. */
function slotsOf(plan: Plan): { base: Float64Array; slots: Map<string, number>; layout: Pick<SimulationModel, 'hires' | 'costs' | 'rounds' | 'runs' | 'hireBase' | 'costBase' | 'roundBase' | 'runBase'> } {
  const { hires, planned_costs: costs } = plan.resources;
  const rounds = plan.funding;
  const runs = plan.compute.training_runs;
  const hireBase = CHECKS_END;
  const costBase = hireBase + hires.length * HIRE_FIELDS.length;
  const roundBase = costBase + costs.length * COST_FIELDS.length;
  const runBase = roundBase + rounds.length * ROUND_FIELDS.length;
  const size = runBase + runs.length * RUN_FIELDS.length;
  const base = new Float64Array(size).fill(Number.NaN);
  const slots = new Map<string, number>();
  const put = (path: readonly (string | number)[], slot: number, value: number) => {
    slots.set(keyPath(path), slot);
    base[slot] = value;
  };
  const rm = plan.revenue_model;
  put(['growth', 'starting_customers'], SLOT.starting_customers, num(plan.growth.starting_customers));
  put(['growth', 'new_customers_monthly'], SLOT.new_customers_monthly, num(plan.growth.new_customers_monthly));
  put(['growth', 'new_customers_growth_monthly'], SLOT.new_customers_growth_monthly, num(plan.growth.new_customers_growth_monthly));
  put(['growth', 'horizon_months'], SLOT.horizon_months, num(plan.growth.horizon_months));
  put(['revenue_model', 'churn_monthly'], SLOT.churn_monthly, num(rm.churn_monthly));
  put(['revenue_model', 'arpu_monthly'], SLOT.arpu_monthly, num(rm.arpu_monthly));
  put(['revenue_model', 'seats_per_customer'], SLOT.seats_per_customer, num(rm.seats_per_customer));
  put(['revenue_model', 'price_per_seat_monthly'], SLOT.price_per_seat_monthly, num(rm.price_per_seat_monthly));
  put(['revenue_model', 'variable_cost_per_customer_monthly'], SLOT.variable_cost, num(rm.variable_cost_per_customer_monthly));
  put(['revenue_model', 'cac'], SLOT.cac, num(rm.cac));
  put(['resources', 'cash'], SLOT.cash, num(plan.resources.cash));
  put(['resources', 'fixed_costs_monthly'], SLOT.fixed_costs_monthly, num(plan.resources.fixed_costs_monthly));
  const inference = rm.inference;
  if (inference) {
    const at = (key: string) => ['revenue_model', 'inference', key];
    put(at('requests_per_customer_monthly'), SLOT.requests, num(inference.requests_per_customer_monthly));
    put(at('input_tokens_per_request'), SLOT.input_tokens, num(inference.input_tokens_per_request));
    put(at('output_tokens_per_request'), SLOT.output_tokens, num(inference.output_tokens_per_request));
    put(at('input_price_per_million'), SLOT.input_price, num(inference.input_price_per_million));
    put(at('output_price_per_million'), SLOT.output_price, num(inference.output_price_per_million));
    put(at('cached_input_share'), SLOT.cached_share, num(inference.cached_input_share ?? undefined) || 0);
    put(at('cached_input_price_per_million'), SLOT.cached_price, num(inference.cached_input_price_per_million ?? undefined) || 0);
    put(at('overhead_multiplier'), SLOT.overhead, inference.overhead_multiplier === undefined ? 1 : num(inference.overhead_multiplier));
    put(at('price_change_yearly'), SLOT.price_change, num(inference.price_change_yearly ?? undefined) || 0);
  }
  const hosting = plan.compute.self_hosting;
  if (hosting && inference) {
    const at = (key: string) => ['compute', 'self_hosting', key];
    put(at('gpu_hourly_price'), SLOT.gpu_price, num(hosting.gpu_hourly_price));
    put(at('input_tokens_per_second_per_gpu'), SLOT.input_tps, num(hosting.input_tokens_per_second_per_gpu));
    put(at('output_tokens_per_second_per_gpu'), SLOT.output_tps, num(hosting.output_tokens_per_second_per_gpu));
    put(at('utilization'), SLOT.utilization, num(hosting.utilization));
    put(at('min_gpus'), SLOT.min_gpus, hosting.min_gpus === undefined ? 1 : num(hosting.min_gpus));
    put(at('ops_cost_monthly'), SLOT.ops_cost, hosting.ops_cost_monthly === undefined ? 0 : num(hosting.ops_cost_monthly));
  } else if (hosting) {
    // Self-hosting without inference is refused by the schema; its GPU price still prices training runs.
    put(['compute', 'self_hosting', 'gpu_hourly_price'], SLOT.gpu_price, num(hosting.gpu_hourly_price));
  }
  JUDGED_CHECKS.forEach((key, i) => {
    const limit = plan.checks[key];
    put(['checks', key], CHECK_SLOT_BASE + i, typeof limit === 'boolean' ? (limit ? 1 : 0) : num(limit));
  });
  hires.forEach((hire, i) => {
    HIRE_FIELDS.forEach((field, f) => { put(['resources', 'hires', i, field], hireBase + i * HIRE_FIELDS.length + f, num(hire[field])); });
  });
  costs.forEach((cost, i) => {
    // A cost takes the slots of its own shape only: a path to the other shape's key would make it a mixed cost.
    const fields = cost.month === undefined ? (['from_month', 'monthly', 'to_month'] as const) : (['month', 'amount'] as const);
    for (const field of fields) put(['resources', 'planned_costs', i, field], costBase + i * COST_FIELDS.length + COST_FIELDS.indexOf(field), num(cost[field]));
  });
  rounds.forEach((round, i) => {
    ROUND_FIELDS.forEach((field, f) => { put(['funding', i, field], roundBase + i * ROUND_FIELDS.length + f, num(round[field])); });
  });
  runs.forEach((run, i) => {
    const fields = run.gpu_hours === undefined ? (['month', 'parameters', 'tokens', 'gpu_peak_tflops', 'mfu', 'gpu_hourly_price'] as const) : (['month', 'gpu_hours', 'gpu_hourly_price'] as const);
    for (const field of fields) put(['compute', 'training_runs', i, field], runBase + i * RUN_FIELDS.length + RUN_FIELDS.indexOf(field), num(run[field]));
  });
  return { base, slots, layout: { hires: hires.length, costs: costs.length, rounds: rounds.length, runs: runs.length, hireBase, costBase, roundBase, runBase } };
}

/** Slots that feed the schedule: a draw there rebuilds it for the run. */
function feedsSchedule(slot: number, model: Pick<SimulationModel, 'hireBase' | 'runs'>): boolean {
  if (slot >= model.hireBase) return true;
  // The horizon ends recurring costs without a to_month; self-hosting's GPU price prices training runs without their own.
  return slot === SLOT.horizon_months || (slot === SLOT.gpu_price && model.runs > 0);
}

/**
 * The longest horizon a run can have: the plan's, or with a range on it (every run draws one), the
 * range's top rounded as a draw is, within the schema's 1 .. 240 (240 for normal and lognormal, unbounded).
 */
function longestHorizon(plan: Plan, sampler: Sampler | undefined): number {
  if (!sampler) return plan.growth.horizon_months.toNumber();
  const top = sampler.dist === 'fixed' ? sampler.a : sampler.dist === 'pert' || sampler.dist === 'uniform' ? sampler.b : sampler.dist === 'triangular' ? sampler.c : 240;
  return Math.min(240, Math.max(1, Math.floor(top + 0.5)));
}

/**
 * The ranges of a plan already validated (paths, bounds and modes checked by the schema), read
 * without the schema: a report that simulates never loads zod for a plan read the fast way.
 */
function rangesOfValidPlan(plan: Plan): { path: PlanPath; low: Decimal; high: Decimal; dist: Distribution; mode?: Decimal }[] {
  return Object.entries(plan.uncertainty ?? {}).map(([key, range]) => {
    const parsed = parsePath(key);
    if (!parsed.ok) throw new Error(`${key}: ${parsed.message} (the schema ensures a path)`);
    const planValue = parsed.path.segments.reduce<unknown>((node, segment) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined), plan);
    const mode = range.mode ?? (isDecimal(planValue) ? planValue : undefined);
    return { path: parsed.path, low: range.low, high: range.high, dist: range.dist ?? 'pert', ...(mode ? { mode } : {}) };
  });
}

/**
 * The plan compiled for the kernel. The plan is valid (its ranges too); without `uncertainty`
 * every run is the plan itself.
 */
export function compileSimulation(plan: Plan): SimulationModel {
  const { base, slots, layout } = slotsOf(plan);
  const inputs: UncertainInput[] = rangesOfValidPlan(plan).map((range) => {
    const rule = numberInputAt(range.path)?.rule;
    if (!rule) throw new Error(`${range.path.text} is not a numeric input (the schema ensures one)`);
    const sampler = samplerFor(range.dist, range.low.toNumber(), range.high.toNumber(), range.mode?.toNumber());
    return {
      path: range.path.text,
      sampler,
      slot: slots.get(range.path.text) ?? -1,
      min: rule.min ? rule.min.value : Number.NaN,
      minExclusive: rule.min?.exclusive ?? false,
      max: rule.max ? rule.max.value : Number.NaN,
      maxExclusive: rule.max?.exclusive ?? false,
      integer: rule.integer ?? false,
    };
  });
  const horizonInput = inputs.find((i) => i.slot === SLOT.horizon_months);
  const horizon = longestHorizon(plan, horizonInput?.sampler);
  const inference = plan.revenue_model.inference;
  const hosting = plan.compute.self_hosting;
  const servesSelfHosted = Boolean(inference && hosting?.serve_from === 'self_hosted');
  const model: SimulationModel = {
    horizon,
    base,
    inputs,
    checks: JUDGED_CHECKS.flatMap((key, i) => {
      const limit = plan.checks[key];
      // A limit the plan leaves out is set all the same when a range names it: every run draws one.
      const drawn = inputs.some((input) => input.slot === CHECK_SLOT_BASE + i);
      if ((limit === undefined || limit === false) && !drawn) return [];
      const rule = CHECK_RULES[key];
      return [{ key, metric: rule.metric, direction: rule.direction, scale: 10 ** metricPlaces(rule.metric), slot: CHECK_SLOT_BASE + i }];
    }),
    hasInference: inference !== undefined,
    hasSelfHosting: Boolean(inference && hosting),
    servesSelfHosted,
    seatArpu: plan.revenue_model.seats_per_customer !== undefined && plan.revenue_model.price_per_seat_monthly !== undefined,
    scheduleVaries: false,
    priceVaries: inputs.some((i) => i.slot === SLOT.price_change),
    ...layout,
    schedule: new Float64Array(horizon + 1),
    funding: new Float64Array(horizon + 1),
    priceFactor: new Float64Array(horizon + 1),
  };
  model.scheduleVaries = inputs.some((i) => i.slot >= 0 && feedsSchedule(i.slot, model));
  buildSchedule(model, base, model.schedule, model.funding);
  buildPriceFactor(base[SLOT.price_change] ?? 0, model.priceFactor);
  return model;
}

/** price_factor(m) = (1 + change)^floor((m-1)/12), built year by year by repeated multiplication, as the exact model does. */
export function buildPriceFactor(change: number, out: Float64Array): void {
  const step = Number.isNaN(change) ? 1 : 1 + change;
  let factor = 1;
  for (let m = 1; m < out.length; m++) {
    if (m > 1 && (m - 1) % 12 === 0) factor *= step;
    out[m] = factor;
  }
}

const at = (p: Float64Array, slot: number): number => p[slot] as number;

/**
 * hires(m) + planned(m) without GPU ops (a scalar the kernel adds), and funding(m), for months
 * 1 .. the run's horizon, from the parameter vector: the plan's own once, or a run's draws.
 */
export function buildSchedule(model: SimulationModel, p: Float64Array, schedule: Float64Array, funding: Float64Array): void {
  schedule.fill(0);
  funding.fill(0);
  const horizon = Math.min(at(p, SLOT.horizon_months), model.horizon);
  for (let i = 0; i < model.hires; i++) {
    const slot = model.hireBase + i * HIRE_FIELDS.length;
    const monthly = at(p, slot) * at(p, slot + 1);
    for (let m = Math.max(1, at(p, slot + 2)); m <= horizon; m++) schedule[m] = (schedule[m] as number) + monthly;
  }
  for (let i = 0; i < model.costs; i++) {
    const slot = model.costBase + i * COST_FIELDS.length;
    const month = at(p, slot);
    if (!Number.isNaN(month)) {
      if (month >= 1 && month <= horizon) schedule[month] = (schedule[month] as number) + at(p, slot + 1);
      continue;
    }
    const to = Number.isNaN(at(p, slot + 4)) ? horizon : Math.min(horizon, at(p, slot + 4));
    const monthly = at(p, slot + 3);
    for (let m = Math.max(1, at(p, slot + 2)); m <= to; m++) schedule[m] = (schedule[m] as number) + monthly;
  }
  for (let i = 0; i < model.runs; i++) {
    const slot = model.runBase + i * RUN_FIELDS.length;
    const month = at(p, slot);
    if (month < 1 || month > horizon) continue;
    schedule[month] = (schedule[month] as number) + trainingCost(p, slot);
  }
  for (let i = 0; i < model.rounds; i++) {
    const slot = model.roundBase + i * ROUND_FIELDS.length;
    const month = at(p, slot);
    if (month >= 1 && month <= horizon) funding[month] = (funding[month] as number) + at(p, slot + 1);
  }
}

/** gpu_hours x gpu_hourly_price; gpu_hours = 6 x parameters x tokens / (tflops x 10^12 x mfu x 3600) when not given. */
function trainingCost(p: Float64Array, slot: number): number {
  const given = at(p, slot + 1);
  const hours = Number.isNaN(given) ? (6 * at(p, slot + 2) * at(p, slot + 3)) / (at(p, slot + 4) * 1e12 * at(p, slot + 5) * 3600) : given;
  const own = at(p, slot + 6);
  return hours * (Number.isNaN(own) ? at(p, SLOT.gpu_price) : own);
}
