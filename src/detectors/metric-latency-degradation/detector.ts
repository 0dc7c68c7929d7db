import { integer, number } from '../../config/schema.js';
import { refOf } from '../../report/model.js';
import { findingSeries, iso, prepareSeries } from '../metric-evidence.js';
import { formatValue } from '../../report/metric-units.js';
import { median } from '../../analysis/statistics/order-statistics.js';
import { unusualRuns } from '../series-runs.js';
import type { MetricDetector } from '../types.js';

/**
 * A level shift that lasts to now. The shared anomaly engine says when the latency became unusual
 * for this series (its daily pattern and its usual bursts included); the finding then compares the
 * level since then with the level before, and reports it when the rise is large and still there.
 */
export const metricLatencyDegradation: MetricDetector = {
  id: 'metric_latency_degradation',
  title: 'Performance degradation',
  description: 'Response time, database latency or queue depth rose to a new, higher level and stayed there.',
  roles: ['latency'],
  thresholds: {
    sustained_minutes: { spec: integer(1, 10_080), default: 30, description: 'How long the higher level must have lasted, up to now.' },
    min_increase_percent: { spec: number(1, 10_000), default: 50, description: 'Smallest rise over the baseline worth reporting.' },
  },
  detect({ resource, series: input, thresholds }) {
    const series = prepareSeries(input);
    const { spec, values, timestamps } = series;
    const n = values.length;
    if (n < 4) return [];
    const stepMs = series.stepSeconds * 1000;
    const sustainedMs = thresholds.sustained_minutes! * 60_000;
    const runs = unusualRuns(timestamps, values, series.stepSeconds, 'up');
    // The latest unusual episode that began before the sustained span and inside the window.
    for (let r = runs.length - 1; r >= 0; r -= 1) {
      const run = runs[r]!;
      if (run.end < series.windowIndex) break;
      const baseline = median(values.slice(0, run.start));
      const limit = baseline * (1 + thresholds.min_increase_percent! / 100);
      // The rise may have begun a little before the engine was sure of it (a median needs half its span).
      let start = run.start;
      while (start > 0 && values[start - 1]! >= limit) start -= 1;
      const lastedMs = timestamps[n - 1]! - timestamps[start]! + stepMs;
      if (lastedMs < sustainedMs) continue;
      const current = median(values.slice(start));
      const recent = median(values.filter((_, i) => timestamps[i]! > timestamps[n - 1]! - sustainedMs));
      // Still there: the level since the rise and over the last sustained span are both above the limit.
      if (!(baseline >= 0) || !(current >= limit) || !(recent >= limit) || !(current > baseline)) continue;
      const change = baseline > 0 ? (current / baseline - 1) * 100 : Infinity;
      return [
        {
          severity: baseline > 0 && current >= baseline * 3 ? 'high' : 'medium',
          resource: refOf(resource),
          title: `${spec.label} up ${Number.isFinite(change) ? `${Math.round(change)}%` : 'from zero'}: ${formatValue(baseline, spec.unit)} -> ${formatValue(current, spec.unit)}`,
          evidence: [
            { label: 'baseline (before the rise)', value: formatValue(baseline, spec.unit) },
            { label: 'since the rise', value: `${formatValue(current, spec.unit)} (median of ${n - start} periods)` },
            { label: 'latest', value: formatValue(values[n - 1]!, spec.unit) },
          ],
          since: iso(timestamps[start]!),
          nextStep: `${spec.namespace} ${spec.metricName} (${spec.stat}) for ${resource.id}: check deploys and dependency latency (database, downstream APIs) around ${iso(timestamps[start]!).slice(0, 16)}Z`,
          series: findingSeries(series),
        },
      ];
    }
    return [];
  },
};
