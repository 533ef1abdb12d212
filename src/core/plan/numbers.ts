import type { Decimal } from 'decimal.js';
import { boundsOf, Dec, isDecimal, MAX_EXPONENT, MIN_EXPONENT, NumberBeyondBounds, readDecimalText, showDecimal, type OutOfBounds } from '../decimal.js';
import { clipLongWords, quoteExcerpt } from '../render/safe-text.js';

// A plan's numbers, read and judged without zod: the schema's numeric fields (fields.ts) and
// the generated fast validator (fast-validator.generated.ts) both check values with these.

/** A bound on a numeric field; `exclusive` means the bound itself is not allowed. */
export interface Bound {
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

/** The numbers read from percent text: a range's bound is read before its input is known, and may be one only for a rate. */
const READ_AS_PERCENT = new WeakSet<Decimal>();

/** Whether this very number was read from percent text such as "1.5%". */
export function writtenAsPercent(value: Decimal): boolean {
  return READ_AS_PERCENT.has(value);
}

/** A Decimal within the plan bounds as is; one beyond them kept aside, shown as the user wrote it (`source`), never expanded. */
function bounded(value: Decimal, source: string | Decimal): Decimal | NumberBeyondBounds {
  const side = boundsOf(value);
  if (!side) return value;
  return new NumberBeyondBounds(typeof source === 'string' ? source.trim() : showDecimal(source), side);
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
  if (isDecimal(input)) {
    if (!input.isFinite()) return undefined;
    // A copy made by bizplan's own constructor, which fixes the precision of what is computed from it. One
    // made so already (as the plan readers make them), and not marked as read from percent text, is
    // that copy: it is taken as it is, saving a hundred copies a plan.
    const own = input.constructor === Dec && !READ_AS_PERCENT.has(input) ? input : new Dec(input);
    return bounded(own, input);
  }
  if (typeof input === 'number') return Number.isFinite(input) ? readDecimalText(String(input)) : undefined;
  if (typeof input !== 'string') return undefined;
  if (percent) {
    // No exponent in percent text: its digits are bounded by its length.
    const match = PERCENT_TEXT.exec(input);
    if (match) {
      const value = bounded(new Dec(match[1] as string).div(100), input);
      if (isDecimal(value)) READ_AS_PERCENT.add(value);
      return value;
    }
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
  // A bound read from "200%" is shown as written, not as the fraction 2 the user never typed.
  if (isDecimal(input)) return writtenAsPercent(input) ? `${showDecimal(input.mul(100))}%` : showDecimal(input);
  if (typeof input === 'string') return quoteExcerpt(input);
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a map';
  return typeof input === 'number' || typeof input === 'boolean' ? String(input) : typeof input;
}

/** Each bound's value as a Decimal, made once: a comparison with a JavaScript number would read its digits every time. */
const BOUND_VALUES = new Map<number, Decimal>();

function boundValue(value: number): Decimal {
  let decimal = BOUND_VALUES.get(value);
  if (decimal === undefined) BOUND_VALUES.set(value, (decimal = new Dec(value)));
  return decimal;
}

function satisfies(value: Decimal, bound: Bound, side: 'min' | 'max'): boolean {
  // Most bounds are 0, where the sign says it: decimal.js compares by copying the other number first.
  const cmp = bound.value === 0 ? (value.isZero() ? 0 : value.isNegative() ? -1 : 1) : value.cmp(boundValue(bound.value));
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

function inRange(value: Decimal, rule: NumberRule): boolean {
  return (!rule.min || satisfies(value, rule.min, 'min')) && (!rule.max || satisfies(value, rule.max, 'max')) && (!rule.integer || value.isInteger());
}

/** The exact Decimal of a value its rule accepts, or undefined: checkNumber without the message, for the fast validator. */
export function acceptedNumber(input: unknown, rule: NumberRule): Decimal | undefined {
  if (input === undefined) return undefined;
  const value = readNumber(input, rule.percent ?? false);
  return isDecimal(value) && inRange(value, rule) ? value : undefined;
}

/** Checks one value against a rule; returns the exact Decimal, or the message that says how to fix it. */
export function checkNumber(input: unknown, rule: NumberRule): { value: Decimal } | { message: string; problem: NumberProblem } {
  if (input === undefined) return { message: `is required: give ${typeHint(rule)}`, problem: { kind: 'required', rule, got: '' } };
  // Bounds first: nothing below may spell out the digits of 1e999999999.
  const value = readNumber(input, rule.percent ?? false);
  // Each branch below shows the value it rejects; a valid one, the common case by far, is never spelt out.
  if (value === undefined) {
    const got = showInput(input);
    return { message: `must be ${rule.integer ? describeRule(rule) : typeHint(rule)} (got ${got})`, problem: { kind: 'type', rule, got } };
  }
  if (value instanceof NumberBeyondBounds) {
    const got = showInput(input);
    // A field's own range, when it has one the number breaks, says more than the bounds every number keeps.
    const breaksRange = value.side === 'large' && (value.source.startsWith('-') ? rule.min : rule.max);
    if (breaksRange) return { message: `must be ${describeRule(rule)} (got ${got})`, problem: { kind: 'range', rule, got } };
    return { message: sizeMessage(value.side, got), problem: { kind: 'size', rule, got, side: value.side } };
  }
  if (!inRange(value, rule)) {
    const got = showInput(input);
    // 1.5 where a fraction is wanted is most likely a percent written without its sign.
    const typedPercent = (typeof input === 'string' && input.includes('%')) || (isDecimal(input) && writtenAsPercent(input));
    const percentOf = rule.percent && !typedPercent && value.gt(1) ? value.toString() : undefined;
    const hint = percentOf ? `; for ${percentOf}% write "${percentOf}%"` : '';
    return { message: `must be ${describeRule(rule)} (got ${got})${hint}`, problem: { kind: 'range', rule, got, percentOf } };
  }
  return { value };
}
