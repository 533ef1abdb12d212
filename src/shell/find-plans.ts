import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';

export interface FoundPlan {
  /** As shown to the user: the argument itself, or the match written the way the pattern was. */
  shownAs: string;
  absolute: string;
}

/** Any character that could make a path segment a pattern; a segment without one is taken literally. */
const GLOB_CHARS = /[*?[\]{}()!+@\\]/;

/**
 * Splits a pattern at its first segment that is a pattern: `../plans/**\/*.yaml` becomes the
 * folder `../plans` and the pattern `**\/*.yaml`. Globbing the rest from that folder keeps
 * `..` and absolute paths out of the glob library, which misses matches when a pattern climbs
 * above its cwd (tinyglobby issue 128: from g/sub, `../**\/*.yaml` skipped g/sub itself).
 */
export function splitPattern(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/');
  const first = segments.findIndex((segment) => GLOB_CHARS.test(segment));
  if (first <= 0) return { base: first === 0 ? '' : pattern, rest: first === 0 ? pattern : '' };
  const base = segments.slice(0, first).join('/');
  return { base: base === '' ? '/' : base, rest: segments.slice(first).join('/') };
}

/**
 * Entries the glob library never lists: FIFOs, sockets, devices and links that lead nowhere.
 * A pattern that names one must show it, so that check reports it as an invalid plan instead
 * of passing over it in silence. Found by reading each folder the pattern's folder part
 * reaches and matching the last part with picomatch, the matcher the glob library uses.
 */
async function specialMatches(root: string, rest: string): Promise<string[]> {
  const slash = rest.lastIndexOf('/');
  const folderPart = slash < 0 ? '' : rest.slice(0, slash);
  const folders = folderPart === '' ? [''] : await glob(folderPart, { cwd: root, onlyDirectories: true, expandDirectories: false });
  const isMatch = picomatch(rest);
  const found: string[] = [];
  for (const folder of folderPart.includes('**') ? ['', ...folders] : folders) {
    const entries = await readdir(path.join(root, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isFile() || entry.isDirectory()) continue;
      const relative = folder === '' ? entry.name : `${folder.replace(/\/$/, '')}/${entry.name}`;
      if (!isMatch(relative)) continue;
      // A link to a regular file or folder is the glob library's; one that leads nowhere is ours.
      const target = await stat(path.join(root, relative)).catch(() => undefined);
      if (!target || (!target.isFile() && !target.isDirectory())) found.push(relative);
    }
  }
  return found;
}

async function expand(cwd: string, pattern: string): Promise<string[]> {
  const { base, rest } = splitPattern(pattern);
  const root = path.resolve(cwd, base);
  const [files, special] = await Promise.all([glob(rest, { cwd: root, onlyFiles: true, expandDirectories: false }), specialMatches(root, rest)]);
  const prefix = base === '' ? '' : base.endsWith('/') ? base : `${base}/`;
  return [...new Set([...files, ...special])].map((match) => prefix + match).sort();
}

/**
 * Expands plan arguments: a glob becomes its matches in name order, a plain path stays as
 * given (a missing file is then reported, not dropped). Duplicates are checked once.
 * Returns the patterns that matched nothing, to be reported too.
 */
export async function findPlans(cwd: string, args: readonly string[]): Promise<{ plans: FoundPlan[]; unmatched: string[] }> {
  const plans: FoundPlan[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const add = (shownAs: string) => {
    const absolute = path.resolve(cwd, shownAs);
    if (seen.has(absolute)) return;
    seen.add(absolute);
    plans.push({ shownAs, absolute });
  };
  for (const arg of args) {
    if (!isDynamicPattern(arg)) {
      add(arg);
      continue;
    }
    const matches = await expand(cwd, arg);
    if (matches.length === 0) unmatched.push(arg);
    for (const match of matches) add(match);
  }
  return { plans, unmatched };
}
