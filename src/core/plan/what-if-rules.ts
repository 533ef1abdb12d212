import type { Decimal } from 'decimal.js';
import type * as z from 'zod';
import { isDecimal } from '../decimal.js';
import { numberKindOf, numberRuleOf, type NumberKind } from './fields.js';
import { checkNumber, describeRule, writtenAsPercent, type NumberRule } from './numbers.js';
import { resolvePath, type PathProblem, type PathSegment, type PlanPath } from './paths.js';
import { schemaAt } from './schema-walk.js';

// The rules of the `scenarios:` and `uncertainty:` sections that depend on the rest of the plan:
// every path must name an input of it, and a range must fit the input's value. The schema runs
// them as one refinement of the whole plan; the tornado reads the ranges through `rangesOf`.

export const DISTRIBUTIONS = ['pert', 'triangular', 'uniform', 'normal', 'lognormal'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

/** A name no scenario may take: results are named `plan.yaml#base` for the base case. */
export const BASE_NAME = 'base';

/** A problem with a range or a scenario's name, as data for other languages (problems-zh.ts). */
export type RangeProblem =
  | { kind: 'baseName' }
  | { kind: 'notANumber'; path: string }
  | { kind: 'highBelowLow'; low: string }
  | { kind: 'lognormalLow' }
  | { kind: 'needsMode'; path: string }
  | { kind: 'zeroWidth'; low: string; planValue?: string }
  | { kind: 'modeOutside'; low: string; high: string; dist: string; planValue?: string }
  | { kind: 'needsRanges'; example: string }
  | { kind: 'sectionMissing'; section: string; path: string }
  | { kind: 'duplicateRange'; path: string; first: string }
  | { kind: 'duplicateSet'; path: string; first: string }
  | { kind: 'percentNotRate'; input: string; asWritten: string }
  | { kind: 'boundOutsideRule'; input: string; rule: NumberRule; got: string; percentOf?: string };

export interface WhatIfIssue {
  path: PathSegment[];
  message: string;
  /** The problem as data: a path's, or a range's. */
  problem: PathProblem | RangeProblem;
  /** Shown at the key (a path) rather than at its value. */
  atKey?: boolean;
}

interface RangeInput {
  low: Decimal;
  high: Decimal;
  dist?: Distribution;
  mode?: Decimal;
}

interface WhatIfSections {
  scenarios?: Record<string, { set: Record<string, unknown> }>;
  uncertainty?: Record<string, RangeInput>;
  checks?: { cash_out_probability_max?: unknown };
}

/** What to add for a simulation, as the messages show it. */
const UNCERTAINTY_EXAMPLE = 'uncertainty: { revenue_model.churn_monthly: { low: "1.5%", high: "5%" } }';


/** One uncertain input, resolved: its path, its range, and the plan's value there (if any). */
export interface InputRange {
  path: PlanPath;
  low: Decimal;
  high: Decimal;
  dist: Distribution;
  /** The given mode, else the plan's value; only pert and triangular use it. */
  mode?: Decimal;
  kind: NumberKind;
}

const isMap = (value: unknown): boolean => value !== null && typeof value === 'object';

/**
 * The key that named an input first, when `key` is another spelling of its path (` a.b`,
 * `funding[00]`); otherwise undefined, and `key` is remembered as the first.
 */
function earlierSpelling(firstKeyOf: Map<string, string>, path: string, key: string): string | undefined {
  const first = firstKeyOf.get(path);
  if (first === undefined) firstKeyOf.set(path, key);
  return first;
}

/** The plan's value at a path; undefined when any step is missing. */
export function valueAtPath(plan: unknown, segments: readonly PathSegment[]): unknown {
  let node = plan;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathSegment, unknown>)[segment];
  }
  return node;
}

/** The kind of number at a path of the schema, undefined when the input there is not a number. */
export function inputKindAt(schema: z.ZodType, path: PlanPath): NumberKind | undefined {
  return numberKindOf(schemaAt(schema, path.segments));
}

const BOUNDS = ['low', 'high', 'mode'] as const;

/**
 * Each bound the input itself could not take, at the bound's own line: percent text where the
 * input is no rate, or a value outside the input's rule (churn above 100%, a month of 12.5).
 */
function boundIssues(range: RangeInput, at: PathSegment[], input: string, rule: NumberRule, kind: NumberKind): WhatIfIssue[] {
  const issues: WhatIfIssue[] = [];
  for (const bound of BOUNDS) {
    const value = range[bound];
    if (value === undefined) continue;
    if (kind !== 'rate' && writtenAsPercent(value)) {
      const asWritten = value.mul(100).toString();
      issues.push({ path: [...at, bound], message: `is a percent, but ${input} is not a rate: write it as the input is written, e.g. ${asWritten}`, problem: { kind: 'percentNotRate', input, asWritten } });
      continue;
    }
    const checked = checkNumber(value, rule);
    if ('value' in checked) continue;
    const hint = checked.problem.percentOf ? `; for ${checked.problem.percentOf}% write "${checked.problem.percentOf}%"` : '';
    issues.push({
      path: [...at, bound],
      message: `must be a value ${input} can take: ${describeRule(rule)} (got ${checked.problem.got})${hint}`,
      problem: { kind: 'boundOutsideRule', input, rule, got: checked.problem.got, ...(checked.problem.percentOf ? { percentOf: checked.problem.percentOf } : {}) },
    });
  }
  return issues;
}

/** One range checked against the plan: the resolved range, or the problems with it. */
function checkRange(schema: z.ZodType, plan: unknown, key: string, range: RangeInput): { range?: InputRange; issues: WhatIfIssue[] } {
  const at = ['uncertainty', key];
  const resolved = resolvePath(schema, plan, key);
  if (!resolved.ok) return { issues: [{ path: at, message: resolved.message, problem: resolved.problem, atKey: true }] };
  const kind = inputKindAt(schema, resolved.path);
  const rule = numberRuleOf(schemaAt(schema, resolved.path.segments));
  if (!kind || !rule) {
    const message = `${resolved.path.text} is not a number: a range needs a numeric input, such as revenue_model.churn_monthly`;
    return { issues: [{ path: at, message, problem: { kind: 'notANumber', path: resolved.path.text }, atKey: true }] };
  }
  const section = resolved.path.text.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
  if (section !== resolved.path.text && !isMap(valueAtPath(plan, resolved.path.segments.slice(0, -1)))) {
    // A draw there would change nothing: the model reads no input inside a section the plan leaves out.
    const message = `the plan has no ${section}, so a range on ${resolved.path.text} would change nothing: add ${section} to the plan, or remove this range`;
    return { issues: [{ path: at, message, problem: { kind: 'sectionMissing', section, path: resolved.path.text }, atKey: true }] };
  }
  const dist = range.dist ?? 'pert';
  const issues = boundIssues(range, at, resolved.path.text, rule, kind);
  if (issues.length > 0) return { issues };
  if (range.low.gt(range.high)) issues.push({ path: [...at, 'high'], message: `must be at least low (${range.low.toString()})`, problem: { kind: 'highBelowLow', low: range.low.toString() } });
  if (dist === 'lognormal' && !range.low.gt(0)) issues.push({ path: [...at, 'low'], message: 'must be above 0 for dist: lognormal (its logarithm is used)', problem: { kind: 'lognormalLow' } });
  const planValue = valueAtPath(plan, resolved.path.segments);
  const mode = range.mode ?? (isDecimal(planValue) ? planValue : undefined);
  if (dist === 'pert' || dist === 'triangular') {
    if (!mode) {
      issues.push({ path: at, message: `needs a mode: the plan gives no value at ${resolved.path.text}; add "mode: ..."`, problem: { kind: 'needsMode', path: resolved.path.text }, atKey: true });
    } else if (issues.length === 0) {
      const where = range.mode ? [...at, 'mode'] : at;
      const which = range.mode ? 'mode' : `the plan's value (${mode.toString()})`;
      const planValue = range.mode ? {} : { planValue: mode.toString() };
      const [low, high] = [range.low.toString(), range.high.toString()];
      if (range.low.eq(range.high) && !mode.eq(range.low)) {
        issues.push({ path: where, message: `a range of zero width fixes the input at ${low}, so ${which} must be that too`, problem: { kind: 'zeroWidth', low, ...planValue }, atKey: !range.mode });
      } else if (mode.lt(range.low) || mode.gt(range.high)) {
        issues.push({ path: where, message: `${which} must lie between low (${low}) and high (${high}), as ${dist} needs`, problem: { kind: 'modeOutside', low, high, dist, ...planValue }, atKey: !range.mode });
      }
    }
  }
  if (issues.length > 0) return { issues };
  return { range: { path: resolved.path, low: range.low, high: range.high, dist, ...(mode ? { mode } : {}), kind }, issues };
}

/** Every problem with the plan's scenario paths and uncertainty ranges. */
export function whatIfIssues(schema: z.ZodType, plan: WhatIfSections): WhatIfIssue[] {
  const issues: WhatIfIssue[] = [];
  for (const [name, scenario] of Object.entries(plan.scenarios ?? {})) {
    if (name === BASE_NAME) issues.push({ path: ['scenarios', name], message: `"${BASE_NAME}" names the plan itself; call the scenario something else`, problem: { kind: 'baseName' }, atKey: true });
    // One value per input: with a second spelling of its path, the last one written would silently win.
    const firstKeyOf = new Map<string, string>();
    for (const key of Object.keys(scenario.set)) {
      const resolved = resolvePath(schema, plan, key);
      if (!resolved.ok) {
        issues.push({ path: ['scenarios', name, 'set', key], message: resolved.message, problem: resolved.problem, atKey: true });
        continue;
      }
      const first = earlierSpelling(firstKeyOf, resolved.path.text, key);
      if (first !== undefined) issues.push({ path: ['scenarios', name, 'set', key], message: `${resolved.path.text} is set already, under ${JSON.stringify(first)}: set each input once`, problem: { kind: 'duplicateSet', path: resolved.path.text, first }, atKey: true });
    }
  }
  // One range per input: a second spelling of a path (" a.b", funding[00]) would be drawn twice, the last draw winning silently.
  const firstKeyOf = new Map<string, string>();
  for (const [key, range] of Object.entries(plan.uncertainty ?? {})) {
    const checked = checkRange(schema, plan, key, range);
    issues.push(...checked.issues);
    if (!checked.range) continue;
    const path = checked.range.path.text;
    const first = earlierSpelling(firstKeyOf, path, key);
    if (first !== undefined) issues.push({ path: ['uncertainty', key], message: `${path} has a range already, under ${JSON.stringify(first)}: give each input one range`, problem: { kind: 'duplicateRange', path, first }, atKey: true });
  }
  // Absent, not empty: a scenario that sets every uncertain input keeps an empty map, and its check runs on fixed inputs.
  if (plan.checks?.cash_out_probability_max !== undefined && plan.uncertainty === undefined) {
    issues.push({
      path: ['checks', 'cash_out_probability_max'],
      message: `needs ranges to simulate: add an uncertainty: section, such as ${UNCERTAINTY_EXAMPLE}, or remove this check`,
      problem: { kind: 'needsRanges', example: UNCERTAINTY_EXAMPLE },
      atKey: true,
    });
  }
  return issues;
}

/** The plan's uncertainty ranges, resolved, in the order the plan gives them (a valid plan's). */
export function rangesOf(schema: z.ZodType, plan: WhatIfSections): InputRange[] {
  return Object.entries(plan.uncertainty ?? {}).flatMap(([key, range]) => {
    const checked = checkRange(schema, plan, key, range).range;
    return checked ? [checked] : [];
  });
}
