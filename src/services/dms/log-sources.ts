// Each DMS task writes to dms-tasks-<instance>, in streams named dms-task-<task resource id>.

import type { Resource } from '../../report/model.js';
import { textAttribute } from '../attribute-values.js';
import type { LogSourceClaim } from '../types.js';

export function dmsLogSources(resource: Resource): LogSourceClaim[] {
  const logGroup = textAttribute(resource, 'logGroup');
  if (!logGroup) return [];
  const taskResourceId = resource.arn?.slice(resource.arn.lastIndexOf(':') + 1);
  return [{ logGroup, kind: 'dms', ...(taskResourceId ? { streamPrefix: `dms-task-${taskResourceId}` } : {}) }];
}
