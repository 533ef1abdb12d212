import type { Decimal } from 'decimal.js';
import { forComparison, ONE } from '../decimal.js';

export interface BreakEven {
  /** null when contribution <= 0: no volume of customers ever breaks even. */
  revenueMonthly: Decimal | null;
  customers: Decimal | null;
}

/** Steady-state break-even (FORMULAS.md, "Break-even"), over fixed_costs_run_rate. */
export function breakEven(fixedCosts: Decimal, arpu: Decimal, variableCost: Decimal): BreakEven {
  const contribution = arpu.minus(variableCost);
  if (forComparison(contribution).lte(0)) return { revenueMonthly: null, customers: null };
  return {
    revenueMonthly: fixedCosts.div(ONE.minus(variableCost.div(arpu))),
    customers: forComparison(fixedCosts.div(contribution)).ceil(),
  };
}

