import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export interface FoundPlan {
  /** As shown to the user: the argument itself, or the match, relative to cwd unless the pattern was absolute. */
  shownAs: string;
  absolute: string;
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
    // Matches are shown the way the pattern was written: absolute for an absolute pattern.
    const matches = (await glob(arg, { cwd, onlyFiles: true, expandDirectories: false, absolute: path.isAbsolute(arg) })).sort();
    if (matches.length === 0) unmatched.push(arg);
    for (const match of matches) add(match);
  }
  return { plans, unmatched };
}
