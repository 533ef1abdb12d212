// Benchmarks, measured side by side in one run so machine noise falls on both sides alike:
// 1. the cold start of `bizplan calc` against bare Node;
// 2. `bizplan sensitivity` (the tornado: 2 x 11 full calculations) against a cold `calc`;
// 3. `bizplan check` on 1,000 plans in one process against the same command on one plan;
// 4. `bizplan simulate` of a 120-month plan (bench/simulate-120.yaml), 10,000 and 1,000,000
//    runs, each against a cold `calc --json --no-write` of the same plan.
// Each pair is alternated; the ratio is of the medians, and the spread is the middle half
// (25th to 75th percentile) of the ratios of the pairs, run by run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 40);
const manyRuns = Number(process.env.BENCH_MANY_RUNS ?? 7);
const PLANS = 1000;

function time([cmd, ...args], cwd = root) {
  const start = process.hrtime.bigint();
  const result = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${[cmd, ...args].join(' ')} exited ${result.status}`);
  return ms;
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const low = Math.floor(at);
  return s[low] + (s[Math.ceil(at)] - s[low]) * (at - low);
};
const median = (xs) => quantile(xs, 0.5);

/** Alternates two commands `n` times after one warm-up run each: their medians, and the spread of the pairs' ratios. */
function sideBySide(a, b, n, cwd) {
  time(a, cwd);
  time(b, cwd);
  const samples = { a: [], b: [] };
  for (let i = 0; i < n; i++) {
    samples.a.push(time(a, cwd));
    samples.b.push(time(b, cwd));
  }
  const ratios = samples.a.map((x, i) => x / samples.b[i]);
  return { a: median(samples.a), b: median(samples.b), ratio: median(samples.a) / median(samples.b), spread: [quantile(ratios, 0.25), quantile(ratios, 0.75)] };
}

const spread = ({ spread: [low, high] }, digits) => `middle half of pairs ${low.toFixed(digits)}-${high.toFixed(digits)}x`;
const bin = path.join(root, 'bin/bizplan.js');
const template = path.join(root, 'templates/plans/speech-recognition.yaml');

console.log(`${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the start`);
const start = sideBySide([process.execPath, bin, 'calc', template, '--json', '--no-write'], [process.execPath, '-e', '0'], runs, root);
console.log(`cold start, ${runs} runs of each, alternating`);
console.log(`  bizplan calc --json --no-write  median ${start.a.toFixed(1)} ms`);
console.log(`  node -e 0                       median ${start.b.toFixed(1)} ms`);
console.log(`  ratio ${start.ratio.toFixed(2)}x (${spread(start, 2)}; aim: at most 1.5x)`);

const tornado = sideBySide([process.execPath, bin, 'sensitivity', template, '--format', 'json'], [process.execPath, bin, 'calc', template, '--json', '--no-write'], runs, root);
console.log(`bizplan sensitivity, ${runs} runs of each, alternating`);
console.log(`  bizplan sensitivity --format json  median ${tornado.a.toFixed(1)} ms`);
console.log(`  bizplan calc --json --no-write     median ${tornado.b.toFixed(1)} ms`);
console.log(`  ratio ${tornado.ratio.toFixed(2)}x (${spread(tornado, 2)}; aim: at most 1.5x)`);

// 1,000 distinct plans: the example with its CAC varied, so no two compute alike.
const dir = mkdtempSync(path.join(tmpdir(), 'bizplan-bench-'));
try {
  const text = readFileSync(template, 'utf8');
  for (let i = 0; i < PLANS; i++) writeFileSync(path.join(dir, `plan-${String(i).padStart(4, '0')}.yaml`), text.replace('  cac: 9000', `  cac: ${8000 + i}`));
  const many = sideBySide([process.execPath, bin, 'check', '*.yaml', '--format', 'json'], [process.execPath, bin, 'check', 'plan-0000.yaml', '--format', 'json'], manyRuns, dir);
  console.log(`bizplan check, ${manyRuns} runs of each, alternating`);
  console.log(`  ${PLANS} plans  median ${many.a.toFixed(0)} ms (${((many.a - many.b) / PLANS).toFixed(2)} ms a plan beyond the first)`);
  console.log(`  1 plan      median ${many.b.toFixed(0)} ms`);
  console.log(`  ratio ${many.ratio.toFixed(1)}x (${spread(many, 1)}; aim: at most 5x; over 10x is a bug)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const plan120 = path.join(root, 'bench/simulate-120.yaml');
const calc120 = [process.execPath, bin, 'calc', plan120, '--json', '--no-write'];
const simRuns = Number(process.env.BENCH_SIM_RUNS ?? 15);
for (const [runsOf, aim, n] of [
  ['10000', 1.5, simRuns],
  ['1000000', 10, Math.max(3, Math.ceil(simRuns / 3))],
]) {
  const sim = sideBySide([process.execPath, bin, 'simulate', plan120, '--runs', runsOf, '--format', 'json'], calc120, n, root);
  console.log(`bizplan simulate of a 120-month plan, ${Number(runsOf).toLocaleString('en-US')} runs, ${n} runs of each, alternating`);
  console.log(`  bizplan simulate --format json  median ${sim.a.toFixed(0)} ms`);
  console.log(`  bizplan calc --json --no-write  median ${sim.b.toFixed(0)} ms`);
  console.log(`  ratio ${sim.ratio.toFixed(2)}x (${spread(sim, 2)}; aim: at most ${aim}x)`);
}
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the end`);
