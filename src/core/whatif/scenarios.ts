import type { Decimal } from 'decimal.js';
import { calculate, type Calculation } from '../calculate.js';
import { Dec, ONE, ZERO } from '../decimal.js';
import { metricPlaces, roundedText } from '../finance/display.js';
import { BOOLEAN_METRICS, METRIC_KEYS, type MetricKey } from '../finance/metrics.js';
import type { LoadResult } from '../plan/load.js';
import { positionOf } from '../plan/load.js';
import { planWithOverrides, type NamedOverride, type ReadPlan } from '../plan/overrides.js';
import { isWithin, parsePath, resolvePath } from '../plan/paths.js';
import { planSchema, type Plan } from '../plan/schema.js';
import { BASE_NAME } from '../plan/what-if-rules.js';

// Scenarios (FORMULAS.md, "Scenarios"): the plan with some inputs replaced, validated as a plan
// and computed by the one `calculate`. Pure: the plan as read in, figures out.

export { BASE_NAME };

/** One case: the base plan or a scenario, with its figures. */
export interface CaseResult {
  name: string;
  description?: string;
  /** The scenario's probability; the base's is the rest when every scenario gives one. Null when unknown. */
  probability: Decimal | null;
  calculation: Calculation;
}

/** Where a scenario is written: `plan.yaml#downside` at its name's line. */
export interface ScenarioPlace {
  line: number;
  col: number;
}

type RawScenarios = Record<string, { set?: Record<string, unknown> } | undefined>;

function rawScenarios(read: ReadPlan): RawScenarios {
  const value = read.value as { scenarios?: RawScenarios } | null;
  return value?.scenarios ?? {};
}

/** The scenario's `set` entries as overrides, each placed at its own line of the file. */
export function scenarioOverrides(read: ReadPlan, name: string, file: string): NamedOverride[] {
  const set = rawScenarios(read)[name]?.set ?? {};
  return Object.entries(set).map(([pathText, value]) => {
    const resolved = resolvePath(planSchema, read.value, pathText);
    // The plan loaded: every path resolved there already.
    if (!resolved.ok) throw new Error(`scenario ${name}: ${resolved.message}`);
    const at = positionOf(read, ['scenarios', name, 'set', pathText], true);
    return { path: resolved.path, value, origin: `${file}#${name}`, at: { file, ...at } };
  });
}

/**
 * The plan data without what only describes other cases: a scenario's plan has no scenarios
 * of its own. It keeps the ranges of the inputs it leaves alone, so that its simulation (the
 * cash-out check) draws them as the base does, while the inputs it sets stay at its values;
 * an empty map when it sets them all, so that the check still runs, on fixed inputs.
 */
function withoutWhatIf(value: unknown, overrides: readonly NamedOverride[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  const { scenarios: _scenarios, uncertainty, ...rest } = value as Record<string, unknown>;
  if (uncertainty === null || typeof uncertainty !== 'object') return rest;
  const kept = Object.entries(uncertainty).filter(([key]) => {
    const parsed = parsePath(key);
    return parsed.ok && !overrides.some((o) => isWithin(parsed.path.text, o.path));
  });
  return { ...rest, uncertainty: Object.fromEntries(kept) };
}

/**
 * The plan of one scenario, validated: each problem at the `set` entry that caused it, or
 * where the base plan has it when the base is at fault.
 */
export function scenarioPlan(read: ReadPlan, name: string, file: string): LoadResult<Plan> {
  const overrides = scenarioOverrides(read, name, file);
  return planWithOverrides({ ...read, value: withoutWhatIf(read.value, overrides) }, overrides, file);
}

/** The line of a scenario's name in the file, for annotations. */
export function scenarioPlace(read: ReadPlan, name: string): ScenarioPlace {
  return positionOf(read, ['scenarios', name], true);
}

/** The names of the plan's scenarios, in the file's order. */
export function scenarioNames(plan: Plan): string[] {
  return Object.keys(plan.scenarios ?? {});
}

/**
 * The base's probability: the rest, when every scenario gives one and they add up to at
 * most 1; else null, and there are no expected values.
 */
export function baseProbability(plan: Plan): Decimal | null {
  const scenarios = Object.values(plan.scenarios ?? {});
  if (scenarios.length === 0) return null;
  let sum = ZERO;
  for (const s of scenarios) {
    if (!s.probability) return null;
    sum = sum.plus(s.probability);
  }
  return sum.lte(ONE) ? ONE.minus(sum) : null;
}

/**
 * The base case and every scenario, computed; a scenario that is not a valid plan gives its
 * problems. `base` is the plan's calculation when the caller has made it already.
 */
export function computeCases(read: ReadPlan, plan: Plan, file: string, base: Calculation = calculate(plan)): LoadResult<CaseResult[]> {
  const cases: CaseResult[] = [{ name: BASE_NAME, probability: baseProbability(plan), calculation: base }];
  const problems = [];
  for (const [name, scenario] of Object.entries(plan.scenarios ?? {})) {
    const result = scenarioPlan(read, name, file);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    cases.push({ name, ...(scenario.description ? { description: scenario.description } : {}), probability: scenario.probability ?? null, calculation: calculate(result.value) });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: cases, raw: read.value, document: read.document, lineCounter: read.lineCounter };
}

/** An expected value: a Decimal, or for default_alive the probability that it is true. */
export type ExpectedMetrics = Record<MetricKey, Decimal | null>;

/**
 * Each figure's probability-weighted mean over the base and the scenarios (FORMULAS.md,
 * "Scenarios"); null when the cases give no probabilities. A figure null in any case is null.
 */
export function expectedValues(cases: readonly CaseResult[]): ExpectedMetrics | null {
  if (cases.length < 2 || cases.some((c) => c.probability === null)) return null;
  const expected = {} as ExpectedMetrics;
  for (const key of METRIC_KEYS) {
    let sum: Decimal | null = ZERO;
    for (const c of cases) {
      const value = c.calculation.analysis.metrics[key];
      const p = c.probability as Decimal;
      if (typeof value === 'boolean') sum = sum.plus(value ? p : ZERO);
      else if (value === null) {
        sum = null;
        break;
      } else sum = sum.plus(p.mul(value));
    }
    expected[key] = sum;
  }
  return expected;
}

/** Places an expected value is shown with: money to cents, every other mean (counts, months, probabilities) to 4. */
export function expectedPlaces(key: MetricKey): number {
  return BOOLEAN_METRICS.has(key) ? 4 : metricPlaces(key) === 2 ? 2 : 4;
}

/** The expected values as shown text, rounded only here. */
export function showExpected(expected: ExpectedMetrics): Record<MetricKey, string | null> {
  return Object.fromEntries(METRIC_KEYS.map((key) => [key, expected[key] === null ? null : roundedText(new Dec(expected[key]), expectedPlaces(key))])) as Record<MetricKey, string | null>;
}

/** The cases a report shows: none without scenarios, else the base (its calculation as given) and each scenario. */
export function reportCases(read: ReadPlan, base: Calculation, file: string): LoadResult<CaseResult[]> | undefined {
  return scenarioNames(base.plan).length === 0 ? undefined : computeCases(read, base.plan, file, base);
}
