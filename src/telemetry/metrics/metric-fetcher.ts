// The CloudWatch edge: runs a MetricPlan with GetMetricData, following NextToken, and bisects a
// call that fails for a reason other than throttling so one bad query does not cost the others.

import { CloudWatchClient, GetMetricDataCommand, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import { CredentialsUnusableError, describeAwsError, isAccessDenied, isCredentialsError, isThrottling } from '../../aws/aws-errors.js';
import { failureReason } from '../../collectors/attempt.js';
import { isDeadline } from '../../deadline.js';
import type { CollectorContext } from '../../collectors/types.js';
import type { CoverageGap } from '../../report/model.js';
import { isPercentile, type MetricPlan, type MetricQuery } from './metric-planner.js';

export interface MetricSeries {
  query: MetricQuery;
  periodSeconds: number;
  /** Epoch ms, ascending. */
  timestamps: number[];
  values: number[];
}

const SERVICE = 'cloudwatch';
const OPERATION = 'GetMetricData';
const IAM_ACTION = 'cloudwatch:GetMetricData';

export async function fetchMetricPlan(context: CollectorContext, plan: MetricPlan): Promise<MetricSeries[]> {
  const cloudwatch = context.clients.get(CloudWatchClient);
  const results = await Promise.all(plan.calls.map((queries) => fetchOrBisect(context, cloudwatch, plan, queries)));
  return results.flat();
}

async function fetchOrBisect(context: CollectorContext, cloudwatch: CloudWatchClient, plan: MetricPlan, queries: MetricQuery[]): Promise<MetricSeries[]> {
  try {
    const { series, refused } = await context.limit(() => fetchCall(cloudwatch, plan, queries));
    for (const { query, status, message } of refused) {
      context.gap(gapFor([query], `CloudWatch answered ${status} for this query${message ? `: ${message}` : ''}`));
    }
    return series;
  } catch (error) {
    if (isCredentialsError(error)) throw new CredentialsUnusableError(describeAwsError(error));
    // Throttling, denial and the deadline affect every query alike: splitting would only multiply the calls.
    if (queries.length === 1 || isThrottling(error) || isAccessDenied(error) || isDeadline(error)) {
      context.gap(gapFor(queries, failureReason(error, IAM_ACTION)));
      return [];
    }
    // Percentile statistics are the likeliest to be refused as a group (the planner puts them last): split there first.
    const firstPercentile = queries.findIndex((q) => isPercentile(q.spec.stat));
    const half = firstPercentile > 0 ? firstPercentile : Math.ceil(queries.length / 2);
    const [left, right] = await Promise.all([fetchOrBisect(context, cloudwatch, plan, queries.slice(0, half)), fetchOrBisect(context, cloudwatch, plan, queries.slice(half))]);
    return [...left, ...right];
  }
}

interface Refused {
  query: MetricQuery;
  status: string;
  message?: string;
}

async function fetchCall(cloudwatch: CloudWatchClient, plan: MetricPlan, queries: MetricQuery[]): Promise<{ series: MetricSeries[]; refused: Refused[] }> {
  const refused = new Map<string, Refused>();
  const byId = new Map(queries.map((query) => [query.id, { query, periodSeconds: plan.periodSeconds, timestamps: [] as number[], values: [] as number[] }]));
  let nextToken: string | undefined;
  do {
    const page = await cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: plan.start,
        EndTime: plan.end,
        ScanBy: 'TimestampAscending',
        NextToken: nextToken,
        MetricDataQueries: queries.map(toDataQuery(plan.periodSeconds)),
      }),
    );
    for (const result of page.MetricDataResults ?? []) {
      const series = byId.get(result.Id ?? '');
      if (!series) continue;
      // Per-query failures arrive inside a successful answer: Forbidden, InternalError.
      if (result.StatusCode === 'Forbidden' || result.StatusCode === 'InternalError') {
        refused.set(series.query.id, { query: series.query, status: result.StatusCode, ...(result.Messages?.[0]?.Value ? { message: result.Messages[0].Value } : {}) });
      }
      const timestamps = result.Timestamps ?? [];
      const values = result.Values ?? [];
      for (let i = 0; i < timestamps.length && i < values.length; i += 1) {
        series.timestamps.push(timestamps[i]!.getTime());
        series.values.push(values[i]!);
      }
    }
    nextToken = page.NextToken;
  } while (nextToken);
  // Some backends ignore ScanBy: order every series by time once.
  for (const series of byId.values()) sortByTime(series);
  return { series: [...byId.values()].filter((s) => !refused.has(s.query.id)), refused: [...refused.values()] };
}

function toDataQuery(period: number) {
  return (query: MetricQuery): MetricDataQuery => ({
    Id: query.id,
    ReturnData: true,
    MetricStat: { Metric: { Namespace: query.spec.namespace, MetricName: query.spec.metricName, Dimensions: query.dimensions }, Period: period, Stat: query.spec.stat },
  });
}

function sortByTime(series: { timestamps: number[]; values: number[] }): void {
  const t = series.timestamps;
  let sorted = true;
  for (let i = 1; i < t.length && sorted; i += 1) if (t[i - 1]! > t[i]!) sorted = false;
  if (sorted) return;
  const order = t.map((_, i) => i).sort((a, b) => t[a]! - t[b]!);
  series.timestamps = order.map((i) => t[i]!);
  series.values = order.map((i) => series.values[i]!);
}

function gapFor(queries: MetricQuery[], reason: string): CoverageGap {
  const first = queries[0]!;
  const scope =
    queries.length === 1
      ? `metric ${first.spec.namespace} ${first.spec.metricName} ${first.spec.stat} of ${first.resource.type} ${first.resource.id}`
      : `${queries.length} metrics of ${new Set(queries.map((q) => `${q.resource.type} ${q.resource.id}`)).size} resources`;
  return { service: SERVICE, operation: OPERATION, iamAction: IAM_ACTION, scope, reason };
}
