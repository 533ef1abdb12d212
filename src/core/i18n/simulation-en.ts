import type { SimulationCatalog } from './simulation-catalog.js';

const joinLevels = (parts: string[]) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`);

/** `1 run`, `10,000 runs`: the count comes as shown, digits grouped. */
const runsWord = (runs: string) => (runs === '1' ? 'run' : 'runs');

export const simulationEn: SimulationCatalog = {
  title: (plan, runs, seed) => `Simulation of ${plan}: ${runs} ${runsWord(runs)}, seed ${seed}`,
  cashOut: (horizon, share, low, high, longest) =>
    `Cash runs out within ${longest === undefined ? `${horizon} ${horizon === 1 ? 'month' : 'months'}` : `each run's own horizon (${horizon} in the plan, up to ${longest} months as drawn)`} in ${share} of runs (95% interval ${low} to ${high}).`,
  riskMonths: (levels) => {
    const passed = levels.filter((l) => l.month !== null).map((l) => `${l.level} by month ${String(l.month)}`);
    const never = levels.filter((l) => l.month === null).map((l) => l.level);
    const first = passed.length > 0 ? `The risk passes ${joinLevels(passed)}` : '';
    const rest = never.length > 0 ? `${first ? '; it' : 'The risk'} stays below ${never[0] ?? ''} within the horizon` : '';
    return `${first}${rest}.`;
  },
  percentilesHeading: 'Percentiles over the runs',
  figure: 'Figure',
  figures: {
    min_cash: 'Lowest cash',
    funding_gap: 'Funding gap',
    cash_end: 'Cash at the horizon',
    customers_end: 'Customers at the horizon',
    arr_end: 'ARR at the horizon',
    ltv: 'LTV',
    ltv_to_cac: 'LTV:CAC',
    cac_payback_months: 'CAC payback (months)',
    break_even_month: 'Break-even month',
    runway_months: 'Runway (months)',
  },
  never: 'never',
  lasts: 'lasts',
  unbounded: 'unbounded',
  checksHeading: 'Checks: the share of runs in which each fails',
  failShare: (share) => `fails in ${share} of runs`,
  noChecks: 'The plan sets no checks.',
  driversHeading: 'What drives the lowest cash (rank correlation with it)',
  fixed: 'fixed',
  clampedHeading: 'Draws moved into the input\'s valid range',
  clamped: (count, share) => `${count} (${share} of runs)`,
  fanChartRuns: (runs) => `Cash by month and the drivers are taken over the first ${runs} runs.`,
  cashByMonthHeading: 'Cash by month',
  month: 'Month',
  cashOutLabel: 'cash_out_probability',
  checkRuns: (runs, seed) => `, over ${runs} ${runsWord(runs)} (seed ${seed})`,
  progressLabel: 'Simulating',
  progressUnit: 'runs',
};
