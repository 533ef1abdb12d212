/**
 * Nearest-rank percentiles (FORMULAS.md): the value at rank ceil(q x N) of the N sorted values,
 * with null (NaN) above every number; a percentile that lands on a null is null. Found by
 * selection on a scratch copy (expected linear time), not by sorting.
 */

/** ceil(tenths / 10 x n) in integers, so no binary fraction moves a rank. */
export function nearestRank(n: number, tenths: number): number {
  return Math.floor((n * tenths + 9) / 10);
}

export interface Deciles {
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

/** Above this many numbers, ranks are found through a histogram first (see bucketSelect). */
const BUCKETS_ABOVE = 2048;
const BUCKETS = 1024;
/** Values whose range sets the buckets' span. */
const RANGE_SAMPLE = 256;

function rangeOf(values: Float64Array, n: number, stride: number): [number, number] {
  let min = values[0] as number;
  let max = min;
  for (let i = stride; i < n; i += stride) {
    const v = values[i] as number;
    min = v < min ? v : min;
    max = v > max ? v : max;
  }
  return [min, max];
}

/**
 * P10, P50 and P90 of values[0 .. n). `values` is scratch: it is reordered. NaN counts as null;
 * a caller whose values are never null (cash) says so and saves a pass.
 */
export function deciles(values: Float64Array, n: number, mayHoldNulls = true): Deciles {
  if (n === 0) return { p10: null, p50: null, p90: null };
  // Numbers first, nulls after: a rank past the numbers lands on a null.
  let numbers = mayHoldNulls ? 0 : n;
  while (numbers < n && !Number.isNaN(values[numbers])) numbers++;
  for (let i = numbers + 1; i < n; i++) {
    const v = values[i] as number;
    if (!Number.isNaN(v)) {
      values[i] = values[numbers] as number;
      values[numbers++] = v;
    }
  }
  const ranks = [nearestRank(n, 1), nearestRank(n, 5), nearestRank(n, 9)] as const;
  const found = numbers > BUCKETS_ABOVE ? bucketSelect(values, numbers, ranks) : ranks.map((rank) => (rank > numbers ? null : select(values, rank - 1, 0, numbers)));
  return { p10: found[0] ?? null, p50: found[1] ?? null, p90: found[2] ?? null };
}

/** bucket(v) = floor((v - min) x scale) within 0 .. top; x | 0 truncates, which is floor for x >= 0. */
function bucketOf(v: number, min: number, scale: number, top: number): number {
  const x = (v - min) * scale;
  return x < top ? (x > 0 ? x | 0 : 0) : top;
}

/** How many of values[0 .. n) fall in each bucket. */
function countBuckets(values: Float64Array, n: number, min: number, scale: number, counts: Int32Array): void {
  const top = counts.length - 1;
  for (let i = 0; i < n; i++) {
    const at = bucketOf(values[i] as number, min, scale, top);
    counts[at] = (counts[at] as number) + 1;
  }
}

/** The bucket that holds the value of 1-based rank `rank`; -1 for a rank past n. */
function bucketOfRank(counts: Int32Array, rank: number, n: number): number {
  if (rank > n) return -1;
  let below = 0;
  let b = 0;
  while (below + (counts[b] as number) < rank) below += counts[b++] as number;
  return b;
}

/** How many values fall in the buckets below bucket b. */
function countBelow(counts: Int32Array, b: number): number {
  let below = 0;
  for (let i = 0; i < b; i++) below += counts[i] as number;
  return below;
}

/** Copies the values of buckets b0, b1 and b2 (-1: none; a bucket named twice fills the first array only) into g0, g1 and g2. */
function gatherBuckets(values: Float64Array, n: number, min: number, scale: number, top: number, b0: number, g0: Float64Array, b1: number, g1: Float64Array, b2: number, g2: Float64Array): void {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    const b = bucketOf(v, min, scale, top);
    if (b === b0) g0[s0++] = v;
    else if (b === b1) g1[s1++] = v;
    else if (b === b2) g2[s2++] = v;
  }
}

/** The value at 0-based `place` among one bucket's values. */
function selectInBucket(bucket: Float64Array, place: number): number | null {
  // A bucket that still holds many values (a long tail squeezes the bulk into few buckets) is bucketed again.
  return bucket.length > BUCKETS_ABOVE ? (bucketSelect(bucket, bucket.length, [place + 1])[0] ?? null) : select(bucket, place, 0, bucket.length);
}

/**
 * The values at the given 1-based ranks among values[0 .. n) (null past n), without sorting:
 * one pass for the range, one to count the values in each of 1,024 equal-width buckets of it,
 * one to gather the few buckets that hold the ranks, then selection within each. Every step is
 * a plain pass a CPU predicts, where quickselect's comparisons of random values mispredict half
 * the time (four times slower on 10,000 values). Exact: the bucket of a value is a monotone
 * function of it, so a rank's bucket and its place within it follow from the counts. Each pass
 * is a small function of its own: a cold process optimizes it whole, where a loop compiled on
 * stack replacement inside one big function left the code after it without feedback, and
 * deoptimized on every call (issue 12).
 */
function bucketSelect(values: Float64Array, n: number, ranks: readonly number[]): (number | null)[] {
  // The buckets span the range of a sample of the values: any range gives exact ranks, since values
  // beyond it fall into the end buckets (still a monotone function), and a sample's costs no pass.
  const stride = Math.max(1, Math.floor(n / RANGE_SAMPLE));
  let [min, max] = rangeOf(values, n, stride);
  if (min === max) [min, max] = rangeOf(values, n, 1);
  if (min === max) return ranks.map((rank) => (rank > n ? null : min));
  const scale = BUCKETS / (max - min);
  // A range past the doubles (max - min overflows): no bucket tells values apart, so select directly.
  if (!(scale > 0) || !Number.isFinite(scale)) return ranks.map((rank) => (rank > n ? null : select(values, rank - 1, 0, n)));
  const top = BUCKETS - 1;
  const counts = new Int32Array(BUCKETS);
  countBuckets(values, n, min, scale, counts);
  // Each rank's bucket (-1: past n); the arrays are sized by the counts, one per distinct bucket.
  const b0 = bucketOfRank(counts, ranks[0] ?? n + 1, n);
  const b1 = bucketOfRank(counts, ranks[1] ?? n + 1, n);
  const b2 = bucketOfRank(counts, ranks[2] ?? n + 1, n);
  const g0 = new Float64Array(b0 < 0 ? 0 : (counts[b0] as number));
  const g1 = new Float64Array(b1 < 0 || b1 === b0 ? 0 : (counts[b1] as number));
  const g2 = new Float64Array(b2 < 0 || b2 === b1 || b2 === b0 ? 0 : (counts[b2] as number));
  gatherBuckets(values, n, min, scale, top, b0, g0, b1, g1, b2, g2);
  const from = (b: number) => (b === b0 ? g0 : b === b1 ? g1 : g2);
  const found: (number | null)[] = [];
  for (let i = 0; i < ranks.length; i++) {
    const b = i === 0 ? b0 : i === 1 ? b1 : b2;
    // Its 0-based place among the bucket's values.
    found.push(b < 0 ? null : selectInBucket(from(b), (ranks[i] as number) - 1 - countBelow(counts, b)));
  }
  return found;
}

/**
 * The k-th smallest (0-based) of a[from .. to), by Floyd and Rivest's SELECT (CACM 18(3), 1975,
 * Algorithm 489): on a large range it first selects within a small sample around the expected
 * place, so the partition that follows puts k in a short stretch; about n + min(k, n - k)
 * comparisons, half of quickselect's. Leaves a[k] in place with nothing larger before it and
 * nothing smaller after. The value found is the same whatever the pivots: only the time depends on them.
 */
export function select(a: Float64Array, k: number, from: number, to: number): number {
  selectRange(a, k, from, to - 1);
  return a[k] as number;
}

/** Sample ranges above this size are narrowed first (Floyd and Rivest's constant). */
const SAMPLE_ABOVE = 600;

function selectRange(a: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    if (right - left > SAMPLE_ABOVE) {
      // A sample of about n^(2/3) values around k's expected place, shifted by a few deviations towards the middle.
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m < n / 2 ? -1 : 1);
      selectRange(a, k, Math.max(left, Math.floor(k - (m * s) / n + sd)), Math.min(right, Math.floor(k + ((n - m) * s) / n + sd)));
    }
    // Partition a[left .. right] around t = a[k], with sentinels at both ends.
    const t = a[k] as number;
    let i = left;
    let j = right;
    swap(a, left, k);
    if ((a[right] as number) > t) swap(a, right, left);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while ((a[i] as number) < t) i++;
      while ((a[j] as number) > t) j--;
    }
    if (a[left] === t) swap(a, left, j);
    else {
      j++;
      swap(a, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}
