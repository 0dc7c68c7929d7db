// A young series (the emulator scenario of issue 17: 9 hours stored every minute, the last 2 hours
// reported) is judged the same whatever the wall-clock hour of the scan. The engine's blocks used to
// fall on the clock's 6-hour boundaries, so a scan late in a block had too little closed history to
// judge anything and the latency and 5xx incidents vanished at some hours of the day.

import { metricErrorRateSpike } from '../../src/detectors/metric-error-rate-spike/detector.js';
import { metricLatencyDegradation } from '../../src/detectors/metric-latency-degradation/detector.js';
import { metricTrafficDrop } from '../../src/detectors/metric-traffic-drop/detector.js';
import type { FindingDraft, MetricDetector, MetricSeriesInput } from '../../src/detectors/types.js';
import type { Resource } from '../../src/report/model.js';
import { NOW } from '../support/builders.js';
import { LOAD_BALANCER as balancer, metricSpec as spec, runMetricDetector, TARGET_GROUP as group } from '../support/metric-detectors.js';
import { noise } from '../support/prng.js';

const MINUTE = 60_000;
const HISTORY_MINUTES = 9 * 60;
const WINDOW_MINUTES = 2 * 60;

/** A 1-minute metric over the 9 hours before `now`; `published` leaves out points (counts that were zero). */
function aYoungRead(id: string, now: number, value: (minutesAgo: number) => number, published: (v: number) => boolean = () => true): MetricSeriesInput {
  const end = Math.floor(now / MINUTE) * MINUTE;
  const timestamps: number[] = [];
  const values: number[] = [];
  for (let ago = HISTORY_MINUTES - 1; ago >= 0; ago -= 1) {
    const v = value(ago);
    if (!published(v)) continue;
    timestamps.push(end - ago * MINUTE);
    values.push(v);
  }
  return { spec: spec(id), periodSeconds: 60, timestamps, values, windowStart: now - WINDOW_MINUTES * MINUTE, readEnd: now };
}

function run(detector: MetricDetector, resource: Resource, now: number, series: MetricSeriesInput, related: Record<string, MetricSeriesInput> = {}): FindingDraft[] {
  return runMetricDetector(detector, resource, series, related, new Date(now));
}

// Scan times spread over a day, off the hour, so every position within a 6-hour block is tried.
const OFFSETS_MINUTES = Array.from({ length: 16 }, (_, k) => k * 97);

describe.each(OFFSETS_MINUTES)('a young 1-minute series scanned %i minutes after the reference time', (offset) => {
  const now = NOW.getTime() + offset * MINUTE;
  const rhythm = (ago: number) => 1 + 0.4 * Math.sin(((now / MINUTE - ago) / 1440) * 2 * Math.PI);
  const requests = (ago: number) => Math.round(100 * rhythm(ago) * (1 + 0.05 * noise(ago + 1)));

  it('finds the response time that rose from 0.12 s to 1.4 s an hour ago', () => {
    const findings = run(
      metricLatencyDegradation,
      group,
      now,
      aYoungRead('tg_response_time', now, (ago) => (ago < 60 ? 1.4 : 0.12) * (1 + 0.1 * noise(ago + 5))),
    );
    expect(findings.map((f) => f.title)).toEqual([expect.stringMatching(/^target response time \(average\) up \d+%: 1[12]\d ms -> 1\.\d+ s$/)]);
  });

  it('finds the 5xx share that rose from 0.2% to 12% half an hour ago, from counts published only when non-zero', () => {
    const errors = (ago: number) => (ago < 30 ? Math.round(requests(ago) * 0.12) : noise(ago + 2) > 0.988 ? 1 : 0);
    const findings = run(
      metricErrorRateSpike,
      balancer,
      now,
      aYoungRead('alb_target_5xx', now, errors, (v) => v > 0),
      { alb_requests: aYoungRead('alb_requests', now, requests) },
    );
    expect(findings.map((f) => f.title)).toEqual([expect.stringMatching(/^target 5xx responses spiked to 1[12]\.\d% of requests, still now$/)]);
  });

  it('finds nothing in requests on their daily rhythm', () => {
    expect(
      run(
        metricTrafficDrop,
        group,
        now,
        aYoungRead('tg_requests', now, (ago) => Math.round(200 * rhythm(ago) * (1 + 0.05 * noise(ago + 7)))),
      ),
    ).toEqual([]);
  });
});
