import { describe, expect, it } from 'vitest';
import { reportFor, templateText } from '../helpers.js';

/** The speech template self-hosting at a GPU price no volume pays for, with a second run sized by parameters and tokens. */
async function dearHosting(): Promise<string> {
  return (await templateText())
    .replace(
      'compute:\n',
      'compute:\n  self_hosting:\n    gpu_hourly_price: 40\n    input_tokens_per_second_per_gpu: 4000\n    output_tokens_per_second_per_gpu: 800\n    utilization: 90%\n    serve_from: api\n',
    )
    .replace('      gpu_hourly_price: 3.00\n', '      gpu_hourly_price: 3.00\n    - what: Base model\n      month: 40\n      parameters: 1e9\n      tokens: 3e10\n      gpu_peak_tflops: 100\n      mfu: 50%\n');
}

const section = (report: string, heading: string) => report.slice(report.indexOf(heading)).split('\n## ')[0] as string;

describe('the Compute section of the report', () => {
  it('says self-hosting never gets cheaper, lists each run and how its GPU-hours were found, and warns', async () => {
    const report = await reportFor(await dearHosting());
    const compute = section(report, '## Compute');
    expect(compute).toContain('The plan serves through the API: the projection and the unit economics use the API\'s cost, and self-hosting is shown for comparison.');
    expect(compute).toContain('Self-hosting never costs less than the API within the 36-month horizon.');
    expect(compute).toContain('title "Inference through the API and self-hosted, USD a month (self-hosting never cheaper within the horizon)"');
    // The plan's milestones, then the horizon: 1 GPU (the default floor) until the customers need more.
    expect(compute).toContain('| 3 | Private-cloud deployment generally available |');
    expect(compute).toMatch(/\| 36 \| end of the projection \| [\d,]+ \|/);
    expect(compute).toContain('| Fine-tuning run on domain audio | month 6 | 60,000 | as planned | \\$3.00 | \\$180,000 |');
    // 6 × 1e9 × 3e10 ÷ (100e12 × 0.5 × 3,600) = 1,000 GPU-hours at self-hosting's 40.00; after the horizon, so not in the total.
    expect(compute).toContain('| Base model | month 40 (after the horizon: not counted) | 1,000 | 6·P·D estimate | \\$40.00 | \\$40,000 |');
    expect(compute).toContain('| Total within the horizon | | | | | \\$180,000 |');
    expect(report).toContain('Self-hosting is never cheaper than the API within the 36-month horizon');
    expect(report).toContain('GPU utilization of 90% leaves little headroom for peaks');
    expect(report).toContain('The training run "Base model" in month 40 is after the 36-month horizon, so it counts nowhere.');
    expect(report).toContain('| `compute.training_runs[1].parameters` | 1,000,000,000 | parameters |');
  });

  it('speaks Chinese', async () => {
    const report = await reportFor(await dearHosting(), '2026-11-29', 'zh');
    const compute = section(report, '## 算力');
    expect(compute).toContain('在 36 个月的预测期内，自建始终不比 API 便宜。');
    expect(compute).toContain('| Base model | 第 40 个月');
    expect(report).toContain('GPU 利用率 90% 几乎没有应对高峰的余量');
  });

  it('is left out of a plan without compute', async () => {
    const text = (await templateText()).replace(/\ncompute:\n(?:(?:[ -].*)?\n)+/, '\n').replace('    price_change_yearly: -30%\n', '');
    expect(await reportFor(text)).not.toContain('## Compute');
  });
});
