import { integer, number } from '../../config/schema.js';
import { refOf } from '../../report/model.js';
import { cleanSeries, findingSeries, formatValue, iso } from '../metric-evidence.js';
import { median, sameHoursOnEarlierDays } from '../series-statistics.js';
import type { MetricDetector } from '../types.js';

/** Requests that fell to a fraction of their usual level and stayed there: users cannot reach the service. */
export const metricTrafficDrop: MetricDetector = {
  id: 'metric_traffic_drop',
  title: 'Traffic dropped',
  description: 'Requests fell far below their usual level (the same hours of earlier days when the window holds them) and stayed there.',
  roles: ['traffic'],
  thresholds: {
    sustained_minutes: { spec: integer(1, 1440), default: 15, description: 'How long the drop must have lasted, up to now.' },
    max_share_percent: { spec: number(0, 100), default: 20, description: 'Report when traffic is below this share of its usual level.' },
    min_usual_per_minute: { spec: number(0, 1_000_000), default: 10, description: 'Ignore resources whose usual traffic is below this many requests a minute.' },
  },
  detect({ resource, series: input, thresholds, now: clock }) {
    const series = cleanSeries(input);
    const { spec } = series;
    if (spec.bad !== 'down') return [];
    // CloudWatch publishes no RequestCount for a period without requests: periods missing at the end
    // (allowing two for publishing delay) are zeros, which is exactly what an outage looks like.
    const periodMs = series.periodSeconds * 1000;
    const timestamps = [...series.timestamps];
    const values = [...series.values];
    for (let t = (timestamps.at(-1) ?? clock.getTime()) + periodMs; t <= clock.getTime() - 2 * periodMs; t += periodMs) {
      timestamps.push(t);
      values.push(0);
    }
    const n = values.length;
    const sustained = Math.max(2, Math.ceil((thresholds.sustained_minutes! * 60) / series.periodSeconds));
    if (n < sustained + 6) return [];
    const seasonal = sameHoursOnEarlierDays(timestamps, values, n - sustained);
    const usual = median(seasonal ?? values.slice(0, n - sustained));
    if (usual / (series.periodSeconds / 60) < thresholds.min_usual_per_minute!) return [];
    const recent = values.slice(n - sustained);
    const current = median(recent);
    if (current > (usual * thresholds.max_share_percent!) / 100) return [];
    let start = n - sustained;
    while (start > 0 && values[start - 1]! <= (usual * thresholds.max_share_percent!) / 100) start -= 1;
    return [
      {
        severity: 'high',
        resource: refOf(resource),
        title: `${spec.label} fell to ${Math.round((current / usual) * 100)}% of the usual level`,
        evidence: [
          { label: seasonal ? 'usual (same hours, earlier days)' : 'usual (earlier in the window)', value: `${formatValue(usual, 'count')} per ${series.periodSeconds / 60} min` },
          { label: 'now', value: `${formatValue(current, 'count')} per ${series.periodSeconds / 60} min` },
        ],
        since: iso(timestamps[start]!),
        nextStep: `${spec.namespace} ${spec.metricName} for ${resource.id}: check DNS, listeners, security groups and upstream callers since ${iso(timestamps[start]!).slice(0, 16)}Z`,
        series: findingSeries({ ...series, timestamps, values }),
      },
    ];
  },
};
