/** The figures the simulation gives percentiles of (FORMULAS.md, "Monte Carlo simulation"), in its order. */
export const SIMULATED_FIGURES = [
  'min_cash',
  'funding_gap',
  'cash_end',
  'customers_end',
  'arr_end',
  'ltv',
  'ltv_to_cac',
  'cac_payback_months',
  'break_even_month',
  'runway_months',
] as const;
export type SimulatedFigure = (typeof SIMULATED_FIGURES)[number];

/** Figures a block keeps as a double per run, to rank; the two month figures are counted instead (see RunBlock). */
export const STORED_FIGURES = ['min_cash', 'funding_gap', 'cash_end', 'customers_end', 'arr_end', 'ltv', 'ltv_to_cac', 'cac_payback_months'] as const satisfies readonly SimulatedFigure[];
export type StoredFigure = (typeof STORED_FIGURES)[number];

/** Figure indexes in a block's figure-major array. */
export const FIGURE = {
  min_cash: 0,
  funding_gap: 1,
  cash_end: 2,
  customers_end: 3,
  arr_end: 4,
  ltv: 5,
  ltv_to_cac: 6,
  cac_payback_months: 7,
} as const satisfies Record<StoredFigure, number>;
