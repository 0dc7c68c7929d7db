import { integer } from '../../config/schema.js';
import { refOf, type ResourceEvent, type Severity, severityRank } from '../../report/model.js';
import type { ResourceStateDetector } from '../types.js';

// Service event messages that mean trouble ("Amazon ECS service event messages", ECS developer guide).
const PROBLEMS: Array<{ pattern: RegExp; kind: string; severity: Severity }> = [
  { pattern: /unable to place a task/i, kind: 'tasks cannot be placed', severity: 'high' },
  { pattern: /unable to consistently start tasks/i, kind: 'tasks fail to start', severity: 'high' },
  { pattern: /failed to launch a task/i, kind: 'tasks fail to launch', severity: 'high' },
  { pattern: /deployment failed|rolling back to deployment|circuit breaker/i, kind: 'deployment failed', severity: 'high' },
  { pattern: /is unhealthy in \((target-group|elb)\b/i, kind: 'tasks failing load balancer health checks', severity: 'medium' },
  { pattern: /failed to (de)?register targets/i, kind: 'target registration failed', severity: 'medium' },
  { pattern: /unable to (stop or start|stop|start) tasks during a deployment/i, kind: 'deployment blocked by its configuration', severity: 'medium' },
  { pattern: /operations are being throttled/i, kind: 'service operations throttled', severity: 'low' },
];
const STEADY = /has reached a steady state/i;

function kindOf(event: ResourceEvent) {
  return PROBLEMS.find((p) => p.pattern.test(event.message));
}

export const ecsServiceEvents: ResourceStateDetector<'ecs:service'> = {
  id: 'ecs_service_events',
  cause: 'availability',
  title: 'ECS service events report problems',
  description: 'Recent service events about tasks that cannot be placed or started, failing health checks, failed deployments or throttling.',
  resourceTypes: ['ecs:service'],
  thresholds: {
    lookback_hours: {
      spec: integer(1, 2160),
      default: 24,
      description: 'Only events newer than this many hours count.',
    },
  },
  detect({ resource, thresholds, now }) {
    const oldest = now.getTime() - thresholds.lookback_hours! * 3_600_000;
    const events = (resource.events ?? []).filter((e) => Date.parse(e.at) >= oldest); // newest first, as ECS returns them
    // A FAILED rollout is ecs_deployment_failed's finding; its events would only repeat it.
    const rolloutFailed = resource.attributes.rolloutState === 'FAILED';
    const matched = events.map((event) => ({ event, kind: kindOf(event) })).filter((m) => m.kind !== undefined && !(rolloutFailed && m.kind.kind === 'deployment failed'));
    if (matched.length === 0) return [];
    const steady = events.find((e) => STEADY.test(e.message));
    // Problems older than the latest steady state have been recovered from: still worth a line, not an alarm.
    const open = steady ? matched.filter((m) => Date.parse(m.event.at) > Date.parse(steady.at)) : matched;
    const shown = open.length > 0 ? open : matched;
    const worst = shown.reduce((a, b) => (severityRank(b.kind!.severity) < severityRank(a.kind!.severity) ? b : a));
    const kinds = [...new Set([...shown].sort((a, b) => severityRank(a.kind!.severity) - severityRank(b.kind!.severity)).map((m) => m.kind!.kind))];
    const count = `${shown.length} event${shown.length === 1 ? '' : 's'}`;
    return [
      {
        severity: open.length > 0 ? worst.kind!.severity : 'low',
        resource: refOf(resource),
        title: open.length > 0 ? `${kinds.join(', ')} (${count})` : `recovered: ${kinds.join(', ')} (${count} before the last steady state)`,
        evidence: [...shown.slice(0, 3).map((m) => ({ label: m.event.at, value: m.event.message })), ...(steady ? [{ label: 'last steady state', value: steady.at }] : [])],
        since: shown.at(-1)!.event.at,
        nextStep: `\`aws ecs describe-services --cluster ${resource.attributes.cluster ?? '<cluster>'} --services ${resource.name} --query 'services[0].events[:20]'\``,
      },
    ];
  },
};
