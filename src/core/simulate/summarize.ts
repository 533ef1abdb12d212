import { deciles, nearestRank } from './percentiles.js';
import { FIGURE, SIMULATED_FIGURES, STORED_FIGURES, type SimulatedFigure } from './figures.js';
import { DRIVER_RUNS, type RunBlock } from './kernel.js';
import type { SimulationModel } from './model.js';
import { correlation, ranks } from './rank-correlation.js';

export interface SimulationSettings {
  runs: number;
  seed: number;
}

/**
 * Every result of FORMULAS.md's "Monte Carlo simulation". Figures are unrounded doubles: the
 * shell rounds them for output (money to cents, other figures to 4 places, shares to 4 places).
 */
export interface SimulationResult {
  runs: number;
  seed: number;
  /** Share of runs whose cash goes below 0 in some month 1 .. horizon. */
  cash_out_probability: number;
  /** p +- 1.96 sqrt(p (1 - p) / N), clamped to [0, 1]. */
  cash_out_interval: [number, number];
  /** Index 0 = month 1 .. horizon: the share of runs whose cash has gone below 0 by that month. */
  cash_out_by_month: number[];
  /** The first month whose cash_out_by_month reaches 10%, 25%, 50%; null when it never does. */
  cash_out_risk_months: { p10: number | null; p25: number | null; p50: number | null };
  /**
   * Nearest rank, nulls above every number: FORMULAS.md names break_even_month, cac_payback_months
   * and runway_months; the one other null, ltv_to_cac with a CAC of 0, is an unbounded ratio, so
   * it sorts above too. A percentile that lands on a null is null.
   */
  percentiles: Record<SimulatedFigure, { p10: number | null; p50: number | null; p90: number | null }>;
  /** Percentiles of cash(m), index 0 = month 1; over the first `runs` runs, those the blocks kept (at most FAN_CHART_RUNS, 100,000). */
  cash_by_month: { p10: number[]; p50: number[]; p90: number[]; runs: number };
  /** One share per check the plan sets, except cash_out_probability_max. */
  check_failure_shares: Record<string, number>;
  /** Input path -> draws clamped to its valid range; every uncertain input, 0 included. */
  clamped: Record<string, number>;
  /**
   * Spearman rank correlation of each input's draw with min_cash, sorted by |rho| descending (ties
   * keep the uncertainty order); null for an input that does not vary. Over the first
   * `drivers_runs` runs (at most 100,000), so its cost does not grow with N.
   */
  drivers: { path: string; rank_correlation: number | null }[];
  drivers_runs: number;
}

/** The blocks in run order, checked to cover [0, runs) once. */
function ordered(blocks: readonly RunBlock[], runs: number): RunBlock[] {
  const sorted = [...blocks].sort((a, b) => a.first - b.first);
  let next = 0;
  for (const block of sorted) {
    if (block.first !== next) throw new Error(`simulation blocks do not cover runs 0..${runs} exactly: run ${next} is missing or repeated`);
    next += block.count;
  }
  if (next !== runs) throw new Error(`simulation blocks cover ${next} runs, not ${runs}`);
  return sorted;
}

/** How many runs have each month 1 .. horizon (index = month); 0, none, is not counted. */
function monthCounts(parts: readonly RunBlock[], horizon: number, months: (block: RunBlock) => Uint16Array): Float64Array {
  const counts = new Float64Array(horizon + 1);
  for (const block of parts) for (const month of months(block)) if (month > 0) counts[month] = (counts[month] as number) + 1;
  return counts;
}

/**
 * Nearest-rank P10, P50 and P90 of a month figure from its counts (index = month), nulls (the runs
 * not counted) above every month; `shift` turns a month into the figure (-1: runway from the first month out).
 */
function countedDeciles(counts: Float64Array, n: number, shift: number): { p10: number | null; p50: number | null; p90: number | null } {
  const at = (rank: number): number | null => {
    let seen = 0;
    for (let month = 1; month < counts.length; month++) {
      seen += counts[month] as number;
      if (seen >= rank) return month + shift;
    }
    return null;
  };
  return { p10: at(nearestRank(n, 1)), p50: at(nearestRank(n, 5)), p90: at(nearestRank(n, 9)) };
}

/** Results over the runs of every block; the blocks may come in any order. */
export function summarize(model: SimulationModel, settings: SimulationSettings, blocks: readonly RunBlock[]): SimulationResult {
  const n = settings.runs;
  if (!Number.isInteger(n) || n < 1) throw new Error(`a simulation needs at least one run (got ${n})`);
  const parts = ordered(blocks, n);
  const horizon = model.horizon;

  // Cash-out: counts of the first month below zero, then running sums; integers, so exact in any split.
  const outIn = new Float64Array(horizon + 1);
  for (const block of parts) for (const month of block.firstCashOut) if (month > 0) outIn[month] = (outIn[month] as number) + 1;
  const cashOutByMonth: number[] = [];
  const reached: { p10: number | null; p25: number | null; p50: number | null } = { p10: null, p25: null, p50: null };
  let out = 0;
  for (let m = 1; m <= horizon; m++) {
    out += outIn[m] as number;
    cashOutByMonth.push(out / n);
    // out / n >= 10% etc., judged in integers.
    if (reached.p10 === null && out * 10 >= n) reached.p10 = m;
    if (reached.p25 === null && out * 4 >= n) reached.p25 = m;
    if (reached.p50 === null && out * 2 >= n) reached.p50 = m;
  }
  const p = out / n;
  const half = 1.96 * Math.sqrt((p * (1 - p)) / n);

  const scratch = new Float64Array(n);
  const percentiles = {} as SimulationResult['percentiles'];
  // The month figures from their counts: runway_months is one less than the first month out.
  percentiles.break_even_month = countedDeciles(monthCounts(parts, horizon, (b) => b.breakEvenMonth), n, 0);
  percentiles.runway_months = countedDeciles(outIn, n, -1);
  for (const figure of STORED_FIGURES) {
    const f = FIGURE[figure];
    let at = 0;
    for (const block of parts) {
      scratch.set(block.figures.subarray(f * block.count, (f + 1) * block.count), at);
      at += block.count;
    }
    percentiles[figure] = deciles(scratch, n);
  }

  // The runs whose cash(m) the blocks kept (runBlock's cashByMonthRuns), at most FAN_CHART_RUNS.
  const keptCash = parts.reduce((sum, block) => sum + block.cashByMonth.length / horizon, 0);
  const fan = fanChart(parts, horizon, keptCash);

  const checkFailureShares: Record<string, number> = {};
  model.checks.forEach((check, c) => {
    let failed = 0;
    for (const block of parts) failed += block.checkFailures[c] as number;
    checkFailureShares[check.key] = failed / n;
  });
  const clamped: Record<string, number> = {};
  model.inputs.forEach((input, i) => {
    let count = 0;
    for (const block of parts) count += block.clamped[i] as number;
    clamped[input.path] = (clamped[input.path] ?? 0) + count;
  });

  // The runs whose draws the blocks kept (runBlock's driverRuns), at most DRIVER_RUNS.
  const inputCount = model.inputs.length;
  const keptDraws = inputCount === 0 ? n : parts.reduce((sum, block) => sum + block.draws.length / inputCount, 0);
  const driverRuns = Math.min(n, DRIVER_RUNS, keptDraws);
  return {
    runs: n,
    seed: settings.seed,
    cash_out_probability: p,
    cash_out_interval: [Math.max(0, p - half), Math.min(1, p + half)],
    cash_out_by_month: cashOutByMonth,
    cash_out_risk_months: reached,
    percentiles: Object.fromEntries(SIMULATED_FIGURES.map((figure) => [figure, percentiles[figure]])) as SimulationResult['percentiles'],
    cash_by_month: fan,
    check_failure_shares: checkFailureShares,
    clamped,
    drivers: drivers(model, parts, driverRuns),
    drivers_runs: driverRuns,
  };
}

/** P10, P50 and P90 of cash(m) for each month, over the first `runs` runs (the blocks keep no more). */
function fanChart(parts: readonly RunBlock[], horizon: number, runs: number): SimulationResult['cash_by_month'] {
  const fan: SimulationResult['cash_by_month'] = { p10: [], p50: [], p90: [], runs };
  const scratch = new Float64Array(runs);
  for (let m = 0; m < horizon; m++) {
    let at = 0;
    for (const block of parts) {
      const kept = block.cashByMonth.length / horizon;
      scratch.set(block.cashByMonth.subarray(m * kept, (m + 1) * kept), at);
      at += kept;
    }
    // cash(m) is never null.
    const d = deciles(scratch, at, false);
    fan.p10.push(d.p10 as number);
    fan.p50.push(d.p50 as number);
    fan.p90.push(d.p90 as number);
  }
  return fan;
}

/** Each input's rank correlation with min_cash over the first `runs` runs, strongest first. */
function drivers(model: SimulationModel, parts: readonly RunBlock[], runs: number): SimulationResult['drivers'] {
  const gather = (pick: (block: RunBlock) => Float64Array, offset: (block: RunBlock) => number) => {
    const values = new Float64Array(runs);
    let at = 0;
    for (const block of parts) {
      if (at >= runs) break;
      const take = Math.min(block.count, runs - at);
      const start = offset(block);
      // A block keeps the draws of its runs below the cap only: the cap ends the gathering.
      if (take <= 0) break;
      values.set(pick(block).subarray(start, start + take), at);
      at += take;
    }
    return values;
  };
  const inputs = model.inputs;
  if (inputs.length === 0) return [];
  const cashRanks = ranks(gather((b) => b.figures, (b) => FIGURE.min_cash * b.count));
  const rows = inputs.map((input, i) => ({
    path: input.path,
    rank_correlation: input.sampler.dist === 'fixed' ? null : correlation(ranks(gather((b) => b.draws, (b) => (i * b.draws.length) / inputs.length)), cashRanks),
  }));
  const strength = (rho: number | null) => (rho === null ? -1 : Math.abs(rho));
  // Array.prototype.sort is stable: equal strengths keep the uncertainty order.
  return rows.sort((a, b) => strength(b.rank_correlation) - strength(a.rank_correlation));
}

