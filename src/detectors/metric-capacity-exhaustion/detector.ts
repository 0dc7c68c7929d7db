import { number } from '../../config/schema.js';
import { refOf, type Severity } from '../../report/model.js';
import { findingSeries, prepareSeries, iso, readableTime } from '../metric-evidence.js';
import { formatValue } from '../../report/metric-units.js';
import { lineFit, theilSenSlope } from '../../analysis/statistics/robust-trend.js';
import { median } from '../../analysis/statistics/order-statistics.js';
import type { MetricDetector } from '../types.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Free storage or memory heading for zero: a robust trend over the window, projected forward. */
export const metricCapacityExhaustion: MetricDetector = {
  id: 'metric_capacity_exhaustion',
  title: 'Running out of capacity',
  description: 'Free storage (or memory) is falling steadily and will reach zero within the horizon, or is already nearly gone.',
  roles: ['free-capacity'],
  thresholds: {
    horizon_days: { spec: number(0.1, 365), default: 14, description: 'Report when the projected time to zero is shorter than this.' },
    min_free_percent: { spec: number(0, 100), default: 10, description: 'Report when less than this share of the capacity is free, trend or not.' },
    min_fit: { spec: number(0, 1), default: 0.6, description: 'How well a straight line must explain the decline (R squared) to be trusted.' },
  },
  detect({ resource, series: input, thresholds, now }) {
    // The trend of the report window: history read before it is for the anomaly engine's baselines.
    const prepared = prepareSeries(input);
    const series = { ...prepared, timestamps: prepared.timestamps.slice(prepared.windowIndex), values: prepared.values.slice(prepared.windowIndex), windowIndex: 0 };
    const { spec, values, timestamps } = series;
    const n = values.length;
    if (n < 6) return [];
    const capacity = spec.capacity?.(resource);
    const current = median(values.slice(-3));
    const freePercent = capacity ? (current / capacity) * 100 : undefined;
    const slope = theilSenSlope(timestamps, values); // units per ms; negative when filling up
    const fit = slope < 0 ? lineFit(timestamps, values, slope) : 0;
    const span = timestamps[n - 1]! - timestamps[0]!;
    const decline = -slope * span;
    // The decline must be real: well explained by a line and large against the level it started from.
    const trending = slope < 0 && fit >= thresholds.min_fit! && span >= HOUR && decline >= 0.01 * (capacity ?? values[0]!);
    const msToZero = trending ? current / -slope : Infinity;
    const low = freePercent !== undefined && freePercent < thresholds.min_free_percent!;
    if (!low && msToZero > thresholds.horizon_days! * DAY) return [];
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
        series: findingSeries(series),
      },
    ];
  },
};

function humanSpan(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / 60_000))} min`;
  if (ms < 2 * DAY) return `${Math.round(ms / HOUR)} h`;
  return `${Math.round(ms / DAY)} days`;
}
