import { refOf, type Severity } from '../../report/model.js';
import type { ResourceStateDetector } from '../types.js';

export const elbUnhealthyTargets: ResourceStateDetector<'elbv2:target-group'> = {
  id: 'elb_unhealthy_targets',
  cause: 'availability',
  title: 'Target group with unhealthy or no targets',
  description: 'Targets failing health checks (graded by share), or a target group behind a load balancer with no targets.',
  resourceTypes: ['elbv2:target-group'],
  thresholds: {},
  detect({ resource }) {
    const a = resource.attributes;
    const targets = a.targets ?? 0;
    const unhealthy = a.unhealthyTargets ?? 0;
    const ref = refOf(resource);
    if (resource.status === 'empty' && a.loadBalancers?.length) {
      return [
        {
          severity: 'high',
          resource: ref,
          title: `no registered targets behind ${a.loadBalancers.join(', ')}: requests routed here fail with 503`,
          evidence: [{ label: 'targets', value: '0' }],
          nextStep: 'check the ECS service or Auto Scaling group that should register targets here',
        },
      ];
    }
    if (unhealthy === 0) return [];
    const severity: Severity = unhealthy === targets ? 'critical' : unhealthy / targets >= 0.5 ? 'high' : 'medium';
    return [
      {
        severity,
        resource: ref,
        title: unhealthy === targets ? `all ${targets} targets unhealthy` : `${unhealthy} of ${targets} targets unhealthy`,
        evidence: [
          ...(a.unhealthyReasons?.length ? [{ label: 'reasons', value: a.unhealthyReasons.join(', ') }] : []),
          ...(typeof a.firstUnhealthyDescription === 'string' ? [{ label: 'example', value: a.firstUnhealthyDescription }] : []),
          ...(typeof a.healthCheckPath === 'string' ? [{ label: 'health check', value: `${a.protocol ?? ''} ${a.healthCheckPath} on port ${String(a.port ?? '?')}` }] : []),
        ],
        nextStep:
          'request the health check path from inside the VPC; check security groups allow the load balancer, and the app start-up time against the health check grace period',
      },
    ];
  },
};
