// Pure: from the sources to read, what DescribeLogGroups says about their groups, the span and the
// [logs] settings to a read plan: which engine, which Logs Insights queries, what it should cost,
// and which groups are left out and why. Numbers are injected; nothing here calls AWS.
//
// Limits relied on (CloudWatch Logs API reference, StartQuery and GetQueryResults,
// https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartQuery.html):
// a query names at most 50 log groups; `limit` defaults to 10,000 rows and one GetQueryResults
// answer holds at most 10,000 rows. FilterLogEvents answers at most 1 MB or 10,000 events a page
// (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_FilterLogEvents.html).

import { chunk } from '../../chunk.js';
import { binCountOf, binMsOf } from './log-counting.js';
import type { LogSource } from './log-types.js';

export const MAX_GROUPS_PER_QUERY = 50;
export const DEFAULT_MAX_ROWS_PER_QUERY = 10_000;
/** FilterLogEvents' page size by bytes: the estimate of pages per source. */
export const FILTER_PAGE_BYTES = 1_048_576;
const DAY_MS = 86_400_000;

export type LogEngineSetting = 'auto' | 'insights' | 'filter';

export interface LogPlanSettings {
  engine: LogEngineSetting;
  /** `[logs] scan_budget_mb`, in bytes: Logs Insights never plans to scan more than this. */
  scanBudgetBytes: number;
  /** `[logs] filter_max_mb`, in bytes: auto reads with FilterLogEvents when the whole read is at most this. */
  filterMaxBytes: number;
  /** Rows one query may return; the planner keeps stats queries within it. Default 10,000. */
  maxRowsPerQuery?: number;
}

/** What DescribeLogGroups says about a group. */
export interface LogGroupInfo {
  logGroup: string;
  storedBytes: number;
  /** Undefined: never expire. */
  retentionInDays?: number;
  /** Epoch ms. */
  creationTime: number;
}

export interface LogPlanInput {
  sources: readonly LogSource[];
  /** Metadata per group name; a source whose group is missing here has an unknown size. */
  groups: ReadonlyMap<string, LogGroupInfo>;
  startMs: number;
  endMs: number;
  binSeconds: number;
  /** Epoch ms: where the groups' data ends, for the estimate. */
  nowMs: number;
  /** Which Insights queries the request needs: counts (stats) and kept events. Both by default. */
  queries?: { stats: boolean; events: boolean };
}

export interface InsightsQuerySpec {
  kind: 'stats' | 'events';
  /** Every source of a query has this stream prefix (or none), so one `filter @logStream` serves all. */
  streamPrefix?: string;
  sources: LogSource[];
  logGroups: string[];
  startMs: number;
  endMs: number;
  expectedBytes: number;
}

export interface SkippedSource {
  source: LogSource;
  logGroup: string;
  expectedBytes?: number;
  reason: string;
}

export interface LogPlan {
  engine: 'insights' | 'filter';
  /** Why this engine, in a sentence. */
  engineReason: string;
  startMs: number;
  endMs: number;
  binSeconds: number;
  binCount: number;
  maxRowsPerQuery: number;
  /** The budget the plan was made within; the Insights engine keeps extra queries (continuations) inside it too. */
  scanBudgetBytes: number;
  /** Sources that will be read, in request order. */
  sources: LogSource[];
  insights: { stats: InsightsQuerySpec[]; events: InsightsQuerySpec[] };
  /** Per group: the bytes it is expected to hold in the span. */
  bytesByGroup: Record<string, number>;
  /** Insights: bytes all planned queries should scan (each query scans its groups in full). Filter: bytes read. */
  expectedBytes: number;
  /** The fewest calls the plan needs; polling adds GetQueryResults calls, sparse pages add FilterLogEvents calls. */
  expectedCalls: { StartQuery: number; GetQueryResults: number; FilterLogEvents: number };
  skipped: SkippedSource[];
}

/**
 * Bytes a group is expected to hold in [startMs, endMs). Assumption: storedBytes is spread evenly
 * over the time the group can hold data, from the later of its creation and now minus its
 * retention, up to now. Bursty groups make this wrong both ways; it is an estimate for choosing an
 * engine and keeping a budget, and Insights reports what it really scanned.
 */
export function expectedBytesInSpan(info: LogGroupInfo, startMs: number, endMs: number, nowMs: number): number {
  const retentionStart = info.retentionInDays ? nowMs - info.retentionInDays * DAY_MS : -Infinity;
  const lifeStart = Math.max(info.creationTime, retentionStart);
  const lifetime = Math.max(1, nowMs - lifeStart);
  const overlap = Math.max(0, Math.min(endMs, nowMs) - Math.max(startMs, lifeStart));
  return Math.ceil((Math.max(0, info.storedBytes) * Math.min(overlap, lifetime)) / lifetime);
}

export function planLogRead(input: LogPlanInput, settings: LogPlanSettings): LogPlan {
  const maxRows = Math.max(1, settings.maxRowsPerQuery ?? DEFAULT_MAX_ROWS_PER_QUERY);
  const wants = input.queries ?? { stats: true, events: true };
  const binCount = binCountOf(input);
  const bytesByGroup: Record<string, number> = {};
  for (const [name, info] of input.groups) bytesByGroup[name] = expectedBytesInSpan(info, input.startMs, input.endMs, input.nowMs);

  const known = input.sources.filter((s) => bytesByGroup[s.logGroup] !== undefined);
  const unknown = input.sources.filter((s) => bytesByGroup[s.logGroup] === undefined);
  const readBytes = known.reduce((sum, s) => sum + bytesByGroup[s.logGroup]!, 0);

  let engine: 'insights' | 'filter';
  let engineReason: string;
  if (settings.engine === 'filter') {
    engine = 'filter';
    engineReason = 'FilterLogEvents, as [logs] engine = filter asks';
  } else if (settings.engine === 'insights') {
    engine = 'insights';
    engineReason = 'Logs Insights, as [logs] engine = insights asks';
  } else if (readBytes <= settings.filterMaxBytes) {
    engine = 'filter';
    engineReason = `FilterLogEvents: the read is expected to be ${mb(readBytes)}, at most ${mb(settings.filterMaxBytes)} ([logs] filter_max_mb); it has no scan charge and returns every line whole`;
  } else {
    engine = 'insights';
    engineReason = `Logs Insights: the read is expected to be ${mb(readBytes)}, more than ${mb(settings.filterMaxBytes)} ([logs] filter_max_mb); Insights counts server-side`;
  }

  const skipped: SkippedSource[] = [];
  const selected: LogSource[] = [];
  if (engine === 'filter') {
    // No scan charge: every source is read, even one whose size is unknown.
    selected.push(...input.sources);
  } else {
    for (const source of unknown) {
      skipped.push({
        source,
        logGroup: source.logGroup,
        reason: `the size of log group ${source.logGroup} is unknown (DescribeLogGroups did not describe it), so the Logs Insights scan budget ([logs] scan_budget_mb) cannot account for it`,
      });
    }
    // Each source costs one pass per query kind over its whole group: the stream prefix filters
    // rows, not the bytes Insights scans. First fit in request order: a group too large for what
    // is left does not stop smaller ones after it.
    const passes = (wants.stats ? 1 : 0) + (wants.events ? 1 : 0);
    let total = 0;
    for (const source of known) {
      const cost = passes * bytesByGroup[source.logGroup]!;
      if (total + cost > settings.scanBudgetBytes) {
        skipped.push({
          source,
          logGroup: source.logGroup,
          expectedBytes: cost,
          reason: `reading log group ${source.logGroup} is expected to scan ${mb(cost)} with Logs Insights, which would bring the scan to ${mb(total + cost)}, past the budget of ${mb(settings.scanBudgetBytes)} ([logs] scan_budget_mb)`,
        });
        continue;
      }
      total += cost;
      selected.push(source);
    }
  }
  const chosen = new Set(selected);
  const sources = input.sources.filter((s) => chosen.has(s));

  const insights = engine === 'insights' ? packInsights(sources, bytesByGroup, input, binCount, maxRows, wants) : { stats: [], events: [] };
  const queries = insights.stats.length + insights.events.length;
  const expectedBytes =
    engine === 'insights'
      ? [...insights.stats, ...insights.events].reduce((sum, q) => sum + q.expectedBytes, 0)
      : sources.reduce((sum, s) => sum + (bytesByGroup[s.logGroup] ?? 0), 0);
  const filterCalls = engine === 'filter' ? sources.reduce((sum, s) => sum + Math.max(1, Math.ceil((bytesByGroup[s.logGroup] ?? 0) / FILTER_PAGE_BYTES)), 0) : 0;

  return {
    engine,
    engineReason,
    startMs: input.startMs,
    endMs: input.endMs,
    binSeconds: input.binSeconds,
    binCount,
    maxRowsPerQuery: maxRows,
    scanBudgetBytes: settings.scanBudgetBytes,
    sources,
    insights,
    bytesByGroup,
    expectedBytes,
    expectedCalls: { StartQuery: queries, GetQueryResults: queries, FilterLogEvents: filterCalls },
    skipped,
  };
}

/**
 * Sources sharing a stream prefix go in the same queries, at most 50 groups each (a prefix source
 * and a whole-group source of the same group land in different queries, so each keeps its own
 * counts). A stats query returns a row per group and bin, so it takes as many groups as keep that
 * within maxRows; with more bins than maxRows, its span is split on bin boundaries.
 */
function packInsights(
  sources: readonly LogSource[],
  bytesByGroup: Record<string, number>,
  span: { startMs: number; endMs: number; binSeconds: number },
  binCount: number,
  maxRows: number,
  wants: { stats: boolean; events: boolean },
): { stats: InsightsQuerySpec[]; events: InsightsQuerySpec[] } {
  const byPrefix = new Map<string, LogSource[]>();
  for (const source of sources) {
    const key = source.streamPrefix ?? '';
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), source]);
  }
  const spanMs = span.endMs - span.startMs;
  const spec = (kind: InsightsQuerySpec['kind'], batch: LogSource[], startMs: number, endMs: number): InsightsQuerySpec => ({
    kind,
    ...(batch[0]!.streamPrefix ? { streamPrefix: batch[0]!.streamPrefix } : {}),
    sources: batch,
    logGroups: batch.map((s) => s.logGroup),
    startMs,
    endMs,
    expectedBytes: Math.ceil(batch.reduce((sum, s) => sum + (bytesByGroup[s.logGroup] ?? 0), 0) * (spanMs > 0 ? (endMs - startMs) / spanMs : 1)),
  });

  const stats: InsightsQuerySpec[] = [];
  const events: InsightsQuerySpec[] = [];
  const binMs = binMsOf(span);
  const binsPerWindow = Math.min(Math.max(1, binCount), maxRows);
  const windows: Array<[number, number]> = [];
  for (let first = 0; first < Math.max(1, binCount); first += binsPerWindow) {
    windows.push([span.startMs + first * binMs, Math.min(span.endMs, span.startMs + (first + binsPerWindow) * binMs)]);
  }
  const groupsPerStats = Math.max(1, Math.min(MAX_GROUPS_PER_QUERY, Math.floor(maxRows / binsPerWindow)));
  for (const group of byPrefix.values()) {
    if (wants.stats && binCount > 0) {
      for (const batch of chunk(group, groupsPerStats)) for (const [from, to] of windows) stats.push(spec('stats', batch, from, to));
    }
    if (wants.events) for (const batch of chunk(group, MAX_GROUPS_PER_QUERY)) events.push(spec('events', batch, span.startMs, span.endMs));
  }
  return { stats, events };
}

export function mb(bytes: number): string {
  if (bytes < 104_858) return `${bytes} bytes`;
  const value = bytes / 1_048_576;
  return `${value >= 100 ? Math.round(value) : Math.round(value * 10) / 10} MB`;
}
