import { stringifyJson, JsonNumber } from '../render/json.js';
import type { Paint } from '../render/paint.js';
import { printable } from '../render/safe-text.js';
import { escapeMarkdown } from '../report/markdown.js';
import { reportEn } from '../i18n/report-en.js';
import { formatter } from '../format.js';
import type { MetricKey } from '../finance/metrics.js';
import type { Change, PlanDiff } from './diff.js';

const MARK: Record<Change, string> = { better: '▲ better', worse: '▼ worse', changed: 'changed', same: '' };
const grouped = formatter('en-US', 'USD').number;
/** A figure for people: grouped digits, or what its null means ("not within the horizon"). */
const figure = (name: MetricKey, value: string | null) => (value === null ? (reportEn.nullMetric[name] ?? 'n/a') : grouped(value, 4));
const show = (value: string | null) => value ?? 'none';
const signed = (delta: string | null) => (delta === null ? '' : delta.startsWith('-') ? `−${grouped(delta.slice(1), 4)}` : `+${grouped(delta, 4)}`);

export interface DiffNames {
  old: string;
  new: string;
}

export function renderDiffText(diff: PlanDiff, names: DiffNames, paint: Paint): string {
  const changed = diff.metrics.filter((m) => m.change !== 'same');
  const lines = [paint.bold(`${printable(names.old)} → ${printable(names.new)}`)];
  if (changed.length === 0) lines.push('  No metric changed.');
  const width = Math.max(0, ...changed.map((m) => m.name.length));
  for (const m of changed) {
    const mark = m.change === 'better' ? paint.green(MARK.better) : m.change === 'worse' ? paint.red(MARK.worse) : paint.dim(MARK.changed);
    lines.push(`  ${m.name.padEnd(width)}  ${figure(m.name, m.old)} → ${figure(m.name, m.new)}${m.delta === null ? '' : ` (${signed(m.delta)})`}  ${mark}`);
  }
  if (diff.inputs.length > 0) {
    lines.push('', paint.bold('Inputs changed'));
    for (const i of diff.inputs) lines.push(printable(`  ${i.key}: ${show(i.old)} → ${show(i.new)}`));
  }
  return `${lines.join('\n')}\n`;
}

/** A table for a pull-request comment: each metric that moved, old, new, delta and which way is better. */
export function renderDiffMarkdown(diff: PlanDiff, names: DiffNames): string {
  const changed = diff.metrics.filter((m) => m.change !== 'same');
  const unchanged = diff.metrics.length - changed.length;
  const lines = [`### bizplan diff: ${escapeMarkdown(names.old)} → ${escapeMarkdown(names.new)}`, ''];
  if (changed.length === 0) lines.push('No metric changed.');
  else {
    lines.push('| Metric | Old | New | Change |', '| --- | --- | --- | --- |');
    for (const m of changed) {
      const arrow = m.change === 'better' ? '🟢 ▲ better' : m.change === 'worse' ? '🔴 ▼ worse' : 'changed';
      lines.push(`| ${reportEn.metrics[m.name].label} | ${figure(m.name, m.old)} | ${figure(m.name, m.new)} | ${[signed(m.delta), arrow].filter(Boolean).join(' ')} |`);
    }
    if (unchanged > 0) lines.push('', `${unchanged} other metric${unchanged === 1 ? '' : 's'} unchanged.`);
  }
  lines.push('');
  if (diff.inputs.length === 0) lines.push('No input changed.');
  else {
    lines.push('**Inputs changed**', '', '| Input | Old | New |', '| --- | --- | --- |');
    for (const i of diff.inputs) lines.push(`| \`${i.key}\` | ${escapeMarkdown(show(i.old))} | ${escapeMarkdown(show(i.new))} |`);
  }
  return `${lines.join('\n')}\n`;
}

const num = (text: string | null) => (text === null ? null : new JsonNumber(text));

export function renderDiffJson(diff: PlanDiff, names: DiffNames, worse: readonly string[]): string {
  return `${stringifyJson({
    old: names.old,
    new: names.new,
    metrics: diff.metrics.map((m) => ({ name: m.name, old: num(m.old), new: num(m.new), delta: num(m.delta), change: m.change })),
    inputs: diff.inputs,
    failedOnWorse: worse,
  })}\n`;
}
