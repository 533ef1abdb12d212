import type { Decimal } from 'decimal.js';
import { ONE, ZERO } from '../decimal.js';
import type { Inference } from '../plan/schema.js';

const MILLION = 1_000_000;

/** Monthly AI inference cost of one customer, split by token kind (FORMULAS.md, "AI inference cost"). */
export interface InferenceCost {
  input: Decimal;
  cachedInput: Decimal;
  output: Decimal;
  perRequest: Decimal;
  monthly: Decimal;
}

export function inferenceCost(inference: Inference): InferenceCost {
  const cachedShare = inference.cached_input_share ?? ZERO;
  const cachedPrice = inference.cached_input_price_per_million ?? ZERO;
  const overhead = inference.overhead_multiplier ?? ONE;
  const tokensIn = inference.input_tokens_per_request;
  // Per request, in money: each token kind times its price per million.
  const inputPerRequest = tokensIn.mul(ONE.minus(cachedShare)).mul(inference.input_price_per_million).div(MILLION);
  const cachedPerRequest = tokensIn.mul(cachedShare).mul(cachedPrice).div(MILLION);
  const outputPerRequest = inference.output_tokens_per_request.mul(inference.output_price_per_million).div(MILLION);
  const perRequest = inputPerRequest.plus(cachedPerRequest).plus(outputPerRequest);
  const monthlyOf = (amount: Decimal) => inference.requests_per_customer_monthly.mul(amount).mul(overhead);
  return {
    input: monthlyOf(inputPerRequest),
    cachedInput: monthlyOf(cachedPerRequest),
    output: monthlyOf(outputPerRequest),
    perRequest,
    monthly: monthlyOf(perRequest),
  };
}
