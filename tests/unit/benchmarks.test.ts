import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/core/calculate.js';
import { aliveBand, burnBand, marginBand, paybackBand, ratioBand } from '../../src/core/finance/benchmarks.js';
import type { ShownMetrics } from '../../src/core/finance/display.js';
import { renderSummary } from '../../src/core/render/summary.js';
import { plainPaint } from '../../src/core/render/paint.js';
import { benchmarkVerdicts } from '../../src/core/verdicts.js';
import { reportFor, templatePlan, templateWith } from '../helpers.js';

// Each boundary just below, on and just above, at the shown precision (4 places) and at the
// precision the band is judged at (the figure as prose shows it).
describe('gross-margin bands', () => {
  it.each([
    ['0.8006', 'aboveSaas'],
    ['0.8005', 'aboveSaas'],
    ['0.8004', 'saas'],
    ['0.8', 'saas'],
    ['0.6', 'saas'],
    ['0.5995', 'saas'],
    ['0.5994', 'ai'],
    ['0.5', 'ai'],
    ['0.4994', 'between'],
    ['0.4005', 'between'],
    ['0.4004', 'aiNative'],
    ['0.4', 'aiNative'],
    ['0.2', 'aiNative'],
    ['0.1995', 'aiNative'],
    ['0.1994', 'low'],
    ['0', 'low'],
    ['-0.5', 'low'],
  ])('%s is %s', (margin, band) => {
    expect(marginBand(margin)).toBe(band);
  });

  it('puts 45% between the AI companies’ and the AI-native ranges, and 89.5% above SaaS', () => {
    expect(marginBand('0.45')).toBe('between');
    expect(marginBand('0.895')).toBe('aboveSaas');
  });
});

describe('LTV:CAC bands', () => {
  it.each([
    ['2.9949', 'misses'],
    ['2.995', 'meets'],
    ['3', 'meets'],
    ['3.0001', 'meets'],
    ['-1', 'misses'],
  ])('%s %s', (ratio, band) => {
    expect(ratioBand(ratio, '100')).toBe(band);
  });

  it('tells apart the two causes of no ratio', () => {
    expect(ratioBand(null, null)).toBe('noChurn');
    expect(ratioBand(null, '100')).toBe('freeAcquisition');
  });
});

describe('CAC payback bands', () => {
  it.each([
    ['11.9', 'within12'],
    ['12', 'within12'],
    ['12.04', 'within12'],
    ['12.05', 'smb'],
    ['12.1', 'smb'],
    ['17.9', 'smb'],
    ['18', 'smb'],
    ['18.1', 'slow'],
    ['35.9', 'slow'],
    ['35.95', 'concern'],
    ['36', 'concern'],
    ['36.1', 'concern'],
    [null, 'never'],
  ])('%s months is %s', (months, band) => {
    expect(paybackBand(months)).toBe(band);
  });
});

describe('burn-multiple bands (David Sacks)', () => {
  it.each([
    ['0.99', 'excellent'],
    ['0.9949', 'excellent'],
    ['0.995', 'good'],
    ['1', 'good'],
    ['1.5', 'good'],
    ['1.5049', 'good'],
    ['1.51', 'suspect'],
    ['2', 'suspect'],
    ['2.01', 'bad'],
    [null, null],
  ])('%s is %s', (multiple, band) => {
    expect(burnBand(multiple)).toBe(band);
  });
});

describe('default alive', () => {
  const shown = (alive: string, runway: string | null) => ({ default_alive: alive, runway_months_without_funding: runway }) as ShownMetrics;
  it('is alive, dead by cash or dead by loss', () => {
    expect(aliveBand(shown('true', null))).toBe('alive');
    expect(aliveBand(shown('false', '17'))).toBe('deadByCash');
    expect(aliveBand(shown('false', null))).toBe('deadByLoss');
  });
});

describe('one sentence per band, wherever it is shown', () => {
  it('never puts a figure in a range it is not in (the 45% example: ARPU 1,086)', async () => {
    const calc = calculate(await templatePlan({ 'revenue_model.arpu_monthly': 1086 }));
    expect(calc.shown.gross_margin).toMatch(/^0\.45/);
    const margin = benchmarkVerdicts(calc).find((v) => v.topic === 'margin');
    expect(margin?.band).toBe('between');
    expect(margin?.text).toMatch(/^Gross margin 45(\.\d)?%: below the 50–60% .* above the 20–40% /);
  });

  it('the summary and the report print the very sentences the wizard prints', async () => {
    for (const language of ['en', 'zh'] as const) {
      const text = await templateWith({ 'revenue_model.arpu_monthly': 1086, language });
      const calc = calculate(await templatePlan({ 'revenue_model.arpu_monthly': 1086, language }));
      const summary = renderSummary(calc, plainPaint);
      const report = (await reportFor(text, '2026-11-29', language)).replaceAll('\\', '');
      const verdicts = benchmarkVerdicts(calc);
      expect(verdicts).toHaveLength(5);
      for (const v of verdicts) {
        expect(summary).toContain(`  • ${v.text}\n`);
        expect(report).toContain(`- ${v.text}\n`);
      }
    }
  });
});
