// Every AWS service the scan knows, one line each. Adding a service: a folder with its module
// (attributes, metrics, log sources, resource types, collector) and one line here; resource types,
// their attribute types, the metric catalog, log-source discovery, the inventory and the report
// schema's type enum follow from it. Pure: no AWS SDK is loaded until a collector runs.

import type { Collector } from '../collectors/types.js';
import type { Attributes, ResourceType } from '../report/model.js';
import { cloudformationService } from './cloudformation/index.js';
import { dmsService } from './dms/index.js';
import { ecsService } from './ecs/index.js';
import { elasticacheService } from './elasticache/index.js';
import { elbv2Service } from './elbv2/index.js';
import { opensearchService } from './opensearch/index.js';
import { rdsService } from './rds/index.js';
import type { ListSeparator, ResourceTypeSpec, ServiceModule, TypedResource } from './types.js';
import { wafv2Service } from './wafv2/index.js';

const REGISTERED = [ecsService, elbv2Service, rdsService, opensearchService, dmsService, wafv2Service, cloudformationService, elasticacheService] as const;

export const SERVICES: readonly ServiceModule[] = REGISTERED;

/** Each registered resource type's attributes, from its service's module: `AttributesByType['ecs:service']`. */
export type AttributesByType = UnionToIntersection<(typeof REGISTERED)[number] extends infer S ? (S extends ServiceModule<infer M> ? M : never) : never>;
export type RegisteredResourceType = keyof AttributesByType & ResourceType;

/** A resource of a registered type with its attributes typed, e.g. `ResourceOf<'ecs:service'>`. */
export type ResourceOf<T extends RegisteredResourceType> = TypedResource<T, AttributesByType[T]>;

// (A | B) -> A & B: every service's map of types to attributes, as one map.
type UnionToIntersection<U> = (U extends unknown ? (union: U) => void : never) extends (intersection: infer I) => void ? I : never;

/**
 * Collectors in registry order: the services a scan can read (`services = ...`). Each loads its
 * service's collector, and with it the AWS SDK client, the first time a scan collects.
 */
export const COLLECTORS: readonly Collector[] = SERVICES.map((service) => ({
  id: service.id,
  title: service.title,
  collect: async (context) => (await service.loadCollector()).collect(context),
}));

/** Log groups the user names in `[logs] extra_log_groups`: no service owns them. */
const LOG_GROUP_TYPE: ResourceType = 'logs:log-group';

// Any type's spec: its list attributes by name, its summary of any resource (the registry hands it only its own type's).
type AnySpec = Omit<ResourceTypeSpec<ResourceType, Attributes>, 'listAttributes'> & { listAttributes: Readonly<Record<string, ListSeparator>> };
const specsOf = (service: ServiceModule): Array<[ResourceType, AnySpec]> => Object.entries(service.resourceTypes).map(([type, spec]) => [type as ResourceType, spec]);

/** Every resource type a report can hold; the JSON schema's enum must equal it. */
export const RESOURCE_TYPES: readonly ResourceType[] = [...SERVICES.flatMap((service) => specsOf(service).map(([type]) => type)), LOG_GROUP_TYPE];

const SERVICE_BY_TYPE = new Map<string, ServiceModule>(SERVICES.flatMap((service) => specsOf(service).map(([type]) => [type, service] as const)));
const SPEC_BY_TYPE = new Map<string, AnySpec>([...SERVICES.flatMap(specsOf), [LOG_GROUP_TYPE, { listAttributes: {} }]]);
// The inventory groups by the type's prefix (rds of rds:instance): its heading per prefix.
const TITLE_BY_PREFIX = new Map<string, string>([
  ...SERVICES.flatMap((service) => specsOf(service).map(([type]) => [prefixOf(type), service.inventoryTitle] as const)),
  ['logs', 'CloudWatch Logs'],
]);

/** The service module that collects resources of this type (none for log groups). */
export function serviceOf(type: string): ServiceModule | undefined {
  return SERVICE_BY_TYPE.get(type);
}

/** What the registry says about a type: its summary and list attributes (undefined: a type this version does not know). */
export function resourceTypeSpec(type: string): AnySpec | undefined {
  return SPEC_BY_TYPE.get(type);
}

/** The inventory heading for a type prefix (`rds` -> RDS); the prefix itself when unknown (a merged report from a newer version). */
export function inventoryTitle(prefix: string): string {
  return TITLE_BY_PREFIX.get(prefix) ?? prefix;
}

function prefixOf(type: string): string {
  return type.slice(0, type.indexOf(':'));
}
