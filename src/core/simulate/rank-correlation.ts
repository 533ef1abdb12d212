/**
 * Spearman's rank correlation: Pearson's correlation of the ranks, ties given their mean rank.
 * Null when either side does not vary (a fixed input, or a lowest cash that every run shares).
 */

/** Whether this machine stores a double's low word first (every platform Node runs on does; checked, not assumed). */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
const RADIX_BITS = 16;
const BUCKETS = 1 << RADIX_BITS;

/** Keys that sort as the doubles do: flip every bit of a negative double, only the sign bit of a positive one; -0 sorts as 0. */
function sortKeys(values: Float64Array, high: Uint32Array, low: Uint32Array): void {
  // The doubles' own bits, read in place.
  const bits = new Uint32Array(values.buffer, values.byteOffset, 2 * values.length);
  const lowAt = LITTLE_ENDIAN ? 0 : 1;
  const highAt = 1 - lowAt;
  const n = values.length;
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
}

/** counts[d] = how many keys have digit d at `shift`. */
function countDigits(words: Uint32Array, shift: number, counts: Uint32Array): void {
  counts.fill(0);
  const n = words.length;
  for (let i = 0; i < n; i++) {
    const digit = ((words[i] as number) >>> shift) & (BUCKETS - 1);
    counts[digit] = (counts[digit] as number) + 1;
  }
}

/** Turns counts into each digit's first place: the sums of the counts before it. */
function startsFromCounts(counts: Uint32Array): void {
  let sum = 0;
  for (let b = 0; b < BUCKETS; b++) {
    const c = counts[b] as number;
    counts[b] = sum;
    sum += c;
  }
}

/** One stable pass: `order` by the digit at `shift` into `next`. */
function scatter(words: Uint32Array, shift: number, order: Uint32Array, next: Uint32Array, starts: Uint32Array): void {
  const n = order.length;
  for (let i = 0; i < n; i++) {
    const index = order[i] as number;
    const digit = ((words[index] as number) >>> shift) & (BUCKETS - 1);
    const to = starts[digit] as number;
    next[to] = index;
    starts[digit] = to + 1;
  }
}

/**
 * The order of the values, smallest first (equal values keep their positions' order), by an LSD
 * radix sort of the doubles' bits mapped to unsigned keys that sort as the numbers do: linear
 * time, and several times faster here than Float64Array.prototype.sort. No NaN may be given.
 * Each pass is a small function, called 4 times a sort: a cold process optimizes them whole (issue 12).
 */
export function argsort(values: Float64Array): Uint32Array {
  const n = values.length;
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  sortKeys(values, high, low);
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const counts = new Uint32Array(BUCKETS);
  for (let pass = 0; pass < 4; pass++) {
    const words = pass < 2 ? low : high;
    const shift = pass % 2 === 0 ? 0 : RADIX_BITS;
    countDigits(words, shift, counts);
    // A digit every key shares sorts nothing: skip its pass.
    if (counts[((words[0] as number) >>> shift) & (BUCKETS - 1)] === n) continue;
    startsFromCounts(counts);
    scatter(words, shift, order, next, counts);
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
