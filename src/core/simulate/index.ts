import type { Plan } from '../plan/schema.js';
import { runBlock } from './kernel.js';
import { compileSimulation } from './model.js';
import { summarize, type SimulationResult, type SimulationSettings } from './summarize.js';

// The Monte Carlo simulation (FORMULAS.md, "Monte Carlo simulation"), pure: no files, no
// printing, no threads. The shell shares runs among worker threads with runBlock and
// transferables, then summarizes the blocks.
//
// The same plan, seed and runs give the same bits on every machine and in any split of the
// runs: run i draws from pure-rand's xoroshiro128+ started from (seed, i) alone (rng.ts); the arithmetic is
// IEEE 754 doubles (+ - x / and sqrt, correctly rounded everywhere) plus Math.log and Math.exp,
// which V8 computes with its own port of fdlibm on every platform rather than the C library's;
// counts are integers, and percentiles are values picked out, never interpolated.
export { SIMULATED_FIGURES, type SimulatedFigure } from './figures.js';
export { DRIVER_RUNS, FAN_CHART_RUNS, runBlock, transferables, type RunBlock } from './kernel.js';
export { compileSimulation, type SimulationModel } from './model.js';
export { summarize, type SimulationResult, type SimulationSettings } from './summarize.js';

/** Compile, run every run in one block, summarize: for the report and tests. */
export function simulate(plan: Plan, settings: SimulationSettings): SimulationResult {
  const model = compileSimulation(plan);
  return summarize(model, settings, [runBlock(model, settings.seed, 0, settings.runs)]);
}
