// The two log engines at the AWS edge. FilterLogEvents and DescribeLogGroups run against the
// emulator with real groups, streams and events. Logs Insights runs against nock: the emulator
// cannot answer stats queries, so StartQuery / GetQueryResults / StopQuery answer with the shapes
// of the CloudWatch Logs API reference (awsJson1_1, X-Amz-Target Logs_20140328.<Operation>).

import { CloudWatchLogsClient, CreateLogGroupCommand, CreateLogStreamCommand, PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import nock from 'nock';
import { readWithInsights } from '../../src/telemetry/logs/insights-engine.js';
import { type LogGroupInfo, planLogRead } from '../../src/telemetry/logs/log-planner.js';
import { describeLogGroups, readLogs } from '../../src/telemetry/logs/log-reader.js';
import type { LogCounter, LogReadRequest, LogSource } from '../../src/telemetry/logs/log-types.js';
import { TokenBucket } from '../../src/telemetry/logs/token-bucket.js';
import { collectorContext } from '../support/collector-context.js';
import { emulatorClientConfig, useEmulator } from '../support/emulator.js';

const emulator = useEmulator();
const MIN = 60_000;
const HOUR = 60 * MIN;
const MB = 1_048_576;

const source = (logGroup: string, streamPrefix?: string): LogSource => ({
  id: streamPrefix ? `${logGroup}|${streamPrefix}` : logGroup,
  logGroup,
  ...(streamPrefix ? { streamPrefix } : {}),
  kind: 'application',
  resource: { type: 'logs:log-group', id: logGroup },
});
const COUNTERS: LogCounter[] = [{ id: 'total' }, { id: 'errors', pattern: '\\bERROR\\b' }, { id: 'timeouts', pattern: 'timeout', ignoreCase: true }];
const KEEP: LogCounter = { id: 'keep', pattern: 'ERROR|WARN' };
const zeros = (n = 12) => new Array<number>(n).fill(0);
const withBins = (values: Record<number, number>, n = 12) => zeros(n).map((v, i) => values[i] ?? v);
const fastBucket = () => new TokenBucket(1_000, 1_000);

afterEach(() => nock.cleanAll());

describe('FilterLogEvents and DescribeLogGroups against the emulator', () => {
  // The emulator takes events of the last 14 days only: the span is the hour starting two hours ago.
  const BASE = Math.floor((Date.now() - 2 * HOUR) / (5 * MIN)) * 5 * MIN;
  const END = BASE + HOUR;
  const WEB: Record<string, Array<[number, string]>> = {
    'web/app/t1': [
      [-MIN, 'ERROR before the span'],
      [MIN, 'INFO start'],
      [2 * MIN, 'ERROR db down'],
      [7 * MIN, 'WARN slow'],
      [12 * MIN, 'ERROR db down again'],
      [61 * MIN, 'ERROR after the span'],
    ],
    'web/app/t2': [
      [1.5 * MIN, 'request timeout'],
      [6 * MIN, 'ERROR Timeout contacting payments'],
      [59 * MIN, 'INFO ok'],
    ],
    'worker/app/t3': [
      [3 * MIN, 'ERROR worker crash'],
      [8 * MIN, 'INFO worker'],
    ],
  };
  const BUSY = Array.from({ length: 23 }, (_, i): [number, string] => [10_000 + i * 30_000, `INFO tick ${i}`]);
  // awslogs without a multiline pattern: every line of a trace is its own event, in two streams.
  const TRACE_LINES = [
    'ERROR charge failed',
    'java.lang.IllegalStateException: pool closed',
    '\tat com.shop.Pay.charge(Pay.java:42)',
    '\tat com.shop.Api.post(Api.java:9)',
    'Caused by: java.io.IOException: broken pipe',
    '\tat com.shop.Net.write(Net.java:7)',
    '\t... 2 more',
  ];
  const TRACES: Record<string, Array<[number, string]>> = Object.fromEntries(
    ['pay/app/a', 'pay/app/b'].map((stream, s) => [
      stream,
      Array.from({ length: 12 }, (_, k) => [
        [k * 4 * MIN + s * MIN, `INFO request ${k}`] as [number, string],
        ...TRACE_LINES.slice(1).map((line, i): [number, string] => [k * 4 * MIN + s * MIN + 1_000 + i, line]),
      ]).flat(),
    ]),
  );
  const inSpan = (events: Array<[number, string]>) => events.filter(([offset]) => offset >= 0 && offset < HOUR);

  beforeAll(async () => {
    const logs = new CloudWatchLogsClient(emulatorClientConfig(emulator().endpoint));
    const seed = async (group: string, streams: Record<string, Array<[number, string]>>) => {
      await logs.send(new CreateLogGroupCommand({ logGroupName: group }));
      for (const [stream, events] of Object.entries(streams)) {
        await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: stream }));
        // One call per stream, in time order, as PutLogEvents requires.
        const sorted = [...events].sort((a, b) => a[0] - b[0]);
        await logs.send(
          new PutLogEventsCommand({ logGroupName: group, logStreamName: stream, logEvents: sorted.map(([offset, message]) => ({ timestamp: BASE + offset, message })) }),
        );
      }
    };
    await seed('/ecs/web', WEB);
    await seed('/ecs/busy', { s1: BUSY });
    await seed('/ecs/traces', TRACES);
    logs.destroy();
  }, 30_000);

  const request = (sources: LogSource[], overrides: Partial<LogReadRequest> = {}): LogReadRequest => ({
    sources,
    startMs: BASE,
    endMs: END,
    binSeconds: 300,
    counters: COUNTERS,
    keep: KEEP,
    maxKeptEvents: 100,
    ...overrides,
  });
  const context = () => collectorContext(emulator().endpoint, { now: new Date(), maxAttempts: 1 });
  function captureFilterInputs(clients: ReturnType<typeof context>['clients']): Array<Record<string, unknown>> {
    const inputs: Array<Record<string, unknown>> = [];
    clients.get(CloudWatchLogsClient).middlewareStack.add(
      ((next: (args: unknown) => Promise<unknown>, ctx: { commandName?: string }) => async (args: { input: Record<string, unknown> }) => {
        if (ctx.commandName === 'FilterLogEventsCommand') inputs.push(args.input);
        return next(args);
      }) as never,
      { step: 'initialize', name: 'testCaptureFilterInput' },
    );
    return inputs;
  }

  it('counts per bin, keeps matching lines in time order, and narrows to a stream prefix', async () => {
    const { context: ctx, gaps, clients, calls } = context();
    const inputs = captureFilterInputs(clients);
    const { result, plan } = await readLogs(ctx, request([source('/ecs/web'), source('/ecs/web', 'web/')]), {
      engine: 'filter',
      scanBudgetBytes: MB,
      filterMaxBytes: MB,
      filter: { rateLimiter: fastBucket() },
    });
    const measured = calls();
    clients.destroy();

    expect(gaps).toEqual([]);
    expect(plan.engine).toBe('filter');
    expect(result.engine).toBe('filter');
    const [whole, web] = result.sources;
    expect(whole!.source.id).toBe('/ecs/web');
    expect(whole!.counts).toEqual({ total: withBins({ 0: 4, 1: 3, 2: 1, 11: 1 }), errors: withBins({ 0: 2, 1: 1, 2: 1 }), timeouts: withBins({ 0: 1, 1: 1 }) });
    // The emulator returns one stream after another; the engine orders by time.
    expect(whole!.events.map((e) => [e.timestamp - BASE, e.message, e.logStream])).toEqual([
      [2 * MIN, 'ERROR db down', 'web/app/t1'],
      [3 * MIN, 'ERROR worker crash', 'worker/app/t3'],
      [6 * MIN, 'ERROR Timeout contacting payments', 'web/app/t2'],
      [7 * MIN, 'WARN slow', 'web/app/t1'],
      [12 * MIN, 'ERROR db down again', 'web/app/t1'],
    ]);
    expect(whole!.eventsTruncated).toBe(false);

    expect(web!.source.id).toBe('/ecs/web|web/');
    expect(web!.counts).toEqual({ total: withBins({ 0: 3, 1: 2, 2: 1, 11: 1 }), errors: withBins({ 0: 1, 1: 1, 2: 1 }), timeouts: withBins({ 0: 1, 1: 1 }) });
    expect(web!.events.map((e) => e.message)).toEqual(['ERROR db down', 'ERROR Timeout contacting payments', 'WARN slow', 'ERROR db down again']);

    expect(inputs).toEqual([
      { logGroupName: '/ecs/web', startTime: BASE, endTime: END - 1 },
      { logGroupName: '/ecs/web', logStreamNamePrefix: 'web/', startTime: BASE, endTime: END - 1 },
    ]);
    expect(measured).toMatchObject({ DescribeLogGroups: 1, FilterLogEvents: 2 });
    // Estimated bytes: every message the two reads received (the emulator ignores the prefix, so both get all of them).
    const received = Object.values(WEB)
      .flatMap(inSpan)
      .reduce((sum, [, m]) => sum + m.length, 0);
    expect(result.bytesScanned).toBe(2 * received);
  });

  it('keeps at most maxKeptEvents per source, a sample in time order, and says more matched; counts stay complete', async () => {
    const { context: ctx, gaps, clients } = context();
    const all = await readLogs(ctx, request([source('/ecs/web')]), { engine: 'filter', scanBudgetBytes: MB, filterMaxBytes: MB, filter: { rateLimiter: fastBucket() } });
    const { result } = await readLogs(ctx, request([source('/ecs/web')], { maxKeptEvents: 2 }), {
      engine: 'filter',
      scanBudgetBytes: MB,
      filterMaxBytes: MB,
      filter: { rateLimiter: fastBucket() },
    });
    clients.destroy();
    expect(gaps).toEqual([]);
    const kept = result.sources[0]!.events;
    expect(all.result.sources[0]!.events.length).toBeGreaterThan(2);
    expect(kept).toHaveLength(2);
    for (const event of kept) expect(all.result.sources[0]!.events).toContainEqual(event);
    expect(kept[0]!.timestamp).toBeLessThanOrEqual(kept[1]!.timestamp);
    expect(result.sources[0]!.eventsTruncated).toBe(true);
    expect(result.sources[0]!.counts.errors).toEqual(withBins({ 0: 2, 1: 1, 2: 1 }));
  });

  it('past the cap keeps whole stack traces: every kept trace has all its lines, per stream', async () => {
    const { context: ctx, gaps, clients } = context();
    const keep = { id: 'keep', pattern: 'Exception|^\\s+at |^Caused by|\\.\\.\\. \\d+ more' };
    const { result } = await readLogs(ctx, request([source('/ecs/traces')], { keep, maxKeptEvents: 20 }), {
      engine: 'filter',
      scanBudgetBytes: MB,
      filterMaxBytes: MB,
      filter: { rateLimiter: fastBucket() },
    });
    clients.destroy();
    expect(gaps).toEqual([]);
    const kept = result.sources[0]!;
    expect(kept.eventsTruncated).toBe(true);
    expect(kept.events.length).toBeGreaterThan(0);
    expect(kept.events.length).toBeLessThanOrEqual(20);
    // Group the kept lines by stream and second: each trace was logged within one second.
    const traces = new Map<string, string[]>();
    for (const e of kept.events) {
      const key = `${e.logStream}@${Math.floor((e.timestamp - BASE) / 1000)}`;
      traces.set(key, [...(traces.get(key) ?? []), e.message]);
    }
    for (const lines of traces.values()) expect(lines).toEqual(TRACE_LINES.slice(1));
  });

  it('follows nextToken through every page, one request per page, at most 5 requests a second by default', async () => {
    const { context: ctx, gaps, clients, calls } = context();
    const inputs = captureFilterInputs(clients);
    const time = fakeTime();
    const { result } = await readLogs(ctx, request([source('/ecs/busy')], { keep: { id: 'keep', pattern: 'tick 2\\d' } }), {
      engine: 'filter',
      scanBudgetBytes: MB,
      filterMaxBytes: MB,
      filter: { ...time.options, pageLimit: 5 },
    });
    const measured = calls();
    clients.destroy();
    expect(gaps).toEqual([]);
    expect(measured.FilterLogEvents).toBe(5);
    // The first request goes at once; each next one waits for a token (fake clock: the engine's sends take no time).
    expect(time.sleeps).toEqual([200, 200, 200, 200]);
    expect(inputs.map((i) => typeof i.nextToken)).toEqual(['undefined', 'string', 'string', 'string', 'string']);
    const busy = result.sources[0]!;
    // 23 events, one every 30 s from 10 s in: 10 in each of the first two 5-minute bins, 3 in the third.
    expect(busy.counts.total).toEqual(withBins({ 0: 10, 1: 10, 2: 3 }));
    expect(busy.events.map((e) => e.message)).toEqual(['INFO tick 20', 'INFO tick 21', 'INFO tick 22']);
  });

  it('stops at the page limit with a gap saying how far it got, and leaves the incomplete source out', async () => {
    const { context: ctx, gaps, clients, calls } = context();
    const { result } = await readLogs(ctx, request([source('/ecs/busy'), source('/ecs/web')]), {
      engine: 'filter',
      scanBudgetBytes: MB,
      filterMaxBytes: MB,
      filter: { rateLimiter: fastBucket(), pageLimit: 5, maxPagesPerSource: 2 },
    });
    const measured = calls();
    clients.destroy();
    expect(result.sources.map((s) => s.source.id)).toEqual(['/ecs/web']);
    // Two pages of /ecs/busy, then the cap; two pages of /ecs/web (9 events at 5 a page).
    expect(measured.FilterLogEvents).toBe(4);
    const lastRead = new Date(BASE + 10_000 + 9 * 30_000).toISOString();
    expect(gaps).toEqual([
      {
        service: 'logs',
        operation: 'FilterLogEvents',
        iamAction: 'logs:FilterLogEvents',
        scope: 'log group /ecs/busy of logs:log-group /ecs/busy',
        reason: expect.stringContaining(`stopped after 2 pages (10 events, up to ${lastRead}) of a span ending ${new Date(END).toISOString()}`),
      },
    ]);
  });

  it('reports a group that does not exist as a gap and reads the others', async () => {
    const { context: ctx, gaps, clients, calls } = context();
    const { result, plan } = await readLogs(ctx, request([source('/ecs/web'), source('/does/not/exist')]), {
      engine: 'auto',
      scanBudgetBytes: MB,
      filterMaxBytes: MB,
      filter: { rateLimiter: fastBucket() },
    });
    const measured = calls();
    clients.destroy();
    expect(gaps).toEqual([
      {
        service: 'logs',
        operation: 'DescribeLogGroups',
        iamAction: 'logs:DescribeLogGroups',
        scope: 'log group /does/not/exist of logs:log-group /does/not/exist',
        reason: 'log group /does/not/exist does not exist',
      },
    ]);
    expect(plan.engine).toBe('filter');
    expect(plan.sources.map((s) => s.id)).toEqual(['/ecs/web']);
    expect(result.sources.map((s) => s.source.id)).toEqual(['/ecs/web']);
    expect(measured).toMatchObject({ DescribeLogGroups: 1, FilterLogEvents: 1 });
  });

  it('describes groups with their stored bytes and creation time', async () => {
    const { context: ctx, gaps, clients } = context();
    const described = await describeLogGroups(ctx, ['/ecs/web', '/ecs/busy', '/ecs/web']);
    clients.destroy();
    expect(gaps).toEqual([]);
    expect([...described.groups.keys()].sort()).toEqual(['/ecs/busy', '/ecs/web']);
    // The emulator stores what was put, message bytes only.
    expect(described.groups.get('/ecs/busy')!.storedBytes).toBe(BUSY.reduce((sum, [, m]) => sum + m.length, 0));
    expect(described.groups.get('/ecs/web')!.creationTime).toBeGreaterThan(Date.now() - 10 * MIN);
    expect(described.missing).toEqual([]);
  });
});

describe('DescribeLogGroups refused', () => {
  it('leaves the groups it could not size out of Logs Insights, with the reason, and starts no query', async () => {
    const { context, gaps, clients, calls } = collectorContext(emulator().endpoint, { maxAttempts: 1, concurrency: 1 });
    nock(emulator().endpoint)
      .post('/')
      .matchHeader('x-amz-target', 'Logs_20140328.DescribeLogGroups')
      .reply(400, { __type: 'AccessDeniedException', message: 'User: arn:aws:sts::123456789012:assumed-role/monitor/ci is not authorized to perform: logs:DescribeLogGroups' });
    const sources = [source('/ecs/web')];
    const { result, plan } = await readLogs(
      context,
      { sources, startMs: 0, endMs: HOUR, binSeconds: 300, counters: COUNTERS, keep: KEEP, maxKeptEvents: 10 },
      { engine: 'insights', scanBudgetBytes: MB, filterMaxBytes: 0 },
    );
    const measured = calls();
    clients.destroy();
    expect(result.sources).toEqual([]);
    expect(plan.skipped.map((s) => s.logGroup)).toEqual(['/ecs/web']);
    expect(measured).toEqual({ DescribeLogGroups: 1 });
    expect(gaps).toEqual([
      expect.objectContaining({
        service: 'logs',
        operation: 'DescribeLogGroups',
        iamAction: 'logs:DescribeLogGroups',
        reason: expect.stringMatching(/^access denied: grant logs:DescribeLogGroups/),
      }),
      expect.objectContaining({
        service: 'logs',
        operation: 'StartQuery',
        scope: 'log group /ecs/web of logs:log-group /ecs/web',
        reason: expect.stringMatching(/^not read: the size of log group \/ecs\/web is unknown .*\[logs\] scan_budget_mb/),
      }),
    ]);
  });
});

describe('DescribeLogGroups call count', () => {
  it('asks for up to 50 groups a call by name: 51 groups take 2 calls', async () => {
    const { context, gaps, clients, calls } = collectorContext(emulator().endpoint, { maxAttempts: 1, concurrency: 1 });
    const bodies: Array<{ logGroupIdentifiers: string[] }> = [];
    nock(emulator().endpoint)
      .persist()
      .post('/')
      .matchHeader('x-amz-target', 'Logs_20140328.DescribeLogGroups')
      .reply(200, (_uri, body) => {
        const request = json<{ logGroupIdentifiers: string[] }>(body);
        bodies.push(request);
        // The documented LogGroup shape; group 17 does not exist.
        return {
          logGroups: request.logGroupIdentifiers
            .filter((n) => n !== '/g/17')
            .map((logGroupName) => ({
              logGroupName,
              creationTime: 1_700_000_000_000,
              storedBytes: 1234,
              retentionInDays: 30,
              arn: `arn:aws:logs:us-east-2:123456789012:log-group:${logGroupName}:*`,
            })),
        };
      });
    const names = Array.from({ length: 51 }, (_, i) => `/g/${i}`);
    const described = await describeLogGroups(context, names);
    const measured = calls();
    clients.destroy();
    expect(gaps).toEqual([]);
    expect(measured.DescribeLogGroups).toBe(2);
    expect(bodies.map((b) => b.logGroupIdentifiers.length)).toEqual([50, 1]);
    expect(described.missing).toEqual(['/g/17']);
    expect(described.groups.get('/g/3')).toEqual({ logGroup: '/g/3', storedBytes: 1234, retentionInDays: 30, creationTime: 1_700_000_000_000 });
  });
});

// ---- Logs Insights against documented response shapes ----

interface StartBody {
  logGroupNames: string[];
  startTime: number;
  endTime: number;
  queryString: string;
  limit: number;
}
interface Answer {
  status: string;
  results?: Array<Array<{ field: string; value: string }>>;
  statistics?: { recordsMatched: number; recordsScanned: number; bytesScanned: number };
}

function json<T>(body: unknown): T {
  return (typeof body === 'string' ? JSON.parse(body) : body) as T;
}
const row = (fields: Record<string, string | number>) => Object.entries(fields).map(([field, value]) => ({ field, value: String(value) }));
const stats = (bytesScanned: number) => ({ recordsMatched: 0, recordsScanned: 0, bytesScanned });
const insightsTime = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

/** A scripted Insights: each StartQuery gets the answers `script` returns, one per GetQueryResults, the last repeating. */
function fakeInsights(endpoint: string, script: (start: StartBody, index: number) => Answer[], options: { allowUnmocked?: boolean } = {}) {
  const started: StartBody[] = [];
  const polls: string[] = [];
  const stopped: string[] = [];
  const answers = new Map<string, Answer[]>();
  const target = (operation: string) => `Logs_20140328.${operation}`;
  nock(endpoint, options)
    .persist()
    .post('/')
    .matchHeader('x-amz-target', target('StartQuery'))
    .reply(200, (_uri, body) => {
      const start = json<StartBody>(body);
      const queryId = `query-${started.length}`;
      answers.set(queryId, script(start, started.length));
      started.push(start);
      return { queryId };
    })
    .post('/')
    .matchHeader('x-amz-target', target('GetQueryResults'))
    .reply(200, (_uri, body) => {
      const { queryId } = json<{ queryId: string }>(body);
      polls.push(queryId);
      const queue = answers.get(queryId)!;
      return queue.length > 1 ? queue.shift()! : queue[0]!;
    })
    .post('/')
    .matchHeader('x-amz-target', target('StopQuery'))
    .reply(200, (_uri, body) => {
      stopped.push(json<{ queryId: string }>(body).queryId);
      return { success: true };
    });
  return { started, polls, stopped };
}

function fakeTime() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    options: {
      now: () => now,
      sleep: async (ms: number) => {
        sleeps.push(ms);
        now += ms;
      },
    },
  };
}

describe('Logs Insights engine', () => {
  const START = Date.parse('2026-11-25T10:00:00Z');
  const END = START + HOUR;
  const info = (logGroup: string): LogGroupInfo => ({ logGroup, storedBytes: 240 * MB, creationTime: START - 9 * 24 * HOUR });
  const insightsRequest = (sources: LogSource[], overrides: Partial<LogReadRequest> = {}): LogReadRequest => ({
    sources,
    startMs: START,
    endMs: END,
    binSeconds: 300,
    counters: COUNTERS,
    keep: KEEP,
    maxKeptEvents: 100,
    ...overrides,
  });
  const planFor = (request: LogReadRequest) =>
    planLogRead(
      {
        sources: request.sources,
        groups: new Map(request.sources.map((s) => [s.logGroup, info(s.logGroup)])),
        startMs: request.startMs,
        endMs: request.endMs,
        binSeconds: request.binSeconds,
        nowMs: END,
        queries: { stats: request.counters.length > 0, events: request.maxKeptEvents > 0 },
      },
      { engine: 'insights', scanBudgetBytes: 100 * 1024 * MB, filterMaxBytes: 0 },
    );
  const context = () => collectorContext(emulator().endpoint, { maxAttempts: 1, concurrency: 1 });

  it('maps counts to the right bins and sources, polls through Running to Complete, and sums bytesScanned of the final answers', async () => {
    const { context: ctx, gaps, clients, calls } = context();
    const time = fakeTime();
    const insights = fakeInsights(emulator().endpoint, (start) =>
      start.queryString.includes('stats')
        ? [
            { status: 'Running', statistics: stats(1_000) },
            { status: 'Running', statistics: stats(2_000) },
            {
              status: 'Complete',
              statistics: stats(4_096),
              results: [
                row({ 'bin(300s)': insightsTime(START), '@log': '123456789012:/ecs/web', awsmon_n0: 10, awsmon_n1: 2, awsmon_n2: 1 }),
                row({ 'bin(300s)': insightsTime(START + 5 * MIN), '@log': '123456789012:/ecs/web', awsmon_n0: 5, awsmon_n1: 0, awsmon_n2: 0 }),
                row({ 'bin(300s)': insightsTime(START + 55 * MIN), '@log': '123456789012:/ecs/api', awsmon_n0: 7, awsmon_n1: 3, awsmon_n2: 0 }),
                // The inclusive end second reaches the next bin: not ours.
                row({ 'bin(300s)': insightsTime(END), '@log': '123456789012:/ecs/api', awsmon_n0: 99, awsmon_n1: 99, awsmon_n2: 99 }),
              ],
            },
          ]
        : [
            { status: 'Scheduled' },
            {
              status: 'Complete',
              statistics: stats(1_024),
              results: [
                row({ '@timestamp': insightsTime(START + MIN + 500), '@message': 'ERROR db down', '@logStream': 'web/1', '@log': '123456789012:/ecs/web', '@ptr': 'p1' }),
                row({ '@timestamp': insightsTime(START + 2 * MIN), '@message': 'ERROR upstream', '@logStream': 'api/1', '@log': '123456789012:/ecs/api', '@ptr': 'p2' }),
                row({ '@timestamp': insightsTime(START + 3 * MIN), '@message': 'WARN slow', '@logStream': 'web/2', '@log': '123456789012:/ecs/web', '@ptr': 'p3' }),
              ],
            },
          ],
    );
    const request = insightsRequest([source('/ecs/web'), source('/ecs/api')]);
    const output = await readWithInsights(ctx, request, planFor(request), time.options);
    const measured = calls();
    clients.destroy();

    expect(gaps).toEqual([]);
    const [web, api] = output.sources;
    expect(web!.counts).toEqual({ total: withBins({ 0: 10, 1: 5 }), errors: withBins({ 0: 2 }), timeouts: withBins({ 0: 1 }) });
    expect(api!.counts).toEqual({ total: withBins({ 11: 7 }), errors: withBins({ 11: 3 }), timeouts: zeros() });
    expect(web!.events).toEqual([
      { timestamp: START + MIN + 500, message: 'ERROR db down', logStream: 'web/1' },
      { timestamp: START + 3 * MIN, message: 'WARN slow', logStream: 'web/2' },
    ]);
    expect(api!.events.map((e) => e.message)).toEqual(['ERROR upstream']);
    expect(output.bytesScanned).toBe(4_096 + 1_024);

    // What was sent: the documented parse/stats syntax, (?i) for the case-insensitive counter.
    const [statsQuery, eventsQuery] = [insights.started.find((s) => s.queryString.includes('stats'))!, insights.started.find((s) => !s.queryString.includes('stats'))!];
    expect(statsQuery).toEqual({
      logGroupNames: ['/ecs/web', '/ecs/api'],
      startTime: START / 1000,
      endTime: END / 1000,
      limit: 10_000,
      queryString:
        'parse @message /(?<awsmon_c1>\\bERROR\\b)/ | parse @message /(?i)(?<awsmon_c2>timeout)/ | stats count(*) as awsmon_n0, count(awsmon_c1) as awsmon_n1, count(awsmon_c2) as awsmon_n2 by bin(300s), @log',
    });
    expect(eventsQuery.queryString).toBe(
      'fields @timestamp, @message, @logStream, @log, (floor(toMillis(@timestamp) / 1000) * 389) % 997 as awsmon_phase | filter @message like /ERROR|WARN/ | sort awsmon_phase asc | limit 10000',
    );
    expect(measured).toMatchObject({ StartQuery: 2, GetQueryResults: 5 });
    expect(measured.StopQuery).toBeUndefined();
    // Each query waits 1 s before its first poll, then half as long again each time.
    expect([...time.sleeps].sort((a, b) => a - b)).toEqual([1_000, 1_000, 1_500, 1_500, 2_250]);
  });

  it('backs off polling up to 5 s, and stops a query still running at the deadline with a gap naming its groups', async () => {
    const { context: ctx, gaps, clients, calls } = context();
    const time = fakeTime();
    const insights = fakeInsights(emulator().endpoint, () => [{ status: 'Running', statistics: stats(7) }]);
    const request = insightsRequest([source('/ecs/web'), source('/ecs/api')], { maxKeptEvents: 0 });
    const output = await readWithInsights(ctx, request, planFor(request), { ...time.options, queryTimeoutMs: 15_000 });
    const measured = calls();
    clients.destroy();
    expect(time.sleeps).toEqual([1_000, 1_500, 2_250, 3_375, 5_000, 5_000]);
    expect(insights.stopped).toEqual(['query-0']);
    expect(measured).toMatchObject({ StartQuery: 1, GetQueryResults: 6, StopQuery: 1 });
    expect(output.sources).toEqual([]);
    expect(output.bytesScanned).toBe(7);
    expect(gaps).toEqual([
      {
        service: 'logs',
        operation: 'GetQueryResults',
        iamAction: 'logs:GetQueryResults',
        scope: 'Logs Insights stats query 2026-11-25T10:00:00.000Z to 2026-11-25T11:00:00.000Z over 2 log groups: /ecs/web, /ecs/api',
        reason: 'the query was still Running after 15 s and was stopped',
      },
    ]);
  });

  it('turns a Failed query into a gap naming the groups; the sources whose counts failed are left out', async () => {
    const { context: ctx, gaps, clients } = context();
    const time = fakeTime();
    fakeInsights(emulator().endpoint, (start) =>
      start.queryString.includes('stats') ? [{ status: 'Failed', statistics: stats(300) }] : [{ status: 'Complete', statistics: stats(200), results: [] }],
    );
    const request = insightsRequest([source('/ecs/web'), source('/ecs/api')]);
    const output = await readWithInsights(ctx, request, planFor(request), time.options);
    clients.destroy();
    expect(output.sources).toEqual([]);
    expect(output.bytesScanned).toBe(500);
    expect(gaps).toEqual([
      expect.objectContaining({
        service: 'logs',
        operation: 'GetQueryResults',
        scope: expect.stringMatching(/stats query .* over 2 log groups: \/ecs\/web, \/ecs\/api$/),
        reason: 'the query ended with status Failed',
      }),
    ]);
  });

  it('keeps the counts and marks events truncated when only the events query fails', async () => {
    const { context: ctx, gaps, clients } = context();
    fakeInsights(emulator().endpoint, (start) =>
      start.queryString.includes('stats')
        ? [
            {
              status: 'Complete',
              statistics: stats(1),
              results: [row({ 'bin(300s)': insightsTime(START), '@log': '123456789012:/ecs/web', awsmon_n0: 4, awsmon_n1: 1, awsmon_n2: 0 })],
            },
          ]
        : [{ status: 'Cancelled' }],
    );
    const request = insightsRequest([source('/ecs/web')]);
    const output = await readWithInsights(ctx, request, planFor(request), fakeTime().options);
    clients.destroy();
    expect(output.sources).toEqual([expect.objectContaining({ events: [], eventsTruncated: true })]);
    expect(output.sources[0]!.counts.total).toEqual(withBins({ 0: 4 }));
    expect(gaps).toEqual([expect.objectContaining({ scope: expect.stringContaining('events query'), reason: 'the query ended with status Cancelled' })]);
  });

  describe('more matching events than one answer holds', () => {
    // An Insights that evaluates the events queries over stored events as its query reference
    // documents: the groups and time range of StartQuery (whole seconds, both inclusive), `filter
    // @message like /re/`, the phase field computed from the query's own expression, `filter
    // awsmon_phase >= N`, `sort awsmon_phase asc` (ties in time order) and `limit N`.
    interface Stored {
      group: string;
      t: number;
      message: string;
    }
    function evaluatingInsights(stored: readonly Stored[]) {
      return fakeInsights(emulator().endpoint, (start) => {
        const q = start.queryString;
        const expression = /^fields @timestamp, @message, @logStream, @log, \(floor\(toMillis\(@timestamp\) \/ 1000\) \* (\d+)\) % (\d+) as awsmon_phase/.exec(q);
        if (!expression) throw new Error(`not an events query this fake evaluates: ${q}`);
        const phaseOf = (t: number) => (Math.floor(t / 1000) * Number(expression[1])) % Number(expression[2]);
        const like = /\| filter @message like \/(.*?)\/ \|/.exec(q);
        const fromPhase = Number(/\| filter awsmon_phase >= (\d+) \|/.exec(q)?.[1] ?? 0);
        const limit = Number(/\| sort awsmon_phase asc \| limit (\d+)$/.exec(q)![1]);
        const matched = stored
          .filter((e) => start.logGroupNames.includes(e.group) && e.t >= start.startTime * 1000 && e.t < (start.endTime + 1) * 1000)
          .filter((e) => !like || new RegExp(like[1]!).test(e.message))
          .map((e) => ({ ...e, phase: phaseOf(e.t) }))
          .filter((e) => e.phase >= fromPhase)
          .sort((a, b) => a.phase - b.phase || a.t - b.t)
          .slice(0, limit);
        const results = matched.map((e) =>
          row({ '@timestamp': insightsTime(e.t), '@message': e.message, '@logStream': 'web/1', '@log': `123456789012:${e.group}`, awsmon_phase: e.phase }),
        );
        return [{ status: 'Complete', statistics: stats(1_000 * start.logGroupNames.length), results }];
      });
    }
    const every = (group: string, fromMs: number, toMs: number, stepMs: number, message: string): Stored[] =>
      Array.from({ length: Math.ceil((toMs - fromMs) / stepMs) }, (_, i) => ({ group, t: fromMs + i * stepMs, message }));

    it('keeps a sample spread over the whole window, so an error that starts late is in it (the earliest 10,000 would end at 10:20)', async () => {
      const { context: ctx, gaps, clients, calls } = context();
      // 30,000 lines of one error over the hour, and 600 of a new one in its last 10 minutes.
      const stored = [...every('/ecs/web', START, END, 120, 'ERROR db down'), ...every('/ecs/web', END - 10 * MIN, END, 1_000, 'ERROR new failure')];
      evaluatingInsights(stored);
      const request = insightsRequest([source('/ecs/web')], { counters: [], maxKeptEvents: 10_000 });
      const output = await readWithInsights(ctx, request, planFor(request), fakeTime().options);
      const measured = calls();
      clients.destroy();
      expect(gaps).toEqual([]);
      const events = output.sources[0]!.events;
      expect(events.length).toBeGreaterThan(9_900);
      expect(events.length).toBeLessThanOrEqual(10_000);
      expect(output.sources[0]!.eventsTruncated).toBe(true);
      // The kept tenth of 30,600 lines: about a third of the new error's 600, not none.
      const late = events.filter((e) => e.message === 'ERROR new failure').length;
      expect(late).toBeGreaterThan(150);
      expect(late).toBeLessThan(250);
      // Every 5 minutes of the hour holds about a twelfth of the kept lines of the steady error.
      const perBin = withBins({});
      for (const e of events) if (e.message === 'ERROR db down') perBin[Math.floor((e.timestamp - START) / (5 * MIN))]! += 1;
      for (const n of perBin) expect(Math.abs(n - 9_800 / 12) / (9_800 / 12)).toBeLessThan(0.25);
      // Whole seconds: a kept second holds every line of that second, the one where the cap fell too.
      const keptSeconds = new Map<number, number>();
      for (const e of events) keptSeconds.set(Math.floor(e.timestamp / 1000), (keptSeconds.get(Math.floor(e.timestamp / 1000)) ?? 0) + 1);
      const storedSeconds = new Map<number, number>();
      for (const e of stored) storedSeconds.set(Math.floor(e.t / 1000), (storedSeconds.get(Math.floor(e.t / 1000)) ?? 0) + 1);
      expect([...keptSeconds].filter(([second, n]) => storedSeconds.get(second) !== n)).toEqual([]);
      // Time order for the digest, and the two queries it took.
      expect(events.map((e) => e.timestamp)).toEqual([...events.map((e) => e.timestamp)].sort((a, b) => a - b));
      expect(measured.StartQuery).toBe(2);
    });

    it('is continued from the phase where a full answer stopped until an answer is under the limit: every event, once', async () => {
      const { context: ctx, gaps, clients, calls } = context();
      const stored = every('/ecs/web', START, START + 25_000 * 100, 100, 'ERROR at');
      const insights = evaluatingInsights(stored);
      const request = insightsRequest([source('/ecs/web')], { counters: [], maxKeptEvents: 30_000 });
      const output = await readWithInsights(ctx, request, planFor(request), fakeTime().options);
      const measured = calls();
      clients.destroy();
      expect(gaps).toEqual([]);
      const froms = insights.started.map((s) => Number(/awsmon_phase >= (\d+)/.exec(s.queryString)?.[1] ?? 0));
      expect(froms[0]).toBe(0);
      expect(froms.slice(1).every((p, i) => p > froms[i]!)).toBe(true);
      expect(measured.StartQuery).toBe(3);
      expect(insights.started.every((s) => s.startTime === START / 1000 && s.endTime === END / 1000)).toBe(true);
      const events = output.sources[0]!.events;
      expect(events.map((e) => e.timestamp)).toEqual(stored.map((e) => e.t));
      expect(output.sources[0]!.eventsTruncated).toBe(false);
      expect(output.bytesScanned).toBe(3_000);
    });

    it('asks again only for the groups still short of their cap: a quiet group behind a noisy one gets all its lines', async () => {
      const { context: ctx, gaps, clients, calls } = context();
      const stored = [...every('/ecs/web', START, END, 100, 'ERROR noisy'), ...every('/ecs/api', START, END, 72_000, 'ERROR quiet')];
      const insights = evaluatingInsights(stored);
      const request = insightsRequest([source('/ecs/web'), source('/ecs/api')], { counters: [], maxKeptEvents: 10_000 });
      const output = await readWithInsights(ctx, request, planFor(request), fakeTime().options);
      const measured = calls();
      clients.destroy();
      expect(gaps).toEqual([]);
      const [web, api] = ['/ecs/web', '/ecs/api'].map((g) => output.sources.find((s) => s.source.logGroup === g)!);
      expect(web!.events.length).toBeGreaterThan(9_900);
      expect(web!.events.length).toBeLessThanOrEqual(10_000);
      expect(web!.eventsTruncated).toBe(true);
      expect(api!.events).toHaveLength(50);
      expect(api!.eventsTruncated).toBe(false);
      expect(insights.started.at(-1)!.logGroupNames).toEqual(['/ecs/api']);
      expect(measured.StartQuery).toBe(insights.started.length);
    });

    it('is not continued past the scan budget: the kept events are the sample read so far, with a gap', async () => {
      const { context: ctx, gaps, clients } = context();
      const insights = evaluatingInsights(every('/ecs/web', START, END, 100, 'ERROR at'));
      const request = insightsRequest([source('/ecs/web')], { counters: [], maxKeptEvents: 20_000 });
      const plan = planFor(request);
      const output = await readWithInsights(ctx, request, { ...plan, scanBudgetBytes: plan.expectedBytes }, fakeTime().options);
      clients.destroy();
      expect(insights.started).toHaveLength(1);
      const events = output.sources[0]!.events;
      expect(events.length).toBeGreaterThan(9_900);
      expect(events.length).toBeLessThan(10_000);
      // Spread over the hour, not its first minutes.
      expect(events[0]!.timestamp - START).toBeLessThan(5 * MIN);
      expect(END - events.at(-1)!.timestamp).toBeLessThan(5 * MIN);
      expect(output.sources[0]!.eventsTruncated).toBe(true);
      expect(gaps).toEqual([
        {
          service: 'logs',
          operation: 'StartQuery',
          scope: 'Logs Insights events query 2026-11-25T10:00:00.000Z to 2026-11-25T11:00:00.000Z over log group /ecs/web',
          reason: expect.stringMatching(
            /^kept events are a sample of 28% of the window's seconds: reading more is expected to scan .* more, past the budget of .* \(\[logs\] scan_budget_mb\)$/,
          ),
        },
      ]);
    });
    it('counts the continuations of every events query against one scan budget, not a budget each', async () => {
      const { context: ctx, gaps, clients, calls } = context();
      // Two groups under different stream prefixes: two events queries, each answer full (15,000 lines, 10,000 rows).
      const insights = evaluatingInsights([...every('/ecs/web', START, END, 240, 'ERROR web'), ...every('/ecs/api', START, END, 240, 'ERROR api')]);
      const request = insightsRequest([source('/ecs/web', 'web'), source('/ecs/api', 'api')], { counters: [], maxKeptEvents: 20_000 });
      const plan = planFor(request);
      expect(plan.insights.events).toHaveLength(2);
      // Room for one continuation of one group, not for two.
      const output = await readWithInsights(ctx, request, { ...plan, scanBudgetBytes: plan.expectedBytes + plan.bytesByGroup['/ecs/web']! }, fakeTime().options);
      const measured = calls();
      clients.destroy();
      expect(measured.StartQuery).toBe(3);
      expect(insights.started).toHaveLength(3);
      expect(gaps).toEqual([expect.objectContaining({ operation: 'StartQuery', reason: expect.stringMatching(/past the budget of .* \(\[logs\] scan_budget_mb\)$/) })]);
      expect(output.sources.map((s) => s.eventsTruncated).sort()).toEqual([false, true]);
    });
  });

  it('sends 51 groups in 2 queries of each kind, and maps rows of the second query back', async () => {
    const { context: ctx, gaps, clients, calls } = context();
    const groups = Array.from({ length: 51 }, (_, i) => `/ecs/svc-${String(i).padStart(2, '0')}`);
    const insights = fakeInsights(emulator().endpoint, (start) => [
      {
        status: 'Complete',
        statistics: stats(10),
        results: start.queryString.includes('stats')
          ? start.logGroupNames.map((g) => row({ 'bin(300s)': insightsTime(START), '@log': `123456789012:${g}`, awsmon_n0: 1, awsmon_n1: 0, awsmon_n2: 0 }))
          : [],
      },
    ]);
    const request = insightsRequest(groups.map((g) => source(g)));
    const output = await readWithInsights(ctx, request, planFor(request), fakeTime().options);
    const measured = calls();
    clients.destroy();
    expect(gaps).toEqual([]);
    expect(measured.StartQuery).toBe(4);
    expect(insights.started.filter((s) => s.queryString.includes('stats')).map((s) => s.logGroupNames.length)).toEqual([50, 1]);
    expect(insights.started.filter((s) => !s.queryString.includes('stats')).map((s) => s.logGroupNames.length)).toEqual([50, 1]);
    expect(output.sources).toHaveLength(51);
    expect(output.sources.every((s) => s.counts.total![0] === 1)).toBe(true);
    expect(output.bytesScanned).toBe(40);
  });

  it('runs no more queries at once than allowed', async () => {
    const { context: ctx, gaps, clients } = context();
    let running = 0;
    let most = 0;
    const polls = new Map<string, number>();
    nock(emulator().endpoint)
      .persist()
      .post('/')
      .matchHeader('x-amz-target', 'Logs_20140328.StartQuery')
      .reply(200, () => {
        running += 1;
        most = Math.max(most, running);
        const queryId = `q${polls.size}`;
        polls.set(queryId, 0);
        return { queryId };
      })
      .post('/')
      .matchHeader('x-amz-target', 'Logs_20140328.GetQueryResults')
      .reply(200, (_uri, body) => {
        const { queryId } = json<{ queryId: string }>(body);
        const n = (polls.get(queryId) ?? 0) + 1;
        polls.set(queryId, n);
        if (n < 3) return { status: 'Running' };
        running -= 1;
        return { status: 'Complete', results: [] };
      });
    // Six stream prefixes: six stats and six events queries.
    const request = insightsRequest(Array.from({ length: 6 }, (_, i) => source('/ecs/shared', `p${i}/`)));
    const output = await readWithInsights(ctx, request, planFor(request), { ...fakeTime().options, maxConcurrentQueries: 2 });
    clients.destroy();
    expect(gaps).toEqual([]);
    expect(polls.size).toBe(12);
    expect(most).toBe(2);
    expect(output.sources).toHaveLength(6);
  });

  it('stops its query and gives up when the scan is aborted', async () => {
    const { context: ctx, clients } = context();
    const insights = fakeInsights(emulator().endpoint, () => [{ status: 'Running' }]);
    const controller = new AbortController();
    const time = fakeTime();
    const request = insightsRequest([source('/ecs/web')], { maxKeptEvents: 0 });
    const sleep = async (ms: number) => {
      await time.options.sleep(ms);
      if (time.sleeps.length === 3) controller.abort(new Error('scan cancelled'));
    };
    await expect(readWithInsights(ctx, request, planFor(request), { ...time.options, sleep, signal: controller.signal })).rejects.toThrow('scan cancelled');
    clients.destroy();
    expect(insights.polls).toEqual(['query-0', 'query-0']);
    expect(insights.stopped).toEqual(['query-0']);
  });

  it('retries StartQuery while the account runs too many queries, and names the grant when denied', async () => {
    const { context: ctx, gaps, clients, calls } = context();
    const time = fakeTime();
    nock(emulator().endpoint)
      .post('/')
      .matchHeader('x-amz-target', 'Logs_20140328.StartQuery')
      .reply(400, { __type: 'LimitExceededException', message: 'Account maximum query concurrency limit of [30] reached.' })
      .post('/')
      .matchHeader('x-amz-target', 'Logs_20140328.StartQuery')
      .reply(200, { queryId: 'q-stats' })
      .post('/')
      .matchHeader('x-amz-target', 'Logs_20140328.GetQueryResults')
      .reply(200, { status: 'Complete', results: [], statistics: stats(5) })
      .post('/')
      .matchHeader('x-amz-target', 'Logs_20140328.StartQuery')
      .reply(400, { __type: 'AccessDeniedException', message: 'User: arn:aws:sts::123456789012:assumed-role/monitor/ci is not authorized to perform: logs:StartQuery' });
    const request = insightsRequest([source('/ecs/web')]);
    const plan = planFor(request);
    const output = await readWithInsights(ctx, request, { ...plan, insights: { stats: plan.insights.stats, events: [] } }, time.options);
    const second = await readWithInsights(ctx, request, { ...plan, insights: { stats: [], events: plan.insights.events } }, time.options);
    const measured = calls();
    clients.destroy();
    expect(time.sleeps[0]).toBe(5_000);
    expect(output.sources).toHaveLength(1);
    expect(second.sources[0]!.eventsTruncated).toBe(true);
    expect(measured).toMatchObject({ StartQuery: 3, GetQueryResults: 1 });
    expect(gaps).toEqual([
      expect.objectContaining({ operation: 'StartQuery', iamAction: 'logs:StartQuery', reason: expect.stringMatching(/^access denied: grant logs:StartQuery/) }),
    ]);
  });
});

describe('readLogs with Logs Insights', () => {
  beforeAll(async () => {
    const logs = new CloudWatchLogsClient(emulatorClientConfig(emulator().endpoint));
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/ecs/insights' }));
    logs.destroy();
  });

  it('describes the groups at the emulator, queries each stream prefix separately, and maps rows to their own source', async () => {
    const now = new Date();
    const start = Math.floor((now.getTime() - HOUR) / (5 * MIN)) * 5 * MIN;
    const { context, gaps, clients, calls } = collectorContext(emulator().endpoint, { now, maxAttempts: 1, concurrency: 1 });
    const insights = fakeInsights(
      emulator().endpoint,
      (q) => [
        {
          status: 'Complete',
          statistics: stats(100),
          results: q.queryString.includes('stats')
            ? [row({ 'bin(300s)': insightsTime(start), '@log': '123456789012:/ecs/insights', awsmon_n0: q.queryString.includes('^web') ? 3 : 8, awsmon_n1: 0, awsmon_n2: 0 })]
            : [],
        },
      ],
      { allowUnmocked: true },
    );
    const request: LogReadRequest = {
      sources: [source('/ecs/insights'), source('/ecs/insights', 'web/')],
      startMs: start,
      endMs: start + HOUR,
      binSeconds: 300,
      counters: COUNTERS,
      keep: KEEP,
      maxKeptEvents: 10,
    };
    const { result, plan } = await readLogs(context, request, { engine: 'insights', scanBudgetBytes: MB, filterMaxBytes: MB, insights: fakeTime().options });
    const measured = calls();
    clients.destroy();
    expect(gaps).toEqual([]);
    expect(plan.engine).toBe('insights');
    expect(result.engine).toBe('insights');
    expect(result.sources.map((s) => [s.source.id, s.counts.total![0]])).toEqual([
      ['/ecs/insights', 8],
      ['/ecs/insights|web/', 3],
    ]);
    const statsQueries = insights.started.filter((s) => s.queryString.includes('stats')).map((s) => s.queryString);
    expect(statsQueries).toHaveLength(2);
    expect(statsQueries.filter((q) => q.startsWith('filter @logStream like /^web\\// | parse @message'))).toHaveLength(1);
    expect(measured).toMatchObject({ DescribeLogGroups: 1, StartQuery: 4, GetQueryResults: 4 });
    expect(result.bytesScanned).toBe(400);
  });
});
