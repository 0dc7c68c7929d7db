import { applicationFrames, digestSourceLogs } from '../../../src/analysis/logs/log-digest.js';
import type { LogEvent, LogSource, SourceLogs } from '../../../src/telemetry/logs/log-types.js';

const SOURCE: LogSource = { id: '/ecs/app', logGroup: '/ecs/app', kind: 'application', resource: { type: 'ecs:service', id: 'web/app' } };
const START = Date.parse('2026-11-25T00:00:00Z');
const OPTIONS = { startMs: START, binSeconds: 3600, binCount: 24, errorPatterns: [/\b(ERROR|FATAL)\b/, /Exception\b/] };

function logs(events: Array<[number, string, string?]>): SourceLogs {
  const list: LogEvent[] = events.map(([minute, message, stream]) => ({ timestamp: START + minute * 60_000, message, logStream: stream ?? 'a' }));
  return { source: SOURCE, counts: { total: new Array(24).fill(0) }, events: list, eventsTruncated: false };
}

const javaTrace = (minute: number, line: number, stream?: string): Array<[number, string, string?]> => [
  [minute, '2026-11-25 10:00:00.001 ERROR 1 --- [main] c.s.OrderService : order failed', stream],
  [minute, 'java.lang.IllegalStateException: pool closed', stream],
  [minute, `\tat com.shop.orders.OrderService.place(OrderService.java:${line})`, stream],
  [minute, '\tat org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)', stream],
  [minute, '\tat java.base/java.lang.Thread.run(Thread.java:1583)', stream],
];

describe('log digest', () => {
  it('one awslogs event per line: the trace is re-joined, its logging line is its context, line numbers do not split it', () => {
    const digest = digestSourceLogs(logs([...javaTrace(5, 42), [6, '2026-11-25 10:00:01 INFO ok'], ...javaTrace(70, 43)]), OPTIONS);
    expect(digest.signatures.map((s) => [s.kind, s.title, s.total])).toEqual([['trace', 'java.lang.IllegalStateException at com.shop.orders.OrderService.place', 2]]);
    const [signature] = digest.signatures;
    expect(signature!.bins.slice(0, 2)).toEqual([1, 1]);
    expect(signature!.example.split('\n')[0]).toContain('order failed');
    expect(signature!.firstSeen).toBe(START + 5 * 60_000);
    expect(signature!.lastSeen).toBe(START + 70 * 60_000);
  });

  it('traces are assembled per stream, so two tasks writing at once do not mix', () => {
    const a = javaTrace(5, 42, 'task-a');
    const b = javaTrace(5, 42, 'task-b');
    const interleaved = a.flatMap((line, i) => [line, b[i]!]);
    const digest = digestSourceLogs(logs(interleaved), OPTIONS);
    expect(digest.signatures.map((s) => [s.kind, s.total])).toEqual([['trace', 2]]);
  });

  it('a JSON event carrying its stack in a field is one trace', () => {
    const stack =
      "TypeError: Cannot read properties of undefined (reading 'id')\n    at handler (/app/src/routes/orders.js:17:21)\n    at Layer.handle (/app/node_modules/express/lib/router/layer.js:95:5)";
    const digest = digestSourceLogs(
      logs([[1, JSON.stringify({ level: 50, msg: 'request failed', err: { type: 'TypeError', message: "Cannot read properties of undefined (reading 'id')", stack } })]]),
      OPTIONS,
    );
    expect(digest.signatures.map((s) => [s.kind, s.title])).toEqual([['trace', 'TypeError at handler (/app/src/routes/orders.js)']]);
  });

  it('error lines group by template, whatever their ids and numbers, and only error lines count', () => {
    const digest = digestSourceLogs(
      logs([
        [1, '2026-11-25 01:00:00 ERROR [payments] charge 8812 failed for card ending 4242 after 3000 ms'],
        [2, '2026-11-25 01:00:00 ERROR [payments] charge 9104 failed for card ending 1881 after 2500 ms'],
        [3, '2026-11-25 01:00:00 INFO [payments] charge 9105 ok'],
        [4, '2026-11-25 01:00:00 WARN [payments] retrying charge 9106'],
      ]),
      OPTIONS,
    );
    expect(digest.signatures.map((s) => [s.kind, s.total, s.level])).toEqual([['line', 2, 'error']]);
    expect(digest.signatures[0]!.title).toMatch(/^charge <\w+> failed for card ending <\w+> after <\w+>( ms)?$/);
  });

  it('memory stays bounded: a long stream of error lines still ends in one signature per template', () => {
    const events: Array<[number, string]> = [];
    for (let i = 0; i < 50_000; i += 1) events.push([Math.floor(i / 100), `ERROR worker ${i % 7} lost lease ${i} after ${i % 300} ms`]);
    const digest = digestSourceLogs(logs(events), OPTIONS);
    expect(digest.signatures).toHaveLength(1);
    expect(digest.signatures[0]!.total).toBe(50_000);
  });

  it('keeps application frames and drops framework and runtime ones', () => {
    expect(
      applicationFrames(['java.base/java.lang.Thread.run(Thread.java:1583)', 'com.shop.A.b(A.java:10)', 'org.springframework.x.Y.z(Y.java:1)', 'com.shop.C.d(C.java:3)']),
    ).toEqual(['com.shop.A.b', 'com.shop.C.d']);
    expect(applicationFrames(['/usr/local/lib/python3.12/site-packages/requests/api.py:59 in get', '/app/worker/jobs.py:88 in run'])).toEqual(['/app/worker/jobs.py in run']);
    expect(applicationFrames(['runtime.gopanic(0x1)', 'main.handler(0xc000010000) /app/main.go:42 +0x1d'])).toEqual(['main.handler(0xc000010000) /app/main.go']);
  });
});
