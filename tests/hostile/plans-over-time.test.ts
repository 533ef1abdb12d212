import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempDir, templateText } from '../helpers.js';

/**
 * Every bad shape of hires, planned costs, rounds and the new checks: exit 2, one
 * `file:line:col key: message` line per problem, and neither the plan nor a report written.
 */
const SHAPES = 'a one-off cost takes "what", "month" and "amount"; a recurring one takes "what", "from_month", "monthly" and optionally "to_month"';

/** The template with `from` (which must be in it) replaced by `to`. */
async function broken(from: string, to: string): Promise<string> {
  const template = await templateText();
  const at = template.indexOf(from);
  if (at < 0) throw new Error(`not in the template: ${from}`);
  return template.slice(0, at) + to + template.slice(at + from.length);
}

const RECURRING = '    - what: SOC 2 audit and compliance tooling\n      from_month: 4\n      monthly: 8000\n      to_month: 15\n';
const ROUND = '  - round: Series A\n    month: 18\n    amount: 12000000\n';
const RUN = '      gpu_hours: 60000\n';
const RUN_SHAPES = 'a training run takes "what", "month" and either "gpu_hours", or "parameters", "tokens", "gpu_peak_tflops" and "mfu"';
const HOSTING = 'compute:\n  self_hosting:\n    gpu_hourly_price: 3\n    input_tokens_per_second_per_gpu: 4000\n    output_tokens_per_second_per_gpu: 800\n    utilization: 60%\n';

const cases: Array<{ what: string; from: string; to: string; lines: RegExp[] }> = [
  {
    what: 'a planned cost with both shapes',
    from: RECURRING,
    to: RECURRING + '      amount: 5000\n',
    lines: [new RegExp(`^plan\\.yaml:\\d+:7 resources\\.planned_costs\\[0\\]: mixes a one-off cost \\(amount\\) with a recurring one \\(from_month, monthly, to_month\\): ${escape(SHAPES)}$`)],
  },
  {
    what: 'a planned cost of neither shape',
    from: RECURRING,
    to: '    - what: SOC 2 audit and compliance tooling\n',
    lines: [new RegExp(`^plan\\.yaml:\\d+:7 resources\\.planned_costs\\[0\\]: has no month or amount: ${escape(SHAPES)}$`)],
  },
  {
    what: 'a recurring cost without its amount',
    from: '      monthly: 8000\n',
    to: '',
    lines: [new RegExp(`^plan\\.yaml:\\d+:\\d+ resources\\.planned_costs\\[0\\]\\.monthly: is required: ${escape(SHAPES)}$`)],
  },
  {
    what: 'a recurring cost that ends before it starts',
    from: 'to_month: 15',
    to: 'to_month: 3',
    lines: [/^plan\.yaml:\d+:17 resources\.planned_costs\[0\]\.to_month: must be at or after from_month \(4\); the last month is included$/],
  },
  {
    what: 'a misspelt planned-cost key',
    from: '      monthly: 8000\n',
    to: '      montly: 8000\n',
    lines: [/^plan\.yaml:\d+:7 resources\.planned_costs\[0\]\.monthly: is required: /, /^plan\.yaml:\d+:7 resources\.planned_costs\[0\]\.montly: unknown key; did you mean "monthly"\?$/],
  },
  {
    what: 'a training run of both sizes',
    from: RUN,
    to: RUN + '      parameters: 7e9\n',
    lines: [new RegExp(`^plan\\.yaml:\\d+:7 compute\\.training_runs\\[0\\]: gives both gpu_hours and parameters: ${escape(RUN_SHAPES)}$`)],
  },
  {
    what: 'a training run of no size',
    from: RUN,
    to: '',
    lines: [new RegExp(`^plan\\.yaml:\\d+:7 compute\\.training_runs\\[0\\]: has no size: ${escape(RUN_SHAPES)}$`)],
  },
  {
    what: 'a training run sized by parameters without its MFU',
    from: RUN,
    to: '      parameters: 7e9\n      tokens: 2e12\n      gpu_peak_tflops: 989\n',
    lines: [new RegExp(`^plan\\.yaml:\\d+:7 compute\\.training_runs\\[0\\]\\.mfu: is required: ${escape(RUN_SHAPES)}$`)],
  },
  {
    what: 'a training run at an MFU of 40 (40% meant)',
    from: RUN,
    to: '      parameters: 7e9\n      tokens: 2e12\n      gpu_peak_tflops: 989\n      mfu: 40\n',
    lines: [/^plan\.yaml:\d+:12 compute\.training_runs\[0\]\.mfu: must be greater than 0 and at most 1 \(got 40\); for 40% write "40%"$/],
  },
  {
    what: 'a training run with no GPU price anywhere',
    from: '      gpu_hourly_price: 3.00\n',
    to: '',
    lines: [/^plan\.yaml:\d+:7 compute\.training_runs\[0\]: has no GPU price: give the run a gpu_hourly_price, or set compute\.self_hosting\.gpu_hourly_price$/],
  },
  {
    what: 'self-hosting serving from a cloud it does not know',
    from: 'compute:\n',
    to: HOSTING + '    serve_from: cloud\n',
    lines: [/^plan\.yaml:\d+:17 compute\.self_hosting\.serve_from: must be one of: api, self_hosted$/],
  },
  {
    what: 'self-hosting with no throughput',
    from: 'compute:\n',
    to: HOSTING.replace('    output_tokens_per_second_per_gpu: 800\n', '    output_tokens_per_second_per_gpu: 0\n'),
    lines: [/^plan\.yaml:\d+:39 compute\.self_hosting\.output_tokens_per_second_per_gpu: must be greater than 0 \(got 0\)$/],
  },
  {
    what: 'a misspelt self-hosting key',
    from: 'compute:\n',
    to: HOSTING + '    utilisation: 60%\n',
    lines: [/^plan\.yaml:\d+:5 compute\.self_hosting\.utilisation: unknown key; did you mean "utilization"\?$/],
  },
  {
    what: 'half a person hired',
    from: '      count: 3\n      monthly_cost: 15000',
    to: '      count: 0.5\n      monthly_cost: 15000',
    lines: [/^plan\.yaml:\d+:14 resources\.hires\[0\]\.count: must be a whole number 1 or more \(got 0\.5\)$/],
  },
  {
    what: 'a hire in month 0',
    from: 'start_month: 7',
    to: 'start_month: 0',
    lines: [/^plan\.yaml:\d+:20 resources\.hires\[0\]\.start_month: must be a whole number from 1 to 240 \(got 0\)$/],
  },
  {
    what: 'a hire without a cost',
    from: '      monthly_cost: 15000\n',
    to: '',
    lines: [/^plan\.yaml:\d+:7 resources\.hires\[0\]\.monthly_cost: is required: give a number$/],
  },
  {
    what: 'a round of nothing',
    from: 'amount: 12000000',
    to: 'amount: 0',
    lines: [/^plan\.yaml:\d+:13 funding\[0\]\.amount: must be greater than 0 \(got 0\)$/],
  },
  {
    what: 'a round in month 241',
    from: ROUND,
    to: ROUND.replace('month: 18', 'month: 241'),
    lines: [/^plan\.yaml:\d+:12 funding\[0\]\.month: must be a whole number from 1 to 240 \(got 241\)$/],
  },
  {
    what: 'a misspelt round key',
    from: '  - round: Series A\n',
    to: '  - rond: Series A\n',
    lines: [/^plan\.yaml:\d+:5 funding\[0\]\.round: is required: /, /^plan\.yaml:\d+:5 funding\[0\]\.rond: unknown key; did you mean "round"\?$/],
  },
  {
    what: 'funding as a map',
    from: ROUND,
    to: '  round: Series A\n',
    lines: [/^plan\.yaml:\d+:3 funding: must be a list \(got a map\)$/],
  },
  {
    what: 'require_default_alive as text',
    from: '  burn_multiple_max: 2\n',
    to: '  burn_multiple_max: 2\n  require_default_alive: "yes"\n',
    lines: [/^plan\.yaml:\d+:26 checks\.require_default_alive: must be true or false \(got "yes"\)$/],
  },
  {
    what: 'a negative funding-gap limit',
    from: 'funding_gap_max: 0',
    to: 'funding_gap_max: -1',
    lines: [/^plan\.yaml:\d+:20 checks\.funding_gap_max: must be 0 or more \(got -1\)$/],
  },
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('bad hires, planned costs, rounds and checks', () => {
  for (const c of cases) {
    it(`refuses ${c.what}: exit 2, file:line:col, nothing written`, async () => {
      const dir = await tempDir();
      const text = await broken(c.from, c.to);
      const file = path.join(dir, 'plan.yaml');
      await writeFile(file, text);
      const run = spawnSync(process.execPath, [BIN, 'calc', 'plan.yaml'], { cwd: dir, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(c.lines.length);
      lines.forEach((line, i) => {
        expect(line).toMatch(c.lines[i] as RegExp);
      });
      expect(await readFile(file, 'utf8')).toBe(text);
      expect(await readdir(dir)).toEqual(['plan.yaml']);
    });
  }
});
