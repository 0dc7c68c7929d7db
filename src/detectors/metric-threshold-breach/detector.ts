import { integer } from '../../config/schema.js';
import { refOf } from '../../report/model.js';
import { findingSeries, iso, prepareSeries, readableTime } from '../metric-evidence.js';
import { formatValue } from '../../report/metric-units.js';
import { runsOf } from '../series-runs.js';
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
    const series = prepareSeries(input);
    const { spec } = series;
    const limits = spec.limitsFor ? spec.limitsFor(resource) : spec.limits;
    if (!limits || series.values.length === 0) return [];
    const beyond = (value: number, limit: number) => (spec.bad === 'up' ? value >= limit : value <= limit);
    // Durations in time, each point standing for its step: the same breach is as long at any period.
    const stepMs = series.stepSeconds * 1000;
    const neededMs = thresholds.sustained_minutes! * 60_000;
    const lasting = (r: { start: number; end: number }) => series.timestamps[r.end]! - series.timestamps[r.start]! + stepMs;
    const levels = [
      { limit: limits.critical, severity: 'high' as const },
      { limit: limits.warn, severity: 'medium' as const },
    ].filter((l): l is { limit: number; severity: 'high' | 'medium' } => l.limit !== undefined);
    for (const { limit, severity } of levels) {
      // Consecutive points only: a missing point ends a run, so gaps never fake a sustained breach.
      const runs = splitAtGaps(
        runsOf(series.values.length, (i) => beyond(series.values[i]!, limit)),
        series.timestamps,
        stepMs,
      ).filter((r) => lasting(r) >= neededMs && r.end >= series.windowIndex);
      if (runs.length === 0) continue;
      const latest = runs.at(-1)!;
      const ongoing = latest.end === series.values.length - 1;
      const window = series.values.slice(latest.start, latest.end + 1);
      const peak = spec.bad === 'up' ? Math.max(...window) : Math.min(...window);
      const minutes = Math.round(lasting(latest) / 60_000);
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

/** Runs cut wherever a point is missing (more than a step and a half after the one before): gaps never fake a sustained breach. */
function splitAtGaps(runs: ReadonlyArray<{ start: number; end: number }>, timestamps: readonly number[], stepMs: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const run of runs) {
    let start = run.start;
    for (let i = run.start + 1; i <= run.end; i += 1) {
      if (timestamps[i]! - timestamps[i - 1]! > 1.5 * stepMs) {
        out.push({ start, end: i - 1 });
        start = i;
      }
    }
    out.push({ start, end: run.end });
  }
  return out;
}
