// AWS DMS: replication tasks, their table errors, CDC latency and task logs.

import type { ServiceModule } from '../types.js';
import type { DmsAttributeTypes } from './attributes.js';
import { dmsLogSources } from './log-sources.js';
import { DMS_METRICS } from './metrics.js';

export const dmsService: ServiceModule<DmsAttributeTypes> = {
  id: 'dms',
  title: 'AWS DMS',
  inventoryTitle: 'DMS',
  loadCollector: async () => (await import('./collector.js')).dmsCollector,
  resourceTypes: {
    'dms:task': {
      listAttributes: { erroredTables: ', ' },
      summary: ({ attributes: a }) => [a.migrationType, a.replicationInstance ? `on ${a.replicationInstance}` : ''].filter(Boolean).join(', '),
    },
  },
  metrics: DMS_METRICS,
  logSources: dmsLogSources,
};
