import { calcJsonObject } from '../render/calc-json.js';
import { stringifyJson } from '../render/json.js';
import { exitCodeFor, summarize, type CheckedPlan } from './plan-checks.js';

/** One object for all plans; each valid plan has the `calc --json` shape plus `valid` and `errors`. */
export function renderCheckJson(plans: readonly CheckedPlan[]): string {
  const entries = plans.map((plan) =>
    plan.valid
      ? { ...calcJsonObject(plan.file, plan.calc), valid: true, errors: [] }
      : {
          plan: plan.file,
          currency: null,
          metrics: null,
          checks: [],
          warnings: [],
          valid: false,
          errors: plan.problems.map((p) => ({ line: p.line, col: p.col, key: p.key, message: p.message })),
        },
  );
  return `${stringifyJson({ exitCode: exitCodeFor(plans), summary: summarize(plans), plans: entries })}\n`;
}
