import { execFileSync } from 'node:child_process';
import { readFile, readdir, statfs, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GENERATED_MARK } from '../../src/core/report/mark.js';
import { tempDir, templateText } from '../helpers.js';
import { runAndSignal, runAndSignalWhen, runBin, snapshot, type Run } from './fs-helpers.js';

const TEMP = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

/** What one interrupted run said about the files, checked against what is on disk. */
async function expectTruth(dir: string, plan: string, said: string, signalWord: string): Promise<void> {
  const planChanged = (await readFile(path.join(dir, 'bizplan.yaml'), 'utf8')) !== plan;
  const reportWritten = (await readdir(dir)).includes('bizplan.report.md');
  const last = said.trim().split('\n').at(-1) ?? '';
  if (last === `${signalWord}; no file was changed.`) {
    expect({ planChanged, reportWritten }).toEqual({ planChanged: false, reportWritten: false });
    return;
  }
  const match = new RegExp(`^${signalWord}; already written: (.+); no other file was changed\\.$`).exec(last);
  expect(match, `unexpected last line: ${JSON.stringify(said)}`).not.toBeNull();
  const written = (match?.[1] ?? '').split(', ');
  expect({ planChanged, reportWritten }).toEqual({ planChanged: written.includes('bizplan.yaml'), reportWritten: written.includes('bizplan.report.md') });
}

/** How a run that was sent a signal ended, checked against the files on disk. */
async function judge(dir: string, plan: string, run: Run, signal: NodeJS.Signals, code: number, word: string): Promise<string> {
  const kind = run.code === 0 ? 'finished' : run.code === code ? 'handled' : run.signal === signal ? 'unhandled' : `code ${run.code}`;
  expect(['finished', 'handled', 'unhandled'], run.stderr).toContain(kind);
  if (kind === 'handled') await expectTruth(dir, plan, run.stderr, word);
  if (kind === 'unhandled') {
    // Outside the writes the system's own action ends the run: nothing said, and either nothing
    // written or everything written (a signal after the writes), never half.
    expect(run.stderr).not.toContain(word);
    const names = (await readdir(dir)).sort();
    const planChanged = (await readFile(path.join(dir, 'bizplan.yaml'), 'utf8')) !== plan;
    expect([names, planChanged]).toEqual(planChanged ? [['bizplan.report.md', 'bizplan.yaml'], true] : [['bizplan.yaml'], false]);
  }
  // A run killed between creating a staged file and removing it leaves it behind; the next write sweeps it.
  expect((await runBin(['calc', '--date', '2026-11-29'], dir)).code).toBe(0);
  expect((await readdir(dir)).filter((name) => TEMP.test(name))).toEqual([]);
  return kind;
}

const SIGNALS = [
  ['SIGINT', 130, 'Interrupted'],
  ['SIGTERM', 143, 'Terminated'],
  ['SIGHUP', 129, 'Hung up'],
] as const;

describe('a signal at any moment of calc', () => {
  for (const [signal, code, word] of SIGNALS.slice(0, 2)) {
    it(`${signal} at spread moments: never a half-written pair, never a false word`, async () => {
      const plan = await templateText();
      for (let batch = 0; batch < 12; batch += 2) {
        await Promise.all(
          [0, 1].map(async (k) => {
            const dir = await tempDir();
            await writeFile(path.join(dir, 'bizplan.yaml'), plan);
            // Spread over a cold run's lifetime (~150-500 ms here).
            const run = await runAndSignal(['calc', '--date', '2026-11-29'], dir, signal, 60 + (batch + k) * 40);
            await judge(dir, plan, run, signal, code, word);
          }),
        );
      }
    });
  }

  for (const [signal, code, word] of SIGNALS) {
    it(`${signal} while the files are staged: staged files removed, and the message names exactly what was replaced`, async () => {
      const plan = await templateText();
      const kinds: string[] = [];
      // The signal is sent the moment a staged file appears; a fast disk may still finish first.
      for (let attempt = 0; attempt < 8 && !kinds.includes('handled'); attempt++) {
        const dir = await tempDir();
        await writeFile(path.join(dir, 'bizplan.yaml'), plan);
        const run = await runAndSignalWhen(['calc', '--date', '2026-11-29'], dir, signal, (name) => TEMP.test(name));
        kinds.push(await judge(dir, plan, run, signal, code, word));
      }
      expect(kinds).toContain('handled');
    });
  }

  it('ends a long computation at once: no handler waits for the work to finish', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'plan.yaml'), await templateText());
    // 2,000 names for one plan: check reads and computes each, for seconds, on worker threads too.
    await Promise.all(Array.from({ length: 2_000 }, (_, i) => symlink('plan.yaml', path.join(dir, `p${i}.yaml`))));
    const started = Date.now();
    const run = await runAndSignal(['check', 'p*.yaml'], dir, 'SIGTERM', 700);
    // Had the run finished first, this test would prove nothing: it must still have been working.
    expect(run.signal).toBe('SIGTERM');
    expect(Date.now() - started).toBeLessThan(1_700);
  });
});

describe('sweeping what a killed run left behind', () => {
  it('removes only bizplan-named temporary files of dead processes, and check never sweeps', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'bizplan.yaml'), await templateText());
    // Above any pid_max Linux allows (2^22), so no process can have it.
    const dead = `.bizplan.yaml.${2 ** 22 + 17}.0badc0de.tmp`;
    const alive = `.bizplan.yaml.${process.pid}.0badc0de.tmp`;
    const users = ['.notes.tmp', `.bizplan.yaml.${2 ** 22 + 17}.tmp`, `x.bizplan.yaml.${2 ** 22 + 17}.0badc0de.tmp`];
    for (const name of [dead, alive, ...users]) await writeFile(path.join(dir, name), 'half a plan');
    expect((await runBin(['check'], dir)).code).toBe(0);
    expect(await readdir(dir)).toContain(dead);
    expect((await runBin(['calc'], dir)).code).toBe(0);
    const left = await readdir(dir);
    expect(left).not.toContain(dead);
    for (const name of [alive, ...users]) expect(left).toContain(name);
  });
});

/** A tiny file system of our own, so "the disk is full" is real and not simulated. */
const mounts: string[] = [];
afterEach(() => {
  for (const dir of mounts.splice(0)) execFileSync('umount', [dir]);
});

function canMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe.runIf(canMount())('a disk with room for the plan but not the report', () => {
  it('changes nothing and says so in one line (exit 2)', async () => {
    const dir = await tempDir();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir]);
    mounts.push(dir);
    const plan = await templateText();
    await writeFile(path.join(dir, 'bizplan.yaml'), plan);
    // Leave room for the new plan (~10 KB) but not for the report (~15 KB) beside it.
    const { bavail, bsize } = await statfs(dir);
    await writeFile(path.join(dir, 'filler'), Buffer.alloc(bavail * bsize - 12 * 1024));
    const before = await snapshot(dir);
    const run = await runBin(['calc', '--report', 'r.md'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^(r\.md|bizplan\.yaml): no space left on the device; no file was changed: free some space and run again\n$/);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('and when only the old report is there to replace', async () => {
    const dir = await tempDir();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir]);
    mounts.push(dir);
    await writeFile(path.join(dir, 'bizplan.yaml'), await templateText());
    await writeFile(path.join(dir, 'bizplan.report.md'), `old\n${GENERATED_MARK}\n`);
    const { bavail, bsize } = await statfs(dir);
    await writeFile(path.join(dir, 'filler'), Buffer.alloc(bavail * bsize - 12 * 1024));
    const before = await snapshot(dir);
    expect((await runBin(['calc'], dir)).code).toBe(2);
    expect(await snapshot(dir)).toEqual(before);
  });
});
