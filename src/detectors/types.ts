import type { DetectorSettings, SettingSpec } from '../config/schema.js';
import type { Finding, Resource, ResourceType, Severity } from '../report/model.js';
import type { MetricRole, MetricSpec } from '../telemetry/metrics/metric-catalog.js';

export interface Threshold {
  spec: SettingSpec;
  default: number;
  description: string;
}

/** A finding before the engine gives it its id, kind and configured severity. */
export type FindingDraft = Omit<Finding, 'id' | 'kind'>;

export interface ResourceDetectorInput {
  resource: Resource;
  /** Thresholds with defaults filled in. */
  thresholds: Record<string, number>;
  now: Date;
}

/** A pure check of one resource's own state (no metrics or logs). */
export interface ResourceStateDetector {
  id: string;
  title: string;
  description: string;
  resourceTypes: readonly ResourceType[];
  thresholds: Record<string, Threshold>;
  detect(input: ResourceDetectorInput): FindingDraft[];
}

export type { DetectorSettings, Severity };

/** One metric of one resource over the window, ascending in time. */
export interface MetricSeriesInput {
  spec: MetricSpec;
  periodSeconds: number;
  timestamps: readonly number[];
  values: readonly number[];
}

export interface MetricDetectorInput {
  resource: Resource;
  series: MetricSeriesInput;
  /** Another metric of the same resource by catalog id (e.g. the traffic behind an error count). */
  related: (metricId: string) => MetricSeriesInput | undefined;
  thresholds: Record<string, number>;
  now: Date;
}

/** A pure check of one metric series of one resource. */
export interface MetricDetector {
  id: string;
  title: string;
  description: string;
  /** The catalog roles it reads (saturation, errors, latency...). */
  roles: readonly MetricRole[];
  thresholds: Record<string, Threshold>;
  detect(input: MetricDetectorInput): FindingDraft[];
}
