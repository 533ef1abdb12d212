import path from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { loadPlan, type LoadOptions } from '../core/plan/load.js';
import { formatProblem, type PlanProblem } from '../core/plan/problems.js';
import type { Plan } from '../core/plan/schema.js';
import { UserError } from './errors.js';
import { readUserFile } from './read-file.js';
import { readStdin, type InputStream } from './stdin.js';

export const DEFAULT_PLAN = 'bizplan.yaml';

export interface PlanFile {
  /** Absolute path on disk. */
  path: string;
  /** The path as the user gave it, for messages and output. */
  shownAs: string;
  source: string;
  plan: Plan;
  /** The data as read, before validation: what `--set` and scenarios change. */
  raw: unknown;
  document: Document.Parsed;
  lineCounter: LineCounter;
}

/** Reads and validates a plan file; every problem in it becomes one line of a UserError. */
export async function readPlanFile(cwd: string, planArg: string = DEFAULT_PLAN, options: LoadOptions = {}): Promise<PlanFile> {
  const absolute = path.resolve(cwd, planArg);
  return planFromSource(await readUserFile(absolute, planArg), planArg, absolute, options);
}

/** How a plan read from stdin is named in messages and output. */
export const STDIN_NAME = '(stdin)';

/** A plan named on the command line: a file, or `-` for stdin. */
export async function readPlanArg(cwd: string, arg: string, stdin: InputStream = process.stdin): Promise<PlanFile> {
  const text = await readPlanText(cwd, arg, stdin);
  return planFromSource(text.source, text.shownAs, text.path);
}

/** The text of a plan named on the command line, not yet validated. */
export async function readPlanText(cwd: string, arg: string, stdin: InputStream = process.stdin): Promise<{ source: string; shownAs: string; path: string }> {
  if (arg === '-') return { source: await readStdin(stdin), shownAs: STDIN_NAME, path: path.resolve(cwd, STDIN_NAME) };
  const absolute = path.resolve(cwd, arg);
  return { source: await readUserFile(absolute, arg), shownAs: arg, path: absolute };
}

/** Text with nothing in it but blank lines, comments and document markers: no plan at all. */
export function holdsNoPlan(source: string): boolean {
  return source.replace(/^\uFEFF/, '').split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line) || /^(---|\.\.\.)\s*$/.test(line));
}

/** Validates plan text read from anywhere (a file, stdin); every problem becomes one line of a UserError. */
export function planFromSource(source: string, shownAs: string, absolute: string, options: LoadOptions = {}): PlanFile {
  const loaded = loadPlan(source, shownAs, options);
  if (!loaded.ok) throw new PlanInvalidError(loaded.problems);
  return { path: absolute, shownAs, source, plan: loaded.value, raw: loaded.raw, document: loaded.document, lineCounter: loaded.lineCounter };
}

/** A plan with problems; the problems stay structured for reporters that need more than lines. */
export class PlanInvalidError extends UserError {
  constructor(readonly problems: readonly PlanProblem[]) {
    super(problems.map(formatProblem));
    this.name = 'PlanInvalidError';
  }
}
