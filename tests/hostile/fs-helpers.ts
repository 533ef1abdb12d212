import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { watch } from 'node:fs';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { BIN } from '../helpers.js';

const exec = promisify(execFile);

/** Every entry below a folder with what it is and holds: equal snapshots mean nothing was touched. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries: Record<string, string> = {};
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    const file = path.join(dir, name);
    const info = await lstat(file);
    const mode = (info.mode & 0o7777).toString(8);
    if (info.isSymbolicLink()) entries[name] = `link -> ${await readlink(file)}`;
    else if (info.isFile()) entries[name] = `file ${mode} ${createHash('sha256').update(await readFile(file)).digest('hex')}`;
    else entries[name] = `${info.isDirectory() ? 'folder' : 'special'} ${mode}`;
  }
  return entries;
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary with no terminal on stdin, as CI would. */
export async function runBin(args: readonly string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<Run> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8', timeout: 20_000 });
    return { code: 0, signal: null, stdout, stderr };
  } catch (error) {
    const e = error as { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };
    return { code: e.code, signal: e.signal, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Starts the binary and sends it a signal after `afterMs`; resolves with how it ended. */
export function runAndSignal(args: readonly string[], cwd: string, signal: NodeJS.Signals, afterMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill(signal), afterMs);
    child.on('error', reject);
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      resolve({ code, signal: sig, stdout, stderr });
    });
  });
}

/** Starts the binary in `dir` and sends it a signal the moment a file whose name passes `when` appears there. */
export function runAndSignalWhen(args: readonly string[], dir: string, signal: NodeJS.Signals, when: (name: string) => boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const watcher = watch(dir, (_event, name) => {
      if (name !== null && when(name)) child.kill(signal);
    });
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, sig) => {
      watcher.close();
      resolve({ code, signal: sig, stdout, stderr });
    });
  });
}
