import type { Decimal } from 'decimal.js';

// The simulation's settings (FORMULAS.md, "Monte Carlo simulation"): the plan's `simulation:`
// section, each key optional, and what `bizplan simulate` and `check` use when it is left out.

export const DEFAULT_RUNS = 10_000;
export const DEFAULT_SEED = 1;
/** Ten million runs take seconds on a laptop; more is a typo, not a plan. */
export const MAX_RUNS = 10_000_000;
/** Every plan number is at most 10^15 in size; a seed may be any whole number up to that. */
export const MAX_SEED = 1e15;

export interface SimulationSettings {
  runs: number;
  seed: number;
}

/** The settings a plan asks for, each from the plan or its default. */
export function settingsOf(plan: { simulation?: { runs?: Decimal | undefined; seed?: Decimal | undefined } | undefined }): SimulationSettings {
  return {
    runs: plan.simulation?.runs?.toNumber() ?? DEFAULT_RUNS,
    seed: plan.simulation?.seed?.toNumber() ?? DEFAULT_SEED,
  };
}
