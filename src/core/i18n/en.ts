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
    withMargin: (c, p) => `${c} (gross margin ${p})`,
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
    defaultAlive: 'Default alive',
    benchmarks: 'Against benchmarks',
    wrote: (file) => `Wrote ${file}`,
    yes: 'yes',
    no: 'no',
    checks: 'Checks',
    warnings: 'Warnings',
    none: 'n/a',
    colon: ': ',
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
      'Churn is 0, so LTV has no finite value: a customer who never leaves has no finite lifetime. Enter the churn you expect, even 0.5%.',
    non_positive_contribution: (w, money) =>
      `Contribution margin is ${money(w.contribution)} per customer per month: each customer costs more to serve than they pay, so LTV is negative and CAC is never recovered nor break-even reached. Raise the price or cut serving and inference costs.`,
    zero_cac: () =>
      'CAC is 0, so LTV:CAC has no finite value. If customers truly cost nothing to win, ignore this; otherwise enter the real cost of acquiring one.',
    no_break_even: (w) =>
      `The projection does not break even within ${w.horizon} months. Lengthen the horizon or improve the unit economics.`,
    cash_runs_out: (w, money) =>
      `Cash goes below zero in month ${w.month}. Raise at least ${money(w.fundingGap)} (the funding gap) or cut the burn.`,
    cash_runs_out_with_rounds: (w, money) =>
      `Cash goes below zero in month ${w.month} even with the planned rounds. Raise ${money(w.fundingGap)} more (the funding gap) by month ${w.month}, or cut the burn.`,
    round_too_late: (w) =>
      `The round "${w.round}" in month ${w.month} comes ${w.late} ${w.late === 1 ? 'month' : 'months'} too late: cash goes below zero in month ${w.cashOutMonth}. Close it by month ${w.cashOutMonth}, or raise a bridge before.`,
    beyond_horizon: (w) =>
      `The ${{ hire: 'hire', cost: 'planned cost', training: 'training run', round: 'round' }[w.kind]} "${w.name}" in month ${w.month} is after the ${w.horizon}-month horizon, so it counts nowhere. Lengthen the horizon or move it earlier.`,
    customers_beyond_people: (w) =>
      `Customers pass 10 billion in month ${w.month}: more customers than there are people. Check the new customers a month and their monthly growth.`,
    self_hosting_never_cheaper: (w) =>
      `Self-hosting is never cheaper than the API within the ${w.horizon}-month horizon (GPUs, ops included). Check the GPU price, the throughputs, the utilization and the GPUs kept running, or serve from the API.`,
    self_hosting_dearer_at_horizon: (w, money) =>
      `At month ${w.horizon}'s volume, self-hosting costs ${money(w.selfHosted)} per customer a month against the API's ${money(w.api)}: falling token prices make the API cheaper again. Check the GPU price and throughputs, or plan to switch back.`,
    utilization_high: (w) =>
      `GPU utilization of ${w.utilization.mul(100).toString()}% leaves little headroom for peaks: above 85%, requests queue when traffic spikes. Plan for 60-80%, or more GPUs.`,
    training_beyond_cash: (w, money) =>
      `The training run "${w.what}" in month ${w.month} costs ${money(w.cost)}, more than the ${money(w.cash)} of cash at hand that month. Raise before it, move it later, or make it smaller.`,
    arr_past_som: (w, money) =>
      `The run-rate revenue at the horizon, ${money(w.arr)} a year, is more than the serviceable obtainable market (SOM) of ${money(w.som)}: lower the growth or show why the market is larger.`,
    customers_past_segments: (w) =>
      `Customers pass the ${w.segments.toFixed()} potential customers of the named segments in month ${w.month}: add the segments the plan also sells to, or lower the growth.`,
    flat_fixed_costs: (w) =>
      `Customers grow ${w.growth.toDecimalPlaces(0, 1).toFixed()}-fold while fixed costs stay flat for the whole horizon: nobody is hired. Add the hires and costs that growth needs.`,
    implausible_rate: (w) =>
      `${w.key}${w.line === undefined ? '' : ` (line ${w.line})`} is ${pct(w.value)} a ${w.per}, more than the plausible ${pct(w.max)}. If you meant ${pct(w.meant)}, write it as "${pct(w.meant)}" or ${w.meant.toString()}: a plain ${w.value.toString()} means ${pct(w.value)}.`,
    fixed_costs_below_team: (w, money) =>
      `Fixed costs (resources.fixed_costs_monthly) are ${money(w.fixed)} a month, less than the team's payroll plus the compute budget, ${money(w.teamAndCompute)}. Fixed costs include both: raise them to at least ${money(w.teamAndCompute)}, or correct the team or the compute budget.`,
  },
  benchmarks: {
    margin: {
      aboveSaas: (p) => `Gross margin ${p}: above the 60–80% of comparable SaaS businesses (a16z, “The New Business of AI”, 2020).`,
      saas: (p) => `Gross margin ${p}: within the 60–80% of comparable SaaS businesses (a16z, “The New Business of AI”, 2020).`,
      ai: (p) => `Gross margin ${p}: within the 50–60% a16z often sees for AI companies, below the 60–80% of comparable SaaS (“The New Business of AI”, 2020).`,
      between: (p) =>
        `Gross margin ${p}: below the 50–60% a16z often sees for AI companies (“The New Business of AI”, 2020), above the 20–40% a 2026 vendor survey of 100 CFOs found for AI-native ones (Cloud Capital).`,
      aiNative: (p) =>
        `Gross margin ${p}: below the 50–60% a16z often sees for AI companies (“The New Business of AI”, 2020), within the 20–40% a 2026 vendor survey of 100 CFOs found for AI-native ones (Cloud Capital), which put AI-enabled products at 60–80%.`,
      low: (p) =>
        `Gross margin ${p}: below even the 20–40% a 2026 vendor survey of 100 CFOs found for AI-native companies (Cloud Capital): serving and inference costs take most of the price.`,
    },
    ratio: {
      meets: (r) => `LTV:CAC ${r}: meets the 3:1 bar David Skok sets (forEntrepreneurs, “SaaS Metrics 2.0 – A Guide to Measuring and Improving what Matters”, 2013).`,
      misses: (r) =>
        `LTV:CAC ${r}: below the 3:1 bar David Skok sets (forEntrepreneurs, “SaaS Metrics 2.0 – A Guide to Measuring and Improving what Matters”, 2013): raise the price, cut churn or spend less to win a customer.`,
      noChurn: () => 'LTV:CAC has no finite value: with churn at 0, a customer never leaves.',
      freeAcquisition: () => 'LTV:CAC has no finite value: the plan spends nothing to win a customer.',
    },
    payback: {
      within12: (m) => `CAC payback ${m} months: within the 12 months David Skok recommends (forEntrepreneurs, “SaaS Metrics 2.0 – A Guide to Measuring and Improving what Matters”, 2013).`,
      smb: (m) =>
        `CAC payback ${m} months: longer than Skok’s 12, within the 6–18 months SMB customers typically need (David Cowan, Bessemer, “Cloud Computing Law #6”, 2012).`,
      slow: (m) =>
        `CAC payback ${m} months: slower than the 6–18 months SMB customers typically need, short of the 36 months David Cowan calls cause for concern (Bessemer, “Cloud Computing Law #6”, 2012).`,
      concern: (m) => `CAC payback ${m} months: 36 months or more, which David Cowan calls cause for concern (Bessemer, “Cloud Computing Law #6”, 2012).`,
      never: () => 'CAC is never recovered: each customer’s contribution margin is not positive.',
    },
    burn: {
      excellent: (m) => `Burn multiple ${m} in the first year: under 1, excellent by David Sacks’ bands (“The Burn Multiple”, 2020).`,
      good: (m) => `Burn multiple ${m} in the first year: 1 to 1.5, good by David Sacks’ bands (“The Burn Multiple”, 2020).`,
      suspect: (m) => `Burn multiple ${m} in the first year: over 1.5 to 2, suspect by David Sacks’ bands (“The Burn Multiple”, 2020).`,
      bad: (m) =>
        `Burn multiple ${m} in the first year: over 2, bad by David Sacks’ bands (“The Burn Multiple”, 2020): the burn is more than twice the new ARR.`,
      none: 'No burn multiple: the first year adds no ARR.',
    },
    alive: {
      alive: 'Default alive: without any round, cash lasts and the last month makes a profit (Paul Graham, “Default Alive or Default Dead?”, 2015).',
      deadByCash: (m) => `Default dead: without a round, cash lasts ${m} months (Paul Graham, “Default Alive or Default Dead?”, 2015).`,
      deadByLoss: 'Default dead: without a round, the last projected month still loses money (Paul Graham, “Default Alive or Default Dead?”, 2015).',
    },
  },
  checkOutput: {
    noChecks: ' (no checks set)',
    invalid: ' is invalid',
    upToDate: 'up to date: the metrics and the report are what bizplan calc would write',
    staleLabel: 'stale',
    stale: (file, parts) =>
      `${parts.map((p) => (p === 'metrics' ? `the metrics: section of ${file}` : 'its report')).join(' and ')} ${parts.length === 1 ? 'differs' : 'differ'} from what bizplan calc would write now; run bizplan calc ${file} and commit the result`,
    requiredTrue: (key) => `${key} is true, as required`,
    requiredFalse: (key) => `${key} is false, and the plan requires it: without its funding rounds, cash goes below zero or the last month loses money`,
    figure: (key, actual, side, bound) => `${key} is ${actual}, ${{ atOrAbove: 'at or above', atOrBelow: 'at or below', below: 'below', above: 'above' }[side]} ${bound}`,
    bound: (direction, limit) => `${direction === 'min' ? 'the minimum of' : 'the maximum of'} ${limit}`,
    nullFigure: (why, bound) => `${why} (${bound})`,
  },
  diffOutput: {
    better: 'better',
    worse: 'worse',
    changed: 'changed',
    newPlan: (name) => `${name} is a new plan`,
    noMetricChanged: 'No metric changed.',
    noInputChanged: 'No input changed.',
    inputsChanged: 'Inputs changed',
    otherUnchanged: (n) => `${n} other metric${n === 1 ? '' : 's'} unchanged.`,
    added: 'added',
    removed: 'removed',
    none: 'none',
    points: 'pp',
    headers: { metric: 'Metric', value: 'Value', old: 'Old', new: 'New', change: 'Change', input: 'Input' },
  },
  whatIfOutput: {
    scenariosTitle: (file, n) => `Scenarios of ${file}: the base case and ${n} scenario${n === 1 ? '' : 's'}`,
    noScenarios: (file) => `${file} has no scenarios yet: add a "scenarios:" section (see bizplan scenarios --help)`,
    base: 'base',
    probability: 'probability',
    expected: 'expected',
    check: (name) => `check ${name}`,
    figure: 'Figure',
    tornadoTitle: (metric, file, base) => `Tornado of ${metric} for ${file}: base ${base}`,
    bars: 'Bars: left, the input moves it down; right, up.',
    tornadoHeading: (metric) => `## Tornado of \`${metric}\``,
    tornadoIntro: (base) => `Base: ${base}. Each input at its low and its high, every other input at the plan's value; largest swing first.`,
    headers: { input: 'Input', lowToHigh: 'Low to high', metricAt: (metric) => `\`${metric}\` at low to high`, swing: 'Swing' },
    range: (low, high) => `${low} to ${high}`,
    atEnds: (metric, range, swing) => `${metric} ${range}; swing ${swing}`,
    none: 'none',
    noSwing: 'none (no figure at one end)',
    errors: {
      unknownScenario: (name, file, hint) => `--scenario: ${name} is not a scenario of ${file}; ${hint}`,
      noScenariosToPick: (file) => `${file} has no scenarios: add a "scenarios:" section`,
      didYouMean: (candidate) => `did you mean ${candidate}?`,
      scenariosAre: (names) => `the scenarios are: ${names.join(', ')}`,
      unknownMetric: (name, hint) => `--metric: ${name} is not a numeric metric; ${hint}`,
      metricsAre: (names) => `the metrics are: ${names.join(', ')}`,
      badSwing: (got) => `--swing: must be above 0 and at most 100%, e.g. 20% or 0.2 (got ${got})`,
    },
  },
  report: reportEn,
};
