import { CHECK_RULES, type CheckKey } from '../finance/checks.js';
import { FIGURE, STORED_FIGURES } from './figures.js';
import { buildPriceFactor, buildSchedule, SLOT, type SimulationModel, type UncertainInput } from './model.js';
import { Rng } from './rng.js';
import { draw } from './samplers/index.js';

/**
 * The float kernel: FORMULAS.md's projection (and the figures the simulation reports) in plain
 * doubles over the model's precomputed arrays, run after run. A second implementation of
 * src/core/finance only for speed; a property test holds it to `calculate()` to a relative 1e-9.
 */

/** The fan chart keeps cash(m) of at most this many runs, so memory does not grow with N. */
export const FAN_CHART_RUNS = 100_000;
/** The drivers' rank correlations use the draws of at most this many runs (the first), so memory does not grow with N. */
export const DRIVER_RUNS = 100_000;

/** Hours in a month, 8,760 / 12, as the exact model takes them. */
const HOURS_PER_MONTH = 730;

/** What runs [first, first + count) give: typed arrays only, so a worker can transfer them. */
export interface RunBlock {
  first: number;
  count: number;
  /** Figure-major: figures[f x count + r] is STORED_FIGURES[f] of run first + r; NaN for null. */
  figures: Float64Array;
  /** The first month with cash below 0, 0 for never: cash_out_by_month, and runway_months (one less), are counted from it. */
  firstCashOut: Uint16Array;
  /** break_even_month, 0 for none within the horizon: its percentiles are counted, not ranked. */
  breakEvenMonth: Uint16Array;
  /**
   * Month-major: cash(m) of run first + r at [(m - 1) x kept + r], kept = length / horizon: the
   * block's runs below the fan chart's cap. Month-major, so consecutive runs write neighbouring
   * doubles (a few hot cache lines) and each month's values are one contiguous stretch to rank.
   */
  cashByMonth: Float64Array;
  /** Runs in which each of model.checks fails. */
  checkFailures: Uint32Array;
  /** Draws clamped to each uncertain input's valid range. */
  clamped: Uint32Array;
  /** Input-major: draws[i x kept + r] is the value (after clamping) input i took in run first + r, for the block's `kept` runs below the drivers' cap (length / inputs). */
  draws: Float64Array;
}

export function transferables(block: RunBlock): ArrayBuffer[] {
  return [block.figures, block.firstCashOut, block.breakEvenMonth, block.cashByMonth, block.checkFailures, block.clamped, block.draws].map((a) => a.buffer as ArrayBuffer);
}

/** Half away from zero to the places `scale` = 10^places gives, as figures are shown: a check judges the figure as shown. */
export function roundShown(x: number, scale: number): number {
  const rounded = Math.floor(Math.abs(x) * scale + 0.5) / scale;
  return x < 0 ? -rounded : rounded;
}

/** The smallest step inside an exclusive bound, as the tornado's clampToRule takes it: plan numbers are 0 or at least 10^-15. */
const STEP = 1e-15;

/** A whole input's draw rounded half away from zero, as decimal.js rounds. */
const whole = (value: number) => (value < 0 ? -Math.floor(-value + 0.5) : Math.floor(value + 0.5));

/** The lowest value the input takes: its minimum, or one step above an exclusive one. NaN: no minimum. */
const lowest = (input: UncertainInput) => (Number.isNaN(input.min) ? Number.NaN : input.minExclusive ? input.min + (input.integer ? 1 : STEP) : input.min);
const highest = (input: UncertainInput) => (Number.isNaN(input.max) ? Number.NaN : input.maxExclusive ? input.max - (input.integer ? 1 : STEP) : input.max);

/**
 * ceil() of a GPU count as the exact model takes it: on the value rounded to 20 places. In
 * doubles, a count that is whole in exact arithmetic can land a few ulps above it, so a value
 * within 1e-12 (relative) above a whole number of at least 1 is that number; below 1, only what
 * rounds to 0 at 20 places (under 5e-21) needs no GPU, as in the exact model.
 */
function ceilCount(x: number): number {
  const below = Math.floor(x);
  const above = x - below;
  if (below === 0) return above < 5e-21 ? 0 : 1;
  return above <= 1e-12 * x ? below : below + 1;
}

/** What one run's projection gives, in one object a block reuses run after run: a fixed shape of double fields, so no run allocates. */
class Outcome {
  customers = 0;
  revenue = 0;
  profit = 0;
  cash = 0;
  minCash = 0;
  /** The first month with cash below 0, 0 for never; the same without the rounds (default_alive). */
  below = 0;
  belowAlone = 0;
  breakEven = 0;
  /** Net burn and revenue over the first year (burn_multiple). */
  netBurn = 0;
  revenueFirstYear = 0;
  startingCustomers = 0;
  arpu = 0;
  cac = 0;
  churn = 0;
  contribution = 0;
}

/**
 * The runs' loop is cut into small top-level functions (draw the inputs, project, judge), each
 * called once a run: in a cold process V8 optimizes a small function called thousands of times
 * soon and once, where one big function with the loops inside is compiled on stack replacement,
 * block after block, with feedback that its later code has not gathered yet (issue 12: a cold
 * `simulate` spent more time waiting for that than running).
 */

/** Run r's draws into the parameter vector p (clamped to each input's valid range, and counted). */
function drawInputs(rng: Rng, inputs: readonly UncertainInput[], low: Float64Array, high: Float64Array, p: Float64Array, clamped: Uint32Array, draws: Float64Array, drawRuns: number, r: number): void {
  const nInputs = inputs.length;
  for (let i = 0; i < nInputs; i++) {
    const input = inputs[i] as UncertainInput;
    // A draw outside the input's valid range is moved into it, as the tornado's clampToRule does, and counted.
    let value = draw(rng, input.sampler);
    if (input.integer) value = whole(value);
    const lowest = low[i] as number;
    const highest = high[i] as number;
    if (value < lowest || value > highest) {
      value = value < lowest ? lowest : highest;
      clamped[i] = (clamped[i] as number) + 1;
    }
    if (r < drawRuns) draws[i * drawRuns + r] = value;
    if (input.slot >= 0) p[input.slot] = value;
  }
}

/**
 * One run's projection (FORMULAS.md, "Unit economics", "Compute" and "Monthly projection") from
 * the parameter vector p, into `out`; cash(m) goes to cashByMonth[m x cashRuns + column] when
 * `keep`, and stays where the projection ends up to horizonMax.
 */
function project(
  model: SimulationModel,
  p: Float64Array,
  schedule: Float64Array,
  funding: Float64Array,
  priceFactor: Float64Array,
  seatDrawn: boolean,
  cashByMonth: Float64Array,
  cashRuns: number,
  keep: boolean,
  column: number,
  out: Outcome,
): void {
  const horizonMax = model.horizon;
  // Month-1 unit economics (FORMULAS.md, "Unit economics" and "Compute").
  const horizon = p[SLOT.horizon_months] as number;
  const churn = p[SLOT.churn_monthly] as number;
  const arpu = seatDrawn ? (p[SLOT.seats_per_customer] as number) * (p[SLOT.price_per_seat_monthly] as number) : (p[SLOT.arpu_monthly] as number);
  const cac = p[SLOT.cac] as number;
  const variableInput = p[SLOT.variable_cost] as number;
  let apiPerCustomer = 0;
  let gpusPerCustomer = 0;
  let minGpus = 0;
  let gpuMonthCost = 0;
  let selfHostedPerCustomer = 0;
  if (model.hasInference) {
    const requests = p[SLOT.requests] as number;
    const overhead = p[SLOT.overhead] as number;
    const tokensIn = p[SLOT.input_tokens] as number;
    const tokensOut = p[SLOT.output_tokens] as number;
    const cached = p[SLOT.cached_share] as number;
    const perRequest =
      (tokensIn * (1 - cached) * (p[SLOT.input_price] as number)) / 1e6 + (tokensIn * cached * (p[SLOT.cached_price] as number)) / 1e6 + (tokensOut * (p[SLOT.output_price] as number)) / 1e6;
    apiPerCustomer = requests * perRequest * overhead;
    if (model.hasSelfHosting) {
      const gpuSecondsPerRequest = tokensIn / (p[SLOT.input_tps] as number) + tokensOut / (p[SLOT.output_tps] as number);
      const gpuHoursPerCustomer = (requests * overhead * gpuSecondsPerRequest) / 3600;
      const utilization = p[SLOT.utilization] as number;
      selfHostedPerCustomer = (gpuHoursPerCustomer / utilization) * (p[SLOT.gpu_price] as number);
      // gpus(m) = ceil(customers(m) x gpu_hours_per_customer / (utilization x 730)), one product a month.
      gpusPerCustomer = gpuHoursPerCustomer / (utilization * HOURS_PER_MONTH);
      minGpus = p[SLOT.min_gpus] as number;
      gpuMonthCost = HOURS_PER_MONTH * (p[SLOT.gpu_price] as number);
    }
  }
  const selfHosted = model.servesSelfHosted;
  const variableCost = variableInput + (selfHosted ? selfHostedPerCustomer : apiPerCustomer);
  // 0: customers x a constant; 1: the API's price trend; 2: self-hosted GPUs.
  const mode = selfHosted ? 2 : model.hasInference && (p[SLOT.price_change] as number) !== 0 ? 1 : 0;
  const perCustomer = mode === 0 ? variableCost : variableInput;
  const fixedBase = (p[SLOT.fixed_costs_monthly] as number) + (selfHosted ? (p[SLOT.ops_cost] as number) : 0);
  const growth = 1 + (p[SLOT.new_customers_growth_monthly] as number);
  const startingCustomers = p[SLOT.starting_customers] as number;
  const startingCash = p[SLOT.cash] as number;
  const firstYear = Math.min(12, horizon);

  // The projection (FORMULAS.md, "Monthly projection"), month by month.
  let customers = startingCustomers;
  let wins = p[SLOT.new_customers_monthly] as number;
  let cash = startingCash;
  let cashAlone = startingCash;
  let minCash = startingCash;
  let below = 0;
  let belowAlone = 0;
  let breakEven = 0;
  let netBurn = 0;
  let revenueFirstYear = 0;
  let revenue = 0;
  let profit = 0;
  for (let m = 1; m <= horizon; m++) {
    if (m > 1) wins *= growth;
    customers = customers - customers * churn + wins;
    revenue = customers * arpu;
    let serving = customers * perCustomer;
    if (mode === 1) serving += customers * apiPerCustomer * (priceFactor[m] as number);
    else if (mode === 2) {
      const gpus = ceilCount(customers * gpusPerCustomer);
      serving += (gpus > minGpus ? gpus : minGpus) * gpuMonthCost;
    }
    profit = revenue - (serving + (fixedBase + (schedule[m] as number)) + wins * cac);
    cash += profit + (funding[m] as number);
    cashAlone += profit;
    if (breakEven === 0 && profit >= 0) breakEven = m;
    if (cash < minCash) minCash = cash;
    if (below === 0 && cash < 0) below = m;
    if (belowAlone === 0 && cashAlone < 0) belowAlone = m;
    if (m <= firstYear) {
      netBurn -= profit;
      if (m === firstYear) revenueFirstYear = revenue;
    }
    if (keep) cashByMonth[m * cashRuns + column] = cash;
  }
  // A run with a shorter horizon than the longest: its cash stays where its projection ends.
  if (keep) for (let m = horizon + 1; m <= horizonMax; m++) cashByMonth[m * cashRuns + column] = cash;

  out.customers = customers;
  out.revenue = revenue;
  out.profit = profit;
  out.cash = cash;
  out.minCash = minCash;
  out.below = below;
  out.belowAlone = belowAlone;
  out.breakEven = breakEven;
  out.netBurn = netBurn;
  out.revenueFirstYear = revenueFirstYear;
  out.startingCustomers = startingCustomers;
  out.arpu = arpu;
  out.cac = cac;
  out.churn = churn;
  out.contribution = arpu - variableCost;
}

/** The metrics the kernel judges, by their index in a block's plan of checks. */
const METRICS = ['ltv_to_cac', 'cac_payback_months', 'break_even_month', 'runway_months', 'gross_margin', 'funding_gap', 'burn_multiple', 'default_alive'] as const;
const DIRECTIONS = ['min', 'max', 'require'] as const;
const MIN = 0;
const REQUIRE = 2;

/**
 * The model's checks as typed arrays of numbers, made once a block: a run judges them without
 * comparing strings or calling a rule per check. A null figure's verdict is src/core/finance/checks.ts's
 * own rule for it (not a copy), asked here for each of the four contexts it can see.
 */
class CheckPlan {
  readonly metric: Int32Array;
  readonly direction: Int32Array;
  readonly scale: Float64Array;
  readonly slot: Int32Array;
  /** nullPass[4c + 2 x contributionPositive + burning]: 1 when check c passes on a null figure. */
  readonly nullPass: Uint8Array;
  readonly keys: string[];

  constructor(checks: SimulationModel['checks']) {
    this.metric = Int32Array.from(checks, (check) => METRICS.indexOf(check.metric as (typeof METRICS)[number]));
    this.direction = Int32Array.from(checks, (check) => DIRECTIONS.indexOf(check.direction));
    this.scale = Float64Array.from(checks, (check) => check.scale);
    this.slot = Int32Array.from(checks, (check) => check.slot);
    this.nullPass = new Uint8Array(4 * checks.length);
    checks.forEach((check, c) => {
      const whenNull = CHECK_RULES[check.key as CheckKey].whenNull;
      for (let context = 0; context < 4; context++) this.nullPass[4 * c + context] = whenNull({ contributionPositive: context >= 2, burning: context % 2 === 1 }) ? 1 : 0;
    });
    this.keys = checks.map((check) => check.key);
  }
}

/** The figure check c judges, from a run's outcome; NaN for null. */
function checkedFigure(plan: CheckPlan, c: number, o: Outcome, ltvToCac: number, payback: number): number {
  switch (plan.metric[c]) {
    case 0:
      return ltvToCac;
    case 1:
      return payback;
    case 2:
      return o.breakEven === 0 ? Number.NaN : o.breakEven;
    case 3:
      return o.below === 0 ? Number.NaN : o.below - 1;
    case 4:
      return o.contribution / o.arpu;
    case 5:
      return o.minCash < 0 ? -o.minCash : 0;
    case 6: {
      const netNewArr = 12 * (o.revenueFirstYear - o.startingCustomers * o.arpu);
      return netNewArr > 0 ? Math.max(0, o.netBurn) / netNewArr : Number.NaN;
    }
    case 7:
      // Never null: 1 when cash without the rounds never goes below 0 and the last month is profitable.
      return o.belowAlone === 0 && o.profit >= 0 ? 1 : 0;
    default:
      throw new Error(`no simulated figure for check ${plan.keys[c] ?? c}`);
  }
}

/** Counts each check the run fails in checkFailures. */
function judgeChecks(plan: CheckPlan, o: Outcome, p: Float64Array, ltvToCac: number, payback: number, checkFailures: Uint32Array): void {
  const nChecks = checkFailures.length;
  for (let c = 0; c < nChecks; c++) {
    const value = checkedFigure(plan, c, o, ltvToCac, payback);
    const direction = plan.direction[c] as number;
    let pass: boolean;
    if (Number.isNaN(value)) pass = plan.nullPass[4 * c + (o.contribution > 0 ? 2 : 0) + (o.netBurn > 0 ? 1 : 0)] === 1;
    else if (direction === REQUIRE) pass = value === 1;
    else {
      const shown = roundShown(value, plan.scale[c] as number);
      const limit = p[plan.slot[c] as number] as number;
      pass = direction === MIN ? shown >= limit : shown <= limit;
    }
    if (!pass) checkFailures[c] = (checkFailures[c] as number) + 1;
  }
}

/**
 * Runs [first, first + count) of the simulation seeded `seed`. Run i's draws depend only on
 * (seed, i), so any split among threads gives identical results. cash(m) is kept for runs
 * below `cashByMonthRuns` (default FAN_CHART_RUNS).
 */
export function runBlock(model: SimulationModel, seed: number, first: number, count: number, cashByMonthRuns: number = FAN_CHART_RUNS, driverRuns: number = DRIVER_RUNS): RunBlock {
  const horizonMax = model.horizon;
  const inputs = model.inputs;
  const nInputs = inputs.length;
  const cashRuns = Math.max(0, Math.min(count, cashByMonthRuns - first));
  const drawRuns = Math.max(0, Math.min(count, driverRuns - first));
  const block: RunBlock = {
    first,
    count,
    figures: new Float64Array(STORED_FIGURES.length * count),
    firstCashOut: new Uint16Array(count),
    breakEvenMonth: new Uint16Array(count),
    cashByMonth: new Float64Array(cashRuns * horizonMax),
    checkFailures: new Uint32Array(model.checks.length),
    clamped: new Uint32Array(nInputs),
    draws: new Float64Array(nInputs * drawRuns),
  };
  const rng = new Rng();
  // Each input's valid range as the lowest and highest value it may take (NaN compares false: no bound).
  const low = Float64Array.from(inputs, lowest);
  const high = Float64Array.from(inputs, highest);
  const p = new Float64Array(model.base.length);
  const schedule = model.scheduleVaries ? new Float64Array(horizonMax + 1) : model.schedule;
  const funding = model.scheduleVaries ? new Float64Array(horizonMax + 1) : model.funding;
  const priceFactor = model.priceVaries ? new Float64Array(horizonMax + 1) : model.priceFactor;
  const seatDrawn = model.seatArpu && inputs.some((i) => i.slot === SLOT.seats_per_customer || i.slot === SLOT.price_per_seat_monthly);
  const { figures, firstCashOut, breakEvenMonth, cashByMonth, checkFailures, clamped, draws } = block;
  // The model is plain data for a worker: each check's rule is looked up here, by key.
  const checks = new CheckPlan(model.checks);
  const o = new Outcome();

  for (let r = 0; r < count; r++) {
    p.set(model.base);
    if (nInputs > 0) {
      rng.reseed(seed, first + r);
      drawInputs(rng, inputs, low, high, p, clamped, draws, drawRuns, r);
      if (model.scheduleVaries) buildSchedule(model, p, schedule, funding);
      if (model.priceVaries) buildPriceFactor(p[SLOT.price_change] as number, priceFactor);
    }
    // cash(m) of this run goes to [(m - 1) x cashRuns + r].
    project(model, p, schedule, funding, priceFactor, seatDrawn, cashByMonth, cashRuns, r < cashRuns, r - cashRuns, o);

    const ltv = o.contribution / o.churn;
    const ltvToCac = o.cac === 0 ? Number.NaN : ltv / o.cac;
    const payback = o.contribution > 0 ? o.cac / o.contribution : Number.NaN;
    figures[FIGURE.min_cash * count + r] = o.minCash;
    figures[FIGURE.funding_gap * count + r] = o.minCash < 0 ? -o.minCash : 0;
    figures[FIGURE.cash_end * count + r] = o.cash;
    figures[FIGURE.customers_end * count + r] = o.customers;
    figures[FIGURE.arr_end * count + r] = 12 * o.revenue;
    figures[FIGURE.ltv * count + r] = ltv;
    figures[FIGURE.ltv_to_cac * count + r] = ltvToCac;
    figures[FIGURE.cac_payback_months * count + r] = payback;
    breakEvenMonth[r] = o.breakEven;
    firstCashOut[r] = o.below;
    judgeChecks(checks, o, p, ltvToCac, payback, checkFailures);
  }
  return block;
}
