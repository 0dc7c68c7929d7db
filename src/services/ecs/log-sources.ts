// ECS services log where their task definitions' awslogs settings say.

import type { Resource } from '../../report/model.js';
import { listAttribute } from '../attribute-values.js';
import type { LogSourceClaim } from '../types.js';

export function ecsLogSources(resource: Resource): LogSourceClaim[] {
  if (resource.type !== 'ecs:service') return [];
  const groups = listAttribute(resource, 'logGroups');
  const prefixes = listAttribute(resource, 'logStreamPrefixes');
  // awslogs names streams prefix/container/task-id. With one prefix and one group the prefix
  // narrows a group the service may share; otherwise the whole group is read.
  const streamPrefix = groups.length === 1 && prefixes.length === 1 ? `${prefixes[0]}/` : undefined;
  return groups.map((logGroup) => ({ logGroup, kind: 'application', ...(streamPrefix ? { streamPrefix } : {}) }));
}
