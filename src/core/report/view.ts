import type { Decimal } from 'decimal.js';
import { catalogFor, planFormatter, warningText, type Calculation } from '../calculate.js';
import { Dec, ZERO } from '../decimal.js';
import type { ProjectionMonth } from '../finance/projection.js';
import { monthlyDiscountRate } from '../finance/unit-economics.js';
import type { MetricKey } from '../finance/metrics.js';
import type { CanvasBlock, UnitKind } from '../i18n/report-catalog.js';
import { MONTHLY_ROWS, xyChart } from './charts.js';
import { fixed, metricTexts } from './figures.js';
import { inputLabel, planInputs } from './inputs.js';
import { benchmarkVerdicts } from '../verdicts.js';
import { rangesOf } from '../plan/what-if-rules.js';
import { planSchema, type Plan } from '../plan/schema.js';
import type { CaseResult } from '../whatif/scenarios.js';
import { tornadoes, type Tornado } from '../whatif/sensitivity.js';
import { riskView } from './risk.js';
import { keyAssumptionsView, REPORT_TORNADO_METRICS, scenariosView, tornadoView } from './what-if.js';

/** Metrics the Compute section shows, rather than the unit-economics table. */
const COMPUTE_METRICS: ReadonlySet<MetricKey> = new Set(['training_cost_total', 'self_hosted_cost_per_customer', 'self_hosting_cheaper_from_month', 'gpus_end']);

export { MONTHLY_ROWS } from './charts.js';

export interface ReportOptions {
  /** The report's date, `YYYY-MM-DD`: passed in so the same inputs give the same bytes. */
  date: string;
  /** Show the checks table (default); an investor's copy leaves it out (`--no-checks-in-report`). */
  checks?: boolean;
  /**
   * The base case and each scenario, computed by the caller that read the plan's YAML (a
   * scenario is validated against it). Required when the plan has scenarios.
   */
  cases?: readonly CaseResult[];
}

const has = (items: readonly unknown[]) => items.length > 0;


/** Months 1..24, then every third month, and always the last and every month a round arrives. */
export function reportMonths(projection: readonly ProjectionMonth[]): ProjectionMonth[] {
  return projection.filter((m, i) => m.month <= MONTHLY_ROWS || (m.month - MONTHLY_ROWS) % 3 === 0 || i === projection.length - 1 || !m.funding.isZero());
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

/** The report's costly parts, once a calculation: `check --stale` renders a plan's report for each date it shows, with and without checks. */
const whatIfMemo = new WeakMap<Calculation, { moved: Tornado[]; risk: ReturnType<typeof riskView> }>();

/** The two tornadoes from one pass of calculations (the lowest cash's also ranks the key assumptions), and the simulation. */
function whatIfOf(calc: Calculation): { moved: Tornado[]; risk: ReturnType<typeof riskView> } {
  let known = whatIfMemo.get(calc);
  if (!known) {
    const { plan, analysis } = calc;
    const ranges = plan.uncertainty ? rangesOf(planSchema, plan) : [];
    known = { moved: tornadoes(plan, REPORT_TORNADO_METRICS, { ranges, base: analysis.metrics }), risk: riskView(plan) };
    whatIfMemo.set(calc, known);
  }
  return known;
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
  const metricValue = metricTexts(calc);
  const variable = f.money(unit.variableCost);
  const contribution = f.money(unit.contribution);
  const runRate = f.moneyWhole(analysis.fixedCostsRunRate);
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
    break_even_revenue_monthly: `${runRate} ÷ ${metricValue.gross_margin}`,
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
    gross_margin_with_compute: r.month(horizon),
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
    perRequest: f.moneyExact(cost.perRequest.toDecimalPlaces(6, Dec.ROUND_HALF_UP)),
    shareOfArpu: f.percent(cost.monthly.div(rm.arpu_monthly)),
  };


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
      what: r.hire(h.role, f.number(h.count, 0), f.moneyWhole(h.monthly_cost)),
      when: `${r.fromMonth(h.start_month.toNumber())}${after(h.start_month)}`,
      cost: r.perMonth(f.moneyWhole(h.monthly_cost.mul(h.count))),
    })),
    ...plan.resources.planned_costs.map((c) => {
      const oneOff = c.month !== undefined;
      const first = (c.month ?? c.from_month) as Decimal;
      const when = oneOff ? r.month(first.toNumber()) : r.monthsFrom(first.toNumber(), c.to_month?.toNumber() ?? horizon);
      return { what: c.what, when: `${when}${after(first)}`, cost: oneOff ? f.moneyWhole(c.amount ?? 0) : r.perMonth(f.moneyWhole(c.monthly ?? 0)) };
    }),
  ];
  const rounds = plan.funding.map((round) => ({ round: round.round, month: `${r.month(round.month.toNumber())}${after(round.month)}`, amount: f.moneyWhole(round.amount) }));
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
  const aside = r.aside;
  const joined = (items: string[]) => items.join(r.listSeparator);
  // The canvas shows the blocks the plan fills: an empty block is left out, not apologised for.
  const canvasContent: Record<CanvasBlock, string> = {
    segments: joined(segments.map((s) => (s.name === plan.target_market.primary_segment ? aside(s.name, t.summary.primary) : s.name))),
    value: plan.value_proposition.core_value,
    channels: joined(channelPartners.map((p) => p.name)),
    relationships: '',
    revenue: joined(
      plan.revenue_model.streams.length
        ? plan.revenue_model.streams.map((s) => (s.share ? aside(s.name, f.percent(s.share)) : s.name))
        : [r.pricingModels[rm.pricing_model]],
    ),
    resources: joined([
      ...plan.resources.team.map((m) => `${m.role} × ${f.number(m.count, 1)}`),
      ...(plan.resources.compute_budget_monthly ? [`${t.summary.compute} ${f.moneyProse(plan.resources.compute_budget_monthly)}`] : []),
    ]),
    // What the team does; what each costs goes with the cost structure.
    activities: joined(plan.resources.allocation.map((a) => a.area)),
    partners: joined(otherPartners.map((p) => aside(p.name, r.partnerTypes[p.type]))),
    costs: joined([
      `${r.metrics.variable_cost_per_customer_monthly.label} ${variable}`,
      `${t.summary.fixedCosts} ${f.moneyProse(plan.resources.fixed_costs_monthly)}`,
      ...plan.resources.allocation.map((a) => aside(a.area, f.percent(a.share))),
    ]),
  };
  const canvas = (Object.keys(canvasContent) as CanvasBlock[])
    .filter((block) => canvasContent[block] !== '')
    .map((block) => ({ block: r.canvas[block], content: canvasContent[block] }));

  const { moved, risk } = whatIfOf(calc);
  const keyAssumptions = keyAssumptionsView(calc, moved[0] as (typeof moved)[number]);
  if (Object.keys(plan.scenarios ?? {}).length > 0 && options.cases === undefined) throw new Error('a plan with scenarios needs its cases computed for the report');

  // A row a year (the last one may be shorter): sums of the months, and where each year ends.
  const yearly: Array<Record<string, string>> = [];
  for (let start = 0; start < analysis.projection.length; start += 12) {
    const months = analysis.projection.slice(start, start + 12);
    const first = months[0] as ProjectionMonth;
    const last = months.at(-1) as ProjectionMonth;
    const sum = (pick: (m: ProjectionMonth) => Decimal) => months.reduce((total, m) => total.plus(pick(m)), new Dec(0));
    yearly.push({
      year: r.monthsFrom(first.month, last.month),
      revenue: f.moneyWhole(sum((m) => m.revenue)),
      costs: f.moneyWhole(sum((m) => m.costs)),
      netCashFlow: f.moneyWhole(sum((m) => m.profit)),
      funding: f.moneyWhole(sum((m) => m.funding)),
      cashEnd: f.moneyWhole(last.cash),
      customers: f.number(last.customers, 0),
      arr: f.moneyWhole(last.revenue.mul(12)),
    });
  }

  const team = plan.resources.team.map((m) => ({
    role: m.role,
    count: f.number(m.count, 1),
    monthlyCost: m.monthly_cost ? f.moneyWhole(m.monthly_cost) : na,
    total: m.monthly_cost ? f.moneyWhole(m.monthly_cost.mul(m.count)) : na,
  }));

  return {
    name: plan.name,
    date: r.date(options.date),
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
      minCash: orNull('min_cash', f.moneyProse),
      minCashMonth: metricValue.min_cash_month,
      fundingGap: orNull('funding_gap', f.moneyProse),
      fundingTotal: orNull('funding_total', f.moneyProse),
      raises: !fundingTotal.isZero(),
      hasLtv: shown.ltv !== null,
      marginWithCompute: shown.gross_margin_with_compute === null ? null : f.percent(shown.gross_margin_with_compute),
      // Over 60 months of expected life (churn under 1/60), LTV rests on a long guess: say so, with the discounted ratio.
      longLife: !rm.churn_monthly.isZero() && rm.churn_monthly.lt(new Dec(1).div(60)),
      lifeMonths: rm.churn_monthly.isZero() ? null : f.number(new Dec(1).div(rm.churn_monthly), 0),
      churn: f.percent(rm.churn_monthly, 2),
      discountedRatio: shown.ltv_discounted === null || rm.cac.isZero() ? null : fixed(new Dec(shown.ltv_discounted).div(rm.cac).toString(), 2),
      inferenceShare: inference ? inference.shareOfArpu : null,
      verdicts: benchmarkVerdicts(calc),
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
      teamTotal: f.moneyWhole(plan.resources.team.reduce((sum, m) => sum.plus(m.monthly_cost?.mul(m.count) ?? 0), new Dec(0))),
      compute: plan.resources.compute_budget_monthly ? f.moneyProse(plan.resources.compute_budget_monthly) : null,
      // Use of funds: each share of the cash in the bank and the rounds within the horizon.
      allocation: plan.resources.allocation.map((a) => ({ area: a.area, share: f.percent(a.share), amount: f.moneyWhole(a.share.mul(useOfFunds)) })),
      useOfFunds: f.moneyWhole(useOfFunds),
      spendingPlan,
      hasSpendingPlan: has(spendingPlan),
      runRate: f.moneyProse(analysis.fixedCostsRunRate),
      runRateDiffers: !analysis.fixedCostsRunRate.eq(plan.resources.fixed_costs_monthly),
      hasAllocation: has(plan.resources.allocation),
      cash: f.moneyProse(plan.resources.cash),
      fixedCosts: f.moneyProse(plan.resources.fixed_costs_monthly),
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
      revenue: orNull('break_even_revenue_monthly', f.moneyProse),
      customers: metricValue.break_even_customers,
      month: breakEvenMonth,
      breaksEven: breakEvenMonth !== null,
      contributionPositive: unit.contribution.gt(0),
    },
    projection: rows.map((m) => ({
      month: m.month,
      customers: f.number(m.customers, 0),
      revenue: f.moneyWhole(m.revenue),
      fixed: f.moneyWhole(m.fixed),
      costs: f.moneyWhole(m.costs),
      profit: f.moneyWhole(m.profit),
      funding: m.funding.isZero() ? '' : f.moneyWhole(m.funding),
      cash: f.moneyWhole(m.cash),
    })),
    quarterly: horizon > MONTHLY_ROWS,
    yearly,
    keyAssumptions,
    scenarios: options.cases ? scenariosView(options.cases) : null,
    whatMatters: tornadoView(plan, moved),
    risk,
    charts,
    checks: calc.checks.map((c) => ({
      name: t.checks[c.name],
      key: c.name,
      limit: c.limit === true ? r.yes : f.number(c.limit, 4),
      actual: c.actual === null ? t.checkWhenNull[c.name] : c.limit === true ? (c.actual === 'true' ? r.yes : r.no) : f.number(c.actual, 4),
      pass: c.pass,
    })),
    hasChecks: has(calc.checks),
    showChecks: options.checks ?? true,
    // To the cent: a warning may compare two amounts that would round alike (fixed costs against the payroll).
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
      ...planInputs(plan)
        .filter((entry): entry is [string, Decimal, UnitKind, string?] => entry[1] !== undefined)
        .map(([key, value, unitKind, item]) => ({
          key,
          label: inputLabel(r, key, item),
          value: unitKind.startsWith('rate') || unitKind === 'share' ? f.percent(value, 4) : f.number(value, 6),
          unit: r.units[unitKind](currency),
        })),
      // The one input that is a yes or no rather than a number.
      ...(plan.checks.require_default_alive === undefined
        ? []
        : [{ key: 'checks.require_default_alive', label: r.inputs['checks.require_default_alive'], value: plan.checks.require_default_alive ? r.yes : r.no, unit: '' }]),
    ],
  };
}

export type ReportView = ReturnType<typeof buildReportView>;
