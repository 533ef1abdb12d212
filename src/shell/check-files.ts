import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { Chalk } from 'chalk';
import { checkFormatter, type CheckFormat } from '../core/check/formatters.js';
import { calculate, type Calculation } from '../core/calculate.js';
import { checkPlan, type CheckedPlan } from '../core/check/plan-checks.js';
import { judgeCashOut } from '../core/check/simulated-check.js';
import { settingsOf } from '../core/plan/simulation-settings.js';
import { staleParts } from '../core/check/stale.js';
import type { Language } from '../core/i18n/index.js';
import { isGeneratedReport } from '../core/report/mark.js';
import { LANGUAGES } from '../core/plan/schema.js';
import { verdictOf, type PlanVerdict } from '../core/check/verdict.js';
import { languageNamedIn, positionOf } from '../core/plan/load.js';
import { loadPlainPlan } from '../core/plan/plain-load.js';
import { fileProblem } from '../core/plan/problems.js';
import { reportCases, scenarioNames, scenarioPlace, scenarioPlan, type CaseResult } from '../core/whatif/scenarios.js';
import type { Checks } from '../core/plan/schema.js';
import { FileError } from './errors.js';
import { readUserFileSync } from './read-file.js';
import { PlanInvalidError, planFromSource, type PlanFile } from './plan-file.js';
import { defaultReportPath, loadReportTemplate } from './report-file.js';

/** What a batch of plans is checked with; plain data, so it can be sent to a worker thread. */
export interface CheckJob {
  cwd: string;
  files: readonly string[];
  format: CheckFormat;
  colorLevel: 0 | 1;
  /** Also fail a plan whose `metrics:` or report differ from what calc would write now. */
  stale?: boolean;
  /** Also check each scenario of each plan, named `plan.yaml#downside`. */
  scenarios?: boolean;
}

/** How a report is rendered for a plan's calculation (and its scenarios) on a date; loaded once, only for --stale. */
type Renderer = (calc: Calculation, date: string, checks: boolean, cases: readonly CaseResult[] | undefined) => string;

/** Loaded once a thread, however many batches of plans it checks. */
let renderer: Promise<Renderer> | undefined;

async function loadRenderer(): Promise<Renderer> {
  const [{ renderReport }, { buildReportView }] = await Promise.all([import('../core/report/render.js'), import('../core/report/view.js')]);
  const templates = new Map<Language, string>();
  for (const language of LANGUAGES) templates.set(language, await loadReportTemplate(language, '.'));
  return (calc, date, checks, cases) => renderReport(templates.get(calc.plan.language) as string, buildReportView(calc, { date, checks, ...(cases ? { cases } : {}) }));
}

/** The report bizplan wrote beside a plan, or undefined: none there, or not bizplan's (a layout of the user's own). */
function readOwnReport(cwd: string, plan: string): string | undefined {
  try {
    const text = readUserFileSync(path.resolve(cwd, defaultReportPath(plan)), defaultReportPath(plan), { maxBytes: 16 * 1024 * 1024 });
    return isGeneratedReport(text) ? text : undefined;
  } catch (error) {
    if (error instanceof FileError) return undefined;
    throw error;
  }
}

type Read = { text: string; report?: string } | { error: unknown };

/** Each scenario of a plan checked as a plan of its own, named `plan.yaml#NAME`, its findings at the scenario's line. */
function checkScenarios(file: PlanFile, overrides: Checks): CheckedPlan[] {
  const read = { value: file.raw, document: file.document, lineCounter: file.lineCounter };
  return scenarioNames(file.plan).map((name): CheckedPlan => {
    const named = `${file.shownAs}#${name}`;
    const result = scenarioPlan(read, name, file.shownAs);
    if (!result.ok) return { file: named, valid: false, problems: result.problems, language: file.plan.language };
    const place = scenarioPlace(read, name);
    return { ...checkPlan(named, result.value, overrides, () => place), source: file.shownAs };
  });
}

/**
 * A valid plan with its simulated check judged: the plan (or scenario) simulated with its own
 * runs and seed. On the main thread the runs are shared among threads when they are many; a
 * worker thread of check (one of many plans) simulates on its own.
 */
async function withSimulatedChecks(checked: CheckedPlan): Promise<CheckedPlan> {
  if (!checked.valid) return checked;
  const plan = checked.calc.plan;
  const limit = plan.checks.cash_out_probability_max;
  if (limit === undefined) return checked;
  const settings = settingsOf(plan);
  const [{ compileSimulation }, { simulateInThreads }] = await Promise.all([import('../core/simulate/index.js'), import('./parallel-simulate.js')]);
  const result = await simulateInThreads(compileSimulation(plan), settings, isMainThread ? {} : { threads: 1 });
  return { ...checked, simulated: [judgeCashOut(limit, result.cash_out_probability, settings)] };
}

function checkReadPlain(cwd: string, shownAs: string, read: Read, overrides: Checks, render: Renderer | undefined, scenarios = false): CheckedPlan[] {
  try {
    if ('error' in read) throw read.error;
    // Many plans in one process: zod's compiled fast path pays for itself.
    const full = () => planFromSource(read.text, shownAs, path.resolve(cwd, shownAs), { jit: true });
    // --stale compares with the YAML document, so it reads the full way; otherwise a plain plan is read
    // fast, and located in its YAML only when a failed check needs a line and column.
    const plain = render ? undefined : loadPlainPlan(read.text);
    let located: PlanFile | undefined;
    const locate = () => (located ??= full());
    const checked = checkPlan(shownAs, plain ?? locate().plan, overrides, (keys, preferKey) => positionOf(locate(), keys, preferKey));
    // A plan with scenarios is never plain: it was located already.
    const others = scenarios && checked.calc.plan.scenarios ? checkScenarios(locate(), overrides) : [];
    if (!render) return [checked, ...others];
    const file = locate();
    // Judged on the plan's own figures and thresholds, as calc writes them, whatever the flags say.
    const own = Object.keys(overrides).length === 0 ? checked.calc : calculate(file.plan);
    // The report shows the scenarios: one that is not a valid plan makes the plan invalid here, as calc refuses it.
    const cases = reportCases({ value: file.raw, document: file.document, lineCounter: file.lineCounter }, own, shownAs);
    if (cases && !cases.ok) throw new PlanInvalidError(cases.problems);
    return [{ ...checked, stale: staleParts({ source: file.source, document: file.document, calc: own, report: read.report, render: (date, checks) => render(own, date, checks, cases?.value) }) }, ...others];
  } catch (error) {
    const language = 'text' in read ? languageNamedIn(read.text) : undefined;
    if (error instanceof PlanInvalidError) return [{ file: shownAs, valid: false, problems: error.problems, ...(language ? { language } : {}) }];
    if (error instanceof FileError) return [{ file: shownAs, valid: false, problems: [fileProblem(shownAs, error.reason)] }];
    throw error;
  }
}

/** Checks plans in order, and renders each one's part of the output. */
export async function checkFiles(job: CheckJob, overrides: Checks): Promise<PlanVerdict[]> {
  return (await checkFileGroups(job, overrides)).flat();
}

/** Whether any of a file's plans (or scenarios) has a check that is judged by simulating. */
const simulates = (plans: readonly CheckedPlan[]) => plans.some((plan) => plan.valid && plan.calc.plan.checks.cash_out_probability_max !== undefined);

/**
 * The verdicts of each file: the plan's own, then (with `scenarios`) one for each of its scenarios.
 * Plans are small regular files, read with synchronous calls, and most are checked without
 * waiting on anything: only a simulated check (and loading the report's renderer) is awaited.
 */
export async function checkFileGroups(job: CheckJob, overrides: Checks): Promise<PlanVerdict[][]> {
  const formatter = checkFormatter(job.format, new Chalk({ level: job.colorLevel }));
  const render = job.stale ? await (renderer ??= loadRenderer()) : undefined;
  const read = (file: string): Read => {
    try {
      return { text: readUserFileSync(path.resolve(job.cwd, file), file), report: job.stale ? readOwnReport(job.cwd, file) : undefined };
    } catch (error) {
      return { error };
    }
  };
  const verdicts: PlanVerdict[][] = [];
  for (const file of job.files) {
    const checked = checkReadPlain(job.cwd, file, read(file), overrides, render, job.scenarios);
    const plans = simulates(checked) ? await Promise.all(checked.map(withSimulatedChecks)) : checked;
    verdicts.push(plans.map((plan) => verdictOf(plan, formatter)));
  }
  return verdicts;
}
