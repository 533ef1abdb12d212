import path from 'node:path';
import type { Document } from 'yaml';
import { loadPlan } from '../core/plan/load.js';
import { formatProblem } from '../core/plan/problems.js';
import type { Plan } from '../core/plan/schema.js';
import { UserError } from './errors.js';
import { readUserFile } from './files.js';

export const DEFAULT_PLAN = 'bizplan.yaml';

export interface PlanFile {
  /** Absolute path on disk. */
  path: string;
  /** The path as the user gave it, for messages and output. */
  shownAs: string;
  source: string;
  plan: Plan;
  document: Document.Parsed;
}

/** Reads and validates a plan file; every problem in it becomes one line of a UserError. */
export async function readPlanFile(cwd: string, planArg: string = DEFAULT_PLAN): Promise<PlanFile> {
  const absolute = path.resolve(cwd, planArg);
  const source = await readUserFile(absolute, planArg);
  const loaded = loadPlan(source, planArg);
  if (!loaded.ok) throw new UserError(loaded.problems.map(formatProblem));
  return { path: absolute, shownAs: planArg, source, plan: loaded.value, document: loaded.document };
}
