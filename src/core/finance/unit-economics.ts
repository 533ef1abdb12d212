import type { Decimal } from 'decimal.js';
import { Dec, ONE } from '../decimal.js';
import type { RevenueModel } from '../plan/schema.js';
import { inferenceCost, type InferenceCost } from './inference.js';

export interface UnitEconomics {
  inference: InferenceCost | null;
  variableCost: Decimal;
  contribution: Decimal;
  grossMargin: Decimal;
  /** null when churn is 0: a customer who never leaves has no finite lifetime. */
  ltv: Decimal | null;
  /** null when the plan gives no discount rate. */
  ltvDiscounted: Decimal | null;
  /** null when CAC is 0. */
  ltvToCac: Decimal | null;
  /** null when contribution <= 0: CAC is never recovered. */
  cacPayback: Decimal | null;
}

const monthlyRates = new Map<string, Decimal>();

/**
 * d = (1 + annual)^(1/12) - 1: the monthly rate that compounds to the annual one.
 * A fractional power to forty digits is the costliest step of a plan; plans checked
 * together mostly share a few rates, so each is worked out once.
 */
export function monthlyDiscountRate(annual: Decimal): Decimal {
  const key = annual.toString();
  let rate = monthlyRates.get(key);
  if (!rate) {
    rate = ONE.plus(annual).pow(new Dec(1).div(12)).minus(ONE);
    if (monthlyRates.size < 1000) monthlyRates.set(key, rate);
  }
  return rate;
}

/**
 * Month-1 unit economics. `servedInference` replaces the API's inference cost in the
 * variable cost: self_hosted_cost_per_customer when the plan serves from its own GPUs.
 */
export function unitEconomics(model: RevenueModel, servedInference?: Decimal): UnitEconomics {
  const inference = model.inference ? inferenceCost(model.inference) : null;
  const variableCost = model.variable_cost_per_customer_monthly.plus(servedInference ?? inference?.monthly ?? 0);
  const contribution = model.arpu_monthly.minus(variableCost);
  const churn = model.churn_monthly;
  const ltv = churn.isZero() ? null : contribution.div(churn);
  let ltvDiscounted: Decimal | null = null;
  if (model.discount_rate_annual) {
    const denominator = churn.plus(monthlyDiscountRate(model.discount_rate_annual));
    ltvDiscounted = denominator.isZero() ? null : contribution.div(denominator);
  }
  return {
    inference,
    variableCost,
    contribution,
    grossMargin: contribution.div(model.arpu_monthly),
    ltv,
    ltvDiscounted,
    ltvToCac: ltv && !model.cac.isZero() ? ltv.div(model.cac) : null,
    cacPayback: contribution.gt(0) ? model.cac.div(contribution) : null,
  };
}
