import { stringifyJson, JsonNumber } from '../render/json.js';
import type { Paint } from '../render/paint.js';
import { printable } from '../render/safe-text.js';
import { escapeMarkdown } from '../report/markdown.js';
import { reportEn } from '../i18n/report-en.js';
import { formatter } from '../format.js';
import { Dec } from '../decimal.js';
import { BOOLEAN_METRICS, MONEY_METRICS, type MetricKey } from '../finance/metrics.js';
import type { NumberKind } from '../plan/fields.js';
import type { Change, InputChange, PlanDiff } from './diff.js';

const MARK: Record<Change, string> = { better: '▲ better', worse: '▼ worse', changed: 'changed', same: '' };
/** Metrics that are shares of revenue: shown as percents, their deltas in percentage points. */
const RATE_METRICS: ReadonlySet<MetricKey> = new Set(['gross_margin']);

/** How one diff shows numbers: money in the currency both plans share, rates as percents. */
function figures(currency: string | null) {
  const f = formatter('en-US', currency ?? 'USD');
  const percent = (fraction: string) => `${new Dec(fraction).mul(100).toString()}%`;
  const metric = (name: MetricKey, value: string): string => {
    if (RATE_METRICS.has(name)) return f.percent(value, 2);
    return currency && MONEY_METRICS.has(name) ? f.money(value) : f.number(value, 4);
  };
  const sign = (delta: string, show: (magnitude: string) => string) => (delta.startsWith('-') ? `−${show(delta.slice(1))}` : `+${show(delta)}`);
  return {
    /** A figure for people, or what its null means ("not within the horizon"). */
    metric: (name: MetricKey, value: string | null) => {
      if (value === null) return reportEn.nullMetric[name] ?? 'n/a';
      // A true-or-false metric (default_alive) shows as its word.
      return BOOLEAN_METRICS.has(name) ? value : metric(name, value);
    },
    delta: (name: MetricKey, delta: string | null) => {
      if (delta === null) return '';
      if (RATE_METRICS.has(name)) return sign(delta, (d) => `${f.number(new Dec(d).mul(100).toString(), 2)} pp`);
      return sign(delta, (d) => metric(name, d));
    },
    /** An input as written, shown as what it measures: `$1,800`, `2.5%`, `1,200`; exact, never rounded. */
    input: (value: string | null, kind: NumberKind | undefined): string => {
      if (value === null) return 'none';
      if (!kind || !/^-?\d+(\.\d+)?$/.test(value)) return value;
      if (kind === 'rate') return percent(value);
      return kind === 'money' && currency ? f.moneyExact(value) : f.number(value, 20);
    },
  };
}

/** An input's old and new values, or that an item came or went. */
function inputLine(i: InputChange, show: ReturnType<typeof figures>): { key: string; old: string; new: string } {
  if (i.change === 'added' && i.kind === undefined && i.old === null) return { key: i.key, old: '—', new: 'added' };
  if (i.change === 'removed' && i.kind === undefined && i.new === null) return { key: i.key, old: 'removed', new: '—' };
  return { key: i.key, old: show.input(i.old, i.kind), new: show.input(i.new, i.kind) };
}

export interface DiffNames {
  old: string;
  new: string;
}

export function renderDiffText(diff: PlanDiff, names: DiffNames, paint: Paint): string {
  const show = figures(diff.currency);
  if (diff.newPlan) {
    const width = Math.max(...diff.metrics.map((m) => m.name.length));
    return `${[paint.bold(`${printable(names.new)} is a new plan`), ...diff.metrics.map((m) => `  ${m.name.padEnd(width)}  ${show.metric(m.name, m.new)}`)].join('\n')}\n`;
  }
  const changed = diff.metrics.filter((m) => m.change !== 'same');
  const lines = [paint.bold(`${printable(names.old)} → ${printable(names.new)}`)];
  if (changed.length === 0) lines.push('  No metric changed.');
  const width = Math.max(0, ...changed.map((m) => m.name.length));
  for (const m of changed) {
    const mark = m.change === 'better' ? paint.green(MARK.better) : m.change === 'worse' ? paint.red(MARK.worse) : paint.dim(MARK.changed);
    lines.push(`  ${m.name.padEnd(width)}  ${show.metric(m.name, m.old)} → ${show.metric(m.name, m.new)}${m.delta === null ? '' : ` (${show.delta(m.name, m.delta)})`}  ${mark}`);
  }
  if (diff.inputs.length > 0) {
    lines.push('', paint.bold('Inputs changed'));
    for (const i of diff.inputs) {
      const line = inputLine(i, show);
      const text = line.new === 'added' ? `+ ${line.key}` : line.old === 'removed' ? `− ${line.key}` : `${line.key}: ${line.old} → ${line.new}`;
      lines.push(`  ${printable(text)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A table for a pull-request comment: each metric that moved, old, new, delta and which way is better. */
export function renderDiffMarkdown(diff: PlanDiff, names: DiffNames): string {
  const show = figures(diff.currency);
  if (diff.newPlan) {
    const rows = diff.metrics.map((m) => `| ${reportEn.metrics[m.name].label} | ${escapeMarkdown(show.metric(m.name, m.new))} |`);
    return `${[`### bizplan diff: ${escapeMarkdown(names.new)} is a new plan`, '', '| Metric | Value |', '| --- | --- |', ...rows].join('\n')}\n`;
  }
  const changed = diff.metrics.filter((m) => m.change !== 'same');
  const unchanged = diff.metrics.length - changed.length;
  const lines = [`### bizplan diff: ${escapeMarkdown(names.old)} → ${escapeMarkdown(names.new)}`, ''];
  if (changed.length === 0) lines.push('No metric changed.');
  else {
    lines.push('| Metric | Old | New | Change |', '| --- | --- | --- | --- |');
    for (const m of changed) {
      const arrow = m.change === 'better' ? '🟢 ▲ better' : m.change === 'worse' ? '🔴 ▼ worse' : 'changed';
      lines.push(`| ${reportEn.metrics[m.name].label} | ${escapeMarkdown(show.metric(m.name, m.old))} | ${escapeMarkdown(show.metric(m.name, m.new))} | ${[escapeMarkdown(show.delta(m.name, m.delta)), arrow].filter(Boolean).join(' ')} |`);
    }
    if (unchanged > 0) lines.push('', `${unchanged} other metric${unchanged === 1 ? '' : 's'} unchanged.`);
  }
  lines.push('');
  if (diff.inputs.length === 0) lines.push('No input changed.');
  else {
    lines.push('**Inputs changed**', '', '| Input | Old | New |', '| --- | --- | --- |');
    // The key may hold an item's name, so it is escaped like any plan text, never put in a code span.
    for (const i of diff.inputs) {
      const line = inputLine(i, show);
      lines.push(`| ${escapeMarkdown(line.key)} | ${escapeMarkdown(line.old)} | ${escapeMarkdown(line.new)} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const num = (text: string | null) => (text === null ? null : new JsonNumber(text));
/** A metric's figure as JSON: a boolean for a true-or-false metric. */
const metricJson = (name: MetricKey, text: string | null) => (text !== null && BOOLEAN_METRICS.has(name) ? text === 'true' : num(text));

export function renderDiffJson(diff: PlanDiff, names: DiffNames, worse: readonly string[]): string {
  return `${stringifyJson({
    old: names.old,
    new: names.new,
    metrics: diff.metrics.map((m) => ({ name: m.name, old: metricJson(m.name, m.old), new: metricJson(m.name, m.new), delta: num(m.delta), change: m.change })),
    newPlan: diff.newPlan,
    inputs: diff.inputs,
    failedOnWorse: worse,
  })}\n`;
}
