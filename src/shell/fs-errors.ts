import { FileError } from './errors.js';

/**
 * What each file-system refusal means for the person who named the path. These come from
 * the machine and the paths given, never from a bug in bizplan, so they are a user's
 * problem to fix (exit 2), said in one line.
 */
const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder; check the path',
  ENOTDIR: 'a part of the path is a file, not a folder; check the path',
  EISDIR: 'is a folder; name a file inside it',
  ELOOP: 'too many levels of symbolic links (a link that points back at itself?); fix or remove the link',
  ENAMETOOLONG: 'the path is too long',
  EACCES: 'permission denied; check the permissions of the file and its folders',
  EPERM: 'operation not permitted; check the permissions of the file and its folder',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device; free some space and run again',
  EDQUOT: 'the disk quota is exceeded; free some space and run again',
  EFBIG: 'the file would be larger than this system allows',
  EMFILE: 'too many open files; raise the limit (ulimit -n) and run again',
  ENFILE: 'too many open files on this system; run again later',
  EIO: 'an input/output error on the device',
  EBUSY: 'the file or device is busy',
  ETXTBSY: 'the file is busy',
  EXDEV: 'the file and its folder are on different devices',
  EAGAIN: 'cannot be read now: it is not an ordinary file',
  EINVAL: 'cannot be read or written as an ordinary file',
};

/** The one-line reason for a file-system error, or undefined when it is not one. */
export function fsReason(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? REASONS[code] : undefined;
}

/**
 * A file-system error on a path the user gave, as a FileError naming it; anything else
 * is rethrown as it is, so a real bug still shows its stack.
 */
export function asFileError(error: unknown, shownAs: string, reasons: Partial<Record<string, string>> = {}): FileError {
  if (error instanceof FileError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason = (typeof code === 'string' ? reasons[code] : undefined) ?? fsReason(error);
  if (reason === undefined) throw error;
  return new FileError(shownAs, reason);
}
