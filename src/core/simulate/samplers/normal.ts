import type { Rng } from '../rng.js';

/** z of the 90th percentile of the standard normal: low and high are the 10th and 90th percentiles. */
export const Z90 = 1.2815515655446004;

/**
 * A standard normal draw by Marsaglia's polar method: exact in distribution, two uniforms a try
 * (a try is kept with probability pi/4). The second value of a pair is dropped, so a draw never
 * carries state from one run into the next. Math.log and Math.sqrt: V8 computes log with its
 * port of fdlibm (the same bits on every platform) and sqrt is correctly rounded by IEEE 754.
 */
export function standardNormal(rng: Rng): number {
  for (;;) {
    const x = 2 * rng.uniform() - 1;
    const y = 2 * rng.uniform() - 1;
    const s = x * x + y * y;
    if (s > 0 && s < 1) return x * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/** Normal whose 10th and 90th percentiles are low and high: mean (low + high) / 2, sd (high - low) / (2 x 1.28155...). */
export function normalParameters(low: number, high: number): { mean: number; sd: number } {
  return { mean: (low + high) / 2, sd: (high - low) / (2 * Z90) };
}

export function drawNormal(rng: Rng, mean: number, sd: number): number {
  return mean + sd * standardNormal(rng);
}
