// Amazon OpenSearch Service: domains, their processing state and cluster health metrics.

import type { ServiceModule } from '../types.js';
import { opensearchCollector } from './collector.js';
import { OPENSEARCH_METRICS } from './metrics.js';

export const opensearchService: ServiceModule = {
  inventoryTitle: 'OpenSearch',
  collector: opensearchCollector,
  resourceTypes: [
    {
      type: 'opensearch:domain',
      summary: ({ attributes: a }) =>
        [a.engineVersion, a.instanceCount && a.instanceType ? `${String(a.instanceCount)} x ${String(a.instanceType)}` : ''].filter(Boolean).join(', '),
    },
  ],
  metrics: OPENSEARCH_METRICS,
};
