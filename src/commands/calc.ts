import { calculate, catalogFor, warningLines, type Calculation } from '../core/calculate.js';
import { calcJsonObject, renderCalcJson } from '../core/render/calc-json.js';
import { stringifyJson } from '../core/render/json.js';
import { printable } from '../core/render/safe-text.js';
import { EXIT, UserError } from '../shell/errors.js';
import { processOutput, type Output } from '../shell/output.js';
import { DEFAULT_PLAN, readPlanText, STDIN_NAME, type PlanText } from '../shell/plan-read.js';
import type { InputStream } from '../shell/stdin.js';

export interface CalcOptions {
  /** Folder the plan path is resolved against. */
  cwd: string;
  /** The plan file; `bizplan.yaml` when not given; `-` reads stdin and writes no plan. */
  plan?: string;
  /** A scenario of the plan's `scenarios:` section to compute instead of the base case; writes nothing. */
  scenario?: string;
  /** `PATH=VALUE` inputs to change for this run only: a what-if that writes no plan. */
  set?: readonly string[];
  stdin?: InputStream;
  /** Print the machine-readable result instead of the summary. */
  json?: boolean;
  /** Write the metrics back into the plan and write the report (default true; `--no-write` sets false). */
  write?: boolean;
  /** Where the Markdown report goes; the plan's path with `.report.md` when not given. */
  report?: string;
  /** Show the checks table in the report (default true; `--no-checks-in-report` sets false, for an investor's copy). */
  checksInReport?: boolean;
  /** A Mustache layout of the user's own, instead of the built-in one for the plan's language. */
  reportTemplate?: string;
  /** The report's date, YYYY-MM-DD; else SOURCE_DATE_EPOCH, else today. */
  date?: string;
  /** Replace a file at the report path that bizplan did not write. */
  force?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Print the summary (or the JSON); false when the caller has shown the figures already. */
  summary?: boolean;
  output?: Output;
}

/**
 * `bizplan calc`: validate a plan, compute every figure of FORMULAS.md, write the metrics
 * back, and print a summary or JSON. Returns 0, or 1 when a check fails.
 */
export async function calc(options: CalcOptions): Promise<number> {
  const output = options.output ?? processOutput();
  const env = options.env ?? process.env;
  // A mistyped date is a mistake even when no report is written this time (the module is loaded only to judge one).
  if (options.date !== undefined || env.SOURCE_DATE_EPOCH !== undefined) (await import('../shell/report-file.js')).reportDate(env, options.date);
  const arg = options.plan ?? DEFAULT_PLAN;
  const sets = options.set ?? [];
  if (options.scenario !== undefined) return calcScenario(options, options.scenario, arg, output);
  // A what-if, or a plan from stdin, has no file of its own to update: only a report asked for by name is written.
  const ownPlan = sets.length === 0 && arg !== '-';
  const writing = options.write !== false && (ownPlan || options.report !== undefined);
  let file: PlanText;
  let result: Calculation;
  if (writing || sets.length > 0) {
    // Changing or writing the plan needs its YAML document, and the code that does it: loaded only then.
    const [{ readPlanArg }, { planWithSets, writePlanAndReport }] = await Promise.all([import('../shell/plan-file.js'), import('./calc-document.js')]);
    const read = await readPlanArg(options.cwd, arg, options.stdin);
    const located = sets.length > 0 ? planWithSets(read, sets) : read;
    result = calculate(located.plan);
    announceWhatIf(located.shownAs, sets, output);
    if (writing) {
      const { written, planLinks } = await writePlanAndReport(located, result, options, ownPlan);
      // The plan's metrics are rewritten quietly, as promised; a new report is news.
      for (const shownAs of written) if (shownAs !== located.shownAs) output.err(`${catalogFor(result.plan).summary.wrote(printable(shownAs))}\n`);
      if (planLinks > 1 && written.includes(located.shownAs)) {
        output.err(`Note: ${printable(located.shownAs)} had ${planLinks - 1} other hard link${planLinks > 2 ? 's' : ''}; bizplan replaces a file whole, so those names keep the old text\n`);
      }
    }
    file = located;
  } else {
    // Only the figures: a plain plan is read the fast way, without the yaml library.
    file = await readPlanText(options.cwd, arg, options.stdin);
    result = calculate(file.plan);
  }
  result = await withWarningLines(result, file);
  if (options.summary !== false) {
    // The terminal summary measures text width for Chinese labels; JSON output needs none of it.
    output.out(options.json ? renderCalcJson(file.shownAs, result) : (await import('../core/render/summary.js')).renderSummary(result, output.paint));
  }
  return result.passed ? EXIT.ok : EXIT.checkFailed;
}

/** `calc --scenario NAME`: one scenario's summary or JSON (with `"scenario": NAME`); it writes nothing. */
async function calcScenario(options: CalcOptions, name: string, arg: string, output: Output): Promise<number> {
  if ((options.set ?? []).length > 0) throw new UserError('--scenario and --set: give one of them; a scenario is itself a set of changes');
  if (options.report !== undefined) throw new UserError('--scenario: writes nothing, so --report has no place with it');
  const [{ readPlanArg }, { planOfScenario }] = await Promise.all([import('../shell/plan-file.js'), import('./scenarios.js')]);
  const located = await readPlanArg(options.cwd, arg, options.stdin);
  const result = calculate(planOfScenario(located, name));
  output.err(`Scenario ${printable(name)} of ${located.shownAs === STDIN_NAME ? 'stdin' : printable(located.shownAs)}: the figures below; the plan is unchanged\n`);
  if (options.summary !== false) {
    output.out(
      options.json
        ? `${stringifyJson({ ...calcJsonObject(located.shownAs, result), scenario: name })}\n`
        : (await import('../core/render/summary.js')).renderSummary(result, output.paint),
    );
  }
  return result.passed ? EXIT.ok : EXIT.checkFailed;
}

function announceWhatIf(shownAs: string, sets: readonly string[], output: Output): void {
  if (sets.length > 0) output.err(`What if ${sets.map(printable).join(', ')}: the figures below; ${shownAs === STDIN_NAME ? 'stdin' : printable(shownAs)} is unchanged\n`);
}

/**
 * A warning about one key (a rate typed without its percent sign) names the key's line. Only
 * then is the plan's YAML document needed for it, so a plain plan keeps the fast path.
 */
async function withWarningLines(result: Calculation, file: PlanText): Promise<Calculation> {
  if (!result.analysis.warnings.some((w) => w.code === 'implausible_rate')) return result;
  const [{ planFromSource }, { positionOf }] = await Promise.all([import('../shell/plan-file.js'), import('../core/plan/load.js')]);
  const located = 'document' in file ? (file as ReturnType<typeof planFromSource>) : planFromSource(file.source, file.shownAs, file.path);
  return warningLines(result, (at) => positionOf(located, at).line);
}
