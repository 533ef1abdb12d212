import type { Decimal } from 'decimal.js';
import { catalogFor, planFormatter } from '../calculate.js';
import type { Catalog } from '../i18n/catalog.js';
import { metricPlaces, roundedText } from '../finance/display.js';
import { MONEY_METRICS, type MetricKey } from '../finance/metrics.js';
import type { Formatter } from '../format.js';
import type { Plan } from '../plan/schema.js';
import { escapeMarkdown } from '../report/markdown.js';
import type { Tornado, TornadoRow } from '../whatif/sensitivity.js';
import { JsonNumber, stringifyJson } from './json.js';

// The tornado shown as JSON for scripts (a public shape) and as Markdown; tornado-text.ts draws
// the terminal's bars (loaded only for them: its text measuring costs a JSON run time).

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
export function metricText(format: Formatter, t: Catalog, metric: MetricKey, value: Decimal | null): string {
  if (value === null) return t.whatIfOutput.none;
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

export const rowFacts = (format: Formatter, t: Catalog, metric: MetricKey, row: TornadoRow) => ({
  range: t.whatIfOutput.range(inputText(format, row, row.low), inputText(format, row, row.high)),
  at: t.whatIfOutput.range(metricText(format, t, metric, row.metricLow), metricText(format, t, metric, row.metricHigh)),
  swing: row.swing === null ? t.whatIfOutput.noSwing : metricText(format, t, metric, row.swing),
});

/** The tornado as a Markdown table, largest swing first. */
export function renderTornadoMarkdown(plan: Plan, tornado: Tornado): string {
  const format = planFormatter(plan);
  const t = catalogFor(plan);
  const w = t.whatIfOutput;
  const lines = [
    w.tornadoHeading(tornado.metric),
    '',
    w.tornadoIntro(escapeMarkdown(metricText(format, t, tornado.metric, tornado.base))),
    '',
    `| ${w.headers.input} | ${w.headers.lowToHigh} | ${w.headers.metricAt(tornado.metric)} | ${w.headers.swing} |`,
    '|---|---|---|---|',
  ];
  for (const row of tornado.rows) {
    const facts = rowFacts(format, t, tornado.metric, row);
    // Escaped as the report escapes figures: two `$` amounts on one line would read as math on GitHub.
    lines.push(`| \`${row.path}\` | ${escapeMarkdown(facts.range)} | ${escapeMarkdown(facts.at)} | ${escapeMarkdown(facts.swing)} |`);
  }
  return `${lines.join('\n')}\n`;
}

