import { planFormatter } from '../calculate.js';
import { Dec } from '../decimal.js';
import { roundFloat } from '../finance/display.js';
import type { Formatter } from '../format.js';
import { simulationCatalogs, type SimulationCatalog } from '../i18n/index.js';
import type { Plan } from '../plan/schema.js';
import { SIMULATED_FIGURES, type SimulatedFigure, type SimulationResult } from '../simulate/index.js';
import { escapeMarkdown } from '../report/markdown.js';
import { JsonNumber, stringifyJson } from './json.js';

// The simulation's results as shown (FORMULAS.md, "Showing figures"): money to the cent, every
// other figure and every share to 4 places, half-up, rounded only here. The JSON is a public
// shape; the text (simulation-text.ts) and Markdown speak the plan's language.

export const MONEY_FIGURES: ReadonlySet<SimulatedFigure> = new Set(['min_cash', 'funding_gap', 'cash_end', 'arr_end', 'ltv']);
/** Figures null for "never" (break-even, payback) rather than "lasts the horizon" (runway). */
const NEVER_FIGURES: ReadonlySet<SimulatedFigure> = new Set(['break_even_month', 'cac_payback_months']);
/** Figures null because they have no bound (CAC or churn of 0): neither "never" nor "lasts". */
const UNBOUNDED_FIGURES: ReadonlySet<SimulatedFigure> = new Set(['ltv', 'ltv_to_cac']);

/** The levels of risk whose months the results name, as FORMULAS.md's shares. */
export const RISK_LEVELS = [
  ['p10', '10%'],
  ['p25', '25%'],
  ['p50', '50%'],
] as const;

export { roundFloat };

const figurePlaces = (key: SimulatedFigure) => (MONEY_FIGURES.has(key) ? 2 : 4);
const shown = (value: number | null, places: number) => (value === null || Number.isNaN(value) ? null : roundFloat(value, places));
const json = (text: string | null) => (text === null ? null : new JsonNumber(text));
const share = (value: number) => new JsonNumber(roundFloat(value, 4));
const cents = (value: number) => new JsonNumber(roundFloat(value, 2));

/** The object `simulate --format json` prints: the keys in its order, then the extras. */
export function simulationJsonObject(planPath: string, result: SimulationResult): Record<string, unknown> {
  return {
    plan: planPath,
    runs: result.runs,
    seed: result.seed,
    cash_out_probability: share(result.cash_out_probability),
    cash_out_interval: result.cash_out_interval.map(share),
    cash_out_by_month: result.cash_out_by_month.map(share),
    percentiles: Object.fromEntries(
      SIMULATED_FIGURES.map((key) => {
        const p = result.percentiles[key];
        return [key, { p10: json(shown(p.p10, figurePlaces(key))), p50: json(shown(p.p50, figurePlaces(key))), p90: json(shown(p.p90, figurePlaces(key))) }];
      }),
    ),
    cash_by_month: { p10: result.cash_by_month.p10.map(cents), p50: result.cash_by_month.p50.map(cents), p90: result.cash_by_month.p90.map(cents) },
    check_failure_shares: Object.fromEntries(Object.entries(result.check_failure_shares).map(([key, value]) => [key, share(value)])),
    clamped: result.clamped,
    // Beyond the shape, each named for what it holds.
    cash_out_risk_months: result.cash_out_risk_months,
    drivers: result.drivers.map((d) => ({ path: d.path, rank_correlation: json(shown(d.rank_correlation, 4)) })),
    fan_chart_runs: result.cash_by_month.runs,
    drivers_runs: result.drivers_runs,
  };
}

export function renderSimulationJson(planPath: string, result: SimulationResult): string {
  return `${stringifyJson(simulationJsonObject(planPath, result))}\n`;
}

/** The words and number formats of the plan's language. */
export function simulationWords(plan: Plan): { t: SimulationCatalog; format: Formatter } {
  return { t: simulationCatalogs[plan.language], format: planFormatter(plan) };
}

/** A share as a percent to two places, as it is judged (4 places of the share), zeros kept so columns of them align: 0.352 -> 35.20%. */
export const percentText = (_format: Formatter, value: number) => `${new Dec(roundFloat(value, 4)).mul(100).toFixed(2)}%`;

/** One percentile as people read it: money whole, ratios and months to 2 places, customers whole. */
export function figureText(format: Formatter, t: SimulationCatalog, key: SimulatedFigure, value: number | null): string {
  if (value === null || Number.isNaN(value)) return UNBOUNDED_FIGURES.has(key) ? t.unbounded : NEVER_FIGURES.has(key) ? t.never : t.lasts;
  if (MONEY_FIGURES.has(key)) return format.moneyWhole(roundFloat(value, 0));
  if (key === 'customers_end') return format.number(roundFloat(value, 0), 0);
  return format.number(roundFloat(value, 2), 2);
}

/**
 * The longest horizon a run drew, when a range on the horizon reaches past the plan's (the
 * results then hold that many months); undefined when every run's horizon is at most the plan's.
 */
export function longestHorizon(plan: Plan, result: SimulationResult): number | undefined {
  const longest = result.cash_out_by_month.length;
  return longest > plan.growth.horizon_months.toNumber() ? longest : undefined;
}

/** The headline sentences: the chance of running out, its interval, and the months the risk passes each level. */
export function headline(plan: Plan, result: SimulationResult): string[] {
  const { t, format } = simulationWords(plan);
  const [low, high] = result.cash_out_interval;
  const levels = RISK_LEVELS.map(([key, level]) => ({ level, month: result.cash_out_risk_months[key] }));
  return [
    t.cashOut(plan.growth.horizon_months.toNumber(), percentText(format, result.cash_out_probability), percentText(format, low), percentText(format, high), longestHorizon(plan, result)),
    t.riskMonths(levels),
  ];
}

/** A rank correlation to 2 places with its sign, or the word for a fixed input. */
export function correlationText(format: Formatter, t: SimulationCatalog, rho: number | null): string {
  if (rho === null || Number.isNaN(rho)) return t.fixed;
  const text = format.number(roundFloat(rho, 2), 2);
  return rho > 0 && text !== '0' ? `+${text}` : text;
}

const cell = (text: string) => text.replace(/\$/g, '\\$').replace(/\|/g, '\\|');

/** The results as Markdown: the headline, the percentile table, the checks' failure shares and the drivers. */
export function renderSimulationMarkdown(plan: Plan, result: SimulationResult): string {
  const { t, format } = simulationWords(plan);
  const lines = [`## ${t.title(escapeMarkdown(plan.name), format.number(result.runs, 0), String(result.seed))}`, '', ...headline(plan, result).map(cell), ''];
  lines.push(`### ${t.percentilesHeading}`, '', `| ${t.figure} | P10 | P50 | P90 |`, '| --- | ---: | ---: | ---: |');
  for (const key of SIMULATED_FIGURES) {
    const p = result.percentiles[key];
    lines.push(`| ${t.figures[key]} | ${[p.p10, p.p50, p.p90].map((v) => cell(figureText(format, t, key, v))).join(' | ')} |`);
  }
  lines.push('', `### ${t.checksHeading}`, '');
  const checks = Object.entries(result.check_failure_shares);
  if (checks.length === 0) lines.push(t.noChecks);
  for (const [key, value] of checks) lines.push(`- \`${key}\`: ${cell(t.failShare(percentText(format, value)))}`);
  lines.push('', `### ${t.driversHeading}`, '');
  for (const d of result.drivers) lines.push(`- \`${d.path}\`: ${correlationText(format, t, d.rank_correlation)}`);
  const clamped = Object.entries(result.clamped).filter(([, count]) => count > 0);
  if (clamped.length > 0) {
    lines.push('', `### ${t.clampedHeading}`, '');
    for (const [key, count] of clamped) lines.push(`- \`${key}\`: ${cell(t.clamped(format.number(count, 0), percentText(format, count / result.runs)))}`);
  }
  if (result.cash_by_month.runs < result.runs) lines.push('', cell(t.fanChartRuns(format.number(result.cash_by_month.runs, 0))));
  return `${lines.join('\n')}\n`;
}
