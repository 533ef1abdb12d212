import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calc } from '../../src/commands/calc.js';
import { check } from '../../src/commands/check.js';
import { readPlainYaml } from '../../src/core/plan/plain-yaml.js';
import { UserError } from '../../src/shell/errors.js';
import { captureOutput, tempDir, templateText } from '../helpers.js';

/**
 * The hostile inputs of the reading path, through the commands that read plans the fast way
 * (calc --no-write, check) and the one that reads the full way (calc that writes): each is
 * refused by both in the very same words, at the very same line and column.
 */
const hostile: Array<[string, (plan: string) => string]> = [
  ['YAML 1.1', (p) => `%YAML 1.1\n---\n${p}`],
  ['a foreign tag', (p) => p.replace(/^name: (.*)$/m, 'name: !!binary aGVsbG8=')],
  ['a custom tag', (p) => p.replace(/^name: (.*)$/m, 'name: !shell rm')],
  ['a lone CR', (p) => p.replace('\n', '\r')],
  ['an alias with no anchor', (p) => p.replace(/^( {2}cac:) .*$/m, '$1 *missing')],
  ['a merge of a scalar', (p) => p.replace(/^growth:$/m, 'growth:\n  <<: 5')],
  ['a number beyond the bounds', (p) => p.replace(/^( {2}cac:) .*$/m, '$1 1e999999999')],
  ['a hex number too large', (p) => p.replace(/^( {2}cac:) .*$/m, '$1 0xFFFFFFFFFFFFFFFFFFFF')],
  ['a prototype key', (p) => p.replace(/^growth:$/m, 'growth:\n  __proto__: 1')],
  ['an escaped prototype key', (p) => p.replace(/^growth:$/m, 'growth:\n  "\\u005f_proto__": 1')],
  ['a duplicate key', (p) => p.replace(/^( {2}cac:) (.*)$/m, '$1 $2\n$1 $2')],
  ['a tab in the indentation', (p) => p.replace(/^ {2}cac:/m, '\tcac:')],
  ['a byte-order mark and a bad value', (p) => `\ufeff${p.replace(/^( {2}cac:) .*$/m, '$1 lots')}`],
  ['an unknown key', (p) => p.replace(/^( {2}cac:) (.*)$/m, '$1 $2\n  cca: 1')],
  ['a value out of range', (p) => p.replace(/^( {2}churn_monthly:) .*$/m, '$1 1.5')],
];

async function refusal(run: () => Promise<number>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof UserError) return error.lines.join('\n');
    throw error;
  }
  throw new Error('expected the plan to be refused');
}

describe('hostile plans through the fast reading path', () => {
  it('are refused in the same words by calc --no-write, by calc that writes, and by check', async () => {
    const template = await templateText();
    const dir = await tempDir();
    for (const [what, spoil] of hostile) {
      const text = spoil(template);
      expect(text, what).not.toBe(template);
      const file = path.join(dir, 'plan.yaml');
      await writeFile(file, text);
      const fast = await refusal(() => calc({ cwd: dir, plan: 'plan.yaml', write: false, json: true, output: captureOutput() }));
      const full = await refusal(() => calc({ cwd: dir, plan: 'plan.yaml', output: captureOutput() }));
      expect(fast, what).toBe(full);
      expect(fast, what).toMatch(/^plan\.yaml:\d+:\d+/);
      const output = captureOutput();
      expect(await check({ cwd: dir, files: ['plan.yaml'], output }), what).toBe(2);
      expect(output.stdout, what).toContain(fast.split('\n')[0]?.replace(/^plan\.yaml:/, '') ?? '');
    }
  });

  it('leaves every construct the full loader must judge to the full loader', async () => {
    const template = await templateText();
    // The rest are plain YAML with a bad value, which the plain reader reads and the schema refuses.
    const plainButInvalid = new Set(['a number beyond the bounds', 'an unknown key', 'a value out of range']);
    for (const [what, spoil] of hostile) {
      if (!plainButInvalid.has(what)) expect(readPlainYaml(spoil(template)), what).toBeUndefined();
    }
  });
});
