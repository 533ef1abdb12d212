import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/core/calculate.js';
import { calcJsonObject } from '../../src/core/render/calc-json.js';
import { LLM_TEMPLATE, ROOT, TEMPLATE, planFromText, reportFor } from '../helpers.js';

/** Goldens are rewritten with UPDATE_GOLDEN=1; review their diff like code. */
const update = process.env.UPDATE_GOLDEN === '1';

export const GOLDEN_CASES = [
  { name: 'speech-recognition.en.md', plan: TEMPLATE, language: 'en' },
  { name: 'speech-recognition.zh.md', plan: TEMPLATE, language: 'zh' },
  { name: 'llm-api.zh.md', plan: LLM_TEMPLATE, language: 'zh' },
  { name: 'llm-api.en.md', plan: LLM_TEMPLATE, language: 'en' },
] as const;

describe('golden reports', () => {
  for (const c of GOLDEN_CASES) {
    it(`renders ${c.name} byte for byte`, async () => {
      const report = await reportFor(await readFile(c.plan, 'utf8'), '2026-11-29', c.language);
      const golden = path.join(ROOT, 'tests/golden', c.name);
      if (update) await writeFile(golden, report);
      expect(report).toBe(await readFile(golden, 'utf8'));
    });
  }

  it('is deterministic: the same plan and date give the same bytes', async () => {
    const text = await readFile(TEMPLATE, 'utf8');
    expect(await reportFor(text)).toBe(await reportFor(text));
    expect(await reportFor(text, '2027-01-01')).toContain('Prepared 2027-01-01 with bizplan.');
  });
});

/** Parses a figure as the report shows it: "$48,108.80", "66.8%", "-¥1,234.50", "7.5". */
function shownNumber(cell: string): number {
  const negative = /^\\?-/.test(cell);
  const digits = cell.replace(/[^\d.]/g, '');
  const value = Number(digits) * (negative ? -1 : 1);
  return cell.endsWith('%') ? value / 100 : value;
}

describe('the report agrees with calc --json', () => {
  for (const planFile of [TEMPLATE, LLM_TEMPLATE]) {
    it(`shows every metric of ${path.basename(planFile)} as calc --json gives it`, async () => {
      const text = await readFile(planFile, 'utf8');
      const json = calcJsonObject('plan.yaml', calculate(planFromText(text))) as { metrics: Record<string, { text: string } | null> };
      const report = await reportFor(text, '2026-11-29', 'en');
      const rows = new Map(
        report
          .split('\n')
          .filter((line) => line.startsWith('| ') && line.split('|').length === 6)
          .map((line) => line.split('|').map((cell) => cell.trim()))
          .map((cells) => [cells[1] as string, cells[2] as string]),
      );
      // Per-customer money keeps its cents; totals are whole units and customers whole people.
      const labels: Record<string, [string, number]> = {
        variable_cost_per_customer_monthly: ['Variable cost per customer', 0.005],
        contribution_margin_monthly: ['Contribution margin', 0.005],
        gross_margin: ['Gross margin', 0.0005],
        ltv: ['Customer lifetime value (LTV)', 0.005],
        ltv_discounted: ['LTV, discounted', 0.005],
        ltv_to_cac: ['LTV:CAC', 0.005],
        cac_payback_months: ['CAC payback (months)', 0.05],
        break_even_revenue_monthly: ['Break-even revenue a month', 0.5],
        break_even_customers: ['Break-even customers', 0],
        break_even_month: ['Break-even month', 0],
        min_cash: ['Lowest cash', 0.5],
        min_cash_month: ['Month of lowest cash', 0],
        funding_gap: ['Funding gap', 0.5],
        customers_end: ['Customers at the horizon', 0.5],
      };
      for (const [key, [label, tolerance]] of Object.entries(labels)) {
        const expected = json.metrics[key];
        const cell = rows.get(label);
        expect(cell, label).toBeDefined();
        if (!expected) continue;
        expect(Math.abs(shownNumber(cell as string) - Number(expected.text)), `${label}: ${cell} vs ${expected.text}`).toBeLessThanOrEqual(tolerance);
      }
      const runway = json.metrics.runway_months;
      expect(rows.get('Runway (months)')).toBe(runway ? runway.text : 'cash lasts the whole horizon');
    });
  }
});
