// What one AWS service module declares. Everything the engine, the metric planner, the log
// planner, the inventory and the report schema know about a service comes from here. The module
// itself is pure: its collector (the AWS SDK) is loaded only when a scan runs (`loadCollector`).

import type { Collector } from '../collectors/types.js';
import type { Attributes, Resource, ResourceType } from '../report/model.js';
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

/**
 * A resource of one type as a reader meets it: its attributes typed, each possibly missing (a
 * merged report from another version, a collector call that failed).
 */
export type TypedResource<T extends ResourceType, A extends Partial<Attributes>> = Resource<Partial<A>> & { type: T };

/** The keys of `A` whose values are lists. */
export type ListAttributeKey<A> = { [K in keyof A]-?: NonNullable<A[K]> extends readonly string[] ? K : never }[keyof A];

/** What a service's attribute types are, by resource type: `{ 'ecs:service': EcsServiceAttributes, ... }`. */
export type AttributeTypes = Record<ResourceType, Partial<Attributes>>;

/** How version 5 reports joined a list attribute's items into one string. */
export type ListSeparator = ',' | ', ' | '; ';

export interface ResourceTypeSpec<T extends ResourceType, A extends Partial<Attributes>> {
  /**
   * Every list attribute (the compiler names a missing one), with the separator version 5 reports
   * joined its items with: a baseline of version 5 is read back into arrays with it.
   */
  listAttributes: Record<ListAttributeKey<A>, ListSeparator>;
  /** One inventory line after the status, e.g. "postgres 16.4, replica, multi-AZ". */
  summary?(resource: TypedResource<T, A>, words: InventoryWords): string;
}

/** One resource of any of the service's types: narrow it with `resource.type`. */
export type ServiceResource<M extends AttributeTypes> = { [T in keyof M & ResourceType]: TypedResource<T, M[T]> }[keyof M & ResourceType];

/** A log group a resource writes to, and the format to parse it with. */
export interface LogSourceClaim {
  logGroup: string;
  kind: LogKind;
  /** Narrows a shared group to this resource's streams. */
  streamPrefix?: string;
}

/**
 * A service's id is its collector's (`services = ecs, rds`, coverage gaps), and its folder's name.
 * `M` maps each resource type the service reports (`<service>:<kind>`) to its attributes.
 */
export interface ServiceModule<M extends AttributeTypes = AttributeTypes> {
  id: string;
  /** The service's name in progress lines and `--services` help, e.g. Amazon ECS. */
  title: string;
  /** Heading of the service's inventory block, e.g. RDS. */
  inventoryTitle: string;
  /** The types it reports (in the report, finding ids and the JSON schema), keyed by type. */
  resourceTypes: { [T in keyof M & ResourceType]: ResourceTypeSpec<T, M[T]> };
  /** Its AWS calls, imported when a scan first needs them so pure readers of the registry load no SDK. */
  loadCollector(): Promise<Collector>;
  /** CloudWatch metrics its resources are judged on. */
  metrics: readonly MetricSpec[];
  /** The log groups a resource of this service writes to (what discovery found). */
  logSources?(resource: ServiceResource<M>): LogSourceClaim[];
}
