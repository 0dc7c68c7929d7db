import { parseBaselineReport } from '../../src/report/baseline-report.js';
import { finishReport } from '../../src/report/finish-report.js';
import { mergeReports } from '../../src/report/merge-reports.js';
import type { Finding, Report } from '../../src/report/model.js';
import { compareReports, markChanges } from '../../src/report/report-changes.js';
import { renderText } from '../../src/renderers/text.js';
import { UserError } from '../../src/errors.js';
import { aFinding, aReport, NOW } from '../support/builders.js';
import { schemaErrors } from '../support/report-schema.js';

const at = (account: string, id: string, severity: Finding['severity'] = 'high'): Finding =>
  aFinding({ id: `k:ecs:service:${id}`, severity, resource: { type: 'ecs:service', id, account, region: 'us-east-2' }, title: `${id} is down` });
const earlier = new Date(NOW.getTime() - 3_600_000).toISOString();
const previousWith = (findings: Finding[], extra: Partial<Report> = {}) => aReport({ generatedAt: earlier, findings, ...extra });

describe('compareReports', () => {
  it('splits findings into new, ongoing and resolved by id in their account and region', () => {
    const previous = previousWith([at('111111111111', 'a'), at('111111111111', 'b')]);
    const current = aReport({ findings: [at('111111111111', 'a'), at('222222222222', 'b')] });
    const changes = compareReports(previous, current);
    expect(changes.new.map((f) => `${f.resource.account} ${f.id}`)).toEqual(['222222222222 k:ecs:service:b']);
    expect(changes.ongoing.map((o) => o.current.id)).toEqual(['k:ecs:service:a']);
    expect(changes.resolved.map((f) => `${f.resource.account} ${f.id}`)).toEqual(['111111111111 k:ecs:service:b']);
  });

  it('counts related findings as problems of their own, and a muted one as still there', () => {
    const a = at('1', 'a');
    const b = at('1', 'b');
    const previous = previousWith([{ ...a, related: [b] }]);
    expect(compareReports(previous, aReport({ findings: [a, b] })).ongoing).toHaveLength(2);
    const muted = aReport({ findings: [a], muted: [{ finding: b, mute: { name: 'm', reason: 'r', until: '2027-01-01' } }] });
    expect(compareReports(previous, muted)).toEqual({ new: [], ongoing: [expect.objectContaining({ current: a })], resolved: [] });
  });
});

describe('a report compared with a baseline', () => {
  it('marks each finding, carries the first-seen time over and lists the resolved', () => {
    const first = markChanges(aReport({ generatedAt: earlier, findings: [at('1', 'a'), at('1', 'b')] }), previousWith([]), 'first.json');
    expect(first.findings.map((f) => [f.change, f.firstSeen])).toEqual([
      ['new', earlier],
      ['new', earlier],
    ]);
    const second = markChanges(aReport({ findings: [at('1', 'a'), at('1', 'c')] }), first, 'second.json');
    expect(second.findings.map((f) => [f.id, f.change, f.firstSeen])).toEqual([
      ['k:ecs:service:a', 'ongoing', earlier],
      ['k:ecs:service:c', 'new', NOW.toISOString()],
    ]);
    expect(second.resolved?.map((f) => f.id)).toEqual(['k:ecs:service:b']);
    expect(second.resolved?.[0]).not.toHaveProperty('change');
    expect(second.baseline).toEqual({ source: 'second.json', generatedAt: earlier });
    expect(schemaErrors(JSON.parse(JSON.stringify(second)))).toEqual([]);
    const text = renderText(second, { minSeverity: 'info' });
    expect(text).toContain('(since 2026-11-25 11:00 UTC: 1 new, 1 ongoing, 1 resolved, see RESOLVED)');
    expect(text).toMatch(/RESOLVED\n {2}- high ecs:service b: b is down\n {4}id: k:ecs:service:b\n/);
    expect(text).toContain('NEW since the baseline');
    expect(text).toContain('ongoing, first seen 2026-11-25 11:00 UTC');
  });

  it('says when there was no baseline, and marks nothing', () => {
    const report = finishReport(aReport({ findings: [at('1', 'a')] }), { mutes: [] });
    expect(report.findings[0]).not.toHaveProperty('change');
    expect(renderText(report, { minSeverity: 'info' })).toContain('Compared with: no baseline, so findings are not marked new or ongoing');
  });

  it('fails on fail-on-new only for new findings at or above it; without a baseline every finding is new', () => {
    const baseline = { report: previousWith([at('1', 'a', 'critical')]), source: 'b.json' };
    const ongoingOnly = finishReport(aReport({ findings: [at('1', 'a', 'critical'), at('1', 'n', 'low')] }), { mutes: [], baseline, failOnNew: 'high' });
    expect(ongoingOnly.status).toBe('degraded');
    expect(renderText(ongoingOnly, { minSeverity: 'info' })).toContain('none new at fail-on-new high');
    expect(finishReport(aReport({ findings: [at('1', 'a', 'critical'), at('1', 'n', 'high')] }), { mutes: [], baseline, failOnNew: 'high' }).status).toBe('failing');
    expect(finishReport(aReport({ findings: [at('1', 'a', 'critical')] }), { mutes: [], failOnNew: 'high' }).status).toBe('failing');
  });

  it('survives merge: the jobs of a matrix, each compared with its own baseline, as one report', () => {
    const east = markChanges(aReport({ findings: [at('1', 'a')] }), previousWith([at('1', 'gone')]), 'east.json');
    const west = markChanges(aReport({ accounts: ['2'], scopes: [{ ...aReport().scopes[0]!, account: '2' }], findings: [at('2', 'b')] }), previousWith([]), 'west.json');
    const merged = mergeReports([east, west]);
    expect(merged.findings.map((f) => f.change)).toEqual(['new', 'new']);
    expect(merged.resolved?.map((f) => f.id)).toEqual(['k:ecs:service:gone']);
    expect(merged.baseline?.source).toBe('east.json, west.json');
  });
});

describe('a baseline file', () => {
  const message = (text: string): string => {
    try {
      parseBaselineReport(text, 'prev.json');
    } catch (error) {
      if (error instanceof UserError) return error.message;
      throw error;
    }
    return 'accepted';
  };

  it('is a report of ours, of this schema version or one of the two before', () => {
    expect(message(JSON.stringify(aReport()))).toBe('accepted');
    expect(message(JSON.stringify({ ...aReport(), schemaVersion: 5 }))).toBe('accepted');
    expect(message(JSON.stringify({ ...aReport(), schemaVersion: 4 }))).toBe('accepted');
  });

  it('is refused, naming the file, when it is anything else', () => {
    expect(message('{"findings": [')).toMatch(/^baseline prev\.json: not JSON \(/);
    expect(message('{"results": []}')).toBe('baseline prev.json: not an aws-monitor JSON report; give the JSON report of a previous run (--format json)');
    expect(message(JSON.stringify({ ...aReport(), schemaVersion: 2 }))).toBe(
      'baseline prev.json: an aws-monitor report of schema version 2; this version compares with versions 4, 5 and 6',
    );
    expect(message(JSON.stringify({ ...aReport(), findings: [{ id: 1 }] }))).toMatch(/^baseline prev\.json: not a valid aws-monitor JSON report:\n {2}\/findings\/0/);
  });
});
