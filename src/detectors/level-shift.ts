// A metric that moved to a new level and stayed there, on the side that is bad for it: latency that
// rose, connections that surged, free memory that fell. The shared anomaly engine says when the
// change became unusual for this series (its daily rhythm and usual bursts included); the floors
// here say when it is worth a finding, and one wording reports it.

import { median } from '../analysis/statistics/order-statistics.js';
import { formatValue } from '../report/metric-units.js';
import { refOf, type Resource, type Severity } from '../report/model.js';
import { findingSeries, iso, type PreparedSeries } from './metric-evidence.js';
import { unusualRuns } from './series-runs.js';
import type { FindingDraft } from './types.js';

/** A series that moved to a new level and is still there: since when, and the levels before and since. */
export interface LastingShift {
  /** Index of the first point at the new level. */
  start: number;
  /** Median of the points before it. */
  baseline: number;
  /** Median of the points since. */
  current: number;
}

/**
 * The latest episode the anomaly engine calls unusual on `side` (inside the report window) that
 * became a new level lasting to now: at least `minChangePercent` beyond the level before it, both
 * since it began and over the last `sustainedMs`, for at least `sustainedMs`. The new level is dated
 * from the first point past that limit: the engine's medians need half their span to be sure.
 */
export function lastingShift(series: PreparedSeries, side: 'up' | 'down', minChangePercent: number, sustainedMs: number): LastingShift | undefined {
  const { values, timestamps } = series;
  const n = values.length;
  if (n < 4) return undefined;
  const stepMs = series.stepSeconds * 1000;
  const factor = side === 'up' ? 1 + minChangePercent / 100 : 1 - minChangePercent / 100;
  const beyond = (value: number, limit: number) => (side === 'up' ? value >= limit : value <= limit);
  const runs = unusualRuns(timestamps, values, series.stepSeconds, side);
  for (let r = runs.length - 1; r >= 0; r -= 1) {
    const run = runs[r]!;
    if (run.end < series.windowIndex) break;
    const baseline = median(values.slice(0, run.start));
    const limit = baseline * factor;
    let start = run.start;
    while (start > 0 && beyond(values[start - 1]!, limit)) start -= 1;
    if (timestamps[n - 1]! - timestamps[start]! + stepMs < sustainedMs) continue;
    const current = median(values.slice(start));
    const recent = median(values.filter((_, i) => timestamps[i]! > timestamps[n - 1]! - sustainedMs));
    const moved = side === 'up' ? current > baseline : current < baseline;
    if (baseline >= 0 && beyond(current, limit) && beyond(recent, limit) && moved) return { start, baseline, current };
  }
  return undefined;
}

/**
 * "<label> up 120%: 2 ms -> 4.4 ms" (or "fell 95%"), dated from the change, with the level before,
 * the level since and the latest value. High when the new level is three times the old one or
 * less than a third of it.
 */
export function shiftFinding(resource: Resource, series: PreparedSeries, shift: LastingShift, change: { noun: string; nextStep: (since: string) => string }): FindingDraft {
  const { spec, values, timestamps } = series;
  const { start, baseline, current } = shift;
  const up = current > baseline;
  const percent = baseline > 0 ? Math.abs(current / baseline - 1) * 100 : Infinity;
  const severity: Severity = baseline > 0 && (up ? current >= baseline * 3 : current * 3 <= baseline) ? 'high' : 'medium';
  const since = iso(timestamps[start]!);
  return {
    severity,
    resource: refOf(resource),
    title: `${spec.label} ${up ? 'up' : 'fell'} ${Number.isFinite(percent) ? `${Math.round(percent)}%` : 'from zero'}: ${formatValue(baseline, spec.unit)} -> ${formatValue(current, spec.unit)}`,
    evidence: [
      { label: `baseline (before the ${change.noun})`, value: formatValue(baseline, spec.unit) },
      { label: `since the ${change.noun}`, value: `${formatValue(current, spec.unit)} (median of ${values.length - start} periods)` },
      { label: 'latest', value: formatValue(values.at(-1)!, spec.unit) },
    ],
    since,
    nextStep: `${spec.namespace} ${spec.metricName} (${spec.stat}) for ${resource.id}: ${change.nextStep(`${since.slice(0, 16)}Z`)}`,
    series: findingSeries(series),
  };
}
