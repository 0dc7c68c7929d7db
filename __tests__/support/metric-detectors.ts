// What the metric detector tests share: a catalog row by id, a detector's default thresholds, one
// call of a detector, and the load balancer and target group the ALB metrics are read for.

import type { FindingDraft, MetricDetector, MetricSeriesInput } from '../../src/detectors/types.js';
import type { Resource } from '../../src/report/model.js';
import { METRIC_CATALOG, type MetricSpec } from '../../src/telemetry/metrics/metric-catalog.js';
import { aResourceOf, NOW } from './builders.js';

/** The metric catalog's row `id` (the test names a row that exists). */
export function metricSpec(id: string): MetricSpec {
  return METRIC_CATALOG.find((m) => m.id === id)!;
}

/** Every threshold of a detector at its default, as the loader fills them. */
export function defaultThresholds(detector: MetricDetector): Record<string, number> {
  return Object.fromEntries(Object.entries(detector.thresholds).map(([k, t]) => [k, t.default]));
}

/** One detector over one series, at its default thresholds; `related` answers the detector's other reads. */
export function runMetricDetector(
  detector: MetricDetector,
  resource: Resource,
  series: MetricSeriesInput,
  related: Record<string, MetricSeriesInput> = {},
  now: Date = NOW,
): FindingDraft[] {
  return detector.detect({ resource, series, related: (id) => related[id], thresholds: defaultThresholds(detector), now });
}

/** The application load balancer pp-web-public, with the dimension its metrics are read by. */
export const LOAD_BALANCER = aResourceOf('elbv2:load-balancer', 'pp-web-public', { lbType: 'application', metricDimension: 'app/pp-web-public/1' });

/** Its target group checkout. */
export const TARGET_GROUP = aResourceOf('elbv2:target-group', 'checkout', { metricDimension: 'targetgroup/checkout/1', loadBalancerDimension: 'app/pp-web-public/1' });
