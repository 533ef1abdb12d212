/**
 * Spearman's rank correlation: Pearson's correlation of the ranks, ties given their mean rank.
 * Null when either side does not vary (a fixed input, or a lowest cash that every run shares).
 */
export function ranks(values: Float64Array): Float64Array {
  const sorted = Float64Array.from(values).sort();
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    // Ranks 1-based: a value shared by positions lower .. upper - 1 takes their mean, (lower + upper + 1) / 2.
    out[i] = (lowerBound(sorted, v) + upperBound(sorted, v) + 1) / 2;
  }
  return out;
}

function lowerBound(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Pearson's correlation of two rank vectors of the same length; null when either is constant. */
export function correlation(x: Float64Array, y: Float64Array): number | null {
  const n = x.length;
  if (n < 2) return null;
  // Ranks 1..n have the mean (n + 1) / 2 whatever the ties.
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mean;
    const dy = (y[i] as number) - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}
