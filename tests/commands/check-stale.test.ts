import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calc } from '../../src/commands/calc.js';
import { check } from '../../src/commands/check.js';
import { datesIn } from '../../src/core/check/stale.js';
import { captureOutput, tempDir, templateText } from '../helpers.js';
import { runBin } from '../hostile/fs-helpers.js';

/** A plan and its report as calc wrote them on a date long past. */
async function calculated(): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'bizplan.yaml'), await templateText());
  await calc({ cwd: dir, date: '2020-02-03', output: captureOutput() });
  return dir;
}

const STALE_BOTH =
  'stale: the metrics: section of bizplan.yaml and its report differ from what bizplan calc would write now; run bizplan calc bizplan.yaml and commit the result';

describe('bizplan check --stale', () => {
  it('passes figures calc wrote, whatever the date the report carries', async () => {
    const dir = await calculated();
    const output = captureOutput();
    expect(await check({ cwd: dir, stale: true, output })).toBe(0);
    expect(output.stdout).toContain('    ✓ up to date: the metrics and the report are what bizplan calc would write\n');
  });

  it('fails (exit 1) an input edited without calc, naming the metrics and the report, in every format', async () => {
    const dir = await calculated();
    const plan = path.join(dir, 'bizplan.yaml');
    await writeFile(plan, (await readFile(plan, 'utf8')).replace('  cac: 9000\n', '  cac: 9500\n'));
    const text = captureOutput();
    expect(await check({ cwd: dir, stale: true, output: text })).toBe(1);
    expect(text.stdout).toMatch(/^✗ bizplan\.yaml\n/);
    expect(text.stdout).toContain(`    ✗ ${STALE_BOTH}\n`);
    expect(text.stdout).toContain('1 plan: 0 passed, 1 failed a check, 0 invalid');

    const json = captureOutput();
    expect(await check({ cwd: dir, stale: true, format: 'json', output: json })).toBe(1);
    expect(JSON.parse(json.stdout).plans[0].stale).toEqual(['metrics', 'report']);

    const github = captureOutput();
    expect(await check({ cwd: dir, stale: true, format: 'github', output: github })).toBe(1);
    const metricsLine = (await readFile(plan, 'utf8')).split('\n').findIndex((l) => l === 'metrics:') + 1;
    expect(github.stdout).toContain(`::error file=bizplan.yaml,line=${metricsLine},col=1,title=bizplan check%3A stale::${STALE_BOTH.slice('stale: '.length)}`);

    const junit = captureOutput();
    expect(await check({ cwd: dir, stale: true, format: 'junit', output: junit })).toBe(1);
    expect(junit.stdout).toContain('<testcase classname="bizplan.yaml" name="up to date">\n      <failure type="stale" message="the metrics: section');
    // Without --stale the same plan passes: the flag alone adds the test.
    expect(await check({ cwd: dir, output: captureOutput() })).toBe(0);
  });

  it('names only the report when only the report is out of date, and says nothing of a missing one', async () => {
    const dir = await calculated();
    const report = path.join(dir, 'bizplan.report.md');
    await writeFile(report, (await readFile(report, 'utf8')).replace('## 1. Market research', '## 1. Market research, edited'));
    const output = captureOutput();
    expect(await check({ cwd: dir, stale: true, output })).toBe(1);
    expect(output.stdout).toContain('✗ stale: its report differs from what bizplan calc would write now');
    await rm(report);
    expect(await check({ cwd: dir, stale: true, output: captureOutput() })).toBe(0);
  });

  it('fails a plan that was never calculated: calc would add its metrics', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'bizplan.yaml'), await templateText());
    const output = captureOutput();
    expect(await check({ cwd: dir, stale: true, output })).toBe(1);
    expect(output.stdout).toContain('✗ stale: the metrics: section of bizplan.yaml differs from what bizplan calc would write now');
  });

  it('finds the dates a report shows, in English and in Chinese', () => {
    expect(datesIn('Prepared 2026-11-29 with bizplan.')).toEqual(['2026-11-29']);
    expect(datesIn('由 bizplan 于 2026 年 1 月 9 日生成。')).toEqual(['2026-01-09']);
    expect(datesIn('no date here')).toEqual([]);
  });

  it('judges plans checked in worker threads the same way (the built binary, 70 plans)', async () => {
    const dir = await calculated();
    for (let i = 0; i < 70; i++) {
      await cp(path.join(dir, 'bizplan.yaml'), path.join(dir, `p${String(i).padStart(2, '0')}.yaml`));
      await cp(path.join(dir, 'bizplan.report.md'), path.join(dir, `p${String(i).padStart(2, '0')}.report.md`));
    }
    const last = path.join(dir, 'p69.yaml');
    await writeFile(last, (await readFile(last, 'utf8')).replace('  cac: 9000\n', '  cac: 9500\n'));
    const run = await runBin(['check', '--stale', 'p*.yaml'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('70 plans: 69 passed, 1 failed a check, 0 invalid');
    expect(run.stdout).toContain('✗ stale: the metrics: section of p69.yaml and its report differ');
  });
});
