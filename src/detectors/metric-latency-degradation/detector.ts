import { integer, number } from '../../config/schema.js';
import { prepareSeries } from '../metric-evidence.js';
import { lastingShift, shiftFinding } from '../level-shift.js';
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
    const shift = lastingShift(series, 'up', thresholds.min_increase_percent!, thresholds.sustained_minutes! * 60_000);
    if (!shift) return [];
    return [
      shiftFinding(resource, series, shift, {
        noun: 'rise',
        nextStep: (since) => `check deploys and dependency latency (database, downstream APIs) around ${since}`,
      }),
    ];
  },
};
