// Each list attribute a detector reads is an array, shown joined: one reader per list, with two
// items so a reader that took only the first, or split a string, would show.

import { cloudformationStackUnhealthy } from '../../src/detectors/cloudformation-stack-unhealthy/detector.js';
import { elbUnhealthyTargets } from '../../src/detectors/elb-unhealthy-targets/detector.js';
import { rdsPendingMaintenance } from '../../src/detectors/rds-pending-maintenance/detector.js';
import { wafLoggingDisabled } from '../../src/detectors/waf-logging-disabled/detector.js';
import { resourceTypeSpec } from '../../src/services/registry.js';
import { aResourceOf, aStack, NOW } from '../support/builders.js';

const evidence = (findings: Array<{ evidence: Array<{ label: string; value: string }> }>, label: string) => findings[0]?.evidence.find((e) => e.label === label)?.value;

describe('list attributes in findings', () => {
  it('names every load balancer in front of an empty target group (elbv2 loadBalancers)', () => {
    const group = aResourceOf('elbv2:target-group', 'checkout', { loadBalancers: ['pp-web', 'pp-admin'], targets: 0, healthyTargets: 0, unhealthyTargets: 0 }, { status: 'empty' });
    expect(elbUnhealthyTargets.detect({ resource: group, thresholds: {}, now: NOW })[0]?.title).toBe(
      'no registered targets behind pp-web, pp-admin: requests routed here fail with 503',
    );
  });

  it('lists every reason targets are unhealthy (elbv2 unhealthyReasons)', () => {
    const group = aResourceOf(
      'elbv2:target-group',
      'checkout',
      { loadBalancers: ['pp-web'], targets: 4, healthyTargets: 1, unhealthyTargets: 3, unhealthyReasons: ['Target.FailedHealthChecks x2', 'Target.Timeout x1'] },
      { status: 'degraded' },
    );
    expect(evidence(elbUnhealthyTargets.detect({ resource: group, thresholds: {}, now: NOW }), 'reasons')).toBe('Target.FailedHealthChecks x2, Target.Timeout x1');
  });

  it('says what a web ACL without logging protects: each load balancer, none, or unknown (wafv2 loadBalancers)', () => {
    const protects = (loadBalancers: string[] | null) =>
      evidence(
        wafLoggingDisabled.detect({
          resource: aResourceOf('wafv2:web-acl', 'edge', { loggingEnabled: false, associatedLoadBalancers: null, loadBalancers }),
          thresholds: {},
          now: NOW,
        }),
        'protects',
      );
    expect(protects(['pp-web', 'pp-admin'])).toBe('pp-web, pp-admin');
    expect(protects(null)).toBe('unknown (see coverage)');
  });

  it('names every resource a stuck stack waits on (cloudformation waitingOn)', () => {
    const stack = aStack('UPDATE_IN_PROGRESS', { lastUpdatedAt: '2026-11-25T09:00:00.000Z', waitingOn: ['Hook (Custom::Hook)', 'Queue (AWS::SQS::Queue)'] });
    expect(evidence(cloudformationStackUnhealthy.detect({ resource: stack, thresholds: { stuck_after_minutes: 60 }, now: NOW }), 'waiting on')).toBe(
      'Hook (Custom::Hook), Queue (AWS::SQS::Queue)',
    );
  });

  it('names every pending maintenance action and its description (rds pendingMaintenance, pendingMaintenanceDescription)', () => {
    const cluster = aResourceOf('rds:cluster', 'catalog', {
      pendingMaintenance: ['system-update', 'db-upgrade'],
      pendingMaintenanceDescription: ['New Operating System update is available', 'Upgrade to 16.5'],
    });
    const [finding] = rdsPendingMaintenance.detect({ resource: cluster, thresholds: { urgent_within_days: 7 }, now: NOW });
    expect(finding?.title).toBe('maintenance pending (system-update, db-upgrade)');
    expect(evidence([finding!], 'description')).toBe('New Operating System update is available; Upgrade to 16.5');
    expect(rdsPendingMaintenance.detect({ resource: aResourceOf('rds:cluster', 'catalog', { pendingMaintenance: [] }), thresholds: { urgent_within_days: 7 }, now: NOW })).toEqual(
      [],
    );
  });
});

describe('list attributes in the inventory', () => {
  it('shows every load balancer a target group is behind (elbv2 loadBalancers)', () => {
    const words = { now: NOW.toISOString(), time: (iso: string) => iso, span: () => '5m', plural: (n: number) => (n === 1 ? '' : 's') };
    const group = aResourceOf('elbv2:target-group', 'checkout', { loadBalancers: ['pp-web', 'pp-admin'], targets: 2, healthyTargets: 2 });
    expect(resourceTypeSpec('elbv2:target-group')?.summary?.(group, words)).toBe('2/2 healthy, behind pp-web, pp-admin');
    expect(resourceTypeSpec('elbv2:target-group')?.summary?.({ ...group, attributes: { targets: 0, healthyTargets: 0, loadBalancers: [] } }, words)).toBe('0/0 healthy');
  });
});
