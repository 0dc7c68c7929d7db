import { integer, number } from '../../config/schema.js';
import { refOf, type Severity } from '../../report/model.js';
import { findingSeries, prepareSeries, iso, readableTime } from '../metric-evidence.js';
import { lastingShift, shiftFinding } from '../level-shift.js';
import { formatValue } from '../../report/metric-units.js';
import { lineFit, theilSenSlope } from '../../analysis/statistics/robust-trend.js';
import { median } from '../../analysis/statistics/order-statistics.js';
import type { MetricDetector } from '../types.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Free storage or memory heading for zero: a robust trend over the window, projected forward; or
 * nearly gone; or fallen in one step to a fraction of its usual level and still there (a memory
 * leak's cliff, a bulk load, a runaway temporary table), which a trend over the window reads as flat.
 */
export const metricCapacityExhaustion: MetricDetector = {
  id: 'metric_capacity_exhaustion',
  title: 'Running out of capacity',
  description: 'Free storage (or memory) is falling steadily and will reach zero within the horizon, is already nearly gone, or fell suddenly and stayed down.',
  roles: ['free-capacity'],
  thresholds: {
    horizon_days: { spec: number(0.1, 365), default: 14, description: 'Report when the projected time to zero is shorter than this.' },
    min_free_percent: { spec: number(0, 100), default: 10, description: 'Report when less than this share of the capacity is free, trend or not.' },
    min_fit: { spec: number(0, 1), default: 0.6, description: 'How well a straight line must explain the decline (R squared) to be trusted.' },
    min_drop_percent: { spec: number(1, 99), default: 50, description: 'Report free capacity that fell by at least this share of its usual level and stayed down, trend or not.' },
    sustained_minutes: { spec: integer(1, 10_080), default: 15, description: 'How long such a drop must have lasted, up to now.' },
  },
  detect({ resource, series: input, thresholds, now }) {
    const prepared = prepareSeries(input);
    // A sudden drop that stayed, judged against the history before the window too.
    const drop = lastingShift(prepared, 'down', thresholds.min_drop_percent!, thresholds.sustained_minutes! * 60_000);
    const dropFinding = () =>
      drop
        ? [
            shiftFinding(resource, prepared, drop, {
              noun: 'drop',
              nextStep: (since) => `find what took it since ${since} (a deploy, a bulk load or long query, a leak), then add capacity if it is needed`,
            }),
          ]
        : [];
    // The trend of the report window, or of what came after such a drop (a step is not a trend):
    // history read before the window is for the anomaly engine's baselines.
    const from = Math.max(prepared.windowIndex, drop?.start ?? 0);
    const series = { ...prepared, timestamps: prepared.timestamps.slice(from), values: prepared.values.slice(from), windowIndex: 0 };
    const { spec, values, timestamps } = series;
    const n = values.length;
    if (prepared.values.length - prepared.windowIndex < 6) return dropFinding();
    const capacity = spec.capacity?.(resource);
    const current = median(values.slice(-3));
    const freePercent = capacity ? (current / capacity) * 100 : undefined;
    // Units per ms, negative when filling up; too few points since a drop make no line.
    const slope = n >= 6 ? theilSenSlope(timestamps, values) : 0;
    const fit = slope < 0 ? lineFit(timestamps, values, slope) : 0;
    const span = timestamps[n - 1]! - timestamps[0]!;
    const decline = -slope * span;
    // The decline must be real: well explained by a line and large against the level it started from.
    const trending = slope < 0 && fit >= thresholds.min_fit! && span >= HOUR && decline >= 0.01 * (capacity ?? values[0]!);
    const msToZero = trending ? current / -slope : Infinity;
    const low = freePercent !== undefined && freePercent < thresholds.min_free_percent!;
    if (!low && msToZero > thresholds.horizon_days! * DAY) return dropFinding();
    const severity: Severity = msToZero < DAY || (freePercent !== undefined && freePercent < 2) ? 'critical' : msToZero < 3 * DAY || low ? 'high' : 'medium';
    const perDay = -slope * DAY;
    const runsOutAt = Number.isFinite(msToZero) ? new Date(now.getTime() + msToZero) : undefined;
    return [
      {
        severity,
        resource: refOf(resource),
        title: runsOutAt ? `${spec.label} runs out in ${humanSpan(msToZero)} at the current rate` : `${spec.label} nearly exhausted: ${formatValue(current, spec.unit)} left`,
        evidence: [
          {
            label: 'free now',
            value: `${formatValue(current, spec.unit)}${freePercent !== undefined ? ` (${freePercent.toFixed(1)}% of ${formatValue(capacity!, spec.unit)})` : ''}`,
          },
          ...(trending ? [{ label: 'falling by', value: `${formatValue(perDay, spec.unit)} per day (fit R2 ${fit.toFixed(2)})` }] : []),
          ...(runsOutAt ? [{ label: 'projected empty', value: readableTime(runsOutAt.getTime()) }] : []),
        ],
        since: iso(timestamps[0]!),
        nextStep: `${spec.namespace} ${spec.metricName} for ${resource.id}: add capacity (or enable storage autoscaling) and find what is writing`,
        series: findingSeries(prepared),
      },
    ];
  },
};

function humanSpan(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / 60_000))} min`;
  if (ms < 2 * DAY) return `${Math.round(ms / HOUR)} h`;
  return `${Math.round(ms / DAY)} days`;
}
