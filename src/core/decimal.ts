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

/** Plain decimal text, as YAML would hold it: digits, an optional sign, point and exponent. */
const DECIMAL_TEXT = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Parses decimal text exactly; returns undefined for anything that is not a plain finite number. */
export function parseDecimalText(text: string): Decimal | undefined {
  const trimmed = text.trim();
  return DECIMAL_TEXT.test(trimmed) ? new Dec(trimmed) : undefined;
}
