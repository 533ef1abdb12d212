// A worker thread of `bizplan check`: claims batches of plans from the shared counter, and sends back their verdicts.
// It receives the thresholds parsed already, so it loads neither the command nor its file globbing.
import { parentPort, workerData } from 'node:worker_threads';
import { checkClaimed, receiveChecks, type ClaimedJob, type SentChecks } from './shell/parallel-check.js';

const { job, checks } = workerData as { job: ClaimedJob; checks: SentChecks };
void checkClaimed(job, receiveChecks(checks)).then((verdicts) => parentPort?.postMessage(verdicts));
