import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, tempDir, templateText } from '../helpers.js';
import { RANGES } from '../commands/simulate-fixtures.js';
import { runAndSignal, runBin } from './fs-helpers.js';

/** Hostile input to `bizplan simulate`, through the binary: a clear line and exit 2, or results; never a stack. */

async function planDir(extra: string): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'bizplan.yaml'), `${await templateText()}${extra}`);
  return dir;
}

describe('simulate refuses absurd flags in one line, exit 2', () => {
  const cases: Array<[string[], string]> = [
    [['--runs', '1e309'], '--runs: must be a whole number from 1 to 10000000 (got "1e309")'],
    [['--runs', '99999999999999999999'], '--runs: must be a whole number from 1 to 10000000 (got "99999999999999999999")'],
    [['--runs', '-0'], '--runs: must be a whole number from 1 to 10000000 (got "-0")'],
    [['--runs', '0x10'], '--runs: must be a whole number from 1 to 10000000 (got "0x10")'],
    [['--runs', ''], '--runs: must be a whole number from 1 to 10000000 (got "")'],
    [['--runs', '10000001'], '--runs: must be a whole number from 1 to 10000000 (got "10000001")'],
    [['--seed', '-1'], '--seed: must be a whole number from 0 to 1000000000000000 (got "-1")'],
    [['--seed', '9007199254740993'], '--seed: must be a whole number from 0 to 1000000000000000 (got "9007199254740993")'],
    [['--seed', '2.5'], '--seed: must be a whole number from 0 to 1000000000000000 (got "2.5")'],
    [['--seed', 'NaN'], '--seed: must be a whole number from 0 to 1000000000000000 (got "NaN")'],
    [['--seed', 'Infinity'], '--seed: must be a whole number from 0 to 1000000000000000 (got "Infinity")'],
  ];
  for (const [args, message] of cases) {
    it(args.join(' '), async () => {
      const run = await runBin(['simulate', ...args], await planDir(RANGES));
      expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `${message}\n`]);
    });
  }

  it('refuses a plan whose settings are out of range at their lines, and takes the extreme seeds', async () => {
    const bad = await runBin(['simulate'], await planDir(`${RANGES}simulation:\n  runs: 0\n  seed: 1.5\n`));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^bizplan\.yaml:\d+:9 simulation\.runs: must be a whole number from 1 to 10000000 \(got 0\)\nbizplan\.yaml:\d+:9 simulation\.seed: must be a whole number/);
    const dir = await planDir(RANGES);
    const seeds = await Promise.all(['0', '1000000000000000'].map((seed) => runBin(['simulate', '--runs', '300', '--seed', seed, '--format', 'json'], dir)));
    for (const run of seeds) expect([run.code, run.stderr]).toEqual([0, '']);
    // Different seeds, different draws.
    expect(seeds[0]?.stdout).not.toBe(seeds[1]?.stdout.replace('"seed": 1000000000000000', '"seed": 0'));
  });
});

describe('simulate with ranges at the bounds of their inputs', () => {
  const ranges: Array<[string, RegExp]> = [
    ['revenue_model.churn_monthly: { low: 0.000000000000001, high: 100%, dist: uniform }', /"clamped": \{\n {4}"revenue_model\.churn_monthly": 0\n/],
    // A lognormal whose P10 and P90 are the plan's size bounds: draws far beyond them, figures far beyond any business; still numbers.
    ['revenue_model.arpu_monthly: { low: 0.000000000000001, high: 1000000000000000, dist: lognormal }', /"cash_out_probability": 0\.\d+/],
    // A normal reaching below 0 and above 1000%: the draws beyond are clamped and counted.
    ['growth.new_customers_growth_monthly: { low: "-99%", high: "1000%", dist: normal }', /"growth\.new_customers_growth_monthly": [1-9]\d*\n/],
    ['revenue_model.cac: { low: 0, high: 1000000000000000, dist: normal }', /"revenue_model\.cac": [1-9]\d*\n/],
    ['funding[0].month: { low: 1, high: 240, dist: uniform }', /"funding\[0\]\.month": 0\n/],
    ['resources.cash: { low: 1000000000000000, high: 1000000000000000, mode: 1000000000000000 }', /"cash_out_probability": 0,/],
  ];
  for (const [range, expected] of ranges) {
    it(range, async () => {
      const dir = await planDir(`uncertainty:\n  ${range}\n`);
      const json = await runBin(['simulate', '--runs', '2000', '--format', 'json'], dir);
      expect([json.code, json.stderr]).toEqual([0, '']);
      expect(json.stdout).toMatch(expected);
      for (const format of ['text', 'markdown']) expect((await runBin(['simulate', '--runs', '2000', '--format', format], dir)).code).toBe(0);
    });
  }
});

describe('an interrupted simulation', () => {
  for (const [signal, code, word] of [
    ['SIGINT', 130, 'Interrupted'],
    ['SIGTERM', 143, 'Terminated'],
  ] as const) {
    it(`${signal} ends it at once with ${code}, workers and all, saying nothing was written`, { timeout: 60_000 }, async () => {
      const dir = await planDir(RANGES);
      const started = Date.now();
      // Millions of runs on two threads: tens of seconds of work, stopped after 2.
      const run = await runAndSignal(['simulate', '--runs', '10000000', '--format', 'json'], dir, signal, 2_000);
      const took = Date.now() - started;
      expect([run.code, run.stdout, run.stderr]).toEqual([code, '', `\n${word}; nothing was written.\n`]);
      expect(took).toBeLessThan(2_000 + 3_000);
    });
  }
});

describe('the progress bar and Ctrl-C in a real terminal', () => {
  const socket = `bizplan-sim-${process.pid}`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  afterEach(() => {
    try {
      tmux('kill-server');
    } catch {
      // Already gone.
    }
  });

  it('draws on stderr after half a second, erases itself, and Ctrl-C exits 130', { timeout: 90_000 }, async () => {
    const dir = await planDir(RANGES);
    const status = path.join(dir, 'status');
    const command = `cd '${dir}' && '${process.execPath}' '${BIN}' simulate --runs 10000000 > out.txt; echo $? > '${status}'; sleep 30`;
    tmux('new-session', '-d', '-s', 'sim', '-x', '100', '-y', '20', 'bash', '-c', command);
    let screen = '';
    for (let i = 0; i < 400 && !/Simulating .*% [\d,]+\/10,000,000 runs/.test(screen); i++) {
      await sleep(25);
      screen = tmux('capture-pane', '-p', '-t', 'sim');
    }
    expect(screen).toMatch(/Simulating [█░]+ +\d+% [\d,]+\/10,000,000 runs/);
    tmux('send-keys', '-t', 'sim', 'C-c');
    for (let i = 0; i < 200 && !existsSync(status); i++) await sleep(25);
    expect(readFileSync(status, 'utf8').trim()).toBe('130');
    screen = tmux('capture-pane', '-p', '-t', 'sim');
    expect(screen).toContain('Interrupted; nothing was written.');
    // The bar's line was erased before the message.
    expect(screen).not.toMatch(/Simulating [█░]/);
    expect(readFileSync(path.join(dir, 'out.txt'), 'utf8')).toBe('');
  });
});
