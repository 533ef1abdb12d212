import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, reportFor, templateWith } from '../helpers.js';

const section = (report: string, heading: string) => {
  const start = report.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no ${heading}`);
  const end = report.indexOf('\n## ', start + heading.length + 2);
  return report.slice(start, end < 0 ? undefined : end);
};

describe('the report of a plan that moves over time', () => {
  it('says a plan without rounds is default alive, and leaves out the tables it has nothing for', async () => {
    const text = await readFile(path.join(ROOT, 'templates/plans/image-recognition.yaml'), 'utf8');
    for (const lang of ['en', 'zh'] as const) {
      const report = await reportFor(text, '2026-11-29', lang);
      const summary = section(report, lang === 'en' ? '## Executive summary' : '## 执行摘要');
      expect(summary).toContain(lang === 'en' ? 'The company is default alive (Paul Graham' : '公司不靠融资也能存活（default alive');
      expect(summary).toContain(lang === 'en' ? 'Its burn multiple over the first year is 1.43: between 1 and 1.5, good' : '第一年的烧钱倍数为 1.43：在 1 到 1.5 之间');
      expect(report).not.toContain(lang === 'en' ? '### Funding' : '### 融资');
      expect(report).not.toContain(lang === 'en' ? '### Hiring and spending plan' : '### 招聘与支出计划');
      expect(report).toContain('| `checks.require_default_alive` |');
    }
  });

  it('shows a round that falls between the quarterly rows, in the table and the cash chart', async () => {
    const report = await reportFor(await templateWith({ 'funding.0.month': 26 }));
    // Months 25-36 are shown a quarter at a time (27, 30, ...); month 26 joins them for its round.
    const rows = section(report, '## Monthly projection').split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows.map((line) => line.split(' | ')[0]?.slice(2))).toEqual([...Array.from({ length: 24 }, (_, i) => String(i + 1)), '26', '27', '30', '33', '36']);
    expect(rows.find((line) => line.startsWith('| 26 |'))?.split(' | ')[6]).toBe('\\$12,000,000');
    expect(report).toContain('title "Cash, USD (cash goes below zero in month 21; a round in month 26)"');
  });

  it('marks hires, costs and rounds dated after the horizon, and leaves them out of the totals', async () => {
    const report = await reportFor(await templateWith({ 'funding.0.month': 40, 'resources.hires.1.start_month': 37 }));
    expect(report).toContain('| Solutions engineers × 2, \\$14,000.00 each | from month 37 (after the horizon: not counted) | \\$28,000.00 a month |');
    expect(report).toContain('| Series A | month 40 (after the horizon: not counted) | \\$12,000,000.00 |');
    expect(report).toContain('| Total within the horizon | | \\$0.00 |');
    expect(report).toContain('The round "Series A" in month 40 is after the 36-month horizon, so it counts nowhere.');
  });
});
