import { CloudFormationClient, CreateStackCommand } from '@aws-sdk/client-cloudformation';
import { CreateClusterCommand, CreateServiceCommand, ECSClient, RegisterTaskDefinitionCommand, UpdateServiceCommand } from '@aws-sdk/client-ecs';
import nock from 'nock';
import { cloudformationCollector } from '../../src/services/cloudformation/collector.js';
import { ecsCollector } from '../../src/services/ecs/collector.js';
import { aConfig, aConfigReadingLogs } from '../support/builders.js';
import { collectorContext } from '../support/collector-context.js';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { emulatorClientConfig, REGION, useEmulator } from '../support/emulator.js';

const emulator = useEmulator();

function contextFor(endpoint: string, config = aConfigReadingLogs()) {
  return collectorContext(endpoint, { config });
}

async function seedEcs(endpoint: string, services: number): Promise<void> {
  const ecs = new ECSClient(emulatorClientConfig(endpoint));
  await ecs.send(new CreateClusterCommand({ clusterName: 'pp-web-production', settings: [{ name: 'containerInsights', value: 'enabled' }] }));
  await ecs.send(new RegisterTaskDefinitionCommand({ family: 'web', containerDefinitions: [{ name: 'web', image: 'nginx', memory: 256 }] }));
  for (let i = 0; i < services; i += 1) {
    const name = `svc-${String(i).padStart(3, '0')}`;
    await ecs.send(new CreateServiceCommand({ cluster: 'pp-web-production', serviceName: name, taskDefinition: 'web', desiredCount: 2, tags: [{ key: 'team', value: 'web' }] }));
    if (i > 0) await ecs.send(new UpdateServiceCommand({ cluster: 'pp-web-production', service: name, desiredCount: 2 }));
  }
  await ecs.send(new CreateClusterCommand({ clusterName: 'empty' }));
  ecs.destroy();
}

describe('ECS collector against the emulator', () => {
  beforeAll(async () => {
    await emulator().reset();
    await seedEcs(emulator().endpoint, 105);
  }, 60_000);

  it('finds every cluster and service, with counts, deployment and tags', async () => {
    const { context, gaps, clients } = contextFor(emulator().endpoint);
    const resources = await ecsCollector.collect(context);
    clients.destroy();
    expect(gaps).toEqual([]);
    expect(
      resources
        .filter((r) => r.type === 'ecs:cluster')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['empty', 'pp-web-production']);
    const services = resources.filter((r) => r.type === 'ecs:service');
    expect(services).toHaveLength(105);
    const first = services.find((r) => r.id === 'pp-web-production/svc-000')!;
    expect(first).toMatchObject({ name: 'svc-000', status: 'ACTIVE', tags: { team: 'web' } });
    expect(first.attributes).toMatchObject({ cluster: 'pp-web-production', desired: 2, running: 0, taskDefinition: 'web:1', rolloutState: 'IN_PROGRESS' });
    expect(services.find((r) => r.id === 'pp-web-production/svc-001')!.attributes.running).toBe(2);
    expect(resources.find((r) => r.id === 'pp-web-production')!.attributes.containerInsights).toBe('enabled');
  });

  it('batches DescribeServices 10 at a time', async () => {
    const { context, clients } = contextFor(emulator().endpoint);
    await ecsCollector.collect(context);
    const calls = Object.fromEntries(clients.counter.snapshot().byOperation.map((s) => [s.operation, s.calls]));
    clients.destroy();
    // The emulator answers ListServices in one page (AWS would use two pages of 100 here);
    // following NextToken is covered by the paginate tests.
    // One ListTasks (stopped) per cluster; no DescribeTasks with none stopped; one DescribeTaskDefinition per revision.
    expect(calls).toEqual({ ListClusters: 1, DescribeClusters: 1, ListServices: 2, DescribeServices: 11, ListTasks: 2, DescribeTaskDefinition: 1 });
  });

  it('does not describe services the name filters drop', async () => {
    const config = aConfig();
    config.filters.includeNames = ['svc-00?'];
    const { context, clients, calls } = collectorContext(emulator().endpoint, { config });
    const resources = await ecsCollector.collect(context);
    const counted = calls();
    clients.destroy();
    // 10 of 105 services match: one DescribeServices instead of 11.
    expect(resources.filter((r) => r.type === 'ecs:service')).toHaveLength(10);
    expect(counted.DescribeServices).toBe(1);
  });

  it('turns an AccessDenied on DescribeServices into coverage gaps and keeps the rest', async () => {
    const { context, gaps, clients } = contextFor(emulator().endpoint);
    // Documented awsJson1_1 error shape; every DescribeServices call is denied, the rest is real.
    const scope = nock(emulator().endpoint, { allowUnmocked: true })
      .post('/')
      .matchHeader('x-amz-target', 'AmazonEC2ContainerServiceV20141113.DescribeServices')
      .times(11)
      .reply(400, { __type: 'AccessDeniedException', message: 'User: arn:aws:sts::123456789012:assumed-role/monitor/ci is not authorized to perform: ecs:DescribeServices' });
    const resources = await ecsCollector.collect(context);
    clients.destroy();
    nock.cleanAll();
    expect(scope.isDone()).toBe(true);
    expect(resources.filter((r) => r.type === 'ecs:cluster')).toHaveLength(2);
    expect(resources.filter((r) => r.type === 'ecs:service')).toHaveLength(0);
    expect(gaps).toHaveLength(11);
    expect(gaps[0]).toMatchObject({ service: 'ecs', operation: 'DescribeServices', iamAction: 'ecs:DescribeServices', scope: '10 services of cluster pp-web-production' });
    expect(gaps[0]!.reason).toMatch(/^access denied: grant ecs:DescribeServices/);
  });
});

describe('CloudFormation collector against the emulator', () => {
  beforeAll(async () => {
    await emulator().reset();
    const cloudformation = new CloudFormationClient(emulatorClientConfig(emulator().endpoint));
    const body = JSON.stringify({ Resources: { Q: { Type: 'AWS::SQS::Queue', Properties: {} } } });
    for (const name of ['pp-web-production', 'pp-api-production', 'pp-web-staging', 'web-production', 'ppproduction']) {
      await cloudformation.send(new CreateStackCommand({ StackName: name, TemplateBody: body, Tags: [{ Key: 'owner', Value: 'web' }] }));
    }
    // A custom resource whose Lambda never answers leaves the stack CREATE_IN_PROGRESS in the emulator.
    const custom = JSON.stringify({ Resources: { Hook: { Type: 'Custom::Hook', Properties: { ServiceToken: 'arn:aws:lambda:us-east-2:123456789012:function:none' } } } });
    await cloudformation.send(new CreateStackCommand({ StackName: 'pp-stuck-production', TemplateBody: custom })).catch(() => undefined);
    cloudformation.destroy();
  });

  it('keeps only stacks with the configured prefix and suffix', async () => {
    const { context, clients } = contextFor(emulator().endpoint);
    const resources = await cloudformationCollector.collect(context);
    clients.destroy();
    expect(resources.map((r) => r.id).sort()).toEqual(['pp-api-production', 'pp-stuck-production', 'pp-web-production', 'ppproduction']);
    expect(resources[0]).toMatchObject({ type: 'cloudformation:stack', status: 'CREATE_COMPLETE', tags: { owner: 'web' } });
  });

  it('reads the failed resource events of the latest operation, only for stacks that need them', async () => {
    const { context, clients } = contextFor(emulator().endpoint);
    // The emulator records no failed resources; this is DescribeStackEvents' documented shape.
    const member = (logicalId: string, type: string, status: string, reason: string, at: string) =>
      `<member><EventId>${logicalId}-${at}</EventId><StackName>pp-stuck-production</StackName><LogicalResourceId>${logicalId}</LogicalResourceId><ResourceType>${type}</ResourceType><Timestamp>${at}</Timestamp><ResourceStatus>${status}</ResourceStatus><ResourceStatusReason>${reason}</ResourceStatusReason></member>`;
    const events = nock(emulator().endpoint, { allowUnmocked: true })
      .post('/', /Action=DescribeStackEvents/)
      .reply(
        200,
        `<DescribeStackEventsResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><DescribeStackEventsResult><StackEvents>` +
          member('Queue', 'AWS::SQS::Queue', 'CREATE_FAILED', 'Resource creation cancelled', '2026-11-25T11:05:00Z') +
          member('Hook', 'Custom::Hook', 'CREATE_FAILED', 'CloudFormation did not receive a response from your Custom Resource', '2026-11-25T11:04:00Z') +
          member('pp-stuck-production', 'AWS::CloudFormation::Stack', 'CREATE_IN_PROGRESS', 'User Initiated', '2026-11-25T10:04:00Z') +
          member('Old', 'AWS::SQS::Queue', 'DELETE_FAILED', 'from an earlier operation', '2026-11-01T10:00:00Z') +
          `</StackEvents></DescribeStackEventsResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeStackEventsResponse>`,
        { 'content-type': 'text/xml' },
      );
    const resources = await cloudformationCollector.collect(context);
    const calls = Object.fromEntries(clients.counter.snapshot().byOperation.map((s) => [s.operation, s.calls]));
    clients.destroy();
    nock.cleanAll();
    expect(events.isDone()).toBe(true);
    expect(calls).toEqual({ DescribeStacks: 1, DescribeStackEvents: 1 });
    expect(resources.find((r) => r.id === 'pp-stuck-production')!.events).toEqual([
      { at: '2026-11-25T11:05:00.000Z', message: 'Queue (AWS::SQS::Queue) CREATE_FAILED: Resource creation cancelled' },
      { at: '2026-11-25T11:04:00.000Z', message: 'Hook (Custom::Hook) CREATE_FAILED: CloudFormation did not receive a response from your Custom Resource' },
    ]);
  });

  it('names what a stack in progress is waiting on', async () => {
    const { context, clients } = contextFor(emulator().endpoint);
    const member = (logicalId: string, type: string, status: string, reason: string, at: string) =>
      `<member><EventId>${logicalId}-${at}</EventId><StackName>pp-stuck-production</StackName><LogicalResourceId>${logicalId}</LogicalResourceId><ResourceType>${type}</ResourceType><Timestamp>${at}</Timestamp><ResourceStatus>${status}</ResourceStatus>${reason ? `<ResourceStatusReason>${reason}</ResourceStatusReason>` : ''}</member>`;
    nock(emulator().endpoint, { allowUnmocked: true })
      .post('/', /Action=DescribeStackEvents/)
      .reply(
        200,
        `<DescribeStackEventsResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><DescribeStackEventsResult><StackEvents>` +
          member('Hook', 'Custom::Hook', 'CREATE_IN_PROGRESS', 'Resource creation Initiated', '2026-11-25T10:05:00Z') +
          member('Queue', 'AWS::SQS::Queue', 'CREATE_COMPLETE', '', '2026-11-25T10:04:30Z') +
          member('Hook', 'Custom::Hook', 'CREATE_IN_PROGRESS', '', '2026-11-25T10:04:10Z') +
          member('Queue', 'AWS::SQS::Queue', 'CREATE_IN_PROGRESS', '', '2026-11-25T10:04:05Z') +
          member('pp-stuck-production', 'AWS::CloudFormation::Stack', 'CREATE_IN_PROGRESS', 'User Initiated', '2026-11-25T10:04:00Z') +
          `</StackEvents></DescribeStackEventsResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeStackEventsResponse>`,
        { 'content-type': 'text/xml' },
      );
    const resources = await cloudformationCollector.collect(context);
    clients.destroy();
    nock.cleanAll();
    const stuck = resources.find((r) => r.id === 'pp-stuck-production')!;
    expect(stuck.attributes.waitingOn).toEqual(['Hook (Custom::Hook)']);
    expect(stuck.events).toEqual([]);
  });

  it('treats an empty prefix or suffix as "any"', async () => {
    const config = aConfig();
    config.filters.cloudformationPrefix = '';
    config.filters.cloudformationSuffix = 'staging';
    const { context, clients } = contextFor(emulator().endpoint, config);
    const resources = await cloudformationCollector.collect(context);
    clients.destroy();
    expect(resources.map((r) => r.id)).toEqual(['pp-web-staging']);
  });

  it('reports throttling that outlasts the retries as a coverage gap', async () => {
    const { context, gaps, clients } = contextFor(emulator().endpoint);
    // Query-protocol error body, as CloudFormation documents it.
    nock(emulator().endpoint)
      .post('/', /Action=DescribeStacks/)
      .times(2)
      .reply(400, '<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>1</RequestId></ErrorResponse>', {
        'content-type': 'text/xml',
      });
    const resources = await cloudformationCollector.collect(context);
    clients.destroy();
    nock.cleanAll();
    expect(resources).toEqual([]);
    expect(gaps).toEqual([
      expect.objectContaining({
        service: 'cloudformation',
        operation: 'DescribeStacks',
        iamAction: 'cloudformation:DescribeStacks',
        reason: expect.stringMatching(/^throttled beyond retries: Throttling: Rate exceeded \(after 2 attempts\)/),
      }),
    ]);
  });
});

describe('ECS stopped tasks and log groups against the emulator', () => {
  beforeAll(async () => {
    await emulator().reset();
    await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
  }, 60_000);

  it("attaches each service's recently stopped tasks with their reasons", async () => {
    const { context, gaps, clients } = contextFor(emulator().endpoint);
    const resources = await ecsCollector.collect(context);
    const calls = Object.fromEntries(clients.counter.snapshot().byOperation.map((s) => [s.operation, s.calls]));
    clients.destroy();
    expect(gaps).toEqual([]);
    const checkout = resources.find((r) => r.id === 'pp-web-production/checkout')!;
    expect(checkout.attributes.stoppedTasks).toBe(4);
    expect(checkout.stoppedTasks?.map((t) => t.reason).filter((r) => r.startsWith('OutOfMemoryError'))).toHaveLength(3);
    expect(checkout.stoppedTasks?.[0]).toMatchObject({ taskDefinition: 'checkout:1', failedContainers: [] });
    expect(resources.find((r) => r.id === 'pp-workers-production/email-sender')!.attributes.stoppedTasks).toBe(0);
    // 5 stopped tasks in one cluster: one DescribeTasks call; 5 task definitions: one call each.
    expect(calls).toMatchObject({ ListTasks: 2, DescribeTasks: 1, DescribeTaskDefinition: 5 });
  });

  it('does not look up task definitions when the logs are not read', async () => {
    const { context, clients } = contextFor(emulator().endpoint, aConfig());
    const resources = await ecsCollector.collect(context);
    const calls = Object.fromEntries(clients.counter.snapshot().byOperation.map((s) => [s.operation, s.calls]));
    clients.destroy();
    expect(calls.DescribeTaskDefinition).toBeUndefined();
    expect(resources.find((r) => r.id === 'pp-web-production/checkout')!.attributes.logGroups).toBeUndefined();
  });

  it("reads each service's awslogs log group and stream prefix from its task definition", async () => {
    const { context, clients } = contextFor(emulator().endpoint);
    const resources = await ecsCollector.collect(context);
    clients.destroy();
    expect(resources.find((r) => r.id === 'pp-web-production/checkout')!.attributes).toMatchObject({ logGroups: ['/ecs/checkout'], logStreamPrefixes: ['ecs'] });
  });
});
