import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PlanVerdict } from '../core/check/verdict.js';
import { Dec, isDecimal } from '../core/decimal.js';
import type { Checks } from '../core/plan/schema.js';
import { checkFileGroups, type CheckJob } from './check-files.js';
import { workerScript } from './package-files.js';
import { threadsSetting } from './threads-setting.js';

/**
 * Plans a thread must have for starting it to pay. A thread's start and its own warming up (V8
 * compiles the same code again for each thread, on cores the checking threads share with it)
 * cost about what checking some 600 plans does. Measured on the two-core machine, one thread
 * and two alternated: 1,000 plans took 596 and 601 ms (for a third less CPU on one); 2,000 took
 * 976 and 871 ms; 3,000 took 1,364 and 1,175 ms.
 */
const PLANS_PER_THREAD = 600;
/**
 * Plans a thread claims at a time: enough that claiming is rare and reads overlap, few
 * enough that no thread is left with a long tail while the others wait.
 */
const BATCH = 16;

/**
 * How many threads a batch of plans gets: one a core, as long as each has some 600 plans, and
 * none (this thread alone) for fewer, nor when other work already keeps every core busy (a
 * load average at or above the cores). A thread then gets no core of its own, while its start
 * and its own warming up still cost: on the two-core machine, loaded to 11, 1,000 plans took as
 * long on one thread as on two, for about 1.7 s of CPU instead of 2.2 s.
 */
export function workerCount(plans: number, cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  if (cores < 2 || load >= cores) return 0;
  const threads = Math.min(cores, Math.floor(plans / PLANS_PER_THREAD));
  return threads < 2 ? 0 : threads;
}

/** Thresholds as a worker receives them: each limit's exact digits, or true or false. */
export type SentChecks = Record<string, string | boolean>;

/**
 * The thresholds parsed on the main thread, as plain data a thread can receive: a worker
 * then needs neither the command nor the schema to read them. A Decimal's text is its exact
 * digits, so each limit is the very same number on the other side.
 */
export function sendChecks(checks: Checks): SentChecks {
  const sent: SentChecks = {};
  for (const [key, value] of Object.entries(checks as Record<string, unknown>)) {
    if (isDecimal(value)) sent[key] = value.toString();
    else if (typeof value === 'boolean') sent[key] = value;
    // A threshold of another kind would be lost on the way: a bug, not a plan's mistake.
    else if (value !== undefined) throw new Error(`threshold ${key} is neither a number nor true or false: teach sendChecks to send it`);
  }
  return sent;
}

export function receiveChecks(sent: SentChecks): Checks {
  return Object.fromEntries(Object.entries(sent).map(([key, value]) => [key, typeof value === 'boolean' ? value : new Dec(value)]));
}

/** Threads for this many plans: BIZPLAN_THREADS when set, else workerCount. */
function threadsFor(plans: number): number {
  const asked = threadsSetting();
  return asked !== undefined ? Math.min(asked, plans) : workerCount(plans);
}

/** A job shared among threads: each claims the next batch of its files from one counter. */
export interface ClaimedJob extends CheckJob {
  /** An Int32Array's memory: the index of the next unclaimed file. */
  next: SharedArrayBuffer;
}

/** The verdicts of each file (its own, then its scenarios') with the file's index, so the threads' answers go back into order. */
type Numbered = Array<[number, PlanVerdict[]]>;

/**
 * Checks batches of the job's files until none is left unclaimed. A thread that is slowed
 * (by the machine, or by hard plans) simply claims fewer batches: no thread waits on another.
 */
export async function checkClaimed(job: ClaimedJob, overrides: Checks): Promise<Numbered> {
  const next = new Int32Array(job.next);
  const done: Numbered = [];
  for (;;) {
    const start = Atomics.add(next, 0, BATCH);
    if (start >= job.files.length) return done;
    const files = job.files.slice(start, start + BATCH);
    const verdicts = await checkFileGroups({ cwd: job.cwd, files, format: job.format, colorLevel: job.colorLevel, stale: job.stale, scenarios: job.scenarios }, overrides);
    verdicts.forEach((verdict, i) => done.push([start + i, verdict]));
  }
}

function runWorker(script: string, job: ClaimedJob, checks: SentChecks): Promise<Numbered> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { job, checks } });
    worker.once('message', (verdicts: Numbered) => {
      resolve(verdicts);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`bizplan check worker exited with code ${code}`));
    });
  });
}

/**
 * Checks the plans in parallel: this thread (already running) and the worker threads
 * claim batches from a shared counter until none is left. Returns the verdicts in the
 * order given, or undefined when threads would not help.
 */
export async function checkInWorkers(job: CheckJob, overrides: Checks): Promise<PlanVerdict[] | undefined> {
  const script = workerScript();
  const count = threadsFor(job.files.length);
  if (!script || count < 2) return undefined;
  const shared: ClaimedJob = { ...job, next: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT) };
  const sent = sendChecks(overrides);
  const others = Array.from({ length: count - 1 }, () => runWorker(script, shared, sent));
  const results = await Promise.all([checkClaimed(shared, overrides), ...others]);
  const groups: PlanVerdict[][] = new Array<PlanVerdict[]>(job.files.length);
  for (const [index, verdicts] of results.flat()) groups[index] = verdicts;
  return groups.flat();
}
