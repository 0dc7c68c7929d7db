// The one entry point for reading logs, for the scan and the post-deploy gate alike: readLogDigests
// takes sources and a time grid and applies the [logs] budgets (scan bytes, kept lines, the user
// patterns' CPU) and the deadline; readLogs describes the groups (fewest DescribeLogGroups calls),
// plans (log-planner.ts), records what the plan leaves out, and runs the chosen engine. Every AWS
// call goes through the context's shared limit; every gap is recorded with service "logs".

import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { digestSourceLogs, type LogDigest } from '../../analysis/logs/log-digest.js';
import { attempt } from '../../collectors/attempt.js';
import { chunk } from '../../chunk.js';
import type { CollectorContext } from '../../collectors/types.js';
import { formatDuration } from '../../config/duration.js';
import type { ScanConfig } from '../../config/schema.js';
import { deadlineOf, deadlineReason } from '../../deadline.js';
import type { LogReadSummary } from '../../report/model.js';
import { keepCounter, logCounters, patternCounterId } from './log-counters.js';
import { type FilterEngineOptions, readWithFilter, scopeOf } from './filter-engine.js';
import { type InsightsEngineOptions, readWithInsights } from './insights-engine.js';
import { type LogGroupInfo, type LogPlan, type LogPlanSettings, MAX_GROUPS_PER_QUERY, planLogRead } from './log-planner.js';
import type { LogReadRequest, LogReadResult, LogSource } from './log-types.js';
import { PatternBudget } from './pattern-budget.js';

const SERVICE = 'logs';

/** The time grid a read is counted on: `binCount` bins of `binSeconds` from `startMs`, read up to `endMs`. */
export interface LogGrid {
  startMs: number;
  endMs: number;
  binSeconds: number;
  binCount: number;
}

export interface LogDigests {
  /** One per source read, in the order given. */
  digests: LogDigest[];
  /** What was read; undefined when nothing was (the deadline had passed: every source is a gap). */
  summary?: LogReadSummary;
}

/**
 * The lines of `sources` over `grid`, counted and kept within the [logs] settings of the context's
 * config, and digested (signatures, error counts per bin, examples of user patterns). The scan and
 * the gate both read here, so a change to how logs are read reaches both.
 */
export async function readLogDigests(context: CollectorContext, sources: readonly LogSource[], grid: LogGrid): Promise<LogDigests> {
  const logs = context.config.logs;
  const deadline = deadlineOf(context.signal?.reason);
  if (deadline) {
    for (const source of sources) {
      context.gap({ service: SERVICE, operation: 'DescribeLogGroups', scope: scopeOf(source), reason: deadlineReason(deadline.deadlineMs, 'the logs were read') });
    }
    return { digests: [] };
  }
  const budget = new PatternBudget(logs.patternBudgetMs);
  const { result, plan } = await readLogs(
    context,
    {
      patternBudget: budget,
      sources,
      startMs: grid.startMs,
      endMs: grid.endMs,
      binSeconds: grid.binSeconds,
      counters: logCounters(logs),
      keep: keepCounter(logs),
      maxKeptEvents: keptEventsPerSource(logs, sources.length),
    },
    { engine: logs.engine, scanBudgetBytes: logs.scanBudgetBytes, filterMaxBytes: logs.filterMaxBytes },
  );
  const errorPatterns = logs.errorPatterns.map((p) => new RegExp(p));
  const examplePatterns = logs.patterns.map((p) => ({ id: patternCounterId(p.name), re: new RegExp(p.regex, p.ignoreCase ? 'i' : '') }));
  const digests = result.sources.map((read) =>
    digestSourceLogs(read, { startMs: result.startMs, binSeconds: result.binSeconds, binCount: grid.binCount, errorPatterns, examplePatterns, matcher: (re) => budget.test(re) }),
  );
  if (budget.exhausted) {
    context.gap({
      service: SERVICE,
      operation: 'user patterns',
      scope: 'error_patterns and [log_pattern] sections on the rest of the lines: their counts and findings are partial',
      reason: `the patterns took more than ${formatDuration(budget.limitMs)} of CPU ([logs] pattern_budget); simplify them, or anchor them with ^`,
    });
  }
  return {
    digests,
    summary: { engine: result.engine, sources: result.sources.length, expectedBytes: plan.expectedBytes, bytesScanned: result.bytesScanned, skipped: plan.skipped.length },
  };
}

/**
 * Lines kept verbatim per source: max_events_per_source, but never more than the source's share of
 * max_events_total, so a scan of 100 groups holds no more than one of 10 (the counts stay complete;
 * past the cap the kept lines are a sample, and findings say so). At least 100 per source.
 */
export function keptEventsPerSource(logs: Pick<ScanConfig['logs'], 'maxEventsPerSource' | 'maxEventsTotal'>, sourceCount: number): number {
  return Math.max(100, Math.min(logs.maxEventsPerSource, Math.floor(logs.maxEventsTotal / Math.max(1, sourceCount))));
}

/**
 * Characters of kept log messages a read holds over all its sources, when the request sets no
 * per-source byte cap: each source gets its share, at least MIN_KEPT_BYTES_PER_SOURCE. The line
 * cap (max_events_per_source / max_events_total) bounds the count; this bounds the size, so 100 MB
 * of long error lines cannot take gigabytes.
 */
export const DEFAULT_KEPT_BYTES_TOTAL = 64 * 1024 * 1024;
export const MIN_KEPT_BYTES_PER_SOURCE = 256 * 1024;

export function keptBytesPerSource(sourceCount: number, total = DEFAULT_KEPT_BYTES_TOTAL): number {
  return Math.max(MIN_KEPT_BYTES_PER_SOURCE, Math.floor(total / Math.max(1, sourceCount)));
}

export interface ReadLogsSettings extends LogPlanSettings {
  insights?: InsightsEngineOptions;
  filter?: FilterEngineOptions;
}

export interface ReadLogsOutcome {
  result: LogReadResult;
  plan: LogPlan;
}

export interface DescribedGroups {
  groups: Map<string, LogGroupInfo>;
  /** Described, and not there. */
  missing: string[];
  /** Not described because DescribeLogGroups failed (the gap is recorded). */
  undescribed: string[];
}

/**
 * DescribeLogGroups for exactly these names: `logGroupIdentifiers` takes up to 50 names a call
 * (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLogGroups.html),
 * so n groups cost ceil(n / 50) calls. Answers are matched by name and nextToken is followed only
 * while a name is still unanswered, which also holds against an endpoint that ignores the filter.
 */
export async function describeLogGroups(context: CollectorContext, names: readonly string[]): Promise<DescribedGroups> {
  const logs = context.clients.get(CloudWatchLogsClient);
  const groups = new Map<string, LogGroupInfo>();
  const missing: string[] = [];
  const undescribed: string[] = [];
  for (const batch of chunk([...new Set(names)], MAX_GROUPS_PER_QUERY)) {
    const wanted = new Set(batch);
    let nextToken: string | undefined;
    let failed = false;
    do {
      const token = nextToken;
      const page = await attempt(
        context,
        SERVICE,
        { sdkService: 'CloudWatchLogs', operation: 'DescribeLogGroups', scope: `size and retention of log groups ${batch.join(', ')}` },
        () => logs.send(new DescribeLogGroupsCommand({ logGroupIdentifiers: batch, ...(token ? { nextToken: token } : {}) })),
      );
      if (!page) {
        failed = true;
        break;
      }
      for (const group of page.logGroups ?? []) {
        const name = group.logGroupName;
        if (!name || !wanted.has(name)) continue;
        groups.set(name, {
          logGroup: name,
          storedBytes: group.storedBytes ?? 0,
          ...(group.retentionInDays ? { retentionInDays: group.retentionInDays } : {}),
          creationTime: group.creationTime ?? 0,
        });
      }
      nextToken = page.nextToken;
    } while (nextToken && batch.some((name) => !groups.has(name)));
    for (const name of batch) if (!groups.has(name)) (failed ? undescribed : missing).push(name);
  }
  return { groups, missing, undescribed };
}

export async function readLogs(context: CollectorContext, given: LogReadRequest, settings: ReadLogsSettings): Promise<ReadLogsOutcome> {
  const request: LogReadRequest = given.maxKeptBytes !== undefined ? given : { ...given, maxKeptBytes: keptBytesPerSource(given.sources.length) };
  const described = await describeLogGroups(
    context,
    request.sources.map((s) => s.logGroup),
  );
  const missing = new Set(described.missing);
  for (const source of request.sources) {
    if (!missing.has(source.logGroup)) continue;
    context.gap({
      service: SERVICE,
      operation: 'DescribeLogGroups',
      iamAction: 'logs:DescribeLogGroups',
      scope: scopeOf(source),
      reason: `log group ${source.logGroup} does not exist`,
    });
  }

  const plan = planLogRead(
    {
      sources: request.sources.filter((s) => !missing.has(s.logGroup)),
      groups: described.groups,
      startMs: request.startMs,
      endMs: request.endMs,
      binSeconds: request.binSeconds,
      nowMs: context.now.getTime(),
      queries: { stats: request.counters.length > 0, events: request.maxKeptEvents > 0 },
    },
    settings,
  );
  // Never silently: every source the plan leaves out is a coverage gap with the plan's reason.
  for (const skipped of plan.skipped) {
    context.gap({ service: SERVICE, operation: 'StartQuery', scope: scopeOf(skipped.source), reason: `not read: ${skipped.reason}` });
  }
  context.progress(`logs: ${plan.sources.length} sources with ${plan.engineReason}`);

  const output =
    plan.sources.length === 0
      ? { sources: [], bytesScanned: 0 }
      : plan.engine === 'insights'
        ? await readWithInsights(context, request, plan, settings.insights)
        : await readWithFilter(context, request, plan.sources, settings.filter);
  return {
    result: { engine: plan.engine, startMs: request.startMs, binSeconds: request.binSeconds, sources: output.sources, bytesScanned: output.bytesScanned },
    plan,
  };
}
