import * as z from 'zod';
import { renderCheckGithub } from '../core/check/format-github.js';
import { renderCheckJson } from '../core/check/format-json.js';
import { renderCheckJunit } from '../core/check/format-junit.js';
import { renderCheckText } from '../core/check/format-text.js';
import { checkPlan, exitCodeFor, type CheckedPlan } from '../core/check/plan-checks.js';
import { positionOf } from '../core/plan/load.js';
import { checksSchema, type Checks } from '../core/plan/schema.js';
import { FileError, UserError } from '../shell/errors.js';
import { findPlans } from '../shell/find-plans.js';
import { processOutput, type Output } from '../shell/output.js';
import { DEFAULT_PLAN, PlanInvalidError, readPlanFile } from '../shell/plan-file.js';

export const CHECK_FORMATS = ['text', 'json', 'github', 'junit'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** Thresholds from the command line; each overrides the plans' own for every file. */
export interface ThresholdFlags {
  ltvToCacMin?: string;
  cacPaybackMonthsMax?: string;
  breakEvenMonthMax?: string;
  runwayMonthsMin?: string;
  grossMarginMin?: string;
}

export interface CheckOptions extends ThresholdFlags {
  cwd: string;
  /** Plan files or globs; `bizplan.yaml` when none. */
  files?: readonly string[];
  format?: CheckFormat;
  output?: Output;
}

const FLAG_OF: Record<keyof ThresholdFlags, keyof Checks> = {
  ltvToCacMin: 'ltv_to_cac_min',
  cacPaybackMonthsMax: 'cac_payback_months_max',
  breakEvenMonthMax: 'break_even_month_max',
  runwayMonthsMin: 'runway_months_min',
  grossMarginMin: 'gross_margin_min',
};

const flagName = (key: string) => `--${key.replace(/_/g, '-')}`;

/** Parses threshold flags with the plan schema's own rules, so a flag and a plan key accept the same values. */
export function parseThresholds(flags: ThresholdFlags): Checks {
  const raw = Object.fromEntries(
    (Object.keys(FLAG_OF) as Array<keyof ThresholdFlags>).filter((f) => flags[f] !== undefined).map((f) => [FLAG_OF[f], flags[f]]),
  );
  const parsed = checksSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new UserError(parsed.error.issues.map((issue: z.core.$ZodIssue) => `${flagName(String(issue.path[0]))}: ${issue.message}`));
}

async function checkOne(cwd: string, shownAs: string, overrides: Checks): Promise<CheckedPlan> {
  try {
    const file = await readPlanFile(cwd, shownAs, { jit: true });
    return checkPlan(shownAs, file.plan, overrides, (path, preferKey) => positionOf(file, path, preferKey));
  } catch (error) {
    if (error instanceof PlanInvalidError) return { file: shownAs, valid: false, problems: error.problems };
    if (error instanceof FileError) return { file: shownAs, valid: false, problems: [{ file: shownAs, line: 0, col: 0, key: '', message: error.reason }] };
    throw error;
  }
}

/**
 * `bizplan check`: validate and compute every plan given, judge each against its
 * thresholds, and report in the format CI wants. Never prompts, never writes.
 * Returns 0 when all pass, 1 when a check fails, 2 when a plan is invalid or missing.
 */
export async function check(options: CheckOptions): Promise<number> {
  const output = options.output ?? processOutput();
  const format = options.format ?? 'text';
  if (!CHECK_FORMATS.includes(format)) throw new UserError(`--format: must be one of ${CHECK_FORMATS.join(', ')} (got ${JSON.stringify(format)})`);
  const overrides = parseThresholds(options);
  const args = options.files && options.files.length > 0 ? options.files : [DEFAULT_PLAN];
  const { plans: found, unmatched } = await findPlans(options.cwd, args);
  const results: CheckedPlan[] = [];
  for (const plan of found) results.push(await checkOne(options.cwd, plan.shownAs, overrides));
  for (const pattern of unmatched) {
    results.push({ file: pattern, valid: false, problems: [{ file: pattern, line: 0, col: 0, key: '', message: 'no file matches this pattern' }] });
  }
  const render = { text: () => renderCheckText(results, output.paint), json: () => renderCheckJson(results), github: () => renderCheckGithub(results), junit: () => renderCheckJunit(results) };
  output.out(render[format]());
  return exitCodeFor(results);
}
