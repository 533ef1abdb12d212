import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A file or folder shipped with bizplan (`templates/report`, `bin/bizplan.js`),
 * found by walking up from this module, so it resolves the same from src/ in tests and
 * from a bundle in dist/.
 */
export function packagePath(relative: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, relative);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`bizplan is installed without its ${relative}`);
    dir = parent;
  }
}

declare const BIZPLAN_BUNDLED: boolean | undefined;

/**
 * What a worker thread starts from: the command's own entry, which runs the bundle through
 * its code cache and, off the main thread, becomes the worker (of check or of simulate).
 * None when running from source, where there is no bundle to start.
 */
export function workerScript(): string | undefined {
  if (typeof BIZPLAN_BUNDLED === 'undefined') return undefined;
  try {
    return packagePath('bin/bizplan.js');
  } catch {
    return undefined;
  }
}
