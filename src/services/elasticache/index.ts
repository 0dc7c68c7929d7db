// Amazon ElastiCache: replication groups and cache clusters, their status and CloudWatch metrics.

import type { ServiceModule } from '../types.js';
import { elasticacheCollector } from './collector.js';
import { ELASTICACHE_METRICS } from './metrics.js';

export const elasticacheService: ServiceModule = {
  inventoryTitle: 'ElastiCache',
  collector: elasticacheCollector,
  resourceTypes: [
    {
      type: 'elasticache:replication-group',
      summary: ({ attributes: a }, { plural }) =>
        [a.engine, a.nodeType, `${String(a.shards)} shard${plural(Number(a.shards))}`, a.automaticFailover === 'enabled' ? 'automatic failover' : ''].filter(Boolean).join(', '),
    },
    {
      type: 'elasticache:cache-cluster',
      summary: ({ attributes: a }, { plural }) =>
        [
          `${String(a.engine ?? '')} ${String(a.engineVersion ?? '')}`.trim(),
          typeof a.nodes === 'number' ? `${a.nodes} x ${String(a.nodeType)} node${plural(a.nodes)}` : '',
          a.replicationGroup ? `in ${String(a.replicationGroup)}` : '',
        ]
          .filter(Boolean)
          .join(', '),
    },
  ],
  metrics: ELASTICACHE_METRICS,
};
