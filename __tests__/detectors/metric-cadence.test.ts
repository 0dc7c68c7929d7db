// The metric detectors at every cadence CloudWatch serves: the same incident gives the same finding
// whether the metric is stored every minute or every 5 minutes and whatever period the planner reads
// it at; counts published only when non-zero are zeros between their points; and resources whose
// series do what they always do (steady, a daily rhythm, a nightly batch job) give none.

import { metricCapacityExhaustion } from '../../src/detectors/metric-capacity-exhaustion/detector.js';
import { metricErrorRateSpike } from '../../src/detectors/metric-error-rate-spike/detector.js';
import { metricLatencyDegradation } from '../../src/detectors/metric-latency-degradation/detector.js';
import { metricLoadSurge } from '../../src/detectors/metric-load-surge/detector.js';
import { metricThresholdBreach } from '../../src/detectors/metric-threshold-breach/detector.js';
import { metricTrafficDrop } from '../../src/detectors/metric-traffic-drop/detector.js';
import type { MetricSeriesInput } from '../../src/detectors/types.js';
import type { Resource } from '../../src/report/model.js';
import { NOW } from '../support/builders.js';
import { LOAD_BALANCER as balancer, metricSpec as spec, runMetricDetector as run, TARGET_GROUP as group } from '../support/metric-detectors.js';
import { noise } from '../support/prng.js';

const MINUTE = 60_000;
const DAY = 1440;

interface Read {
  /** How often CloudWatch stored the metric. */
  storedEveryMinutes: number;
  /** The period the planner asked for. */
  periodMinutes: number;
}

/**
 * A metric as GetMetricData returns it: one point per stored sample (never finer than the period;
 * coarser when stored less often), over `days` before now, the last day being the report window.
 * `value(minutesAgo)`; `published(minutesAgo, value)` leaves points out (counts that were zero).
 */
function aRead(id: string, read: Read, days: number, value: (minutesAgo: number) => number, published: (minutesAgo: number, v: number) => boolean = () => true): MetricSeriesInput {
  const step = Math.max(read.storedEveryMinutes, read.periodMinutes);
  const timestamps: number[] = [];
  const values: number[] = [];
  const end = Math.floor(NOW.getTime() / (step * MINUTE)) * step * MINUTE;
  for (let ago = days * DAY - step; ago >= 0; ago -= step) {
    // A period of several stored samples is their sum (counts) or mean (the rest).
    let total = 0;
    for (let k = 0; k < step; k += read.storedEveryMinutes) total += value(ago + k);
    const v = spec(id).stat === 'Sum' ? total : total / (step / read.storedEveryMinutes);
    if (!published(ago, v)) continue;
    // CloudWatch dates a point by the period it falls in: 5-minute points read at 2-minute periods land 4 and 6 minutes apart.
    timestamps.push(Math.floor((end - ago * MINUTE) / (read.periodMinutes * MINUTE)) * read.periodMinutes * MINUTE);
    values.push(v);
  }
  return { spec: spec(id), periodSeconds: read.periodMinutes * 60, timestamps, values, windowStart: NOW.getTime() - DAY * MINUTE, readEnd: NOW.getTime() };
}

const READS: Record<string, Read> = {
  '5-minute storage read at 1-minute periods': { storedEveryMinutes: 5, periodMinutes: 1 },
  '5-minute storage read at 5-minute periods': { storedEveryMinutes: 5, periodMinutes: 5 },
  '1-minute storage read at 5-minute periods (a 24-hour scan)': { storedEveryMinutes: 1, periodMinutes: 5 },
  '1-minute storage read at 1-minute periods': { storedEveryMinutes: 1, periodMinutes: 1 },
  '1-minute storage read at 2-minute periods': { storedEveryMinutes: 1, periodMinutes: 2 },
};

const GIB = 1024 ** 3;
const database: Resource = { type: 'rds:instance', id: 'orders-db', name: 'orders-db', region: 'us-east-2', tags: {}, attributes: { engine: 'postgres' } };
const service: Resource = { type: 'ecs:service', id: 'pp-web-production/checkout', name: 'checkout', region: 'us-east-2', tags: {}, attributes: { cluster: 'pp-web-production' } };

// Daily rhythm of traffic: a sine over the day, busiest in the afternoon.
const rhythm = (ago: number) => 1 + 0.4 * Math.sin(((NOW.getTime() - ago * MINUTE) / (DAY * MINUTE)) * 2 * Math.PI);

describe.each(Object.entries(READS))('metric detectors on %s', (_name, read) => {
  it('reports CPU at 94% for the last 40 minutes as one sustained breach of about 40 minutes', () => {
    const findings = run(
      metricThresholdBreach,
      service,
      aRead('ecs_cpu', read, 4, (ago) => (ago < 40 ? 94 + noise(ago) : 35 + 5 * noise(ago))),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.title).toMatch(/^CPU utilization at or above 90% for 40 min, still now$/);
  });

  it('reports average response time rising from 0.12 s to 1.4 s once, dated within a step of the rise', () => {
    const findings = run(
      metricLatencyDegradation,
      group,
      aRead('tg_response_time', read, 4, (ago) => (ago < 90 ? 1.4 : 0.12) * (1 + 0.1 * noise(ago))),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.title).toMatch(/^target response time \(average\) up \d+%: 1\d\d ms -> 1\.\d+ s$/);
    expect(Math.abs(Date.parse(findings[0]!.since!) - (NOW.getTime() - 90 * MINUTE))).toBeLessThanOrEqual(5 * MINUTE);
  });

  it('reports a 5xx share rising from 0.2% to 12% once, as a share of requests', () => {
    const requests = (ago: number) => Math.round(400 * rhythm(ago) * (1 + 0.05 * noise(ago + 1)));
    const errors = (ago: number) => (ago < 30 ? Math.round(requests(ago) * 0.12) : noise(ago + 2) > 0.6 ? 1 : 0);
    const findings = run(
      metricErrorRateSpike,
      balancer,
      aRead('alb_target_5xx', read, 4, errors, (_ago, v) => v > 0),
      { alb_requests: aRead('alb_requests', read, 4, requests) },
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.title).toMatch(/^target 5xx responses spiked to 1[12]\.\d% of requests, still now$/);
  });

  it('reports database connections surging from 50 to 480 for the last 45 minutes once', () => {
    const findings = run(
      metricLoadSurge,
      database,
      aRead('rds_connections', read, 4, (ago) => (ago < 45 ? 480 : 50) + 5 * noise(ago)),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.title).toMatch(/^database connections up \d+%: 5\d\.\d -> 4[78]\d$/);
    expect(Math.abs(Date.parse(findings[0]!.since!) - (NOW.getTime() - 45 * MINUTE))).toBeLessThanOrEqual(5 * MINUTE);
  });

  it('reports freeable memory falling from 4 GiB to 200 MiB for the last hour once', () => {
    const findings = run(
      metricCapacityExhaustion,
      database,
      aRead('rds_freeable_memory', read, 4, (ago) => (ago < 60 ? 0.2 : 4) * GIB * (1 + 0.02 * noise(ago))),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.title).toMatch(/^freeable memory fell 95%: 4\.\d\d GiB -> 20\d MiB$/);
  });

  it('gives nothing for a steady service, a daily rhythm or a nightly batch job that happens every day', () => {
    const steadyCpu = aRead('ecs_cpu', read, 4, (ago) => 40 + 4 * noise(ago));
    const dailyRequests = aRead('tg_requests', read, 4, (ago) => Math.round(500 * rhythm(ago) * (1 + 0.05 * noise(ago))));
    // Every night at 02:00 UTC a 30-minute batch job quintuples response time.
    const nightly = (ago: number) => {
      const minuteOfDay = ((((NOW.getTime() - ago * MINUTE) / MINUTE) % DAY) + DAY) % DAY;
      return (minuteOfDay >= 120 && minuteOfDay < 150 ? 0.6 : 0.12) * (1 + 0.1 * noise(ago));
    };
    expect(run(metricThresholdBreach, service, steadyCpu)).toEqual([]);
    expect(run(metricTrafficDrop, group, dailyRequests)).toEqual([]);
    expect(run(metricLatencyDegradation, group, aRead('tg_response_time', read, 4, nightly))).toEqual([]);
    // A daily job, running now as every day at this hour for the last 25 minutes, opens four times the
    // connections; the day's traffic moves them too.
    const dailyJob = (ago: number) => (((ago - 25) % DAY) + DAY) % DAY >= DAY - 30;
    const connections = (ago: number) => (dailyJob(ago) ? 4 : 1) * 60 * rhythm(ago) + 3 * noise(ago + 4);
    // (The same rise on this day only is a surge: the earlier days are what keep the job quiet.)
    expect(
      run(
        metricLoadSurge,
        database,
        aRead('rds_connections', read, 4, (ago) => (ago < 25 ? 4 : 1) * 60 * rhythm(ago) + 3 * noise(ago + 4)),
      ),
    ).toHaveLength(1);
    expect(run(metricLoadSurge, database, aRead('rds_connections', read, 4, connections))).toEqual([]);
    expect(
      run(
        metricCapacityExhaustion,
        database,
        aRead('rds_freeable_memory', read, 4, (ago) => 4 * GIB * (1 + 0.03 * noise(ago + 6))),
      ),
    ).toEqual([]);
    expect(
      run(
        metricErrorRateSpike,
        group,
        aRead(
          'tg_target_5xx',
          read,
          4,
          (ago) => (noise(ago + 9) > 0.7 ? 1 : 0),
          (_ago, v) => v > 0,
        ),
        { tg_requests: dailyRequests },
      ),
    ).toEqual([]);
  });
});

describe('counts published only when non-zero', () => {
  it('reads the periods between sparse 5xx points as zero errors, not as no data', () => {
    const read = READS['5-minute storage read at 1-minute periods']!;
    const requests = aRead('alb_requests', read, 4, (ago) => 400 + 20 * noise(ago));
    // Background: an error every few hours, published only then; then 60 errors a period for 20 minutes.
    const errors = aRead(
      'alb_target_5xx',
      read,
      4,
      (ago) => (ago < 20 ? 60 : ago % 180 === 0 ? 1 : 0),
      (_ago, v) => v > 0,
    );
    expect(errors.values.length).toBeLessThan(50);
    const findings = run(metricErrorRateSpike, balancer, errors, { alb_requests: requests });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence.find((e) => e.label === 'baseline')?.value).toBe('0.00% of requests');
  });

  it('sees requests that stopped being published as a traffic drop to zero', () => {
    const read = READS['5-minute storage read at 5-minute periods']!;
    const requests = aRead(
      'tg_requests',
      read,
      4,
      (ago) => (ago < 45 ? 0 : Math.round(500 * rhythm(ago))),
      (_ago, v) => v > 0,
    );
    const findings = run(metricTrafficDrop, group, requests);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.title).toBe('requests fell to 0% of the usual level');
  });
});
