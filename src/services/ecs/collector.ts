// ECS: every cluster and service, with desired/running/pending counts, deployments and events.

import {
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ECSClient,
  ListClustersCommand,
  ListServicesCommand,
  ListTasksCommand,
  type Cluster,
  type Failure,
  type Service,
  type Task,
  type TaskDefinition,
} from '@aws-sdk/client-ecs';
import type { Resource, StoppedTask } from '../../report/model.js';
import { attempt, paginate } from '../../collectors/attempt.js';
import { chunk } from '../../chunk.js';
import { nameFromArn, tagsToRecord } from '../../collectors/sdk-shapes.js';
import { filterLabel, makeNameFilter } from '../../collectors/resource-filter.js';
import type { Collector, CollectorContext } from '../../collectors/types.js';
import type { EcsClusterAttributes, EcsServiceAttributes } from './attributes.js';

type EcsServiceResource = Resource<EcsServiceAttributes>;

const ID = 'ecs';
const SERVICES_PER_DESCRIBE = 10; // DescribeServices' documented maximum
const CLUSTERS_PER_DESCRIBE = 100;
const TASKS_PER_DESCRIBE = 100;
// Enough to reach back past a burst of repeated health-check events to the last steady state.
const EVENTS_KEPT = 30;
const STOPPED_TASKS_KEPT = 20;

export const ecsCollector: Collector = {
  id: ID,
  title: 'Amazon ECS',
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
        reportFailures(context, 'DescribeClusters', 'cluster', described?.failures);
      }),
    );
    context.progress(`ECS: ${clusters.length} clusters`);
    const perCluster = await Promise.all(clusters.map((cluster) => collectServices(context, ecs, cluster)));
    const services = perCluster.flatMap((c) => c.services);
    const clusterResources = clusters.map((cluster, i) => clusterResource(context, cluster, perCluster[i]!.listed));
    // The metric catalog reads Container Insights only for services whose cluster has it on.
    const insights = new Map(clusterResources.map((c) => [c.name, c.attributes.containerInsights]));
    for (const service of services) service.attributes.containerInsights = insights.get(service.attributes.cluster) ?? 'disabled';
    // One DescribeTaskDefinition per revision: only worth it when the logs are read.
    if (context.config.logs.enabled) await addLogGroups(context, ecs, services);
    return [...clusterResources, ...services];
  },
};

/**
 * One service, for the post-deploy gate: DescribeServices, then its task definition's log groups
 * (two calls instead of listing the account). Undefined when ECS does not know it.
 */
export async function describeOneService(
  context: CollectorContext,
  cluster: string,
  name: string,
): Promise<{ service: EcsServiceResource; targetGroupArns: string[] } | undefined> {
  const ecs = context.clients.get(ECSClient);
  const described = await attempt(context, ID, { sdkService: 'ECS', operation: 'DescribeServices', scope: `service ${name} of cluster ${cluster}` }, () =>
    ecs.send(new DescribeServicesCommand({ cluster, services: [name], include: ['TAGS'] })),
  );
  const found = described?.services?.find((s) => s.status !== 'INACTIVE');
  if (!found) return undefined;
  const service = serviceResource(context, cluster, found);
  if (context.config.logs.enabled) await addLogGroups(context, ecs, [service]);
  return { service, targetGroupArns: (found.loadBalancers ?? []).map((lb) => lb.targetGroupArn).filter((arn): arn is string => Boolean(arn)) };
}

async function collectServices(context: CollectorContext, ecs: ECSClient, cluster: Cluster): Promise<{ services: EcsServiceResource[]; listed: number }> {
  const [{ services, listed }, stopped] = await Promise.all([describeServices(context, ecs, cluster), stoppedTasksByService(context, ecs, cluster)]);
  for (const service of services) {
    const tasks = stopped.get(service.name);
    if (tasks) service.stoppedTasks = tasks.slice(0, STOPPED_TASKS_KEPT);
    service.attributes.stoppedTasks = tasks?.length ?? 0;
  }
  return { services, listed };
}

/** Stopped tasks of the whole cluster in one listing (ECS keeps them about an hour), by service name. */
async function stoppedTasksByService(context: CollectorContext, ecs: ECSClient, cluster: Cluster): Promise<Map<string, StoppedTask[]>> {
  const clusterName = cluster.clusterName ?? 'unknown';
  const taskArns = await paginate(context, ID, { sdkService: 'ECS', operation: 'ListTasks', scope: `stopped tasks of cluster ${clusterName}` }, async (nextToken) => {
    const page = await ecs.send(new ListTasksCommand({ cluster: cluster.clusterArn, desiredStatus: 'STOPPED', nextToken, maxResults: 100 }));
    return { items: page.taskArns, next: page.nextToken };
  });
  const described = await Promise.all(
    chunk(taskArns, TASKS_PER_DESCRIBE).map((batch) =>
      attempt(context, ID, { sdkService: 'ECS', operation: 'DescribeTasks', scope: `${batch.length} stopped tasks of cluster ${clusterName}` }, () =>
        ecs.send(new DescribeTasksCommand({ cluster: cluster.clusterArn, tasks: batch })),
      ),
    ),
  );
  for (const d of described) reportFailures(context, 'DescribeTasks', 'stopped task', d?.failures);
  const byService = new Map<string, StoppedTask[]>();
  for (const task of described.flatMap((d) => d?.tasks ?? [])) {
    const service = task.group?.startsWith('service:') ? task.group.slice('service:'.length) : undefined;
    if (!service) continue;
    const tasks = byService.get(service) ?? [];
    if (tasks.length === 0) byService.set(service, tasks);
    tasks.push(stoppedTask(task));
  }
  for (const tasks of byService.values()) tasks.sort((a, b) => (b.stoppedAt ?? '').localeCompare(a.stoppedAt ?? ''));
  return byService;
}

function stoppedTask(task: Task): StoppedTask {
  const stoppedAt = (task.stoppedAt ?? task.stoppingAt)?.toISOString();
  return {
    ...(stoppedAt ? { stoppedAt } : {}),
    reason: task.stoppedReason ?? 'unknown',
    ...(task.stopCode ? { stopCode: task.stopCode } : {}),
    failedContainers: (task.containers ?? []).filter((c) => c.exitCode !== undefined && c.exitCode !== 0).map((c) => `${c.name}=${c.exitCode}`),
    ...(task.taskDefinitionArn ? { taskDefinition: task.taskDefinitionArn.slice(task.taskDefinitionArn.lastIndexOf('/') + 1) } : {}),
  };
}

/**
 * The awslogs log groups of each service's task definition, for the log checks. DescribeTaskDefinition
 * takes one definition per call, so each distinct revision is described once.
 */
async function addLogGroups(context: CollectorContext, ecs: ECSClient, services: EcsServiceResource[]): Promise<void> {
  const revisions = [...new Set(services.map((s) => s.attributes.taskDefinition).filter((t): t is string => t !== null))];
  const definitions = new Map<string, TaskDefinition | undefined>();
  await Promise.all(
    revisions.map(async (revision) => {
      const result = await attempt(context, ID, { sdkService: 'ECS', operation: 'DescribeTaskDefinition', scope: `log groups of task definition ${revision}` }, () =>
        ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: revision })),
      );
      definitions.set(revision, result?.taskDefinition);
    }),
  );
  for (const service of services) {
    const definition = service.attributes.taskDefinition === null ? undefined : definitions.get(service.attributes.taskDefinition);
    // null, not []: the definition could not be read (a coverage gap says why), so its logs are unknown.
    if (!definition) {
      service.attributes.logGroups = null;
      service.attributes.logStreamPrefixes = null;
      continue;
    }
    const logConfigs = (definition.containerDefinitions ?? []).map((c) => c.logConfiguration).filter((l) => l?.logDriver === 'awslogs');
    const options = (name: string) => [...new Set(logConfigs.map((l) => l?.options?.[name]).filter((value): value is string => Boolean(value)))];
    service.attributes.logGroups = options('awslogs-group');
    service.attributes.logStreamPrefixes = options('awslogs-stream-prefix');
  }
}

async function describeServices(context: CollectorContext, ecs: ECSClient, cluster: Cluster): Promise<{ services: EcsServiceResource[]; listed: number }> {
  const keepName = makeNameFilter(context.config.filters);
  const clusterName = cluster.clusterName ?? 'unknown';
  const serviceArns = await paginate(context, ID, { sdkService: 'ECS', operation: 'ListServices', scope: `services of cluster ${clusterName}` }, async (nextToken) => {
    const page = await ecs.send(new ListServicesCommand({ cluster: cluster.clusterArn, nextToken, maxResults: 100 }));
    return { items: page.serviceArns, next: page.nextToken };
  });
  // Services the name filters would drop are not described at all.
  const wanted = serviceArns.filter((arn) => keepName(nameFromArn(arn)));
  const label = filterLabel(context.config.filters);
  if (label && wanted.length < serviceArns.length) context.filtered?.({ type: 'ecs:service', seen: serviceArns.length, kept: wanted.length, filter: label });
  const batches = await Promise.all(
    chunk(wanted, SERVICES_PER_DESCRIBE).map((batch) =>
      attempt(context, ID, { sdkService: 'ECS', operation: 'DescribeServices', scope: `${batch.length} services of cluster ${clusterName}` }, () =>
        ecs.send(new DescribeServicesCommand({ cluster: cluster.clusterArn, services: batch, include: ['TAGS'] })),
      ),
    ),
  );
  for (const batch of batches) reportFailures(context, 'DescribeServices', 'service', batch?.failures);
  const services = batches.flatMap((batch) => batch?.services ?? []).map((service) => serviceResource(context, clusterName, service));
  return { services, listed: serviceArns.length };
}

/** ECS's Describe calls succeed while naming items they could not describe: those are gaps, not omissions. */
function reportFailures(context: CollectorContext, operation: string, what: string, failures: Failure[] | undefined): void {
  for (const failure of failures ?? []) {
    context.gap({
      service: ID,
      operation,
      iamAction: `ecs:${operation}`,
      scope: `${what} ${failure.arn ?? 'unknown'}`,
      reason: `ECS answered ${failure.reason ?? 'a failure'}${failure.detail ? `: ${failure.detail}` : ''}`,
    });
  }
}

/** listed: the services ListServices returned, which is exact where activeServicesCount lags. */
function clusterResource(context: CollectorContext, cluster: Cluster, listed: number): Resource<EcsClusterAttributes> {
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
      activeServices: Math.max(listed, cluster.activeServicesCount ?? 0),
      runningTasks: cluster.runningTasksCount ?? 0,
      pendingTasks: cluster.pendingTasksCount ?? 0,
      containerInsights: insights ?? 'disabled',
    },
  };
}

function serviceResource(context: CollectorContext, clusterName: string, service: Service): EcsServiceResource {
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
      // Target group names, from their ARNs (…:targetgroup/NAME/ID): the load-balancer checks join on these.
      targetGroups: (service.loadBalancers ?? []).map((lb) => lb.targetGroupArn?.split('/')[1]).filter((name): name is string => Boolean(name)),
    },
    events: (service.events ?? []).slice(0, EVENTS_KEPT).map((event) => ({
      at: event.createdAt?.toISOString() ?? '',
      message: event.message ?? '',
    })),
  };
}
