import { buildReport } from '../../src/report/build-report.js';
import { renderMarkdown, SUMMARY_LIMIT_BYTES } from '../../src/renderers/markdown.js';
import type { Finding, Severity } from '../../src/report/model.js';
import { aConfig, aCpuSeries as series, NOW } from '../support/builders.js';

function aFinding(n: number, severity: Severity, extra: Partial<Finding> = {}): Finding {
  return {
    id: `k:ecs:service:svc-${n}`,
    kind: 'k',
    severity,
    resource: { type: 'ecs:service', id: `web/svc-${n}` },
    title: `problem ${n}`,
    evidence: [{ label: 'why', value: `evidence ${n}` }],
    ...extra,
  };
}

function reportOf(findings: Finding[]) {
  return buildReport({
    version: 't',
    config: aConfig(),
    account: '123456789012',
    resources: [],
    findings,
    coverage: [],
    apiCalls: { total: 1, requests: 1, byOperation: [] },
    generatedAt: NOW,
    durationMs: 1,
  });
}

describe('markdown job summary', () => {
  it('draws the worst series as Mermaid line charts (at most three), gaps carrying the last value', () => {
    const values = Array.from({ length: 288 }, (_, i) => (i === 100 ? null : i < 250 ? 20 : 95));
    const findings = [
      aFinding(1, 'critical', { series: series(values) }),
      aFinding(2, 'high', { series: series(values) }),
      aFinding(3, 'high', { series: series(values) }),
      aFinding(4, 'medium', { series: series(values) }),
    ];
    const md = renderMarkdown(reportOf(findings), { minSeverity: 'info' });
    const charts = md.split('```mermaid').slice(1);
    expect(charts).toHaveLength(3);
    const first = charts[0]!;
    expect(first).toContain('xychart-beta');
    expect(first).toContain('title "web/svc-1: CPUUtilization (Average)"');
    const line = /line \[([^\]]*)\]/.exec(first)![1]!.split(', ').map(Number);
    expect(line).toHaveLength(48);
    expect(line.every((v) => v === 20 || v === 95)).toBe(true);
    expect(line.at(-1)).toBe(95);
    expect(/x-axis \[([^\]]*)\]/.exec(first)![1]!.split(', ')).toHaveLength(48);
  });

  it('puts a log example in a code block under the evidence', () => {
    const md = renderMarkdown(
      reportOf([
        aFinding(1, 'high', {
          logs: { logGroup: '/ecs/a', recent: 2, baseline: 0, recentHours: 1, baselineHours: 5, example: 'java.lang.NullPointerException\n\tat a.B.c(B.java:1) ```' },
        }),
      ]),
      { minSeverity: 'info' },
    );
    expect(md).toContain('- log group: `/ecs/a`');
    // A fence one backtick longer than any run in the example keeps the example exact.
    expect(md).toContain('````text\njava.lang.NullPointerException\n\tat a.B.c(B.java:1) ```\n````');
  });

  it('stays within 1 MiB however many findings, leaving out the least severe and saying so', () => {
    const many = Array.from({ length: 6_000 }, (_, i) =>
      aFinding(i, i < 10 ? 'critical' : 'low', { title: 't'.repeat(200), evidence: [{ label: 'why', value: 'x'.repeat(300) }] }),
    );
    const md = renderMarkdown(reportOf(many), { minSeverity: 'info' });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(md).toMatch(/> \*\*Truncated\*\* to fit GitHub's 1 MiB summary limit: evidence details, charts, \d+ of 6000 findings left out/);
    for (let i = 0; i < 10; i += 1)
      expect(md).toContain(
        `| 🔴 | critical | \`ecs:service\` [web/svc-${i}](<https://us-east-2.console.aws.amazon.com/ecs/v2/clusters/web/services/svc-${i}/health?region=us-east-2>) |`,
      );
    expect(md).toContain('## aws-monitor: ❌ Failing');
  });

  it('is not truncated when it fits', () => {
    expect(renderMarkdown(reportOf([aFinding(1, 'high')]), { minSeverity: 'info' })).not.toContain('Truncated');
  });
});
