import path from 'node:path';
import { loadPlainPlan } from '../core/plan/plain-load.js';
import type { Plan } from '../core/plan/schema.js';
import { readUserFile } from './read-file.js';

export const DEFAULT_PLAN = 'bizplan.yaml';

/** A plan read for its figures: no YAML document to locate keys in or write back into. */
export interface PlanText {
  /** Absolute path on disk. */
  path: string;
  /** The path as the user gave it, for messages and output. */
  shownAs: string;
  source: string;
  plan: Plan;
}

/**
 * Reads and validates a plan when only its figures are needed (calc --no-write, diff, and
 * every command that reads a plan without writing into it). A plain, valid plan takes the
 * fast path; anything else is read by the full loader, loaded only then, which finds and
 * words every problem exactly as it always has.
 */
export async function readPlan(cwd: string, planArg?: string, options: { jit?: boolean } = {}): Promise<PlanText> {
  const shownAs = planArg ?? DEFAULT_PLAN;
  const absolute = path.resolve(cwd, shownAs);
  return planFromText(await readUserFile(absolute, shownAs), shownAs, absolute, options);
}

/** Validates plan text read from anywhere (a file, stdin), the fast way when it is plain and valid. */
export async function planFromText(source: string, shownAs: string, absolute: string, options: { jit?: boolean } = {}): Promise<PlanText> {
  const plan = loadPlainPlan(source, options);
  if (plan) return { path: absolute, shownAs, source, plan };
  const { planFromSource } = await import('./plan-file.js');
  return planFromSource(source, shownAs, absolute, options);
}
