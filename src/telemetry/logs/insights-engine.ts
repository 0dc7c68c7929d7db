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
import { accumulatorsFor } from './log-counting.js';
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

export async function readWithInsights(context: CollectorContext, request: LogReadRequest, plan: LogPlan, options: InsightsEngineOptions = {}): Promise<EngineOutput> {
  const logs = context.clients.get(CloudWatchLogsClient);
  const slots = pLimit(Math.max(1, options.maxConcurrentQueries ?? DEFAULT_MAX_CONCURRENT_QUERIES));
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const signal = options.signal ?? context.signal;
  const send = options.signal ? { abortSignal: options.signal } : {};
  const pollInitial = options.pollInitialMs ?? 1_000;
  const pollMax = Math.max(pollInitial, options.pollMaxMs ?? 5_000);
  const timeout = options.queryTimeoutMs ?? 15 * 60_000;
  const maxRows = plan.maxRowsPerQuery;
  const accumulators = accumulatorsFor(request, plan.sources);
  const countsFailed = new Set<string>();
  let bytesScanned = 0;
  // Continuations of full events answers scan again; their expected bytes count against the budget too.
  let continuationBytes = 0;

  const gapFor = (run: QueryRun, operation: string, reason: string): CoverageGap => ({
    service: SERVICE,
    operation,
    iamAction: `logs:${operation}`,
    scope: `Logs Insights ${run.kind} query ${new Date(run.fromMs).toISOString()} to ${new Date(run.toMs).toISOString()} over ${run.logGroups.length === 1 ? 'log group' : `${run.logGroups.length} log groups:`} ${run.logGroups.join(', ')}`,
    reason,
  });

  const stop = async (queryId: string): Promise<void> => {
    try {
      // Its own short signal: the scan's may be aborted already, and this call must still go out.
      await logs.send(new StopQueryCommand({ queryId }), { abortSignal: AbortSignal.timeout(5_000) });
    } catch {
      // Best effort: a query that already ended cannot be stopped.
    }
  };

  const rethrowIfFatal = (error: unknown): void => {
    if (isCredentialsError(error)) throw new CredentialsUnusableError(describeAwsError(error));
    if (signal?.aborted && !deadlineOf(signal.reason)) throw signal.reason ?? error;
  };

  /** Rows of a completed query, or undefined after recording why there are none. */
  const runQuery = (run: QueryRun): Promise<InsightsRow[] | undefined> =>
    slots(async () => {
      let queryId: string | undefined;
      const retries = options.startRetries ?? 4;
      for (let attempt = 0; queryId === undefined; attempt += 1) {
        try {
          const started = await context.limit(() =>
            logs.send(
              new StartQueryCommand({
                logGroupNames: run.logGroups,
                startTime: Math.floor(run.fromMs / 1000),
                endTime: Math.ceil(run.toMs / 1000),
                queryString: run.queryString,
                limit: maxRows,
              }),
              send,
            ),
          );
          if (!started.queryId) {
            context.gap(gapFor(run, 'StartQuery', 'StartQuery answered without a query id'));
            return undefined;
          }
          queryId = started.queryId;
        } catch (error) {
          rethrowIfFatal(error);
          if ((error as { name?: string }).name === 'LimitExceededException' && attempt < retries) {
            await sleep(Math.min(60_000, pollMax * 2 ** attempt), signal);
            continue;
          }
          context.gap(gapFor(run, 'StartQuery', failureReason(error, 'logs:StartQuery')));
          return undefined;
        }
      }

      const deadline = now() + timeout;
      let delay = pollInitial;
      for (;;) {
        await sleep(delay, signal);
        delay = Math.min(pollMax, Math.round(delay * 1.5));
        if (signal?.aborted) {
          await stop(queryId);
          const deadline = deadlineOf(signal.reason);
          if (!deadline) throw signal.reason ?? new Error('aborted');
          context.gap(gapFor(run, 'GetQueryResults', deadlineReason(deadline.deadlineMs, 'the query finished (it was stopped)')));
          return undefined;
        }
        let answer: GetQueryResultsCommandOutput;
        try {
          answer = await context.limit(() => logs.send(new GetQueryResultsCommand({ queryId }), send));
        } catch (error) {
          await stop(queryId);
          rethrowIfFatal(error);
          context.gap(gapFor(run, 'GetQueryResults', failureReason(error, 'logs:GetQueryResults')));
          return undefined;
        }
        const scanned = answer.statistics?.bytesScanned ?? 0;
        switch (answer.status) {
          case 'Complete': {
            const rows = (answer.results ?? []).map(rowRecord);
            let token = answer.nextToken;
            try {
              while (token) {
                const pageToken = token;
                const page = await context.limit(() => logs.send(new GetQueryResultsCommand({ queryId, nextToken: pageToken }), send));
                rows.push(...(page.results ?? []).map(rowRecord));
                token = page.nextToken;
              }
            } catch (error) {
              rethrowIfFatal(error);
              bytesScanned += scanned;
              context.gap(gapFor(run, 'GetQueryResults', `reading further result pages failed: ${failureReason(error, 'logs:GetQueryResults')}`));
              return undefined;
            }
            bytesScanned += scanned;
            return rows;
          }
          case 'Failed':
          case 'Cancelled':
          case 'Timeout':
            bytesScanned += scanned;
            context.gap(gapFor(run, 'GetQueryResults', `the query ended with status ${answer.status}`));
            return undefined;
          default:
            // Scheduled, Running, Unknown: wait, up to the deadline.
            if (now() >= deadline) {
              await stop(queryId);
              bytesScanned += scanned;
              context.gap(gapFor(run, 'GetQueryResults', `the query was still ${answer.status ?? 'pending'} after ${Math.round(timeout / 1000)} s and was stopped`));
              return undefined;
            }
        }
      }
    });

  const sourceOf = (spec: InsightsQuerySpec, logField: string | undefined): LogSource | undefined => {
    const group = groupOfLogField(logField, spec.logGroups);
    return group === undefined ? undefined : spec.sources.find((s) => s.logGroup === group);
  };

  const runStats = async (spec: InsightsQuerySpec): Promise<void> => {
    const run: QueryRun = { kind: 'stats', logGroups: spec.logGroups, fromMs: spec.startMs, toMs: spec.endMs, queryString: statsQueryString(request, spec) };
    const rows = await runQuery(run);
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
  };

  const runEvents = async (spec: InsightsQuerySpec): Promise<void> => {
    let active = spec.sources.filter((s) => !accumulators.get(s.id)!.isFull());
    const finished = new Set<string>();
    let from = 0;
    while (active.length > 0 && from < SAMPLE_PHASES) {
      const queryString = eventsQueryString(request.keep, spec.streamPrefix, maxRows, from);
      const rows = await runQuery({ kind: 'events', logGroups: active.map((s) => s.logGroup), fromMs: spec.startMs, toMs: spec.endMs, queryString });
      if (!rows) {
        // The counts stand; the kept events of these sources are incomplete.
        for (const source of active) accumulators.get(source.id)!.markTruncated();
        return;
      }
      const events = rows.map((row) => ({ row, timestamp: parseInsightsTime(row['@timestamp']) })).filter((e) => Number.isFinite(e.timestamp));
      const full = rows.length >= maxRows;
      let accepted = events;
      let next = SAMPLE_PHASES;
      if (full) {
        // Sorted by phase and cut at the limit: every event of the phases before the last is in.
        const cut = events.reduce((last, e) => Math.max(last, samplePhaseOf(e.timestamp)), from);
        if (cut > from) {
          accepted = events.filter((e) => samplePhaseOf(e.timestamp) < cut);
          next = cut;
        } else {
          // A whole answer inside one phase: take it and skip the rest of that phase.
          next = from + 1;
          for (const source of active) accumulators.get(source.id)!.markTruncated();
        }
      }
      const bySource = new Map<string, LogEvent[]>();
      for (const { row, timestamp } of accepted) {
        if (timestamp < spec.startMs || timestamp >= spec.endMs) continue;
        const source = sourceOf(spec, row['@log']);
        if (!source) continue;
        const events = bySource.get(source.id) ?? [];
        events.push({ timestamp, message: row['@message'] ?? '', logStream: row['@logStream'] ?? '' });
        bySource.set(source.id, events);
      }
      for (const [id, events] of bySource) {
        const acc = accumulators.get(id)!;
        const kept = wholePhases(events, acc.room(), acc.keptCount() === 0);
        for (const event of kept) acc.keep(event);
        if (kept.length < events.length) {
          // Its cap fell inside this answer: its sample ends at the last whole phase kept.
          acc.markTruncated();
          finished.add(id);
        }
      }
      if (!full) return;
      from = next;
      // A source with all the events it may return is not asked again; it may have had more.
      active = active.filter((s) => {
        const acc = accumulators.get(s.id)!;
        if (acc.isFull()) acc.markTruncated();
        return !acc.isFull() && !finished.has(s.id);
      });
      if (active.length === 0 || from >= SAMPLE_PHASES) return;
      // A continuation scans the whole window of the groups still asked again.
      const cost = Math.ceil(active.reduce((sum, s) => sum + (plan.bytesByGroup[s.logGroup] ?? 0), 0) * ((spec.endMs - spec.startMs) / Math.max(1, plan.endMs - plan.startMs)));
      if (plan.expectedBytes + continuationBytes + cost > plan.scanBudgetBytes) {
        for (const source of active) accumulators.get(source.id)!.markTruncated();
        const run: QueryRun = { kind: 'events', logGroups: active.map((s) => s.logGroup), fromMs: spec.startMs, toMs: spec.endMs, queryString };
        context.gap({
          service: SERVICE,
          operation: 'StartQuery',
          scope: gapFor(run, 'StartQuery', '').scope,
          reason: `kept events are a sample of ${Math.round((100 * from) / SAMPLE_PHASES)}% of the window's seconds: reading more is expected to scan ${mb(cost)} more, past the budget of ${mb(plan.scanBudgetBytes)} ([logs] scan_budget_mb)`,
        });
        return;
      }
      continuationBytes += cost;
    }
  };

  await Promise.all([...plan.insights.stats.map(runStats), ...plan.insights.events.map(runEvents)]);
  // Whole seconds keep almost every trace whole (its lines share a timestamp); one that straddles a
  // sampled second's start loses its header, and its headless rest is dropped.
  for (const acc of accumulators.values()) acc.dropHeadlessEntries();
  const sources = plan.sources.filter((s) => !countsFailed.has(s.id)).map((s) => accumulators.get(s.id)!.result());
  return { sources, bytesScanned };
}
