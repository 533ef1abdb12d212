import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { diff } from '../../src/commands/diff.js';
import { schema } from '../../src/commands/schema.js';
import { METRIC_KEYS } from '../../src/core/finance/metrics.js';
import { renderJsonSchema } from '../../src/core/plan/json-schema.js';
import { captureOutput, templateText, templateWith, tempDir } from '../helpers.js';

/** Two plans: the template (or the template changed by `base`), and the same with `changes`. */
async function pair(changes: Record<string, unknown>, base: Record<string, unknown> = {}): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'old.yaml'), Object.keys(base).length ? await templateWith(base) : await templateText());
  await writeFile(path.join(dir, 'new.yaml'), await templateWith({ ...base, ...changes }));
  return dir;
}

/** The template without hires, planned costs or rounds: the plan the cross-checked figures were made on. */
const STILL = { 'resources.hires': undefined, 'resources.planned_costs': undefined, funding: undefined };

describe('bizplan diff', () => {
  it('shows each metric that moved, which way is better, and the inputs that moved it', async () => {
    const dir = await pair({ 'revenue_model.cac': 12000 }, STILL);
    const output = captureOutput();
    expect(await diff({ cwd: dir, old: 'old.yaml', new: 'new.yaml', output })).toBe(0);
    // The new figures were cross-checked with Python's decimal module over the same recurrences.
    expect(output.stdout).toBe(
      [
        'old.yaml → new.yaml',
        '  ltv_to_cac                     5.3454 → 4.0091 (−1.3363)  ▼ worse',
        '  cac_payback_months             7.483 → 9.9774 (+2.4944)  ▼ worse',
        '  break_even_month               26 → not within the horizon  ▼ worse',
        '  runway_months                  cash lasts the whole horizon → 18  ▼ worse',
        '  min_cash                       723,685.02 → -2,191,859.49 (−2,915,544.51)  ▼ worse',
        '  min_cash_month                 25 → 36 (+11)  changed',
        '  funding_gap                    0 → 2,191,859.49 (+2,191,859.49)  ▼ worse',
        '  cash_end                       2,096,491.71 → -2,191,859.49 (−4,288,351.2)  ▼ worse',
        '  burn_multiple                  0.795 → 0.961 (+0.166)  ▼ worse',
        '  default_alive                  true → false  ▼ worse',
        '  runway_months_without_funding  cash lasts the whole horizon → 18  ▼ worse',
        '  peak_monthly_burn              286,661.28 → 322,661.28 (+36,000)  ▼ worse',
        '',
        'Inputs changed',
        '  revenue_model.cac: 9000 → 12000',
        '',
      ].join('\n'),
    );
  });

  it('shows a later round and an earlier hire as input changes, with what they do to cash', async () => {
    const dir = await pair({ 'funding.0.month': 20, 'resources.hires.0.start_month': 5 });
    const output = captureOutput();
    expect(await diff({ cwd: dir, old: 'old.yaml', new: 'new.yaml', format: 'json', failOnWorse: ['runway_months', 'default_alive'], output })).toBe(1);
    const result = JSON.parse(output.stdout) as { metrics: Array<{ name: string; old: unknown; new: unknown; change: string; delta: unknown }>; inputs: unknown[] };
    expect(result.inputs).toEqual([
      { key: 'resources.hires[0].start_month', old: '7', new: '5' },
      { key: 'funding[0].month', old: '18', new: '20' },
    ]);
    // Two more months of sales salaries end the runway a month sooner, and the round now comes after it.
    const byName = Object.fromEntries(result.metrics.map((m) => [m.name, m]));
    expect(byName.runway_months).toMatchObject({ old: null, new: 17, change: 'worse' });
    expect(byName.runway_months_without_funding).toMatchObject({ old: 18, new: 17, change: 'worse' });
    // A true-or-false metric stays a JSON boolean, without a delta.
    expect(byName.default_alive).toEqual({ name: 'default_alive', old: false, new: false, delta: null, change: 'same' });
  });

  it('writes a Markdown table for a pull-request comment', async () => {
    const dir = await pair({ 'revenue_model.arpu_monthly': 2000, 'market.problem': 'A | B' });
    const output = captureOutput();
    await diff({ cwd: dir, old: 'old.yaml', new: 'new.yaml', format: 'markdown', output });
    const lines = output.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual(['### bizplan diff: old.yaml → new.yaml', '', '| Metric | Old | New | Change |', '| --- | --- | --- | --- |']);
    expect(lines).toContain('| Contribution margin | 1,202.72 | 1,402.72 | +200 🟢 ▲ better |');
    expect(lines).toContain('| `revenue_model.arpu_monthly` | 1800 | 2000 |');
    expect(lines).toContain('| `market.problem` | Meetings, support calls and field recordings hold knowledge that nobody can search. Off-the-shelf transcription misses domain terms, mixes up speakers and cannot run where regulated customers keep their data. | A \\| B |');
  });

  it('reads either side from stdin, and says when nothing changed', async () => {
    const dir = await pair({});
    const output = captureOutput();
    const stdin = Readable.from([Buffer.from(await templateText())]);
    expect(await diff({ cwd: dir, old: '-', new: 'new.yaml', stdin, format: 'markdown', output })).toBe(0);
    expect(output.stdout).toBe('### bizplan diff: (stdin) → new.yaml\n\nNo metric changed.\n\nNo input changed.\n');
  });

  it('gives JSON with every metric and exits 1 when a watched metric got worse', async () => {
    const dir = await pair({ 'revenue_model.churn_monthly': '3%' });
    const output = captureOutput();
    expect(await diff({ cwd: dir, old: 'old.yaml', new: 'new.yaml', format: 'json', failOnWorse: ['gross_margin', 'ltv'], output })).toBe(1);
    const result = JSON.parse(output.stdout) as { metrics: Array<{ name: string; change: string; delta: number | null }>; inputs: unknown[]; failedOnWorse: string[] };
    expect(result.metrics).toHaveLength(METRIC_KEYS.length);
    expect(result.metrics.find((m) => m.name === 'ltv')).toMatchObject({ change: 'worse', delta: -8018.13 });
    expect(result.metrics.find((m) => m.name === 'gross_margin')).toMatchObject({ change: 'same', delta: 0 });
    expect(result.inputs).toEqual([{ key: 'revenue_model.churn_monthly', old: '0.025', new: '0.03' }]);
    expect(result.failedOnWorse).toEqual(['ltv']);
    expect(output.stderr).toBe('Worse: ltv\n');
  });

  it('refuses an unknown metric, two stdins, and a terminal on stdin', async () => {
    const dir = await pair({});
    await expect(diff({ cwd: dir, old: 'old.yaml', new: 'new.yaml', failOnWorse: ['ltv_cac'], output: captureOutput() })).rejects.toThrow(
      /^--fail-on-worse: unknown metric "ltv_cac"; did you mean "ltv_to_cac"\?/,
    );
    await expect(diff({ cwd: dir, old: '-', new: '-', output: captureOutput() })).rejects.toThrow('only one side of diff can be - (stdin)');
    const tty = Object.assign(Readable.from([]), { isTTY: true });
    await expect(diff({ cwd: dir, old: '-', new: 'new.yaml', stdin: tty, output: captureOutput() })).rejects.toThrow(/^-: stdin is a terminal/);
  });

  it('names the side that is invalid', async () => {
    const dir = await pair({});
    await writeFile(path.join(dir, 'new.yaml'), 'version: 1\n');
    await expect(diff({ cwd: dir, old: 'old.yaml', new: 'new.yaml', output: captureOutput() })).rejects.toThrow(/^new\.yaml:1:1 name: is required/);
  });
});

describe('bizplan schema', () => {
  it('prints the JSON Schema', async () => {
    const output = captureOutput();
    expect(await schema({ cwd: await tempDir(), output })).toBe(0);
    expect(output.stdout).toBe(renderJsonSchema());
    expect(JSON.parse(output.stdout)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' });
  });

  it('writes --out, replaces its own file, and keeps anyone else\'s unless forced', async () => {
    const dir = await tempDir();
    const output = captureOutput();
    await schema({ cwd: dir, out: 'plan.schema.json', output });
    expect(await readFile(path.join(dir, 'plan.schema.json'), 'utf8')).toBe(renderJsonSchema());
    expect(output.stderr).toBe('Wrote plan.schema.json\n');
    await writeFile(path.join(dir, 'other.json'), '{}\n');
    await expect(schema({ cwd: dir, out: 'other.json', output: captureOutput() })).rejects.toThrow('other.json: exists and was not written by bizplan; pass --force to replace it');
    await schema({ cwd: dir, out: 'other.json', force: true, output: captureOutput() });
    expect(await readFile(path.join(dir, 'other.json'), 'utf8')).toBe(renderJsonSchema());
  });
});
