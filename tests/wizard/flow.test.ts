import { screen } from '@inquirer/testing/vitest';
import { ExitPromptError } from '@inquirer/core';
import { readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calc } from '../../src/commands/calc.js';
import { init } from '../../src/commands/init.js';
import { Dec } from '../../src/core/decimal.js';
import { interruptNote } from '../../src/shell/errors.js';
import { captureOutput, templateText, tempDir, planFromText } from '../helpers.js';

/** Settles when the promise does, without throwing: for racing a flow against the screen. */
const settled = (p: Promise<unknown>) => p.then(() => 'done', () => 'done');

/**
 * Drives a whole wizard run: at each prompt `answer` may type something (it returns true when
 * it did), otherwise Enter keeps the default. Returns the screens seen, in order.
 */
async function drive(run: Promise<number>, answer: (screenText: string) => boolean = () => false, limit = 400): Promise<string[]> {
  const screens: string[] = [];
  const done = settled(run);
  // The first prompt comes after the command has read its template.
  if (!screen.getScreen() && (await Promise.race([screen.next().then(() => 'next'), done])) === 'done') return screens;
  for (let i = 0; i < limit; i++) {
    const text = screen.getScreen();
    screens.push(text);
    if (!answer(text)) screen.keypress('enter');
    if ((await Promise.race([screen.next().then(() => 'next'), done])) === 'done') return screens;
  }
  throw new Error(`the wizard was still asking after ${limit} prompts; last screen:\n${screens.at(-1) ?? ''}`);
}

/** Types an answer and presses Enter. */
function typeAnswer(typed: string): true {
  screen.type(typed);
  screen.keypress('enter');
  return true;
}

/** Typed answers for a plan from a blank start: a question's words, and what to type. */
const BLANK_ANSWERS: Array<[string, string]> = [
  ['Name of the venture', 'Acme Support AI'],
  ['The problem worth solving', 'Support teams answer the same questions all day'],
  ['The value in one sentence', 'Answers in seconds'],
  ['The customer pain it removes', 'Customers wait hours'],
  ['How the product removes it', 'An agent trained on the help centre'],
  ['Segment name', 'Online shops'],
  ['The buyer or user you design for', 'Head of support'],
  ['Positioning', 'The helpdesk agent that answers first'],
  ['Average revenue per customer', '500'],
  ['Cost to serve one customer', '50'],
  ['Share of customers lost', '3%'],
  ['Cost to acquire one new customer', '1200'],
  ['Does the product run an AI model', 'y'],
  ['Model requests one customer makes', '10000'],
  ['Input (prompt) tokens per request', '2000'],
  ['Output tokens per request', '500'],
  ['Price of input tokens', '3'],
  ['Price of output tokens', '15'],
  ['Cash in the bank today', '1000000'],
  ['Fixed costs', '60000'],
  ['Customers today', '10'],
  ['New customers won next month', '5'],
  ['Growth of new-customer wins', '5%'],
  ['Months to project', '24'],
];

/** Drives a blank-start run, typing `typed` at the first question whose words each screen shows. */
async function blankStart(run: Promise<number>, typed: ReadonlyArray<[string, string]>, choose: (text: string) => boolean = () => false): Promise<void> {
  let chose = false;
  await drive(run, (text) => {
    if (!chose && text.includes('Start from')) {
      chose = true;
      screen.keypress('down');
      screen.keypress('down');
      screen.keypress('enter');
      return true;
    }
    if (choose(text)) return true;
    const answer = typed.find(([question]) => text.includes(`? ${question}`));
    if (!answer) return false;
    screen.type(answer[1]);
    screen.keypress('enter');
    return true;
  });
}

describe('the init wizard, driven through its prompts', () => {
  it('accepts a whole template by pressing Enter at every prompt, and writes plan and report', async () => {
    const dir = await tempDir();
    const output = captureOutput();
    const run = init({ cwd: dir, template: 'speech-recognition', interactive: true, date: '2026-11-29', lang: 'en', output });
    const screens = await drive(run);
    expect(await run).toBe(0);
    expect(screens[0]).toContain('Name of the venture');
    expect(screens.some((s) => s.includes('Keep the competitor "Self-hosted open-source models"?'))).toBe(true);
    expect(screens.at(-1)).toContain('Write bizplan.yaml, bizplan.report.md?');
    expect(output.stdout).toContain('Step 4/6 · Revenue model');
    expect(output.stdout).toContain('LTV:CAC                5.35');
    expect(output.stdout).toContain('• LTV:CAC 5.35: meets the 3:1 bar David Skok sets (forEntrepreneurs, “SaaS Metrics 2.0 – A Guide to Measuring and Improving what Matters”, 2013).');
    expect((await readdir(dir)).sort()).toEqual(['bizplan.report.md', 'bizplan.yaml']);
    const plan = planFromText(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8'));
    const template = planFromText(await templateText());
    expect(plan.revenue_model.arpu_monthly.toString()).toBe(template.revenue_model.arpu_monthly.toString());
    expect(plan.market.competitors).toEqual(template.market.competitors);
  });

  it('asks a wrong number again with the schema\'s message, then takes the right one', async () => {
    const dir = await tempDir();
    const run = init({ cwd: dir, template: 'speech-recognition', interactive: true, date: '2026-11-29', lang: 'en', output: captureOutput() });
    const typed: string[] = [];
    const screens = await drive(run, (text) => {
      if (!text.includes('Average revenue per customer')) return false;
      if (typed.length === 0) {
        typed.push('lots');
        screen.type('lots');
        screen.keypress('enter');
        return true;
      }
      if (typed.length === 1) {
        typed.push('2400');
        // Clear the wrong answer, then type the right one.
        for (let i = 0; i < 4; i++) screen.keypress('backspace');
        screen.type('2400');
        screen.keypress('enter');
        return true;
      }
      return false;
    });
    expect(await run).toBe(0);
    expect(screens.some((s) => s.includes('must be a number (got "lots")'))).toBe(true);
    const plan = planFromText(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8'));
    expect(plan.revenue_model.arpu_monthly.toString()).toBe('2400');
  });

  it('takes money as founders type it, echoes what it understood, and writes plain digits', async () => {
    const dir = await tempDir();
    const output = captureOutput();
    const run = init({ cwd: dir, template: 'speech-recognition', interactive: true, date: '2026-11-29', lang: 'en', output });
    const answers: Array<[string, string]> = [
      ['Total addressable market (TAM)', '$5B'],
      ['Serviceable addressable market (SAM)', '5,000,000'],
      ['Serviceable obtainable market (SOM)', '2 000 000'],
      ['Share of customers lost', '2.5 percent'],
    ];
    const screens = await drive(run, (text) => {
      const next = answers.find(([question]) => text.includes(question));
      if (!next) return false;
      answers.splice(answers.indexOf(next), 1);
      screen.type(next[1]);
      screen.keypress('enter');
      return true;
    });
    expect(await run).toBe(0);
    expect(answers).toEqual([]);
    // No answer was refused: a refusal is the line under the prompt that starts with ">".
    expect(screens.filter((s) => /^> .*must be/m.test(s))).toEqual([]);
    expect(output.stdout).toContain('= $5,000,000,000 a year');
    expect(output.stdout).toContain('= $5,000,000 a year');
    expect(output.stdout).toContain('= 2.5% a month');
    const yaml = await readFile(path.join(dir, 'bizplan.yaml'), 'utf8');
    expect(yaml).toMatch(/^ {4}tam: 5000000000\b/m);
    expect(yaml).toMatch(/^ {4}sam: 5000000\b/m);
    expect(yaml).toMatch(/^ {4}som: 2000000\b/m);
    const plan = planFromText(yaml);
    expect(plan.market.size?.tam.toString()).toBe('5000000000');
    expect(plan.revenue_model.churn_monthly.toString()).toBe('0.025');
  });

  it('takes 万 and 亿 in Chinese, and echoes them in the plan\'s currency', async () => {
    const dir = await tempDir();
    const output = captureOutput();
    const run = init({ cwd: dir, template: 'speech-recognition', interactive: true, date: '2026-11-29', lang: 'zh', output });
    let typed = false;
    await drive(run, (text) => {
      if (typed || !text.includes('潜在市场总量')) return false;
      typed = true;
      screen.type('120亿');
      screen.keypress('enter');
      return true;
    });
    expect(await run).toBe(0);
    expect(typed).toBe(true);
    expect(output.stdout).toContain('= US$12,000,000,000/年');
    expect(planFromText(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8')).market.size?.tam.toString()).toBe('12000000000');
  });

  it('stops at Ctrl-C with ExitPromptError and leaves nothing on disk', async () => {
    const dir = await tempDir();
    const run = init({ cwd: dir, template: 'speech-recognition', interactive: true, lang: 'en', output: captureOutput() });
    const outcome = run.then(
      () => 'finished',
      (error: unknown) => (error instanceof ExitPromptError ? 'interrupted' : String(error)),
    );
    await drive(run, (text) => {
      if (!text.includes('Cost to acquire one new customer')) return false;
      screen.keypress({ name: 'c', ctrl: true });
      return true;
    }).catch(() => undefined);
    expect(await outcome).toBe('interrupted');
    expect(await readdir(dir)).toEqual([]);
  });

  it('speaks Chinese with --lang zh', async () => {
    const dir = await tempDir();
    const output = captureOutput();
    const run = init({ cwd: dir, template: 'llm-api', interactive: true, date: '2026-11-29', lang: 'zh', output });
    const screens = await drive(run);
    expect(await run).toBe(0);
    expect(screens[0]).toContain('项目名称');
    expect(output.stdout).toContain('第 4/6 步 · 盈利模式');
    // inquirer's own words, themed: 是/否 rather than Y/n, 移动 rather than navigate.
    expect(screens).toContain('? 报告语言\n  English\n❯ 中文\n\n↑↓ 移动 • ⏎ 选择');
    expect(screens.some((s) => /^\? 保留趋势“[^”]+”吗？ （是\/否）$/.test(s))).toBe(true);
    expect(screens.join('\n')).not.toMatch(/navigate|Y\/n|\(y\/N\)/);
    // A plan started from a template keeps the template's own comments, which say where its figures come from.
    expect(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8')).toContain('# 第 1 步 市场调研：问题、趋势、市场规模与竞争格局。\nmarket:\n  # 中文不要用 ">" 折行');
  });

  it('says what is wrong in Chinese when the wizard speaks Chinese', async () => {
    const dir = await tempDir();
    const run = init({ cwd: dir, template: 'llm-api', interactive: true, date: '2026-11-29', lang: 'zh', output: captureOutput() });
    let tried = false;
    const screens = await drive(run, (text) => {
      if (!text.includes('? 每客户平均收入')) return false;
      if (!tried) {
        tried = true;
        screen.type('lots');
        screen.keypress('enter');
        return true;
      }
      // The wrong answer is shown with its message; clear it, and Enter keeps the template's figure.
      if (text.includes('lots')) for (let i = 0; i < 4; i++) screen.keypress('backspace');
      return false;
    });
    expect(await run).toBe(0);
    expect(screens.some((s) => s.includes('必须是数字（当前为 "lots"）'))).toBe(true);
  });

  it('offers an existing plan as the start of a revision, and writes the revision over it', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'bizplan.yaml'), (await templateText()).replace('cac: 9000', 'cac: 9500'));
    const run = init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', output: captureOutput() });
    const screens = await drive(run);
    expect(await run).toBe(0);
    expect(screens[0]).toContain('bizplan.yaml exists. Use it as the starting point for a revision?');
    expect(planFromText(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8')).revenue_model.cac.toString()).toBe('9500');
  });

  /** A plan as a founder leaves it: hand comments, quoting, then a calc that wrote its metrics and its report. */
  async function handEditedPlan(dir: string): Promise<{ plan: string; report: string }> {
    const text = (await templateText())
      .replace('name: VoiceScribe, speech recognition for enterprises and developers', 'name: "VoiceScribe, speech recognition for enterprises and developers" # the working name')
      .replace('\nmilestones:\n', '\n# My own note: milestones the board agreed on.\n\nmilestones:\n')
      .concat('# A last word of my own.\n');
    await writeFile(path.join(dir, 'bizplan.yaml'), text);
    expect(await calc({ cwd: dir, date: '2026-11-29', output: captureOutput() })).toBe(0);
    return { plan: await readFile(path.join(dir, 'bizplan.yaml'), 'utf8'), report: await readFile(path.join(dir, 'bizplan.report.md'), 'utf8') };
  }
  const withoutMetrics = (text: string) => text.replace(/\nmetrics:\n(?: {2}.*\n)*/, '\nmetrics:\n');

  it('revises a plan by pressing Enter at every prompt without changing one byte of it', async () => {
    const dir = await tempDir();
    const before = await handEditedPlan(dir);
    const run = init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', output: captureOutput() });
    const screens = await drive(run);
    expect(await run).toBe(0);
    expect(screens[0]).toContain('bizplan.yaml exists. Use it as the starting point for a revision?');
    expect(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8')).toBe(before.plan);
    expect(await readFile(path.join(dir, 'bizplan.report.md'), 'utf8')).toBe(before.report);
  });

  it('revises one answer by changing only that value and the metrics', async () => {
    const dir = await tempDir();
    const before = await handEditedPlan(dir);
    const run = init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', output: captureOutput() });
    await drive(run, (text) => {
      if (!text.includes('? Cost to acquire one new customer')) return false;
      for (let i = 0; i < 6; i++) screen.keypress('backspace');
      screen.type('9500');
      screen.keypress('enter');
      return true;
    });
    expect(await run).toBe(0);
    const after = await readFile(path.join(dir, 'bizplan.yaml'), 'utf8');
    expect(withoutMetrics(after)).toBe(withoutMetrics(before.plan).replace('\n  cac: 9000\n', '\n  cac: 9500\n'));
    expect(after).not.toBe(before.plan.replace('\n  cac: 9000\n', '\n  cac: 9500\n'));
    expect(planFromText(after).milestones).toHaveLength(3);
  });

  it('refuses to revise over a report bizplan did not write, before writing anything', async () => {
    const dir = await tempDir();
    const { plan } = await handEditedPlan(dir);
    await writeFile(path.join(dir, 'bizplan.report.md'), 'My own notes.\n');
    const run = init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', output: captureOutput() });
    await drive(run);
    await expect(run).rejects.toThrow(/bizplan\.report\.md: exists and was not written by bizplan/);
    expect(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8')).toBe(plan);
    expect(await readFile(path.join(dir, 'bizplan.report.md'), 'utf8')).toBe('My own notes.\n');
  });

  it('starts a plan from a template with every byte of it, milestones and comments included', async () => {
    const dir = await tempDir();
    const run = init({ cwd: dir, template: 'speech-recognition', interactive: true, date: '2026-11-29', lang: 'en', output: captureOutput() });
    await drive(run);
    expect(await run).toBe(0);
    const plan = await readFile(path.join(dir, 'bizplan.yaml'), 'utf8');
    const header = ['# A bizplan plan, written by bizplan init. Edit it by hand any time, then run: bizplan calc', '# For completion and checking in your editor, run: bizplan schema --out bizplan.schema.json', '# yaml-language-server: $schema=./bizplan.schema.json'];
    expect(plan.startsWith(`${header.join('\n')}\n\n${await templateText()}\n# Written by bizplan calc`)).toBe(true);
  });

  /** Types over the default of the question whose words the screen shows: clears it first. */
  function retype(text: string, question: string, typed: string): boolean {
    if (!text.includes(`? ${question}`)) return false;
    for (let i = 0; i < 12; i++) screen.keypress('backspace');
    screen.type(typed);
    screen.keypress('enter');
    return true;
  }
  /** Picks the nth choice (0-based) of the select the screen shows. */
  function pick(n: number): true {
    for (let i = 0; i < n; i++) screen.keypress('down');
    screen.keypress('enter');
    return true;
  }
  const DRAFT = '.bizplan-draft.yaml';

  it('keeps every answer in a draft when the founder says not now, resumes it next time, and deletes it once written', async () => {
    const dir = await tempDir();
    const output = captureOutput();
    const run = init({ cwd: dir, template: 'image-recognition', interactive: true, date: '2026-11-29', lang: 'en', output });
    const screens = await drive(run, (text) => {
      if (retype(text, 'Cost to acquire one new customer', '7777')) return true;
      if (!text.includes('? Write bizplan.yaml, bizplan.report.md?')) return false;
      // "n", as a founder answers a yes-or-no, now lands on "Not now", which keeps the answers.
      screen.type('n');
      screen.keypress('enter');
      return true;
    });
    expect(await run).toBe(0);
    expect(screens.at(-1)).toContain('Change an answer first');
    expect(output.stderr).toBe('Your answers are saved in .bizplan-draft.yaml; nothing else was written. Run bizplan init here to resume them.\n');
    expect(await readdir(dir)).toEqual([DRAFT]);
    const draft = await readFile(path.join(dir, DRAFT), 'utf8');
    expect(draft.split('\n')[0]).toBe('# bizplan init draft: answers not yet written as a plan; run bizplan init here to resume them, or delete this file. plan=none');
    expect(planFromText(draft).revenue_model.cac.toString()).toBe('7777');

    // The next init offers the draft first, and goes straight to the summary and the last question.
    const again = captureOutput();
    const resumed = init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', output: again });
    const seen = await drive(resumed);
    expect(await resumed).toBe(0);
    // The screen still shows the last run's final answer until the first question comes.
    const asked = seen.filter((s) => s.startsWith('?'));
    expect(asked).toHaveLength(2);
    expect(asked[0]).toContain('.bizplan-draft.yaml holds answers you saved. Resume them?');
    expect(asked[1]).toContain('Write bizplan.yaml, bizplan.report.md?');
    expect((await readdir(dir)).sort()).toEqual(['bizplan.report.md', 'bizplan.yaml']);
    const plan = await readFile(path.join(dir, 'bizplan.yaml'), 'utf8');
    expect(planFromText(plan).revenue_model.cac.toString()).toBe('7777');
    // The mark is the draft's, not the plan's.
    expect(plan).not.toContain('bizplan init draft');
  });

  it('changes one step from the last question, asks only its questions, and comes back to the summary', async () => {
    const dir = await tempDir();
    const output = captureOutput();
    const run = init({ cwd: dir, template: 'speech-recognition', interactive: true, date: '2026-11-29', lang: 'en', output });
    let finals = 0;
    let changing = false;
    const afterChange: string[] = [];
    await drive(run, (text) => {
      if (changing) afterChange.push(text);
      if (text.includes('? Write bizplan.yaml, bizplan.report.md?')) {
        finals += 1;
        // The first time: "Change an answer first".
        return finals === 1 ? pick(1) : false;
      }
      if (text.includes('? Which step?')) {
        changing = true;
        expect(text).toContain('Step 4/6 · Revenue model');
        return pick(4);
      }
      return changing && retype(text, 'Share of customers lost', '1.5%');
    });
    expect(await run).toBe(0);
    expect(finals).toBe(2);
    // Only the revenue model's questions came between the two summaries.
    expect(afterChange.some((s) => s.includes('? How customers pay'))).toBe(true);
    expect(afterChange.some((s) => s.includes('? Name of the venture') || s.includes('? Customers today') || s.includes('? Cash in the bank'))).toBe(false);
    expect(output.stdout.split('Your numbers')).toHaveLength(3);
    const plan = planFromText(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8'));
    expect(plan.revenue_model.churn_monthly.toString()).toBe('0.015');
    expect(plan.revenue_model.cac.toString()).toBe('9000');
  });

  it('offers the three last answers and keeps the draft in Chinese', async () => {
    const dir = await tempDir();
    const output = captureOutput();
    const run = init({ cwd: dir, template: 'llm-api', interactive: true, date: '2026-11-29', lang: 'zh', output });
    const screens = await drive(run, (text) => (text.includes('? 写入 bizplan.yaml、bizplan.report.md 吗？') ? pick(2) : false));
    expect(await run).toBe(0);
    expect(screens.at(-1)).toContain('先修改某个回答');
    expect(output.stderr).toBe('你的回答已保存到 .bizplan-draft.yaml；没有写入其他文件。在此目录再次运行 bizplan init 即可继续。\n');
    expect(await readdir(dir)).toEqual([DRAFT]);
  });

  it('says the draft is kept when Ctrl-C ends a run, and leaves it as it was', async () => {
    const dir = await tempDir();
    const first = init({ cwd: dir, template: 'speech-recognition', interactive: true, lang: 'en', output: captureOutput() });
    await drive(first, (text) => {
      if (!text.includes('? Write bizplan.yaml')) return false;
      return pick(2);
    });
    expect(await first).toBe(0);
    const draft = await readFile(path.join(dir, DRAFT), 'utf8');
    const run = init({ cwd: dir, interactive: true, lang: 'en', output: captureOutput() });
    const outcome = run.then(
      () => 'finished',
      (error: unknown) => (error instanceof ExitPromptError ? interruptNote(error) : String(error)),
    );
    await drive(run, (text) => {
      if (!text.includes('Resume them?')) return false;
      screen.keypress({ name: 'c', ctrl: true });
      return true;
    }).catch(() => undefined);
    expect(await outcome).toBe('Your saved answers in .bizplan-draft.yaml are kept; bizplan init offers to resume them.');
    expect(await readdir(dir)).toEqual([DRAFT]);
    expect(await readFile(path.join(dir, DRAFT), 'utf8')).toBe(draft);
  });

  it('never saves a draft over a file that is not its own, and offers the last question again', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, DRAFT), 'my notes\n');
    const output = captureOutput();
    const run = init({ cwd: dir, template: 'speech-recognition', interactive: true, date: '2026-11-29', lang: 'en', output });
    let finals = 0;
    const screens = await drive(run, (text) => {
      if (!text.includes('? Write bizplan.yaml')) return false;
      finals += 1;
      return finals === 1 ? pick(2) : false;
    });
    expect(await run).toBe(0);
    expect(finals).toBe(2);
    expect(output.stderr).toContain('.bizplan-draft.yaml cannot be resumed (bizplan did not write it); starting without it.');
    expect(output.stdout).toContain('The draft could not be saved: .bizplan-draft.yaml: exists and was not written by bizplan');
    expect(screens.length).toBeGreaterThan(100);
    expect(await readFile(path.join(dir, DRAFT), 'utf8')).toBe('my notes\n');
    expect((await readdir(dir)).sort()).toEqual([DRAFT, 'bizplan.report.md', 'bizplan.yaml']);
  });

  it('refuses to keep a draft through a symlink', async () => {
    const dir = await tempDir();
    const elsewhere = path.join(await tempDir(), 'elsewhere.yaml');
    await symlink(elsewhere, path.join(dir, DRAFT));
    const output = captureOutput();
    const run = init({ cwd: dir, template: 'speech-recognition', interactive: true, date: '2026-11-29', lang: 'en', output });
    let finals = 0;
    await drive(run, (text) => {
      if (!text.includes('? Write bizplan.yaml')) return false;
      finals += 1;
      return finals === 1 ? pick(2) : false;
    });
    expect(await run).toBe(0);
    expect(output.stdout).toContain('.bizplan-draft.yaml: is a symbolic link; bizplan keeps its draft only in a file of its own');
    expect(await readdir(path.dirname(elsewhere))).toEqual([]);
  });

  it('revises one step of an existing plan from the menu, or with --step', async () => {
    const dir = await tempDir();
    const before = await handEditedPlan(dir);
    const screens: string[] = [];
    const run = init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', output: captureOutput() });
    await drive(run, (text) => {
      screens.push(text);
      if (text.includes('? Which part to revise?')) return pick(8); // Growth assumptions, after every step and the venture
      return retype(text, 'New customers won next month', '14');
    });
    expect(await run).toBe(0);
    expect(screens.filter((s) => s.startsWith('?')).length).toBeLessThan(10);
    expect(screens.some((s) => s.includes('? Name of the venture'))).toBe(false);
    const after = await readFile(path.join(dir, 'bizplan.yaml'), 'utf8');
    expect(withoutMetrics(after)).toBe(withoutMetrics(before.plan).replace(/\n {2}new_customers_monthly: \d+\n/, '\n  new_customers_monthly: 14\n'));

    const stepped: string[] = [];
    const step = init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', step: 'revenue_model', output: captureOutput() });
    await drive(step, (text) => {
      stepped.push(text);
      return retype(text, 'Cost to acquire one new customer', '9100');
    });
    expect(await step).toBe(0);
    // The first question of the run, past the last run's final screen, is the revenue model's first.
    expect(stepped.find((s) => s.startsWith('?'))).toContain('? How customers pay');
    expect(stepped.some((s) => s.includes('exists. Use it as the starting point'))).toBe(false);
    expect(planFromText(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8')).revenue_model.cac.toString()).toBe('9100');
  });

  it('refuses --step without a plan, with a name that is not a step, or with --yes', async () => {
    const dir = await tempDir();
    await expect(init({ cwd: dir, interactive: true, lang: 'en', step: 'revenue_model', output: captureOutput() })).rejects.toThrow(
      'bizplan.yaml does not exist; run bizplan init to write one first',
    );
    await writeFile(path.join(dir, 'bizplan.yaml'), await templateText());
    await expect(init({ cwd: dir, interactive: true, lang: 'en', step: 'pricing', output: captureOutput() })).rejects.toThrow(
      '--step: no step named "pricing"; the steps are venture, market, value_proposition, target_market, revenue_model, resources, partners, growth, risks, checks, scenarios',
    );
    await expect(init({ cwd: dir, yes: true, lang: 'en', step: 'growth', output: captureOutput() })).rejects.toThrow('--step asks a step\'s questions in the wizard');
  });

  it('asks "Did you mean 8%?" for a rate past any business, and takes the answer', async () => {
    const dir = await tempDir();
    const screens: string[] = [];
    const output = captureOutput();
    const run = init({ cwd: dir, template: 'speech-recognition', interactive: true, date: '2026-11-29', lang: 'en', output });
    await drive(run, (text) => {
      screens.push(text);
      if (text.includes('? Discount rate for the discounted LTV') && !text.includes('Did you mean')) return retype(text, 'Discount rate for the discounted LTV', '10');
      if (text.includes('? Growth of new-customer wins') && !text.includes('Did you mean')) return retype(text, 'Growth of new-customer wins', '8');
      if (text.includes('? 1000% a year is more than the plausible 100%. Did you mean 10%?')) {
        // No: the founder means 1000% (the figure is kept, and calc warns).
        screen.type('n');
        screen.keypress('enter');
        return true;
      }
      return false;
    });
    expect(await run).toBe(0);
    expect(screens.some((s) => s.includes('? 800% a month is more than the plausible 50%. Did you mean 8%?'))).toBe(true);
    const plan = planFromText(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8'));
    expect(plan.growth.new_customers_growth_monthly.toString()).toBe('0.08');
    expect(plan.revenue_model.discount_rate_annual?.toString()).toBe('10');
    expect(output.stdout).toContain('revenue_model.discount_rate_annual is 1000% a year, more than the plausible 100%. If you meant 10%, write it as "10%" or 0.1: a plain 10 means 1000%.');
  });

  it('offers the team and compute as the fixed costs, and warns when fixed costs are below them', async () => {
    const dir = await tempDir();
    const output = captureOutput();
    const screens: string[] = [];
    const typed: Array<[string, string]> = [
      ['Add a role?', 'y'],
      ['Role', 'Founders'],
      ['Head count', '2'],
      ['Fully loaded cost of each person', '9000'],
      ['Budget for training and baseline compute', '5000'],
      ...BLANK_ANSWERS.filter(([q]) => q !== 'Fixed costs'),
    ];
    const run = init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', output });
    await blankStart(run, typed, (text) => {
      screens.push(text);
      return false;
    });
    expect(await run).toBe(0);
    expect(output.stdout).toContain("The team's payroll plus the compute budget come to $23,000 a month: fixed costs include them.");
    expect(screens.some((s) => s.includes('? Fixed costs: team, rent, baseline compute (USD a month) (23000)'))).toBe(true);
    expect(planFromText(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8')).resources.fixed_costs_monthly.toString()).toBe('23000');

    const below = captureOutput();
    const dir2 = await tempDir();
    const again = init({ cwd: dir2, interactive: true, date: '2026-11-29', lang: 'en', output: below });
    await blankStart(again, [...typed, ['Fixed costs', '20000']]);
    expect(await again).toBe(0);
    expect(below.stdout).toContain("Fixed costs of $20,000 are below the team's payroll plus the compute budget, $23,000: the plan leaves part of them out.");
    expect(below.stdout).toContain("Fixed costs (resources.fixed_costs_monthly) are $20,000.00 a month, less than the team's payroll plus the compute budget, $23,000.00.");
  });

  it('asks seats and a seat\'s price with seat pricing, words the questions in seats, and writes arpu_monthly as their product', async () => {
    const dir = await tempDir();
    const screens: string[] = [];
    const typed: Array<[string, string]> = [['Seats one customer pays for', '12'], ['Price of one seat', '50'], ...BLANK_ANSWERS];
    const output = captureOutput();
    const run = init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', output });
    await blankStart(run, typed, (text) => {
      screens.push(text);
      return text.includes('? How customers pay') ? pick(2) : false;
    });
    expect(await run).toBe(0);
    expect(screens.some((s) => s.includes('? Average revenue per customer'))).toBe(false);
    expect(screens.some((s) => s.includes('? Cost to serve one customer, excluding AI inference (support, hosting, payment fees) (USD per customer a month) (one customer = 12 seats)'))).toBe(true);
    expect(output.stdout).toContain('12 seats x $50 = $600 per customer a month, written as arpu_monthly.');
    const text = await readFile(path.join(dir, 'bizplan.yaml'), 'utf8');
    const plan = planFromText(text);
    expect([plan.revenue_model.pricing_model, plan.revenue_model.seats_per_customer?.toString(), plan.revenue_model.price_per_seat_monthly?.toString(), plan.revenue_model.arpu_monthly.toString()]).toEqual(['seat', '12', '50', '600']);
    expect(await readFile(path.join(dir, 'bizplan.report.md'), 'utf8')).toContain('ARPU \\$600.00 a month (12 seats at \\$50.00 a seat)');
  });

  it('asks only the shares again when they add up to more than 100%', async () => {
    const dir = await tempDir();
    const screens: string[] = [];
    let shares = 0;
    const run = init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', output: captureOutput() });
    let areas = 0;
    await blankStart(run, BLANK_ANSWERS, (text) => {
      screens.push(text);
      if (text.includes('? Add a spending area?')) return typeAnswer('y');
      if (text.includes('? Where the money goes')) return typeAnswer(++areas === 1 ? 'Research' : 'Sales');
      if (text.includes('? Add another spending area?')) return typeAnswer(areas < 2 ? 'y' : 'n');
      if (text.includes('? Share of spending')) {
        shares += 1;
        // 70% and 50% first; then the second share again, as 30%.
        if (shares === 1) return typeAnswer('70%');
        if (shares === 2) return typeAnswer('50%');
        if (shares === 4) return retype(text, 'Share of spending', '30%');
      }
      return false;
    });
    expect(await run).toBe(0);
    expect(shares).toBe(4);
    expect(areas).toBe(2);
    expect(screens.filter((s) => s.includes('? Where the money goes')).length).toBe(2);
    const plan = planFromText(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8'));
    expect(plan.resources.allocation.map((a) => [a.area, a.share.toString()])).toEqual([['Research', '0.7'], ['Sales', '0.3']]);
  });

  it('builds a plan from a blank start, with inference costs, from typed answers only', async () => {
    const dir = await tempDir();
    const output = captureOutput();
    const run = init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', output });
    await blankStart(run, BLANK_ANSWERS);
    expect(await run).toBe(0);
    const plan = planFromText(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8'));
    expect(plan.name).toBe('Acme Support AI');
    expect(plan.target_market.primary_segment).toBe('Online shops');
    expect(plan.revenue_model.churn_monthly.toString()).toBe('0.03');
    // 10,000 x (2,000 x 3 + 500 x 15) / 1e6 = 135 a month of inference.
    expect(plan.revenue_model.inference?.requests_per_customer_monthly.toString()).toBe('10000');
    expect(output.stdout).toContain('AI inference cost      $135.00');
    expect(plan.market.competitors).toEqual([]);
  });

  it('asks whether the founder plans to hire, spend and raise, and writes each answer as a plan key', async () => {
    const dir = await tempDir();
    const output = captureOutput();
    const typed: Array<[string, string]> = [
      ['Do you plan to hire?', 'y'],
      ['Role to hire', 'Account executive'],
      ['How many people', '2'],
      ['Month they start', '7'],
      ['Any one-off or recurring costs ahead, such as a training run or an office?', 'y'],
      ['What the money is for', 'Office'],
      ['First month it is paid', '4'],
      ['How much a month', '3000'],
      ['Last month it is paid', '18'],
      ['Do you plan to raise money?', 'y'],
      ['Round (seed, Series A, a grant...)', 'Seed'],
      ['Month the money arrives', '6'],
      ['How much is raised', '2000000'],
      ['Fail unless the plan is default alive', 'y'],
      ['Fully loaded cost of each person', '9000'],
      ...BLANK_ANSWERS,
    ];
    const screens: string[] = [];
    const run = init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', output });
    await blankStart(run, typed, (text) => {
      screens.push(text);
      if (!text.includes('? Paid once, or every month?')) return false;
      screen.keypress('down');
      screen.keypress('enter');
      return true;
    });
    expect(await run).toBe(1); // require_default_alive fails: the plan burns its cash without the seed round
    const written = await readFile(path.join(dir, 'bizplan.yaml'), 'utf8');
    const plan = planFromText(written);
    expect(plan.resources.hires).toEqual([{ role: 'Account executive', count: new Dec(2), monthly_cost: new Dec(9000), start_month: new Dec(7) }]);
    // A recurring cost asks only the recurring shape's keys.
    expect(plan.resources.planned_costs).toEqual([{ what: 'Office', from_month: new Dec(4), monthly: new Dec(3000), to_month: new Dec(18) }]);
    expect(screens.some((s) => s.includes('? Month it is paid'))).toBe(false);
    expect(plan.funding).toEqual([{ round: 'Seed', month: new Dec(6), amount: new Dec(2000000) }]);
    expect(plan.checks.require_default_alive).toBe(true);
    expect(written).toContain('\n  require_default_alive: true\n');
    expect(output.stdout).toContain('Default dead: without a round, cash lasts');
  });

  it('asks whether the model could run on the founder\'s own GPUs and about training runs, each question with its unit', async () => {
    const dir = await tempDir();
    const typed: Array<[string, string]> = [
      ['Yearly change of these token prices', '-30%'],
      ['Could you serve the model on your own GPUs?', 'y'],
      ['Price of one GPU-hour', '2.5'],
      ['Input tokens one GPU reads a second', '28000'],
      ['Output tokens one GPU writes a second', '4000'],
      ['Share of paid GPU time doing useful work', '70%'],
      ['GPUs kept running whatever the load', '2'],
      ['Do you plan training or fine-tuning runs?', 'y'],
      ['What the run trains', 'Support fine-tune'],
      ['Month the run is paid', '3'],
      ['Model parameters', '7e9'],
      ['Training tokens', '2e9'],
      ['Peak dense TFLOPS', '989'],
      ['Model FLOPs utilization', '40%'],
      ...BLANK_ANSWERS,
    ];
    const screens: string[] = [];
    const run = init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', output: captureOutput() });
    await blankStart(run, typed, (text) => {
      screens.push(text);
      // Serve from our own GPUs; size the run by parameters and tokens: each the second choice.
      if (!text.includes('? Which one serves your customers') && !text.includes('? Do you know its GPU-hours')) return false;
      screen.keypress('down');
      screen.keypress('enter');
      return true;
    });
    await run;
    const plan = planFromText(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8'));
    expect(plan.revenue_model.inference?.price_change_yearly?.toString()).toBe('-0.3');
    expect(plan.compute.self_hosting).toEqual({
      gpu_hourly_price: new Dec('2.5'),
      input_tokens_per_second_per_gpu: new Dec(28000),
      output_tokens_per_second_per_gpu: new Dec(4000),
      utilization: new Dec('0.7'),
      min_gpus: new Dec(2),
      serve_from: 'self_hosted',
    });
    expect(plan.compute.training_runs).toEqual([
      { what: 'Support fine-tune', month: new Dec(3), parameters: new Dec('7e9'), tokens: new Dec('2e9'), gpu_peak_tflops: new Dec(989), mfu: new Dec('0.4') },
    ]);
    // Only the chosen shape's keys are asked, and every number says its unit.
    expect(screens.some((s) => s.includes('? GPU-hours the run takes'))).toBe(false);
    expect(screens.some((s) => s.includes('? Price of one GPU-hour (rented or amortized) (USD per GPU-hour)'))).toBe(true);
    expect(screens.some((s) => s.includes('(tokens a second per GPU)'))).toBe(true);
    expect(screens.some((s) => s.includes('? Training tokens (e.g. 2e12; fine-tunes are often 1e8-1e10) (tokens)'))).toBe(true);
  });

  it('does not ask about self-hosting when the product pays for no inference', async () => {
    const dir = await tempDir();
    const screens: string[] = [];
    const typed = BLANK_ANSWERS.map(([q, a]): [string, string] => [q, q === 'Does the product run an AI model' ? 'n' : a]);
    const run = init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', output: captureOutput() });
    await blankStart(run, typed, (text) => {
      screens.push(text);
      return false;
    });
    await run;
    expect(screens.filter((s) => s.includes('? Could you serve the model on your own GPUs?'))).toHaveLength(0);
    expect(screens.filter((s) => s.includes('? Do you plan training or fine-tuning runs?'))).toHaveLength(1);
    const plan = planFromText(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8'));
    expect(plan.compute).toEqual({ training_runs: [] });
  });

  it('keeps a quick run quick: one no each for hires, costs and rounds', async () => {
    const dir = await tempDir();
    const screens: string[] = [];
    const run = init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', output: captureOutput() });
    await blankStart(run, BLANK_ANSWERS, (text) => {
      screens.push(text);
      return false;
    });
    await run;
    const asked = (words: string) => screens.filter((s) => s.includes(`? ${words}`)).length;
    expect([asked('Do you plan to hire?'), asked('Any one-off or recurring costs ahead'), asked('Do you plan to raise money?')]).toEqual([1, 1, 1]);
    expect(asked('Role to hire') + asked('What the money is for') + asked('Round (seed')).toBe(0);
    const plan = planFromText(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8'));
    expect([plan.resources.hires, plan.resources.planned_costs, plan.funding]).toEqual([[], [], []]);
  });
});

describe('the downside scenario the wizard offers at its end', () => {
  it('writes scenarios.downside from three quick answers typed as people type them, asking a wrong one again', async () => {
    const dir = await tempDir();
    const output = captureOutput();
    const run = init({ cwd: dir, template: 'speech-recognition', interactive: true, date: '2026-11-29', lang: 'en', output });
    let churnTries = 0;
    const screens = await drive(run, (text) => {
      if (text.includes('? Add a downside scenario')) return typeAnswer('y');
      if (text.includes('? Downside: how many fewer new customers a month?')) return typeAnswer('30 percent');
      if (text.includes('? Downside: how much higher is the monthly churn?')) {
        churnTries++;
        if (churnTries === 1) return typeAnswer('-5%');
        if (text.includes('-5%')) for (let i = 0; i < 3; i++) screen.keypress('backspace');
        return typeAnswer('60%');
      }
      return false;
    });
    expect(await run).toBe(0);
    // Each question names the plan's figure it is relative to; Enter takes the default for the tokens.
    expect(screens.some((s) => s.includes('? Downside: how many fewer new customers a month? (% of the plan\'s 12)'))).toBe(true);
    expect(screens.some((s) => s.includes('must be 0 or more (got "-5%")'))).toBe(true);
    expect(screens.some((s) => s.includes('? Downside: how much pricier are the model\'s tokens? (% of the plan\'s $4)'))).toBe(true);
    expect(output.stdout).toContain('Scenario downside, beside the base case:\n  growth.new_customers_monthly: 12 → 8.4\n  revenue_model.churn_monthly: 2.5% → 4%\n');
    expect(output.stdout).toContain('Downside scenario');
    // The figures before writing say what the downside does to the cash, beside the base's line.
    expect(output.stdout).toMatch(/• Cash lasts the whole horizon\.\n.*• In the downside scenario: cash (lasts the whole horizon|runs out before the horizon: raise at least \$\S+)\.\n/);
    const written = await readFile(path.join(dir, 'bizplan.yaml'), 'utf8');
    expect(written).toContain(
      [
        'scenarios:',
        '  downside:',
        '    description: New customers 30% fewer, churn 60% higher, tokens 20% pricier',
        '    set:',
        '      growth.new_customers_monthly: 8.4',
        '      revenue_model.churn_monthly: 4%',
        '      revenue_model.inference.input_price_per_million: 1.2',
        '      revenue_model.inference.cached_input_price_per_million: 0.12',
        '      revenue_model.inference.output_price_per_million: 4.8',
      ].join('\n'),
    );
    // The scenario is the plan's: calc --scenario computes it from the written file.
    const json = captureOutput();
    await calc({ cwd: dir, json: true, write: false, scenario: 'downside', output: json });
    expect(JSON.parse(json.stdout)).toMatchObject({ scenario: 'downside' });
  });

  it('offers the answers of a downside it wrote when revising, and keeps it when declined', async () => {
    const dir = await tempDir();
    const first = init({ cwd: dir, template: 'speech-recognition', yes: true, downsideChurn: '40%', date: '2026-11-29', lang: 'en', output: captureOutput() });
    expect(await first).toBe(0);
    const before = await readFile(path.join(dir, 'bizplan.yaml'), 'utf8');
    // Declined: the plan stays byte for byte.
    const keep = init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', step: 'scenarios', output: captureOutput() });
    const kept = await drive(keep);
    expect(await keep).toBe(0);
    expect(kept.some((s) => s.includes('? The plan has a downside scenario (New customers 25% fewer, churn 40% higher, tokens 20% pricier). Replace it from three quick answers?'))).toBe(true);
    expect(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8')).toBe(before);
    // Replaced: each question offers the answer that made the entry.
    const replace = init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', step: 'scenarios', output: captureOutput() });
    const screens = await drive(replace, (text) => (text.includes('? The plan has a downside scenario') ? typeAnswer('y') : text.includes('? Downside: how much higher') ? typeAnswer('80%') : false));
    expect(await replace).toBe(0);
    expect(screens.some((s) => s.includes('(% of the plan\'s 2.5%) (40%)'))).toBe(true);
    const after = await readFile(path.join(dir, 'bizplan.yaml'), 'utf8');
    expect(after).toContain('    description: New customers 25% fewer, churn 80% higher, tokens 20% pricier\n');
    expect(after).toContain('      revenue_model.churn_monthly: 4.5%\n');
    expect(after.split('\nscenarios:')[0]).toBe(before.split('\nscenarios:')[0]);
  });

  it('asks in Chinese and writes the description in the plan\'s language; no token question without a model', async () => {
    const dir = await tempDir();
    const output = captureOutput();
    const run = init({ cwd: dir, template: 'llm-api', interactive: true, date: '2026-11-29', lang: 'zh', output });
    const screens = await drive(run, (text) => (text.includes('? 要在基准情景之外加一个悲观情景') ? typeAnswer('是') : false));
    expect(await run).toBe(0);
    expect(screens.some((s) => s.includes('? 悲观情景：每月新增客户减少多少？（相对计划中的 60，填百分比）'))).toBe(true);
    const plan = planFromText(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8'));
    expect(plan.scenarios?.downside?.description).toBe('新增客户减少 25%，流失率提高 50%，token 价格上涨 20%');
    expect(output.stdout).toMatch(/• 悲观情景下，现金/);

    const noModel = await tempDir();
    const screensNoModel: string[] = [];
    const blank = init({ cwd: noModel, interactive: true, date: '2026-11-29', lang: 'en', output: captureOutput() });
    await blankStart(blank, [['Does the product run an AI model', 'n'], ['Add a downside scenario', 'y'], ...BLANK_ANSWERS], (text) => {
      screensNoModel.push(text);
      return false;
    });
    expect(await blank).toBe(0);
    expect(screensNoModel.some((s) => s.includes('? Downside: how much higher is the monthly churn?'))).toBe(true);
    expect(screensNoModel.some((s) => s.includes('pricier are the model'))).toBe(false);
    const written = planFromText(await readFile(path.join(noModel, 'bizplan.yaml'), 'utf8'));
    expect(written.scenarios?.downside).toEqual({
      description: 'New customers 25% fewer, churn 50% higher',
      set: { 'growth.new_customers_monthly': new Dec('3.75'), 'revenue_model.churn_monthly': '4.5%' },
    });
  });
});
