import type { DetectorSettings, SettingSpec } from '../config/schema.js';
import type { Finding, Resource, ResourceType, Severity } from '../report/model.js';

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
