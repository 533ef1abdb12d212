import type { Rng } from '../rng.js';
import { standardNormal } from './normal.js';

/**
 * Beta-PERT (FORMULAS.md): alpha = 1 + 4 (mode - min) / (max - min), beta = 1 + 4 (max - mode) / (max - min),
 * x = min + (max - min) B with B ~ Beta(alpha, beta), drawn as X / (X + Y) from two gamma draws.
 */
export function pertParameters(min: number, mode: number, max: number): { alpha: number; beta: number } {
  const width = max - min;
  return { alpha: 1 + (4 * (mode - min)) / width, beta: 1 + (4 * (max - mode)) / width };
}

/**
 * Gamma(shape, 1) for shape >= 1 (PERT's shapes are 1 to 5), by Marsaglia and Tsang, "A simple
 * method for generating gamma variables" (ACM TOMS, 2000): a normal and a uniform a try, kept
 * with probability above 0.95.
 */
export function drawGamma(rng: Rng, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormal(rng);
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = rng.uniformOpen();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

export function drawBeta(rng: Rng, alpha: number, beta: number): number {
  const x = drawGamma(rng, alpha);
  const y = drawGamma(rng, beta);
  return x / (x + y);
}

export function drawPert(rng: Rng, min: number, max: number, alpha: number, beta: number): number {
  return min + (max - min) * drawBeta(rng, alpha, beta);
}
