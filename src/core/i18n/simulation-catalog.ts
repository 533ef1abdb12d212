import type { SimulatedFigure } from '../simulate/index.js';

/** What `bizplan simulate` says in text and Markdown, and its progress bar; its JSON stays English. */
export interface SimulationCatalog {
  /** The first line: which plan, how many runs, which seed. */
  title: (plan: string, runs: string, seed: string) => string;
  /** The headline: the share of runs whose cash goes below 0, with its 95% interval. */
  /** longest: the longest horizon a run draws, when a range on the horizon reaches past the plan's. */
  cashOut: (horizon: number, share: string, low: string, high: string, longest?: number) => string;
  /** The months by which that risk passes each level; `null`: it never does within the horizon. */
  riskMonths: (levels: ReadonlyArray<{ level: string; month: number | null }>) => string;
  percentilesHeading: string;
  figure: string;
  /** Short names of the figures in the percentile table. */
  figures: Record<SimulatedFigure, string>;
  /** A null percentile in a table cell: never breaks even or pays back, or cash lasts the horizon. */
  never: string;
  lasts: string;
  /** A null LTV or LTV:CAC: churn or CAC is 0, so the figure has no bound. */
  unbounded: string;
  checksHeading: string;
  /** One check's failure share, after its key. */
  failShare: (share: string) => string;
  noChecks: string;
  driversHeading: string;
  /** An input that the draws hold fixed (a range of zero width): it drives nothing. */
  fixed: string;
  clampedHeading: string;
  clamped: (count: string, share: string) => string;
  /** When cash by month and the drivers come from the first runs only (FORMULAS.md allows it above 100,000). */
  fanChartRuns: (runs: string) => string;
  cashByMonthHeading: string;
  month: string;
  /** The figure `cash_out_probability_max` judges, as a check line names it. */
  cashOutLabel: string;
  /** After a check line: the runs and seed the share comes from. */
  checkRuns: (runs: string, seed: string) => string;
  /** The progress bar's words. */
  progressLabel: string;
  progressUnit: string;
}
