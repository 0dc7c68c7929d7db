// Every AWS service the scan knows, one line each. Adding a service: a folder with its module
// (collector, metrics, log sources, resource types) and one line here; resource types, the metric
// catalog, log-source discovery, the inventory and the report schema's type enum follow from it.

import type { Collector } from '../collectors/types.js';
import type { ResourceType } from '../report/model.js';
import { cloudformationService } from './cloudformation/index.js';
import { dmsService } from './dms/index.js';
import { ecsService } from './ecs/index.js';
import { elasticacheService } from './elasticache/index.js';
import { elbv2Service } from './elbv2/index.js';
import { opensearchService } from './opensearch/index.js';
import { rdsService } from './rds/index.js';
import type { ResourceTypeSpec, ServiceModule } from './types.js';
import { wafv2Service } from './wafv2/index.js';

export const SERVICES: readonly ServiceModule[] = [ecsService, elbv2Service, rdsService, opensearchService, dmsService, wafv2Service, cloudformationService, elasticacheService];

/** Collectors in registry order: the services a scan can read (`services = ...`). */
export const COLLECTORS: readonly Collector[] = SERVICES.map((service) => service.collector);

/** Log groups the user names in `[logs] extra_log_groups`: no service owns them. */
const LOG_GROUP: ResourceTypeSpec = { type: 'logs:log-group' };

/** Every resource type a report can hold; the JSON schema's enum must equal it. */
export const RESOURCE_TYPES: readonly ResourceType[] = [...SERVICES.flatMap((service) => service.resourceTypes.map((spec) => spec.type)), LOG_GROUP.type];

const SERVICE_BY_TYPE = new Map<string, ServiceModule>(SERVICES.flatMap((service) => service.resourceTypes.map((spec) => [spec.type, service] as const)));
const SPEC_BY_TYPE = new Map<string, ResourceTypeSpec>([
  ...SERVICES.flatMap((service) => service.resourceTypes.map((spec) => [spec.type, spec] as const)),
  [LOG_GROUP.type, LOG_GROUP],
]);
// The inventory groups by the type's prefix (rds of rds:instance): its heading per prefix.
const TITLE_BY_PREFIX = new Map<string, string>([
  ...SERVICES.flatMap((service) => service.resourceTypes.map((spec) => [prefixOf(spec.type), service.inventoryTitle] as const)),
  ['logs', 'CloudWatch Logs'],
]);

/** The service module that collects resources of this type (none for log groups). */
export function serviceOf(type: string): ServiceModule | undefined {
  return SERVICE_BY_TYPE.get(type);
}

export function resourceTypeSpec(type: string): ResourceTypeSpec | undefined {
  return SPEC_BY_TYPE.get(type);
}

/** The inventory heading for a type prefix (`rds` -> RDS); the prefix itself when unknown (a merged report from a newer version). */
export function inventoryTitle(prefix: string): string {
  return TITLE_BY_PREFIX.get(prefix) ?? prefix;
}

function prefixOf(type: string): string {
  return type.slice(0, type.indexOf(':'));
}
