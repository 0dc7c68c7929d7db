// `aws-monitor watch`, the loop with a fake scan: what it prints, and what the notifier hook gets.
// (watch-signals.test.ts stops the real CLI with signals.)

import { abortableSleep, parseEvery, renderChanges, watchLoop, type WatchCycle } from '../../src/cli/commands/watch.js';
import type { Finding, Report } from '../../src/report/model.js';
import { aConfig, aFinding, aReport } from '../support/builders.js';

const finding = (id: string): Finding =>
  aFinding({ id: `k:ecs:service:${id}`, resource: { type: 'ecs:service', id, account: '123456789012', region: 'us-east-2' }, title: `${id} is down` });

/** Runs the loop over the given scans (an Error is a failed cycle), with no waiting between them. */
async function loop(scans: Array<Finding[] | Error>, extra: { onCycle?: (c: WatchCycle) => void } = {}) {
  const written: string[] = [];
  const warned: string[] = [];
  let i = 0;
  await watchLoop({
    scan: async () => {
      const next = scans[i++]!;
      if (next instanceof Error) throw next;
      return aReport({ findings: next, status: next.length ? 'failing' : 'healthy' });
    },
    config: aConfig(),
    everyMs: 60_000,
    write: (text) => written.push(text),
    warn: (text) => warned.push(text),
    now: () => new Date(),
    sleep: async () => {},
    signal: new AbortController().signal,
    maxCycles: scans.length,
    ...extra,
  });
  return { written, warned };
}

describe('watch loop', () => {
  it('prints the first report in full, then only what changed, and nothing when nothing did', async () => {
    const { written } = await loop([
      [finding('a'), finding('b')],
      [finding('a'), finding('b')],
      [finding('a'), finding('c')],
    ]);
    expect(written[0]).toContain('FINDINGS');
    expect(written[1]).toBe('');
    expect(written[2]).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d UTC FAILING: 1 new, 1 resolved, 1 ongoing\n {2}NEW {6}high ecs:service c \[123456789012 us-east-2\]: c is down \(id k:ecs:service:c\)\n {2}RESOLVED high ecs:service b /,
    );
  });

  it('hands every cycle to the hook: the report, and after the first what changed', async () => {
    const cycles: WatchCycle[] = [];
    await loop([[finding('a')], [finding('b')]], { onCycle: (c) => void cycles.push(c) });
    expect(cycles[0]!.changes).toBeUndefined();
    expect(cycles[1]!.changes?.new.map((f) => f.id)).toEqual(['k:ecs:service:b']);
    expect(cycles[1]!.changes?.resolved.map((f) => f.id)).toEqual(['k:ecs:service:a']);
    // Each report after the first is marked against the one before.
    expect(cycles[1]!.report.findings[0]!.change).toBe('new');
  });

  it('outlives a failed cycle, comparing the next with the last good report', async () => {
    const { written, warned } = await loop([[finding('a')], new Error('socket hang up'), [finding('a')]]);
    expect(warned).toEqual(['aws-monitor watch: cycle 2 failed: socket hang up; next in 1m']);
    expect(written).toHaveLength(2);
    expect(written[1]).toBe('');
  });

  it('writes changes as one JSON line per cycle with --format json', () => {
    const report: Report = aReport({ findings: [finding('c')] });
    const text = renderChanges(report, { new: [finding('c')], ongoing: [], resolved: [finding('b')] }, 'json');
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(
      expect.objectContaining({ new: [expect.objectContaining({ id: 'k:ecs:service:c' })], resolved: [expect.objectContaining({ id: 'k:ecs:service:b' })] }),
    );
  });

  it('stops between cycles as soon as it is told to', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 50);
    await abortableSleep(60_000, controller.signal);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('takes --every from 1m to 24h', () => {
    expect(parseEvery('5m')).toBe(300_000);
    expect(parseEvery(undefined)).toBe(300_000);
    expect(() => parseEvery('10s')).toThrow('--every: must be from 1m to 1d');
    expect(() => parseEvery('soon')).toThrow(/^--every: "soon" must be a duration/);
  });
});
