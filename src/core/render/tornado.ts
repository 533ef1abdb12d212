import type { Decimal } from 'decimal.js';
import stringWidth from 'string-width';
import { planFormatter } from '../calculate.js';
import { Dec } from '../decimal.js';
import { metricPlaces, roundedText } from '../finance/display.js';
import { MONEY_METRICS, type MetricKey } from '../finance/metrics.js';
import type { Formatter } from '../format.js';
import type { Plan } from '../plan/schema.js';
import type { Tornado, TornadoRow } from '../whatif/sensitivity.js';
import { JsonNumber, stringifyJson } from './json.js';
import { printable } from './safe-text.js';

// The tornado shown three ways: JSON for scripts (a public shape), Markdown, and bars for a terminal.

const RATE_METRICS: ReadonlySet<MetricKey> = new Set(['gross_margin']);

const shownMetric = (metric: MetricKey, value: Decimal | null) => (value === null ? null : new JsonNumber(roundedText(value, metricPlaces(metric))));

/** The object `sensitivity --format json` prints. */
export function tornadoJsonObject(planPath: string, tornado: Tornado): Record<string, unknown> {
  return {
    plan: planPath,
    metric: tornado.metric,
    base: shownMetric(tornado.metric, tornado.base),
    inputs: tornado.rows.map((row) => ({
      path: row.path,
      low: new JsonNumber(row.low.toFixed()),
      high: new JsonNumber(row.high.toFixed()),
      metric_low: shownMetric(tornado.metric, row.metricLow),
      metric_high: shownMetric(tornado.metric, row.metricHigh),
      swing: shownMetric(tornado.metric, row.swing),
    })),
  };
}

export function renderTornadoJson(planPath: string, tornado: Tornado): string {
  return `${stringifyJson(tornadoJsonObject(planPath, tornado))}\n`;
}

/** A metric as people read it: money whole, a margin as a percent, anything else to 2 places; null as "none". */
function metricText(format: Formatter, metric: MetricKey, value: Decimal | null): string {
  if (value === null) return 'none';
  if (MONEY_METRICS.has(metric)) return format.moneyWhole(roundedText(value, 0));
  if (RATE_METRICS.has(metric)) return format.percent(roundedText(value, 4), 2);
  return format.number(roundedText(value, 2), 2);
}

/** An input's value as the plan writes it: money to the cent, a rate as a percent, a count to 2 places. */
function inputText(format: Formatter, row: TornadoRow, value: Decimal): string {
  if (row.kind === 'money') return format.moneyExact(roundedText(value, 2));
  if (row.kind === 'rate') return format.percent(roundedText(value, 6), 2);
  return format.number(roundedText(value, 2), 2);
}

const rowFacts = (format: Formatter, metric: MetricKey, row: TornadoRow) => ({
  range: `${inputText(format, row, row.low)} to ${inputText(format, row, row.high)}`,
  at: `${metricText(format, metric, row.metricLow)} to ${metricText(format, metric, row.metricHigh)}`,
  swing: row.swing === null ? 'none (no figure at one end)' : metricText(format, metric, row.swing),
});

/** The tornado as a Markdown table, largest swing first. */
export function renderTornadoMarkdown(plan: Plan, tornado: Tornado): string {
  const format = planFormatter(plan);
  const lines = [
    `## Tornado of \`${tornado.metric}\``,
    '',
    `Base: ${metricText(format, tornado.metric, tornado.base)}. Each input at its low and its high, every other input at the plan's value; largest swing first.`,
    '',
    `| Input | Low to high | \`${tornado.metric}\` at low to high | Swing |`,
    '|---|---|---|---|',
  ];
  for (const row of tornado.rows) {
    const facts = rowFacts(format, tornado.metric, row);
    lines.push(`| \`${row.path}\` | ${facts.range} | ${facts.at} | ${facts.swing} |`);
  }
  return `${lines.join('\n')}\n`;
}

const FULL = '█';
/** Eighths of a cell, growing rightwards; the left side uses whole cells (Unicode has no right-aligned eighths). */
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar `cells` long (a fraction allowed), growing right from the axis. */
function rightBar(cells: number): string {
  const whole = Math.floor(cells);
  const eighths = Math.round((cells - whole) * 8);
  return eighths === 8 ? FULL.repeat(whole + 1) : FULL.repeat(whole) + (EIGHTHS[eighths] ?? '');
}

/** How far below and above the base the metric goes for one row, in the metric's units. */
function extents(tornado: Tornado, row: TornadoRow): { below: Decimal; above: Decimal } {
  const base = tornado.base ?? new Dec(0);
  const moves = [row.metricLow, row.metricHigh].filter((v): v is Decimal => v !== null).map((v) => v.minus(base));
  const zero = new Dec(0);
  return { below: Dec.max(zero, ...moves.map((m) => m.neg())), above: Dec.max(zero, ...moves) };
}

/** Words wrapped to `width` columns, continuation lines indented; a word longer than a line stays whole. */
function wrap(text: string, width: number, indent: string): string[] {
  const lead = /^ */.exec(text)?.[0] ?? '';
  const lines: string[] = [];
  let line = lead;
  for (const word of text.slice(lead.length).split(' ')) {
    if (line.trim() !== '' && stringWidth(line) + 1 + stringWidth(word) > width) {
      lines.push(line);
      line = indent + word;
    } else line = line.trim() === '' ? line + word : `${line} ${word}`;
  }
  return [...lines, line];
}

/**
 * The tornado for a terminal `width` columns wide: each input's facts on one line, and under
 * it a bar left of the axis for how far the metric falls and right for how far it rises.
 */
export function renderTornadoText(plan: Plan, tornado: Tornado, width: number, planShownAs: string): string {
  const format = planFormatter(plan);
  const half = Math.max(4, Math.floor((Math.max(width, 24) - 4) / 2));
  const scale = tornado.rows.reduce((max, row) => {
    const { below, above } = extents(tornado, row);
    return Dec.max(max, below, above);
  }, new Dec(0));
  const lines = [
    ...wrap(`Tornado of ${tornado.metric} for ${printable(planShownAs)}: base ${metricText(format, tornado.metric, tornado.base)}`, width, '  '),
    ...wrap('Bars: left, the input moves it down; right, up.', width, ''),
    '',
  ];
  for (const [i, row] of tornado.rows.entries()) {
    const facts = rowFacts(format, tornado.metric, row);
    lines.push(...wrap(`${String(i + 1).padStart(2)}. ${row.path}: ${facts.range}`, width, '    '));
    lines.push(...wrap(`    ${tornado.metric} ${facts.at}; swing ${facts.swing}`, width, '    '));
    const { below, above } = extents(tornado, row);
    const cells = (value: Decimal) => (scale.isZero() ? 0 : value.div(scale).mul(half).toNumber());
    const left = FULL.repeat(Math.round(cells(below)));
    lines.push(`  ${left.padStart(half)}│${rightBar(cells(above))}`.trimEnd());
  }
  return `${lines.join('\n')}\n`;
}
