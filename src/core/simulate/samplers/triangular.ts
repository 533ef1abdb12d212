import type { Rng } from '../rng.js';

/**
 * Triangular with min, mode and max, by inverting its CDF: one uniform draw, one square root.
 * F(x) = (x - min)^2 / ((max - min)(mode - min)) up to the mode, 1 - (max - x)^2 / ((max - min)(max - mode)) after.
 */
export function drawTriangular(rng: Rng, min: number, mode: number, max: number): number {
  const width = max - min;
  const u = rng.uniform();
  const left = mode - min;
  if (u * width < left) return min + Math.sqrt(u * width * left);
  return max - Math.sqrt((1 - u) * width * (max - mode));
}
