import stringWidth from 'string-width';
import { catalogs } from '../i18n/index.js';
import type { Plan } from '../plan/schema.js';
import { SIMULATED_FIGURES, type SimulationResult } from '../simulate/index.js';
import { printable } from './safe-text.js';
import { correlationText, figureText, headline, percentText, simulationWords } from './simulation.js';

// The simulation for a terminal, in the plan's language: sentences wrapped and a table that
// fit the width (80 columns when not a terminal).

/** Breaks a line may take: at a space, or between two characters of Chinese (which has no spaces). */
const UNIT = /\p{Script=Han}[\p{P}\uFF08-\uFF5E]*|[^\s\p{Script=Han}]+/gu;

/** Text wrapped to `width` columns, continuation lines indented; a unit longer than a line stays whole. */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  const lead = /^ */.exec(text)?.[0] ?? '';
  let line = lead;
  let last = lead.length;
  for (const match of text.matchAll(UNIT)) {
    const unit = match[0];
    const spaced = match.index > last && /\s/.test(text.slice(last, match.index));
    last = match.index + unit.length;
    const fresh = line === lead || line === indent;
    const joined = fresh ? line + unit : `${line}${spaced ? ' ' : ''}${unit}`;
    if (!fresh && stringWidth(joined) > width) {
      lines.push(line);
      line = indent + unit;
    } else line = joined;
  }
  return [...lines, line];
}

const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - stringWidth(text)));
const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - stringWidth(text))) + text;

/** The percentile table: one row a figure, or, when the columns cannot fit, each figure over its values. */
function percentileTable(plan: Plan, result: SimulationResult, width: number): string[] {
  const { t, format } = simulationWords(plan);
  const rows = SIMULATED_FIGURES.map((key) => {
    const p = result.percentiles[key];
    return [t.figures[key], ...[p.p10, p.p50, p.p90].map((v) => figureText(format, t, key, v))] as const;
  });
  const head = [t.figure, 'P10', 'P50', 'P90'] as const;
  const labelWidth = Math.max(...[head, ...rows].map((r) => stringWidth(r[0])));
  const valueWidth = Math.max(...[head, ...rows].flatMap((r) => r.slice(1).map((v) => stringWidth(v))));
  if (labelWidth + 3 * (valueWidth + 2) <= width) {
    return [head, ...rows].map((r) => `${padEnd(r[0], labelWidth)}${r.slice(1).map((v) => `  ${padStart(v, valueWidth)}`).join('')}`);
  }
  return rows.flatMap((r) => [r[0], ...wrapText(`  P10 ${r[1]}  P50 ${r[2]}  P90 ${r[3]}`, width, '  ')]);
}

/** The results for a terminal `width` columns wide. */
export function renderSimulationText(plan: Plan, result: SimulationResult, width: number, planShownAs: string): string {
  const { t, format } = simulationWords(plan);
  const colon = catalogs[plan.language].summary.colon;
  const fit = Math.max(width, 40);
  const lines = [
    ...wrapText(t.title(printable(planShownAs), format.number(result.runs, 0), String(result.seed)), fit, '  '),
    '',
    ...headline(plan, result).flatMap((sentence) => wrapText(sentence, fit)),
    '',
    t.percentilesHeading,
    ...percentileTable(plan, result, fit),
    '',
    t.checksHeading,
  ];
  const checks = Object.entries(result.check_failure_shares);
  if (checks.length === 0) lines.push(`  ${t.noChecks}`);
  for (const [key, value] of checks) lines.push(...wrapText(`  ${key}${colon}${t.failShare(percentText(format, value))}`, fit, '    '));
  lines.push('', t.driversHeading);
  for (const d of result.drivers) lines.push(...wrapText(`  ${d.path}${colon}${correlationText(format, t, d.rank_correlation)}`, fit, '    '));
  const clamped = Object.entries(result.clamped).filter(([, count]) => count > 0);
  if (clamped.length > 0) {
    lines.push('', t.clampedHeading);
    for (const [key, count] of clamped) lines.push(...wrapText(`  ${key}${colon}${t.clamped(format.number(count, 0), percentText(format, count / result.runs))}`, fit, '    '));
  }
  if (result.cash_by_month.runs < result.runs) lines.push('', ...wrapText(t.fanChartRuns(format.number(result.cash_by_month.runs, 0)), fit));
  return `${lines.join('\n')}\n`;
}
