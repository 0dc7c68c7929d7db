import { overlongLines } from '../support/pastable.js';
import { buildReport } from '../../src/report/build-report.js';
import { allFindings, mergeRelated } from '../../src/report/merge-related.js';
import type { Finding, Resource } from '../../src/report/model.js';
import { RENDERERS } from '../../src/renderers/registry.js';
import { aConfig, aFinding, anEcsService, NOW } from '../support/builders.js';
import { schemaErrors } from '../support/report-schema.js';

const checkout = anEcsService({ targetGroups: ['checkout'] });
const search = anEcsService({ targetGroups: ['search-api', 'shared'] }, { id: 'pp-web-production/search-api', name: 'search-api' });
const worker = anEcsService({ targetGroups: ['shared'] }, { id: 'pp-workers-production/worker', name: 'worker' });
const resources: Resource[] = [checkout, search, worker];

function on(type: Finding['resource']['type'], id: string, kind: string, cause: Finding['cause'], severity: Finding['severity'], extra: Partial<Finding> = {}): Finding {
  return aFinding({ id: `${kind}:${type}:${id}`, kind, severity, resource: { type, id }, title: `${kind} on ${id}`, ...(cause ? { cause } : {}), ...extra });
}

const errorSpike = on('ecs:service', 'pp-web-production/checkout', 'log_error_rate_spike', 'errors', 'high');
const newSignature = on('ecs:service', 'pp-web-production/checkout', 'log_new_signature', 'errors', 'high');
const tg5xx = on('elbv2:target-group', 'checkout', 'metric_error_rate_spike', 'errors', 'medium');
const cpu = on('ecs:service', 'pp-web-production/checkout', 'metric_threshold_breach', 'saturation', 'high', {
  series: { metric: 'ecs_cpu', namespace: 'AWS/ECS', name: 'CPUUtilization', stat: 'Average', unit: 'percent', periodSeconds: 300, start: NOW.toISOString(), values: [95] },
});
const memory = on('ecs:service', 'pp-web-production/checkout', 'metric_threshold_breach', 'saturation', 'medium', {
  series: { metric: 'ecs_memory', namespace: 'AWS/ECS', name: 'MemoryUtilization', stat: 'Average', unit: 'percent', periodSeconds: 300, start: NOW.toISOString(), values: [90] },
});

describe('merging findings with one cause on one resource', () => {
  it('keeps the worst finding and carries the others whole, in order, on the same resource', () => {
    const merged = mergeRelated([errorSpike, newSignature, cpu], resources);
    expect(merged.map((f) => f.kind)).toEqual(['log_error_rate_spike', 'metric_threshold_breach']);
    expect(merged[0]!.related).toEqual([newSignature]);
    expect(merged[1]!.related).toBeUndefined();
  });

  it('counts a target group as the one service that registers into it, but not a group two services share', () => {
    const shared = on('elbv2:target-group', 'shared', 'metric_error_rate_spike', 'errors', 'high');
    const searchErrors = on('ecs:service', 'pp-web-production/search-api', 'log_error_rate_spike', 'errors', 'medium');
    const merged = mergeRelated([errorSpike, shared, tg5xx, searchErrors], resources);
    expect(merged.map((f) => f.id)).toEqual([errorSpike.id, shared.id, searchErrors.id]);
    expect(merged[0]!.related).toEqual([tg5xx]);
  });

  it('never merges different causes, saturation of different metrics, or findings without a cause', () => {
    const noMultiAz = on('ecs:service', 'pp-web-production/checkout', 'rds_not_multi_az', undefined, 'low');
    const alsoNoCause = on('ecs:service', 'pp-web-production/checkout', 'waf_logging_disabled', undefined, 'low');
    const latency = on('ecs:service', 'pp-web-production/checkout', 'metric_latency_degradation', 'latency', 'high');
    const merged = mergeRelated([errorSpike, cpu, latency, memory, noMultiAz, alsoNoCause], resources);
    expect(merged).toHaveLength(6);
    expect(merged.every((f) => f.related === undefined)).toBe(true);
  });

  it('loses nothing: every finding is either kept or related, exactly once', () => {
    const input = [errorSpike, newSignature, tg5xx, cpu, memory];
    const merged = mergeRelated(input, resources);
    expect(
      allFindings(merged)
        .map((f) => f.id)
        .sort(),
    ).toEqual(input.map((f) => f.id).sort());
  });

  it('flattens findings that were already merged, so related findings never nest', () => {
    const once = mergeRelated([errorSpike, newSignature], resources)[0]!;
    const again = mergeRelated([on('ecs:service', 'pp-web-production/checkout', 'ecs_deployment_failed', 'errors', 'critical'), once, tg5xx], resources);
    expect(again).toHaveLength(1);
    expect(again[0]!.related!.map((f) => f.kind)).toEqual(['log_error_rate_spike', 'log_new_signature', 'metric_error_rate_spike']);
    expect(again[0]!.related!.every((f) => f.related === undefined)).toBe(true);
  });
});

describe('merged findings in the report', () => {
  const checkoutGroup: Resource = {
    type: 'elbv2:target-group',
    id: 'checkout',
    name: 'checkout',
    region: 'us-east-2',
    status: 'healthy',
    tags: {},
    attributes: { loadBalancers: ['pp-web-public'], targets: 2, healthyTargets: 2 },
  };
  const parts = {
    version: '1.0.0',
    account: '123456789012',
    resources: [...resources, checkoutGroup],
    findings: [newSignature, tg5xx, errorSpike, memory],
    coverage: [],
    apiCalls: { total: 1, requests: 1, byOperation: [] },
    generatedAt: NOW,
    durationMs: 5,
  };

  it('buildReport merges after sorting, so the worst is kept; merge_related = false keeps them apart', () => {
    const report = buildReport({ ...parts, config: aConfig() });
    expect(report.findings.map((f) => f.kind)).toEqual(['log_error_rate_spike', 'metric_threshold_breach']);
    expect(report.findings[0]!.related!.map((f) => f.kind)).toEqual(['log_new_signature', 'metric_error_rate_spike']);
    const apart = buildReport({ ...parts, config: aConfig({ output: { ...aConfig().output, mergeRelated: false } }) });
    expect(apart.findings).toHaveLength(4);
  });

  it('redacts related findings too', () => {
    const leaky = { ...tg5xx, title: 'failed for ops@example.com with AKIAIOSFODNN7EXAMPLE' };
    const report = buildReport({ ...parts, findings: [errorSpike, leaky], config: aConfig() });
    expect(JSON.stringify(report)).not.toMatch(/ops@example\.com|AKIAIOSFODNN7EXAMPLE/);
    expect(report.findings[0]!.related![0]!.title).toContain('[redacted:');
  });

  it('the text report lists related findings under the one kept, naming another resource when it is one', () => {
    const report = buildReport({ ...parts, config: aConfig() });
    const text = RENDERERS.text(report, { minSeverity: 'info', width: 100 });
    expect(text).toContain('same cause, also found (2):');
    expect(text).toContain('(2 more findings share a cause and a resource with one above: listed under it as related)');
    expect(text).toContain('- high: log_new_signature on pp-web-production/checkout; since 09:00 UTC');
    expect(text).toContain('- medium: elbv2:target-group checkout: metric_error_rate_spike on checkout');
    // The target group's row in the inventory shows the related finding's severity.
    expect(text).toMatch(/!medium\s+checkout\s/);
    expect(overlongLines(text)).toEqual([]);
  });

  it('the summary says how many are related and lists them under the details', () => {
    const md = RENDERERS.markdown(buildReport({ ...parts, config: aConfig() }), { minSeverity: 'info' });
    expect(md).toContain('| log\\_error\\_rate\\_spike on pp-web-production/checkout (+2 related) |');
    expect(md).toContain('  - medium: `elbv2:target-group` checkout: metric\\_error\\_rate\\_spike on checkout');
  });

  it('the JSON report with related findings matches the schema, and the schema refuses nesting', () => {
    const json = JSON.parse(RENDERERS.json(buildReport({ ...parts, config: aConfig() }), { minSeverity: 'info' })) as {
      findings: Array<{ related: Array<Record<string, unknown>> }>;
    };
    expect(schemaErrors(json)).toEqual([]);
    json.findings[0]!.related[0]!.related = [json.findings[0]!.related[1]];
    expect(schemaErrors(json).join('\n')).toMatch(/\/findings\/0\/related\/0/);
  });
});
