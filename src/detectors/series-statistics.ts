// Robust statistics for metric detectors: medians and MADs, not means, so one outage in the
// baseline does not hide the next one.

import { scoreSeries } from '../analysis/series/anomaly-engine.js';
import { median } from '../analysis/series/robust-statistics.js';

export { median };

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
  const mean = values.reduce((a, b) => a + b, 0) / n;
  let residual = 0;
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    residual += (values[i]! - (intercept + slope * timestamps[i]!)) ** 2;
    total += (values[i]! - mean) ** 2;
  }
  return total === 0 ? 0 : 1 - residual / total;
}

/** Maximal runs of indexes where `flag` holds, allowing `gap` unflagged points inside a run. */
export function runsOf(length: number, flag: (i: number) => boolean, gap = 0): Array<{ start: number; end: number; flagged: number }> {
  const runs: Array<{ start: number; end: number; flagged: number }> = [];
  let current: { start: number; end: number; flagged: number } | undefined;
  for (let i = 0; i < length; i += 1) {
    if (!flag(i)) continue;
    if (current && i - current.end - 1 <= gap) {
      current.end = i;
      current.flagged += 1;
    } else {
      current = { start: i, end: i, flagged: 1 };
      runs.push(current);
    }
  }
  return runs;
}

/** One run of samples the anomaly engine judged unusual: indexes into the series, first to last. */
export interface Incident {
  start: number;
  end: number;
  /** The engine's highest score in the run (0.5 at its threshold). */
  peak: number;
}

// Unusual samples closer than this are one episode in a finding's numbers (the engine's own incidents
// join samples up to a day apart, which suits alerting once, not counting errors "during the spike").
const EPISODE_GAP_MS = 30 * 60_000;

/**
 * What the shared anomaly engine (the one `aws-monitor detect-series` runs, with the same defaults)
 * calls unusual in a series, on the side that is bad for it, as episodes of unusual samples. The
 * step is the series' own, so the same incident is found at any period the planner picks.
 */
export function unusualRuns(timestamps: readonly number[], values: readonly number[], stepSeconds: number, direction: 'up' | 'down'): Incident[] {
  const scored = scoreSeries(
    timestamps.map((timestamp, i) => ({ timestamp, value: values[i]! })),
    { direction },
    stepSeconds * 1000,
  );
  const incidents: Incident[] = [];
  let current: Incident | undefined;
  scored.forEach((p, i) => {
    // The engine's threshold: a score above one half is a ratio above one.
    if (p.score <= 0.5) return;
    if (current && timestamps[i]! - timestamps[current.end]! <= Math.max(EPISODE_GAP_MS, stepSeconds * 1000)) {
      current.end = i;
      current.peak = Math.max(current.peak, p.score);
    } else {
      current = { start: i, end: i, peak: p.score };
      incidents.push(current);
    }
  });
  return incidents;
}
