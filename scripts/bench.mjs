// Cold-start cost of `bizplan calc` against bare Node, measured side by side in one run:
// the two commands alternate, so machine noise falls on both alike, and the medians are compared.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 40);
const commands = {
  calc: [process.execPath, 'bin/bizplan.js', 'calc', 'templates/plans/speech-recognition.yaml', '--json', '--no-write'],
  node: [process.execPath, '-e', '0'],
};

function time([cmd, ...args]) {
  const start = process.hrtime.bigint();
  const result = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${[cmd, ...args].join(' ')} exited ${result.status}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Warm the file-system cache once so the first sample of each is not an outlier.
time(commands.calc);
time(commands.node);
const samples = { calc: [], node: [] };
for (let i = 0; i < runs; i++) {
  samples.calc.push(time(commands.calc));
  samples.node.push(time(commands.node));
}
const calc = median(samples.calc);
const node = median(samples.node);
console.log(`runs: ${runs} of each, alternating`);
console.log(`bizplan calc --json --no-write: median ${calc.toFixed(1)} ms`);
console.log(`node -e 0:                      median ${node.toFixed(1)} ms`);
console.log(`ratio: ${(calc / node).toFixed(2)}x (target: at most 1.5x)`);
