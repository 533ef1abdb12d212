import { catalogFor, planFormatter, warningText } from '../calculate.js';
import type { Warning } from '../finance/metrics.js';
import { printable } from '../render/safe-text.js';
import { allChecks, checkLocation, describeCheck, describeStale } from './plan-checks.js';
import { summarize, summaryLine, type CheckFormatter } from './verdict.js';

/** The input each warning is about, where its annotation points. */
const WARNING_INPUTS: Record<Exclude<Warning['code'], 'implausible_rate'>, readonly string[]> = {
  zero_churn: ['revenue_model', 'churn_monthly'],
  non_positive_contribution: ['revenue_model', 'arpu_monthly'],
  zero_cac: ['revenue_model', 'cac'],
  no_break_even: ['growth', 'horizon_months'],
  cash_runs_out: ['resources', 'cash'],
  cash_runs_out_with_rounds: ['funding'],
  round_too_late: ['funding'],
  beyond_horizon: ['growth', 'horizon_months'],
  customers_beyond_people: ['growth', 'new_customers_growth_monthly'],
  arr_past_som: ['market', 'size', 'som'],
  customers_past_segments: ['target_market', 'segments'],
  flat_fixed_costs: ['resources', 'fixed_costs_monthly'],
  self_hosting_never_cheaper: ['compute', 'self_hosting'],
  self_hosting_dearer_at_horizon: ['compute', 'self_hosting'],
  utilization_high: ['compute', 'self_hosting', 'utilization'],
  training_beyond_cash: ['compute', 'training_runs'],
  fixed_costs_below_team: ['resources', 'fixed_costs_monthly'],
};

/** The plan key a warning is about, for its annotation's line: a rate's warning names its own key. */
function warningInput(warning: Warning): readonly string[] {
  return warning.code === 'implausible_rate' ? warning.key.split('.') : WARNING_INPUTS[warning.code];
}

/**
 * Workflow-command escaping: data and property values each have their own set. Plan text is
 * made printable first: the log shows an escape sequence instead of obeying it.
 */
const data = (text: string) => printable(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(kind: 'error' | 'warning', where: { file: string; line?: number; col?: number }, title: string, message: string): string {
  const props = [`file=${property(where.file)}`];
  if (where.line) props.push(`line=${where.line}`, `col=${where.col ?? 1}`);
  props.push(`title=${property(title)}`);
  return `::${kind} ${props.join(',')}::${data(message)}`;
}

/**
 * GitHub Actions workflow commands: each problem and failed check becomes an annotation on
 * the line of the plan it is about; warnings become warning annotations.
 */
export const githubFormatter: CheckFormatter = {
  plan(plan) {
    if (!plan.valid) {
      return plan.problems
        .map((p) => command('error', { file: p.file, line: p.line, col: p.col }, 'bizplan: invalid plan', p.key ? `${p.key}: ${p.message}` : p.message))
        .join('\n');
    }
    // A scenario's findings point into the plan file, at the scenario; the title names the scenario.
    const file = plan.source ?? plan.file;
    const of = plan.source ? ` (${plan.file.slice(plan.source.length + 1)})` : '';
    const lines = allChecks(plan)
      .filter((c) => !c.pass)
      .map((c) => command('error', { file, ...checkLocation(plan, c) }, `bizplan check: ${c.name}${of}`, describeCheck(c, plan.calc.plan.language)));
    if (plan.stale?.length) {
      lines.push(command('error', { file: plan.file, ...plan.locate(['metrics'], true) }, 'bizplan check: stale', describeStale(plan.file, plan.stale, plan.calc.plan.language)));
    }
    const catalog = catalogFor(plan.calc.plan);
    const { money } = planFormatter(plan.calc.plan);
    for (const warning of plan.calc.analysis.warnings) {
      const where = plan.locate([...warningInput(warning)]);
      lines.push(command('warning', { file, ...where }, `bizplan: ${warning.code}${of}`, warningText(warning, catalog, money)));
    }
    return lines.join('\n');
  },
  join: (verdicts) => `${[...verdicts.map((v) => v.fragment).filter(Boolean), summaryLine(summarize(verdicts))].join('\n')}\n`,
};
