import type { Decimal } from 'decimal.js';
import stringWidth from 'string-width';
import { catalogFor, planFormatter } from '../calculate.js';
import { Dec } from '../decimal.js';
import type { Plan } from '../plan/schema.js';
import type { Tornado, TornadoRow } from '../whatif/sensitivity.js';
import { metricText, rowFacts } from './tornado.js';
import { printable } from './safe-text.js';

// The tornado for a terminal: bars of Unicode blocks either side of the base value.

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
  const t = catalogFor(plan);
  const w = t.whatIfOutput;
  const half = Math.max(4, Math.floor((Math.max(width, 24) - 4) / 2));
  const scale = tornado.rows.reduce((max, row) => {
    const { below, above } = extents(tornado, row);
    return Dec.max(max, below, above);
  }, new Dec(0));
  const lines = [
    ...wrap(w.tornadoTitle(tornado.metric, printable(planShownAs), metricText(format, t, tornado.metric, tornado.base)), width, '  '),
    ...wrap(w.bars, width, ''),
    '',
  ];
  for (const [i, row] of tornado.rows.entries()) {
    const facts = rowFacts(format, t, tornado.metric, row);
    lines.push(...wrap(`${String(i + 1).padStart(2)}. ${row.path}${t.summary.colon}${facts.range}`, width, '    '));
    lines.push(...wrap(`    ${w.atEnds(tornado.metric, facts.at, facts.swing)}`, width, '    '));
    const { below, above } = extents(tornado, row);
    const cells = (value: Decimal) => (scale.isZero() ? 0 : value.div(scale).mul(half).toNumber());
    const left = FULL.repeat(Math.round(cells(below)));
    lines.push(`  ${left.padStart(half)}│${rightBar(cells(above))}`.trimEnd());
  }
  return `${lines.join('\n')}\n`;
}
