import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { FileError, UserError } from './errors.js';

/** Plans are small; anything larger is a mistake or an attack, refused before it is read. */
export const MAX_PLAN_BYTES = 1024 * 1024;

/** Reads a UTF-8 text file the user named, turning every way it can be wrong into a UserError. */
export async function readUserFile(file: string, shownAs: string, maxBytes = MAX_PLAN_BYTES): Promise<string> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileError(shownAs, `no such file; check the path, or run "bizplan init" to create a plan`);
    if (code === 'EACCES') throw new FileError(shownAs, `permission denied`);
    throw error;
  }
  if (info.isDirectory()) throw new FileError(shownAs, `is a folder; name the plan file inside it`);
  if (info.size > maxBytes) {
    throw new FileError(shownAs, `the file is ${info.size} bytes, over the ${maxBytes}-byte limit for a plan; a plan this large is almost certainly not one`);
  }
  const text = decodeUtf8(await readFile(file));
  if (text === undefined) throw new FileError(shownAs, `is not UTF-8 text; save it as UTF-8`);
  return text;
}

/** Bytes as UTF-8 text, or undefined when they are not. A byte-order mark is kept, so rewriting a file keeps it too. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Reads what is at a path bizplan writes its own output to, and refuses, before anything
 * is written, to replace a file that lacks bizplan's `mark` unless `force` is set.
 * Returns the current text, if any, for writeIfChanged.
 */
export async function claimGeneratedFile(file: string, shownAs: string, mark: string, force: boolean, orElse = ''): Promise<string | undefined> {
  let existing: string | undefined;
  try {
    existing = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (existing !== undefined && !existing.includes(mark) && !force) {
    throw new UserError(`${shownAs}: exists and was not written by bizplan; pass --force to replace it${orElse ? `, or ${orElse}` : ''}`);
  }
  return existing;
}

/** Writes a file when its text differs from what is there; returns whether it did. */
export async function writeIfChanged(file: string, text: string, existing: string | undefined): Promise<boolean> {
  if (existing === text) return false;
  await writeFileAtomic(file, text);
  return true;
}

/** Temporary files being written right now, removed if the process is interrupted. */
const pending = new Set<string>();

export function removePendingFiles(): void {
  for (const file of pending) {
    try {
      // Synchronous on purpose: this runs from a signal handler just before exit.
      unlinkSync(file);
    } catch {
      // Already renamed or removed.
    }
  }
  pending.clear();
}

/**
 * Writes a file so that no reader ever sees it half written: the text goes to a
 * temporary file beside the target, is flushed to disk, then renamed over it.
 * A symlinked target keeps its link; the file keeps its permissions.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  let target = file;
  let mode: number | undefined;
  try {
    target = await realpath(file);
    mode = (await stat(target)).mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temp);
  try {
    const handle = await open(temp, 'wx', mode ?? 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    pending.delete(temp);
  }
}
