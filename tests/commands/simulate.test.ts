import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/commands/simulate.js';
import { renderSimulationJson } from '../../src/core/render/simulation.js';
import { simulate as simulateCore, type RunBlock } from '../../src/core/simulate/index.js';
import { UserError } from '../../src/shell/errors.js';
import { claimRuns, runClaimed, type StartThread } from '../../src/shell/parallel-simulate.js';
import { captureOutput, planFromText, tempDir, templateText } from '../helpers.js';
import { RANGES } from './simulate-fixtures.js';


async function planIn(text: string): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'bizplan.yaml'), text);
  return dir;
}

async function run(dir: string, options: Partial<Parameters<typeof simulate>[0]> = {}): Promise<string> {
  const output = captureOutput();
  expect(await simulate({ cwd: dir, output, ...options })).toBe(0);
  expect(output.stderr).toBe('');
  return output.stdout;
}

/**
 * Other "threads" in this process, each claiming blocks from the same counter as a worker
 * would, handing its blocks over as a worker does (a structured clone with the arrays moved),
 * and taking turns with the main thread, so claims interleave.
 */
const handedOver = { blocks: 0 };
const inProcess: StartThread = (job) => ({
  blocks: (async function* (): AsyncGenerator<RunBlock> {
    for (let claim = claimRuns(job); claim; claim = claimRuns(job)) {
      await new Promise((resolve) => setImmediate(resolve));
      const block = runClaimed(job, claim);
      handedOver.blocks++;
      yield structuredClone(block, { transfer: [block.figures.buffer, block.draws.buffer] as ArrayBuffer[] });
    }
  })(),
  stop: () => Promise.resolve(),
});

const decimals = (n: number) => (Number.isInteger(n) ? 0 : (String(n).split('.')[1] ?? '').length);

describe('bizplan simulate', () => {
  it('prints the issue\'s JSON shape, keys in its order, money to cents and shares to 4 places', async () => {
    const dir = await planIn(`${await templateText()}${RANGES}`);
    const json = JSON.parse(await run(dir, { format: 'json', runs: '2000', seed: '7' })) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'plan',
      'runs',
      'seed',
      'cash_out_probability',
      'cash_out_interval',
      'cash_out_by_month',
      'percentiles',
      'cash_by_month',
      'check_failure_shares',
      'clamped',
      'cash_out_risk_months',
      'drivers',
      'fan_chart_runs',
      'drivers_runs',
    ]);
    expect([json.plan, json.runs, json.seed, json.fan_chart_runs]).toEqual(['bizplan.yaml', 2000, 7, 2000]);
    const byMonth = json.cash_out_by_month as number[];
    expect(byMonth).toHaveLength(36);
    expect(byMonth.at(-1)).toBe(json.cash_out_probability);
    expect(byMonth).toEqual([...byMonth].sort((a, b) => a - b));
    const [low, high] = json.cash_out_interval as [number, number];
    const p = json.cash_out_probability as number;
    expect(low).toBeLessThan(p);
    expect(high).toBeGreaterThan(p);
    // p +- 1.96 sqrt(p (1 - p) / N), shown to 4 places.
    expect(high).toBeCloseTo(p + 1.96 * Math.sqrt((p * (1 - p)) / 2000), 4);
    for (const share of [p, low, high, ...byMonth, ...Object.values(json.check_failure_shares as Record<string, number>)]) expect(decimals(share)).toBeLessThanOrEqual(4);
    const percentiles = json.percentiles as Record<string, { p10: number | null; p50: number | null; p90: number | null }>;
    expect(Object.keys(percentiles)).toEqual(['min_cash', 'funding_gap', 'cash_end', 'customers_end', 'arr_end', 'ltv', 'ltv_to_cac', 'cac_payback_months', 'break_even_month', 'runway_months']);
    for (const [key, p3] of Object.entries(percentiles)) {
      expect(Object.keys(p3)).toEqual(['p10', 'p50', 'p90']);
      const places = ['min_cash', 'funding_gap', 'cash_end', 'arr_end', 'ltv'].includes(key) ? 2 : 4;
      for (const v of Object.values(p3)) if (v !== null) expect(decimals(v), key).toBeLessThanOrEqual(places);
    }
    const fan = json.cash_by_month as Record<string, number[]>;
    expect(Object.keys(fan)).toEqual(['p10', 'p50', 'p90']);
    for (const line of Object.values(fan)) {
      expect(line).toHaveLength(36);
      for (const v of line) expect(decimals(v)).toBeLessThanOrEqual(2);
    }
    expect(Object.keys(json.check_failure_shares as object)).toEqual(['ltv_to_cac_min', 'cac_payback_months_max', 'break_even_month_max', 'runway_months_min', 'funding_gap_max', 'burn_multiple_max']);
    expect(json.clamped).toEqual({ 'revenue_model.churn_monthly': 0, 'growth.new_customers_monthly': 0, 'revenue_model.cac': 0 });
    expect((json.drivers as Array<{ path: string }>).map((d) => d.path).sort()).toEqual(['growth.new_customers_monthly', 'revenue_model.cac', 'revenue_model.churn_monthly']);
  });

  it('gives the same bytes as the core in one block, on 1, 2 and 3 threads, and from the plan\'s own settings', async () => {
    const text = `${await templateText()}${RANGES}simulation: { runs: 30000, seed: 42 }\n`;
    const dir = await planIn(text);
    const expected = renderSimulationJson('bizplan.yaml', simulateCore(planFromText(text), { runs: 30_000, seed: 42 }));
    for (const threads of [1, 2, 3]) {
      handedOver.blocks = 0;
      expect(await run(dir, { format: 'json', threads, startThread: inProcess }), `${threads} threads`).toBe(expected);
      // The other threads did take blocks: 15 of 2,000 runs are shared out.
      if (threads === 1) expect(handedOver.blocks).toBe(0);
      else expect(handedOver.blocks).toBeGreaterThan(0);
    }
    // The flags override the plan's settings, and a different seed gives different draws.
    const other = JSON.parse(await run(dir, { format: 'json', seed: '43', runs: '30000' })) as { seed: number; cash_out_probability: number; percentiles: unknown };
    expect(other.seed).toBe(43);
    expect(other.percentiles).not.toEqual((JSON.parse(expected) as { percentiles: unknown }).percentiles);
  });

  it('speaks the plan\'s language in 80 columns, and writes Markdown', async () => {
    const text = `${await templateText()}${RANGES}`;
    const en = await run(await planIn(text), { runs: '2000' });
    const lines = en.trimEnd().split('\n');
    expect(lines[0]).toBe('Simulation of bizplan.yaml: 2,000 runs, seed 1');
    expect(lines[2]).toMatch(/^Cash runs out within 36 months in \d+\.\d\d% of runs \(95% interval \d+\.\d\d% to/);
    expect(en).toMatch(/\nFigure +P10 +P50 +P90\nLowest cash +-?\$[\d,]+ +-?\$[\d,]+ +-?\$[\d,]+\n/);
    expect(en).toMatch(/\n {2}runway_months_min: fails in \d+\.\d\d% of runs\n/);
    expect(Math.max(...lines.map((l) => stringWidth(l)))).toBeLessThanOrEqual(80);
    const zh = await run(await planIn(text.replace(/^language: en$/m, 'language: zh')), { runs: '2000' });
    expect(zh.split('\n')[0]).toBe('bizplan.yaml 的模拟：2,000 次，随机种子 1');
    expect(zh).toMatch(/36 个月内现金耗尽的概率为 \d+\.\d\d%（95% 区间 /);
    expect(zh).toContain('runway_months_min：');
    expect(Math.max(...zh.trimEnd().split('\n').map((l) => stringWidth(l)))).toBeLessThanOrEqual(80);
    const markdown = await run(await planIn(text), { runs: '2000', format: 'markdown' });
    expect(markdown).toMatch(/\n\| Lowest cash \| -?\\\$[\d,]+ \| -?\\\$[\d,]+ \| -?\\\$[\d,]+ \|\n/);
    expect(markdown).toContain('| Figure | P10 | P50 | P90 |\n| --- | ---: | ---: | ---: |');
  });

  it('says how to add ranges to a plan without any, and refuses flags out of range before reading the plan', async () => {
    for (const text of [await templateText(), `${await templateText()}uncertainty: {}\n`]) {
      const dir = await planIn(text);
      const error = await simulate({ cwd: dir, output: captureOutput() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).lines[0]).toBe('bizplan.yaml: the plan has no uncertainty: section, so there is nothing to simulate. Give a range to each input you are unsure of, for example:');
      expect((error as UserError).lines.slice(1).join('\n')).toContain('  uncertainty:\n    revenue_model.churn_monthly: { low: "1.5%", high: "5%" }');
    }
    const missing = await tempDir();
    const cases: Array<[Record<string, string>, string]> = [
      [{ runs: '0' }, '--runs: must be a whole number from 1 to 10000000 (got "0")'],
      [{ runs: '20000000' }, '--runs: must be a whole number from 1 to 10000000 (got "20000000")'],
      [{ runs: '1.5' }, '--runs: must be a whole number from 1 to 10000000 (got "1.5")'],
      [{ runs: 'many' }, '--runs: must be a whole number from 1 to 10000000 (got "many")'],
      [{ seed: '-1' }, '--seed: must be a whole number from 0 to 1000000000000000 (got "-1")'],
      [{ seed: '1e16' }, '--seed: must be a whole number from 0 to 1000000000000000 (got "1e16")'],
      [{ format: 'yaml' }, '--format: must be one of text, json, markdown (got "yaml")'],
    ];
    for (const [flags, message] of cases) await expect(simulate({ cwd: missing, output: captureOutput(), ...flags }), JSON.stringify(flags)).rejects.toThrow(new UserError(message));
  });
});

describe('how many threads a simulation takes', () => {
  it('one until the work pays for starting another, then one a core', async () => {
    const { threadCount } = await import('../../src/shell/parallel-simulate.js');
    expect(threadCount(10_000, 120, 2)).toBe(1);
    expect(threadCount(41_000, 120, 2)).toBe(1);
    expect(threadCount(42_000, 120, 2)).toBe(2);
    expect(threadCount(100_000, 36, 2)).toBe(1);
    expect(threadCount(1_000_000, 120, 2)).toBe(2);
    expect(threadCount(1_000_000, 120, 8)).toBe(8);
    expect(threadCount(10_000_000, 240, 1)).toBe(1);
  });
});
