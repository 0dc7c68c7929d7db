// The shape of one metric row: what a service module declares about each CloudWatch metric its
// resources are judged on (src/services/<service>/metrics.ts).

import type { MetricUnit } from '../../report/metric-units.js';
import type { Resource, ResourceType } from '../../report/model.js';

export interface Dimension {
  Name: string;
  Value: string;
}

/** What a metric says about the resource; it decides which detectors read it. */
export type MetricRole =
  | 'saturation' // a percentage of a capacity: static thresholds apply
  | 'errors' // counts of failures: spikes, as a rate of `trafficOf` where there is one
  | 'traffic' // the denominator for error rates, and a spike or a drop to zero
  | 'latency' // a sustained rise is a performance degradation
  | 'health' // a gauge where any non-zero value for long enough is bad
  | 'free-capacity'; // runs out: trend to exhaustion

export interface MetricSpec {
  /** Stable id, e.g. alb_target_5xx: in finding ids and in the JSON report. */
  id: string;
  resourceType: ResourceType;
  namespace: string;
  metricName: string;
  /** Average, Sum, Minimum, Maximum or a percentile such as p99. */
  stat: string;
  /** Display unit of the values CloudWatch returns. */
  unit: MetricUnit;
  label: string;
  role: MetricRole;
  /** Which way is bad. */
  bad: 'up' | 'down';
  /** Static limits in the metric's unit: beyond `warn` is medium, beyond `critical` high. */
  limits?: { warn?: number; critical?: number };
  /** Limits that depend on the resource (a service's desired task count), used instead of `limits`. */
  limitsFor?: (resource: Resource) => { warn?: number; critical?: number } | undefined;
  /** For errors: the traffic metric id (same resource) they are a share of. */
  trafficOf?: string;
  /** For free capacity: the total, in the metric's unit, when the resource says it. */
  capacity?: (resource: Resource) => number | undefined;
  /** The dimensions identifying this resource's series, or undefined when it has none. */
  dimensions: (resource: Resource) => Dimension[] | undefined;
  /** Only for some resources of the type (e.g. replicas for replica lag). */
  appliesTo?: (resource: Resource) => boolean;
}
