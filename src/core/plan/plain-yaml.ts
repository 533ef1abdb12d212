import type { Decimal } from 'decimal.js';
import { NumberBeyondBounds, readDecimalText } from '../decimal.js';

/**
 * A reader for the plain YAML most plans are: block maps and lists, one-line scalars,
 * comments. It gives the same values as the full loader (load.ts) and gives up, returning
 * undefined, on anything it is not sure of: directives, document markers, tags, anchors,
 * aliases, flow collections, multi-line or escaped scalars, tabs, carriage returns,
 * duplicate keys, odd indentation, numbers YAML spells in ways other than plain digits,
 * and every word the full loader refuses. The full loader then reads the file and says
 * what, if anything, is wrong, with its line and column. A property test holds the two
 * to the same values on generated plans in many YAML styles (tests/unit/plain-yaml.test.ts).
 */

/** Not the other loader's business to judge here: any of these and the full path decides. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const DOUBTFUL_CHARACTER = /[\r\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\\]/;
/** Words that name JavaScript's object machinery. Two patterns are faster than one that alternates a character class with words (8.5 against 11 µs on the example plan). */
const DOUBTFUL_WORDS = /__proto__|constructor|prototype/;
const isDoubtful = (source: string) => DOUBTFUL_CHARACTER.test(source) || DOUBTFUL_WORDS.test(source);
/**
 * Where the key of a `key: ...` line ends (the colon), or -1: the keys this reader takes,
 * `[A-Za-z_][A-Za-z0-9_]*` then a colon at the end of the line or before a space. YAML reads
 * them as text in every schema, so `key: ...` means the text. A loop, not a pattern's match
 * array: every line of a plan asks.
 */
const isWordStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

function keyEnd(text: string): number {
  if (!isWordStart(text.charCodeAt(0))) return -1;
  let end = 1;
  for (let c = text.charCodeAt(end); isWordStart(c) || (c >= 48 && c <= 57); c = text.charCodeAt(end)) end += 1;
  if (text.charCodeAt(end) !== 58) return -1;
  return end + 1 === text.length || text.charCodeAt(end + 1) === 32 ? end : -1;
}
/** Keys the core schema would read as null or true/false rather than text. */
const NON_TEXT_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/**
 * A plain scalar may not start with an indicator; `-`, `?` and `:` may start one when a
 * character other than a space follows (YAML 1.2, ns-plain-first): `-30%` is text.
 */
const INDICATOR_START = /^(?:[,[\]{}#&*!|>'"%@`]|[-?:](?:\s|$))/;
/** YAML 1.2 core schema's int and float forms, as the yaml library tests them. */
const CORE_INT = /^[-+]?[0-9]+$/;
const CORE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** Forms the core schema reads in ways this reader leaves to the full path: hex, octal, infinities, not-a-number. */
const CORE_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|0x[0-9a-fA-F]+|0o[0-7]+)$/;
const CORE_NULL = /^(?:~|null|Null|NULL)$/;
const CORE_TRUE = /^(?:true|True|TRUE)$/;
const CORE_FALSE = /^(?:false|False|FALSE)$/;
/** A colon that would make a plain scalar a key: before a space or at the end. */
const COLON_SPACE = /:(?: |$)/;
/** What may follow a closing quote on its line: nothing, or a comment after a space. */
const AFTER_QUOTE = /^(?:\s*|\s+#.*)$/;

/** Deeper than any plan, and shallow enough that the reader's recursion stays far from the stack's end. */
const MAX_INDENT = 120;
/** The yaml library refuses an implicit key longer than 1024 characters. */
const MAX_KEY = 1000;

/** Thrown inside the reader to give up; never escapes it. */
class NotPlain extends Error {}

const notPlain = (): never => {
  throw new NotPlain();
};

interface Line {
  indent: number;
  /** The line's content after its indentation, without trailing spaces. */
  text: string;
  /** The line as written, for the content of block scalars. */
  raw: string;
  /** A blank line or a comment: no structure, though it may be part of a block scalar. */
  blank: boolean;
}

/** YAML's white space is the space (tabs are given up on): no other Unicode space is trimmed. */
function trimStart(text: string): string {
  let start = 0;
  while (text.charCodeAt(start) === 32) start += 1;
  return start === 0 ? text : text.slice(start);
}

// A loop, not / +$/: that pattern is tried at every space of every line, the reader's slowest step.
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/** Block scalar headers this reader takes: literal or folded, with clip or strip chomping. */
const BLOCK_HEADER = /^([|>])(-?)$/;

type Value = string | boolean | null | Decimal | NumberBeyondBounds | Value[] | { [key: string]: Value };

/** Whether a character may start a core-schema number or special (`-`, `+`, `.` or a digit). */
const mayStartNumber = (c: number) => c === 45 || c === 43 || c === 46 || (c >= 48 && c <= 57);

/**
 * A plain (unquoted) scalar, resolved by the core schema the way the full loader resolves it.
 * Each form is tried only after a first character it can start with: a plan has hundreds of scalars.
 */
function plainScalar(text: string): Value {
  if (text === '') return null;
  const first = text.charCodeAt(0);
  // ~, n, N; t, T; f, F.
  if ((first === 126 || first === 110 || first === 78) && CORE_NULL.test(text)) return null;
  if ((first === 116 || first === 84) && CORE_TRUE.test(text)) return true;
  if ((first === 102 || first === 70) && CORE_FALSE.test(text)) return false;
  if (mayStartNumber(first)) {
    if (CORE_SPECIAL.test(text)) return notPlain();
    if (CORE_INT.test(text) || CORE_FLOAT.test(text)) return readDecimalText(text) ?? notPlain();
  }
  if (INDICATOR_START.test(text) || COLON_SPACE.test(text)) return notPlain();
  return text;
}

/** A quoted scalar on one line, with nothing to unescape, then an optional comment. */
function quotedScalar(text: string, quote: '"' | "'"): string {
  const end = text.indexOf(quote, 1);
  if (end < 0 || !AFTER_QUOTE.test(text.slice(end + 1))) return notPlain();
  return text.slice(1, end);
}

/** A value written on the line of its key or dash. */
function inlineValue(text: string): Value {
  if (text.startsWith('"')) return quotedScalar(text, '"');
  if (text.startsWith("'")) return quotedScalar(text, "'");
  // A comment starts at a `#` after a space; the scalar is what comes before it.
  const comment = text.indexOf(' #');
  const scalar = trimEnd(comment < 0 ? text : text.slice(0, comment));
  if (scalar === '[]') return [];
  if (scalar === '{}') return {};
  return plainScalar(scalar);
}

class Reader {
  index = 0;
  constructor(readonly lines: Line[]) {}

  /** The next line with structure on it; blank and comment lines are passed over. */
  get current(): Line | undefined {
    while (this.lines[this.index]?.blank) this.index += 1;
    return this.lines[this.index];
  }

  /**
   * A literal (`|`) or folded (`>`) scalar under a key at `indent`, in its simplest form:
   * every line at one indentation, none blank, none ending in a space. Anything else is
   * left to the full path, whose rules for blank and more-indented lines are subtle.
   */
  blockScalar(indent: number, header: string): string {
    const [, style, chomp] = BLOCK_HEADER.exec(header) ?? notPlain();
    const lines: string[] = [];
    let contentIndent = -1;
    for (let line = this.lines[this.index]; line; line = this.lines[this.index]) {
      const lineIndent = line.raw.length - trimStart(line.raw).length;
      if (lineIndent === line.raw.length) {
        // A blank line inside the content, or before it: the full path decides what it means.
        const after = this.lines.slice(this.index).find((l) => trimStart(l.raw) !== '');
        if (lines.length === 0 || (after && after.raw.length - trimStart(after.raw).length > indent)) return notPlain();
        break;
      }
      if (lineIndent <= indent) break;
      if (contentIndent < 0) contentIndent = lineIndent;
      if (lineIndent !== contentIndent || line.raw.endsWith(' ')) return notPlain();
      lines.push(line.raw.slice(contentIndent));
      this.index += 1;
    }
    if (lines.length === 0) return notPlain();
    const body = lines.join(style === '>' ? ' ' : '\n');
    return chomp === '-' ? body : `${body}\n`;
  }

  /** A list or a map whose entries start at `indent`. */
  block(indent: number): Value {
    const line = this.current;
    if (!line) return notPlain();
    return isItem(line.text) ? this.list(indent) : this.map(indent);
  }

  map(indent: number): Value {
    const map: Record<string, Value> = {};
    for (let line = this.current; line && line.indent === indent; line = this.current) {
      const end = keyEnd(line.text);
      if (end < 0) return notPlain();
      const key = line.text.slice(0, end);
      // What follows the colon and its spaces: the inline value, or nothing.
      let from = end + 1;
      while (line.text.charCodeAt(from) === 32) from += 1;
      const rest = line.text.slice(from);
      if (key.length > MAX_KEY || NON_TEXT_KEY.test(key) || Object.hasOwn(map, key)) return notPlain();
      this.index += 1;
      map[key] = this.valueAfter(indent, rest, true);
    }
    return this.ended(indent, map);
  }

  list(indent: number): Value {
    const list: Value[] = [];
    for (let line = this.current; line && line.indent === indent && isItem(line.text); line = this.current) {
      const after = line.text.slice(1);
      const text = trimStart(after);
      if (text === '' || text.startsWith('#') || isItem(text)) return notPlain();
      if (keyEnd(text) >= 0) {
        // `- key: value`: a map whose keys line up after the dash.
        const mapIndent = indent + 1 + (after.length - text.length);
        this.lines[this.index] = { ...line, indent: mapIndent, text };
        list.push(this.map(mapIndent));
      } else {
        this.index += 1;
        list.push(this.valueAfter(indent, text, false));
      }
    }
    return this.ended(indent, list);
  }

  /** The value of a key at `indent` whose line goes on with `rest`: inline, or the block below it. */
  valueAfter(indent: number, rest: string, inMap: boolean): Value {
    const inline = rest === '' || rest.startsWith('#') ? undefined : rest;
    // Before looking for the next line: a block scalar's own lines may look like comments.
    if (inline !== undefined && inMap && BLOCK_HEADER.test(inline)) return this.blockScalar(indent, inline);
    const next = this.current;
    if (inline !== undefined) {
      // A deeper line after an inline value is a continuation this reader does not join.
      if (next && next.indent > indent) return notPlain();
      return inlineValue(inline);
    }
    if (next && next.indent > indent) return this.block(next.indent);
    // A list may sit at its key's own indentation.
    if (next && next.indent === indent && isItem(next.text)) return this.list(indent);
    return null;
  }

  /** A block ends where a line is less indented; a line more indented than its block is not plain. */
  ended<T>(indent: number, value: T): T {
    const next = this.current;
    if (next && next.indent > indent) return notPlain();
    return value;
  }
}

const isItem = (text: string) => text === '-' || text.startsWith('- ');

/**
 * The values of a plain YAML plan, as the full loader's `toJS` gives them (numbers as
 * exact Decimals from their digits), or undefined when the text is anything but plain.
 */
export function readPlainYaml(source: string): Record<string, unknown> | undefined {
  if (isDoubtful(source)) return undefined;
  const lines: Line[] = [];
  for (const raw of source.split('\n')) {
    const text = trimStart(raw);
    const indent = raw.length - text.length;
    if (indent > MAX_INDENT) return undefined;
    lines.push({ indent, text: trimEnd(text), raw, blank: text === '' || text.startsWith('#') });
  }
  const first = lines.find((line) => !line.blank);
  if (first?.indent !== 0) return undefined;
  const reader = new Reader(lines);
  try {
    const value = reader.map(0);
    if (reader.index !== lines.length) return undefined;
    return value as Record<string, unknown>;
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}
