import { isAlias, isMap, isScalar, isSeq, Lexer, LineCounter, parseDocument, visit, type Alias, type Document, type Node, type Pair, type ParsedNode, type Tags, type YAMLMap } from 'yaml';
import type { Decimal } from 'decimal.js';
import type * as z from 'zod';
import { Dec, isDecimal, MAX_EXPONENT, NumberBeyondBounds, readDecimalText } from '../decimal.js';
import { nearest } from '../nearest.js';
import { clipLongWords, clipName, quoteExcerpt } from '../render/safe-text.js';
import { showInput } from './fields.js';
import { capProblems, keyPath, MAX_PROBLEMS, type PlanProblem } from './problems.js';
import { LANGUAGES, planSchema, type Plan } from './schema.js';
import { problemZh, type LoadIssue } from '../i18n/problems-zh.js';

type Language = Plan['language'];
import { knownKeysAt } from './schema-walk.js';

/** Enough aliases for any honest plan; a "billion laughs" file needs far more. */
const MAX_ALIAS_COUNT = 64;
/**
 * Values a plan may hold: the largest template holds about 340, a megabyte of `[1,1,1,...]`
 * 480,000, which the YAML library takes seconds and a gigabyte to read.
 */
export const MAX_VALUES = 20_000;
/** Keys that would reach an object's prototype if anything downstream copied them naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Any of those words anywhere in the text, quoted, escaped or not: the cheap test before the walk. */
const FORBIDDEN_TEXT = /__proto__|constructor|prototype|\\[uxU]/;

export type LoadResult<T> =
  | {
      ok: true;
      value: T;
      /** The data as read, before validation: numbers as exact Decimals, defaults not filled in. */
      raw: unknown;
      document: Document.Parsed;
      lineCounter: LineCounter;
    }
  | { ok: false; problems: PlanProblem[] };

/** YAML 1.2 core's hexadecimal and octal ints: `0x1F` is 31, `0o17` is 15. */
const HEX_OR_OCTAL = /^0x[0-9a-fA-F]+$|^0o[0-7]+$/;
const MAX_SIZE = 10n ** BigInt(MAX_EXPONENT);

/**
 * A YAML 1.2 core number as an exact Decimal, or kept as its text when beyond the
 * plan bounds (see NumberBeyondBounds); undefined for what is no such number.
 */
function readYamlNumber(source: string): Decimal | NumberBeyondBounds | undefined {
  if (!HEX_OR_OCTAL.test(source)) return readDecimalText(source);
  // BigInt reads both prefixes exactly, in time linear in the digits; decimal.js would too, but not cheaply.
  const value = BigInt(source);
  return value > MAX_SIZE ? new NumberBeyondBounds(source, 'large') : new Dec(value.toString());
}

/**
 * YAML's int and float tags resolve to exact Decimals built from the scalar's own
 * text, so `0.1` in the file is exactly one tenth. `.inf` and `.nan` keep their float
 * meaning and are then refused by the schema as not finite. A scalar such a tag
 * matches but no plan number reads (only a YAML 1.1 form can be one) becomes a
 * problem in bizplan's words, never a library's.
 */
const decimalTags = (tags: Tags): Tags =>
  tags.map((tag) => {
    if (typeof tag !== 'object' || !('tag' in tag)) return tag;
    const isNumeric = tag.tag === 'tag:yaml.org,2002:int' || tag.tag === 'tag:yaml.org,2002:float';
    if (!isNumeric || !tag.test || /inf/.test(String(tag.test))) return tag;
    return {
      ...tag,
      resolve: (source: string, onError: (message: string) => void) => {
        const value = readYamlNumber(source);
        if (value !== undefined) return value;
        onError(`${source} is not a number a plan can hold: write digits, with an optional point and exponent`);
        return source;
      },
    };
  });

/** The tags a plan may spell out: those of YAML 1.2's core schema, and `!` (plain text). */
const CORE_TAGS: Record<string, (value: unknown) => boolean> = {
  '!': (value) => typeof value === 'string',
  'tag:yaml.org,2002:str': (value) => typeof value === 'string',
  'tag:yaml.org,2002:int': (value) => (isDecimal(value) && value.isInteger()) || value instanceof NumberBeyondBounds,
  'tag:yaml.org,2002:float': (value) => isDecimal(value) || value instanceof NumberBeyondBounds || typeof value === 'number',
  'tag:yaml.org,2002:bool': (value) => typeof value === 'boolean',
  'tag:yaml.org,2002:null': (value) => value === null,
  'tag:yaml.org,2002:map': () => true,
  'tag:yaml.org,2002:seq': () => true,
};
/** A tag can only start a token: after a line start, a space or a flow indicator. */
const TAG_TEXT = /(?:^|[\s[{,])!/m;
/** A line break that is a carriage return alone. */
const LONE_CR = /\r(?!\n)/;

const shortTag = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, '!!');

const keyText = (node: unknown): string | undefined => (isScalar(node) ? String(node.value) : undefined);

function position(lineCounter: LineCounter, offset: number): { line: number; col: number } {
  return lineCounter.linePos(offset);
}

/** Each map's pairs by key text, built once per map: thousands of problems may point into one map. */
const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = pairsByKey.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items) {
      const text = keyText(pair.key);
      // The first pair of a key wins, as a search from the start would find it.
      if (text !== undefined && !index.has(text)) index.set(text, pair);
    }
    pairsByKey.set(map, index);
  }
  return index.get(key);
}

/** The offset that best shows where a path's problem is: its value, or the nearest key that exists. */
function offsetOf(document: Document.Parsed, path: readonly PropertyKey[], preferKey = false): number {
  let node: unknown = document.contents;
  let keyOffset = 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = pairOf(node, String(seg));
      if (!pair) return keyOffset;
      keyOffset = (pair.key as ParsedNode).range[0];
      node = pair.value;
      if (!node) return keyOffset;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      node = node.items[seg];
      keyOffset = (node as ParsedNode).range[0];
    } else {
      return keyOffset;
    }
  }
  if (preferKey) return keyOffset;
  return (node as Node | null)?.range?.[0] ?? keyOffset;
}

function keyOffset(document: Document.Parsed, path: readonly PropertyKey[], key: string): number {
  const parent = path.length === 0 ? document.contents : document.getIn(path, true);
  if (isMap(parent)) {
    const pair = pairOf(parent, key);
    if (pair) return (pair.key as ParsedNode).range[0];
  }
  return offsetOf(document, path);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, seg) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[seg] : undefined), data);
}

function suggestKey(unknownKey: string, known: readonly string[], language: Language): string {
  const best = nearest(unknownKey.toLowerCase(), known);
  const close = best && best.edits <= Math.max(2, Math.floor(unknownKey.length / 3)) ? best.candidate : undefined;
  if (language === 'zh') return problemZh({ code: 'unrecognized_keys', message: '', params: { load: { kind: 'unknownKey', known, ...(close === undefined ? {} : { candidate: close }) } } }) ?? '';
  if (close !== undefined) return `unknown key; did you mean "${close}"?`;
  return known.length ? `unknown key; the keys allowed here are: ${known.join(', ')}` : 'unknown key; remove it';
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  object: 'a map of keys',
  record: 'a map of keys',
  array: 'a list',
  number: 'a number',
  boolean: 'true or false',
};

/** An issue's message in the plan's language: Chinese from the issue's data (problems-zh.ts), else the schema's English. */
function messageFor(issue: z.core.$ZodIssue, data: unknown, language: Language): string {
  const english = messageEn(issue, data);
  if (language !== 'zh') return english;
  const params = { ...('params' in issue ? issue.params : {}), ...loadIssueOf(issue, data) };
  return problemZh({ code: issue.code, message: english, input: 'input' in issue ? issue.input : undefined, params }) ?? english;
}

/** What the loader itself words (a key missing, a wrong type, too short a list, a choice), as data for other languages. */
function loadIssueOf(issue: z.core.$ZodIssue, data: unknown): { load?: LoadIssue } {
  if (issue.code === 'invalid_type') {
    const input = valueAt(data, issue.path);
    if (input === undefined) return { load: { kind: 'required', key: String(issue.path.at(-1) ?? ''), expected: issue.expected } };
    return { load: { kind: 'type', expected: issue.expected, got: showInput(input) } };
  }
  if (issue.code === 'too_small' && issue.origin === 'array') return { load: { kind: 'listTooShort', minimum: Number(issue.minimum) } };
  if (issue.code === 'invalid_value') return { load: { kind: 'oneOf', values: issue.values.map(String) } };
  return {};
}

function messageEn(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.code === 'invalid_type') {
    const input = valueAt(data, issue.path);
    const key = String(issue.path.at(-1) ?? '');
    if (input === undefined && issue.expected === 'object') return `is required: add a "${key}:" section`;
    if (input === undefined && issue.expected === 'array') return `is required: add "${key}:" with a list under it, or "${key}: []"`;
    if (input === undefined) return `is required: add "${key}: ..."`;
    return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected} (got ${showInput(input)})`;
  }
  if (issue.code === 'too_small' && issue.origin === 'array') return issue.message.startsWith('must') ? issue.message : `must list at least ${String(issue.minimum)}`;
  return issue.message;
}

/**
 * A problem's key path as shown: bizplan's keys whole, any other key (one the user made up)
 * clipped like a value, with the path as written beside it for JSON when they differ.
 */
function shownPath(schema: z.ZodType, path: readonly PropertyKey[]): { key: string; fullKey?: string } {
  const shown = keyPath(path.map((seg, i) => (typeof seg !== 'string' || knownKeysAt(schema, path.slice(0, i)).includes(seg) ? seg : clipName(seg))));
  const full = keyPath(path);
  return shown === full ? { key: shown } : { key: shown, fullKey: full };
}

function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  document: Document.Parsed,
  lineCounter: LineCounter,
  file: string,
  schema: z.ZodType,
  language: Language,
): PlanProblem[] {
  // Every problem is located, as the first in the file are shown; only those shown are worded.
  const found: Array<{ offset: number; problem: () => PlanProblem }> = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const offset = keyOffset(document, issue.path, key);
        const problem = () => ({ file, ...position(lineCounter, offset), ...shownPath(schema, [...issue.path, key]), message: suggestKey(key, knownKeysAt(schema, issue.path), language) });
        found.push({ offset, problem });
      }
      continue;
    }
    // A problem with a whole map (self-hosting without inference), or a path in `set:` or `uncertainty:`
    // that names no input, is shown at its key, not at its value.
    const atKey = issue.code === 'custom' && issue.params?.atKey === true;
    const offset = offsetOf(document, issue.path, valueAt(data, issue.path) === undefined || atKey);
    found.push({ offset, problem: () => ({ file, ...position(lineCounter, offset), ...shownPath(schema, issue.path), message: messageFor(issue, data, language) }) });
  }
  found.sort((a, b) => a.offset - b.offset);
  return capProblems(found.slice(0, MAX_PROBLEMS).map(({ problem }) => problem()), file, found.length, language);
}

/** Lexer tokens that mark a place in the source but take no characters of it. */
const ZERO_WIDTH_TOKENS = new Set(['\x02', '\x18', '\x1f']);
/** Tokens of which every value has at least one: a scalar, a collection's start, a list item, a separator, an explicit key. */
const VALUE_TOKENS = new Set(['\x1f', '[', '{', ',', '-', '?']);

/**
 * Where the source passes MAX_VALUES values, counted on the lexer's tokens before any is
 * parsed: lexing is cheap and stops there, while parsing a flood of values is not.
 */
function valueFloodAt(source: string): number | undefined {
  let count = 0;
  let offset = 0;
  for (const token of new Lexer().lex(source)) {
    const first = token.charAt(0);
    if (VALUE_TOKENS.has(token) || first === '"' || first === "'") {
      count += 1;
      if (count > MAX_VALUES) return offset;
    }
    if (!ZERO_WIDTH_TOKENS.has(token)) offset += token.length;
  }
  return undefined;
}

/** 1-based line and column of an offset, counted the way LineCounter counts: by "\n". */
function lineAndColumn(source: string, offset: number): { line: number; col: number } {
  const before = source.slice(0, offset);
  return { line: before.split('\n').length, col: offset - before.lastIndexOf('\n') };
}

/** Where the tag written before a value starts: back from the value to the token that begins with "!". */
function tagOffset(source: string, valueStart: number): number {
  let start = source.lastIndexOf('!', valueStart);
  if (start < 0) return valueStart;
  while (start > 0 && !/[\s[{,]/.test(source.charAt(start - 1))) start -= 1;
  return start;
}

/** Explicit tags a plan cannot hold (`!!binary`, `!!set`, `!custom`), and core tags on values they do not fit. */
function tagProblems(source: string, document: Document.Parsed, problem: (offset: number, message: string) => PlanProblem, say: Say): PlanProblem[] {
  const problems: PlanProblem[] = [];
  visit(document, {
    Node(_, node) {
      if (isAlias(node) || !node.tag) return;
      const offset = tagOffset(source, (node as ParsedNode).range[0]);
      const fits = CORE_TAGS[node.tag];
      if (!fits) {
        const tag = clipLongWords(shortTag(node.tag));
        problems.push(problem(offset, say({ kind: 'tag', tag }, `the tag ${tag} is not supported in a plan: remove it; a plan holds only text, numbers, true or false, lists and maps`)));
      } else if (isScalar(node) && !fits(node.value)) {
        const [value, tag] = [quoteExcerpt(String(node.source)), clipLongWords(shortTag(node.tag))];
        problems.push(problem(offset, say({ kind: 'tagValue', value, tag }, `${value} is not a value of the tag ${tag}: remove the tag, or fix the value`)));
      }
    },
  });
  return problems;
}

/** The alias that made toJS throw: one with no anchor set before it. */
function aliasProblem(document: Document.Parsed, problem: (offset: number, message: string) => PlanProblem, say: Say): PlanProblem | undefined {
  let found: PlanProblem | undefined;
  visit(document, {
    Alias(_, alias: Alias) {
      if (alias.resolve(document)) return undefined;
      const [start] = (alias as Alias & { range: [number, number, number] }).range;
      // An anchor's name is the user's, and may be a pasted secret: shown clipped, as a value is.
      const name = clipName(alias.source);
      found = problem(start, say({ kind: 'aliasNoAnchor', name }, `the alias *${name} names no anchor set before it: add "&${name}" to an earlier value, or write the value out`));
      return visit.BREAK;
    },
  });
  return found;
}

/** Parses YAML text into a Document whose numbers are exact Decimals, refusing hostile input. */
/** A problem's message: the English given, or the same problem worded from its data in the file's language. */
type Say = (issue: LoadIssue, english: string) => string;

/** The language a plan's text names on a line of its own (`language: zh`), read before the YAML is: its syntax problems speak it. */
export function languageNamedIn(source: string): Language | undefined {
  const named = /^language:[ \t]*(["']?)(en|zh)\1[ \t]*(?:#.*)?\r?$/m.exec(source)?.[2];
  return named as Language | undefined;
}

export function parseYaml(source: string, file: string, options: { language?: Language } = {}): LoadResult<unknown> {
  const language = languageNamedIn(source) ?? options.language ?? 'en';
  const say: Say = (issue, english) => (language === 'zh' ? (problemZh({ code: 'custom', message: english, params: { load: issue } }) ?? english) : english);
  // The yaml library reads a lone CR as part of a line, not as its end: say so rather than misread the file.
  const loneCr = source.search(LONE_CR);
  if (loneCr >= 0) {
    return {
      ok: false,
      problems: [{ file, ...lineAndColumn(source, loneCr), key: '', message: say({ kind: 'loneCr' }, 'a line ends in a carriage return alone (CR, as on classic Mac OS): save the file with LF or CRLF line endings') }],
    };
  }
  const flood = valueFloodAt(source);
  if (flood !== undefined) {
    return {
      ok: false,
      problems: [
        {
          file,
          ...lineAndColumn(source, flood),
          key: '',
          message: say({ kind: 'tooManyValues', max: MAX_VALUES }, `the file holds over ${MAX_VALUES} values (keys, list items, numbers, texts): a plan this large is almost certainly not one; check what was pasted here`),
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(source, {
    lineCounter,
    prettyErrors: false,
    customTags: decimalTags,
    uniqueKeys: true,
    // A number used as a key (`2024: ...`) is an object here; the library would print a warning of its own about it.
    logLevel: 'error',
  });
  const problem = (offset: number, message: string): PlanProblem => ({ file, ...position(lineCounter, offset), key: '', message });
  // YAML 1.1 reads 017 as 15 and yes as true: no plan means that. Checked first, as that schema's own errors follow from it.
  if (document.directives.yaml.version === '1.1') {
    const message = say({ kind: 'yaml11' }, 'plans are YAML 1.2, where 017 is 17 and "yes" is text: remove the "%YAML 1.1" line and check such values');
    return { ok: false, problems: [problem(Math.max(0, source.search(/^%YAML/m)), message)] };
  }
  const directiveWarnings = document.warnings.filter((w) => w.code === 'BAD_DIRECTIVE');
  const errors = [...document.errors, ...directiveWarnings];
  if (errors.length > 0) {
    return {
      ok: false,
      problems: capProblems(
        errors.slice(0, MAX_PROBLEMS).map((e) => {
          // The YAML library's own words stay as it wrote them; bizplan's around them speak the file's language.
          const detail = clipLongWords(e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '');
          return problem(e.pos[0], say({ kind: 'invalidYaml', detail }, `invalid YAML: ${detail}`));
        }),
        file,
        errors.length,
        language,
      ),
    };
  }
  const forbidden: PlanProblem[] = [];
  // Walking every node costs more than the text search that says whether any such word is there.
  if (FORBIDDEN_TEXT.test(source)) visit(document, {
    Pair(_, pair) {
      const key = keyText(pair.key);
      if (key !== undefined && FORBIDDEN_KEYS.has(key)) {
        forbidden.push(problem((pair.key as ParsedNode).range[0], say({ kind: 'forbiddenKey', key }, `"${key}" is not allowed as a key: remove it`)));
      }
    },
  });
  if (TAG_TEXT.test(source)) forbidden.push(...tagProblems(source, document, problem, say));
  if (forbidden.length > 0) return { ok: false, problems: capProblems(forbidden.sort((a, b) => a.line - b.line || a.col - b.col), file, forbidden.length, language) };
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    if (/excessive alias count/i.test(error.message)) {
      const message = say({ kind: 'tooManyAliases', max: MAX_ALIAS_COUNT }, `too many aliases (over ${MAX_ALIAS_COUNT}): the file expands far beyond its size; write the values out`);
      return { ok: false, problems: [problem(0, message)] };
    }
    const unresolved = aliasProblem(document, problem, say);
    if (unresolved) return { ok: false, problems: [unresolved] };
    throw error;
  }
  if (value === null || value === undefined) return { ok: false, problems: [problem(0, say({ kind: 'empty' }, 'the file is empty: a plan starts with "version: 1"'))] };
  return { ok: true, value, raw: value, document, lineCounter };
}

/** The language a plan names, when it names one bizplan speaks: its problems are worded in it. */
export function planLanguageIn(data: unknown): Language | undefined {
  const language = valueAt(data, ['language']);
  return (LANGUAGES as readonly unknown[]).includes(language) ? (language as Language) : undefined;
}

export interface LoadOptions {
  /** The language of problems in a plan that names none bizplan speaks (the terminal's locale, say); English when not given. */
  language?: Language;
  /**
   * Compile zod's fast path: worth it when many plans are validated in one process,
   * not for the single parse of a calc run, where compiling costs more than it saves.
   */
  jit?: boolean;
}

/** Validates any parsed YAML against a zod schema, locating each problem in the source. */
export function validateDocument<S extends z.ZodType>(
  schema: S,
  parsed: { value: unknown; document: Document.Parsed; lineCounter: LineCounter },
  file: string,
  options: LoadOptions = {},
): LoadResult<z.output<S>> {
  const result = schema.safeParse(parsed.value, { jitless: !options.jit });
  if (result.success) return { ok: true, value: result.data, raw: parsed.value, document: parsed.document, lineCounter: parsed.lineCounter };
  const language = planLanguageIn(parsed.value) ?? options.language ?? 'en';
  return { ok: false, problems: problemsFromIssues(result.error.issues, parsed.value, parsed.document, parsed.lineCounter, file, schema, language) };
}

/** Text of a plan file to a validated plan, or every problem found, each with its line and column. */
export function loadPlan(source: string, file: string, options: LoadOptions = {}): LoadResult<Plan> {
  const parsed = parseYaml(source, file, options.language ? { language: options.language } : {});
  if (!parsed.ok) return parsed;
  if (!isMap(parsed.document.contents)) {
    return { ok: false, problems: [{ file, line: 1, col: 1, key: '', message: `a plan is a map of keys such as "version: 1" and "name: ..." (got ${showInput(parsed.value)})` }] };
  }
  return validateDocument(planSchema, parsed, file, options);
}

/** Line and column of a key path in a parsed plan: its value, or with `preferKey` its key. */
export function positionOf(
  loaded: { document: Document.Parsed; lineCounter: LineCounter },
  path: readonly PropertyKey[],
  preferKey = false,
): { line: number; col: number } {
  return position(loaded.lineCounter, offsetOf(loaded.document, path, preferKey));
}
