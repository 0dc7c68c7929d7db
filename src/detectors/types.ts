import type { LogDigest, LogSignature } from '../analysis/logs/log-digest.js';
import type { DetectorSettings, LogPattern, SettingSpec } from '../config/schema.js';
import type { LogKind } from '../telemetry/logs/log-types.js';
import type { Cause, Finding, Resource, ResourceType, Severity } from '../report/model.js';
import type { RegisteredResourceType, ResourceOf } from '../services/registry.js';
import type { MetricRole, MetricSpec } from '../telemetry/metrics/metric-catalog.js';

export interface Threshold {
  spec: SettingSpec;
  default: number;
  description: string;
}

/** A finding before the engine gives it its id, kind, cause and configured severity. */
export type FindingDraft = Omit<Finding, 'id' | 'kind' | 'cause' | 'related'>;

/**
 * What a detector's findings are symptoms of. Findings on the same resource with the same cause
 * are reported as one (the worst, with the others as related). `null`: each finding is its own
 * problem with its own fix (a missing standby, logging turned off), never merged.
 */
export type DetectorCause = Cause | null;

/** A resource of type `T` with its attributes typed when `T` is registered (a union of types: a union of resources). */
export type DetectedResource<T extends ResourceType> = T extends RegisteredResourceType ? ResourceOf<T> : Resource;

export interface ResourceDetectorInput<R extends Resource = Resource> {
  resource: R;
  /** Thresholds with defaults filled in. */
  thresholds: Record<string, number>;
  now: Date;
}

/**
 * A pure check of one resource's own state (no metrics or logs). `T`: the types it checks, so
 * `detect` reads their attributes typed (`ResourceStateDetector<'ecs:service'>`).
 */
export interface ResourceStateDetector<T extends ResourceType = ResourceType> {
  id: string;
  title: string;
  description: string;
  cause: DetectorCause;
  resourceTypes: readonly T[];
  thresholds: Record<string, Threshold>;
  // A method, so a detector of some types is one of the registry's detectors of any type (it is only called with its own).
  detect(input: ResourceDetectorInput<DetectedResource<T>>): FindingDraft[];
}

export type { DetectorSettings, Severity };

/** One metric of one resource over the window, ascending in time. */
export interface MetricSeriesInput {
  spec: MetricSpec;
  periodSeconds: number;
  timestamps: readonly number[];
  values: readonly number[];
  /**
   * Epoch ms where the report window starts, when the series also holds history read before it
   * (the baseline the anomaly engine learns from). Findings are about the window only.
   */
  windowStart?: number;
  /** Epoch ms where the read ended: a count with no point near the end had none (absent means zero). */
  readEnd?: number;
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
  /** The catalog roles it reads (saturation, errors, latency...); a finding's cause follows its metric's role. */
  roles: readonly MetricRole[];
  thresholds: Record<string, Threshold>;
  detect(input: MetricDetectorInput): FindingDraft[];
}

/** One signature with its occurrences in the recent window and in the baseline before it. */
export interface SignatureCounts {
  signature: LogSignature;
  recent: number;
  baseline: number;
}

/** The recent/baseline split of one digest, computed once for all log detectors. */
export interface LogWindowView {
  baselineHours: number;
  recentHours: number;
  /** In the digest's order (most frequent first). */
  signatures: SignatureCounts[];
}

/** What a log detector reads: one source's digest, split into a baseline and a recent part. */
export interface LogDetectorInput {
  digest: LogDigest;
  view: LogWindowView;
  /** The resource the logs belong to (undefined for a log group named only in config). */
  resource: Resource | undefined;
  /** Bins [recentFromBin, binCount) are the recent window; the ones before are the baseline. */
  recentFromBin: number;
  thresholds: Record<string, number>;
  /** `[log_pattern:NAME]` sections, for the detector that reports them. */
  patterns: readonly LogPattern[];
  now: Date;
}

/** A log finding and the part of its id that tells it apart from others on the same resource. */
export type LogFindingDraft = FindingDraft & { key: string };

/** A pure check of one log source's digest. */
export interface LogDetector {
  id: string;
  title: string;
  description: string;
  cause: DetectorCause;
  kinds: readonly LogKind[];
  thresholds: Record<string, Threshold>;
  detect(input: LogDetectorInput): LogFindingDraft[];
}
