import type { Decimal } from 'decimal.js';
import { ONE, ZERO } from '../decimal.js';

export interface ProjectionInputs {
  startingCustomers: Decimal;
  newCustomersMonthly: Decimal;
  newCustomersGrowthMonthly: Decimal;
  horizonMonths: number;
  churn: Decimal;
  arpu: Decimal;
  variableCost: Decimal;
  fixedCosts: Decimal;
  cac: Decimal;
  cash: Decimal;
}

export interface ProjectionMonth {
  month: number;
  newCustomers: Decimal;
  churned: Decimal;
  /** Expected customers: fractions are kept, as FORMULAS.md asks. */
  customers: Decimal;
  revenue: Decimal;
  costs: Decimal;
  profit: Decimal;
  cash: Decimal;
}

export interface ProjectionSummary {
  breakEvenMonth: number | null;
  runwayMonths: number | null;
  minCash: Decimal;
  minCashMonth: number;
  fundingGap: Decimal;
  customersEnd: Decimal;
}

/** The monthly projection, m = 1 .. horizon (FORMULAS.md, "Monthly projection"). */
export function project(inputs: ProjectionInputs): ProjectionMonth[] {
  const months: ProjectionMonth[] = [];
  const growth = ONE.plus(inputs.newCustomersGrowthMonthly);
  let customers = inputs.startingCustomers;
  let cash = inputs.cash;
  let newCustomers = inputs.newCustomersMonthly;
  for (let month = 1; month <= inputs.horizonMonths; month++) {
    // new(m) = new_1 x (1+g)^(m-1), built by repeated multiplication: exact, and one step a month.
    if (month > 1) newCustomers = newCustomers.mul(growth);
    const churned = customers.mul(inputs.churn);
    customers = customers.minus(churned).plus(newCustomers);
    const revenue = customers.mul(inputs.arpu);
    const costs = customers.mul(inputs.variableCost).plus(inputs.fixedCosts).plus(newCustomers.mul(inputs.cac));
    const profit = revenue.minus(costs);
    cash = cash.plus(profit);
    months.push({ month, newCustomers, churned, customers, revenue, costs, profit, cash });
  }
  return months;
}

export function summarizeProjection(inputs: ProjectionInputs, months: readonly ProjectionMonth[]): ProjectionSummary {
  let minCash = inputs.cash;
  let minCashMonth = 0;
  let breakEvenMonth: number | null = null;
  let runwayMonths: number | null = null;
  for (const m of months) {
    if (breakEvenMonth === null && m.profit.gte(0)) breakEvenMonth = m.month;
    if (runwayMonths === null && m.cash.lt(0)) runwayMonths = m.month - 1;
    if (m.cash.lt(minCash)) {
      minCash = m.cash;
      minCashMonth = m.month;
    }
  }
  return {
    breakEvenMonth,
    runwayMonths,
    minCash,
    minCashMonth,
    fundingGap: minCash.lt(0) ? minCash.neg() : ZERO,
    customersEnd: months.at(-1)?.customers ?? inputs.startingCustomers,
  };
}
