/**
 * Spearman's rank correlation: Pearson's correlation of the ranks, ties given their mean rank.
 * Null when either side does not vary (a fixed input, or a lowest cash that every run shares).
 */

/** Whether this machine stores a double's low word first (every platform Node runs on does; checked, not assumed). */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
const RADIX_BITS = 16;
const BUCKETS = 1 << RADIX_BITS;

/**
 * The order of the values, smallest first (equal values keep their positions' order), by an LSD
 * radix sort of the doubles' bits mapped to unsigned keys that sort as the numbers do: linear
 * time, and several times faster here than Float64Array.prototype.sort. No NaN may be given.
 */
export function argsort(values: Float64Array): Uint32Array {
  const n = values.length;
  const bits = new Uint32Array(Float64Array.from(values).buffer);
  const [lowAt, highAt] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
  // Keys: flip every bit of a negative double, only the sign bit of a positive one; -0 sorts as 0.
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = bits[2 * i + highAt] as number;
    let l = bits[2 * i + lowAt] as number;
    if (h === 0x80000000 && l === 0) h = 0;
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    high[i] = h;
    low[i] = l;
  }
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const counts = new Uint32Array(BUCKETS);
  for (const [words, shift] of [
    [low, 0],
    [low, RADIX_BITS],
    [high, 0],
    [high, RADIX_BITS],
  ] as const) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const digit = ((words[i] as number) >>> shift) & (BUCKETS - 1);
      counts[digit] = (counts[digit] as number) + 1;
    }
    // A digit every key shares sorts nothing: skip its pass.
    if (counts[((words[0] as number) >>> shift) & (BUCKETS - 1)] === n) continue;
    let sum = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const c = counts[b] as number;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const index = order[i] as number;
      const digit = ((words[index] as number) >>> shift) & (BUCKETS - 1);
      const to = counts[digit] as number;
      next[to] = index;
      counts[digit] = to + 1;
    }
    [order, next] = [next, order];
  }
  return order;
}

/** Ranks 1 .. n; values shared by several positions take the mean of their ranks. */
export function ranks(values: Float64Array): Float64Array {
  const order = argsort(values);
  const out = new Float64Array(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    const v = values[order[start] as number] as number;
    while (end < order.length && values[order[end] as number] === v) end++;
    // Positions start .. end - 1 hold ranks start + 1 .. end: their mean is (start + 1 + end) / 2.
    const rank = (start + 1 + end) / 2;
    for (let j = start; j < end; j++) out[order[j] as number] = rank;
    start = end;
  }
  return out;
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
