import type { Decimal } from 'decimal.js';
import { forComparison, ONE, signAsCompared, ZERO } from '../decimal.js';
import type { Schedule } from './schedule.js';

export interface ProjectionInputs {
  startingCustomers: Decimal;
  newCustomersMonthly: Decimal;
  newCustomersGrowthMonthly: Decimal;
  horizonMonths: number;
  churn: Decimal;
  arpu: Decimal;
  /** Per customer a month; includes inference unless `inference` gives it month by month. */
  variableCost: Decimal;
  /** inference(m) when it is not customers(m) x a constant: a token-price trend, or self-hosted GPUs. */
  inference?: ((month: number, customers: Decimal) => Decimal) | null;
  /** fixed(m) and funding(m), month by month. */
  schedule: Pick<Schedule, 'fixed' | 'funding'>;
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
  /** serving(m): the variable cost of the month's customers, inference included. */
  serving: Decimal;
  /** fixed(m): fixed costs, hires and planned costs of the month. */
  fixed: Decimal;
  costs: Decimal;
  /** Net cash flow before funding. */
  profit: Decimal;
  funding: Decimal;
  cash: Decimal;
}

export interface ProjectionSummary {
  breakEvenMonth: number | null;
  runwayMonths: number | null;
  minCash: Decimal;
  minCashMonth: number;
  fundingGap: Decimal;
  customersEnd: Decimal;
  cashEnd: Decimal;
  arrEnd: Decimal;
  /** -(profit over the first year's months); positive when the plan burns cash. */
  netBurnFirstYear: Decimal;
  burnMultiple: Decimal | null;
  peakMonthlyBurn: Decimal;
  /** profit(horizon) >= 0, as the comparisons judge it. */
  profitableAtHorizon: boolean;
}

/**
 * cash + funding, skipping the addition when there is no funding and the cash is not zero: a
 * sum's result is already rounded to the working precision, so adding 0 would give back the
 * very same value (a zero cash is added to as before, keeping the sign of zero as it was).
 */
function plusFunding(cash: Decimal, funding: Decimal): Decimal {
  return funding.isZero() && !cash.isZero() ? cash : cash.plus(funding);
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
    const fixed = inputs.schedule.fixed(month);
    const perCustomer = customers.mul(inputs.variableCost);
    const serving = inputs.inference ? perCustomer.plus(inputs.inference(month, customers)) : perCustomer;
    const costs = serving.plus(fixed).plus(newCustomers.mul(inputs.cac));
    const profit = revenue.minus(costs);
    const funding = inputs.schedule.funding(month);
    cash = plusFunding(cash.plus(profit), funding);
    months.push({ month, newCustomers, churned, customers, revenue, serving, fixed, costs, profit, funding, cash });
  }
  return months;
}

/**
 * The same projection with no funding rounds (default alive asks for it). Funding moves only
 * cash: customers, revenue, costs and profit never depend on it. So each month is the month
 * as projected, funding 0 and cash(m) = cash(m-1) + profit(m): the very steps, in the very
 * order, of projecting again without rounds, at a fraction of the cost (the tornado runs
 * dozens of projections).
 */
export function withoutFunding(months: readonly ProjectionMonth[], startingCash: Decimal): ProjectionMonth[] {
  let cash = startingCash;
  let funded = false;
  return months.map((m) => {
    // Until the first round the projection's own months took these very steps: they are reused.
    funded ||= !m.funding.isZero();
    if (!funded) {
      cash = m.cash;
      return m;
    }
    cash = plusFunding(cash.plus(m.profit), ZERO);
    return { ...m, funding: ZERO, cash };
  });
}

/** The first month m with cash(m) < 0, or null: runway is one less. */
export function firstMonthBelowZero(months: readonly ProjectionMonth[]): number | null {
  return months.find((m) => signAsCompared(m.cash) < 0)?.month ?? null;
}

function burnMultiple(inputs: ProjectionInputs, months: readonly ProjectionMonth[]): { netBurn: Decimal; multiple: Decimal | null } {
  const year = months.slice(0, Math.min(12, months.length));
  const netBurn = year.reduce((sum, m) => sum.minus(m.profit), ZERO);
  const last = year.at(-1);
  const netNewArr = last ? last.revenue.minus(inputs.startingCustomers.mul(inputs.arpu)).mul(12) : ZERO;
  if (signAsCompared(netNewArr) <= 0) return { netBurn, multiple: null };
  const burning = signAsCompared(netBurn) > 0 ? netBurn : ZERO;
  return { netBurn, multiple: burning.div(netNewArr) };
}

export function summarizeProjection(inputs: ProjectionInputs, months: readonly ProjectionMonth[]): ProjectionSummary {
  let minCash = inputs.cash;
  let minCashMonth = 0;
  let breakEvenMonth: number | null = null;
  let peakBurn = ZERO;
  // The lowest cash and the peak burn as compared (rounded to 20 places), kept beside the values.
  let minCashCompared = forComparison(minCash);
  let peakBurnCompared = forComparison(peakBurn);
  let peakBurnNegated = peakBurnCompared.neg();
  // Rounding never reverses an order and leaves these two (rounded already) as they are, so a
  // month at or above the lowest cash, or at or below the peak burn, is passed over unrounded.
  for (const m of months) {
    if (breakEvenMonth === null && signAsCompared(m.profit) >= 0) breakEvenMonth = m.month;
    // Strictly lower, as rounded: the earliest month keeps a tie.
    if (m.cash.lt(minCashCompared)) {
      const cash = forComparison(m.cash);
      if (cash.lt(minCashCompared)) {
        minCash = m.cash;
        minCashMonth = m.month;
        minCashCompared = cash;
      }
    }
    // -profit > peak, asked as profit < -peak (negation is exact): a month's burn is negated only when it may be the new peak.
    if (m.profit.lt(peakBurnNegated)) {
      const burn = m.profit.neg();
      const burnCompared = forComparison(burn);
      if (burnCompared.gt(peakBurnCompared)) {
        peakBurn = burn;
        peakBurnCompared = burnCompared;
        peakBurnNegated = burnCompared.neg();
      }
    }
  }
  const below = firstMonthBelowZero(months);
  const last = months.at(-1);
  const { netBurn, multiple } = burnMultiple(inputs, months);
  return {
    breakEvenMonth,
    runwayMonths: below === null ? null : below - 1,
    minCash,
    minCashMonth,
    fundingGap: signAsCompared(minCash) < 0 ? minCash.neg() : ZERO,
    customersEnd: last?.customers ?? inputs.startingCustomers,
    cashEnd: last?.cash ?? inputs.cash,
    arrEnd: (last?.revenue ?? ZERO).mul(12),
    netBurnFirstYear: netBurn,
    burnMultiple: multiple,
    peakMonthlyBurn: peakBurn,
    profitableAtHorizon: last ? signAsCompared(last.profit) >= 0 : false,
  };
}
