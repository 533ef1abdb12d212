import type { Decimal } from 'decimal.js';
import { Dec, ZERO } from '../decimal.js';
import type { Plan } from './schema.js';

/**
 * Rates that the schema accepts but no plan means: a founder who types 8 for "8%" gets
 * 800%. Each bound is far past what a real business shows, so only typos cross it.
 */
export const PLAUSIBLE_RATES = [
  { path: ['growth', 'new_customers_growth_monthly'], max: new Dec('0.5'), per: 'month' },
  { path: ['revenue_model', 'churn_monthly'], max: new Dec('0.3'), per: 'month' },
  { path: ['revenue_model', 'discount_rate_annual'], max: new Dec('1'), per: 'year' },
] as const satisfies ReadonlyArray<{ path: readonly string[]; max: Decimal; per: 'month' | 'year' }>;

export type PlausibleRate = (typeof PLAUSIBLE_RATES)[number];

/** A rate above its plausible bound, with the rate it most likely meant: 8 (800%) meant 8%. */
export interface ImplausibleRate {
  key: string;
  value: Decimal;
  max: Decimal;
  per: 'month' | 'year';
  meant: Decimal;
}

export function plausibleBound(path: readonly (string | number)[]): PlausibleRate | undefined {
  return PLAUSIBLE_RATES.find((r) => r.path.length === path.length && r.path.every((k, i) => k === path[i]));
}

/** The rate at `path` judged against its bound; undefined when it is plausible or has no bound. */
export function implausibleRate(path: readonly (string | number)[], value: Decimal): ImplausibleRate | undefined {
  const bound = plausibleBound(path);
  if (!bound || value.lte(bound.max)) return undefined;
  return { key: bound.path.join('.'), value, max: bound.max, per: bound.per, meant: value.div(100) };
}

/** Every implausible rate of a plan, in the order of PLAUSIBLE_RATES. */
export function implausibleRates(plan: Plan): ImplausibleRate[] {
  return PLAUSIBLE_RATES.flatMap((bound) => {
    const value = bound.path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], plan) as Decimal | undefined;
    const found = value === undefined ? undefined : implausibleRate(bound.path, value);
    return found ? [found] : [];
  });
}

/** The team's monthly payroll (count x monthly cost) plus the compute budget: what fixed costs should cover at least. */
export function teamAndCompute(resources: { team: ReadonlyArray<{ count: Decimal; monthly_cost?: Decimal | undefined }>; compute_budget_monthly?: Decimal | undefined }): Decimal {
  const payroll = resources.team.reduce((sum, m) => (m.monthly_cost ? sum.plus(m.count.mul(m.monthly_cost)) : sum), ZERO);
  return payroll.plus(resources.compute_budget_monthly ?? ZERO);
}
