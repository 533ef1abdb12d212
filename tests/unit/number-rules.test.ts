import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { acceptedNumber, checkNumber, type NumberRule } from '../../src/core/plan/numbers.js';

/** Numbers around the bounds rules use (0, 1, 240), zeros of both signs included. */
const value = fc.oneof(
  fc.constantFrom('0', '-0', '1', '-1', '240', '240.000001', '239.999999', '1e-15', '-1e-15', '0.999999999999999', '1.000000000000001'),
  fc.tuple(fc.integer({ min: -300, max: 300 }), fc.integer({ min: 0, max: 999 })).map(([whole, thousandths]) => `${whole}.${String(thousandths).padStart(3, '0')}`),
);
const bound = fc.record({ value: fc.constantFrom(0, 1, 240, 0.5), exclusive: fc.boolean() });

describe('a number rule', () => {
  it('holds a value to its bounds as decimal comparison says, whatever the bound', () => {
    fc.assert(
      fc.property(value, fc.option(bound), fc.option(bound), (text, min, max) => {
        const rule: NumberRule = { description: 'x', ...(min ? { min } : {}), ...(max ? { max } : {}) };
        const v = new Dec(text);
        const inside = (!min || (min.exclusive ? v.gt(min.value) : v.gte(min.value))) && (!max || (max.exclusive ? v.lt(max.value) : v.lte(max.value)));
        expect(acceptedNumber(v, rule) !== undefined).toBe(inside);
        expect('value' in checkNumber(text, rule)).toBe(inside);
      }),
      { numRuns: 3000 },
    );
  });
});
