import type { Decimal } from 'decimal.js';

/** Exact decimal text, a Decimal, or a number that is exactly what it prints as (a count, a month). */
type Amount = Decimal | string | number;

export interface Formatter {
  /** Money in the plan's currency, to the cent. */
  money: (amount: Amount) => string;
  /** Money rounded to whole units, for wide tables and charts. */
  moneyWhole: (amount: Amount) => string;
  /** Money with exactly the digits it has, as an input was written: $1,800, $0.075. */
  moneyExact: (amount: Amount) => string;
  /** A fraction as a percent with up to `digits` decimals: 0.6682 -> 66.8%. */
  percent: (fraction: Amount, digits?: number) => string;
  /** A plain number with up to `digits` decimals and grouping: 1109.53 -> 1,109.5. */
  number: (value: Amount, digits?: number) => string;
}

/** Exact decimal text for Intl, which formats numeric strings without going through a float. */
const text = (amount: Amount) => (typeof amount === 'string' ? amount : String(amount)) as `${number}`;

/**
 * Number formats for one language and currency. Each Intl formatter is built on first
 * use: loading a locale's number data is the slowest step of a run that needs none.
 */
export function formatter(locale: string, currency: string): Formatter {
  const cache = new Map<string, Intl.NumberFormat>();
  const get = (key: string, options: Intl.NumberFormatOptions) => {
    let format = cache.get(key);
    if (!format) {
      // Intl's default rounding is half away from zero, the same half-up as every other figure.
      format = new Intl.NumberFormat(locale, options);
      cache.set(key, format);
    }
    return format;
  };
  return {
    money: (amount) => get('money', { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(text(amount)),
    moneyWhole: (amount) => get('whole', { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(text(amount)),
    moneyExact: (amount) => get('exact', { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 20 }).format(text(amount)),
    percent: (fraction, digits = 1) => get(`percent${digits}`, { style: 'percent', maximumFractionDigits: digits }).format(text(fraction)),
    number: (value, digits = 1) => get(`number${digits}`, { maximumFractionDigits: digits }).format(text(value)),
  };
}
