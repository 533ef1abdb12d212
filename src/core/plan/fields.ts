import * as z from 'zod';
import type { Decimal } from 'decimal.js';
import { isDecimal, MAX_EXPONENT, MIN_EXPONENT, NumberBeyondBounds } from '../decimal.js';
import { fastTagOf, tagFast } from './fast-tags.js';
import { checkNumber, showInput, type Bound, type NumberRule } from './numbers.js';

export { checkNumber, describeRule, readNumber, showBound, showInput, toDecimal, writtenAsPercent, type NumberProblem, type NumberRule } from './numbers.js';

const DECIMAL_PATTERN = '^\\s*[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?\\s*$';
const PERCENT_PATTERN = '^\\s*[-+]?(\\d+(\\.\\d*)?|\\.\\d+)\\s*%\\s*$';

/** The plan bounds in JSON Schema: at most 10^15 in size, and 0 or at least 10^-15. */
const MAX_SIZE = Number(`1e${MAX_EXPONENT}`);
const MIN_SIZE = Number(`1e${MIN_EXPONENT}`);

function jsonSchemaFor(rule: NumberRule): Record<string, unknown> {
  const num: Record<string, unknown> = { type: rule.integer ? 'integer' : 'number' };
  const min = rule.min ?? { value: -MAX_SIZE };
  const max = rule.max && rule.max.value <= MAX_SIZE ? rule.max : { value: MAX_SIZE };
  num[min.exclusive ? 'exclusiveMinimum' : 'minimum'] = min.value;
  num[max.exclusive ? 'exclusiveMaximum' : 'maximum'] = max.value;
  // A whole number is never strictly between 0 and 10^-15 in size; any other number may be.
  if (!rule.integer) num.not = { exclusiveMinimum: -MIN_SIZE, exclusiveMaximum: MIN_SIZE, not: { const: 0 } };
  const text = { type: 'string', pattern: rule.percent ? PERCENT_PATTERN : DECIMAL_PATTERN };
  return { anyOf: [num, text], description: rule.description };
}

/**
 * A numeric plan field: accepts YAML numbers, numeric text and (for rates) percent
 * text, checks the rule and yields an exact Decimal. The JSON Schema view is attached
 * as metadata so `bizplan schema` can describe what this transform accepts.
 */
export function numberField(rule: NumberRule, kind: NumberKind = rule.percent ? 'rate' : 'number') {
  const field = z
    .unknown()
    .transform((input, ctx): Decimal => {
      const result = checkNumber(input, rule);
      if ('value' in result) return result.value;
      ctx.addIssue({ code: 'custom', message: result.message, input, params: { number: result.problem } });
      return z.NEVER;
    })
    .meta(jsonSchemaFor(rule));
  KINDS.set(field, kind);
  return tagFast(field, { kind: 'number', rule });
}

/** What a number in the plan measures, so it can be shown as people read it: `$1,800.00`, `2.5%`. */
export type NumberKind = 'money' | 'rate' | 'number';

const KINDS = new WeakMap<z.ZodType, NumberKind>();

/** The kind of a numeric field, seen through its optional and default wrappers; undefined for anything else. */
export function numberKindOf(schema: z.ZodType | undefined): NumberKind | undefined {
  let current = schema;
  while (current) {
    const kind = KINDS.get(current);
    if (kind) return kind;
    current = (current as unknown as { _zod: { def: { innerType?: z.ZodType } } })._zod.def.innerType;
  }
  return undefined;
}

/** The rule of a numeric field, seen through its optional and default wrappers; undefined for anything else. */
export function numberRuleOf(schema: z.ZodType | undefined): NumberRule | undefined {
  let current = schema;
  while (current) {
    const tag = fastTagOf(current);
    if (tag?.kind === 'number') return tag.rule;
    current = (current as unknown as { _zod: { def: { innerType?: z.ZodType } } })._zod.def.innerType;
  }
  return undefined;
}

export const money = (description: string, options: { positive?: boolean } = {}) =>
  numberField({ min: { value: 0, exclusive: options.positive ?? false }, description }, 'money');

export const count = (description: string) => numberField({ min: { value: 0 }, description });

export const rate = (description: string, min: Bound, max?: Bound) =>
  numberField(max ? { min, max, percent: true, description } : { min, percent: true, description });

export const wholeNumber = (description: string, min: number, max: number) =>
  numberField({ min: { value: min }, max: { value: max }, integer: true, description });

/** Free text. A bare number (`name: 2024`) is taken as its text rather than rejected. */
export const text = (description: string) =>
  tagFast(
    z
      .preprocess((input) => (isDecimal(input) || input instanceof NumberBeyondBounds ? showInput(input) : input), z.string().trim().min(1, 'must not be empty'))
      .meta({ type: 'string', minLength: 1, description }),
    { kind: 'text' },
  );

export const textList = (description: string) => z.array(text(description)).meta({ description });

/**
 * A plain map as YAML hands it over. A Decimal or NumberBeyondBounds is an object too,
 * and zod's object schemas would take it for a map and list each of its internals as an
 * unknown key: hundreds of problems for one number, millions for a list of them.
 */
function isPlainMap(input: unknown): boolean {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return false;
  const proto: unknown = Object.getPrototypeOf(input);
  return proto === Object.prototype || proto === null;
}

/**
 * A map of the plan: a section (`growth:`) or a list item (one of `partners:`). Every map of
 * the plan is declared with this, never with `z.strictObject` directly: a value that is no
 * map (a number, text, a list) is then ONE problem, `must be a map of keys (got 12)`, and an
 * unknown key is still refused with a "did you mean". `bizplan schema` and the schema walk
 * (`schemaAt`, `knownKeysAt`) see through it to the shape; `.refine`/`.superRefine` chain on it.
 */
export function planMap<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  // Anything but a plain map reaches zod as text, which it reports once as the wrong type.
  const map = z.preprocess((input) => (isPlainMap(input) || input === undefined ? input : showInput(input)), z.strictObject(shape));
  // Tagged on the step, which every refinement of the map keeps: the fast validator reads through it.
  tagFast((map as unknown as { _zod: { def: { in: object } } })._zod.def.in, { kind: 'map' });
  return map;
}

/**
 * A map whose keys the plan's author names (scenario names, input paths), each value of one
 * shape. Like planMap, a value that is no map is one problem, not one for each of its internals.
 */
export function planRecord<Value extends z.ZodType>(value: Value, description: string) {
  return z.preprocess((input) => (isPlainMap(input) || input === undefined ? input : showInput(input)), z.record(z.string(), value)).meta({ description });
}
