import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/**
 * The simulation's one source of randomness: pure-rand's xoroshiro128+ (Blackman and Vigna,
 * 2018) and its uniformFloat64 (53 random bits), restarted for every run from a state mixed
 * out of (seed, run index). So run i's draws depend on (seed, i) alone, and any split of the
 * runs among threads gives the same draws. Only 32-bit integer operations and exact scaling by
 * powers of two: the same bits on every machine. Never Math.random.
 *
 * Why a state per run rather than one stream cut into pieces: a thread must reach run i without
 * drawing runs 0 .. i-1, and xoroshiro's jump() moves 2^64 draws at a cost of 128 steps a jump,
 * which for a million runs costs more than the runs.
 */
export class Rng {
  private generator: RandomGenerator = xoroshiro128plusFromState(runState(0, 0));

  /** Starts the stream of one run. seed: a whole number 0 .. 2^53 - 1; run: 0 .. 2^32 - 1. */
  reseed(seed: number, run: number): void {
    this.generator = xoroshiro128plusFromState(runState(seed, run));
  }

  /** A uniform double in [0, 1), a multiple of 2^-53. */
  uniform(): number {
    return uniformFloat64(this.generator);
  }

  /** A uniform double in (0, 1): never 0, so its logarithm is finite. */
  uniformOpen(): number {
    let u = this.uniform();
    while (u === 0) u = this.uniform();
    return u;
  }
}

/**
 * xoroshiro128+'s four 32-bit state words for one run: one key from (seed's two halves, run)
 * through MurmurHash3's finalizer, then SplitMix32-style counters, so that neighbouring runs and
 * seeds start far apart. Never all zero, which xoroshiro cannot leave.
 */
export function runState(seed: number, run: number): [number, number, number, number] {
  const low = seed >>> 0;
  const high = Math.floor(seed / 4294967296) >>> 0;
  let key = fmix32(low ^ 0x6a09e667);
  key = fmix32(key ^ Math.imul(high ^ 0xbb67ae85, 0x9e3779b1));
  key = fmix32(key ^ Math.imul(run ^ 0x3c6ef372, 0x85ebca77));
  const words: [number, number, number, number] = [0, 0, 0, 0];
  let counter = key;
  for (let i = 0; i < 4; i++) {
    counter = (counter + 0x9e3779b9) | 0;
    words[i] = fmix32(counter);
  }
  if ((words[0] | words[1] | words[2] | words[3]) === 0) words[0] = 1;
  return words;
}

/** MurmurHash3's 32-bit finalizer: a bijection that spreads every input bit over the output. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
