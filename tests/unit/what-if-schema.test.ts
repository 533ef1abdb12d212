import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/core/plan/load.js';
import { formatProblem } from '../../src/core/plan/problems.js';
import { loadPlainPlan } from '../../src/core/plan/plain-load.js';
import { planSchema } from '../../src/core/plan/schema.js';
import { rangesOf } from '../../src/core/plan/what-if-rules.js';
import { templateText } from '../helpers.js';

/** The template with YAML text appended, and the line the first appended line has. */
async function withSections(yaml: string): Promise<{ text: string; first: number }> {
  const base = await templateText();
  return { text: base + yaml, first: base.split('\n').length };
}

async function problems(yaml: string): Promise<string[]> {
  const { text, first } = await withSections(yaml);
  const result = loadPlan(text, 'plan.yaml');
  if (result.ok) return [];
  // Lines shown relative to the appended text, so the test reads like the YAML above it.
  return result.problems.map((p) => formatProblem({ ...p, line: p.line - first + 1 }));
}

describe('the scenarios and uncertainty sections', () => {
  it('accepts every valid form: rates as percent, list items, maps and lists as values, every distribution', async () => {
    const { text } = await withSections(
      [
        'scenarios:',
        '  downside:',
        '    description: Slower sales',
        '    probability: 25%',
        '    set:',
        '      growth.new_customers_monthly: 6',
        '      revenue_model.churn_monthly: "4%"',
        '      funding[0].month: 24',
        '      revenue_model.discount_rate_annual: 10%',
        '      resources.hires: []',
        '  upside:',
        '    set: { revenue_model.arpu_monthly: 2200 }',
        'uncertainty:',
        '  revenue_model.churn_monthly: { low: 1.5%, high: "4%" }',
        '  revenue_model.cac: { low: 6000, high: 12000, dist: triangular }',
        '  growth.new_customers_monthly: { low: 5, high: 30, dist: uniform }',
        '  resources.fixed_costs_monthly: { low: 50000, high: 90000, dist: normal }',
        '  revenue_model.arpu_monthly: { low: 1000, high: 3000, dist: lognormal }',
        '  funding[0].amount: { low: 1000000, high: 1000000, mode: 1000000 }',
        '',
      ].join('\n'),
    );
    const result = loadPlan(text, 'plan.yaml');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    if (!result.ok) return;
    expect(result.value.scenarios?.downside?.probability?.toString()).toBe('0.25');
    const ranges = rangesOf(planSchema, result.value);
    expect(ranges.map((r) => [r.path.text, r.low.toString(), r.high.toString(), r.dist, r.mode?.toString(), r.kind])).toEqual([
      ['revenue_model.churn_monthly', '0.015', '0.04', 'pert', '0.025', 'rate'],
      ['revenue_model.cac', '6000', '12000', 'triangular', '9000', 'money'],
      ['growth.new_customers_monthly', '5', '30', 'uniform', '12', 'number'],
      ['resources.fixed_costs_monthly', '50000', '90000', 'normal', '240000', 'money'],
      ['revenue_model.arpu_monthly', '1000', '3000', 'lognormal', '1800', 'money'],
      ['funding[0].amount', '1000000', '1000000', 'pert', '1000000', 'money'],
    ]);
    // The fast reader leaves such a plan to the full one, which checks the paths.
    expect(loadPlainPlan(text)).toBeUndefined();
  });

  it('shows a bad path at the path itself, with the nearest input', async () => {
    expect(
      await problems(
        [
          'scenarios:',
          '  downside:',
          '    set:',
          '      growth.new_customers_monthly: 6',
          '      revenue_model.churn_monthy: "4%"',
          '      funding[3].month: 24',
          '      growth.horizon_months[0]: 3',
          '      metrics.ltv: 3',
          '  base:',
          '    set: {}',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      'plan.yaml:5:7 scenarios.downside.set.revenue_model.churn_…: revenue_model.churn_monthy: unknown input; did you mean revenue_model.churn_monthly?',
      'plan.yaml:6:7 scenarios.downside.set.funding[3].month: funding[3]: funding has 1 item (from [0] to [0]); a path names an item that exists, or give the whole list',
      'plan.yaml:7:7 scenarios.downside.set.growth.horizon_month…: growth.horizon_months[0]: growth.horizon_months is not a list; leave out [0]',
      'plan.yaml:8:7 scenarios.downside.set.metrics.ltv: metrics: is not an input: bizplan computes it; name an input such as revenue_model.churn_monthly',
      'plan.yaml:9:3 scenarios.base: "base" names the plan itself; call the scenario something else',
    ]);
  });

  it('judges each range: order, the mode, zero width, lognormal above 0, numeric inputs only', async () => {
    expect(
      await problems(
        [
          'uncertainty:',
          '  revenue_model.cac: { low: 100, high: 50 }',
          '  name: { low: 1, high: 2 }',
          '  growth.starting_customers: { low: 1, high: 2, mode: 5 }',
          '  revenue_model.churn_monthly: { low: 1%, high: 2% }',
          '  resources.cash: { low: 5, high: 5 }',
          '  growth.new_customers_monthly: { low: 0, high: 20, dist: lognormal }',
          '  resources.team[3].monthly_cost: { low: 100, high: 300 }',
          '  growth.horizon_monthz: { low: 1, high: 2 }',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      'plan.yaml:2:40 uncertainty.revenue_model.cac.high: must be at least low (100)',
      'plan.yaml:3:3 uncertainty.name: name is not a number: a range needs a numeric input, such as revenue_model.churn_monthly',
      'plan.yaml:4:55 uncertainty.growth.starting_cust….mode: mode must lie between low (1) and high (2), as pert needs',
      "plan.yaml:5:3 uncertainty.revenue_model.churn_…: the plan's value (0.025) must lie between low (0.01) and high (0.02), as pert needs",
      "plan.yaml:6:3 uncertainty.resources.cash: a range of zero width fixes the input at 5, so the plan's value (5000000) must be that too",
      'plan.yaml:7:40 uncertainty.growth.new_customers….low: must be above 0 for dist: lognormal (its logarithm is used)',
      "plan.yaml:8:3 uncertainty.resources.team[3].mo…: the plan's value (10000) must lie between low (100) and high (300), as pert needs",
      'plan.yaml:9:3 uncertainty.growth.horizon_month…: growth.horizon_monthz: unknown input; did you mean growth.horizon_months?',
    ]);
  });

  it('refuses a range inside a section the plan leaves out, where a draw would change nothing', async () => {
    expect(await problems(['uncertainty:', '  compute.self_hosting.gpu_hourly_price: { low: 1, high: 3, dist: uniform }', ''].join('\n'))).toEqual([
      'plan.yaml:2:3 uncertainty.compute.self_hosting…: the plan has no compute.self_hosting, so a range on compute.self_hosting.gpu_hourly_price would change nothing: add compute.self_hosting to the plan, or remove this range',
    ]);
    const zh = loadPlan(`${(await templateText()).replace('language: en', 'language: zh')}uncertainty:\n  compute.self_hosting.gpu_hourly_price: { low: 1, high: 3, dist: uniform }\n`, 'plan.yaml');
    expect(zh.ok ? [] : zh.problems.map((p) => p.message)).toEqual([
      '计划中没有 compute.self_hosting，对 compute.self_hosting.gpu_hourly_price 设区间不会改变任何结果：请在计划中加上 compute.self_hosting，或删除这个区间',
    ]);
  });

  it('asks for a mode where the plan leaves the input out, and takes a uniform range without one', async () => {
    const base = (await templateText()).replace('  discount_rate_annual: 12%\n', '');
    const load = (range: string) => loadPlan(`${base}uncertainty:\n  revenue_model.discount_rate_annual: ${range}\n`, 'plan.yaml');
    const missing = load('{ low: 5%, high: 15% }');
    expect(missing.ok ? [] : missing.problems.map((p) => `${p.key}: ${p.message}`)).toEqual([
      'uncertainty.revenue_model.discou…: needs a mode: the plan gives no value at revenue_model.discount_rate_annual; add "mode: ..."',
    ]);
    expect(load('{ low: 5%, high: 15%, mode: 10% }').ok).toBe(true);
    expect(load('{ low: 5%, high: 15%, dist: uniform }').ok).toBe(true);
  });

  it('refuses an unknown distribution and a range that is no map, like any other key', async () => {
    expect(await problems(['uncertainty:', '  resources.fixed_costs_monthly: { low: 1, high: 2, dist: gaussian }', '  revenue_model.cac: 12', ''].join('\n'))).toEqual([
      'plan.yaml:2:59 uncertainty.resources.fixed_cost….dist: must be one of: pert, triangular, uniform, normal, lognormal',
      'plan.yaml:3:22 uncertainty.revenue_model.cac: must be a map of keys (got 12)',
    ]);
  });

  it('holds each bound to what its input can take: a rate only where the input is a rate, the input\'s own range, whole months', async () => {
    expect(
      await problems(
        [
          'uncertainty:',
          '  growth.new_customers_monthly: { low: "1.5%", high: 20 }',
          '  revenue_model.churn_monthly: { low: 1%, high: 5, dist: uniform }',
          '  funding[0].month: { low: 6, high: 12.5, dist: uniform }',
          '  revenue_model.cac: { low: -5, high: 9000, mode: 8000 }',
          '  revenue_model.arpu_monthly: { low: 1000, high: 3000, mode: "20%", dist: triangular }',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      'plan.yaml:2:40 uncertainty.growth.new_customers….low: is a percent, but growth.new_customers_monthly is not a rate: write it as the input is written, e.g. 1.5',
      'plan.yaml:3:49 uncertainty.revenue_model.churn_….high: must be a value revenue_model.churn_monthly can take: greater than 0 and at most 1 (got 5); for 5% write "5%"',
      'plan.yaml:4:37 uncertainty.funding[0].month.high: must be a value funding[0].month can take: a whole number from 1 to 240 (got 12.5)',
      'plan.yaml:5:29 uncertainty.revenue_model.cac.low: must be a value revenue_model.cac can take: 0 or more (got -5)',
      'plan.yaml:6:62 uncertainty.revenue_model.arpu_m….mode: is a percent, but revenue_model.arpu_monthly is not a rate: write it as the input is written, e.g. 20',
    ]);
  });

  it('shows a bound written as a percent as written, with no hint to write the percent the user did write', async () => {
    expect(
      await problems(['uncertainty:', '  revenue_model.churn_monthly: { low: "-50%", high: "200%", dist: normal }', ''].join('\n')),
    ).toEqual([
      'plan.yaml:2:39 uncertainty.revenue_model.churn_….low: must be a value revenue_model.churn_monthly can take: greater than 0 and at most 1 (got -50%)',
      'plan.yaml:2:53 uncertainty.revenue_model.churn_….high: must be a value revenue_model.churn_monthly can take: greater than 0 and at most 1 (got 200%)',
    ]);
  });

  it('takes ranges at the very bounds of their inputs', async () => {
    expect(
      await problems(
        [
          'uncertainty:',
          '  revenue_model.churn_monthly: { low: 0.000000000000001, high: 100% }',
          '  revenue_model.cac: { low: 0, high: 1000000000000000 }',
          '  funding[0].month: { low: 1, high: 240, dist: uniform }',
          '  growth.new_customers_growth_monthly: { low: "-99%", high: "1000%", dist: normal }',
          '',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('reads the simulation\'s settings, each at its bounds, and refuses others at their lines', async () => {
    // Block style: the fast reader takes plain YAML only.
    const { text } = await withSections('simulation:\n  runs: 10000000\n  seed: 1000000000000000\n');
    const loaded = loadPlan(text, 'plan.yaml');
    expect(loaded.ok && [loaded.value.simulation?.runs?.toString(), loaded.value.simulation?.seed?.toString()]).toEqual(['10000000', '1000000000000000']);
    expect(loadPlainPlan(text)?.simulation?.seed?.toString()).toBe('1000000000000000');
    expect(await problems(['simulation:', '  runs: 0', '  seed: -1', '  sead: 2', ''].join('\n'))).toEqual([
      'plan.yaml:2:9 simulation.runs: must be a whole number from 1 to 10000000 (got 0)',
      'plan.yaml:3:9 simulation.seed: must be a whole number from 0 to 1000000000000000 (got -1)',
      'plan.yaml:4:3 simulation.sead: unknown key; did you mean "seed"?',
    ]);
    expect(await problems('simulation: { runs: 20000000, seed: 1.5 }\n')).toEqual([
      'plan.yaml:1:21 simulation.runs: must be a whole number from 1 to 10000000 (got 20000000)',
      'plan.yaml:1:37 simulation.seed: must be a whole number from 0 to 1000000000000000 (got 1.5)',
    ]);
  });

  it('never lets a range or a scenario name the simulation\'s settings as an input', async () => {
    expect(await problems(['simulation: { runs: 100 }', 'uncertainty:', '  simulation.runs: { low: 1, high: 2 }', ''].join('\n'))).toEqual([
      'plan.yaml:3:3 uncertainty.simulation.runs: simulation: is not an input: it says how the simulation runs; name an input such as revenue_model.churn_monthly',
    ]);
  });

  it('asks for ranges where the plan checks the chance of running out of cash, at the check\'s line', async () => {
    const base = await templateText();
    const withCheck = base.replace(/^checks:\n/m, 'checks:\n  cash_out_probability_max: 10%\n');
    expect(withCheck).not.toBe(base);
    const line = withCheck.split('\n').indexOf('  cash_out_probability_max: 10%') + 1;
    const result = loadPlan(withCheck, 'plan.yaml');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `plan.yaml:${line}:3 checks.cash_out_probability_max: needs ranges to simulate: add an uncertainty: section, such as uncertainty: { revenue_model.churn_monthly: { low: "1.5%", high: "5%" } }, or remove this check`,
    ]);
    // The fast reader never takes such a plan: the full one words the problem.
    expect(loadPlainPlan(withCheck)).toBeUndefined();
    const withRanges = `${withCheck}uncertainty:\n  revenue_model.churn_monthly: { low: 1.5%, high: 5% }\n`;
    const ok = loadPlan(withRanges, 'plan.yaml');
    expect(ok.ok && ok.value.checks.cash_out_probability_max?.toString()).toBe('0.1');
  });
});
