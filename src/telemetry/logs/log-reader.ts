// The one entry point for reading logs: describes the groups (fewest DescribeLogGroups calls),
// plans (log-planner.ts), records what the plan leaves out, and runs the chosen engine. Every AWS
// call goes through the context's shared limit; every gap is recorded with service "logs".

import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { attempt } from '../../collectors/attempt.js';
import { chunk } from '../../chunk.js';
import type { CollectorContext } from '../../collectors/types.js';
import { type FilterEngineOptions, readWithFilter, scopeOf } from './filter-engine.js';
import { type InsightsEngineOptions, readWithInsights } from './insights-engine.js';
import { type LogGroupInfo, type LogPlan, type LogPlanSettings, MAX_GROUPS_PER_QUERY, planLogRead } from './log-planner.js';
import type { LogReadRequest, LogReadResult } from './log-types.js';

const SERVICE = 'logs';

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
