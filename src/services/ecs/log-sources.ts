// ECS services log where their task definitions' awslogs settings say.

import type { LogSourceClaim, ServiceResource } from '../types.js';
import type { EcsAttributeTypes } from './attributes.js';

export function ecsLogSources(resource: ServiceResource<EcsAttributeTypes>): LogSourceClaim[] {
  if (resource.type !== 'ecs:service') return [];
  const groups = resource.attributes.logGroups ?? [];
  const prefixes = resource.attributes.logStreamPrefixes ?? [];
  // awslogs names streams prefix/container/task-id. With one prefix and one group the prefix
  // narrows a group the service may share; otherwise the whole group is read.
  const streamPrefix = groups.length === 1 && prefixes.length === 1 ? `${prefixes[0]}/` : undefined;
  return groups.map((logGroup) => ({ logGroup, kind: 'application', ...(streamPrefix ? { streamPrefix } : {}) }));
}
