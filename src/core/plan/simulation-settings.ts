import type { Decimal } from 'decimal.js';
import type { NumberRule } from './numbers.js';

// The simulation's settings (FORMULAS.md, "Monte Carlo simulation"): the plan's `simulation:`
// section, each key optional, and what `bizplan simulate` and `check` use when it is left out.

export const DEFAULT_RUNS = 10_000;
export const DEFAULT_SEED = 1;
/** Ten million runs take seconds on a laptop; more is a typo, not a plan. */
export const MAX_RUNS = 10_000_000;
/** Every plan number is at most 10^15 in size; a seed may be any whole number up to that. */
export const MAX_SEED = 1e15;

/** The rules of the plan keys, which `--runs` and `--seed` follow too. */
export const RUNS_RULE: NumberRule = { min: { value: 1 }, max: { value: MAX_RUNS }, integer: true, description: 'How many runs the simulation makes (default 10000)' };
export const SEED_RULE: NumberRule = {
  min: { value: 0 },
  max: { value: MAX_SEED },
  integer: true,
  description: "The seed of the simulation's random draws; the same seed gives the same results (default 1)",
};

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
