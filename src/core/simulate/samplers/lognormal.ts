import type { Rng } from '../rng.js';
import { standardNormal, Z90 } from './normal.js';

/** ln x normal with mean (ln low + ln high) / 2 and sd (ln high - ln low) / (2 x 1.28155...): low and high are x's P10 and P90. */
export function lognormalParameters(low: number, high: number): { mu: number; sigma: number } {
  const lnLow = Math.log(low);
  const lnHigh = Math.log(high);
  return { mu: (lnLow + lnHigh) / 2, sigma: (lnHigh - lnLow) / (2 * Z90) };
}

/** exp of a normal draw; Math.exp is V8's fdlibm port, the same bits on every platform. */
export function drawLognormal(rng: Rng, mu: number, sigma: number): number {
  return Math.exp(mu + sigma * standardNormal(rng));
}
