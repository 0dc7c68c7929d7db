// ECS: every cluster and service, with desired/running/pending counts, deployments and events.

import {
  DescribeClustersCommand,
  DescribeServicesCommand,
  ECSClient,
  ListClustersCommand,
  ListServicesCommand,
  type Cluster,
  type Service,
} from '@aws-sdk/client-ecs';
import type { Resource } from '../../report/model.js';
import { attempt, chunk, paginate, tagsToRecord } from '../attempt.js';
import type { Collector, CollectorContext } from '../types.js';

const ID = 'ecs';
const SERVICES_PER_DESCRIBE = 10; // DescribeServices' documented maximum
const CLUSTERS_PER_DESCRIBE = 100;
const EVENTS_KEPT = 10;

export const ecsCollector: Collector = {
  id: ID,
  title: 'Amazon ECS',
  resourceTypes: ['ecs:cluster', 'ecs:service'],
  async collect(context) {
    const ecs = context.clients.get(ECSClient);
    const clusterArns = await paginate(context, ID, { sdkService: 'ECS', operation: 'ListClusters', scope: 'ECS clusters' }, async (nextToken) => {
      const page = await ecs.send(new ListClustersCommand({ nextToken, maxResults: 100 }));
      return { items: page.clusterArns, next: page.nextToken };
    });
    const clusters: Cluster[] = [];
    await Promise.all(
      chunk(clusterArns, CLUSTERS_PER_DESCRIBE).map(async (batch) => {
        const described = await attempt(context, ID, { sdkService: 'ECS', operation: 'DescribeClusters', scope: `${batch.length} ECS clusters` }, () =>
          ecs.send(new DescribeClustersCommand({ clusters: batch, include: ['SETTINGS', 'TAGS'] })),
        );
        clusters.push(...(described?.clusters ?? []));
      }),
    );
    context.progress(`ECS: ${clusters.length} clusters`);
    const perCluster = await Promise.all(clusters.map((cluster) => collectServices(context, ecs, cluster)));
    return [...clusters.map((cluster) => clusterResource(context, cluster)), ...perCluster.flat()];
  },
};

async function collectServices(context: CollectorContext, ecs: ECSClient, cluster: Cluster): Promise<Resource[]> {
  const clusterName = cluster.clusterName ?? 'unknown';
  const serviceArns = await paginate(context, ID, { sdkService: 'ECS', operation: 'ListServices', scope: `services of cluster ${clusterName}` }, async (nextToken) => {
    const page = await ecs.send(new ListServicesCommand({ cluster: cluster.clusterArn, nextToken, maxResults: 100 }));
    return { items: page.serviceArns, next: page.nextToken };
  });
  const batches = await Promise.all(
    chunk(serviceArns, SERVICES_PER_DESCRIBE).map((batch) =>
      attempt(context, ID, { sdkService: 'ECS', operation: 'DescribeServices', scope: `${batch.length} services of cluster ${clusterName}` }, () =>
        ecs.send(new DescribeServicesCommand({ cluster: cluster.clusterArn, services: batch, include: ['TAGS'] })),
      ),
    ),
  );
  return batches.flatMap((batch) => batch?.services ?? []).map((service) => serviceResource(context, clusterName, service));
}

function clusterResource(context: CollectorContext, cluster: Cluster): Resource {
  const insights = cluster.settings?.find((s) => s.name === 'containerInsights')?.value;
  return {
    type: 'ecs:cluster',
    id: cluster.clusterName ?? cluster.clusterArn ?? 'unknown',
    ...(cluster.clusterArn ? { arn: cluster.clusterArn } : {}),
    name: cluster.clusterName ?? 'unknown',
    region: context.config.region,
    ...(cluster.status ? { status: cluster.status } : {}),
    tags: tagsToRecord(cluster.tags),
    attributes: {
      activeServices: cluster.activeServicesCount ?? 0,
      runningTasks: cluster.runningTasksCount ?? 0,
      pendingTasks: cluster.pendingTasksCount ?? 0,
      containerInsights: insights ?? 'disabled',
    },
  };
}

function serviceResource(context: CollectorContext, clusterName: string, service: Service): Resource {
  const primary = service.deployments?.find((d) => d.status === 'PRIMARY');
  const name = service.serviceName ?? 'unknown';
  return {
    type: 'ecs:service',
    id: `${clusterName}/${name}`,
    ...(service.serviceArn ? { arn: service.serviceArn } : {}),
    name,
    region: context.config.region,
    ...(service.status ? { status: service.status } : {}),
    tags: tagsToRecord(service.tags),
    attributes: {
      cluster: clusterName,
      desired: service.desiredCount ?? 0,
      running: service.runningCount ?? 0,
      pending: service.pendingCount ?? 0,
      launchType: service.launchType ?? (service.capacityProviderStrategy?.length ? 'CAPACITY_PROVIDER' : null),
      taskDefinition: service.taskDefinition ? service.taskDefinition.slice(service.taskDefinition.lastIndexOf('/') + 1) : null,
      deployments: service.deployments?.length ?? 0,
      rolloutState: primary?.rolloutState ?? null,
      rolloutStateReason: primary?.rolloutStateReason ?? null,
      deploymentStartedAt: primary?.createdAt?.toISOString() ?? null,
      failedTasks: primary?.failedTasks ?? 0,
      circuitBreaker: service.deploymentConfiguration?.deploymentCircuitBreaker?.enable ?? false,
    },
    events: (service.events ?? []).slice(0, EVENTS_KEPT).map((event) => ({
      at: event.createdAt?.toISOString() ?? '',
      message: event.message ?? '',
    })),
  };
}
