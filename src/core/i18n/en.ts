import type { Decimal } from 'decimal.js';
import type { Catalog } from './catalog.js';
import { reportEn } from './report-en.js';

/** A rate as its exact percent: 8 -> 800%, 0.08 -> 8%. */
const pct = (rate: Decimal) => `${rate.mul(100).toString()}%`;

export const en: Catalog = {
  locale: 'en-US',
  summary: {
    primary: 'primary',
    compute: 'Compute budget',
    fixedCosts: 'Fixed costs a month',
    unitEconomics: 'Unit economics (per customer per month)',
    contribution: 'Contribution margin',
    grossMargin: 'Gross margin',
    inference: 'AI inference cost',
    inferenceSelfHosted: 'AI inference, own GPUs',
    gpus: {
      heading: 'Compute',
      selfHosted: 'Self-hosted',
      perCustomer: (own, api) => `${own} per customer against ${api} through the API`,
      cheaper: 'Cheaper than the API',
      cheaperFrom: (m) => `from month ${m}`,
      neverCheaper: 'never within the horizon',
      gpusEnd: (h) => `GPUs at month ${h}`,
      training: 'Training runs',
    },
    ltv: 'LTV',
    ltvDiscounted: 'LTV, discounted',
    ltvToCac: 'LTV:CAC',
    payback: 'CAC payback',
    months: (n) => `${n} months`,
    breakEven: 'Break-even',
    steadyState: 'Steady state',
    revenuePerMonth: (amount) => `${amount} revenue a month`,
    projection: 'Projection',
    breakEvenCustomers: (n) => `${n} customers`,
    breakEvenMonth: (m) => `breaks even in month ${m}`,
    noBreakEvenMonth: (h) => `no break-even within ${h} months`,
    cash: 'Cash',
    runwayLabel: 'Runway',
    lowestCash: 'Lowest cash',
    runway: (m) => `${m} months: cash goes below zero in month ${Number(m) + 1}`,
    lasts: (h) => `lasts the ${h}-month horizon`,
    minCash: (amount, month) => `${amount} in month ${month}`,
    fundingGap: 'Funding gap',
    customersEnd: (h) => `Customers at month ${h}`,
    fundingTotal: 'Funding rounds',
    cashEnd: (h) => `Cash at month ${h}`,
    arrEnd: (h) => `ARR at month ${h}`,
    peakBurn: 'Peak monthly burn',
    burnMultiple: 'Burn multiple',
    burnBand: (m, band) => `${m} (${{ excellent: 'under 1: excellent', good: '1-1.5: good', suspect: '1.5-2: suspect', bad: 'over 2: bad' }[band]}, David Sacks)`,
    defaultAlive: 'Default alive',
    alive: 'yes: without any round, cash lasts and the last month makes a profit',
    deadByCash: (r) => `no: without the rounds, cash lasts ${r} months`,
    deadByLoss: 'no: without the rounds, the last month still loses money',
    yes: 'yes',
    no: 'no',
    checks: 'Checks',
    warnings: 'Warnings',
    none: 'n/a',
  },
  checks: {
    ltv_to_cac_min: 'LTV:CAC at least',
    cac_payback_months_max: 'CAC payback at most (months)',
    break_even_month_max: 'Break-even by month',
    runway_months_min: 'Runway at least (months)',
    gross_margin_min: 'Gross margin at least',
    funding_gap_max: 'Funding gap at most',
    burn_multiple_max: 'Burn multiple at most',
    require_default_alive: 'Default alive without the rounds',
  },
  checkWhenNull: {
    ltv_to_cac_min: 'unbounded, as CAC is 0',
    cac_payback_months_max: 'never, as contribution is not positive',
    break_even_month_max: 'not within the horizon',
    runway_months_min: 'cash lasts the whole horizon',
    gross_margin_min: 'not computed',
    funding_gap_max: 'not computed',
    burn_multiple_max: 'none: the first year adds no ARR',
    require_default_alive: 'not computed',
  },
  warnings: {
    zero_churn: () =>
      'Churn is 0, so LTV is null: a customer who never leaves has no finite lifetime. Enter the churn you expect, even "0.5%".',
    non_positive_contribution: (w, money) =>
      `Contribution margin is ${money(w.contribution)} per customer per month: each customer costs more to serve than they pay, so LTV is negative and CAC payback and break-even are null. Raise the price or cut serving and inference costs.`,
    zero_cac: () =>
      'CAC is 0, so LTV:CAC is null. If customers truly cost nothing to win, ignore this; otherwise enter the real cost of acquiring one.',
    no_break_even: (w) =>
      `The projection does not break even within ${w.horizon} months, so break_even_month is null. Lengthen growth.horizon_months or improve the unit economics.`,
    cash_runs_out: (w, money) =>
      `Cash goes below zero in month ${w.month}. Raise at least ${money(w.fundingGap)} (the funding gap) or cut the burn.`,
    cash_runs_out_with_rounds: (w, money) =>
      `Cash goes below zero in month ${w.month} even with the planned rounds. Raise ${money(w.fundingGap)} more (the funding gap) by month ${w.month}, or cut the burn.`,
    round_too_late: (w) =>
      `The round "${w.round}" in month ${w.month} comes ${w.late} ${w.late === 1 ? 'month' : 'months'} too late: cash goes below zero in month ${w.cashOutMonth}. Close it by month ${w.cashOutMonth}, or raise a bridge before.`,
    beyond_horizon: (w) =>
      `The ${{ hire: 'hire', cost: 'planned cost', training: 'training run', round: 'round' }[w.kind]} "${w.name}" in month ${w.month} is after the ${w.horizon}-month horizon, so it counts nowhere. Lengthen growth.horizon_months or move it earlier.`,
    customers_beyond_people: (w) =>
      `Customers pass 10 billion in month ${w.month}: more customers than there are people. Check new_customers_monthly and new_customers_growth_monthly.`,
    self_hosting_never_cheaper: (w) =>
      `Self-hosting is never cheaper than the API within the ${w.horizon}-month horizon (GPUs, ops included). Check the GPU price, throughputs, utilization and min_gpus, or serve from the API.`,
    self_hosting_dearer_at_horizon: (w, money) =>
      `At month ${w.horizon}'s volume, self-hosting costs ${money(w.selfHosted)} per customer a month against the API's ${money(w.api)}: falling token prices make the API cheaper again. Check the GPU price and throughputs, or plan to switch back.`,
    utilization_high: (w) =>
      `GPU utilization of ${w.utilization.mul(100).toString()}% leaves little headroom for peaks: above 85%, requests queue when traffic spikes. Plan for 60-80%, or more GPUs.`,
    training_beyond_cash: (w, money) =>
      `The training run "${w.what}" in month ${w.month} costs ${money(w.cost)}, more than the ${money(w.cash)} of cash at hand that month. Raise before it, move it later, or make it smaller.`,
    implausible_rate: (w) =>
      `${w.key}${w.line === undefined ? '' : ` (line ${w.line})`} is ${pct(w.value)} a ${w.per}, more than the plausible ${pct(w.max)}. If you meant ${pct(w.meant)}, write it as "${pct(w.meant)}" or ${w.meant.toString()}: a plain ${w.value.toString()} means ${pct(w.value)}.`,
    fixed_costs_below_team: (w, money) =>
      `Fixed costs (resources.fixed_costs_monthly) are ${money(w.fixed)} a month, less than the team's payroll plus the compute budget, ${money(w.teamAndCompute)}. Fixed costs include both: raise them to at least ${money(w.teamAndCompute)}, or correct the team or the compute budget.`,
  },
  report: reportEn,
};
