import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { parsePath, type PlanPath } from '../../src/core/plan/paths.js';
import { clampToRule, numberInputAt, tornado, TORNADO_INPUTS } from '../../src/core/whatif/sensitivity.js';
import { templatePlan } from '../helpers.js';

const path = (text: string): PlanPath => {
  const parsed = parsePath(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.path;
};

/** A plan whose LTV is worked by hand: (100 - 20) / 10% = 800. */
const handWorked = (changes: Record<string, unknown> = {}) =>
  templatePlan({
    'revenue_model.inference': undefined,
    'revenue_model.arpu_monthly': 100,
    'revenue_model.variable_cost_per_customer_monthly': 20,
    'revenue_model.churn_monthly': '10%',
    'revenue_model.cac': 50,
    ...changes,
  });

const rows = (t: ReturnType<typeof tornado>) => t.rows.map((r) => [r.path, r.low.toString(), r.high.toString(), r.metricLow?.toString() ?? null, r.metricHigh?.toString() ?? null, r.swing?.toString() ?? null]);

describe('the tornado', () => {
  it('moves each input by 20%, sorts by swing, and keeps the order of ties', async () => {
    const t = tornado(await handWorked(), 'ltv');
    expect(t.base?.toString()).toBe('800');
    const byHand = rows(t).map(([p, low, high, ml, mh, swing]) => [p, low, high, ml, mh, swing && new Dec(swing).toDecimalPlaces(6).toString()]);
    expect(byHand.slice(0, 3)).toEqual([
      ['revenue_model.arpu_monthly', '80', '120', '600', '1000', '400'],
      ['revenue_model.churn_monthly', '0.08', '0.12', '1000', expect.stringMatching(/^666\.6666666/), '333.333333'],
      ['revenue_model.variable_cost_per_customer_monthly', '16', '24', '840', '760', '80'],
    ]);
    // LTV does not move with these: swing 0 each, in the list's order.
    expect(t.rows.slice(3).map((r) => [r.path, r.swing?.toString()])).toEqual(
      ['revenue_model.cac', 'resources.fixed_costs_monthly', 'growth.new_customers_monthly', 'growth.new_customers_growth_monthly', 'growth.starting_customers'].map((p) => [p, '0']),
    );
    // Inference inputs are left out when the plan has no inference model.
    expect(t.rows.some((r) => r.path.includes('inference'))).toBe(false);
  });

  it('uses a wider swing when asked, and the ranges first, before the fixed list', async () => {
    const plan = await handWorked();
    const t = tornado(plan, 'ltv', { swing: new Dec('0.5'), ranges: [{ path: path('revenue_model.cac'), low: new Dec(10), high: new Dec(90) }] });
    // At 50%, churn (1,600 to 533.33: 1,066.67) overtakes ARPU (300 to 1,300: 1,000).
    expect(t.rows.slice(0, 2).map((r) => [r.path, r.low.toString(), r.high.toString(), r.swing?.toDecimalPlaces(2).toString()])).toEqual([
      ['revenue_model.churn_monthly', '0.05', '0.15', '1066.67'],
      ['revenue_model.arpu_monthly', '50', '150', '1000'],
    ]);
    // cac has a range (and no effect on LTV): first among the ties, before fixed costs.
    expect(t.rows.filter((r) => r.swing?.isZero()).map((r) => r.path)[0]).toBe('revenue_model.cac');
    expect(t.rows.find((r) => r.path === 'revenue_model.cac')?.low.toString()).toBe('10');
    expect(t.rows.filter((r) => r.path === 'revenue_model.cac')).toHaveLength(1);
  });

  it('clamps to the valid range: churn at most 100%, counts at least 0', async () => {
    const t = tornado(await handWorked({ 'revenue_model.churn_monthly': '90%' }), 'ltv', {
      ranges: [{ path: path('growth.starting_customers'), low: new Dec(-5), high: new Dec(10) }],
    });
    const churn = t.rows.find((r) => r.path === 'revenue_model.churn_monthly');
    expect([churn?.low.toString(), churn?.high.toString(), churn?.metricHigh?.toString()]).toEqual(['0.72', '1', '80']);
    expect(t.rows.find((r) => r.path === 'growth.starting_customers')?.low.toString()).toBe('0');
    const rule = (text: string) => numberInputAt(path(text))?.rule;
    // Exclusive bounds stay just inside; whole numbers stay whole.
    expect(clampToRule(new Dec(-0.5), rule('revenue_model.churn_monthly') ?? { description: '' }).toString()).toBe('0.000000000000001');
    expect(clampToRule(new Dec('300.4'), rule('funding[0].month') ?? { description: '' }).toString()).toBe('240');
    expect(clampToRule(new Dec('12.5'), rule('growth.horizon_months') ?? { description: '' }).toString()).toBe('13');
    expect(numberInputAt(path('name'))).toBeUndefined();
  });

  it('shows a metric null at one end, and sorts that input after every numeric swing', async () => {
    // Contribution 10: at a variable cost 20% lower it is 28 (payback 50 / 28); 20% higher it is -8, and payback never comes.
    const t = tornado(await handWorked({ 'revenue_model.variable_cost_per_customer_monthly': 90 }), 'cac_payback_months');
    expect(t.base?.toString()).toBe('5');
    const last = t.rows.at(-1);
    expect([last?.path, last?.metricLow?.toString(), last?.metricHigh, last?.swing]).toEqual(['revenue_model.variable_cost_per_customer_monthly', new Dec(50).div(28).toString(), null, null]);
    // ARPU 20% lower (80) also leaves no contribution: both null rows come last, in the list's order.
    expect(t.rows.slice(-2).map((r) => [r.path, r.metricLow?.toString() ?? null, r.metricHigh?.toString() ?? null])).toEqual([
      ['revenue_model.arpu_monthly', null, new Dec(50).div(30).toString()],
      ['revenue_model.variable_cost_per_customer_monthly', new Dec(50).div(28).toString(), null],
    ]);
    expect(t.rows.slice(0, -2).every((r) => r.swing !== null)).toBe(true);
    expect(t.rows[0]?.path).toBe('revenue_model.cac');
  });

  it('lists inputs the schema knows as numbers', () => {
    for (const text of TORNADO_INPUTS) expect(numberInputAt(path(text)), text).toBeDefined();
  });
});
