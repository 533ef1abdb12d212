import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/core/calculate.js';
import { templatePlan } from '../helpers.js';

describe('gross margin with the compute budget (FORMULAS.md)', () => {
  it('counts the compute budget as cost of sales at the horizon, worked by hand', async () => {
    // One month, 100 customers, 5% churn, no new ones: 95 customers, revenue 95 × 1,800 = 171,000,
    // serving 95 × 597.28 = 56,741.60; (171,000 − 56,741.60 − 32,000) ÷ 171,000 = 0.4810433918...
    const calc = calculate(
      await templatePlan({ 'growth.horizon_months': 1, 'growth.starting_customers': 100, 'growth.new_customers_monthly': 0, 'revenue_model.churn_monthly': '5%' }),
    );
    expect(calc.shown.variable_cost_per_customer_monthly).toBe('597.28');
    expect(calc.shown.gross_margin_with_compute).toBe('0.481');
  });

  it('is null without a compute budget', async () => {
    expect(calculate(await templatePlan({ 'resources.compute_budget_monthly': undefined })).shown.gross_margin_with_compute).toBeNull();
  });
});
