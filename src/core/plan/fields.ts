import * as z from 'zod';
import type { Decimal } from 'decimal.js';
import { Dec, isDecimal, parseDecimalText } from '../decimal.js';
import { quoteExcerpt } from '../render/safe-text.js';

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

/**
 * Turns a plan value into an exact Decimal. The YAML loader already hands over
 * Decimals built from the file's digits; numbers come from JavaScript callers and
 * are read through their shortest round-trip text, which is the digits a person typed.
 */
export function toDecimal(input: unknown, percent: boolean): Decimal | undefined {
  if (isDecimal(input)) return input.isFinite() ? new Dec(input) : undefined;
  if (typeof input === 'number') return Number.isFinite(input) ? new Dec(String(input)) : undefined;
  if (typeof input !== 'string') return undefined;
  if (percent) {
    const match = PERCENT_TEXT.exec(input);
    if (match) return new Dec(match[1] as string).div(100);
  }
  return parseDecimalText(input);
}

/** Shows a rejected value the way the user wrote it. */
export function showInput(input: unknown): string {
  if (isDecimal(input)) return input.toString();
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

/** "between 0 and 1", "greater than 0", "0 or more", "a whole number from 1 to 240". */
export function describeRule(rule: NumberRule): string {
  const { min, max } = rule;
  const kind = rule.integer ? 'a whole number ' : '';
  if (min && max) {
    if (rule.integer) return `${kind}from ${min.value} to ${max.value}`;
    const low = min.exclusive ? `greater than ${min.value}` : `at least ${min.value}`;
    const high = max.exclusive ? `less than ${max.value}` : `at most ${max.value}`;
    return min.exclusive || max.exclusive ? `${low} and ${high}` : `between ${min.value} and ${max.value}`;
  }
  if (min) return min.exclusive ? `${kind}greater than ${min.value}` : `${kind}${min.value} or more`;
  if (max) return max.exclusive ? `${kind}less than ${max.value}` : `${kind}${max.value} or less`;
  return rule.integer ? 'a whole number' : 'a number';
}

function typeHint(rule: NumberRule): string {
  return rule.percent ? 'a fraction like 0.03 or a percent like "3%"' : rule.integer ? 'a whole number' : 'a number';
}

/** What was wrong with a number, as data, so each language can word it: see i18n/problems. */
export interface NumberProblem {
  kind: 'required' | 'type' | 'range';
  rule: NumberRule;
  /** The rejected value as the user wrote it. */
  got: string;
  /** For a fraction above 1 where a percent was likely meant: the number to write with "%". */
  percentOf?: string;
}

/** Checks one value against a rule; returns the exact Decimal, or the message that says how to fix it. */
export function checkNumber(input: unknown, rule: NumberRule): { value: Decimal } | { message: string; problem: NumberProblem } {
  if (input === undefined) return { message: `is required: give ${typeHint(rule)}`, problem: { kind: 'required', rule, got: '' } };
  const value = toDecimal(input, rule.percent ?? false);
  const got = showInput(input);
  if (value === undefined) return { message: `must be ${rule.integer ? describeRule(rule) : typeHint(rule)} (got ${got})`, problem: { kind: 'type', rule, got } };
  const inRange =
    (!rule.min || satisfies(value, rule.min, 'min')) &&
    (!rule.max || satisfies(value, rule.max, 'max')) &&
    (!rule.integer || value.isInteger());
  if (!inRange) {
    // 1.5 where a fraction is wanted is most likely a percent written without its sign.
    const typedPercent = typeof input === 'string' && input.includes('%');
    const percentOf = rule.percent && !typedPercent && value.gt(1) && (!rule.max || rule.max.value <= 1) ? value.toString() : undefined;
    const hint = percentOf ? `; for ${percentOf}% write "${percentOf}%"` : '';
    return { message: `must be ${describeRule(rule)} (got ${got})${hint}`, problem: { kind: 'range', rule, got, percentOf } };
  }
  return { value };
}

function jsonSchemaFor(rule: NumberRule): Record<string, unknown> {
  const num: Record<string, unknown> = { type: rule.integer ? 'integer' : 'number' };
  if (rule.min) num[rule.min.exclusive ? 'exclusiveMinimum' : 'minimum'] = rule.min.value;
  if (rule.max) num[rule.max.exclusive ? 'exclusiveMaximum' : 'maximum'] = rule.max.value;
  const text = { type: 'string', pattern: rule.percent ? PERCENT_PATTERN : DECIMAL_PATTERN };
  return { anyOf: [num, text], description: rule.description };
}

/**
 * A numeric plan field: accepts YAML numbers, numeric text and (for rates) percent
 * text, checks the rule and yields an exact Decimal. The JSON Schema view is attached
 * as metadata so `bizplan schema` can describe what this transform accepts.
 */
export function numberField(rule: NumberRule) {
  return z
    .unknown()
    .transform((input, ctx): Decimal => {
      const result = checkNumber(input, rule);
      if ('value' in result) return result.value;
      ctx.addIssue({ code: 'custom', message: result.message, input, params: { number: result.problem } });
      return z.NEVER;
    })
    .meta(jsonSchemaFor(rule));
}

export const money = (description: string, options: { positive?: boolean } = {}) =>
  numberField({ min: { value: 0, exclusive: options.positive ?? false }, description });

export const count = (description: string) => numberField({ min: { value: 0 }, description });

export const rate = (description: string, min: Bound, max?: Bound) =>
  numberField(max ? { min, max, percent: true, description } : { min, percent: true, description });

export const wholeNumber = (description: string, min: number, max: number) =>
  numberField({ min: { value: min }, max: { value: max }, integer: true, description });

/** Free text. A bare number (`name: 2024`) is taken as its text rather than rejected. */
export const text = (description: string) =>
  z
    .preprocess((input) => (isDecimal(input) ? input.toString() : input), z.string().trim().min(1, 'must not be empty'))
    .meta({ type: 'string', minLength: 1, description });

export const textList = (description: string) => z.array(text(description)).meta({ description });
