// CloudWatch data for the demo account: half a day of five-minute points telling four stories (a
// 5xx spike, a CPU saturation, a latency rise and a disk filling up) next to quiet resources.
// Five-minute points and half a day, because the emulator's GetMetricData scans every stored
// point for every period of every query: finer data makes the demo slow, not better.

import { CloudWatchClient, PutMetricDataCommand, type StandardUnit } from '@aws-sdk/client-cloudwatch';
import { DescribeLoadBalancersCommand, DescribeTargetGroupsCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { metricDimension } from '../../src/services/elbv2/collector.js';
import { EMULATOR_CREDENTIALS } from './moto-server.js';
import type { SeedTarget } from './demo-account.js';

const MINUTE = 60_000;
const GIB = 1024 ** 3;

export interface SeriesSeed {
  namespace: string;
  metricName: string;
  dimensions: Array<{ Name: string; Value: string }>;
  unit: StandardUnit;
  /** Value at `minutesAgo` (0 = the latest minute). */
  value: (minutesAgo: number) => number;
}

/** Deterministic noise in [-1, 1], so every demo run shows the same picture. */
export function noise(seed: number): number {
  const x = Math.sin(seed * 12.9898) * 43758.5453;
  return (x - Math.floor(x)) * 2 - 1;
}

export async function putSeries(target: SeedTarget, seeds: readonly SeriesSeed[], minutes: number, now = Date.now(), stepMinutes = 1): Promise<void> {
  const cloudwatch = new CloudWatchClient({ region: target.region, endpoint: target.endpoint, credentials: EMULATOR_CREDENTIALS, disableRequestCompression: true });
  const end = Math.floor(now / MINUTE) * MINUTE;
  try {
    for (const seed of seeds) {
      const data = Array.from({ length: Math.floor(minutes / stepMinutes) }, (_, i) => i * stepMinutes).map((ago) => ({
        MetricName: seed.metricName,
        Dimensions: seed.dimensions,
        Timestamp: new Date(end - ago * MINUTE),
        Value: Math.max(0, seed.value(ago)),
        Unit: seed.unit,
      }));
      // PutMetricData takes at most 1,000 values per call.
      for (let i = 0; i < data.length; i += 1000) await cloudwatch.send(new PutMetricDataCommand({ Namespace: seed.namespace, MetricData: data.slice(i, i + 1000) }));
    }
  } finally {
    cloudwatch.destroy();
  }
}

export const DEMO_METRIC_MINUTES = 12 * 60;
export const DEMO_METRIC_STEP_MINUTES = 5;

/** The load balancer's CloudWatch dimension value (app/pp-web-public/ID). */
export async function demoLoadBalancerDimension(target: SeedTarget): Promise<string> {
  const elb = new ElasticLoadBalancingV2Client({ region: target.region, endpoint: target.endpoint, credentials: EMULATOR_CREDENTIALS });
  const arn = (await elb.send(new DescribeLoadBalancersCommand({ Names: ['pp-web-public'] }))).LoadBalancers![0]!.LoadBalancerArn!;
  elb.destroy();
  return metricDimension(arn, 'loadbalancer/')!;
}

// No TargetResponseTime here: the emulator fails percentile queries over stored data with HTTP 500,
// which the SDK retries; the metrics test seeds it on purpose to exercise the bisection.
export async function seedDemoMetrics(target: SeedTarget, now = Date.now()): Promise<void> {
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
  const ecs = (cluster: string, service: string) => [
    { Name: 'ClusterName', Value: cluster },
    { Name: 'ServiceName', Value: service },
  ];
  const db = (id: string) => [{ Name: 'DBInstanceIdentifier', Value: id }];
  // Daily rhythm: traffic peaks in the afternoon. Counts are per five minutes.
  const traffic = (ago: number) => 6000 * (1 + 0.3 * Math.sin(((now - ago * MINUTE) / 86_400_000) * 2 * Math.PI)) * (1 + 0.05 * noise(ago));

  await putSeries(
    target,
    [
      // 1. pp-web-public: 5xx at 0.1% of requests until 25 minutes ago, then 8%.
      { namespace: 'AWS/ApplicationELB', metricName: 'RequestCount', dimensions: alb, unit: 'Count', value: traffic },
      {
        namespace: 'AWS/ApplicationELB',
        metricName: 'HTTPCode_Target_5XX_Count',
        dimensions: alb,
        unit: 'Count',
        value: (ago) => Math.round(traffic(ago) * (ago < 25 ? 0.08 : 0.001 * (1 + noise(ago + 7)))),
      },
      // The checkout target group: traffic tripled an hour ago with the error rate unchanged: not a spike.
      { namespace: 'AWS/ApplicationELB', metricName: 'RequestCount', dimensions: group, unit: 'Count', value: (ago) => (ago < 60 ? 3 : 1) * 2000 * (1 + 0.05 * noise(ago + 3)) },
      {
        namespace: 'AWS/ApplicationELB',
        metricName: 'HTTPCode_Target_5XX_Count',
        dimensions: group,
        unit: 'Count',
        value: (ago) => Math.round((ago < 60 ? 3 : 1) * 20 * (1 + 0.5 * noise(ago + 5))),
      },
      // 2. checkout: CPU pinned at 96% for the last 45 minutes; storefront quiet.
      {
        namespace: 'AWS/ECS',
        metricName: 'CPUUtilization',
        dimensions: ecs('pp-web-production', 'checkout'),
        unit: 'Percent',
        value: (ago) => (ago < 45 ? 96 + 2 * noise(ago) : 35 + 5 * noise(ago)),
      },
      { namespace: 'AWS/ECS', metricName: 'MemoryUtilization', dimensions: ecs('pp-web-production', 'checkout'), unit: 'Percent', value: (ago) => 62 + 3 * noise(ago + 11) },
      { namespace: 'AWS/ECS', metricName: 'CPUUtilization', dimensions: ecs('pp-web-production', 'storefront'), unit: 'Percent', value: (ago) => 40 + 6 * noise(ago + 13) },
      // 3. orders-db: read latency from 2 ms to 9 ms three hours ago; 4. its disk fills at 2 GiB an hour.
      { namespace: 'AWS/RDS', metricName: 'ReadLatency', dimensions: db('orders-db'), unit: 'Seconds', value: (ago) => (ago < 180 ? 0.009 : 0.002) * (1 + 0.15 * noise(ago + 17)) },
      {
        namespace: 'AWS/RDS',
        metricName: 'FreeStorageSpace',
        dimensions: db('orders-db'),
        unit: 'Bytes',
        value: (ago) => 14 * GIB + (ago / 60) * 2 * GIB + 0.05 * GIB * noise(ago + 19),
      },
      { namespace: 'AWS/RDS', metricName: 'CPUUtilization', dimensions: db('orders-db'), unit: 'Percent', value: (ago) => 45 + 8 * noise(ago + 23) },
      // Quiet: the replica.
      { namespace: 'AWS/RDS', metricName: 'CPUUtilization', dimensions: db('orders-db-replica'), unit: 'Percent', value: (ago) => 20 + 4 * noise(ago + 29) },
      { namespace: 'AWS/RDS', metricName: 'ReadLatency', dimensions: db('orders-db-replica'), unit: 'Seconds', value: (ago) => 0.0015 * (1 + 0.2 * noise(ago + 31)) },
    ],
    DEMO_METRIC_MINUTES,
    now,
    DEMO_METRIC_STEP_MINUTES,
  );
}
