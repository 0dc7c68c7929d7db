// What one AWS service module declares. Everything the engine, the metric planner, the log
// planner, the inventory and the report schema know about a service comes from here.

import type { Collector } from '../collectors/types.js';
import type { Resource, ResourceType } from '../report/model.js';
import type { LogKind } from '../telemetry/logs/log-types.js';
import type { MetricSpec } from '../telemetry/metrics/metric-spec.js';

/** Formatting the inventory lends a summary, so services say what to show and renderers how. */
export interface InventoryWords {
  /** The report's generation time (ISO-8601): "deploying for 2h 5m" is measured to it. */
  now: string;
  time: (iso: string) => string;
  span: (fromIso: string, toIso: string) => string;
  plural: (count: number) => string;
}

export interface ResourceTypeSpec {
  /** `<service>:<kind>`, e.g. rds:instance: in the report, finding ids and the JSON schema. */
  type: ResourceType;
  /** One inventory line after the status, e.g. "postgres 16.4, replica, multi-AZ". */
  summary?: (resource: Resource, words: InventoryWords) => string;
}

/** A log group a resource writes to, and the format to parse it with. */
export interface LogSourceClaim {
  logGroup: string;
  kind: LogKind;
  /** Narrows a shared group to this resource's streams. */
  streamPrefix?: string;
}

/** A service's id is its collector's (`services = ecs, rds`, coverage gaps), and its folder's name. */
export interface ServiceModule {
  /** Heading of the service's inventory block, e.g. RDS. */
  inventoryTitle: string;
  resourceTypes: readonly ResourceTypeSpec[];
  collector: Collector;
  /** CloudWatch metrics its resources are judged on. */
  metrics: readonly MetricSpec[];
  /** The log groups a resource of this service writes to (what discovery found). */
  logSources?: (resource: Resource) => LogSourceClaim[];
}
