import type { Decimal } from 'decimal.js';
import { Dec } from '../decimal.js';
import { roundFloat } from '../finance/display.js';

// The one check judged by simulating rather than by the plan's figures (FORMULAS.md, "Monte
// Carlo simulation"): `cash_out_probability_max`. `calc` leaves it out; `check` simulates.

export const CASH_OUT_CHECK = 'cash_out_probability_max';

/** The figure it judges, as the check lines name it in English. */
export const CASH_OUT_FIGURE = 'cash_out_probability';

export interface SimulatedCheckResult {
  name: typeof CASH_OUT_CHECK;
  limit: Decimal;
  /** The share of runs that ran out of cash, as shown: 4 places. */
  actual: string;
  pass: boolean;
  /** The runs and seed it was judged over. */
  runs: number;
  seed: number;
}

/** Judged on the share as shown, to 4 places, so the verdict never contradicts the number beside it. */
export function judgeCashOut(limit: Decimal, probability: number, settings: { runs: number; seed: number }): SimulatedCheckResult {
  const actual = roundFloat(probability, 4);
  return { name: CASH_OUT_CHECK, limit, actual, pass: new Dec(actual).lte(limit), runs: settings.runs, seed: settings.seed };
}
