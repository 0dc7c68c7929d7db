import { integer, number } from '../../config/schema.js';
import { refOf } from '../../report/model.js';
import { findingSeries, iso, prepareSeries } from '../metric-evidence.js';
import { formatValue } from '../../report/metric-units.js';
import { median } from '../../analysis/statistics/order-statistics.js';
import { unusualRuns } from '../series-runs.js';
import type { MetricDetector } from '../types.js';

/**
 * Requests that fell to a fraction of their usual level and stayed there: users cannot reach the
 * service. CloudWatch publishes no RequestCount for a period without requests, so missing periods
 * up to the end of the read are zeros (prepareSeries): exactly what an outage looks like. The shared
 * anomaly engine says when the drop became unusual (a quiet night is not a drop).
 */
export const metricTrafficDrop: MetricDetector = {
  id: 'metric_traffic_drop',
  title: 'Traffic dropped',
  description: 'Requests fell far below their usual level and stayed there.',
  roles: ['traffic'],
  thresholds: {
    sustained_minutes: { spec: integer(1, 1440), default: 15, description: 'How long the drop must have lasted, up to now.' },
    max_share_percent: { spec: number(0, 100), default: 20, description: 'Report when traffic is below this share of its usual level.' },
    min_usual_per_minute: { spec: number(0, 1_000_000), default: 10, description: 'Ignore resources whose usual traffic is below this many requests a minute.' },
  },
  detect({ resource, series: input, thresholds, now }) {
    if (input.spec.bad !== 'down') return [];
    // Zeros up to the scan's clock, less a period for publishing delay (the read may end in the future).
    const series = prepareSeries({ ...input, readEnd: Math.min(input.readEnd ?? Infinity, now.getTime() - input.periodSeconds * 1000) });
    const { spec, values, timestamps } = series;
    const n = values.length;
    if (n < 4) return [];
    const stepMs = series.stepSeconds * 1000;
    const sustainedMs = thresholds.sustained_minutes! * 60_000;
    const run = unusualRuns(timestamps, values, series.stepSeconds, 'down').at(-1);
    if (!run || run.end < n - 2 || run.end < series.windowIndex) return [];
    let start = run.start;
    const usual = median(values.slice(0, start));
    if (!(usual / (series.stepSeconds / 60) >= thresholds.min_usual_per_minute!)) return [];
    const share = (usual * thresholds.max_share_percent!) / 100;
    // The drop itself may have begun a little before the engine was sure of it.
    while (start > 0 && values[start - 1]! <= share) start -= 1;
    if (timestamps[n - 1]! - timestamps[start]! + stepMs < sustainedMs) return [];
    const current = median(values.filter((_, i) => timestamps[i]! > timestamps[n - 1]! - sustainedMs));
    if (current > share) return [];
    return [
      {
        severity: 'high',
        resource: refOf(resource),
        title: `${spec.label} fell to ${Math.round((current / usual) * 100)}% of the usual level`,
        evidence: [
          { label: 'usual (before the drop)', value: `${formatValue(usual, 'count')} per ${series.stepSeconds / 60} min` },
          { label: 'now', value: `${formatValue(current, 'count')} per ${series.stepSeconds / 60} min` },
        ],
        since: iso(timestamps[start]!),
        nextStep: `${spec.namespace} ${spec.metricName} for ${resource.id}: check DNS, listeners, security groups and upstream callers since ${iso(timestamps[start]!).slice(0, 16)}Z`,
        series: findingSeries(series),
      },
    ];
  },
};
