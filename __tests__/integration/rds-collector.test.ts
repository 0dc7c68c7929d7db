import { CreateDBClusterCommand, CreateDBInstanceCommand, CreateDBInstanceReadReplicaCommand, RDSClient } from '@aws-sdk/client-rds';
import nock from 'nock';
import { rdsCollector } from '../../src/services/rds/collector.js';
import { aConfig } from '../support/builders.js';
import { collectorContext } from '../support/collector-context.js';
import { emulatorClientConfig, useEmulator } from '../support/emulator.js';

const emulator = useEmulator();

function contextFor(endpoint: string) {
  const now = new Date();
  const config = aConfig({ window: { from: new Date(now.getTime() - 3_600_000), to: now } });
  return collectorContext(endpoint, { config, now, maxAttempts: 1, concurrency: 1 });
}

// DescribePendingMaintenanceActions' documented response; the emulator does not implement the API.
function pendingMaintenance(endpoint: string, arn: string) {
  return nock(endpoint, { allowUnmocked: true })
    .post('/', /Action=DescribePendingMaintenanceActions/)
    .reply(
      200,
      `<DescribePendingMaintenanceActionsResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><DescribePendingMaintenanceActionsResult><PendingMaintenanceActions><ResourcePendingMaintenanceActions><ResourceIdentifier>${arn}</ResourceIdentifier><PendingMaintenanceActionDetails><PendingMaintenanceAction><Action>system-update</Action><Description>New Operating System update is available</Description><AutoAppliedAfterDate>2026-12-01T00:00:00Z</AutoAppliedAfterDate></PendingMaintenanceAction></PendingMaintenanceActionDetails></ResourcePendingMaintenanceActions></PendingMaintenanceActions></DescribePendingMaintenanceActionsResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribePendingMaintenanceActionsResponse>`,
      { 'content-type': 'text/xml' },
    );
}

beforeAll(async () => {
  const rds = new RDSClient(emulatorClientConfig(emulator().endpoint));
  const password = 'not-a-real-password-1';
  await rds.send(
    new CreateDBInstanceCommand({
      DBInstanceIdentifier: 'orders-db',
      Engine: 'postgres',
      DBInstanceClass: 'db.r6g.large',
      AllocatedStorage: 100,
      MasterUsername: 'app',
      MasterUserPassword: password,
      EnableCloudwatchLogsExports: ['postgresql', 'upgrade'],
      Tags: [{ Key: 'team', Value: 'orders' }],
    }),
  );
  await rds.send(new CreateDBInstanceReadReplicaCommand({ DBInstanceIdentifier: 'orders-db-replica', SourceDBInstanceIdentifier: 'orders-db' }));
  await rds.send(
    new CreateDBClusterCommand({
      DBClusterIdentifier: 'catalog',
      Engine: 'aurora-postgresql',
      MasterUsername: 'app',
      MasterUserPassword: password,
      EnableCloudwatchLogsExports: ['postgresql'],
    }),
  );
  await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'catalog-1', Engine: 'aurora-postgresql', DBInstanceClass: 'db.r6g.large', DBClusterIdentifier: 'catalog' }));
  rds.destroy();
}, 60_000);

afterEach(() => nock.cleanAll());

describe('RDS collector against the emulator', () => {
  it('lists instances and clusters with roles, log groups, tags, events and pending maintenance', async () => {
    const { context, gaps, clients } = contextFor(emulator().endpoint);
    const maintenance = pendingMaintenance(emulator().endpoint, 'arn:aws:rds:us-east-2:123456789012:db:orders-db');
    const resources = await rdsCollector.collect(context);
    const calls = Object.fromEntries(clients.counter.snapshot().byOperation.map((s) => [s.operation, s.calls]));
    clients.destroy();
    expect(maintenance.isDone()).toBe(true);
    expect(gaps).toEqual([]);
    expect(resources.map((r) => `${r.type} ${r.id} ${r.status}`).sort()).toEqual([
      'rds:cluster catalog available',
      'rds:instance catalog-1 available',
      'rds:instance orders-db available',
      'rds:instance orders-db-replica available',
    ]);
    const orders = resources.find((r) => r.id === 'orders-db')!;
    expect(orders.tags).toEqual({ team: 'orders' });
    expect(orders.attributes).toMatchObject({
      engine: 'postgres',
      role: 'primary',
      multiAZ: false,
      logGroups: ['/aws/rds/instance/orders-db/postgresql', '/aws/rds/instance/orders-db/upgrade'],
      pendingMaintenance: ['system-update'],
      pendingMaintenanceAutoApplyAfter: '2026-12-01T00:00:00.000Z',
    });
    expect(orders.events?.map((e) => e.message)).toContain('DB instance created');
    expect(resources.find((r) => r.id === 'orders-db-replica')!.attributes).toMatchObject({ role: 'replica', readReplicaSource: 'orders-db' });
    expect(resources.find((r) => r.id === 'catalog-1')!.attributes).toMatchObject({ role: 'writer', clusterId: 'catalog' });
    expect(resources.find((r) => r.id === 'catalog')!.attributes).toMatchObject({ writer: 'catalog-1', logGroups: ['/aws/rds/cluster/catalog/postgresql'] });
    // Four listings for the whole region, whatever the number of databases.
    expect(calls).toEqual({ DescribeDBInstances: 1, DescribeDBClusters: 1, DescribePendingMaintenanceActions: 1, DescribeEvents: 1 });
  });

  it('keeps clusters when DescribeDBInstances is denied, and names the permission', async () => {
    const { context, gaps, clients } = contextFor(emulator().endpoint);
    pendingMaintenance(emulator().endpoint, 'none');
    nock(emulator().endpoint, { allowUnmocked: true })
      .post('/', /Action=DescribeDBInstances/)
      .reply(
        403,
        '<ErrorResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:sts::123456789012:assumed-role/monitor/ci is not authorized to perform: rds:DescribeDBInstances</Message></Error><RequestId>r</RequestId></ErrorResponse>',
        { 'content-type': 'text/xml' },
      );
    const resources = await rdsCollector.collect(context);
    clients.destroy();
    expect(resources.map((r) => r.id)).toEqual(['catalog']);
    expect(gaps).toEqual([
      expect.objectContaining({
        service: 'rds',
        operation: 'DescribeDBInstances',
        iamAction: 'rds:DescribeDBInstances',
        reason: expect.stringMatching(/^access denied: grant rds:DescribeDBInstances/),
      }),
    ]);
  });

  it('reports an API the endpoint does not implement as a readable coverage gap', async () => {
    const { context, gaps, clients } = contextFor(emulator().endpoint);
    await rdsCollector.collect(context);
    clients.destroy();
    expect(gaps).toEqual([
      expect.objectContaining({
        operation: 'DescribePendingMaintenanceActions',
        reason: expect.stringMatching(/^unreadable response \(HTTP \d+\): the endpoint may not implement this API$/),
      }),
    ]);
  });
});
