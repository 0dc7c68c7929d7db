// Each DMS task writes to dms-tasks-<instance>, in streams named dms-task-<task resource id>.

import type { LogSourceClaim, ServiceResource } from '../types.js';
import type { DmsAttributeTypes } from './attributes.js';

export function dmsLogSources(resource: ServiceResource<DmsAttributeTypes>): LogSourceClaim[] {
  const logGroup = resource.attributes.logGroup;
  if (!logGroup) return [];
  const taskResourceId = resource.arn?.slice(resource.arn.lastIndexOf(':') + 1);
  return [{ logGroup, kind: 'dms', ...(taskResourceId ? { streamPrefix: `dms-task-${taskResourceId}` } : {}) }];
}
