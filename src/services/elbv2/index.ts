// Elastic Load Balancing v2: load balancers and target groups with their targets' health.

import type { ServiceModule } from '../types.js';
import type { Elbv2AttributeTypes } from './attributes.js';
import { ELBV2_METRICS } from './metrics.js';

export const elbv2Service: ServiceModule<Elbv2AttributeTypes> = {
  id: 'elbv2',
  title: 'Elastic Load Balancing',
  inventoryTitle: 'Load balancing',
  loadCollector: async () => (await import('./collector.js')).elbv2Collector,
  resourceTypes: {
    'elbv2:load-balancer': { listAttributes: {}, summary: ({ attributes: a }) => [a.lbType, a.scheme].filter(Boolean).join(', ') },
    'elbv2:target-group': {
      listAttributes: { loadBalancers: ',', unhealthyReasons: ', ' },
      summary: ({ attributes: a }) => `${String(a.healthyTargets)}/${String(a.targets)} healthy${a.loadBalancers?.length ? `, behind ${a.loadBalancers.join(', ')}` : ''}`,
    },
  },
  metrics: ELBV2_METRICS,
};
