import { stringifyJson, JsonNumber } from '../render/json.js';
import type { Paint } from '../render/paint.js';
import { printable } from '../render/safe-text.js';
import { escapeMarkdown } from '../report/markdown.js';
import { catalogs, type Language } from '../i18n/index.js';
import { formatter } from '../format.js';
import { Dec } from '../decimal.js';
import { BOOLEAN_METRICS, MONEY_METRICS, type MetricKey } from '../finance/metrics.js';
import type { NumberKind } from '../plan/fields.js';
import type { InputChange, PlanDiff } from './diff.js';
import type { Catalog } from '../i18n/index.js';

/** Metrics that are shares of revenue: shown as percents, their deltas in percentage points. */
const RATE_METRICS: ReadonlySet<MetricKey> = new Set(['gross_margin', 'gross_margin_with_compute']);

/** How one diff shows numbers: money in the currency both plans share, rates as percents. */
function figures(currency: string | null, language: Language) {
  const t = catalogs[language];
  const f = formatter(t.locale, currency ?? 'USD');
  const percent = (fraction: string) => `${new Dec(fraction).mul(100).toString()}%`;
  const metric = (name: MetricKey, value: string): string => {
    if (RATE_METRICS.has(name)) return f.percent(value, 2);
    return currency && MONEY_METRICS.has(name) ? f.money(value) : f.number(value, 4);
  };
  const sign = (delta: string, show: (magnitude: string) => string) => (delta.startsWith('-') ? `−${show(delta.slice(1))}` : `+${show(delta)}`);
  return {
    /** A figure for people, or what its null means ("not within the horizon"). */
    metric: (name: MetricKey, value: string | null) => {
      if (value === null) return t.report.nullMetric[name] ?? t.report.notApplicable;
      // A true-or-false metric (default_alive) shows as its word.
      return BOOLEAN_METRICS.has(name) ? value : metric(name, value);
    },
    delta: (name: MetricKey, delta: string | null) => {
      if (delta === null) return '';
      if (RATE_METRICS.has(name)) return sign(delta, (d) => `${f.number(new Dec(d).mul(100).toString(), 2)} ${t.diffOutput.points}`);
      return sign(delta, (d) => metric(name, d));
    },
    /** An input as written, shown as what it measures: `$1,800`, `2.5%`, `1,200`; exact, never rounded. */
    input: (value: string | null, kind: NumberKind | undefined): string => {
      if (value === null) return t.diffOutput.none;
      if (!kind || !/^-?\d+(\.\d+)?$/.test(value)) return value;
      if (kind === 'rate') return percent(value);
      return kind === 'money' && currency ? f.moneyExact(value) : f.number(value, 20);
    },
  };
}

/** An input's old and new values, or that an item came or went. */
function inputLine(i: InputChange, show: ReturnType<typeof figures>, words: Catalog['diffOutput']): { key: string; old: string; new: string; came?: 'added' | 'removed' } {
  if (i.change === 'added' && i.kind === undefined && i.old === null) return { key: i.key, old: '—', new: words.added, came: 'added' };
  if (i.change === 'removed' && i.kind === undefined && i.new === null) return { key: i.key, old: words.removed, new: '—', came: 'removed' };
  return { key: i.key, old: show.input(i.old, i.kind), new: show.input(i.new, i.kind) };
}

export interface DiffNames {
  old: string;
  new: string;
}

/** The words of a diff in the new plan's language (English by default). */
export function renderDiffText(diff: PlanDiff, names: DiffNames, paint: Paint, language: Language = 'en'): string {
  const show = figures(diff.currency, language);
  const w = catalogs[language].diffOutput;
  if (diff.newPlan) {
    const width = Math.max(...diff.metrics.map((m) => m.name.length));
    return `${[paint.bold(w.newPlan(printable(names.new))), ...diff.metrics.map((m) => `  ${m.name.padEnd(width)}  ${show.metric(m.name, m.new)}`)].join('\n')}\n`;
  }
  const changed = diff.metrics.filter((m) => m.change !== 'same');
  const lines = [paint.bold(`${printable(names.old)} → ${printable(names.new)}`)];
  if (changed.length === 0) lines.push(`  ${w.noMetricChanged}`);
  const width = Math.max(0, ...changed.map((m) => m.name.length));
  for (const m of changed) {
    const mark = m.change === 'better' ? paint.green(`▲ ${w.better}`) : m.change === 'worse' ? paint.red(`▼ ${w.worse}`) : paint.dim(w.changed);
    lines.push(`  ${m.name.padEnd(width)}  ${show.metric(m.name, m.old)} → ${show.metric(m.name, m.new)}${m.delta === null ? '' : ` (${show.delta(m.name, m.delta)})`}  ${mark}`);
  }
  if (diff.inputs.length > 0) {
    lines.push('', paint.bold(w.inputsChanged));
    for (const i of diff.inputs) {
      const line = inputLine(i, show, w);
      const text = line.came === 'added' ? `+ ${line.key}` : line.came === 'removed' ? `− ${line.key}` : `${line.key}: ${line.old} → ${line.new}`;
      lines.push(`  ${printable(text)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A table for a pull-request comment: each metric that moved, old, new, delta and which way is better. */
export function renderDiffMarkdown(diff: PlanDiff, names: DiffNames, language: Language = 'en'): string {
  const show = figures(diff.currency, language);
  const t = catalogs[language];
  const w = t.diffOutput;
  const h = w.headers;
  if (diff.newPlan) {
    const rows = diff.metrics.map((m) => `| ${t.report.metrics[m.name].label} | ${escapeMarkdown(show.metric(m.name, m.new))} |`);
    return `${[`### bizplan diff: ${w.newPlan(escapeMarkdown(names.new))}`, '', `| ${h.metric} | ${h.value} |`, '| --- | --- |', ...rows].join('\n')}\n`;
  }
  const changed = diff.metrics.filter((m) => m.change !== 'same');
  const unchanged = diff.metrics.length - changed.length;
  const lines = [`### bizplan diff: ${escapeMarkdown(names.old)} → ${escapeMarkdown(names.new)}`, ''];
  if (changed.length === 0) lines.push(w.noMetricChanged);
  else {
    lines.push(`| ${h.metric} | ${h.old} | ${h.new} | ${h.change} |`, '| --- | --- | --- | --- |');
    for (const m of changed) {
      const arrow = m.change === 'better' ? `🟢 ▲ ${w.better}` : m.change === 'worse' ? `🔴 ▼ ${w.worse}` : w.changed;
      lines.push(`| ${t.report.metrics[m.name].label} | ${escapeMarkdown(show.metric(m.name, m.old))} | ${escapeMarkdown(show.metric(m.name, m.new))} | ${[escapeMarkdown(show.delta(m.name, m.delta)), arrow].filter(Boolean).join(' ')} |`);
    }
    if (unchanged > 0) lines.push('', w.otherUnchanged(unchanged));
  }
  lines.push('');
  if (diff.inputs.length === 0) lines.push(w.noInputChanged);
  else {
    lines.push(`**${w.inputsChanged}**`, '', `| ${h.input} | ${h.old} | ${h.new} |`, '| --- | --- | --- |');
    // The key may hold an item's name, so it is escaped like any plan text, never put in a code span.
    for (const i of diff.inputs) {
      const line = inputLine(i, show, w);
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
