import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, forComparison, isAboveAsCompared, isBelowAsCompared, signAsCompared, ZERO } from '../../src/core/decimal.js';
import { summarizeProjection, type ProjectionInputs, type ProjectionMonth } from '../../src/core/finance/projection.js';

/** Decimals of every size a projection can reach, with most weight near the 20th place, where rounding decides. */
const decimal = fc.oneof(
  fc.tuple(fc.boolean(), fc.bigInt({ min: 1n, max: 10n ** 45n }), fc.integer({ min: -50, max: 20 })).map(([negative, digits, exponent]) => new Dec(`${negative ? '-' : ''}${digits}e${exponent}`)),
  fc.tuple(fc.boolean(), fc.bigInt({ min: 1n, max: 10n ** 40n }), fc.integer({ min: -62, max: -19 })).map(([negative, digits, exponent]) => new Dec(`${negative ? '-' : ''}${digits}e${exponent}`)),
  fc.constantFrom('0', '-0', '5e-21', '-5e-21', '4.9999999999e-21', '-4.9999999999e-21', '1e-20', '-1e-20', '1.5e-20', '-1.5e-20', '0.00000000000000000002500000000000000001', '1e10', '10000000000.000000000000000000004', 'NaN', 'Infinity', '-Infinity').map((text) => new Dec(text)),
);

/** A bound as the callers give one: a value rounded for comparison already, or any value at all. */
const bound = fc.oneof(decimal, decimal.map(forComparison));

describe('comparisons that round only when it matters', () => {
  it('the sign as compared is the sign of the value rounded to 20 places', () => {
    fc.assert(
      fc.property(decimal, (value) => {
        const rounded = forComparison(value);
        const sign = signAsCompared(value);
        expect([sign < 0, sign <= 0, sign > 0, sign >= 0]).toEqual([rounded.lt(0), rounded.lte(0), rounded.gt(0), rounded.gte(0)]);
      }),
      { numRuns: 5000 },
    );
  });

  it('below and above a bound, as compared, agree with rounding first', () => {
    fc.assert(
      fc.property(decimal, bound, (value, limit) => {
        expect(isBelowAsCompared(value, limit)).toBe(forComparison(value).lt(limit));
        expect(isAboveAsCompared(value, limit)).toBe(forComparison(value).gt(limit));
      }),
      { numRuns: 5000 },
    );
  });

  it('values a hair from a bound land on the side their rounding puts them', () => {
    const limit = new Dec('1e10');
    const cases: Array<[string, boolean]> = [
      ['10000000000.000000000000000000004', false],
      ['10000000000.000000000000000000005', true],
      ['10000000000.00000000000000000001', true],
      ['9999999999.999999999999999999995', false],
    ];
    for (const [text, above] of cases) expect([text, isAboveAsCompared(new Dec(text), limit)]).toEqual([text, above]);
    expect(signAsCompared(new Dec('-5e-21'))).toBe(-1);
    expect(signAsCompared(new Dec('-4.9e-21'))).toBe(0);
    expect(signAsCompared(new Dec('5e-21'))).toBe(1);
    expect(signAsCompared(new Dec('NaN'))).toBeNaN();
  });
});

describe('the lowest cash and the peak burn, found without rounding every month', () => {
  it('are the months a plain scan finds, rounding every month first (the earliest keeps a tie)', () => {
    const finite = decimal.filter((d) => d.isFinite());
    fc.assert(
      fc.property(finite, fc.array(fc.tuple(finite, finite), { minLength: 1, maxLength: 12 }), (cash, flows) => {
        const months = flows.map(([profit, cashThen], i) => ({ month: i + 1, profit, cash: cashThen, revenue: ZERO, customers: ZERO }) as unknown as ProjectionMonth);
        const inputs = { cash, startingCustomers: ZERO, arpu: ZERO } as unknown as ProjectionInputs;
        const summary = summarizeProjection(inputs, months);
        let minCash = cash;
        let minCashMonth = 0;
        let peakBurn = ZERO;
        for (const m of months) {
          if (forComparison(m.cash).lt(forComparison(minCash))) [minCash, minCashMonth] = [m.cash, m.month];
          if (forComparison(m.profit.neg()).gt(forComparison(peakBurn))) peakBurn = m.profit.neg();
        }
        expect([summary.minCash.toString(), summary.minCashMonth, summary.peakMonthlyBurn.toString()]).toEqual([minCash.toString(), minCashMonth, peakBurn.toString()]);
      }),
      { numRuns: 3000 },
    );
  });
});
