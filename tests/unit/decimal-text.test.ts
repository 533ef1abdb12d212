import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, isDecimal, readDecimalText } from '../../src/core/decimal.js';

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
