// User regexes within a budget (issue 16): matched on at most 4 KiB of a line, and past a scan-wide
// CPU budget they match nothing more, which the scan reports as a coverage gap.

import { digestSourceLogs } from '../../../src/analysis/logs/log-digest.js';
import { MAX_MATCHED_CHARS } from '../../../src/config/regex-safety.js';
import { PatternBudget } from '../../../src/telemetry/logs/pattern-budget.js';
import type { SourceLogs } from '../../../src/telemetry/logs/log-types.js';

describe('the pattern budget', () => {
  it('matches on the head of a line only', () => {
    const test = new PatternBudget(1_000).test(/needle/);
    expect(test(`${'x'.repeat(MAX_MATCHED_CHARS - 10)}needle`)).toBe(true);
    expect(test(`${'x'.repeat(MAX_MATCHED_CHARS)}needle`)).toBe(false);
  });

  it('stops matching once the patterns have taken their budget of CPU time', () => {
    // The clock is read before and after each match: each match here takes the next duration given.
    const readings: number[] = [];
    let now = 0;
    const budget = new PatternBudget(100, () => readings.shift() ?? now);
    const slow = budget.test(/a/);
    const spend = (ms: number) => {
      readings.push(now, now + ms);
      now += ms;
      return slow('a');
    };
    expect(spend(60)).toBe(true);
    expect(budget.exhausted).toBe(false);
    expect(spend(60)).toBe(true);
    expect(budget.exhausted).toBe(true);
    expect(spend(0)).toBe(false);
  });

  it('bounds the digest of long hostile lines: a pattern costly on whole lines stays cheap on their heads', () => {
    // [a-z]+@x is accepted (no nesting, no overlap) yet quadratic on a line of letters: 250 KB lines took seconds each.
    const line = `ERROR ${'a'.repeat(250_000)}`;
    const logs: SourceLogs = {
      source: { id: 'g', logGroup: 'g', kind: 'application', resource: { type: 'logs:log-group', id: 'g' } },
      counts: { total: [6] },
      events: Array.from({ length: 6 }, (_, i) => ({ timestamp: i, message: line, logStream: 's' })),
      truncated: false,
    } as unknown as SourceLogs;
    const started = performance.now();
    digestSourceLogs(logs, { startMs: 0, binSeconds: 60, binCount: 1, errorPatterns: [/[a-z]+@x/], examplePatterns: [{ id: 'p', re: /[a-z]+@x/ }] });
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
