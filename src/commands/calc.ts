import { readFile } from 'node:fs/promises';
import { calculate, type Calculation } from '../core/calculate.js';
import { spliceMetrics } from '../core/plan/metrics-block.js';
import { renderCalcJson } from '../core/render/calc-json.js';
import { renderSummary } from '../core/render/summary.js';
import { EXIT, UserError } from '../shell/errors.js';
import { writeFileAtomic } from '../shell/files.js';
import { processOutput, type Output } from '../shell/output.js';
import { readPlanFile, type PlanFile } from '../shell/plan-file.js';

export interface CalcOptions {
  /** Folder the plan path is resolved against. */
  cwd: string;
  /** The plan file; `bizplan.yaml` when not given. */
  plan?: string;
  /** Print the machine-readable result instead of the summary. */
  json?: boolean;
  /** Write the metrics back into the plan (default true; `--no-write` sets false). */
  write?: boolean;
  output?: Output;
}

/** Rewrites the plan's `metrics:` section, only when a figure changed, so calc twice leaves the file as it was. */
async function writeMetrics(file: PlanFile, calc: Calculation): Promise<void> {
  const spliced = spliceMetrics(file.source, file.document, calc.shown);
  if (!spliced.ok) throw new UserError(`${file.shownAs}: ${spliced.reason}`);
  if (spliced.text === file.source) return;
  // Someone may have saved the plan while we computed; their edit wins over our figures.
  const now = await readFile(file.path, 'utf8');
  if (now !== file.source) throw new UserError(`${file.shownAs}: the file changed while bizplan was computing; run calc again`);
  await writeFileAtomic(file.path, spliced.text);
}

/**
 * `bizplan calc`: validate a plan, compute every figure of FORMULAS.md, write the metrics
 * back, and print a summary or JSON. Returns 0, or 1 when a check fails.
 */
export async function calc(options: CalcOptions): Promise<number> {
  const output = options.output ?? processOutput();
  const file = await readPlanFile(options.cwd, options.plan);
  const result = calculate(file.plan);
  if (options.write !== false) {
    await writeMetrics(file, result);
    // The Markdown report is written here too, from the same Calculation, once it exists.
  }
  output.out(options.json ? renderCalcJson(file.shownAs, result) : renderSummary(result, output.paint));
  return result.passed ? EXIT.ok : EXIT.checkFailed;
}
