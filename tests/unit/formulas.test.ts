import { describe, expect, it } from 'vitest';
import { breakEven } from '../../src/core/finance/break-even.js';
import { showMetrics } from '../../src/core/finance/display.js';
import { inferenceCost } from '../../src/core/finance/inference.js';
import { analyze } from '../../src/core/finance/metrics.js';
import { project, summarizeProjection, type ProjectionInputs } from '../../src/core/finance/projection.js';
import { monthlyDiscountRate, unitEconomics } from '../../src/core/finance/unit-economics.js';
import { Dec } from '../../src/core/decimal.js';
import { inferenceSchema, revenueModelSchema } from '../../src/core/plan/schema.js';
import { templatePlan } from '../helpers.js';

const model = (fields: Record<string, unknown>) =>
  revenueModelSchema.parse({ pricing_model: 'subscription', variable_cost_per_customer_monthly: 0, churn_monthly: 0.05, cac: 0, ...fields });

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
      fixedCosts: new Dec(150000),
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
    const analysis = analyze(await templatePlan({ 'revenue_model.arpu_monthly': 500 }));
    const shown = showMetrics(analysis.metrics);
    expect(shown.contribution_margin_monthly).toBe('-97.28');
    expect(shown.ltv).toBe('-3891.2');
    expect(shown.cac_payback_months).toBeNull();
    expect(shown.break_even_customers).toBeNull();
    expect(shown.break_even_revenue_monthly).toBeNull();
    expect(analysis.warnings.map((w) => w.code)).toEqual(['non_positive_contribution', 'no_break_even', 'cash_runs_out']);
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
  it('gives the figures computed by hand from its inputs', async () => {
    const shown = showMetrics(analyze(await templatePlan()).metrics);
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
