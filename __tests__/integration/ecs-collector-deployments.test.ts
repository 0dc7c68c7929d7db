// What the emulator cannot produce: a rollout the circuit breaker failed and the service events
// around it. The cluster is real; DescribeServices answers with the shape the ECS API reference
// documents (epoch-second timestamps, deployments newest first, events newest first).

import { CreateClusterCommand, ECSClient } from '@aws-sdk/client-ecs';
import nock from 'nock';
import { ecsCollector } from '../../src/services/ecs/collector.js';
import { RESOURCE_STATE_DETECTORS } from '../../src/detectors/registry.js';
import { detectResourceState } from '../../src/scan.js';
import { aConfig, NOW } from '../support/builders.js';
import { collectorContext } from '../support/collector-context.js';
import { emulatorClientConfig, useEmulator } from '../support/emulator.js';

const emulator = useEmulator();
const CLUSTER = 'pp-api-production';
const seconds = (iso: string) => Date.parse(iso) / 1000;
const serviceArn = 'arn:aws:ecs:us-east-2:123456789012:service/pp-api-production/payments';
const tgArn = 'arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/payments/0123456789abcdef';

/** A service whose new revision keeps failing its health checks until the circuit breaker rolled back. */
const documentedService = {
  serviceArn,
  serviceName: 'payments',
  clusterArn: `arn:aws:ecs:us-east-2:123456789012:cluster/${CLUSTER}`,
  status: 'ACTIVE',
  desiredCount: 3,
  runningCount: 1,
  pendingCount: 2,
  launchType: 'FARGATE',
  taskDefinition: 'arn:aws:ecs:us-east-2:123456789012:task-definition/payments:42',
  loadBalancers: [{ targetGroupArn: tgArn, containerName: 'payments', containerPort: 8080 }],
  deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true }, maximumPercent: 200, minimumHealthyPercent: 100 },
  deployments: [
    {
      id: 'ecs-svc/9223370000000000002',
      status: 'PRIMARY',
      taskDefinition: 'arn:aws:ecs:us-east-2:123456789012:task-definition/payments:42',
      desiredCount: 3,
      pendingCount: 2,
      runningCount: 1,
      failedTasks: 7,
      createdAt: seconds('2026-11-25T10:30:00Z'),
      updatedAt: seconds('2026-11-25T11:10:00Z'),
      launchType: 'FARGATE',
      rolloutState: 'FAILED',
      rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
    },
    {
      id: 'ecs-svc/9223370000000000001',
      status: 'ACTIVE',
      taskDefinition: 'arn:aws:ecs:us-east-2:123456789012:task-definition/payments:41',
      desiredCount: 0,
      pendingCount: 0,
      runningCount: 1,
      failedTasks: 0,
      createdAt: seconds('2026-11-20T08:00:00Z'),
      updatedAt: seconds('2026-11-25T10:30:00Z'),
      rolloutState: 'COMPLETED',
    },
  ],
  events: [
    { id: 'e4', createdAt: seconds('2026-11-25T11:10:00Z'), message: '(service payments) (deployment ecs-svc/9223370000000000002) deployment failed: tasks failed to start.' },
    {
      id: 'e3',
      createdAt: seconds('2026-11-25T11:05:00Z'),
      message: `(service payments) (port 8080) is unhealthy in (target-group ${tgArn}) due to (reason Health checks failed with these codes: [502]).`,
    },
    {
      id: 'e2',
      createdAt: seconds('2026-11-25T10:50:00Z'),
      message: `(service payments) (port 8080) is unhealthy in (target-group ${tgArn}) due to (reason Health checks failed with these codes: [502]).`,
    },
    { id: 'e1', createdAt: seconds('2026-11-25T10:31:00Z'), message: '(service payments) has started 3 tasks: (task 1a) (task 1b) (task 1c).' },
    { id: 'e0', createdAt: seconds('2026-11-24T09:00:00Z'), message: '(service payments) has reached a steady state.' },
  ],
  createdAt: seconds('2026-01-10T12:00:00Z'),
  tags: [{ key: 'team', value: 'payments' }],
};

beforeAll(async () => {
  await emulator().reset();
  const ecs = new ECSClient(emulatorClientConfig(emulator().endpoint));
  await ecs.send(new CreateClusterCommand({ clusterName: CLUSTER }));
  ecs.destroy();
});

afterEach(() => nock.cleanAll());

function answerServices(body: object) {
  // ListServices is nock'd too: the emulator's empty cluster would not ask for DescribeServices at all.
  nock(emulator().endpoint, { allowUnmocked: true })
    .post('/')
    .matchHeader('x-amz-target', 'AmazonEC2ContainerServiceV20141113.ListServices')
    .reply(200, { serviceArns: [serviceArn] })
    .post('/')
    .matchHeader('x-amz-target', 'AmazonEC2ContainerServiceV20141113.DescribeServices')
    .reply(200, body);
}

describe('ECS collector: deployments and service events', () => {
  it('reads the primary rollout, circuit breaker, target group and events of a service', async () => {
    answerServices({ services: [documentedService], failures: [] });
    const { context, gaps, clients } = collectorContext(emulator().endpoint, { concurrency: 1, maxAttempts: 1 });
    const resources = await ecsCollector.collect(context);
    clients.destroy();
    const service = resources.find((r) => r.type === 'ecs:service')!;
    expect(service.id).toBe(`${CLUSTER}/payments`);
    expect(service.attributes).toMatchObject({
      desired: 3,
      running: 1,
      pending: 2,
      rolloutState: 'FAILED',
      rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
      deploymentStartedAt: '2026-11-25T10:30:00.000Z',
      failedTasks: 7,
      circuitBreaker: true,
      taskDefinition: 'payments:42',
      targetGroups: ['payments'],
    });
    expect(service.events?.map((e) => e.at)).toEqual([
      '2026-11-25T11:10:00.000Z',
      '2026-11-25T11:05:00.000Z',
      '2026-11-25T10:50:00.000Z',
      '2026-11-25T10:31:00.000Z',
      '2026-11-24T09:00:00.000Z',
    ]);
    // The task definition is not in the emulator: that one lookup is a gap, the service is still reported.
    expect(gaps.map((g) => g.operation)).toEqual(['DescribeTaskDefinition']);
  });

  it('turns them into a failed-deployment finding, a partial outage and the failing health checks, once each', async () => {
    answerServices({ services: [documentedService], failures: [] });
    const { context, clients } = collectorContext(emulator().endpoint, { concurrency: 1, maxAttempts: 1 });
    const resources = await ecsCollector.collect(context);
    clients.destroy();
    const findings = detectResourceState(resources, RESOURCE_STATE_DETECTORS, aConfig(), NOW).filter((f) => f.resource.type === 'ecs:service');
    expect(findings.map((f) => [f.kind, f.severity, f.title]).sort()).toEqual([
      ['ecs_deployment_failed', 'high', 'latest deployment failed'],
      ['ecs_service_events', 'medium', 'tasks failing load balancer health checks (2 events)'],
      ['ecs_service_tasks_below_desired', 'high', '1 of 3 tasks running'],
    ]);
    expect(findings.find((f) => f.kind === 'ecs_service_events')!.since).toBe('2026-11-25T10:50:00.000Z');
  });

  it('reports services DescribeServices could not return as a coverage gap', async () => {
    answerServices({ services: [], failures: [{ arn: serviceArn, reason: 'MISSING' }] });
    const { context, gaps, clients } = collectorContext(emulator().endpoint, { concurrency: 1, maxAttempts: 1 });
    const resources = await ecsCollector.collect(context);
    clients.destroy();
    expect(resources.filter((r) => r.type === 'ecs:service')).toEqual([]);
    expect(gaps).toContainEqual(expect.objectContaining({ operation: 'DescribeServices', scope: `service ${serviceArn}`, reason: 'ECS answered MISSING' }));
  });
});
