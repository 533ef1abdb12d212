import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calc } from '../../src/commands/calc.js';
import { init, wizardLanguage } from '../../src/commands/init.js';
import { METRIC_KEYS } from '../../src/core/finance/metrics.js';
import { captureOutput, planFromText, ROOT, templateText, tempDir } from '../helpers.js';

describe('bizplan init without a terminal', () => {
  it('refuses at once, naming --answers and --yes', async () => {
    const dir = await tempDir();
    await expect(init({ cwd: dir, interactive: false, lang: 'en', output: captureOutput() })).rejects.toThrow(
      'bizplan init asks its questions in a terminal, and none is attached; pass --answers FILE to answer them from a file, or --yes to accept a template (--template NAME)',
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('--yes accepts a template and writes a plan that a later calc leaves as it is', async () => {
    const dir = await tempDir();
    const output = captureOutput();
    expect(await init({ cwd: dir, template: 'vertical-copilot', yes: true, out: 'plans/copilot', date: '2026-11-29', interactive: false, output })).toBe(0);
    const out = path.join(dir, 'plans/copilot');
    expect((await readdir(out)).sort()).toEqual(['bizplan.report.md', 'bizplan.yaml']);
    expect(output.stderr).toBe('Wrote plans/copilot/bizplan.yaml.\nWrote plans/copilot/bizplan.report.md.\n');
    expect(output.stdout).toContain('ClaimPilot');
    const plan = await readFile(path.join(out, 'bizplan.yaml'), 'utf8');
    const report = await readFile(path.join(out, 'bizplan.report.md'), 'utf8');
    expect(plan).toMatch(/^# A bizplan plan, written by bizplan init\./);
    expect(plan).toContain('# yaml-language-server: $schema=./bizplan.schema.json\n');
    expect(plan).toContain('\nmetrics:\n  variable_cost_per_customer_monthly: ');
    const again = captureOutput();
    expect(await calc({ cwd: out, date: '2026-11-29', output: again })).toBe(0);
    expect(again.stderr).toBe('');
    expect(await readFile(path.join(out, 'bizplan.yaml'), 'utf8')).toBe(plan);
    expect(await readFile(path.join(out, 'bizplan.report.md'), 'utf8')).toBe(report);
  });

  it('--yes without a template takes the default one', async () => {
    const dir = await tempDir();
    await init({ cwd: dir, yes: true, interactive: false, output: captureOutput() });
    expect(planFromText(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8')).name).toBe('VoiceScribe, speech recognition for enterprises and developers');
  });

  it('--answers answers every question from a YAML or JSON file', async () => {
    const dir = await tempDir();
    const json = JSON.stringify({ ...(await import('yaml')).parse(await templateText()), name: 'From JSON' });
    await writeFile(path.join(dir, 'answers.json'), json);
    expect(await init({ cwd: dir, answers: 'answers.json', interactive: false, output: captureOutput() })).toBe(0);
    expect(planFromText(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8')).name).toBe('From JSON');
  });

  it('reports bad --answers as calc does, file:line:col, and writes nothing', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'answers.yaml'), (await templateText()).replace('cac: 9000', 'cac: -3'));
    const error = await init({ cwd: dir, answers: 'answers.yaml', interactive: false, output: captureOutput() }).catch((e: unknown) => e);
    expect(String(error)).toMatch(/answers\.yaml:\d+:8 revenue_model\.cac: must be 0 or more \(got -3\)/);
    expect(await readdir(dir)).toEqual(['answers.yaml']);
  });

  it('never overwrites an existing plan without --force', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'bizplan.yaml'), 'mine\n');
    await expect(init({ cwd: dir, yes: true, lang: 'en', interactive: false, output: captureOutput() })).rejects.toThrow('bizplan.yaml exists; pass --force to replace it');
    expect(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8')).toBe('mine\n');
    await init({ cwd: dir, yes: true, force: true, interactive: false, output: captureOutput() });
    expect(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8')).toContain('VoiceScribe');
  });

  it('never replaces a report it did not write, before writing anything', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'out'));
    await writeFile(path.join(dir, 'out/bizplan.report.md'), 'notes\n');
    await expect(init({ cwd: dir, out: 'out', yes: true, interactive: false, output: captureOutput() })).rejects.toThrow(/bizplan\.report\.md: exists and was not written by bizplan/);
    expect(await readdir(path.join(dir, 'out'))).toEqual(['bizplan.report.md']);
  });

  it('--yes starts from every byte of the template, its milestones and comments included, under init\'s header', async () => {
    for (const name of ['speech-recognition', 'llm-api', 'image-recognition', 'vertical-copilot']) {
      const dir = await tempDir();
      await init({ cwd: dir, template: name, yes: true, date: '2026-11-29', interactive: false, output: captureOutput() });
      const plan = await readFile(path.join(dir, 'bizplan.yaml'), 'utf8');
      const template = await readFile(path.join(ROOT, 'templates/plans', `${name}.yaml`), 'utf8');
      const header = plan.slice(0, plan.indexOf('\n\n') + 2);
      expect(header).toMatch(/^# (A bizplan plan|bizplan 计划).*\n# .*\n# yaml-language-server: \$schema=\.\/bizplan\.schema\.json\n\n$/);
      expect(plan.slice(header.length, header.length + template.length)).toBe(template);
      expect(plan.slice(header.length + template.length)).toMatch(new RegExp(`^\\n# Written by bizplan calc[^\\n]*\\nmetrics:\\n(?: {2}[a-z_]+: \\S+\\n){${METRIC_KEYS.length}}$`));
      if (name === 'speech-recognition') expect(planFromText(plan).milestones).toHaveLength(3);
    }
  });

  it('--force replaces a report bizplan did not write', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'bizplan.report.md'), 'notes\n');
    expect(await init({ cwd: dir, yes: true, force: true, date: '2026-11-29', interactive: false, output: captureOutput() })).toBe(0);
    expect(await readFile(path.join(dir, 'bizplan.report.md'), 'utf8')).toContain('VoiceScribe');
  });

  it('names the nearest template for a typo, and lists them all', async () => {
    await expect(init({ cwd: await tempDir(), template: 'llm_api', yes: true, output: captureOutput() })).rejects.toThrow(
      '--template: no template "llm_api"; did you mean "llm-api"? Run bizplan init --list-templates to see them all',
    );
    const output = captureOutput();
    expect(await init({ cwd: await tempDir(), listTemplates: true, output })).toBe(0);
    expect(output.stdout.split('\n').map((l) => l.split(' ')[0])).toEqual(['image-recognition', 'llm-api', 'speech-recognition', 'vertical-copilot', '']);
  });
});

describe('the wizard\'s language', () => {
  it('comes from --lang, else from the locale', () => {
    expect(wizardLanguage('zh', {})).toBe('zh');
    expect(wizardLanguage(undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(wizardLanguage(undefined, { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(wizardLanguage(undefined, { LANG: 'C.UTF-8' })).toBe('en');
    expect(() => wizardLanguage('fr', {})).toThrow('--lang: must be one of en, zh (got "fr")');
  });
});

describe('--lang', () => {
  it('sets the report\'s language over the template\'s', async () => {
    const dir = await tempDir();
    await init({ cwd: dir, template: 'llm-api', yes: true, lang: 'en', date: '2026-11-29', interactive: false, output: captureOutput() });
    expect(planFromText(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8')).language).toBe('en');
    expect(await readFile(path.join(dir, 'bizplan.report.md'), 'utf8')).toContain('## Executive summary');
  });

  it('leaves the template\'s language when not given', async () => {
    const dir = await tempDir();
    await init({ cwd: dir, template: 'llm-api', yes: true, env: { LANG: 'en_US.UTF-8' }, date: '2026-11-29', interactive: false, output: captureOutput() });
    expect(await readFile(path.join(dir, 'bizplan.report.md'), 'utf8')).toContain('## 执行摘要');
  });

  it('writes a Chinese plan with Chinese comments whatever the locale, and an English one with English comments', async () => {
    const zh = await tempDir();
    await init({ cwd: zh, template: 'llm-api', yes: true, env: { LANG: 'C' }, date: '2026-11-29', interactive: false, output: captureOutput() });
    const plan = await readFile(path.join(zh, 'bizplan.yaml'), 'utf8');
    expect(plan.startsWith('# bizplan 计划，由 bizplan init 生成。')).toBe(true);
    expect(plan).not.toMatch(/^# A bizplan plan/m);
    const en = await tempDir();
    await init({ cwd: en, template: 'llm-api', yes: true, lang: 'en', env: { LANG: 'zh_CN.UTF-8' }, date: '2026-11-29', interactive: false, output: captureOutput() });
    expect(await readFile(path.join(en, 'bizplan.yaml'), 'utf8')).toMatch(/^# A bizplan plan/);
  });

  it('starts a Chinese wizard from the Chinese template, an English one from the speech-recognition template', async () => {
    const zh = await tempDir();
    await init({ cwd: zh, yes: true, env: { LANG: 'zh_CN.UTF-8' }, date: '2026-11-29', interactive: false, output: captureOutput() });
    expect(planFromText(await readFile(path.join(zh, 'bizplan.yaml'), 'utf8')).name).toBe(planFromText(await readFile(path.join(ROOT, 'templates/plans/llm-api.yaml'), 'utf8')).name);
    const en = await tempDir();
    await init({ cwd: en, yes: true, env: { LANG: 'C' }, date: '2026-11-29', interactive: false, output: captureOutput() });
    expect(planFromText(await readFile(path.join(en, 'bizplan.yaml'), 'utf8')).name).toBe(planFromText(await templateText()).name);
  });
});

describe('the downside scenario without prompts', () => {
  it('--yes adds none unless a downside flag asks for one', async () => {
    const dir = await tempDir();
    expect(await init({ cwd: dir, yes: true, lang: 'en', date: '2026-11-29', interactive: false, output: captureOutput() })).toBe(0);
    expect(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8')).not.toContain('scenarios:');
  });

  it('--downside takes the default answers; each flag gives one of them, typed as people type it', async () => {
    const dir = await tempDir();
    expect(await init({ cwd: dir, yes: true, downside: true, lang: 'en', date: '2026-11-29', interactive: false, output: captureOutput() })).toBe(0);
    const plan = planFromText(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8'));
    expect(plan.scenarios?.downside?.description).toBe('New customers 25% fewer, churn 50% higher, tokens 20% pricier');
    expect(plan.scenarios?.downside?.set['revenue_model.churn_monthly']).toBe('3.75%');

    const flags = await tempDir();
    const run = { cwd: flags, yes: true, downsideGrowth: '10 percent', downsideTokens: '0', lang: 'en', date: '2026-11-29', interactive: false } as const;
    expect(await init({ ...run, output: captureOutput() })).toBe(0);
    const written = planFromText(await readFile(path.join(flags, 'bizplan.yaml'), 'utf8'));
    expect(written.scenarios?.downside?.description).toBe('New customers 10% fewer, churn 50% higher, tokens 0% pricier');
    // 12 x 0.9; 0% pricier tokens changes no price, so no entry says so.
    expect(Object.keys(written.scenarios?.downside?.set ?? {})).toEqual(['growth.new_customers_monthly', 'revenue_model.churn_monthly']);
    expect(String(written.scenarios?.downside?.set['growth.new_customers_monthly'])).toBe('10.8');
  });

  it('an --answers file may carry its own scenarios, and a flag replaces only the downside, keeping its probability', async () => {
    const dir = await tempDir();
    const scenarios = '\nscenarios:\n  upside:\n    set: { revenue_model.arpu_monthly: 2200 }\n  downside:\n    probability: 20%\n    set: { growth.new_customers_monthly: 1 }\n';
    await writeFile(path.join(dir, 'answers.yaml'), `${await templateText()}${scenarios}`);
    expect(await init({ cwd: dir, answers: 'answers.yaml', downsideChurn: '100%', interactive: false, date: '2026-11-29', output: captureOutput() })).toBe(0);
    const plan = planFromText(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8'));
    expect(Object.keys(plan.scenarios ?? {})).toEqual(['upside', 'downside']);
    expect(plan.scenarios?.downside?.probability?.toString()).toBe('0.2');
    expect(plan.scenarios?.downside?.set['revenue_model.churn_monthly']).toBe('5%');
  });

  it('refuses a downside flag that is no share, in the wizard\'s language, before anything is written', async () => {
    const dir = await tempDir();
    await expect(init({ cwd: dir, yes: true, downsideGrowth: '150%', lang: 'en', interactive: false, output: captureOutput() })).rejects.toThrow(
      '--downside-growth: must be between 0 and 1 (got "150%")',
    );
    await expect(init({ cwd: dir, yes: true, downsideChurn: 'more', lang: 'zh', interactive: false, output: captureOutput() })).rejects.toThrow(/^--downside-churn：必须是/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses --downside-tokens for a plan that runs no model', async () => {
    const dir = await tempDir();
    const noModel = (await templateText()).replace(/\n {2}inference:\n(?: {4}.*\n)+/, '\n').replace(/\n# Compute beyond inference[^]*?(?=\n\S+:|\n#)/, '\n');
    await writeFile(path.join(dir, 'answers.yaml'), noModel);
    await expect(init({ cwd: dir, answers: 'answers.yaml', downsideTokens: '20%', lang: 'en', interactive: false, output: captureOutput() })).rejects.toThrow(
      '--downside-tokens: the plan runs no model (no revenue_model.inference), so it has no token prices to raise',
    );
    expect(await readdir(dir)).toEqual(['answers.yaml']);
  });
});
