import { readFileSync } from 'node:fs';
import { caseFolded, keepCounter, logCounters } from '../../../src/telemetry/logs/log-counters.js';
import { aConfig } from '../../support/builders.js';

const logs = { ...aConfig().logs, errorPatterns: ['\\b(ERROR|FATAL|PANIC|CRITICAL)\\b', 'Exception\\b', 'Traceback \\(most recent call last\\)'] };
const counters = Object.fromEntries(logCounters(logs).map((c) => [c.id, c.pattern ? new RegExp(c.pattern, c.ignoreCase ? 'i' : '') : undefined]));
const keep = new RegExp(keepCounter(logs).pattern!);

// ALB access log entries from the AWS documentation (see __tests__/fixtures/aws-logs).
const ALB_502 =
  'http 2018-11-30T22:22:48.364000Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 - 0.000 0.001 -1 502 - 34 366 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.46.0" - - arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337364-23a8c76965a2ef7629b185e3" "-" "-" 0 2018-11-30T22:22:48.364000Z "forward" "-" "LambdaInvalidResponse" "-" "-" "-" "-"';

describe('log counters', () => {
  it('count errors however the application writes its level', () => {
    for (const line of [
      '2026-11-25 10:00:00.123 ERROR 1 --- [main] c.x.Y : failed',
      '{"level":"error","msg":"boom"}',
      '{"level":50,"msg":"pino error"}',
      '{"severity":"CRITICAL","message":"disk"}',
      '00362697: 2023-02-22T11:24:29 [TARGET_APPLY    ]E:  Failed to execute statement',
      '[TARGET_LOAD ] E: RetCode: SQL_ERROR',
      'java.lang.IllegalStateException: closed',
    ]) {
      expect([line, counters.errors!.test(line)]).toEqual([line, true]);
    }
    for (const line of [
      '{"level":"info","msg":"error budget fine"}',
      '{"level":30}',
      'GET /errors/help 200',
      '00362696: 2023-02-22T10:09:29 [SOURCE_CAPTURE  ]I:  Capture record 1',
    ]) {
      expect([line, counters.errors!.test(line)]).toEqual([line, false]);
    }
  });

  it('count HTTP statuses in ALB access logs, access lines and JSON fields', () => {
    expect(counters.http_5xx!.test(ALB_502)).toBe(true);
    expect(counters.http_requests!.test(ALB_502)).toBe(true);
    expect(counters.http_4xx!.test(ALB_502)).toBe(false);
    expect(counters.http_4xx!.test('10.0.0.1 - - [25/Nov/2026:10:00:00 +0000] "GET /x HTTP/1.1" 404 12 "-" "curl"')).toBe(true);
    expect(counters.http_5xx!.test('{"status":503,"path":"/pay"}')).toBe(true);
    expect(counters.http_5xx!.test('{"statusCode":"502"}')).toBe(true);
    expect(counters.http_5xx!.test('{"status":200,"latency_ms":503}')).toBe(false);
  });

  it('count WAF blocks from the documented log example', () => {
    const waf = readFileSync(new URL('../../fixtures/aws-logs/waf.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{'));
    const blocked = waf.filter((l) => (JSON.parse(l) as { action: string }).action === 'BLOCK');
    expect(blocked.length).toBeGreaterThan(0);
    expect(waf.filter((l) => counters.waf_block!.test(l))).toEqual(blocked);
  });

  it('keep error lines and the frames of every common trace format, but not ordinary lines', () => {
    for (const line of [
      '\tat com.shop.A.b(A.java:1)',
      '  File "/app/x.py", line 3, in f',
      'Traceback (most recent call last):',
      "KeyError: 'id'",
      'Caused by: java.io.IOException: x',
      'goroutine 1 [running]:',
      'panic: runtime error',
      '    at Object.<anonymous> (/app/index.js:1:7)',
      '/app/main.go:42 +0x1d',
    ]) {
      expect([line, keep.test(line)]).toEqual([line, true]);
    }
    for (const line of ['2026-11-25 INFO started', 'GET /health 200', '{"level":"info"}']) expect([line, keep.test(line)]).toEqual([line, false]);
  });

  it('user patterns become counters, case-insensitive ones spelled out for the shared keep pattern', () => {
    const withPatterns = {
      ...logs,
      patterns: [{ name: 'declined', regex: 'payment (?:declined|refused) \\d+', ignoreCase: true, severity: 'high' as const, minCount: 1, logGroups: [] }],
    };
    const counter = logCounters(withPatterns).find((c) => c.id === 'pattern:declined')!;
    expect(counter).toEqual({ id: 'pattern:declined', pattern: 'payment (?:declined|refused) \\d+', ignoreCase: true });
    const keepAll = new RegExp(keepCounter(withPatterns).pattern!);
    expect(keepAll.test('PAYMENT Declined 42')).toBe(true);
    expect(caseFolded('a\\d[x-z](?<n>b){2}')).toBe('[aA]\\d[x-z](?<n>[bB]){2}');
  });
});
