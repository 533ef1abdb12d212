import { calculate, type Calculation } from '../core/calculate.js';
import { renderCalcJson } from '../core/render/calc-json.js';
import { EXIT } from '../shell/errors.js';
import { processOutput, type Output } from '../shell/output.js';
import { readPlan, type PlanText } from '../shell/plan-read.js';

export interface CalcOptions {
  /** Folder the plan path is resolved against. */
  cwd: string;
  /** The plan file; `bizplan.yaml` when not given. */
  plan?: string;
  /** Print the machine-readable result instead of the summary. */
  json?: boolean;
  /** Write the metrics back into the plan and write the report (default true; `--no-write` sets false). */
  write?: boolean;
  /** Where the Markdown report goes; the plan's path with `.report.md` when not given. */
  report?: string;
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
  // Writing splices the metrics into the YAML document; looking needs only the figures, read the fast way when plain.
  let file: PlanText;
  let result: Calculation;
  if (options.write !== false) {
    // Loaded only to write: `calc --no-write` starts without the yaml library and the file staging.
    const [{ readPlanFile }, { writePlanAndReport }] = await Promise.all([import('../shell/plan-file.js'), import('./calc-write.js')]);
    const located = await readPlanFile(options.cwd, options.plan);
    result = calculate(located.plan);
    const written = await writePlanAndReport(located, result, options);
    // The plan's metrics are rewritten quietly, as promised; a new report is news.
    for (const shownAs of written) if (shownAs !== located.shownAs) output.err(`Wrote ${shownAs}\n`);
    file = located;
  } else {
    file = await readPlan(options.cwd, options.plan);
    result = calculate(file.plan);
  }
  if (options.summary !== false) {
    // The terminal summary measures text width for Chinese labels; JSON output needs none of it.
    output.out(options.json ? renderCalcJson(file.shownAs, result) : (await import('../core/render/summary.js')).renderSummary(result, output.paint));
  }
  return result.passed ? EXIT.ok : EXIT.checkFailed;
}
