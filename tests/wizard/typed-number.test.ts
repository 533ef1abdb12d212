import { describe, expect, it } from 'vitest';
import { echoTypedNumber, readTypedNumber } from '../../src/wizard/typed-number.js';

const plain = (typed: string) => readTypedNumber(typed, { percent: false })?.text;
const rate = (typed: string) => readTypedNumber(typed, { percent: true });

describe('numbers as people type them in the wizard', () => {
  it('takes thousands separators, currency signs and codes, and scale words', () => {
    expect(plain('5,000,000,000')).toBe('5000000000');
    expect(plain('5 000 000')).toBe('5000000');
    expect(plain('5\u00a0000\u00a0000')).toBe('5000000');
    expect(plain("1'250'000.5")).toBe('1250000.5');
    expect(plain('$5B')).toBe('5000000000');
    expect(plain('5 billion')).toBe('5000000000');
    expect(plain('$2.5M')).toBe('2500000');
    expect(plain('2.5m')).toBe('2500000');
    expect(plain('USD 12k')).toBe('12000');
    expect(plain('€1,200')).toBe('1200');
    expect(plain('1,200 €')).toBe('1200');
    expect(plain('0.000123k')).toBe('0.123');
    expect(plain('3x')).toBe('3');
  });

  it('takes the Chinese scales 万 and 亿, with or without 元 and ¥', () => {
    expect(plain('1.2亿')).toBe('120000000');
    expect(plain('¥3亿')).toBe('300000000');
    expect(plain('50万元')).toBe('500000');
    expect(plain('５万')).toBe('50000');
  });

  it('takes percent text where a rate is asked, and only there', () => {
    expect(rate('3 percent')).toEqual({ text: '3%', value: '0.03', reinterpreted: true });
    expect(rate('2.5%')).toEqual({ text: '2.5%', value: '0.025', reinterpreted: false });
    expect(rate('3％')).toEqual({ text: '3%', value: '0.03', reinterpreted: true });
    expect(plain('3%')).toBeUndefined();
  });

  it('leaves plain numbers as they are, and says they were not reinterpreted', () => {
    expect(readTypedNumber('2400', { percent: false })).toEqual({ text: '2400', value: '2400', reinterpreted: false });
    expect(readTypedNumber(' 0.5 ', { percent: false })).toEqual({ text: '0.5', value: '0.5', reinterpreted: false });
  });

  it('refuses what is not a number or is grouped oddly, so the schema can say what is wanted', () => {
    for (const typed of ['lots', '5,00', '1,2345', '1.234.567', '5 apples', '$', '', 'k', '1e3k', '5,000.000.1']) expect(plain(typed), typed).toBeUndefined();
  });

  it('keeps a number beyond the plan bounds for the schema to refuse, never spelling out its digits', () => {
    expect(plain('1e999999999999')).toBeUndefined();
    expect(plain('2000000 billion')).toBeUndefined();
    expect(plain('1000 trillion')).toBe('1000000000000000');
  });

  it('echoes the value understood with every digit, in the plan\'s currency and unit', () => {
    const money = { locale: 'en-US', currency: 'USD', kind: 'money' as const, unit: (c: string) => `${c} a year` };
    expect(echoTypedNumber(readTypedNumber('$5B', { percent: false })!, money)).toBe('= $5,000,000,000 a year');
    expect(echoTypedNumber(readTypedNumber('1,234.567', { percent: false })!, money)).toBe('= $1,234.567 a year');
    expect(echoTypedNumber(readTypedNumber('1.2亿', { percent: false })!, { ...money, locale: 'zh-CN', currency: 'CNY', unit: (c) => `${c}/年` })).toBe('= ¥120,000,000/年');
    expect(echoTypedNumber(rate('2.75 percent')!, { locale: 'en-US', currency: 'USD', kind: 'percent', unit: (c) => `${c} a month` })).toBe('= 2.75% a month');
    expect(echoTypedNumber(readTypedNumber('12k', { percent: false })!, { locale: 'en-US', currency: 'USD', kind: 'plain', unit: (c) => `${c} customers` })).toBe('= 12,000 customers');
  });
});
