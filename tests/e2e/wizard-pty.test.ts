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
  // Right after kill-server, the old server may still hold the socket: tmux then says "server
  // exited unexpectedly". Start again once it has gone, a few times at most.
  for (let attempt = 1; ; attempt++) {
    try {
      tmux('new-session', '-d', '-s', 'wizard', '-x', '160', '-y', '50', 'bash', '-c', command);
      return;
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('server exited unexpectedly')) throw error;
      execFileSync('sleep', ['0.2']);
    }
  }
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

/**
 * The screen once it has stopped changing for a while: the prompt it waits at, drawn whole, or
 * the run's end. A blank screen is a program still starting, never a prompt: an Enter sent then
 * would wait in the terminal and answer a later question.
 */
async function settled(status: string): Promise<string> {
  let last = screenText();
  let still = 0;
  for (let i = 0; i < 2000 && still < 8; i++) {
    await sleep(25);
    const now = screenText();
    still = now === last && now.includes('?') ? still + 1 : 0;
    last = now;
    if (existsSync(status)) return screenText();
  }
  return last;
}

/** Presses Enter at each settled prompt until `stop` says to (then returns that screen) or the run ends. */
async function enterUntil(status: string, stop: (screen: string) => boolean): Promise<string> {
  for (let i = 0; i < 500; i++) {
    const screen = await settled(status);
    if (existsSync(status) || stop(screen)) return screen;
    tmux('send-keys', '-t', 'wizard', 'Enter');
    await changed(screen, status);
  }
  throw new Error(`still asking after 500 prompts:\n${screenText()}`);
}

/** A plan written by init --yes in a new folder, for the wizard to revise. */
async function planFolder(): Promise<{ root: string; dir: string }> {
  const root = await tempDir();
  const dir = path.join(root, 'work');
  await mkdir(dir);
  execFileSync(process.execPath, [BIN, 'init', '--template', 'speech-recognition', '--yes', '--lang', 'en', '--date', '2026-11-29'], { cwd: dir, stdio: 'ignore' });
  return { root, dir };
}

/** Types text at the prompt on screen, then Enter. */
function typeLine(text: string): void {
  tmux('send-keys', '-t', 'wizard', '-l', text);
  tmux('send-keys', '-t', 'wizard', 'Enter');
}

describe('walking away from the wizard and coming back, in a real terminal', () => {
  it('keeps every answer in a draft at "not now", says so at Ctrl-C, resumes it, and deletes it once written', { timeout: 180_000 }, async () => {
    const { root, dir } = await planFolder();
    const plan = readFileSync(path.join(dir, 'bizplan.yaml'), 'utf8');
    const first = path.join(root, 'first');
    start(dir, first, '--step growth --lang en --date 2026-11-29');
    await enterUntil(first, (s) => s.includes('? Customers today'));
    typeLine('41');
    await enterUntil(first, (s) => s.includes('Change an answer first'));
    // "n", as a yes-or-no would take it, lands on "Not now".
    typeLine('n');
    expect(await exitCode(first)).toBe(0);
    expect(screenText()).toContain('Your answers are saved in .bizplan-draft.yaml; nothing else was written.');
    expect(readdirSync(dir).sort()).toEqual(['.bizplan-draft.yaml', 'bizplan.report.md', 'bizplan.yaml']);
    expect(readFileSync(path.join(dir, 'bizplan.yaml'), 'utf8')).toBe(plan);
    tmux('kill-server');

    const second = path.join(root, 'second');
    start(dir, second, '--lang en --date 2026-11-29');
    expect(await settled(second)).toContain('.bizplan-draft.yaml holds answers you saved. Resume them?');
    tmux('send-keys', '-t', 'wizard', 'C-c');
    expect(await exitCode(second)).toBe(130);
    expect(screenText()).toContain('Interrupted; nothing was written.\nYour saved answers in .bizplan-draft.yaml are kept; bizplan init offers to resume them.');
    tmux('kill-server');

    // Resumed, it goes straight to the figures and the last question, where Enter writes.
    const third = path.join(root, 'third');
    start(dir, third, '--lang en --date 2026-11-29');
    const asked: string[] = [];
    await enterUntil(third, (s) => {
      asked.push(s);
      return false;
    });
    expect(await exitCode(third)).toBe(0);
    // A prompt that waits shows its key hints at the bottom; the answered screen that stays while a
    // slow machine writes the plan and the report (tornadoes included) is not one.
    const waiting = asked.filter((screen) => /\(Y\/n\)|⏎ select/.test(screen.trimEnd().split('\n').slice(-3).join('\n')));
    expect(waiting).toHaveLength(2);
    expect(asked.length).toBeLessThanOrEqual(3);
    expect(screenText()).toContain('Wrote bizplan.yaml');
    expect(readdirSync(dir).sort()).toEqual(['bizplan.report.md', 'bizplan.yaml']);
    expect(readFileSync(path.join(dir, 'bizplan.yaml'), 'utf8')).toContain('\n  starting_customers: 41\n');
  });

  it('revises one step with --step, and asks "Did you mean 8%?" for 8', { timeout: 120_000 }, async () => {
    const { root, dir } = await planFolder();
    const status = path.join(root, 'status');
    start(dir, status, '--step growth --lang en --date 2026-11-29');
    const seen: string[] = [];
    const look = (s: string) => {
      seen.push(s);
      return false;
    };
    await enterUntil(status, (s) => look(s) || s.includes('? Growth of new-customer wins'));
    typeLine('8');
    expect(await settled(status)).toContain('800% a month is more than the plausible 50%. Did you mean 8%?');
    await enterUntil(status, look);
    expect(await exitCode(status)).toBe(0);
    expect(seen.some((s) => s.includes('Name of the venture') || s.includes('Revenue model'))).toBe(false);
    expect(readFileSync(path.join(dir, 'bizplan.yaml'), 'utf8')).toContain('\n  new_customers_growth_monthly: 8%\n');
  });
});
