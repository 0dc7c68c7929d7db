import { integer, number } from '../../config/schema.js';
import { refOf, type Severity } from '../../report/model.js';
import { findingSeries, iso, type PreparedSeries, prepareSeries, readableTime } from '../metric-evidence.js';
import { formatValue } from '../../report/metric-units.js';
import { median } from '../../analysis/statistics/order-statistics.js';
import { unusualRuns } from '../series-runs.js';
import type { MetricDetector } from '../types.js';

/**
 * Errors judged as a share of traffic where the catalog names the traffic metric: a traffic surge
 * with a steady error rate is not an error spike. Without traffic, the count itself is judged.
 * The shared anomaly engine decides what is unusual for this series; the floors below decide what
 * is worth a finding.
 */
export const metricErrorRateSpike: MetricDetector = {
  id: 'metric_error_rate_spike',
  title: 'Error rate spike',
  description: 'HTTP 5xx/4xx or other error counts rose well above their own baseline, as a share of requests where requests are known.',
  roles: ['errors'],
  thresholds: {
    min_errors: { spec: integer(1, 1_000_000), default: 5, description: 'Fewest errors during the spike for it to count.' },
    min_rate_percent: { spec: number(0, 100), default: 1, description: 'Smallest error rate (% of requests) worth reporting.' },
    ratio: { spec: number(1, 1000), default: 3, description: 'How many times the baseline the rate (or count) must reach.' },
  },
  detect({ resource, series: input, related: relatedInput, thresholds }) {
    const series = prepareSeries(input);
    const { spec } = series;
    const trafficInput = spec.trafficOf ? relatedInput(spec.trafficOf) : undefined;
    const traffic = trafficInput && trafficInput.values.length > 0 ? prepareSeries(trafficInput) : undefined;
    const base: PreparedSeries = traffic ?? series;
    const n = base.timestamps.length;
    if (n < 4) return [];
    // Errors on the traffic's own points: a period with requests and no error point had no errors.
    const errorsAt = new Map(series.timestamps.map((t, i) => [t, series.values[i]!]));
    const errors = traffic ? base.timestamps.map((t) => errorsAt.get(t) ?? 0) : [...series.values];
    // Request counts are sums of whole requests: less than one is none (a fraction would divide into an infinite rate).
    const requests = traffic ? base.values.map((r) => (r < 1 ? 0 : r)) : undefined;
    const asRate = requests !== undefined;
    const measure = errors.map((e, i) => (requests ? (requests[i]! > 0 ? e / requests[i]! : e > 0 ? 1 : 0) : e));
    const floor = asRate ? thresholds.min_rate_percent! / 100 : 0;
    const episodes = unusualRuns(base.timestamps, measure, base.stepSeconds, 'up')
      .filter((r) => r.end >= base.windowIndex)
      .map((r) => {
        const baseline = median(measure.slice(0, r.start)) || 0;
        const errorCount = sum(errors, r.start, r.end);
        const total = requests ? sum(requests, r.start, r.end) : undefined;
        const level = total !== undefined ? (total > 0 ? errorCount / total : 1) : errorCount / (r.end - r.start + 1);
        const excess = errorCount - (total !== undefined ? baseline * total : baseline * (r.end - r.start + 1));
        return { ...r, baseline, errorCount, total, level, excess };
      })
      .filter((e) => e.errorCount >= thresholds.min_errors! && e.level >= floor && e.level >= e.baseline * thresholds.ratio!);
    if (episodes.length === 0) return [];
    // The worst episode by errors above baseline; the latest wins ties (it is the one still relevant).
    const worst = episodes.reduce((a, b) => (b.excess >= a.excess ? b : a));
    const stepMinutes = base.stepSeconds / 60;
    const minutes = Math.round(((worst.end - worst.start + 1) * base.stepSeconds) / 60);
    const ongoing = worst.end >= n - 2;
    const severity: Severity = /5xx/i.test(spec.metricName) ? 'high' : 'medium';
    const display = (v: number) => (asRate ? `${(v * 100).toFixed(v < 0.01 ? 2 : 1)}%` : formatValue(v, spec.unit));
    return [
      {
        severity,
        resource: refOf(resource),
        title: `${spec.label} spiked to ${asRate ? `${display(worst.level)} of requests` : `${formatValue(worst.errorCount, 'count')} in ${minutes} min`}${ongoing ? ', still now' : ''}`,
        evidence: [
          { label: 'baseline', value: asRate ? `${display(worst.baseline)} of requests` : `${formatValue(worst.baseline, 'count')} per ${stepMinutes} min` },
          {
            label: 'during the spike',
            value: `${formatValue(worst.errorCount, 'count')} errors${worst.total !== undefined ? ` in ${formatValue(worst.total, 'count')} requests` : ''} over ${minutes} min`,
          },
          { label: 'peak', value: `${formatValue(Math.max(...errors.slice(worst.start, worst.end + 1)), 'count')} in one ${stepMinutes}-min period` },
          ...(episodes.length > 1 ? [{ label: 'spikes in the window', value: String(episodes.length) }] : []),
          ...(ongoing ? [] : [{ label: 'ended', value: readableTime(base.timestamps[worst.end]!) }]),
        ],
        since: iso(base.timestamps[worst.start]!),
        nextStep: `${spec.namespace} ${spec.metricName} for ${resource.id}: match the start time with deploys, then read the service's logs from ${iso(base.timestamps[worst.start]!).slice(0, 16)}Z`,
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
