// Reading one attribute of a resource the caller knows the type of, for the metric rows (which
// take any resource): `A` names the type's attributes, so a misspelt key fails to compile.

import type { Resource } from '../report/model.js';

/** A non-empty string attribute, or undefined. */
export function textAttribute<A>(resource: Resource, key: keyof A & string): string | undefined {
  const value = resource.attributes[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A number attribute, or undefined. */
export function numberAttribute<A>(resource: Resource, key: keyof A & string): number | undefined {
  const value = resource.attributes[key];
  return typeof value === 'number' ? value : undefined;
}
