// A worker thread of `bizplan check`: claims batches of plans from the shared counter, and sends back their verdicts.
import { parentPort, workerData } from 'node:worker_threads';
import { parseThresholds, type ThresholdFlags } from './commands/check.js';
import { checkClaimed, type ClaimedJob } from './shell/parallel-check.js';

const { job, flags } = workerData as { job: ClaimedJob; flags: ThresholdFlags };
void checkClaimed(job, parseThresholds(flags)).then((verdicts) => parentPort?.postMessage(verdicts));
