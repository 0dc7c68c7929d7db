// A trend that one outage cannot bend: the Theil-Sen slope (the median of pairwise slopes) and how
// much of a series' variance that line explains, for detectors that extrapolate (capacity running out).

import { mean } from './mean.js';
import { median } from './order-statistics.js';

/** Theil-Sen slope (units per ms) over at most `maxPairs` sampled pairs: robust to outliers and O(n) memory. */
export function theilSenSlope(timestamps: readonly number[], values: readonly number[], maxPairs = 20_000): number {
  const n = timestamps.length;
  if (n < 2) return 0;
  const slopes: number[] = [];
  const pairs = (n * (n - 1)) / 2;
  const step = Math.max(1, Math.floor(pairs / maxPairs));
  let k = 0;
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1, k += 1) {
      if (k % step !== 0) continue;
      const dt = timestamps[j]! - timestamps[i]!;
      if (dt > 0) slopes.push((values[j]! - values[i]!) / dt);
    }
  }
  return median(slopes);
}

/** Share of the variance a line explains (R squared), for judging whether a trend is real. */
export function lineFit(timestamps: readonly number[], values: readonly number[], slope: number): number {
  const n = values.length;
  if (n < 3) return 0;
  const intercept = median(values.map((v, i) => v - slope * timestamps[i]!));
  const centre = mean(values);
  let residual = 0;
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    residual += (values[i]! - (intercept + slope * timestamps[i]!)) ** 2;
    total += (values[i]! - centre) ** 2;
  }
  return total === 0 ? 0 : 1 - residual / total;
}
