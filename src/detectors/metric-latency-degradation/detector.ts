import { integer, number } from '../../config/schema.js';
import { refOf } from '../../report/model.js';
import { cleanSeries, findingSeries, formatValue, iso } from '../metric-evidence.js';
import { median, robustSpread, runsOf, sameHoursOnEarlierDays } from '../series-statistics.js';
import type { MetricDetector } from '../types.js';

/**
 * A level shift that lasts to now: the latency of the last stretch against the first half of the
 * window. Single slow minutes are noise; a new, higher plateau is a degradation.
 */
export const metricLatencyDegradation: MetricDetector = {
  id: 'metric_latency_degradation',
  title: 'Performance degradation',
  description: 'Response time, database latency or queue depth rose to a new, higher level and stayed there.',
  roles: ['latency'],
  thresholds: {
    sustained_minutes: { spec: integer(1, 10_080), default: 30, description: 'How long the higher level must have lasted, up to now.' },
    min_increase_percent: { spec: number(1, 10_000), default: 50, description: 'Smallest rise over the baseline worth reporting.' },
    robust_z: { spec: number(1, 100), default: 4, description: 'How many robust standard deviations above the baseline.' },
  },
  detect({ resource, series: input, thresholds }) {
    const series = cleanSeries(input);
    const { spec, values, timestamps } = series;
    const n = values.length;
    const sustained = Math.max(3, Math.ceil((thresholds.sustained_minutes! * 60) / series.periodSeconds));
    if (n < sustained + 6) return [];
    // With two days or more, the same hours on earlier days are the reference (daily peaks are not
    // degradations); otherwise the first half of the window.
    const seasonal = sameHoursOnEarlierDays(timestamps, values, n - sustained);
    const reference = seasonal ?? values.slice(0, Math.floor(n / 2));
    const baseline = median(reference);
    // A flat baseline has no spread: fall back to a share of the level so rounding is not a shift.
    const spread = Math.max(robustSpread(reference, baseline), Math.abs(baseline) * 0.05);
    const limit = Math.max(baseline * (1 + thresholds.min_increase_percent! / 100), baseline + thresholds.robust_z! * spread);
    if (!(limit > 0)) return [];
    const recent = values.slice(n - sustained);
    if (median(recent) < limit) return [];
    // Start of the shift: the elevated run, tolerating two ordinary points in a row, that reaches now.
    const last = runsOf(n, (i) => values[i]! >= limit, 2).at(-1);
    if (!last || last.end < n - 3) return [];
    const current = median(values.slice(last.start));
    const change = baseline > 0 ? (current / baseline - 1) * 100 : Infinity;
    return [
      {
        severity: baseline > 0 && current >= baseline * 3 ? 'high' : 'medium',
        resource: refOf(resource),
        title: `${spec.label} up ${Number.isFinite(change) ? `${Math.round(change)}%` : 'from zero'}: ${formatValue(baseline, spec.unit)} -> ${formatValue(current, spec.unit)}`,
        evidence: [
          { label: seasonal ? 'baseline (same hours, earlier days)' : 'baseline (first half of the window)', value: formatValue(baseline, spec.unit) },
          { label: 'since the rise', value: `${formatValue(current, spec.unit)} (median of ${n - last.start} periods)` },
          { label: 'latest', value: formatValue(values[n - 1]!, spec.unit) },
        ],
        since: iso(timestamps[last.start]!),
        nextStep: `${spec.namespace} ${spec.metricName} (${spec.stat}) for ${resource.id}: check deploys and dependency latency (database, downstream APIs) around ${iso(timestamps[last.start]!).slice(0, 16)}Z`,
        series: findingSeries(series),
      },
    ];
  },
};

