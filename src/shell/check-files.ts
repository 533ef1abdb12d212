import path from 'node:path';
import { Chalk } from 'chalk';
import { checkFormatter, type CheckFormat } from '../core/check/formatters.js';
import { checkPlan, type CheckedPlan } from '../core/check/plan-checks.js';
import { verdictOf, type PlanVerdict } from '../core/check/verdict.js';
import { positionOf } from '../core/plan/load.js';
import { loadPlainPlan } from '../core/plan/plain-load.js';
import { fileProblem } from '../core/plan/problems.js';
import type { Checks } from '../core/plan/schema.js';
import { FileError } from './errors.js';
import { readUserFile } from './read-file.js';
import { PlanInvalidError, planFromSource, type PlanFile } from './plan-file.js';

/** What a batch of plans is checked with; plain data, so it can be sent to a worker thread. */
export interface CheckJob {
  cwd: string;
  files: readonly string[];
  format: CheckFormat;
  colorLevel: 0 | 1;
}

/** Files read ahead of the one being checked, so the disk and the CPU work at once. */
const READ_AHEAD = 16;

type Read = { text: string } | { error: unknown };

function checkRead(cwd: string, shownAs: string, read: Read, overrides: Checks): CheckedPlan {
  try {
    if ('error' in read) throw read.error;
    // Many plans in one process: zod's compiled fast path pays for itself.
    const full = () => planFromSource(read.text, shownAs, path.resolve(cwd, shownAs), { jit: true });
    const plain = loadPlainPlan(read.text, { jit: true });
    // A plain plan is located in its YAML only when a failed check needs a line and column.
    let located: PlanFile | undefined;
    const locate = () => (located ??= full());
    return checkPlan(shownAs, plain ?? locate().plan, overrides, (keys, preferKey) => positionOf(locate(), keys, preferKey));
  } catch (error) {
    if (error instanceof PlanInvalidError) return { file: shownAs, valid: false, problems: error.problems };
    if (error instanceof FileError) return { file: shownAs, valid: false, problems: [fileProblem(shownAs, error.reason)] };
    throw error;
  }
}

/** Checks plans in order, reading a few ahead, and renders each one's part of the output. */
export async function checkFiles(job: CheckJob, overrides: Checks): Promise<PlanVerdict[]> {
  const formatter = checkFormatter(job.format, new Chalk({ level: job.colorLevel }));
  // Settled at once, so a file that fails to read ahead is never an unhandled rejection.
  const read = (i: number): Promise<Read> =>
    readUserFile(path.resolve(job.cwd, job.files[i] as string), job.files[i] as string).then(
      (text) => ({ text }),
      (error: unknown) => ({ error }),
    );
  const queue = job.files.slice(0, READ_AHEAD).map((_, i) => read(i));
  const verdicts: PlanVerdict[] = [];
  for (let i = 0; i < job.files.length; i++) {
    if (i + READ_AHEAD < job.files.length) queue.push(read(i + READ_AHEAD));
    const next = await (queue.shift() as Promise<Read>);
    verdicts.push(verdictOf(checkRead(job.cwd, job.files[i] as string, next, overrides), formatter));
  }
  return verdicts;
}
