import { describe, expect, it } from 'vitest';
import { parseThresholds } from '../../src/commands/check.js';
import { receiveChecks, sendChecks } from '../../src/shell/parallel-check.js';

describe('thresholds sent to a check worker', () => {
  it('arrive as the very numbers and switches parsed on the main thread', () => {
    const parsed = parseThresholds({
      ltvToCacMin: '3.00000000000000000000000000000000000000000001',
      grossMarginMin: '66.82%',
      fundingGapMax: '0.000000000000001',
      breakEvenMonthMax: '24',
      requireDefaultAlive: true,
    });
    const sent = sendChecks(parsed);
    // Plain strings and booleans: what a worker thread can be handed.
    expect(sent).toEqual({
      ltv_to_cac_min: '3.00000000000000000000000000000000000000000001',
      gross_margin_min: '0.6682',
      funding_gap_max: '0.000000000000001',
      break_even_month_max: '24',
      require_default_alive: true,
    });
    const received = receiveChecks(structuredClone(sent)) as Record<string, unknown>;
    expect(Object.keys(received).sort()).toEqual(Object.keys(parsed).sort());
    for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
      expect([key, String(received[key])]).toEqual([key, String(value)]);
    }
    expect(receiveChecks(sendChecks(parseThresholds({})))).toEqual({});
  });
});
