import { Decimal } from 'decimal.js';

/**
 * The one Decimal constructor bizplan computes with. Forty significant digits keep
 * a 240-month compounding projection exact to far below a cent, and the wide
 * exponent bounds stop toString() from switching to scientific notation, so a
 * figure's text is always plain digits a spreadsheet can read.
 */
export const Dec = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

export type Dec = Decimal;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);

export function isDecimal(value: unknown): value is Decimal {
  return Decimal.isDecimal(value);
}

/**
 * A plan's numbers are at most 10^15 in size, and nonzero ones at least 10^-15
 * (FORMULAS.md, "Showing figures"). Past that, `1e999999999` is a number decimal.js
 * holds cheaply but whose digits (toString, and any sum that spells them out) take
 * gigabytes; and past decimal.js's own exponent limits it turns silently into
 * Infinity or 0. So sizes are judged from the exponent, before any digit is made.
 */
export const MAX_EXPONENT = 15;
export const MIN_EXPONENT = -15;
const MAX_SIZE = new Dec(10).pow(MAX_EXPONENT);

/** Which way a number leaves the bounds. */
export type OutOfBounds = 'large' | 'small';

/**
 * A number written in a plan beyond the bounds, kept as its own text and never
 * expanded: the schema refuses it with that text, and a text field takes it as is.
 */
export class NumberBeyondBounds {
  constructor(
    readonly source: string,
    readonly side: OutOfBounds,
  ) {}

  toString(): string {
    return this.source;
  }

  toJSON(): string {
    return this.source;
  }
}

/** Whether a finite Decimal is out of bounds, from its exponent: never spells out its digits. */
export function boundsOf(value: Decimal): OutOfBounds | undefined {
  if (value.isZero()) return undefined;
  // `e` is the exponent of the leading digit: floor(log10(|value|)).
  if (value.e > MAX_EXPONENT) return 'large';
  if (value.e === MAX_EXPONENT) return value.abs().gt(MAX_SIZE) ? 'large' : undefined;
  return value.e < MIN_EXPONENT ? 'small' : undefined;
}

/** An exponent this long can outweigh any mantissa a file can hold: its sign alone decides. */
const HUGE_EXPONENT_DIGITS = 12;

const isDigit = (c: number) => c >= 48 && c <= 57;
const SMALL_WHOLE = /^[-+]?\d{1,7}$/;

/**
 * floor(log10(|value|)) of plain decimal text, as YAML would hold it: an optional sign, digits
 * with an optional point (a digit at least), an optional exponent; that is
 * /^[-+]?\d*(\.\d*)?([eE][-+]?\d+)?$/. Null for zero (whatever its exponent), undefined for
 * anything else. Read in one pass, making nothing: a plan holds a hundred numbers, and a
 * thousand plans are read at once.
 */
function decimalExponent(text: string): number | null | undefined {
  // Every read below stays inside the text: a read past its end costs V8 its optimized code.
  const end = text.length;
  if (end === 0) return undefined;
  let i = text.charCodeAt(0) === 43 || text.charCodeAt(0) === 45 ? 1 : 0;
  const wholeStart = i;
  let first = -1;
  for (; i < end && isDigit(text.charCodeAt(i)); i += 1) if (first < 0 && text.charCodeAt(i) !== 48) first = i;
  const wholeEnd = i;
  let digits = wholeEnd - wholeStart;
  if (i < end && text.charCodeAt(i) === 46) {
    const fractionStart = (i += 1);
    for (; i < end && isDigit(text.charCodeAt(i)); i += 1) if (first < 0 && text.charCodeAt(i) !== 48) first = i;
    digits += i - fractionStart;
  }
  if (digits === 0) return undefined;
  let sign = 1;
  let significant = i;
  if (i < end) {
    if (text.charCodeAt(i) !== 101 && text.charCodeAt(i) !== 69) return undefined;
    i += 1;
    if (i < end && text.charCodeAt(i) === 45) sign = -1;
    if (i < end && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 45)) i += 1;
    const exponentStart = i;
    for (; i < end && text.charCodeAt(i) === 48; i += 1);
    significant = i;
    for (; i < end && isDigit(text.charCodeAt(i)); i += 1);
    if (i !== end || i === exponentStart) return undefined;
  }
  if (first < 0) return null;
  // Where the first significant digit sits: 10^(n-1) for the n-th digit before the point, 10^-k for the k-th after it.
  const lead = first < wholeEnd ? wholeEnd - first - 1 : wholeEnd - first;
  if (end - significant > HUGE_EXPONENT_DIGITS) return sign * Infinity;
  return significant === end ? lead : lead + sign * Number(text.slice(significant));
}

/**
 * Reads plain decimal text exactly, judging its size from the text first, so
 * `1e999999999999` costs as little as `1e3`. Undefined for anything that is not a
 * plain finite number.
 */
export function readDecimalText(text: string): Decimal | NumberBeyondBounds | undefined {
  const trimmed = text.trim();
  // Most of a plan's numbers are whole and short: decimal.js makes one of up to seven digits (or
  // a zero, of either sign) from the number, to the very digits it reads from the text, without
  // reading text. Tried first, by a pattern, which is quick even before V8 has compiled the loop below.
  if (SMALL_WHOLE.test(trimmed)) return new Dec(Number(trimmed));
  const exponent = decimalExponent(trimmed);
  if (exponent === undefined) return undefined;
  // Zero from the number, not the text: decimal.js reads "0" past its end, which costs V8 its optimized code.
  if (exponent === null) return new Dec(trimmed.charCodeAt(0) === 45 ? -0 : 0);
  if (exponent > MAX_EXPONENT) return new NumberBeyondBounds(trimmed, 'large');
  if (exponent < MIN_EXPONENT) return new NumberBeyondBounds(trimmed, 'small');
  const value = new Dec(trimmed);
  return boundsOf(value) ? new NumberBeyondBounds(trimmed, 'large') : value;
}

/** Parses decimal text exactly; returns undefined for anything that is not a plain finite number. */
export function parseDecimalText(text: string): Decimal | undefined {
  const value = readDecimalText(text);
  return isDecimal(value) ? value : undefined;
}

/** A Decimal as short text for a message: its digits when few, else `1.5e20`. */
export function showDecimal(value: Decimal): string {
  if (!value.isFinite() || (value.e >= -20 && value.e <= 40)) return value.toString();
  return value.toExponential().replace('e+', 'e');
}

/** Places a value is rounded to before any comparison or ceil() (FORMULAS.md, "Showing figures"). */
export const COMPARE_PLACES = 20;

/**
 * A value as comparisons and ceil() see it: rounded half-up to 20 decimal places, so
 * rounding noise in the 40th digit never moves a month or a count.
 */
export function forComparison(value: Decimal): Decimal {
  return value.toDecimalPlaces(COMPARE_PLACES, Decimal.ROUND_HALF_UP);
}

/**
 * The sign of `forComparison(value)` (-1, 0 or 1; NaN for NaN, so that `< 0`, `>= 0` and the
 * rest are all false, as Decimal's own comparisons of NaN are), without rounding when the sign
 * is clear. A value at least 10^-20 in size rounds to one at least 10^-20 in size, of the
 * same sign (10^-20 is itself a multiple of the last place kept); only a smaller one can
 * round to 0, and that one is rounded. The projection asks this of every month.
 */
export function signAsCompared(value: Decimal): number {
  if (value.isNaN()) return NaN;
  if (value.isZero()) return 0;
  if (value.e >= -COMPARE_PLACES) return value.isNegative() ? -1 : 1;
  const rounded = forComparison(value);
  return rounded.isZero() ? 0 : rounded.isNegative() ? -1 : 1;
}

/** Whether a value has no digit past the 20th place, so rounding for a comparison leaves it as it is. */
const keptByRounding = (value: Decimal) => value.decimalPlaces() <= COMPARE_PLACES;

/**
 * `forComparison(value).lt(bound)`, rounding only when it can matter. Rounding never reverses
 * an order and leaves a bound with at most 20 places as it is, so a value at or above such a
 * bound rounds to at or above it: no rounding needed to say no.
 */
export function isBelowAsCompared(value: Decimal, bound: Decimal): boolean {
  if (keptByRounding(bound) && value.gte(bound)) return false;
  return forComparison(value).lt(bound);
}

/**
 * `forComparison(value).gt(bound)`, rounding only when it can matter (see isBelowAsCompared).
 * A positive value with fewer digits before the point than a bound above 0 is below
 * 10^(value.e + 1), which rounding reaches at most and the bound at least: no comparison
 * needed to say no (warnings ask this of every month).
 */
export function isAboveAsCompared(value: Decimal, bound: Decimal): boolean {
  if (value.s === 1 && bound.s === 1 && value.e < bound.e && !bound.isZero()) return false;
  if (keptByRounding(bound) && value.lte(bound)) return false;
  return forComparison(value).gt(bound);
}
