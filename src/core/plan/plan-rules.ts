import type { Decimal } from 'decimal.js';
import { ZERO } from '../decimal.js';

// The plan rules that span several keys, as plain predicates: the zod schema refines with
// them, and the generated fast validator calls the same functions by name.

export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code);
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
 * paths resolve against the zod schema, which the fast path does not load.
 */
export function noWhatIfSections(plan: { scenarios?: unknown; uncertainty?: unknown }): boolean {
  return plan.scenarios === undefined && plan.uncertainty === undefined;
}

export const PLAN_RULES = { isCurrencyCode, noWhatIfSections, marketSizesNest, plannedCostWellShaped, primaryIsASegment, sharesWithinWhole };
export type PlanRuleName = keyof typeof PLAN_RULES;
