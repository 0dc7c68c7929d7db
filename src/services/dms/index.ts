// AWS DMS: replication tasks, their table errors, CDC latency and task logs.

import type { ServiceModule } from '../types.js';
import { dmsCollector } from './collector.js';
import { dmsLogSources } from './log-sources.js';
import { DMS_METRICS } from './metrics.js';

export const dmsService: ServiceModule = {
  inventoryTitle: 'DMS',
  collector: dmsCollector,
  resourceTypes: [
    { type: 'dms:task', summary: ({ attributes: a }) => [a.migrationType, a.replicationInstance ? `on ${String(a.replicationInstance)}` : ''].filter(Boolean).join(', ') },
  ],
  metrics: DMS_METRICS,
  logSources: dmsLogSources,
};
