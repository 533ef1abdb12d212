import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { BIN, tempDir, templateText } from '../helpers.js';

/**
 * Bad scenarios and ranges, through the binary: exit 2, one `file:line:col key: message` line
 * per problem on stderr, nothing on stdout, and nothing written, whichever command reads them.
 */
const cases: Array<{ what: string; yaml: string; args?: string[]; lines: RegExp[] }> = [
  {
    what: 'a scenario path that is no path at all',
    yaml: 'scenarios:\n  s:\n    set:\n      "revenue_model..cac": 1\n',
    lines: [/^plan\.yaml:4:7 scenarios\.s\.set\.revenue_model\.\.cac: "revenue_model\.\.cac" is not a path: write the plan's keys joined by dots/],
  },
  {
    what: 'a scenario path into the prototype',
    yaml: 'scenarios:\n  s:\n    set:\n      __proto__.polluted: 1\n',
    lines: [/^plan\.yaml:4:7 scenarios\.s\.set\.__proto__\.polluted: __proto__: unknown input; the keys allowed in the plan are: version, name/],
  },
  {
    what: 'scenarios that are a list',
    yaml: 'scenarios:\n  - set: {}\n',
    lines: [/^plan\.yaml:2:3 scenarios: must be a map of keys \(got a list\)$/],
  },
  {
    what: 'a scenario without set',
    yaml: 'scenarios:\n  s:\n    probability: 10%\n',
    lines: [/^plan\.yaml:2:3 scenarios\.s\.set: is required/],
  },
  {
    what: 'a probability above 1',
    yaml: 'scenarios:\n  s:\n    probability: 120%\n    set: {}\n',
    lines: [/^plan\.yaml:3:18 scenarios\.s\.probability: must be between 0 and 1/],
  },
  {
    what: 'a scenario value of the wrong type, found when the scenario is computed',
    yaml: 'scenarios:\n  s:\n    set:\n      growth.horizon_months: [1, 2]\n',
    args: ['scenarios', 'plan.yaml'],
    lines: [/^plan\.yaml:4:7 growth\.horizon_months: must be /],
  },
  {
    what: 'a scenario value of the wrong type, found when calc writes the report that shows the scenario',
    yaml: 'scenarios:\n  s:\n    set:\n      growth.horizon_months: 0\n',
    lines: [/^plan\.yaml:4:7 growth\.horizon_months: must be a whole number from 1 to 240 \(got 0\)$/],
  },
  {
    what: 'one input set twice in a scenario, its path spelled two ways',
    yaml: 'scenarios:\n  s:\n    set:\n      revenue_model.churn_monthly: "2%"\n      " revenue_model.churn_monthly": "30%"\n',
    args: ['scenarios', 'plan.yaml'],
    lines: [/^plan\.yaml:5:7 scenarios\.s\.set\. revenue_model\.churn…: revenue_model\.churn_monthly is set already, under "revenue_model\.churn_monthly": set each input once$/],
  },
  {
    what: 'two ranges on one input, its path spelled two ways',
    yaml: 'uncertainty:\n  revenue_model.churn_monthly: { low: "1%", high: "4%" }\n  " revenue_model.churn_monthly": { low: "0.5%", high: "30%" }\n',
    args: ['simulate', 'plan.yaml'],
    lines: [/^plan\.yaml:3:3 uncertainty\. revenue_model\.churn…: revenue_model\.churn_monthly has a range already, under "revenue_model\.churn_monthly": give each input one range$/],
  },
  {
    what: 'a range whose bound is text',
    yaml: 'uncertainty:\n  revenue_model.cac: { low: cheap, high: 10 }\n',
    lines: [/^plan\.yaml:2:29 uncertainty\.revenue_model\.cac\.low: /],
  },
  {
    what: 'a range beyond the plan bounds',
    yaml: 'uncertainty:\n  revenue_model.cac: { low: 1, high: 1e400 }\n',
    lines: [/^plan\.yaml:2:38 uncertainty\.revenue_model\.cac\.high: .*10\^15/],
  },
];

describe('bad scenarios and ranges', () => {
  for (const c of cases) {
    it(`refuses ${c.what}: exit 2, file:line:col, nothing written`, async () => {
      const dir = await tempDir();
      const base = await templateText();
      const first = base.split('\n').length;
      const text = base + c.yaml;
      const file = path.join(dir, 'plan.yaml');
      await writeFile(file, text);
      const run = spawnSync(process.execPath, [BIN, ...(c.args ?? ['calc', 'plan.yaml'])], { cwd: dir, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(2);
      expect(run.stdout).toBe('');
      // Lines counted from the appended YAML, so each case reads like its text above.
      const lines = run.stderr.trimEnd().split('\n').map((line) => line.replace(/^plan\.yaml:(\d+):/, (_, n: string) => `plan.yaml:${String(Number(n) - first + 1)}:`));
      expect(lines).toHaveLength(c.lines.length);
      lines.forEach((line, i) => {
        expect(line).toMatch(c.lines[i] as RegExp);
      });
      expect(await readFile(file, 'utf8')).toBe(text);
      expect(await readdir(dir)).toEqual(['plan.yaml']);
    });
  }
});

describe('bad downside answers on init\'s command line', () => {
  const flags: Array<[string[], RegExp]> = [
    [['--downside-growth', '150%'], /^--downside-growth: must be between 0 and 1 \(got "150%"\)$/],
    [['--downside-churn', '-5%'], /^--downside-churn: must be 0 or more \(got "-5%"\)$/],
    [['--downside-churn', 'NaN'], /^--downside-churn: must be a fraction like 0\.03 or a percent like "3%" \(got "NaN"\)$/],
    [['--downside-tokens', '1e400'], /^--downside-tokens: .*10\^15/],
    [['--downside-growth', ''], /^--downside-growth: /],
  ];
  for (const [args, line] of flags) {
    it(`refuses init ${args.join(' ')}: exit 2, one line, nothing written`, async () => {
      const dir = await tempDir();
      const run = spawnSync(process.execPath, [BIN, 'init', '--yes', '--lang', 'en', ...args], { cwd: dir, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr.trimEnd()).toMatch(line);
      expect(await readdir(dir)).toEqual([]);
    });
  }
});

describe('scenario names that a terminal table must still hold', () => {
  it('cuts a name wider than the terminal and measures an escaped name as printed, so every line fits 80 columns', async () => {
    const dir = await tempDir();
    const wide = '长名字'.repeat(14);
    const yaml = `scenarios:\n  "${wide}": { set: { revenue_model.churn_monthly: "3%" } }\n  "esc\\e[2J": { set: { revenue_model.churn_monthly: "4%" } }\n`;
    await writeFile(path.join(dir, 'plan.yaml'), (await templateText()) + yaml);
    const run = spawnSync(process.execPath, [BIN, 'scenarios', 'plan.yaml'], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(Math.max(...lines.map((l) => stringWidth(l)))).toBeLessThanOrEqual(80);
    expect(run.stdout).not.toContain('\x1b');
    // The escaped name is as wide as its column: the figures under it end where it ends.
    const header = lines.find((l) => l.includes('esc\\x1b[2J')) ?? '';
    const ltv = lines.find((l) => l.startsWith('ltv ')) ?? '';
    expect(header.length).toBe(ltv.length);
    expect(run.stdout).toContain(`${'长名字'.repeat(4)}…`);
  });
});

describe('scenario names in Markdown', () => {
  it('escapes a name\'s markup, so a name with <b> or *stars* shows as typed, not as HTML or emphasis', async () => {
    const dir = await tempDir();
    const yaml = 'scenarios:\n  "bad|<b>*x*": { set: { revenue_model.churn_monthly: "3%" } }\n';
    await writeFile(path.join(dir, 'plan.yaml'), (await templateText()) + yaml);
    const run = spawnSync(process.execPath, [BIN, 'scenarios', 'plan.yaml', '--format', 'markdown'], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('| Figure | base | bad\\|\\<b\\>\\*x\\* |');
  });
});

describe('downside answers at the edge of what a plan holds', () => {
  it('writes a plan that loads for 99.99...% fewer customers and 10^15 times pricier tokens', async () => {
    const dir = await tempDir();
    const run = spawnSync(process.execPath, [BIN, 'init', '--yes', '--lang', 'en', '--downside-growth', '0.9999999999999999999', '--downside-tokens', '1e15'], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const check = spawnSync(process.execPath, [BIN, 'check', 'bizplan.yaml', '--scenarios', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    const report = JSON.parse(check.stdout) as { summary: { invalid: number; plans: number } };
    expect(report.summary).toMatchObject({ plans: 2, invalid: 0 });
  });
});
