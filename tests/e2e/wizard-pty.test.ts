import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, tempDir } from '../helpers.js';

/** A real pseudo-terminal: the built binary runs in tmux, on a server of the test's own. */
const socket = `bizplan-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const screenText = () => tmux('capture-pane', '-p', '-t', 'wizard');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  try {
    tmux('kill-server');
  } catch {
    // Already gone with its last session.
  }
});

/** Starts `bizplan init ARGS` in DIR and records its exit code in STATUS once it ends. */
function start(dir: string, status: string, args: string): void {
  const command = `cd '${dir}' && '${process.execPath}' '${BIN}' init ${args}; echo $? > '${status}'; sleep 30`;
  tmux('new-session', '-d', '-s', 'wizard', '-x', '160', '-y', '50', 'bash', '-c', command);
}

/** Waits until the screen shows something else than `before`, or the run has ended. */
async function changed(before: string, status: string): Promise<string> {
  for (let i = 0; i < 200; i++) {
    if (existsSync(status)) return screenText();
    const now = screenText();
    if (now !== before) return now;
    await sleep(25);
  }
  throw new Error(`the screen did not change:\n${before}`);
}

/** Presses Enter at each prompt until the run ends or `stop` says to; returns the last screen. */
async function pressEnter(status: string, stop: (screen: string) => boolean = () => false): Promise<string> {
  let screen = await changed('', status);
  for (let i = 0; i < 500 && !existsSync(status); i++) {
    if (stop(screen)) return screen;
    tmux('send-keys', '-t', 'wizard', 'Enter');
    screen = await changed(screen, status);
  }
  return screen;
}

async function exitCode(status: string): Promise<number> {
  for (let i = 0; i < 200 && !existsSync(status); i++) await sleep(25);
  return Number(readFileSync(status, 'utf8').trim());
}

describe('bizplan init in a real terminal', () => {
  it('writes plan and report when Enter is pressed through a whole template', { timeout: 120_000 }, async () => {
    const root = await tempDir();
    const dir = path.join(root, 'work');
    await mkdir(dir);
    const status = path.join(root, 'status');
    start(dir, status, '--template speech-recognition --lang en --date 2026-11-29');
    await pressEnter(status);
    expect(await exitCode(status)).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['bizplan.report.md', 'bizplan.yaml']);
    expect(readFileSync(path.join(dir, 'bizplan.yaml'), 'utf8')).toContain('\nmetrics:\n');
  });

  it('leaves nothing on disk when Ctrl-C is pressed halfway, and exits 130', { timeout: 120_000 }, async () => {
    const root = await tempDir();
    const dir = path.join(root, 'work');
    await mkdir(dir);
    const status = path.join(root, 'status');
    start(dir, status, '--template speech-recognition --lang en');
    const screen = await pressEnter(status, (s) => s.includes('Step 4/6 · Revenue model'));
    expect(screen).toContain('Step 4/6 · Revenue model');
    tmux('send-keys', '-t', 'wizard', 'C-c');
    expect(await exitCode(status)).toBe(130);
    expect(screenText()).toContain('Interrupted; nothing was written.');
    expect(readdirSync(dir)).toEqual([]);
  });
});
