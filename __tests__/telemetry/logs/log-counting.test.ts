import { binCountOf, binIndexOf, compileCounter, SourceAccumulator } from '../../../src/telemetry/logs/log-counting.js';
import type { LogEvent, LogSource } from '../../../src/telemetry/logs/log-types.js';
import { TokenBucket } from '../../../src/telemetry/logs/token-bucket.js';

const source: LogSource = { id: '/ecs/web', logGroup: '/ecs/web', kind: 'application', resource: { type: 'logs:log-group', id: '/ecs/web' } };
const event = (timestamp: number, message = `line at ${timestamp}`): LogEvent => ({ timestamp, message, logStream: 's' });

describe('bins', () => {
  const span = { startMs: 1_000_000, endMs: 1_000_000 + 650_000, binSeconds: 300 };

  it('start at startMs, the last one partial', () => {
    expect(binCountOf(span)).toBe(3);
    expect(binIndexOf(1_000_000, span)).toBe(0);
    expect(binIndexOf(1_000_000 + 299_999, span)).toBe(0);
    expect(binIndexOf(1_000_000 + 300_000, span)).toBe(1);
    expect(binIndexOf(1_000_000 + 649_999, span)).toBe(2);
  });

  it('leave out what is outside the half-open span', () => {
    expect(binIndexOf(999_999, span)).toBeUndefined();
    expect(binIndexOf(1_650_000, span)).toBeUndefined();
  });
});

describe('counters', () => {
  it('count every event without a pattern, and honour ignoreCase', () => {
    expect(compileCounter({ id: 'all' })('anything')).toBe(true);
    const errors = compileCounter({ id: 'e', pattern: '\\berror\\b' });
    expect(errors('an error here')).toBe(true);
    expect(errors('an ERROR here')).toBe(false);
    expect(compileCounter({ id: 'e', pattern: '\\berror\\b', ignoreCase: true })('an ERROR here')).toBe(true);
  });

  it('give the same answer on every call (no global-flag state)', () => {
    const test = compileCounter({ id: 'e', pattern: 'x' });
    expect([test('x'), test('x'), test('x')]).toEqual([true, true, true]);
  });
});

describe('source accumulator', () => {
  it('keeps the earliest events whatever order they arrive in, ties in arrival order, and says it truncated', () => {
    const acc = new SourceAccumulator(source, ['total'], 2, 3);
    for (const e of [event(50), event(10, 'first at 10'), event(40), event(10, 'second at 10'), event(5), event(60), event(30)]) acc.keep(e);
    const result = acc.result();
    expect(result.events.map((e) => e.message)).toEqual(['line at 5', 'first at 10', 'second at 10']);
    expect(result.eventsTruncated).toBe(true);
  });

  it('is not truncated when everything fits', () => {
    const acc = new SourceAccumulator(source, ['total'], 2, 3);
    acc.keep(event(2));
    acc.keep(event(1));
    expect(acc.result()).toMatchObject({ events: [event(1), event(2)], eventsTruncated: false });
  });

  it('adds counts only inside the bin range', () => {
    const acc = new SourceAccumulator(source, ['total', 'errors'], 3, 10);
    acc.add('total', 0);
    acc.add('total', 2, 5);
    acc.add('total', 3, 100);
    acc.add('errors', -1, 100);
    expect(acc.result().counts).toEqual({ total: [1, 0, 5], errors: [0, 0, 0] });
  });
});

describe('token bucket', () => {
  it('lets at most the rate through per second, on a fake clock', async () => {
    let clock = 0;
    const bucket = new TokenBucket(
      10,
      1,
      () => clock,
      async (ms) => {
        clock += ms;
      },
    );
    const grants: number[] = [];
    await Promise.all(Array.from({ length: 25 }, () => bucket.take().then(() => grants.push(clock))));
    expect(grants).toHaveLength(25);
    for (const t of grants) expect(grants.filter((g) => g >= t && g < t + 1000).length).toBeLessThanOrEqual(10);
    expect(grants.at(-1)).toBeGreaterThanOrEqual(2400);
    expect(grants).toEqual([...grants].sort((a, b) => a - b));
  });

  it('does not wait while tokens are there', async () => {
    let clock = 0;
    const sleeps: number[] = [];
    const bucket = new TokenBucket(
      5,
      3,
      () => clock,
      async (ms) => {
        sleeps.push(ms);
        clock += ms;
      },
    );
    await Promise.all([bucket.take(), bucket.take(), bucket.take()]);
    expect(sleeps).toEqual([]);
    await bucket.take();
    expect(sleeps).toEqual([200]);
  });

  it('a uniform sample keeps the proportions of the whole over time, the same sample on every run', () => {
    const source = { id: 's', logGroup: 's', kind: 'application' as const, resource: { type: 'logs:log-group' as const, id: 's' } };
    const sample = () => {
      const acc = new SourceAccumulator(source, [], 1, 1_000, 'uniform');
      // 9,000 events in the first hour, 1,000 in the second: a tenth of the sample should be late.
      for (let i = 0; i < 10_000; i += 1) acc.keep({ timestamp: i < 9_000 ? i : 3_600_000 + i, message: `e${i}`, logStream: 'x' });
      return acc.result();
    };
    const first = sample();
    expect(first.events).toHaveLength(1_000);
    expect(first.eventsTruncated).toBe(true);
    const late = first.events.filter((e) => e.timestamp >= 3_600_000).length;
    expect(late).toBeGreaterThan(60);
    expect(late).toBeLessThan(140);
    expect(first.events.map((e) => e.timestamp)).toEqual([...first.events.map((e) => e.timestamp)].sort((a, b) => a - b));
    expect(sample().events).toEqual(first.events);
  });
});
