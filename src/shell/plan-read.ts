import path from 'node:path';
import { loadPlainPlan } from '../core/plan/plain-load.js';
import type { Plan } from '../core/plan/schema.js';
import { readUserFile } from './read-file.js';
import { readStdin, type InputStream } from './stdin.js';

export const DEFAULT_PLAN = 'bizplan.yaml';

/** How a plan read from stdin is named in messages and output. */
export const STDIN_NAME = '(stdin)';

/** A plan read for its figures: no YAML document to locate keys in, change, or write back into. */
export interface PlanText {
  /** Absolute path on disk. */
  path: string;
  /** The path as the user gave it, for messages and output. */
  shownAs: string;
  source: string;
  plan: Plan;
}

/**
 * A plan named on the command line (a file, or `-` for stdin), read when only its figures
 * are needed: calc --no-write, diff, and every command that reads a plan without changing
 * or writing it. A plain, valid plan takes the fast path; anything else is read by the full
 * loader, loaded only then, which finds and words every problem exactly as it always has.
 */
export async function readPlanText(cwd: string, arg: string = DEFAULT_PLAN, stdin: InputStream = process.stdin, options: { jit?: boolean } = {}): Promise<PlanText> {
  if (arg === '-') return planFromText(await readStdin(stdin), STDIN_NAME, path.resolve(cwd, STDIN_NAME), options);
  const absolute = path.resolve(cwd, arg);
  return planFromText(await readUserFile(absolute, arg), arg, absolute, options);
}

/** Validates plan text read from anywhere, the fast way when it is plain and valid. */
export async function planFromText(source: string, shownAs: string, absolute: string, options: { jit?: boolean } = {}): Promise<PlanText> {
  const plan = loadPlainPlan(source, options);
  if (plan) return { path: absolute, shownAs, source, plan };
  const { planFromSource } = await import('./plan-file.js');
  return planFromSource(source, shownAs, absolute, options);
}
