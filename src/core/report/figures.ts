import { catalogFor, planFormatter, type Calculation } from '../calculate.js';
import { Dec } from '../decimal.js';
import type { MetricKey } from '../finance/metrics.js';

/** A ratio or a month count at its one precision, trailing zeros kept: 3.20, 7.5, 12.0. */
export const fixed = (text: string, places: number) => new Dec(text).toDecimalPlaces(places, Dec.ROUND_HALF_UP).toFixed(places);

/**
 * Every metric as the report's tables show it, one precision per metric: the unit economics and
 * the scenarios alike. `plan` gives the language and currency (a scenario shows in its base's).
 */
export function metricTexts(calc: Calculation, plan = calc.plan): Record<MetricKey, string> {
  const { shown } = calc;
  const r = catalogFor(plan).report;
  const f = planFormatter(plan);
  const orNull = (key: MetricKey, show: (text: string) => string) => {
    const text = shown[key];
    return text === null ? (r.nullMetric[key] ?? r.notApplicable) : show(text);
  };
  // Per-customer figures keep their cents; totals show whole units (a table of totals).
  const money = (key: MetricKey) => orNull(key, f.money);
  const total = (key: MetricKey) => orNull(key, f.moneyWhole);
  const months = (key: MetricKey) => orNull(key, (v) => fixed(v, 1));
  return {
      variable_cost_per_customer_monthly: money('variable_cost_per_customer_monthly'),
      contribution_margin_monthly: money('contribution_margin_monthly'),
      gross_margin: f.percent(shown.gross_margin ?? '0'),
      ltv: money('ltv'),
      ltv_discounted: money('ltv_discounted'),
      ltv_to_cac: orNull('ltv_to_cac', (v) => fixed(v, 2)),
      cac_payback_months: months('cac_payback_months'),
      break_even_revenue_monthly: total('break_even_revenue_monthly'),
      break_even_customers: orNull('break_even_customers', (v) => f.number(v, 0)),
      break_even_month: orNull('break_even_month', (v) => v),
      runway_months: orNull('runway_months', (v) => v),
      min_cash: total('min_cash'),
      min_cash_month: shown.min_cash_month ?? r.notApplicable,
      funding_gap: total('funding_gap'),
      customers_end: f.number(shown.customers_end ?? '0', 0),
      cash_end: total('cash_end'),
      arr_end: total('arr_end'),
      burn_multiple: orNull('burn_multiple', (v) => fixed(v, 2)),
      funding_total: total('funding_total'),
      default_alive: shown.default_alive === 'true' ? r.yes : r.no,
      runway_months_without_funding: orNull('runway_months_without_funding', (v) => v),
      peak_monthly_burn: total('peak_monthly_burn'),
      training_cost_total: total('training_cost_total'),
      self_hosted_cost_per_customer: money('self_hosted_cost_per_customer'),
      self_hosting_cheaper_from_month: orNull('self_hosting_cheaper_from_month', (v) => v),
      gpus_end: orNull('gpus_end', (v) => f.number(v, 0)),
      gross_margin_with_compute: orNull('gross_margin_with_compute', (v) => f.percent(v)),
    };
}
