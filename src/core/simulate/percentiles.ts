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

/**
 * The values at the given 1-based ranks among values[0 .. n) (null past n), without sorting:
 * one pass for the range, one to count the values in each of 1,024 equal-width buckets of it,
 * one to gather the few buckets that hold the ranks, then selection within each. Every step is
 * a plain pass a CPU predicts, where quickselect's comparisons of random values mispredict half
 * the time (four times slower on 10,000 values). Exact: the bucket of a value is a monotone
 * function of it, so a rank's bucket and its place within it follow from the counts.
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
  // bucket(v) = floor((v - min) x scale) within 0 .. BUCKETS - 1; x | 0 truncates, which is floor for x >= 0.
  const top = BUCKETS - 1;
  const counts = new Int32Array(BUCKETS);
  for (let i = 0; i < n; i++) {
    const b = ((values[i] as number) - min) * scale;
    const at = b < top ? (b > 0 ? b | 0 : 0) : top;
    counts[at] = (counts[at] as number) + 1;
  }
  // Each rank's bucket, and its 0-based place among the bucket's values.
  const wanted = ranks.map((rank) => {
    if (rank > n) return null;
    let below = 0;
    let b = 0;
    while (below + (counts[b] as number) < rank) below += counts[b++] as number;
    return { bucket: b, place: rank - 1 - below };
  });
  const [w0, w1, w2] = wanted;
  const b0 = w0 ? w0.bucket : -1;
  const b1 = w1 ? w1.bucket : -1;
  const b2 = w2 ? w2.bucket : -1;
  const g0 = new Float64Array(b0 < 0 ? 0 : (counts[b0] as number));
  const g1 = new Float64Array(b1 < 0 || b1 === b0 ? 0 : (counts[b1] as number));
  const g2 = new Float64Array(b2 < 0 || b2 === b1 || b2 === b0 ? 0 : (counts[b2] as number));
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    const x = (v - min) * scale;
    const b = x < top ? (x > 0 ? x | 0 : 0) : top;
    if (b === b0) g0[s0++] = v;
    else if (b === b1) g1[s1++] = v;
    else if (b === b2) g2[s2++] = v;
  }
  const from = (b: number) => (b === b0 ? g0 : b === b1 ? g1 : g2);
  // A bucket that still holds many values (a long tail squeezes the bulk into few buckets) is bucketed again.
  return wanted.map((w) => {
    if (!w) return null;
    const bucket = from(w.bucket);
    return bucket.length > BUCKETS_ABOVE ? bucketSelect(bucket, bucket.length, [w.place + 1])[0] ?? null : select(bucket, w.place, 0, bucket.length);
  });
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
