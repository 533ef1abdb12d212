import { unlinkSync } from 'node:fs';

/** Temporary files on disk now, and whether their rename has been asked for. */
export const staged = new Map<string, { shownAs: string; renaming: boolean }>();
/** Files this process has replaced, as shown to the user. */
export const written: string[] = [];

/**
 * For a signal handler, just before exit: removes every staged file and says which files
 * were really replaced. A staged file whose rename was under way is replaced exactly when it
 * can no longer be removed: the kernel does one or the other, never both.
 */
export function abandonWrites(): string[] {
  for (const [temp, entry] of staged) {
    try {
      unlinkSync(temp);
    } catch (error) {
      if (entry.renaming && (error as NodeJS.ErrnoException).code === 'ENOENT') written.push(entry.shownAs);
    }
  }
  staged.clear();
  return [...written];
}
