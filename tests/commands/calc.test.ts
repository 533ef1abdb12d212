import { chmod, readFile, stat, symlink, writeFile, readdir, lstat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { calc } from '../../src/commands/calc.js';
import { METRIC_KEYS } from '../../src/core/finance/metrics.js';
import { runProgram } from '../../src/shell/boundary.js';
import { UserError } from '../../src/shell/errors.js';
import { captureOutput, reportFor, templateText, templateWith, tempDir } from '../helpers.js';

async function planIn(dir: string, text?: string, name = 'bizplan.yaml'): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text ?? (await templateText()));
  return file;
}

describe('bizplan calc', () => {
  it('reads ./bizplan.yaml, writes the metrics back and prints a summary', async () => {
    const dir = await tempDir();
    const file = await planIn(dir);
    const before = await readFile(file, 'utf8');
    const output = captureOutput();
    expect(await calc({ cwd: dir, output })).toBe(0);
    const after = await readFile(file, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after).toContain('\nmetrics:\n  variable_cost_per_customer_monthly: 597.28\n');
    expect(output.stdout).toContain('LTV:CAC                5.35');
    expect(output.stdout).toContain('✓ Runway at least (months) 18: cash lasts the whole horizon');
    expect(output.stderr).toBe('Wrote bizplan.report.md\n');
  });

  it('leaves the file byte-identical, and untouched, when run a second time', async () => {
    const dir = await tempDir();
    const file = await planIn(dir);
    await calc({ cwd: dir, output: captureOutput() });
    const once = await readFile(file);
    const mtime = (await stat(file)).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await calc({ cwd: dir, output: captureOutput() });
    expect((await readFile(file)).equals(once)).toBe(true);
    expect((await stat(file)).mtimeMs).toBe(mtime);
  });

  it('recomputes stale figures after a hand edit and keeps the edit, its comment and key order', async () => {
    const dir = await tempDir();
    const file = await planIn(dir);
    await calc({ cwd: dir, output: captureOutput() });
    const edited = (await readFile(file, 'utf8')).replace('  cac: 9000\n', '  cac: 12000 # after the Q3 campaign\n');
    await writeFile(file, edited);
    await calc({ cwd: dir, output: captureOutput() });
    const after = await readFile(file, 'utf8');
    const head = (text: string) => text.slice(0, text.indexOf('\nmetrics:'));
    expect(head(after)).toBe(head(edited));
    expect(after).toContain('  cac_payback_months: 9.9774\n');
  });

  it('prints exactly the JSON object with --json, and writes nothing with --no-write', async () => {
    const dir = await tempDir();
    const file = await planIn(dir, undefined, 'seed.yaml');
    const before = await readFile(file);
    const output = captureOutput();
    expect(await calc({ cwd: dir, plan: 'seed.yaml', json: true, write: false, output })).toBe(0);
    expect((await readFile(file)).equals(before)).toBe(true);
    const result = JSON.parse(output.stdout);
    expect(Object.keys(result)).toEqual(['plan', 'currency', 'metrics', 'checks', 'warnings']);
    expect(result.plan).toBe('seed.yaml');
    expect(result.currency).toBe('USD');
    expect(Object.keys(result.metrics)).toEqual([...METRIC_KEYS]);
    expect(result.metrics.ltv).toBe(48108.8);
    expect(result.metrics.break_even_customers).toBe(261);
    expect(result.metrics.runway_months).toBeNull();
    // The true-or-false metric is a JSON boolean; the others stay numbers.
    expect(result.metrics.default_alive).toBe(false);
    expect(result.metrics.funding_total).toBe(12000000);
    // Token prices 30% lower each year stretch the runway without the round from 18 months to 20.
    expect(result.metrics.runway_months_without_funding).toBe(20);
    // The fine-tuning run: 60,000 GPU-hours at 3.00; no self-hosting, so its figures are null.
    expect(result.metrics.training_cost_total).toBe(180000);
    expect(result.metrics.self_hosted_cost_per_customer).toBeNull();
    expect(result.metrics.self_hosting_cheaper_from_month).toBeNull();
    expect(result.metrics.gpus_end).toBeNull();
    expect(result.checks).toEqual([
      { name: 'ltv_to_cac_min', limit: 3, actual: 5.3454, pass: true },
      { name: 'cac_payback_months_max', limit: 12, actual: 7.483, pass: true },
      { name: 'break_even_month_max', limit: 33, actual: 25, pass: true }, // 30 without the token-price trend
      { name: 'runway_months_min', limit: 18, actual: null, pass: true },
      { name: 'funding_gap_max', limit: 0, actual: 0, pass: true },
      { name: 'burn_multiple_max', limit: 2, actual: 0.9683, pass: true },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('returns 1 when a check fails, still writing the figures, and explains each null in a warning', async () => {
    const dir = await tempDir();
    const still = { 'resources.hires': undefined, 'resources.planned_costs': undefined, funding: undefined, compute: undefined, 'revenue_model.inference.price_change_yearly': undefined };
    const file = await planIn(dir, await templateWith({ ...still, 'revenue_model.cac': 0, 'resources.cash': 100000 }));
    const output = captureOutput();
    expect(await calc({ cwd: dir, json: true, output })).toBe(1);
    const result = JSON.parse(output.stdout) as { metrics: Record<string, unknown>; checks: Array<{ name: string }>; warnings: string[] };
    expect(result.metrics.ltv_to_cac).toBeNull();
    expect(result.checks.find((c) => c.name === 'runway_months_min')).toEqual({ name: 'runway_months_min', limit: 18, actual: 0, pass: false });
    expect(result.warnings).toEqual([
      'CAC is 0, so LTV:CAC is null. If customers truly cost nothing to win, ignore this; otherwise enter the real cost of acquiring one.',
      // Cross-checked with Python's decimal module over the same recurrences: min cash -998,951.6756.
      'Cash goes below zero in month 1. Raise at least $998,951.68 (the funding gap) or cut the burn.',
    ]);
    expect(await readFile(file, 'utf8')).toContain('  ltv_to_cac: null\n');
  });

  it('speaks the plan\'s language', async () => {
    const dir = await tempDir();
    await planIn(dir, await templateWith({ language: 'zh', currency: 'CNY', 'resources.cash': 100000 }));
    const output = captureOutput();
    await calc({ cwd: dir, write: false, output });
    expect(output.stdout).toContain('单位经济（每客户每月）');
    expect(output.stdout).toContain('¥1,202.72');
    expect(output.stdout).toContain('即使算上计划的融资，现金仍将在第 1 个月降到零以下');
  });

  it('refuses an invalid plan with every problem and touches no file', async () => {
    const dir = await tempDir();
    const text = (await templateText()).replace('cac: 9000', 'cac: -1').replace('horizon_months: 36', 'horizon_months: 0');
    const file = await planIn(dir, text);
    const error = await calc({ cwd: dir, output: captureOutput() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).lines).toEqual([
      expect.stringMatching(/^bizplan\.yaml:\d+:8 revenue_model\.cac: must be 0 or more \(got -1\)$/),
      expect.stringMatching(/^bizplan\.yaml:\d+:19 growth\.horizon_months: must be a whole number from 1 to 240 \(got 0\)$/),
    ]);
    expect(await readFile(file, 'utf8')).toBe(text);
    expect(await readdir(dir)).toEqual(['bizplan.yaml']);
  });

  it('refuses a date that is not a calendar day, before touching any file', async () => {
    const dir = await tempDir();
    const file = await planIn(dir);
    await expect(calc({ cwd: dir, date: '2026-02-30', output: captureOutput() })).rejects.toThrow('--date: must be a calendar date as YYYY-MM-DD (got "2026-02-30")');
    expect(await readFile(file, 'utf8')).toBe(await templateText());
    expect(await readdir(dir)).toEqual(['bizplan.yaml']);
  });

  it('names a missing file, a folder and a file over 1 MiB', async () => {
    const dir = await tempDir();
    await expect(calc({ cwd: dir, output: captureOutput() })).rejects.toThrow('bizplan.yaml: no such file; check the path, or run "bizplan init" to create a plan');
    await expect(calc({ cwd: dir, plan: '.', output: captureOutput() })).rejects.toThrow('.: is a folder; name the plan file inside it');
    await writeFile(path.join(dir, 'big.yaml'), `# ${'x'.repeat(1024 * 1024)}\n`);
    await expect(calc({ cwd: dir, plan: 'big.yaml', output: captureOutput() })).rejects.toThrow(/big\.yaml: the file is 1048579 bytes, over the 1048576-byte limit/);
  });

  it('keeps a symlinked plan a symlink and keeps the file\'s permissions', async () => {
    const dir = await tempDir();
    const real = await planIn(dir, undefined, 'real.yaml');
    await chmod(real, 0o640);
    await symlink('real.yaml', path.join(dir, 'bizplan.yaml'));
    await calc({ cwd: dir, output: captureOutput() });
    expect((await lstat(path.join(dir, 'bizplan.yaml'))).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toContain('\nmetrics:\n');
    expect((await stat(real)).mode & 0o777).toBe(0o640);
    expect((await readdir(dir)).sort()).toEqual(['bizplan.report.md', 'bizplan.yaml', 'real.yaml']);
  });
});

describe('the error boundary', () => {
  const run = async (action: () => Promise<void>) => {
    const program = new Command('t').exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
    program.command('go').action(action);
    let stderr = '';
    const code = await runProgram(program, ['node', 't', 'go'], { write: (t: string) => (stderr += t) }, () => 0);
    return { code, stderr };
  };

  it('prints a user\'s mistake as its lines, without a stack, and exits 2', async () => {
    expect(await run(async () => Promise.reject(new UserError(['a.yaml:1:1 x: wrong', 'a.yaml:2:1 y: wrong'])))).toEqual({
      code: 2,
      stderr: 'a.yaml:1:1 x: wrong\na.yaml:2:1 y: wrong\n',
    });
  });

  it('prints a bug with its stack and exits 70', async () => {
    const { code, stderr } = await run(() => Promise.reject(new TypeError('boom')));
    expect(code).toBe(70);
    expect(stderr).toMatch(/^bizplan: internal error; this is a bug/);
    expect(stderr).toMatch(/TypeError: boom\n\s+at /);
  });

  it('exits 130 when a prompt is interrupted', async () => {
    const interrupted = Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
    expect(await run(async () => Promise.reject(interrupted))).toEqual({ code: 130, stderr: 'Interrupted; nothing was written.\n' });
  });

  it('exits 2 on a usage error', async () => {
    const program = new Command('t').exitOverride().configureOutput({ writeErr: () => undefined });
    program.command('go').action(() => undefined);
    expect(await runProgram(program, ['node', 't', 'nope'], { write: () => undefined }, () => 0)).toBe(2);
  });
});

describe('bizplan calc writes the report', () => {
  it('beside the plan, the same bytes as rendering it directly, and only when it changed', async () => {
    const dir = await tempDir();
    await planIn(dir, undefined, 'seed.yml');
    const output = captureOutput();
    await calc({ cwd: dir, plan: 'seed.yml', date: '2026-11-29', output });
    expect(output.stderr).toBe('Wrote seed.report.md\n');
    expect(await readFile(path.join(dir, 'seed.report.md'), 'utf8')).toBe(await reportFor(await templateText()));
    const again = captureOutput();
    await calc({ cwd: dir, plan: 'seed.yml', date: '2026-11-29', output: again });
    expect(again.stderr).toBe('');
  });

  it('dates the report from SOURCE_DATE_EPOCH when no date is given', async () => {
    const dir = await tempDir();
    await planIn(dir);
    await calc({ cwd: dir, env: { SOURCE_DATE_EPOCH: '1798675200' }, output: captureOutput() });
    expect(await readFile(path.join(dir, 'bizplan.report.md'), 'utf8')).toContain('Prepared 2026-12-31 with bizplan.');
  });

  it('writes where --report says, with a layout of the user\'s own', async () => {
    const dir = await tempDir();
    await planIn(dir);
    await writeFile(path.join(dir, 'mine.mustache'), '# {{name}}\n\nLTV: {{summary.ltv}}, made {{date}}.\n');
    await calc({ cwd: dir, report: 'out.md', reportTemplate: 'mine.mustache', date: '2026-11-29', output: captureOutput() });
    expect(await readFile(path.join(dir, 'out.md'), 'utf8')).toBe(
      '# VoiceScribe, speech recognition for enterprises and developers\n\nLTV: \\$48,108.80, made 2026-11-29.\n\n<!-- Generated by bizplan; edits are overwritten the next time it runs. -->\n',
    );
  });

  it('never replaces a file bizplan did not write, unless forced', async () => {
    const dir = await tempDir();
    const file = await planIn(dir);
    await writeFile(path.join(dir, 'bizplan.report.md'), 'My own notes\n');
    await expect(calc({ cwd: dir, date: '2026-11-29', output: captureOutput() })).rejects.toThrow(
      'bizplan.report.md: exists and was not written by bizplan; pass --force to replace it, or --report PATH to write elsewhere',
    );
    expect(await readFile(path.join(dir, 'bizplan.report.md'), 'utf8')).toBe('My own notes\n');
    expect(await readFile(file, 'utf8')).toBe(await templateText());
    await calc({ cwd: dir, date: '2026-11-29', force: true, output: captureOutput() });
    expect(await readFile(path.join(dir, 'bizplan.report.md'), 'utf8')).toContain('## Unit economics');
  });

  it('writes no report with --no-write', async () => {
    const dir = await tempDir();
    await planIn(dir);
    await calc({ cwd: dir, write: false, output: captureOutput() });
    expect(await readdir(dir)).toEqual(['bizplan.yaml']);
  });
});
