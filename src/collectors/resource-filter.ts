// Include/exclude resources by name glob and tag, as configured in [filters].

import type { TagFilter } from '../config/schema.js';
import type { Resource } from '../report/model.js';

export interface ResourceFilters {
  includeNames: string[];
  excludeNames: string[];
  includeTags: TagFilter[];
  excludeTags: TagFilter[];
}

/** A glob with * and ? as a regular expression; everything else is literal (no user regex, no backtracking traps). */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

function hasTag(resource: Resource, filter: TagFilter): boolean {
  const value = resource.tags[filter.key];
  return value !== undefined && (filter.value === undefined || value === filter.value);
}

export function makeResourceFilter(filters: ResourceFilters): (resource: Resource) => boolean {
  const include = filters.includeNames.map(globToRegExp);
  const exclude = filters.excludeNames.map(globToRegExp);
  return (resource) => {
    if (include.length > 0 && !include.some((re) => re.test(resource.name))) return false;
    if (exclude.some((re) => re.test(resource.name))) return false;
    if (filters.includeTags.length > 0 && !filters.includeTags.some((f) => hasTag(resource, f))) return false;
    if (filters.excludeTags.some((f) => hasTag(resource, f))) return false;
    return true;
  };
}

/** The [filters] in the user's words, for "3 of 5 services match [filters] include_names pp-*"; undefined when none is set. */
export function filterLabel(filters: ResourceFilters): string | undefined {
  const tags = (list: TagFilter[]) => list.map((t) => (t.value === undefined ? t.key : `${t.key}=${t.value}`)).join(',');
  const parts = [
    ...(filters.includeNames.length ? [`include_names ${filters.includeNames.join(',')}`] : []),
    ...(filters.excludeNames.length ? [`exclude_names ${filters.excludeNames.join(',')}`] : []),
    ...(filters.includeTags.length ? [`include_tags ${tags(filters.includeTags)}`] : []),
    ...(filters.excludeTags.length ? [`exclude_tags ${tags(filters.excludeTags)}`] : []),
  ];
  return parts.length > 0 ? `[filters] ${parts.join(' ')}` : undefined;
}

/**
 * The name half of the filters, for collectors that can drop resources before describing them
 * (a name is known from a listing; tags are not). Resources it rejects would be dropped anyway.
 */
export function makeNameFilter(filters: Pick<ResourceFilters, 'includeNames' | 'excludeNames'>): (name: string) => boolean {
  const include = filters.includeNames.map(globToRegExp);
  const exclude = filters.excludeNames.map(globToRegExp);
  return (name) => (include.length === 0 || include.some((re) => re.test(name))) && !exclude.some((re) => re.test(name));
}
