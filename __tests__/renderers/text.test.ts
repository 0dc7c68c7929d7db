import { renderText, wrap } from '../../src/renderers/text.js';
import { aFinding, aReport, anEcsService } from '../support/builders.js';

describe('text report', () => {
  it('opens with a verdict a reader sees first', () => {
    const failing = renderText(aReport({ status: 'failing', findings: [aFinding({ severity: 'critical' }), aFinding({ severity: 'high' })] }), { minSeverity: 'info' });
    expect(failing.split('\n')[3]).toBe('FAILING: 2 findings (1 critical, 1 high); fail-on is high');
    expect(renderText(aReport(), { minSeverity: 'info' }).split('\n')[3]).toBe('HEALTHY: no findings');
  });

  it('lists each finding with resource, what, evidence, since and next step', () => {
    const text = renderText(aReport({ status: 'failing', findings: [aFinding()] }), { minSeverity: 'info' });
    expect(text).toContain('  1. HIGH     ecs:service pp-web-production/checkout\n');
    expect(text).toContain('             1 of 4 tasks running\n');
    expect(text).toContain('desired / running / pending: 4 / 1 / 0');
    expect(text).toContain('since 2026-11-25 09:00 UTC (3h ago)');
    expect(text).toContain('next: look at the stopped tasks');
  });

  it('never exceeds 100 columns, even with long ARNs and messages', () => {
    const long = aFinding({
      title: 'x'.repeat(30) + ' ' + 'word '.repeat(40),
      evidence: [{ label: 'arn', value: 'arn:aws:ecs:us-east-2:123456789012:service/' + 'very-long-cluster-name-'.repeat(8) }],
    });
    const text = renderText(aReport({ findings: [long], resources: [anEcsService({}, { id: 'c/' + 's'.repeat(120) })] }), { minSeverity: 'info' });
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('counts findings below min severity without listing them', () => {
    const text = renderText(aReport({ findings: [aFinding({ severity: 'high' }), aFinding({ severity: 'low', title: 'minor thing' })] }), { minSeverity: 'medium' });
    expect(text).not.toContain('minor thing');
    expect(text).toContain('(1 finding below medium not shown)');
  });

  it('lists coverage gaps with the API and why', () => {
    const text = renderText(
      aReport({ coverage: [{ service: 'ecs', operation: 'DescribeServices', iamAction: 'ecs:DescribeServices', scope: '10 services of cluster a', reason: 'access denied: grant ecs:DescribeServices' }] }),
      { minSeverity: 'info' },
    );
    expect(text).toContain('(1 coverage gap: some checks could not run, see COVERAGE)');
    expect(text).toContain('- not checked: 10 services of cluster a (ecs DescribeServices)');
    expect(text).toContain('why: access denied: grant ecs:DescribeServices');
  });

  it('states the run facts: API calls and retries', () => {
    const text = renderText(aReport({ apiCalls: { total: 12, requests: 15, byOperation: [] } }), { minSeverity: 'info' });
    expect(text).toContain('AWS API calls: 12 (+3 retries)');
  });
});

describe('word wrap', () => {
  it('breaks at spaces and indents continuation lines', () => {
    expect(wrap('aaa bbb ccc', 9, '  ', '    ')).toEqual(['  aaa bbb', '    ccc']);
  });
});
