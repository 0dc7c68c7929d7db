import { expectedBytesInSpan, type LogGroupInfo, type LogPlanSettings, MAX_GROUPS_PER_QUERY, planLogRead } from '../../../src/telemetry/logs/log-planner.js';
import type { LogSource } from '../../../src/telemetry/logs/log-types.js';

const MB = 1_048_576;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-11-25T12:00:00Z');
const START = NOW - DAY;

const source = (logGroup: string, streamPrefix?: string): LogSource => ({
  id: streamPrefix ? `${logGroup}|${streamPrefix}` : logGroup,
  logGroup,
  ...(streamPrefix ? { streamPrefix } : {}),
  kind: 'application',
  resource: { type: 'logs:log-group', id: logGroup },
});

/** A group created `days` ago holding `bytesPerDay` for each of them: one day of the span holds bytesPerDay. */
const group = (logGroup: string, bytesPerDay: number, days = 10): LogGroupInfo => ({ logGroup, storedBytes: bytesPerDay * days, creationTime: NOW - days * DAY });

const settings = (overrides: Partial<LogPlanSettings> = {}): LogPlanSettings => ({ engine: 'auto', scanBudgetBytes: 10_240 * MB, filterMaxBytes: 50 * MB, ...overrides });

function plan(
  groups: LogGroupInfo[],
  sources: LogSource[] = groups.map((g) => source(g.logGroup)),
  overrides: Partial<LogPlanSettings> = {},
  span: { startMs?: number; endMs?: number; binSeconds?: number } = {},
) {
  return planLogRead(
    { sources, groups: new Map(groups.map((g) => [g.logGroup, g])), startMs: span.startMs ?? START, endMs: span.endMs ?? NOW, binSeconds: span.binSeconds ?? 300, nowMs: NOW },
    settings(overrides),
  );
}

describe('bytes a group holds in the span', () => {
  it('spreads storedBytes evenly over the group lifetime', () => {
    // 30 days old, 30 GB stored: a day holds 1 GB.
    expect(expectedBytesInSpan({ logGroup: 'g', storedBytes: 30 * 1024 * MB, creationTime: NOW - 30 * DAY }, START, NOW, NOW)).toBe(1024 * MB);
  });

  it('caps the lifetime by the retention, and counts nothing before it', () => {
    // Created 100 days ago, kept 7 days: the 7 GB stored are the last 7 days.
    const info = { logGroup: 'g', storedBytes: 7 * 1024 * MB, creationTime: NOW - 100 * DAY, retentionInDays: 7 };
    expect(expectedBytesInSpan(info, START, NOW, NOW)).toBe(1024 * MB);
    expect(expectedBytesInSpan(info, NOW - 10 * DAY, NOW - 8 * DAY, NOW)).toBe(0);
    expect(expectedBytesInSpan(info, NOW - 10 * DAY, NOW - 6 * DAY, NOW)).toBe(1024 * MB);
  });

  it('holds nothing after now or before the group existed', () => {
    const info = { logGroup: 'g', storedBytes: 2 * 1024 * MB, creationTime: NOW - 2 * DAY };
    expect(expectedBytesInSpan(info, NOW, NOW + DAY, NOW)).toBe(0);
    expect(expectedBytesInSpan(info, NOW - 5 * DAY, NOW - 2 * DAY, NOW)).toBe(0);
    expect(expectedBytesInSpan(info, NOW - 5 * DAY, NOW + DAY, NOW)).toBe(2 * 1024 * MB);
  });
});

describe('engine choice', () => {
  it('auto reads with FilterLogEvents up to filter_max_mb, with Insights past it', () => {
    const atLimit = plan([group('a', 30 * MB), group('b', 20 * MB)]);
    expect(atLimit.expectedBytes).toBe(50 * MB);
    expect(atLimit.engine).toBe('filter');
    expect(atLimit.engineReason).toMatch(/at most 50 MB \(\[logs\] filter_max_mb\)/);

    const past = plan([group('a', 30 * MB), { ...group('b', 20 * MB), storedBytes: 20 * MB * 10 + 10 }]);
    expect(past.engine).toBe('insights');
    expect(past.engineReason).toMatch(/more than 50 MB/);
  });

  it('follows a forced engine whatever the size', () => {
    expect(plan([group('a', 1)], undefined, { engine: 'insights' }).engine).toBe('insights');
    expect(plan([group('a', 100 * 1024 * MB)], undefined, { engine: 'filter' }).engine).toBe('filter');
  });

  it('never picks FilterLogEvents in auto when filter_max_mb is 0, unless there is nothing to read', () => {
    expect(plan([group('a', 1)], undefined, { filterMaxBytes: 0 }).engine).toBe('insights');
    expect(plan([group('a', 0)], undefined, { filterMaxBytes: 0 }).engine).toBe('filter');
  });
});

describe('Insights query packing', () => {
  const many = (n: number, bytesPerDay = MB) => Array.from({ length: n }, (_, i) => group(`/ecs/svc-${String(i).padStart(2, '0')}`, bytesPerDay));

  it('puts at most 50 groups in a query: 51 groups make 2 stats and 2 events queries', () => {
    // Hourly bins over a day: 24 rows per group, so the 50-group limit binds.
    const p = plan(many(51), undefined, { engine: 'insights' }, { binSeconds: 3600 });
    expect(p.insights.stats.map((q) => q.logGroups.length)).toEqual([50, 1]);
    expect(p.insights.events.map((q) => q.logGroups.length)).toEqual([50, 1]);
    expect(p.expectedCalls).toEqual({ StartQuery: 4, GetQueryResults: 4, FilterLogEvents: 0 });
    expect(new Set(p.insights.events.flatMap((q) => q.logGroups)).size).toBe(51);
    expect(MAX_GROUPS_PER_QUERY).toBe(50);
  });

  it('keeps a stats answer within 10,000 rows: groups per query shrink as bins grow', () => {
    // 1-minute bins over a day: 1,440 rows per group, so 6 groups a query.
    const p = plan(many(51), undefined, { engine: 'insights' }, { binSeconds: 60 });
    expect(p.binCount).toBe(1440);
    expect(p.insights.stats.map((q) => q.logGroups.length)).toEqual([6, 6, 6, 6, 6, 6, 6, 6, 3]);
    for (const q of p.insights.stats) expect(q.logGroups.length * p.binCount).toBeLessThanOrEqual(10_000);
    expect(p.insights.events.map((q) => q.logGroups.length)).toEqual([50, 1]);
  });

  it('splits a stats query on bin boundaries when one group alone has more bins than rows allowed', () => {
    const week = 7 * DAY;
    const p = plan(many(1), undefined, { engine: 'insights' }, { startMs: NOW - week, endMs: NOW, binSeconds: 60 });
    expect(p.binCount).toBe(10_080);
    expect(p.insights.stats.map((q) => [q.startMs, q.endMs])).toEqual([
      [NOW - week, NOW - week + 10_000 * 60_000],
      [NOW - week + 10_000 * 60_000, NOW],
    ]);
    expect(p.insights.events).toHaveLength(1);
  });

  it('queries sources of one group with different stream prefixes separately, and shares queries by prefix', () => {
    const groups = [group('/ecs/shared', MB), group('/ecs/other', MB)];
    const sources = [source('/ecs/shared', 'web/'), source('/ecs/shared', 'worker/'), source('/ecs/other', 'web/'), source('/ecs/other')];
    const p = plan(groups, sources, { engine: 'insights' });
    expect(p.insights.stats.map((q) => [q.streamPrefix ?? '', q.logGroups])).toEqual([
      ['web/', ['/ecs/shared', '/ecs/other']],
      ['worker/', ['/ecs/shared']],
      ['', ['/ecs/other']],
    ]);
    expect(p.insights.events.map((q) => q.sources.map((s) => s.id))).toEqual([['/ecs/shared|web/', '/ecs/other|web/'], ['/ecs/shared|worker/'], ['/ecs/other']]);
  });

  it('expects each query to scan its groups whole, once per query kind', () => {
    const p = plan([group('a', 3 * MB), group('b', 5 * MB)], undefined, { engine: 'insights' });
    expect(p.bytesByGroup).toEqual({ a: 3 * MB, b: 5 * MB });
    expect(p.expectedBytes).toBe(2 * 8 * MB);
    const statsOnly = planLogRead(
      { sources: [source('a')], groups: new Map([['a', group('a', 3 * MB)]]), startMs: START, endMs: NOW, binSeconds: 300, nowMs: NOW, queries: { stats: true, events: false } },
      settings({ engine: 'insights' }),
    );
    expect(statsOnly.insights.events).toEqual([]);
    expect(statsOnly.expectedBytes).toBe(3 * MB);
  });
});

describe('scan budget', () => {
  it('leaves out the groups that would push the scan past the budget, each with its reason, and keeps the rest', () => {
    // Two passes each: 6, 8, 16 and 2 MB against a 16 MB budget.
    const groups = [group('/a', 3 * MB), group('/b', 4 * MB), group('/c', 8 * MB), group('/d', MB)];
    const p = plan(groups, undefined, { engine: 'insights', scanBudgetBytes: 16 * MB });
    expect(p.sources.map((s) => s.logGroup)).toEqual(['/a', '/b', '/d']);
    expect(p.expectedBytes).toBe(16 * MB);
    expect(p.skipped).toEqual([
      {
        source: expect.objectContaining({ logGroup: '/c' }),
        logGroup: '/c',
        expectedBytes: 16 * MB,
        reason: 'reading log group /c is expected to scan 16 MB with Logs Insights, which would bring the scan to 30 MB, past the budget of 16 MB ([logs] scan_budget_mb)',
      },
    ]);
    expect(p.insights.stats.flatMap((q) => q.logGroups)).toEqual(['/a', '/b', '/d']);
  });

  it('does not apply to FilterLogEvents, which has no scan charge', () => {
    const p = plan([group('/a', 100 * MB)], undefined, { engine: 'filter', scanBudgetBytes: MB });
    expect(p.skipped).toEqual([]);
    expect(p.sources).toHaveLength(1);
    expect(p.expectedCalls.FilterLogEvents).toBe(100);
  });

  it('leaves out a group of unknown size from Insights, but reads it with FilterLogEvents', () => {
    const sources = [source('/known'), source('/unknown')];
    const insights = plan([group('/known', MB)], sources, { engine: 'insights' });
    expect(insights.sources.map((s) => s.logGroup)).toEqual(['/known']);
    expect(insights.skipped).toEqual([
      expect.objectContaining({ logGroup: '/unknown', reason: expect.stringMatching(/size of log group \/unknown is unknown .*\[logs\] scan_budget_mb/) }),
    ]);
    expect(plan([group('/known', MB)], sources, { engine: 'filter' }).sources).toHaveLength(2);
  });
});
