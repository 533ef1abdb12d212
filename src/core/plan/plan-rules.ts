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

export const PLAN_RULES = { isCurrencyCode, marketSizesNest, primaryIsASegment, sharesWithinWhole };
export type PlanRuleName = keyof typeof PLAN_RULES;
