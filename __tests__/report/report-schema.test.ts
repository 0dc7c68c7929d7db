import { buildReport } from '../../src/report/build-report.js';
import { RENDERERS } from '../../src/renderers/registry.js';
import { aConfig, aCpuSeries, anEcsService, NOW } from '../support/builders.js';
import { schemaErrors } from '../support/report-schema.js';

function aReport() {
  return buildReport({
    version: '1.2.3',
    config: aConfig(),
    account: '123456789012',
    resources: [anEcsService()],
    findings: [
      {
        id: 'metric_threshold_breach:ecs:service:pp-web-production/checkout:ecs_cpu',
        kind: 'metric_threshold_breach',
        severity: 'high',
        resource: { type: 'ecs:service', id: 'pp-web-production/checkout' },
        title: 'CPU at or above 90%',
        evidence: [{ label: 'peak', value: '97%' }],
        since: NOW.toISOString(),
        series: aCpuSeries([50, null, 97], { start: NOW.toISOString() }),
        logs: { logGroup: '/ecs/checkout', recent: 3, baseline: 0, recentHours: 1, baselineHours: 23, example: 'boom' },
      },
    ],
    coverage: [{ service: 'rds', operation: 'DescribeEvents', iamAction: 'rds:DescribeEvents', scope: 'events', reason: 'access denied' }],
    apiCalls: { total: 3, requests: 4, byOperation: [{ service: 'ECS', operation: 'ListClusters', calls: 1, requests: 2, failed: 0 }] },
    logs: { engine: 'filter', sources: 1, expectedBytes: 10, bytesScanned: 12, skipped: 0 },
    generatedAt: NOW,
    durationMs: 42,
  });
}

describe('the JSON report and its schema (schemas/report.schema.json)', () => {
  it('the json renderer writes a report the schema accepts', () => {
    expect(schemaErrors(JSON.parse(RENDERERS.json(aReport(), { minSeverity: 'info' })))).toEqual([]);
  });

  it('the schema refuses what a consumer could not read, saying where', () => {
    const report = JSON.parse(RENDERERS.json(aReport(), { minSeverity: 'info' })) as Record<string, unknown> & { findings: Array<Record<string, unknown>> };
    report.findings[0]!.severity = 'urgent';
    delete report.status;
    report.surprise = true;
    expect(schemaErrors(report)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/: must have required property 'status'/),
        expect.stringMatching(/^\/findings\/0\/severity: must be equal to one of the allowed values/),
        expect.stringMatching(/^\/: must NOT have additional properties/),
      ]),
    );
  });
});
