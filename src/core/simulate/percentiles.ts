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

/**
 * P10, P50 and P90 of values[0 .. n). `values` is scratch: it is reordered. NaN counts as null.
 */
export function deciles(values: Float64Array, n: number): Deciles {
  if (n === 0) return { p10: null, p50: null, p90: null };
  // Numbers first, nulls after: a rank past the numbers lands on a null.
  let numbers = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v === v) {
      values[i] = values[numbers] as number;
      values[numbers++] = v;
    }
  }
  const k10 = nearestRank(n, 1);
  const k50 = nearestRank(n, 5);
  const k90 = nearestRank(n, 9);
  if (k50 > numbers) return { p10: k10 > numbers ? null : select(values, k10 - 1, 0, numbers), p50: null, p90: null };
  const p50 = select(values, k50 - 1, 0, numbers);
  // Now nothing before the median's place is larger than it, and nothing after is smaller.
  return {
    p10: select(values, k10 - 1, 0, k50),
    p50,
    p90: k90 > numbers ? null : select(values, k90 - 1, k50 - 1, numbers),
  };
}

/**
 * The k-th smallest (0-based) of a[from .. to), by Hoare partitioning around the median of three
 * (deterministic). Leaves a[k] in place with nothing larger before it and nothing smaller after.
 */
export function select(a: Float64Array, k: number, from: number, to: number): number {
  let lo = from;
  let hi = to - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three as the pivot: sorted a[lo] <= a[mid] <= a[hi].
    if ((a[mid] as number) < (a[lo] as number)) swap(a, mid, lo);
    if ((a[hi] as number) < (a[lo] as number)) swap(a, hi, lo);
    if ((a[hi] as number) < (a[mid] as number)) swap(a, hi, mid);
    const pivot = a[mid] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k] as number;
  }
  return a[k] as number;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}
