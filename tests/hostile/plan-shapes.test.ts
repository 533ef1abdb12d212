import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/core/plan/load.js';
import { MAX_PROBLEMS } from '../../src/core/plan/problems.js';
import { BIN, tempDir, templateText } from '../helpers.js';

const exec = promisify(execFile);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the built binary in a small heap: a plan that floods memory dies here instead of passing. */
async function runSmall(args: readonly string[], cwd: string): Promise<Run> {
  const started = performance.now();
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--max-old-space-size=128', BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 20_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr, ms: performance.now() - started };
  } catch (error) {
    const e = error as { code: number | null; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr, ms: performance.now() - started };
  }
}

/** The template with one top-level section's value replaced by YAML text. */
async function withSection(key: string, yaml: string): Promise<string> {
  const replaced = (await templateText()).replace(new RegExp(`\\n${key}:\\n(?:(?:[ -].*)?\\n)+`), `\n${key}: ${yaml}\n`);
  expect(replaced).toContain(`\n${key}: ${yaml}\n`);
  return replaced;
}

const FORMATS = ['text', 'json', 'github', 'junit'] as const;
const lines = (run: Run) => `${run.stdout}${run.stderr}`.split('\n').filter((line) => line.trim() !== '');

describe('a number where a map belongs', () => {
  it('is one problem in every output format, and in calc', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'plan.yaml'), await withSection('growth', '12'));
    for (const format of FORMATS) {
      const run = await runSmall(['check', 'plan.yaml', '--format', format], dir);
      expect(run.code, `${format}: ${run.stderr}`).toBe(2);
      const output = `${run.stdout}${run.stderr}`;
      expect(output, format).toContain('must be a map of keys (got 12)');
      // Decimal's internals (constructor, s, abs, ceil...) never reach a message.
      expect(output, format).not.toMatch(/growth\.(constructor|s|abs|ceil|d|e)\b/);
      // JUnit repeats the first problem as its error's message attribute.
      expect(output.match(/must be a map of keys/g), format).toHaveLength(format === 'junit' ? 2 : 1);
    }
    const calc = await runSmall(['calc', 'plan.yaml'], dir);
    expect(calc.code).toBe(2);
    expect(lines(calc)).toEqual([expect.stringMatching(/^plan\.yaml:\d+:9 growth: must be a map of keys \(got 12\)$/)]);
  });

  // 5,000 numbers (18 KB) took 6 s, 0.9 GB and printed 545,111 lines; 480,000 (1 MB) ran out of heap.
  for (const [items, what] of [
    [5_000, 'a list of 5,000 numbers'],
    [480_000, 'a megabyte of list items'],
  ] as const) {
    it(`${what} ends in seconds, in a small heap, with a screenful of output`, async () => {
      const dir = await tempDir();
      await writeFile(path.join(dir, 'plan.yaml'), await withSection('partners', `[${Array<string>(items).fill('1').join(',')}]`));
      for (const format of FORMATS) {
        const run = await runSmall(['check', 'plan.yaml', '--format', format], dir);
        expect(run.code, `${format}: ${run.stderr.slice(0, 500)}`).toBe(2);
        expect(run.ms, format).toBeLessThan(5_000);
        expect(lines(run).length, format).toBeLessThan(MAX_PROBLEMS * 8);
      }
      const calc = await runSmall(['calc', 'plan.yaml'], dir);
      expect(calc.code, calc.stderr.slice(0, 500)).toBe(2);
      expect(lines(calc).length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
      expect(calc.stderr).toMatch(items > 20_000 ? /the file holds over \d+ values/ : /… and 4950 more problems/);
    });
  }
});

describe('a valid plan that ends in a keep-chomped block scalar', () => {
  const endings: Array<[string, string]> = [
    ['|+', 'name: |+\n  VoiceScribe\n\n'],
    ['>+', 'name: >+\n  VoiceScribe\n\n\n'],
    ['|+ then a document end', 'name: |+\n  VoiceScribe\n\n...\n'],
    ['>+ then a document end and a comment', 'name: >+\n  VoiceScribe\n\n...\n# after the end\n'],
    ['|+ with CRLF line ends', 'name: |+\r\n  VoiceScribe\r\n\r\n'],
    ['|+ with no final line break', 'name: |+\n  VoiceScribe'],
  ];
  it.each(endings)('is calculated, keeps its values, and calc twice writes the same bytes (%s)', async (_, ending) => {
    const dir = await tempDir();
    const template = (await templateText()).replace(/^name: .*\n/m, '');
    const source = ending.includes('\r\n') ? template.replace(/\n/g, '\r\n') + ending : template + ending;
    await writeFile(path.join(dir, 'plan.yaml'), source);
    const values = (text: string) => {
      const parsed = parseYaml(text, 'plan.yaml');
      if (!parsed.ok) throw new Error(parsed.problems[0]?.message);
      const { metrics: _metrics, ...rest } = parsed.value as Record<string, unknown>;
      return JSON.stringify(rest);
    };
    const first = await runSmall(['calc', 'plan.yaml'], dir);
    expect(first.code, first.stderr).toBe(0);
    const written = await readFile(path.join(dir, 'plan.yaml'), 'utf8');
    expect(written).toContain('\nmetrics:');
    expect(values(written)).toBe(values(source));
    const second = await runSmall(['calc', 'plan.yaml'], dir);
    expect(second.code, second.stderr).toBe(0);
    expect(await readFile(path.join(dir, 'plan.yaml'), 'utf8')).toBe(written);
  });
});

describe('a secret pasted as a key or an anchor name', () => {
  const SECRET = 'sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
  /** Whether any run of 21 characters of the secret is in the text: a message may quote at most 20. */
  const leaks = (text: string, secret: string) => Array.from({ length: secret.length - 20 }, (_, i) => secret.slice(i, i + 21)).some((run) => text.includes(run));

  /** The plan, and whether its problem names the secret's start (an anchor that is used is no problem). */
  const plans: Array<[string, (template: string, secret: string) => string, boolean]> = [
    ['an unknown top-level key', (t, s) => `${t}${s}: 1\n`, true],
    ['an unknown key in a section', (t, s) => t.replace('\ngrowth:\n', `\ngrowth:\n  ${s}: 1\n`), true],
    ['an unknown key in a list item', (t, s) => t.replace(/\npartners:\n {2}- /, `\npartners:\n  - ${s}: 1\n    `), true],
    ['an unknown key in a flow map with a wrong value', (t, s) => t.replace(/\nmilestones:\n(?:(?:[ -].*)?\n)+/, `\nmilestones: [{month: x, ${s}: 1}]\n`), true],
    ['the only key of a file', (_, s) => `${s}: 1\n`, true],
    ['an alias with no anchor', (t, s) => `${t}extra: *${s}\n`, true],
    ['an anchor and its alias', (t, s) => `${t}extra: &${s} 1\nmore: *${s}\n`, false],
  ];
  // YAML allows an implicit key of up to 1024 characters.
  for (const secret of [SECRET, `${SECRET}${'x'.repeat(1000 - SECRET.length)}`]) {
    it.each(plans)(`is never printed whole, in text, github or junit format: %s (${secret.length} characters)`, async (_, write, named) => {
      const dir = await tempDir();
      await writeFile(path.join(dir, 'plan.yaml'), write(await templateText(), secret));
      // The same mistake with a one-letter key: bizplan's own words alone.
      const short = await tempDir();
      await writeFile(path.join(short, 'plan.yaml'), write(await templateText(), 'k'));
      const longest = (text: string) => Math.max(...text.split('\n').map((line) => line.length));
      for (const format of ['text', 'github', 'junit']) {
        const run = await runSmall(['check', 'plan.yaml', '--format', format], dir);
        const output = `${run.stdout}${run.stderr}`;
        expect(run.code, output).toBe(2);
        if (named) expect(output, format).toContain('sk-proj-AbCdEfGhIjKl…');
        expect(leaks(output, secret), `${format}: ${output}`).toBe(false);
        // The longest line is bizplan's own words (the keys allowed at the top level, twice in JUnit's
        // first line) and at most the key's first 20 characters and "…" wherever the key is named;
        // a whole 1,000-character key made a line of 1,212.
        const own = await runSmall(['check', 'plan.yaml', '--format', format], short);
        const mentions = Math.max(...output.split('\n').map((line) => line.split('sk-proj-').length - 1));
        expect(longest(output), format).toBeLessThanOrEqual(longest(`${own.stdout}${own.stderr}`) + mentions * 20);
      }
    });
  }

  it('leaves bizplan\'s own long keys whole', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'plan.yaml'), (await templateText()).replace(/variable_cost_per_customer_monthly: .*/, 'variable_cost_per_customer_monthly: lots'));
    const run = await runSmall(['check', 'plan.yaml'], dir);
    expect(run.stdout).toMatch(/plan\.yaml:\d+:\d+ revenue_model\.variable_cost_per_customer_monthly: must be a number \(got "lots"\)/);
  });
});
