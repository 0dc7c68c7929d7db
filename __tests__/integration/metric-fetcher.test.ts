// The GetMetricData edge where the emulator cannot answer: pagination (it never pages), throttling
// and denial. Responses use the documented awsJson1_0 shapes of GetMetricData.

import nock from 'nock';
import { fetchMetricPlan } from '../../src/telemetry/metrics/metric-fetcher.js';
import { planMetricCalls } from '../../src/telemetry/metrics/metric-planner.js';
import { anEcsService, NOW } from '../support/builders.js';
import { collectorContext } from '../support/collector-context.js';
import { useEmulator } from '../support/emulator.js';

const emulator = useEmulator();
const TARGET = 'GraniteServiceVersion20100801.GetMetricData';
const window = { from: new Date(NOW.getTime() - 3_600_000), to: NOW };
const plan = () => planMetricCalls([anEcsService()], window, NOW, { maxPointsPerSeries: 720 });
const seconds = (minutesAgo: number) => (NOW.getTime() - minutesAgo * 60_000) / 1000;

afterEach(() => nock.cleanAll());

describe('metric fetcher', () => {
  it('follows NextToken and joins each series across pages, in time order', async () => {
    const { context, gaps, clients } = collectorContext(emulator().endpoint, { maxAttempts: 1, concurrency: 1 });
    const bodies: Array<{ NextToken?: string }> = [];
    nock(emulator().endpoint)
      .post('/', (body: { NextToken?: string }) => (bodies.push(body), true))
      .matchHeader('x-amz-target', TARGET)
      .reply(200, {
        MetricDataResults: [
          { Id: 'q0', Label: 'CPUUtilization', Timestamps: [seconds(3), seconds(2)], Values: [41, 42], StatusCode: 'PartialData' },
          { Id: 'q1', Label: 'MemoryUtilization', Timestamps: [seconds(3)], Values: [70], StatusCode: 'PartialData' },
        ],
        NextToken: 'page-2',
        Messages: [],
      })
      .post('/')
      .matchHeader('x-amz-target', TARGET)
      .reply(200, (_uri, body) => {
        bodies.push(typeof body === 'string' ? JSON.parse(body) : (body as { NextToken?: string }));
        return {
          MetricDataResults: [
            { Id: 'q0', Label: 'CPUUtilization', Timestamps: [seconds(1)], Values: [43], StatusCode: 'Complete' },
            { Id: 'q1', Label: 'MemoryUtilization', Timestamps: [], Values: [], StatusCode: 'Complete' },
          ],
          Messages: [],
        };
      });
    const series = await fetchMetricPlan(context, plan());
    clients.destroy();
    expect(gaps).toEqual([]);
    expect(bodies.map((b) => b.NextToken)).toEqual([undefined, 'page-2']);
    const cpu = series.find((s) => s.query.spec.id === 'ecs_cpu')!;
    expect(cpu.values).toEqual([41, 42, 43]);
    expect(cpu.timestamps).toEqual([seconds(3), seconds(2), seconds(1)].map((s) => s * 1000));
    expect(series.find((s) => s.query.spec.id === 'ecs_memory')!.values).toEqual([70]);
  });

  it('reports throttling that outlasts the retries as one gap, without splitting the call', async () => {
    const { context, gaps, clients } = collectorContext(emulator().endpoint, { maxAttempts: 2, concurrency: 1 });
    const scope = nock(emulator().endpoint)
      .post('/')
      .matchHeader('x-amz-target', TARGET)
      .times(2)
      .reply(400, { __type: 'com.amazonaws.cloudwatch#Throttling', message: 'Rate exceeded' });
    const series = await fetchMetricPlan(context, plan());
    const calls = clients.counter.snapshot().byOperation.find((o) => o.operation === 'GetMetricData');
    clients.destroy();
    expect(scope.isDone()).toBe(true);
    expect(series).toEqual([]);
    expect(calls).toMatchObject({ calls: 1, requests: 2 });
    expect(gaps).toEqual([
      expect.objectContaining({
        operation: 'GetMetricData',
        iamAction: 'cloudwatch:GetMetricData',
        scope: '2 metrics of 1 resources',
        reason: expect.stringMatching(/^throttled beyond retries/),
      }),
    ]);
  });

  it('names the permission when GetMetricData is denied', async () => {
    const { context, gaps, clients } = collectorContext(emulator().endpoint, { maxAttempts: 1, concurrency: 1 });
    nock(emulator().endpoint).post('/').matchHeader('x-amz-target', TARGET).reply(400, {
      __type: 'com.amazonaws.cloudwatch#AccessDenied',
      message: 'User: arn:aws:sts::123456789012:assumed-role/monitor/ci is not authorized to perform: cloudwatch:GetMetricData',
    });
    await fetchMetricPlan(context, plan());
    clients.destroy();
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.reason).toMatch(/^access denied: grant cloudwatch:GetMetricData/);
  });

  it('reports a query CloudWatch refused inside a successful answer, and keeps the others', async () => {
    const { context, gaps, clients } = collectorContext(emulator().endpoint, { maxAttempts: 1, concurrency: 1 });
    nock(emulator().endpoint)
      .post('/')
      .matchHeader('x-amz-target', TARGET)
      .reply(200, {
        MetricDataResults: [
          { Id: 'q0', Label: 'CPUUtilization', Timestamps: [seconds(1)], Values: [41], StatusCode: 'Complete' },
          { Id: 'q1', Label: 'MemoryUtilization', Timestamps: [], Values: [], StatusCode: 'Forbidden', Messages: [{ Code: 'Forbidden', Value: 'not authorized for this metric' }] },
        ],
      });
    const series = await fetchMetricPlan(context, plan());
    clients.destroy();
    expect(series.map((s) => s.query.spec.id)).toEqual(['ecs_cpu']);
    expect(gaps).toEqual([
      expect.objectContaining({
        scope: 'metric AWS/ECS MemoryUtilization Average of ecs:service pp-web-production/checkout',
        reason: 'CloudWatch answered Forbidden for this query: not authorized for this metric',
      }),
    ]);
  });
});
