import { catalogs } from '../core/i18n/index.js';
import { nearest } from '../core/nearest.js';
import { printable } from '../core/render/safe-text.js';
import { computeCases, expectedValues, scenarioNames, scenarioPlan, type CaseResult } from '../core/whatif/scenarios.js';
import type { Plan } from '../core/plan/schema.js';
import { EXIT, UserError } from '../shell/errors.js';
import { processOutput, type Output } from '../shell/output.js';
import { PlanInvalidError, readPlanArg, type PlanFile } from '../shell/plan-file.js';
import { DEFAULT_PLAN } from '../shell/plan-read.js';
import type { InputStream } from '../shell/stdin.js';

export const SCENARIO_FORMATS = ['text', 'json', 'markdown'] as const;
export type ScenarioFormat = (typeof SCENARIO_FORMATS)[number];

export interface ScenariosOptions {
  cwd: string;
  plan?: string;
  format?: ScenarioFormat;
  stdin?: InputStream;
  /** Terminal columns; 80 when stdout is not a terminal. */
  width?: number;
  output?: Output;
}

const readAs = (file: PlanFile) => ({ value: file.raw, document: file.document, lineCounter: file.lineCounter });

/** The base case and every scenario of a plan file, computed; any scenario that is not a valid plan is a plan mistake. */
export function casesOf(file: PlanFile): CaseResult[] {
  const result = computeCases(readAs(file), file.plan, file.shownAs);
  if (!result.ok) throw new PlanInvalidError(result.problems);
  return result.value;
}

/** The plan of one scenario named on the command line; an unknown name gets the nearest. */
export function planOfScenario(file: PlanFile, name: string): Plan {
  const names = scenarioNames(file.plan);
  if (!names.includes(name)) {
    // Said in the plan's language, as everything about the plan is.
    const e = catalogs[file.plan.language].whatIfOutput.errors;
    const near = nearest(name, names);
    const hint = names.length === 0 ? e.noScenariosToPick(printable(file.shownAs)) : near && near.edits <= Math.max(2, Math.floor(name.length / 3)) ? e.didYouMean(near.candidate) : e.scenariosAre(names);
    throw new UserError(e.unknownScenario(JSON.stringify(printable(name.slice(0, 60))), printable(file.shownAs), hint));
  }
  const result = scenarioPlan(readAs(file), name, file.shownAs);
  if (!result.ok) throw new PlanInvalidError(result.problems);
  return result.value;
}

/**
 * `bizplan scenarios`: the base case and every scenario side by side, with the expected
 * values when the plan gives probabilities. Writes nothing. Returns 0.
 */
export async function scenarios(options: ScenariosOptions): Promise<number> {
  const output = options.output ?? processOutput();
  const format = options.format ?? 'text';
  if (!SCENARIO_FORMATS.includes(format)) throw new UserError(`--format: must be one of ${SCENARIO_FORMATS.join(', ')} (got ${JSON.stringify(printable(format))})`);
  const file = await readPlanArg(options.cwd, options.plan ?? DEFAULT_PLAN, options.stdin);
  const cases = casesOf(file);
  const expected = expectedValues(cases);
  const render = await import('../core/render/scenarios.js');
  if (format === 'json') output.out(render.renderScenariosJson(file.shownAs, cases, expected));
  else if (format === 'markdown') output.out(render.renderScenariosMarkdown(cases, expected));
  else {
    if (cases.length === 1) output.err(`${catalogs[file.plan.language].whatIfOutput.noScenarios(printable(file.shownAs))}\n`);
    output.out(render.renderScenariosText(file.shownAs, cases, expected, options.width ?? 80));
  }
  return EXIT.ok;
}
