import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calc } from '../../src/commands/calc.js';
import { check } from '../../src/commands/check.js';
import { tornado, tornadoes } from '../../src/core/whatif/sensitivity.js';
import { PlanInvalidError } from '../../src/shell/plan-file.js';
import { captureOutput, reportFor, tempDir, templatePlan, templateWith } from '../helpers.js';
import { checkXyChart, mermaidBlocks } from './xychart.js';

const DOWNSIDE = {
  downside: { description: 'Slower sales', probability: '25%', set: { 'growth.new_customers_monthly': 6, 'revenue_model.churn_monthly': '4%' } },
  upside: { probability: '15%', set: { 'revenue_model.arpu_monthly': 2200 } },
};

/** The rows of the Markdown table that follows a heading, as cells. */
function tableAfter(report: string, heading: string): string[][] {
  const rest = report.slice(report.indexOf(heading));
  const table = rest.slice(rest.indexOf('\n|'));
  return table
    .split('\n')
    .slice(1)
    .filter((_, i, lines) => lines.slice(0, i + 1).every((l) => l.startsWith('|')))
    .map((row) => row.split(' | ').map((cell) => cell.replace(/^\| |\s?\|$/g, '')));
}

describe('the Scenarios section', () => {
  it('is left out when the plan has no scenarios', async () => {
    const report = await reportFor(await templateWith({}), '2026-11-29', 'en');
    expect(report).not.toContain('## Scenarios');
    expect(report).toContain('## What matters most');
  });

  it('draws each case cash as a line exactly as long as the x-axis, in both languages', async () => {
    for (const language of ['en', 'zh'] as const) {
      const blocks = mermaidBlocks(await reportFor(await templateWith({ scenarios: DOWNSIDE }), '2026-11-29', language));
      // Revenue and costs, cash, the scenarios' cash (the template has no self-hosting).
      expect(blocks).toHaveLength(3);
      const chart = blocks[2] as string;
      expect(checkXyChart(chart)).toEqual([]);
      expect(chart.match(/^ {4}line /gm)).toHaveLength(3);
      // Months 1-24, then 27, 30, 33 and 36.
      expect(chart.match(/"\d+"/g)).toHaveLength(28);
    }
  });

  it('stops the chart at the shortest horizon when a scenario changes it, and says so', async () => {
    const report = await reportFor(await templateWith({ scenarios: { short: { set: { 'growth.horizon_months': 30 } } } }), '2026-11-29', 'en');
    const chart = mermaidBlocks(report)[2] as string;
    expect(checkXyChart(chart)).toEqual([]);
    expect(chart.match(/"\d+"/g)).toHaveLength(26);
    expect(chart).toContain('"27", "30"]');
    expect(report).toContain('The chart stops at month 30, the shortest horizon among the cases.');
    // No probabilities: no expected value, no probability row.
    expect(report).not.toContain('Expected value');
    expect(report).not.toContain('| Probability |');
  });

  it('shows the key figures side by side with the expected values the probabilities give', async () => {
    const report = await reportFor(await templateWith({ scenarios: DOWNSIDE }), '2026-11-29', 'en');
    const rows = tableAfter(report, '## Scenarios');
    expect(rows[0]).toEqual(['Figure', 'Base case', 'downside', 'upside', 'Expected value']);
    expect(rows.find((r) => r[0] === 'Probability')).toEqual(['Probability', '60%', '25%', '15%', '']);
    // Default alive in the upside only: the expected value is its probability.
    expect(rows.find((r) => r[0] === 'Default alive')).toEqual(['Default alive', 'no', 'no', 'yes', '15%']);
    // The base's lowest cash is the calc figure, in whole dollars as tables of totals show it.
    expect(rows.find((r) => r[0] === 'Lowest cash')?.[1]).toBe('\\$437,154');
    expect(report).toContain('- downside: Slower sales');
    expect(report).toMatch(/The first line is the base case \(cash in month 36: \\\$14\.3M\), the second line is downside \(.+\) and the third line is upside \(\\\$20\.5M\)\./);
  });
});

describe('the What matters most section and the key assumptions', () => {
  it('ranks the key assumptions as the tornado of the lowest cash does, from the same calculations', async () => {
    const plan = await templatePlan();
    const minCash = tornado(plan, 'min_cash');
    const report = await reportFor(await templateWith({}), '2026-11-29', 'en');
    const box = tableAfter(report, 'Key assumptions:').slice(2);
    expect(box.map((r) => r[0])).toEqual(['Average revenue per customer (ARPU)', 'Fixed costs', 'Customer acquisition cost (CAC)', 'AI requests per customer', 'Input token price']);
    expect(minCash.rows.slice(0, 5).map((r) => r.path)).toEqual([
      'revenue_model.arpu_monthly',
      'resources.fixed_costs_monthly',
      'revenue_model.cac',
      'revenue_model.inference.requests_per_customer_monthly',
      'revenue_model.inference.input_price_per_million',
    ]);
    const table = tableAfter(report, '### Lowest cash').slice(2);
    expect(table.map((r) => r[1])).toEqual(minCash.rows.map((r) => `\`${r.path}\``));
    expect(report).toContain(
      'The lowest cash moves most with average revenue per customer (ARPU): by \\$2.05M between \\$1,440 and \\$2,160; test that assumption first. Next come fixed costs, by \\$1.63M between \\$192,000 and \\$288,000, and customer acquisition cost (CAC), by \\$1.22M between \\$7,200 and \\$10,800.',
    );
  });

  it('names an input the appendix leaves out by its list item, in the tornado and the simulation alike', async () => {
    const ranges = { 'resources.team[0].count': { low: 4, high: 6, dist: 'uniform' }, 'resources.team[0].monthly_cost': { low: 14000, high: 22000 } };
    const text = await templateWith({ uncertainty: ranges });
    const report = await reportFor(text, '2026-11-29', 'en');
    // The team's cost is in fixed costs already: these ranges move no figure, and the report says so.
    expect(report).toContain('| Team: people (Speech and ML research) | `resources.team[0].count` | 4 | 6 |');
    expect(report).toContain('| Team: cost of each person (Speech and ML research) | `resources.team[0].monthly_cost` | \\$14,000 | \\$22,000 |');
    expect(report).toContain('| Team: people (Speech and ML research) | `resources.team[0].count` | none: the lowest cash is the same in every run |');
    const zh = await reportFor(text, '2026-11-29', 'zh');
    expect(zh).toContain('| 团队：人数（Speech and ML research） | `resources.team[0].count` | 4 | 6 |');
  });

  it('one pass gives each metric the tornado it gets alone', async () => {
    const plan = await templatePlan({ uncertainty: { 'revenue_model.churn_monthly': { low: '1.5%', high: '4%' } } });
    const [cash, ratio] = tornadoes(plan, ['min_cash', 'ltv_to_cac']);
    expect(cash).toEqual(tornado(plan, 'min_cash'));
    expect(ratio).toEqual(tornado(plan, 'ltv_to_cac'));
  });

  it('says so when no input moves the lowest cash: cash never falls below its month-0 level', async () => {
    // Ten thousand customers at $1,800 with costs of $240,000 a month: every month adds cash.
    const rich = await templateWith({ 'growth.starting_customers': 10000, funding: undefined, 'resources.hires': undefined, 'resources.planned_costs': undefined, compute: undefined });
    const report = await reportFor(rich, '2026-11-29', 'en');
    expect(report).toContain('Within these ranges no input moves the lowest cash.');
    expect(await reportFor(rich, '2026-11-29', 'zh')).toContain('在这些范围内，没有哪项输入会改变最低现金。');
  });
});

describe('check --stale', () => {
  it('takes the report calc wrote, with its scenarios, tornadoes and simulation, as fresh; and a changed scenario as stale', async () => {
    const dir = await tempDir();
    const plan = path.join(dir, 'bizplan.yaml');
    await writeFile(plan, await templateWith({ scenarios: DOWNSIDE, uncertainty: { 'revenue_model.cac': { low: 6000, high: 12000 } } }));
    await calc({ cwd: dir, date: '2026-11-29', output: captureOutput() });
    const report = await readFile(path.join(dir, 'bizplan.report.md'), 'utf8');
    expect(report).toContain('## Scenarios');
    expect(report).toContain('## Risk of running out of cash');
    const fresh = captureOutput();
    await check({ cwd: dir, files: ['bizplan.yaml'], stale: true, format: 'json', output: fresh });
    const staleOf = (json: string) => (JSON.parse(json) as { plans: Array<{ stale?: string[] }> }).plans[0]?.stale;
    expect(staleOf(fresh.stdout)).toEqual([]);
    // The downside's churn changes: the metrics stay, the report's Scenarios section does not.
    const text = await readFile(plan, 'utf8');
    expect(text).toContain('revenue_model.churn_monthly: 4%');
    await writeFile(plan, text.replace('revenue_model.churn_monthly: 4%', 'revenue_model.churn_monthly: 5%'));
    const stale = captureOutput();
    await check({ cwd: dir, files: ['bizplan.yaml'], stale: true, format: 'json', output: stale });
    expect(staleOf(stale.stdout)).toEqual(['report']);
  });
});

describe('a scenario that is not a valid plan', () => {
  const broken = () => templateWith({ scenarios: { bad: { set: { 'growth.horizon_months': 0 } } } });

  it('stops calc from writing a report that would leave it out, at the line of its set entry', async () => {
    const dir = await tempDir();
    const text = await broken();
    await writeFile(path.join(dir, 'bizplan.yaml'), text);
    const error = await calc({ cwd: dir, date: '2026-11-29', output: captureOutput() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanInvalidError);
    const line = text.split('\n').findIndex((l) => l.includes('growth.horizon_months: 0')) + 1;
    expect((error as PlanInvalidError).lines).toEqual([`bizplan.yaml:${String(line)}:7 growth.horizon_months: must be a whole number from 1 to 240 (got 0)`]);
    await expect(readFile(path.join(dir, 'bizplan.report.md'), 'utf8')).rejects.toThrow();
    // calc --no-write shows the base figures, as before: no report, no scenario needed.
    expect(await calc({ cwd: dir, write: false, json: true, output: captureOutput() })).toBe(0);
  });

  it('makes check --stale call the plan invalid, as calc would refuse it', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'bizplan.yaml'), await broken());
    const output = captureOutput();
    expect(await check({ cwd: dir, files: ['bizplan.yaml'], stale: true, output })).toBe(2);
    expect(output.stdout + output.stderr).toContain('growth.horizon_months: must be a whole number from 1 to 240 (got 0)');
  });
});
