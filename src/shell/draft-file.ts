import { createHash } from 'node:crypto';
import { lstat, unlink } from 'node:fs/promises';
import { FileError } from './errors.js';
import { asFileError } from './fs-errors.js';
import { readUserFile } from './read-file.js';
import { claimOutput, writeFiles } from './write-files.js';

/** Where `bizplan init` keeps the answers of a run the founder walked away from: beside the plan. */
export const DRAFT_FILE = '.bizplan-draft.yaml';

/** The first line of every draft: what bizplan replaces, resumes and deletes only when it finds it. */
const MARK = '# bizplan init draft:';

const isDraft = (text: string) => text.startsWith(MARK);

/** A short fingerprint of the plan a draft revises ("none" when there was none), to tell whether it changed since. */
export function planFingerprint(text: string | undefined): string {
  return text === undefined ? 'none' : createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** A draft's text: the mark line with the fingerprint of the plan it revises, then the plan text as answered so far. */
export function draftText(planText: string, revises: string | undefined): string {
  return `${MARK} answers not yet written as a plan; run bizplan init here to resume them, or delete this file. plan=${planFingerprint(revises)}\n${planText}`;
}

export type SavedDraft = { ok: true; source: string; revises: string } | { ok: false; reason: string };

/** A saved draft beside the plan: its plan text and the fingerprint it was saved against; undefined when there is none. */
export async function readDraft(file: string): Promise<SavedDraft | undefined> {
  const info = await lstat(file).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  });
  if (!info) return undefined;
  if (info.isSymbolicLink()) return { ok: false, reason: 'it is a symbolic link, not a draft bizplan wrote' };
  if (!info.isFile()) return { ok: false, reason: 'it is not a regular file' };
  // As large as a plan may be, read as a plan is: a draft is a plan not yet written.
  let text: string;
  try {
    text = await readUserFile(file, file);
  } catch (error) {
    return { ok: false, reason: error instanceof FileError ? error.reason : String(error) };
  }
  if (!isDraft(text)) return { ok: false, reason: 'bizplan did not write it' };
  const newline = text.indexOf('\n');
  const mark = text.slice(0, newline);
  return { ok: true, source: text.slice(newline + 1), revises: /plan=(\S+)\s*$/.exec(mark)?.[1] ?? 'none' };
}

/**
 * Saves a draft the way bizplan writes every file, whole or not at all, and never over a
 * file that is not a draft of its own; a symlink is refused rather than followed, so the
 * draft cannot land anywhere but beside the plan.
 */
export async function saveDraft(file: string, shownAs: string, text: string): Promise<void> {
  const info = await lstat(file).catch(() => undefined);
  if (info?.isSymbolicLink()) throw new FileError(shownAs, 'is a symbolic link; bizplan keeps its draft only in a file of its own: remove the link');
  const target = await claimOutput(file, shownAs, { isOurs: isDraft, orElse: 'move it away' });
  await writeFiles([{ target, text }]);
}

/** Removes the draft once its answers are written, if it is still bizplan's own. */
export async function removeDraft(file: string, shownAs: string): Promise<void> {
  const draft = await readDraft(file);
  if (draft?.ok !== true) return;
  await unlink(file).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw asFileError(error, shownAs);
  });
}
