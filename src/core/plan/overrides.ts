import type { Document, LineCounter } from 'yaml';
import { parseYaml, validateDocument, type LoadResult } from './load.js';
import { applyOverrides, isWithin, resolvePath, type Override } from './paths.js';
import type { PlanProblem } from './problems.js';
import { planSchema, type Plan } from './schema.js';

/** A plan as read: its data (numbers as exact Decimals), and where each node sits in the source. */
export interface ReadPlan {
  value: unknown;
  document: Document.Parsed;
  lineCounter: LineCounter;
}

/** One `PATH=VALUE` from the command line, with where it came from for messages. */
export interface NamedOverride extends Override {
  /** How a message names it: `--set revenue_model.churn_monthly=5%`. */
  origin: string;
  /** Where it is written in a plan file (a scenario's `set:` entry): its problems are shown there. */
  at?: { file: string; line: number; col: number };
}

/**
 * Reads `PATH=VALUE`: the path is resolved against the schema and the plan, the value is
 * read as YAML the way a plan's values are (`5%` text, `0.05` an exact number, `[...]` a list).
 */
export function parseSetFlag(flag: string, plan: unknown, origin = `--set ${flag}`): { ok: true; override: NamedOverride } | { ok: false; message: string } {
  const equals = flag.indexOf('=');
  if (equals < 0) return { ok: false, message: `${origin}: write PATH=VALUE, e.g. --set revenue_model.churn_monthly=5%` };
  const resolved = resolvePath(planSchema, plan, flag.slice(0, equals));
  if (!resolved.ok) return { ok: false, message: `--set: ${resolved.message}` };
  const valueText = flag.slice(equals + 1);
  if (valueText.trim() === '') return { ok: false, message: `${origin}: give a value after "="` };
  const read = parseYaml(valueText, origin);
  if (!read.ok) return { ok: false, message: `${origin}: ${read.problems.map((p) => p.message).join('; ')}` };
  return { ok: true, override: { path: resolved.path, value: read.value, origin } };
}

/**
 * The plan with some inputs replaced, validated as a plan. A problem with a replaced input
 * is named by the override that caused it; a problem elsewhere keeps its place in the file.
 */
export function planWithOverrides(read: ReadPlan, overrides: readonly NamedOverride[], file: string): LoadResult<Plan> {
  const value = applyOverrides(read.value, overrides);
  const result = validateDocument(planSchema, { ...read, value }, file);
  if (result.ok) return result;
  const problems = result.problems.map((problem): PlanProblem => {
    const cause = overrides.findLast((o) => isWithin(problem.key, o.path));
    if (!cause) return problem;
    return cause.at ? { ...cause.at, key: problem.key, message: problem.message } : { file: cause.origin, line: 0, col: 0, key: problem.key, message: problem.message };
  });
  return { ok: false, problems };
}
