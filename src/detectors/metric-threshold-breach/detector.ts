import { integer } from '../../config/schema.js';
import { refOf } from '../../report/model.js';
import { cleanSeries, findingSeries, formatValue, iso, readableTime } from '../metric-evidence.js';
import { runsOf } from '../series-statistics.js';
import type { MetricDetector } from '../types.js';

// A single high sample is normal (a deploy, a batch job); a limit held for this long is not.
const SUSTAINED_MINUTES = 10;

export const metricThresholdBreach: MetricDetector = {
  id: 'metric_threshold_breach',
  title: 'Metric beyond its limit for a sustained time',
  description: "A saturation or health metric (CPU, memory, JVM pressure, replica lag, cluster status...) stayed beyond the catalog's limit for the sustained time.",
  roles: ['saturation', 'health'],
  thresholds: {
    sustained_minutes: { spec: integer(1, 1440), default: SUSTAINED_MINUTES, description: 'How long a limit must be exceeded without a break.' },
  },
  detect({ resource, series: input, thresholds }) {
    const series = cleanSeries(input);
    const { spec } = series;
    const limits = spec.limitsFor ? spec.limitsFor(resource) : spec.limits;
    if (!limits || series.values.length === 0) return [];
    const beyond = (value: number, limit: number) => (spec.bad === 'up' ? value >= limit : value <= limit);
    const needed = Math.max(1, Math.ceil((thresholds.sustained_minutes! * 60) / series.periodSeconds));
    const levels = [
      { limit: limits.critical, severity: 'high' as const },
      { limit: limits.warn, severity: 'medium' as const },
    ].filter((l): l is { limit: number; severity: 'high' | 'medium' } => l.limit !== undefined);
    for (const { limit, severity } of levels) {
      // Consecutive points only: a missing point ends a run, so gaps never fake a sustained breach.
      const runs = runsOf(series.values.length, (i) => beyond(series.values[i]!, limit) && (i === 0 || series.timestamps[i]! - series.timestamps[i - 1]! <= series.periodSeconds * 1000)).filter((r) => r.end - r.start + 1 >= needed);
      if (runs.length === 0) continue;
      const latest = runs.at(-1)!;
      const ongoing = latest.end === series.values.length - 1;
      const window = series.values.slice(latest.start, latest.end + 1);
      const peak = spec.bad === 'up' ? Math.max(...window) : Math.min(...window);
      const minutes = Math.round(((latest.end - latest.start + 1) * series.periodSeconds) / 60);
      return [
        {
          severity,
          resource: refOf(resource),
          title: `${spec.label} ${spec.bad === 'up' ? 'at or above' : 'at or below'} ${formatValue(limit, spec.unit)} for ${minutes} min${ongoing ? ', still now' : ''}`,
          evidence: [
            { label: 'limit', value: `${formatValue(limit, spec.unit)} (${severity === 'high' ? 'critical' : 'warning'})` },
            { label: spec.bad === 'up' ? 'peak' : 'lowest', value: formatValue(peak, spec.unit) },
            { label: 'latest', value: formatValue(series.values.at(-1)!, spec.unit) },
            ...(runs.length > 1 ? [{ label: 'episodes in the window', value: String(runs.length) }] : []),
            ...(ongoing ? [] : [{ label: 'ended', value: readableTime(series.timestamps[latest.end]!) }]),
          ],
          since: iso(series.timestamps[latest.start]!),
          nextStep: `CloudWatch: ${spec.namespace} ${spec.metricName} (${spec.stat}) for ${resource.id}; ${spec.role === 'saturation' ? 'scale up or out, or find what drives the load' : 'read the resource events and logs around the start'}`,
          series: findingSeries(series),
        },
      ];
    }
    return [];
  },
};
