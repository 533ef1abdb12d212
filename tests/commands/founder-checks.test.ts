import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calc } from '../../src/commands/calc.js';
import { check } from '../../src/commands/check.js';
import { loadPlan } from '../../src/core/plan/load.js';
import { loadPlainPlan } from '../../src/core/plan/plain-load.js';
import { calculate } from '../../src/core/calculate.js';
import { captureOutput, LLM_TEMPLATE, planFromText, templateText, tempDir } from '../helpers.js';

const lineOf = (text: string, prefix: string) => text.split('\n').findIndex((l) => l.trimStart().startsWith(prefix)) + 1;

async function planDir(text: string): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'bizplan.yaml'), text);
  return dir;
}

describe('a rate past any business, in a plan file', () => {
  it('is a calc warning that names the key and its line and says how to write a percent', async () => {
    const text = (await templateText()).replace('new_customers_growth_monthly: 6%', 'new_customers_growth_monthly: 8').replace('discount_rate_annual: 12%', 'discount_rate_annual: 10');
    const dir = await planDir(text);
    const output = captureOutput();
    await calc({ cwd: dir, write: false, output });
    const growthLine = lineOf(text, 'new_customers_growth_monthly:');
    expect(output.stdout).toContain(`! growth.new_customers_growth_monthly (line ${growthLine}) is 800% a month, more than the plausible 50%. If you meant 8%, write it as "8%" or 0.08: a plain 8 means 800%.`);
    expect(output.stdout).toContain(`! revenue_model.discount_rate_annual (line ${lineOf(text, 'discount_rate_annual:')}) is 1000% a year, more than the plausible 100%.`);
  });

  it('is a GitHub annotation on the key\'s own line, and speaks Chinese in a Chinese plan', async () => {
    // 0.35 is 35% a month: a founder who meant 0.35% wrote the fraction of a percent.
    const text = (await templateText()).replace('churn_monthly: 2.5%', 'churn_monthly: 0.35');
    const dir = await planDir(text);
    const github = captureOutput();
    await check({ cwd: dir, format: 'github', output: github });
    expect(github.stdout).toContain(`::warning file=bizplan.yaml,line=${lineOf(text, 'churn_monthly:')},col=18,title=bizplan%3A implausible_rate::revenue_model.churn_monthly is 35%25 a month, more than the plausible 30%25. If you meant 0.35%25, write it as "0.35%25" or 0.0035: a plain 0.35 means 35%25.\n`);

    const zh = (await readFile(LLM_TEMPLATE, 'utf8')).replace(/new_customers_growth_monthly: \S+/, 'new_customers_growth_monthly: 8');
    const zhDir = await planDir(zh);
    const out = captureOutput();
    await calc({ cwd: zhDir, write: false, output: out });
    expect(out.stdout).toContain(`growth.new_customers_growth_monthly（第 ${lineOf(zh, 'new_customers_growth_monthly:')} 行）为每月 800%，超过合理上限 50%。如果你想写 8%，请写成 "8%" 或 0.08：不带百分号的 8 表示 800%。`);
  });

  it('is no warning at the bound itself', async () => {
    const text = (await templateText()).replace('new_customers_growth_monthly: 6%', 'new_customers_growth_monthly: 50%');
    expect(calculate(planFromText(text)).analysis.warnings.map((w) => w.code)).not.toContain('implausible_rate');
  });
});

describe('fixed costs against the team and the compute budget', () => {
  it('warns in calc when fixed costs are below the payroll plus the compute budget, and not at it', async () => {
    // The template's team: 5 x 16,000 + 4 x 14,000 + 4 x 12,000 + 1 x 10,000 = 194,000 of payroll, and 32,000 of compute.
    const text = await templateText();
    const payroll = calculate(planFromText(text.replace('fixed_costs_monthly: 240000', 'fixed_costs_monthly: 226000')));
    expect(payroll.analysis.warnings.map((w) => w.code)).not.toContain('fixed_costs_below_team');
    const dir = await planDir(text.replace('fixed_costs_monthly: 240000', 'fixed_costs_monthly: 225999.99'));
    const output = captureOutput();
    await calc({ cwd: dir, write: false, output });
    expect(output.stdout).toContain("! Fixed costs (resources.fixed_costs_monthly) are $225,999.99 a month, less than the team's payroll plus the compute budget, $226,000.00.");
  });
});

describe('seat pricing (FORMULAS.md)', () => {
  const seatPlan = async (keys: string) => (await templateText()).replace('pricing_model: hybrid', 'pricing_model: seat').replace(/\n {2}arpu_monthly: \S+\n/, `\n${keys}`);

  it('gives arpu_monthly as seats x price, and the same figures as the plan with arpu_monthly', async () => {
    const seats = planFromText(await seatPlan('  seats_per_customer: 12\n  price_per_seat_monthly: 200\n'));
    expect(seats.revenue_model.arpu_monthly.toString()).toBe('2400');
    const arpu = planFromText(await seatPlan('  arpu_monthly: 2400\n'));
    expect(calculate(seats).shown).toEqual(calculate(arpu).shown);
    expect(planFromText(await seatPlan('  arpu_monthly: 2400\n  seats_per_customer: 12\n  price_per_seat_monthly: 200\n')).revenue_model.arpu_monthly.toString()).toBe('2400');
  });

  it('takes the fast path with the same plan zod makes, and leaves a broken seat plan to zod', async () => {
    for (const keys of ['  seats_per_customer: 12\n  price_per_seat_monthly: 200\n', '  arpu_monthly: 2400\n  seats_per_customer: 12\n  price_per_seat_monthly: 200\n']) {
      const text = await seatPlan(keys);
      const fast = loadPlainPlan(text);
      expect(fast?.revenue_model.arpu_monthly.toString()).toBe('2400');
      expect(JSON.stringify(fast)).toBe(JSON.stringify(planFromText(text)));
    }
    expect(loadPlainPlan(await seatPlan('  arpu_monthly: 2500\n  seats_per_customer: 12\n  price_per_seat_monthly: 200\n'))).toBeUndefined();
    expect(loadPlainPlan(await seatPlan('  seats_per_customer: 12\n'))).toBeUndefined();
  });

  it('says at the key\'s line what is wrong with the seat keys', async () => {
    const problems = async (keys: string, pricing = 'seat') => {
      const text = (await seatPlan(keys)).replace('pricing_model: seat', `pricing_model: ${pricing}`);
      const loaded = loadPlan(text, 'bizplan.yaml');
      if (loaded.ok) throw new Error('the plan was accepted');
      return loaded.problems.map((p) => `${p.line} ${p.key}: ${p.message}`);
    };
    const text = await seatPlan('  arpu_monthly: 2500\n  seats_per_customer: 12\n  price_per_seat_monthly: 200\n');
    expect(await problems('  arpu_monthly: 2500\n  seats_per_customer: 12\n  price_per_seat_monthly: 200\n')).toEqual([
      `${lineOf(text, 'arpu_monthly:')} revenue_model.arpu_monthly: is 2500, but seats_per_customer x price_per_seat_monthly is 2400: give the same figure, or leave arpu_monthly out`,
    ]);
    expect(await problems('  seats_per_customer: 12\n')).toEqual([
      expect.stringMatching(/ revenue_model.price_per_seat_monthly: is required with seats_per_customer: arpu_monthly = seats_per_customer x price_per_seat_monthly$/),
    ]);
    expect(await problems('  seats_per_customer: 12\n  price_per_seat_monthly: 200\n', 'subscription')).toEqual([
      `${lineOf(text, 'seats_per_customer:') - 1} revenue_model.seats_per_customer: is for seat pricing only: set pricing_model: seat, or give arpu_monthly alone`,
      `${lineOf(text, 'price_per_seat_monthly:') - 1} revenue_model.price_per_seat_monthly: is for seat pricing only: set pricing_model: seat, or give arpu_monthly alone`,
    ]);
    expect(await problems('')).toEqual([expect.stringMatching(/ revenue_model.arpu_monthly: is required: add "arpu_monthly: ...", or seats_per_customer and price_per_seat_monthly$/)]);
    expect(await problems('  seats_per_customer: 0\n  price_per_seat_monthly: 200\n')).toEqual([expect.stringMatching(/ revenue_model.seats_per_customer: must be greater than 0 \(got 0\)$/)]);
  });
});
