// How a scope's limits read in a sentence: what a filter left out, where the region came from.
// Shared by the engine (the reason of an empty scope) and the renderers.

import type { ScopeFilterCount } from './model.js';

/** "3 of 5 stacks match pp*production". */
export function describeFiltered(count: ScopeFilterCount): string {
  const noun = count.type.split(':')[1]!.replace(/-/g, ' ');
  return `${count.kept} of ${count.seen} ${noun}${count.seen === 1 ? '' : 's'} match ${count.filter}`;
}

/** "region from env AWS_REGION", or that no setting named one and the default was used. */
export function describeRegionSource(source: string): string {
  return source === 'default' ? 'the default region: no --region, AWS_REGION or profile region was set' : `region from ${source}`;
}
