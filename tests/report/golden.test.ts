import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/core/calculate.js';
import { CHECK_KEYS } from '../../src/core/finance/checks.js';
import { METRIC_KEYS } from '../../src/core/finance/metrics.js';
import { INPUT_KEYS } from '../../src/core/i18n/report-catalog.js';
import { renderCalcJson } from '../../src/core/render/calc-json.js';
import { LLM_TEMPLATE, ROOT, TEMPLATE, planFromText, reportFor, templateWith } from '../helpers.js';

/** Goldens are rewritten with UPDATE_GOLDEN=1; review their diff like code. */
const update = process.env.UPDATE_GOLDEN === '1';

/** The speech-recognition template changed to show what an investor should see in each case. */
const VARIANTS = {
  // Enough cash to be default alive: every benchmark met.
  healthy: { 'resources.cash': 9000000 },
  // Each customer costs more to serve than they pay.
  'loss-making': { 'revenue_model.arpu_monthly': 500 },
  // The 45% example: between a16z's 50-60% and the survey's 20-40% for AI-native companies.
  'margin-45': { 'revenue_model.arpu_monthly': 1086 },
  // The run-rate revenue at the horizon passes the SOM.
  'arr-past-som': { 'market.size.som': 5000000 },
  // A downside and an upside with probabilities, and ranges for two inputs: the Scenarios section,
  // its expected values, and a tornado whose first rows come from the ranges.
  scenarios: {
    scenarios: {
      downside: {
        description: 'Slower sales and pricier tokens',
        probability: '25%',
        set: { 'growth.new_customers_monthly': 6, 'revenue_model.churn_monthly': '4%', 'revenue_model.inference.output_price_per_million': 6, 'funding[0].month': 24 },
      },
      upside: { probability: '15%', set: { 'revenue_model.arpu_monthly': 2200 } },
    },
    uncertainty: { 'revenue_model.churn_monthly': { low: '1.5%', high: '4%' }, 'revenue_model.cac': { low: 6000, high: 12000, dist: 'triangular' } },
  },
} as const;

interface GoldenCase {
  name: string;
  plan: string;
  language: 'en' | 'zh';
  variant?: keyof typeof VARIANTS;
}

export const GOLDEN_CASES: GoldenCase[] = [
  { name: 'speech-recognition.en.md', plan: TEMPLATE, language: 'en' },
  { name: 'speech-recognition.zh.md', plan: TEMPLATE, language: 'zh' },
  { name: 'llm-api.zh.md', plan: LLM_TEMPLATE, language: 'zh' },
  { name: 'llm-api.en.md', plan: LLM_TEMPLATE, language: 'en' },
  ...Object.keys(VARIANTS).flatMap((variant) =>
    (['en', 'zh'] as const).map((language): GoldenCase => ({ name: `${variant}.${language}.md`, plan: TEMPLATE, variant: variant as keyof typeof VARIANTS, language })),
  ),
];

async function goldenPlanText(c: GoldenCase): Promise<string> {
  return c.variant ? templateWith(VARIANTS[c.variant]) : readFile(c.plan, 'utf8');
}

describe('golden reports', () => {
  for (const c of GOLDEN_CASES) {
    it(`renders ${c.name} byte for byte`, async () => {
      const report = await reportFor(await goldenPlanText(c), '2026-11-29', c.language);
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
      // As a script reads calc --json: parsed, each figure a number.
      const json = JSON.parse(renderCalcJson('plan.yaml', calculate(planFromText(text)))) as { metrics: Record<string, number | null> };
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
        if (expected === null || expected === undefined) continue;
        expect(Math.abs(shownNumber(cell as string) - expected), `${label}: ${cell} vs ${expected}`).toBeLessThanOrEqual(tolerance);
      }
      const runway = json.metrics.runway_months;
      expect(rows.get('Runway (months)')).toBe(runway !== null && runway !== undefined ? String(runway) : 'cash lasts the whole horizon');
    });
  }
});

/** A Chinese report's prose: every line but tables, code, charts and the generated mark. */
function chineseProse(report: string): string[] {
  const lines: string[] = [];
  let fenced = false;
  for (const line of report.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    else if (!fenced && !line.startsWith('|') && !line.startsWith('<!--') && line.trim() !== '') lines.push(line);
  }
  return lines;
}

const HAN = '\\p{Script=Han}';
/** A half-width parenthesis, colon, semicolon or comma touching a Chinese character, either side. */
const HALF_WIDTH_BY_HAN = new RegExp(`${HAN}[(),;:]|[(),;:]${HAN}|${HAN} [(]|[)] ${HAN}`, 'u');
/** Every plan key and metric name as code writes it: `break_even_month`, `growth.horizon_months`, `horizon_months`. */
const KEYS = [...new Set([...METRIC_KEYS, ...CHECK_KEYS, ...INPUT_KEYS, ...INPUT_KEYS.flatMap((key) => key.split('.').filter((part) => part.includes('_')))])];
const RAW_KEY = new RegExp(`(?<![\\w.])(?:${KEYS.map((k) => k.replaceAll('.', '\\.')).join('|')})(?![\\w])`);

describe('a Chinese report reads as written in Chinese', () => {
  it('the detectors catch what they are for', () => {
    expect(HALF_WIDTH_BY_HAN.test('毛利率 (32%)')).toBe(true);
    expect(HALF_WIDTH_BY_HAN.test('不低于 3: 3.1973')).toBe(false);
    expect(HALF_WIDTH_BY_HAN.test('不低于:3')).toBe(true);
    expect(HALF_WIDTH_BY_HAN.test('客户(首要)')).toBe(true);
    expect(HALF_WIDTH_BY_HAN.test('客户（首要）；开发者')).toBe(false);
    expect(RAW_KEY.test('因此 break_even_month 为空')).toBe(true);
    expect(RAW_KEY.test('请延长 growth.horizon_months')).toBe(true);
    expect(RAW_KEY.test('LTV:CAC 为 5.35')).toBe(false);
    expect(RAW_KEY.test('（forEntrepreneurs，《SaaS Metrics 2.0 – A Guide to Measuring and Improving what Matters》，2013 年）')).toBe(false);
    expect(RAW_KEY.test('检查 new_customers_monthly 和 ltv_to_cac')).toBe(true);
  });

  for (const c of GOLDEN_CASES.filter((g) => g.language === 'zh')) {
    it(`${c.name}: no raw key and no half-width punctuation beside a Chinese character in its prose`, async () => {
      const report = await reportFor(await goldenPlanText(c), '2026-11-29', 'zh');
      const prose = chineseProse(report);
      expect(prose.length).toBeGreaterThan(30);
      expect(prose.filter((line) => HALF_WIDTH_BY_HAN.test(line))).toEqual([]);
      expect(prose.filter((line) => RAW_KEY.test(line))).toEqual([]);
    });
  }
});

describe('a long customer lifetime', () => {
  it('is called out beside LTV, with the discounted LTV:CAC, past 60 months and not below', async () => {
    const long = await reportFor(await templateWith({ 'revenue_model.churn_monthly': '1%', 'revenue_model.discount_rate_annual': '10%' }), '2026-11-29', 'en');
    expect(long).toMatch(/That lifetime is 100 months on average at 1% churn a month, longer than most plans can vouch for; discounted at the plan's rate, LTV:CAC is \d+\.\d\d\./);
    const zh = await reportFor(await templateWith({ 'revenue_model.churn_monthly': '1%', 'revenue_model.discount_rate_annual': '10%' }), '2026-11-29', 'zh');
    expect(zh).toMatch(/按每月 1% 的流失率，客户平均留存 100 个月，超出多数计划能够验证的范围；按计划的折现率折现后，LTV:CAC 为 \d+\.\d\d。/);
    // 1/60 has no decimal spelling: 1.67% is a life just under 60 months, 1.66% just over.
    expect(await reportFor(await templateWith({ 'revenue_model.churn_monthly': '1.67%' }), '2026-11-29', 'en')).not.toContain('That lifetime is');
    expect(await reportFor(await templateWith({ 'revenue_model.churn_monthly': '1.66%' }), '2026-11-29', 'en')).toMatch(/That lifetime is 60 months on average at 1\.66% churn a month, longer than most plans can vouch for; discounted at the plan's rate, LTV:CAC is \d+\.\d\d\./);
  });
});
