import { printable } from '../render/safe-text.js';
import type { Decimal } from 'decimal.js';

export interface LineSeries {
  values: readonly Decimal[];
}

/**
 * Mermaid titles are double-quoted and one line: a quote would end the title, a line break the
 * statement (and a line of three backticks the block). Neither can get in; control characters
 * show as escapes.
 */
export const quoted = (text: string) => `"${printable(text.replace(/\r\n?|\n|\u2028|\u2029/g, ' ')).replace(/"/g, "'")}"`;

/**
 * A Mermaid `xychart-beta` block that GitHub draws from the Markdown itself. Values are
 * rounded to whole units: the chart shows shape, the tables show cents.
 */
export function xyChart(options: { title: string; xLabel: string; yLabel: string; months: readonly number[]; lines: readonly LineSeries[]; bars?: boolean }): string {
  const series = options.lines.map((line) => `    ${options.bars ? 'bar' : 'line'} [${line.values.map((v) => v.toDecimalPlaces(0).toString()).join(', ')}]`);
  return [
    '```mermaid',
    'xychart-beta',
    `    title ${quoted(options.title)}`,
    `    x-axis ${quoted(options.xLabel)} [${options.months.map((m) => quoted(String(m))).join(', ')}]`,
    `    y-axis ${quoted(options.yLabel)}`,
    ...series,
    '```',
  ].join('\n');
}

/** Months shown one by one; beyond this the projection table and charts show a row a quarter. */
export const MONTHLY_ROWS = 24;

/** A chart's months when each case has its own projection: 1..24 one by one, then a month a quarter, and always the last. */
export function chartMonths(horizon: number): number[] {
  return Array.from({ length: horizon }, (_, i) => i + 1).filter((m) => m <= MONTHLY_ROWS || (m - MONTHLY_ROWS) % 3 === 0 || m === horizon);
}
