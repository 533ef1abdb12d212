// A worker thread of `bizplan check`: checks its share of the plans and sends back their verdicts.
import { parentPort, workerData } from 'node:worker_threads';
import { parseThresholds, type ThresholdFlags } from './commands/check.js';
import { checkFiles, type CheckJob } from './shell/check-files.js';

const { job, flags } = workerData as { job: CheckJob; flags: ThresholdFlags };
parentPort?.postMessage(await checkFiles(job, parseThresholds(flags)));
