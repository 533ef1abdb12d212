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
/** A key's word, matched where a line's content starts (sticky): no match array, and native code from the first plan on. */
const KEY_WORD = /[A-Za-z_][A-Za-z0-9_]*/y;

/**
 * Where the key of a `key: ...` line's content (from `from` to `to` in the source) ends: the
 * colon's offset, or -1. The keys this reader takes are `[A-Za-z_][A-Za-z0-9_]*` then a colon
 * at the end of the content or before a space; YAML reads them as text in every schema, so
 * `key: ...` means the text. The word cannot run past `to`: the content ends before spaces or a
 * line break, which no word holds.
 */
function keyEnd(source: string, from: number, to: number): number {
  KEY_WORD.lastIndex = from;
  if (!KEY_WORD.test(source)) return -1;
  const end = KEY_WORD.lastIndex;
  if (end >= to || source.charCodeAt(end) !== 58) return -1;
  return end + 1 === to || source.charCodeAt(end + 1) === 32 ? end : -1;
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

/**
 * A source's lines as offsets into it, one entry a line: no string is made for a line until a
 * key or a value on it is read (a plan has hundreds of lines, a thousand plans are read at once).
 * The entries past `count` are left over from a longer source read before: see linesOf.
 */
class Lines {
  count = 0;
  /** Where each line starts and ends as written, its newline left out: block scalars read these. */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Where the line's content starts: after its indentation, or for a `- key:` item after the dash. */
  readonly textStarts: number[] = [];
  /** Where the content ends, trailing spaces left out. */
  readonly textEnds: number[] = [];
  /** The column the content starts at: a `- key:` item's map lines up after its dash. */
  readonly indents: number[] = [];
  /** A blank line or a comment: no structure, though it may be part of a block scalar. */
  readonly blank: boolean[] = [];
}

// A loop, not / +$/: that pattern is tried at every space of every line, the reader's slowest step.
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

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

/** Whether the content from `from` to `to` is a list item: `-` alone, or followed by a space. */
const isItemAt = (source: string, from: number, to: number) => source.charCodeAt(from) === 45 && (from + 1 === to || source.charCodeAt(from + 1) === 32);

/** Where a block scalar's header (`|`, `|-`, `>` or `>-`) is the whole of the content from `from` to `to`. */
const isBlockHeaderAt = (source: string, from: number, to: number) => {
  const style = source.charCodeAt(from);
  return (style === 124 || style === 62) && (to === from + 1 || (to === from + 2 && source.charCodeAt(from + 1) === 45));
};

class Reader {
  index = 0;
  constructor(
    readonly source: string,
    readonly lines: Lines,
  ) {}

  /** The next line with structure on it, or -1; blank and comment lines are passed over. */
  current(): number {
    const { blank, count } = this.lines;
    while (this.index < count && blank[this.index]) this.index += 1;
    return this.index < count ? this.index : -1;
  }

  /**
   * A literal (`|`) or folded (`>`) scalar under a key at `indent`, in its simplest form:
   * every line at one indentation, none blank, none ending in a space. Anything else is
   * left to the full path, whose rules for blank and more-indented lines are subtle.
   */
  blockScalar(indent: number, folded: boolean, strip: boolean): string {
    const { source } = this;
    const { starts, ends } = this.lines;
    const rawIndent = (i: number) => {
      let at = starts[i] as number;
      while (at < (ends[i] as number) && source.charCodeAt(at) === 32) at += 1;
      return at - (starts[i] as number);
    };
    const parts: string[] = [];
    let contentIndent = -1;
    const { count } = this.lines;
    for (let i = this.index; i < count; i = this.index) {
      const start = starts[i] as number;
      const end = ends[i] as number;
      const lineIndent = rawIndent(i);
      if (start + lineIndent === end) {
        // A blank line inside the content, or before it: the full path decides what it means.
        let after = i + 1;
        while (after < count && (starts[after] as number) + rawIndent(after) === ends[after]) after += 1;
        // A blank line deeper than the content holds spaces the full path keeps: it decides too.
        if (parts.length === 0 || lineIndent > contentIndent || (after < count && rawIndent(after) > indent)) return notPlain();
        break;
      }
      if (lineIndent <= indent) break;
      if (contentIndent < 0) contentIndent = lineIndent;
      if (lineIndent !== contentIndent || source.charCodeAt(end - 1) === 32) return notPlain();
      parts.push(source.slice(start + contentIndent, end));
      this.index += 1;
    }
    if (parts.length === 0) return notPlain();
    const body = parts.join(folded ? ' ' : '\n');
    return strip ? body : `${body}\n`;
  }

  /** A list or a map whose entries start at `indent`. */
  block(indent: number): Value {
    const i = this.current();
    if (i < 0) return notPlain();
    return isItemAt(this.source, this.lines.textStarts[i] as number, this.lines.textEnds[i] as number) ? this.list(indent) : this.map(indent);
  }

  map(indent: number): Value {
    const { source } = this;
    const { indents, textStarts, textEnds } = this.lines;
    const map: Record<string, Value> = {};
    for (let i = this.current(); i >= 0 && indents[i] === indent; i = this.current()) {
      const from = textStarts[i] as number;
      const to = textEnds[i] as number;
      const colon = keyEnd(source, from, to);
      if (colon < 0) return notPlain();
      const key = source.slice(from, colon);
      // null, true and false are four or five letters long: most keys need no pattern.
      if (key.length > MAX_KEY || ((key.length === 4 || key.length === 5) && NON_TEXT_KEY.test(key)) || Object.hasOwn(map, key)) return notPlain();
      // What follows the colon and its spaces: the inline value, or nothing.
      let rest = colon + 1;
      while (rest < to && source.charCodeAt(rest) === 32) rest += 1;
      this.index += 1;
      map[key] = this.valueAfter(indent, rest, to, true);
    }
    return this.ended(indent, map);
  }

  list(indent: number): Value {
    const { source } = this;
    const { indents, textStarts, textEnds } = this.lines;
    const list: Value[] = [];
    for (let i = this.current(); i >= 0 && indents[i] === indent && isItemAt(source, textStarts[i] as number, textEnds[i] as number); i = this.current()) {
      const to = textEnds[i] as number;
      let from = (textStarts[i] as number) + 1;
      while (from < to && source.charCodeAt(from) === 32) from += 1;
      if (from === to || source.charCodeAt(from) === 35 || isItemAt(source, from, to)) return notPlain();
      if (keyEnd(source, from, to) >= 0) {
        // `- key: value`: a map whose keys line up after the dash.
        indents[i] = indent + from - (textStarts[i] as number);
        textStarts[i] = from;
        list.push(this.map(indents[i] as number));
      } else {
        this.index += 1;
        list.push(this.valueAfter(indent, from, to, false));
      }
    }
    return this.ended(indent, list);
  }

  /** The value of a key at `indent` whose line goes on from `from` to `to`: inline, or the block below it. */
  valueAfter(indent: number, from: number, to: number, inMap: boolean): Value {
    const { source } = this;
    const inline = from < to && source.charCodeAt(from) !== 35;
    // Before looking for the next line: a block scalar's own lines may look like comments.
    if (inline && inMap && isBlockHeaderAt(source, from, to)) return this.blockScalar(indent, source.charCodeAt(from) === 62, to === from + 2);
    const next = this.current();
    const nextIndent = next < 0 ? -1 : (this.lines.indents[next] as number);
    if (inline) {
      // A deeper line after an inline value is a continuation this reader does not join.
      if (nextIndent > indent) return notPlain();
      return inlineValue(source.slice(from, to));
    }
    if (nextIndent > indent) return this.block(nextIndent);
    // A list may sit at its key's own indentation.
    if (nextIndent === indent && isItemAt(source, this.lines.textStarts[next] as number, this.lines.textEnds[next] as number)) return this.list(indent);
    return null;
  }

  /** A block ends where a line is less indented; a line more indented than its block is not plain. */
  ended<T>(indent: number, value: T): T {
    const next = this.current();
    if (next >= 0 && (this.lines.indents[next] as number) > indent) return notPlain();
    return value;
  }
}

/**
 * A plan's worth of lines is kept from one source to the next, and overwritten: building the
 * table afresh grew six arrays a line at a time, a tenth of all the memory that checking a
 * thousand plans allocated. Reading is synchronous and a source's table is dropped before the
 * next is read, so one table serves; a longer source gets its own, so none is held onto.
 */
const REUSED_LINES = 4096;
const reused = new Lines();

/** The source's lines, or undefined when one is indented deeper than any plan. */
function linesOf(source: string): Lines | undefined {
  let count = 1;
  for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) count += 1;
  const lines = count <= REUSED_LINES ? reused : new Lines();
  const { starts, ends, textStarts, textEnds, indents, blank } = lines;
  for (let i = 0, start = 0; i < count; i++) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline;
    let text = start;
    while (text < end && source.charCodeAt(text) === 32) text += 1;
    if (text - start > MAX_INDENT) return undefined;
    let textEnd = end;
    while (textEnd > text && source.charCodeAt(textEnd - 1) === 32) textEnd -= 1;
    starts[i] = start;
    ends[i] = end;
    textStarts[i] = text;
    textEnds[i] = textEnd;
    indents[i] = text - start;
    blank[i] = text === end || source.charCodeAt(text) === 35;
    start = end + 1;
  }
  lines.count = count;
  return lines;
}

/**
 * The values of a plain YAML plan, as the full loader's `toJS` gives them (numbers as
 * exact Decimals from their digits), or undefined when the text is anything but plain.
 */
export function readPlainYaml(source: string): Record<string, unknown> | undefined {
  if (isDoubtful(source)) return undefined;
  const lines = linesOf(source);
  if (!lines) return undefined;
  const reader = new Reader(source, lines);
  const first = reader.current();
  if (first < 0 || lines.indents[first] !== 0) return undefined;
  try {
    const value = reader.map(0);
    if (reader.index !== lines.count) return undefined;
    return value as Record<string, unknown>;
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}
