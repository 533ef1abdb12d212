import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { breakEven } from '../../src/core/finance/break-even.js';
import { roundedText, showMetrics } from '../../src/core/finance/display.js';
import { project, summarizeProjection, type ProjectionInputs } from '../../src/core/finance/projection.js';
import { flatSchedule } from '../../src/core/finance/schedule.js';
import { unitEconomics } from '../../src/core/finance/unit-economics.js';
import { analyze } from '../../src/core/finance/metrics.js';
import { revenueModelSchema } from '../../src/core/plan/schema.js';
import type { Plan } from '../../src/core/plan/schema.js';
import { templatePlan } from '../helpers.js';

/** Money with cents, from 0 to max. */
const money = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((cents) => new Dec(cents).div(100));
/** A rate in (0, 1] with four decimal places. */
const churn = fc.integer({ min: 1, max: 10_000 }).map((n) => new Dec(n).div(10_000));

const modelOf = (arpu: Dec, variable: Dec, c: Dec, cac: Dec) =>
  revenueModelSchema.parse({
    pricing_model: 'subscription',
    arpu_monthly: arpu.toString(),
    variable_cost_per_customer_monthly: variable.toString(),
    churn_monthly: c.toString(),
    cac: cac.toString(),
  });

const projectionInputs = fc.record({
  startingCustomers: money(1000),
  newCustomersMonthly: money(100),
  newCustomersGrowthMonthly: fc.integer({ min: -50, max: 30 }).map((n) => new Dec(n).div(100)),
  horizonMonths: fc.integer({ min: 1, max: 60 }),
  churn,
  arpu: money(5000).map((m) => m.plus('0.01')),
  variableCost: money(3000),
  schedule: money(500_000).map(flatSchedule),
  cac: money(20_000),
  cash: money(5_000_000),
}) satisfies fc.Arbitrary<ProjectionInputs>;

describe('unit economics properties', () => {
  it('higher churn never raises LTV while each customer contributes', () => {
    fc.assert(
      fc.property(money(5000), money(5000), churn, churn, (arpu, variable, a, b) => {
        fc.pre(arpu.gt(variable));
        const [low, high] = a.lte(b) ? [a, b] : [b, a];
        const ltvLow = unitEconomics(modelOf(arpu, variable, low, new Dec(1))).ltv as Dec;
        const ltvHigh = unitEconomics(modelOf(arpu, variable, high, new Dec(1))).ltv as Dec;
        expect(ltvHigh.lte(ltvLow)).toBe(true);
      }),
    );
  });

  it('LTV x churn gives back the contribution margin exactly', () => {
    fc.assert(
      fc.property(money(5000).map((m) => m.plus('0.01')), money(5000), churn, (arpu, variable, c) => {
        const unit = unitEconomics(modelOf(arpu, variable, c, new Dec(0)));
        expect(unit.ltv?.mul(c).toDecimalPlaces(20).eq(unit.contribution)).toBe(true);
      }),
    );
  });

  it('never gives NaN or Infinity, and nulls exactly where FORMULAS.md names them', () => {
    fc.assert(
      fc.property(money(5000).map((m) => m.plus('0.01')), money(5000), churn, money(20_000), (arpu, variable, c, cac) => {
        const unit = unitEconomics(modelOf(arpu, variable, c, cac));
        for (const value of [unit.variableCost, unit.contribution, unit.grossMargin, unit.ltv, unit.ltvToCac, unit.cacPayback]) {
          if (value !== null) expect(value.isFinite()).toBe(true);
        }
        expect(unit.ltvToCac === null).toBe(cac.isZero());
        expect(unit.cacPayback === null).toBe(unit.contribution.lte(0));
      }),
    );
  });
});

describe('break-even properties', () => {
  it('break-even revenue is never below fixed costs', () => {
    fc.assert(
      fc.property(money(1_000_000), money(5000).map((m) => m.plus('0.01')), money(5000), (fixed, arpu, variable) => {
        const even = breakEven(fixed, arpu, variable);
        if (even.revenueMonthly) expect(even.revenueMonthly.gte(fixed)).toBe(true);
        else expect(arpu.lte(variable)).toBe(true);
      }),
    );
  });

  it('break-even customers is the fewest whose contribution covers fixed costs', () => {
    fc.assert(
      fc.property(money(1_000_000), money(5000).map((m) => m.plus('0.01')), money(5000), (fixed, arpu, variable) => {
        fc.pre(arpu.gt(variable));
        const n = breakEven(fixed, arpu, variable).customers as Dec;
        const contribution = arpu.minus(variable);
        expect(n.isInteger()).toBe(true);
        expect(n.mul(contribution).gte(fixed)).toBe(true);
        if (n.gt(0)) expect(n.minus(1).mul(contribution).lt(fixed)).toBe(true);
      }),
    );
  });
});

describe('projection properties', () => {
  it('runway_months agrees with the cash series', () => {
    fc.assert(
      fc.property(projectionInputs, (inputs) => {
        const months = project(inputs);
        const { runwayMonths } = summarizeProjection(inputs, months);
        const firstNegative = months.find((m) => m.cash.lt(0));
        if (firstNegative === undefined) expect(runwayMonths).toBeNull();
        else {
          expect(runwayMonths).toBe(firstNegative.month - 1);
          expect(months.slice(0, firstNegative.month - 1).every((m) => m.cash.gte(0))).toBe(true);
        }
      }),
    );
  });

  it('min cash is the lowest point, earliest when tied, and the funding gap covers it', () => {
    fc.assert(
      fc.property(projectionInputs, (inputs) => {
        const months = project(inputs);
        const s = summarizeProjection(inputs, months);
        const series = [inputs.cash, ...months.map((m) => m.cash)];
        expect(series.every((c) => c.gte(s.minCash))).toBe(true);
        expect(series.findIndex((c) => c.eq(s.minCash))).toBe(s.minCashMonth);
        expect(s.fundingGap.eq(s.minCash.lt(0) ? s.minCash.neg() : 0)).toBe(true);
        expect(series.every((c) => c.plus(s.fundingGap).gte(0))).toBe(true);
      }),
    );
  });

  it('each month follows the recurrences, and cash is the running sum of profit', () => {
    fc.assert(
      fc.property(projectionInputs, (inputs) => {
        let previous = inputs.startingCustomers;
        let cash = inputs.cash;
        for (const m of project(inputs)) {
          expect(m.churned.eq(previous.mul(inputs.churn))).toBe(true);
          expect(m.customers.eq(previous.minus(m.churned).plus(m.newCustomers))).toBe(true);
          expect(m.profit.eq(m.revenue.minus(m.costs))).toBe(true);
          cash = cash.plus(m.profit);
          expect(m.cash.eq(cash)).toBe(true);
          expect(m.customers.gte(0)).toBe(true);
          previous = m.customers;
        }
      }),
      { numRuns: 50 },
    );
  });

  it('new customers grow as new_1 x (1 + g)^(m - 1)', () => {
    fc.assert(
      fc.property(projectionInputs, (inputs) => {
        const months = project(inputs);
        const last = months.at(-1);
        const expected = inputs.newCustomersMonthly.mul(new Dec(1).plus(inputs.newCustomersGrowthMonthly).pow(inputs.horizonMonths - 1));
        expect(last?.newCustomers.toDecimalPlaces(20).eq(expected.toDecimalPlaces(20))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe('showing figures', () => {
  it('rounds half-up only at output', () => {
    expect(roundedText(new Dec('2.345'), 2)).toBe('2.35');
    expect(roundedText(new Dec('-2.345'), 2)).toBe('-2.35');
    expect(roundedText(new Dec('0.12345'), 4)).toBe('0.1235');
    expect(roundedText(new Dec('-0.001'), 2)).toBe('0');
    expect(roundedText(new Dec('7000.00'), 2)).toBe('7000');
  });

  it('shows every figure of any valid plan as plain number text or null, and default_alive as true or false', async () => {
    const base = await templatePlan();
    fc.assert(
      fc.property(money(5000).map((m) => m.plus('0.01')), money(5000), churn, money(20_000), (arpu, variable, c, cac) => {
        const revenue_model = { ...base.revenue_model, arpu_monthly: arpu, variable_cost_per_customer_monthly: variable, churn_monthly: c, cac, inference: undefined };
        const plan = { ...base, revenue_model };
        const { default_alive: alive, ...figures } = showMetrics(analyze(plan).metrics);
        expect(alive).toMatch(/^(true|false)$/);
        for (const value of Object.values(figures)) {
          if (value !== null) expect(value).toMatch(/^-?\d+(\.\d+)?$/);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('plans that move over time: properties', () => {
  const month = fc.integer({ min: 1, max: 36 }).map((n) => new Dec(n));
  const amount = fc.integer({ min: 1, max: 20_000_000 }).map((n) => new Dec(n));
  const round = fc.record({ round: fc.constant('Round'), month, amount });
  const hire = fc.record({ role: fc.constant('Hire'), count: fc.integer({ min: 1, max: 20 }).map((n) => new Dec(n)), monthly_cost: money(30_000), start_month: month });
  const cashOf = (plan: Plan) => analyze(plan).projection.map((m) => m.cash);

  it('a round never lowers cash in any month', async () => {
    const base = await templatePlan();
    fc.assert(
      fc.property(fc.array(round, { maxLength: 3 }), round, (rounds, extra) => {
        const before = cashOf({ ...base, funding: rounds });
        const after = cashOf({ ...base, funding: [...rounds, extra] });
        after.forEach((cash, i) => {
          expect(cash.gte(before[i] as Dec)).toBe(true);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('delaying a hire never lowers cash in any month', async () => {
    const base = await templatePlan();
    fc.assert(
      fc.property(hire, fc.integer({ min: 0, max: 12 }), (h, delay) => {
        // Delayed past the horizon, the hire simply never starts: still no lower cash.
        const withHire = (start: number) => ({ ...base, resources: { ...base.resources, hires: [...base.resources.hires, { ...h, start_month: new Dec(start) }] } });
        const early = cashOf(withHire(h.start_month.toNumber()));
        const late = cashOf(withHire(h.start_month.toNumber() + delay));
        late.forEach((cash, i) => {
          expect(cash.gte(early[i] as Dec)).toBe(true);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('without any round, the runway without funding is the runway', async () => {
    const base = await templatePlan();
    fc.assert(
      fc.property(money(10_000_000), money(600_000), fc.array(hire, { maxLength: 3 }), (cash, fixed, hires) => {
        const plan: Plan = { ...base, funding: [], resources: { ...base.resources, cash, fixed_costs_monthly: fixed, hires } };
        const metrics = analyze(plan).metrics;
        expect(metrics.runway_months_without_funding?.toString() ?? null).toBe(metrics.runway_months?.toString() ?? null);
        expect(metrics.funding_total?.isZero()).toBe(true);
        // Default alive is then judged on the projection itself.
        expect(metrics.default_alive).toBe(metrics.runway_months === null && analyze(plan).projection.at(-1)?.profit.gte(0));
      }),
      { numRuns: 40 },
    );
  });
});
