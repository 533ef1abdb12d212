import type { Rng } from '../rng.js';

/** Uniform on [low, high] (FORMULAS.md, "Monte Carlo simulation"). */
export function drawUniform(rng: Rng, low: number, high: number): number {
  return low + (high - low) * rng.uniform();
}
