import stringWidth from 'string-width';
import { Dec } from '../decimal.js';
import { catalogFor, planFormatter, warningText, type Calculation } from '../calculate.js';
import { burnVerdicts } from '../finance/benchmarks.js';
import type { Paint } from './paint.js';
import { printable } from './safe-text.js';

const LABEL_WIDTH = 22;

/** The short terminal summary of `bizplan calc`: key figures, each check and the warnings. */
export function renderSummary(calc: Calculation, paint: Paint): string {
  const t = catalogFor(calc.plan);
  const s = t.summary;
  const format = planFormatter(calc.plan);
  const money = format.money;
  const m = calc.shown;
  const horizon = calc.plan.growth.horizon_months.toNumber();
  // Pad by display width: a Chinese character takes two terminal columns.
  const row = (label: string, value: string) => `  ${label}${' '.repeat(Math.max(1, LABEL_WIDTH + 1 - stringWidth(label)))}${value}`;
  const orNone = (text: string | null, show: (v: string) => string) => (text === null ? paint.dim(s.none) : show(text));
  const signed = (text: string) => (new Dec(text).isNeg() ? paint.red(money(text)) : money(text));

  const lines = [paint.bold(`${printable(calc.plan.name)} · ${calc.plan.currency}`), '', paint.bold(s.unitEconomics)];
  lines.push(row(s.contribution, `${signed(m.contribution_margin_monthly as string)} (${s.grossMargin} ${format.percent(m.gross_margin as string)})`));
  const inference = calc.analysis.unit.inference;
  const compute = calc.analysis.compute.model;
  if (compute.servesSelfHosted && m.self_hosted_cost_per_customer !== null) lines.push(row(s.inferenceSelfHosted, money(m.self_hosted_cost_per_customer)));
  else if (inference) lines.push(row(s.inference, money(inference.monthly)));
  lines.push(row(s.ltv, orNone(m.ltv, signed)));
  if (m.ltv_discounted !== null) lines.push(row(s.ltvDiscounted, signed(m.ltv_discounted)));
  lines.push(row(s.ltvToCac, orNone(m.ltv_to_cac, (v) => new Dec(v).toFixed(2))));
  lines.push(row(s.payback, orNone(m.cac_payback_months, (v) => s.months(new Dec(v).toFixed(1)))));
  lines.push('', paint.bold(s.breakEven));
  const revenue = m.break_even_revenue_monthly === null ? '' : ` · ${s.revenuePerMonth(money(m.break_even_revenue_monthly))}`;
  lines.push(row(s.steadyState, orNone(m.break_even_customers, s.breakEvenCustomers) + revenue));
  lines.push(row(s.projection, m.break_even_month === null ? paint.yellow(s.noBreakEvenMonth(horizon)) : s.breakEvenMonth(m.break_even_month)));
  lines.push('', paint.bold(s.cash));
  lines.push(row(s.runwayLabel, m.runway_months === null ? s.lasts(horizon) : paint.yellow(s.runway(m.runway_months))));
  lines.push(row(s.lowestCash, s.minCash(signed(m.min_cash as string), m.min_cash_month as string)));
  lines.push(row(s.fundingGap, money(m.funding_gap as string)));
  lines.push(row(s.customersEnd(horizon), format.number(m.customers_end as string)));
  if (new Dec(m.funding_total as string).gt(0)) lines.push(row(s.fundingTotal, money(m.funding_total as string)));
  lines.push(row(s.cashEnd(horizon), signed(m.cash_end as string)));
  lines.push(row(s.arrEnd(horizon), money(m.arr_end as string)));
  lines.push(row(s.peakBurn, money(m.peak_monthly_burn as string)));
  const v = burnVerdicts(m);
  lines.push(row(s.burnMultiple, v.burnBand === null ? paint.dim(s.none) : s.burnBand(new Dec(m.burn_multiple as string).toFixed(2), v.burnBand)));
  const dead = m.runway_months_without_funding === null ? s.deadByLoss : s.deadByCash(m.runway_months_without_funding);
  lines.push(row(s.defaultAlive, v.defaultAlive ? s.alive : paint.yellow(dead)));

  if (compute.selfHosting || compute.runs.length > 0) {
    const c = s.gpus;
    lines.push('', paint.bold(c.heading));
    if (m.self_hosted_cost_per_customer !== null) {
      lines.push(row(c.selfHosted, c.perCustomer(money(m.self_hosted_cost_per_customer), money(compute.apiCostPerCustomer))));
      lines.push(row(c.cheaper, m.self_hosting_cheaper_from_month === null ? paint.yellow(c.neverCheaper) : c.cheaperFrom(m.self_hosting_cheaper_from_month)));
      lines.push(row(c.gpusEnd(horizon), format.number(m.gpus_end as string)));
    }
    if (compute.runs.length > 0) lines.push(row(c.training, money(m.training_cost_total as string)));
  }

  if (calc.checks.length > 0) {
    lines.push('', paint.bold(s.checks));
    for (const c of calc.checks) {
      const mark = c.pass ? paint.green('✓') : paint.red('✗');
      const actual = c.actual === null ? t.checkWhenNull[c.name] : c.actual;
      // A check that requires a true-or-false figure has no limit to show: "Default alive without the rounds: no".
      if (c.limit === true) lines.push(`  ${mark} ${t.checks[c.name]}: ${actual === 'true' ? s.yes : s.no}`);
      else lines.push(`  ${mark} ${t.checks[c.name]} ${c.limit.toString()}: ${actual}`);
    }
  }
  if (calc.analysis.warnings.length > 0) {
    lines.push('', paint.bold(s.warnings));
    for (const w of calc.analysis.warnings) lines.push(`  ${paint.yellow('!')} ${warningText(w, t, money)}`);
  }
  return `${lines.join('\n')}\n`;
}
