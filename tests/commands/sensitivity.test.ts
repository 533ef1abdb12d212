import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { sensitivity } from '../../src/commands/sensitivity.js';
import { UserError } from '../../src/shell/errors.js';
import { captureOutput, tempDir, templateText } from '../helpers.js';

async function planIn(text?: string): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, 'bizplan.yaml'), text ?? (await templateText()));
  return dir;
}

describe('bizplan sensitivity', () => {
  it('prints the tornado of min_cash as JSON in the public shape, sorted by swing', async () => {
    const dir = await planIn();
    const output = captureOutput();
    expect(await sensitivity({ cwd: dir, format: 'json', output })).toBe(0);
    const json = JSON.parse(output.stdout) as { plan: string; metric: string; base: number; inputs: Array<Record<string, unknown>> };
    expect(Object.keys(json)).toEqual(['plan', 'metric', 'base', 'inputs']);
    expect([json.plan, json.metric, json.base]).toEqual(['bizplan.yaml', 'min_cash', 437154.36]);
    expect(json.inputs[0]).toEqual({ path: 'revenue_model.arpu_monthly', low: 1440, high: 2160, metric_low: -585926.37, metric_high: 1460235.1, swing: 2046161.47 });
    expect(json.inputs).toHaveLength(11);
    const swings = json.inputs.map((i) => i.swing as number);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(output.stderr).toBe('');
  });

  it('takes the ranges of the plan first, another metric and another swing', async () => {
    const dir = await planIn(`${await templateText()}uncertainty:\n  revenue_model.churn_monthly: { low: 1.5%, high: 4% }\n`);
    const output = captureOutput();
    await sensitivity({ cwd: dir, format: 'json', metric: 'ltv_to_cac', swing: '10%', output });
    const json = JSON.parse(output.stdout) as { inputs: Array<{ path: string; low: number; high: number }> };
    expect(json.inputs.find((i) => i.path === 'revenue_model.churn_monthly')).toMatchObject({ low: 0.015, high: 0.04 });
    expect(json.inputs.find((i) => i.path === 'revenue_model.arpu_monthly')).toMatchObject({ low: 1620, high: 1980 });
  });

  it('draws bars left and right of the axis within the width, and a Markdown table', async () => {
    const dir = await planIn();
    const text = captureOutput();
    await sensitivity({ cwd: dir, width: 60, output: text });
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Tornado of min_cash for bizplan.yaml: base $437,154');
    expect(lines[3]).toBe(' 1. revenue_model.arpu_monthly: $1,440 to $2,160');
    expect(lines[4]).toBe('    min_cash -$585,926 to $1,460,235; swing $2,046,161');
    // The largest swing fills both halves; every line fits the width.
    expect(lines[5]).toBe(`  ${'█'.repeat(28)}│${'█'.repeat(28)}`);
    expect(Math.max(...lines.map((l) => stringWidth(l)))).toBeLessThanOrEqual(60);
    const markdown = captureOutput();
    await sensitivity({ cwd: dir, format: 'markdown', output: markdown });
    // Each `$` escaped, as in the report: two amounts on one line would otherwise read as math on GitHub.
    expect(markdown.stdout).toContain('| `revenue_model.arpu_monthly` | \\$1,440 to \\$2,160 | -\\$585,926 to \\$1,460,235 | \\$2,046,161 |');
    expect(markdown.stdout).toContain('Base: \\$437,154.');
  });

  it('names the nearest metric for a typo, and refuses a swing out of range', async () => {
    const dir = await planIn();
    await expect(sensitivity({ cwd: dir, metric: 'min_csh', output: captureOutput() })).rejects.toThrow(new UserError('--metric: "min_csh" is not a numeric metric; did you mean min_cash?'));
    await expect(sensitivity({ cwd: dir, metric: 'default_alive', output: captureOutput() })).rejects.toThrow(/is not a numeric metric/);
    for (const swing of ['0', '150%', 'lots']) await expect(sensitivity({ cwd: dir, swing, output: captureOutput() })).rejects.toThrow(/^--swing: must be above 0 and at most 100%/);
  });
});

describe('bizplan sensitivity in the plan\'s language', () => {
  it('draws a Chinese plan\'s tornado in Chinese, ranges with a full-width tilde; JSON stays English', async () => {
    const dir = await planIn((await templateText()).replace(/^language: en$/m, 'language: zh'));
    const text = captureOutput();
    await sensitivity({ cwd: dir, width: 80, output: text });
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('bizplan.yaml 的 min_cash 龙卷风图：基准值 US$437,154');
    expect(lines[1]).toBe('条形：向左表示该输入使指标下降，向右表示上升。');
    expect(lines[3]).toBe(' 1. revenue_model.arpu_monthly：US$1,440～US$2,160');
    expect(lines[4]).toBe('    min_cash -US$585,926～US$1,460,235；变动幅度 US$2,046,161');
    expect(Math.max(...lines.map((l) => stringWidth(l)))).toBeLessThanOrEqual(80);
    const markdown = captureOutput();
    await sensitivity({ cwd: dir, format: 'markdown', metric: 'break_even_month', swing: '50%', output: markdown });
    expect(markdown.stdout.split('\n').slice(0, 6)).toEqual([
      '## `break_even_month` 的龙卷风图',
      '',
      '基准值：25。每个输入分别取低值和高值，其余输入保持计划值；按变动幅度从大到小排列。',
      '',
      '| 输入 | 低值～高值 | 低值～高值时的 `break_even_month` | 变动幅度 |',
      '|---|---|---|---|',
    ]);
    expect(markdown.stdout).toMatch(/\| 无（一端无数值） \|/);
    const json = captureOutput();
    await sensitivity({ cwd: dir, format: 'json', output: json });
    expect(json.stdout).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('the tornado\'s flag mistakes in the locale\'s language', () => {
  it('words a bad --metric or --swing in Chinese under a Chinese locale, in English otherwise', async () => {
    const dir = await planIn();
    const zh = { LANG: 'zh_CN.UTF-8' };
    await expect(sensitivity({ cwd: dir, metric: 'min_csh', env: zh, output: captureOutput() })).rejects.toThrow(new UserError('--metric："min_csh" 不是数值指标；是不是 min_cash？'));
    await expect(sensitivity({ cwd: dir, swing: '150%', env: zh, output: captureOutput() })).rejects.toThrow(new UserError('--swing：必须大于 0 且不超过 100%，如 20% 或 0.2（当前为 "150%"）'));
    await expect(sensitivity({ cwd: dir, metric: 'min_csh', env: { LANG: 'C' }, output: captureOutput() })).rejects.toThrow(new UserError('--metric: "min_csh" is not a numeric metric; did you mean min_cash?'));
  });
});
