import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, isDecimal, NumberBeyondBounds, readDecimalText } from '../../src/core/decimal.js';

/** Plain decimal text as a plan may hold it: a sign, digits with or without a point, an exponent. */
const decimalText = fc
  .tuple(
    fc.constantFrom('', '-', '+'),
    fc.stringMatching(/^[0-9]{0,6}$/),
    fc.option(fc.stringMatching(/^[0-9]{0,6}$/)),
    // Within the plan bounds (10^-15 to 10^15 in size): beyond them the text is kept aside, never read.
    fc.option(fc.integer({ min: -8, max: 8 })),
  )
  .filter(([, whole, fraction]) => whole !== '' || (fraction ?? '') !== '')
  .map(([sign, whole, fraction, exponent]) => `${sign}${whole}${fraction === null ? '' : `.${fraction}`}${exponent === null ? '' : `e${exponent}`}`);

describe('reading decimal text', () => {
  it('gives the Decimal that decimal.js reads from the same text, zeros and their signs included', () => {
    fc.assert(
      fc.property(fc.oneof(decimalText, fc.constantFrom('0', '-0', '+0', '0.000', '-0.0e5', '000', '-.0', '0e-30')), (text) => {
        const read = readDecimalText(text);
        expect(isDecimal(read)).toBe(true);
        const exact = new Dec(text);
        expect((read as Dec).eq(exact)).toBe(true);
        // The sign of zero too: -0 stays -0.
        expect((read as Dec).isNegative()).toBe(exact.isNegative());
        expect((read as Dec).toString()).toBe(exact.toString());
      }),
      { numRuns: 2000 },
    );
  });
});

/** readDecimalText as it was written first, with a pattern: the one-pass reader is held to it. */
function readByPattern(text: string): Dec | NumberBeyondBounds | undefined {
  const trimmed = text.trim();
  const match = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(trimmed);
  if (!match) return undefined;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  if (whole === '' && fraction === '') return undefined;
  const firstWhole = whole.search(/[1-9]/);
  const firstFraction = fraction.search(/[1-9]/);
  if (firstWhole < 0 && firstFraction < 0) return new Dec(`${sign}0`);
  const lead = firstWhole >= 0 ? whole.length - firstWhole - 1 : -firstFraction - 1;
  const exponentDigits = exponentText.replace(/^[-+]?0*/, '');
  const exponent = exponentDigits.length > 12 ? (exponentText.startsWith('-') ? -Infinity : Infinity) : Number(exponentText) + lead;
  if (exponent > 15) return new NumberBeyondBounds(trimmed, 'large');
  if (exponent < -15) return new NumberBeyondBounds(trimmed, 'small');
  const value = new Dec(trimmed);
  return value.abs().gt(new Dec(10).pow(15)) ? new NumberBeyondBounds(trimmed, 'large') : value;
}

const shown = (value: Dec | NumberBeyondBounds | undefined) =>
  value === undefined ? 'undefined' : value instanceof NumberBeyondBounds ? `beyond ${value.side} ${value.source}` : `${value.isNegative() ? '-' : '+'}${value.toString()}`;

describe('reading decimal text in one pass', () => {
  it('reads every text as the pattern did: the same number, the same sign of zero, the same refusals', () => {
    const piece = fc.constantFrom('0', '00', '1', '5', '9', '10', '000000000000', '1234567890123', '.', '-', '+', 'e', 'E', 'e-', 'e+', ' ', 'x', '1e999999999999', '0.0001', '7e-16', '1e15', '1e16');
    // Numbers whose first digit sits near the plan bounds (10^-15 and 10^15), before or after the point.
    const nearBounds = fc
      .tuple(fc.constantFrom('', '-', '+'), fc.stringMatching(/^0{0,3}[0-9]{0,3}$/), fc.stringMatching(/^0{0,17}[0-9]{0,3}$/), fc.integer({ min: -19, max: 19 }), fc.boolean())
      .map(([sign, whole, fraction, exponent, point]) => `${sign}${whole}${point ? `.${fraction}` : ''}${exponent === 0 ? '' : `e${exponent}`}`);
    fc.assert(
      fc.property(fc.oneof(nearBounds, fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''))), (text) => {
        expect(shown(readDecimalText(text))).toBe(shown(readByPattern(text)));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('reading a short whole number', () => {
  it('gives the very digits decimal.js reads from the text: sign, exponent and digit words', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9_999_999, max: 9_999_999 }), fc.constantFrom('', '+', '0', '00'), (n, prefix) => {
        const text = n < 0 ? `-${prefix.replace('+', '')}${-n}` : `${prefix}${n}`;
        const read = readDecimalText(text) as Dec;
        const exact = new Dec(text);
        expect([read.s, read.e, [...read.d]]).toEqual([exact.s, exact.e, [...exact.d]]);
      }),
      { numRuns: 5000 },
    );
  });
});
