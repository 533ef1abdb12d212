import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/finance/metrics.js';
import { showMetrics } from '../../src/core/finance/display.js';
import { templatePlan } from '../helpers.js';

const codes = async (changes: Record<string, unknown>) => analyze(await templatePlan(changes)).warnings.map((w) => w.code);

describe('sanity warnings', () => {
  it('warns when the run-rate revenue at the horizon passes the SOM, not when it equals it', async () => {
    const arr = showMetrics(analyze(await templatePlan()).metrics).arr_end as string;
    expect(await codes({ 'market.size.som': arr })).not.toContain('arr_past_som');
    // One cent below the ARR: the SOM is passed.
    const below = (Number(arr) - 0.01).toFixed(2);
    const warnings = analyze(await templatePlan({ 'market.size.som': below })).warnings;
    expect(warnings.find((w) => w.code === 'arr_past_som')).toMatchObject({ code: 'arr_past_som' });
    expect(await codes({ 'market.size': undefined })).not.toContain('arr_past_som');
  });

  it('warns when customers pass the named segments, naming the first month', async () => {
    const segments = [{ name: 'Only', customers: 50 }];
    const plan = await templatePlan({ 'target_market.segments': segments, 'target_market.primary_segment': 'Only' });
    const analysis = analyze(plan);
    const first = analysis.projection.find((m) => m.customers.gt(50));
    expect(analysis.warnings.find((w) => w.code === 'customers_past_segments')).toMatchObject({ month: first?.month });
    // The template's segments (84,000 potential customers) are never passed.
    expect(await codes({})).not.toContain('customers_past_segments');
  });

  it('warns when customers grow tenfold while fixed costs stay flat, and not when someone is hired', async () => {
    const flat = { 'resources.hires': undefined, 'resources.planned_costs': undefined, 'compute.training_runs': undefined };
    const analysis = analyze(await templatePlan(flat));
    const growth = analysis.warnings.find((w) => w.code === 'flat_fixed_costs');
    expect(growth).toBeDefined();
    expect(analysis.projection.at(-1)?.customers.div(40).toFixed(4)).toBe((growth as { growth: { toFixed: (n: number) => string } }).growth.toFixed(4));
    expect(await codes({})).not.toContain('flat_fixed_costs');
    // Under tenfold growth: no warning.
    expect(await codes({ ...flat, 'growth.horizon_months': 6 })).not.toContain('flat_fixed_costs');
  });
});

describe('an analysis', () => {
  it('works out its warnings once, when first read, and has no accessor of its own', async () => {
    const analysis = analyze(await templatePlan({ 'market.size.som': '1' }));
    // V8 makes an object with an accessor of its own in the old generation, and everything it
    // points to, the whole projection, then outlives the next scavenge: 1,000 plans took a third longer.
    expect(Object.values(Object.getOwnPropertyDescriptors(analysis)).filter((d) => d.get !== undefined || d.set !== undefined)).toEqual([]);
    const first = analysis.warnings;
    expect(first.map((w) => w.code)).toContain('arr_past_som');
    expect(analysis.warnings).toBe(first);
  });
});
