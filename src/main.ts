// The bundle's entry: the command on the main thread; in a worker thread of `bizplan check`,
// the worker. One bundle for both, so a worker starts from the same code cache as the command.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) void import('./cli.js');
else void import('./check-worker.js');
