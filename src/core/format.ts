import { Decimal } from 'decimal.js';

/** Exact decimal text, a Decimal, or a number that is exactly what it prints as (a count, a month). */
type Amount = Decimal | string | number;

export interface Formatter {
  /** Money in the plan's currency, to the cent. */
  money: (amount: Amount) => string;
  /** Money rounded to whole units, for wide tables and charts. */
  moneyWhole: (amount: Amount) => string;
  /**
   * Money in a sentence, as people write it: cents below 1,000, whole units below a million,
   * three significant figures above (`$7.32M`; in Chinese `约 732 万元`, `5 亿元`).
   */
  moneyProse: (amount: Amount) => string;
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
/** "融资 约 176 万美元" reads "融资约 176 万美元": 约 joins the Chinese word before it. */
export function joinAbout(text: string): string {
  return text.replace(/(\p{Script=Han}) 约 /gu, '$1约 ');
}

/** The currency's name after a Chinese amount: 万元, 万美元. */
const CHINESE_CURRENCY: Record<string, string> = { CNY: '元', USD: '美元', EUR: '欧元', JPY: '日元', GBP: '英镑', HKD: '港元', TWD: '新台币', SGD: '新加坡元' };

/** Three significant figures, half-up, without trailing zeros after the point: 7.317867 -> 7.32, 5.004 -> 5. */
const threeFigures = (value: Decimal) => value.toSignificantDigits(3, Decimal.ROUND_HALF_UP);

/**
 * Intl's number formats by locale, currency and use, made once a process: making one costs
 * tens of microseconds, about what checking a whole plan costs, and they never change.
 */
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

export function formatter(locale: string, currency: string): Formatter {
  const get = (key: string, options: Intl.NumberFormatOptions) => {
    const id = `${locale} ${currency} ${key}`;
    let format = NUMBER_FORMATS.get(id);
    if (!format) {
      // Intl's default rounding is half away from zero, the same half-up as every other figure.
      format = new Intl.NumberFormat(locale, options);
      NUMBER_FORMATS.set(id, format);
    }
    return format;
  };
  const whole = (amount: Amount) => get('whole', { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(text(amount));
  const money = (amount: Amount) => get('money', { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(text(amount));
  const grouped = (value: Decimal) => get('grouped', { maximumFractionDigits: 20 }).format(value.toFixed() as `${number}`);
  const moneyProse = (amount: Amount) => {
    const value = new Decimal(typeof amount === 'number' ? String(amount) : amount);
    const size = value.abs();
    if (size.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).lt(1000)) return money(value.toFixed());
    if (size.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).lt(1_000_000)) return whole(value.toFixed());
    if (locale.startsWith('zh')) {
      // 9,995 万 rounds to 1 亿, never to 10,000 万.
      const inWan = threeFigures(size.div(10_000)).gte(10_000);
      const [unit, scale] = inWan ? ['亿', 100_000_000] : ['万', 10_000];
      const scaled = value.div(scale);
      const shown = threeFigures(scaled);
      const about = shown.eq(scaled) ? '' : '约 ';
      return `${about}${grouped(shown)} ${unit}${CHINESE_CURRENCY[currency] ?? ` ${currency}`}`;
    }
    return get('compact', { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 3 }).format(text(value.toFixed()));
  };
  return {
    moneyProse,
    money,
    moneyWhole: whole,
    moneyExact: (amount) => get('exact', { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 20 }).format(text(amount)),
    percent: (fraction, digits = 1) => get(`percent${digits}`, { style: 'percent', maximumFractionDigits: digits }).format(text(fraction)),
    number: (value, digits = 1) => get(`number${digits}`, { maximumFractionDigits: digits }).format(text(value)),
  };
}
