import type { Distribution } from '../../plan/what-if-rules.js';
import type { Rng } from '../rng.js';
import { drawLognormal, lognormalParameters } from './lognormal.js';
import { drawNormal, normalParameters } from './normal.js';
import { drawPert, pertParameters } from './pert.js';
import { drawTriangular } from './triangular.js';
import { drawUniform } from './uniform.js';

/** How one input is drawn, as plain numbers a worker can receive. */
export interface Sampler {
  /** 'fixed' for a range of zero width: the input keeps `a` and no draw is made. */
  dist: Distribution | 'fixed';
  /** Parameters, by distribution: pert (min, max, alpha, beta); triangular (min, mode, max); uniform (low, high); normal (mean, sd); lognormal (mu, sigma); fixed (value). */
  a: number;
  b: number;
  c: number;
  d: number;
}

/** The sampler of one range; mode is the plan's value or the range's own (pert and triangular). */
export function samplerFor(dist: Distribution, low: number, high: number, mode: number | undefined): Sampler {
  if (low === high) return { dist: 'fixed', a: low, b: 0, c: 0, d: 0 };
  switch (dist) {
    case 'pert': {
      const m = mode ?? (low + high) / 2;
      const { alpha, beta } = pertParameters(low, m, high);
      return { dist, a: low, b: high, c: alpha, d: beta };
    }
    case 'triangular':
      return { dist, a: low, b: mode ?? (low + high) / 2, c: high, d: 0 };
    case 'uniform':
      return { dist, a: low, b: high, c: 0, d: 0 };
    case 'normal': {
      const { mean, sd } = normalParameters(low, high);
      return { dist, a: mean, b: sd, c: 0, d: 0 };
    }
    case 'lognormal': {
      const { mu, sigma } = lognormalParameters(low, high);
      return { dist, a: mu, b: sigma, c: 0, d: 0 };
    }
  }
}

export function draw(rng: Rng, s: Sampler): number {
  switch (s.dist) {
    case 'fixed':
      return s.a;
    case 'pert':
      return drawPert(rng, s.a, s.b, s.c, s.d);
    case 'triangular':
      return drawTriangular(rng, s.a, s.b, s.c);
    case 'uniform':
      return drawUniform(rng, s.a, s.b);
    case 'normal':
      return drawNormal(rng, s.a, s.b);
    case 'lognormal':
      return drawLognormal(rng, s.a, s.b);
  }
}
