// The bundle's entry: the command on the main thread; in a worker thread, the worker of
// `bizplan check` or of the simulation, as its data says. One bundle for all, so a worker
// starts from the same code cache as the command.
import { isMainThread, workerData } from 'node:worker_threads';

if (isMainThread) void import('./cli.js');
else if ((workerData as { simulation?: unknown } | null)?.simulation !== undefined) void import('./simulate-worker.js');
else void import('./check-worker.js');
