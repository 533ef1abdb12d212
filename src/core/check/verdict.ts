import { allChecks, allPass, type CheckedPlan } from './plan-checks.js';

/**
 * One plan's outcome with its output already rendered: plain data, so plans can be
 * checked in worker threads and their parts joined, in order, by the main thread.
 */
export interface PlanVerdict {
  file: string;
  valid: boolean;
  passed: boolean;
  /** Checks judged (JUnit test cases); an invalid plan counts one. */
  tests: number;
  failures: number;
  /** This plan's part of the output, in the chosen format. */
  fragment: string;
}

/** Renders each plan's part of the output, and joins the parts with what surrounds them. */
export interface CheckFormatter {
  plan(plan: CheckedPlan): string;
  join(verdicts: readonly PlanVerdict[]): string;
}

export function verdictOf(plan: CheckedPlan, formatter: CheckFormatter): PlanVerdict {
  const checks = plan.valid ? allChecks(plan) : [];
  // Up-to-date figures count as one more test, under --stale.
  const stale = plan.valid && plan.stale !== undefined ? [plan.stale.length === 0] : [];
  return {
    file: plan.file,
    valid: plan.valid,
    passed: plan.valid && allPass(plan) && !stale.includes(false),
    tests: plan.valid ? checks.length + stale.length : 1,
    failures: checks.filter((c) => !c.pass).length + stale.filter((fresh) => !fresh).length,
    fragment: formatter.plan(plan),
  };
}

export interface CheckSummary {
  plans: number;
  passed: number;
  failed: number;
  invalid: number;
}

export function summarize(verdicts: readonly PlanVerdict[]): CheckSummary {
  const invalid = verdicts.filter((v) => !v.valid).length;
  const failed = verdicts.filter((v) => v.valid && !v.passed).length;
  return { plans: verdicts.length, passed: verdicts.length - invalid - failed, failed, invalid };
}

/** 2 when any plan is invalid or missing, else 1 when any check failed, else 0. */
export function exitCodeFor(verdicts: readonly PlanVerdict[]): 0 | 1 | 2 {
  if (verdicts.some((v) => !v.valid)) return 2;
  return verdicts.some((v) => !v.passed) ? 1 : 0;
}

export function summaryLine(s: CheckSummary): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(s.plans, 'plan')}: ${s.passed} passed, ${s.failed} failed a check, ${s.invalid} invalid`;
}
