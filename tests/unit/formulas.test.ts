import { describe, expect, it } from 'vitest';
import { breakEven } from '../../src/core/finance/break-even.js';
import { showMetrics } from '../../src/core/finance/display.js';
import { inferenceCost } from '../../src/core/finance/inference.js';
import { analyze } from '../../src/core/finance/metrics.js';
import { project, summarizeProjection, type ProjectionInputs } from '../../src/core/finance/projection.js';
import { monthlyDiscountRate, unitEconomics } from '../../src/core/finance/unit-economics.js';
import { flatSchedule } from '../../src/core/finance/schedule.js';
import { Dec } from '../../src/core/decimal.js';
import { inferenceSchema, revenueModelSchema } from '../../src/core/plan/schema.js';
import { templatePlan } from '../helpers.js';

const model = (fields: Record<string, unknown>) =>
  revenueModelSchema.parse({ pricing_model: 'subscription', variable_cost_per_customer_monthly: 0, churn_monthly: 0.05, cac: 0, ...fields });

/** The template as it was before plans moved over time: no hires, planned costs, rounds, training runs or price trend. */
const STILL = {
  'resources.hires': undefined,
  'resources.planned_costs': undefined,
  funding: undefined,
  compute: undefined,
  'revenue_model.inference.price_change_yearly': undefined,
};

const text = (value: Dec | null) => (value === null ? null : value.toString());

describe('published worked examples (FORMULAS.md)', () => {
  it('LTV with margin: ARPA $500, churn 5%, gross margin 70% gives LTV $7,000 (Skok)', () => {
    const unit = unitEconomics(model({ arpu_monthly: 500, variable_cost_per_customer_monthly: 150, churn_monthly: '5%' }));
    expect(text(unit.grossMargin)).toBe('0.7');
    expect(text(unit.ltv)).toBe('7000');
  });

  it('LTV, ratio, payback: ARPA $50, margin 75%, churn 5%, CAC $250 gives $750, 3.00:1, 6.7 months', () => {
    const unit = unitEconomics(model({ arpu_monthly: 50, variable_cost_per_customer_monthly: 12.5, churn_monthly: 0.05, cac: 250 }));
    expect(text(unit.ltv)).toBe('750');
    expect(text(unit.ltvToCac)).toBe('3');
    expect(unit.cacPayback?.toFixed(1)).toBe('6.7');
  });

  it('CAC payback: CAC $6,000, ARPA $500, margin 80% gives 15 months', () => {
    const unit = unitEconomics(model({ arpu_monthly: 500, variable_cost_per_customer_monthly: 100, cac: 6000 }));
    expect(text(unit.cacPayback)).toBe('15');
  });

  it('break-even units: fixed $300,000, price $10, variable $6 gives 75,000 units', () => {
    expect(text(breakEven(new Dec(300000), new Dec(10), new Dec(6)).customers)).toBe('75000');
  });

  it('break-even revenue: fixed $300,000 at a 40% contribution ratio gives $750,000', () => {
    expect(text(breakEven(new Dec(300000), new Dec(10), new Dec(6)).revenueMonthly)).toBe('750000');
  });

  it('break-even revenue: fixed $100,000 with variable costs at 80% of sales gives $500,000', () => {
    expect(text(breakEven(new Dec(100000), new Dec(100), new Dec(80)).revenueMonthly)).toBe('500000');
  });

  it('runway: cash $1.2M at a net burn of $150k a month gives 8 months', () => {
    const inputs: ProjectionInputs = {
      startingCustomers: new Dec(0),
      newCustomersMonthly: new Dec(0),
      newCustomersGrowthMonthly: new Dec(0),
      horizonMonths: 24,
      churn: new Dec(0.05),
      arpu: new Dec(100),
      variableCost: new Dec(0),
      schedule: flatSchedule(new Dec(150000)),
      cac: new Dec(0),
      cash: new Dec(1200000),
    };
    const summary = summarizeProjection(inputs, project(inputs));
    expect(summary.runwayMonths).toBe(8);
    expect(summary.minCash.toString()).toBe('-2400000');
    expect(summary.minCashMonth).toBe(24);
    expect(summary.fundingGap.toString()).toBe('2400000');
  });
});

describe('AI inference cost', () => {
  it('splits input, cached input and output tokens and applies the overhead', () => {
    const cost = inferenceCost(
      inferenceSchema.parse({
        requests_per_customer_monthly: 1000,
        input_tokens_per_request: 2000,
        output_tokens_per_request: 500,
        input_price_per_million: 3,
        output_price_per_million: 15,
        cached_input_share: '25%',
        cached_input_price_per_million: 0.3,
        overhead_multiplier: 2,
      }),
    );
    // Per request: 1500 x 3 + 500 x 0.3 + 500 x 15 = 4500 + 150 + 7500 = 12150 per million tokens.
    expect(cost.perRequest.toString()).toBe('0.01215');
    expect(cost.input.toString()).toBe('9');
    expect(cost.cachedInput.toString()).toBe('0.3');
    expect(cost.output.toString()).toBe('15');
    expect(cost.monthly.toString()).toBe('24.3');
  });

  it('uses the defaults: no cache, overhead 1', () => {
    const cost = inferenceCost(
      inferenceSchema.parse({
        requests_per_customer_monthly: 10,
        input_tokens_per_request: 1_000_000,
        output_tokens_per_request: 0,
        input_price_per_million: 0.5,
        output_price_per_million: 2,
      }),
    );
    expect(cost.monthly.toString()).toBe('5');
    expect(cost.cachedInput.toString()).toBe('0');
  });

  it('adds to the variable cost the unit economics use', () => {
    const unit = unitEconomics(
      model({
        arpu_monthly: 100,
        variable_cost_per_customer_monthly: 10,
        inference: {
          requests_per_customer_monthly: 10,
          input_tokens_per_request: 1_000_000,
          output_tokens_per_request: 0,
          input_price_per_million: 0.5,
          output_price_per_million: 2,
        },
      }),
    );
    expect(unit.variableCost.toString()).toBe('15');
    expect(unit.contribution.toString()).toBe('85');
  });
});

describe('discounted LTV', () => {
  it('converts the annual rate to a monthly one that compounds back to it', () => {
    const d = monthlyDiscountRate(new Dec('0.1'));
    expect(new Dec(1).plus(d).pow(12).toDecimalPlaces(20).toString()).toBe('1.1');
    expect(d.toFixed(8)).toBe('0.00797414');
  });

  it('is contribution / (churn + d), and below the undiscounted LTV', () => {
    // 350 / (0.05 + 0.00797414) = 6037.17.
    const unit = unitEconomics(model({ arpu_monthly: 500, variable_cost_per_customer_monthly: 150, discount_rate_annual: '10%' }));
    expect(unit.ltvDiscounted?.toFixed(2)).toBe('6037.17');
    expect(unit.ltvDiscounted?.lt(unit.ltv as Dec)).toBe(true);
  });

  it('is null without a discount rate', () => {
    expect(unitEconomics(model({ arpu_monthly: 500 })).ltvDiscounted).toBeNull();
  });
});

describe('nulls and warnings', () => {
  it('zero CAC: LTV:CAC is null with a warning, payback is 0', async () => {
    const analysis = analyze(await templatePlan({ 'revenue_model.cac': 0 }));
    expect(analysis.metrics.ltv_to_cac).toBeNull();
    expect(analysis.metrics.cac_payback_months?.toString()).toBe('0');
    expect(analysis.warnings.map((w) => w.code)).toContain('zero_cac');
  });

  it('negative contribution: LTV is negative, payback and break-even are null, with a warning', async () => {
    const analysis = analyze(await templatePlan({ ...STILL, 'revenue_model.arpu_monthly': 500 }));
    const shown = showMetrics(analysis.metrics);
    expect(shown.contribution_margin_monthly).toBe('-97.28');
    expect(shown.ltv).toBe('-3891.2');
    expect(shown.cac_payback_months).toBeNull();
    expect(shown.break_even_customers).toBeNull();
    expect(shown.break_even_revenue_monthly).toBeNull();
    expect(analysis.warnings.map((w) => w.code)).toEqual(['non_positive_contribution', 'no_break_even', 'cash_runs_out']);
  });

  it('with rounds, running out of cash says so, and names a round that comes too late', async () => {
    const analysis = analyze(await templatePlan({ 'revenue_model.arpu_monthly': 500 }));
    expect(analysis.warnings.map((w) => w.code)).toEqual(['non_positive_contribution', 'no_break_even', 'cash_runs_out_with_rounds', 'round_too_late']);
    const late = analysis.warnings.find((w) => w.code === 'round_too_late');
    const out = analysis.warnings.find((w) => w.code === 'cash_runs_out_with_rounds');
    expect(out?.month).toBe(analysis.metrics.runway_months?.plus(1).toNumber());
    expect(late).toEqual({ code: 'round_too_late', round: 'Series A', month: 18, cashOutMonth: out?.month, late: 18 - (out?.month ?? 0) });
  });

  it('zero contribution is treated like a negative one', async () => {
    const analysis = analyze(await templatePlan({ 'revenue_model.arpu_monthly': '597.28' }));
    expect(analysis.metrics.contribution_margin_monthly?.toString()).toBe('0');
    expect(analysis.metrics.ltv?.toString()).toBe('0');
    expect(analysis.metrics.cac_payback_months).toBeNull();
    expect(analysis.metrics.break_even_customers).toBeNull();
  });

  it('zero churn reaches the calculator only from code: LTV is null with a warning, never Infinity', async () => {
    const plan = await templatePlan();
    plan.revenue_model.churn_monthly = new Dec(0);
    const analysis = analyze(plan);
    expect(analysis.metrics.ltv).toBeNull();
    expect(analysis.metrics.ltv_to_cac).toBeNull();
    expect(analysis.metrics.ltv_discounted?.isFinite()).toBe(true);
    expect(analysis.warnings[0]).toEqual({ code: 'zero_churn' });
  });
});

describe('the template plan', () => {
  it('gives the figures computed by hand from its inputs, without its hires, costs and rounds', async () => {
    const shown = showMetrics(analyze(await templatePlan(STILL)).metrics);
    // Inference: 40000 x (6000 x 0.8 x 1 + 6000 x 0.2 x 0.1 + 400 x 4) / 1e6 x 1.6 = 417.28.
    expect(shown.variable_cost_per_customer_monthly).toBe('597.28');
    expect(shown.contribution_margin_monthly).toBe('1202.72');
    expect(shown.gross_margin).toBe('0.6682');
    expect(shown.ltv).toBe('48108.8');
    expect(shown.ltv_to_cac).toBe('5.3454');
    expect(shown.cac_payback_months).toBe('7.483');
    expect(shown.break_even_customers).toBe('200');
    expect(shown.break_even_month).toBe('26');
    expect(shown.runway_months).toBeNull();
    expect(shown.min_cash).toBe('723685.02');
    expect(shown.min_cash_month).toBe('25');
    expect(shown.funding_gap).toBe('0');
    // Without hires, costs or rounds: the run rate is fixed_costs_monthly, nothing is raised,
    // and default alive is the projection itself.
    expect(shown.funding_total).toBe('0');
    expect(shown.default_alive).toBe('true');
    expect(shown.runway_months_without_funding).toBeNull();
  });

  it('with its hires, costs and Series A: default dead, saved by the round just in time', async () => {
    const analysis = analyze(await templatePlan());
    const shown = showMetrics(analysis.metrics);
    // Run rate at month 36: 240,000 + 3 x 15,000 + 2 x 14,000; the SOC 2 cost ends in month 15.
    expect(analysis.fixedCostsRunRate.toString()).toBe('313000');
    // ceil(313,000 / 1,202.72) = ceil(260.24...) = 261.
    expect(shown.break_even_customers).toBe('261');
    expect(shown.funding_total).toBe('12000000');
    expect(shown.default_alive).toBe('false');
    // Without the round cash goes below zero in month 21 (token prices 30% lower from month 13
    // help; without the trend it is month 19); the round comes in month 18.
    expect(shown.runway_months_without_funding).toBe('20');
    expect(shown.runway_months).toBeNull();
    expect(shown.funding_gap).toBe('0');
    // Month 6 carries the 180,000 fine-tuning run (60,000 GPU-hours at 3.00) and the 8,000 SOC 2 audit.
    expect(analysis.projection[5]?.fixed.toString()).toBe('428000');
    // Month 9: 240,000 + 45,000 + 28,000 + 8,000.
    expect(analysis.projection[8]?.fixed.toString()).toBe('321000');
    expect(analysis.projection[17]?.funding.toString()).toBe('12000000');
    expect(analysis.warnings).toEqual([]);
  });

  it('projects month 1 exactly', async () => {
    const plan = await templatePlan();
    const first = analyze(plan).projection[0];
    // 40 - 40 x 0.025 + 12 = 51 customers.
    expect(first?.customers.toString()).toBe('51');
    expect(first?.revenue.toString()).toBe('91800');
    // 51 x 597.28 + 240000 + 12 x 9000.
    expect(first?.costs.toString()).toBe('378461.28');
    expect(first?.cash.toString()).toBe('4713338.72');
  });
});

/**
 * A plan small enough to check every month by hand. Two customers every month (all churn,
 * two new), ARPU 1,000, variable cost 100, CAC 50: 1,700 a month before fixed costs.
 * Fixed costs 1,000; an engineer at 500 from month 3; a one-off 2,000 in month 2; 400 a
 * month in months 4 and 5; a 5,000 round in month 6; 500 in the bank; 8 months.
 */
const handWorked = (changes: Record<string, unknown> = {}) =>
  templatePlan({
    'revenue_model.arpu_monthly': 1000,
    'revenue_model.variable_cost_per_customer_monthly': 100,
    'revenue_model.inference': undefined,
    'revenue_model.churn_monthly': 1,
    'revenue_model.cac': 50,
    'resources.cash': 500,
    'resources.fixed_costs_monthly': 1000,
    // Fixed costs stand for the team and compute here: none listed, so no warning that they fall short.
    'resources.team': [],
    'resources.compute_budget_monthly': undefined,
    'resources.hires': [{ role: 'Engineer', count: 1, monthly_cost: 500, start_month: 3 }],
    'resources.planned_costs': [
      { what: 'Launch event', month: 2, amount: 2000 },
      { what: 'Contractor', from_month: 4, monthly: 400, to_month: 5 },
    ],
    funding: [{ round: 'Seed', month: 6, amount: 5000 }],
    compute: undefined,
    'growth.starting_customers': 0,
    'growth.new_customers_monthly': 2,
    'growth.new_customers_growth_monthly': 0,
    'growth.horizon_months': 8,
    ...changes,
  });

const CHURN_100 = { code: 'implausible_rate', key: 'revenue_model.churn_monthly', value: new Dec(1), max: new Dec('0.3'), per: 'month', meant: new Dec('0.01') };

describe('plans that move over time (FORMULAS.md), a plan worked by hand', () => {
  it('gives every month: fixed costs, profit, funding and cash', async () => {
    const analysis = analyze(await handWorked());
    const months = analysis.projection.map((m) => [m.month, m.customers, m.revenue, m.fixed, m.profit, m.funding, m.cash].map(String));
    expect(months).toEqual([
      // month, customers, revenue, fixed(m), profit(m) = 1,700 - fixed(m), funding(m), cash(m)
      ['1', '2', '2000', '1000', '700', '0', '1200'],
      ['2', '2', '2000', '3000', '-1300', '0', '-100'], // the one-off 2,000
      ['3', '2', '2000', '1500', '200', '0', '100'], // the hire starts
      ['4', '2', '2000', '1900', '-200', '0', '-100'], // the recurring 400 starts
      ['5', '2', '2000', '1900', '-200', '0', '-300'], // ... and its to_month is inclusive
      ['6', '2', '2000', '1500', '200', '5000', '4900'], // the round
      ['7', '2', '2000', '1500', '200', '0', '5100'],
      ['8', '2', '2000', '1500', '200', '0', '5300'],
    ]);
    expect(analysis.projectionWithoutFunding.map((m) => m.cash.toString())).toEqual(['1200', '-100', '100', '-100', '-300', '-100', '100', '300']);
  });

  it('gives every metric', async () => {
    const analysis = analyze(await handWorked());
    const shown = showMetrics(analysis.metrics);
    // Run rate at month 8: 1,000 + 500; the recurring cost ended in month 5.
    expect(analysis.fixedCostsRunRate.toString()).toBe('1500');
    expect(shown.break_even_revenue_monthly).toBe('1666.67'); // 1,500 / 0.9
    expect(shown.break_even_customers).toBe('2'); // ceil(1,500 / 900)
    expect(shown.break_even_month).toBe('1');
    expect(shown.runway_months).toBe('1'); // below zero in month 2
    expect(shown.min_cash).toBe('-300');
    expect(shown.min_cash_month).toBe('5');
    expect(shown.funding_gap).toBe('300');
    expect(shown.cash_end).toBe('5300');
    expect(shown.arr_end).toBe('24000'); // 12 x 2,000
    // Y = 8: net burn = -(700 - 1,300 + 200 - 200 - 200 + 200 + 200 + 200) = 200;
    // net new ARR = 12 x (2,000 - 0) = 24,000; 200 / 24,000 = 0.008333...
    expect(analysis.netBurnFirstYear.toString()).toBe('200');
    expect(shown.burn_multiple).toBe('0.0083');
    expect(shown.funding_total).toBe('5000');
    expect(shown.default_alive).toBe('false');
    expect(shown.runway_months_without_funding).toBe('1');
    expect(shown.peak_monthly_burn).toBe('1300');
  });

  it('warns that cash runs out even with the round, and that the round is 4 months late', async () => {
    const analysis = analyze(await handWorked());
    expect(analysis.warnings).toEqual([
      // Churn of 100% a month keeps the hand arithmetic short, and is past the plausible 30%.
      CHURN_100,
      { code: 'cash_runs_out_with_rounds', month: 2, fundingGap: new Dec(300) },
      { code: 'round_too_late', round: 'Seed', month: 6, cashOutMonth: 2, late: 4 },
    ]);
  });

  it('a recurring cost without to_month runs to the horizon and counts in the run rate', async () => {
    const analysis = analyze(await handWorked({ 'resources.planned_costs': [{ what: 'Office', from_month: 7, monthly: 300 }] }));
    expect(analysis.projection.map((m) => m.fixed.toString())).toEqual(['1000', '1000', '1500', '1500', '1500', '1500', '1800', '1800']);
    expect(analysis.fixedCostsRunRate.toString()).toBe('1800');
  });

  it('a one-off cost in the last month is not in the run rate', async () => {
    const analysis = analyze(await handWorked({ 'resources.planned_costs': [{ what: 'Audit', month: 8, amount: 999 }] }));
    expect(analysis.projection.at(-1)?.fixed.toString()).toBe('2499');
    expect(analysis.fixedCostsRunRate.toString()).toBe('1500');
  });

  it('a plan that needs no round is default alive, and its runway without funding is null', async () => {
    const analysis = analyze(await handWorked({ 'resources.planned_costs': [], 'resources.cash': 10000 }));
    expect(analysis.metrics.default_alive).toBe(true);
    expect(analysis.metrics.runway_months_without_funding).toBeNull();
  });

  it('default alive also needs profit in the last month', async () => {
    // Cash never goes below zero, but month 8 loses money: default dead.
    const analysis = analyze(await handWorked({ 'resources.planned_costs': [{ what: 'Audit', month: 8, amount: 999 }], 'resources.cash': 10000 }));
    expect(analysis.projectionWithoutFunding.every((m) => m.cash.gte(0))).toBe(true);
    expect(analysis.metrics.default_alive).toBe(false);
  });

  it('hires, costs and rounds after the horizon count nowhere, and each gets a warning', async () => {
    const plan = await handWorked({
      'resources.hires': [{ role: 'Designer', count: 2, monthly_cost: 500, start_month: 9 }],
      'resources.planned_costs': [{ what: 'Office', from_month: 12, monthly: 300 }],
      funding: [{ round: 'Series A', month: 10, amount: 5000 }],
      'resources.cash': 10000,
    });
    const analysis = analyze(plan);
    expect(analysis.projection.every((m) => m.fixed.eq(1000) && m.funding.isZero())).toBe(true);
    expect(analysis.metrics.funding_total?.toString()).toBe('0');
    expect(analysis.warnings).toEqual([
      CHURN_100,
      { code: 'beyond_horizon', kind: 'hire', name: 'Designer', month: 9, horizon: 8 },
      { code: 'beyond_horizon', kind: 'cost', name: 'Office', month: 12, horizon: 8 },
      { code: 'beyond_horizon', kind: 'round', name: 'Series A', month: 10, horizon: 8 },
    ]);
  });

  it('the burn multiple is null without new ARR; burn_multiple_max then passes only without burn', async () => {
    // All customers churn and none are won: revenue falls, no new ARR.
    const analysis = analyze(await handWorked({ 'growth.new_customers_monthly': 0, 'growth.starting_customers': 5 }));
    expect(analysis.metrics.burn_multiple).toBeNull();
    expect(analysis.netBurnFirstYear.gt(0)).toBe(true);
  });

  it('warns in the month customers pass 10 billion', async () => {
    const analysis = analyze(await handWorked({ 'growth.new_customers_monthly': 4e9, 'growth.new_customers_growth_monthly': 0, 'revenue_model.churn_monthly': '1%' }));
    // 4e9, then 4e9 x 0.99 + 4e9 = 7.96e9, then 7.96e9 x 0.99 + 4e9 = 11.8804e9.
    expect(analysis.warnings.filter((w) => w.code === 'customers_beyond_people')).toEqual([{ code: 'customers_beyond_people', month: 3 }]);
  });
});

describe('comparisons and ceil() on values rounded to 20 places', () => {
  const tiny = (fixed: string): ProjectionInputs => ({
    startingCustomers: new Dec(0),
    newCustomersMonthly: new Dec(0),
    newCustomersGrowthMonthly: new Dec(0),
    horizonMonths: 3,
    churn: new Dec('0.05'),
    arpu: new Dec(100),
    variableCost: new Dec(0),
    schedule: flatSchedule(new Dec(fixed)),
    cac: new Dec(0),
    cash: new Dec(0),
  });

  it('noise beyond the 20th place neither runs cash out nor breaks the tie at month 0', () => {
    const inputs = tiny('1e-25');
    const summary = summarizeProjection(inputs, project(inputs));
    expect(summary.runwayMonths).toBeNull();
    expect(summary.breakEvenMonth).toBe(1);
    expect(summary.minCashMonth).toBe(0);
    expect(summary.fundingGap.toString()).toBe('0');
  });

  it('a loss at the 20th place counts', () => {
    const inputs = tiny('1e-20');
    const summary = summarizeProjection(inputs, project(inputs));
    expect(summary.runwayMonths).toBe(0);
    expect(summary.breakEvenMonth).toBeNull();
    expect(summary.minCashMonth).toBe(3);
  });

  it('ceil() of a count a hair above a whole number gives that number', () => {
    expect(text(breakEven(new Dec('2.0000000000000000000000001'), new Dec(2), new Dec(1)).customers)).toBe('2');
    expect(text(breakEven(new Dec('2.00000000000000000001'), new Dec(2), new Dec(1)).customers)).toBe('3');
  });
});
