import type { Decimal } from 'decimal.js';
import { catalogFor, planFormatter, warningText, type Calculation } from '../calculate.js';
import { Dec, ZERO } from '../decimal.js';
import type { ProjectionMonth } from '../finance/projection.js';
import { monthlyDiscountRate } from '../finance/unit-economics.js';
import type { MetricKey } from '../finance/metrics.js';
import type { CanvasBlock, UnitKind } from '../i18n/report-catalog.js';
import type { Plan } from '../plan/schema.js';
import { xyChart } from './charts.js';
import { benchmarkVerdicts } from '../finance/benchmarks.js';

/** Metrics the Compute section shows, rather than the unit-economics table. */
const COMPUTE_METRICS: ReadonlySet<MetricKey> = new Set(['training_cost_total', 'self_hosted_cost_per_customer', 'self_hosting_cheaper_from_month', 'gpus_end']);

/** Months shown one by one; beyond this the projection table and charts show a row a quarter. */
export const MONTHLY_ROWS = 24;

export interface ReportOptions {
  /** The report's date, `YYYY-MM-DD`: passed in so the same inputs give the same bytes. */
  date: string;
}

const has = (items: readonly unknown[]) => items.length > 0;

/** Months 1..24, then every third month, and always the last and every month a round arrives. */
export function reportMonths(projection: readonly ProjectionMonth[]): ProjectionMonth[] {
  return projection.filter((m, i) => m.month <= MONTHLY_ROWS || (m.month - MONTHLY_ROWS) % 3 === 0 || i === projection.length - 1 || !m.funding.isZero());
}

/** Every input with its unit, in plan order, for the assumptions appendix. */
function inputs(plan: Plan): Array<[string, Decimal | undefined, UnitKind]> {
  const r = plan.revenue_model;
  const i = r.inference;
  const h = plan.compute.self_hosting;
  return [
    ['revenue_model.arpu_monthly', r.arpu_monthly, 'moneyPerCustomerMonth'],
    ['revenue_model.seats_per_customer', r.seats_per_customer, 'seatsPerCustomer'],
    ['revenue_model.price_per_seat_monthly', r.price_per_seat_monthly, 'moneyPerSeatMonth'],
    ['revenue_model.variable_cost_per_customer_monthly', r.variable_cost_per_customer_monthly, 'moneyPerCustomerMonth'],
    ['revenue_model.churn_monthly', r.churn_monthly, 'ratePerMonth'],
    ['revenue_model.cac', r.cac, 'moneyPerNewCustomer'],
    ['revenue_model.discount_rate_annual', r.discount_rate_annual, 'ratePerYear'],
    ['revenue_model.inference.requests_per_customer_monthly', i?.requests_per_customer_monthly, 'requestsPerCustomerMonth'],
    ['revenue_model.inference.input_tokens_per_request', i?.input_tokens_per_request, 'tokensPerRequest'],
    ['revenue_model.inference.output_tokens_per_request', i?.output_tokens_per_request, 'tokensPerRequest'],
    ['revenue_model.inference.input_price_per_million', i?.input_price_per_million, 'moneyPerMillionTokens'],
    ['revenue_model.inference.output_price_per_million', i?.output_price_per_million, 'moneyPerMillionTokens'],
    ['revenue_model.inference.cached_input_share', i?.cached_input_share, 'share'],
    ['revenue_model.inference.cached_input_price_per_million', i?.cached_input_price_per_million, 'moneyPerMillionTokens'],
    ['revenue_model.inference.overhead_multiplier', i?.overhead_multiplier, 'multiplier'],
    ['revenue_model.inference.price_change_yearly', i?.price_change_yearly, 'ratePerYear'],
    ['resources.cash', plan.resources.cash, 'money'],
    ['resources.fixed_costs_monthly', plan.resources.fixed_costs_monthly, 'moneyPerMonth'],
    ['resources.compute_budget_monthly', plan.resources.compute_budget_monthly, 'moneyPerMonth'],
    ...plan.resources.hires.flatMap((h, n): Array<[string, Decimal | undefined, UnitKind]> => [
      [`resources.hires[${n}].count`, h.count, 'people'],
      [`resources.hires[${n}].monthly_cost`, h.monthly_cost, 'moneyPerMonth'],
      [`resources.hires[${n}].start_month`, h.start_month, 'month'],
    ]),
    ...plan.resources.planned_costs.flatMap((c, n): Array<[string, Decimal | undefined, UnitKind]> => [
      [`resources.planned_costs[${n}].month`, c.month, 'month'],
      [`resources.planned_costs[${n}].amount`, c.amount, 'money'],
      [`resources.planned_costs[${n}].from_month`, c.from_month, 'month'],
      [`resources.planned_costs[${n}].monthly`, c.monthly, 'moneyPerMonth'],
      [`resources.planned_costs[${n}].to_month`, c.to_month, 'month'],
    ]),
    ...plan.funding.flatMap((f, n): Array<[string, Decimal | undefined, UnitKind]> => [
      [`funding[${n}].month`, f.month, 'month'],
      [`funding[${n}].amount`, f.amount, 'money'],
    ]),
    ['compute.self_hosting.gpu_hourly_price', h?.gpu_hourly_price, 'moneyPerGpuHour'],
    ['compute.self_hosting.input_tokens_per_second_per_gpu', h?.input_tokens_per_second_per_gpu, 'tokensPerSecond'],
    ['compute.self_hosting.output_tokens_per_second_per_gpu', h?.output_tokens_per_second_per_gpu, 'tokensPerSecond'],
    ['compute.self_hosting.utilization', h?.utilization, 'share'],
    ['compute.self_hosting.min_gpus', h?.min_gpus, 'gpus'],
    ['compute.self_hosting.ops_cost_monthly', h?.ops_cost_monthly, 'moneyPerMonth'],
    ...plan.compute.training_runs.flatMap((t, n): Array<[string, Decimal | undefined, UnitKind]> => [
      [`compute.training_runs[${n}].month`, t.month, 'month'],
      [`compute.training_runs[${n}].gpu_hours`, t.gpu_hours, 'gpuHours'],
      [`compute.training_runs[${n}].parameters`, t.parameters, 'parameters'],
      [`compute.training_runs[${n}].tokens`, t.tokens, 'tokens'],
      [`compute.training_runs[${n}].gpu_peak_tflops`, t.gpu_peak_tflops, 'tflops'],
      [`compute.training_runs[${n}].mfu`, t.mfu, 'share'],
      [`compute.training_runs[${n}].gpu_hourly_price`, t.gpu_hourly_price, 'moneyPerGpuHour'],
    ]),
    ['growth.starting_customers', plan.growth.starting_customers, 'customers'],
    ['growth.new_customers_monthly', plan.growth.new_customers_monthly, 'customersPerMonth'],
    ['growth.new_customers_growth_monthly', plan.growth.new_customers_growth_monthly, 'ratePerMonth'],
    ['growth.horizon_months', plan.growth.horizon_months, 'months'],
    ['market.size.tam', plan.market.size?.tam, 'moneyPerYear'],
    ['market.size.sam', plan.market.size?.sam, 'moneyPerYear'],
    ['market.size.som', plan.market.size?.som, 'moneyPerYear'],
    ['checks.ltv_to_cac_min', plan.checks.ltv_to_cac_min, 'ratio'],
    ['checks.cac_payback_months_max', plan.checks.cac_payback_months_max, 'months'],
    ['checks.break_even_month_max', plan.checks.break_even_month_max, 'months'],
    ['checks.runway_months_min', plan.checks.runway_months_min, 'months'],
    ['checks.gross_margin_min', plan.checks.gross_margin_min, 'share'],
    ['checks.funding_gap_max', plan.checks.funding_gap_max, 'money'],
    ['checks.burn_multiple_max', plan.checks.burn_multiple_max, 'ratio'],
  ];
}

/**
 * The Compute section: the API against self-hosting month by month, the GPUs at each
 * milestone, the training runs, and what the token-price trend does to the gross margin
 * year by year. null when the plan says nothing about compute.
 */
function computeView(calc: Calculation, rows: readonly ProjectionMonth[], metricValue: Record<MetricKey, string>) {
  const { plan, analysis } = calc;
  const r = catalogFor(plan).report;
  const f = planFormatter(plan);
  const horizon = plan.growth.horizon_months.toNumber();
  const { model, months, cheaperFromMonth } = analysis.compute;
  const hosting = model.selfHosting;
  const inference = plan.revenue_model.inference;
  const change = inference?.price_change_yearly;
  if (!hosting && model.runs.length === 0 && !model.priceChanges) return null;

  const selfHosting = hosting && plan.compute.self_hosting && {
    gpuPrice: f.money(hosting.hourlyPrice),
    inputTps: f.number(plan.compute.self_hosting.input_tokens_per_second_per_gpu, 1),
    outputTps: f.number(plan.compute.self_hosting.output_tokens_per_second_per_gpu, 1),
    utilization: f.percent(hosting.utilization, 2),
    minGpus: f.number(hosting.minGpus, 0),
    gpuSecondsPerRequest: f.number(hosting.gpuSecondsPerRequest, 4),
    gpuHoursPerCustomer: f.number(hosting.gpuHoursPerCustomer, 2),
    costPerCustomer: metricValue.self_hosted_cost_per_customer,
    apiPerCustomer: f.money(model.apiCostPerCustomer),
    ops: f.money(hosting.opsMonthly),
    hasOps: !hosting.opsMonthly.isZero(),
    servesSelfHosted: model.servesSelfHosted,
    cheaperFrom: cheaperFromMonth,
    gpusEnd: metricValue.gpus_end,
    chart: xyChart({
      title: r.charts.compute(plan.currency, cheaperFromMonth === null ? r.charts.neverCheaper : r.charts.cheaperFrom(cheaperFromMonth)),
      xLabel: r.charts.monthAxis,
      yLabel: plan.currency,
      months: rows.map((m) => m.month),
      lines: [{ values: rows.map((m) => months[m.month - 1]?.api ?? ZERO) }, { values: rows.map((m) => months[m.month - 1]?.selfHosted ?? ZERO) }],
    }),
    gpus: gpuMilestones(plan, horizon, r.computeWords.endOfYear, r.computeWords.horizonEnd).map(({ month, goal }) => {
      const at = months[month - 1];
      return { month, goal, gpus: at ? f.number(at.gpus, 0) : '', cost: at ? f.moneyWhole(at.selfHosted) : '', api: at ? f.moneyWhole(at.api) : '' };
    }),
  };

  const runs = model.runs.map((run) => ({
    what: run.what,
    month: `${r.month(run.month)}${run.month > horizon ? ` ${r.afterHorizon}` : ''}`,
    gpuHours: f.number(run.gpuHours, 0),
    how: run.estimated ? r.computeWords.estimated : r.computeWords.given,
    price: f.money(run.hourlyPrice),
    cost: f.moneyWhole(run.cost),
  }));

  // Gross margin with the API's prices of each year: what the trend does to each customer.
  const years = Math.ceil(horizon / 12);
  const priceTrend = model.priceChanges && change && {
    change: r.computeWords.priceChange(f.percent(change.abs(), 2), change.isNeg()),
    years: Array.from({ length: years }, (_, i) => {
      const factor = model.priceFactor(i * 12 + 1);
      const api = model.apiCostPerCustomer.mul(factor);
      const margin = plan.revenue_model.arpu_monthly.minus(plan.revenue_model.variable_cost_per_customer_monthly).minus(api).div(plan.revenue_model.arpu_monthly);
      return { year: i + 1, factor: f.percent(factor, 1), api: f.money(api), margin: f.percent(margin, 1) };
    }),
    servesSelfHosted: model.servesSelfHosted,
  };

  return {
    selfHosting,
    runs,
    hasRuns: has(runs),
    trainingTotal: f.moneyWhole(analysis.metrics.training_cost_total ?? ZERO),
    priceTrend,
  };
}

/**
 * Months to show the GPU count at: the plan's milestones within the horizon, else the end of
 * each year; and the horizon.
 */
function gpuMilestones(plan: Plan, horizon: number, endOfYear: (year: number) => string, horizonEnd: string): Array<{ month: number; goal: string }> {
  const milestones = plan.milestones.filter((m) => m.month.toNumber() >= 1 && m.month.toNumber() <= horizon).map((m) => ({ month: m.month.toNumber(), goal: m.goal }));
  const marks =
    milestones.length > 0 ? milestones : Array.from({ length: Math.floor(horizon / 12) }, (_, i) => ({ month: (i + 1) * 12, goal: endOfYear(i + 1) }));
  if (!marks.some((m) => m.month === horizon)) marks.push({ month: horizon, goal: horizonEnd });
  return marks.sort((a, b) => a.month - b.month);
}

/**
 * Everything the report template shows, as display text. Pure: the same calculation
 * and date always give the same view. Text from the plan is left raw here; the
 * renderer escapes every `{{value}}` for Markdown.
 */
export function buildReportView(calc: Calculation, options: ReportOptions) {
  const { plan, analysis, shown } = calc;
  const t = catalogFor(plan);
  const r = t.report;
  const f = planFormatter(plan);
  const currency = plan.currency;
  const horizon = plan.growth.horizon_months.toNumber();
  const unit = analysis.unit;
  const rm = plan.revenue_model;
  const na = r.notApplicable;

  const orNull = (key: MetricKey, show: (text: string) => string) => {
    const text = shown[key];
    return text === null ? (r.nullMetric[key] ?? na) : show(text);
  };
  const money = (key: MetricKey) => orNull(key, f.money);
  const months = (key: MetricKey) => orNull(key, (v) => f.number(v, 1));
  const metricValue: Record<MetricKey, string> = {
    variable_cost_per_customer_monthly: money('variable_cost_per_customer_monthly'),
    contribution_margin_monthly: money('contribution_margin_monthly'),
    gross_margin: f.percent(shown.gross_margin ?? '0'),
    ltv: money('ltv'),
    ltv_discounted: money('ltv_discounted'),
    ltv_to_cac: orNull('ltv_to_cac', (v) => f.number(v, 2)),
    cac_payback_months: months('cac_payback_months'),
    break_even_revenue_monthly: money('break_even_revenue_monthly'),
    break_even_customers: orNull('break_even_customers', (v) => f.number(v, 0)),
    break_even_month: orNull('break_even_month', (v) => v),
    runway_months: orNull('runway_months', (v) => v),
    min_cash: money('min_cash'),
    min_cash_month: shown.min_cash_month ?? na,
    funding_gap: money('funding_gap'),
    customers_end: f.number(shown.customers_end ?? '0', 1),
    cash_end: money('cash_end'),
    arr_end: money('arr_end'),
    burn_multiple: orNull('burn_multiple', (v) => f.number(v, 2)),
    funding_total: money('funding_total'),
    default_alive: shown.default_alive === 'true' ? r.yes : r.no,
    runway_months_without_funding: orNull('runway_months_without_funding', (v) => v),
    peak_monthly_burn: money('peak_monthly_burn'),
    training_cost_total: money('training_cost_total'),
    self_hosted_cost_per_customer: money('self_hosted_cost_per_customer'),
    self_hosting_cheaper_from_month: orNull('self_hosting_cheaper_from_month', (v) => v),
    gpus_end: orNull('gpus_end', (v) => f.number(v, 0)),
  };
  const variable = f.money(unit.variableCost);
  const contribution = f.money(unit.contribution);
  const runRate = f.money(analysis.fixedCostsRunRate);
  const metricInputs: Record<MetricKey, string> = {
    variable_cost_per_customer_monthly: `${f.money(rm.variable_cost_per_customer_monthly)} + ${f.money(unit.variableCost.minus(rm.variable_cost_per_customer_monthly))}`,
    contribution_margin_monthly: `${f.money(rm.arpu_monthly)} − ${variable}`,
    gross_margin: `${contribution} ÷ ${f.money(rm.arpu_monthly)}`,
    ltv: `${contribution} ÷ ${f.percent(rm.churn_monthly, 2)}`,
    ltv_discounted: rm.discount_rate_annual
      ? `${contribution} ÷ (${f.percent(rm.churn_monthly, 2)} + ${f.percent(monthlyDiscountRate(rm.discount_rate_annual).toDecimalPlaces(6), 3)})`
      : '',
    ltv_to_cac: `${money('ltv')} ÷ ${f.money(rm.cac)}`,
    cac_payback_months: `${f.money(rm.cac)} ÷ ${contribution}`,
    break_even_revenue_monthly: `${runRate} ÷ ${f.percent(unit.grossMargin, 2)}`,
    break_even_customers: `⌈${runRate} ÷ ${contribution}⌉`,
    break_even_month: '',
    runway_months: '',
    min_cash: shown.min_cash_month === null ? '' : r.month(Number(shown.min_cash_month)),
    min_cash_month: '',
    funding_gap: '',
    customers_end: r.month(horizon),
    cash_end: r.month(horizon),
    arr_end: `12 × ${f.money(analysis.projection.at(-1)?.revenue ?? 0)}`,
    burn_multiple: '',
    funding_total: '',
    default_alive: '',
    runway_months_without_funding: '',
    peak_monthly_burn: '',
    training_cost_total: '',
    self_hosted_cost_per_customer: '',
    self_hosting_cheaper_from_month: '',
    gpus_end: r.month(horizon),
  };
  const unitEconomics = (Object.keys(metricValue) as MetricKey[]).filter((key) => !COMPUTE_METRICS.has(key)).map((key) => ({
    label: r.metrics[key].label,
    key,
    value: metricValue[key],
    formula: r.metrics[key].formula,
    inputs: metricInputs[key],
  }));

  const cost = unit.inference;
  const tokenRow = (kind: string, amount: Decimal) => ({
    kind,
    cost: f.money(amount),
    share: f.percent(cost && !cost.monthly.isZero() ? amount.div(cost.monthly) : 0),
  });
  const inference = cost && {
    rows: [tokenRow(r.inference.input, cost.input), tokenRow(r.inference.cachedInput, cost.cachedInput), tokenRow(r.inference.output, cost.output)],
    total: f.money(cost.monthly),
    perRequest: f.number(cost.perRequest, 6),
    shareOfArpu: f.percent(cost.monthly.div(rm.arpu_monthly)),
  };

  // Verdicts against the benchmarks; the template words them.
  const { cashLasts: _cashLasts, ...verdict } = benchmarkVerdicts(shown);

  const breakEvenMonth = shown.break_even_month === null ? null : Number(shown.break_even_month);
  const cashOutMonth = shown.runway_months === null ? null : Number(shown.runway_months) + 1;
  const rows = reportMonths(analysis.projection);
  const roundMonths = [...new Set(plan.funding.map((round) => round.month.toNumber()).filter((m) => m <= horizon))].sort((a, b) => a - b);
  const fundingTotal = analysis.metrics.funding_total ?? new Dec(0);
  const useOfFunds = plan.resources.cash.plus(fundingTotal);
  const after = (month: Decimal) => (month.toNumber() > horizon ? ` ${r.afterHorizon}` : '');
  // The hiring and spending plan: each hire, then each planned cost, as what, when and how much.
  const spendingPlan = [
    ...plan.resources.hires.map((h) => ({
      what: r.hire(h.role, f.number(h.count, 0), f.money(h.monthly_cost)),
      when: `${r.fromMonth(h.start_month.toNumber())}${after(h.start_month)}`,
      cost: r.perMonth(f.money(h.monthly_cost.mul(h.count))),
    })),
    ...plan.resources.planned_costs.map((c) => {
      const oneOff = c.month !== undefined;
      const first = (c.month ?? c.from_month) as Decimal;
      const when = oneOff ? r.month(first.toNumber()) : r.monthsFrom(first.toNumber(), c.to_month?.toNumber() ?? horizon);
      return { what: c.what, when: `${when}${after(first)}`, cost: oneOff ? f.money(c.amount ?? 0) : r.perMonth(f.money(c.monthly ?? 0)) };
    }),
  ];
  const rounds = plan.funding.map((round) => ({ round: round.round, month: `${r.month(round.month.toNumber())}${after(round.month)}`, amount: f.money(round.amount) }));
  const chartMonths = rows.map((m) => m.month);
  const charts = {
    revenueCosts: xyChart({
      title: r.charts.revenueCosts(currency, breakEvenMonth === null ? r.charts.noBreakEven : r.charts.breakEvenAt(breakEvenMonth)),
      xLabel: r.charts.monthAxis,
      yLabel: currency,
      months: chartMonths,
      lines: [{ values: rows.map((m) => m.revenue) }, { values: rows.map((m) => m.costs) }],
    }),
    cash: xyChart({
      // The rounds' months, not their names: a title holds figures, never a plan's free text.
      title: r.charts.cash(currency, cashOutMonth === null ? r.charts.noCashOut : r.charts.cashOutAt(cashOutMonth), roundMonths),
      xLabel: r.charts.monthAxis,
      yLabel: currency,
      months: chartMonths,
      lines: [{ values: rows.map((m) => m.cash) }],
      bars: true,
    }),
  };

  const compute = computeView(calc, rows, metricValue);

  const segments = plan.target_market.segments;
  const channelPartners = plan.partners.filter((p) => p.type === 'channel');
  const otherPartners = plan.partners.filter((p) => p.type !== 'channel');
  const orNot = (items: string[]) => (items.length ? items.join('; ') : r.notInPlan);
  const canvasContent: Record<CanvasBlock, string> = {
    segments: orNot(segments.map((s) => (s.name === plan.target_market.primary_segment ? `${s.name} (${t.summary.primary})` : s.name))),
    value: plan.value_proposition.core_value,
    channels: orNot(channelPartners.map((p) => p.name)),
    relationships: r.notInPlan,
    revenue: orNot(
      plan.revenue_model.streams.length
        ? plan.revenue_model.streams.map((s) => (s.share ? `${s.name} (${f.percent(s.share)})` : s.name))
        : [r.pricingModels[rm.pricing_model]],
    ),
    resources: orNot([
      ...plan.resources.team.map((m) => `${m.role} × ${f.number(m.count, 1)}`),
      ...(plan.resources.compute_budget_monthly ? [`${t.summary.compute} ${f.money(plan.resources.compute_budget_monthly)}`] : []),
    ]),
    activities: orNot(plan.resources.allocation.map((a) => `${a.area} (${f.percent(a.share)})`)),
    partners: orNot(otherPartners.map((p) => `${p.name} (${r.partnerTypes[p.type]})`)),
    costs: `${r.metrics.variable_cost_per_customer_monthly.label} ${variable}; ${t.summary.fixedCosts} ${f.money(plan.resources.fixed_costs_monthly)}`,
  };
  const canvas = (Object.keys(canvasContent) as CanvasBlock[]).map((block) => ({ block: r.canvas[block], content: canvasContent[block] }));

  const team = plan.resources.team.map((m) => ({
    role: m.role,
    count: f.number(m.count, 1),
    monthlyCost: m.monthly_cost ? f.money(m.monthly_cost) : na,
    total: m.monthly_cost ? f.money(m.monthly_cost.mul(m.count)) : na,
  }));

  return {
    name: plan.name,
    date: options.date,
    currency,
    horizon,
    summary: {
      coreValue: plan.value_proposition.core_value,
      contribution,
      grossMargin: metricValue.gross_margin,
      ltv: metricValue.ltv,
      ltvToCac: metricValue.ltv_to_cac,
      payback: metricValue.cac_payback_months,
      breakEvenCustomers: metricValue.break_even_customers,
      breaksEven: breakEvenMonth !== null,
      breakEvenMonth,
      contributionPositive: unit.contribution.gt(0),
      cashLasts: cashOutMonth === null,
      cashOutMonth,
      minCash: metricValue.min_cash,
      minCashMonth: metricValue.min_cash_month,
      fundingGap: metricValue.funding_gap,
      fundingTotal: metricValue.funding_total,
      raises: !fundingTotal.isZero(),
      runwayWithoutFunding: shown.runway_months_without_funding,
      deadByCash: shown.runway_months_without_funding !== null,
      burnMultiple: metricValue.burn_multiple,
      inferenceShare: inference ? inference.shareOfArpu : null,
      ...verdict,
    },
    market: {
      problem: plan.market.problem,
      trends: plan.market.trends.map((text) => ({ text })),
      hasTrends: has(plan.market.trends),
      size: plan.market.size && { tam: f.moneyWhole(plan.market.size.tam), sam: f.moneyWhole(plan.market.size.sam), som: f.moneyWhole(plan.market.size.som) },
      competitors: plan.market.competitors.map((c) => ({
        name: c.name,
        offering: c.offering ?? '',
        pricing: c.pricing ?? '',
        strengths: c.strengths ?? '',
        weaknesses: c.weaknesses ?? '',
      })),
      hasCompetitors: has(plan.market.competitors),
      sources: plan.market.sources.map((text) => ({ text })),
      hasSources: has(plan.market.sources),
    },
    value: {
      coreValue: plan.value_proposition.core_value,
      customerProblem: plan.value_proposition.customer_problem,
      solution: plan.value_proposition.solution,
      differentiators: plan.value_proposition.differentiators.map((text) => ({ text })),
      hasDifferentiators: has(plan.value_proposition.differentiators),
      proof: plan.value_proposition.proof.map((text) => ({ text })),
      hasProof: has(plan.value_proposition.proof),
    },
    target: {
      segments: segments.map((s) => ({
        name: s.name,
        description: s.description ?? '',
        customers: s.customers ? f.number(s.customers, 0) : '',
        needs: s.needs ?? '',
      })),
      primary: plan.target_market.primary_segment,
      persona: plan.target_market.persona,
      positioning: plan.target_market.positioning,
    },
    revenue: {
      pricingModel: r.pricingModels[rm.pricing_model],
      streams: rm.streams.map((s) => ({ name: s.name, description: s.description ?? '', share: s.share ? f.percent(s.share) : '' })),
      hasStreams: has(rm.streams),
      arpu: f.money(rm.arpu_monthly),
      // Seat pricing: the figures ARPU is made of.
      seats: rm.seats_per_customer && rm.price_per_seat_monthly ? { count: f.number(rm.seats_per_customer, 6), price: f.money(rm.price_per_seat_monthly) } : null,
      churn: f.percent(rm.churn_monthly, 2),
      cac: f.money(rm.cac),
    },
    resources: {
      team,
      hasTeam: has(team),
      teamTotal: f.money(plan.resources.team.reduce((sum, m) => sum.plus(m.monthly_cost?.mul(m.count) ?? 0), new Dec(0))),
      compute: plan.resources.compute_budget_monthly ? f.money(plan.resources.compute_budget_monthly) : null,
      // Use of funds: each share of the cash in the bank and the rounds within the horizon.
      allocation: plan.resources.allocation.map((a) => ({ area: a.area, share: f.percent(a.share), amount: f.moneyWhole(a.share.mul(useOfFunds)) })),
      useOfFunds: f.moneyWhole(useOfFunds),
      spendingPlan,
      hasSpendingPlan: has(spendingPlan),
      runRate: f.money(analysis.fixedCostsRunRate),
      runRateDiffers: !analysis.fixedCostsRunRate.eq(plan.resources.fixed_costs_monthly),
      hasAllocation: has(plan.resources.allocation),
      cash: f.money(plan.resources.cash),
      fixedCosts: f.money(plan.resources.fixed_costs_monthly),
    },
    funding: {
      rounds,
      hasRounds: has(rounds),
      total: metricValue.funding_total,
    },
    partners: plan.partners.map((p) => ({ name: p.name, type: r.partnerTypes[p.type], brings: p.brings, status: r.partnerStatuses[p.status] })),
    hasPartners: has(plan.partners),
    canvas,
    unitEconomics,
    inference,
    compute,
    breakEven: {
      revenue: metricValue.break_even_revenue_monthly,
      customers: metricValue.break_even_customers,
      month: breakEvenMonth,
      breaksEven: breakEvenMonth !== null,
      contributionPositive: unit.contribution.gt(0),
    },
    projection: rows.map((m) => ({
      month: m.month,
      customers: f.number(m.customers, 1),
      revenue: f.moneyWhole(m.revenue),
      fixed: f.moneyWhole(m.fixed),
      costs: f.moneyWhole(m.costs),
      profit: f.moneyWhole(m.profit),
      funding: m.funding.isZero() ? '' : f.moneyWhole(m.funding),
      cash: f.moneyWhole(m.cash),
    })),
    quarterly: horizon > MONTHLY_ROWS,
    charts,
    checks: calc.checks.map((c) => ({
      name: t.checks[c.name],
      key: c.name,
      limit: c.limit === true ? r.yes : f.number(c.limit, 4),
      actual: c.actual === null ? t.checkWhenNull[c.name] : c.limit === true ? (c.actual === 'true' ? r.yes : r.no) : f.number(c.actual, 4),
      pass: c.pass,
    })),
    hasChecks: has(calc.checks),
    warnings: analysis.warnings.map((w) => ({ text: warningText(w, t, f.money) })),
    hasWarnings: has(analysis.warnings),
    risks: plan.risks.map((k) => ({
      risk: k.risk,
      category: r.riskCategories[k.category],
      likelihood: r.levels[k.likelihood],
      impact: r.levels[k.impact],
      mitigation: k.mitigation,
    })),
    hasRisks: has(plan.risks),
    riskPrompts: r.riskPrompts,
    milestones: plan.milestones.map((m) => ({ month: m.month.toNumber(), goal: m.goal })),
    hasMilestones: has(plan.milestones),
    assumptions: [
      ...inputs(plan)
        .filter((entry): entry is [string, Decimal, UnitKind] => entry[1] !== undefined)
        .map(([key, value, unitKind]) => ({
          key,
          value: unitKind.startsWith('rate') || unitKind === 'share' ? f.percent(value, 4) : f.number(value, 6),
          unit: r.units[unitKind](currency),
        })),
      // The one input that is a yes or no rather than a number.
      ...(plan.checks.require_default_alive === undefined
        ? []
        : [{ key: 'checks.require_default_alive', value: plan.checks.require_default_alive ? r.yes : r.no, unit: '' }]),
    ],
  };
}

export type ReportView = ReturnType<typeof buildReportView>;
