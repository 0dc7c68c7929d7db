// Pure: from resources and a time window to the fewest GetMetricData calls CloudWatch allows.

import { chunk } from '../../chunk.js';
import type { Resource, ResourceRef } from '../../report/model.js';
import { refOf } from '../../report/model.js';
import { type Dimension, METRIC_CATALOG, type MetricSpec, metricsFor } from './metric-catalog.js';

/** GetMetricData's documented limits. */
export const MAX_QUERIES_PER_CALL = 500;
export const MAX_POINTS_PER_CALL = 100_800;

const DAY = 86_400_000;
// CloudWatch keeps 1-minute data for 15 days, 5-minute data for 63 days, 1-hour data for 455 days.
const RETENTION: ReadonlyArray<{ olderThanMs: number; periodSeconds: number }> = [
  { olderThanMs: 63 * DAY, periodSeconds: 3600 },
  { olderThanMs: 15 * DAY, periodSeconds: 300 },
  { olderThanMs: 0, periodSeconds: 60 },
];

export interface MetricQuery {
  /** GetMetricData query id: a lowercase letter first, then letters, digits and underscores. */
  id: string;
  spec: MetricSpec;
  resource: ResourceRef;
  dimensions: Dimension[];
}

export interface MetricPlan {
  periodSeconds: number;
  /** Aligned to the period, so every call asks for whole periods; the history before the window included. */
  start: Date;
  /** Where the report window starts (history before it is what the anomaly engine learns from). */
  windowStart?: Date;
  end: Date;
  pointsPerSeries: number;
  /** Each inner array is one GetMetricData call. */
  calls: MetricQuery[][];
}

export interface PlanOptions {
  /** Resolution cap: the period grows until a series has at most this many points. */
  maxPointsPerSeries: number;
  /**
   * History read before the window at the same period, so each series' own normal (its daily
   * pattern, its usual bursts) is known; at most HISTORY_CAP_FACTOR x maxPointsPerSeries points. 0: none.
   */
  baselineMs?: number;
  catalog?: readonly MetricSpec[];
}

/** The history before the window is at most this many times the window's points cap. */
export const HISTORY_CAP_FACTOR = 3;

// Periods every CloudWatch storage step (1 minute, 5 minutes, an hour) divides or is a whole number
// of: 5-minute data read at 2-minute periods lands 4 and 6 minutes apart, and hourly data read at
// 14-minute periods lands 56 and 70 minutes apart, which no series step describes.
const ALIGNED_PERIODS = [60, 300, 600, 900, 1200, 1800, 3600];

/**
 * The smallest period CloudWatch still has data at for the window's oldest point, and that keeps
 * each series within maxPointsPerSeries: whole minutes in steps of the retention unit, rounded up to
 * a period the storage steps align with (1, 5, 10, 15, 20, 30 minutes, or whole hours).
 */
export function choosePeriodSeconds(window: { from: Date; to: Date }, now: Date, maxPointsPerSeries: number): number {
  const age = now.getTime() - window.from.getTime();
  const unit = RETENTION.find((r) => age > r.olderThanMs)?.periodSeconds ?? 60;
  const spanSeconds = Math.max(60, (window.to.getTime() - window.from.getTime()) / 1000);
  const needed = Math.max(unit, spanSeconds / Math.max(1, maxPointsPerSeries));
  return ALIGNED_PERIODS.find((p) => p >= needed) ?? Math.ceil(needed / 3600) * 3600;
}

export function planMetricQueries(resources: readonly Resource[], catalog: readonly MetricSpec[] = METRIC_CATALOG): MetricQuery[] {
  const queries: MetricQuery[] = [];
  for (const resource of resources) {
    for (const { spec, dimensions } of metricsFor(resource, catalog)) {
      queries.push({ id: `q${queries.length}`, spec, resource: refOf(resource), dimensions });
    }
  }
  // Percentile statistics last: where a backend rejects them, the failing calls stay together.
  return [...queries.filter((q) => !isPercentile(q.spec.stat)), ...queries.filter((q) => isPercentile(q.spec.stat))];
}

export function planMetricCalls(resources: readonly Resource[], window: { from: Date; to: Date }, now: Date, options: PlanOptions): MetricPlan {
  // The period suits the window; the history is read at the same period, where CloudWatch still has it.
  const history = Math.max(0, options.baselineMs ?? 0);
  const windowPeriod = choosePeriodSeconds(window, now, options.maxPointsPerSeries);
  const historyMs = Math.min(history, HISTORY_CAP_FACTOR * options.maxPointsPerSeries * windowPeriod * 1000);
  const periodSeconds = Math.max(windowPeriod, choosePeriodSeconds({ from: new Date(window.from.getTime() - historyMs), to: window.from }, now, Number.MAX_SAFE_INTEGER));
  const periodMs = periodSeconds * 1000;
  const windowStart = new Date(Math.floor(window.from.getTime() / periodMs) * periodMs);
  const start = new Date(Math.floor((window.from.getTime() - historyMs) / periodMs) * periodMs);
  const end = new Date(Math.ceil(window.to.getTime() / periodMs) * periodMs);
  const pointsPerSeries = Math.max(1, Math.round((end.getTime() - start.getTime()) / periodMs));
  const perCall = queriesPerCall(pointsPerSeries);
  return { periodSeconds, start, windowStart, end, pointsPerSeries, calls: chunk(planMetricQueries(resources, options.catalog), perCall) };
}

/** The last stretch of a long window that is also read as a scan of the default 24-hour window would read it. */
export const RECENT_WINDOW_MS = DAY;

/**
 * A long window is read at a coarse period (an hour over 30 days), which averages a short incident
 * away: 40 minutes at 94% CPU is an hour at 74%. So its last 24 hours are also read the way a 24-hour
 * scan reads them (5-minute periods, with its own history), and what is happening now is judged the
 * same whatever the window. Undefined when the main plan already reads that finely.
 */
export function planRecentCalls(resources: readonly Resource[], window: { from: Date; to: Date }, now: Date, options: PlanOptions, main: MetricPlan): MetricPlan | undefined {
  const recent = { from: new Date(Math.max(window.from.getTime(), window.to.getTime() - RECENT_WINDOW_MS)), to: window.to };
  const plan = planMetricCalls(resources, recent, now, options);
  return plan.periodSeconds < main.periodSeconds ? plan : undefined;
}

/** The reads a scan makes: the window with its history, then (for a window read coarser than a day's scan) its last day again. */
export function planMetricReads(resources: readonly Resource[], window: { from: Date; to: Date }, now: Date, options: PlanOptions): [MetricPlan] | [MetricPlan, MetricPlan] {
  const plan = planMetricCalls(resources, window, now, options);
  const recent = planRecentCalls(resources, window, now, options, plan);
  return recent ? [plan, recent] : [plan];
}

/** As many queries as both limits allow: 500 queries, and 100,800 points in the answer. */
export function queriesPerCall(pointsPerSeries: number): number {
  return Math.max(1, Math.min(MAX_QUERIES_PER_CALL, Math.floor(MAX_POINTS_PER_CALL / pointsPerSeries)));
}

/** The fewest calls any plan needs for these queries at this resolution: the figure the planner is judged against. */
export function minimumCalls(queryCount: number, pointsPerSeries: number): number {
  return Math.max(Math.ceil(queryCount / MAX_QUERIES_PER_CALL), Math.ceil((queryCount * pointsPerSeries) / MAX_POINTS_PER_CALL));
}

export function isPercentile(stat: string): boolean {
  return /^(p|tm|wm|tc|ts|pr)\d/i.test(stat);
}
