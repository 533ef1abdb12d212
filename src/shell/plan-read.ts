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
  const text = await readPlanSource(cwd, arg, stdin);
  return planFromText(text.source, text.shownAs, text.path, options);
}

/** The text of a plan named on the command line, not yet validated. */
export async function readPlanSource(cwd: string, arg: string, stdin: InputStream = process.stdin): Promise<{ source: string; shownAs: string; path: string }> {
  if (arg === '-') return { source: await readStdin(stdin), shownAs: STDIN_NAME, path: path.resolve(cwd, STDIN_NAME) };
  const absolute = path.resolve(cwd, arg);
  return { source: await readUserFile(absolute, arg), shownAs: arg, path: absolute };
}

/** Text with nothing in it but blank lines, comments and document markers: no plan at all. */
export function holdsNoPlan(source: string): boolean {
  return source.replace(/^\uFEFF/, '').split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line) || /^(---|\.\.\.)\s*$/.test(line));
}

/** Validates plan text read from anywhere, the fast way when it is plain and valid. */
export async function planFromText(source: string, shownAs: string, absolute: string, options: { jit?: boolean } = {}): Promise<PlanText> {
  const plan = loadPlainPlan(source);
  if (plan) return { path: absolute, shownAs, source, plan };
  const { planFromSource } = await import('./plan-file.js');
  return planFromSource(source, shownAs, absolute, options);
}
