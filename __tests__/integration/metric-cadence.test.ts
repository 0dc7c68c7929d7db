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
const DAY = 24 * HOUR;
let report: Report;
let byWindow: Record<string, Report> = {};
let seededAt = 0;

/** A scan of the seeded resources over the last `windowMs`, with 8 hours of history and the default points cap. */
async function scanOver(windowMs: number): Promise<Report> {
  const now = new Date(seededAt);
  const config = aConfig({
    services: ['ecs', 'elbv2', 'rds'],
    window: { from: new Date(seededAt - windowMs), to: now },
    filters: { ...aConfig().filters, includeNames: ['checkout', 'storefront', 'pp-web-public', 'orders-db', 'orders-db-replica'] },
    metrics: { enabled: true, maxPointsPerSeries: 720, baselineMs: 8 * HOUR },
  });
  const clients = emulatorFactory(emulator().endpoint, { maxAttempts: 1 });
  try {
    return await runScan({ clients, now: () => now, version: 'test' }, config);
  } finally {
    clients.destroy();
  }
}

beforeAll(async () => {
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
  seededAt = Date.now();
  // Fourteen hours stored every 5 minutes. The scan looks at the last 6 hours (1-minute periods,
  // finer than the data), the default 24 hours (5-minute periods) and 30 days (hourly periods).
  await seedMetricIncidents({ endpoint: emulator().endpoint, region: REGION }, seededAt, 14 * 60, 5);
  report = await scanOver(6 * HOUR);
  byWindow = { '24 hours': await scanOver(DAY), '30 days': await scanOver(30 * DAY) };
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

describe('the same incidents over the default 24 hours and over 30 days', () => {
  it.each(['24 hours', '30 days'])('gives the same findings, in the same numbers, over %s', (window) => {
    const { found, titles } = metricFindingsOf(byWindow[window]!);
    expect(found).toEqual(INCIDENT_FINDINGS);
    for (const [metric, title] of Object.entries(INCIDENT_TITLES)) expect(titles[metric]).toMatch(title);
  });

  it('reads the 30-day window hourly and its last day again as the 24-hour scan does', () => {
    const calls = (r: Report) => r.apiCalls.byOperation.find((o) => o.operation === 'GetMetricData')!.calls;
    // The same queries read twice (each read split the same way where the emulator refuses percentiles).
    expect(calls(byWindow['30 days']!)).toBe(2 * calls(byWindow['24 hours']!));
    const cpu = (r: Report) => r.findings.find((f) => f.series?.metric === 'ecs_cpu')!;
    expect(cpu(byWindow['24 hours']!).series?.periodSeconds).toBe(300);
    expect(cpu(byWindow['30 days']!)).toEqual(cpu(byWindow['24 hours']!));
  });
});
