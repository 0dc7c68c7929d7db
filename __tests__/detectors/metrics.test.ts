import { metricCapacityExhaustion } from '../../src/detectors/metric-capacity-exhaustion/detector.js';
import { metricErrorRateSpike } from '../../src/detectors/metric-error-rate-spike/detector.js';
import { metricLatencyDegradation } from '../../src/detectors/metric-latency-degradation/detector.js';
import { metricLoadSurge } from '../../src/detectors/metric-load-surge/detector.js';
import { metricThresholdBreach } from '../../src/detectors/metric-threshold-breach/detector.js';
import { metricTrafficDrop } from '../../src/detectors/metric-traffic-drop/detector.js';
import type { MetricSeriesInput } from '../../src/detectors/types.js';
import type { Resource } from '../../src/report/model.js';
import { NOW } from '../support/builders.js';
import { LOAD_BALANCER as lb, metricSpec as spec, runMetricDetector as run } from '../support/metric-detectors.js';
import { unitNoise as noise } from '../support/prng.js';

const PERIOD = 300;
function aSeries(id: string, value: (i: number, n: number) => number, n = 288): MetricSeriesInput {
  const start = NOW.getTime() - n * PERIOD * 1000;
  return {
    spec: spec(id),
    periodSeconds: PERIOD,
    timestamps: Array.from({ length: n }, (_, i) => start + i * PERIOD * 1000),
    values: Array.from({ length: n }, (_, i) => value(i, n)),
  };
}
const db: Resource = { type: 'rds:instance', id: 'orders-db', name: 'orders-db', region: 'us-east-2', tags: {}, attributes: { engine: 'postgres', allocatedStorageGiB: 100 } };

describe('metric_threshold_breach', () => {
  it('reports CPU held above the critical limit as high, dated from the start of the run', () => {
    const [finding] = run(
      metricThresholdBreach,
      db,
      aSeries('rds_cpu', (i, n) => (i >= n - 6 ? 95 : 40)),
    );
    expect(finding?.severity).toBe('high');
    expect(finding?.title).toBe('CPU utilization at or above 90% for 30 min, still now');
    expect(finding?.since).toBe(new Date(NOW.getTime() - 6 * PERIOD * 1000).toISOString());
  });

  it('ignores a breach shorter than the sustained time', () => {
    expect(
      run(
        metricThresholdBreach,
        db,
        aSeries('rds_cpu', (i, n) => (i === n - 1 ? 99 : 40)),
      ),
    ).toEqual([]);
  });

  it('does not join points across a gap in the data into one sustained run', () => {
    const series = aSeries('rds_cpu', () => 95, 4);
    const spaced = { ...series, timestamps: series.timestamps.map((t, i) => t + i * 3_600_000) };
    expect(run(metricThresholdBreach, db, spaced)).toEqual([]);
  });

  it("judges running tasks against the service's own desired count (Container Insights)", () => {
    const service: Resource = {
      type: 'ecs:service',
      id: 'c/checkout',
      name: 'checkout',
      region: 'us-east-2',
      tags: {},
      attributes: { cluster: 'c', desired: 4, containerInsights: 'enabled' },
    };
    const [short] = run(
      metricThresholdBreach,
      service,
      aSeries('ecs_running_tasks', (i, n) => (i >= n - 4 ? 3 : 4)),
    );
    expect(short?.severity).toBe('medium');
    expect(short?.title).toBe('running tasks at or below 3 for 20 min, still now');
    const [down] = run(
      metricThresholdBreach,
      service,
      aSeries('ecs_running_tasks', (i, n) => (i >= n - 4 ? 0 : 4)),
    );
    expect(down?.severity).toBe('high');
    expect(
      run(
        metricThresholdBreach,
        service,
        aSeries('ecs_running_tasks', () => 4),
      ),
    ).toEqual([]);
  });

  it('grades a warning-level breach as medium and says when it ended', () => {
    const [finding] = run(
      metricThresholdBreach,
      db,
      aSeries('rds_cpu', (i) => (i >= 100 && i < 110 ? 85 : 40)),
    );
    expect(finding?.severity).toBe('medium');
    expect(finding?.evidence.map((e) => e.label)).toContain('ended');
  });
});

describe('metric_error_rate_spike', () => {
  const requests = (surgeFrom = Infinity) => aSeries('alb_requests', (i) => (i >= surgeFrom ? 5 : 1) * 1000 * (1 + 0.1 * noise(i)));

  it('flags 5xx rising from 0.1% to 8% of requests as high, still now', () => {
    const errors = aSeries('alb_target_5xx', (i, n) => Math.round(1000 * (i >= n - 5 ? 0.08 : 0.001 + 0.001 * noise(i))));
    const [finding] = run(metricErrorRateSpike, lb, errors, { alb_requests: requests() });
    expect(finding?.severity).toBe('high');
    expect(finding?.title).toMatch(/^target 5xx responses spiked to [78]\.\d% of requests, still now$/);
  });

  it('stays silent when traffic surges and errors grow with it', () => {
    const errors = aSeries('alb_target_5xx', (i) => Math.round((i >= 250 ? 5 : 1) * 10 * (1 + 0.2 * noise(i + 1))));
    expect(run(metricErrorRateSpike, lb, errors, { alb_requests: requests(250) })).toEqual([]);
  });

  it('judges the count itself when the traffic metric is missing', () => {
    const errors = aSeries('alb_target_5xx', (i, n) => (i >= n - 3 ? 400 : 3 + Math.round(2 * noise(i))));
    expect(run(metricErrorRateSpike, lb, errors)[0]?.title).toBe('target 5xx responses spiked to 1200 in 15 min, still now');
  });

  it('ignores a handful of errors on a quiet service', () => {
    const errors = aSeries('alb_target_5xx', (i, n) => (i === n - 1 ? 3 : 0));
    expect(run(metricErrorRateSpike, lb, errors, { alb_requests: aSeries('alb_requests', () => 20) })).toEqual([]);
  });

  it('rates 4xx spikes below 5xx', () => {
    const errors = aSeries('alb_target_4xx', (i, n) => Math.round(1000 * (i >= n - 5 ? 0.3 : 0.01)));
    expect(run(metricErrorRateSpike, lb, errors, { alb_requests: requests() })[0]?.severity).toBe('medium');
  });
});

describe('metric_latency_degradation', () => {
  it('reports a new plateau that lasts to now, from when it began', () => {
    const [finding] = run(
      metricLatencyDegradation,
      db,
      aSeries('rds_read_latency', (i) => (i >= 240 ? 0.009 : 0.002) * (1 + 0.1 * noise(i))),
    );
    expect(finding?.title).toMatch(/^read latency up \d+%: 2\.\d+ ms -> [89]\.\d+ ms$/);
    expect(finding?.severity).toBe('high');
    expect(finding?.since).toBe(new Date(NOW.getTime() - 48 * PERIOD * 1000).toISOString());
  });

  it('ignores a brief burst that is already over', () => {
    expect(
      run(
        metricLatencyDegradation,
        db,
        aSeries('rds_read_latency', (i) => (i >= 200 && i < 205 ? 0.05 : 0.002)),
      ),
    ).toEqual([]);
  });

  it('ignores noise around a steady level', () => {
    expect(
      run(
        metricLatencyDegradation,
        db,
        aSeries('rds_read_latency', (i) => 0.002 * (1 + 0.3 * noise(i))),
      ),
    ).toEqual([]);
  });

  it('does not call the daily peak a degradation once earlier days show the same peak', () => {
    // Three days of 5-minute points; latency doubles every afternoon, and the window ends in one.
    const daily = (i: number, n: number) => {
      const hour = (((i - n) * 5) / 60 + 24 * 10 + 15) % 24; // the series ends at 15:00
      return (hour >= 13 && hour < 17 ? 0.006 : 0.002) * (1 + 0.05 * noise(i));
    };
    expect(run(metricLatencyDegradation, db, aSeries('rds_read_latency', daily, 288 * 3))).toEqual([]);
  });

  it('still reports a rise above the same hours of earlier days', () => {
    const [finding] = run(
      metricLatencyDegradation,
      db,
      aSeries('rds_read_latency', (i, n) => (i >= n - 24 ? 0.01 : 0.002) * (1 + 0.05 * noise(i)), 288 * 3),
    );
    expect(finding?.title).toMatch(/^read latency up \d+%: 2\.\d+ ms -> (9|10)\.\d+ ms$/);
    expect(finding?.evidence[0]?.label).toBe('baseline (before the rise)');
  });

  it('rates a rise of less than three times the baseline medium', () => {
    expect(
      run(
        metricLatencyDegradation,
        db,
        aSeries('rds_read_latency', (i) => (i >= 240 ? 0.004 : 0.002)),
      )[0]?.severity,
    ).toBe('medium');
  });
});

describe('metric_capacity_exhaustion', () => {
  const GIB = 1024 ** 3;
  it('projects a steadily filling disk to its end and rates under a day critical', () => {
    // 288 five-minute points: 24 h falling 1 GiB an hour to 10 GiB free.
    const [finding] = run(
      metricCapacityExhaustion,
      db,
      aSeries('rds_free_storage', (i, n) => (10 + (n - 1 - i) / 12) * GIB),
    );
    expect(finding?.severity).toBe('critical');
    expect(finding?.title).toBe('free storage runs out in 10 h at the current rate');
  });

  it('is silent for a large disk filling slowly', () => {
    expect(
      run(
        metricCapacityExhaustion,
        db,
        aSeries('rds_free_storage', (i, n) => (80 + (n - 1 - i) / 1200) * GIB),
      ),
    ).toEqual([]);
  });

  it('is silent when free space only wobbles', () => {
    expect(
      run(
        metricCapacityExhaustion,
        db,
        aSeries('rds_free_storage', (i) => (50 + noise(i)) * GIB),
      ),
    ).toEqual([]);
  });

  it('reports free memory that fell to a fraction of its usual level and stayed down, from when it fell', () => {
    const [finding] = run(
      metricCapacityExhaustion,
      db,
      aSeries('rds_freeable_memory', (i, n) => (i >= n - 12 ? 0.2 : 4) * GIB * (1 + 0.02 * noise(i))),
    );
    expect(finding?.title).toMatch(/^freeable memory fell 9\d%: 4\.\d\d GiB -> 20\d MiB$/);
    expect(finding?.severity).toBe('high');
    expect(finding?.since).toBe(new Date(NOW.getTime() - 12 * PERIOD * 1000).toISOString());
    expect(finding?.evidence[0]).toEqual({ label: 'baseline (before the drop)', value: expect.stringMatching(/^4\.\d\d GiB$/) });
  });

  it('reads a step in the middle of a short window as a drop, not as a line heading for zero', () => {
    // Eight hours of history, then a 2-hour window whose second hour is 95% lower: a line fits it well.
    const stepped = aSeries('rds_freeable_memory', (i, n) => (i >= n - 12 ? 0.2 : 4) * GIB * (1 + 0.02 * noise(i)), 120);
    const series = { ...stepped, windowStart: NOW.getTime() - 24 * PERIOD * 1000 };
    expect(run(metricCapacityExhaustion, db, series)[0]?.title).toMatch(/^freeable memory fell 9\d%/);
  });

  it('projects the trend after a drop when free memory keeps falling', () => {
    // Down to 2 GiB 6 hours ago, then 0.25 GiB an hour less: empty in about 2 hours.
    const leak = (i: number, n: number) => (i >= n - 72 ? 2 - ((i - (n - 72)) / 12) * 0.25 : 8) * GIB;
    expect(run(metricCapacityExhaustion, db, aSeries('rds_freeable_memory', leak))[0]?.title).toMatch(/^freeable memory runs out in 2 h at the current rate$/);
  });

  it('calls storage of known size nearly exhausted after a drop, however few points came since', () => {
    // Hourly points: 80 GiB free of 100 for a week, 0.4 GiB for the last 3 hours.
    const hourly = { ...aSeries('rds_free_storage', (i, n) => (i >= n - 3 ? 0.4 : 80) * GIB, 168), periodSeconds: 3600 };
    hourly.timestamps = hourly.timestamps.map((_, i) => NOW.getTime() - (168 - i) * 3_600_000);
    const [finding] = run(metricCapacityExhaustion, db, { ...hourly, windowStart: NOW.getTime() - 24 * 3_600_000 });
    expect(finding?.title).toBe('free storage nearly exhausted: 410 MiB left');
    expect(finding?.severity).toBe('critical');
  });

  it('is silent for a dip in free memory that recovered, or one smaller than half', () => {
    const dip = (i: number, n: number) => (i >= n - 30 && i < n - 20 ? 0.2 : 4) * GIB * (1 + 0.02 * noise(i));
    const smaller = (i: number, n: number) => (i >= n - 12 ? 2.4 : 4) * GIB * (1 + 0.02 * noise(i));
    expect(run(metricCapacityExhaustion, db, aSeries('rds_freeable_memory', dip))).toEqual([]);
    expect(run(metricCapacityExhaustion, db, aSeries('rds_freeable_memory', smaller))).toEqual([]);
  });

  it('reports nearly full storage even without a trend', () => {
    const [finding] = run(
      metricCapacityExhaustion,
      db,
      aSeries('rds_free_storage', () => 5 * GIB),
    );
    expect(finding?.severity).toBe('high');
    expect(finding?.title).toBe('free storage nearly exhausted: 5 GiB left');
  });
});

describe('metric_traffic_drop', () => {
  it('reports requests that fell to a fraction of the usual level, from when they fell', () => {
    const [finding] = run(
      metricTrafficDrop,
      lb,
      aSeries('alb_requests', (i, n) => (i >= n - 6 ? 40 : 5000 * (1 + 0.1 * noise(i)))),
    );
    expect(finding?.severity).toBe('high');
    expect(finding?.title).toBe('requests fell to 1% of the usual level');
    expect(finding?.since).toBe(new Date(NOW.getTime() - 6 * PERIOD * 1000).toISOString());
  });

  it('counts the periods CloudWatch left out at the end as zero requests', () => {
    const series = aSeries('alb_requests', () => 5000, 288);
    const cut = { ...series, timestamps: series.timestamps.slice(0, 276), values: series.values.slice(0, 276) };
    expect(run(metricTrafficDrop, lb, cut)[0]?.title).toBe('requests fell to 0% of the usual level');
  });

  it('ignores a quiet night when earlier days were just as quiet', () => {
    const nightly = (i: number, n: number) => {
      const hour = (((i - n) * 5) / 60 + 24 * 10 + 3) % 24; // ends at 03:00
      return hour >= 1 && hour < 5 ? 50 : 5000;
    };
    expect(run(metricTrafficDrop, lb, aSeries('alb_requests', nightly, 288 * 3))).toEqual([]);
  });

  it('ignores services with little traffic to begin with', () => {
    expect(
      run(
        metricTrafficDrop,
        lb,
        aSeries('alb_requests', (i, n) => (i >= n - 6 ? 0 : 20)),
      ),
    ).toEqual([]);
  });

  it('never judges metrics whose bad direction is up', () => {
    expect(
      run(
        metricTrafficDrop,
        db,
        aSeries('rds_connections', (i, n) => (i >= n - 6 ? 0 : 500)),
      ),
    ).toEqual([]);
  });
});

describe('metric_load_surge', () => {
  it('reports database connections that surged and stayed up, from when they rose', () => {
    const [finding] = run(
      metricLoadSurge,
      db,
      aSeries('rds_connections', (i, n) => (i >= n - 9 ? 480 : 50) + 5 * noise(i)),
    );
    expect(finding?.title).toMatch(/^database connections up 8\d\d%: 5\d\.\d -> 48\d$/);
    expect(finding?.severity).toBe('high');
    expect(finding?.since).toBe(new Date(NOW.getTime() - 9 * PERIOD * 1000).toISOString());
    expect(finding?.evidence.map((e) => e.label)).toEqual(['baseline (before the surge)', 'since the surge', 'latest']);
  });

  it('rates a surge of less than three times the baseline medium', () => {
    expect(
      run(
        metricLoadSurge,
        db,
        aSeries('rds_connections', (i, n) => (i >= n - 9 ? 120 : 50) + noise(i)),
      )[0]?.severity,
    ).toBe('medium');
  });

  it('ignores a burst that is already over, a rise of less than double, and a daily peak earlier days had too', () => {
    const burst = (i: number, n: number) => (i >= n - 30 && i < n - 20 ? 480 : 50) + 5 * noise(i);
    const smaller = (i: number, n: number) => (i >= n - 9 ? 90 : 50) + 5 * noise(i);
    const daily = (i: number, n: number) => {
      const hour = (((i - n) * 5) / 60 + 24 * 10 + 15) % 24; // the series ends at 15:00
      return (hour >= 13 && hour < 17 ? 300 : 60) + 5 * noise(i);
    };
    expect(run(metricLoadSurge, db, aSeries('rds_connections', burst))).toEqual([]);
    expect(run(metricLoadSurge, db, aSeries('rds_connections', smaller))).toEqual([]);
    expect(run(metricLoadSurge, db, aSeries('rds_connections', daily, 288 * 3))).toEqual([]);
  });

  it('never judges metrics whose rise is good news (requests)', () => {
    expect(
      run(
        metricLoadSurge,
        lb,
        aSeries('alb_requests', (i, n) => (i >= n - 9 ? 50_000 : 5000)),
      ),
    ).toEqual([]);
  });
});

// Found by __tests__/properties/metric-series.test.ts (shrunk counterexamples).
describe('metric detectors on damaged series', () => {
  const hourly = (values: number[], timestamps = values.map((_, i) => NOW.getTime() - (values.length - i) * 3_600_000)): MetricSeriesInput => ({
    spec: spec('ecs_cpu'),
    periodSeconds: 3600,
    timestamps,
    values,
  });
  const service: Resource = { type: 'ecs:service', id: 'c/web', name: 'web', region: 'us-east-2', tags: {}, attributes: {} };

  it('ignores non-finite points instead of reporting "Infinity%"', () => {
    expect(run(metricThresholdBreach, service, hourly([Infinity]))).toEqual([]);
    const [finding] = run(metricThresholdBreach, service, hourly([95, Number.NaN]));
    expect(JSON.stringify(finding)).not.toMatch(/NaN|Infinity/);
  });

  it('reads out-of-order timestamps in time order instead of throwing', () => {
    const t = NOW.getTime();
    const [finding] = run(metricThresholdBreach, service, hourly([95, 96], [t, t - 3_600_000]));
    expect(finding?.since).toBe(new Date(t - 3_600_000).toISOString());
    expect(finding?.series?.values).toEqual([96, 95]);
  });

  it('does not divide errors by a request count below one', () => {
    const t = NOW.getTime();
    const timestamps = [t - 240_000, t - 180_000, t - 120_000, t - 60_000, t];
    const errors: MetricSeriesInput = { spec: spec('alb_target_5xx'), periodSeconds: 60, timestamps, values: [1e9, 999e6, 998e6, 0, 996e6] };
    const requests: MetricSeriesInput = { spec: spec('alb_requests'), periodSeconds: 60, timestamps: [t], values: [5e-324] };
    for (const finding of run(metricErrorRateSpike, lb, errors, { alb_requests: requests })) expect(JSON.stringify(finding)).not.toMatch(/NaN|Infinity/);
  });
});
