// A version 5 report given as the baseline: its joined list attributes are read back into arrays,
// as the registry says each type joined them, so nothing downstream meets a comma-joined string.

import { parseBaselineReport } from '../../src/report/baseline-report.js';
import type { Resource } from '../../src/report/model.js';
import { aReport, aResourceOf } from '../support/builders.js';

/** A resource as a version 5 report wrote it: lists joined into one string, or null when empty. */
const v5 = (type: Resource['type'], id: string, attributes: Record<string, string | number | null>): Resource => ({
  type,
  id,
  name: id,
  region: 'us-east-2',
  tags: {},
  attributes,
});

const readAsBaseline = (resources: Resource[], schemaVersion = 5): Resource[] =>
  parseBaselineReport(JSON.stringify({ ...aReport({ resources }), schemaVersion }), 'prev.json').resources;

describe('a version 5 baseline report', () => {
  it("reads an ECS service's target groups, log groups and stream prefixes as arrays", () => {
    const [service] = readAsBaseline([v5('ecs:service', 'web/api', { targetGroups: 'api,shared', logGroups: '/ecs/api', logStreamPrefixes: null, desired: 2 })]);
    expect(service?.attributes).toEqual({ targetGroups: ['api', 'shared'], logGroups: ['/ecs/api'], logStreamPrefixes: null, desired: 2 });
  });

  it('splits each list with the separator version 5 joined it with', () => {
    const [group, instance, stack, task] = readAsBaseline([
      v5('elbv2:target-group', 'api', { loadBalancers: 'pp-web', unhealthyReasons: 'Target.FailedHealthChecks x2, Target.Timeout x1' }),
      v5('rds:instance', 'orders-db', { pendingMaintenance: 'system-update,db-upgrade', pendingMaintenanceDescription: 'New OS patch; Upgrade to 16.5, then reboot' }),
      v5('cloudformation:stack', 'pp-api', { waitingOn: 'Hook (Custom::Hook), Service (AWS::ECS::Service)' }),
      v5('dms:task', 'orders', { erroredTables: 'public.orders (Table error)' }),
    ]);
    expect(group?.attributes).toEqual({ loadBalancers: ['pp-web'], unhealthyReasons: ['Target.FailedHealthChecks x2', 'Target.Timeout x1'] });
    expect(instance?.attributes).toEqual({ pendingMaintenance: ['system-update', 'db-upgrade'], pendingMaintenanceDescription: ['New OS patch', 'Upgrade to 16.5, then reboot'] });
    expect(stack?.attributes).toEqual({ waitingOn: ['Hook (Custom::Hook)', 'Service (AWS::ECS::Service)'] });
    expect(task?.attributes).toEqual({ erroredTables: ['public.orders (Table error)'] });
  });

  it('leaves text attributes, and the attributes of a type this version does not know, as they were', () => {
    const [acl, queue] = readAsBaseline([
      v5('wafv2:web-acl', 'edge', { logGroup: 'aws-waf-logs-a,b', loadBalancers: 'pp-web,pp-admin' }),
      v5('logs:log-group', '/ecs/api', { retentionDays: 30 }),
    ]);
    expect(acl?.attributes).toEqual({ logGroup: 'aws-waf-logs-a,b', loadBalancers: ['pp-web', 'pp-admin'] });
    expect(queue?.attributes).toEqual({ retentionDays: 30 });
  });

  it('reads a version 4 report the same way, and a version 6 report as written', () => {
    expect(readAsBaseline([v5('rds:cluster', 'catalog', { logGroups: '/aws/rds/cluster/catalog/postgresql' })], 4)[0]?.attributes).toEqual({
      logGroups: ['/aws/rds/cluster/catalog/postgresql'],
    });
    const current = aResourceOf('ecs:service', 'web/api', { targetGroups: ['a,b'] });
    expect(readAsBaseline([current], 6)[0]?.attributes).toEqual({ targetGroups: ['a,b'] });
  });
});
