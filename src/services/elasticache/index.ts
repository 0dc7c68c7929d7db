// Amazon ElastiCache: replication groups and cache clusters, their status and CloudWatch metrics.

import type { ServiceModule } from '../types.js';
import type { ElasticacheAttributeTypes } from './attributes.js';
import { ELASTICACHE_METRICS } from './metrics.js';

export const elasticacheService: ServiceModule<ElasticacheAttributeTypes> = {
  id: 'elasticache',
  title: 'Amazon ElastiCache',
  inventoryTitle: 'ElastiCache',
  loadCollector: async () => (await import('./collector.js')).elasticacheCollector,
  resourceTypes: {
    'elasticache:replication-group': {
      listAttributes: {},
      summary: ({ attributes: a }, { plural }) =>
        [a.engine, a.nodeType, `${String(a.shards)} shard${plural(Number(a.shards))}`, a.automaticFailover === 'enabled' ? 'automatic failover' : ''].filter(Boolean).join(', '),
    },
    'elasticache:cache-cluster': {
      listAttributes: { pendingModifications: ',' },
      summary: ({ attributes: a }, { plural }) =>
        [
          `${String(a.engine ?? '')} ${String(a.engineVersion ?? '')}`.trim(),
          typeof a.nodes === 'number' ? `${a.nodes} x ${String(a.nodeType)} node${plural(a.nodes)}` : '',
          a.replicationGroup ? `in ${a.replicationGroup}` : '',
        ]
          .filter(Boolean)
          .join(', '),
    },
  },
  metrics: ELASTICACHE_METRICS,
};
