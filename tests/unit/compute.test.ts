import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { apiCost, priceFactors, selfHostingModel, trainingGpuHours, type ComputeModel } from '../../src/core/finance/compute.js';
import { showMetrics } from '../../src/core/finance/display.js';
import { analyze } from '../../src/core/finance/metrics.js';
import { inferenceSchema, type Plan, type SelfHosting } from '../../src/core/plan/schema.js';
import { loadPlan } from '../../src/core/plan/load.js';
import { templatePlan, templateWith } from '../helpers.js';

/**
 * A plan small enough to work by hand (FORMULAS.md, "Compute"). Every customer leaves each
 * month and twice as many come: 1,000, 2,000, 4,000 and 8,000 customers in months 1-4.
 *
 * API: 1,000 requests of 2,000 input and 500 output tokens, at 2 and 8 per million:
 * 1,000 × (2,000 × 2 + 500 × 8) ÷ 10^6 = 8 per customer a month.
 *
 * Self-hosting: 2,000 ÷ 4,000 + 500 ÷ 500 = 1.5 GPU-seconds a request; 1,000 × 1.5 ÷ 3,600
 * = 5/12 GPU-hours a customer; at 50% utilization and 2.00 an hour, 5/12 ÷ 0.5 × 2 = 5/3 a
 * customer. One GPU gives 0.5 × 730 = 365 useful hours, so GPUs(m) = max(3, ⌈customers × 5/12 ÷ 365⌉):
 * ⌈1.14⌉ = 2 → 3 and ⌈2.28⌉ = 3 (the floor binds), then ⌈4.57⌉ = 5 and ⌈9.13⌉ = 10.
 * Each GPU costs 730 × 2 = 1,460 a month: 4,380, 4,380, 7,300, 14,600; with 10,000 of ops,
 * 14,380, 14,380, 17,300, 24,600, against the API's 8,000, 16,000, 32,000, 64,000.
 *
 * Training: 6 × 10^9 parameters × 3 × 10^10 tokens = 1.8 × 10^20 FLOPs, at 100 TFLOPS and 50%
 * MFU: 1.8 × 10^20 ÷ (10^14 × 0.5 × 3,600) = 1,000 GPU-hours, at self-hosting's 2.00: 2,000.
 */
const handWorked = (changes: Record<string, unknown> = {}) =>
  templatePlan({
    'revenue_model.arpu_monthly': 20,
    'revenue_model.variable_cost_per_customer_monthly': 0,
    'revenue_model.churn_monthly': 1,
    'revenue_model.cac': 0,
    'revenue_model.discount_rate_annual': undefined,
    'revenue_model.inference': {
      requests_per_customer_monthly: 1000,
      input_tokens_per_request: 2000,
      output_tokens_per_request: 500,
      input_price_per_million: 2,
      output_price_per_million: 8,
    },
    'resources.cash': 100000,
    'resources.fixed_costs_monthly': 1000,
    'resources.hires': undefined,
    'resources.planned_costs': undefined,
    funding: undefined,
    compute: {
      self_hosting: {
        gpu_hourly_price: '2.00',
        input_tokens_per_second_per_gpu: 4000,
        output_tokens_per_second_per_gpu: 500,
        utilization: '50%',
        min_gpus: 3,
        ops_cost_monthly: 10000,
        serve_from: 'self_hosted',
      },
      training_runs: [{ what: 'Base model', month: 2, parameters: 1e9, tokens: 3e10, gpu_peak_tflops: 100, mfu: '50%' }],
    },
    'growth.starting_customers': 0,
    'growth.new_customers_monthly': 1000,
    'growth.new_customers_growth_monthly': '100%',
    'growth.horizon_months': 4,
    ...changes,
  });

function withHosting(plan: Plan, changes: Partial<SelfHosting>): Plan {
  const hosting = plan.compute.self_hosting;
  if (!hosting) throw new Error('the hand-worked plan self-hosts');
  return { ...plan, compute: { ...plan.compute, self_hosting: { ...hosting, ...changes } } };
}

const withoutRuns = (plan: Plan): Plan => ({ ...plan, compute: { ...plan.compute, training_runs: [] } });

describe('compute (FORMULAS.md), a plan worked by hand', () => {
  it('counts GPUs with the min_gpus floor binding in the first months, then not', async () => {
    const analysis = analyze(await handWorked());
    expect(analysis.projection.map((m) => m.customers.toString())).toEqual(['1000', '2000', '4000', '8000']);
    expect(analysis.compute.months.map((m) => m.gpus.toString())).toEqual(['3', '3', '5', '10']);
    expect(analysis.compute.months.map((m) => m.selfHosted.toString())).toEqual(['14380', '14380', '17300', '24600']);
    expect(analysis.compute.months.map((m) => m.api.toString())).toEqual(['8000', '16000', '32000', '64000']);
  });

  it('serves from its own GPUs: serving is the GPU cost, ops and the training run are fixed costs', async () => {
    const analysis = analyze(await handWorked());
    expect(analysis.projection.map((m) => m.serving.toString())).toEqual(['4380', '4380', '7300', '14600']);
    // 1,000 + 10,000 of ops, and the 2,000 training run in month 2.
    expect(analysis.projection.map((m) => m.fixed.toString())).toEqual(['11000', '13000', '11000', '11000']);
    // The run rate keeps the ops and leaves out the one-off run.
    expect(analysis.fixedCostsRunRate.toString()).toBe('11000');
    const shown = showMetrics(analysis.metrics);
    expect(shown.variable_cost_per_customer_monthly).toBe('1.67'); // 0 + 5/3
    expect(shown.contribution_margin_monthly).toBe('18.33');
    expect(shown.gross_margin).toBe('0.9167');
    expect(shown.self_hosted_cost_per_customer).toBe('1.67');
    expect(shown.self_hosting_cheaper_from_month).toBe('2');
    expect(shown.gpus_end).toBe('10');
    expect(shown.training_cost_total).toBe('2000');
    // ⌈11,000 ÷ (20 − 5/3)⌉ = ⌈600⌉ = 600.
    expect(shown.break_even_customers).toBe('600');
  });

  it('serves from the API: the same comparison, the API cost in the projection, no ops in fixed costs', async () => {
    const plan = await handWorked();
    if (plan.compute.self_hosting) plan.compute.self_hosting.serve_from = 'api';
    const analysis = analyze(plan);
    expect(analysis.projection.map((m) => m.serving.toString())).toEqual(['8000', '16000', '32000', '64000']);
    expect(analysis.projection.map((m) => m.fixed.toString())).toEqual(['1000', '3000', '1000', '1000']);
    const shown = showMetrics(analysis.metrics);
    expect(shown.variable_cost_per_customer_monthly).toBe('8');
    expect(shown.self_hosted_cost_per_customer).toBe('1.67');
    // Ops counts in the comparison whichever serve_from says: 14,380 is not below 8,000, but is below 16,000.
    expect(shown.self_hosting_cheaper_from_month).toBe('2');
  });

  it('computes GPU-hours from parameters and tokens by 6·P·D, reading 7e9 and 2e12 exactly', async () => {
    expect(analyze(await handWorked()).compute.model.runs.map((r) => [r.gpuHours.toString(), r.cost.toString(), r.estimated])).toEqual([['1000', '2000', true]]);
    const loaded = loadPlan(
      (await templateWith({})).replace('      gpu_hours: 60000\n', '      parameters: 7e9\n      tokens: 2e12\n      gpu_peak_tflops: 989\n      mfu: 40%\n'),
      'plan.yaml',
    );
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
    const run = loaded.value.compute.training_runs[0];
    expect(run?.parameters?.toString()).toBe('7000000000');
    expect(run?.tokens?.toString()).toBe('2000000000000');
    // 6 × 7e9 × 2e12 = 8.4e22 FLOPs; 989e12 × 0.4 × 3,600 = 1.42416e18 a GPU-hour.
    const hours = trainingGpuHours(run ?? {});
    expect(hours.toDecimalPlaces(6).toString()).toBe('58982.136839');
    expect(hours.mul('1.42416e18').toDecimalPlaces(10).toString()).toBe('84000000000000000000000');
  });

  it('changes token prices once a year', () => {
    const factor = priceFactors(new Dec('-0.3'));
    expect([1, 12, 13, 24, 25, 240].map((m) => factor(m).toString())).toEqual(['1', '1', '0.7', '0.7', '0.49', new Dec('0.7').pow(19).toString()]);
    expect(priceFactors(undefined)(240).toString()).toBe('1');
  });

  it('falls in the projection from month 13, and a later price drop never raises a month', async () => {
    const plan = await handWorked({ 'growth.horizon_months': 14, 'growth.new_customers_growth_monthly': 0, compute: undefined });
    plan.revenue_model.inference = { ...(plan.revenue_model.inference as NonNullable<typeof plan.revenue_model.inference>), price_change_yearly: new Dec('-0.25') };
    const analysis = analyze(plan);
    // 1,000 customers a month at 8, then at 6 from month 13.
    expect(analysis.projection.map((m) => m.serving.toString())).toEqual([...Array<string>(12).fill('8000'), '6000', '6000']);
    // The unit economics stay at today's prices.
    expect(showMetrics(analysis.metrics).variable_cost_per_customer_monthly).toBe('8');
  });

  it('warns when self-hosting is never cheaper, utilization is above 85%, or a run costs more than the cash at hand', async () => {
    const dear = analyze(withHosting(await handWorked(), { gpu_hourly_price: new Dec(50) }));
    expect(dear.metrics.self_hosting_cheaper_from_month).toBeNull();
    expect(dear.warnings.map((w) => w.code)).toContain('self_hosting_never_cheaper');
    const busy = analyze(withHosting(await handWorked(), { utilization: new Dec('0.9') }));
    expect(busy.warnings).toContainEqual({ code: 'utilization_high', utilization: new Dec('0.9') });
    // Month 2 opens with 100 + (20,000 − 4,380 − 11,000) = 4,720; the run costs 2,000 … or 20,000 at 20.00 an hour.
    const poorPlan = await handWorked({ 'resources.cash': 100 });
    poorPlan.compute.training_runs = poorPlan.compute.training_runs.map((run) => ({ ...run, gpu_hourly_price: new Dec(20) }));
    const poor = analyze(poorPlan);
    expect(poor.warnings).toContainEqual({ code: 'training_beyond_cash', what: 'Base model', month: 2, cost: new Dec(20000), cash: new Dec(4720) });
    expect(analyze(await handWorked({ 'resources.cash': 100 })).warnings.map((w) => w.code)).not.toContain('training_beyond_cash');
  });

  it('warns when falling API prices make self-hosting dearer again by the horizon', async () => {
    const plan = withoutRuns(await handWorked({ 'growth.horizon_months': 25, 'growth.new_customers_growth_monthly': 0 }));
    plan.revenue_model.inference = { ...(plan.revenue_model.inference as NonNullable<typeof plan.revenue_model.inference>), price_change_yearly: new Dec('-0.9') };
    const analysis = analyze(plan);
    // 1,000 customers: self-hosting 3 GPUs + ops = 14,380 against 8,000, then 800 from month 13: never cheaper.
    expect(analysis.metrics.self_hosting_cheaper_from_month).toBeNull();
    const cheaper = withoutRuns(await handWorked({ 'growth.horizon_months': 25, 'growth.new_customers_growth_monthly': 0, 'growth.new_customers_monthly': 4000 }));
    cheaper.revenue_model.inference = { ...(cheaper.revenue_model.inference as NonNullable<typeof cheaper.revenue_model.inference>), price_change_yearly: new Dec('-0.5') };
    const later = analyze(cheaper);
    // 4,000 customers: 5 GPUs (7,300) + 10,000 = 17,300 against 32,000, 16,000 from month 13, 8,000 from month 25.
    expect(later.metrics.self_hosting_cheaper_from_month?.toString()).toBe('1');
    expect(later.warnings).toContainEqual({ code: 'self_hosting_dearer_at_horizon', horizon: 25, selfHosted: new Dec('4.325'), api: new Dec(2) });
  });

  it('is the first version exactly without compute', async () => {
    const still = { 'resources.hires': undefined, 'resources.planned_costs': undefined, funding: undefined, compute: undefined, 'revenue_model.inference.price_change_yearly': undefined };
    const shown = showMetrics(analyze(await templatePlan(still)).metrics);
    expect(shown.training_cost_total).toBe('0');
    expect(shown.self_hosted_cost_per_customer).toBeNull();
    expect(shown.self_hosting_cheaper_from_month).toBeNull();
    expect(shown.gpus_end).toBeNull();
  });

  it('counts the speech template\'s fine-tuning run once, as the planned cost it was', async () => {
    const asRun = analyze(await templatePlan({ 'revenue_model.inference.price_change_yearly': undefined }));
    const asCost = analyze(
      await templatePlan({
        'revenue_model.inference.price_change_yearly': undefined,
        compute: undefined,
        'resources.planned_costs': [
          { what: 'Fine-tuning run on domain audio', month: 6, amount: 180000 },
          { what: 'SOC 2 audit and compliance tooling', from_month: 4, monthly: 8000, to_month: 15 },
        ],
      }),
    );
    expect(asRun.projection.map((m) => m.cash.toString())).toEqual(asCost.projection.map((m) => m.cash.toString()));
    expect(asRun.metrics.training_cost_total?.toString()).toBe('180000');
  });
});

describe('compute problems', () => {
  const problems = (text: string) => {
    const loaded = loadPlan(text, 'plan.yaml');
    return loaded.ok ? [] : loaded.problems.map((p) => `${p.line}:${p.col} ${p.key}: ${p.message}`);
  };

  it('self-hosting without inference is an error at its own line', async () => {
    const text = (await templateWith({ 'revenue_model.inference': undefined })).replace(
      'compute:\n',
      'compute:\n  self_hosting:\n    gpu_hourly_price: 3\n    input_tokens_per_second_per_gpu: 4000\n    output_tokens_per_second_per_gpu: 800\n    utilization: 60%\n',
    );
    const line = text.split('\n').indexOf('  self_hosting:') + 1;
    expect(problems(text)).toEqual([
      `${line}:3 compute.self_hosting: needs revenue_model.inference: self-hosting serves its requests and tokens; add revenue_model.inference, or remove compute.self_hosting`,
    ]);
  });

  it('a training run with no price anywhere is an error at its line', async () => {
    const text = (await templateWith({})).replace('      gpu_hourly_price: 3.00\n', '');
    const line = text.split('\n').indexOf('    - what: Fine-tuning run on domain audio') + 1;
    expect(problems(text)).toEqual([
      `${line}:7 compute.training_runs[0]: has no GPU price: give the run a gpu_hourly_price, or set compute.self_hosting.gpu_hourly_price`,
    ]);
  });

  it('names the missing keys of a run sized by parameters, and suggests a misspelt key', async () => {
    const text = (await templateWith({})).replace('      gpu_hours: 60000\n', '      parameters: 7e9\n      tokens: 2e12\n      gpu_peak_tflop: 989\n');
    const found = problems(text);
    expect(found.some((p) => p.includes('compute.training_runs[0].gpu_peak_tflop: unknown key; did you mean "gpu_peak_tflops"?'))).toBe(true);
  });
});

describe('compute properties', () => {
  const positive = (max: number) => fc.integer({ min: 1, max: max * 100 }).map((n) => new Dec(n).div(100));
  const share = fc.integer({ min: 1, max: 100 }).map((n) => new Dec(n).div(100));
  const inference = fc
    .record({ requests: positive(100_000), input: positive(10_000), output: positive(2_000), overhead: positive(3) })
    .map(({ requests, input, output, overhead }) =>
      inferenceSchema.parse({
        requests_per_customer_monthly: requests.toString(),
        input_tokens_per_request: input.toString(),
        output_tokens_per_request: output.toString(),
        input_price_per_million: 1,
        output_price_per_million: 4,
        overhead_multiplier: overhead.toString(),
      }),
    );
  const hosting = (utilization: Dec, minGpus: number, price: Dec, inTps: Dec, outTps: Dec): SelfHosting => ({
    gpu_hourly_price: price,
    input_tokens_per_second_per_gpu: inTps,
    output_tokens_per_second_per_gpu: outTps,
    utilization,
    min_gpus: new Dec(minGpus),
    serve_from: 'self_hosted',
  });
  const customers = positive(1_000_000);

  it('higher utilization never raises the self-hosted cost', () => {
    fc.assert(
      fc.property(inference, share, share, fc.integer({ min: 0, max: 50 }), positive(10), positive(20_000), positive(5_000), customers, (inf, u1, u2, minGpus, price, inTps, outTps, c) => {
        const [low, high] = u1.lte(u2) ? [u1, u2] : [u2, u1];
        const a = selfHostingModel(inf, hosting(low, minGpus, price, inTps, outTps));
        const b = selfHostingModel(inf, hosting(high, minGpus, price, inTps, outTps));
        expect(b.cost(c).lte(a.cost(c))).toBe(true);
        expect(b.costPerCustomer.lte(a.costPerCustomer)).toBe(true);
      }),
    );
  });

  it('gpus(m) never falls below min_gpus', () => {
    fc.assert(
      fc.property(inference, share, fc.integer({ min: 0, max: 500 }), positive(20_000), positive(5_000), fc.oneof(fc.constant(new Dec(0)), customers), (inf, u, minGpus, inTps, outTps, c) => {
        const model = selfHostingModel(inf, hosting(u, minGpus, new Dec(2), inTps, outTps));
        const gpus = model.gpus(c);
        expect(gpus.gte(minGpus)).toBe(true);
        expect(gpus.isInteger()).toBe(true);
      }),
    );
  });

  it('a larger price drop never raises the API cost in any month', () => {
    const change = fc.integer({ min: -99, max: 100 }).map((n) => new Dec(n).div(100));
    fc.assert(
      fc.property(change, change, positive(1_000), customers, (c1, c2, perCustomer, c) => {
        const [bigger, smaller] = c1.lte(c2) ? [c1, c2] : [c2, c1];
        const model = (x: Dec): ComputeModel => ({ priceFactor: priceFactors(x), priceChanges: true, apiCostPerCustomer: perCustomer, selfHosting: null, servesSelfHosted: false, runs: [] });
        const [a, b] = [model(bigger), model(smaller)];
        for (let month = 1; month <= 240; month += 1) expect(apiCost(a, month, c).lte(apiCost(b, month, c))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
