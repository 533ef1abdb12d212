import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { FAN_CHART_RUNS, runBlock, summarize, transferables, type RunBlock, type SimulationModel, type SimulationResult, type SimulationSettings } from '../core/simulate/index.js';
import { workerScript } from './package-files.js';

/**
 * Below this much work (runs x months) a second thread costs more than it saves. Starting one
 * (the bundle from its code cache, the model cloned across) costs about 0.12 CPU-seconds here
 * (the user time of 200,000 runs on two threads against one), while a run costs about
 * 25 ns a month (10,000 runs of 120 months in 25-30 ms, warm): about 5 million run-months,
 * some 40,000 runs of a 120-month plan or 140,000 of a 36-month one.
 */
export const MIN_RUN_MONTHS_FOR_THREADS = 5_000_000;
/** Runs a thread claims at a time: a few milliseconds of work, so progress moves and Ctrl-C is prompt. */
const MIN_BLOCK = 2_000;
const MAX_BLOCK = 25_000;

/** How many threads a simulation gets, this one included: one a core once the work pays for starting them. */
export function threadCount(runs: number, horizon: number, cores = availableParallelism()): number {
  const work = runs * horizon;
  if (work < MIN_RUN_MONTHS_FOR_THREADS || cores < 2) return 1;
  return Math.min(cores, Math.ceil(work / (MIN_RUN_MONTHS_FOR_THREADS / 2)));
}

/** Runs a thread claims at once: about sixteen claims a thread, within a few milliseconds of work each. */
export function blockSize(runs: number, threads: number): number {
  return Math.min(MAX_BLOCK, Math.max(MIN_BLOCK, Math.ceil(runs / (threads * 16))));
}

/** Everything a thread needs: plain data and the shared counter, so it crosses to a worker as is. */
export interface SimulationJob {
  model: SimulationModel;
  settings: SimulationSettings;
  block: number;
  fanChartRuns: number;
  /** An Int32Array's memory: the first run not yet claimed. */
  next: SharedArrayBuffer;
}

/** The next runs to make, [first, first + count), or undefined when every run is claimed. */
export function claimRuns(job: SimulationJob): { first: number; count: number } | undefined {
  const first = Atomics.add(new Int32Array(job.next), 0, job.block);
  if (first >= job.settings.runs) return undefined;
  return { first, count: Math.min(job.block, job.settings.runs - first) };
}

/** One claimed block, run. */
export function runClaimed(job: SimulationJob, claim: { first: number; count: number }): RunBlock {
  return runBlock(job.model, job.settings.seed, claim.first, claim.count, job.fanChartRuns);
}

/** A thread of the simulation, as the driver sees it: blocks come in, then it is done. */
export interface SimulationThread {
  blocks: AsyncIterable<RunBlock>;
  stop(): Promise<void>;
}

/** Starts a thread on the job; the real one is a worker thread running the bundle. */
export type StartThread = (job: SimulationJob) => SimulationThread;

type WorkerMessage = { block: RunBlock } | { done: true };

/** A worker thread of the bundle that claims blocks until none is left, sending each back with its arrays moved, not copied. */
function workerThread(script: string): StartThread {
  return (job) => {
    const worker = new Worker(script, { workerData: { simulation: job } });
    const queue: RunBlock[] = [];
    let finished = false;
    let failure: Error | undefined;
    let wake: (() => void) | undefined;
    const notify = () => {
      wake?.();
      wake = undefined;
    };
    worker.on('message', (message: WorkerMessage) => {
      if ('block' in message) queue.push(message.block);
      else finished = true;
      notify();
    });
    worker.once('error', (error) => {
      failure = error;
      notify();
    });
    worker.once('exit', (code) => {
      if (!finished && failure === undefined) failure = new Error(`a simulation worker exited with code ${String(code)}`);
      notify();
    });
    async function* blocks(): AsyncIterable<RunBlock> {
      for (;;) {
        const block = queue.shift();
        if (block) yield block;
        else if (failure !== undefined) throw failure;
        else if (finished) return;
        else await new Promise<void>((resolve) => (wake = resolve));
      }
    }
    return {
      blocks: blocks(),
      stop: async () => {
        await worker.terminate();
      },
    };
  };
}

/** The worker thread's side: claim, run, send, until every run is claimed. */
export function serveSimulation(job: SimulationJob, send: (message: WorkerMessage, transfer?: ArrayBuffer[]) => void): void {
  for (let claim = claimRuns(job); claim; claim = claimRuns(job)) {
    const block = runClaimed(job, claim);
    send({ block }, transferables(block));
  }
  send({ done: true });
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface SimulateOptions {
  /** Threads in all, this one included; by default threadCount(runs, horizon). Tests and BIZPLAN_THREADS set it. */
  threads?: number;
  /** Called with the runs done so far, after each block. */
  onProgress?: (done: number) => void;
  /** How other threads start; a worker thread of the bundle by default. */
  startThread?: StartThread;
}

/**
 * Runs the simulation across threads that claim blocks of runs from one shared counter; this
 * thread takes its share too, yielding between blocks so signals and messages are heard.
 * Run i draws from (seed, i) alone and summarize takes blocks in any order, so the result is
 * the same, byte for byte, whatever the threads and however the runs fell among them.
 */
export async function simulateInThreads(model: SimulationModel, settings: SimulationSettings, options: SimulateOptions = {}): Promise<SimulationResult> {
  const script = workerScript();
  const startThread = options.startThread ?? (script ? workerThread(script) : undefined);
  const threads = startThread ? Math.max(1, options.threads ?? threadCount(settings.runs, model.horizon)) : 1;
  const job: SimulationJob = {
    model,
    settings,
    block: blockSize(settings.runs, threads),
    fanChartRuns: FAN_CHART_RUNS,
    next: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT),
  };
  const blocks: RunBlock[] = [];
  let done = 0;
  const take = (block: RunBlock) => {
    blocks.push(block);
    done += block.count;
    options.onProgress?.(done);
  };
  const others = startThread ? Array.from({ length: threads - 1 }, () => startThread(job)) : [];
  try {
    const collect = Promise.all(
      others.map(async (thread) => {
        for await (const block of thread.blocks) take(block);
      }),
    );
    // Heard now, thrown below: a worker that fails while this thread still runs blocks is no unhandled rejection.
    collect.catch(() => undefined);
    for (let claim = claimRuns(job); claim; claim = claimRuns(job)) {
      take(runClaimed(job, claim));
      if (others.length > 0 || settings.runs > job.block) await turn();
    }
    await collect;
  } finally {
    await Promise.all(others.map((thread) => thread.stop()));
  }
  return summarize(model, settings, blocks);
}
