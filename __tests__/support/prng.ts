// Repeatable randomness for tests: a seeded generator for many varied numbers, and a noise that is a
// function of its index (the same value for the same i, whatever order it is asked in).

/** mulberry32: numbers in [0, 1), the same sequence for the same seed. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deterministic noise in [0, 1): the same number for the same i. */
export function unitNoise(i: number): number {
  return Math.sin(i * 12.9898) * 43758.5453 - Math.floor(Math.sin(i * 12.9898) * 43758.5453);
}

/** Deterministic noise in [-1, 1]. */
export function noise(i: number): number {
  return 2 * unitNoise(i) - 1;
}
