// Which CloudWatch metrics each resource type is judged on: every service module's rows
// (src/services/<service>/metrics.ts, shape in metric-spec.ts), and which apply to one resource.

import type { Resource } from '../../report/model.js';
import { SERVICES } from '../../services/registry.js';
import type { Dimension, MetricSpec } from './metric-spec.js';

export type { Dimension, MetricRole, MetricSpec } from './metric-spec.js';

/** Every service's metric rows, in registry order. */
export const METRIC_CATALOG: readonly MetricSpec[] = SERVICES.flatMap((service) => service.metrics);

/** The catalog's metrics that apply to this resource, with its dimensions. */
export function metricsFor(resource: Resource, catalog: readonly MetricSpec[] = METRIC_CATALOG): Array<{ spec: MetricSpec; dimensions: Dimension[] }> {
  const out: Array<{ spec: MetricSpec; dimensions: Dimension[] }> = [];
  for (const spec of catalog) {
    if (spec.resourceType !== resource.type || (spec.appliesTo && !spec.appliesTo(resource))) continue;
    const dimensions = spec.dimensions(resource);
    if (dimensions) out.push({ spec, dimensions });
  }
  return out;
}

/**
 * Whether a period without a point means zero: CloudWatch publishes a Sum of events (requests, 5xx,
 * rejected writes) only for periods that had some. Any other statistic is a gauge, unknown when absent.
 */
export function absentMeansZero(spec: MetricSpec): boolean {
  return spec.stat === 'Sum';
}
