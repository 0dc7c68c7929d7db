// CloudWatch data for the metric-incident scenario of issue 17, on the demo account's resources:
// six incidents (CPU 94% for the last 40 minutes on checkout, checkout's average response time
// from 0.12 s to 1.4 s, pp-web-public's 5xx share from 0.2% to 12% with 5xx counts published only
// when non-zero, orders-db's disk filling, its connections from 50 to 480 for the last 45 minutes
// and its freeable memory from 4 GiB to 200 MiB for the last hour) next to quiet resources
// (storefront steady, the replica's CPU, connections and the target group's requests on a daily
// rhythm, the replica's memory steady). Stored every `stepMinutes`.
// The emulator's GetMetricData compares every stored point with every period of every query, so the
// history is hours, not days: the detector tests cover multi-day history and nightly jobs.

import { DescribeLoadBalancersCommand, DescribeTargetGroupsCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { metricDimension } from '../../src/services/elbv2/collector.js';
import { noise, putSeries, type SeriesSeed } from '../../tools/emulator/demo-metrics.js';
import { EMULATOR_CREDENTIALS } from '../../tools/emulator/moto-server.js';
import type { SeedTarget } from '../../tools/emulator/demo-account.js';
import type { Report } from '../../src/report/model.js';

const GIB = 1024 ** 3;
const DAY_MINUTES = 1440;

export async function seedMetricIncidents(target: SeedTarget, now: number, minutes: number, stepMinutes: number): Promise<void> {
  const elb = new ElasticLoadBalancingV2Client({ region: target.region, endpoint: target.endpoint, credentials: EMULATOR_CREDENTIALS });
  const lbArn = (await elb.send(new DescribeLoadBalancersCommand({ Names: ['pp-web-public'] }))).LoadBalancers![0]!.LoadBalancerArn!;
  const groups = (await elb.send(new DescribeTargetGroupsCommand({ LoadBalancerArn: lbArn }))).TargetGroups ?? [];
  elb.destroy();
  const lb = metricDimension(lbArn, 'loadbalancer/')!;
  const tg = metricDimension(groups.find((g) => g.TargetGroupName === 'checkout')!.TargetGroupArn, 'targetgroup/')!;
  const alb = [{ Name: 'LoadBalancer', Value: lb }];
  const group = [
    { Name: 'TargetGroup', Value: tg },
    { Name: 'LoadBalancer', Value: lb },
  ];
  const ecs = (service: string) => [
    { Name: 'ClusterName', Value: 'pp-web-production' },
    { Name: 'ServiceName', Value: service },
  ];
  const db = (id: string) => [{ Name: 'DBInstanceIdentifier', Value: id }];
  const rhythm = (ago: number) => 1 + 0.4 * Math.sin(((now / 60_000 - ago) / DAY_MINUTES) * 2 * Math.PI);
  // Requests per stored sample; 5xx at 0.2% of them (rounded: most samples have none, so CloudWatch has no point) until 30 minutes ago, then 12%.
  const requests = (ago: number) => Math.round(100 * stepMinutes * rhythm(ago) * (1 + 0.05 * noise(ago + 1)));
  const errors = (ago: number) => (ago < 30 ? Math.round(requests(ago) * 0.12) : noise(ago + 2) > 0.992 - 0.004 * stepMinutes ? 1 : 0);
  const seeds: SeriesSeed[] = [
    { namespace: 'AWS/ECS', metricName: 'CPUUtilization', dimensions: ecs('checkout'), unit: 'Percent', value: (ago) => (ago < 40 ? 94 + noise(ago) : 35 + 5 * noise(ago)) },
    { namespace: 'AWS/ECS', metricName: 'CPUUtilization', dimensions: ecs('storefront'), unit: 'Percent', value: (ago) => 40 + 4 * noise(ago + 3) },
    { namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', dimensions: group, unit: 'Seconds', value: (ago) => (ago < 60 ? 1.4 : 0.12) * (1 + 0.1 * noise(ago + 5)) },
    {
      namespace: 'AWS/ApplicationELB',
      metricName: 'RequestCount',
      dimensions: group,
      unit: 'Count',
      value: (ago) => Math.round(200 * stepMinutes * rhythm(ago) * (1 + 0.05 * noise(ago + 7))),
    },
    { namespace: 'AWS/ApplicationELB', metricName: 'RequestCount', dimensions: alb, unit: 'Count', value: requests },
    {
      namespace: 'AWS/RDS',
      metricName: 'FreeStorageSpace',
      dimensions: db('orders-db'),
      unit: 'Bytes',
      value: (ago) => 14 * GIB + (ago / 60) * 2 * GIB + 0.05 * GIB * noise(ago + 11),
    },
    { namespace: 'AWS/RDS', metricName: 'DatabaseConnections', dimensions: db('orders-db'), unit: 'Count', value: (ago) => (ago < 45 ? 480 : 50) + 5 * noise(ago + 17) },
    { namespace: 'AWS/RDS', metricName: 'FreeableMemory', dimensions: db('orders-db'), unit: 'Bytes', value: (ago) => (ago < 60 ? 0.2 : 4) * GIB * (1 + 0.02 * noise(ago + 19)) },
    { namespace: 'AWS/RDS', metricName: 'CPUUtilization', dimensions: db('orders-db-replica'), unit: 'Percent', value: (ago) => 30 * rhythm(ago) + 3 * noise(ago + 13) },
    { namespace: 'AWS/RDS', metricName: 'DatabaseConnections', dimensions: db('orders-db-replica'), unit: 'Count', value: (ago) => 80 * rhythm(ago) + 4 * noise(ago + 23) },
    { namespace: 'AWS/RDS', metricName: 'FreeableMemory', dimensions: db('orders-db-replica'), unit: 'Bytes', value: (ago) => 3 * GIB * (1 + 0.03 * noise(ago + 29)) },
  ];
  await putSeries(target, seeds, minutes, now, stepMinutes);
  // Counts CloudWatch publishes only when non-zero: no point at all for a sample without 5xx.
  await putSparse(target, { namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_5XX_Count', dimensions: alb, unit: 'Count', value: errors }, minutes, now, stepMinutes);
}

/** What the scenario must give at any storage step: one finding per incident, on the right resource, sorted. */
export const INCIDENT_FINDINGS = [
  ['metric_capacity_exhaustion', 'orders-db', 'rds_free_storage'],
  ['metric_capacity_exhaustion', 'orders-db', 'rds_freeable_memory'],
  ['metric_error_rate_spike', 'pp-web-public', 'alb_target_5xx'],
  ['metric_latency_degradation', 'checkout', 'tg_response_time'],
  ['metric_load_surge', 'orders-db', 'rds_connections'],
  ['metric_threshold_breach', 'pp-web-production/checkout', 'ecs_cpu'],
];

/** Each incident's title, in its own numbers, by metric. */
export const INCIDENT_TITLES: Record<string, RegExp> = {
  ecs_cpu: /^CPU utilization at or above 90% for 40 min, still now$/,
  tg_response_time: /^target response time \(average\) up \d+%: 1[12]\d ms -> 1\.\d+ s$/,
  alb_target_5xx: /^target 5xx responses spiked to 1[12]\.\d% of requests, still now$/,
  rds_free_storage: /^free storage runs out in [67] h at the current rate$/,
  rds_connections: /^database connections up \d+%: [45]\d\.\d -> 4[78]\d$/,
  rds_freeable_memory: /^freeable memory fell 95%: 4\.\d\d GiB -> 20\d MiB$/,
};

/** A report's metric findings as [kind, resource id, metric], sorted, and their titles by metric. */
export function metricFindingsOf(report: Report): { found: string[][]; titles: Record<string, string> } {
  const metric = report.findings.filter((f) => f.kind.startsWith('metric_'));
  return {
    found: metric.map((f) => [f.kind, f.resource.id, f.series?.metric ?? '']).sort(),
    titles: Object.fromEntries(metric.map((f) => [f.series?.metric ?? '', f.title])),
  };
}

async function putSparse(target: SeedTarget, seed: SeriesSeed, minutes: number, now: number, stepMinutes: number): Promise<void> {
  const { CloudWatchClient, PutMetricDataCommand } = await import('@aws-sdk/client-cloudwatch');
  const cloudwatch = new CloudWatchClient({ region: target.region, endpoint: target.endpoint, credentials: EMULATOR_CREDENTIALS, disableRequestCompression: true });
  const end = Math.floor(now / 60_000) * 60_000;
  const data = [];
  for (let ago = 0; ago < minutes; ago += stepMinutes) {
    const value = seed.value(ago);
    if (value > 0) data.push({ MetricName: seed.metricName, Dimensions: seed.dimensions, Timestamp: new Date(end - ago * 60_000), Value: value, Unit: seed.unit });
  }
  try {
    for (let i = 0; i < data.length; i += 1000) await cloudwatch.send(new PutMetricDataCommand({ Namespace: seed.namespace, MetricData: data.slice(i, i + 1000) }));
  } finally {
    cloudwatch.destroy();
  }
}
