// Amazon ECS metrics: names, dimensions and statistics follow the service's CloudWatch metrics reference.

import type { Resource } from '../../report/model.js';
import type { Dimension, MetricSpec } from '../../telemetry/metrics/metric-spec.js';
import { numberAttribute, textAttribute } from '../attribute-values.js';
import type { EcsServiceAttributes } from './attributes.js';

const ecsService = (r: Resource): Dimension[] | undefined => {
  const cluster = textAttribute<EcsServiceAttributes>(r, 'cluster');
  return cluster
    ? [
        { Name: 'ClusterName', Value: cluster },
        { Name: 'ServiceName', Value: r.name },
      ]
    : undefined;
};

export const ECS_METRICS: readonly MetricSpec[] = [
  // ECS services (AWS/ECS service-level utilisation).
  {
    id: 'ecs_cpu',
    resourceType: 'ecs:service',
    namespace: 'AWS/ECS',
    metricName: 'CPUUtilization',
    stat: 'Average',
    unit: 'percent',
    label: 'CPU utilization',
    role: 'saturation',
    bad: 'up',
    limits: { warn: 80, critical: 90 },
    dimensions: ecsService,
  },
  // Container Insights (only where the cluster has it on): tasks actually running over the window.
  {
    id: 'ecs_running_tasks',
    resourceType: 'ecs:service',
    namespace: 'ECS/ContainerInsights',
    metricName: 'RunningTaskCount',
    stat: 'Minimum',
    unit: 'count',
    label: 'running tasks',
    role: 'health',
    bad: 'down',
    // One task short of the desired count is a warning; none running is critical.
    limitsFor: (r) => {
      const desired = numberAttribute<EcsServiceAttributes>(r, 'desired');
      return desired !== undefined && desired > 0 ? { warn: desired - 1, critical: 0 } : undefined;
    },
    dimensions: ecsService,
    appliesTo: (r) => ['enabled', 'enhanced'].includes(textAttribute<EcsServiceAttributes>(r, 'containerInsights') ?? ''),
  },
  {
    id: 'ecs_memory',
    resourceType: 'ecs:service',
    namespace: 'AWS/ECS',
    metricName: 'MemoryUtilization',
    stat: 'Average',
    unit: 'percent',
    label: 'memory utilization',
    role: 'saturation',
    bad: 'up',
    limits: { warn: 85, critical: 95 },
    dimensions: ecsService,
  },
];
