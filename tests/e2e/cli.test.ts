import { execFile } from 'node:child_process';
import { appendFile, cp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, TEMPLATE, tempDir, templateText } from '../helpers.js';

const exec = promisify(execFile);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a user would, with no terminal on stdin. */
async function bizplan(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the built binary', () => {
  it('prints its version from package.json', async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await bizplan(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('documents calc with examples and the exit codes', async () => {
    const top = await bizplan(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('calc [options] [plan]');
    expect(top.stdout).toContain('130  interrupted (Ctrl-C)');
    const calcHelp = await bizplan(['calc', '--help']);
    expect(calcHelp.stdout).toContain('--no-write');
    expect(calcHelp.stdout).toContain('$ bizplan calc --json | jq .metrics.ltv_to_cac');
  });

  it('names every step init --step takes, in the help and the README, and refuses others at once', async () => {
    const { SECTIONS } = await import('../../src/wizard/questions.js');
    const { stepName } = await import('../../src/wizard/flow.js');
    const names = SECTIONS.map(stepName);
    const help = (await bizplan(['init', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toContain(`${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`);
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`${names.slice(0, -1).map((n) => `\`${n}\``).join(', ')} or \`${names.at(-1) ?? ''}\``);
    const dir = await tempDir();
    await writeFile(path.join(dir, 'bizplan.yaml'), await templateText());
    expect((await bizplan(['init', '--step', 'pricing'], { cwd: dir })).stderr).toBe(`--step: no step named "pricing"; the steps are ${names.join(', ')}\n`);
    expect(await bizplan(['init', '--step', 'revenue_model', '--yes'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: "--step asks a step's questions in the wizard; it does not go with --answers or --yes\n" });
  });

  it('exits 0 with only JSON on stdout for a passing plan', async () => {
    const run = await bizplan(['calc', TEMPLATE, '--json', '--no-write']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as { metrics: { ltv: number } }).metrics.ltv).toBe(48108.8);
  });

  it('exits 1 when a check fails', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'bizplan.yaml'), (await templateText()).replace('ltv_to_cac_min: 3', 'ltv_to_cac_min: 6'));
    const run = await bizplan(['calc'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✗ LTV:CAC at least 6: 5.3454');
    expect(await readFile(path.join(dir, 'bizplan.yaml'), 'utf8')).toContain('\n  ltv_to_cac: 5.3454\n');
  });

  it('exits 2 with one line per problem on stderr, no stack trace, and no file written', async () => {
    const dir = await tempDir();
    const text = (await templateText()).replace('churn_monthly: 2.5%', 'churn_monthly: 1.5');
    await writeFile(path.join(dir, 'plan.yaml'), text);
    const run = await bizplan(['calc', 'plan.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^plan\.yaml:\d+:18 revenue_model\.churn_monthly: must be greater than 0 and at most 1 \(got 1\.5\); for 1\.5% write "1\.5%"\n$/);
    expect(await readFile(path.join(dir, 'plan.yaml'), 'utf8')).toBe(text);
    expect(await readdir(dir)).toEqual(['plan.yaml']);
  });

  it('exits 2 on a usage error and on a missing file', async () => {
    const usage = await bizplan(['calc', '--bogus']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("error: unknown option '--bogus'");
    const missing = await bizplan(['calc', 'nope.yaml']);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'nope.yaml: no such file; check the path, or run "bizplan init" to create a plan\n' });
  });

  it('ends quietly when the reader closes the pipe early', async () => {
    const { stdout, stderr } = await exec('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${BIN}" check '${path.join(ROOT, 'templates/plans')}/*.yaml' | head -1`]);
    expect(stdout).toBe(`✓ ${path.join(ROOT, 'templates/plans')}/image-recognition.yaml\n`);
    expect(stderr).toBe('');
  });

  it('colors the summary only when asked, and never under NO_COLOR', async () => {
    const plain = await bizplan(['calc', TEMPLATE, '--no-write']);
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = await bizplan(['calc', TEMPLATE, '--no-write'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[32m✓\u001b[39m');
    const refused = await bizplan(['calc', TEMPLATE, '--no-write'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(refused.stdout).not.toContain('\u001b[');
  });
});

describe('bizplan check on many plans', () => {
  it('gives the same bytes in worker threads as in one thread, in the order given', { timeout: 60_000 }, async () => {
    const { check } = await import('../../src/commands/check.js');
    const { captureOutput } = await import('../helpers.js');
    const dir = await tempDir();
    // Without the token-price trend: the counts below were checked on the recurrences without it.
    const text = (await templateText()).replace('    price_change_yearly: -30%\n', '');
    // Enough plans for the built binary to share them among threads; some fail, one is invalid.
    for (let i = 0; i < 80; i++) {
      const plan = i % 17 === 3 ? text.replace('cac: 9000', 'cac: lots') : text.replace('  cac: 9000', `  cac: ${7000 + i * 50}`);
      // A few in YAML the fast reader leaves to the full loader, so both paths run side by side in the threads.
      await writeFile(path.join(dir, `plan-${String(i).padStart(2, '0')}.yaml`), i % 9 === 4 ? `%YAML 1.2\n---\n${plan}` : plan);
    }
    for (const format of ['text', 'json', 'github', 'junit'] as const) {
      const inProcess = captureOutput();
      const expectedCode = await check({ cwd: dir, files: ['*.yaml'], format, output: inProcess });
      // Two threads whatever the load on the machine running the tests, and one, by the same binary.
      for (const threads of ['2', '1']) {
        const run = await bizplan(['check', '*.yaml', '--format', format], { cwd: dir, env: { BIZPLAN_THREADS: threads } });
        expect(run.code).toBe(expectedCode);
        expect(run.stdout).toBe(inProcess.stdout);
      }
    }
    // Counted independently with Python's decimal module over the same recurrences and thresholds
    // (the hires and costs make a dearer CAC run cash out before the Series A: funding_gap_max 0 fails).
    expect(await bizplan(['check', '*.yaml'], { cwd: dir })).toMatchObject({ code: 2, stdout: expect.stringContaining('80 plans: 52 passed, 23 failed a check, 5 invalid') });
  });

  it('refuses an argument with a line break before anything echoes it into a CI log', async () => {
    const run = await bizplan(['check', 'good.yaml\n::error file=x,line=1::Injected']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('argument 2 (good.yaml\\n::error file=x,line=1::Injected) holds a line break or a control character; bizplan takes none in its arguments\n');
    expect(run.stdout).toBe('');
  });
});


describe('the code cache', () => {
  /** A copy of the installed package (bin, dist, templates) to change without touching the shared build. */
  async function installedCopy(): Promise<string> {
    const dir = await tempDir();
    for (const part of ['bin', 'dist', 'templates', 'package.json']) await cp(path.join(ROOT, part), path.join(dir, part), { recursive: true });
    return dir;
  }

  const calcJson = (bin: string) => exec(process.execPath, [bin, 'calc', TEMPLATE, '--json', '--no-write'], { encoding: 'utf8' });
  const SIMULATED = path.join(ROOT, 'bench/simulate-120.yaml');
  const simulateJson = (bin: string) => exec(process.execPath, [bin, 'simulate', SIMULATED, '--runs', '3000', '--format', 'json'], { encoding: 'utf8' });

  it('is made by the build for this Node, and runs give the same output with it, without it, and with a stale one', async () => {
    const cacheDir = path.join(ROOT, 'dist/code-cache');
    // One cache for simulate, one for every other command.
    expect((await readdir(cacheDir)).sort()).toEqual([`${process.version}-${process.arch}.bin`, `${process.version}-${process.arch}.simulate.bin`]);
    const expected = await calcJson(BIN);
    expect(expected.stderr).toBe('');
    const simulated = await simulateJson(BIN);
    expect(simulated.stderr).toBe('');
    expect(JSON.parse(simulated.stdout)).toMatchObject({ runs: 3000, seed: 1 });
    const dir = await installedCopy();
    const bin = path.join(dir, 'bin/bizplan.js');
    const bundle = path.join(dir, 'dist/bizplan.cjs');
    // Each command with the other's cache: V8 takes it (the same source), and only the speed differs.
    const cache = (kind: string) => path.join(dir, 'dist/code-cache', `${process.version}-${process.arch}${kind}.bin`);
    const swapped = [await readFile(cache('')), await readFile(cache('.simulate'))] as const;
    await writeFile(cache(''), swapped[1]);
    await writeFile(cache('.simulate'), swapped[0]);
    expect(await calcJson(bin)).toEqual(expected);
    expect(await simulateJson(bin)).toEqual(simulated);
    // A bundle changed after the cache was made: V8 refuses the cache, as the source is not the one it was made from.
    await appendFile(bundle, '\n// changed\n');
    expect(await calcJson(bin)).toEqual(expected);
    expect(await simulateJson(bin)).toEqual(simulated);
    // Another build's id: the cache is not even offered to V8.
    await writeFile(bundle, (await readFile(bundle, 'utf8')).replace(/bizplan-build=(.)/, (_, c: string) => `bizplan-build=${c === '0' ? '1' : '0'}`));
    expect(await calcJson(bin)).toEqual(expected);
    await rm(path.join(dir, 'dist/code-cache'), { recursive: true });
    expect(await calcJson(bin)).toEqual(expected);
    expect(await simulateJson(bin)).toEqual(simulated);
  });

  it('is never written by a run', async () => {
    const dir = await installedCopy();
    const cache = path.join(dir, 'dist/code-cache');
    const before = await readdir(cache);
    const stamps = new Map(await Promise.all(before.map(async (file) => [file, (await stat(path.join(cache, file))).mtimeMs] as const)));
    await appendFile(path.join(dir, 'dist/bizplan.cjs'), '\n// changed\n');
    await calcJson(path.join(dir, 'bin/bizplan.js'));
    await simulateJson(path.join(dir, 'bin/bizplan.js'));
    expect(await readdir(cache)).toEqual(before);
    for (const file of before) expect((await stat(path.join(cache, file))).mtimeMs).toBe(stamps.get(file));
  });
});

describe('plan errors in the plan\'s language, else the locale\'s', () => {
  it('words a Chinese plan\'s errors in Chinese under any locale, and a plan without a language in the locale\'s', async () => {
    const dir = await tempDir();
    const bad = (await templateText()).replace(/^ {2}cac: 9000$/m, '  cac: -3');
    await writeFile(path.join(dir, 'zh.yaml'), bad.replace(/^language: en$/m, 'language: zh'));
    await writeFile(path.join(dir, 'none.yaml'), bad.replace(/^language: en\n/m, ''));
    const zh = await bizplan(['calc', 'zh.yaml', '--no-write'], { cwd: dir, env: { LC_ALL: 'C', LANG: 'C' } });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/^zh\.yaml:\d+:8 revenue_model\.cac: 必须是不小于 0 的数（当前为 -3）\n$/);
    const none = await bizplan(['check', 'none.yaml'], { cwd: dir, env: { LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' } });
    expect(none.stdout + none.stderr).toMatch(/none\.yaml:\d+:8 revenue_model\.cac: 必须是不小于 0 的数（当前为 -3）/);
    const english = await bizplan(['calc', 'none.yaml', '--no-write'], { cwd: dir, env: { LC_ALL: 'C', LANG: 'C' } });
    expect(english.stderr).toMatch(/revenue_model\.cac: must be 0 or more \(got -3\)\n$/);
  });
});
