import { integer } from '../../config/schema.js';
import { refOf, type Severity, severityRank, type StoppedTask } from '../../report/model.js';
import type { ResourceStateDetector } from '../types.js';

interface Cause {
  pattern: RegExp;
  cause: string;
  severity: Severity;
  nextStep: string;
}

// Stopped reasons as ECS and its agent write them (ECS developer guide, "stopped task errors").
const CAUSES: Cause[] = [
  {
    pattern: /^OutOfMemoryError/i,
    cause: 'killed for running out of memory',
    severity: 'high',
    nextStep: "raise the container's memory limit or find what grew (memory metrics, heap dumps)",
  },
  {
    pattern: /^CannotPullContainerError|toomanyrequests|pull rate limit/i,
    cause: 'image could not be pulled',
    severity: 'high',
    nextStep: "check the image tag exists, the execution role's ECR permissions and the route to the registry",
  },
  {
    pattern: /^(CannotCreateContainerError|CannotStartContainerError|ResourceInitializationError|CannotInspectContainerError)/i,
    cause: 'container could not start',
    severity: 'high',
    nextStep: 'read the full stoppedReason: secrets, volumes, disk space or ENI limits are the usual causes',
  },
  {
    pattern: /failed ELB health checks/i,
    cause: 'failed load balancer health checks',
    severity: 'high',
    nextStep: "check the target group's health check path and port, the security groups, and the app's start-up time",
  },
  {
    pattern: /failed container health checks/i,
    cause: 'failed container health checks',
    severity: 'high',
    nextStep: "run the task definition's healthCheck command by hand; check startPeriod against start-up time",
  },
  { pattern: /Essential container in task exited/i, cause: 'essential container exited', severity: 'medium', nextStep: "read the container's last log lines before it exited" },
];
// Everything else is normal churn: deployments, scaling, maintenance, Spot interruptions, user stops.

function classify(task: StoppedTask): Cause | undefined {
  const cause = CAUSES.find((c) => c.pattern.test(task.reason));
  // An essential container that exited non-zero crashed; exit 0 may be a job that finished.
  if (cause?.cause === 'essential container exited' && task.failedContainers.length > 0) return { ...cause, severity: 'high', cause: 'essential container crashed' };
  return cause;
}

export const ecsTasksStoppedAbnormally: ResourceStateDetector = {
  id: 'ecs_tasks_stopped_abnormally',
  cause: 'availability',
  title: 'ECS tasks stopped by errors',
  description: 'Recently stopped tasks of a service whose reason is an error: out of memory, image pull, failed health checks, crashes.',
  resourceTypes: ['ecs:service'],
  thresholds: {
    min_tasks: { spec: integer(1, 1000), default: 1, description: 'Report a service once this many of its tasks stopped by errors.' },
  },
  detect({ resource, thresholds }) {
    const failures = (resource.stoppedTasks ?? []).map((task) => ({ task, cause: classify(task) })).filter((f): f is { task: StoppedTask; cause: Cause } => f.cause !== undefined);
    if (failures.length < thresholds.min_tasks!) return [];
    const byCause = new Map<string, typeof failures>();
    for (const f of failures) byCause.set(f.cause.cause, [...(byCause.get(f.cause.cause) ?? []), f]);
    const groups = [...byCause.values()].sort((a, b) => severityRank(a[0]!.cause.severity) - severityRank(b[0]!.cause.severity) || b.length - a.length);
    const worst = groups[0]![0]!.cause;
    const times = failures
      .map((f) => f.task.stoppedAt)
      .filter((t): t is string => Boolean(t))
      .sort();
    return [
      {
        severity: worst.severity,
        resource: refOf(resource),
        title: `${failures.length} task${failures.length === 1 ? '' : 's'} stopped by errors: ${groups.map((g) => `${g[0]!.cause.cause} x${g.length}`).join(', ')}`,
        evidence: groups.map((g) => {
          const latest = g[0]!.task;
          const containers = latest.failedContainers.length > 0 ? ` (exit ${latest.failedContainers.join(', ')})` : '';
          return { label: `${g[0]!.cause.cause} x${g.length}`, value: `${latest.reason}${containers}` };
        }),
        ...(times[0] ? { since: times[0] } : {}),
        nextStep: worst.nextStep,
      },
    ];
  },
};
