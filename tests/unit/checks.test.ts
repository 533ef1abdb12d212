import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { evaluateChecks } from '../../src/core/finance/checks.js';
import type { ShownMetrics } from '../../src/core/finance/display.js';
import { METRIC_KEYS } from '../../src/core/finance/metrics.js';

const shown = (values: Partial<ShownMetrics>): ShownMetrics => ({ ...(Object.fromEntries(METRIC_KEYS.map((k) => [k, '0'])) as ShownMetrics), ...values });
const verdicts = (checks: Record<string, number | boolean>, values: Partial<ShownMetrics>, contributionPositive = true, burning = true) =>
  evaluateChecks(
    Object.fromEntries(Object.entries(checks).map(([k, v]) => [k, typeof v === 'boolean' ? v : new Dec(v)])),
    shown(values),
    { contributionPositive, burning },
  ).map((c) => [c.name, c.actual, c.pass]);

describe('plan checks', () => {
  it('leaves out a check with no limit', () => {
    expect(verdicts({}, {})).toEqual([]);
  });

  it('compares at the limit inclusively, on the figure as shown', () => {
    expect(verdicts({ ltv_to_cac_min: 3, cac_payback_months_max: 12 }, { ltv_to_cac: '3', cac_payback_months: '12' })).toEqual([
      ['ltv_to_cac_min', '3', true],
      ['cac_payback_months_max', '12', true],
    ]);
    expect(verdicts({ ltv_to_cac_min: 3, cac_payback_months_max: 12 }, { ltv_to_cac: '2.9999', cac_payback_months: '12.0001' })).toEqual([
      ['ltv_to_cac_min', '2.9999', false],
      ['cac_payback_months_max', '12.0001', false],
    ]);
  });

  it('passes runway_months_min when cash lasts past the horizon', () => {
    expect(verdicts({ runway_months_min: 18 }, { runway_months: null })).toEqual([['runway_months_min', null, true]]);
    expect(verdicts({ runway_months_min: 18 }, { runway_months: '17' })).toEqual([['runway_months_min', '17', false]]);
  });

  it('fails break_even_month_max when there is no break-even within the horizon', () => {
    expect(verdicts({ break_even_month_max: 30 }, { break_even_month: null })).toEqual([['break_even_month_max', null, false]]);
    expect(verdicts({ break_even_month_max: 30 }, { break_even_month: '30' })).toEqual([['break_even_month_max', '30', true]]);
  });

  it('judges a null LTV:CAC (CAC of 0) by whether customers contribute, and a null payback as never', () => {
    expect(verdicts({ ltv_to_cac_min: 3 }, { ltv_to_cac: null }, true)).toEqual([['ltv_to_cac_min', null, true]]);
    expect(verdicts({ ltv_to_cac_min: 3 }, { ltv_to_cac: null }, false)).toEqual([['ltv_to_cac_min', null, false]]);
    expect(verdicts({ cac_payback_months_max: 12 }, { cac_payback_months: null }, false)).toEqual([['cac_payback_months_max', null, false]]);
  });
});
