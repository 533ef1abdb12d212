import path from 'node:path';
import { calculate, type Calculation } from '../core/calculate.js';
import { renderCalcJson } from '../core/render/calc-json.js';
import { EXIT, UserError } from '../shell/errors.js';
import { readUserFile } from '../shell/read-file.js';
import { claimOutput, writeFiles, type Write } from '../shell/write-files.js';
import { processOutput, type Output } from '../shell/output.js';
import type { PlanFile } from '../shell/plan-file.js';
import { readPlan, type PlanText } from '../shell/plan-read.js';
import { claimReportPath, defaultReportPath, loadReportTemplate, reportDate } from '../shell/report-file.js';

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
 * The plan's new `metrics:` section and the report, written together: every check that can
 * refuse (the report's path, its folder, its mark, the plan's own permissions) runs before
 * the first byte is written, and both files are staged in full before either is replaced.
 * The plan is rewritten only when a figure changed, so calc twice leaves the file as it was.
 */
async function writePlanAndReport(file: PlanFile, result: Calculation, options: CalcOptions): Promise<string[]> {
  const { spliceMetrics } = await import('../core/plan/metrics-block.js');
  const spliced = spliceMetrics(file.source, file.document, result.shown);
  if (!spliced.ok) throw new UserError(`${file.shownAs}: ${spliced.reason}`);
  const reportShownAs = options.report ?? defaultReportPath(file.shownAs);
  const reportPath = path.resolve(options.cwd, reportShownAs);
  const report = await claimReportPath(reportPath, reportShownAs, options.force ?? false, { notSameAs: [{ file: file.path, shownAs: file.shownAs }] });
  const writes: Write[] = [{ target: report, text: await renderPlanReport(result, options) }];
  if (spliced.text !== file.source) {
    const plan = await claimOutput(file.path, file.shownAs, { force: true });
    writes.push({ target: { ...plan, existing: file.source }, text: spliced.text });
  }
  const planTarget = writes[1]?.target.file;
  // Someone may have saved the plan while we computed; their edit wins over our figures.
  const unchanged = async () => {
    if (planTarget === undefined) return;
    const now = await readUserFile(planTarget, file.shownAs);
    if (now !== file.source) throw new UserError(`${file.shownAs}: the file changed while bizplan was computing; run calc again`);
  };
  return writeFiles(writes, unchanged);
}

/** The report from the same Calculation the metrics come from, so the two never disagree. */
export async function renderPlanReport(
  result: Calculation,
  options: Pick<CalcOptions, 'cwd' | 'reportTemplate' | 'date' | 'env'>,
): Promise<string> {
  const template = await loadReportTemplate(result.plan.language, options.cwd, options.reportTemplate);
  const date = reportDate(options.env ?? process.env, options.date);
  // Loaded only when a report is written: `calc --no-write` starts without the template engine.
  const [{ renderReport }, { buildReportView }] = await Promise.all([import('../core/report/render.js'), import('../core/report/view.js')]);
  return renderReport(template, buildReportView(result, { date }));
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
    const { readPlanFile } = await import('../shell/plan-file.js');
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
