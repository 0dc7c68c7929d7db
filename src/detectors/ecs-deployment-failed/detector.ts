import { refOf } from '../../report/model.js';
import type { ResourceStateDetector } from '../types.js';

export const ecsDeploymentFailed: ResourceStateDetector<'ecs:service'> = {
  id: 'ecs_deployment_failed',
  cause: 'availability',
  title: 'ECS deployment failed',
  description: "The service's latest deployment rolled out as FAILED (for example the circuit breaker tripped).",
  resourceTypes: ['ecs:service'],
  thresholds: {},
  detect({ resource }) {
    if (resource.attributes.rolloutState !== 'FAILED') return [];
    const reason = resource.attributes.rolloutStateReason;
    const startedAt = resource.attributes.deploymentStartedAt;
    return [
      {
        severity: 'high',
        resource: refOf(resource),
        title: 'latest deployment failed',
        evidence: [
          ...(typeof reason === 'string' ? [{ label: 'reason', value: reason }] : []),
          { label: 'failed tasks', value: String(resource.attributes.failedTasks ?? 0) },
          ...(typeof resource.attributes.taskDefinition === 'string' ? [{ label: 'task definition', value: resource.attributes.taskDefinition }] : []),
        ],
        ...(typeof startedAt === 'string' ? { since: startedAt } : {}),
        nextStep: "Read the service's events and the stopped tasks' reasons; roll back to the previous task definition if needed",
      },
    ];
  },
};
