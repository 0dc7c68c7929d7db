import {
  eventsQueryString,
  groupOfLogField,
  parseInsightsTime,
  regexLiteral,
  rowRecord,
  SAMPLE_PHASES,
  samplePhaseOf,
  wholePhases,
  statsQueryString,
  statsRowBin,
  streamPrefixRegex,
  usesInsightsBin,
} from '../../../src/telemetry/logs/insights-queries.js';
import type { LogCounter } from '../../../src/telemetry/logs/log-types.js';

const START = Date.parse('2026-11-25T10:00:00Z');
const END = Date.parse('2026-11-25T11:00:00Z');
const counters: LogCounter[] = [{ id: 'total' }, { id: 'errors', pattern: '\\b(ERROR|FATAL)\\b' }, { id: 'timeouts', pattern: 'time ?out', ignoreCase: true }];
const request = { startMs: START, endMs: END, binSeconds: 300, counters };

describe('stats query', () => {
  it('parses one field per patterned counter and counts it per bin and log group, as the parse and stats docs describe', () => {
    expect(statsQueryString(request, { startMs: START, endMs: END })).toBe(
      'parse @message /(?<awsmon_c1>\\b(ERROR|FATAL)\\b)/ | parse @message /(?i)(?<awsmon_c2>time ?out)/ | stats count(*) as awsmon_n0, count(awsmon_c1) as awsmon_n1, count(awsmon_c2) as awsmon_n2 by bin(300s), @log',
    );
  });

  it('narrows to a stream prefix first, escaping what a regular expression would read', () => {
    expect(statsQueryString(request, { startMs: START, endMs: END, streamPrefix: 'web.v2/' })).toMatch(/^filter @logStream like \/\^web\\\.v2\\\/\/ \| parse /);
  });

  it('uses bin() when the span starts on the bin grid, wherever it ends', () => {
    expect(usesInsightsBin({ ...request, endMs: END + 17_000 })).toBe(true);
    expect(statsQueryString({ ...request, endMs: END + 17_000 }, { startMs: START, endMs: END + 17_000 })).toMatch(/ by bin\(300s\), @log$/);
  });

  it('computes the bin from toMillis(@timestamp) when the span does not start on the bin grid', () => {
    const offGrid = { ...request, startMs: START + 17_000, endMs: END + 17_000 };
    expect(usesInsightsBin(offGrid)).toBe(false);
    const query = statsQueryString(offGrid, { startMs: START + 17_000, endMs: END + 17_000 });
    expect(query).toContain(
      `filter toMillis(@timestamp) >= ${START + 17_000} and toMillis(@timestamp) < ${END + 17_000} | fields floor((toMillis(@timestamp) - ${START + 17_000}) / 300000) as awsmon_bin`,
    );
    expect(query).toMatch(/ by awsmon_bin, @log$/);
    expect(usesInsightsBin(request)).toBe(true);
  });
});

describe('events query', () => {
  const phase = '(floor(toMillis(@timestamp) / 1000) * 389) % 997 as awsmon_phase';

  it('returns the kept lines with their stream and group in sample-phase order, up to the row limit', () => {
    expect(eventsQueryString({ id: 'keep', pattern: 'ERROR|WARN', ignoreCase: true }, 'web/', 10_000)).toBe(
      `fields @timestamp, @message, @logStream, @log, ${phase} | filter @logStream like /^web\\// | filter @message like /(?i)ERROR|WARN/ | sort awsmon_phase asc | limit 10000`,
    );
    expect(eventsQueryString({ id: 'keep' }, undefined, 10_000)).toBe(`fields @timestamp, @message, @logStream, @log, ${phase} | sort awsmon_phase asc | limit 10000`);
  });

  it('continues from a phase with a filter on the computed field', () => {
    expect(eventsQueryString({ id: 'keep' }, undefined, 500, 412)).toBe(
      `fields @timestamp, @message, @logStream, @log, ${phase} | filter awsmon_phase >= 412 | sort awsmon_phase asc | limit 500`,
    );
  });

  it('gives every millisecond of a second the same phase, and spreads the lowest phases over the whole window', () => {
    const second = Date.parse('2026-11-25T10:00:07Z');
    expect(samplePhaseOf(second)).toBe(samplePhaseOf(second + 999));
    expect(samplePhaseOf(second + 1000)).not.toBe(samplePhaseOf(second));
    // One phase per second of a 997-second cycle, each exactly once.
    const cycle = Array.from({ length: SAMPLE_PHASES }, (_, i) => samplePhaseOf(second + i * 1000));
    expect(new Set(cycle).size).toBe(SAMPLE_PHASES);
    // The seconds of a day whose phase is below 10 (1 % of them): in every hour, about 1 % of it.
    const day = Date.parse('2026-11-25T00:00:00Z');
    const perHour = new Array<number>(24).fill(0);
    for (let s = 0; s < 86_400; s += 1) if (samplePhaseOf(day + s * 1000) < 10) perHour[Math.floor(s / 3600)]! += 1;
    for (const n of perHour) expect(n).toBeGreaterThanOrEqual(30);
    for (const n of perHour) expect(n).toBeLessThanOrEqual(43);
    // And within an hour they are not one run of seconds: no gap between chosen seconds over 5 minutes.
    const chosen = Array.from({ length: 3600 }, (_, s) => s).filter((s) => samplePhaseOf(day + s * 1000) < 10);
    const gaps = chosen.slice(1).map((s, i) => s - chosen[i]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(300);
  });
});

describe('a sample cut to the room left', () => {
  // Three lines in each of four seconds (of distinct phases), in phase order as the query returns them.
  const seconds = Array.from({ length: 997 }, (_, i) => Date.parse('2026-11-25T10:00:00Z') + i * 1000)
    .sort((a, b) => samplePhaseOf(a) - samplePhaseOf(b))
    .slice(0, 4);
  const events = seconds.flatMap((t) => [0, 1, 2].map((ms) => ({ timestamp: t + ms, message: `line ${ms}`, logStream: 's' })));

  it('keeps all when they fit, and whole seconds only when they do not', () => {
    expect(wholePhases(events, 12)).toEqual(events);
    expect(wholePhases(events, 11)).toEqual(events.slice(0, 9));
    expect(wholePhases(events, 6)).toEqual(events.slice(0, 6));
    expect(wholePhases(events, 5)).toEqual(events.slice(0, 3));
    expect(wholePhases(events, 0)).toEqual([]);
  });

  it('cuts inside the first second only for a source with nothing yet: some lines beat none', () => {
    expect(wholePhases(events, 2, true)).toEqual(events.slice(0, 2));
    expect(wholePhases(events, 2)).toEqual([]);
  });
});

describe('regular expression literals', () => {
  it('escapes a slash that would end the literal, and leaves escaped ones alone', () => {
    expect(regexLiteral('GET /api/(v1|v2)')).toBe('/GET \\/api\\/(v1|v2)/');
    expect(regexLiteral('a\\/b')).toBe('/a\\/b/');
    expect(regexLiteral('a\\\\/b')).toBe('/a\\\\\\/b/');
    expect(streamPrefixRegex('dms-task-ABC')).toBe('/^dms-task-ABC/');
  });

  it('means in JavaScript what the pattern meant', () => {
    const literal = regexLiteral('GET /api/(v1|v2)');
    expect(new RegExp(literal.slice(1, -1)).test('GET /api/v2/orders')).toBe(true);
  });
});

describe('result rows', () => {
  it('maps a bin() value back to the request bin, in UTC', () => {
    const row = rowRecord([
      { field: 'bin(300s)', value: '2026-11-25 10:05:00.000' },
      { field: '@log', value: '123456789012:/ecs/web' },
      { field: 'awsmon_n0', value: '7' },
    ]);
    expect(statsRowBin(row, request, { startMs: START, endMs: END })).toBe(1);
    expect(statsRowBin({ ...row, 'bin(300s)': '2026-11-25 10:55:00.000' }, request, { startMs: START, endMs: END })).toBe(11);
  });

  it('drops rows outside the query window: the neighbouring window counts them', () => {
    const row = { 'bin(300s)': '2026-11-25 10:30:00.000' };
    expect(statsRowBin(row, request, { startMs: START, endMs: START + 1_800_000 })).toBeUndefined();
    expect(statsRowBin(row, request, { startMs: START + 1_800_000, endMs: END })).toBe(6);
    expect(statsRowBin({ 'bin(300s)': '2026-11-25 11:00:00.000' }, request, { startMs: START, endMs: END })).toBeUndefined();
    expect(statsRowBin({ 'bin(300s)': '2026-11-25 09:55:00.000' }, request, { startMs: START, endMs: END })).toBeUndefined();
  });

  it('reads a computed bin index', () => {
    const offGrid = { ...request, startMs: START + 17_000, endMs: END + 17_000 };
    expect(statsRowBin({ awsmon_bin: '3' }, offGrid, offGrid)).toBe(3);
    expect(statsRowBin({ awsmon_bin: '12' }, offGrid, offGrid)).toBeUndefined();
  });

  it('parses Insights times as UTC and finds the group in @log', () => {
    expect(parseInsightsTime('2026-11-25 10:05:00.123')).toBe(Date.parse('2026-11-25T10:05:00.123Z'));
    expect(groupOfLogField('123456789012:/ecs/web', ['/ecs/api', '/ecs/web'])).toBe('/ecs/web');
    expect(groupOfLogField('/ecs/web', ['/ecs/web'])).toBe('/ecs/web');
    expect(groupOfLogField('123456789012:/ecs/other', ['/ecs/web'])).toBeUndefined();
  });
});
