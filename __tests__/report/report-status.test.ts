// A report that looked at nothing is never healthy (issue 15): its status, its reason, and how
// scopes that could not be checked show in a report over several.

import { reportStatus } from '../../src/report/build-report.js';
import { mergeReports } from '../../src/report/merge-reports.js';
import type { Report, ScanScope } from '../../src/report/model.js';
import { renderMarkdown } from '../../src/renderers/markdown.js';
import { renderText } from '../../src/renderers/text.js';
import { reportSchemaErrors } from '../../src/report/report-schema.js';
import { aFinding, aReport } from '../support/builders.js';

const scope = (account: string, status: ScanScope['status'], reason?: string) => ({ account, region: 'us-east-2', status, ...(reason ? { reason } : {}) });
const reportOf = (account: string, status: ScanScope['status'], reason?: string, overrides: Partial<Report> = {}): Report => {
  const base = aReport(overrides);
  return { ...base, accounts: [account], scopes: [{ ...base.scopes[0]!, account, status, ...(reason ? { reason } : {}) }] };
};

describe('the report status', () => {
  it('is empty when every scope was read and held nothing, with the reason', () => {
    expect(reportStatus([], 'high', [scope('1', 'empty', 'no resources in scope')])).toEqual({ status: 'empty', reason: 'no resources in scope' });
  });

  it('is unchecked when no scope could be checked and one could not be read', () => {
    expect(reportStatus([], 'high', [scope('1', 'unchecked', 'could not reach AWS'), scope('2', 'empty', 'none')])).toEqual({
      status: 'unchecked',
      reason: '1 of 2 scans: 1 us-east-2: could not reach AWS',
    });
  });

  it('follows the findings when any scope was checked; a finding at fail-on is failing whatever else', () => {
    expect(reportStatus([], 'high', [scope('1', 'checked'), scope('2', 'unchecked', 'x')]).status).toBe('healthy');
    expect(reportStatus([aFinding({ severity: 'critical' })], 'high', [scope('1', 'unchecked', 'x')]).status).toBe('failing');
  });
});

describe('reports that looked at nothing, as they read', () => {
  it('opens with COULD NOT CHECK and the reason, never HEALTHY', () => {
    const report = {
      ...reportOf('123456789012', 'unchecked', 'could not reach AWS: connection refused'),
      status: 'unchecked' as const,
      statusReason: 'could not identify the account: could not reach AWS: connection refused',
    };
    expect(reportSchemaErrors(JSON.parse(JSON.stringify(report)))).toEqual([]);
    const text = renderText(report, { minSeverity: 'info' });
    expect(text).toContain('\nCOULD NOT CHECK: could not identify the account: could not reach AWS: connection refused\n');
    expect(text).not.toContain('HEALTHY');
    expect(renderMarkdown(report, { minSeverity: 'info' })).toContain('## aws-monitor: ❔ Could not check');
  });

  it('opens with EMPTY and says what the filters left out', () => {
    const base = reportOf('123456789012', 'empty', 'no resources in scope');
    const report: Report = {
      ...base,
      status: 'empty',
      statusReason: 'no resources in scope',
      resources: [],
      scopes: [{ ...base.scopes[0]!, filtered: [{ type: 'cloudformation:stack', seen: 5, kept: 0, filter: 'pp*production' }] }],
    };
    const text = renderText(report, { minSeverity: 'info' });
    expect(text).toContain('EMPTY: nothing in scope: no resources in scope');
    expect(text).toContain('(0 of 5 stacks match pp*production)');
  });

  it('merged: one account that could not be checked is noted at the top, the rest is judged', () => {
    const merged = mergeReports([reportOf('111111111111', 'checked'), reportOf('222222222222', 'unchecked', 'sts:AssumeRole failed')]);
    expect(merged.status).toBe('healthy');
    expect(renderText(merged, { minSeverity: 'info' })).toContain('(1 of 2 scans could not be checked: see COVERAGE)');
    expect(mergeReports([reportOf('111111111111', 'empty', 'none'), reportOf('222222222222', 'empty', 'none')]).status).toBe('empty');
  });
});
