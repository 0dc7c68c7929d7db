// Metric plan cost: GetMetricData calls for 200 resources over 1 h, 24 h, 7 d and 90 d against the
// fewest the API limits allow and against one call per metric per resource; without history, and
// with the default [metrics] baseline read before the window for the anomaly engine. A window read
// coarser than a 24-hour scan reads it has its last day read again at that scan's period: its calls
// are in the total, and in the minimum.

import { SETTINGS, defaultValue } from '../src/config/settings.js';
import type { Resource, ResourceType } from '../src/report/model.js';
import { minimumCalls, planMetricReads } from '../src/telemetry/metrics/metric-planner.js';

// GetMetricStatistics returns at most 1,440 data points per call.
const STATISTICS_POINTS_PER_CALL = 1440;

function resources(): Resource[] {
  const make = (type: ResourceType, count: number, attributes: (i: number) => Resource['attributes'], extra: Partial<Resource> = {}) =>
    Array.from({ length: count }, (_, i): Resource => ({
      type,
      id: `${type.split(':')[1]}-${i}`,
      name: `r-${i}`,
      region: 'us-east-2',
      account: '123456789012',
      tags: {},
      attributes: attributes(i),
      ...extra,
    }));
  return [
    ...make('ecs:service', 50, (i) => ({ cluster: `c-${i % 5}` })),
    ...make('elbv2:load-balancer', 20, (i) => ({ lbType: 'application', metricDimension: `app/lb-${i}/0123` })),
    ...make('elbv2:target-group', 40, (i) => ({ metricDimension: `targetgroup/tg-${i}/0123`, loadBalancerDimension: `app/lb-${i % 20}/0123` })),
    ...make('rds:instance', 60, (i) => ({ engine: 'postgres', allocatedStorageGiB: 100, role: i % 4 === 0 ? 'replica' : 'primary' })),
    ...make('rds:cluster', 10, () => ({ engine: 'aurora-postgresql' })),
    ...make('opensearch:domain', 10, () => ({ ebsVolumeGiB: 100 })),
    ...make('dms:task', 10, () => ({ replicationInstance: 'ri-1' }), { arn: 'arn:aws:dms:us-east-2:123456789012:task:ABCDEFGHIJ' }),
  ];
}

export function metricPlanCalls(): void {
  const all = resources();
  const now = new Date('2026-11-25T12:00:00Z');
  for (const baselineMs of [0, defaultValue(SETTINGS.metrics.baseline)]) {
    console.log(
      `\nGetMetricData plan for ${all.length} resources (points cap ${defaultValue(SETTINGS.metrics.max_points_per_series)} per series; history before the window: ${baselineMs / 86_400_000} d, at most 3x the cap)`,
    );
    console.log('  window  period  points  series  calls  (last day)  minimum  ratio   naive calls  naive/ours');
    for (const [label, ms] of [
      ['1 h', 3_600_000],
      ['24 h', 86_400_000],
      ['7 d', 7 * 86_400_000],
      ['90 d', 90 * 86_400_000],
    ] as const) {
      const window = { from: new Date(now.getTime() - ms), to: now };
      const options = { maxPointsPerSeries: defaultValue(SETTINGS.metrics.max_points_per_series), baselineMs };
      const plans = planMetricReads(all, window, now, options);
      const [plan, recent] = plans;
      const series = plan.calls.reduce((n, c) => n + c.length, 0);
      const calls = plans.reduce((n, p) => n + p.calls.length, 0);
      const minimum = plans.reduce((n, p) => n + minimumCalls(series, p.pointsPerSeries), 0);
      // The naive way: one GetMetricStatistics per metric per resource, at the same periods.
      const naive = plans.reduce((n, p) => n + series * Math.ceil(p.pointsPerSeries / STATISTICS_POINTS_PER_CALL), 0);
      console.log(
        `  ${label.padEnd(6)}  ${`${plan.periodSeconds / 60} min`.padStart(6)}  ${String(plan.pointsPerSeries).padStart(6)}  ${String(series).padStart(6)}  ${String(calls).padStart(5)}  ${(recent ? `(${recent.calls.length})` : '').padStart(10)}  ${String(minimum).padStart(7)}  ${(calls / minimum).toFixed(2)}x  ${String(naive).padStart(11)}  ${(naive / calls).toFixed(0)}x fewer`,
      );
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  metricPlanCalls();
}
