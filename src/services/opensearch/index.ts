// Amazon OpenSearch Service: domains, their processing state and cluster health metrics.

import type { ServiceModule } from '../types.js';
import type { OpensearchAttributeTypes } from './attributes.js';
import { OPENSEARCH_METRICS } from './metrics.js';

export const opensearchService: ServiceModule<OpensearchAttributeTypes> = {
  id: 'opensearch',
  title: 'Amazon OpenSearch Service',
  inventoryTitle: 'OpenSearch',
  loadCollector: async () => (await import('./collector.js')).opensearchCollector,
  resourceTypes: {
    'opensearch:domain': {
      listAttributes: { logPublishing: ',' },
      summary: ({ attributes: a }) =>
        [a.engineVersion, a.instanceCount && a.instanceType ? `${String(a.instanceCount)} x ${String(a.instanceType)}` : ''].filter(Boolean).join(', '),
    },
  },
  metrics: OPENSEARCH_METRICS,
};
