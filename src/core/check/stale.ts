import type { Document } from 'yaml';
import type { Calculation } from '../calculate.js';
import { spliceMetrics } from '../plan/metrics-block.js';

/** What `calc` would rewrite: the plan's `metrics:` section, its report, or both. */
export type StalePart = 'metrics' | 'report';

/** Each date a report shows, as YYYY-MM-DD: `2026-11-29`, or in Chinese `2026 年 11 月 29 日`. */
export function datesIn(report: string): string[] {
  const found = new Set<string>();
  const pad = (n: string) => n.padStart(2, '0');
  for (const m of report.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b|(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日/g)) {
    found.add(m[1] !== undefined ? `${m[1]}-${m[2]}-${m[3]}` : `${m[4]}-${pad(m[5] as string)}-${pad(m[6] as string)}`);
    if (found.size === 3) break;
  }
  return [...found];
}

export interface StaleInput {
  source: string;
  document: Document.Parsed;
  calc: Calculation;
  /** The report bizplan wrote for this plan, if there is one. */
  report?: string;
  /** The report calc would write now, on a given date. */
  render: (date: string) => string;
}

/**
 * Whether the committed figures are what `calc` would write now. The report is rendered with
 * the date it already carries (any date it shows), so a report is stale only when a figure or
 * a word changed, not because a day passed. No report is not a stale one.
 */
export function staleParts(input: StaleInput): StalePart[] {
  const parts: StalePart[] = [];
  const spliced = spliceMetrics(input.source, input.document, input.calc.shown);
  if (!spliced.ok || spliced.text !== input.source) parts.push('metrics');
  const { report } = input;
  // A layout that shows no date renders the same on any day.
  const dates = report === undefined ? [] : datesIn(report);
  if (report !== undefined && !(dates.length > 0 ? dates : ['2000-01-01']).some((date) => input.render(date) === report)) parts.push('report');
  return parts;
}
