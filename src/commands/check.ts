import * as z from 'zod';
import { CHECK_FORMATS, checkFormatter, type CheckFormat } from '../core/check/formatters.js';
import { exitCodeFor, verdictOf } from '../core/check/verdict.js';
import { fileProblem } from '../core/plan/problems.js';
import { checksSchema, type Checks } from '../core/plan/schema.js';
import { checkFiles, type CheckJob } from '../shell/check-files.js';
import { UserError } from '../shell/errors.js';
import { findPlans } from '../shell/find-plans.js';
import { processOutput, type Output } from '../shell/output.js';
import { checkInWorkers } from '../shell/parallel-check.js';
import { DEFAULT_PLAN } from '../shell/plan-read.js';

export { CHECK_FORMATS, type CheckFormat };

/** Thresholds from the command line; each overrides the plans' own for every file. */
export interface ThresholdFlags {
  ltvToCacMin?: string;
  cacPaybackMonthsMax?: string;
  breakEvenMonthMax?: string;
  runwayMonthsMin?: string;
  grossMarginMin?: string;
  fundingGapMax?: string;
  burnMultipleMax?: string;
  /** A switch, not a value: present means every plan must be default alive. */
  requireDefaultAlive?: boolean;
}

export interface CheckOptions extends ThresholdFlags {
  cwd: string;
  /** Plan files or globs; `bizplan.yaml` when none. */
  files?: readonly string[];
  format?: CheckFormat;
  /** Also fail a plan whose committed `metrics:` or report differ from what calc would write now. */
  stale?: boolean;
  /** Also check every scenario of each plan, each named `plan.yaml#NAME`. */
  scenarios?: boolean;
  /** A glob that matches no file is passed over, not an invalid plan; at least one plan must still be found. */
  skipUnmatched?: boolean;
  output?: Output;
}

const FLAG_OF: Record<keyof ThresholdFlags, keyof Checks> = {
  ltvToCacMin: 'ltv_to_cac_min',
  cacPaybackMonthsMax: 'cac_payback_months_max',
  breakEvenMonthMax: 'break_even_month_max',
  runwayMonthsMin: 'runway_months_min',
  grossMarginMin: 'gross_margin_min',
  fundingGapMax: 'funding_gap_max',
  burnMultipleMax: 'burn_multiple_max',
  requireDefaultAlive: 'require_default_alive',
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

/**
 * `bizplan check`: validate and compute every plan given, judge each against its
 * thresholds, and report in the format CI wants. Never prompts, never writes.
 * Returns 0 when all pass, 1 when a check fails, 2 when a plan is invalid or missing.
 */
export async function check(options: CheckOptions): Promise<number> {
  const output = options.output ?? processOutput();
  const format = options.format ?? 'text';
  if (!CHECK_FORMATS.includes(format)) throw new UserError(`--format: must be one of ${CHECK_FORMATS.join(', ')} (got ${JSON.stringify(format)})`);
  const flags: ThresholdFlags = {
    ltvToCacMin: options.ltvToCacMin,
    cacPaybackMonthsMax: options.cacPaybackMonthsMax,
    breakEvenMonthMax: options.breakEvenMonthMax,
    runwayMonthsMin: options.runwayMonthsMin,
    grossMarginMin: options.grossMarginMin,
    fundingGapMax: options.fundingGapMax,
    burnMultipleMax: options.burnMultipleMax,
    requireDefaultAlive: options.requireDefaultAlive,
  };
  const overrides = parseThresholds(flags);
  const args = options.files && options.files.length > 0 ? options.files : [DEFAULT_PLAN];
  const { plans: found, unmatched } = await findPlans(options.cwd, args);
  // Checking nothing and passing would be a verdict CI cannot trust.
  if (found.length === 0 && options.skipUnmatched) throw new UserError(`no plan matches ${args.map((a) => JSON.stringify(a)).join(' or ')}; name at least one plan`);
  const job: CheckJob = { cwd: options.cwd, files: found.map((p) => p.shownAs), format, colorLevel: output.colorLevel, stale: options.stale === true, scenarios: options.scenarios === true };
  const verdicts = (await checkInWorkers(job, overrides)) ?? (await checkFiles(job, overrides));
  const formatter = checkFormatter(format, output.paint);
  for (const pattern of options.skipUnmatched ? [] : unmatched) {
    verdicts.push(verdictOf({ file: pattern, valid: false, problems: [fileProblem(pattern, 'no file matches this pattern')] }, formatter));
  }
  output.out(formatter.join(verdicts));
  return exitCodeFor(verdicts);
}
