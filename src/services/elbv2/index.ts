// Elastic Load Balancing v2: load balancers and target groups with their targets' health.

import type { ServiceModule } from '../types.js';
import { elbv2Collector } from './collector.js';
import { ELBV2_METRICS } from './metrics.js';

export const elbv2Service: ServiceModule = {
  inventoryTitle: 'Load balancing',
  collector: elbv2Collector,
  resourceTypes: [
    { type: 'elbv2:load-balancer', summary: ({ attributes: a }) => [a.lbType, a.scheme].filter(Boolean).join(', ') },
    {
      type: 'elbv2:target-group',
      summary: ({ attributes: a }) => `${String(a.healthyTargets)}/${String(a.targets)} healthy${a.loadBalancers ? `, behind ${String(a.loadBalancers)}` : ''}`,
    },
  ],
  metrics: ELBV2_METRICS,
};
