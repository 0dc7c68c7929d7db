// The engine end to end against the emulator: discovery, filters, detectors, coverage and counts.

import nock from 'nock';
import { runScan } from '../../src/scan.js';
import { DEMO_STUCK_STACK, seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { aConfig } from '../support/builders.js';
import { emulatorFactory, REGION, useEmulator } from '../support/emulator.js';

const emulator = useEmulator();
const now = () => new Date();

beforeAll(async () => {
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
}, 60_000);

describe('runScan', () => {
  it('reports every in-scope resource, the findings their state gives, and the calls it made', async () => {
    const clients = emulatorFactory(emulator().endpoint);
    const report = await runScan({ clients, now, version: 'test' }, aConfig());
    clients.destroy();
    expect(report.accounts).toEqual(['123456789012']);
    expect(report.resources.filter((r) => r.type === 'ecs:service')).toHaveLength(5);
    expect(report.resources.filter((r) => r.type === 'cloudformation:stack').map((r) => r.id)).toEqual(['pp-network-production', DEMO_STUCK_STACK, 'pp-web-production']);
    expect(report.findings.map((f) => [f.kind, f.resource.id])).toEqual([
      ['ecs_tasks_stopped_abnormally', 'pp-web-production/checkout'],
      ['elb_unhealthy_targets', 'search-api'],
      ['rds_unhealthy', 'reporting-db'],
      ['rds_not_multi_az', 'orders-db'],
      ['ecs_container_insights_disabled', 'pp-workers-production'],
    ]);
    expect(report.status).toBe('failing');
    // The emulator does not implement DescribePendingMaintenanceActions: said, not hidden.
    expect(report.coverage.map((g) => g.operation)).toEqual(['DescribePendingMaintenanceActions']);
    expect(report.apiCalls.total).toBe(report.apiCalls.byOperation.reduce((n, s) => n + s.calls, 0));
    expect(report.apiCalls.byOperation.find((s) => s.operation === 'GetCallerIdentity')?.calls).toBe(1);
  });

  it('reports a stack still in progress past the threshold as stuck', async () => {
    const clients = emulatorFactory(emulator().endpoint);
    const later = () => new Date(Date.now() + 2 * 3_600_000);
    const report = await runScan({ clients, now: later, version: 'test' }, aConfig({ services: ['cloudformation'] }));
    clients.destroy();
    const stuck = report.findings.filter((f) => f.kind === 'cloudformation_stack_unhealthy');
    expect(stuck).toEqual([
      expect.objectContaining({
        severity: 'medium',
        resource: expect.objectContaining({ type: 'cloudformation:stack', id: DEMO_STUCK_STACK }),
        title: expect.stringMatching(/^stack has been CREATE_IN_PROGRESS for 1[12]\d minutes$/),
        nextStep: expect.stringContaining(`describe-stack-events --stack-name ${DEMO_STUCK_STACK}`),
      }),
    ]);
    // Events are read for that stack only.
    expect(report.apiCalls.byOperation.find((s) => s.operation === 'DescribeStackEvents')?.calls).toBe(1);
  });

  it('applies name and tag filters to every service', async () => {
    const clients = emulatorFactory(emulator().endpoint);
    const config = aConfig();
    config.filters.includeTags = [{ key: 'team', value: 'payments' }];
    const report = await runScan({ clients, now, version: 'test' }, config);
    clients.destroy();
    // The emulator copies the primary's tags to its read replica.
    expect(report.resources.map((r) => r.id)).toEqual(['pp-web-production/checkout', 'orders-db', 'orders-db-replica']);
  });

  it('scans only the services asked for', async () => {
    const clients = emulatorFactory(emulator().endpoint);
    const report = await runScan({ clients, now, version: 'test' }, aConfig({ services: ['cloudformation'] }));
    clients.destroy();
    expect(new Set(report.resources.map((r) => r.type))).toEqual(new Set(['cloudformation:stack']));
    expect(report.apiCalls.byOperation.some((s) => s.service === 'ECS')).toBe(false);
  });

  it('turns a service that is down into a coverage gap and completes the rest', async () => {
    const clients = emulatorFactory(emulator().endpoint, { maxAttempts: 2 });
    // Every ECS call answers 503, as a regional outage would (awsJson1_1 error shape).
    nock(emulator().endpoint, { allowUnmocked: true })
      .post('/')
      .matchHeader('x-amz-target', /^AmazonEC2ContainerServiceV20141113\./)
      .times(2)
      .reply(503, { __type: 'ServerException', message: 'Service Unavailable' });
    const report = await runScan({ clients, now, version: 'test' }, aConfig());
    clients.destroy();
    nock.cleanAll();
    expect(report.resources.some((r) => r.type.startsWith('ecs:'))).toBe(false);
    expect(report.resources.filter((r) => r.type === 'cloudformation:stack')).toHaveLength(3);
    expect(report.coverage.filter((g) => g.service === 'ecs')).toEqual([
      expect.objectContaining({
        service: 'ecs',
        operation: 'ListClusters',
        iamAction: 'ecs:ListClusters',
        scope: 'ECS clusters',
        reason: expect.stringContaining('Service Unavailable'),
      }),
    ]);
    expect(report.apiCalls.byOperation.find((s) => s.operation === 'ListClusters')).toMatchObject({ calls: 1, requests: 2, failed: 1 });
  });
});
