import { calculate, type Calculation } from '../calculate.js';
import { CHECK_KEYS, CHECK_RULES, type CheckKey, type CheckResult } from '../finance/checks.js';
import type { PlanProblem } from '../plan/problems.js';
import type { Checks, Plan } from '../plan/schema.js';
import { catalogs, simulationCatalogs, type Language } from '../i18n/index.js';
import { CASH_OUT_CHECK, type SimulatedCheckResult } from './simulated-check.js';
import type { StalePart } from './stale.js';

/** Where a key path is in the plan's source: its value, or with `preferKey` its key. */
export type Locate = (path: readonly string[], preferKey?: boolean) => { line: number; col: number };

/** One plan as `bizplan check` sees it: valid and computed, or invalid with every problem. */
export type CheckedPlan =
  | {
      file: string;
      valid: true;
      calc: Calculation;
      locate: Locate;
      limitsFromPlan: ReadonlySet<CheckKey>;
      /** With --stale: what calc would rewrite (none: up to date); undefined when not asked. */
      stale?: readonly StalePart[];
      /** The file itself, when `file` names a scenario of it (`plan.yaml#downside`): where annotations point. */
      source?: string;
      /** The checks judged by simulating (cash_out_probability_max), which calc leaves out. */
      simulated?: readonly SimulatedCheckResult[];
    }
  /** language: the one the plan's problems are worded in, when known (English otherwise). */
  | { file: string; valid: false; problems: readonly PlanProblem[]; language?: Language };

export type ValidPlan = Extract<CheckedPlan, { valid: true }>;

/** The input each check's figure mostly moves with: where a failure points when the limit came from a flag. */
export const CHECK_DRIVERS: Record<CheckKey, readonly string[]> = {
  ltv_to_cac_min: ['revenue_model', 'cac'],
  cac_payback_months_max: ['revenue_model', 'cac'],
  break_even_month_max: ['growth'],
  runway_months_min: ['resources', 'cash'],
  gross_margin_min: ['revenue_model', 'arpu_monthly'],
  funding_gap_max: ['resources', 'cash'],
  burn_multiple_max: ['growth', 'new_customers_monthly'],
  require_default_alive: ['resources', 'fixed_costs_monthly'],
};

/** Computes a plan with the thresholds given on the command line laid over its own. Pure. */
export function checkPlan(file: string, plan: Plan, overrides: Checks, locate: Locate): ValidPlan {
  // A flag left out is absent, never undefined, so it cannot blank out the plan's own limit.
  const given = Object.fromEntries(Object.entries(overrides as Record<string, unknown>).filter(([, v]) => v !== undefined)) as Checks;
  const limitsFromPlan = new Set(CHECK_KEYS.filter((k) => plan.checks[k] !== undefined && given[k] === undefined));
  const calc = calculate({ ...plan, checks: { ...plan.checks, ...given } });
  return { file, valid: true, calc, locate, limitsFromPlan };
}

/** Every check of a plan, in the order they are reported: calc's, then those judged by simulating. */
export function allChecks(plan: ValidPlan): Array<CheckResult | SimulatedCheckResult> {
  return [...plan.calc.checks, ...(plan.simulated ?? [])];
}

/** Whether every check of the plan passes, simulated ones included. */
export function allPass(plan: ValidPlan): boolean {
  return plan.calc.passed && (plan.simulated ?? []).every((c) => c.pass);
}

/** Where a failed check should point: its own line when the plan set it, else its driving input. */
export function checkLocation(plan: ValidPlan, check: CheckResult | SimulatedCheckResult): { line: number; col: number } {
  // A simulated check's limit comes only from the plan.
  if (check.name === CASH_OUT_CHECK || plan.limitsFromPlan.has(check.name)) return plan.locate(['checks', check.name]);
  return plan.locate([...CHECK_DRIVERS[check.name]], true);
}

const NULL_FIGURE: Record<CheckKey, string> = {
  ltv_to_cac_min: 'LTV:CAC is undefined: CAC is 0 and no customer contributes',
  cac_payback_months_max: 'CAC is never paid back: the contribution margin is not positive',
  break_even_month_max: 'the projection never breaks even within its horizon',
  runway_months_min: 'cash lasts the whole horizon',
  gross_margin_min: 'gross margin is undefined',
  funding_gap_max: 'the funding gap is undefined',
  burn_multiple_max: 'the burn multiple is undefined: the first year adds no ARR',
  require_default_alive: 'default alive is undefined',
};

/** "the metrics: section and the report differ from what bizplan calc would write now; …", in the plan's language. */
export function describeStale(file: string, parts: readonly StalePart[], language: Language = 'en'): string {
  return catalogs[language].checkOutput.stale(file, parts);
}

/**
 * "ltv_to_cac is 2.1, below the minimum of 3", or in a Chinese plan "LTV:CAC 为 2.1，低于下限 3".
 * An English plan's lines name the metric by its key, as CI logs have always shown it.
 */
export function describeCheck(check: CheckResult | SimulatedCheckResult, language: Language = 'en'): string {
  if (check.name === CASH_OUT_CHECK) return describeCashOut(check, language);
  const rule = CHECK_RULES[check.name];
  const t = catalogs[language];
  const o = t.checkOutput;
  const label = language === 'en' ? rule.metric : t.report.metrics[rule.metric].label;
  if (check.limit === true) return check.pass ? o.requiredTrue(label) : o.requiredFalse(label);
  const bound = o.bound(rule.direction, check.limit.toString());
  if (check.actual === null) return o.nullFigure(language === 'en' ? NULL_FIGURE[check.name] : t.checkWhenNull[check.name], bound);
  const side = check.pass ? (rule.direction === 'min' ? 'atOrAbove' : 'atOrBelow') : rule.direction === 'min' ? 'below' : 'above';
  return o.figure(label, check.actual, side, bound);
}

/** "cash_out_probability is 0.3614, above the maximum of 0.1, over 10,000 runs (seed 1)", or in Chinese with 现金耗尽概率. */
function describeCashOut(check: SimulatedCheckResult, language: Language): string {
  const o = catalogs[language].checkOutput;
  const s = simulationCatalogs[language];
  const runs = new Intl.NumberFormat(catalogs[language].locale).format(check.runs);
  return `${o.figure(s.cashOutLabel, check.actual, check.pass ? 'atOrBelow' : 'above', o.bound('max', check.limit.toString()))}${s.checkRuns(runs, String(check.seed))}`;
}
