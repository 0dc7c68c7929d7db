import { refOf } from '../../report/model.js';
import type { ResourceStateDetector } from '../types.js';

export const ecsContainerInsightsDisabled: ResourceStateDetector<'ecs:cluster'> = {
  id: 'ecs_container_insights_disabled',
  cause: null,
  title: 'ECS cluster without Container Insights',
  description: 'Without Container Insights there are no per-task CPU, memory or restart metrics to check.',
  resourceTypes: ['ecs:cluster'],
  thresholds: {},
  detect({ resource }) {
    const insights = resource.attributes.containerInsights;
    if (resource.status !== 'ACTIVE' || insights === 'enabled' || insights === 'enhanced') return [];
    return [
      {
        severity: 'info',
        resource: refOf(resource),
        title: 'Container Insights is off: per-task CPU, memory and restarts cannot be checked',
        evidence: [{ label: 'containerInsights', value: String(insights ?? 'disabled') }],
        nextStep: `\`aws ecs update-cluster-settings --cluster ${resource.name} --settings name=containerInsights,value=enabled\` (adds CloudWatch cost)`,
      },
    ];
  },
};
