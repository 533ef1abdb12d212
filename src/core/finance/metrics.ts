import type { Decimal } from 'decimal.js';
import { Dec } from '../decimal.js';
import type { Plan } from '../plan/schema.js';
import { breakEven } from './break-even.js';
import { project, summarizeProjection, type ProjectionInputs, type ProjectionMonth, type ProjectionSummary } from './projection.js';
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
] as const;

export type MetricKey = (typeof METRIC_KEYS)[number];
export type Metrics = Record<MetricKey, Decimal | null>;

/** Shown rounded to cents; INTEGER_METRICS are whole numbers; every other metric shows 4 decimal places. */
export const MONEY_METRICS: ReadonlySet<MetricKey> = new Set([
  'variable_cost_per_customer_monthly',
  'contribution_margin_monthly',
  'ltv',
  'ltv_discounted',
  'break_even_revenue_monthly',
  'min_cash',
  'funding_gap',
]);
export const INTEGER_METRICS: ReadonlySet<MetricKey> = new Set(['break_even_customers', 'break_even_month', 'runway_months', 'min_cash_month']);

/** Why a figure is missing or alarming, with the inputs a message needs. */
export type Warning =
  | { code: 'zero_churn' }
  | { code: 'non_positive_contribution'; contribution: Decimal }
  | { code: 'zero_cac' }
  | { code: 'no_break_even'; horizon: number }
  | { code: 'cash_runs_out'; /** The first month cash is below zero. */ month: number; fundingGap: Decimal };

export interface Analysis {
  unit: UnitEconomics;
  metrics: Metrics;
  projection: ProjectionMonth[];
  warnings: Warning[];
}

export function projectionInputs(plan: Plan, variableCost: Decimal): ProjectionInputs {
  return {
    startingCustomers: plan.growth.starting_customers,
    newCustomersMonthly: plan.growth.new_customers_monthly,
    newCustomersGrowthMonthly: plan.growth.new_customers_growth_monthly,
    horizonMonths: plan.growth.horizon_months.toNumber(),
    churn: plan.revenue_model.churn_monthly,
    arpu: plan.revenue_model.arpu_monthly,
    variableCost,
    fixedCosts: plan.resources.fixed_costs_monthly,
    cac: plan.revenue_model.cac,
    cash: plan.resources.cash,
  };
}

const whole = (n: number | null) => (n === null ? null : new Dec(n));

function warningsFor(plan: Plan, unit: UnitEconomics, summary: ProjectionSummary): Warning[] {
  const warnings: Warning[] = [];
  if (unit.ltv === null) warnings.push({ code: 'zero_churn' });
  if (unit.contribution.lte(0)) warnings.push({ code: 'non_positive_contribution', contribution: unit.contribution });
  if (plan.revenue_model.cac.isZero()) warnings.push({ code: 'zero_cac' });
  if (summary.breakEvenMonth === null) warnings.push({ code: 'no_break_even', horizon: plan.growth.horizon_months.toNumber() });
  if (summary.runwayMonths !== null) warnings.push({ code: 'cash_runs_out', month: summary.runwayMonths + 1, fundingGap: summary.fundingGap });
  return warnings;
}

/** Plan in, every figure out: the pure heart of bizplan. */
export function analyze(plan: Plan): Analysis {
  const unit = unitEconomics(plan.revenue_model);
  const even = breakEven(plan.resources.fixed_costs_monthly, plan.revenue_model.arpu_monthly, unit.variableCost);
  const inputs = projectionInputs(plan, unit.variableCost);
  const projection = project(inputs);
  const summary = summarizeProjection(inputs, projection);
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
  };
  return { unit, metrics, projection, warnings: warningsFor(plan, unit, summary) };
}
