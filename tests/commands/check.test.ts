import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/commands/check.js';
import { captureOutput, ROOT, templateText, templateWith, tempDir } from '../helpers.js';

/** 1-based line of the first line of `text` that starts with `prefix` (after indentation). */
const lineOf = (text: string, prefix: string) => text.split('\n').findIndex((l) => l.trimStart().startsWith(prefix)) + 1;

async function folder(plans: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(plans)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

describe('bizplan check', () => {
  it('passes ./bizplan.yaml with exit 0 and one line per check', async () => {
    const dir = await folder({ 'bizplan.yaml': await templateText() });
    const output = captureOutput();
    expect(await check({ cwd: dir, output })).toBe(0);
    expect(output.stdout).toBe(
      [
        '✓ bizplan.yaml',
        '    ✓ ltv_to_cac_min: ltv_to_cac is 5.3454, at or above the minimum of 3',
        '    ✓ cac_payback_months_max: cac_payback_months is 7.483, at or below the maximum of 12',
        '    ✓ break_even_month_max: break_even_month is 25, at or below the maximum of 33',
        '    ✓ runway_months_min: cash lasts the whole horizon (the minimum of 18)',
        '    ✓ funding_gap_max: funding_gap is 0, at or below the maximum of 0',
        '    ✓ burn_multiple_max: burn_multiple is 0.9683, at or below the maximum of 2',
        '1 plan: 1 passed, 0 failed a check, 0 invalid',
        '',
      ].join('\n'),
    );
  });

  it('speaks a Chinese plan\'s language in its lines, keeps each check\'s key and the English summary, and the machine formats\' names', async () => {
    const zh = await templateWith({ language: 'zh', 'checks.ltv_to_cac_min': 6 });
    const dir = await folder({ 'bizplan.yaml': zh });
    const output = captureOutput();
    expect(await check({ cwd: dir, output })).toBe(1);
    expect(output.stdout).toBe(
      [
        '✗ bizplan.yaml',
        '    ✗ ltv_to_cac_min：LTV:CAC 为 5.3454，低于下限 6',
        '    ✓ cac_payback_months_max：CAC 回收期（月）为 7.483，不高于上限 12',
        '    ✓ break_even_month_max：盈亏平衡月份为 25，不高于上限 33',
        '    ✓ runway_months_min：现金可支撑整个预测期（下限 18）',
        '    ✓ funding_gap_max：融资缺口为 0，不高于上限 0',
        '    ✓ burn_multiple_max：烧钱倍数（第一年）为 0.9683，不高于上限 2',
        '1 plan: 0 passed, 1 failed a check, 0 invalid',
        '',
      ].join('\n'),
    );
    const github = captureOutput();
    await check({ cwd: dir, format: 'github', output: github });
    expect(github.stdout).toMatch(/^::error file=bizplan\.yaml,line=\d+,col=\d+,title=bizplan check%3A ltv_to_cac_min::LTV:CAC 为 5\.3454，低于下限 6$/m);
    const junit = captureOutput();
    await check({ cwd: dir, format: 'junit', output: junit });
    expect(junit.stdout).toContain('<testcase classname="bizplan.yaml" name="ltv_to_cac_min">\n      <failure type="check" message="LTV:CAC 为 5.3454，低于下限 6"/>');
  });

  it('reports every plan, and exit 2 for an invalid one wins over 1 for a failed check', async () => {
    const dir = await folder({
      'plans/a-good.yaml': await templateText(),
      'plans/b-poor.yaml': await templateWith({ 'resources.cash': 1000000 }),
      'plans/c-broken.yaml': (await templateText()).replace('cac: 9000', 'cac: lots'),
    });
    const output = captureOutput();
    expect(await check({ cwd: dir, files: ['plans/*.yaml', 'plans/missing.yaml', 'nothing/*.yaml'], output })).toBe(2);
    const lines = output.stdout.split('\n');
    expect(lines.filter((l) => !l.startsWith('    '))).toEqual([
      '✓ plans/a-good.yaml',
      '✗ plans/b-poor.yaml',
      '✗ plans/c-broken.yaml is invalid',
      '✗ plans/missing.yaml is invalid',
      '✗ nothing/*.yaml is invalid',
      '5 plans: 1 passed, 1 failed a check, 3 invalid',
      '',
    ]);
    expect(lines).toContain('    ✗ runway_months_min: runway_months is 3, below the minimum of 18');
    expect(lines).toContain('    plans/missing.yaml: no such file; check the path, or run "bizplan init" to create a plan');
    expect(lines).toContain('    nothing/*.yaml: no file matches this pattern');
    expect(output.stdout).toMatch(/ {4}plans\/c-broken\.yaml:\d+:8 revenue_model\.cac: must be a number \(got "lots"\)/);
  });

  it('says a Chinese plan is invalid in Chinese, with its problems worded in Chinese too', async () => {
    const zh = (await templateText()).replace('language: en', 'language: zh');
    const dir = await folder({ 'broken.yaml': zh.replace('cac: 9000', 'cac: lots'), 'syntax.yaml': `${zh}name: [\n` });
    const output = captureOutput();
    expect(await check({ cwd: dir, files: ['broken.yaml', 'syntax.yaml'], output })).toBe(2);
    const lines = output.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('✗'))).toEqual(['✗ broken.yaml：不是有效的计划', '✗ syntax.yaml：不是有效的计划']);
    expect(output.stdout).toMatch(/ {4}broken\.yaml:\d+:8 revenue_model\.cac: 必须是数字（当前为 "lots"）/);
    expect(output.stdout).toMatch(/ {4}syntax\.yaml:\d+:\d+ YAML 格式错误：/);
  });

  it('exits 1 when a check fails and every plan is valid', async () => {
    const dir = await folder({ 'a.yaml': await templateText(), 'b.yaml': await templateWith({ 'resources.cash': 1000000 }) });
    expect(await check({ cwd: dir, files: ['a.yaml', 'b.yaml'], output: captureOutput() })).toBe(1);
  });

  it('checks a plan matched twice only once', async () => {
    const dir = await folder({ 'a.yaml': await templateText() });
    const output = captureOutput();
    await check({ cwd: dir, files: ['a.yaml', '*.yaml', './a.yaml'], output });
    expect(output.stdout).toContain('1 plan: 1 passed');
  });

  it('lets flags override every plan\'s thresholds, with the schema\'s own rules', async () => {
    const dir = await folder({ 'bizplan.yaml': await templateText() });
    const output = captureOutput();
    expect(await check({ cwd: dir, ltvToCacMin: '6', grossMarginMin: '70%', output })).toBe(1);
    expect(output.stdout).toContain('    ✗ ltv_to_cac_min: ltv_to_cac is 5.3454, below the minimum of 6');
    expect(output.stdout).toContain('    ✗ gross_margin_min: gross_margin is 0.6682, below the minimum of 0.7');
    expect(output.stdout).toContain('    ✓ cac_payback_months_max: cac_payback_months is 7.483, at or below the maximum of 12');
    await expect(check({ cwd: dir, runwayMonthsMin: '-1', breakEvenMonthMax: 'soon', output: captureOutput() })).rejects.toThrow(
      '--break-even-month-max: must be a whole number from 1 to 240 (got "soon")\n--runway-months-min: must be a whole number from 0 to 240 (got "-1")',
    );
  });

  it('never writes a file', async () => {
    const dir = await folder({ 'bizplan.yaml': await templateText() });
    await check({ cwd: dir, output: captureOutput() });
    expect(await readdir(dir)).toEqual(['bizplan.yaml']);
  });

  it('gives one JSON object with the calc --json shape per plan, plus valid and errors', async () => {
    const dir = await folder({ 'a.yaml': await templateText(), 'b.yaml': 'version: 1\n' });
    const output = captureOutput();
    expect(await check({ cwd: dir, files: ['a.yaml', 'b.yaml'], format: 'json', output })).toBe(2);
    const result = JSON.parse(output.stdout) as {
      exitCode: number;
      summary: unknown;
      plans: Array<{ plan: string; valid: boolean; errors: unknown[]; metrics: Record<string, unknown> | null; checks: unknown[] }>;
    };
    expect(result.exitCode).toBe(2);
    expect(result.summary).toEqual({ plans: 2, passed: 1, failed: 0, invalid: 1 });
    expect(Object.keys(result.plans[0]!)).toEqual(['plan', 'currency', 'metrics', 'checks', 'warnings', 'valid', 'errors']);
    expect(result.plans[0]!.metrics!.ltv_to_cac).toBe(5.3454);
    expect(result.plans[1]).toMatchObject({ plan: 'b.yaml', valid: false, metrics: null, checks: [] });
    expect(result.plans[1]!.errors[0]).toEqual({ line: 1, col: 1, key: 'name', message: 'is required: add "name: ..."' });
  });

  it('annotates GitHub Actions at the line that drives each failure', async () => {
    const text = (await templateText()).replace('break_even_month_max: 33', 'break_even_month_max: 20');
    const dir = await folder({ 'plans/a, b.yaml': text, 'bad.yaml': (await templateText()).replace('horizon_months: 36', 'horizon_months: 0') });
    const output = captureOutput();
    expect(await check({ cwd: dir, files: ['plans/a, b.yaml', 'bad.yaml'], format: 'github', ltvToCacMin: '9', output })).toBe(2);
    const check1 = `::error file=plans/a%2C b.yaml,line=${lineOf(text, 'cac: 9000')},col=3,title=bizplan check%3A ltv_to_cac_min::ltv_to_cac is 5.3454, below the minimum of 9`;
    // A limit the plan sets is annotated on its own line; one from a flag, on the input that drives it.
    const check2 = `::error file=plans/a%2C b.yaml,line=${lineOf(text, 'break_even_month_max:')},col=25,title=bizplan check%3A break_even_month_max::break_even_month is 25, above the maximum of 20`;
    expect(output.stdout.split('\n')).toEqual([
      check1,
      check2,
      `::error file=bad.yaml,line=${lineOf(text, 'horizon_months:')},col=19,title=bizplan%3A invalid plan::growth.horizon_months: must be a whole number from 1 to 240 (got 0)`,
      '2 plans: 0 passed, 1 failed a check, 1 invalid',
      '',
    ]);
  });

  it('writes JUnit XML with a test case per check and one per invalid plan, escaped', async () => {
    const dir = await folder({ 'a&b<c>.yaml': await templateWith({ 'resources.cash': 1000000 }), 'bad.yaml': (await templateText()).replace('version: 1', 'version: 2') });
    const output = captureOutput();
    await check({ cwd: dir, files: ['a&b<c>.yaml', 'bad.yaml'], format: 'junit', output });
    const xml = output.stdout;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bizplan check" tests="7" failures="2" errors="1">')).toBe(true);
    expect(xml).toContain('<testsuite name="a&amp;b&lt;c&gt;.yaml" tests="6" failures="2" errors="0">');
    expect(xml).toContain('<testcase classname="a&amp;b&lt;c&gt;.yaml" name="ltv_to_cac_min"/>');
    expect(xml).toContain('<failure type="check" message="runway_months is 3, below the minimum of 18"/>');
    // funding_gap_max: 0 asks the planned Series A to be enough; with $1M in the bank it is not.
    expect(xml).toContain('<failure type="check" message="funding_gap is 3562845.64, above the maximum of 0"/>');
    expect(xml).toContain('<testcase classname="bad.yaml" name="valid plan">');
    expect(xml).toContain('<error type="invalid" message="bad.yaml:5:10 version: must be 1, the only plan format version so far">bad.yaml:5:10 version: must be 1');
    expect(xml.match(/<testcase /g)).toHaveLength(7);
    expect(xml.endsWith('</testsuites>\n')).toBe(true);
  });

  it('judges default alive, the burn multiple and the funding gap, from the plan or from flags, in every format', async () => {
    const text = await templateText();
    const dir = await folder({ 'bizplan.yaml': text });
    const output = captureOutput();
    // VoiceScribe needs its Series A: default dead, and 0.9683 is above a limit of 0.9.
    expect(await check({ cwd: dir, requireDefaultAlive: true, burnMultipleMax: '0.9', output })).toBe(1);
    expect(output.stdout).toContain('    ✗ burn_multiple_max: burn_multiple is 0.9683, above the maximum of 0.9\n');
    expect(output.stdout).toContain(
      '    ✗ require_default_alive: default_alive is false, and the plan requires it: without its funding rounds, cash goes below zero or the last month loses money\n',
    );
    const json = captureOutput();
    await check({ cwd: dir, requireDefaultAlive: true, format: 'json', output: json });
    const result = JSON.parse(json.stdout) as { plans: Array<{ metrics: Record<string, unknown>; checks: unknown[] }> };
    expect(result.plans[0]?.metrics.default_alive).toBe(false);
    expect(result.plans[0]?.checks).toContainEqual({ name: 'require_default_alive', limit: true, actual: false, pass: false });
    const github = captureOutput();
    await check({ cwd: dir, requireDefaultAlive: true, format: 'github', output: github });
    // From a flag, the annotation points at the input that drives it.
    expect(github.stdout).toContain(`::error file=bizplan.yaml,line=${lineOf(text, 'fixed_costs_monthly:')},col=3,title=bizplan check%3A require_default_alive::`);
    const junit = captureOutput();
    await check({ cwd: dir, requireDefaultAlive: true, format: 'junit', output: junit });
    expect(junit.stdout).toContain('<testcase classname="bizplan.yaml" name="require_default_alive">');
    // A limit of 0 on the funding gap: the planned rounds must be enough, and here they are.
    expect(result.plans[0]?.checks).toContainEqual({ name: 'funding_gap_max', limit: 0, actual: 0, pass: true });
  });

  it('passes a default-alive plan that requires it, and refuses a bad flag with the schema\'s words', async () => {
    const text = await readFile(path.join(ROOT, 'templates/plans/image-recognition.yaml'), 'utf8');
    const dir = await folder({ 'bizplan.yaml': text });
    const output = captureOutput();
    expect(await check({ cwd: dir, output })).toBe(0);
    expect(output.stdout).toContain('    ✓ require_default_alive: default_alive is true, as required\n');
    await expect(check({ cwd: dir, burnMultipleMax: '-1', output: captureOutput() })).rejects.toThrow('--burn-multiple-max: must be 0 or more (got "-1")');
    await expect(check({ cwd: dir, fundingGapMax: 'none', output: captureOutput() })).rejects.toThrow('--funding-gap-max: must be a number (got "none")');
  });
});

describe('bizplan check --skip-unmatched', () => {
  it('passes over a glob that matches nothing, but never checks nothing and passes', async () => {
    const dir = await folder({ 'bizplan.yaml': await templateText() });
    const skipped = captureOutput();
    expect(await check({ cwd: dir, files: ['bizplan.yaml', 'plans/**/*.yaml'], skipUnmatched: true, output: skipped })).toBe(0);
    expect(skipped.stdout).toContain('1 plan: 1 passed, 0 failed a check, 0 invalid');
    // Without the flag the same glob is an invalid plan, as before.
    expect(await check({ cwd: dir, files: ['bizplan.yaml', 'plans/**/*.yaml'], output: captureOutput() })).toBe(2);
    // A plain path that does not exist still fails, and so does finding no plan at all.
    expect(await check({ cwd: dir, files: ['missing.yaml', 'plans/**/*.yaml'], skipUnmatched: true, output: captureOutput() })).toBe(2);
    await mkdir(path.join(dir, 'empty'));
    await expect(check({ cwd: path.join(dir, 'empty'), files: ['plans/**/*.yaml'], skipUnmatched: true, output: captureOutput() })).rejects.toThrow(
      'no plan matches "plans/**/*.yaml"; name at least one plan',
    );
  });
});
