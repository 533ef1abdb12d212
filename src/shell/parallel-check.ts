import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PlanVerdict } from '../core/check/verdict.js';
import type { ThresholdFlags } from '../commands/check.js';
import type { CheckJob } from './check-files.js';
import { packagePath } from './package-files.js';

declare const BIZPLAN_BUNDLED: boolean | undefined;

/** Below this many plans, starting threads costs more than it saves. */
const MIN_PLANS_FOR_WORKERS = 64;

/** The bundled worker script in dist/; none when running from source, where there is no bundle to start. */
function workerScript(): string | undefined {
  if (typeof BIZPLAN_BUNDLED === 'undefined') return undefined;
  try {
    return packagePath('dist/check-worker.js');
  } catch {
    return undefined;
  }
}

/** How many threads a batch of plans gets: one a core, and none for a handful of plans. */
export function workerCount(plans: number, cores = availableParallelism()): number {
  if (plans < MIN_PLANS_FOR_WORKERS || cores < 2) return 0;
  return Math.min(cores, Math.ceil(plans / (MIN_PLANS_FOR_WORKERS / 2)));
}

function runWorker(script: string, job: CheckJob, flags: ThresholdFlags): Promise<PlanVerdict[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { job, flags } });
    worker.once('message', (verdicts: PlanVerdict[]) => {
      resolve(verdicts);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`bizplan check worker exited with code ${code}`));
    });
  });
}

/**
 * Checks the plans in parallel, a contiguous share a core: this thread takes the first
 * share itself (it is already running), and worker threads the rest. Returns the verdicts
 * in the order given, or undefined when threads would not help.
 */
export async function checkInWorkers(
  job: CheckJob,
  flags: ThresholdFlags,
  checkHere: (job: CheckJob) => Promise<PlanVerdict[]>,
): Promise<PlanVerdict[] | undefined> {
  const script = workerScript();
  const count = workerCount(job.files.length);
  if (!script || count === 0) return undefined;
  const size = Math.ceil(job.files.length / count);
  const shares = Array.from({ length: count }, (_, i) => job.files.slice(i * size, (i + 1) * size)).filter((s) => s.length > 0);
  const [first = [], ...rest] = shares;
  const others = rest.map((files) => runWorker(script, { ...job, files }, flags));
  const results = await Promise.all([checkHere({ ...job, files: first }), ...others]);
  return results.flat();
}
