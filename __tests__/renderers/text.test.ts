import { renderText, sparkline, wrap } from '../../src/renderers/text.js';
import { aCpuSeries, aFinding, aReport, anEcsService } from '../support/builders.js';

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

  it('keeps to 100 columns, except a single token longer than a line, which stands whole on its own line', () => {
    const arn = 'arn:aws:ecs:us-east-2:123456789012:service/' + 'very-long-cluster-name-'.repeat(8);
    const long = aFinding({
      series: {
        metric: 'x',
        namespace: 'AWS/ApplicationELB',
        name: 'HTTPCode_Target_5XX_Count',
        stat: 'Sum',
        unit: 'count',
        periodSeconds: 60,
        start: '2026-11-25T00:00:00.000Z',
        values: Array.from({ length: 1440 }, (_, i) => i % 17),
      },
      title: 'x'.repeat(30) + ' ' + 'word '.repeat(40),
      evidence: [{ label: 'arn', value: `failed in (${arn}) twice` }],
    });
    const text = renderText(aReport({ findings: [long], resources: [anEcsService({}, { id: 'c/' + 's'.repeat(120) })] }), { minSeverity: 'info' });
    for (const line of text.split('\n').filter((l) => l.length > 100)) {
      // An over-long line is the ARN alone (with the parenthesis glued to it), or an inventory row cut with "...".
      expect(line.trim() === `(${arn})` || line.endsWith('...')).toBe(true);
    }
    expect(text).toContain(`(${arn})`);
  });

  it('keeps a suggested command on one line, moving it whole to the next line when it does not fit', () => {
    const command = '`aws ecs describe-services --cluster pp-web-production --services search-api-with-a-long-name`';
    const text = renderText(aReport({ findings: [aFinding({ nextStep: `first read the events: ${command} and check stopped tasks' stoppedReason` })] }), { minSeverity: 'info' });
    const lines = text.split('\n');
    expect(lines.some((l) => l.trim() === command || l.trim().startsWith(command))).toBe(true);
    expect(lines.some((l) => l.includes('next: first read the events:'))).toBe(true);
  });

  it('counts findings below min severity without listing them', () => {
    const text = renderText(aReport({ findings: [aFinding({ severity: 'high' }), aFinding({ severity: 'low', title: 'minor thing' })] }), { minSeverity: 'medium' });
    expect(text).not.toContain('minor thing');
    expect(text).toContain('(1 finding below medium not shown)');
  });

  it('lists coverage gaps with the API and why', () => {
    const text = renderText(
      aReport({
        coverage: [
          {
            service: 'ecs',
            operation: 'DescribeServices',
            iamAction: 'ecs:DescribeServices',
            scope: '10 services of cluster a',
            reason: 'access denied: grant ecs:DescribeServices',
          },
        ],
      }),
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

describe('sparkline', () => {
  it('draws a metric series in eighth-blocks, lowest to highest', () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7], 60)).toBe('▁▂▃▄▅▆▇█');
  });

  it('keeps a one-period spike visible when it squeezes many points into each bar', () => {
    const values = Array.from({ length: 600 }, (_, i) => (i === 301 ? 100 : 1));
    const line = sparkline(values, 60);
    expect(line).toHaveLength(60);
    expect([...line].filter((c) => c === '█')).toHaveLength(1);
  });

  it('leaves gaps in the data blank', () => {
    expect(sparkline([1, null, 3], 60)).toBe('▁ █');
  });

  it('is shown under a metric finding, naming the metric and the time per bar', () => {
    const values = Array.from({ length: 144 }, (_, i) => (i > 130 ? 95 : 30));
    const text = renderText(
      aReport({
        findings: [
          aFinding({
            series: aCpuSeries(values),
          }),
        ],
      }),
      { minSeverity: 'info' },
    );
    expect(text).toMatch(/\n {16}CPUUtilization Average, 15 min per bar:\n {18}▁{43}█{5}\n/);
  });

  it('lists info findings as one line each after the problems, not as numbered blocks', () => {
    const text = renderText(
      aReport({
        findings: [
          aFinding({ severity: 'high', title: 'service is down' }),
          aFinding({ severity: 'info', title: 'Container Insights is off', evidence: [{ label: 'containerInsights', value: 'disabled' }] }),
        ],
      }),
      { minSeverity: 'info', width: 100 },
    );
    const findings = text.slice(text.indexOf('FINDINGS'), text.indexOf('INVENTORY'));
    expect(findings).toContain('  1. HIGH');
    expect(findings).not.toContain('2. INFO');
    expect(findings).toMatch(/ {2}Notes \(info, 1\):\n {4}- ecs:service [^\n]*: Container Insights is off \(disabled\)\n/);
    expect(findings.indexOf('Notes (info')).toBeGreaterThan(findings.indexOf('service is down'));
  });

  it('notes of one kind on many resources are one line naming them, so fifty clusters do not take fifty lines', () => {
    const insightsOff = (i: number) =>
      aFinding({
        id: `i:${i}`,
        kind: 'ecs_container_insights_disabled',
        severity: 'info',
        resource: { type: 'ecs:cluster', id: `cluster-${String(i).padStart(2, '0')}` },
        title: 'Container Insights is off',
      });
    const recurring = aFinding({ kind: 'log_recurring_errors', severity: 'info', title: 'worker: 1 recurring error signature' });
    const text = renderText(aReport({ findings: [...Array.from({ length: 50 }, (_, i) => insightsOff(i)), recurring] }), { minSeverity: 'info', width: 100 });
    const notes = text.slice(text.indexOf('Notes (info'), text.indexOf('INVENTORY')).trimEnd().split('\n');
    expect(notes[0]).toBe('Notes (info, 51):');
    expect(notes.slice(1).join(' ').replace(/\s+/g, ' ').trim()).toBe(
      '- ecs:cluster cluster-00: Container Insights is off; the same on 49 more: cluster-01, cluster-02, cluster-03, cluster-04, cluster-05, cluster-06, cluster-07, cluster-08 and 41 more ' +
        'ids: i:0 and 49 more (see the JSON report) ' +
        '- ecs:service pp-web-production/checkout: worker: 1 recurring error signature (4 / 1 / 0) ' +
        'id: x:ecs:service:a',
    );
    expect(notes.length).toBeLessThanOrEqual(7);
  });

  it('colours only its own markers, after layout: the width holds and text from AWS or logs is never coloured', () => {
    const hostile = aFinding({ severity: 'critical', title: 'FAILING: 1. HIGH looks like ours', evidence: [{ label: 'log', value: '\n  1. HIGH     not a lead line' }] });
    const report = aReport({ status: 'failing', findings: [hostile, aFinding({ severity: 'medium' })], resources: [anEcsService()] });
    const plain = renderText(report, { minSeverity: 'info', width: 100 });
    const colored = renderText(report, { minSeverity: 'info', width: 100, color: true });
    expect(plain).not.toContain('\x1b');
    /* eslint-disable no-control-regex -- ANSI escape codes are what this test is about */
    expect(colored.replace(/\x1b\[[\d;]*m/g, '')).toBe(plain);
    expect(colored).toContain('\x1b[1;31mFAILING\x1b[0m: 2 findings');
    expect(colored).toMatch(/^ {2}1\. \x1b\[1;31mCRITICAL\x1b\[0m ecs:service/m);
    expect(colored).toMatch(/^ {2}2\. \x1b\[33mMEDIUM\x1b\[0m {3}ecs:service/m);
    expect(colored).toMatch(/^\x1b\[1mINVENTORY\x1b\[0m$/m);
    expect(colored).toMatch(/^ {4}\x1b\[1;31m!critical\x1b\[0m/m);
    /* eslint-enable no-control-regex */
    // The finding's own text, however much it looks like a marker, stays as it came.
    expect(colored).toContain('FAILING: 1. HIGH looks like ours');
    expect(colored).toContain('log: \\n 1. HIGH not a lead line');
  });
});
