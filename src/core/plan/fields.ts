import * as z from 'zod';
import type { Decimal } from 'decimal.js';
import { boundsOf, Dec, isDecimal, MAX_EXPONENT, MIN_EXPONENT, NumberBeyondBounds, readDecimalText, showDecimal, type OutOfBounds } from '../decimal.js';
import { clipLongWords, quoteExcerpt } from '../render/safe-text.js';

/** A bound on a numeric field; `exclusive` means the bound itself is not allowed. */
interface Bound {
  value: number;
  exclusive?: boolean;
}

export interface NumberRule {
  min?: Bound;
  max?: Bound;
  integer?: boolean;
  /** Rates also accept percent text such as "3%". */
  percent?: boolean;
  description: string;
}

const PERCENT_TEXT = /^\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*%\s*$/;
const DECIMAL_PATTERN = '^\\s*[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?\\s*$';
const PERCENT_PATTERN = '^\\s*[-+]?(\\d+(\\.\\d*)?|\\.\\d+)\\s*%\\s*$';

/** A Decimal within the plan bounds as is; one beyond them kept aside, never expanded. */
function bounded(value: Decimal, source: () => string): Decimal | NumberBeyondBounds {
  const side = boundsOf(value);
  return side ? new NumberBeyondBounds(source(), side) : value;
}

/**
 * Reads a plan value as an exact Decimal, or as a number beyond the plan bounds,
 * judged before any digit is spelt out. The YAML loader already hands over Decimals
 * built from the file's digits (or a NumberBeyondBounds); numbers come from
 * JavaScript callers and are read through their shortest round-trip text, which is
 * the digits a person typed.
 */
export function readNumber(input: unknown, percent: boolean): Decimal | NumberBeyondBounds | undefined {
  if (input instanceof NumberBeyondBounds) return input;
  if (isDecimal(input)) return input.isFinite() ? bounded(new Dec(input), () => showDecimal(input)) : undefined;
  if (typeof input === 'number') return Number.isFinite(input) ? readDecimalText(String(input)) : undefined;
  if (typeof input !== 'string') return undefined;
  if (percent) {
    // No exponent in percent text: its digits are bounded by its length.
    const match = PERCENT_TEXT.exec(input);
    if (match) return bounded(new Dec(match[1] as string).div(100), () => input.trim());
  }
  return readDecimalText(input);
}

/** Turns a plan value into an exact Decimal within the plan bounds, or undefined. */
export function toDecimal(input: unknown, percent: boolean): Decimal | undefined {
  const value = readNumber(input, percent);
  return isDecimal(value) ? value : undefined;
}

/** Shows a rejected value the way the user wrote it. */
export function showInput(input: unknown): string {
  // Only digits, so no secret, but a number can be a megabyte long: its first 40 characters say enough.
  if (input instanceof NumberBeyondBounds) return clipLongWords(input.source, 40);
  if (isDecimal(input)) return showDecimal(input);
  if (typeof input === 'string') return quoteExcerpt(input);
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a map';
  return typeof input === 'number' || typeof input === 'boolean' ? String(input) : typeof input;
}

function satisfies(value: Decimal, bound: Bound, side: 'min' | 'max'): boolean {
  const cmp = value.cmp(bound.value);
  if (side === 'min') return bound.exclusive ? cmp > 0 : cmp >= 0;
  return bound.exclusive ? cmp < 0 : cmp <= 0;
}

/** A bound as a message shows it: for a rate above 1 also as a percent, `10 (1000%)`. */
export function showBound(rule: NumberRule, bound: Bound): string {
  return rule.percent && bound.value > 1 ? `${bound.value} (${new Dec(bound.value).mul(100).toString()}%)` : String(bound.value);
}

/** "between 0 and 1", "greater than 0", "0 or more", "a whole number from 1 to 240". */
export function describeRule(rule: NumberRule): string {
  const { min, max } = rule;
  const kind = rule.integer ? 'a whole number ' : '';
  if (min && max) {
    const [lowValue, highValue] = [showBound(rule, min), showBound(rule, max)];
    if (rule.integer) return `${kind}from ${lowValue} to ${highValue}`;
    const low = min.exclusive ? `greater than ${lowValue}` : `at least ${lowValue}`;
    const high = max.exclusive ? `less than ${highValue}` : `at most ${highValue}`;
    return min.exclusive || max.exclusive ? `${low} and ${high}` : `between ${lowValue} and ${highValue}`;
  }
  if (min) return min.exclusive ? `${kind}greater than ${showBound(rule, min)}` : `${kind}${showBound(rule, min)} or more`;
  if (max) return max.exclusive ? `${kind}less than ${showBound(rule, max)}` : `${kind}${showBound(rule, max)} or less`;
  return rule.integer ? 'a whole number' : 'a number';
}

function typeHint(rule: NumberRule): string {
  return rule.percent ? 'a fraction like 0.03 or a percent like "3%"' : rule.integer ? 'a whole number' : 'a number';
}

/** What was wrong with a number, as data, so each language can word it: see i18n/problems. */
export interface NumberProblem {
  /** `size`: beyond the bounds every plan number keeps, whatever its own rule. */
  kind: 'required' | 'type' | 'range' | 'size';
  rule: NumberRule;
  /** The rejected value as the user wrote it. */
  got: string;
  /** For a fraction above 1 where a percent was likely meant: the number to write with "%". */
  percentOf?: string;
  /** For `size`: whether the number is too large or a nonzero one too small. */
  side?: OutOfBounds;
}

/** The message for a number beyond the plan bounds. */
function sizeMessage(side: OutOfBounds, got: string): string {
  return side === 'large'
    ? `must be at most 10^${MAX_EXPONENT} in size (got ${got}); no plan needs a figure that large, so check the exponent and the digits`
    : `must be 0 or at least 10^${MIN_EXPONENT} in size (got ${got}); write 0 for nothing`;
}

/** Checks one value against a rule; returns the exact Decimal, or the message that says how to fix it. */
export function checkNumber(input: unknown, rule: NumberRule): { value: Decimal } | { message: string; problem: NumberProblem } {
  if (input === undefined) return { message: `is required: give ${typeHint(rule)}`, problem: { kind: 'required', rule, got: '' } };
  // Bounds first: nothing below may spell out the digits of 1e999999999.
  const value = readNumber(input, rule.percent ?? false);
  const got = showInput(input);
  if (value === undefined) return { message: `must be ${rule.integer ? describeRule(rule) : typeHint(rule)} (got ${got})`, problem: { kind: 'type', rule, got } };
  if (value instanceof NumberBeyondBounds) {
    // A field's own range, when it has one the number breaks, says more than the bounds every number keeps.
    const breaksRange = value.side === 'large' && (value.source.startsWith('-') ? rule.min : rule.max);
    if (breaksRange) return { message: `must be ${describeRule(rule)} (got ${got})`, problem: { kind: 'range', rule, got } };
    return { message: sizeMessage(value.side, got), problem: { kind: 'size', rule, got, side: value.side } };
  }
  const inRange =
    (!rule.min || satisfies(value, rule.min, 'min')) &&
    (!rule.max || satisfies(value, rule.max, 'max')) &&
    (!rule.integer || value.isInteger());
  if (!inRange) {
    // 1.5 where a fraction is wanted is most likely a percent written without its sign.
    const typedPercent = typeof input === 'string' && input.includes('%');
    const percentOf = rule.percent && !typedPercent && value.gt(1) ? value.toString() : undefined;
    const hint = percentOf ? `; for ${percentOf}% write "${percentOf}%"` : '';
    return { message: `must be ${describeRule(rule)} (got ${got})${hint}`, problem: { kind: 'range', rule, got, percentOf } };
  }
  return { value };
}

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
  return field;
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

export const money = (description: string, options: { positive?: boolean } = {}) =>
  numberField({ min: { value: 0, exclusive: options.positive ?? false }, description }, 'money');

export const count = (description: string) => numberField({ min: { value: 0 }, description });

export const rate = (description: string, min: Bound, max?: Bound) =>
  numberField(max ? { min, max, percent: true, description } : { min, percent: true, description });

export const wholeNumber = (description: string, min: number, max: number) =>
  numberField({ min: { value: min }, max: { value: max }, integer: true, description });

/** Free text. A bare number (`name: 2024`) is taken as its text rather than rejected. */
export const text = (description: string) =>
  z
    .preprocess((input) => (isDecimal(input) || input instanceof NumberBeyondBounds ? showInput(input) : input), z.string().trim().min(1, 'must not be empty'))
    .meta({ type: 'string', minLength: 1, description });

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
  return z.preprocess((input) => (isPlainMap(input) || input === undefined ? input : showInput(input)), z.strictObject(shape));
}
