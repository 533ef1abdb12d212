import { describe, expect, it } from 'vitest';
import { withUnasked } from '../../src/wizard/draft.js';
import { SECTIONS } from '../../src/wizard/questions.js';

describe('the answered draft', () => {
  const asked = [['name'], ['market', 'size'], ['market', 'trends'], ['checks', 'ltv_to_cac_min']];

  it('keeps what the wizard never asked about, at every depth', () => {
    const start = { version: 1, name: 'Old', milestones: [{ month: 3, goal: 'Launch' }], market: { trends: ['a'], extra: 'kept' }, checks: { ltv_to_cac_min: 3, runway_months_min: 18 } };
    expect(withUnasked(start, { version: 1, name: 'New', market: { trends: ['b'] }, checks: {} }, asked)).toEqual({
      version: 1,
      name: 'New',
      market: { trends: ['b'], extra: 'kept' },
      checks: { runway_months_min: 18 },
      milestones: [{ month: 3, goal: 'Launch' }],
    });
  });

  it('leaves out what an answer removed: a declined group, a skipped optional key', () => {
    const start = { market: { size: { tam: 1, sam: 1, som: 1 } }, checks: { ltv_to_cac_min: 3 } };
    expect(withUnasked(start, { market: {}, checks: {} }, asked)).toEqual({ market: {}, checks: {} });
  });

  it('asks about every top-level key of a plan except milestones, which it keeps', () => {
    const topLevel = new Set(SECTIONS.flatMap((s) => s.questions.map((q) => q.path[0])));
    expect(topLevel.has('milestones')).toBe(false);
    expect(topLevel.has('revenue_model')).toBe(true);
  });
});
