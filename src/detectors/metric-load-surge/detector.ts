import { integer, number } from '../../config/schema.js';
import { prepareSeries } from '../metric-evidence.js';
import { lastingShift, shiftFinding } from '../level-shift.js';
import type { MetricDetector } from '../types.js';

/**
 * Load whose rise is the problem: database or cache connections (a connection storm exhausts
 * `max_connections`), network traffic into a database. A level at least `min_increase_percent`
 * above the one before, that the shared anomaly engine calls unusual for this series (a daily peak
 * or a nightly batch job that happens every day is not) and that lasts to now. Requests, whose
 * fall is the problem, are the traffic-drop detector's.
 */
export const metricLoadSurge: MetricDetector = {
  id: 'metric_load_surge',
  title: 'Load surge',
  description: 'Connections or network traffic rose far above their usual level and stayed there.',
  roles: ['traffic'],
  thresholds: {
    sustained_minutes: { spec: integer(1, 10_080), default: 15, description: 'How long the higher level must have lasted, up to now.' },
    min_increase_percent: { spec: number(1, 10_000), default: 100, description: 'Smallest rise over the baseline worth reporting.' },
  },
  detect({ resource, series: input, thresholds }) {
    if (input.spec.bad !== 'up') return [];
    const series = prepareSeries(input);
    const shift = lastingShift(series, 'up', thresholds.min_increase_percent!, thresholds.sustained_minutes! * 60_000);
    if (!shift) return [];
    return [
      shiftFinding(resource, series, shift, {
        noun: 'surge',
        nextStep: (since) => `find what opened the new load since ${since}: deploys, retries, connection pool sizes, a new client or batch job`,
      }),
    ];
  },
};
