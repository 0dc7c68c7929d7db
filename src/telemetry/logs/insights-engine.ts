// The Logs Insights engine: runs a LogPlan's queries with StartQuery and GetQueryResults. Stats
// queries count server-side per source and bin; events queries return kept lines in the order of
// their second's sample phase (insights-queries.ts), continuing from the last phase of a full
// answer until each source has its events: past the cap, a sample spread over the whole window.
//
// API facts relied on (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartQuery.html,
// .../API_GetQueryResults.html, .../API_StopQuery.html):
// - StartQuery takes startTime and endTime in epoch seconds, both inclusive, and up to 50 groups.
// - GetQueryResults reports status Scheduled, Running, Complete, Failed, Cancelled, Timeout or
//   Unknown, `statistics` {recordsMatched, recordsScanned, bytesScanned} for the query so far,
//   results as arrays of {field, value}, and a nextToken when a result has more pages.
// - Queries time out after 60 minutes; the account runs a limited number at once ("up to 30" in
//   the API reference, 100 in the user guide: https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AnalyzingLogData.html),
//   dashboards and people included, so this engine runs fewer (10 by default) and retries
//   StartQuery when the service answers LimitExceededException.

import { CloudWatchLogsClient, GetQueryResultsCommand, type GetQueryResultsCommandOutput, StartQueryCommand, StopQueryCommand } from '@aws-sdk/client-cloudwatch-logs';
import pLimit from 'p-limit';
import { CredentialsUnusableError, describeAwsError, isCredentialsError } from '../../aws/aws-errors.js';
import { failureReason } from '../../collectors/attempt.js';
import type { CollectorContext } from '../../collectors/types.js';
import { deadlineOf, deadlineReason } from '../../deadline.js';
import type { CoverageGap } from '../../report/model.js';
import type { EngineOutput } from './filter-engine.js';
import {
  countField,
  eventsQueryString,
  groupOfLogField,
  type InsightsRow,
  parseInsightsTime,
  rowRecord,
  SAMPLE_PHASES,
  samplePhaseOf,
  statsQueryString,
  statsRowBin,
  wholePhases,
} from './insights-queries.js';
import { accumulatorsFor, type SourceAccumulator } from './log-counting.js';
import { type InsightsQuerySpec, type LogPlan, mb } from './log-planner.js';
import type { LogEvent, LogReadRequest, LogSource } from './log-types.js';
import { realSleep, type Sleep } from './token-bucket.js';

export const DEFAULT_MAX_CONCURRENT_QUERIES = 10;

export interface InsightsEngineOptions {
  /** Queries running at once (default 10, below the account's limit). */
  maxConcurrentQueries?: number;
  /** Polling starts at this interval (default 1 s) and grows by half each poll up to pollMaxMs (default 5 s). */
  pollInitialMs?: number;
  pollMaxMs?: number;
  /** A query still running this long after it started is stopped (default 15 min). */
  queryTimeoutMs?: number;
  /** StartQuery retries when too many queries run in the account (default 4). */
  startRetries?: number;
  now?: () => number;
  sleep?: Sleep;
  /**
   * Aborting stops the running queries and throws out of the read. The scan's deadline
   * (context.signal, reason DeadlineReached) stops them too, but each unfinished query becomes a
   * coverage gap and the read returns what completed.
   */
  signal?: AbortSignal;
}

const SERVICE = 'logs';

interface QueryRun {
  kind: InsightsQuerySpec['kind'];
  logGroups: string[];
  fromMs: number;
  toMs: number;
  queryString: string;
}

/**
 * Runs the plan's stats and events queries side by side and returns each source whose counts came
 * back (a source whose stats query failed is left out: its gap is recorded), with the bytes scanned.
 */
export async function readWithInsights(context: CollectorContext, request: LogReadRequest, plan: LogPlan, options: InsightsEngineOptions = {}): Promise<EngineOutput> {
  const queries = new InsightsQueries(context, plan.maxRowsPerQuery, options);
  const accumulators = accumulatorsFor(request, plan.sources);
  const countsFailed = new Set<string>();
  const read: InsightsRead = { context, request, plan, queries, accumulators, continuationBytes: 0 };
  await Promise.all([...plan.insights.stats.map((spec) => runStats(read, spec, countsFailed)), ...plan.insights.events.map((spec) => runEvents(read, spec))]);
  // Whole seconds keep almost every trace whole (its lines share a timestamp); one that straddles a
  // sampled second's start loses its header, and its headless rest is dropped.
  for (const acc of accumulators.values()) acc.dropHeadlessEntries();
  const sources = plan.sources.filter((s) => !countsFailed.has(s.id)).map((s) => accumulators.get(s.id)!.result());
  return { sources, bytesScanned: queries.bytesScanned };
}

/** What the stats and events readers of one read share. */
interface InsightsRead {
  context: CollectorContext;
  request: LogReadRequest;
  plan: LogPlan;
  queries: InsightsQueries;
  accumulators: Map<string, SourceAccumulator>;
  /** Continuations of full events answers scan again: their expected bytes, over every spec, count against the budget too. */
  continuationBytes: number;
}

/**
 * One query's life, StartQuery to the last page of GetQueryResults, within the engine's slots and
 * the scan's shared limit. A query that yields no rows records why as a coverage gap; only a
 * credentials failure or an abort that is not the deadline throws.
 */
class InsightsQueries {
  /** Bytes every query so far reported scanning, failed and stopped ones included. */
  bytesScanned = 0;
  private readonly logs: CloudWatchLogsClient;
  private readonly slots: ReturnType<typeof pLimit>;
  private readonly now: () => number;
  private readonly sleep: Sleep;
  private readonly signal: AbortSignal | undefined;
  private readonly send: { abortSignal?: AbortSignal };
  private readonly pollInitial: number;
  private readonly pollMax: number;
  private readonly timeout: number;
  private readonly startRetries: number;

  constructor(
    private readonly context: CollectorContext,
    readonly maxRows: number,
    options: InsightsEngineOptions,
  ) {
    this.logs = context.clients.get(CloudWatchLogsClient);
    this.slots = pLimit(Math.max(1, options.maxConcurrentQueries ?? DEFAULT_MAX_CONCURRENT_QUERIES));
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
    this.signal = options.signal ?? context.signal;
    this.send = options.signal ? { abortSignal: options.signal } : {};
    this.pollInitial = options.pollInitialMs ?? 1_000;
    this.pollMax = Math.max(this.pollInitial, options.pollMaxMs ?? 5_000);
    this.timeout = options.queryTimeoutMs ?? 15 * 60_000;
    this.startRetries = options.startRetries ?? 4;
  }

  /** Rows of a completed query, or undefined after recording why there are none. */
  run(query: QueryRun): Promise<InsightsRow[] | undefined> {
    return this.slots(async () => {
      const queryId = await this.start(query);
      return queryId === undefined ? undefined : this.results(query, queryId);
    });
  }

  gapFor(query: QueryRun, operation: string, reason: string): CoverageGap {
    const groups = query.logGroups.length === 1 ? 'log group' : `${query.logGroups.length} log groups:`;
    return {
      service: SERVICE,
      operation,
      iamAction: `logs:${operation}`,
      scope: `Logs Insights ${query.kind} query ${new Date(query.fromMs).toISOString()} to ${new Date(query.toMs).toISOString()} over ${groups} ${query.logGroups.join(', ')}`,
      reason,
    };
  }

  /** StartQuery, retried with backoff while the account runs too many queries. */
  private async start(query: QueryRun): Promise<string | undefined> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const started = await this.context.limit(() =>
          this.logs.send(
            new StartQueryCommand({
              logGroupNames: query.logGroups,
              startTime: Math.floor(query.fromMs / 1000),
              endTime: Math.ceil(query.toMs / 1000),
              queryString: query.queryString,
              limit: this.maxRows,
            }),
            this.send,
          ),
        );
        if (started.queryId) return started.queryId;
        this.context.gap(this.gapFor(query, 'StartQuery', 'StartQuery answered without a query id'));
        return undefined;
      } catch (error) {
        this.rethrowIfFatal(error);
        if ((error as { name?: string }).name === 'LimitExceededException' && attempt < this.startRetries) {
          await this.sleep(Math.min(60_000, this.pollMax * 2 ** attempt), this.signal);
          continue;
        }
        this.context.gap(this.gapFor(query, 'StartQuery', failureReason(error, 'logs:StartQuery')));
        return undefined;
      }
    }
  }

  /** Polls GetQueryResults, slower each time, until the query ends, the timeout passes or the deadline stops it. */
  private async results(query: QueryRun, queryId: string): Promise<InsightsRow[] | undefined> {
    const giveUpAt = this.now() + this.timeout;
    let delay = this.pollInitial;
    for (;;) {
      await this.sleep(delay, this.signal);
      delay = Math.min(this.pollMax, Math.round(delay * 1.5));
      if (this.signal?.aborted) {
        await this.stop(queryId);
        const deadline = deadlineOf(this.signal.reason);
        if (!deadline) throw this.signal.reason ?? new Error('aborted');
        this.context.gap(this.gapFor(query, 'GetQueryResults', deadlineReason(deadline.deadlineMs, 'the query finished (it was stopped)')));
        return undefined;
      }
      let answer: GetQueryResultsCommandOutput;
      try {
        answer = await this.context.limit(() => this.logs.send(new GetQueryResultsCommand({ queryId }), this.send));
      } catch (error) {
        await this.stop(queryId);
        this.rethrowIfFatal(error);
        this.context.gap(this.gapFor(query, 'GetQueryResults', failureReason(error, 'logs:GetQueryResults')));
        return undefined;
      }
      const scanned = answer.statistics?.bytesScanned ?? 0;
      switch (answer.status) {
        case 'Complete':
          return this.allPages(query, queryId, answer, scanned);
        case 'Failed':
        case 'Cancelled':
        case 'Timeout':
          this.bytesScanned += scanned;
          this.context.gap(this.gapFor(query, 'GetQueryResults', `the query ended with status ${answer.status}`));
          return undefined;
        default:
          // Scheduled, Running, Unknown: wait, up to the timeout.
          if (this.now() >= giveUpAt) {
            await this.stop(queryId);
            this.bytesScanned += scanned;
            this.context.gap(this.gapFor(query, 'GetQueryResults', `the query was still ${answer.status ?? 'pending'} after ${Math.round(this.timeout / 1000)} s and was stopped`));
            return undefined;
          }
      }
    }
  }

  /** The rows of a complete answer and of every further page (nextToken). */
  private async allPages(query: QueryRun, queryId: string, first: GetQueryResultsCommandOutput, scanned: number): Promise<InsightsRow[] | undefined> {
    const rows = (first.results ?? []).map(rowRecord);
    let token = first.nextToken;
    try {
      while (token) {
        const pageToken = token;
        const page = await this.context.limit(() => this.logs.send(new GetQueryResultsCommand({ queryId, nextToken: pageToken }), this.send));
        rows.push(...(page.results ?? []).map(rowRecord));
        token = page.nextToken;
      }
    } catch (error) {
      this.rethrowIfFatal(error);
      this.bytesScanned += scanned;
      this.context.gap(this.gapFor(query, 'GetQueryResults', `reading further result pages failed: ${failureReason(error, 'logs:GetQueryResults')}`));
      return undefined;
    }
    this.bytesScanned += scanned;
    return rows;
  }

  private async stop(queryId: string): Promise<void> {
    try {
      // Its own short signal: the scan's may be aborted already, and this call must still go out.
      await this.logs.send(new StopQueryCommand({ queryId }), { abortSignal: AbortSignal.timeout(5_000) });
    } catch {
      // Best effort: a query that already ended cannot be stopped.
    }
  }

  private rethrowIfFatal(error: unknown): void {
    if (isCredentialsError(error)) throw new CredentialsUnusableError(describeAwsError(error));
    if (this.signal?.aborted && !deadlineOf(this.signal.reason)) throw this.signal.reason ?? error;
  }
}

function sourceOf(spec: InsightsQuerySpec, logField: string | undefined): LogSource | undefined {
  const group = groupOfLogField(logField, spec.logGroups);
  return group === undefined ? undefined : spec.sources.find((s) => s.logGroup === group);
}

/** One stats query: its rows are (log group, bin, one count per counter), added to each source's counts. */
async function runStats({ request, queries, accumulators }: InsightsRead, spec: InsightsQuerySpec, countsFailed: Set<string>): Promise<void> {
  const rows = await queries.run({ kind: 'stats', logGroups: spec.logGroups, fromMs: spec.startMs, toMs: spec.endMs, queryString: statsQueryString(request, spec) });
  if (!rows) {
    for (const source of spec.sources) countsFailed.add(source.id);
    return;
  }
  for (const row of rows) {
    const source = sourceOf(spec, row['@log']);
    const bin = statsRowBin(row, request, spec);
    if (!source || bin === undefined) continue;
    const acc = accumulators.get(source.id)!;
    request.counters.forEach((counter, i) => {
      const n = Number(row[countField(i)] ?? 0);
      if (Number.isFinite(n) && n > 0) acc.add(counter.id, bin, n);
    });
  }
}

/**
 * The events queries of one spec: the first asks from sample phase 0; while an answer comes back
 * full, the next continues from its last phase, for the sources still short of their events, as long
 * as the scan budget allows.
 */
async function runEvents(read: InsightsRead, spec: InsightsQuerySpec): Promise<void> {
  const { request, queries, accumulators } = read;
  let active = spec.sources.filter((s) => !accumulators.get(s.id)!.isFull());
  const finished = new Set<string>();
  let from = 0;
  while (active.length > 0 && from < SAMPLE_PHASES) {
    const query: QueryRun = {
      kind: 'events',
      logGroups: active.map((s) => s.logGroup),
      fromMs: spec.startMs,
      toMs: spec.endMs,
      queryString: eventsQueryString(request.keep, spec.streamPrefix, queries.maxRows, from),
    };
    const rows = await queries.run(query);
    if (!rows) {
      // The counts stand; the kept events of these sources are incomplete.
      for (const source of active) accumulators.get(source.id)!.markTruncated();
      return;
    }
    const answer = wholePhasesOf(rows, from, queries.maxRows);
    if (answer.inOnePhase) for (const source of active) accumulators.get(source.id)!.markTruncated();
    for (const id of keepEvents(read, spec, answer.accepted)) finished.add(id);
    if (!answer.full) return;
    from = answer.next;
    // A source with all the events it may return is not asked again; it may have had more.
    active = active.filter((s) => {
      const acc = accumulators.get(s.id)!;
      if (acc.isFull()) acc.markTruncated();
      return !acc.isFull() && !finished.has(s.id);
    });
    if (active.length === 0 || from >= SAMPLE_PHASES) return;
    const cost = continuationCost(read.plan, spec, active);
    if (read.plan.expectedBytes + read.continuationBytes + cost > read.plan.scanBudgetBytes) {
      for (const source of active) accumulators.get(source.id)!.markTruncated();
      budgetGap(read, query, active, from, cost);
      return;
    }
    read.continuationBytes += cost;
  }
}

interface TimedRow {
  row: InsightsRow;
  timestamp: number;
}

/**
 * The rows of an events answer that may be kept, and where the next query starts. An answer below
 * the row limit is whole. A full one is sorted by phase and cut at the limit: every event of the
 * phases before its last is in, so those are kept and the next query starts at that last phase; a
 * full answer inside one phase is kept whole and the rest of that phase skipped.
 */
function wholePhasesOf(rows: readonly InsightsRow[], from: number, maxRows: number): { accepted: TimedRow[]; full: boolean; next: number; inOnePhase: boolean } {
  const events = rows.map((row) => ({ row, timestamp: parseInsightsTime(row['@timestamp']) })).filter((e) => Number.isFinite(e.timestamp));
  const full = rows.length >= maxRows;
  if (!full) return { accepted: events, full, next: SAMPLE_PHASES, inOnePhase: false };
  const cut = events.reduce((last, e) => Math.max(last, samplePhaseOf(e.timestamp)), from);
  if (cut > from) return { accepted: events.filter((e) => samplePhaseOf(e.timestamp) < cut), full, next: cut, inOnePhase: false };
  return { accepted: events, full, next: from + 1, inOnePhase: true };
}

/** Keeps the accepted rows in their sources' samples, whole phases only; returns the sources whose cap fell inside this answer. */
function keepEvents({ accumulators }: InsightsRead, spec: InsightsQuerySpec, accepted: readonly TimedRow[]): string[] {
  const bySource = new Map<string, LogEvent[]>();
  for (const { row, timestamp } of accepted) {
    if (timestamp < spec.startMs || timestamp >= spec.endMs) continue;
    const source = sourceOf(spec, row['@log']);
    if (!source) continue;
    const events = bySource.get(source.id) ?? [];
    events.push({ timestamp, message: row['@message'] ?? '', logStream: row['@logStream'] ?? '' });
    bySource.set(source.id, events);
  }
  const capped: string[] = [];
  for (const [id, events] of bySource) {
    const acc = accumulators.get(id)!;
    const kept = wholePhases(events, acc.room(), acc.keptCount() === 0);
    for (const event of kept) acc.keep(event);
    if (kept.length < events.length) {
      // Its sample ends at the last whole phase kept.
      acc.markTruncated();
      capped.push(id);
    }
  }
  return capped;
}

/** A continuation scans the whole window of the groups still asked again: their share of the plan's bytes. */
function continuationCost(plan: LogPlan, spec: InsightsQuerySpec, active: readonly LogSource[]): number {
  const groupBytes = active.reduce((sum, s) => sum + (plan.bytesByGroup[s.logGroup] ?? 0), 0);
  return Math.ceil(groupBytes * ((spec.endMs - spec.startMs) / Math.max(1, plan.endMs - plan.startMs)));
}

/** Why the kept events of these sources stop where they do: the next continuation would pass the scan budget. */
function budgetGap({ context, plan, queries }: InsightsRead, last: QueryRun, active: readonly LogSource[], from: number, cost: number): void {
  const run: QueryRun = { ...last, logGroups: active.map((s) => s.logGroup) };
  context.gap({
    service: SERVICE,
    operation: 'StartQuery',
    scope: queries.gapFor(run, 'StartQuery', '').scope,
    reason: `kept events are a sample of ${Math.round((100 * from) / SAMPLE_PHASES)}% of the window's seconds: reading more is expected to scan ${mb(cost)} more, past the budget of ${mb(plan.scanBudgetBytes)} ([logs] scan_budget_mb)`,
  });
}
