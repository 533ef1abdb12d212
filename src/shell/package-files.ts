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
