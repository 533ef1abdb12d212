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

interface HireCost {
  start: number;
  monthly: Decimal;
}
interface RecurringCost {
  from: number;
  to: number;
  monthly: Decimal;
}
interface DatedAmount {
  month: number;
  amount: Decimal;
}

export function buildSchedule(inputs: ScheduleInputs): Schedule {
  const { hires: hireList, plannedCosts, rounds, horizonMonths, trainingRuns, gpuOpsMonthly, fixedCostsMonthly } = inputs;
  // A recurring cost runs from its first month through its last, inclusive (without one, to the
  // horizon). Each hire's start and monthly cost, and each cost's and round's months, are read once.
  // Every sum below takes its terms in the plan's order, so it is the same figure however it is reached.
  const hireCosts: HireCost[] = [];
  for (const h of hireList) hireCosts.push({ start: h.start_month.toNumber(), monthly: h.count.mul(h.monthly_cost) });
  const recurring: RecurringCost[] = [];
  const oneOffs: DatedAmount[] = [];
  for (const c of plannedCosts) {
    if (c.from_month !== undefined && c.monthly !== undefined) recurring.push({ from: c.from_month.toNumber(), to: c.to_month?.toNumber() ?? horizonMonths, monthly: c.monthly });
    if (c.month !== undefined && c.amount !== undefined) oneOffs.push({ month: c.month.toNumber(), amount: c.amount });
  }
  const dated: DatedAmount[] = [];
  for (const r of rounds) dated.push({ month: r.month.toNumber(), amount: r.amount });

  const hires = (month: number) => {
    let sum = ZERO;
    for (const h of hireCosts) if (h.start <= month) sum = sum.plus(h.monthly);
    return sum;
  };
  const plannedRecurring = (month: number) => {
    let sum = gpuOpsMonthly;
    for (const c of recurring) if (c.from <= month && month <= c.to) sum = sum.plus(c.monthly);
    return sum;
  };
  const oneOff = (month: number) => {
    let sum = trainingCostIn(trainingRuns, month);
    for (const c of oneOffs) if (c.month === month) sum = sum.plus(c.amount);
    return sum;
  };
  const planned = (month: number) => plannedRecurring(month).plus(oneOff(month));
  const flat = hireList.length === 0 && plannedCosts.length === 0 && trainingRuns.length === 0 && gpuOpsMonthly.isZero();
  const sums = (month: number) => (flat ? fixedCostsMonthly : fixedCostsMonthly.plus(hires(month)).plus(planned(month)));
  const fundingIn = (month: number) => {
    let sum = ZERO;
    for (const r of dated) if (r.month === month) sum = sum.plus(r.amount);
    return sum;
  };

  // fixed(m) and funding(m) for every month of the projection, worked out here once: the
  // projection asks for each month, once or twice (with and without rounds), and the tornado
  // builds dozens of schedules. Without a one-off cost, fixed(m) depends only on which hires
  // have started and which recurring costs run, so it changes only in a month where a hire
  // starts or a recurring cost starts or stops: the months in between take the very same sums
  // in the same order, and share one figure.
  const oneOffMonths = new Set<number>();
  for (const c of oneOffs) oneOffMonths.add(c.month);
  for (const r of trainingRuns) oneOffMonths.add(r.month);
  const changes = new Set<number>();
  for (const h of hireCosts) changes.add(h.start);
  for (const c of recurring) changes.add(c.from).add(c.to + 1);
  const fixedByMonth: Decimal[] = [];
  const fundingByMonth: Decimal[] = [];
  let segment: Decimal | undefined;
  for (let month = 1; month <= horizonMonths; month++) {
    if (changes.has(month)) segment = undefined;
    if (oneOffMonths.has(month)) fixedByMonth[month] = sums(month);
    else fixedByMonth[month] = segment ??= sums(month);
    fundingByMonth[month] = fundingIn(month);
  }
  return {
    hires,
    planned,
    plannedRecurring,
    // Any other month (none the projection asks for) is summed when asked.
    fixed: (month) => fixedByMonth[month] ?? sums(month),
    funding: (month) => fundingByMonth[month] ?? fundingIn(month),
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
