import { buildReport } from '../../src/report/build-report.js';
import { mergeReports } from '../../src/report/merge-reports.js';
import type { Report } from '../../src/report/model.js';
import { UserError } from '../../src/errors.js';
import { aConfig, aFinding, anEcsService, NOW } from '../support/builders.js';
import { schemaErrors } from '../support/report-schema.js';

function scopeReport(
  account: string,
  region: string,
  extra: { severity?: 'critical' | 'low'; failOn?: 'high' | 'critical'; minutesLater?: number; engine?: 'insights' | 'filter' } = {},
): Report {
  const generatedAt = new Date(NOW.getTime() + (extra.minutesLater ?? 0) * 60_000);
  const config = aConfig({ region, window: { from: new Date(generatedAt.getTime() - 86_400_000), to: generatedAt } });
  return buildReport({
    version: '1.0.0',
    config: { ...config, output: { ...config.output, failOn: extra.failOn ?? 'high' } },
    account,
    accountName: `acct-${account.slice(0, 3)}`,
    resources: [anEcsService({}, { region })],
    findings: [aFinding({ severity: extra.severity ?? 'low', title: `in ${account} ${region}` })],
    coverage: [{ service: 'rds', operation: 'DescribeEvents', scope: 'events', reason: 'throttled' }],
    apiCalls: { total: 3, requests: 4, byOperation: [{ service: 'ECS', operation: 'ListClusters', calls: 3, requests: 4, failed: 0 }] },
    logs: { engine: extra.engine ?? 'filter', sources: 2, expectedBytes: 10, bytesScanned: 20, skipped: 1 },
    generatedAt,
    durationMs: 1000 * (1 + (extra.minutesLater ?? 0)),
  });
}

describe('merging reports of several accounts and regions', () => {
  const a = scopeReport('111111111111', 'us-east-2');
  const b = scopeReport('222222222222', 'eu-west-1', { severity: 'critical', minutesLater: 3, engine: 'insights' });

  it('keeps every scope, resource, finding and gap, sums the calls and recomputes the verdict', () => {
    const merged = mergeReports([a, b]);
    expect(merged.accounts).toEqual(['111111111111', '222222222222']);
    expect(merged.regions).toEqual(['eu-west-1', 'us-east-2']);
    expect(merged.scopes.map((s) => `${s.accountName} ${s.region}`)).toEqual(['acct-111 us-east-2', 'acct-222 eu-west-1']);
    expect(merged.resources).toHaveLength(2);
    expect(merged.findings.map((f) => `${f.severity} ${f.resource.account} ${f.resource.region}`)).toEqual(['critical 222222222222 eu-west-1', 'low 111111111111 us-east-2']);
    expect(merged.coverage.map((g) => g.account)).toEqual(['111111111111', '222222222222']);
    expect(merged.apiCalls).toEqual({ total: 6, requests: 8, byOperation: [{ service: 'ECS', operation: 'ListClusters', calls: 6, requests: 8, failed: 0 }] });
    expect(merged.logs).toEqual({ engine: 'mixed', sources: 4, expectedBytes: 20, bytesScanned: 40, skipped: 2 });
    expect(merged.status).toBe('failing');
    // The window spans both jobs; the wall time is the longest job's.
    expect(merged.window).toEqual({ from: a.window.from, to: b.window.to });
    expect(merged.generatedAt).toBe(b.generatedAt);
    expect(merged.durationMs).toBe(4000);
    expect(schemaErrors(merged)).toEqual([]);
  });

  it('gives the same report whatever the order of the inputs', () => {
    expect(mergeReports([b, a])).toEqual(mergeReports([a, b]));
  });

  it('is the identity on one report, and merging merged reports changes nothing', () => {
    const c = scopeReport('333333333333', 'us-east-2');
    expect(mergeReports([mergeReports([a, b]), c])).toEqual(mergeReports([a, b, c]));
  });

  it('refuses what it cannot merge honestly, saying what to do', () => {
    const message = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(UserError);
        return (error as Error).message;
      }
      throw new Error('expected a UserError');
    };
    expect(message(() => mergeReports([]))).toBe('nothing to merge: no reports given');
    expect(message(() => mergeReports([a, scopeReport('111111111111', 'us-east-2')]))).toBe(
      'account 111111111111 in us-east-2 is in more than one report: each account and region must be scanned once',
    );
    const stricter = scopeReport('333333333333', 'us-east-2', { failOn: 'critical' });
    expect(message(() => mergeReports([a, stricter]))).toBe('the reports use different fail-on thresholds (critical, high): give one with --fail-on');
    expect(mergeReports([a, stricter], { failOn: 'critical' }).failOn).toBe('critical');
    expect(message(() => mergeReports([a, { ...b, schemaVersion: 2 as unknown as 6 }]))).toMatch(/^cannot merge reports of schema version 2 and 6/);
  });
});
