// Runs of samples in a metric series for the metric detectors: runs of a flag (a threshold held),
// and the episodes the shared anomaly engine calls unusual. The statistics themselves live in
// src/analysis/statistics/.

import { scoreSeries } from '../analysis/series/anomaly-engine.js';

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
