// Amazon ECS: clusters and services, their deployments, stopped tasks and awslogs groups.

import type { ServiceModule } from '../types.js';
import type { EcsAttributeTypes } from './attributes.js';
import { ecsLogSources } from './log-sources.js';
import { ECS_METRICS } from './metrics.js';

export const ecsService: ServiceModule<EcsAttributeTypes> = {
  id: 'ecs',
  title: 'Amazon ECS',
  inventoryTitle: 'ECS',
  loadCollector: async () => (await import('./collector.js')).ecsCollector,
  resourceTypes: {
    'ecs:cluster': {
      listAttributes: {},
      summary: ({ attributes: a }, { plural }) =>
        `${String(a.activeServices)} service${plural(Number(a.activeServices))}, ${String(a.runningTasks)} task${plural(Number(a.runningTasks))}, insights ${String(a.containerInsights)}`,
    },
    'ecs:service': {
      listAttributes: { targetGroups: ',', logGroups: ',', logStreamPrefixes: ',' },
      summary: ({ attributes: a }, { now, span }) => {
        const rollout =
          a.rolloutState === 'IN_PROGRESS' && typeof a.deploymentStartedAt === 'string'
            ? `, deploying for ${span(a.deploymentStartedAt, now)}`
            : a.rolloutState && a.rolloutState !== 'COMPLETED'
              ? `, rollout ${String(a.rolloutState)}`
              : '';
        return `${String(a.running)}/${String(a.desired)} running${rollout}${a.stoppedTasks ? `, ${String(a.stoppedTasks)} stopped` : ''}`;
      },
    },
  },
  metrics: ECS_METRICS,
  logSources: ecsLogSources,
};
