import type { Decimal } from 'decimal.js';
import { ONE } from '../decimal.js';

export interface BreakEven {
  /** null when contribution <= 0: no volume of customers ever breaks even. */
  revenueMonthly: Decimal | null;
  customers: Decimal | null;
}

/** Steady-state break-even (FORMULAS.md, "Break-even"). */
export function breakEven(fixedCosts: Decimal, arpu: Decimal, variableCost: Decimal): BreakEven {
  const contribution = arpu.minus(variableCost);
  if (contribution.lte(0)) return { revenueMonthly: null, customers: null };
  return {
    revenueMonthly: fixedCosts.div(ONE.minus(variableCost.div(arpu))),
    customers: fixedCosts.div(contribution).ceil(),
  };
}

