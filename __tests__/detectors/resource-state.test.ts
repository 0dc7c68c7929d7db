import { cloudformationStackDrifted } from '../../src/detectors/cloudformation-stack-drifted/detector.js';
import { cloudformationStackUnhealthy } from '../../src/detectors/cloudformation-stack-unhealthy/detector.js';
import { ecsContainerInsightsDisabled } from '../../src/detectors/ecs-container-insights-disabled/detector.js';
import { ecsDeploymentFailed } from '../../src/detectors/ecs-deployment-failed/detector.js';
import { ecsServiceEvents } from '../../src/detectors/ecs-service-events/detector.js';
import { ecsServiceTasksBelowDesired } from '../../src/detectors/ecs-service-tasks-below-desired/detector.js';
import { ecsTasksStoppedAbnormally } from '../../src/detectors/ecs-tasks-stopped-abnormally/detector.js';
import { detectResourceState } from '../../src/scan.js';
import { aConfig, aStack, anEcsService, NOW } from '../support/builders.js';

const defaults = { grace_minutes: 10 };

describe('ecs_service_tasks_below_desired', () => {
  const detect = (attributes = {}, rest = {}) => ecsServiceTasksBelowDesired.detect({ resource: anEcsService(attributes, rest), thresholds: defaults, now: NOW });

  it('is silent when running equals desired', () => {
    expect(detect()).toEqual([]);
  });

  it('calls a service with no running task down (critical)', () => {
    const [finding] = detect({ running: 0 });
    expect(finding?.severity).toBe('critical');
    expect(finding?.title).toBe('service is down: 0 of 4 tasks running');
    expect(finding?.since).toBe('2026-11-25T09:00:00.000Z');
  });

  it('grades a partial outage by the share of tasks missing', () => {
    expect(detect({ running: 1 })[0]?.severity).toBe('high');
    expect(detect({ running: 3 })[0]?.severity).toBe('medium');
  });

  it('waits out the grace period of a fresh deployment', () => {
    expect(detect({ running: 0, deploymentStartedAt: '2026-11-25T11:55:00.000Z' })).toEqual([]);
    expect(detect({ running: 0, deploymentStartedAt: '2026-11-25T11:45:00.000Z' })).toHaveLength(1);
  });

  it('quotes the latest placement event as evidence', () => {
    const [finding] = detect(
      { running: 0 },
      { events: [{ at: '2026-11-25T11:00:00Z', message: '(service checkout) was unable to place a task because no container instance met all of its requirements.' }] },
    );
    expect(finding?.evidence.map((e) => e.label)).toContain('latest service event');
  });

  it('ignores services scaled to zero and draining services', () => {
    expect(detect({ desired: 0, running: 0 })).toEqual([]);
    expect(detect({ running: 0 }, { status: 'DRAINING' })).toEqual([]);
  });
});

describe('ecs_deployment_failed', () => {
  it('reports a FAILED rollout with its reason', () => {
    const [finding] = ecsDeploymentFailed.detect({
      resource: anEcsService({ rolloutState: 'FAILED', rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.', failedTasks: 6 }),
      thresholds: {},
      now: NOW,
    });
    expect(finding?.severity).toBe('high');
    expect(finding?.evidence).toContainEqual({ label: 'reason', value: 'ECS deployment circuit breaker: tasks failed to start.' });
  });

  it('is silent for COMPLETED and IN_PROGRESS rollouts', () => {
    for (const rolloutState of ['COMPLETED', 'IN_PROGRESS']) {
      expect(ecsDeploymentFailed.detect({ resource: anEcsService({ rolloutState }), thresholds: {}, now: NOW })).toEqual([]);
    }
  });
});

describe('cloudformation_stack_unhealthy', () => {
  const detect = (status: string, attributes = {}) =>
    cloudformationStackUnhealthy.detect({ resource: aStack(status, attributes), thresholds: { stuck_after_minutes: 60 }, now: NOW });

  it.each([
    ['UPDATE_ROLLBACK_FAILED', 'critical'],
    ['DELETE_FAILED', 'critical'],
    ['CREATE_FAILED', 'high'],
    ['ROLLBACK_COMPLETE', 'high'],
    ['UPDATE_ROLLBACK_COMPLETE', 'medium'],
  ])('grades %s as %s', (status, severity) => {
    expect(detect(status)[0]?.severity).toBe(severity);
  });

  it('is silent for complete stacks', () => {
    expect(detect('CREATE_COMPLETE')).toEqual([]);
    expect(detect('UPDATE_COMPLETE')).toEqual([]);
  });

  it('reports an operation in progress for longer than the threshold as stuck', () => {
    expect(detect('UPDATE_IN_PROGRESS', { lastUpdatedAt: '2026-11-25T11:30:00.000Z' })).toEqual([]);
    expect(detect('UPDATE_IN_PROGRESS', { lastUpdatedAt: '2026-11-25T09:00:00.000Z' })[0]?.title).toBe('stack has been UPDATE_IN_PROGRESS for 180 minutes');
  });
});

describe('resource state detection', () => {
  const resources = [anEcsService({ running: 0 }), aStack('ROLLBACK_COMPLETE')];

  it('gives each finding a stable id and its detector as kind', () => {
    const findings = detectResourceState(resources, [ecsServiceTasksBelowDesired, cloudformationStackUnhealthy], aConfig(), NOW);
    expect(findings.map((f) => f.id)).toEqual([
      'ecs_service_tasks_below_desired:ecs:service:pp-web-production/checkout',
      'cloudformation_stack_unhealthy:cloudformation:stack:pp-api-production',
    ]);
  });

  it('honours enabled = false, a severity override and thresholds from config', () => {
    const config = aConfig({
      detectors: {
        ecs_service_tasks_below_desired: { enabled: true, severity: 'low', thresholds: { grace_minutes: 10 } },
        cloudformation_stack_unhealthy: { enabled: false, thresholds: {} },
      },
    });
    const findings = detectResourceState(resources, [ecsServiceTasksBelowDesired, cloudformationStackUnhealthy], config, NOW);
    expect(findings.map((f) => [f.kind, f.severity])).toEqual([['ecs_service_tasks_below_desired', 'low']]);
  });
});

describe('ecs_container_insights_disabled', () => {
  const cluster = (containerInsights: string) => ({ ...anEcsService(), type: 'ecs:cluster' as const, id: 'c', name: 'c', attributes: { containerInsights } });

  it('notes (info) a cluster whose per-task metrics are unavailable', () => {
    expect(ecsContainerInsightsDisabled.detect({ resource: cluster('disabled'), thresholds: {}, now: NOW })[0]?.severity).toBe('info');
  });

  it('is silent when Container Insights is enabled or enhanced', () => {
    expect(ecsContainerInsightsDisabled.detect({ resource: cluster('enabled'), thresholds: {}, now: NOW })).toEqual([]);
    expect(ecsContainerInsightsDisabled.detect({ resource: cluster('enhanced'), thresholds: {}, now: NOW })).toEqual([]);
  });
});

describe('ecs_tasks_stopped_abnormally', () => {
  const stopped = (reason: string, failedContainers: string[] = [], stoppedAt = '2026-11-25T11:30:00.000Z') => ({ reason, failedContainers, stoppedAt });
  const detect = (tasks: ReturnType<typeof stopped>[], minTasks = 1) =>
    ecsTasksStoppedAbnormally.detect({ resource: anEcsService({}, { stoppedTasks: tasks }), thresholds: { min_tasks: minTasks }, now: NOW });

  it('groups tasks by cause, worst cause first, with the latest reason as evidence', () => {
    const [finding] = detect([
      stopped('Essential container in task exited', []),
      stopped('OutOfMemoryError: Container killed due to memory usage', [], '2026-11-25T11:40:00.000Z'),
      stopped('OutOfMemoryError: Container killed due to memory usage', [], '2026-11-25T11:20:00.000Z'),
    ]);
    expect(finding?.severity).toBe('high');
    expect(finding?.title).toBe('3 tasks stopped by errors: killed for running out of memory x2, essential container exited x1');
    expect(finding?.since).toBe('2026-11-25T11:20:00.000Z');
    expect(finding?.evidence[0]).toEqual({ label: 'killed for running out of memory x2', value: 'OutOfMemoryError: Container killed due to memory usage' });
  });

  it('treats an essential container that exited non-zero as a crash', () => {
    const [finding] = detect([stopped('Essential container in task exited', ['app=137'])]);
    expect(finding?.severity).toBe('high');
    expect(finding?.evidence[0]?.value).toBe('Essential container in task exited (exit app=137)');
  });

  it.each([
    'CannotPullContainerError: API error (404): repository 111122223333.dkr.ecr.us-east-1.amazonaws.com/app not found',
    'Task failed ELB health checks in (elb elb-name)',
    'ResourceInitializationError: unable to pull secrets or registry auth',
  ])('reports %s', (reason) => {
    expect(detect([stopped(reason)])[0]?.severity).toBe('high');
  });

  it.each([
    'Scaling activity initiated by (deployment ecs-svc/123)',
    'ECS is performing maintenance on the underlying infrastructure hosting the task',
    'Your Spot Task was interrupted.',
    'Host EC2 (instance i-123) stopped/terminated',
  ])('ignores normal churn: %s', (reason) => {
    expect(detect([stopped(reason)])).toEqual([]);
  });

  it('waits for min_tasks', () => {
    expect(detect([stopped('OutOfMemoryError: Container killed due to memory usage')], 2)).toEqual([]);
  });
});

describe('cloudformation_stack_unhealthy evidence', () => {
  it('names the first failed resource of the operation, the likely cause', () => {
    const stack = {
      ...aStack('ROLLBACK_COMPLETE'),
      events: [
        { at: '2026-11-25T11:05:00.000Z', message: 'Queue (AWS::SQS::Queue) CREATE_FAILED: Resource creation cancelled' },
        { at: '2026-11-25T11:04:00.000Z', message: 'Db (AWS::RDS::DBInstance) CREATE_FAILED: DB subnet group not found' },
      ],
    };
    const [finding] = cloudformationStackUnhealthy.detect({ resource: stack, thresholds: { stuck_after_minutes: 60 }, now: NOW });
    expect(finding?.evidence).toContainEqual({ label: 'first failed resource', value: 'Db (AWS::RDS::DBInstance) CREATE_FAILED: DB subnet group not found' });
    expect(finding?.evidence).toContainEqual({ label: 'failed resources', value: '2' });
  });
});

describe('cloudformation_stack_drifted', () => {
  it('notes a stack whose last drift detection found changes, and nothing else', () => {
    expect(cloudformationStackDrifted.detect({ resource: aStack('UPDATE_COMPLETE', { driftStatus: 'DRIFTED' }), thresholds: {}, now: NOW })[0]?.severity).toBe('low');
    for (const driftStatus of ['IN_SYNC', 'NOT_CHECKED', null]) {
      expect(cloudformationStackDrifted.detect({ resource: aStack('UPDATE_COMPLETE', { driftStatus }), thresholds: {}, now: NOW })).toEqual([]);
    }
  });
});

describe('ecs_service_events', () => {
  const lookback = { lookback_hours: 24 };
  const detect = (events: Array<{ at: string; message: string }>, attributes = {}) =>
    ecsServiceEvents.detect({ resource: anEcsService(attributes, { events }), thresholds: lookback, now: NOW });
  const unhealthy = (at: string) => ({
    at,
    message:
      '(service checkout) (port 8080) is unhealthy in (target-group arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/checkout/abc) due to (reason Health checks failed).',
  });
  const steady = (at: string) => ({ at, message: '(service checkout) has reached a steady state.' });

  it('is silent for routine events', () => {
    expect(detect([steady('2026-11-25T11:00:00Z'), { at: '2026-11-25T10:58:00Z', message: '(service checkout) has started 2 tasks: (task 1a2b).' }])).toEqual([]);
  });

  it('reports tasks that cannot be placed as high, quoting the event', () => {
    const placement = { at: '2026-11-25T11:30:00Z', message: '(service checkout) was unable to place a task because no container instance met all of its requirements.' };
    const [finding] = detect([placement]);
    expect(finding?.severity).toBe('high');
    expect(finding?.title).toBe('tasks cannot be placed (1 event)');
    expect(finding?.evidence).toContainEqual({ label: placement.at, value: placement.message });
    expect(finding?.since).toBe(placement.at);
  });

  it('counts repeated health-check failures since the last steady state, dating them from the first', () => {
    const [finding] = detect([unhealthy('2026-11-25T11:40:00Z'), unhealthy('2026-11-25T11:20:00Z'), steady('2026-11-25T10:00:00Z'), unhealthy('2026-11-25T09:00:00Z')]);
    expect(finding?.severity).toBe('medium');
    expect(finding?.title).toBe('tasks failing load balancer health checks (2 events)');
    expect(finding?.since).toBe('2026-11-25T11:20:00Z');
  });

  it('downgrades problems followed by a steady state to a low "recovered" note', () => {
    const [finding] = detect([steady('2026-11-25T11:50:00Z'), unhealthy('2026-11-25T11:20:00Z')]);
    expect(finding?.severity).toBe('low');
    expect(finding?.title).toMatch(/^recovered: /);
  });

  it('ignores events older than the lookback', () => {
    expect(detect([unhealthy('2026-11-24T11:00:00Z')])).toEqual([]);
  });

  it('leaves a failed rollout to ecs_deployment_failed', () => {
    const failed = { at: '2026-11-25T11:30:00Z', message: '(service checkout) (deployment ecs-svc/123) deployment failed: tasks failed to start.' };
    expect(detect([failed], { rolloutState: 'FAILED' })).toEqual([]);
    expect(detect([failed], { rolloutState: 'IN_PROGRESS' })[0]?.title).toBe('deployment failed (1 event)');
  });
});
