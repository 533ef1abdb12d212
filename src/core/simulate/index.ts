import type { Plan } from '../plan/schema.js';
import { runBlock } from './kernel.js';
import { compileSimulation } from './model.js';
import { summarize, type SimulationResult, type SimulationSettings } from './summarize.js';

// The Monte Carlo simulation (FORMULAS.md, "Monte Carlo simulation"), pure: no files, no
// printing, no threads. The shell shares runs among worker threads with runBlock and
// transferables, then summarizes the blocks.
export { SIMULATED_FIGURES, type SimulatedFigure } from './figures.js';
export { FAN_CHART_RUNS, runBlock, transferables, type RunBlock } from './kernel.js';
export { compileSimulation, type SimulationModel } from './model.js';
export { DRIVER_RUNS, summarize, type SimulationResult, type SimulationSettings } from './summarize.js';

/** Compile, run every run in one block, summarize: for the report and tests. */
export function simulate(plan: Plan, settings: SimulationSettings): SimulationResult {
  const model = compileSimulation(plan);
  return summarize(model, settings, [runBlock(model, settings.seed, 0, settings.runs)]);
}
