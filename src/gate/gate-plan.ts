// Pure: which windows a post-deploy gate compares, which metrics it reads, and how the series and
// log counts of one ECS service become the samples the judge tests.

import type { LogDigest } from '../analysis/logs/log-digest.js';
import { METRIC_CATALOG } from '../telemetry/metrics/metric-catalog.js';
import type { MetricSeries } from '../telemetry/metrics/metric-fetcher.js';
import type { GateMetricSample, NewSignature } from './types.js';

const MINUTE = 60_000;
const WEEK = 7 * 24 * 60 * MINUTE;
/** One point a minute: CloudWatch's finest standard resolution, kept for 15 days (so a week back is there too). */
export const GATE_PERIOD_SECONDS = 60;

export interface Span {
  from: Date;
  to: Date;
}

export interface GateWindows {
  deploy: Date;
  /** [deploy - window, deploy) */
  before: Span;
  /** [deploy, min(deploy + window, now)) */
  after: Span;
  /** The after window's hours one week earlier. */
  weekBefore: Span;
}

/** Windows aligned to whole minutes; `after` grows with time until it is as long as `before`. */
export function planGateWindows(deploy: Date, now: Date, windowMs: number): GateWindows {
  const floor = (ms: number) => Math.floor(ms / MINUTE) * MINUTE;
  const deployMs = floor(deploy.getTime());
  const afterTo = Math.max(deployMs, Math.min(deployMs + windowMs, floor(now.getTime())));
  return {
    deploy: new Date(deployMs),
    before: { from: new Date(deployMs - windowMs), to: new Date(deployMs) },
    after: { from: new Date(deployMs), to: new Date(afterTo) },
    weekBefore: { from: new Date(deployMs - WEEK), to: new Date(afterTo - WEEK) },
  };
}

export interface GateMetric {
  id: string;
  label: string;
  unit: string;
  bad: GateMetricSample['bad'];
  critical: boolean;
  minChange?: number;
  /** Catalog ids read; a rate divides the first by the second (x100). */
  reads: readonly string[];
  rate?: boolean;
}

/**
 * What a deploy can break, judged on the service's own target group and tasks. Critical (fails the
 * gate alone): the 5xx rate and p99 latency. The floors keep harmless moves from failing a deploy.
 */
export const GATE_METRICS: readonly GateMetric[] = [
  { id: 'target_5xx_rate', label: 'target 5xx rate', unit: 'percent', bad: 'up', critical: true, minChange: 0.5, reads: ['tg_target_5xx', 'tg_requests'], rate: true },
  { id: 'response_time_p99', label: 'response time p99', unit: 'seconds', bad: 'up', critical: true, minChange: 0.05, reads: ['tg_response_time_p99'] },
  { id: 'response_time', label: 'response time (average)', unit: 'seconds', bad: 'up', critical: false, minChange: 0.02, reads: ['tg_response_time'] },
  { id: 'target_4xx_rate', label: 'target 4xx rate', unit: 'percent', bad: 'up', critical: false, minChange: 1, reads: ['tg_target_4xx', 'tg_requests'], rate: true },
  { id: 'requests', label: 'requests', unit: 'count', bad: 'down', critical: false, reads: ['tg_requests'] },
  { id: 'cpu', label: 'CPU utilization', unit: 'percent', bad: 'up', critical: false, minChange: 5, reads: ['ecs_cpu'] },
  { id: 'memory', label: 'memory utilization', unit: 'percent', bad: 'up', critical: false, minChange: 5, reads: ['ecs_memory'] },
];

/** Every metric id the gate can judge, the log's included: what `[gate] critical_metrics` may name. */
export const GATE_METRIC_IDS: readonly string[] = [...GATE_METRICS.map((m) => m.id), 'log_error_lines'];
/** Critical unless configured otherwise: the 5xx rate and p99 latency. */
export const DEFAULT_CRITICAL_METRICS: readonly string[] = GATE_METRICS.filter((m) => m.critical).map((m) => m.id);

/** The catalog metrics the gate needs, for the planner. */
export const GATE_CATALOG_IDS: readonly string[] = [...new Set(GATE_METRICS.flatMap((m) => m.reads))];

/** Values per minute in [span.from, span.to), by timestamp; minutes without a point are absent. */
function byMinute(series: MetricSeries | undefined): Map<number, number> {
  const values = new Map<number, number>();
  if (!series) return values;
  series.timestamps.forEach((t, i) => values.set(t, series.values[i]!));
  return values;
}

function minutes(span: Span): number[] {
  const out: number[] = [];
  for (let t = span.from.getTime(); t < span.to.getTime(); t += MINUTE) out.push(t);
  return out;
}

/**
 * One metric's points in a span. A rate is NaN for a minute without requests (the judge drops it:
 * no traffic is not a good minute); a missing 5xx/4xx count with requests is 0, because the load
 * balancer publishes those counts only when there are some.
 */
function pointsIn(metric: GateMetric, span: Span, series: SeriesById): number[] {
  const [first, second] = metric.reads.map((id) => byMinute(series.get(id)));
  return minutes(span).flatMap((t) => {
    if (metric.rate) {
      const requests = second!.get(t);
      if (requests === undefined || requests <= 0) return [Number.NaN];
      return [(100 * (first!.get(t) ?? 0)) / requests];
    }
    const value = first!.get(t);
    return value === undefined ? [] : [value];
  });
}

/** The series read for one resource, keyed by catalog id. */
export type SeriesById = ReadonlyMap<string, MetricSeries>;

/** What one look read: the service's own series, and each of its target groups' (in the service's order). */
export interface GateSeries {
  service: SeriesById;
  targetGroups: ReadonlyArray<{ id: string; series: SeriesById }>;
}

const TARGET_GROUP_SPECS = new Set(METRIC_CATALOG.filter((spec) => spec.resourceType === 'elbv2:target-group').map((spec) => spec.id));
const readsTargetGroup = (metric: GateMetric) => metric.reads.some((id) => TARGET_GROUP_SPECS.has(id));

/**
 * The judge's samples from the fetched series, one set per window: every metric the service should
 * have, with or without data (a metric it should have and that has no points is "no data", never
 * left out, so it counts against the share judged). Load-balancer metrics only for a service behind
 * target groups, once per group, named after it ("target 5xx rate (api-internal)"): a deploy that
 * breaks the paths of one group is not averaged away by the traffic of another.
 */
export function metricSamples(
  windows: GateWindows,
  around: GateSeries,
  week: GateSeries | undefined,
  critical: ReadonlySet<string> = new Set(DEFAULT_CRITICAL_METRICS),
): GateMetricSample[] {
  const groups = around.targetGroups;
  return GATE_METRICS.filter((metric) => groups.length > 0 || !readsTargetGroup(metric)).flatMap((metric) => {
    const scopes = readsTargetGroup(metric)
      ? groups.map((group, i) => ({ suffix: groups.length > 1 ? group.id : '', series: group.series, weekSeries: week?.targetGroups[i]?.series }))
      : [{ suffix: '', series: around.service, weekSeries: week?.service }];
    return scopes.map(({ suffix, series, weekSeries }) => {
      const weekPoints = weekSeries ? pointsIn(metric, windows.weekBefore, weekSeries) : [];
      return {
        id: suffix ? `${metric.id}:${suffix}` : metric.id,
        label: suffix ? `${metric.label} (${suffix})` : metric.label,
        unit: metric.unit,
        bad: metric.bad,
        critical: critical.has(metric.id),
        ...(metric.minChange !== undefined ? { minChange: metric.minChange } : {}),
        before: pointsIn(metric, windows.before, series),
        after: pointsIn(metric, windows.after, series),
        ...(weekPoints.length > 0 ? { weekBefore: weekPoints } : {}),
      };
    });
  });
}

/**
 * Error lines per minute from the service's logs, before and after (digests binned by the minute
 * from before.from). A window in which the logs hold no line at all has no data, not zero errors:
 * a service that stopped logging, or logs not yet delivered, must not read as "no errors".
 */
export function logErrorSample(windows: GateWindows, digests: readonly LogDigest[], critical = false): GateMetricSample | undefined {
  if (digests.length === 0) return undefined;
  const deployBin = Math.round((windows.deploy.getTime() - windows.before.from.getTime()) / MINUTE);
  const afterBins = Math.round((windows.after.to.getTime() - windows.after.from.getTime()) / MINUTE);
  const sum = (counter: string, bin: number) => digests.reduce((n, d) => n + (d.counts[counter]?.[bin] ?? 0), 0);
  const range = (from: number, count: number) => {
    const bins = Array.from({ length: Math.max(0, count) }, (_, i) => from + i);
    return bins.some((bin) => sum('total', bin) > 0) ? bins.map((bin) => sum('errors', bin)) : [];
  };
  // Floor: half a line a minute (30 an hour), so 2 lines an hour becoming 4 does not fail a deploy.
  return {
    id: 'log_error_lines',
    label: 'error lines per minute',
    unit: 'count/min',
    bad: 'up',
    critical,
    minChange: 0.5,
    before: range(0, deployBin),
    after: range(deployBin, afterBins),
  };
}

/** Whether the logs hold any line before the deploy: without them, nothing after it can be called new. */
export function logsBeforeDeploy(windows: GateWindows, digests: readonly LogDigest[]): boolean {
  const deployBin = Math.round((windows.deploy.getTime() - windows.before.from.getTime()) / MINUTE);
  return digests.some((d) => (d.counts.total ?? []).slice(0, deployBin).some((n) => n > 0));
}

/**
 * Error signatures that first appear after the deploy and never before it in the window, seen at
 * least `minCount` times (one stray line is not a new failure mode). None when the logs are empty
 * before the deploy: every signature would look new.
 */
export function newSignatures(windows: GateWindows, digests: readonly LogDigest[], minCount: number): NewSignature[] {
  if (!logsBeforeDeploy(windows, digests)) return [];
  const deployBin = Math.round((windows.deploy.getTime() - windows.before.from.getTime()) / MINUTE);
  const found: NewSignature[] = [];
  for (const digest of digests) {
    for (const s of digest.signatures) {
      const before = s.bins.slice(0, deployBin).reduce((a, b) => a + b, 0);
      const after = s.bins.slice(deployBin).reduce((a, b) => a + b, 0);
      if (before === 0 && after >= minCount && (s.level === 'error' || s.level === 'fatal' || s.kind === 'trace')) {
        found.push({ signature: s.title, count: after, firstSeen: new Date(s.firstSeen).toISOString() });
      }
    }
  }
  return found.sort((a, b) => b.count - a.count || a.signature.localeCompare(b.signature));
}
