// Issue 17 end to end, the same incidents stored every minute (detailed monitoring) and read with the
// default settings (1-minute periods for a short window), and 5xx counts published only when not
// zero. Each incident gives exactly one finding on the right resource; quiet resources give none.

import { runScan } from '../../src/scan.js';
import type { Report } from '../../src/report/model.js';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { aConfig } from '../support/builders.js';
import { emulatorFactory, REGION, useEmulator } from '../support/emulator.js';
import { seedMetricIncidents } from '../support/metric-incidents.js';

const emulator = useEmulator();
const HOUR = 3_600_000;
let report: Report;
let seededAt = 0;

beforeAll(async () => {
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
  seededAt = Date.now();
  // Nine hours stored every minute; the scan looks at the last 2 hours with 7 hours of history.
  await seedMetricIncidents({ endpoint: emulator().endpoint, region: REGION }, seededAt, 9 * 60, 1);
  const now = new Date(seededAt);
  const config = aConfig({
    services: ['ecs', 'elbv2', 'rds'],
    window: { from: new Date(seededAt - 2 * HOUR), to: now },
    filters: { ...aConfig().filters, includeNames: ['checkout', 'storefront', 'pp-web-public', 'orders-db', 'orders-db-replica'] },
    // The default points cap: 1-minute periods over a 2-hour window, the resolution of the data.
    metrics: { enabled: true, maxPointsPerSeries: 720, baselineMs: 7 * HOUR },
  });
  const clients = emulatorFactory(emulator().endpoint, { maxAttempts: 1 });
  report = await runScan({ clients, now: () => now, version: 'test' }, config);
  clients.destroy();
}, 240_000);

describe('metric incidents stored every minute, read at 1-minute periods', () => {
  it('reads and judges at 1-minute periods', () => {
    const cpu = report.findings.find((f) => f.kind === 'metric_threshold_breach');
    expect(cpu?.series?.periodSeconds).toBe(60);
  });

  it('gives each incident exactly one finding on the right resource, and the quiet resources none', () => {
    const metricFindings = report.findings.filter((f) => f.kind.startsWith('metric_'));
    expect(metricFindings.map((f) => [f.kind, f.resource.id, f.series?.metric]).sort()).toEqual([
      ['metric_capacity_exhaustion', 'orders-db', 'rds_free_storage'],
      ['metric_capacity_exhaustion', 'orders-db', 'rds_freeable_memory'],
      ['metric_error_rate_spike', 'pp-web-public', 'alb_target_5xx'],
      ['metric_latency_degradation', 'checkout', 'tg_response_time'],
      ['metric_load_surge', 'orders-db', 'rds_connections'],
      ['metric_threshold_breach', 'pp-web-production/checkout', 'ecs_cpu'],
    ]);
  });

  it('describes each incident in its own numbers', () => {
    const byMetric = Object.fromEntries(report.findings.filter((f) => f.kind.startsWith('metric_')).map((f) => [f.series!.metric, f]));
    expect(byMetric.ecs_cpu!.title).toMatch(/^CPU utilization at or above 90% for 40 min, still now$/);
    expect(byMetric.tg_response_time!.title).toMatch(/^target response time \(average\) up \d+%: 1[12]\d ms -> 1\.\d+ s$/);
    expect(byMetric.alb_target_5xx!.title).toMatch(/^target 5xx responses spiked to 1[12]\.\d% of requests, still now$/);
    expect(byMetric.rds_free_storage!.title).toMatch(/^free storage runs out in [67] h at the current rate$/);
    expect(byMetric.rds_connections!.title).toMatch(/^database connections up \d+%: [45]\d\.\d -> 4[78]\d$/);
    expect(byMetric.rds_freeable_memory!.title).toMatch(/^freeable memory fell 95%: 4\.\d\d GiB -> 20\d MiB$/);
  });
});
