import { Document, isMap, isNode, isScalar, isSeq, Scalar, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { Dec, isDecimal } from '../decimal.js';
import { parseYaml } from './load.js';
import { contentEnd, endOfLine, lineStart } from './source-span.js';
import { toYamlValue } from './write-plan.js';

/** Replace source[start, end) with text; an insertion has start === end. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

type Plain = Record<string, unknown>;

const NUMBER_TEXT = /^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?\s*(%?)\s*$/i;

function isPlainObject(value: unknown): value is Plain {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !isDecimal(value);
}

/** A number as the schema reads it: a Decimal, or text of digits, a percent meaning a fraction. */
function asNumber(value: unknown): Dec | undefined {
  if (isDecimal(value)) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? new Dec(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const match = NUMBER_TEXT.exec(value);
  if (!match) return undefined;
  const digits = value.trim().replace(/\s*%$/, '');
  return match[1] ? new Dec(digits).div(100) : new Dec(digits);
}

/**
 * Whether two values mean the same to the plan: 0.03 and "3%" do, and so do text that
 * differs only by surrounding spaces, the way the wizard trims what it is given.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if ((a === undefined || a === null) && (b === undefined || b === null)) return true;
  const numbers = [asNumber(a), asNumber(b)];
  if (numbers[0] && numbers[1]) return numbers[0].eq(numbers[1]);
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = (o: Plain) => Object.keys(o).filter((k) => o[k] !== undefined);
    const [ka, kb] = [keys(a), keys(b)];
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
  }
  return a === b;
}

/** Where a parsed node starts and where its value ends. */
function span(node: Node): [number, number] {
  if (!node.range) throw new Error('a plan node without a source range');
  return [node.range[0], node.range[1]];
}

const isScalarValue = (value: unknown) => value === null || value === undefined || typeof value !== 'object' || isDecimal(value);

/**
 * Edits a plan's source text so it holds `next`, changing only the text of values that
 * differ: untouched keys keep their bytes, comments, order and quoting. Returns undefined
 * when it cannot do so safely (an alias, a flow-style root, a result that would not read
 * back as `next`); the caller then writes the plan afresh.
 */
export function editPlanText(source: string, next: Plain): string | undefined {
  const parsed = parseYaml(source, '');
  if (!parsed.ok) return undefined;
  const root = parsed.document.contents;
  const original = parsed.value;
  if (!isMap(root) || root.flow || !isPlainObject(original)) return undefined;
  // calc owns the metrics: section; the wizard neither asks for it nor removes it.
  const target = original.metrics === undefined ? next : { ...next, metrics: original.metrics };
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const edits = new SourceEditor(source, eol).map(root, original, target);
  if (!edits) return undefined;
  let text = source;
  // Insertions at one offset go in as one, in the order they were made.
  const merged: Edit[] = [];
  for (const edit of edits) {
    const same = edit.start === edit.end ? merged.find((m) => m.start === edit.start && m.end === edit.start) : undefined;
    if (same) same.text += edit.text;
    else merged.push({ ...edit });
  }
  // From the end backwards so earlier offsets stay valid; at one offset, a replacement before an insertion.
  const ordered = merged.sort((x, y) => y.start - x.start || y.end - y.start - (x.end - x.start));
  for (const edit of ordered) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  const check = parseYaml(text, '');
  if (!check.ok || !sameValue(check.value, target)) return undefined;
  return text;
}

class SourceEditor {
  constructor(
    private readonly source: string,
    private readonly eol: string,
  ) {}

  private column(offset: number): number {
    return offset - lineStart(this.source, offset);
  }

  /** Whether only spaces come before the offset on its line. */
  private startsLine(offset: number): boolean {
    return /^\uFEFF?[ ]*$/.test(this.source.slice(lineStart(this.source, offset), offset));
  }

  /** End of the last line a node's content is on. */
  private endOf(node: unknown): number | undefined {
    const end = contentEnd(node);
    return end === undefined ? undefined : endOfLine(this.source, end - 1);
  }

  /** YAML text of a value, its first line to follow what is already on the line, the others at `column`. */
  private render(value: unknown, column: number): string {
    const text = new Document(toYamlValue(value)).toString({ lineWidth: 0 }).replace(/\n$/, '');
    return text
      .split('\n')
      .map((line, i) => (i === 0 || line === '' ? line : ' '.repeat(column) + line))
      .join(this.eol);
  }

  node(node: Node, before: unknown, after: unknown): Edit[] | undefined {
    if (sameValue(before, after)) return [];
    if (isMap(node) && !node.flow && isPlainObject(before) && isPlainObject(after)) return this.map(node, before, after);
    if (isSeq(node) && !node.flow && Array.isArray(before) && Array.isArray(after)) return this.seq(node, before, after);
    if (isScalar(node) && isScalarValue(before) && isScalarValue(after)) return this.scalar(node, after);
    return undefined;
  }

  private scalar(node: Scalar, value: unknown): Edit[] | undefined {
    if (node.anchor !== undefined || node.tag !== undefined) return undefined;
    const yamlValue = toYamlValue(value);
    let text: string;
    if (typeof yamlValue === 'string' && node.type === Scalar.QUOTE_DOUBLE) text = JSON.stringify(yamlValue);
    else if (typeof yamlValue === 'string' && node.type === Scalar.QUOTE_SINGLE) text = `'${yamlValue.replaceAll("'", "''")}'`;
    else text = this.render(yamlValue, 0);
    if (text.includes('\n')) return undefined;
    const [start, end] = span(node);
    const old = this.source.slice(start, end);
    // An empty value (`key:`) needs a space after its colon; a block scalar's lines end with a line break.
    if (start === end) text = ` ${text}`;
    else if (old.endsWith('\n')) text += this.eol;
    return [{ start, end, text }];
  }

  map(map: YAMLMap, before: Plain, after: Plain): Edit[] | undefined {
    const edits: Edit[] = [];
    const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : undefined);
    let kept = 0;
    for (const pair of map.items) {
      const key = keyOf(pair);
      if (key === undefined || !isNode(pair.key)) return undefined;
      if (after[key] === undefined) {
        const removed = this.removePair(pair);
        if (!removed) return undefined;
        edits.push(removed);
        continue;
      }
      kept++;
      const own = isNode(pair.value) ? this.node(pair.value, before[key], after[key]) : sameValue(before[key], after[key]) ? [] : undefined;
      const edit = own ?? this.replacePair(pair, key, after[key]);
      if (!edit) return undefined;
      edits.push(...edit);
    }
    const present = new Set(map.items.map(keyOf));
    const added = Object.keys(after).filter((k) => after[k] !== undefined && !present.has(k));
    if (kept === 0 && added.length === 0) return undefined;
    const first = map.items[0];
    if (added.length > 0) {
      if (!first || !isNode(first.key)) return undefined;
      const column = this.column(span(first.key)[0]);
      // A new key goes after the key it follows in the answers, so a section lands where the wizard asks it.
      let anchor: Pair | undefined;
      for (const key of Object.keys(after)) {
        if (present.has(key)) {
          anchor = map.items.find((p) => keyOf(p) === key);
          continue;
        }
        if (after[key] === undefined) continue;
        const text = `${' '.repeat(column)}${this.render({ [key]: after[key] }, column)}${this.eol}`;
        const at = anchor ? this.endOf(anchor) : this.startsLine(span(first.key)[0]) ? lineStart(this.source, span(first.key)[0]) : undefined;
        if (at === undefined) return undefined;
        edits.push({ start: at, end: at, text });
      }
    }
    return edits;
  }

  private removePair(pair: Pair): Edit | undefined {
    if (!isNode(pair.key) || !this.startsLine(span(pair.key)[0])) return undefined;
    const end = this.endOf(pair);
    return end === undefined ? undefined : { start: lineStart(this.source, span(pair.key)[0]), end, text: '' };
  }

  private replacePair(pair: Pair, key: string, value: unknown): Edit[] | undefined {
    if (!isNode(pair.key)) return undefined;
    const start = span(pair.key)[0];
    const end = this.endOf(pair);
    if (end === undefined) return undefined;
    return [{ start, end, text: `${this.render({ [key]: value }, this.column(start))}${this.eol}` }];
  }

  /** Where an item's `-` is, when only spaces separate it from the item. */
  private dash(item: unknown): number | undefined {
    if (!isNode(item)) return undefined;
    const dash = this.source.lastIndexOf('-', span(item)[0] - 1);
    return dash >= 0 && /^\s*$/.test(this.source.slice(dash + 1, span(item)[0])) ? dash : undefined;
  }

  private replaceItem(item: unknown, value: unknown): Edit[] | undefined {
    const dash = this.dash(item);
    const end = this.endOf(item);
    if (dash === undefined || end === undefined) return undefined;
    return [{ start: dash, end, text: `${this.render([value], this.column(dash))}${this.eol}` }];
  }

  private seq(seq: YAMLSeq, before: unknown[], after: unknown[]): Edit[] | undefined {
    if (seq.items.length === 0 || after.length === 0 || seq.items.length !== before.length) return undefined;
    const edits: Edit[] = [];
    const common = Math.min(before.length, after.length);
    for (let i = 0; i < common; i++) {
      const item = seq.items[i];
      const own = isNode(item) ? this.node(item, before[i], after[i]) : undefined;
      const edit = own ?? this.replaceItem(item, after[i]);
      if (!edit) return undefined;
      edits.push(...edit);
    }
    const firstDash = this.dash(seq.items[0]);
    const lastEnd = this.endOf(seq.items.at(-1));
    if (firstDash === undefined || lastEnd === undefined) return undefined;
    if (after.length > before.length) {
      const column = this.column(firstDash);
      const text = after
        .slice(before.length)
        .map((value) => `${' '.repeat(column)}${this.render([value], column)}${this.eol}`)
        .join('');
      edits.push({ start: lastEnd, end: lastEnd, text });
    } else if (after.length < before.length) {
      const dash = this.dash(seq.items[after.length]);
      if (dash === undefined || !this.startsLine(dash)) return undefined;
      edits.push({ start: lineStart(this.source, dash), end: lastEnd, text: '' });
    }
    return edits;
  }
}
