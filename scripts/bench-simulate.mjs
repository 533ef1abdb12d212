// The simulation's loop, measured warm in one process (issue 12: "the loop is the product").
// Bundles src/core/simulate and the plan loader with esbuild as the build does, loads each
// template with a 120-month horizon and an uncertainty section, and times:
// 1. runBlock for 10,000 runs (aim: well under 20 ms of warm CPU on one core);
// 2. summarize of those runs;
// 3. 1,000,000 runs split over worker threads (one per core, at most 2), then summarize
//    (aim: about 0.6 s on 2 cores), and the same on one thread, which must give the same bytes.
// Reports medians, and ns per run-month for the kernel.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const reps = Number(process.env.BENCH_RUNS ?? 15);
const bigReps = Number(process.env.BENCH_MANY_RUNS ?? 3);
const HORIZON = 120;
const dir = mkdtempSync(path.join(tmpdir(), 'bizplan-bench-sim-'));
const bundle = path.join(dir, 'simulate.cjs');
const entry = path.join(dir, 'entry.ts');
writeFileSync(
  entry,
  `export * from ${JSON.stringify(path.join(root, 'src/core/simulate/index.ts'))};\nexport { loadPlan } from ${JSON.stringify(path.join(root, 'src/core/plan/load.ts'))};\n`,
);
await build({ entryPoints: [entry], outfile: bundle, bundle: true, format: 'cjs', platform: 'node', target: 'node20', minify: true, logLevel: 'warning' });
const sim = createRequire(import.meta.url)(bundle);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};
const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
/** CPU time of the process (every thread), in ms: on a busy machine it says more than the clock. */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The issue's example ranges, plus a structural one (a round's month) in the second variant. */
function planWith(name, structural) {
  const text = readFileSync(path.join(root, 'templates/plans', `${name}.yaml`), 'utf8');
  const loaded = sim.loadPlan(text, `${name}.yaml`);
  if (!loaded.ok) throw new Error(`${name}: ${loaded.problems[0].message}`);
  const plan = loaded.value;
  const uncertainty = `
uncertainty:
  revenue_model.churn_monthly: { low: "${plan.revenue_model.churn_monthly.mul(0.6).toString()}", high: "${plan.revenue_model.churn_monthly.mul(2).toString()}" }
  growth.new_customers_monthly: { low: ${plan.growth.new_customers_monthly.mul(0.5).toString()}, high: ${plan.growth.new_customers_monthly.mul(1.6).toString()}, dist: triangular }
  resources.fixed_costs_monthly: { low: ${plan.resources.fixed_costs_monthly.mul(0.9).toString()}, high: ${plan.resources.fixed_costs_monthly.mul(1.2).toString()}, dist: normal }
${plan.revenue_model.inference ? `  revenue_model.inference.output_price_per_million: { low: ${plan.revenue_model.inference.output_price_per_million.mul(0.5).toString()}, high: ${plan.revenue_model.inference.output_price_per_million.mul(2).toString()}, dist: lognormal }\n` : ''}${structural && plan.funding.length > 0 ? `  funding[0].month: { low: ${plan.funding[0].month.toString()}, high: ${plan.funding[0].month.plus(12).toString()}, dist: uniform }\n` : ''}`;
  const withHorizon = text.replace(/horizon_months: \d+/, `horizon_months: ${HORIZON}`) + uncertainty;
  const again = sim.loadPlan(withHorizon, `${name}.yaml`);
  if (!again.ok) throw new Error(`${name}: ${again.problems.map((p) => `${p.key}: ${p.message}`).join('; ')}`);
  return { plan: again.value, text: withHorizon, inputs: Object.keys(again.value.uncertainty ?? {}).length };
}

function inWorkers(text, name, runs, seed, threads) {
  const workerCode = `
    const { parentPort, workerData } = require('node:worker_threads');
    {
      const sim = require(${JSON.stringify(bundle)});
      const { text, name, seed, first, count } = workerData;
      const plan = sim.loadPlan(text, name).value;
      const model = sim.compileSimulation(plan);
      parentPort.on('message', () => {
        const block = sim.runBlock(model, seed, first, count);
        parentPort.postMessage(block, sim.transferables(block));
      });
      parentPort.postMessage('ready');
    }`;
  const share = Math.ceil(runs / threads);
  const workers = Array.from({ length: threads }, (_, i) => {
    const first = i * share;
    return new Worker(workerCode, { eval: true, workerData: { text, name, seed, first, count: Math.min(share, runs - first) } });
  });
  return Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve)))).then(async () => {
    const start = process.hrtime.bigint();
    const blocks = await Promise.all(workers.map((w) => new Promise((resolve) => { w.once('message', resolve); w.postMessage('go'); })));
    const kernel = ms(start);
    await Promise.all(workers.map((w) => w.terminate()));
    return { blocks, kernel };
  });
}

console.log(`${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the start; ${reps} repetitions, medians`);
for (const structural of [false, true]) {
  for (const name of ['speech-recognition', 'llm-api', 'vertical-copilot', 'image-recognition']) {
    const { plan, inputs } = planWith(name, structural);
    if (structural && plan.funding.length === 0) continue;
    const model = sim.compileSimulation(plan);
    const settings = { runs: 10_000, seed: 1 };
    for (let i = 0; i < 5; i++) sim.summarize(model, settings, [sim.runBlock(model, 1, 0, 10_000)]);
    const kernel = [];
    const summary = [];
    for (let i = 0; i < reps; i++) {
      let start = cpu();
      const block = sim.runBlock(model, 1, 0, 10_000);
      kernel.push(cpu() - start);
      start = cpu();
      sim.summarize(model, settings, [block]);
      summary.push(cpu() - start);
    }
    const k = median(kernel);
    const label = `${name}${structural ? ' + funding[0].month' : ''}`;
    console.log(`${label.padEnd(40)} ${inputs} inputs  10,000 runs, CPU: kernel ${k.toFixed(2)} ms (${((k * 1e6) / (10_000 * HORIZON)).toFixed(2)} ns per run-month), summarize ${median(summary).toFixed(2)} ms`);
  }
}

const { plan, text } = planWith('speech-recognition', false);
const model = sim.compileSimulation(plan);
const big = { runs: 1_000_000, seed: 1 };
const threads = Math.min(2, availableParallelism());
const walls = [];
const kernels = [];
const summaries = [];
const cpus = [];
let parallelJson = '';
for (let i = 0; i < bigReps; i++) {
  const start = process.hrtime.bigint();
  const cpuStart = cpu();
  const { blocks, kernel } = await inWorkers(text, 'speech-recognition.yaml', big.runs, big.seed, threads);
  const s = process.hrtime.bigint();
  const result = sim.summarize(model, big, blocks);
  summaries.push(ms(s));
  walls.push(ms(start));
  cpus.push(cpu() - cpuStart);
  kernels.push(kernel);
  parallelJson = JSON.stringify(result);
}
console.log(`1,000,000 runs of speech-recognition at 120 months on ${threads} threads: kernel ${median(kernels).toFixed(0)} ms wall, summarize ${median(summaries).toFixed(0)} ms, all with the workers' start ${median(walls).toFixed(0)} ms wall, ${median(cpus).toFixed(0)} ms CPU`);
let start = cpu();
const one = sim.runBlock(model, 1, 0, big.runs);
const oneKernel = cpu() - start;
start = cpu();
const oneJson = JSON.stringify(sim.summarize(model, big, [one]));
console.log(`  one thread, CPU: kernel ${oneKernel.toFixed(0)} ms, summarize ${(cpu() - start).toFixed(0)} ms; same result as ${threads} threads: ${oneJson === parallelJson ? 'yes' : 'NO'}`);
rmSync(dir, { recursive: true, force: true });
if (oneJson !== parallelJson) process.exit(1);
