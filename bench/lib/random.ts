/**
 * Seeded randomness for the synthetic graph. The same seed and scale always give the same graph, byte
 * for byte, so results are comparable between runs and machines. mulberry32 is a 32-bit generator
 * small enough to inline (no dependency) and far better than needed for shaping test data.
 */

export type Rng = () => number;

/** Uniform floats in [0, 1) from a 32-bit seed. */
export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Derives an independent stream per phase, so one phase's draws never shift another's. */
export function stream(seed: number, name: string): Rng {
  let h = seed >>> 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return seeded(h);
}

/** Stateless hash of an index: per-item attributes (names, follower counts) need no stored tables. */
export function hash32(i: number, salt = 0): number {
  let h = (Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ salt) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export function int(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

export function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[int(rng, xs.length)] as T;
}

/**
 * Zipf-like rank in [0, n): P(rank k) ∝ 1 / (k + 1)^s, by inverting the continuous power law (exact
 * enough for degree shapes, O(1) per draw). s = 0 is uniform; s near 1 gives a few huge hubs.
 */
export function zipf(rng: Rng, n: number, s: number): number {
  return zipfRank(rng(), n, s);
}

/** zipf() for a given uniform draw u in [0, 1) (e.g. from hash32, for per-index attributes). */
export function zipfRank(u: number, n: number, s: number): number {
  let x: number;
  if (Math.abs(s - 1) < 1e-9) x = Math.exp(u * Math.log(n + 1));
  else {
    const e = 1 - s;
    x = Math.pow((Math.pow(n + 1, e) - 1) * u + 1, 1 / e);
  }
  return Math.min(n - 1, Math.max(0, Math.floor(x) - 1));
}

/** A 32-bit hash as a uniform draw in (0, 1). */
export function unit(h: number): number {
  return (h + 0.5) / 4294967296;
}

/** Pareto draw ≥ min with tail index alpha (follower counts, audience sizes). */
export function pareto(rng: Rng, min: number, alpha: number): number {
  return min / Math.pow(1 - rng(), 1 / alpha);
}
