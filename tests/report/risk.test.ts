import { describe, expect, it } from 'vitest';
import { settingsOf } from '../../src/core/plan/simulation-settings.js';
import { riskView } from '../../src/core/report/risk.js';
import { simulate } from '../../src/core/simulate/index.js';
import { reportFor, templatePlan, templateWith } from '../helpers.js';
import { checkXyChart, mermaidBlocks } from './xychart.js';

const RANGES = { 'revenue_model.churn_monthly': { low: '1.5%', high: '4%' }, 'revenue_model.cac': { low: 6000, high: 12000, dist: 'triangular' } };

describe('the Risk section', () => {
  it('is left out when the plan has no uncertainty ranges', async () => {
    const report = await reportFor(await templateWith({}), '2026-11-29', 'en');
    expect(report).not.toContain('## Risk of running out of cash');
    expect(riskView(await templatePlan())).toBeNull();
  });

  it('shows the simulation of the plan with 10,000 runs and seed 1 unless the plan says otherwise', async () => {
    const plan = await templatePlan({ uncertainty: RANGES });
    expect(settingsOf(plan)).toEqual({ runs: 10_000, seed: 1 });
    // The plan's own runs and seed are what the report simulates with, as bizplan simulate does.
    const own = await reportFor(await templateWith({ uncertainty: RANGES, simulation: { runs: 500, seed: 7 } }), '2026-11-29', 'en');
    expect(own).toContain('500 times (seed 7)');
    const result = simulate(plan, { runs: 10_000, seed: 1 });
    const shown = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1).replace(/\.0$/, '')}%`;
    const report = await reportFor(await templateWith({ uncertainty: RANGES }), '2026-11-29', 'en');
    expect(report).toContain('## Risk of running out of cash');
    expect(report).toContain('10,000 times (seed 1)');
    expect(report).toContain(
      `Cash runs out within the 36-month horizon in ${shown(result.cash_out_probability)} of runs (95% interval ${shown(result.cash_out_interval[0])} to ${shown(result.cash_out_interval[1])}).`,
    );
    // Hand-read from the golden: 17.4% of runs, the risk passing 10% in month 17 and never 25%.
    expect(result.cash_out_probability).toBeCloseTo(0.1736, 3);
    expect(report).toContain('The risk passes 10% by month 17; it stays below 25% within the horizon.');
    expect(report).toContain('| Customer acquisition cost (CAC) | `revenue_model.cac` | -0.98 |');
  });

  it('draws the fan chart as three lines, each as long as the x-axis, in both languages', async () => {
    for (const language of ['en', 'zh'] as const) {
      const report = await reportFor(await templateWith({ uncertainty: RANGES, 'growth.horizon_months': 60 }), '2026-11-29', language);
      const fan = mermaidBlocks(report).at(-1) as string;
      expect(fan).toContain(language === 'en' ? '10th, 50th and 90th percentiles' : '第 10、50、90 百分位');
      expect(checkXyChart(fan)).toEqual([]);
      expect(fan.match(/^ {4}line /gm)).toHaveLength(3);
      // Months 1-24, then every third month to 60.
      expect(fan.match(/"\d+"/g)).toHaveLength(36);
    }
  });

  it('tells an input fixed by a range of zero width from one that moves nothing', async () => {
    const view = riskView(await templatePlan({ uncertainty: { 'revenue_model.churn_monthly': { low: '2.5%', high: '2.5%' }, 'resources.team[0].count': { low: 4, high: 6 } } }));
    expect(view?.drivers.map((d) => d.rho)).toEqual(['none: the input does not vary', 'none: the lowest cash is the same in every run']);
    expect(view?.driversLead).toBeNull();
  });

  it('uses the simulation it is given; a plan whose cash never runs out says so', async () => {
    const plan = await templatePlan({ uncertainty: RANGES, 'resources.cash': 100000000 });
    const view = riskView(plan, simulate(plan, { runs: 200, seed: 3 }));
    expect(view?.intro).toContain('200 times (seed 3)');
    expect(view?.cashOut).toBe('Cash runs out within the 36-month horizon in 0% of runs (95% interval 0% to 0%).');
    expect(view?.riskMonths).toBe('The risk stays below 10% within the horizon.');
  });
});

describe('the cash-out check in the appendix', () => {
  it('is listed with the other checks, in both languages', async () => {
    const plan = { uncertainty: RANGES, simulation: { runs: 200, seed: 3 }, 'checks.cash_out_probability_max': '10%' };
    const en = await reportFor(await templateWith(plan), '2026-11-29', 'en');
    expect(en).toMatch(/^\| Check: highest probability of running out of cash \| 10% \| [^|]+ \| `checks\.cash_out_probability_max` \|$/m);
    const zh = await reportFor(await templateWith(plan), '2026-11-29', 'zh');
    expect(zh).toMatch(/^\| 检查：现金耗尽概率上限 \| 10% \| [^|]+ \| `checks\.cash_out_probability_max` \|$/m);
  });
});
