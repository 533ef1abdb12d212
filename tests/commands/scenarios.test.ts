import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { calc } from '../../src/commands/calc.js';
import { check } from '../../src/commands/check.js';
import { scenarios } from '../../src/commands/scenarios.js';
import { METRIC_KEYS } from '../../src/core/finance/metrics.js';
import { UserError } from '../../src/shell/errors.js';
import { PlanInvalidError } from '../../src/shell/plan-file.js';
import { captureOutput, tempDir, templateText } from '../helpers.js';

const SCENARIOS = `scenarios:
  downside:
    description: Slower sales and pricier tokens
    probability: 25%
    set:
      growth.new_customers_monthly: 6
      revenue_model.churn_monthly: "4%"
      revenue_model.inference.output_price_per_million: 6
      funding[0].month: 24
  upside:
    probability: 15%
    set: { revenue_model.arpu_monthly: 2200 }
`;

async function planIn(extra = SCENARIOS): Promise<{ dir: string; first: number; text: string }> {
  const dir = await tempDir();
  const base = await templateText();
  const text = base + extra;
  await writeFile(path.join(dir, 'bizplan.yaml'), text);
  return { dir, first: base.split('\n').length, text };
}

describe('bizplan scenarios', () => {
  it('prints the base and every scenario as JSON, the base first, with expected values', async () => {
    const { dir } = await planIn();
    const output = captureOutput();
    expect(await scenarios({ cwd: dir, format: 'json', output })).toBe(0);
    const json = JSON.parse(output.stdout) as { plan: string; scenarios: Array<{ name: string; probability: number | null; metrics: Record<string, unknown>; checks: Array<{ name: string; pass: boolean }> }>; expected: Record<string, unknown> | null };
    expect(Object.keys(json)).toEqual(['plan', 'scenarios', 'expected']);
    expect(json.scenarios.map((s) => [s.name, s.probability])).toEqual([
      ['base', 0.6],
      ['downside', 0.25],
      ['upside', 0.15],
    ]);
    expect(Object.keys(json.scenarios[1]?.metrics ?? {})).toEqual([...METRIC_KEYS]);
    expect(json.scenarios[0]?.metrics.min_cash).toBe(437154.36);
    expect(json.scenarios[1]?.metrics.min_cash).toBe(-1159208.19);
    expect(json.scenarios[1]?.checks.filter((c) => !c.pass).map((c) => c.name)).toEqual(['break_even_month_max', 'funding_gap_max', 'burn_multiple_max']);
    // Default alive: only upside, 15%; break-even never comes in the downside, so its mean is null.
    expect(json.expected?.default_alive).toBe(0.15);
    expect(json.expected?.break_even_month).toBeNull();
    expect(json.expected?.min_cash_month).toBe(18.5);
    // The calc --json of the same scenario holds the same figures.
    const one = captureOutput();
    await calc({ cwd: dir, scenario: 'downside', json: true, output: one });
    const single = JSON.parse(one.stdout) as { metrics: unknown; scenario: string };
    expect(single.scenario).toBe('downside');
    expect(single.metrics).toEqual(json.scenarios[1]?.metrics);
  });

  it('fits 80 columns in a terminal, wrapping cases into blocks, and writes a Markdown table', async () => {
    const many = `${SCENARIOS}  flat:\n    probability: 10%\n    set: { revenue_model.cac: 8000 }\n  later:\n    probability: 10%\n    set:\n      funding[0].month: 20\n`;
    const { dir, text } = await planIn(many);
    const output = captureOutput();
    await scenarios({ cwd: dir, width: 80, output });
    const lines = output.stdout.trimEnd().split('\n');
    expect(Math.max(...lines.map((l) => stringWidth(l)))).toBeLessThanOrEqual(80);
    expect(lines[0]).toBe('Scenarios of bizplan.yaml: the base case and 4 scenarios');
    expect(lines.filter((l) => l.startsWith('min_cash ')).length).toBe(2);
    expect(lines.find((l) => /^ +base +downside +upside/.test(l))).toBeDefined();
    expect(lines.some((l) => /^check funding_gap_max +✓ +✗ +✓$/.test(l))).toBe(true);
    expect(lines.at(-1)).toBe('downside: Slower sales and pricier tokens');
    const markdown = captureOutput();
    await scenarios({ cwd: dir, format: 'markdown', output: markdown });
    expect(markdown.stdout.split('\n')[0]).toBe('| Figure | base | downside | upside | flat | later | expected |');
    expect(markdown.stdout).toContain('| `default_alive` | no | no | yes | yes | no | 25% |');
    // Money escaped as the report escapes it: a row of `$` amounts would otherwise read as math on GitHub.
    expect(markdown.stdout).toMatch(/^\| `min_cash` \| \\\$[\d,]+ \| -?\\\$/m);
    expect(markdown.stdout).not.toMatch(/(^|[^\\])\$\d/m);
    // Nothing is written.
    expect(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8')).toBe(text);
  });

  it('reports a scenario that is not a valid plan at its set entry', async () => {
    const { dir, first } = await planIn('scenarios:\n  broken:\n    set:\n      growth.horizon_months: 0\n');
    const error = await scenarios({ cwd: dir, output: captureOutput() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanInvalidError);
    expect((error as PlanInvalidError).lines).toEqual([`bizplan.yaml:${first + 3}:7 growth.horizon_months: must be a whole number from 1 to 240 (got 0)`]);
    const failed = captureOutput();
    expect(await check({ cwd: dir, scenarios: true, output: failed })).toBe(2);
    expect(failed.stdout).toContain(`✗ bizplan.yaml#broken is invalid\n    bizplan.yaml:${first + 3}:7 growth.horizon_months:`);
  });

  it('calc --scenario writes nothing, and names the nearest scenario for a typo', async () => {
    const { dir, text } = await planIn();
    const output = captureOutput();
    expect(await calc({ cwd: dir, scenario: 'downside', output })).toBe(1);
    expect(output.stderr).toBe('Scenario downside of bizplan.yaml: the figures below; the plan is unchanged\n');
    expect(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8')).toBe(text);
    await expect(calc({ cwd: dir, scenario: 'downsid', output: captureOutput() })).rejects.toThrow(new UserError('--scenario: "downsid" is not a scenario of bizplan.yaml; did you mean downside?'));
    await expect(calc({ cwd: dir, scenario: 'downside', set: ['revenue_model.cac=1'], output: captureOutput() })).rejects.toThrow(/--scenario and --set: give one/);
  });

  it('check --scenarios names each scenario in every format, annotates at its line, and fails when any fails', async () => {
    const { dir, first } = await planIn();
    const run = async (format: 'text' | 'json' | 'github' | 'junit') => {
      const output = captureOutput();
      const code = await check({ cwd: dir, scenarios: true, format, output });
      return { code, out: output.stdout };
    };
    const text = await run('text');
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/^✓ bizplan\.yaml\n(.*\n)*✗ bizplan\.yaml#downside\n(.*\n)*✓ bizplan\.yaml#upside\n/);
    expect(text.out.trimEnd().split('\n').at(-1)).toBe('3 plans: 2 passed, 1 failed a check, 0 invalid');
    const json = JSON.parse((await run('json')).out) as { plans: Array<{ plan: string; valid: boolean }> };
    expect(json.plans.map((p) => p.plan)).toEqual(['bizplan.yaml', 'bizplan.yaml#downside', 'bizplan.yaml#upside']);
    const github = (await run('github')).out;
    expect(github).toContain(`::error file=bizplan.yaml,line=${first + 1},col=3,title=bizplan check%3A funding_gap_max (downside)::funding_gap is 1159208.19, above the maximum of 0`);
    expect((await run('junit')).out).toContain('<testsuite name="bizplan.yaml#downside" tests="6" failures="3" errors="0">');
    // Without the flag, only the base case is checked.
    const plain = captureOutput();
    expect(await check({ cwd: dir, output: plain })).toBe(0);
    expect(plain.stdout).not.toContain('#downside');
  });
});

describe('bizplan scenarios in the plan\'s language', () => {
  it('words the text and Markdown of a Chinese plan in Chinese; the keys, names and JSON stay as they are', async () => {
    const { dir } = await planIn('');
    const text = (await templateText()).replace(/^language: en$/m, 'language: zh');
    expect(text).toContain('\nlanguage: zh\n');
    await writeFile(path.join(dir, 'bizplan.yaml'), text + SCENARIOS);
    const output = captureOutput();
    await scenarios({ cwd: dir, width: 80, output });
    const lines = output.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('bizplan.yaml 的情景对比：基准情景与 2 个情景');
    expect(lines.find((l) => /^ +基准 +downside +upside$/.test(l))).toBeDefined();
    expect(lines.some((l) => /^概率 +60% +25% +15%$/.test(l))).toBe(true);
    expect(lines.some((l) => /^default_alive +否 +否 +是$/.test(l))).toBe(true);
    expect(lines.some((l) => /^检查 funding_gap_max +✓ +✗ +✓$/.test(l))).toBe(true);
    expect(lines.at(-1)).toBe('downside：Slower sales and pricier tokens');
    expect(Math.max(...lines.map((l) => stringWidth(l)))).toBeLessThanOrEqual(80);
    const markdown = captureOutput();
    await scenarios({ cwd: dir, format: 'markdown', output: markdown });
    expect(markdown.stdout.split('\n').slice(0, 3)).toEqual(['| 指标 | 基准 | downside | upside | 期望值 |', '|---|---:|---:|---:|---:|', '| 概率 | 60% | 25% | 15% |  |']);
    expect(markdown.stdout).toContain('\n| 检查 `funding_gap_max` | ✓ | ✗ | ✓ |  |\n');
    const json = captureOutput();
    await scenarios({ cwd: dir, format: 'json', output: json });
    expect(json.stdout).toContain('"name": "base"');
    expect(json.stdout).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('says a Chinese plan has no scenarios in Chinese', async () => {
    const { dir } = await planIn('');
    await writeFile(path.join(dir, 'bizplan.yaml'), (await templateText()).replace(/^language: en$/m, 'language: zh'));
    const output = captureOutput();
    await scenarios({ cwd: dir, output });
    expect(output.stderr).toBe('bizplan.yaml 还没有情景：请添加 "scenarios:" 部分（见 bizplan scenarios --help）\n');
  });
});

describe('calc --scenario with a name the plan does not have', () => {
  it('says so in the plan\'s language, naming the nearest', async () => {
    const { dir } = await planIn('');
    await writeFile(path.join(dir, 'bizplan.yaml'), `${(await templateText()).replace(/^language: en$/m, 'language: zh')}${SCENARIOS}`);
    await expect(calc({ cwd: dir, scenario: 'downsid', json: true, output: captureOutput() })).rejects.toThrow(new UserError('--scenario："downsid" 不是 bizplan.yaml 中的情景；是不是 downside？'));
    await expect(calc({ cwd: dir, scenario: 'zzzzzzzz', json: true, output: captureOutput() })).rejects.toThrow(new UserError('--scenario："zzzzzzzz" 不是 bizplan.yaml 中的情景；现有情景为：downside、upside'));
  });
});
