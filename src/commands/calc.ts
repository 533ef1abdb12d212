import path from 'node:path';
import { calculate, withWarningLines, type Calculation } from '../core/calculate.js';
import { positionOf } from '../core/plan/load.js';
import { spliceMetrics } from '../core/plan/metrics-block.js';
import { parseSetFlag, planWithOverrides, type NamedOverride } from '../core/plan/overrides.js';
import type { Plan } from '../core/plan/schema.js';
import { renderCalcJson } from '../core/render/calc-json.js';
import { printable } from '../core/render/safe-text.js';
import { EXIT, UserError } from '../shell/errors.js';
import { readUserFile } from '../shell/read-file.js';
import { claimOutput, writeFiles, type Write } from '../shell/write-files.js';
import { processOutput, type Output } from '../shell/output.js';
import { DEFAULT_PLAN, PlanInvalidError, readPlanArg, STDIN_NAME, type PlanFile } from '../shell/plan-file.js';
import type { InputStream } from '../shell/stdin.js';
import { claimReportPath, defaultReportPath, loadReportTemplate, reportDate } from '../shell/report-file.js';

export interface CalcOptions {
  /** Folder the plan path is resolved against. */
  cwd: string;
  /** The plan file; `bizplan.yaml` when not given; `-` reads stdin and writes no plan. */
  plan?: string;
  /** `PATH=VALUE` inputs to change for this run only: a what-if that writes no plan. */
  set?: readonly string[];
  stdin?: InputStream;
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
async function writePlanAndReport(file: PlanFile, result: Calculation, options: CalcOptions, writePlan: boolean): Promise<{ written: string[]; planLinks: number }> {
  const spliced = writePlan ? spliceMetrics(file.source, file.document, result.shown) : { ok: true as const, text: file.source };
  if (!spliced.ok) throw new UserError(`${file.shownAs}: ${spliced.reason}`);
  const reportShownAs = options.report ?? defaultReportPath(file.shownAs);
  const reportPath = path.resolve(options.cwd, reportShownAs);
  const notSameAs = file.shownAs === STDIN_NAME ? [] : [{ file: file.path, shownAs: file.shownAs }];
  const report = await claimReportPath(reportPath, reportShownAs, options.force ?? false, { notSameAs });
  const reportWrite: Write = { target: report, text: await renderPlanReport(result, options) };
  const plan = spliced.text === file.source ? undefined : await claimOutput(file.path, file.shownAs, { force: true });
  // The plan first: should the report's rename then fail, the plan is whole and current, and calc mends the report.
  const writes: Write[] = plan ? [{ target: { ...plan, existing: file.source }, text: spliced.text }, reportWrite] : [reportWrite];
  const planTarget = plan?.file;
  // Someone may have saved the plan while we computed; their edit wins over our figures.
  const unchanged = async () => {
    if (planTarget === undefined) return;
    const now = await readUserFile(planTarget, file.shownAs);
    if (now !== file.source) throw new UserError(`${file.shownAs}: the file changed while bizplan was computing; run calc again`);
  };
  return { written: await writeFiles(writes, unchanged), planLinks: plan?.links ?? 0 };
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
  const view = buildReportView(result, { date });
  if (options.reportTemplate === undefined) return renderReport(template, view);
  try {
    return renderReport(template, view);
  } catch (error) {
    // A layout of the user's own that Mustache cannot read is their mistake to fix; the built-in ones are tested.
    if (error instanceof Error) throw new UserError(`${options.reportTemplate}: ${error.message.split('\n')[0] ?? ''}; fix the Mustache layout`);
    throw error;
  }
}

/**
 * `bizplan calc`: validate a plan, compute every figure of FORMULAS.md, write the metrics
 * back, and print a summary or JSON. Returns 0, or 1 when a check fails.
 */
export async function calc(options: CalcOptions): Promise<number> {
  const output = options.output ?? processOutput();
  // A mistyped date is a mistake even when no report is written this time.
  reportDate(options.env ?? process.env, options.date);
  const file = await readPlanArg(options.cwd, options.plan ?? DEFAULT_PLAN, options.stdin);
  const sets = options.set ?? [];
  const result = withWarningLines(calculate(sets.length > 0 ? planWithSets(file, sets) : file.plan), (at) => positionOf(file, at).line);
  if (sets.length > 0) output.err(`What if ${sets.map(printable).join(', ')}: the figures below; ${file.shownAs === STDIN_NAME ? 'stdin' : printable(file.shownAs)} is unchanged\n`);
  // A what-if, or a plan from stdin, has no file of its own to update: only a report asked for by name is written.
  const ownPlan = sets.length === 0 && file.shownAs !== STDIN_NAME;
  if (options.write !== false && (ownPlan || options.report !== undefined)) {
    const { written, planLinks } = await writePlanAndReport(file, result, options, ownPlan);
    // The plan's metrics are rewritten quietly, as promised; a new report is news.
    for (const shownAs of written) if (shownAs !== file.shownAs) output.err(`Wrote ${printable(shownAs)}\n`);
    if (planLinks > 1 && written.includes(file.shownAs)) {
      output.err(`Note: ${printable(file.shownAs)} had ${planLinks - 1} other hard link${planLinks > 2 ? 's' : ''}; bizplan replaces a file whole, so those names keep the old text\n`);
    }
  }
  if (options.summary !== false) {
    // The terminal summary measures text width for Chinese labels; JSON output needs none of it.
    output.out(options.json ? renderCalcJson(file.shownAs, result) : (await import('../core/render/summary.js')).renderSummary(result, output.paint));
  }
  return result.passed ? EXIT.ok : EXIT.checkFailed;
}

/** The plan with each `--set PATH=VALUE` in place, validated as a plan; every problem in one error. */
function planWithSets(file: PlanFile, sets: readonly string[]): Plan {
  const overrides: NamedOverride[] = [];
  const problems: string[] = [];
  for (const flag of sets) {
    const parsed = parseSetFlag(flag, file.raw);
    if (parsed.ok) overrides.push(parsed.override);
    else problems.push(parsed.message);
  }
  if (problems.length > 0) throw new UserError(problems);
  const changed = planWithOverrides({ value: file.raw, document: file.document, lineCounter: file.lineCounter }, overrides, file.shownAs);
  if (!changed.ok) throw new PlanInvalidError(changed.problems);
  return changed.value;
}
