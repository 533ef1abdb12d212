import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { JsonNumber, jsonNumber, stringifyJson } from '../../src/core/render/json.js';
import { clipLongWords, clipName, EXCERPT_LENGTH, excerpt, printable, quoteExcerpt } from '../../src/core/render/safe-text.js';

const UNSAFE = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]/u;

describe('printable', () => {
  it('shows each control as a visible escape', () => {
    expect(printable('a\u001b]52;c;SGk=\u0007b')).toBe('a\\x1b]52;c;SGk=\\x07b');
    expect(printable('\u009b2J \u202eevil\u202c \u2066\u2069 \u200e\u200f\u061c')).toBe('\\x9b2J \\u202eevil\\u202c \\u2066\\u2069 \\u200e\\u200f\\u061c');
    expect(printable('one\ntwo\r\tthree\u2028\u2029\b\u007f\u0000')).toBe('one\\ntwo\\r\\tthree\\u2028\\u2029\\x08\\x7f\\x00');
  });

  it('leaves ordinary text alone: accents, CJK, emoji with joiners, backslashes', () => {
    for (const text of ['Café 中文 ¥', '👨‍👩‍👧 family', 'C:\\plans\\x1b.yaml', 'a b']) expect(printable(text)).toBe(text);
  });

  it('never leaves a control character, keeps every other character, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const shown = printable(text);
        expect(shown).not.toMatch(UNSAFE);
        expect(printable(shown)).toBe(shown);
        expect(shown.replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|[nrt])/g, '')).toBe(text.replace(new RegExp(UNSAFE.source, 'gu'), '').replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|[nrt])/g, ''));
      }),
    );
  });
});

describe('excerpt', () => {
  it('keeps short one-line values whole', () => {
    expect(quoteExcerpt('hunter2')).toBe('"hunter2"');
    expect(excerpt('')).toEqual({ text: '', cut: false });
  });

  it('cuts long values and other lines, and says so', () => {
    expect(quoteExcerpt('AWS_SECRET_ACCESS_KEY=abcdef')).toBe('"AWS_SECRET_ACCESS_KE"…');
    expect(quoteExcerpt('line one\nsecret')).toBe('"line one"…');
    expect(quoteExcerpt('a\r\nb')).toBe('"a"…');
  });

  it('never splits a character made of two code units', () => {
    expect(excerpt('😀'.repeat(30), 3).text).toBe('😀😀😀');
  });

  it('quotes at most the limit, of the first line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 1, max: 40 }), (text, max) => {
        const part = excerpt(text, max);
        expect(Array.from(part.text).length).toBeLessThanOrEqual(max);
        expect(text.startsWith(part.text)).toBe(true);
        expect(part.text).not.toMatch(/[\r\n\u2028\u2029]/);
        expect(part.cut).toBe(part.text !== text);
      }),
    );
  });

  it('clips long words of a library message, not its short ones', () => {
    expect(clipLongWords(`Unresolved tag: !${'s'.repeat(50)} here`)).toBe(`Unresolved tag: !${'s'.repeat(19)}… here`);
    expect(clipLongWords('Missing closing "quote')).toBe('Missing closing "quote');
  });
});

describe('stringifyJson', () => {
  it('writes JsonNumbers as bare numbers', () => {
    expect(stringifyJson({ a: new JsonNumber('1.50'), b: [new JsonNumber('-2')] }, 0)).toBe('{"a":1.50,"b":[-2]}');
  });

  it('never takes plan text for a number, whatever it holds', () => {
    const value = { a: new JsonNumber('1'), name: '\u0000num:{}', 'k\u0000num:x': '\u0000num#:true', n: new JsonNumber('2') };
    const json = stringifyJson(value);
    expect(JSON.parse(json)).toEqual({ a: 1, name: '\u0000num:{}', 'k\u0000num:x': '\u0000num#:true', n: 2 });
  });

  it('never takes a key for a number, even one whose value is a number', () => {
    // The mark in a key before a JsonNumber was missed, and the quoted key written as a bare number.
    expect(JSON.parse(stringifyJson({ '\u0000num:a': new JsonNumber('1.50') }, 0))).toEqual({ '\u0000num:a': 1.5 });
    // A plain number beside a key with the first mark makes the next mark the one in use: its key must be seen too.
    const value = { 'x\u0000num:': jsonNumber('12000000'), '\u0000num#:2': jsonNumber('1.50') };
    expect(stringifyJson(value, 0)).toBe('{"x\\u0000num:":12000000,"\\u0000num#:2":1.50}');
  });

  // Data as the renderers build it: plain values, JsonNumbers, Decimals (toJSON), and values JSON leaves out.
  const leaf = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.double({ noNaN: false }),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => new JsonNumber(String(n))),
    fc.integer().map((n) => new Dec(n).div(7)),
  );
  const data = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('value')), fc.dictionary(fc.string({ unit: 'binary' }), tie('value'))),
  })).value;
  /** What JSON.stringify writes once each JsonNumber is the number its text spells, with the unsafe characters escaped. */
  const reference = (value: unknown, indent: number) =>
    // JSON.stringify gives undefined for undefined itself, which its declared type leaves out.
    (JSON.stringify(value, (_key, v: unknown) => (v instanceof JsonNumber ? Number(v.text) : v), indent) as string | undefined)?.replace(
      /[\u007F-\u009F\p{Bidi_Control}\u2028\u2029]/gu,
      (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
    );

  it('writes what JSON.stringify writes, compact or indented', () => {
    fc.assert(
      fc.property(data, fc.constantFrom(0, 2, 4), (value, indent) => {
        const expected = reference(value, indent);
        fc.pre(expected !== undefined);
        expect(stringifyJson(value, indent)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('writes a figure given by jsonNumber as exactly its text, a plain number only where that is the same', () => {
    const texts = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => new Dec(n).toString()),
      fc.tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.nat(30)).map(([digits, places]) => new Dec(`${digits}e-${places}`).toString()),
      fc.constantFrom('0', '-0', '1.50', '1e21', '1000000000000000000000', '0.1', '9007199254740993', 'Infinity', 'NaN'),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const value = jsonNumber(text);
        expect(stringifyJson({ value }, 0)).toBe(`{"value":${text}}`);
        if (typeof value === 'number') expect(String(value)).toBe(text);
      }),
    );
    expect(jsonNumber('597.28')).toBe(597.28);
    expect(jsonNumber('1.50')).toEqual(new JsonNumber('1.50'));
    expect(jsonNumber('-0')).toEqual(new JsonNumber('-0'));
    expect(jsonNumber('Infinity')).toEqual(new JsonNumber('Infinity'));
  });

  it('leaves out what JSON leaves out, and calls toJSON', () => {
    const value = { a: undefined, f: () => 1, s: Symbol('s'), list: [undefined, () => 1, Number.NaN, -0, Infinity], d: new Dec('1.10'), date: new Date(0) };
    expect(stringifyJson(value, 0)).toBe('{"list":[null,null,null,0,null],"d":"1.1","date":"1970-01-01T00:00:00.000Z"}');
    expect(stringifyJson({ only: undefined })).toBe('{}');
    expect(stringifyJson({ a: [], b: {} })).toBe('{\n  "a": [],\n  "b": {}\n}');
  });

  it('escapes what a terminal would obey, and parses to the same text', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })), (data) => {
        const json = stringifyJson(data);
        expect(json.split('\n').join('')).not.toMatch(UNSAFE);
        expect(JSON.parse(json)).toEqual(data);
      }),
    );
  });
});

describe('clipName', () => {
  it('keeps a short name whole and cuts a long one to an excerpt, marked with …', () => {
    expect(clipName('x')).toBe('x');
    expect(clipName('a'.repeat(EXCERPT_LENGTH))).toBe('a'.repeat(EXCERPT_LENGTH));
    expect(clipName('sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789')).toBe('sk-proj-AbCdEfGhIjKl…');
    expect(clipName('two\nlines')).toBe('two\nlines');
    expect(clipName(`${'a'.repeat(19)}\n${'b'.repeat(30)}`)).toBe(`${'a'.repeat(19)}\n…`);
    expect(clipName('😀'.repeat(30))).toBe(`${'😀'.repeat(EXCERPT_LENGTH)}…`);
  });
});
