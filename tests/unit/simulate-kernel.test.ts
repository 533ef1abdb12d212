import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { Decimal } from 'decimal.js';
import { calculate } from '../../src/core/calculate.js';
import { compileSimulation, runBlock, simulate, summarize, SIMULATED_FIGURES } from '../../src/core/simulate/index.js';
import { NUMBER_INPUTS } from '../../src/core/plan/fast-validator.generated.js';
import { loadPlan } from '../../src/core/plan/load.js';
import type { Plan } from '../../src/core/plan/schema.js';
import { FIGURE } from '../../src/core/simulate/figures.js';
import { deciles } from '../../src/core/simulate/percentiles.js';
import { planFromText, templateText } from '../helpers.js';

// The float kernel is a second implementation of the projection, only for speed (DESIGN.md,
// "One projection"). With every range of zero width it must give the exact model's figures to
// a relative 1e-9 (FORMULAS.md), month by month and figure by figure, on generated plans that
// use every feature: hires, planned costs, rounds, seat pricing, inference with a price trend,
// self-hosting and training runs.

let template = '';
beforeAll(async () => {
  template = await templateText();
});

function planText(changes: Record<string, unknown>): string {
  const doc = parseDocument(template);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) doc.deleteIn(key.split('.'));
    else doc.setIn(key.split('.'), value);
  }
  return doc.toString();
}

/** A decimal with `places` places from `min` to `max`, as a plan writes it. */
const amount = (min: number, max: number, places = 2) => fc.integer({ min: Math.round(min * 10 ** places), max: Math.round(max * 10 ** places) }).map((n) => n / 10 ** places);
const month = fc.integer({ min: 1, max: 150 });

const hire = fc.record({ role: fc.constant('Engineer'), count: fc.integer({ min: 1, max: 4 }), monthly_cost: amount(0, 30_000), start_month: month });
const plannedCost = fc.oneof(
  fc.record({ what: fc.constant('Audit'), month, amount: amount(0, 500_000) }),
  fc.record({ what: fc.constant('Office'), from_month: fc.integer({ min: 1, max: 100 }), monthly: amount(0, 50_000) }, { requiredKeys: ['what', 'from_month', 'monthly'] }),
  fc.record({ what: fc.constant('Tooling'), from_month: fc.integer({ min: 1, max: 60 }), to_month: fc.integer({ min: 60, max: 150 }), monthly: amount(0, 20_000) }),
);
const round = fc.record({ round: fc.constant('Seed'), month, amount: amount(1, 20_000_000) });
const inference = fc.record(
  {
    requests_per_customer_monthly: fc.integer({ min: 0, max: 50_000 }),
    input_tokens_per_request: fc.integer({ min: 0, max: 8000 }),
    output_tokens_per_request: fc.integer({ min: 0, max: 2000 }),
    input_price_per_million: amount(0, 10),
    output_price_per_million: amount(0, 40),
    cached_input_share: amount(0, 1),
    cached_input_price_per_million: amount(0, 1),
    overhead_multiplier: amount(1, 3, 1),
    price_change_yearly: amount(-0.5, 0.3),
  },
  { requiredKeys: ['requests_per_customer_monthly', 'input_tokens_per_request', 'output_tokens_per_request', 'input_price_per_million', 'output_price_per_million'] },
);
const selfHosting = fc.record(
  {
    gpu_hourly_price: amount(0.5, 6),
    input_tokens_per_second_per_gpu: fc.integer({ min: 500, max: 20_000 }),
    output_tokens_per_second_per_gpu: fc.integer({ min: 100, max: 3000 }),
    utilization: amount(0.2, 1),
    min_gpus: fc.integer({ min: 0, max: 8 }),
    ops_cost_monthly: amount(0, 40_000),
    serve_from: fc.constantFrom('api', 'self_hosted'),
  },
  { requiredKeys: ['gpu_hourly_price', 'input_tokens_per_second_per_gpu', 'output_tokens_per_second_per_gpu', 'utilization'] },
);
const trainingRun = fc.oneof(
  fc.record({ what: fc.constant('Fine-tune'), month, gpu_hours: fc.integer({ min: 1, max: 100_000 }), gpu_hourly_price: amount(0.5, 5) }),
  fc.record({ what: fc.constant('Base'), month, parameters: fc.constantFrom(1e9, 7e9), tokens: fc.constantFrom(1e10, 2e11), gpu_peak_tflops: fc.constantFrom(300, 989), mfu: amount(0.2, 0.6), gpu_hourly_price: amount(0.5, 5) }),
);

const planChanges = fc
  .record({
    seats: fc.option(fc.record({ seats: fc.integer({ min: 1, max: 50 }), price: amount(5, 200) }), { nil: undefined }),
    arpu: amount(1, 5000),
    variable: amount(0, 3000),
    churn: amount(0.001, 1, 4),
    cac: amount(0, 20_000),
    cash: amount(0, 5_000_000),
    fixed: amount(0, 400_000),
    starting: fc.integer({ min: 0, max: 2000 }),
    wins: amount(0, 300, 1),
    growth: amount(-0.3, 0.3, 3),
    horizon: fc.integer({ min: 1, max: 120 }),
    hires: fc.array(hire, { maxLength: 2 }),
    costs: fc.array(plannedCost, { maxLength: 2 }),
    rounds: fc.array(round, { maxLength: 2 }),
    inference: fc.option(inference, { nil: undefined }),
    hosting: fc.option(selfHosting, { nil: undefined }),
    runs: fc.array(trainingRun, { maxLength: 2 }),
  })
  .map((g) => {
    const hosting = g.inference ? g.hosting : undefined;
    return {
      'revenue_model.pricing_model': g.seats ? 'seat' : 'hybrid',
      'revenue_model.arpu_monthly': g.seats ? undefined : g.arpu,
      'revenue_model.seats_per_customer': g.seats?.seats,
      'revenue_model.price_per_seat_monthly': g.seats?.price,
      'revenue_model.variable_cost_per_customer_monthly': g.variable,
      'revenue_model.churn_monthly': g.churn,
      'revenue_model.cac': g.cac,
      'revenue_model.inference': g.inference,
      'resources.cash': g.cash,
      'resources.fixed_costs_monthly': g.fixed,
      'resources.hires': g.hires,
      'resources.planned_costs': g.costs,
      funding: g.rounds,
      compute: { ...(hosting ? { self_hosting: hosting } : {}), training_runs: g.runs },
      'growth.starting_customers': g.starting,
      'growth.new_customers_monthly': g.wins,
      'growth.new_customers_growth_monthly': g.growth,
      'growth.horizon_months': g.horizon,
    };
  });

/** Paths a generated plan may hold fixed by a zero-width range, with each distribution. */
const FIXABLE = ['revenue_model.churn_monthly', 'revenue_model.cac', 'resources.fixed_costs_monthly', 'growth.new_customers_monthly', 'resources.cash', 'growth.horizon_months'];

const close = (actual: number, expected: number, scale: number) => Math.abs(actual - expected) <= 1e-9 * Math.max(Math.abs(expected), scale);
const num = (d: Decimal | null | boolean) => (d === null || typeof d === 'boolean' ? null : d.toNumber());

describe('the float kernel against calculate()', () => {
  it('gives every figure and cash(m) of every month to a relative 1e-9 with zero-width ranges', () => {
    fc.assert(
      fc.property(planChanges, fc.subarray(FIXABLE), fc.constantFrom('pert', 'triangular', 'uniform', 'normal', 'lognormal'), (changes, fixed, dist) => {
        const base = planFromText(planText(changes));
        // Each fixed input gets a range of zero width at its own value (lognormal needs it above 0).
        const uncertainty: Record<string, unknown> = {};
        for (const path of fixed) {
          const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], base) as Decimal;
          if (dist === 'lognormal' && !value.gt(0)) continue;
          uncertainty[path] = { low: value.toNumber(), high: value.toNumber(), dist };
        }
        const plan = planFromText(planText({ ...changes, uncertainty: Object.keys(uncertainty).length > 0 ? uncertainty : undefined }));
        const exact = calculate(plan);
        const metrics = exact.analysis.metrics;
        const result = simulate(plan, { runs: 3, seed: 11 });
        // The scale of the plan's money: cash near 0 is a difference of sums this large.
        const scale = Math.max(1, ...exact.analysis.projection.flatMap((m) => [m.cash.abs().toNumber(), m.revenue.toNumber(), m.costs.toNumber()]), plan.resources.cash.toNumber());
        exact.analysis.projection.forEach((m, i) => {
          expect(close(result.cash_by_month.p50[i] as number, m.cash.toNumber(), scale), `cash(${m.month})`).toBe(true);
        });
        for (const figure of SIMULATED_FIGURES) {
          const value = result.percentiles[figure];
          const want = num(metrics[figure]);
          expect(value.p10).toBe(value.p90);
          if (want === null) expect(value.p50, figure).toBeNull();
          else if (figure === 'break_even_month' || figure === 'runway_months') expect(value.p50, figure).toBe(want);
          else expect(close(value.p50 as number, want, figure.startsWith('ltv') || figure.startsWith('cac') || figure === 'customers_end' ? 1 : scale), `${figure}: ${String(value.p50)} against ${want}`).toBe(true);
        }
        // Zero-width ranges: cash runs out in every run or in none.
        expect(result.cash_out_probability).toBe(metrics.runway_months === null ? 0 : 1);
        for (const check of exact.checks) expect(result.check_failure_shares[check.name], check.name).toBe(check.pass ? 0 : 1);
      }),
      { numRuns: 150 },
    );
  });
});

/** Every numeric input path the plan holds, list items by index: what an uncertainty range may name. */
function numericPaths(plan: Plan): string[] {
  return Object.keys(NUMBER_INPUTS).flatMap((key) => {
    const [list, field] = key.split('[].');
    if (field === undefined) return key === 'checks.cash_out_probability_max' ? [] : [key];
    const items = (list as string).split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], plan);
    return Array.isArray(items) ? items.map((_, i) => `${list as string}[${i}].${field}`) : [];
  });
}

/** The YAML path segments of a plan path: `funding[0].month` -> funding, 0, month. */
const segmentsOf = (path: string) =>
  // split() gives undefined for the index group where a dot matched.
  (path.split(/\.|\[(\d+)\]/) as (string | undefined)[]).filter((s): s is string => s !== undefined && s !== '').map((s) => (/^\d+$/.test(s) ? Number(s) : s));

const valueAt = (plan: unknown, path: string) => segmentsOf(path).reduce<unknown>((node, k) => (node as Record<string | number, unknown> | undefined)?.[k], plan);

describe('every input a range may name', () => {
  it('fixed by a zero-width uniform range at a new value, gives calculate() of the plan with that value', () => {
    fc.assert(
      fc.property(planChanges, fc.nat(), fc.integer({ min: 1, max: 240 }), fc.integer({ min: 50, max: 150 }), (changes, pick, whole, percent) => {
        const text = planText(changes);
        const base = planFromText(text);
        const paths = numericPaths(base);
        const path = paths[pick % paths.length] as string;
        const rule = NUMBER_INPUTS[path.replace(/\[\d+\]/g, '[]')]?.rule;
        if (!rule) throw new Error(path);
        // A new value the rule allows: a whole month or count, or the plan's value moved 50% either way (6 digits).
        const current = valueAt(base, path) as Decimal | undefined;
        let value = rule.integer ? Math.min(whole, rule.max?.value ?? 40) : Number((((current?.toNumber() ?? 1) || 1) * (percent / 100)).toPrecision(6));
        if (rule.max && value > rule.max.value) value = rule.max.value;
        if (rule.min && (rule.min.exclusive ? value <= rule.min.value : value < rule.min.value)) return;
        // The exact model: the plan with the new value, if the plan is still valid with it (a to_month before its from_month is not).
        const doc = parseDocument(text);
        doc.setIn(segmentsOf(path), value);
        const changed = loadPlan(doc.toString(), 'changed.yaml');
        fc.pre(changed.ok);
        const exact = calculate(changed.value);
        // The simulation: the plan as it was, the input fixed at the value by a range of zero width.
        // (As the file had it: seat pricing derives arpu_monthly, which the file then leaves out.)
        const written = valueAt(parseDocument(text).toJS() as unknown, path);
        if (written === undefined) doc.deleteIn(segmentsOf(path));
        else doc.setIn(segmentsOf(path), written);
        doc.set('uncertainty', { [path]: { low: value, high: value, dist: 'uniform' } });
        const plan = planFromText(doc.toString());
        const result = simulate(plan, { runs: 2, seed: 3 });
        const metrics = exact.analysis.metrics;
        const scale = Math.max(1, ...exact.analysis.projection.flatMap((m) => [m.cash.abs().toNumber(), m.revenue.toNumber(), m.costs.toNumber()]), changed.value.resources.cash.toNumber());
        exact.analysis.projection.forEach((m, i) => {
          expect(close(result.cash_by_month.p50[i] as number, m.cash.toNumber(), scale), `${path}=${value}: cash(${m.month})`).toBe(true);
        });
        for (const figure of SIMULATED_FIGURES) {
          const got = result.percentiles[figure].p50;
          const want = num(metrics[figure]);
          if (want === null) expect(got, `${path}=${value}: ${figure}`).toBeNull();
          else if (figure === 'break_even_month' || figure === 'runway_months') expect(got, `${path}=${value}: ${figure}`).toBe(want);
          else expect(close(got as number, want, figure.startsWith('ltv') || figure.startsWith('cac') || figure === 'customers_end' ? 1 : scale), `${path}=${value}: ${figure} ${String(got)} against ${want}`).toBe(true);
        }
        for (const check of exact.checks) expect(result.check_failure_shares[check.name], `${path}=${value}: ${check.name}`).toBe(check.pass ? 0 : 1);
        expect(Object.keys(result.clamped)).toEqual([path]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('determinism', () => {
  it('gives the same summary however the runs are split into blocks, in any order', async () => {
    const plan = planFromText(
      planText({
        uncertainty: {
          'revenue_model.churn_monthly': { low: '1.5%', high: '5%' },
          'growth.new_customers_monthly': { low: 6, high: 20, dist: 'triangular' },
          'revenue_model.inference.output_price_per_million': { low: 2, high: 8, dist: 'lognormal' },
          'funding[0].month': { low: 12, high: 30, dist: 'uniform' },
        },
      }),
    );
    const model = compileSimulation(plan);
    const settings = { runs: 2000, seed: 42 };
    const whole = summarize(model, settings, [runBlock(model, 42, 0, 2000)]);
    const split = summarize(model, settings, [runBlock(model, 42, 1500, 500), runBlock(model, 42, 0, 700), runBlock(model, 42, 700, 800)]);
    expect(JSON.stringify(split)).toBe(JSON.stringify(whole));
    expect(JSON.stringify(simulate(plan, settings))).toBe(JSON.stringify(whole));
    // A structured clone, as a worker receives the model, runs the same.
    const cloned = structuredClone(model);
    expect(JSON.stringify(summarize(cloned, settings, [runBlock(cloned, 42, 0, 2000)]))).toBe(JSON.stringify(whole));
    // Another seed gives other runs.
    expect(simulate(plan, { runs: 2000, seed: 43 }).percentiles.min_cash.p50).not.toBe(whole.percentiles.min_cash.p50);
    await Promise.resolve();
  });

  it('keeps cash(m) and the draws of the first runs only, and says over how many runs it ranked them', () => {
    const plan = planFromText(planText({ uncertainty: { 'revenue_model.churn_monthly': { low: '1.5%', high: '5%' }, 'resources.cash': { low: 3e6, high: 7e6, dist: 'uniform' } } }));
    const model = compileSimulation(plan);
    const settings = { runs: 900, seed: 5 };
    // Caps of 250 (cash by month) and 400 (draws) cross the blocks' edges.
    const blocks = [runBlock(model, 5, 0, 300, 250, 400), runBlock(model, 5, 300, 300, 250, 400), runBlock(model, 5, 600, 300, 250, 400)];
    expect(blocks.map((b) => b.cashByMonth.length / model.horizon)).toEqual([250, 0, 0]);
    expect(blocks.map((b) => b.draws.length / 2)).toEqual([300, 100, 0]);
    const capped = summarize(model, settings, blocks);
    expect(capped.cash_by_month.runs).toBe(250);
    expect(capped.drivers_runs).toBe(400);
    // The same as ranking those first runs alone.
    const first = (runs: number) => summarize(model, { runs, seed: 5 }, [runBlock(model, 5, 0, runs)]);
    expect(capped.cash_by_month).toEqual(first(250).cash_by_month);
    expect(capped.drivers).toEqual(first(400).drivers);
    // Everything else is over all 900 runs, as without caps.
    const whole = first(900);
    expect(capped.percentiles).toEqual(whole.percentiles);
    expect(capped.cash_out_by_month).toEqual(whole.cash_out_by_month);
  });

  it('counts the month figures: the same percentiles as ranking each run\'s month', () => {
    const plan = planFromText(planText({ 'growth.horizon_months': 60, uncertainty: { 'revenue_model.churn_monthly': { low: '1%', high: '9%' }, 'resources.cash': { low: 1e6, high: 9e6, dist: 'uniform' }, 'growth.new_customers_monthly': { low: 2, high: 30, dist: 'uniform' } } }));
    const model = compileSimulation(plan);
    for (const runs of [1, 7, 10, 1001, 3000]) {
      const block = runBlock(model, 8, 0, runs);
      const result = summarize(model, { runs, seed: 8 }, [block]);
      const ranked = (months: Uint16Array, shift: number) => deciles(Float64Array.from(months, (m) => (m === 0 ? Number.NaN : m + shift)), runs);
      expect(result.percentiles.break_even_month).toEqual(ranked(block.breakEvenMonth, 0));
      expect(result.percentiles.runway_months).toEqual(ranked(block.firstCashOut, -1));
    }
    // Both nulls and months occur at these ranges: the test sees both sides.
    const block = runBlock(model, 8, 0, 3000);
    expect(block.firstCashOut.some((m) => m === 0) && block.firstCashOut.some((m) => m > 0)).toBe(true);
    expect(block.breakEvenMonth.some((m) => m === 0) && block.breakEvenMonth.some((m) => m > 0)).toBe(true);
  });

  it('refuses blocks that miss or repeat runs', () => {
    const plan = planFromText(template);
    const model = compileSimulation(plan);
    expect(() => summarize(model, { runs: 10, seed: 1 }, [runBlock(model, 1, 0, 5), runBlock(model, 1, 4, 6)])).toThrow(/do not cover/);
    expect(() => summarize(model, { runs: 10, seed: 1 }, [runBlock(model, 1, 0, 5)])).toThrow(/cover 5 runs, not 10/);
  });
});

describe('a range on the horizon', () => {
  it('gives results by month up to the longest horizon a run can draw, each run\'s cash held after its own ends', () => {
    const plan = planFromText(planText({ 'growth.horizon_months': 36, uncertainty: { 'growth.horizon_months': { low: 12, high: 24, dist: 'uniform' } } }));
    const model = compileSimulation(plan);
    expect(model.horizon).toBe(24);
    const runs = 400;
    const block = runBlock(model, 4, 0, runs);
    const result = summarize(model, { runs, seed: 4 }, [block]);
    expect(result.cash_by_month.p50).toHaveLength(24);
    expect(result.cash_out_by_month).toHaveLength(24);
    for (let r = 0; r < runs; r++) {
      const horizon = block.draws[r] as number;
      expect(Number.isInteger(horizon) && horizon >= 12 && horizon <= 24).toBe(true);
      // cash_end is cash(horizon) of the run, and the months after it hold it.
      const cashEnd = block.figures[FIGURE.cash_end * runs + r] as number;
      for (let m = horizon; m <= 24; m++) expect(block.cashByMonth[(m - 1) * runs + r]).toBe(cashEnd);
    }
    // A fixed horizon shorter than the plan's: results by month stop there.
    const fixed = compileSimulation(planFromText(planText({ 'growth.horizon_months': 36, uncertainty: { 'growth.horizon_months': { low: 18, high: 18, dist: 'uniform' } } })));
    expect(fixed.horizon).toBe(18);
  });
});
