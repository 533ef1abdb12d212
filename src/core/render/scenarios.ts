import type { Decimal } from 'decimal.js';
import stringWidth from 'string-width';
import { catalogFor, planFormatter } from '../calculate.js';
import type { Catalog } from '../i18n/catalog.js';
import { roundedText } from '../finance/display.js';
import { BOOLEAN_METRICS, INTEGER_METRICS, METRIC_KEYS, MONEY_METRICS, type MetricKey } from '../finance/metrics.js';
import type { Formatter } from '../format.js';
import type { CheckKey } from '../finance/checks.js';
import { showExpected, type CaseResult, type ExpectedMetrics } from '../whatif/scenarios.js';
import { calcJsonObject } from './calc-json.js';
import { JsonNumber, stringifyJson } from './json.js';
import { escapeMarkdown } from '../report/markdown.js';
import { printable } from './safe-text.js';

// The base case and its scenarios side by side: JSON for scripts (a public shape), Markdown,
// and a terminal table that wraps into blocks of columns to fit the width.

const probabilityJson = (p: Decimal | null) => (p === null ? null : new JsonNumber(roundedText(p, 4)));

/** The object `scenarios --format json` prints: the base first, each case's metrics and checks as `calc --json` has them. */
export function scenariosJsonObject(planPath: string, cases: readonly CaseResult[], expected: ExpectedMetrics | null): Record<string, unknown> {
  return {
    plan: planPath,
    scenarios: cases.map((c) => {
      const calc = calcJsonObject(planPath, c.calculation);
      return { name: c.name, probability: probabilityJson(c.probability), metrics: calc.metrics, checks: calc.checks };
    }),
    expected: expected && Object.fromEntries(Object.entries(showExpected(expected)).map(([key, text]) => [key, text === null ? null : new JsonNumber(text)])),
  };
}

export function renderScenariosJson(planPath: string, cases: readonly CaseResult[], expected: ExpectedMetrics | null): string {
  return `${stringifyJson(scenariosJsonObject(planPath, cases, expected))}\n`;
}

/** A figure as people read it in a narrow column. */
function metricCell(format: Formatter, t: Catalog, key: MetricKey, text: string | null): string {
  if (text === null) return '—';
  if (BOOLEAN_METRICS.has(key)) return text === 'true' ? t.summary.yes : t.summary.no;
  if (MONEY_METRICS.has(key)) return format.moneyWhole(text);
  if (key === 'gross_margin') return format.percent(text, 1);
  if (INTEGER_METRICS.has(key)) return text;
  return format.number(text, 2);
}

/** An expected value: money whole, default_alive as a probability, everything else to 2 places. */
function expectedCell(format: Formatter, key: MetricKey, text: string | null): string {
  if (text === null) return '—';
  if (BOOLEAN_METRICS.has(key)) return format.percent(text, 1);
  if (MONEY_METRICS.has(key)) return format.moneyWhole(text);
  if (key === 'gross_margin') return format.percent(text, 1);
  return format.number(text, 2);
}

interface Table {
  header: string[];
  rows: string[][];
  /** Each row's label in Markdown: a key as code, words as words. */
  markdownLabels: string[];
}

/** The words of the plan's language: the base case's. */
const wordsOf = (cases: readonly CaseResult[]) => catalogFor((cases[0] as CaseResult).calculation.plan);

/** Rows of figures: one column per case (and the expected values), one row per metric and per check. */
function tableOf(cases: readonly CaseResult[], expected: ExpectedMetrics | null): Table {
  const base = cases[0];
  if (!base) return { header: [], rows: [], markdownLabels: [] };
  const format = planFormatter(base.calculation.plan);
  const t = catalogFor(base.calculation.plan);
  const w = t.whatIfOutput;
  const shownExpected = expected && showExpected(expected);
  // Metric keys and scenario names are the plan's identifiers: the same in every language.
  const header = ['', ...cases.map((c, i) => (i === 0 ? w.base : c.name)), ...(shownExpected ? [w.expected] : [])];
  const rows: string[][] = [];
  const markdownLabels: string[] = [];
  if (cases.every((c) => c.probability !== null)) {
    rows.push([w.probability, ...cases.map((c) => format.percent(roundedText(c.probability as Decimal, 4), 1)), ...(shownExpected ? [''] : [])]);
    markdownLabels.push(w.probability);
  }
  for (const key of METRIC_KEYS) {
    markdownLabels.push(`\`${key}\``);
    rows.push([key, ...cases.map((c) => metricCell(format, t, key, c.calculation.shown[key])), ...(shownExpected ? [expectedCell(format, key, shownExpected[key])] : [])]);
  }
  // Every check any case judges, in the order they come; a case without it shows a dash.
  const names: CheckKey[] = [];
  for (const c of cases) for (const check of c.calculation.checks) if (!names.includes(check.name)) names.push(check.name);
  for (const name of names) {
    markdownLabels.push(w.check(`\`${name}\``));
    rows.push([w.check(name), ...cases.map((c) => {
      const check = c.calculation.checks.find((x) => x.name === name);
      return check ? (check.pass ? '✓' : '✗') : '—';
    }), ...(shownExpected ? [''] : [])]);
  }
  return { header, rows, markdownLabels };
}

const pad = (text: string, width: number, right: boolean) => {
  const gap = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return right ? gap + text : text + gap;
};

/** The narrowest a cut scenario name gets, however narrow the terminal: enough to tell names apart. */
const MIN_NAME_WIDTH = 12;

/** Text cut to at most `max` columns, ending in `…` when cut; wide (CJK) characters count two. */
function clipToWidth(text: string, max: number): string {
  if (stringWidth(text) <= max) return text;
  let kept = '';
  for (const char of text) {
    if (stringWidth(kept + char) > max - 1) break;
    kept += char;
  }
  return `${kept}…`;
}

/**
 * The side-by-side table for a terminal `width` columns wide. When the cases do not fit,
 * the columns wrap into blocks, each repeating the row names.
 */
export function renderScenariosText(planShownAs: string, cases: readonly CaseResult[], expected: ExpectedMetrics | null, width: number): string {
  const table = tableOf(cases, expected);
  const cols = table.header.length;
  const labelWidth = Math.max(...table.rows.map((r) => stringWidth(r[0] ?? '')));
  // Measured as printed (escaped), and a name too wide for a column beside the labels is cut, so no line passes the width.
  const header = table.header.map((h, i) => (i === 0 ? h : clipToWidth(printable(h), Math.max(MIN_NAME_WIDTH, width - labelWidth - 2))));
  const widthOf = (i: number) => Math.max(stringWidth(header[i] ?? ''), ...table.rows.map((r) => stringWidth(r[i] ?? '')));
  const blocks: number[][] = [];
  let block: number[] = [];
  let used = labelWidth;
  for (let i = 1; i < cols; i++) {
    const w = widthOf(i) + 2;
    if (block.length > 0 && used + w > width) {
      blocks.push(block);
      block = [];
      used = labelWidth;
    }
    block.push(i);
    used += w;
  }
  if (block.length > 0) blocks.push(block);
  const t = wordsOf(cases);
  const out = [t.whatIfOutput.scenariosTitle(printable(planShownAs), cases.length - 1)];
  for (const columns of blocks) {
    out.push('');
    const line = (cells: readonly string[], i: number) => columns.reduce((text, c) => `${text}  ${pad(cells[c] ?? '', widthOf(c), i > 0)}`, pad(cells[0] ?? '', labelWidth, false)).trimEnd();
    out.push(line(header, 1));
    for (const row of table.rows) out.push(line(row, 1));
  }
  const described = cases.filter((c) => c.description);
  if (described.length > 0) {
    out.push('');
    for (const c of described) out.push(`${printable(c.name)}${t.summary.colon}${printable(c.description ?? '')}`);
  }
  return `${out.join('\n')}\n`;
}

/** Markdown cells may not hold a pipe or a line break. */
// Figures escaped as the report escapes them: a `$` before each of two amounts on a line would read as math on GitHub.
const cell = (text: string) => escapeMarkdown(text);

/** The side-by-side table in Markdown, every case in one table. */
export function renderScenariosMarkdown(cases: readonly CaseResult[], expected: ExpectedMetrics | null): string {
  const table = tableOf(cases, expected);
  const t = wordsOf(cases).whatIfOutput;
  const lines = [
    // A scenario name is the user's text: escaped as the report escapes it, so `<b>` or `*x*` shows as typed.
    `| ${t.figure} | ${table.header.slice(1).map((name) => escapeMarkdown(name)).join(' | ')} |`,
    `|---|${table.header.slice(1).map(() => '---:').join('|')}|`,
    ...table.rows.map((row, i) => `| ${table.markdownLabels[i] ?? ''} | ${row.slice(1).map(cell).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
