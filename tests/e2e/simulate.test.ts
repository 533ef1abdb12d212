import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, templateText } from '../helpers.js';
import { runBin } from '../hostile/fs-helpers.js';
import { RANGES } from '../commands/simulate-fixtures.js';

async function planDir(extra = RANGES): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'bizplan.yaml'), `${await templateText()}${extra}`);
  return dir;
}

describe('bizplan simulate, the built binary', () => {
  it('prints the same JSON bytes run after run, on 1, 2 and 3 worker threads', { timeout: 120_000 }, async () => {
    const dir = await planDir();
    // Enough runs that the threads share many blocks between them.
    const args = ['simulate', '--runs', '150000', '--seed', '9', '--format', 'json'];
    const runs = [];
    for (const threads of ['1', '2', '3', '3']) runs.push(await runBin(args, dir, { BIZPLAN_THREADS: threads }));
    for (const run of runs) expect([run.code, run.stderr]).toEqual([0, '']);
    const first = runs[0]?.stdout ?? '';
    expect(runs.map((r) => r.stdout === first)).toEqual([true, true, true, true]);
    const json = JSON.parse(first) as { runs: number; seed: number; fan_chart_runs: number };
    expect([json.runs, json.seed, json.fan_chart_runs]).toEqual([150_000, 9, 100_000]);
    // The text says the fan chart's share of the runs; nothing goes to stderr off a terminal.
    const text = await runBin(['simulate', '--runs', '150000', '--seed', '9'], dir, { BIZPLAN_THREADS: '2' });
    expect(text.stdout).toContain('Cash by month and the drivers are taken over the first 100,000 runs.');
    expect(text.stderr).toBe('');
  });

  it('takes --runs and --seed over the plan\'s simulation: section', async () => {
    const dir = await planDir(`${RANGES}simulation:\n  runs: 500\n  seed: 4\n`);
    const own = JSON.parse((await runBin(['simulate', '--format', 'json'], dir)).stdout) as { runs: number; seed: number };
    expect([own.runs, own.seed]).toEqual([500, 4]);
    const flags = JSON.parse((await runBin(['simulate', '--format', 'json', '--runs', '700', '--seed', '0'], dir)).stdout) as { runs: number; seed: number };
    expect([flags.runs, flags.seed]).toEqual([700, 0]);
  });

  it('exits 2 with one clear message for a bad flag or a plan with nothing to simulate, printing nothing on stdout', async () => {
    const dir = await planDir();
    const bad = await runBin(['simulate', '--runs', '0'], dir);
    expect([bad.code, bad.stdout, bad.stderr]).toEqual([2, '', '--runs: must be a whole number from 1 to 10000000 (got "0")\n']);
    const format = await runBin(['simulate', '--format', 'xml'], dir);
    expect([format.code, format.stdout]).toEqual([2, '']);
    expect(format.stderr).toContain("argument 'xml' is invalid. Allowed choices are text, json, markdown.");
    const plain = await tempDir();
    await writeFile(path.join(plain, 'bizplan.yaml'), await templateText());
    const none = await runBin(['simulate'], plain);
    expect([none.code, none.stdout]).toEqual([2, '']);
    expect(none.stderr.split('\n')[0]).toBe('bizplan.yaml: the plan has no uncertainty: section, so there is nothing to simulate. Give a range to each input you are unsure of, for example:');
    expect(none.stderr).toContain('    revenue_model.churn_monthly: { low: "1.5%", high: "5%" }');
    const help = await runBin(['simulate', '--help'], dir);
    expect(help.stdout).toContain('--runs <n>');
    expect(help.stdout).toContain('cash_out_probability_max: 10%');
  });
});
