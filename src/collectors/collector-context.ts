// The one way a CollectorContext is made: the scan, the post-deploy gate and the tests build it here,
// so the shared call limit, the gap list and the deadline's signal are wired the same way everywhere.

import pLimit from 'p-limit';
import type { ClientFactory } from '../aws/clients.js';
import type { ScanConfig } from '../config/schema.js';
import type { CoverageGap, ScopeFilterCount } from '../report/model.js';
import type { CollectorContext } from './types.js';

export interface CollectorContextParts {
  config: ScanConfig;
  /** Already watching the run's deadline (`clients.withSignal`), when there is one. */
  clients: ClientFactory;
  now: Date;
  /** Every coverage gap recorded through the context is pushed here. */
  coverage: CoverageGap[];
  progress?: ((message: string) => void) | undefined;
  /** The deadline's signal: readers turn an abort by it into coverage gaps. */
  signal?: AbortSignal | undefined;
  filtered?: (count: ScopeFilterCount) => void;
}

export function createCollectorContext(parts: CollectorContextParts): CollectorContext {
  // AWS calls in flight at once over the whole run: [scan] concurrency.
  const limit = pLimit(parts.config.concurrency);
  return {
    config: parts.config,
    clients: parts.clients,
    now: parts.now,
    limit: (task) => limit(task),
    gap: (gap) => parts.coverage.push(gap),
    progress: parts.progress ?? (() => undefined),
    ...(parts.signal ? { signal: parts.signal } : {}),
    ...(parts.filtered ? { filtered: parts.filtered } : {}),
  };
}
