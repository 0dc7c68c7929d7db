// Seeds two deploys 30 minutes ago into the demo account (after seedDemoAccount), for the gate:
//   - checkout, a bad deploy: its target group's 5xx go from 0.1 % to 5 % of requests, response
//     time from 0.2 s to 0.5 s, and a new exception appears in its logs;
//   - search-api, a clean deploy: the same noise before and after, nothing new in its logs.
// One point a minute for the hour around the deploy. Write calls live here (tools/), never in src/.

import { CloudWatchLogsClient, CreateLogGroupCommand, CreateLogStreamCommand, PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { DescribeLoadBalancersCommand, DescribeTargetGroupsCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { metricDimension } from '../../src/services/elbv2/collector.js';
import type { SeedTarget } from './demo-account.js';
import { noise, putSeries, type SeriesSeed } from './demo-metrics.js';
import { EMULATOR_CREDENTIALS } from './moto-server.js';

const MINUTE = 60_000;
export const GATE_DEPLOY_MINUTES_AGO = 30;
const SPAN_MINUTES = 60;

export async function seedGateDeploys(target: SeedTarget, now = Date.now()): Promise<{ deployTime: Date }> {
  const elb = new ElasticLoadBalancingV2Client({ region: target.region, endpoint: target.endpoint, credentials: EMULATOR_CREDENTIALS });
  const lbArn = (await elb.send(new DescribeLoadBalancersCommand({ Names: ['pp-web-public'] }))).LoadBalancers![0]!.LoadBalancerArn!;
  const groups = (await elb.send(new DescribeTargetGroupsCommand({ LoadBalancerArn: lbArn }))).TargetGroups ?? [];
  elb.destroy();
  const lb = metricDimension(lbArn, 'loadbalancer/')!;
  const series: SeriesSeed[] = [];
  for (const [service, bad] of [
    ['checkout', true],
    ['search-api', false],
  ] as const) {
    const tg = metricDimension(groups.find((g) => g.TargetGroupName === service)!.TargetGroupArn, 'targetgroup/')!;
    const dims = [
      { Name: 'TargetGroup', Value: tg },
      { Name: 'LoadBalancer', Value: lb },
    ];
    const after = (ago: number) => bad && ago < GATE_DEPLOY_MINUTES_AGO;
    const seed = service === 'checkout' ? 1 : 1000;
    const requests = (ago: number) => Math.round(1000 * (1 + 0.05 * noise(ago + seed)));
    series.push(
      { namespace: 'AWS/ApplicationELB', metricName: 'RequestCount', dimensions: dims, unit: 'Count', value: requests },
      {
        namespace: 'AWS/ApplicationELB',
        metricName: 'HTTPCode_Target_5XX_Count',
        dimensions: dims,
        unit: 'Count',
        value: (ago) => Math.round(requests(ago) * (after(ago) ? 0.05 : 0.001 * (1 + noise(ago + seed + 7)))),
      },
      {
        namespace: 'AWS/ApplicationELB',
        metricName: 'TargetResponseTime',
        dimensions: dims,
        unit: 'Seconds',
        value: (ago) => (after(ago) ? 0.5 : 0.2) * (1 + 0.1 * noise(ago + seed + 13)),
      },
      {
        namespace: 'AWS/ECS',
        metricName: 'CPUUtilization',
        dimensions: [
          { Name: 'ClusterName', Value: 'pp-web-production' },
          { Name: 'ServiceName', Value: service },
        ],
        unit: 'Percent',
        value: (ago) => 40 + 3 * noise(ago + seed + 21),
      },
    );
  }
  await putSeries(target, series, SPAN_MINUTES, now);
  await seedGateLogs(target, now);
  return { deployTime: new Date(Math.floor(now / MINUTE) * MINUTE - GATE_DEPLOY_MINUTES_AGO * MINUTE) };
}

async function seedGateLogs(target: SeedTarget, now: number): Promise<void> {
  const logs = new CloudWatchLogsClient({ region: target.region, endpoint: target.endpoint, credentials: EMULATOR_CREDENTIALS });
  const end = Math.floor(now / MINUTE) * MINUTE;
  try {
    for (const [service, bad] of [
      ['checkout', true],
      ['search-api', false],
    ] as const) {
      const group = `/ecs/${service}`;
      const stream = `ecs/${service}/0f1e2d3c4b5a`;
      await logs.send(new CreateLogGroupCommand({ logGroupName: group })).catch(() => undefined);
      await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: stream }));
      const events: Array<{ timestamp: number; message: string }> = [];
      for (let ago = SPAN_MINUTES - 1; ago >= 0; ago -= 1) {
        const at = end - ago * MINUTE;
        const time = new Date(at).toISOString();
        events.push({ timestamp: at, message: `${time} INFO 1 --- [${service}] [nio-8080-exec-1] c.s.web.RequestLog : GET /api/${service} 200` });
        // A known, steady error before and after: not new, not rising.
        if (ago % 5 === 0) events.push({ timestamp: at + 1, message: `${time} ERROR 1 --- [${service}] [scheduling-1] c.s.cache.Refresher : cache refresh failed, will retry` });
        if (bad && ago < GATE_DEPLOY_MINUTES_AGO && ago % 2 === 0) {
          events.push(
            { timestamp: at + 2, message: `${time} ERROR 1 --- [${service}] [nio-8080-exec-3] c.s.payments.PaymentClient : Charge failed` },
            { timestamp: at + 2, message: 'com.shop.payments.CardVaultUnavailableException: vault answered 503' },
            { timestamp: at + 2, message: '\tat com.shop.payments.PaymentClient.charge(PaymentClient.java:141)' },
            { timestamp: at + 2, message: '\tat com.shop.checkout.CheckoutService.pay(CheckoutService.java:77)' },
          );
        }
      }
      await logs.send(new PutLogEventsCommand({ logGroupName: group, logStreamName: stream, logEvents: events }));
    }
  } finally {
    logs.destroy();
  }
}
