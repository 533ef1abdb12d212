import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSimulation, runBlock, simulate, summarize } from '../../src/core/simulate/index.js';
import { deciles, nearestRank } from '../../src/core/simulate/percentiles.js';
import { argsort, correlation, ranks } from '../../src/core/simulate/rank-correlation.js';
import { Z90 } from '../../src/core/simulate/samplers/normal.js';
import { templatePlan } from '../helpers.js';

/** z of a two-sided 99.9% interval. */
const Z999 = 3.2905;
const binomialBound = (p: number, n: number) => Z999 * Math.sqrt((p * (1 - p)) / n);

/**
 * One month-2 cash-out worked by hand. 1,000 customers at month 0, none won, each paying 100
 * at no variable cost; fixed costs 80,000 a month; cash 100,000. With x = 1 - churn, customers
 * are 1,000x and 1,000x^2, so cash(1) = 20,000 + 100,000x (never below 0) and
 * cash(2) = 100,000 + 100,000 (x + x^2) - 160,000, below 0 exactly when x^2 + x < 0.6:
 * x < (-1 + sqrt(3.4)) / 2, churn above 1 - (-1 + sqrt(3.4)) / 2 = 0.578045...
 */
const handWorked = (uncertainty: Record<string, unknown>) =>
  templatePlan({
    'revenue_model.arpu_monthly': 100,
    'revenue_model.variable_cost_per_customer_monthly': 0,
    'revenue_model.cac': 0,
    'revenue_model.inference': undefined,
    'resources.cash': 100000,
    'resources.fixed_costs_monthly': 80000,
    'resources.hires': undefined,
    'resources.planned_costs': undefined,
    funding: undefined,
    compute: undefined,
    'growth.starting_customers': 1000,
    'growth.new_customers_monthly': 0,
    'growth.new_customers_growth_monthly': 0,
    'growth.horizon_months': 2,
    checks: { runway_months_min: 2 },
    uncertainty,
  });

describe('a cash-out probability worked by hand', () => {
  it('lies in the 99.9% binomial interval of the exact share', async () => {
    const plan = await handWorked({ 'revenue_model.churn_monthly': { low: '30%', high: '90%', dist: 'uniform' } });
    const threshold = 1 - (-1 + Math.sqrt(3.4)) / 2;
    const exact = (0.9 - threshold) / 0.6;
    const n = 20_000;
    const result = simulate(plan, { runs: n, seed: 2026 });
    expect(Math.abs(result.cash_out_probability - exact)).toBeLessThanOrEqual(binomialBound(exact, n));
    // Never out in month 1, so all of it arrives in month 2; runway is 1 month in exactly those runs.
    expect(result.cash_out_by_month).toEqual([0, result.cash_out_probability]);
    expect(result.cash_out_risk_months).toEqual({ p10: 2, p25: 2, p50: 2 });
    expect(result.check_failure_shares).toEqual({ runway_months_min: result.cash_out_probability });
    const half = 1.96 * Math.sqrt((result.cash_out_probability * (1 - result.cash_out_probability)) / n);
    expect(result.cash_out_interval[0]).toBeCloseTo(result.cash_out_probability - half, 12);
    expect(result.cash_out_interval[1]).toBeCloseTo(result.cash_out_probability + half, 12);
    // More churn, less cash: the one input drives min_cash all the way down.
    expect(result.drivers).toEqual([{ path: 'revenue_model.churn_monthly', rank_correlation: -1 }]);
    // The median run: the median churn of U(0.3, 0.9) is 0.6, so x = 0.4 and cash(2) = 100,000 + 56,000 - 160,000.
    // The sample median's share of the CDF lies within Z999 x sqrt(0.25 / n) of 0.5, so its churn within 0.6 x that
    // of 0.6, and cash(2) moves 100,000 (1 + 2x) = 180,000 per unit of churn there (and less than 1% more across it).
    const churnSlack = 0.6 * Z999 * Math.sqrt(0.25 / n);
    expect(Math.abs((result.percentiles.cash_end.p50 as number) + 4000)).toBeLessThanOrEqual(180_000 * 1.01 * churnSlack);
  });

  it('is exactly 0 or 1 with a range of zero width', async () => {
    for (const [churn, out] of [
      ['50%', 0],
      ['70%', 1],
    ] as const) {
      const plan = await handWorked({ 'revenue_model.churn_monthly': { low: churn, high: churn, dist: 'uniform' } });
      const result = simulate(plan, { runs: 500, seed: 1 });
      expect(result.cash_out_probability).toBe(out);
      expect(result.cash_out_interval).toEqual([out, out]);
      expect(result.drivers).toEqual([{ path: 'revenue_model.churn_monthly', rank_correlation: null }]);
    }
  });
});

describe('clamping', () => {
  it('moves draws outside an input\'s valid range into it, and counts them', async () => {
    // Normal churn with P10 = 1% and P90 = 5%: P(churn <= 0) = Phi(-0.03 / sd), sd = 0.04 / (2 x 1.28155...).
    const plan = await handWorked({
      'revenue_model.churn_monthly': { low: '1%', high: '5%', dist: 'normal' },
      'growth.new_customers_monthly': { low: 0, high: 4, dist: 'uniform' },
    });
    const sd = 0.04 / (2 * Z90);
    // Phi(-z) for z = 0.03 / sd, by the same erfc bound as the sampler tests would need; here a tail sum is plenty.
    const z = 0.03 / sd;
    const tail = normalTail(z);
    const n = 20_000;
    const model = compileSimulation(plan);
    const block = runBlock(model, 5, 0, n);
    const result = summarize(model, { runs: n, seed: 5 }, [block]);
    expect(Math.abs((result.clamped['revenue_model.churn_monthly'] as number) / n - tail)).toBeLessThanOrEqual(binomialBound(tail, n));
    // A uniform draw inside its valid range is never clamped: 0 is listed all the same.
    expect(result.clamped['growth.new_customers_monthly']).toBe(0);
    const churnDraws = block.draws.subarray(0, n);
    expect(Math.min(...churnDraws)).toBeGreaterThan(0);
    expect(Math.min(...churnDraws)).toBeLessThan(1e-14);
  });

  it('keeps whole-number inputs whole and within their months', async () => {
    // Ranges hold only values their inputs can take; a normal's tails still reach past them.
    const plan = await templatePlan({ uncertainty: { 'funding[0].month': { low: 200, high: 240, dist: 'normal' }, 'resources.hires[0].count': { low: 1, high: 3, dist: 'normal' } } });
    const model = compileSimulation(plan);
    const n = 4000;
    const block = runBlock(model, 9, 0, n);
    const months = block.draws.subarray(0, n);
    expect(months.every((m) => Number.isInteger(m) && m >= 1 && m <= 240)).toBe(true);
    const counts = block.draws.subarray(n, 2 * n);
    expect(counts.every((c) => Number.isInteger(c) && c >= 1)).toBe(true);
    const result = summarize(model, { runs: n, seed: 9 }, [block]);
    // Rounded half up, a month is past 240 for a draw of 240.5 or more, a count below 1 for a draw below 0.5:
    // the normal tails beyond (240.5 - 220) / sd and (2 - 0.5) / sd, sd = (high - low) / (2 Z90).
    for (const [path, z] of [
      ['funding[0].month', 20.5 / (40 / (2 * Z90))],
      ['resources.hires[0].count', 1.5 / (2 / (2 * Z90))],
    ] as const) {
      const p = normalTail(z);
      expect(p).toBeGreaterThan(0.01);
      expect(Math.abs((result.clamped[path] as number) / n - p)).toBeLessThanOrEqual(binomialBound(p, n));
    }
  });
});

/** P(Z > z) for the standard normal, by integrating its density with Simpson's rule from z to z + 12. */
function normalTail(z: number): number {
  const steps = 20_000;
  const h = 12 / steps;
  const f = (x: number) => Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
  let sum = 0;
  for (let i = 0; i < steps; i++) {
    const a = z + i * h;
    sum += (h / 6) * (f(a) + 4 * f(a + h / 2) + f(a + h));
  }
  return sum;
}

describe('percentiles', () => {
  it('are the nearest-rank values of the sorted numbers, nulls above every number', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(Number.NaN), fc.integer({ min: -3, max: 3 })), { minLength: 1, maxLength: 300 }), (values) => {
        const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
        const expected = (tenths: number) => sorted[nearestRank(values.length, tenths) - 1] ?? null;
        const got = deciles(Float64Array.from(values), values.length);
        // -0 and 0 are one number: which of the two a tie lands on does not matter.
        const plain = (v: number | null) => (v === 0 ? 0 : v);
        expect([got.p10, got.p50, got.p90].map(plain)).toEqual([expected(1), expected(5), expected(9)].map(plain));
      }),
      { numRuns: 500 },
    );
  });

  it('are the same through the histogram path of large samples: long tails, ties, nulls, huge and tiny values', () => {
    const shapes = [
      (u: number) => u * 1000 - 300,
      (u: number) => Math.exp(u * 30) * (u > 0.5 ? 1 : -1),
      (u: number) => Math.floor(u * 7),
      (u: number) => (u < 0.05 ? Number.NaN : u < 0.1 ? 1e300 : u < 0.15 ? -1e300 : u * 1e-9),
      (u: number) => (u < 0.95 ? 42 : u),
    ];
    fc.assert(
      fc.property(fc.integer({ min: 2049, max: 12_000 }), fc.integer({ min: 0, max: shapes.length - 1 }), fc.integer({ min: 1, max: 2 ** 31 - 2 }), (n, shape, seed) => {
        let state = seed;
        const values = Array.from({ length: n }, () => {
          state = (state * 16807) % 2147483647;
          return (shapes[shape] as (u: number) => number)(state / 2147483647);
        });
        const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
        const expected = (tenths: number) => sorted[nearestRank(n, tenths) - 1] ?? null;
        const got = deciles(Float64Array.from(values), n);
        expect([got.p10, got.p50, got.p90]).toEqual([expected(1), expected(5), expected(9)]);
      }),
      { numRuns: 60 },
    );
  });

  it('take rank ceil(q N) exactly, with no binary fraction moving it', () => {
    expect([nearestRank(10, 1), nearestRank(10, 5), nearestRank(10, 9)]).toEqual([1, 5, 9]);
    expect([nearestRank(11, 1), nearestRank(11, 5), nearestRank(11, 9)]).toEqual([2, 6, 10]);
    expect(nearestRank(1_000_000, 1)).toBe(100_000);
    expect(nearestRank(1, 9)).toBe(1);
  });
});

describe('rank correlation', () => {
  it('gives tied values their mean rank, and Spearman\'s rho of known cases', () => {
    expect([...ranks(Float64Array.of(10, 20, 20, 5))]).toEqual([2, 3.5, 3.5, 1]);
    const x = Float64Array.of(1, 2, 3, 4, 5);
    expect(correlation(ranks(x), ranks(Float64Array.of(2, 4, 8, 16, 32)))).toBe(1);
    expect(correlation(ranks(x), ranks(Float64Array.of(5, 4, 3, 2, 1)))).toBe(-1);
    // d = (0, 0, 1, -1, 0): rho = 1 - 6 x 2 / (5 x 24) = 0.9.
    expect(correlation(ranks(x), ranks(Float64Array.of(1, 2, 4, 3, 5)))).toBeCloseTo(0.9, 12);
    expect(correlation(ranks(x), ranks(Float64Array.of(7, 7, 7, 7, 7)))).toBeNull();
  });
});

describe('argsort', () => {
  it('orders doubles as numbers do, negatives, zeros and ties included', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -2, max: 2 }), fc.constantFrom(-0, 0, 1e-300, -1e-300)), { maxLength: 400 }), (values) => {
        const order = argsort(Float64Array.from(values));
        const sorted = [...order].map((i) => values[i] as number);
        const expected = [...values].sort((a, b) => a - b);
        expect(sorted.map((v) => (Object.is(v, -0) ? 0 : v))).toEqual(expected.map((v) => (Object.is(v, -0) ? 0 : v)));
        expect(new Set(order).size).toBe(values.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the module graph', () => {
  it('never loads zod or the yaml library: a report simulates a plan that the fast path read', async () => {
    const { build } = await import('esbuild');
    const result = await build({ entryPoints: ['src/core/simulate/index.ts'], bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((file) => file.includes('src/core/simulate/kernel.ts'))).toBe(true);
    expect(inputs.filter((file) => /node_modules\/(zod|yaml)\/|plan\/schema\.ts|plan\/fields\.ts/.test(file))).toEqual([]);
  });
});
