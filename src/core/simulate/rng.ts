/**
 * The simulation's one source of randomness: xoshiro128** 1.1 (Blackman and Vigna, "Scrambled
 * linear pseudorandom number generators", 2018, prng.di.unimi.it), a 32-bit generator with a
 * 2^128 - 1 period, reseeded for every run from (seed, run index) through SplitMix32-style
 * mixing. So run i's draws depend on (seed, i) alone, and any split of the runs among threads
 * gives the same draws. Only 32-bit integer operations (Math.imul, shifts, xor) and one exact
 * division by 2^53: the same bits on every machine. Never Math.random.
 */
export class Rng {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  /** Starts the stream of one run. seed: a whole number 0 .. 2^53 - 1; run: 0 .. 2^32 - 1. */
  reseed(seed: number, run: number): void {
    const low = seed >>> 0;
    const high = Math.floor(seed / 4294967296) >>> 0;
    // One 32-bit key from the three words; each step is a bijection, and fmix32 avalanches.
    let key = fmix32(low ^ 0x6a09e667);
    key = fmix32(key ^ Math.imul(high ^ 0xbb67ae85, 0x9e3779b1));
    key = fmix32(key ^ Math.imul(run ^ 0x3c6ef372, 0x85ebca77));
    // SplitMix32 fills the state: never all zero, as xoshiro needs (each word is fmix32 of a distinct counter).
    let counter = key;
    counter = (counter + 0x9e3779b9) | 0;
    this.a = fmix32(counter);
    counter = (counter + 0x9e3779b9) | 0;
    this.b = fmix32(counter);
    counter = (counter + 0x9e3779b9) | 0;
    this.c = fmix32(counter);
    counter = (counter + 0x9e3779b9) | 0;
    this.d = fmix32(counter);
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** The next 32 bits, as an unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9);
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result >>> 0;
  }

  /** A uniform double in [0, 1) with 53 random bits: two 32-bit outputs, 27 and 26 bits of them. */
  uniform(): number {
    const high = this.nextUint32() >>> 5;
    const low = this.nextUint32() >>> 6;
    return (high * 67108864 + low) / 9007199254740992;
  }

  /** A uniform double in (0, 1): never 0, so its logarithm is finite. */
  uniformOpen(): number {
    let u = this.uniform();
    while (u === 0) u = this.uniform();
    return u;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
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
