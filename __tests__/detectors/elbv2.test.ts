import { elbLoadBalancerImpaired } from '../../src/detectors/elb-load-balancer-impaired/detector.js';
import { elbUnhealthyTargets } from '../../src/detectors/elb-unhealthy-targets/detector.js';
import type { ResourceOf } from '../../src/services/registry.js';
import { NOW, type AttributesOf } from '../support/builders.js';

function aTargetGroup(status: string, attributes: AttributesOf<'elbv2:target-group'> = {}): ResourceOf<'elbv2:target-group'> {
  return {
    type: 'elbv2:target-group',
    id: 'checkout',
    name: 'checkout',
    region: 'us-east-2',
    status,
    tags: {},
    attributes: { loadBalancers: ['pp-web'], targets: 4, healthyTargets: 4, unhealthyTargets: 0, protocol: 'HTTP', port: 8080, healthCheckPath: '/health', ...attributes },
  };
}
const detect = (resource: ResourceOf<'elbv2:target-group'>) => elbUnhealthyTargets.detect({ resource, thresholds: {}, now: NOW });

describe('elb_unhealthy_targets', () => {
  it('grades unhealthy targets by share: all critical, half high, fewer medium', () => {
    expect(detect(aTargetGroup('unhealthy', { healthyTargets: 0, unhealthyTargets: 4 }))[0]).toMatchObject({ severity: 'critical', title: 'all 4 targets unhealthy' });
    expect(detect(aTargetGroup('degraded', { healthyTargets: 2, unhealthyTargets: 2 }))[0]?.severity).toBe('high');
    expect(detect(aTargetGroup('degraded', { healthyTargets: 3, unhealthyTargets: 1 }))[0]).toMatchObject({ severity: 'medium', title: '1 of 4 targets unhealthy' });
  });

  it('gives the reason codes, an example and the health check as evidence', () => {
    const [finding] = detect(
      aTargetGroup('degraded', {
        unhealthyTargets: 1,
        unhealthyReasons: ['Target.FailedHealthChecks x1'],
        firstUnhealthyDescription: 'Health checks failed with these codes: [502]',
      }),
    );
    expect(finding?.evidence).toEqual([
      { label: 'reasons', value: 'Target.FailedHealthChecks x1' },
      { label: 'example', value: 'Health checks failed with these codes: [502]' },
      { label: 'health check', value: 'HTTP /health on port 8080' },
    ]);
  });

  it('reports an empty target group behind a load balancer, not an unattached one', () => {
    expect(detect(aTargetGroup('empty', { targets: 0, healthyTargets: 0 }))[0]?.severity).toBe('high');
    expect(detect(aTargetGroup('empty', { targets: 0, healthyTargets: 0, loadBalancers: [] }))).toEqual([]);
  });

  it('is silent when every target is healthy', () => {
    expect(detect(aTargetGroup('healthy'))).toEqual([]);
  });
});

describe('elb_load_balancer_impaired', () => {
  const lb = (status: string): ResourceOf<'elbv2:load-balancer'> => ({
    type: 'elbv2:load-balancer',
    id: 'pp-web',
    name: 'pp-web',
    region: 'us-east-2',
    status,
    tags: {},
    attributes: {},
  });

  it('reports active_impaired as high and failed as critical', () => {
    expect(elbLoadBalancerImpaired.detect({ resource: lb('active_impaired'), thresholds: {}, now: NOW })[0]?.severity).toBe('high');
    expect(elbLoadBalancerImpaired.detect({ resource: lb('failed'), thresholds: {}, now: NOW })[0]?.severity).toBe('critical');
  });

  it('is silent while active or provisioning', () => {
    expect(elbLoadBalancerImpaired.detect({ resource: lb('active'), thresholds: {}, now: NOW })).toEqual([]);
    expect(elbLoadBalancerImpaired.detect({ resource: lb('provisioning'), thresholds: {}, now: NOW })).toEqual([]);
  });
});
