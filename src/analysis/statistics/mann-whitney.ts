// The Mann-Whitney U rank test and the Hodges-Lehmann shift: the statistics a post-deploy gate uses to
// compare a metric's points after a deploy with its points before. The test follows
// scipy.stats.mannwhitneyu (method='auto', use_continuity=True) and is checked against it in
// __tests__/analysis/statistics/mann-whitney.test.ts; which sample is which is fixed here, not left
// to argument order: `before` is the baseline and every direction word ('greater', a positive shift)
// means "after is higher".

import { median, midpoint } from './order-statistics.js';

export type Alternative = 'two-sided' | 'greater' | 'less';

export interface MannWhitneyResult {
  /**
   * U of the after sample: the number of (before, after) pairs where the after value is larger, ties
   * counting one half. n1 * n2 / 2 when nothing changed. Equals scipy.stats.mannwhitneyu(after,
   * before).statistic (scipy reports the U of its first argument).
   */
  u: number;
  /** In [0, 1]. 1 when a sample is empty or every value is the same. */
  pValue: number;
  /** 'none' when there was nothing to test (an empty sample). */
  method: 'exact' | 'normal' | 'none';
  /** Finite values of before and after actually used. */
  n1: number;
  n2: number;
  /** NaN and ±Infinity values left out, both samples together. */
  dropped: number;
  /** Why the p-value is 1 without a test: an empty sample or all values identical. */
  reason?: string;
}

/**
 * Mann-Whitney U test of `before` (a, the baseline) against `after` (b).
 *
 * - 'greater': after tends to be larger than before (scipy: mannwhitneyu(after, before, 'greater')).
 * - 'less': after tends to be smaller.
 * - 'two-sided': either; twice the smaller one-sided p-value, capped at 1.
 *
 * Ties get midranks. The method follows scipy's 'auto': exact null distribution when at least one
 * sample has at most 8 values and there is no tie anywhere in the combined sample; otherwise the
 * normal approximation with the tie-corrected variance and a 0.5 continuity correction. (scipy
 * 1.17 `_mwu_choose_method`: asymptotic if n1 > 8 and n2 > 8, else asymptotic if any tie, else
 * exact.) The exact distribution stays cheap with one small sample whatever the other's size:
 * O(min(n1, n2) * U).
 *
 * Unlike scipy, which raises on NaN and ranks ±Infinity, non-finite values are dropped and
 * counted in `dropped`: a gap in a metric is no evidence either way.
 */
export function mannWhitneyU(before: readonly number[], after: readonly number[], alternative: Alternative = 'two-sided'): MannWhitneyResult {
  const a = finiteSorted(before);
  const b = finiteSorted(after);
  const n1 = a.length;
  const n2 = b.length;
  const dropped = before.length - n1 + (after.length - n2);
  if (n1 === 0 || n2 === 0) {
    const which = n1 === 0 && n2 === 0 ? 'both samples are' : n1 === 0 ? 'the before sample is' : 'the after sample is';
    return { u: 0, pValue: 1, method: 'none', n1, n2, dropped, reason: `${which} empty` };
  }
  const { u, tieTerm, ties } = rankStatistics(a, b);
  const n = n1 + n2;
  if (a[0] === a[n1 - 1] && b[0] === b[n2 - 1] && a[0] === b[0]) {
    // scipy gets here too (zero variance, z = -inf, p = 1); saying so beats dividing by zero.
    return { u, pValue: 1, method: 'normal', n1, n2, dropped, reason: 'all values are identical' };
  }
  const total = n1 * n2;
  // The statistic whose upper tail is the p-value, as in scipy: U of after for 'greater', of before for
  // 'less', the larger of the two for 'two-sided' (then doubled).
  const uTail = alternative === 'greater' ? u : alternative === 'less' ? total - u : Math.max(u, total - u);
  const factor = alternative === 'two-sided' ? 2 : 1;
  const exact = (n1 <= 8 || n2 <= 8) && !ties;
  let tail: number;
  if (exact) {
    tail = exactUpperTail(Math.round(uTail), Math.min(n1, n2), Math.max(n1, n2));
  } else {
    const sd = Math.sqrt((total / 12) * (n + 1 - tieTerm / (n * (n - 1))));
    tail = normalUpperTail((uTail - total / 2 - 0.5) / sd);
  }
  return { u, pValue: clamp01(tail * factor), method: exact ? 'exact' : 'normal', n1, n2, dropped };
}

/** The finite values, sorted ascending (a typed-array sort: numeric, no comparator calls). */
function finiteSorted(values: readonly number[]): Float64Array {
  const out = new Float64Array(values.length);
  let count = 0;
  for (const v of values) if (Number.isFinite(v)) out[count++] = v;
  return out.subarray(0, count).sort();
}

/**
 * One merge pass over the two sorted samples: U of the after sample, the tie term sum(t^3 - t) over
 * groups of equal values in the combined sample (for the variance), and whether any tie exists.
 */
function rankStatistics(a: Float64Array, b: Float64Array): { u: number; tieTerm: number; ties: boolean } {
  let i = 0;
  let j = 0;
  let u = 0;
  let tieTerm = 0;
  while (i < a.length || j < b.length) {
    const value = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    let inA = 0;
    let inB = 0;
    while (i < a.length && a[i] === value) {
      i += 1;
      inA += 1;
    }
    while (j < b.length && b[j] === value) {
      j += 1;
      inB += 1;
    }
    // Each after value here beats the i - inA before values below it and ties with inA of them.
    u += inB * (i - inA + inA / 2);
    const t = inA + inB;
    tieTerm += t * t * t - t;
  }
  return { u, tieTerm, ties: tieTerm > 0 };
}

/**
 * P(U >= k) under the null for samples of sizes m <= n, no ties. The number of arrangements with
 * U = k is the coefficient of q^k in the Gaussian binomial [m + n choose m] = prod_{i=1..m} (1 -
 * q^(n+i)) / (1 - q^i): dividing by (1 - q^i) is a running sum and multiplying by (1 - q^d) a
 * shifted difference, each O(K), so the whole lower tail up to K costs O(m * K). Only the smaller
 * tail is ever summed (the distribution is symmetric around mn/2), so no 1 - (almost 1) loses digits.
 * Counts stay in doubles: exact integers while below 2^53 (always for m, n <= 8), relative error
 * near 1e-15 beyond, far inside what a p-value needs.
 */
function exactUpperTail(k: number, m: number, n: number): number {
  const total = m * n;
  if (k <= 0) return 1;
  if (k > total) return 0;
  // P(U >= k) = P(U <= total - k) by symmetry; use whichever side has the short sum.
  const lowerUpTo = total - k;
  if (lowerUpTo <= k - 1) return lowerTail(lowerUpTo, m, n);
  return 1 - lowerTail(k - 1, m, n);
}

/** P(U <= K) for K below the mean. */
function lowerTail(K: number, m: number, n: number): number {
  if (K < 0) return 0;
  const counts = new Float64Array(K + 1);
  counts[0] = 1;
  for (let part = 1; part <= m; part += 1) for (let k = part; k <= K; k += 1) counts[k]! += counts[k - part]!;
  for (let i = 1; i <= m; i += 1) {
    const d = n + i;
    for (let k = K; k >= d; k -= 1) counts[k]! -= counts[k - d]!;
  }
  let ways = 0;
  for (let k = 0; k <= K; k += 1) ways += counts[k]!;
  // C(m + n, m) as a running product: every partial product is itself a binomial, so no overflow
  // before the answer would overflow.
  let arrangements = 1;
  for (let i = 1; i <= m; i += 1) arrangements = (arrangements * (n + i)) / i;
  return ways / arrangements;
}

/** P(Z > z) for a standard normal Z, accurate to about 1e-14 relative, 0 below the double range. */
export function normalUpperTail(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  const x = z / Math.SQRT2;
  return x >= 0 ? erfc(x) / 2 : 1 - erfc(-x) / 2;
}

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/** erfc(x) for x >= 0. */
function erfc(x: number): number {
  if (x === Infinity) return 0;
  if (x < 2) {
    // erf(x) = 2/sqrt(pi) e^(-x^2) sum_n (2x^2)^n x / (1*3*...*(2n+1)): every term positive, so no
    // cancellation inside the sum; 1 - erf loses at most erfc(2) ~ 5e-3 of relative precision.
    const x2 = 2 * x * x;
    let term = x;
    let sum = x;
    for (let n = 1; n < 200 && term > sum * 1e-17; n += 1) {
      term *= x2 / (2 * n + 1);
      sum += term;
    }
    return 1 - TWO_OVER_SQRT_PI * Math.exp(-x * x) * sum;
  }
  // Laplace's continued fraction erfc(x) = e^(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))),
  // evaluated by the modified Lentz method; converges fast for x >= 2.
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k += 1) {
    const a = k / 2;
    d = x + a * d;
    d = d === 0 ? tiny : d;
    c = x + a / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

function clamp01(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

export interface HodgesLehmannResult {
  /** Median of all pairwise differences after - before: the shift of after relative to before. */
  shift: number;
  /**
   * shift / |median(before)|. 0 when the shift is 0; ±Infinity when the shift is not 0 but the
   * before median is (no scale to be relative to: "up from nothing"). NaN when a sample is empty.
   */
  relativeEffect: number;
  /** Median of the finite before values (the scale of relativeEffect). */
  beforeMedian: number;
  n1: number;
  n2: number;
}

/**
 * Hodges-Lehmann estimate of the shift from `before` to `after`: the median of the n1 * n2 pairwise
 * differences after[j] - before[i] (the mean of the two middle ones for an even count), with the
 * shift relative to the before median. Kayenta pairs its Mann-Whitney p-value with such an effect
 * size so that a significant but tiny change does not fail a canary.
 *
 * Exact for every size without listing the pairs: a bisection over difference values in which each
 * probe counts the differences <= v in O(n1 + n2) with two pointers over the sorted samples, and
 * jumps to the nearest actual differences on either side of v. Each probe at least halves the value
 * interval and moves a bound to a real difference, so it ends in a few dozen probes for metric data
 * (the bound is the count of distinct differences, never reached in practice). Non-finite values
 * are dropped, as in mannWhitneyU.
 */
export function hodgesLehmann(before: readonly number[], after: readonly number[]): HodgesLehmannResult {
  const a = finiteSorted(before);
  const b = finiteSorted(after);
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) return { shift: Number.NaN, relativeEffect: Number.NaN, beforeMedian: median(a), n1, n2 };
  const pairs = n1 * n2;
  let shift: number;
  if (pairs % 2 === 1) shift = kthDifference(a, b, (pairs + 1) / 2);
  else {
    // The upper middle is the lower one again if it repeats, else the next difference above it: one
    // more count instead of a second search.
    const lower = kthDifference(a, b, pairs / 2);
    const next = countAtMost(a, b, lower);
    shift = midpoint(lower, next.atMost > pairs / 2 ? lower : next.smallestAbove);
  }
  const beforeMedian = median(a);
  const relativeEffect = shift === 0 ? 0 : beforeMedian === 0 ? Math.sign(shift) * Infinity : shift / Math.abs(beforeMedian);
  return { shift, relativeEffect, beforeMedian, n1, n2 };
}

/** The k-th smallest (from 1) of the differences b[j] - a[i], for sorted a and b. */
function kthDifference(a: Float64Array, b: Float64Array, k: number): number {
  // Invariant: the answer is a difference in [low, high], and both bounds are differences.
  let low = b[0]! - a[a.length - 1]!;
  let high = b[b.length - 1]! - a[0]!;
  while (low < high) {
    // Differences of values beyond ±9e307 can overflow to ±Infinity: halve within the finite range.
    let probe = midpoint(Math.max(low, -Number.MAX_VALUE), Math.min(high, Number.MAX_VALUE));
    // Adjacent doubles: probe at the low end, which still moves a bound.
    if (!(probe >= low && probe < high)) probe = low;
    const { atMost, largestAtMost, smallestAbove } = countAtMost(a, b, probe);
    if (atMost >= k) high = largestAtMost;
    else low = smallestAbove;
  }
  return low;
}

/**
 * How many differences b[j] - a[i] are <= v, the largest such difference and the smallest one above
 * v. For fixed j the differences fall as i rises (floating-point subtraction is monotone), so those
 * <= v are a suffix of a starting at p(j), and p(j) never moves left as j rises.
 */
function countAtMost(a: Float64Array, b: Float64Array, v: number): { atMost: number; largestAtMost: number; smallestAbove: number } {
  const n1 = a.length;
  let p = 0;
  let atMost = 0;
  let largestAtMost = -Infinity;
  let smallestAbove = Infinity;
  for (let j = 0; j < b.length; j += 1) {
    const bj = b[j]!;
    while (p < n1 && bj - a[p]! > v) p += 1;
    atMost += n1 - p;
    if (p < n1 && bj - a[p]! > largestAtMost) largestAtMost = bj - a[p]!;
    if (p > 0 && bj - a[p - 1]! < smallestAbove) smallestAbove = bj - a[p - 1]!;
  }
  return { atMost, largestAtMost, smallestAbove };
}
