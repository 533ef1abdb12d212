import type { Decimal } from 'decimal.js';
import { ZERO } from '../decimal.js';
import type { FundingRound, Hire, Plan, PlannedCost } from '../plan/schema.js';
import { trainingCostIn, type TrainingRunCost } from './compute.js';

/**
 * What a plan spends and raises, month by month, from its hires, planned costs and
 * rounds (FORMULAS.md, "Plans that move over time"). The projection asks it for
 * fixed(m) and funding(m); break-even asks it for the run rate at the horizon.
 */
export interface Schedule {
  /** hires(m): every hire that has started by month m, count x monthly cost. */
  hires(month: number): Decimal;
  /** planned(m): recurring costs running in month m, one-off costs and training runs dated m, and GPU ops when serving from them. */
  planned(month: number): Decimal;
  /** planned(m) without the one-off costs and training runs: what recurs. */
  plannedRecurring(month: number): Decimal;
  /** fixed(m) = fixed_costs_monthly + hires(m) + planned(m). */
  fixed(month: number): Decimal;
  /** funding(m): the rounds dated month m. */
  funding(month: number): Decimal;
}

export interface ScheduleInputs {
  fixedCostsMonthly: Decimal;
  hires: readonly Hire[];
  plannedCosts: readonly PlannedCost[];
  rounds: readonly FundingRound[];
  horizonMonths: number;
  /** The training runs, each a one-off cost in its month. */
  trainingRuns: readonly TrainingRunCost[];
  /** ops_cost_monthly when the projection serves from self-hosting, else 0: a recurring fixed cost. */
  gpuOpsMonthly: Decimal;
}

export function scheduleInputs(plan: Plan, compute: { runs: readonly TrainingRunCost[]; gpuOpsMonthly: Decimal } = { runs: [], gpuOpsMonthly: ZERO }): ScheduleInputs {
  return {
    fixedCostsMonthly: plan.resources.fixed_costs_monthly,
    hires: plan.resources.hires,
    plannedCosts: plan.resources.planned_costs,
    rounds: plan.funding,
    horizonMonths: plan.growth.horizon_months.toNumber(),
    trainingRuns: compute.runs,
    gpuOpsMonthly: compute.gpuOpsMonthly,
  };
}

export function buildSchedule(inputs: ScheduleInputs): Schedule {
  const { hires: hireList, plannedCosts, rounds, horizonMonths, trainingRuns, gpuOpsMonthly } = inputs;
  // A recurring cost runs from its first month through its last, inclusive (without one, to the
  // horizon). Each hire's start and monthly cost, and each cost's months, are read once: the projection asks for
  // every month, and the tornado builds dozens of schedules. The sums are the same, in the same order.
  const hireCosts = hireList.map((h) => ({ start: h.start_month.toNumber(), monthly: h.count.mul(h.monthly_cost) }));
  const hires = (month: number) => hireCosts.filter((h) => h.start <= month).reduce((sum, h) => sum.plus(h.monthly), ZERO);
  const recurring = plannedCosts.flatMap((c) =>
    c.from_month === undefined || c.monthly === undefined ? [] : [{ from: c.from_month.toNumber(), to: c.to_month?.toNumber() ?? horizonMonths, monthly: c.monthly }],
  );
  const oneOffs = plannedCosts.flatMap((c) => (c.month === undefined || c.amount === undefined ? [] : [{ month: c.month.toNumber(), amount: c.amount }]));
  const plannedRecurring = (month: number) => recurring.filter((c) => c.from <= month && month <= c.to).reduce((sum, c) => sum.plus(c.monthly), gpuOpsMonthly);
  const oneOff = (month: number) => oneOffs.filter((c) => c.month === month).reduce((sum, c) => sum.plus(c.amount), trainingCostIn(trainingRuns, month));
  const planned = (month: number) => plannedRecurring(month).plus(oneOff(month));
  const flat = hireList.length === 0 && plannedCosts.length === 0 && trainingRuns.length === 0 && gpuOpsMonthly.isZero();
  // Without a one-off cost, fixed(m) depends only on which hires have started and which recurring
  // costs run: months that agree on both take the very same sums in the same order, so they share
  // one figure. Hires only ever start, so how many have started says which.
  const oneOffMonths = new Set([...oneOffs.map((c) => c.month), ...trainingRuns.map((r) => r.month)]);
  const sameSums = (month: number): string | undefined => {
    if (oneOffMonths.has(month)) return undefined;
    let started = 0;
    for (const h of hireCosts) if (h.start <= month) started += 1;
    let running = '';
    for (const c of recurring) running += c.from <= month && month <= c.to ? '1' : '0';
    return `${started}:${running}`;
  };
  const fixedBySums = new Map<string, Decimal>();
  // The projection asks for every month, once or twice (with and without rounds): each month is summed once.
  const fixedByMonth: Array<Decimal | undefined> = [];
  const fixed = (month: number) => {
    let value = fixedByMonth[month];
    if (value !== undefined) return value;
    if (flat) value = inputs.fixedCostsMonthly;
    else {
      const key = sameSums(month);
      value = (key === undefined ? undefined : fixedBySums.get(key)) ?? inputs.fixedCostsMonthly.plus(hires(month)).plus(planned(month));
      if (key !== undefined) fixedBySums.set(key, value);
    }
    fixedByMonth[month] = value;
    return value;
  };
  // Each round's month read once, not once a month.
  const dated = rounds.map((r) => ({ month: r.month.toNumber(), amount: r.amount }));
  return {
    hires,
    planned,
    plannedRecurring,
    fixed,
    funding: (month) => (dated.length === 0 ? ZERO : dated.filter((r) => r.month === month).reduce((sum, r) => sum.plus(r.amount), ZERO)),
  };
}

/** The same schedule's costs without any funding round: the plan as default alive judges it. */
export function withoutRounds(schedule: Schedule): Schedule {
  return { ...schedule, funding: () => ZERO };
}

/**
 * fixed_costs_run_rate: the recurring fixed cost at the horizon, fixed(horizon) without
 * the one-off costs dated that month (FORMULAS.md, "Break-even").
 */
export function fixedCostsRunRate(inputs: ScheduleInputs, schedule: Schedule): Decimal {
  const h = inputs.horizonMonths;
  return inputs.fixedCostsMonthly.plus(schedule.hires(h)).plus(schedule.plannedRecurring(h));
}

/** Hires, costs, training runs and rounds dated after the horizon: they count nowhere, and a warning names each. */
export type BeyondHorizon = { kind: 'hire' | 'cost' | 'training' | 'round'; name: string; month: number };

export function beyondHorizon(inputs: ScheduleInputs): BeyondHorizon[] {
  const h = inputs.horizonMonths;
  const out: BeyondHorizon[] = [];
  for (const hire of inputs.hires) if (hire.start_month.toNumber() > h) out.push({ kind: 'hire', name: hire.role, month: hire.start_month.toNumber() });
  for (const cost of inputs.plannedCosts) {
    const month = (cost.month ?? cost.from_month)?.toNumber();
    if (month !== undefined && month > h) out.push({ kind: 'cost', name: cost.what, month });
  }
  for (const run of inputs.trainingRuns) if (run.month > h) out.push({ kind: 'training', name: run.what, month: run.month });
  for (const round of inputs.rounds) if (round.month.toNumber() > h) out.push({ kind: 'round', name: round.round, month: round.month.toNumber() });
  return out;
}

/** funding_total: the rounds dated within the horizon. */
export function fundingTotal(inputs: ScheduleInputs): Decimal {
  return inputs.rounds.filter((r) => r.month.toNumber() <= inputs.horizonMonths).reduce((sum, r) => sum.plus(r.amount), ZERO);
}

/** The same fixed costs every month and no rounds: the schedule of a plan that does not move. */
export function flatSchedule(fixedCostsMonthly: Decimal): Pick<Schedule, 'fixed' | 'funding'> {
  return { fixed: () => fixedCostsMonthly, funding: () => ZERO };
}
