import {
  coarsen,
  distinctSorted,
  finiteMedian,
  interpolatedQuantile,
  median,
  midpoint,
  quantile,
  rankIn,
  RollingMedian,
  RollingQuantiles,
} from '../../../src/analysis/statistics/order-statistics.js';

/** Deterministic values with many repeats, like a quantised metric. */
function someValues(count: number, seed = 3): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.round((state / 2147483648) * 50) / 10;
  });
}

/** The reference answer: sort the window and read the nearest rank. */
function sortedQuantile(window: number[], q: number): number {
  const sorted = [...window].sort((a, b) => a - b);
  return sorted[Math.round(q * (sorted.length - 1))]!;
}

describe('batch order statistics', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('reads quantiles by nearest rank without reordering the input', () => {
    const values = [9, 1, 8, 2, 7, 3, 6, 4, 5];
    expect(quantile(values, 0)).toBe(1);
    expect(quantile(values, 1)).toBe(9);
    expect(quantile(values, 0.25)).toBe(3);
    expect(values).toEqual([9, 1, 8, 2, 7, 3, 6, 4, 5]);
  });

  it('answers NaN for no values', () => {
    expect(median([])).toBeNaN();
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('rolling median', () => {
  it('matches the lower median of the sorted window after every push', () => {
    const values = someValues(400);
    const rolling = new RollingMedian(12);
    values.forEach((v, i) => {
      rolling.push(v);
      const window = values.slice(Math.max(0, i - 11), i + 1).sort((a, b) => a - b);
      expect(rolling.lowerMedian()).toBe(window[(window.length - 1) >> 1]);
    });
  });
});

describe('rolling quantiles', () => {
  it('matches a sort of the trailing window for the median and both tails', () => {
    const values = someValues(1500);
    const rolling = new RollingQuantiles(distinctSorted(values), 200);
    values.forEach((v, i) => {
      rolling.push(v);
      const window = values.slice(Math.max(0, i - 199), i + 1);
      for (const q of [0, 0.01, 0.5, 0.99, 1]) expect(rolling.quantile(q)).toBe(sortedQuantile(window, q));
    });
  });

  it('forgets everything on clear', () => {
    const rolling = new RollingQuantiles(distinctSorted([1, 2, 3]), 10);
    rolling.push(3);
    rolling.clear();
    rolling.push(1);
    expect(rolling.size).toBe(1);
    expect(rolling.quantile(1)).toBe(1);
  });

  it('refuses a value outside its universe', () => {
    expect(() => new RollingQuantiles(distinctSorted([1, 2]), 4).push(1.5)).toThrow(RangeError);
  });
});

describe('value universe', () => {
  it('sorts distinct finite values and drops the rest', () => {
    expect(Array.from(distinctSorted([3, 1, 3, Number.NaN, 2, 1]))).toEqual([1, 2, 3]);
  });

  it('finds each value by rank', () => {
    const universe = distinctSorted([0.5, -2, 7]);
    expect([-2, 0.5, 7].map((v) => rankIn(universe, v))).toEqual([0, 1, 2]);
  });
});

describe('coarsening', () => {
  it('keeps every value within 0.025% and leaves coarsened values as they are', () => {
    for (const v of [0.066, 1.732, 251643, 547457000, -3.14159, 1e-9]) {
      const c = coarsen(v);
      expect(Math.abs(c - v) / Math.abs(v)).toBeLessThan(2 ** -12);
      expect(coarsen(c)).toBe(c);
    }
  });

  it('maps nearby values onto one and keeps zero', () => {
    expect(coarsen(1000.01)).toBe(coarsen(1000.02));
    expect(coarsen(0)).toBe(0);
  });
});

describe('finite median', () => {
  it('drops non-finite values, averages the middle two, and does not overflow', () => {
    expect(finiteMedian([3, Number.NaN, 1, 2])).toBe(2);
    expect(finiteMedian([4, 1, 3, 2, Infinity, -Infinity])).toBe(2.5);
    expect(finiteMedian([1.7e308, 1.6e308]) / 1.65e308).toBeCloseTo(1, 12);
    expect(finiteMedian([Number.NaN])).toBeNaN();
  });
});

describe('midpoint', () => {
  it('is (x + y) / 2 for ordinary values and stays finite near the double range', () => {
    expect(midpoint(0.1, 0.2)).toBe((0.1 + 0.2) / 2);
    expect(midpoint(-3, 8)).toBe(2.5);
    expect(midpoint(1.7e308, 1.6e308) / 1.65e308).toBeCloseTo(1, 12);
  });
});

describe('interpolated quantile', () => {
  it('interpolates between the neighbouring ranks of sorted values, as numpy does by default', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(interpolatedQuantile(sorted, 0.1)).toBeCloseTo(1.9, 12);
    expect(interpolatedQuantile(sorted, 0.9)).toBeCloseTo(9.1, 12);
    expect(interpolatedQuantile(sorted, 0)).toBe(1);
    expect(interpolatedQuantile(sorted, 1)).toBe(10);
    expect(interpolatedQuantile([4], 0.5)).toBe(4);
  });
});
