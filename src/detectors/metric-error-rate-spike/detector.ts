import { integer, number } from '../../config/schema.js';
import { refOf, type Severity } from '../../report/model.js';
import { cleanSeries, findingSeries, formatValue, iso, readableTime } from '../metric-evidence.js';
import { median, robustSpread, runsOf } from '../series-statistics.js';
import type { MetricDetector, MetricSeriesInput } from '../types.js';

/**
 * Errors judged as a share of traffic where the catalog names the traffic metric: a traffic surge
 * with a steady error rate is not an error spike. Without traffic, the count itself is judged.
 */
export const metricErrorRateSpike: MetricDetector = {
  id: 'metric_error_rate_spike',
  title: 'Error rate spike',
  description: 'HTTP 5xx/4xx or other error counts rose well above their own baseline, as a share of requests where requests are known.',
  roles: ['errors'],
  thresholds: {
    min_errors: { spec: integer(1, 1_000_000), default: 5, description: 'Fewest errors in one period for it to count.' },
    min_rate_percent: { spec: number(0, 100), default: 1, description: 'Smallest error rate (% of requests) worth reporting.' },
    ratio: { spec: number(1, 1000), default: 3, description: 'How many times the baseline the rate (or count) must reach.' },
    robust_z: { spec: number(1, 100), default: 6, description: 'How many robust standard deviations above the baseline.' },
  },
  detect({ resource, series: input, related: relatedInput, thresholds }) {
    const series = cleanSeries(input);
    const related = (id: string) => {
      const other = relatedInput(id);
      return other && cleanSeries(other);
    };
    const { spec } = series;
    const traffic = spec.trafficOf ? related(spec.trafficOf) : undefined;
    const byTime = traffic ? new Map(traffic.timestamps.map((t, i) => [t, traffic.values[i]!])) : undefined;
    const n = series.values.length;
    if (n < 4) return [];
    // A period with errors but no traffic point (or none of either) keeps its count as the measure.
    // Request counts are sums of whole requests: less than one is none (a fraction would divide into an infinite rate).
    const requests = series.timestamps.map((t) => {
      const r = byTime?.get(t);
      return r !== undefined && r < 1 ? 0 : r;
    });
    const asRate = byTime !== undefined;
    const measure = series.values.map((errors, i) => (asRate ? (requests[i] ? errors / requests[i]! : errors > 0 ? 1 : 0) : errors));
    const baseline = median(measure);
    const spread = robustSpread(measure, baseline);
    const floor = asRate ? thresholds.min_rate_percent! / 100 : 0;
    const limit = Math.max(baseline * thresholds.ratio!, baseline + thresholds.robust_z! * spread, floor, asRate ? 0 : thresholds.min_errors!);
    const flagged = (i: number) => series.values[i]! >= thresholds.min_errors! && measure[i]! > limit;
    const runs = runsOf(n, flagged, 1);
    if (runs.length === 0) return [];
    // The worst episode by errors above baseline; the latest wins ties (it is the one still relevant).
    const excess = (r: { start: number; end: number }) => {
      let sum = 0;
      for (let i = r.start; i <= r.end; i += 1) sum += Math.max(0, series.values[i]! - (asRate && requests[i] ? baseline * requests[i]! : baseline));
      return sum;
    };
    const worst = runs.reduce((a, b) => (excess(b) >= excess(a) ? b : a));
    const errors = sum(series.values, worst.start, worst.end);
    const total = asRate ? sum(requests.map((r) => r ?? 0), worst.start, worst.end) : undefined;
    const rate = total ? errors / total : undefined;
    const ongoing = worst.end >= n - 2;
    const severity: Severity = /5xx/i.test(spec.metricName) ? 'high' : 'medium';
    const display = (v: number) => (asRate ? `${(v * 100).toFixed(v < 0.01 ? 2 : 1)}%` : formatValue(v, spec.unit));
    return [
      {
        severity,
        resource: refOf(resource),
        title: `${spec.label} spiked to ${rate !== undefined ? `${display(rate)} of requests` : `${formatValue(errors, 'count')} in ${minutesOf(worst, series)} min`}${ongoing ? ', still now' : ''}`,
        evidence: [
          { label: 'baseline', value: asRate ? `${display(baseline)} of requests` : `${formatValue(baseline, 'count')} per ${series.periodSeconds / 60} min` },
          { label: 'during the spike', value: `${formatValue(errors, 'count')} errors${total !== undefined ? ` in ${formatValue(total, 'count')} requests` : ''} over ${minutesOf(worst, series)} min` },
          { label: 'peak', value: `${formatValue(Math.max(...series.values.slice(worst.start, worst.end + 1)), 'count')} in one ${series.periodSeconds / 60}-min period` },
          ...(runs.length > 1 ? [{ label: 'spikes in the window', value: String(runs.length) }] : []),
          ...(ongoing ? [] : [{ label: 'ended', value: readableTime(series.timestamps[worst.end]!) }]),
        ],
        since: iso(series.timestamps[worst.start]!),
        nextStep: `${spec.namespace} ${spec.metricName} for ${resource.id}: match the start time with deploys, then read the service's logs from ${iso(series.timestamps[worst.start]!).slice(0, 16)}Z`,
        series: findingSeries(series),
      },
    ];
  },
};

function sum(values: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let i = from; i <= to; i += 1) total += values[i]!;
  return total;
}

function minutesOf(run: { start: number; end: number }, series: MetricSeriesInput): number {
  return Math.round(((run.end - run.start + 1) * series.periodSeconds) / 60);
}
