// The scan's hand-over from GetMetricData to the metric detectors (detectMetrics): what a read looks
// like at the moment of the scan, whatever the period.

import { METRIC_DETECTORS } from '../../src/detectors/registry.js';
import { refOf } from '../../src/report/model.js';
import { detectMetrics } from '../../src/scan.js';
import type { MetricSeries } from '../../src/telemetry/metrics/metric-fetcher.js';
import { aConfig } from '../support/builders.js';
import { LOAD_BALANCER, metricSpec } from '../support/metric-detectors.js';

const HOUR = 3_600_000;

/** An hourly read of `id` for the load balancer: `hours` points, the last one starting at `lastStart`. */
function hourly(id: string, lastStart: number, hours: number, value: (hoursAgo: number) => number): MetricSeries {
  const timestamps = Array.from({ length: hours }, (_, i) => lastStart - (hours - 1 - i) * HOUR);
  return {
    query: { id: 'q0', spec: metricSpec(id), resource: refOf(LOAD_BALANCER), dimensions: [] },
    periodSeconds: 3600,
    timestamps,
    values: timestamps.map((t) => value((lastStart - t) / HOUR)),
  };
}

describe('the period still filling at the time of the scan', () => {
  const hourStart = Date.parse('2026-11-25T12:00:00Z');
  const fiveMinutesIn = new Date(hourStart + 5 * 60_000);
  const run = (series: MetricSeries[], now: Date) =>
    detectMetrics([LOAD_BALANCER], series, METRIC_DETECTORS, aConfig(), now, { windowStart: hourStart - 30 * 24 * HOUR, readEnd: hourStart + HOUR }).map((f) => f.title);

  it('is left out of a count: an hour of requests five minutes in is not a traffic drop', () => {
    // 12,000 requests an hour for 10 days; the hour the scan runs in holds its first 1,000.
    const requests = hourly('alb_requests', hourStart, 240, (ago) => (ago === 0 ? 1000 : 12_000));
    expect(run([requests], fiveMinutesIn)).toEqual([]);
    // Once that hour is over, the same 1,000 are a real drop.
    expect(run([requests], new Date(hourStart + HOUR))).toEqual(['requests fell to 8% of the usual level']);
  });

  it('is kept for a gauge: an average over part of an hour is still an average', () => {
    // Response time twenty times its usual in the hour the scan runs in, and only there.
    const latency = hourly('alb_response_time', hourStart, 240, (ago) => (ago === 0 ? 2 : 0.1));
    expect(run([latency], fiveMinutesIn)).toEqual([expect.stringMatching(/^target response time \(average\) up \d+%/)]);
  });
});
