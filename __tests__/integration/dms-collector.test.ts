import nock from 'nock';
import { dmsCollector } from '../../src/services/dms/collector.js';
import type { CollectorContext } from '../../src/collectors/types.js';
import { collectorContext } from '../support/collector-context.js';
import { useEmulator } from '../support/emulator.js';

const emulator = useEmulator();
let instanceArn = '';

function contextFor(endpoint: string) {
  return collectorContext(endpoint, { maxAttempts: 1, concurrency: 1 });
}

const callsOf = (context: CollectorContext) => Object.fromEntries(context.clients.counter.snapshot().byOperation.map((s) => [s.operation, s.calls]));

// Seeded with raw JSON calls: once it holds data, the emulator answers DMS's Create and Describe
// calls with ISO timestamps where the protocol has epoch numbers, which the SDK rejects. So the
// Describe answers below are the documented shapes (nock), and the emulator's own answers are
// used to check that unreadable responses become coverage gaps.
async function dmsCall(target: string, body: object): Promise<Record<string, Record<string, string>>> {
  const response = await fetch(`${emulator().endpoint}/`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AmazonDMSv20160101.${target}`,
      authorization: 'AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-2/dms/aws4_request, SignedHeaders=host, Signature=0',
    },
  });
  return (await response.json()) as Record<string, Record<string, string>>;
}

/** DescribeReplicationInstances as the DMS API reference documents it. */
function documentedInstances() {
  return nock(emulator().endpoint, { allowUnmocked: true })
    .post('/')
    .matchHeader('x-amz-target', 'AmazonDMSv20160101.DescribeReplicationInstances')
    .reply(200, {
      ReplicationInstances: [
        {
          ReplicationInstanceIdentifier: 'orders-replication',
          ReplicationInstanceArn: instanceArn,
          ReplicationInstanceClass: 'dms.t3.medium',
          ReplicationInstanceStatus: 'available',
          InstanceCreateTime: 1764000000,
        },
      ],
    });
}

beforeAll(async () => {
  const instance = await dmsCall('CreateReplicationInstance', { ReplicationInstanceIdentifier: 'orders-replication', ReplicationInstanceClass: 'dms.t3.medium' });
  instanceArn = instance.ReplicationInstance!.ReplicationInstanceArn!;
  const source = await dmsCall('CreateEndpoint', {
    EndpointIdentifier: 'orders-source',
    EndpointType: 'source',
    EngineName: 'postgres',
    ServerName: 'orders.internal',
    Port: 5432,
    DatabaseName: 'orders',
    Username: 'dms',
  });
  const target = await dmsCall('CreateEndpoint', {
    EndpointIdentifier: 'orders-target',
    EndpointType: 'target',
    EngineName: 's3',
    S3Settings: { BucketName: 'orders-lake', ServiceAccessRoleArn: 'arn:aws:iam::123456789012:role/dms-s3' },
  });
  const task = await dmsCall('CreateReplicationTask', {
    ReplicationTaskIdentifier: 'orders-to-lake',
    SourceEndpointArn: source.Endpoint!.EndpointArn,
    TargetEndpointArn: target.Endpoint!.EndpointArn,
    ReplicationInstanceArn: instanceArn,
    MigrationType: 'full-load-and-cdc',
    TableMappings: JSON.stringify({
      rules: [{ 'rule-type': 'selection', 'rule-id': '1', 'rule-name': '1', 'object-locator': { 'schema-name': 'public', 'table-name': '%' }, 'rule-action': 'include' }],
    }),
  });
  if (!task.ReplicationTask) throw new Error(`seeding failed: ${JSON.stringify(task)}`);
});

afterEach(() => nock.cleanAll());

describe('DMS collector against the emulator', () => {
  it('lists replication tasks with their instance and log group, in two calls', async () => {
    const { context, gaps, clients } = contextFor(emulator().endpoint);
    documentedInstances();
    nock(emulator().endpoint, { allowUnmocked: true })
      .post('/')
      .matchHeader('x-amz-target', 'AmazonDMSv20160101.DescribeReplicationTasks')
      .reply(200, {
        ReplicationTasks: [
          {
            ReplicationTaskIdentifier: 'orders-to-lake',
            ReplicationTaskArn: 'arn:aws:dms:us-east-2:123456789012:task:ORDERSTOLAKE',
            ReplicationInstanceArn: instanceArn,
            MigrationType: 'full-load-and-cdc',
            Status: 'running',
            ReplicationTaskStats: { FullLoadProgressPercent: 100, TablesLoaded: 12, TablesErrored: 0 },
          },
        ],
      });
    const resources = await dmsCollector.collect(context);
    const calls = callsOf(context);
    clients.destroy();
    expect(gaps).toEqual([]);
    expect(resources).toHaveLength(1);
    expect(resources[0]).toMatchObject({
      type: 'dms:task',
      id: 'orders-to-lake',
      attributes: expect.objectContaining({
        migrationType: 'full-load-and-cdc',
        replicationInstance: 'orders-replication',
        logGroup: 'dms-tasks-orders-replication',
        tablesErrored: 0,
      }),
    });
    expect(calls).toEqual({ DescribeReplicationInstances: 1, DescribeReplicationTasks: 1 });
  });

  it('reads table statistics only for a task that counts errored tables', async () => {
    const { context, clients } = contextFor(emulator().endpoint);
    const taskArn = 'arn:aws:dms:us-east-2:123456789012:task:ORDERSTOLAKE';
    documentedInstances();
    // The emulator cannot fail a task; these are the documented response shapes (awsJson1_1).
    nock(emulator().endpoint, { allowUnmocked: true })
      .post('/')
      .matchHeader('x-amz-target', 'AmazonDMSv20160101.DescribeReplicationTasks')
      .reply(200, {
        ReplicationTasks: [
          {
            ReplicationTaskIdentifier: 'orders-to-lake',
            ReplicationTaskArn: taskArn,
            ReplicationInstanceArn: instanceArn,
            MigrationType: 'full-load-and-cdc',
            Status: 'stopped',
            StopReason: 'Stop Reason FATAL_ERROR',
            LastFailureMessage:
              'Last Error Task error notification received from subtask 0, thread 0 [reptask/replicationtask.c:2883] [1020101] Error executing source loop; Stream component failed at subtask 0',
            ReplicationTaskStats: { FullLoadProgressPercent: 100, TablesLoaded: 10, TablesLoading: 0, TablesQueued: 0, TablesErrored: 2, StopDate: 1764064800 },
          },
        ],
      })
      .post('/')
      .matchHeader('x-amz-target', 'AmazonDMSv20160101.DescribeTableStatistics')
      .reply(200, {
        ReplicationTaskArn: taskArn,
        TableStatistics: [
          { SchemaName: 'public', TableName: 'orders', TableState: 'Table error', Inserts: 0 },
          { SchemaName: 'public', TableName: 'payments', TableState: 'Table error', Inserts: 0 },
          { SchemaName: 'public', TableName: 'customers', TableState: 'Table completed', Inserts: 120 },
        ],
      });
    const resources = await dmsCollector.collect(context);
    const calls = callsOf(context);
    clients.destroy();
    expect(resources[0]?.status).toBe('stopped');
    expect(resources[0]?.attributes).toMatchObject({
      tablesErrored: 2,
      erroredTables: ['public.orders (Table error)', 'public.payments (Table error)'],
      stoppedAt: '2025-11-25T10:00:00.000Z',
    });
    expect(calls).toEqual({ DescribeReplicationInstances: 1, DescribeReplicationTasks: 1, DescribeTableStatistics: 1 });
  });

  it('turns answers the SDK cannot read into coverage gaps instead of failing the scan', async () => {
    const { context, gaps, clients } = contextFor(emulator().endpoint);
    const resources = await dmsCollector.collect(context);
    clients.destroy();
    expect(resources).toEqual([]);
    expect(gaps.map((g) => [g.iamAction, g.reason])).toEqual([
      ['dms:DescribeReplicationInstances', 'unreadable response (HTTP 200): the answer does not match the API format'],
      ['dms:DescribeReplicationTasks', 'unreadable response (HTTP 200): the answer does not match the API format'],
    ]);
  });
});
