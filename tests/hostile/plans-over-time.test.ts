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

const ONE_OFF = '    - what: Fine-tuning run on domain audio\n      month: 6\n      amount: 180000\n';
const ROUND = '  - round: Series A\n    month: 18\n    amount: 12000000\n';

const cases: Array<{ what: string; from: string; to: string; lines: RegExp[] }> = [
  {
    what: 'a planned cost with both shapes',
    from: ONE_OFF,
    to: ONE_OFF + '      monthly: 5000\n',
    lines: [new RegExp(`^plan\\.yaml:\\d+:7 resources\\.planned_costs\\[0\\]: mixes a one-off cost \\(month, amount\\) with a recurring one \\(monthly\\): ${escape(SHAPES)}$`)],
  },
  {
    what: 'a planned cost of neither shape',
    from: ONE_OFF,
    to: '    - what: Fine-tuning run on domain audio\n',
    lines: [new RegExp(`^plan\\.yaml:\\d+:7 resources\\.planned_costs\\[0\\]: has no month or amount: ${escape(SHAPES)}$`)],
  },
  {
    what: 'a recurring cost without its amount',
    from: '      monthly: 8000\n',
    to: '',
    lines: [new RegExp(`^plan\\.yaml:\\d+:\\d+ resources\\.planned_costs\\[1\\]\\.monthly: is required: ${escape(SHAPES)}$`)],
  },
  {
    what: 'a recurring cost that ends before it starts',
    from: 'to_month: 15',
    to: 'to_month: 3',
    lines: [/^plan\.yaml:\d+:17 resources\.planned_costs\[1\]\.to_month: must be at or after from_month \(4\); the last month is included$/],
  },
  {
    what: 'a misspelt planned-cost key',
    from: '      amount: 180000\n',
    to: '      amuont: 180000\n',
    lines: [/^plan\.yaml:\d+:7 resources\.planned_costs\[0\]\.amount: is required: /, /^plan\.yaml:\d+:7 resources\.planned_costs\[0\]\.amuont: unknown key; did you mean "amount"\?$/],
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
