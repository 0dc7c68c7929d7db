import { guessKind, logSourcesOf } from '../../../src/telemetry/logs/log-sources.js';
import type { Resource } from '../../../src/report/model.js';

function resource(type: Resource['type'], id: string, attributes: Resource['attributes'], arn?: string): Resource {
  return { type, id, name: id.split('/').pop()!, region: 'us-east-2', tags: {}, attributes, ...(arn ? { arn } : {}) };
}

describe('log sources from discovery', () => {
  it('maps each resource to the groups it logs to, with the right format', () => {
    const sources = logSourcesOf(
      [
        resource('ecs:service', 'web/checkout', { logGroups: ['/ecs/checkout'], logStreamPrefixes: ['ecs'] }),
        resource('rds:instance', 'orders-db', { engine: 'postgres', logGroups: ['/aws/rds/instance/orders-db/postgresql', '/aws/rds/instance/orders-db/upgrade'] }),
        resource('rds:instance', 'reporting-db', {
          engine: 'mysql',
          logGroups: ['/aws/rds/instance/reporting-db/error', '/aws/rds/instance/reporting-db/slowquery', '/aws/rds/instance/reporting-db/general'],
        }),
        resource('rds:cluster', 'catalog', { logGroups: ['/aws/rds/cluster/catalog/postgresql'] }),
        resource('rds:instance', 'catalog-1', { clusterId: 'catalog', logGroups: ['/aws/rds/instance/catalog-1/postgresql'] }),
        resource('dms:task', 'orders-cdc', { logGroup: 'dms-tasks-orders-replication' }, 'arn:aws:dms:us-east-2:123456789012:task:ABCDEF123'),
        resource('wafv2:web-acl', 'pp-api-acl', { logGroup: 'aws-waf-logs-pp-api' }),
        resource('wafv2:web-acl', 'unlogged', { logGroup: null }),
      ],
      ['/app/billing', 'aws-waf-logs-pp-api'],
    );
    expect(sources.map((s) => [s.id, s.kind, `${s.resource.type}:${s.resource.id}`])).toEqual([
      ['/ecs/checkout|ecs/', 'application', 'ecs:service:web/checkout'],
      ['/aws/rds/instance/orders-db/postgresql', 'rds-postgresql', 'rds:instance:orders-db'],
      ['/aws/rds/instance/reporting-db/error', 'rds-mysql', 'rds:instance:reporting-db'],
      ['/aws/rds/cluster/catalog/postgresql', 'rds-postgresql', 'rds:cluster:catalog'],
      ['dms-tasks-orders-replication|dms-task-ABCDEF123', 'dms', 'dms:task:orders-cdc'],
      ['aws-waf-logs-pp-api', 'waf', 'wafv2:web-acl:pp-api-acl'],
      // An extra group already found through a resource is not read twice.
      ['/app/billing', 'application', 'logs:log-group:/app/billing'],
    ]);
    expect(sources[0]!.streamPrefix).toBe('ecs/');
  });

  it('reads a whole group when a service logs to several groups or prefixes', () => {
    const [a, b] = logSourcesOf([resource('ecs:service', 'web/api', { logGroups: ['/ecs/api', '/ecs/api-sidecar'], logStreamPrefixes: ['api', 'envoy'] })], []);
    expect([a!.id, b!.id]).toEqual(['/ecs/api', '/ecs/api-sidecar']);
    expect(a!.streamPrefix).toBeUndefined();
  });

  it('guesses the format of a group named only in config from AWS naming conventions', () => {
    expect(guessKind('aws-waf-logs-edge')).toBe('waf');
    expect(guessKind('dms-tasks-legacy')).toBe('dms');
    expect(guessKind('/aws/rds/instance/x/postgresql')).toBe('rds-postgresql');
    expect(guessKind('/aws/rds/cluster/x/error')).toBe('rds-mysql');
    expect(guessKind('/alb/access-logs')).toBe('alb-access');
    expect(guessKind('/ecs/albums-service')).toBe('application');
  });
});
