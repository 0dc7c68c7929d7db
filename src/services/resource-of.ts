// Narrowing a resource to its registered type, so a detector or renderer reads its attributes
// typed: `isResourceOf(r, 'ecs:service') && r.attributes.targetGroups` compiles, a misspelt key
// does not. Only types come from the registry: this module loads no service.

import type { Attributes, Resource } from '../report/model.js';
import type { RegisteredResourceType, ResourceOf } from './registry.js';

export function isResourceOf<T extends RegisteredResourceType>(resource: Resource<Partial<Attributes>>, type: T): resource is ResourceOf<T> {
  return resource.type === type;
}
