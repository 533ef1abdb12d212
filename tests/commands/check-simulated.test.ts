import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/commands/check.js';
import { Dec } from '../../src/core/decimal.js';
import { judgeCashOut } from '../../src/core/check/simulated-check.js';
import { roundFloat } from '../../src/core/finance/display.js';
import { simulate } from '../../src/core/simulate/index.js';
import { captureOutput, planFromText, tempDir, templateText } from '../helpers.js';
import { RANGES } from './simulate-fixtures.js';

/** The template with ranges, a small simulation and the cash-out check at `limit`. */
async function planText(limit: string, extra = ''): Promise<string> {
  const base = (await templateText()).replace(/^checks:\n/m, `checks:\n  cash_out_probability_max: ${limit}\n`);
  return `${base}${RANGES}simulation: { runs: 2000, seed: 3 }\n${extra}`;
}

/** The share the check sees, as shown: the core's own simulation of the plan. */
function shownShare(text: string): string {
  return roundFloat(simulate(planFromText(text), { runs: 2000, seed: 3 }).cash_out_probability, 4);
}

async function run(text: string, options: Partial<Parameters<typeof check>[0]> = {}): Promise<{ code: number; out: string; line: number }> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'bizplan.yaml'), text);
  const output = captureOutput();
  const code = await check({ cwd: dir, output, ...options });
  return { code, out: output.stdout, line: text.split('\n').indexOf(text.split('\n').find((l) => l.includes('cash_out_probability_max')) ?? '') + 1 };
}

describe('check: cash_out_probability_max', () => {
  it('judges the share as shown, 4 places: a limit equal to it passes, one a step below fails (exit 1)', async () => {
    const share = shownShare(await planText('10%'));
    expect(Number(share)).toBeGreaterThan(0.05);
    const pass = await run(await planText(share));
    expect(pass.code).toBe(0);
    expect(pass.out).toContain(`    ✓ cash_out_probability_max: cash_out_probability is ${share}, at or below the maximum of ${share}, over 2,000 runs (seed 3)\n`);
    const below = new Dec(share).minus('0.0001').toString();
    const fail = await run(await planText(below));
    expect(fail.code).toBe(1);
    expect(fail.out).toContain(`    ✗ cash_out_probability_max: cash_out_probability is ${share}, above the maximum of ${below}, over 2,000 runs (seed 3)\n`);
    expect(fail.out.trimEnd().split('\n').at(-1)).toBe('1 plan: 0 passed, 1 failed a check, 0 invalid');
  });

  it('rounds half up before judging: 0.10005 shows as 0.1001 and fails a 10% limit, 0.10004 passes', () => {
    const settings = { runs: 10_000, seed: 1 };
    expect(judgeCashOut(new Dec('0.1'), 0.10005, settings)).toMatchObject({ actual: '0.1001', pass: false });
    expect(judgeCashOut(new Dec('0.1'), 0.10004, settings)).toMatchObject({ actual: '0.1', pass: true });
    expect(judgeCashOut(new Dec('0'), 0, settings)).toMatchObject({ actual: '0', pass: true });
  });

  it('reports it like every other check in json, github and junit, at the check\'s own line', async () => {
    const text = await planText('1%');
    const share = shownShare(text);
    const json = await run(text, { format: 'json' });
    expect(json.code).toBe(1);
    const entry = (JSON.parse(json.out) as { plans: Array<{ checks: Array<Record<string, unknown>> }> }).plans[0];
    expect(entry?.checks.at(-1)).toEqual({ name: 'cash_out_probability_max', limit: 0.01, actual: Number(share), pass: false });
    expect(entry?.checks).toHaveLength(7);
    const github = await run(text, { format: 'github' });
    expect(github.out).toContain(
      `::error file=bizplan.yaml,line=${github.line},col=29,title=bizplan check%3A cash_out_probability_max::cash_out_probability is ${share}, above the maximum of 0.01, over 2,000 runs (seed 3)\n`,
    );
    const junit = await run(text, { format: 'junit' });
    expect(junit.out).toContain('<testsuite name="bizplan.yaml" tests="7" failures="1" errors="0">');
    expect(junit.out).toContain(`<testcase classname="bizplan.yaml" name="cash_out_probability_max">\n      <failure type="check" message="cash_out_probability is ${share}, above the maximum of 0.01, over 2,000 runs (seed 3)"/>`);
  });

  it('speaks a Chinese plan\'s language in its line', async () => {
    const text = (await planText('1%')).replace(/^language: en$/m, 'language: zh');
    const share = shownShare(text);
    const result = await run(text);
    expect(result.out).toContain(`    ✗ cash_out_probability_max：现金耗尽概率为 ${share}，高于上限 0.01（模拟 2,000 次，随机种子 3）\n`);
  });

  it('with --scenarios simulates each scenario: its own inputs fixed, the other ranges drawn', async () => {
    const scenarios = [
      'scenarios:',
      '  downside:',
      '    set:',
      '      revenue_model.churn_monthly: "4%"',
      '  everything_set:',
      '    set:',
      '      revenue_model.churn_monthly: "2%"',
      '      growth.new_customers_monthly: 12',
      '      revenue_model.cac: 6000',
      '',
    ].join('\n');
    const text = await planText('100%', scenarios);
    const result = await run(text, { scenarios: true, format: 'json' });
    const plans = (JSON.parse(result.out) as { plans: Array<{ plan: string; checks: Array<{ name: string; actual: number }> }> }).plans;
    const shares = Object.fromEntries(plans.map((p) => [p.plan, p.checks.find((c) => c.name === 'cash_out_probability_max')?.actual]));
    // The downside fixes churn at 4%, so it draws the other two ranges only.
    const downside = planFromText(text.replace(/^ {2}revenue_model\.churn_monthly: \{.*\n/m, '').replace('churn_monthly: 2.5%', 'churn_monthly: 4%').replace(/^scenarios:[\s\S]*$/m, ''));
    expect(shares).toEqual({
      'bizplan.yaml': Number(shownShare(text)),
      'bizplan.yaml#downside': Number(roundFloat(simulate(downside, { runs: 2000, seed: 3 }).cash_out_probability, 4)),
      // Every uncertain input set: one fixed plan, 2,000 times; this one never runs out.
      'bizplan.yaml#everything_set': 0,
    });
    expect(result.code).toBe(0);
  });
});
