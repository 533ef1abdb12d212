import { execFileSync } from 'node:child_process';
import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { init } from '../../src/commands/init.js';
import type { Prompter } from '../../src/wizard/flow.js';
import { captureOutput, tempDir, templateText } from '../helpers.js';
import { snapshot } from './fs-helpers.js';

const DRAFT = '.bizplan-draft.yaml';

/**
 * A founder who presses Enter everywhere, except at the last question, which they answer from
 * `finals` in turn (then "write"), and at "Resume them?", answered by `resume`.
 */
function founder(finals: string[], resume = true): Prompter & { said: string[]; asked: string[] } {
  const said: string[] = [];
  const asked: string[] = [];
  return {
    said,
    asked,
    text: ({ default: fallback }) => Promise.resolve(fallback ?? ''),
    choice: ({ message, choices, default: fallback }) => {
      asked.push(message);
      if (choices.some((c) => c.value === 'draft')) return Promise.resolve(finals.shift() ?? 'write');
      return Promise.resolve(fallback ?? choices[0]?.value ?? '');
    },
    confirm: ({ message, default: fallback }) => {
      asked.push(message);
      return Promise.resolve(message.includes('Resume them') ? resume : fallback);
    },
    say: (line) => said.push(line),
  };
}

const run = (dir: string, prompter: Prompter, output = captureOutput()) =>
  init({ cwd: dir, template: 'speech-recognition', interactive: true, date: '2026-11-29', lang: 'en', prompter, output });

describe('the draft file against a hostile folder', () => {
  it('a folder, a FIFO or a link at the draft\'s path: not resumed, not written, and the answers can still be written', async () => {
    for (const make of ['folder', 'fifo', 'link'] as const) {
      const dir = await tempDir();
      const at = path.join(dir, DRAFT);
      if (make === 'folder') await mkdir(at);
      else if (make === 'fifo') execFileSync('mkfifo', [at]);
      else await symlink('/etc/hostname', at);
      const before = await snapshot(dir);
      const prompter = founder(['draft', 'draft']);
      const output = captureOutput();
      // Twice "not now", refused each time; then write.
      expect(await run(dir, prompter, output)).toBe(0);
      const refusals = prompter.said.filter((l) => l.startsWith('The draft could not be saved: .bizplan-draft.yaml:'));
      expect(refusals, make).toHaveLength(2);
      expect(output.stderr, make).toContain('.bizplan-draft.yaml cannot be resumed (');
      const after = await snapshot(dir);
      expect(after[DRAFT], make).toBe(before[DRAFT]);
      expect(Object.keys(after).sort(), make).toEqual([DRAFT, 'bizplan.report.md', 'bizplan.yaml']);
    }
  });

  it('a draft edited by hand into a broken plan: says its first problem and starts without it, keeping it until written', async () => {
    const dir = await tempDir();
    const broken = `# bizplan init draft: answers not yet written as a plan; run bizplan init here to resume them, or delete this file. plan=none\n${(await templateText()).replace('horizon_months: 36', 'horizon_months: 0')}`;
    await writeFile(path.join(dir, DRAFT), broken);
    const prompter = founder(['draft']);
    const output = captureOutput();
    expect(await run(dir, prompter, output)).toBe(0);
    expect(output.stderr).toMatch(/^\.bizplan-draft\.yaml cannot be resumed \(\.bizplan-draft\.yaml:\d+:\d+ growth\.horizon_months: must be /);
    expect(prompter.asked.some((m) => m.includes('Resume them'))).toBe(false);
    // "Not now" replaces the broken draft with the new answers: it is bizplan's own.
    expect(await readdir(dir)).toEqual([DRAFT]);
    expect(await readFile(path.join(dir, DRAFT), 'utf8')).not.toBe(broken);
  });

  it('a draft saved against a plan that changed since: says so, and resuming replaces the plan only when asked', async () => {
    const dir = await tempDir();
    const plan = path.join(dir, 'bizplan.yaml');
    await writeFile(plan, await templateText());
    const first = founder(['draft']);
    expect(await init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', prompter: first, output: captureOutput() })).toBe(0);
    const edited = (await templateText()).replace('cac: 9000', 'cac: 9100');
    await writeFile(plan, edited);
    // Declining the draft revises the plan as it is now; the draft goes once the plan is written.
    const second = founder([], false);
    expect(await init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', prompter: second, output: captureOutput() })).toBe(0);
    expect(second.asked[0]).toBe('.bizplan-draft.yaml holds answers you saved, but the plan changed since. Resume them anyway (the plan\'s changes would be replaced)?');
    expect(await readFile(plan, 'utf8')).toContain('\n  cac: 9100\n');
    expect((await readdir(dir)).sort()).toEqual(['bizplan.report.md', 'bizplan.yaml']);
  });

  it('init --step neither offers nor deletes a saved draft', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'bizplan.yaml'), await templateText());
    expect(await init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', prompter: founder(['draft']), output: captureOutput() })).toBe(0);
    const draft = await readFile(path.join(dir, DRAFT), 'utf8');
    const stepped = founder([]);
    expect(await init({ cwd: dir, interactive: true, date: '2026-11-29', lang: 'en', step: 'growth', prompter: stepped, output: captureOutput() })).toBe(0);
    expect(stepped.asked.some((m) => m.includes('Resume them'))).toBe(false);
    expect(await readFile(path.join(dir, DRAFT), 'utf8')).toBe(draft);
  });
});
