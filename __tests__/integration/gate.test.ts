// The post-deploy gate against the emulator: a seeded bad deploy (5xx and latency up, a new
// exception) fails it, a clean one passes, with the reasons in the report; the CLI exits 1 and 0.

import { spawn } from 'node:child_process';
import { CreateServiceCommand, ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import {
  CreateListenerCommand,
  CreateTargetGroupCommand,
  DescribeLoadBalancersCommand,
  DescribeTargetGroupsCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SETTINGS, defaultValue } from '../../src/config/settings.js';
import type { GateReport } from '../../src/gate/gate-report.js';
import { runGate } from '../../src/gate/run-gate.js';
import { renderGate } from '../../src/renderers/gate.js';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { GATE_DEPLOY_MINUTES_AGO, seedGateDeploys } from '../../tools/emulator/demo-gate.js';
import { noise, putSeries, type SeriesSeed } from '../../tools/emulator/demo-metrics.js';
import { EMULATOR_CREDENTIALS } from '../../tools/emulator/moto-server.js';
import { metricDimension } from '../../src/services/elbv2/collector.js';
import { aConfigReadingLogs } from '../support/builders.js';
import { githubSanitizerProblems, renderedDom, renderGfm, textOf } from '../support/render-markdown.js';
import { emulatorEnv, emulatorFactory, REGION, useEmulator } from '../support/emulator.js';

const emulator = useEmulator();
const now = new Date();
let deployTime: Date;

// The emulator cannot answer percentile queries, so p99 (critical by default) never has data here:
// with the defaults every gate in it is at best inconclusive. Most tests make only the 5xx rate critical.
const EMULATOR_CRITICAL = ['target_5xx_rate'];

const config = (criticalMetrics = EMULATOR_CRITICAL) => {
  const base = aConfigReadingLogs({ region: REGION });
  return { ...base, logs: { ...base.logs, errorPatterns: defaultValue(SETTINGS.logs.error_patterns) }, gate: { ...base.gate, criticalMetrics } };
};

async function gate(service: string, deploy?: Date, at = now, stack?: string, criticalMetrics?: string[]): Promise<GateReport> {
  const clients = emulatorFactory(emulator().endpoint, { maxAttempts: 1 });
  try {
    return await runGate({ clients, now: () => at, version: 'test' }, config(criticalMetrics), {
      cluster: 'pp-web-production',
      service,
      ...(deploy ? { deployTime: deploy } : {}),
      ...(stack ? { stack } : {}),
      watchMs: 0,
      intervalMs: 60_000,
    });
  } finally {
    clients.destroy();
  }
}

beforeAll(async () => {
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
  ({ deployTime } = await seedGateDeploys({ endpoint: emulator().endpoint, region: REGION }, now.getTime()));
}, 60_000);

describe('the post-deploy gate', () => {
  let bad: GateReport;
  let clean: GateReport;
  beforeAll(async () => {
    [bad, clean] = await Promise.all([gate('checkout', deployTime), gate('search-api', deployTime)]);
  }, 60_000);

  it('fails a deploy that raised errors and latency and brought a new exception, saying why', () => {
    expect(bad.result.verdict).toBe('fail');
    const verdicts = Object.fromEntries(bad.result.metrics.map((m) => [m.id, m.verdict]));
    expect(verdicts).toMatchObject({ target_5xx_rate: 'fail', response_time: 'fail', log_error_lines: 'fail', cpu: 'pass', requests: 'pass' });
    expect(bad.result.reasons.join('\n')).toMatch(/target 5xx rate \(critical\) rose from a median of 0\.1\d% to (4\.9\d|5\.0\d)% after the deploy/);
    expect(bad.result.newSignatures.map((s) => s.signature)).toEqual([
      expect.stringMatching(/^com\.shop\.payments\.CardVaultUnavailableException at com\.shop\.payments\.PaymentClient\.charge/),
    ]);
    // The steady "cache refresh failed" error was there before the deploy: not new.
    expect(bad.result.newSignatures.some((s) => /cache refresh/.test(s.signature))).toBe(false);
    expect(bad.deploy).toEqual({ at: deployTime.toISOString(), source: 'flag', taskDefinition: 'checkout:1' });
    expect(bad.service.targetGroups).toEqual(['checkout']);
  });

  it('passes a clean deploy: the same noise before and after, nothing new', () => {
    expect(clean.result.verdict).toBe('pass');
    expect(clean.result.newSignatures).toEqual([]);
    expect(clean.result.metrics.filter((m) => m.verdict === 'fail')).toEqual([]);
    expect(clean.result.score).toBe(100);
  });

  it('says what it could not judge instead of passing it silently', () => {
    // The emulator cannot answer percentile queries: p99 is "no data" and a coverage gap.
    const p99 = clean.result.metrics.find((m) => m.id === 'response_time_p99')!;
    expect(p99.verdict).toBe('nodata');
    expect(clean.coverage.some((g) => g.operation === 'GetMetricData')).toBe(true);
  });

  it('does not pass a clean deploy whose critical p99 has no data: inconclusive, naming the metric', async () => {
    const strict = await gate('search-api', deployTime, now, undefined, ['target_5xx_rate', 'response_time_p99']);
    expect(strict.result.verdict).toBe('inconclusive');
    expect(strict.result.reasons).toEqual([
      expect.stringMatching(/^response time p99 \(critical\) not judged: only 0 before and 0 after the deploy/),
      'a critical metric without data: a deploy is not passed without it',
    ]);
    expect(renderGate('text', strict)).toMatch(/^INCONCLUSIVE: 6 of 8 metrics had enough data \(6 passed\): not a pass$/m);
  }, 30_000);

  it('reads little: a few calls, whatever the account holds', () => {
    const calls = Object.fromEntries(bad.apiCalls.byOperation.map((o) => [o.operation, o.calls]));
    expect(calls).toMatchObject({ GetCallerIdentity: 1, DescribeServices: 1, DescribeTaskDefinition: 1, DescribeTargetGroups: 1 });
    expect(calls.ListClusters).toBeUndefined();
    expect(bad.apiCalls.total).toBeLessThanOrEqual(12);
  });

  it('reads logs as a scan does: user patterns past their CPU budget are a coverage gap, as in a scan', async () => {
    const starved = { ...config(), logs: { ...config().logs, patternBudgetMs: 0 } };
    const clients = emulatorFactory(emulator().endpoint, { maxAttempts: 1 });
    try {
      const report = await runGate({ clients, now: () => now, version: 'test' }, starved, {
        cluster: 'pp-web-production',
        service: 'checkout',
        deployTime,
        watchMs: 0,
        intervalMs: 60_000,
      });
      expect(report.coverage).toContainEqual(
        expect.objectContaining({ service: 'logs', operation: 'user patterns', reason: expect.stringMatching(/\(\[logs\] pattern_budget\)/) }),
      );
    } finally {
      clients.destroy();
    }
  }, 30_000);

  it('renders the verdict, the reasons and every metric in 100 columns', () => {
    const text = renderGate('text', bad);
    expect(text).toMatch(/^FAIL: score \d+(\.\d)? \(\d of \d metrics passed, 1 new error signature\); pass at 90, marginal at 70$/m);
    expect(text).toMatch(/^ {2}target 5xx rate \(critical\) +0\.1\d% +(4\.9\d|5\.0\d)% +\+\d+% +<0\.0001 {2}FAIL$/m);
    expect(text).toContain('NEW ERROR SIGNATURES (not seen before the deploy)');
    expect(text.split('\n').every((line) => line.length <= 100)).toBe(true);
  });

  it('the job summary renders as GitHub would: one row per metric, nothing the sanitizer strips', () => {
    const html = renderGfm(renderGate('markdown', bad));
    expect(githubSanitizerProblems(html)).toEqual([]);
    const rows = [...renderedDom(renderGate('markdown', bad)).querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map(textOf));
    expect(rows).toHaveLength(bad.result.metrics.length);
    expect(rows[0]).toEqual(['target 5xx rate (critical)', expect.stringMatching(/%$/), expect.stringMatching(/%$/), expect.stringMatching(/^\+\d+%$/), '<0.0001', 'fail']);
  });

  it('without --deploy-time it judges the latest ECS deployment, which here is seconds old: inconclusive, not pass', async () => {
    const latest = await gate('search-api', undefined, new Date());
    expect(latest.deploy.source).toBe('ecs-deployment');
    expect(latest.result.verdict).toBe('inconclusive');
    expect(latest.result.reasons.join(' ')).toMatch(/no data to judge: none of 8 metrics had enough points/);
  }, 30_000);

  it('with --watch, keeps waiting while inconclusive and ends inconclusive at its limit', async () => {
    let clock = Date.now();
    const clients = emulatorFactory(emulator().endpoint, { maxAttempts: 1 });
    const sleeps: number[] = [];
    const report = await runGate({ clients, now: () => new Date(clock), version: 'test', sleep: async (ms) => void (sleeps.push(ms), (clock += ms)) }, config(), {
      cluster: 'pp-web-production',
      service: 'search-api',
      watchMs: 3 * 60_000,
      intervalMs: 60_000,
    });
    clients.destroy();
    // Three agreeing checks settle a verdict, but never three inconclusive ones: it waited out the watch.
    expect(report.checks).toEqual(['inconclusive', 'inconclusive', 'inconclusive', 'inconclusive']);
    expect(sleeps).toEqual([60_000, 60_000, 60_000]);
    expect(report.result.verdict).toBe('inconclusive');
  }, 60_000);

  it('names an endpoint it cannot reach, as the scan does, instead of an unexpected error', async () => {
    const clients = emulatorFactory('http://127.0.0.1:1', { maxAttempts: 1 });
    await expect(
      runGate({ clients, now: () => now, version: 'test' }, config(), { cluster: 'pp-web-production', service: 'checkout', deployTime, watchMs: 0, intervalMs: 60_000 }),
    ).rejects.toThrow(/^could not reach AWS: connection refused by (http:\/\/)?127\.0\.0\.1:1: nothing is listening there/);
    clients.destroy();
  }, 30_000);

  it('takes the deploy time from a CloudFormation stack when asked, and names a stack that does not exist', async () => {
    const viaStack = await gate('search-api', undefined, new Date(), 'pp-web-production');
    expect(viaStack.deploy).toMatchObject({ source: 'cloudformation-stack', stack: 'pp-web-production' });
    await expect(gate('search-api', undefined, new Date(), 'pp-nope-production')).rejects.toThrow(
      /^stack pp-nope-production not found \(account 123456789012, us-east-2\); check --stack$/,
    );
  }, 30_000);

  it('the CLI exits 1 on the bad deploy, 0 on the clean one, and 3 when a critical metric has no data', async () => {
    const cli = (service: string, critical = EMULATOR_CRITICAL.join(',')) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const args = ['--import', pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href, join(process.cwd(), 'src/cli/index.ts')];
        const child = spawn(
          process.execPath,
          [...args, 'gate', '--cluster', 'pp-web-production', '--service', service, '--deploy-time', deployTime.toISOString(), '--format', 'json'],
          {
            env: emulatorEnv(emulator().endpoint, { AWS_MONITOR_GATE_CRITICAL_METRICS: critical }),
          },
        );
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });
    const [failed, passed, inconclusive] = await Promise.all([cli('checkout'), cli('search-api'), cli('search-api', 'target_5xx_rate,response_time_p99')]);
    expect(failed.stderr).toBe('');
    expect(failed.status).toBe(1);
    expect(JSON.parse(failed.stdout).result.verdict).toBe('fail');
    expect(passed.status).toBe(0);
    expect(inconclusive.status).toBe(3);
    expect(JSON.parse(inconclusive.stdout).result.verdict).toBe('inconclusive');
  }, 60_000);
});

describe('a service behind two target groups', () => {
  // orders: a public group (1,000 requests a minute, 0.1 % 5xx throughout) and an internal one
  // (20 a minute) whose 5xx go from none to 10 % after the deploy. Pooled, the 5xx rate moves
  // from 0.1 % to 0.3 %, under the 0.5-point floor: judged as one, the deploy would pass.
  let report: GateReport;
  beforeAll(async () => {
    const target = { endpoint: emulator().endpoint, region: REGION };
    const elb = new ElasticLoadBalancingV2Client({ ...target, credentials: EMULATOR_CREDENTIALS });
    const ecs = new ECSClient({ ...target, credentials: EMULATOR_CREDENTIALS });
    const lbArn = (await elb.send(new DescribeLoadBalancersCommand({ Names: ['pp-web-public'] }))).LoadBalancers![0]!.LoadBalancerArn!;
    const vpc = (await elb.send(new DescribeTargetGroupsCommand({ Names: ['checkout'] }))).TargetGroups![0]!.VpcId!;
    const arns: string[] = [];
    for (const [name, port] of [
      ['orders-public', 8090],
      ['orders-internal', 8091],
    ] as const) {
      const group = (await elb.send(new CreateTargetGroupCommand({ Name: name, Protocol: 'HTTP', Port: 8080, VpcId: vpc }))).TargetGroups![0]!;
      await elb.send(
        new CreateListenerCommand({ LoadBalancerArn: lbArn, Protocol: 'HTTP', Port: port, DefaultActions: [{ Type: 'forward', TargetGroupArn: group.TargetGroupArn }] }),
      );
      arns.push(group.TargetGroupArn!);
    }
    // No log configuration: this test is about the load balancer's metrics.
    await ecs.send(new RegisterTaskDefinitionCommand({ family: 'orders', containerDefinitions: [{ name: 'orders', image: 'orders:1', memory: 512, essential: true }] }));
    await ecs.send(
      new CreateServiceCommand({
        cluster: 'pp-web-production',
        serviceName: 'orders',
        taskDefinition: 'orders',
        desiredCount: 2,
        loadBalancers: arns.map((targetGroupArn) => ({ targetGroupArn, containerName: 'orders', containerPort: 8080 })),
      }),
    );
    elb.destroy();
    ecs.destroy();
    const lb = metricDimension(lbArn, 'loadbalancer/')!;
    const after = (ago: number) => ago < GATE_DEPLOY_MINUTES_AGO;
    const series: SeriesSeed[] = [];
    for (const [i, arn] of arns.entries()) {
      const dims = [
        { Name: 'TargetGroup', Value: metricDimension(arn, 'targetgroup/')! },
        { Name: 'LoadBalancer', Value: lb },
      ];
      const requests = () => (i === 0 ? 1000 : 20);
      const errors = (ago: number) => (i === 0 ? Math.round(1 + noise(ago + 3)) : after(ago) ? 2 : 0);
      series.push(
        { namespace: 'AWS/ApplicationELB', metricName: 'RequestCount', dimensions: dims, unit: 'Count', value: requests },
        { namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_5XX_Count', dimensions: dims, unit: 'Count', value: errors },
        { namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', dimensions: dims, unit: 'Seconds', value: (ago) => 0.2 * (1 + 0.1 * noise(ago + 40 * i)) },
      );
    }
    await putSeries(target, series, 60, now.getTime());
    report = await gate('orders', deployTime);
  }, 60_000);

  it('judges each group on its own and fails the deploy that broke the small one, naming it', () => {
    const byId = Object.fromEntries(report.result.metrics.map((m) => [m.id, m]));
    expect([...report.service.targetGroups].sort()).toEqual(['orders-internal', 'orders-public']);
    expect(byId['target_5xx_rate:orders-public']).toMatchObject({ label: 'target 5xx rate (orders-public)', verdict: 'pass', critical: true });
    expect(byId['target_5xx_rate:orders-internal']).toMatchObject({ label: 'target 5xx rate (orders-internal)', verdict: 'fail', critical: true });
    expect(byId['response_time:orders-public']!.verdict).toBe('pass');
    expect(byId['response_time:orders-internal']!.verdict).toBe('pass');
    // The service's own metrics once, without a group's name.
    expect(report.result.metrics.filter((m) => m.id.startsWith('cpu'))).toHaveLength(1);
    expect(report.result.verdict).toBe('fail');
    expect(report.result.reasons.join('\n')).toMatch(
      /target 5xx rate \(orders-internal\) \(critical\) rose from (a median|an average) of 0% to (9\.\d+|10(\.0+)?)% after the deploy/,
    );
    // Both groups in one DescribeTargetGroups call and one GetMetricData call per window.
    const calls = Object.fromEntries(report.apiCalls.byOperation.map((o) => [o.operation, o.calls]));
    expect(calls.DescribeTargetGroups).toBe(1);
  });

  it('keeps the critical mark and 100 columns when the name of a group makes the label long', () => {
    const text = renderGate('text', report);
    expect(text).toMatch(/^ {2}target 5xx rate \(orders-internal\) \(critical\) +0% +(9\.\d+|10(\.0+)?)% .* FAIL$/m);
    expect(text.split('\n').every((line) => line.length <= 100)).toBe(true);
  });
});
