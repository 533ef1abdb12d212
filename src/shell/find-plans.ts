import path from 'node:path';
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

async function expand(cwd: string, pattern: string): Promise<string[]> {
  const { base, rest } = splitPattern(pattern);
  const matches = await glob(rest, { cwd: path.resolve(cwd, base), onlyFiles: true, expandDirectories: false });
  const prefix = base === '' ? '' : base.endsWith('/') ? base : `${base}/`;
  return matches.map((match) => prefix + match).sort();
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
