import type { Decimal } from 'decimal.js';
import { ZERO } from '../decimal.js';

// The plan rules that span several keys, as plain predicates: the zod schema refines with
// them, and the generated fast validator calls the same functions by name.

/** ISO 4217 codes this Node knows, read once: Intl builds the whole list on every ask. */
let currencies: ReadonlySet<string> | undefined;

export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && (currencies ??= new Set(Intl.supportedValuesOf('currency'))).has(code);
}

/** som <= sam <= tam. */
export function marketSizesNest(size: { tam: Decimal; sam: Decimal; som: Decimal }): boolean {
  return size.sam.lte(size.tam) && size.som.lte(size.sam);
}

export function primaryIsASegment(target: { segments: ReadonlyArray<{ name: string }>; primary_segment: string }): boolean {
  return target.segments.some((s) => s.name === target.primary_segment);
}

export function sharesWithinWhole(items: ReadonlyArray<{ share: Decimal }>): boolean {
  return items.reduce((sum, a) => sum.plus(a.share), ZERO).lte(1);
}

/** The keys of each shape of a planned cost, as the error for a wrong shape names them. */
export const ONE_OFF_COST_KEYS = ['month', 'amount'] as const;
export const RECURRING_COST_KEYS = ['from_month', 'monthly', 'to_month'] as const;

type PlannedCost = Partial<Record<(typeof ONE_OFF_COST_KEYS)[number] | (typeof RECURRING_COST_KEYS)[number], Decimal>>;

const given = (item: PlannedCost, keys: readonly (keyof PlannedCost)[]) => keys.filter((k) => item[k] !== undefined);

/** A planned cost of one shape, whole: the schema's own check finds no problem with it (see schema.ts). */
export function plannedCostWellShaped(item: PlannedCost): boolean {
  const oneOff = given(item, ONE_OFF_COST_KEYS);
  const recurring = given(item, RECURRING_COST_KEYS);
  if ((oneOff.length > 0) === (recurring.length > 0)) return false;
  const required = oneOff.length > 0 ? ONE_OFF_COST_KEYS : (['from_month', 'monthly'] as const);
  if (required.some((key) => item[key] === undefined)) return false;
  return !(item.from_month && item.to_month && item.to_month.lt(item.from_month));
}

/**
 * The fast validator's view of scenarios and ranges: only a plan without them is sure. Their
 * paths resolve against the zod schema, which the fast path does not load; and the simulated
 * check, which leans on the ranges, is judged with them.
 */
export function noWhatIfSections(plan: { scenarios?: unknown; uncertainty?: unknown; checks?: { cash_out_probability_max?: unknown } }): boolean {
  return plan.scenarios === undefined && plan.uncertainty === undefined && plan.checks?.cash_out_probability_max === undefined;
}

/** The keys of each way to size a training run, as the error for a wrong shape names them. */
export const GPU_HOURS_RUN_KEYS = ['gpu_hours'] as const;
export const FLOPS_RUN_KEYS = ['parameters', 'tokens', 'gpu_peak_tflops', 'mfu'] as const;

type TrainingRunSize = Partial<Record<(typeof GPU_HOURS_RUN_KEYS)[number] | (typeof FLOPS_RUN_KEYS)[number], Decimal>>;

/** A training run sized one way, whole: in GPU-hours, or by all four of the 6·P·D inputs. */
export function trainingRunWellSized(run: TrainingRunSize): boolean {
  const byHours = GPU_HOURS_RUN_KEYS.some((k) => run[k] !== undefined);
  const byFlops = FLOPS_RUN_KEYS.filter((k) => run[k] !== undefined).length;
  return byHours ? byFlops === 0 : byFlops === FLOPS_RUN_KEYS.length;
}

interface ComputeLean {
  revenue_model: { inference?: unknown };
  compute: { self_hosting?: unknown; training_runs: ReadonlyArray<{ gpu_hourly_price?: unknown }> };
}

/** Compute leans on the rest of the plan: self-hosting serves the inference's requests, and every run has a GPU price. */
export function computeHasWhatItNeeds(plan: ComputeLean): boolean {
  const hosting = plan.compute.self_hosting !== undefined;
  if (hosting && plan.revenue_model.inference === undefined) return false;
  return plan.compute.training_runs.every((run) => run.gpu_hourly_price !== undefined || hosting);
}

/** The revenue model's keys that seat pricing (FORMULAS.md "Seat pricing") judges and derives from. */
interface SeatPricing {
  pricing_model: string;
  arpu_monthly?: Decimal | undefined;
  seats_per_customer?: Decimal | undefined;
  price_per_seat_monthly?: Decimal | undefined;
}

/**
 * arpu_monthly is there, or made of seats x price: the seat keys come as a pair, only with
 * pricing_model: seat, and agree exactly with arpu_monthly when it is given too.
 */
export function seatPricingHolds(m: SeatPricing): boolean {
  const { seats_per_customer: seats, price_per_seat_monthly: price } = m;
  if (seats === undefined && price === undefined) return m.arpu_monthly !== undefined;
  if (seats === undefined || price === undefined || m.pricing_model !== 'seat') return false;
  return m.arpu_monthly === undefined || seats.mul(price).eq(m.arpu_monthly);
}

/** The revenue model with arpu_monthly as given, or as seats x price: the one figure the model reads. */
export function withSeatArpu<T extends SeatPricing>(m: T): T & { arpu_monthly: Decimal } {
  const arpu = m.arpu_monthly ?? (m.seats_per_customer as Decimal).mul(m.price_per_seat_monthly as Decimal);
  return { ...m, arpu_monthly: arpu };
}

export const PLAN_RULES = {
  computeHasWhatItNeeds,
  isCurrencyCode,
  marketSizesNest,
  noWhatIfSections,
  plannedCostWellShaped,
  primaryIsASegment,
  seatPricingHolds,
  sharesWithinWhole,
  trainingRunWellSized,
};
export type PlanRuleName = keyof typeof PLAN_RULES;

/** Transforms the schema makes after its checks, as plain functions the fast validator calls too. */
export const PLAN_DERIVES = { withSeatArpu };
export type PlanDeriveName = keyof typeof PLAN_DERIVES;
