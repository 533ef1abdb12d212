import { isDecimal, readDecimalText } from '../core/decimal.js';

/**
 * Numbers as founders type them: `5,000,000`, `5 000 000`, `$5B`, `5 billion`, `1.2万`, `3 percent`.
 * Only the wizard reads them: the plan file stays strict, and gets the plain digits this finds.
 */

/** Currency signs and codes a number may start (or end) with; the plan's own currency is the one it means. */
const CURRENCY = /^(?:US\$|[$€£¥￥₹₩₽₺₪₫฿₱]|[A-Z]{3}(?=[\s\d.]))\s*|\s*(?:[$€£¥￥₹₩₽₺₪₫฿₱]|元|[A-Z]{3})$/u;

/** Multipliers by the word or letter after the digits. Case matters only where it must: `m` and `M` both mean million. */
const SCALES: ReadonlyArray<[RegExp, number]> = [
  [/^(?:k|thousand|千)$/i, 3],
  [/^(?:m|mm|mn|million|mio)$/i, 6],
  [/^(?:b|bn|billion)$/i, 9],
  [/^(?:t|tn|trillion)$/i, 12],
  [/^万$/u, 4],
  [/^亿$/u, 8],
  [/^万亿$/u, 12],
  // A multiplier or ratio typed as `2x` or `3倍`.
  [/^(?:x|×|倍)$/iu, 0],
];

/** Digits grouped by commas, spaces (plain, no-break, thin) or apostrophes, then an optional fraction. */
const GROUPED = /^(\d{1,3}(?:([,\s\u00a0\u202f'])\d{3})(?:\2\d{3})*|\d+)(\.\d+)?$/u;
const PLAIN = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const PERCENT = /^(.*?)\s*(?:%|％|percent|per cent|pct)$/iu;

export interface TypedNumber {
  /** Plain decimal text for the plan: `5000000000`, or for a percent `3%`. */
  text: string;
  /** The value as a plain number (a percent as its fraction), for showing it back. */
  value: string;
  /** Whether what was typed differed from the plain text written. */
  reinterpreted: boolean;
}

/** Splits `5.2 billion` into the digits and the scale word; undefined when the word is unknown. */
function scaled(body: string): { digits: string; exponent: number } | undefined {
  const match = /^(.*?\d)\s*([^\d\s.,]+)$/u.exec(body);
  if (!match) return { digits: body, exponent: 0 };
  const [, digits = '', word = ''] = match;
  const scale = SCALES.find(([pattern]) => pattern.test(word));
  return scale ? { digits, exponent: scale[1] } : undefined;
}

/** Digits with their thousands separators taken out, or undefined when the grouping is not a thousands grouping. */
function ungrouped(digits: string): string | undefined {
  if (PLAIN.test(digits)) return digits;
  const match = GROUPED.exec(digits);
  return match ? `${(match[1] ?? '').replace(/[,\s\u00a0\u202f']/gu, '')}${match[3] ?? ''}` : undefined;
}

/**
 * Reads a number typed at a numeric question; undefined when it is not one, so the schema's
 * own message can say what is wanted. `percent` allows percent text (`3%`, `3 percent`).
 */
export function readTypedNumber(typed: string, options: { percent: boolean }): TypedNumber | undefined {
  const trimmed = typed.trim().normalize('NFKC').replace(/\s+/gu, ' ');
  let body = trimmed;
  let sign = '';
  if (/^[-+]/.test(body)) {
    sign = body.startsWith('-') ? '-' : '';
    body = body.slice(1).trimStart();
  }
  const percentMatch = options.percent ? PERCENT.exec(body) : null;
  const isPercent = percentMatch !== null;
  if (percentMatch) body = percentMatch[1] ?? '';
  else body = body.replace(CURRENCY, '');
  if (/^[-+]/.test(body) && sign === '') {
    sign = body.startsWith('-') ? '-' : '';
    body = body.slice(1).trimStart();
  }
  const parts = scaled(body.trim());
  if (!parts) return undefined;
  const digits = ungrouped(parts.digits.trim());
  if (digits === undefined) return undefined;
  // Scaling by a power of ten moves the point: exact, and judged against the plan bounds before any digit is spelt out.
  if (parts.exponent !== 0 && /e/i.test(digits)) return undefined;
  const number = readDecimalText(parts.exponent === 0 ? `${sign}${digits}` : `${sign}${digits}e${String(parts.exponent)}`);
  // Beyond the bounds, the schema's own message on the text as typed says more than any reading of it.
  if (!isDecimal(number)) return undefined;
  const plain = number.toString();
  const text = isPercent ? `${plain}%` : plain;
  const value = isPercent ? number.div(100).toString() : plain;
  return { text, value, reinterpreted: text !== typed.trim() };
}

/** Fraction digits enough to show every digit of a value: the echo never rounds what was typed. */
function allDigits(value: string, shift = 0): number {
  const fraction = /\.(\d+)$/.exec(value)?.[1] ?? '';
  return Math.min(100, Math.max(0, fraction.length - shift));
}

/**
 * A typed number shown back as understood: `= $5,000,000,000 a year`, `= 3% a month`,
 * with every digit, in the plan's currency and the wizard's language.
 */
export function echoTypedNumber(
  read: TypedNumber,
  how: { locale: string; currency: string; unit: (amount: string) => string; kind: 'money' | 'percent' | 'plain' },
): string {
  const { locale, currency, kind } = how;
  const shown =
    kind === 'money'
      ? new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: allDigits(read.value) })
      : kind === 'percent'
        ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: allDigits(read.value, 2) })
        : new Intl.NumberFormat(locale, { maximumFractionDigits: allDigits(read.value) });
  return `= ${how.unit(shown.format(read.value as `${number}`))}`;
}
