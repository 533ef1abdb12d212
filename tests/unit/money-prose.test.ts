import { describe, expect, it } from 'vitest';
import { formatter, joinAbout } from '../../src/core/format.js';

const en = formatter('en-US', 'USD');
const zh = formatter('zh-CN', 'CNY');
const zhUsd = formatter('zh-CN', 'USD');

describe('money in prose', () => {
  it.each([
    ['999.994', '$999.99', '¥999.99'],
    ['999.995', '$1,000', '¥1,000'],
    ['1000', '$1,000', '¥1,000'],
    ['430000.4', '$430,000', '¥430,000'],
    ['999999.4', '$999,999', '¥999,999'],
    ['999999.5', '$1M', '约 100 万元'],
    ['1000000', '$1M', '100 万元'],
    ['7317867.25', '$7.32M', '约 732 万元'],
    ['1120000', '$1.12M', '112 万元'],
    ['99940000', '$99.9M', '约 9,990 万元'],
    ['99950000', '$100M', '约 1 亿元'],
    ['100000000', '$100M', '1 亿元'],
    ['500000000', '$500M', '5 亿元'],
    ['3600000000', '$3.6B', '36 亿元'],
    ['-7317867.25', '-$7.32M', '约 -732 万元'],
  ])('%s reads %s and %s', (amount, english, chinese) => {
    expect(en.moneyProse(amount)).toBe(english);
    expect(zh.moneyProse(amount)).toBe(chinese);
  });

  it('names a foreign currency in Chinese', () => {
    expect(zhUsd.moneyProse('5004000')).toBe('约 500 万美元');
    expect(formatter('zh-CN', 'CHF').moneyProse('5000000')).toBe('500 万 CHF');
  });

  it('joins 约 to the Chinese word before it, and nothing else', () => {
    expect(joinAbout('至少还需融资 约 176 万美元')).toBe('至少还需融资约 176 万美元');
    expect(joinAbout('raise 约 1')).toBe('raise 约 1');
  });
});
