// Metrics end to end against the emulator: discovery, one batched GetMetricData plan, detectors.
// The demo account's CloudWatch data holds a 5xx spike, a CPU saturation, a latency rise and a
// disk filling up, next to quiet resources and a traffic surge whose error rate does not change.

import { runScan } from '../../src/scan.js';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { demoLoadBalancerDimension, DEMO_METRIC_MINUTES, DEMO_METRIC_STEP_MINUTES, putSeries, seedDemoMetrics } from '../../tools/emulator/demo-metrics.js';
import type { Report } from '../../src/report/model.js';
import { aConfig } from '../support/builders.js';
import { emulatorFactory, REGION, useEmulator } from '../support/emulator.js';

const emulator = useEmulator();
let seededAt = 0;
let report: Report;

// One scan for all the checks below: the emulator's GetMetricData is slow (it scans every stored
// point for every period), and the scan is the same each time.
beforeAll(async () => {
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
  seededAt = Date.now();
  await seedDemoMetrics({ endpoint: emulator().endpoint, region: REGION }, seededAt);
  // Response times too, which the catalog also reads as p50/p90/p99: the emulator rejects
  // percentiles over stored data, so these exercise the bisection of a failed call.
  const lb = await demoLoadBalancerDimension({ endpoint: emulator().endpoint, region: REGION });
  const responseTime = {
    namespace: 'AWS/ApplicationELB',
    metricName: 'TargetResponseTime',
    dimensions: [{ Name: 'LoadBalancer', Value: lb }],
    unit: 'Seconds' as const,
    value: () => 0.12,
  };
  await putSeries({ endpoint: emulator().endpoint, region: REGION }, [responseTime], DEMO_METRIC_MINUTES, seededAt, DEMO_METRIC_STEP_MINUTES);
  const now = new Date(seededAt);
  // A day at 5-minute periods, the resolution of the seeded data.
  const config = aConfig({
    services: ['ecs', 'elbv2', 'rds'],
    window: { from: new Date(now.getTime() - 86_400_000), to: now },
    metrics: { enabled: true, maxPointsPerSeries: 288 },
  });
  const clients = emulatorFactory(emulator().endpoint, { maxAttempts: 1 });
  report = await runScan({ clients, now: () => now, version: 'test' }, config);
  clients.destroy();
}, 120_000);

describe('metrics against the emulator', () => {
  it('finds the 5xx spike, the CPU saturation, the latency rise and the filling disk, each once on the right resource', () => {
    const metricFindings = report.findings.filter((f) => f.kind.startsWith('metric_'));
    expect(metricFindings.map((f) => [f.kind, f.resource.id, f.series?.metric]).sort()).toEqual([
      ['metric_capacity_exhaustion', 'orders-db', 'rds_free_storage'],
      ['metric_error_rate_spike', 'pp-web-public', 'alb_target_5xx'],
      ['metric_latency_degradation', 'orders-db', 'rds_read_latency'],
      ['metric_threshold_breach', 'pp-web-production/checkout', 'ecs_cpu'],
    ]);
  });

  it('gives each finding its evidence: baseline or limit, current value, start and the series', () => {
    const byKind = Object.fromEntries(report.findings.filter((f) => f.kind.startsWith('metric_')).map((f) => [f.kind, f]));
    const spike = byKind.metric_error_rate_spike!;
    expect(spike.severity).toBe('high');
    expect(spike.title).toMatch(/^target 5xx responses spiked to [78]\.\d% of requests, still now$/);
    expect(Date.parse(spike.since!)).toBeGreaterThanOrEqual(seededAt - 28 * 60_000);
    expect(spike.evidence.find((e) => e.label === 'baseline')?.value).toMatch(/^0\.\d+% of requests$/);
    const cpu = byKind.metric_threshold_breach!;
    expect(cpu.title).toMatch(/^CPU utilization at or above 90% for 4\d min, still now$/);
    expect(cpu.severity).toBe('high');
    const latency = byKind.metric_latency_degradation!;
    expect(latency.title).toMatch(/^read latency up \d+%: (1\.9\d|2\.\d+) ms -> (8|9|10)\.\d+ ms$/);
    expect(Math.abs(Date.parse(latency.since!) - (seededAt - 180 * 60_000))).toBeLessThanOrEqual(6 * 60_000);
    const disk = byKind.metric_capacity_exhaustion!;
    expect(disk.severity).toBe('critical');
    expect(disk.title).toMatch(/^free storage runs out in [67] h at the current rate$/);
    for (const finding of [spike, cpu, latency, disk]) {
      expect(finding.series?.periodSeconds).toBe(300);
      // Twelve hours of seeded data at five-minute periods; a count without the 5 minutes still filling.
      expect(finding.series?.values.length).toBe(finding === spike ? 143 : 144);
    }
  });

  it('isolates the queries the emulator rejects (percentiles over stored data) and keeps every other series', () => {
    const gaps = report.coverage.filter((g) => g.operation === 'GetMetricData');
    expect(gaps.map((g) => g.scope).sort()).toEqual(['p50', 'p90', 'p99'].map((p) => `metric AWS/ApplicationELB TargetResponseTime ${p} of elbv2:load-balancer pp-web-public`));
    expect(gaps[0]!.reason).toMatch(/HTTP 500/);
    // The one planned call fails; the first split sets the 5 percentile queries apart (67 others
    // succeed), then halving isolates the 3 with data (the target groups' 2 have none and pass).
    expect(report.apiCalls.byOperation.find((o) => o.operation === 'GetMetricData')).toMatchObject({ calls: 9, failed: 7 });
  });
});
