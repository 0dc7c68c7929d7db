// Reading a resource's attributes by name, for the metric and log rows that need one.

import type { Resource } from '../report/model.js';

/** A non-empty string attribute, or undefined. */
export function textAttribute(resource: Resource, key: string): string | undefined {
  const value = resource.attributes[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A list attribute (comma-joined in the report), as its items. */
export function listAttribute(resource: Resource, key: string): string[] {
  const value = resource.attributes[key];
  return typeof value === 'string' && value !== '' ? value.split(',').filter(Boolean) : [];
}
