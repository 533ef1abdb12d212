import { simulationCatalogs } from '../core/i18n/index.js';
import { checkNumber, type NumberRule } from '../core/plan/numbers.js';
import { RUNS_RULE, SEED_RULE, settingsOf, type SimulationSettings } from '../core/plan/simulation-settings.js';
import type { Plan } from '../core/plan/schema.js';
import { printable } from '../core/render/safe-text.js';
import { renderSimulationJson, renderSimulationMarkdown } from '../core/render/simulation.js';
import { compileSimulation, type SimulationResult } from '../core/simulate/index.js';
import { EXIT, UserError } from '../shell/errors.js';
import { colorLevel, processOutput, type Output } from '../shell/output.js';
import { simulateInThreads, type StartThread } from '../shell/parallel-simulate.js';
import { DEFAULT_PLAN, readPlanText } from '../shell/plan-read.js';
import { startProgress, type ProgressStream } from '../shell/progress.js';
import { whileComputing } from '../shell/signals.js';
import type { InputStream } from '../shell/stdin.js';

export const SIMULATE_FORMATS = ['text', 'json', 'markdown'] as const;
export type SimulateFormat = (typeof SIMULATE_FORMATS)[number];

export interface SimulateOptions {
  cwd: string;
  plan?: string;
  /** Overrides the plan's `simulation.runs`, as text from the command line. */
  runs?: string;
  /** Overrides the plan's `simulation.seed`. */
  seed?: string;
  format?: SimulateFormat;
  stdin?: InputStream;
  /** Terminal columns for the text; 80 when stdout is not a terminal. */
  width?: number;
  output?: Output;
  /** Where the progress bar may draw: stderr by default; it draws only on a terminal. */
  progress?: ProgressStream;
  /** Threads in all (BIZPLAN_THREADS); by default one a core once the runs pay for them. */
  threads?: number;
  startThread?: StartThread;
}

/** The lines that say a plan has nothing to simulate, and how to give it something. */
export function noUncertaintyLines(shownAs: string): string[] {
  return [
    `${shownAs}: the plan has no uncertainty: section, so there is nothing to simulate. Give a range to each input you are unsure of, for example:`,
    '  uncertainty:',
    '    revenue_model.churn_monthly: { low: "1.5%", high: "5%" }            # PERT around the plan\'s value',
    '    growth.new_customers_monthly: { low: 6, high: 20, dist: triangular }',
    '  simulation: { runs: 10000, seed: 1 }                                 # optional; these are the defaults',
  ];
}

/** A flag's value by the plan key's own rule, so `--runs` and `simulation.runs` take the same numbers. */
function parseFlag(flag: string, text: string | undefined, rule: NumberRule): number | undefined {
  if (text === undefined) return undefined;
  const checked = checkNumber(text, rule);
  if ('value' in checked) return checked.value.toNumber();
  throw new UserError(`${flag}: ${checked.message}`);
}

/** The settings the command line gives, each checked by its plan key's rule. */
export function settingsFlags(runs: string | undefined, seed: string | undefined): Partial<SimulationSettings> {
  const given = { runs: parseFlag('--runs', runs, RUNS_RULE), seed: parseFlag('--seed', seed, SEED_RULE) };
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
}

/**
 * `bizplan simulate`: runs the plan many times with its uncertain inputs drawn from their
 * ranges (FORMULAS.md, "Monte Carlo simulation"). Writes nothing. Returns 0, or throws a
 * one-line mistake (exit 2) for a bad flag or a plan with nothing to simulate.
 */
export async function simulate(options: SimulateOptions): Promise<number> {
  const output = options.output ?? processOutput();
  const format = options.format ?? 'text';
  if (!SIMULATE_FORMATS.includes(format)) throw new UserError(`--format: must be one of ${SIMULATE_FORMATS.join(', ')} (got ${JSON.stringify(printable(format))})`);
  // Flags are judged before the plan is read: a typo in them is the first thing to hear about.
  const flags = settingsFlags(options.runs, options.seed);
  const file = await readPlanText(options.cwd, options.plan ?? DEFAULT_PLAN, options.stdin);
  if (Object.keys(file.plan.uncertainty ?? {}).length === 0) throw new UserError(noUncertaintyLines(printable(file.shownAs)));
  const settings = { ...settingsOf(file.plan), ...flags };
  const result = await runWithProgress(file.plan, settings, options, format !== 'json');
  if (format === 'json') output.out(renderSimulationJson(file.shownAs, result));
  else if (format === 'markdown') output.out(renderSimulationMarkdown(file.plan, result));
  else output.out((await import('../core/render/simulation-text.js')).renderSimulationText(file.plan, result, options.width ?? 80, file.shownAs));
  return EXIT.ok;
}

/** The simulation with its progress bar (never beside JSON) and a prompt, tidy end on Ctrl-C. */
async function runWithProgress(plan: Plan, settings: SimulationSettings, options: SimulateOptions, barAllowed: boolean): Promise<SimulationResult> {
  const words = simulationCatalogs[plan.language];
  const stream = options.progress ?? process.stderr;
  const color = colorLevel(stream, process.env) === 1;
  const bar = startProgress({ total: settings.runs, label: words.progressLabel, unit: words.progressUnit, stream, enabled: barAllowed, color });
  try {
    return await whileComputing(
      () =>
        simulateInThreads(compileSimulation(plan), settings, {
          onProgress: (done) => {
            bar.update(done);
          },
          ...(options.threads ? { threads: options.threads } : {}),
          ...(options.startThread ? { startThread: options.startThread } : {}),
        }),
      () => {
        bar.end();
      },
    );
  } finally {
    bar.end();
  }
}
