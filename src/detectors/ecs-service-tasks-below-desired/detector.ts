import { integer } from '../../config/schema.js';
import { refOf } from '../../report/model.js';
import type { ResourceStateDetector } from '../types.js';

// Tasks start and stop during normal deploys; only a gap that outlasts this is a finding.
const GRACE_MINUTES = 10;

export const ecsServiceTasksBelowDesired: ResourceStateDetector<'ecs:service'> = {
  id: 'ecs_service_tasks_below_desired',
  cause: 'availability',
  title: 'ECS service running fewer tasks than desired',
  description: 'The service runs fewer tasks than its desired count; with none running it is down.',
  resourceTypes: ['ecs:service'],
  thresholds: {
    grace_minutes: {
      spec: integer(0, 1440),
      default: GRACE_MINUTES,
      description: 'Ignore the gap while the latest deployment is younger than this.',
    },
  },
  detect({ resource, thresholds, now }) {
    const desired = resource.attributes.desired ?? 0;
    const running = resource.attributes.running ?? 0;
    const pending = resource.attributes.pending ?? 0;
    if (resource.status !== 'ACTIVE' || desired === 0 || running >= desired) return [];
    const startedAt = resource.attributes.deploymentStartedAt;
    const ageMinutes = typeof startedAt === 'string' ? (now.getTime() - Date.parse(startedAt)) / 60_000 : Infinity;
    if (ageMinutes < thresholds.grace_minutes!) return [];
    const down = running === 0;
    const placementEvent = resource.events?.find((e) => /unable to place|has started 0 tasks|unhealthy|failed/i.test(e.message));
    return [
      {
        severity: down ? 'critical' : running / desired < 0.5 ? 'high' : 'medium',
        resource: refOf(resource),
        title: down ? `service is down: 0 of ${desired} tasks running` : `${running} of ${desired} tasks running`,
        evidence: [
          { label: 'desired / running / pending', value: `${desired} / ${running} / ${pending}` },
          ...(typeof resource.attributes.taskDefinition === 'string' ? [{ label: 'task definition', value: resource.attributes.taskDefinition }] : []),
          ...(placementEvent ? [{ label: 'latest service event', value: `${placementEvent.at} ${placementEvent.message}` }] : []),
        ],
        ...(typeof startedAt === 'string' ? { since: startedAt } : {}),
        nextStep: `\`aws ecs describe-services --cluster ${resource.attributes.cluster ?? '<cluster>'} --services ${resource.name}\` and check stopped tasks' stoppedReason`,
      },
    ];
  },
};
