import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { problemZh } from '../../src/core/i18n/problems-zh.js';
import { wizardEn } from '../../src/core/i18n/wizard-en.js';
import { wizardZh } from '../../src/core/i18n/wizard-zh.js';
import { downsideAnswersFrom, downsideAnswersSchema, downsideSet, type BaseFigure } from '../../src/core/whatif/downside.js';
import { checkDownsideAnswer, downsideEntry, withDownside } from '../../src/wizard/downside.js';

const figures = (entries: Record<string, string>): BaseFigure => (path) => (entries[path] === undefined ? undefined : new Dec(entries[path]));

const BASE = {
  'growth.new_customers_monthly': '12',
  'revenue_model.churn_monthly': '0.025',
  'revenue_model.inference.input_price_per_million': '1.00',
  'revenue_model.inference.output_price_per_million': '4',
};

describe('the downside scenario from three quick answers', () => {
  it('makes each figure worse by its share of the plan\'s figure, exactly', () => {
    const answers = downsideAnswersSchema.parse({ slower_growth: '25%', higher_churn: '50%', pricier_tokens: '20%' });
    expect(downsideSet(figures(BASE), answers)).toEqual({
      'growth.new_customers_monthly': '9',
      'revenue_model.churn_monthly': '3.75%',
      'revenue_model.inference.input_price_per_million': '1.2',
      'revenue_model.inference.output_price_per_million': '4.8',
    });
  });

  it('caps churn at 100%, as the tornado clamps it, and writes nothing for an answer of 0', () => {
    const answers = downsideAnswersSchema.parse({ slower_growth: '0%', higher_churn: '5000%', pricier_tokens: '0' });
    expect(downsideSet(figures(BASE), answers)).toEqual({ 'revenue_model.churn_monthly': '100%' });
  });

  it('raises only the token prices the plan gives, and none without the question', () => {
    const answers = downsideAnswersSchema.parse({ slower_growth: '100%', higher_churn: '10%' });
    expect(downsideSet(figures({ ...BASE, 'revenue_model.inference.cached_input_price_per_million': '0.1' }), answers)).toEqual({
      'growth.new_customers_monthly': '0',
      'revenue_model.churn_monthly': '2.75%',
    });
    const tokens = downsideAnswersSchema.parse({ slower_growth: '10%', higher_churn: '10%', pricier_tokens: '50%' });
    expect(downsideSet(figures({ ...BASE, 'revenue_model.inference.cached_input_price_per_million': '0.1' }), tokens)['revenue_model.inference.cached_input_price_per_million']).toBe('0.15');
  });

  it('keeps each figure within what a plan can hold, so an extreme answer never writes a plan its loader refuses', () => {
    const answers = downsideAnswersSchema.parse({ slower_growth: '0.9999999999999999999', higher_churn: '10%', pricier_tokens: '1e15' });
    expect(downsideSet(figures(BASE), answers)).toEqual({
      'growth.new_customers_monthly': '0',
      'revenue_model.churn_monthly': '2.75%',
      'revenue_model.inference.input_price_per_million': '1000000000000000',
      'revenue_model.inference.output_price_per_million': '1000000000000000',
    });
  });

  it('reads an entry it wrote back as the answers that made it', () => {
    const base = figures(BASE);
    expect(downsideAnswersFrom(base, new Dec('9'), 'growth.new_customers_monthly', 'slower_growth')).toBe('25%');
    expect(downsideAnswersFrom(base, new Dec('0.0375'), 'revenue_model.churn_monthly', 'higher_churn')).toBe('50%');
    expect(downsideAnswersFrom(base, new Dec('4.8'), 'revenue_model.inference.output_price_per_million', 'pricier_tokens')).toBe('20%');
    // A hand-written entry that makes the figure better is no answer the wizard could give.
    expect(downsideAnswersFrom(base, new Dec('20'), 'growth.new_customers_monthly', 'slower_growth')).toBeUndefined();
    expect(downsideAnswersFrom(base, undefined, 'growth.new_customers_monthly', 'slower_growth')).toBeUndefined();
  });

  it('checks each typed answer with its zod rule, in the wizard\'s language', () => {
    const en = () => undefined;
    expect(checkDownsideAnswer('slower_growth', '25 percent', en)).toBe(true);
    expect(checkDownsideAnswer('slower_growth', '0.3', en)).toBe(true);
    expect(checkDownsideAnswer('slower_growth', '150%', en)).toBe('must be between 0 and 1 (got "150%")');
    expect(checkDownsideAnswer('higher_churn', '-5%', en)).toBe('must be 0 or more (got "-5%")');
    expect(checkDownsideAnswer('higher_churn', 'lots', en)).toBe('must be a fraction like 0.03 or a percent like "3%" (got "lots")');
    expect(checkDownsideAnswer('higher_churn', '-5%', problemZh)).toBe('必须是不小于 0 的数（当前为 "-5%"）');
  });

  it('writes the entry in the plan\'s language, keeps its probability, and leaves other scenarios alone', () => {
    const plan = {
      growth: { new_customers_monthly: new Dec('12') },
      revenue_model: { churn_monthly: '2.5%' },
      scenarios: { upside: { set: { 'revenue_model.arpu_monthly': 2200 } }, downside: { probability: '25%', set: {} } },
    };
    const typed = { slower_growth: '25%', higher_churn: '50%' };
    const entry = downsideEntry(plan, typed, wizardZh.downside, plan.scenarios.downside);
    expect(entry).toEqual({
      description: '新增客户减少 25%，流失率提高 50%',
      probability: '25%',
      set: { 'growth.new_customers_monthly': '9', 'revenue_model.churn_monthly': '3.75%' },
    });
    expect(downsideEntry(plan, typed, wizardEn.downside).description).toBe('New customers 25% fewer, churn 50% higher');
    expect(withDownside(plan, entry).scenarios).toEqual({ upside: plan.scenarios.upside, downside: entry });
  });
});
