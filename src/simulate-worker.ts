// A worker thread of `bizplan simulate` (and of `check`'s cash-out check): claims blocks of runs from the shared counter and sends each back.
import { parentPort, workerData } from 'node:worker_threads';
import { serveSimulation, type SimulationJob } from './shell/parallel-simulate.js';

const { simulation } = workerData as { simulation: SimulationJob };
serveSimulation(simulation, (message, transfer) => parentPort?.postMessage(message, transfer));
