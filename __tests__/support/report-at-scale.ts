// A report of any size, built the way a scan builds one (buildReport: placed, sorted, redacted,
// related findings merged), for the HTML report's tests and its page-load measurement: N
// resources of every type and M findings of every kind of content (metric series, log counts with
// an example, state findings without a series, related findings). Deterministic: a seeded PRNG.

import { buildReport } from '../../src/report/build-report.js';
import { mergeReports } from '../../src/report/merge-reports.js';
import { SEVERITIES, type Finding, type FindingSeries, type Report, type Resource } from '../../src/report/model.js';
import { aConfig, NOW } from './builders.js';
import { prng } from './prng.js';

const POINTS = 288; // a day at 5-minute periods, the demo's resolution
const SERIES_START = new Date(NOW.getTime() - (POINTS - 1) * 300_000).toISOString();

function resourceAt(i: number, region: string): Resource {
  const kinds: Array<() => Resource> = [
    () => ({
      type: 'ecs:service',
      id: `pp-web-production/service-${i}`,
      name: `service-${i}`,
      region,
      status: 'ACTIVE',
      tags: { team: `team-${i % 7}` },
      attributes: { cluster: 'pp-web-production', desired: 4, running: 4, pending: 0, launchType: 'FARGATE', taskDefinition: `service-${i}:${i % 9}`, rolloutState: 'COMPLETED' },
    }),
    () => ({
      type: 'rds:instance',
      id: `db-${i}`,
      name: `db-${i}`,
      region,
      status: 'available',
      tags: {},
      attributes: { engine: 'postgres', engineVersion: '16.4', instanceClass: 'db.r6g.large', multiAZ: true, allocatedStorageGiB: 200, role: 'primary' },
    }),
    () => ({
      type: 'elbv2:target-group',
      id: `tg-${i}`,
      name: `tg-${i}`,
      region,
      status: 'healthy',
      tags: {},
      attributes: { protocol: 'HTTP', port: 8080, targets: 3, healthyTargets: 3, loadBalancers: ['pp-web-public'] },
    }),
    () => ({
      type: 'cloudformation:stack',
      id: `pp-stack-${i}-production`,
      name: `pp-stack-${i}-production`,
      region,
      status: 'UPDATE_COMPLETE',
      tags: {},
      attributes: { lastUpdatedAt: '2026-11-20T10:00:00.000Z' },
    }),
    () => ({
      type: 'opensearch:domain',
      id: `search-${i}`,
      name: `search-${i}`,
      region,
      status: 'active',
      tags: {},
      attributes: { engineVersion: 'OpenSearch_2.13', instanceType: 'r6g.large.search', instanceCount: 3 },
    }),
    () => ({
      type: 'logs:log-group',
      id: `/ecs/service-${i}`,
      name: `/ecs/service-${i}`,
      region,
      status: 'active',
      tags: {},
      attributes: { retentionDays: 30, storedBytes: 1_000_000 * i },
    }),
  ];
  return kinds[i % kinds.length]!();
}

function metricSeries(random: () => number, rise: number, unit: string, name: string): FindingSeries {
  const base = unit === 'seconds' ? 0.002 : unit === 'bytes' ? 40 * 2 ** 30 : 20;
  const values = Array.from({ length: POINTS }, (_, i) => (random() < 0.01 ? null : base * (i >= rise ? 4 : 1) * (1 + (random() - 0.5) * 0.2)));
  return { metric: name.toLowerCase(), namespace: 'AWS/ECS', name, stat: 'Average', unit, periodSeconds: 300, start: SERIES_START, values };
}

function logCounts(random: () => number, rise: number): FindingSeries {
  const values = Array.from({ length: POINTS }, (_, i) => Math.floor(random() * (i >= rise ? 14 : 1.3)));
  return { metric: 'log_errors', namespace: 'CloudWatch Logs', name: 'error lines', stat: 'Sum', unit: 'count', periodSeconds: 300, start: SERIES_START, values };
}

const at = (index: number): string => new Date(Date.parse(SERIES_START) + index * 300_000).toISOString();

/** Finding i of n: severities spread from critical (the first) to info (the last). */
function findingOn(resource: Resource, i: number, n: number, random: () => number): Finding {
  const severity = SEVERITIES[Math.min(SEVERITIES.length - 1, Math.floor((i / n) * SEVERITIES.length))]!;
  const rise = POINTS - 12 - Math.floor(random() * 60);
  const base = { severity, resource: { type: resource.type, id: resource.id, ...(resource.arn ? { arn: resource.arn } : {}) }, since: at(rise) };
  switch (i % 3) {
    case 0:
      return {
        ...base,
        id: `metric_latency_degradation:${resource.type}:${resource.id}:latency`,
        kind: 'metric_latency_degradation',
        title: `latency up ${250 + i}%`,
        evidence: [
          { label: 'baseline (first half of the window)', value: '2.00 ms' },
          { label: 'since the rise', value: '8.10 ms (median of 24 periods)' },
        ],
        nextStep: 'check deploys and dependency latency around the start',
        cause: 'latency',
        series: metricSeries(random, rise, i % 2 ? 'seconds' : 'percent', i % 2 ? 'TargetResponseTime' : 'CPUUtilization'),
      };
    case 1: {
      const example = [
        `2026-11-25T11:0${i % 10}:00Z ERROR [checkout] request failed for order ${i}`,
        'java.lang.IllegalStateException: pool exhausted',
        ...Array.from({ length: 6 }, (_, k) => `\tat com.shop.Service${k}.call(Service${k}.java:${40 + k})`),
      ].join('\n');
      return {
        ...base,
        id: `log_error_rate_spike:${resource.type}:${resource.id}`,
        kind: 'log_error_rate_spike',
        title: `${resource.name}: ${10 + (i % 30)}% of log lines are errors, up from 1.2%`,
        evidence: [
          { label: 'last 1 h', value: `${100 + i} error lines of ${600 + i}` },
          { label: '23 h before', value: '40 error lines of 3400 (1.2%)' },
        ],
        nextStep: 'read the log group from the start, starting with the rising signature',
        cause: 'errors',
        series: logCounts(random, rise),
        logs: {
          logGroup: `/ecs/${resource.name}`,
          signature: 'java.lang.IllegalStateException at com.shop.Service0.call',
          recent: 100 + i,
          baseline: 40,
          recentHours: 1,
          baselineHours: 23,
          firstSeen: at(rise),
          lastSeen: NOW.toISOString(),
          example,
        },
      };
    }
    default:
      return {
        ...base,
        id: `state:${resource.type}:${resource.id}`,
        kind: 'rds_unhealthy',
        title: `${resource.name} is in state ${resource.status ?? 'unknown'}`,
        evidence: [{ label: 'status', value: resource.status ?? 'unknown' }],
        nextStep: `aws describe ${resource.id}`,
      };
  }
}

export interface ScaleOptions {
  resources: number;
  findings: number;
  /** Accounts (each its own scan, merged as `aws-monitor merge` does); default 1. */
  accounts?: number;
  seed?: number;
  /** Applied to each finding before the report is built (and redacted): hostile text, secrets. */
  finding?: (finding: Finding, index: number) => Finding;
}

export function aReportAtScale(options: ScaleOptions): Report {
  const accounts = options.accounts ?? 1;
  const reports = Array.from({ length: accounts }, (_, a) => {
    const random = prng((options.seed ?? 1) + a);
    const region = a % 2 === 0 ? 'us-east-2' : 'eu-west-1';
    const count = Math.ceil(options.resources / accounts);
    const resources = Array.from({ length: count }, (_, i) => resourceAt(i, region));
    const findingCount = Math.ceil(options.findings / accounts);
    const findings = Array.from({ length: findingCount }, (_, i) => {
      const f = findingOn(resources[i % resources.length]!, i, findingCount, random);
      return options.finding ? options.finding(f, i) : f;
    });
    return buildReport({
      version: 'test',
      config: aConfig({ region }),
      account: String(123456789012 + a),
      ...(accounts > 1 ? { accountName: `team-${String.fromCharCode(97 + a)}` } : {}),
      resources,
      findings,
      coverage: [
        {
          service: 'rds',
          operation: 'DescribePendingMaintenanceActions',
          iamAction: 'rds:DescribePendingMaintenanceActions',
          scope: 'pending maintenance of RDS resources',
          reason: 'AccessDenied',
        },
      ],
      apiCalls: { total: 40 + count, requests: 44 + count, byOperation: [{ service: 'ecs', operation: 'DescribeServices', calls: 4, requests: 4, failed: 0 }] },
      logs: { engine: 'insights', sources: 10, expectedBytes: 5_000_000, bytesScanned: 5_200_000, skipped: 0 },
      generatedAt: NOW,
      durationMs: 4_200,
    });
  });
  return accounts === 1 ? reports[0]! : mergeReports(reports);
}
