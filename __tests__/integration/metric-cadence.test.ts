// Issue 17 end to end: metrics stored every 5 minutes (as many AWS metrics are) and read with the
// default settings (1-minute periods for a short window), and 5xx counts published only when not
// zero. Each incident gives exactly one finding on the right resource; quiet resources give none.

import { runScan } from '../../src/scan.js';
import type { Report } from '../../src/report/model.js';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { aConfig } from '../support/builders.js';
import { emulatorFactory, REGION, useEmulator } from '../support/emulator.js';
import { INCIDENT_FINDINGS, INCIDENT_TITLES, metricFindingsOf, seedMetricIncidents } from '../support/metric-incidents.js';

const emulator = useEmulator();
const HOUR = 3_600_000;
let report: Report;
let seededAt = 0;

beforeAll(async () => {
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
  seededAt = Date.now();
  // Fourteen hours stored every 5 minutes; the scan looks at the last 6 hours with 8 hours of history.
  await seedMetricIncidents({ endpoint: emulator().endpoint, region: REGION }, seededAt, 14 * 60, 5);
  const now = new Date(seededAt);
  const config = aConfig({
    services: ['ecs', 'elbv2', 'rds'],
    window: { from: new Date(seededAt - 6 * HOUR), to: now },
    filters: { ...aConfig().filters, includeNames: ['checkout', 'storefront', 'pp-web-public', 'orders-db', 'orders-db-replica'] },
    // The default points cap: 1-minute periods over a 6-hour window, finer than the data.
    metrics: { enabled: true, maxPointsPerSeries: 720, baselineMs: 8 * HOUR },
  });
  const clients = emulatorFactory(emulator().endpoint, { maxAttempts: 1 });
  report = await runScan({ clients, now: () => now, version: 'test' }, config);
  clients.destroy();
}, 240_000);

describe('metric incidents stored every 5 minutes, read at 1-minute periods', () => {
  it('reads at 1-minute periods and judges each series at its own 5-minute step', () => {
    const cpu = report.findings.find((f) => f.kind === 'metric_threshold_breach');
    expect(cpu?.series?.periodSeconds).toBe(300);
  });

  it('gives each incident exactly one finding on the right resource, and the quiet resources none', () => {
    expect(metricFindingsOf(report).found).toEqual(INCIDENT_FINDINGS);
  });

  it('describes each incident in its own numbers', () => {
    const { titles } = metricFindingsOf(report);
    for (const [metric, title] of Object.entries(INCIDENT_TITLES)) expect(titles[metric]).toMatch(title);
  });
});
