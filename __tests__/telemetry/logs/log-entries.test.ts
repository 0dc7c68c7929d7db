import { SourceAccumulator } from '../../../src/telemetry/logs/log-counting.js';
import { DEFAULT_KEPT_BYTES_TOTAL, keptBytesPerSource } from '../../../src/telemetry/logs/log-reader.js';
import { LogEntryAssembler, type LogEntry } from '../../../src/telemetry/logs/log-entries.js';
import type { LogEvent, LogSource } from '../../../src/telemetry/logs/log-types.js';

const source: LogSource = { id: '/ecs/web', logGroup: '/ecs/web', kind: 'application', resource: { type: 'logs:log-group', id: '/ecs/web' } };
const JAVA = [
  '2026-11-25 10:00:01.001 ERROR 1 --- [main] c.s.Pay : charge failed',
  'java.lang.IllegalStateException: pool closed',
  '\tat com.shop.Pay.charge(Pay.java:42)',
  '\tat com.shop.Api.post(Api.java:9)',
  'Caused by: java.io.IOException: broken pipe',
  '\tat com.shop.Net.write(Net.java:7)',
  '\t... 2 more',
];
const PYTHON = ['Traceback (most recent call last):', '', '  File "/app/a.py", line 3, in <module>', '    main()', '    └ <function main at 0x1>', '', 'ValueError: bad'];

const events = (lines: readonly string[], stream = 'web/app/1', t0 = 1_000): LogEvent[] => lines.map((message, i) => ({ timestamp: t0 + i, message, logStream: stream }));

function assemble(input: readonly LogEvent[], matched: (m: string) => boolean = () => true): LogEntry[] {
  const assembler = new LogEntryAssembler();
  const out: LogEntry[] = [];
  for (const event of input) out.push(...assembler.push(event, matched(event.message)));
  return [...out, ...assembler.end()];
}
const texts = (entries: LogEntry[]): string[][] => entries.map((e) => e.events.map((x) => x.message));

describe('log entries', () => {
  it('makes one entry of a Java trace logged one line per event, and one of each plain line', () => {
    expect(texts(assemble(events(['served /a', ...JAVA.slice(1), 'served /b'])))).toEqual([['served /a'], JAVA.slice(1), ['served /b']]);
  });

  it('keeps a Python traceback with blank lines and drawn variables in one entry', () => {
    expect(texts(assemble(events([...PYTHON, 'next request'])))).toEqual([PYTHON, ['next request']]);
  });

  it('takes the line before a frame as the header it belongs to', () => {
    const lines = ['a.b.c: Problem when compiling program', '    at r8.main(App:800)', '    at r8.run(App:12)'];
    expect(texts(assemble(events(lines)))).toEqual([lines]);
  });

  it('follows each stream on its own when streams interleave', () => {
    const a = events(JAVA.slice(1), 'task-a');
    const b = events(['GET /health 200', 'GET /health 200'], 'task-b');
    const interleaved = [a[0]!, b[0]!, a[1]!, a[2]!, b[1]!, a[3]!, a[4]!, a[5]!];
    const entries = texts(assemble(interleaved));
    expect(entries).toContainEqual(JAVA.slice(1));
    expect(entries.filter((e) => e[0] === 'GET /health 200')).toHaveLength(2);
  });

  it('marks an entry as matched when any of its lines matched', () => {
    const [entry] = assemble(events(JAVA.slice(1)), (m) => m.startsWith('Caused by'));
    expect(entry!.matched).toBe(true);
  });

  it('closes an entry at the line cap', () => {
    const assembler = new LogEntryAssembler({ maxEntryLines: 3 });
    const out: LogEntry[] = [];
    for (const event of events(JAVA.slice(1))) out.push(...assembler.push(event, true));
    out.push(...assembler.end());
    expect(out[0]!.events).toHaveLength(3);
  });
});

describe('sampling whole entries (FilterLogEvents)', () => {
  it('past the cap keeps every trace whole or not at all, within the line budget', () => {
    const acc = new SourceAccumulator(source, [], 1, 100, 'uniform');
    const traces: LogEvent[][] = [];
    for (let i = 0; i < 200; i += 1) traces.push(events(JAVA.slice(1), `task-${i}`, i * 10));
    for (const trace of traces) acc.keepEntry(trace);
    const kept = acc.result();
    expect(kept.eventsTruncated).toBe(true);
    expect(kept.events.length).toBeLessThanOrEqual(100);
    const byStream = new Map<string, number>();
    for (const e of kept.events) byStream.set(e.logStream, (byStream.get(e.logStream) ?? 0) + 1);
    for (const n of byStream.values()) expect(n).toBe(JAVA.length - 1);
  });

  it('keeps early and late entries in proportion (a uniform sample)', () => {
    const acc = new SourceAccumulator(source, [], 1, 1_000, 'uniform');
    for (let i = 0; i < 20_000; i += 1) acc.keepEntry(events([`line ${i}`], 's', i));
    const kept = acc.result().events;
    const early = kept.filter((e) => e.timestamp < 10_000).length;
    expect(kept).toHaveLength(1_000);
    expect(early / kept.length).toBeGreaterThan(0.43);
    expect(early / kept.length).toBeLessThan(0.57);
  });

  it('keeps everything, in time order, below the cap', () => {
    const acc = new SourceAccumulator(source, [], 1, 100, 'uniform');
    acc.keepEntry(events(['b'], 's', 5));
    acc.keepEntry(events(['a'], 's', 1));
    expect(acc.result()).toMatchObject({ eventsTruncated: false, events: [{ message: 'a' }, { message: 'b' }] });
  });
});

describe('a time-cut sample (Logs Insights) drops the rest of a trace whose header it lost', () => {
  it('keeps whole entries and drops a headless one', () => {
    const acc = new SourceAccumulator(source, [], 1, 100, 'earliest');
    for (const e of events(['\tat com.shop.Pay.charge(Pay.java:42)', '\t... 2 more'], 's', 1)) acc.keep(e);
    for (const e of events(JAVA.slice(1), 's', 10)) acc.keep(e);
    acc.markTruncated();
    acc.dropHeadlessEntries();
    expect(acc.result().events.map((e) => e.message)).toEqual(JAVA.slice(1));
  });
});

describe('kept lines are capped in bytes as well as in lines', () => {
  it('a few long lines fill the byte budget: the sample holds no more characters than it allows', () => {
    const acc = new SourceAccumulator(source, [], 1, 10_000, 'uniform', 50_000);
    for (let i = 0; i < 1_000; i += 1) acc.keepEntry(events([`ERROR ${'x'.repeat(1_000)} ${i}`], `s${i}`, i));
    const kept = acc.result();
    expect(kept.eventsTruncated).toBe(true);
    expect(kept.events.reduce((n, e) => n + e.message.length, 0)).toBeLessThanOrEqual(50_000);
    expect(kept.events.length).toBeGreaterThan(40);
  });

  it('the earliest-first sample (Logs Insights) is cut by bytes too', () => {
    const acc = new SourceAccumulator(source, [], 1, 10_000, 'earliest', 10_000);
    for (let i = 0; i < 100; i += 1) acc.keep({ timestamp: i, message: 'y'.repeat(1_000), logStream: 's' });
    const kept = acc.result();
    expect(kept.events).toHaveLength(10);
    expect(kept.events[0]!.timestamp).toBe(0);
    expect(kept.eventsTruncated).toBe(true);
  });

  it('a source gets its share of the default total, never less than 256 KiB', () => {
    expect(keptBytesPerSource(1)).toBe(DEFAULT_KEPT_BYTES_TOTAL);
    expect(keptBytesPerSource(64)).toBe(1024 * 1024);
    expect(keptBytesPerSource(10_000)).toBe(256 * 1024);
  });
});
