import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import type { TrainingRunCost } from '../../src/core/finance/compute.js';
import { buildSchedule, type ScheduleInputs } from '../../src/core/finance/schedule.js';

/** Amounts with up to 45 significant digits, so that sums are rounded at the working precision and their order shows. */
const amount = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 45n }), fc.integer({ min: 20, max: 40 })).map(([digits, places]) => new Dec(`${digits}e-${places}`));
const month = fc.integer({ min: 1, max: 40 });

const inputs = fc.record({
  fixedCostsMonthly: amount,
  hires: fc.array(fc.record({ start: month, count: fc.integer({ min: 1, max: 9 }), cost: amount }), { maxLength: 4 }),
  recurring: fc.array(fc.record({ from: month, span: fc.option(fc.integer({ min: 0, max: 20 })), monthly: amount }), { maxLength: 3 }),
  oneOffs: fc.array(fc.record({ month, amount }), { maxLength: 3 }),
  runs: fc.array(fc.record({ month, cost: amount }), { maxLength: 2 }),
  rounds: fc.array(fc.record({ month, amount }), { maxLength: 3 }),
  gpuOps: fc.oneof(fc.constant(new Dec(0)), amount),
  horizon: fc.integer({ min: 1, max: 40 }),
});

describe('fixed(m) shared between months that take the same sums', () => {
  it('is, month by month, fixed costs + hires(m) + planned(m) summed afresh', () => {
    fc.assert(
      fc.property(inputs, (p) => {
        const schedule: ScheduleInputs = {
          fixedCostsMonthly: p.fixedCostsMonthly,
          hires: p.hires.map((h) => ({ role: 'r', count: new Dec(h.count), monthly_cost: h.cost, start_month: new Dec(h.start) })),
          plannedCosts: [
            ...p.recurring.map((c) => ({ what: 'c', from_month: new Dec(c.from), monthly: c.monthly, ...(c.span === null ? {} : { to_month: new Dec(c.from + c.span) }) })),
            ...p.oneOffs.map((c) => ({ what: 'o', month: new Dec(c.month), amount: c.amount })),
          ],
          rounds: p.rounds.map((r) => ({ round: 'r', month: new Dec(r.month), amount: r.amount })),
          horizonMonths: p.horizon,
          trainingRuns: p.runs.map((r) => ({ what: 't', month: r.month, cost: r.cost, gpuHours: new Dec(1), hourlyPrice: r.cost, estimated: false }) satisfies TrainingRunCost),
          gpuOpsMonthly: p.gpuOps,
        };
        const shared = buildSchedule(schedule);
        const afresh = buildSchedule(schedule);
        // A plan with nothing over time keeps its fixed costs as written.
        const flat = schedule.hires.length === 0 && schedule.plannedCosts.length === 0 && schedule.trainingRuns.length === 0 && p.gpuOps.isZero();
        // Months past either end of the projection too: worked out when asked, not ahead.
        for (let m = 0; m <= p.horizon + 2; m++) {
          const expected = flat ? p.fixedCostsMonthly : p.fixedCostsMonthly.plus(afresh.hires(m)).plus(afresh.planned(m));
          expect(shared.fixed(m).toString()).toBe(expected.toString());
          const funding = p.rounds.filter((r) => r.month === m).reduce((sum, r) => sum.plus(r.amount), new Dec(0));
          expect(shared.funding(m).toString()).toBe(funding.toString());
        }
      }),
      { numRuns: 500 },
    );
  });
});
