import { closeSync, constants, fstatSync, openSync, readlinkSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { FileError } from './errors.js';
import { asFileError } from './fs-errors.js';

/** Plans are small; anything larger is a mistake or an attack, refused before it is read. */
export const MAX_PLAN_BYTES = 1024 * 1024;

const MISSING_PLAN = 'no such file; check the path, or run "bizplan init" to create a plan';

/** What a path names when it is not a regular file, for the line that refuses it. */
export function describeKind(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * /dev/stdin, /dev/fd/0 and /proc/self/fd/0 resolve to whatever the shell redirected, which
 * may be a regular file: still not a plan's home, since its report would be written into /dev.
 */
export function isSystemStreamPath(absolute: string): boolean {
  return /^\/(?:dev|proc|sys)(?:\/|$)/.test(path.resolve(absolute));
}

export interface ReadOptions {
  maxBytes?: number;
  /** What the file is to the user, for the line that refuses a folder: "the plan file" by default. */
  what?: string;
  /** The line for a missing file: a plan's suggests `bizplan init`, others say which flag named it. */
  missing?: string;
}

/**
 * Reads a UTF-8 text file the user named, turning every way it can be wrong into one
 * FileError. Only regular files are read: a FIFO, a device or /dev/zero would block or
 * never end, and their reported size of 0 says nothing about what they hold, so the
 * read itself is bounded too.
 */
export function readUserFile(file: string, shownAs: string, options: ReadOptions = {}): Promise<string> {
  // A throw in the executor becomes the promise's rejection.
  return new Promise((resolve) => {
    resolve(readUserFileSync(file, shownAs, options));
  });
}

/**
 * Synchronous calls: a plan is small and a regular file, and 1,000 of them are read ~3x faster
 * without a thread-pool round trip for each of stat, realpath, open, fstat, read and close.
 */
export function readUserFileSync(file: string, shownAs: string, options: ReadOptions = {}): string {
  const maxBytes = options.maxBytes ?? MAX_PLAN_BYTES;
  const reasons = { ENOENT: options.missing ?? MISSING_PLAN };
  const system = () => new FileError(shownAs, 'names a device, a stream or a system file, not a file of yours; save the plan to a file and name that file');
  if (isSystemStreamPath(file)) throw system();
  let info: Stats;
  let real: string;
  try {
    info = statSync(file);
    // The C library's realpath: one call, where Node's own walks the path in JavaScript, a call for each part.
    real = realpathSync.native(file);
  } catch (error) {
    const link = (error as NodeJS.ErrnoException).code === 'ENOENT' ? linkTarget(file) : undefined;
    if (link !== undefined) throw new FileError(shownAs, `is a symbolic link to a missing file (${link}); fix the link or name the file itself`);
    throw asFileError(error, shownAs, reasons);
  }
  // Also through a symlink: /proc and /sys files claim to be regular and then refuse to be read.
  if (isSystemStreamPath(real)) throw system();
  // Refused before it is opened: opening a FIFO waits for a writer, opening a device may do something.
  if (info.isDirectory()) throw new FileError(shownAs, `is a folder; name ${options.what ?? 'the plan file'} inside it`);
  if (!info.isFile()) throw new FileError(shownAs, `is ${describeKind(info)}, which may never end; name a regular file`);
  if (info.size > maxBytes) throw tooLarge(shownAs, info.size, maxBytes);
  let bytes: Buffer;
  try {
    bytes = readBounded(file, shownAs, maxBytes);
  } catch (error) {
    throw asFileError(error, shownAs, reasons);
  }
  const text = decodeUtf8(bytes);
  if (text === undefined) throw new FileError(shownAs, 'is not UTF-8 text; save it as UTF-8');
  return text;
}

function tooLarge(shownAs: string, size: number | undefined, maxBytes: number): FileError {
  const what = size === undefined ? 'over' : `${size} bytes, over`;
  return new FileError(shownAs, `the file is ${what} the ${maxBytes}-byte limit for a plan; a plan this large is almost certainly not one`);
}

/** Where a symbolic link points, or undefined for anything that is not one. */
function linkTarget(file: string): string | undefined {
  try {
    return readlinkSync(file);
  } catch {
    return undefined;
  }
}

/** Files up to this size are read into one buffer, reused: a fresh one a file costs about what reading it does. */
const REUSED_BYTES = 256 * 1024;
let reused: Buffer | undefined;

/**
 * A buffer of at least `size` bytes. The reused one is free again as soon as the bytes read
 * into it are decoded, which happens before the next read: every read here is synchronous.
 */
function bufferFor(size: number): Buffer {
  if (size > REUSED_BYTES) return Buffer.allocUnsafe(size);
  reused ??= Buffer.allocUnsafe(REUSED_BYTES);
  return reused.subarray(0, size);
}

/**
 * Reads at most maxBytes, whatever the file's size said: a file may grow, or be swapped, between
 * stat and read. The bytes may sit in the reused buffer: decode them before reading again.
 */
function readBounded(file: string, shownAs: string, maxBytes: number): Buffer {
  // O_NONBLOCK: if a FIFO was swapped in after the stat, opening it does not wait for a writer.
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new FileError(shownAs, `is ${describeKind(info)}; name a regular file`);
    let buffer = bufferFor(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge(shownAs, undefined, maxBytes);
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw tooLarge(shownAs, undefined, maxBytes);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** One decoder for every file: without `stream`, each decode starts afresh, and making one per file costs as much as a small file's read. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Bytes as UTF-8 text, or undefined when they are not. A byte-order mark is kept, so rewriting a file keeps it too. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}
