import { refOf } from '../../report/model.js';
import type { ResourceStateDetector } from '../types.js';

export const elbLoadBalancerImpaired: ResourceStateDetector<'elbv2:load-balancer'> = {
  id: 'elb_load_balancer_impaired',
  cause: 'availability',
  title: 'Load balancer impaired or failed',
  description: 'The load balancer state is active_impaired (cannot scale) or failed.',
  resourceTypes: ['elbv2:load-balancer'],
  thresholds: {},
  detect({ resource }) {
    if (resource.status !== 'active_impaired' && resource.status !== 'failed') return [];
    return [
      {
        severity: resource.status === 'failed' ? 'critical' : 'high',
        resource: refOf(resource),
        title: `load balancer is ${resource.status}`,
        evidence: [
          { label: 'state', value: resource.status },
          ...(typeof resource.attributes.stateReason === 'string' ? [{ label: 'reason', value: resource.attributes.stateReason }] : []),
        ],
        nextStep: `\`aws elbv2 describe-load-balancers --names ${resource.name}\` (State.Reason), and the subnets' free IP addresses`,
      },
    ];
  },
};
