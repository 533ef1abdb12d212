import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { lstat, mkdir, open, readdir, readlink, realpath, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { FileError, UserError } from './errors.js';
import { asFileError } from './fs-errors.js';
import { describeKind, isSystemStreamPath, readUserFile } from './read-file.js';
import { whileWriting } from './signals.js';
import { staged, written } from './staged-files.js';

/** Larger than any report bizplan writes; a bigger file at an output path is not one of ours. */
const MAX_OWN_FILE_BYTES = 16 * 1024 * 1024;

/** A path bizplan may write, checked before anything is written. */
export interface OutputTarget {
  /** The path as the user gave it, for messages. */
  shownAs: string;
  /** The regular file to replace or create: a symlink's target, so the link itself stays. */
  file: string;
  /** What the file holds now; undefined when it does not exist (or is too large to be ours). */
  existing: string | undefined;
  /** The permissions to keep when the file is replaced. */
  mode: number | undefined;
  /** Hard links to the file: a replaced file leaves its other names with the old text. */
  links: number;
}

export interface ClaimOptions {
  /** Whether the existing text is bizplan's own output, which may be replaced without --force. */
  isOurs?: (text: string) => boolean;
  /** Replace a file that is not bizplan's own (never a device, a link's missing target, or the plan itself). */
  force?: boolean;
  /** How else to avoid the refusal, said after "pass --force to replace it". */
  orElse?: string;
  /** Files this output must never be, however it is spelled: the plan a report is written for. */
  notSameAs?: ReadonlyArray<{ file: string; shownAs: string }>;
  /** The caller creates missing folders (init --out): then the nearest existing one must be writable. */
  createsFolders?: boolean;
}

const uid = () => process.getuid?.();

/** Permission as the mode bits say: as root, access(W_OK) says yes to everything, so it cannot tell read-only. */
function modeAllowsWrite(info: Stats): boolean {
  const me = uid();
  if (me === undefined) return true;
  if (info.uid === me) return (info.mode & 0o200) !== 0;
  if (me === 0) return true;
  const groups = [process.getgid?.(), ...(process.getgroups?.() ?? [])];
  return (info.mode & (groups.includes(info.gid) ? 0o020 : 0o002)) !== 0;
}

/** Checks that a file's folder exists and may be written; `shownDir` is the folder as the user would write it. */
async function checkFolder(dir: string, shownDir: string, shownAs: string, createsFolders = false): Promise<void> {
  let info: Stats;
  try {
    info = await stat(dir);
  } catch (error) {
    const parent = path.dirname(dir);
    if (createsFolders && (error as NodeJS.ErrnoException).code === 'ENOENT' && parent !== dir) return checkFolder(parent, path.dirname(shownDir), shownAs, true);
    throw asFileError(error, shownAs, {
      ENOENT: `the folder ${shownDir} does not exist; create it first (mkdir -p ${JSON.stringify(shownDir)})`,
      ENOTDIR: `a part of the folder's path ${shownDir} is a file, not a folder; check the path`,
    });
  }
  if (!info.isDirectory()) throw new FileError(shownAs, `${shownDir} is a file, not a folder; check the path`);
  if (!modeAllowsWrite(info)) throw new FileError(shownAs, `the folder ${shownDir} is read-only; make it writable, or write elsewhere`);
}

/**
 * Opens an existing file for writing and closes it again, changing nothing: the mode bits do not
 * show an immutable or append-only file (chattr +i, +a) or a read-only mount, and finding out
 * only at the rename would be after another file was already replaced.
 */
async function probeWritable(file: string, shownAs: string): Promise<void> {
  try {
    await (await open(file, constants.O_WRONLY | constants.O_NONBLOCK)).close();
  } catch (error) {
    throw asFileError(error, shownAs, {
      EPERM: 'cannot be changed (it may be marked immutable or append-only: see lsattr); nothing was written',
      EACCES: 'cannot be written: permission denied; nothing was written',
      EROFS: 'is on a read-only file system; nothing was written',
    });
  }
}

/** Follows a symlink to the file it names, refusing links that lead nowhere. */
async function resolveLink(file: string, shownAs: string): Promise<string> {
  try {
    return await realpath(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw asFileError(error, shownAs);
    const to = await readlink(file).catch(() => '?');
    throw new FileError(shownAs, `is a symbolic link to a missing file (${to}); bizplan will not replace the link with a file: create its target, or remove the link`);
  }
}

async function sameFile(a: Stats, other: string): Promise<boolean> {
  const b = await stat(other).catch(() => undefined);
  return b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

/**
 * Checks everything that could make writing `file` wrong, before anything is written: that it
 * is a regular file or nothing yet (never a device, a FIFO or a folder), a symlink with a
 * target (the target is written and the link kept), writable and the user's own, not the plan
 * itself, in a folder that exists and can be written, and bizplan's own output unless `force`.
 */
export async function claimOutput(file: string, shownAs: string, options: ClaimOptions = {}): Promise<OutputTarget> {
  if (shownAs.trim() === '') throw new UserError('an output path is empty; name a file');
  if (/[/\\]$/.test(shownAs)) throw new FileError(shownAs, 'ends with a slash, so it names a folder; name a file');
  if (isSystemStreamPath(file)) throw new FileError(shownAs, 'names a device or a stream, not a file; bizplan writes only regular files');
  let info: Stats;
  let target = file;
  try {
    info = await lstat(file);
    if (info.isSymbolicLink()) {
      target = await resolveLink(file, shownAs);
      if (isSystemStreamPath(target)) throw new FileError(shownAs, 'is a link to a device or a system file; bizplan writes only regular files');
      info = await stat(target);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw asFileError(error, shownAs);
    await checkFolder(path.dirname(file), path.dirname(shownAs), shownAs, options.createsFolders);
    return { shownAs, file, existing: undefined, mode: undefined, links: 0 };
  }
  if (!info.isFile()) {
    const fix = info.isDirectory() ? 'name a file inside it' : 'bizplan writes only regular files: name one';
    throw new FileError(shownAs, `is ${describeKind(info)}; ${fix}`);
  }
  for (const other of options.notSameAs ?? []) {
    if (await sameFile(info, other.file)) throw new FileError(shownAs, `is the plan ${other.shownAs} itself; write the report to another file`);
  }
  const me = uid();
  if (me !== undefined && info.uid !== me) throw new FileError(shownAs, `belongs to another user (uid ${info.uid}); bizplan does not replace other users' files`);
  if (!modeAllowsWrite(info)) throw new FileError(shownAs, `is read-only; make it writable (chmod u+w) for bizplan to update it`);
  await probeWritable(target, shownAs);
  await checkFolder(path.dirname(target), target === file ? path.dirname(shownAs) : path.dirname(target), shownAs);
  const existing = info.size > MAX_OWN_FILE_BYTES ? undefined : await readUserFile(target, shownAs, { maxBytes: MAX_OWN_FILE_BYTES }).catch(() => undefined);
  const ours = existing !== undefined && options.isOurs !== undefined && options.isOurs(existing);
  if (!ours && options.force !== true) {
    throw new UserError(`${shownAs}: exists and was not written by bizplan; pass --force to replace it${options.orElse ? `, or ${options.orElse}` : ''}`);
  }
  return { shownAs, file: target, existing, mode: info.mode & 0o7777, links: info.nlink };
}

/** Creates an output folder, or says in one line why it cannot be one. */
export async function ensureFolder(dir: string, shownAs: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw asFileError(error, shownAs, { EEXIST: 'is a file, not a folder; name a folder', ENOTDIR: 'a part of the path is a file, not a folder' });
  }
}

// ---------------------------------------------------------------------------------------------
// Writing: every file is staged in full beside its target, then all are renamed into place.

/** `.bizplan.yaml.4242.0a1b2c3d.tmp`: bizplan's own naming, so a later run can sweep what a killed one left. */
const TEMP_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** At most this many bytes of the target's name go into the temporary name, so that it fits the usual 255-byte limit. */
const TEMP_NAME_BYTES = 200;

function tempFor(file: string): string {
  let base = path.basename(file);
  // Cut whole characters: a name is bytes on disk, and a cut UTF-8 sequence is not a name.
  while (Buffer.byteLength(base) > TEMP_NAME_BYTES) base = Array.from(base).slice(0, -1).join('');
  return path.join(path.dirname(file), `.${base}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files that a bizplan killed outright (kill -9, a power cut) left in a
 * folder. Only bizplan's naming, only regular files, and never one whose process still runs.
 * Best effort: a sweep never stops a run.
 */
export async function sweepStaleTemps(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => []);
  await Promise.all(
    names.map(async (name) => {
      const pid = Number(TEMP_NAME.exec(name)?.[2] ?? NaN);
      if (!Number.isSafeInteger(pid) || pid === process.pid || isAlive(pid)) return;
      const file = path.join(dir, name);
      const info = await lstat(file).catch(() => undefined);
      if (info?.isFile()) await unlink(file).catch(() => undefined);
    }),
  );
}

async function stage(target: OutputTarget, text: string): Promise<string> {
  const temp = tempFor(target.file);
  staged.set(temp, { shownAs: target.shownAs, renaming: false });
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      // An existing file keeps its permissions exactly, whatever the umask.
      if (target.mode !== undefined) await handle.chmod(target.mode);
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    // A half-written temporary file (a full disk) is removed here: the caller never learned its name.
    await unlink(temp).catch(() => undefined);
    staged.delete(temp);
    throw error;
  }
  return temp;
}

async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

export interface Write {
  target: OutputTarget;
  text: string;
}

/**
 * Writes files so that none is ever seen half written, and a failure changes nothing: each
 * new text is written in full and flushed beside its target first; only when every one is
 * staged, and `beforeCommit` agrees, are they renamed into place, in the order given (put
 * the file that matters most first: a later rename that fails then leaves it whole and new).
 * Files whose text is already there are left alone. Returns what was written, as shown to the user.
 */
export async function writeFiles(writes: readonly Write[], beforeCommit?: () => Promise<void>): Promise<string[]> {
  await Promise.all([...new Set(writes.map((w) => path.dirname(w.target.file)))].map(sweepStaleTemps));
  const changed = writes.filter((w) => w.text !== w.target.existing);
  if (changed.length === 0) return [];
  return whileWriting(() => stageAndRename(changed, beforeCommit));
}

async function stageAndRename(changed: readonly Write[], beforeCommit?: () => Promise<void>): Promise<string[]> {
  const temps: string[] = [];
  const discard = async () => {
    await Promise.all(temps.map((t) => unlink(t).catch(() => undefined)));
    for (const t of temps) staged.delete(t);
  };
  try {
    for (const w of changed) {
      try {
        temps.push(await stage(w.target, w.text));
      } catch (error) {
        throw asFileError(error, w.target.shownAs, { ENOSPC: 'no space left on the device; no file was changed: free some space and run again' });
      }
    }
    await beforeCommit?.();
  } catch (error) {
    await discard();
    throw error;
  }
  const done: string[] = [];
  for (const [i, w] of changed.entries()) {
    const temp = temps[i] as string;
    const entry = staged.get(temp);
    if (entry) entry.renaming = true;
    try {
      await rename(temp, w.target.file);
    } catch (error) {
      await discard();
      const kept = done.length > 0 ? ` (already written: ${done.join(', ')})` : '; no file was changed';
      throw new FileError(w.target.shownAs, `could not be replaced${kept}: ${asFileError(error, w.target.shownAs).reason}`);
    }
    staged.delete(temp);
    written.push(w.target.shownAs);
    done.push(w.target.shownAs);
  }
  await Promise.all([...new Set(changed.map((w) => path.dirname(w.target.file)))].map(syncFolder));
  return done;
}
