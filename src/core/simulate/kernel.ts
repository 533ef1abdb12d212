import { FIGURE, SIMULATED_FIGURES } from './figures.js';
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

/** Hours in a month, 8,760 / 12, as the exact model takes them. */
const HOURS_PER_MONTH = 730;

/** What runs [first, first + count) give: typed arrays only, so a worker can transfer them. */
export interface RunBlock {
  first: number;
  count: number;
  /** Figure-major: figures[f x count + r] is SIMULATED_FIGURES[f] of run first + r; NaN for null. */
  figures: Float64Array;
  /** The first month with cash below 0, 0 for never. */
  firstCashOut: Uint16Array;
  /** Run-major: cash(m) of run first + r at [r x horizon + m - 1], for the block's runs below the fan chart's cap (the first length / horizon). */
  cashByMonth: Float64Array;
  /** Runs in which each of model.checks fails. */
  checkFailures: Uint32Array;
  /** Draws clamped to each uncertain input's valid range. */
  clamped: Uint32Array;
  /** Input-major: draws[i x count + r] is the value (after clamping) input i took in run first + r. */
  draws: Float64Array;
}

export function transferables(block: RunBlock): ArrayBuffer[] {
  return [block.figures, block.firstCashOut, block.cashByMonth, block.checkFailures, block.clamped, block.draws].map((a) => a.buffer as ArrayBuffer);
}

/** Half away from zero to `places` decimals, as figures are shown: a check judges the figure as shown. */
export function roundShown(x: number, places: number): number {
  const scale = places === 0 ? 1 : places === 2 ? 100 : 10 ** places;
  const rounded = Math.floor(Math.abs(x) * scale + 0.5) / scale;
  return x < 0 ? -rounded : rounded;
}

/** A draw moved into the input's valid range (as the tornado's clampToRule does); whole inputs rounded half up. */
function clampDraw(input: UncertainInput, value: number): { value: number; clamped: boolean } {
  let v = input.integer ? Math.sign(value) * Math.floor(Math.abs(value) + 0.5) : value;
  let clamped = false;
  const step = input.integer ? 1 : 1e-15;
  if (!Number.isNaN(input.min) && (input.minExclusive ? v <= input.min : v < input.min)) {
    v = input.minExclusive ? input.min + step : input.min;
    clamped = true;
  }
  if (!Number.isNaN(input.max) && (input.maxExclusive ? v >= input.max : v > input.max)) {
    v = input.maxExclusive ? input.max - step : input.max;
    clamped = true;
  }
  return { value: v, clamped };
}

/**
 * ceil() of a GPU count as the exact model takes it: on the value rounded to 20 places. In
 * doubles, a count that is whole in exact arithmetic can land a few ulps above it, so a value
 * within 1e-12 (relative) of a whole number is that number.
 */
function ceilCount(x: number): number {
  const nearest = Math.round(x);
  if (Math.abs(x - nearest) <= 1e-12 * Math.max(1, Math.abs(x))) return nearest;
  return Math.ceil(x);
}

/**
 * Runs [first, first + count) of the simulation seeded `seed`. Run i's draws depend only on
 * (seed, i), so any split among threads gives identical results. cash(m) is kept for runs
 * below `cashByMonthRuns` (default FAN_CHART_RUNS).
 */
export function runBlock(model: SimulationModel, seed: number, first: number, count: number, cashByMonthRuns: number = FAN_CHART_RUNS): RunBlock {
  const horizonMax = model.horizon;
  const inputs = model.inputs;
  const nInputs = inputs.length;
  const cashRuns = Math.max(0, Math.min(count, cashByMonthRuns - first));
  const block: RunBlock = {
    first,
    count,
    figures: new Float64Array(SIMULATED_FIGURES.length * count),
    firstCashOut: new Uint16Array(count),
    cashByMonth: new Float64Array(cashRuns * horizonMax),
    checkFailures: new Uint32Array(model.checks.length),
    clamped: new Uint32Array(nInputs),
    draws: new Float64Array(nInputs * count),
  };
  const rng = new Rng();
  const p = new Float64Array(model.base.length);
  const schedule = model.scheduleVaries ? new Float64Array(horizonMax + 1) : model.schedule;
  const funding = model.scheduleVaries ? new Float64Array(horizonMax + 1) : model.funding;
  const priceFactor = model.priceVaries ? new Float64Array(horizonMax + 1) : model.priceFactor;
  const seatDrawn = model.seatArpu && inputs.some((i) => i.slot === SLOT.seats_per_customer || i.slot === SLOT.price_per_seat_monthly);
  const { figures, firstCashOut, cashByMonth, checkFailures, clamped, draws } = block;
  const checks = model.checks;
  const nChecks = checks.length;
  const fig = (f: number, r: number, v: number) => (figures[f * count + r] = v);

  for (let r = 0; r < count; r++) {
    p.set(model.base);
    if (nInputs > 0) {
      rng.reseed(seed, first + r);
      for (let i = 0; i < nInputs; i++) {
        const input = inputs[i] as UncertainInput;
        const drawn = clampDraw(input, draw(rng, input.sampler));
        if (drawn.clamped) clamped[i] = (clamped[i] as number) + 1;
        draws[i * count + r] = drawn.value;
        if (input.slot >= 0) p[input.slot] = drawn.value;
      }
      if (model.scheduleVaries) buildSchedule(model, p, schedule, funding);
      if (model.priceVaries) buildPriceFactor(p[SLOT.price_change] as number, priceFactor);
    }

    // Month-1 unit economics (FORMULAS.md, "Unit economics" and "Compute").
    const horizon = p[SLOT.horizon_months] as number;
    const churn = p[SLOT.churn_monthly] as number;
    const arpu = seatDrawn ? (p[SLOT.seats_per_customer] as number) * (p[SLOT.price_per_seat_monthly] as number) : (p[SLOT.arpu_monthly] as number);
    const cac = p[SLOT.cac] as number;
    const variableInput = p[SLOT.variable_cost] as number;
    let apiPerCustomer = 0;
    let gpuHoursPerCustomer = 0;
    let usefulHoursPerGpu = 1;
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
        gpuHoursPerCustomer = (requests * overhead * gpuSecondsPerRequest) / 3600;
        const utilization = p[SLOT.utilization] as number;
        selfHostedPerCustomer = (gpuHoursPerCustomer / utilization) * (p[SLOT.gpu_price] as number);
        usefulHoursPerGpu = utilization * HOURS_PER_MONTH;
        minGpus = p[SLOT.min_gpus] as number;
        gpuMonthCost = HOURS_PER_MONTH * (p[SLOT.gpu_price] as number);
      }
    }
    const selfHosted = model.servesSelfHosted;
    const variableCost = variableInput + (selfHosted ? selfHostedPerCustomer : apiPerCustomer);
    const contribution = arpu - variableCost;
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
    const keep = r < cashRuns;
    const row = r * horizonMax - 1;
    for (let m = 1; m <= horizon; m++) {
      if (m > 1) wins *= growth;
      customers = customers - customers * churn + wins;
      revenue = customers * arpu;
      let serving = customers * perCustomer;
      if (mode === 1) serving += customers * apiPerCustomer * (priceFactor[m] as number);
      else if (mode === 2) serving += Math.max(minGpus, ceilCount((customers * gpuHoursPerCustomer) / usefulHoursPerGpu)) * gpuMonthCost;
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
      if (keep) cashByMonth[row + m] = cash;
    }
    // A run with a shorter horizon than the longest: its cash stays where its projection ends.
    if (keep) for (let m = horizon + 1; m <= horizonMax; m++) cashByMonth[row + m] = cash;

    const ltv = contribution / churn;
    const ltvToCac = cac === 0 ? Number.NaN : ltv / cac;
    const payback = contribution > 0 ? cac / contribution : Number.NaN;
    fig(FIGURE.min_cash, r, minCash);
    fig(FIGURE.funding_gap, r, minCash < 0 ? -minCash : 0);
    fig(FIGURE.cash_end, r, cash);
    fig(FIGURE.customers_end, r, customers);
    fig(FIGURE.arr_end, r, 12 * revenue);
    fig(FIGURE.ltv, r, ltv);
    fig(FIGURE.ltv_to_cac, r, ltvToCac);
    fig(FIGURE.cac_payback_months, r, payback);
    fig(FIGURE.break_even_month, r, breakEven === 0 ? Number.NaN : breakEven);
    fig(FIGURE.runway_months, r, below === 0 ? Number.NaN : below - 1);
    firstCashOut[r] = below;

    for (let c = 0; c < nChecks; c++) {
      const check = checks[c] as SimulationModel['checks'][number];
      let value: number;
      let nullPasses = false;
      switch (check.metric) {
        case 'ltv_to_cac':
          value = ltvToCac;
          nullPasses = contribution > 0;
          break;
        case 'cac_payback_months':
          value = payback;
          break;
        case 'break_even_month':
          value = breakEven === 0 ? Number.NaN : breakEven;
          break;
        case 'runway_months':
          value = below === 0 ? Number.NaN : below - 1;
          nullPasses = true;
          break;
        case 'gross_margin':
          value = contribution / arpu;
          break;
        case 'funding_gap':
          value = minCash < 0 ? -minCash : 0;
          break;
        case 'burn_multiple': {
          const netNewArr = 12 * (revenueFirstYear - startingCustomers * arpu);
          value = netNewArr > 0 ? Math.max(0, netBurn) / netNewArr : Number.NaN;
          nullPasses = !(netBurn > 0);
          break;
        }
        case 'default_alive':
          // Never null: 1 when cash without the rounds never goes below 0 and the last month is profitable.
          value = belowAlone === 0 && profit >= 0 ? 1 : 0;
          break;
        default:
          throw new Error(`no simulated figure for check ${check.key}`);
      }
      let pass: boolean;
      if (Number.isNaN(value)) pass = nullPasses;
      else if (check.direction === 'require') pass = value === 1;
      else {
        const shown = roundShown(value, check.places);
        const limit = p[check.slot] as number;
        pass = check.direction === 'min' ? shown >= limit : shown <= limit;
      }
      if (!pass) checkFailures[c] = (checkFailures[c] as number) + 1;
    }
  }
  return block;
}
