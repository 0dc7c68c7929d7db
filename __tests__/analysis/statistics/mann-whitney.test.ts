import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { hodgesLehmann, mannWhitneyU, normalUpperTail, type Alternative } from '../../../src/analysis/statistics/mann-whitney.js';
import { prng } from '../../support/prng.js';

// Reference values from scipy.stats.mannwhitneyu and numpy; how they were made: fixtures/statistics/SOURCE.md.
interface ReferenceCase {
  name: string;
  before: number[] | { range: number };
  after: number[];
  method: 'exact' | 'normal';
  results: Record<Alternative, { u: number; p: number }>;
  hodgesLehmann: number;
}
const reference = JSON.parse(readFileSync(new URL('../../fixtures/statistics/mann-whitney-scipy.json', import.meta.url), 'utf8')) as { cases: ReferenceCase[] };
const beforeOf = (c: ReferenceCase): number[] => (Array.isArray(c.before) ? c.before : Array.from({ length: c.before.range }, (_, i) => i));

/** The definition, O(n1 * n2): the median of every after - before difference. */
function bruteHodgesLehmann(before: number[], after: number[]): number {
  const diffs: number[] = [];
  for (const b of after) for (const a of before) diffs.push(b - a);
  diffs.sort((x, y) => x - y);
  const n = diffs.length;
  return n % 2 === 1 ? diffs[(n - 1) / 2]! : (diffs[n / 2 - 1]! + diffs[n / 2]!) / 2;
}

describe('Mann-Whitney U against scipy', () => {
  const alternatives: Alternative[] = ['two-sided', 'greater', 'less'];
  it.each(reference.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    for (const alternative of alternatives) {
      const result = mannWhitneyU(beforeOf(c), c.after, alternative);
      const expected = c.results[alternative];
      expect(result.method).toBe(c.method);
      expect(result.u).toBe(expected.u);
      // The brief's bar (1e-6 exact, 1e-4 normal) and a much tighter relative one, which also holds
      // for p-values far below 1e-6 (measured: about 3e-14 at worst).
      expect(Math.abs(result.pValue - expected.p)).toBeLessThanOrEqual(c.method === 'exact' ? 1e-6 : 1e-4);
      expect(Math.abs(result.pValue - expected.p)).toBeLessThanOrEqual(1e-9 * expected.p + 1e-300);
    }
  });

  it('covers the kinds of case the gate meets', () => {
    const methods = new Set(reference.cases.map((c) => c.method));
    expect(methods).toEqual(new Set(['exact', 'normal']));
    expect(reference.cases.some((c) => c.results.greater.p < 1e-10)).toBe(true);
    expect(reference.cases.some((c) => c.results.less.p < 0.01)).toBe(true);
    expect(reference.cases.some((c) => c.after.filter((v) => v === 0).length > c.after.length / 3)).toBe(true);
  });
});

describe('Mann-Whitney U', () => {
  it('means by "greater" that the after sample is higher', () => {
    const before = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
    const after = before.map((v) => v + 8);
    expect(mannWhitneyU(before, after, 'greater').pValue).toBeLessThan(0.01);
    expect(mannWhitneyU(before, after, 'less').pValue).toBeGreaterThan(0.99);
    // U of the after sample: after wins 97 of the 100 pairs and ties 2 (18 and 19), worth one half each.
    expect(mannWhitneyU(before, after).u).toBe(98);
  });

  it('gives two-sided = twice the smaller one-sided p-value, and mirrors when the samples swap', () => {
    const random = prng(7);
    const before = Array.from({ length: 40 }, () => Math.round(random() * 20));
    const after = Array.from({ length: 35 }, () => Math.round(random() * 20 + 3));
    const greater = mannWhitneyU(before, after, 'greater');
    const less = mannWhitneyU(before, after, 'less');
    expect(mannWhitneyU(before, after, 'two-sided').pValue).toBeCloseTo(Math.min(1, 2 * Math.min(greater.pValue, less.pValue)), 12);
    expect(mannWhitneyU(after, before, 'less').pValue).toBeCloseTo(greater.pValue, 12);
    expect(mannWhitneyU(after, before).u).toBe(40 * 35 - greater.u);
  });

  it('drops NaN and Infinity, says how many, and tests the rest', () => {
    const before = [1, 2, 3, 4, 5, 6];
    const after = [4, 5, 6, 7, 8, 9];
    const clean = mannWhitneyU(before, after, 'greater');
    const dirty = mannWhitneyU([Number.NaN, ...before, Infinity], [...after, -Infinity, Number.NaN], 'greater');
    expect(dirty).toEqual({ ...clean, dropped: 4 });
    expect(clean.dropped).toBe(0);
  });

  it('answers p = 1 with a reason for an empty sample', () => {
    expect(mannWhitneyU([], [1, 2, 3], 'greater')).toEqual({ u: 0, pValue: 1, method: 'none', n1: 0, n2: 3, dropped: 0, reason: 'the before sample is empty' });
    expect(mannWhitneyU([1], [Number.NaN], 'less').reason).toBe('the after sample is empty');
    expect(mannWhitneyU([], []).reason).toBe('both samples are empty');
  });

  it('answers p = 1 when every value is the same (error counts that stayed 0)', () => {
    const result = mannWhitneyU(new Array<number>(60).fill(0), new Array<number>(30).fill(0), 'greater');
    expect(result.pValue).toBe(1);
    expect(result.u).toBe(900);
    expect(result.reason).toBe('all values are identical');
  });

  it('handles negative and huge values', () => {
    const before = [-1e308, -5, -1e-300, 0, 3, 1e300];
    const after = [1e308, 7, 8, 1.7e308, 9, 10];
    const result = mannWhitneyU(before, after, 'greater');
    expect(result.method).toBe('exact');
    expect(result.pValue).toBeGreaterThan(0);
    expect(result.pValue).toBeLessThan(0.05);
  });

  it('uses the exact distribution for one small sample however large the other', () => {
    const before = Array.from({ length: 20000 }, (_, i) => i);
    const result = mannWhitneyU(before, [20000.5, 20001.5, 20002.5], 'greater');
    expect(result.method).toBe('exact');
    // Only one of the C(20003, 3) arrangements puts all three after values on top.
    expect(result.pValue / (1 / ((20003 * 20002 * 20001) / 6))).toBeCloseTo(1, 12);
    expect(mannWhitneyU(before, [9999.5, 10000.5, 10001.5], 'greater').pValue).toBeCloseTo(0.5, 3);
  });

  it('ranks 2 x 10,000 values well under 50 ms', () => {
    const random = prng(11);
    const before = Array.from({ length: 10000 }, () => 100 + random() * 20);
    const after = Array.from({ length: 10000 }, () => 101 + random() * 20);
    mannWhitneyU(before, after, 'greater');
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const start = performance.now();
      mannWhitneyU(before, after, 'greater');
      times.push(performance.now() - start);
    }
    times.sort((x, y) => x - y);
    expect(times[2]).toBeLessThan(50);
    expect(mannWhitneyU(before, after, 'greater').pValue).toBeLessThan(1e-4);
  });
});

describe('normal upper tail', () => {
  it('matches known values from the centre to far out', () => {
    expect(normalUpperTail(0)).toBe(0.5);
    expect(normalUpperTail(1.959963984540054)).toBeCloseTo(0.025, 15);
    expect(normalUpperTail(-1.959963984540054)).toBeCloseTo(0.975, 15);
    // scipy.special.ndtr(-10) = 7.619853024160527e-24
    expect(Math.abs(normalUpperTail(10) / 7.619853024160527e-24 - 1)).toBeLessThan(1e-13);
    expect(normalUpperTail(40)).toBe(0);
    expect(normalUpperTail(-Infinity)).toBe(1);
  });
});

describe('Hodges-Lehmann shift', () => {
  it.each(reference.cases.map((c) => [c.name, c] as const))('matches numpy on %s', (_name, c) => {
    expect(hodgesLehmann(beforeOf(c), c.after).shift).toBeCloseTo(c.hodgesLehmann, 9);
  });

  it('equals the median of all pairwise differences on random data with ties, zeros and negatives', () => {
    const random = prng(42);
    for (let trial = 0; trial < 200; trial += 1) {
      const n1 = 1 + Math.floor(random() * 40);
      const n2 = 1 + Math.floor(random() * 40);
      const kind = trial % 4;
      const draw = (): number =>
        kind === 0 ? random() * 200 - 100 : kind === 1 ? Math.floor(random() * 5) : kind === 2 ? (random() < 0.8 ? 0 : Math.floor(random() * 9)) : Math.round(random() * 1e6) / 1e3;
      const before = Array.from({ length: n1 }, draw);
      const after = Array.from({ length: n2 }, draw);
      expect(hodgesLehmann(before, after).shift).toBe(bruteHodgesLehmann(before, after));
    }
  });

  it('stays exact on samples too large to list their pairs cheaply', () => {
    const random = prng(5);
    const before = Array.from({ length: 600 }, () => Math.round(random() * 5000) / 10);
    const after = Array.from({ length: 550 }, () => Math.round(random() * 5000 + 300) / 10);
    expect(hodgesLehmann(before, after).shift).toBe(bruteHodgesLehmann(before, after));
  });

  it('takes 2 x 10,000 values in well under a second', () => {
    const random = prng(13);
    const before = Array.from({ length: 10000 }, () => 200 * Math.exp(random() * 0.5));
    const after = Array.from({ length: 10000 }, () => 210 * Math.exp(random() * 0.5));
    const start = performance.now();
    const result = hodgesLehmann(before, after);
    expect(performance.now() - start).toBeLessThan(500);
    expect(result.relativeEffect).toBeGreaterThan(0.03);
    expect(result.relativeEffect).toBeLessThan(0.08);
  });

  it('is relative to the before median, guarded for a median of 0', () => {
    expect(hodgesLehmann([100, 100, 100], [110, 110, 110])).toMatchObject({ shift: 10, relativeEffect: 0.1, beforeMedian: 100 });
    expect(hodgesLehmann([-100, -100], [-90, -90]).relativeEffect).toBeCloseTo(0.1, 12);
    expect(hodgesLehmann([0, 0, 0], [0, 0, 1]).relativeEffect).toBe(0);
    expect(hodgesLehmann([0, 0, 0], [2, 2, 3]).relativeEffect).toBe(Infinity);
    expect(hodgesLehmann([0, 0, 0], [-2, -2, -3]).relativeEffect).toBe(-Infinity);
    expect(hodgesLehmann([], [1]).shift).toBeNaN();
  });

  it('survives differences that overflow a double', () => {
    // Four of the nine differences overflow to Infinity; the median is still the fifth of them.
    const before = [-1.7e308, -1e308, 0];
    const after = [1.7e308, 1e308, 5];
    expect(hodgesLehmann(before, after).shift).toBe(bruteHodgesLehmann(before, after));
    expect(hodgesLehmann([-1.7e308, -1.6e308], [1.7e308, 1.6e308]).shift).toBe(Infinity);
    expect(hodgesLehmann([Number.NaN, 1, Infinity], [3, -Infinity]).shift).toBe(2);
  });
});
