// The contract between log discovery, the two query engines (Logs Insights and FilterLogEvents)
// and the pure log analysis. Engines read; analysis never calls AWS.

import type { ResourceRef } from '../../report/model.js';
import type { PatternBudget } from './pattern-budget.js';

/** How a log group's lines are written, which decides the parser. */
export const LOG_KINDS = ['application', 'rds-postgresql', 'rds-mysql', 'dms', 'waf', 'alb-access'] as const;
export type LogKind = (typeof LOG_KINDS)[number];

/** One log group (optionally narrowed to a stream prefix) and the resource it belongs to. */
export interface LogSource {
  /** Unique in a scan: the group, plus `|prefix` when narrowed to a stream prefix. */
  id: string;
  logGroup: string;
  /** ECS awslogs-stream-prefix: streams are named `prefix/container/task-id`. */
  streamPrefix?: string;
  kind: LogKind;
  /** The resource the logs belong to: an ECS service, RDS instance, DMS task, web ACL, or logs:log-group. */
  resource: ResourceRef;
}

/** A log event as CloudWatch Logs returns it. */
export interface LogEvent {
  /** Epoch milliseconds. */
  timestamp: number;
  message: string;
  logStream: string;
}

/**
 * A count the engine keeps per source and time bin. Insights computes it server-side
 * (`parse @message /(?<c>pattern)/ | stats count(c) by bin(...)`), FilterLogEvents locally.
 * The pattern is a regular expression both JavaScript and RE2 accept (no backreferences or
 * lookaround); `undefined` counts every event.
 */
export interface LogCounter {
  id: string;
  pattern?: string;
  /** Case-insensitive match. */
  ignoreCase?: boolean;
}

export interface LogReadRequest {
  sources: readonly LogSource[];
  /** The span read, epoch ms, half-open [startMs, endMs). Bins start at startMs. */
  startMs: number;
  endMs: number;
  binSeconds: number;
  counters: readonly LogCounter[];
  /** Events worth returning verbatim (error lines, trace lines, WAF blocks, HTTP errors). */
  keep: LogCounter;
  /** Per source: at most this many kept events are returned; counts stay complete. */
  maxKeptEvents: number;
  /**
   * Per source: at most this many characters of kept messages (UTF-16 units, about bytes for the
   * ASCII most logs are). Unset: `readLogs` gives each source its share of DEFAULT_KEPT_BYTES_TOTAL.
   */
  maxKeptBytes?: number;
  /** The scan's CPU budget for user patterns, where they run locally (FilterLogEvents); Insights runs them server-side. */
  patternBudget?: PatternBudget;
}

export interface SourceLogs {
  source: LogSource;
  /** counter id -> one count per bin; bin i covers [startMs + i*binSeconds, ...). */
  counts: Record<string, number[]>;
  /** Kept events, ascending by time (ties keep the order CloudWatch gave). */
  events: LogEvent[];
  /** True when more events matched `keep` than were returned. */
  eventsTruncated: boolean;
}

export interface LogReadResult {
  engine: 'insights' | 'filter';
  startMs: number;
  binSeconds: number;
  sources: SourceLogs[];
  /** Bytes CloudWatch reports it scanned (Insights statistics); estimated for FilterLogEvents. */
  bytesScanned: number;
}
