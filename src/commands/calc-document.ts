import path from 'node:path';
import type { Calculation } from '../core/calculate.js';
import { spliceMetrics } from '../core/plan/metrics-block.js';
import { parseSetFlag, planWithOverrides, type NamedOverride } from '../core/plan/overrides.js';
import { applyOverrides } from '../core/plan/paths.js';
import type { ReadPlan } from '../core/plan/overrides.js';
import { reportCases } from '../core/whatif/scenarios.js';
import { UserError } from '../shell/errors.js';
import { PlanInvalidError, STDIN_NAME, type PlanFile } from '../shell/plan-file.js';
import { readUserFile } from '../shell/read-file.js';
import { claimReportPath, defaultReportPath, loadReportTemplate, reportDate } from '../shell/report-file.js';
import { claimOutput, writeFiles, type Write } from '../shell/write-files.js';
import type { CalcOptions } from './calc.js';

// The parts of calc that need the plan's YAML document, loaded only for them: writing the
// metrics and the report back, and what-ifs (`--set`). `calc --no-write` starts without them.

/**
 * The plan's new `metrics:` section and the report, written together: every check that can
 * refuse (the report's path, its folder, its mark, the plan's own permissions) runs before
 * the first byte is written, and both files are staged in full before either is replaced.
 * The plan is rewritten only when a figure changed, so calc twice leaves the file as it was.
 */
export async function writePlanAndReport(file: PlanFile, result: Calculation, options: CalcOptions, writePlan: boolean): Promise<{ written: string[]; planLinks: number }> {
  const spliced = writePlan ? spliceMetrics(file.source, file.document, result.shown) : { ok: true as const, text: file.source };
  if (!spliced.ok) throw new UserError(`${file.shownAs}: ${spliced.reason}`);
  const reportShownAs = options.report ?? defaultReportPath(file.shownAs);
  const reportPath = path.resolve(options.cwd, reportShownAs);
  const notSameAs = file.shownAs === STDIN_NAME ? [] : [{ file: file.path, shownAs: file.shownAs }];
  const report = await claimReportPath(reportPath, reportShownAs, options.force ?? false, { notSameAs });
  const reportWrite: Write = { target: report, text: await renderPlanReport(result, options, { value: file.raw, document: file.document, lineCounter: file.lineCounter, shownAs: file.shownAs }) };
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
  options: Pick<CalcOptions, 'cwd' | 'reportTemplate' | 'date' | 'env' | 'checksInReport'>,
  source: ReadPlan & { shownAs: string },
): Promise<string> {
  const template = await loadReportTemplate(result.plan.language, options.cwd, options.reportTemplate);
  const date = reportDate(options.env ?? process.env, options.date);
  // Loaded only when a report is written: `calc --no-write` starts without the template engine.
  const [{ renderReport }, { buildReportView }] = await Promise.all([import('../core/report/render.js'), import('../core/report/view.js')]);
  // Each scenario is validated against the plan's YAML: one that is not a valid plan stops the report, at its line.
  const cases = reportCases(source, result, source.shownAs);
  if (cases && !cases.ok) throw new PlanInvalidError(cases.problems);
  const view = buildReportView(result, { date, checks: options.checksInReport ?? true, ...(cases ? { cases: cases.value } : {}) });
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
 * The plan file with each `--set PATH=VALUE` in place, validated as a plan; every problem in one
 * error. Its data (`raw`) carries the changes too, so the report's scenarios start from them.
 */
export function planWithSets(file: PlanFile, sets: readonly string[]): PlanFile {
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
  return { ...file, plan: changed.value, raw: applyOverrides(file.raw, overrides) };
}
