import { distance } from 'fastest-levenshtein';

/** The candidate closest to a mistyped word, and how many edits away it is. */
export function nearest(word: string, candidates: readonly string[]): { candidate: string; edits: number } | undefined {
  let best: { candidate: string; edits: number } | undefined;
  for (const candidate of candidates) {
    const edits = distance(word, candidate);
    if (!best || edits < best.edits) best = { candidate, edits };
  }
  return best;
}
