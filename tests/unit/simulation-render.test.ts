import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { simulationEn } from '../../src/core/i18n/simulation-en.js';
import { renderSimulationText, wrapText } from '../../src/core/render/simulation-text.js';
import { headline, renderSimulationJson, renderSimulationMarkdown } from '../../src/core/render/simulation.js';
import { SIMULATED_FIGURES, type SimulationResult } from '../../src/core/simulate/index.js';
import { templatePlan } from '../helpers.js';

/** A result made by hand, with the cases a real run rarely shows together. */
function result(): SimulationResult {
  const percentiles = Object.fromEntries(SIMULATED_FIGURES.map((key) => [key, { p10: -1234.565, p50: 0.00005, p90: null }])) as SimulationResult['percentiles'];
  return {
    runs: 200_000,
    seed: 5,
    cash_out_probability: 0.10005,
    cash_out_interval: [0.0987351, 0.1013649],
    cash_out_by_month: [0, 0.05, 0.10005],
    cash_out_risk_months: { p10: 3, p25: null, p50: null },
    percentiles,
    cash_by_month: { p10: [-0.005, 1.005, 2], p50: [1, 2, 3], p90: [2, 3, 4], runs: 100_000 },
    check_failure_shares: { ltv_to_cac_min: 0.5 },
    clamped: { 'revenue_model.churn_monthly': 1234, 'revenue_model.cac': 0 },
    drivers: [
      { path: 'revenue_model.churn_monthly', rank_correlation: -0.87654 },
      { path: 'revenue_model.cac', rank_correlation: null },
    ],
    drivers_runs: 100_000,
  };
}

describe('the simulation shown', () => {
  it('rounds half up from the float\'s own digits: money to cents, the rest to 4 places, nulls as null', () => {
    const json = JSON.parse(renderSimulationJson('p.yaml', result())) as Record<string, unknown> & { percentiles: Record<string, unknown>; cash_by_month: { p10: number[] } };
    expect(json.cash_out_probability).toBe(0.1001);
    expect(json.cash_out_interval).toEqual([0.0987, 0.1014]);
    expect(json.percentiles.min_cash).toEqual({ p10: -1234.57, p50: 0, p90: null });
    expect(json.percentiles.ltv_to_cac).toEqual({ p10: -1234.565, p50: 0.0001, p90: null });
    expect(json.cash_by_month.p10).toEqual([-0.01, 1.01, 2]);
    expect(json.drivers).toEqual([
      { path: 'revenue_model.churn_monthly', rank_correlation: -0.8765 },
      { path: 'revenue_model.cac', rank_correlation: null },
    ]);
    expect([json.fan_chart_runs, json.drivers_runs]).toEqual([100_000, 100_000]);
  });

  it('words nulls, fixed inputs, clamped draws and the first 100,000 runs, in each language, within the width', async () => {
    const en = renderSimulationText(await templatePlan(), result(), 60, 'p.yaml');
    expect(en).toContain('The risk passes 10% by month 3; it stays below 25% within\nthe horizon.');
    expect(en).toMatch(/\nBreak-even month +-1,234\.57 +0 +never\nRunway \(months\) +-1,234\.57 +0 +lasts\n/);
    // A null LTV:CAC is CAC drawn at 0: unbounded, not the runway's "lasts".
    expect(en).toMatch(/\nLTV:CAC +-1,234\.57 +0 +unbounded\n/);
    expect(en).toContain('  revenue_model.cac: fixed\n');
    expect(en).toContain('  revenue_model.churn_monthly: 1,234 (0.62% of runs)\n');
    expect(en).not.toContain('revenue_model.cac: 0 (');
    expect(en).toContain('Cash by month and the drivers are taken over the first\n100,000 runs.');
    expect(Math.max(...en.trimEnd().split('\n').map((l) => stringWidth(l)))).toBeLessThanOrEqual(60);
    const zh = renderSimulationText(await templatePlan({ language: 'zh' }), result(), 60, 'p.yaml');
    expect(zh).toContain('该风险第 3 个月超过 10%，预测期内始终低于 25%。');
    expect(zh).toContain('  revenue_model.cac：固定\n');
    expect(zh).toMatch(/\nLTV:CAC +-1,234\.57 +0 +无上限\n/);
    expect(Math.max(...zh.trimEnd().split('\n').map((l) => stringWidth(l)))).toBeLessThanOrEqual(60);
    const markdown = renderSimulationMarkdown(await templatePlan(), result());
    expect(markdown).toContain('| Break-even month | -1,234.57 | 0 | never |');
    expect(markdown).toContain('| Runway (months) | -1,234.57 | 0 | lasts |');
    expect(markdown).toContain('| LTV:CAC | -1,234.57 | 0 | unbounded |');
    expect(markdown).toContain('| Lowest cash | -\\$1,235 | \\$0 |');
    expect(markdown).toContain('- `revenue_model.churn_monthly`: 1,234 (0.62% of runs)');
  });

  it('counts one run and one month in the singular', () => {
    expect(simulationEn.title('p.yaml', '1', '7')).toBe('Simulation of p.yaml: 1 run, seed 7');
    expect(simulationEn.title('p.yaml', '10,000', '7')).toBe('Simulation of p.yaml: 10,000 runs, seed 7');
    expect(simulationEn.cashOut(1, '100.00%', '100.00%', '100.00%')).toBe('Cash runs out within 1 month in 100.00% of runs (95% interval 100.00% to 100.00%).');
    expect(simulationEn.cashOut(48, '5.00%', '4.00%', '6.00%')).toMatch(/^Cash runs out within 48 months in /);
    expect(simulationEn.checkRuns('1', '1')).toBe(', over 1 run (seed 1)');
  });

  it('wraps Chinese between characters and English between words, keeping the indent', () => {
    expect(wrapText('  one two three four', 10, '    ')).toEqual(['  one two', '    three', '    four']);
    expect(wrapText('该风险第 13 个月超过 10%，第 16 个月超过 25%。', 20)).toEqual(['该风险第 13 个月超过', '10%，第 16 个月超过', '25%。']);
  });
});

describe('the headline when runs draw their horizon', () => {
  it('names each run\'s own horizon and the longest drawn, where a range reaches past the plan\'s', async () => {
    const plan = await templatePlan({ 'growth.horizon_months': 2 });
    // The hand-made result holds 3 months: one run drew a horizon past the plan's 2.
    expect(headline(plan, result())[0]).toBe("Cash runs out within each run's own horizon (2 in the plan, up to 3 months as drawn) in 10.01% of runs (95% interval 9.87% to 10.14%).");
    const same = await templatePlan({ 'growth.horizon_months': 3 });
    expect(headline(same, result())[0]).toBe('Cash runs out within 3 months in 10.01% of runs (95% interval 9.87% to 10.14%).');
  });
});
