import type { Decimal } from 'decimal.js';
import { catalogFor, planFormatter, type Calculation } from '../calculate.js';
import { Dec, isDecimal } from '../decimal.js';
import type { MetricKey } from '../finance/metrics.js';
import type { UnitKind } from '../i18n/report-catalog.js';
import type { Plan } from '../plan/schema.js';
import { parsePath } from '../plan/paths.js';
import { valueAtPath } from '../plan/what-if-rules.js';
import { expectedValues, type CaseResult } from '../whatif/scenarios.js';
import type { Tornado, TornadoRow } from '../whatif/sensitivity.js';
import { chartMonths, xyChart } from './charts.js';
import { fixed, metricTexts } from './figures.js';
import { inputFacts, inputName } from './inputs.js';

// The report's what-if sections: the base case and its scenarios side by side with their cash
// by month, and the tornadoes of the lowest cash and of LTV:CAC. Pure: cases and tornadoes in,
// display text out.

/** The figures an investor compares across cases (issue 11), in the order the table shows them. */
export const SCENARIO_FIGURES = ['ltv_to_cac', 'cac_payback_months', 'break_even_month', 'runway_months', 'min_cash', 'funding_gap', 'default_alive'] as const satisfies readonly MetricKey[];

/** The metrics the report's tornadoes move: the first ranks the key assumptions. */
export const REPORT_TORNADO_METRICS = ['min_cash', 'ltv_to_cac'] as const satisfies readonly MetricKey[];

/** How many inputs the prose names, and how many the key-assumptions box lists. */
const NAMED_IN_PROSE = 3;
export const KEY_ASSUMPTIONS = 5;

/** An expected value in the one precision of its metric; default alive is the probability of being alive. */
function expectedText(plan: Plan, key: MetricKey, value: Decimal | null): string {
  const r = catalogFor(plan).report;
  const f = planFormatter(plan);
  if (value === null) return r.scenarios.expectedNull;
  if (key === 'default_alive') return f.percent(value.toDecimalPlaces(4, Dec.ROUND_HALF_UP), 1);
  if (key === 'min_cash' || key === 'funding_gap') return f.moneyWhole(value.toDecimalPlaces(0, Dec.ROUND_HALF_UP));
  if (key === 'ltv_to_cac') return fixed(value.toString(), 2);
  // Months: an integer figure's mean is a decimal, shown like the payback's tenth of a month.
  return fixed(value.toString(), 1);
}

/**
 * The Scenarios section: the key figures of the base case and of each scenario, with the
 * expected value when the plan gives probabilities, and a chart of every case's cash by month.
 * null when the plan has no scenarios.
 */
export function scenariosView(cases: readonly CaseResult[]) {
  const base = cases[0];
  if (!base || cases.length < 2) return null;
  const plan = base.calculation.plan;
  const r = catalogFor(plan).report;
  const f = planFormatter(plan);
  const expected = expectedValues(cases);
  const shown = cases.map((c) => metricTexts(c.calculation, plan));
  const columns = [r.scenarios.baseCase, ...cases.slice(1).map((c) => c.name), ...(expected ? [r.scenarios.expected] : [])];
  const probabilities = cases.every((c) => c.probability !== null)
    ? [{ label: r.scenarios.probability, cells: [...cases.map((c) => f.percent((c.probability as Decimal).toDecimalPlaces(4, Dec.ROUND_HALF_UP), 1)), ...(expected ? [''] : [])] }]
    : [];
  const rows = SCENARIO_FIGURES.map((key) => ({
    label: r.metrics[key].label,
    cells: [...shown.map((texts) => texts[key]), ...(expected ? [expectedText(plan, key, expected[key])] : [])],
  }));

  // A scenario may change the horizon: the chart shows the months every case projects.
  const horizons = cases.map((c) => c.calculation.analysis.projection.length);
  const last = Math.min(...horizons);
  const months = chartMonths(last);
  const cashAt = (c: CaseResult, m: number) => (c.calculation.analysis.projection[m - 1] as { cash: Decimal }).cash;
  return {
    columns: columns.map((name) => ({ name })),
    rows: [...probabilities, ...rows].map((row) => ({ label: row.label, cells: row.cells.map((text) => ({ text })) })),
    descriptions: cases.slice(1).flatMap((c) => (c.description ? [{ name: c.name, description: c.description }] : [])),
    hasDescriptions: cases.some((c) => c.description),
    expectedNote: expected && r.scenarios.expectedNote(f.percent((base.probability as Decimal).toDecimalPlaces(4, Dec.ROUND_HALF_UP), 1)),
    chart: xyChart({
      title: r.scenarios.chartTitle(plan.currency),
      xLabel: r.charts.monthAxis,
      yLabel: plan.currency,
      months,
      lines: cases.map((c) => ({ values: months.map((m) => cashAt(c, m)) })),
    }),
    chartNote: r.scenarios.chartLines(
      cases.map((c, i) => ({ name: i === 0 ? null : c.name, end: f.moneyProse(cashAt(c, last)) })),
      last,
    ),
    chartStops: horizons.some((h) => h !== last) ? r.scenarios.chartStops(last) : null,
  };
}


const TOTALS: ReadonlySet<UnitKind> = new Set(['money', 'moneyPerMonth', 'moneyPerYear']);
const RATES: ReadonlySet<UnitKind> = new Set(['ratePerMonth', 'ratePerYear', 'share']);
const COUNTS: ReadonlySet<UnitKind> = new Set(['customers', 'customersPerMonth']);

/** How one input's values read: in a table or in a sentence, by what the input measures. */
function inputShower(plan: Plan, unit: UnitKind | undefined, kind: TornadoRow['kind']) {
  const f = planFormatter(plan);
  const money = unit === undefined ? kind === 'money' : unit.startsWith('money');
  return (value: Decimal, prose: boolean): string => {
    if (money) {
      if (prose) return f.moneyProse(value);
      if (unit === undefined || TOTALS.has(unit)) return f.moneyWhole(value);
      // A price below a cent (per million tokens, per GPU-hour) keeps its digits, up to six places.
      return value.abs().lt(1) && value.decimalPlaces() > 2 ? f.moneyExact(value.toDecimalPlaces(6, Dec.ROUND_HALF_UP)) : f.money(value);
    }
    if (unit === undefined ? kind === 'rate' : RATES.has(unit)) return f.percent(value.toDecimalPlaces(6, Dec.ROUND_HALF_UP), 2);
    // Customers are whole wherever they are shown; the model keeps the fractions.
    if (unit !== undefined && COUNTS.has(unit)) return f.number(value, 0);
    return f.number(value, 2);
  };
}

/** A metric's value in a tornado: the lowest cash as money, LTV:CAC to two places; null as the catalog says. */
function metricShower(plan: Plan, metric: MetricKey) {
  const r = catalogFor(plan).report;
  const f = planFormatter(plan);
  return (value: Decimal | null, prose: boolean): string => {
    if (value === null) return r.nullMetric[metric] ?? r.notApplicable;
    if (metric === 'min_cash') return prose ? f.moneyProse(value) : f.moneyWhole(value.toDecimalPlaces(0, Dec.ROUND_HALF_UP));
    return fixed(value.toString(), 2);
  };
}

/** The rows of one tornado, with a reader's label for each input. */
function tornadoRows(plan: Plan, tornado: Tornado, facts: Map<string, { unit: UnitKind; item?: string }>) {
  const r = catalogFor(plan).report;
  const metric = metricShower(plan, tornado.metric);
  return tornado.rows.map((row) => {
    const fact = facts.get(row.path);
    const input = inputShower(plan, fact?.unit, row.kind);
    return {
      label: inputName(r, row.path, fact?.item),
      key: row.path,
      low: input(row.low, false),
      high: input(row.high, false),
      atLow: metric(row.metricLow, false),
      atHigh: metric(row.metricHigh, false),
      swing: row.swing === null ? r.tornado.noSwing : metric(row.swing, false),
      prose: { low: input(row.low, true), high: input(row.high, true), atLow: metric(row.metricLow, true), atHigh: metric(row.metricHigh, true), swing: metric(row.swing, true) },
      moves: row.swing !== null && !row.swing.isZero(),
    };
  });
}

/**
 * The What matters most section: the tornadoes of the lowest cash and of LTV:CAC as tables,
 * and the inputs that move them most named in a sentence.
 */
export function tornadoView(plan: Plan, [minCash, ltvToCac]: readonly Tornado[]) {
  if (!minCash || !ltvToCac) throw new Error('the report needs the tornadoes of min_cash and ltv_to_cac');
  const r = catalogFor(plan).report;
  const metric = (t: Tornado) => metricShower(plan, t.metric)(t.base, true);
  const facts = inputFacts(plan);
  const cash = tornadoRows(plan, minCash, facts);
  const ratio = tornadoRows(plan, ltvToCac, facts);
  const movingCash = cash.filter((row) => row.moves).slice(0, NAMED_IN_PROSE);
  const topRatio = ratio.find((row) => row.moves);
  return {
    minCash: {
      base: metric(minCash),
      rows: cash,
      lead: movingCash.length === 0 ? r.tornado.minCashNone : r.tornado.minCashLead(movingCash.map((row) => ({ label: row.label, ...row.prose }))),
    },
    ltvToCac: {
      base: metric(ltvToCac),
      rows: ratio,
      lead: topRatio ? r.tornado.ltvToCacLead({ label: topRatio.label, ...topRatio.prose }) : r.tornado.ltvToCacNone,
    },
  };
}

/**
 * The key-assumptions box: the inputs the lowest cash moves with most, at the plan's values.
 * An input the plan leaves out (a range may name one, with its own mode) shows as not given.
 */
export function keyAssumptionsView(calc: Calculation, minCash: Tornado) {
  const { plan } = calc;
  const r = catalogFor(plan).report;
  const f = planFormatter(plan);
  const facts = inputFacts(plan);
  return minCash.rows.slice(0, KEY_ASSUMPTIONS).map((row) => {
    const fact = facts.get(row.path);
    const path = parsePath(row.path);
    const value = path.ok ? valueAtPath(plan, path.path.segments) : undefined;
    const unit = fact?.unit;
    const shown = !isDecimal(value) ? r.notApplicable : unit && RATES.has(unit) ? f.percent(value, 2) : f.number(value, 2);
    return { label: inputName(r, row.path, fact?.item), value: shown, unit: unit ? r.units[unit](plan.currency) : '' };
  });
}
