import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { project, withoutFunding, type ProjectionInputs } from '../../src/core/finance/projection.js';

describe('the projection without funding', () => {
  it('is exactly the projection run again with no rounds', () => {
    const money = fc.integer({ min: 0, max: 10_000_000 }).map((n) => new Dec(n).div(100));
    fc.assert(
      fc.property(
        fc.record({
          start: fc.integer({ min: 0, max: 500 }),
          wins: fc.integer({ min: 0, max: 300 }).map((n) => new Dec(n).div(7)),
          growth: fc.integer({ min: -50, max: 50 }).map((n) => new Dec(n).div(1000)),
          churn: fc.integer({ min: 1, max: 1000 }).map((n) => new Dec(n).div(1000)),
          arpu: money,
          cost: money,
          cac: money,
          cash: money,
          fixed: money,
          rounds: fc.array(fc.tuple(fc.integer({ min: 1, max: 36 }), money), { maxLength: 4 }),
          horizon: fc.integer({ min: 1, max: 36 }),
        }),
        (p) => {
          const funding = (month: number) => p.rounds.filter(([m]) => m === month).reduce((sum, [, amount]) => sum.plus(amount), new Dec(0));
          const inputs: ProjectionInputs = {
            startingCustomers: new Dec(p.start),
            newCustomersMonthly: p.wins,
            newCustomersGrowthMonthly: p.growth,
            horizonMonths: p.horizon,
            churn: p.churn,
            arpu: p.arpu,
            variableCost: p.cost,
            schedule: { fixed: (month) => p.fixed.plus(month), funding },
            cac: p.cac,
            cash: p.cash,
          };
          const rerun = project({ ...inputs, schedule: { ...inputs.schedule, funding: () => new Dec(0) } });
          const derived = withoutFunding(project(inputs), inputs.cash);
          expect(derived.map((m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, String(v)])))).toEqual(
            rerun.map((m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, String(v)]))),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
