import path from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { loadPlan, type LoadOptions } from '../core/plan/load.js';
import { formatProblem, type PlanProblem } from '../core/plan/problems.js';
import { UserError } from './errors.js';
import { localeLanguage } from './locale.js';
import { DEFAULT_PLAN, readPlanSource, type PlanText } from './plan-read.js';
import { readUserFile } from './read-file.js';
import type { InputStream } from './stdin.js';

export { DEFAULT_PLAN, STDIN_NAME } from './plan-read.js';

/** A plan read with its YAML document: to locate keys in, to change (`--set`) and to write metrics back into. */
export interface PlanFile extends PlanText {
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

/** A plan named on the command line: a file, or `-` for stdin. */
export async function readPlanArg(cwd: string, arg: string, stdin: InputStream = process.stdin): Promise<PlanFile> {
  const text = await readPlanSource(cwd, arg, stdin);
  return planFromSource(text.source, text.shownAs, text.path);
}

/** Validates plan text read from anywhere (a file, stdin); every problem becomes one line of a UserError. */
export function planFromSource(source: string, shownAs: string, absolute: string, options: LoadOptions = {}): PlanFile {
  // A plan's problems speak its language; one that names none gets the terminal's.
  const loaded = loadPlan(source, shownAs, { language: localeLanguage(process.env), ...options });
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
