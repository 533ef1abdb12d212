import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document, isMap, parseDocument } from 'yaml';
import { isDecimal, NumberBeyondBounds } from '../../src/core/decimal.js';
import { loadPlan, parseYaml } from '../../src/core/plan/load.js';
import { loadPlainPlan } from '../../src/core/plan/plain-load.js';
import { readPlainYaml } from '../../src/core/plan/plain-yaml.js';
import { ROOT } from '../helpers.js';

/**
 * The plain reader is a second parser, so it is held to the first: on any text, it either
 * gives up or gives exactly the values the full loader gives (Decimals from the same digits),
 * and a plan it accepts is the plan the full loader accepts.
 */

const TEMPLATE_DIR = path.join(ROOT, 'templates/plans');
const templates = readdirSync(TEMPLATE_DIR).map((name) => ({ name, text: readFileSync(path.join(TEMPLATE_DIR, name), 'utf8') }));

/** A value with its exact kind spelt out: a Decimal and a string of the same digits must not compare equal. */
function canonical(value: unknown): unknown {
  if (isDecimal(value)) return { decimal: value.toString(), negativeZero: value.isNeg() && value.isZero() };
  if (value instanceof NumberBeyondBounds) return { beyond: value.source, side: value.side };
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([k, v]) => [k, canonical(v)]);
  return value;
}

/** Holds the two readers to each other on one text; returns whether the plain reader took it. */
function agree(text: string): boolean {
  const plain = readPlainYaml(text);
  const plainPlan = loadPlainPlan(text);
  if (plain === undefined) {
    expect(plainPlan).toBeUndefined();
    return false;
  }
  const full = parseYaml(text, 'plan.yaml');
  expect(full.ok, `the full loader refused what the plain reader took:\n${text}`).toBe(true);
  if (!full.ok) return true;
  expect(canonical(plain), text).toEqual(canonical(full.value));
  const loaded = loadPlan(text, 'plan.yaml');
  if (plainPlan !== undefined) {
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(canonical(plainPlan)).toEqual(canonical(loaded.value));
  } else if (isMap(parseDocument(text).contents)) {
    expect(loaded.ok, 'a plan the full loader accepts was refused by the plain path').toBe(false);
  }
  return true;
}

/** Scalars that YAML reads in surprising ways, and text that looks like YAML syntax. */
const oddScalars = [
  '~', 'null', 'Null', 'NULL', 'true', 'True', 'FALSE', 'yes', 'no', 'on', 'off', 'y', '0x1F', '0o17', '017', '1e3', '1E+3', '.5', '5.', '+3', '-0', '-0.0',
  '.inf', '-.Inf', '.NaN', '-.nan', '1_000', '12:30', '1,000', '5 000', '#x', 'a #b', 'a#b', 'a: b', 'a:b', '- x', '-x', "it's", '"q"', "'q'", '', ' ', 'lead ',
  ' trail', '%x', '@x', '`x', '[x]', '{x}', 'x]', 'a, b', '? x', ': x', '!x', '!!str', '&a', '*a', '|', '>', '<<', '=', '1e999999', '1e-999', '9'.repeat(20),
  '0.000000000000000001', '3%', '$5', '中文', 'é', '\u00a0x', 'x\u00a0', '...', '---', 'a\nb', 'a\n\nb', 'a  b', 'true false',
];

/** The plan's values with some replaced by odd scalars, numbers or strings. */
function mutateValues(plan: unknown, picks: readonly unknown[], at = { i: 0 }): unknown {
  const pick = () => picks[at.i++ % Math.max(1, picks.length)];
  if (Array.isArray(plan)) return plan.map((v) => mutateValues(v, picks, at));
  if (plan !== null && typeof plan === 'object') return Object.fromEntries(Object.entries(plan).map(([k, v]) => [k, mutateValues(v, picks, at)]));
  const replacement = pick();
  return replacement === undefined ? plan : replacement;
}

const stringifyOptions = fc.record({
  indent: fc.integer({ min: 1, max: 4 }),
  indentSeq: fc.boolean(),
  collectionStyle: fc.constantFrom('any' as const, 'block' as const, 'flow' as const),
  defaultStringType: fc.constantFrom('PLAIN' as const, 'QUOTE_DOUBLE' as const, 'QUOTE_SINGLE' as const, 'BLOCK_LITERAL' as const, 'BLOCK_FOLDED' as const),
  defaultKeyType: fc.constantFrom(null, 'PLAIN' as const, 'QUOTE_DOUBLE' as const, 'QUOTE_SINGLE' as const),
  doubleQuotedAsJSON: fc.boolean(),
  lineWidth: fc.constantFrom(0, 20, 80),
  minContentWidth: fc.constantFrom(0, 20),
  nullStr: fc.constantFrom('null', '~', ''),
  trueStr: fc.constantFrom('true', 'True'),
});

/** Decorations a person (or another tool) adds: comments, blank lines, directives, anchors and merges. */
const decoration = fc.constantFrom(
  (t: string) => t,
  (t: string) => `# a comment\n${t}`,
  (t: string) => t.replace(/\n/g, '  # note\n'),
  (t: string) => t.replace(/\n(\s*)(\w+):/, '\n$1# between\n\n$1$2:'),
  (t: string) => `%YAML 1.2\n---\n${t}`,
  (t: string) => `%YAML 1.1\n---\n${t}`,
  (t: string) => `---\n${t}...\n`,
  (t: string) => `%TAG !e! tag:example.com,2000:\n---\n${t}`,
  (t: string) => t.replace(/: (\d+)\n/, ': &n $1\n').replace(/(\n\s+\w+): (\d+)\n(?![\s\S]*&n)/, '$1: *n\n'),
  (t: string) => t.replace(/: (\d+)\n/, ': !!float $1\n'),
  (t: string) => t.replace(/: (\w+)\n/, ': !custom $1\n'),
  (t: string) => t.replace(/\n(\w+):\n/, '\nbase: &base\n  x: 1\n$1:\n  <<: *base\n'),
  (t: string) => t.replace(/\n/g, '\r\n'),
  (t: string) => t.replace(/\n/, '\r'),
  (t: string) => t.replace(/\n {2}/, '\n\t'),
  (t: string) => `\ufeff${t}`,
  (t: string) => t.replace(/\n(\s+)(\w+): .*\n/, (m) => `${m}${m.slice(1)}`),
  (t: string) => t.replace(/: (.+)\n/, ':\n    $1\n'),
  (t: string) => t.replace(/: ([^\n]+)\n/, ': $1\n      and more\n'),
  (t: string) => t.replace(/\n {2}(\w)/g, '\n    $1'),
  (t: string) => t.replace(/^/gm, ' '),
  (t: string) => `${t}\n__proto__: 1\n`,
  (t: string) => t.replace(/\n {2}- /, '\n  -   '),
  (t: string) => t.replace(/\n(\w+):/, '\n$1 :'),
  (t: string) => t.replace(/\n(\w+):/, '\n? $1\n:'),
);

/** Characters that change what YAML means, for edits at random places. */
const yamlChars = fc.constantFrom(...' \n\t#:-?[]{},&*!|>\'"%@`\\~.0123456789eE+xabc_中\r'.split(''));

describe('the plain YAML reader against the full loader', () => {
  it('reads every shipped template, and gives the same plan as the full loader', () => {
    for (const { name, text } of templates) {
      expect(readPlainYaml(text), name).toBeDefined();
      expect(loadPlainPlan(text), name).toBeDefined();
      expect(agree(text), name).toBe(true);
    }
  });

  /** Generated plans in many YAML styles; returns the share the plain reader took. */
  function generated(options: fc.Arbitrary<object>, decorations: fc.Arbitrary<(t: string) => string>, numRuns: number): number {
    let taken = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...templates),
        fc.array(fc.oneof(fc.constant(undefined), fc.constantFrom(...oddScalars), fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null)), { maxLength: 12 }),
        options,
        decorations,
        ({ text }, picks, stringify, decorate) => {
          const data = parseDocument(text).toJS() as unknown;
          const yaml = decorate(new Document(mutateValues(data, picks)).toString(stringify));
          if (agree(yaml)) taken += 1;
        },
      ),
      { numRuns },
    );
    return taken / numRuns;
  }

  it('agrees on generated plans written in every YAML style, with odd scalars and decorations', () => {
    generated(stringifyOptions, decoration, 1500);
  });

  it('takes most generated plans in plain block style, and agrees on them', () => {
    const plainStyle = stringifyOptions.map((o) => ({ ...o, collectionStyle: 'block' as const, defaultStringType: 'PLAIN' as const, defaultKeyType: null, lineWidth: 0 }));
    const light = fc.constantFrom(
      (t: string) => t,
      (t: string) => `# a comment\n${t}`,
      (t: string) => t.replace(/\n(\s*)(\w+):/, '\n$1# between\n\n$1$2:'),
    );
    // A reader that gives up on everything agrees trivially: it must take a fair share of these.
    expect(generated(plainStyle, light, 800)).toBeGreaterThan(0.3);
  });

  it('agrees on templates with random edits of the characters that carry YAML syntax', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...templates),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), yamlChars), { minLength: 1, maxLength: 4 }),
        ({ text }, edits) => {
          let edited = text;
          for (const [at, kind, char] of edits) {
            const i = at % (edited.length + 1);
            edited = kind === 'insert' ? edited.slice(0, i) + char + edited.slice(i) : edited.slice(0, i) + (kind === 'replace' ? char : '') + edited.slice(i + 1);
          }
          agree(edited);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('agrees on every scalar form, quoted and plain, as a text value and as a number value', () => {
    const forms = oddScalars.flatMap((s) => [s, `"${s}"`, `'${s}'`, `${s} # c`, `"${s}" # c`]);
    for (const form of forms) {
      const text = templates[0]?.text ?? '';
      agree(text.replace(/^name: .*$/m, `name: ${form}`));
      agree(text.replace(/^( {2}cac:) .*$/m, `$1 ${form}`));
      agree(text.replace(/^( {4}- )(.*)$/m, `$1${form}`));
    }
  });

  it('gives up on each construct it leaves to the full loader', () => {
    const base = 'version: 1\nname: x\n';
    const doubtful = [
      '%YAML 1.2\n---\nversion: 1\n', '---\nversion: 1\n', 'version: 1\n...\n', 'version: !!int 1\n', 'a: &x 1\nb: *x\n', 'a:\n  <<: {b: 1}\n',
      'version: 1\r\n', 'version: 1\rname: x\n', 'a: "x\\ny"\n', "a: 'it''s'\n", 'a: [1, 2]\n', 'a: {b: 1}\n',
      'a: b\n  c\n', 'a: 1\na: 2\n', 'a:\n\t- 1\n', ' a: 1\n', '? a\n: 1\n', '- 1\n', 'a: 0x1F\n', 'a: .inf\n', 'a: .nan\n', 'null: 1\n', 'True: 1\n',
      '__proto__: 1\n', 'constructor: 1\n', 'a: "unterminated\n', 'a: "x" y\n', 'a: x: y\n', '\ufeffa: 1\n', 'a: >+\n  x\n', 'a: >2\n  x\n', 'a: >\n  x\n\n  y\n', 'a: >\n  x\n    y\n', 'a: >\n  x \n', 'a: >\n\n  x\n',
      'a:\n  - >\n    x\n', 'a: >\nb: 1\n',
      // A blank line after a block scalar holding more spaces than its content's indentation: YAML keeps them.
      'a: |\n  x\n   \n', 'a: >-\n  l1\n   \nb: 1\n',
    ];
    for (const text of doubtful) expect(readPlainYaml(base + text), JSON.stringify(text)).toBeUndefined();
    expect(readPlainYaml('')).toBeUndefined();
    expect(readPlainYaml('# only a comment\n')).toBeUndefined();
  });

  it('reads each source on its own, whatever longer source was read before it', () => {
    // The reader keeps its table of lines from one source to the next: none of the old lines may show.
    expect(readPlainYaml('a: 1\nb:\n  - x\n  - y\n  - z\n# end\nc: 3')).toEqual({ a: expect.anything() as unknown, b: ['x', 'y', 'z'], c: expect.anything() as unknown });
    expect(readPlainYaml('a: 1\nb:\n  - x')).toEqual({ a: expect.anything() as unknown, b: ['x'] });
    expect(readPlainYaml('a: |\n  one\n  two\n  three\nb: 2')).toEqual({ a: 'one\ntwo\nthree\n', b: expect.anything() as unknown });
    expect(readPlainYaml('a: |\n  one')).toEqual({ a: 'one\n' });
    // The old third line's offsets fall inside this source's second line, where they read as an indented line.
    expect(readPlainYaml('a: |\n  one\n  two')).toEqual({ a: 'one\ntwo\n' });
    expect(readPlainYaml('a: |\n  one  wxyz')).toEqual({ a: 'one  wxyz\n' });
    // A source longer than the kept table gets its own, and the kept one still serves after it.
    const long = Array.from({ length: 5000 }, (_, i) => `k${i}: ${i}`).join('\n');
    expect(Object.keys(readPlainYaml(long) ?? {})).toHaveLength(5000);
    expect(readPlainYaml('z: x')).toEqual({ z: 'x' });
  });

  it('reads deep nesting without exhausting the stack, or gives it up', () => {
    const deep = Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(readPlainYaml(deep)).toBeUndefined();
  });

  it('reads the forms it takes exactly as YAML 1.2 core does', () => {
    const text = "a: 017\nb: 1e3\nc: ~\nd: True\ne: 'x # y'\nf: x # y\ng: []\nh: {}\ni:\n- 1\n- two\nj: -0\nk: 1e20\nl: \"\"\nm:\n";
    const value = readPlainYaml(text);
    expect(agree(text)).toBe(true);
    expect(agree('a: |\n  text\n  # not a comment\nb: >-\n  folded\n  lines\n\nc: 1\n')).toBe(true);
    expect(readPlainYaml('a: |\n  text\n  # not a comment\nb: >-\n  folded\n  lines\n\nc: 1\n')).toEqual({ a: 'text\n# not a comment\n', b: 'folded lines', c: expect.anything() as unknown });
    expect(Object.keys(value ?? {})).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm']);
    expect([String(value?.a), String(value?.b), value?.c, value?.d, value?.e, value?.f, value?.l, value?.m]).toEqual(['17', '1000', null, true, 'x # y', 'x', '', null]);
    expect(value?.k).toEqual(new NumberBeyondBounds('1e20', 'large'));
  });
});
