import { catalogFor, planFormatter } from '../calculate.js';
import { Dec } from '../decimal.js';
import type { CheckKey } from '../finance/checks.js';
import type { Plan } from '../plan/schema.js';
import { settingsOf } from '../plan/simulation-settings.js';
import { simulate, type SimulatedFigure, type SimulationResult } from '../simulate/index.js';
import { chartMonths, xyChart } from './charts.js';
import { fixed } from './figures.js';
import { inputFacts, inputName } from './inputs.js';
import { longestHorizon } from '../render/simulation.js';

// The report's Risk section (issue 12): the Monte Carlo simulation of the plan's uncertainty
// ranges, shown as people read it. Pure: the plan in, display text out.

/** The figures the percentile table shows, in the order of the rest of the report. */
const TABLE_FIGURES: readonly SimulatedFigure[] = ['min_cash', 'funding_gap', 'cash_end', 'customers_end', 'arr_end', 'ltv', 'ltv_to_cac', 'cac_payback_months', 'break_even_month', 'runway_months'];

/** A share as a percent to a tenth, rounded half-up from the double the simulation gives. */
const share = (plan: Plan, value: number) => planFormatter(plan).percent(new Dec(value).toDecimalPlaces(6, Dec.ROUND_HALF_UP), 1);

/** A simulated figure at the precision the report's tables give it: totals whole, LTV to the cent, ratios and months as in the unit economics. */
function figureText(plan: Plan, figure: SimulatedFigure, value: number | null): string {
  const r = catalogFor(plan).report;
  const f = planFormatter(plan);
  if (value === null || Number.isNaN(value)) return r.nullMetric[figure] ?? r.notApplicable;
  const exact = new Dec(value);
  switch (figure) {
    case 'ltv':
      return f.money(exact.toDecimalPlaces(2, Dec.ROUND_HALF_UP));
    case 'ltv_to_cac':
      return fixed(exact.toString(), 2);
    case 'cac_payback_months':
      return fixed(exact.toString(), 1);
    case 'customers_end':
      return f.number(exact.toDecimalPlaces(0, Dec.ROUND_HALF_UP), 0);
    case 'break_even_month':
    case 'runway_months':
      return exact.toDecimalPlaces(0, Dec.ROUND_HALF_UP).toString();
    default:
      return f.moneyWhole(exact.toDecimalPlaces(0, Dec.ROUND_HALF_UP));
  }
}

/**
 * The Risk section: the probability of running out of cash with its interval, the months the
 * risk passes 10%, 25% and 50%, a fan chart of cash by month, the percentiles, the checks'
 * failure shares and the inputs ranked by rank correlation with the lowest cash. null when the
 * plan has no uncertainty ranges. `result` is the simulation when the caller ran it already.
 */
export function riskView(plan: Plan, simulated?: SimulationResult) {
  if (Object.keys(plan.uncertainty ?? {}).length === 0) return null;
  const result = simulated ?? simulate(plan, settingsOf(plan));
  const t = catalogFor(plan);
  const r = t.report;
  const f = planFormatter(plan);
  const horizon = plan.growth.horizon_months.toNumber();
  const months = chartMonths(horizon);
  const line = (values: readonly number[]) => ({ values: months.map((m) => new Dec(values[m - 1] as number)) });
  const fan = result.cash_by_month;
  const facts = inputFacts(plan);
  const label = (path: string) => inputName(r, path, facts.get(path)?.item);
  // A range of zero width fixes its input; otherwise a missing correlation means the lowest cash never moved.
  const isFixed = (path: string) => { const range = plan.uncertainty?.[path]; return range !== undefined && range.low.eq(range.high); };
  const topDriver = result.drivers.find((d) => d.rank_correlation !== null && d.rank_correlation !== 0);
  const checks = Object.entries(result.check_failure_shares).map(([key, value]) => ({ name: t.checks[key as CheckKey], key, share: share(plan, value) }));
  return {
    intro: r.risk.intro(f.number(result.runs, 0), String(result.seed)),
    cashOut: r.risk.cashOut(horizon, share(plan, result.cash_out_probability), share(plan, result.cash_out_interval[0]), share(plan, result.cash_out_interval[1]), longestHorizon(plan, result)),
    riskMonths: r.risk.riskMonths(
      (['p10', 'p25', 'p50'] as const).map((level) => ({ level: `${level.slice(1)}%`, month: result.cash_out_risk_months[level] })),
    ),
    chart: xyChart({ title: r.risk.chartTitle(plan.currency), xLabel: r.charts.monthAxis, yLabel: plan.currency, months, lines: [line(fan.p10), line(fan.p50), line(fan.p90)] }),
    chartLines: r.risk.chartLines,
    firstRuns: result.runs > fan.runs ? r.risk.firstRuns(f.number(fan.runs, 0)) : null,
    percentiles: TABLE_FIGURES.map((figure) => {
      const p = result.percentiles[figure];
      return { label: r.metrics[figure].label, p10: figureText(plan, figure, p.p10), p50: figureText(plan, figure, p.p50), p90: figureText(plan, figure, p.p90) };
    }),
    checks,
    hasChecks: checks.length > 0,
    noChecks: r.risk.noChecks,
    drivers: result.drivers.map((d) => ({
      label: label(d.path),
      key: d.path,
      rho: d.rank_correlation !== null ? fixed(String(d.rank_correlation), 2) : isFixed(d.path) ? r.risk.fixed : r.risk.flat,
    })),
    driversLead: topDriver ? r.risk.driversLead(label(topDriver.path), fixed(String(topDriver.rank_correlation), 2)) : null,
  };
}
