import type { Decimal } from 'decimal.js';
import { INPUT_KEYS, type InputKey, type ReportCatalog, type UnitKind } from '../i18n/report-catalog.js';
import type { Plan } from '../plan/schema.js';

/** Every input with its unit and the name of the list item it belongs to, in plan order, for the assumptions appendix. */
export function planInputs(plan: Plan): Array<[string, Decimal | undefined, UnitKind, string?]> {
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
    ...plan.resources.hires.flatMap((h, n): Array<[string, Decimal | undefined, UnitKind, string]> => [
      [`resources.hires[${n}].count`, h.count, 'people', h.role],
      [`resources.hires[${n}].monthly_cost`, h.monthly_cost, 'moneyPerMonth', h.role],
      [`resources.hires[${n}].start_month`, h.start_month, 'month', h.role],
    ]),
    ...plan.resources.planned_costs.flatMap((c, n): Array<[string, Decimal | undefined, UnitKind, string]> => [
      [`resources.planned_costs[${n}].month`, c.month, 'month', c.what],
      [`resources.planned_costs[${n}].amount`, c.amount, 'money', c.what],
      [`resources.planned_costs[${n}].from_month`, c.from_month, 'month', c.what],
      [`resources.planned_costs[${n}].monthly`, c.monthly, 'moneyPerMonth', c.what],
      [`resources.planned_costs[${n}].to_month`, c.to_month, 'month', c.what],
    ]),
    ...plan.funding.flatMap((f, n): Array<[string, Decimal | undefined, UnitKind, string]> => [
      [`funding[${n}].month`, f.month, 'month', f.round],
      [`funding[${n}].amount`, f.amount, 'money', f.round],
    ]),
    ['compute.self_hosting.gpu_hourly_price', h?.gpu_hourly_price, 'moneyPerGpuHour'],
    ['compute.self_hosting.input_tokens_per_second_per_gpu', h?.input_tokens_per_second_per_gpu, 'tokensPerSecond'],
    ['compute.self_hosting.output_tokens_per_second_per_gpu', h?.output_tokens_per_second_per_gpu, 'tokensPerSecond'],
    ['compute.self_hosting.utilization', h?.utilization, 'share'],
    ['compute.self_hosting.min_gpus', h?.min_gpus, 'gpus'],
    ['compute.self_hosting.ops_cost_monthly', h?.ops_cost_monthly, 'moneyPerMonth'],
    ...plan.compute.training_runs.flatMap((t, n): Array<[string, Decimal | undefined, UnitKind, string]> => [
      [`compute.training_runs[${n}].month`, t.month, 'month', t.what],
      [`compute.training_runs[${n}].gpu_hours`, t.gpu_hours, 'gpuHours', t.what],
      [`compute.training_runs[${n}].parameters`, t.parameters, 'parameters', t.what],
      [`compute.training_runs[${n}].tokens`, t.tokens, 'tokens', t.what],
      [`compute.training_runs[${n}].gpu_peak_tflops`, t.gpu_peak_tflops, 'tflops', t.what],
      [`compute.training_runs[${n}].mfu`, t.mfu, 'share', t.what],
      [`compute.training_runs[${n}].gpu_hourly_price`, t.gpu_hourly_price, 'moneyPerGpuHour', t.what],
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
    ['checks.cash_out_probability_max', plan.checks.cash_out_probability_max, 'share'],
  ];
}

/** The reader's name for an input; a list item's adds the item's own name: "Hire: people (Engineers)". */
export function inputLabel(r: ReportCatalog, key: string, item: string | undefined): string {
  const base = key.replace(/\[\d+\]/g, '');
  if (!(INPUT_KEYS as readonly string[]).includes(base)) throw new Error(`${base} has no reader's name in the report catalogs (INPUT_KEYS)`);
  const label = r.inputs[base as InputKey];
  return item === undefined ? label : r.aside(label, item);
}

/** List items' numeric inputs the appendix leaves out, which a range may still name. */
function otherListInputs(plan: Plan): Array<[string, UnitKind, string]> {
  return [
    ...plan.target_market.segments.map((s, n): [string, UnitKind, string] => [`target_market.segments[${n}].customers`, 'customers', s.name]),
    ...plan.revenue_model.streams.map((s, n): [string, UnitKind, string] => [`revenue_model.streams[${n}].share`, 'share', s.name]),
    ...plan.resources.team.flatMap((m, n): Array<[string, UnitKind, string]> => [
      [`resources.team[${n}].count`, 'people', m.role],
      [`resources.team[${n}].monthly_cost`, 'moneyPerMonth', m.role],
    ]),
    ...plan.resources.allocation.map((a, n): [string, UnitKind, string] => [`resources.allocation[${n}].share`, 'share', a.area]),
    ...plan.milestones.map((m, n): [string, UnitKind, string] => [`milestones[${n}].month`, 'month', m.goal]),
  ];
}

/**
 * The unit an input is shown with, and the name of the list item it belongs to: every input of
 * the appendix, and the list items' other numeric inputs, which a range may name.
 */
export function inputFacts(plan: Plan): Map<string, { unit: UnitKind; item?: string }> {
  const facts = new Map<string, { unit: UnitKind; item?: string }>(planInputs(plan).map(([key, , unit, item]) => [key, item === undefined ? { unit } : { unit, item }]));
  for (const [key, unit, item] of otherListInputs(plan)) facts.set(key, { unit, item });
  return facts;
}

/**
 * The reader's name for an input a range or a tornado names; an input no catalog names yet
 * (one a later version of the schema adds) shows as its key rather than stopping the report.
 */
export function inputName(r: ReportCatalog, key: string, item: string | undefined): string {
  return (INPUT_KEYS as readonly string[]).includes(key.replace(/\[\d+\]/g, '')) ? inputLabel(r, key, item) : key;
}
