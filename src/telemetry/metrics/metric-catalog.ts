// Which CloudWatch metrics each resource type is judged on, as data. Adding a metric is adding a row.
// Names, dimensions and statistics follow each service's CloudWatch metrics reference.

import type { Resource, ResourceType } from '../../report/model.js';

export interface Dimension {
  Name: string;
  Value: string;
}

/** What a metric says about the resource; it decides which detectors read it. */
export type MetricRole =
  | 'saturation' // a percentage of a capacity: static thresholds apply
  | 'errors' // counts of failures: spikes, as a rate of `trafficOf` where there is one
  | 'traffic' // the denominator for error rates, and a spike or a drop to zero
  | 'latency' // a sustained rise is a performance degradation
  | 'health' // a gauge where any non-zero value for long enough is bad
  | 'free-capacity'; // runs out: trend to exhaustion

export interface MetricSpec {
  /** Stable id, e.g. alb_target_5xx: in finding ids and in the JSON report. */
  id: string;
  resourceType: ResourceType;
  namespace: string;
  metricName: string;
  /** Average, Sum, Minimum, Maximum or a percentile such as p99. */
  stat: string;
  /** Display unit of the values CloudWatch returns. */
  unit: 'percent' | 'count' | 'seconds' | 'milliseconds' | 'bytes' | 'megabytes' | 'bytes/second';
  label: string;
  role: MetricRole;
  /** Which way is bad. */
  bad: 'up' | 'down';
  /** Static limits in the metric's unit: beyond `warn` is medium, beyond `critical` high. */
  limits?: { warn?: number; critical?: number };
  /** Limits that depend on the resource (a service's desired task count), used instead of `limits`. */
  limitsFor?: (resource: Resource) => { warn?: number; critical?: number } | undefined;
  /** For errors: the traffic metric id (same resource) they are a share of. */
  trafficOf?: string;
  /** For free capacity: the total, in the metric's unit, when the resource says it. */
  capacity?: (resource: Resource) => number | undefined;
  /** The dimensions identifying this resource's series, or undefined when it has none. */
  dimensions: (resource: Resource) => Dimension[] | undefined;
  /** Only for some resources of the type (e.g. replicas for replica lag). */
  appliesTo?: (resource: Resource) => boolean;
}

const attr = (resource: Resource, key: string): string | undefined => {
  const value = resource.attributes[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

const ecsService = (r: Resource): Dimension[] | undefined => {
  const cluster = attr(r, 'cluster');
  return cluster ? [{ Name: 'ClusterName', Value: cluster }, { Name: 'ServiceName', Value: r.name }] : undefined;
};
const alb = (r: Resource): Dimension[] | undefined => {
  const dimension = attr(r, 'metricDimension');
  return dimension && attr(r, 'lbType') === 'application' ? [{ Name: 'LoadBalancer', Value: dimension }] : undefined;
};
const targetGroup = (r: Resource): Dimension[] | undefined => {
  const group = attr(r, 'metricDimension');
  const lb = attr(r, 'loadBalancerDimension');
  return group && lb?.startsWith('app/') ? [{ Name: 'TargetGroup', Value: group }, { Name: 'LoadBalancer', Value: lb }] : undefined;
};
const rdsInstance = (r: Resource): Dimension[] => [{ Name: 'DBInstanceIdentifier', Value: r.id }];
const rdsCluster = (r: Resource): Dimension[] => [{ Name: 'DBClusterIdentifier', Value: r.id }];
// OpenSearch metrics are keyed by domain and the owning account id (ClientId).
const domain = (r: Resource): Dimension[] | undefined => (r.account ? [{ Name: 'DomainName', Value: r.id }, { Name: 'ClientId', Value: r.account }] : undefined);
const dmsTask = (r: Resource): Dimension[] | undefined => {
  const instance = attr(r, 'replicationInstance');
  const taskResourceId = r.arn?.split(':').at(-1);
  return instance && taskResourceId ? [{ Name: 'ReplicationInstanceIdentifier', Value: instance }, { Name: 'ReplicationTaskIdentifier', Value: taskResourceId }] : undefined;
};
const isAurora = (r: Resource) => String(r.attributes.engine ?? '').startsWith('aurora');
const GIB = 1024 ** 3;

export const METRIC_CATALOG: readonly MetricSpec[] = [
  // ECS services (AWS/ECS service-level utilisation).
  { id: 'ecs_cpu', resourceType: 'ecs:service', namespace: 'AWS/ECS', metricName: 'CPUUtilization', stat: 'Average', unit: 'percent', label: 'CPU utilization', role: 'saturation', bad: 'up', limits: { warn: 80, critical: 90 }, dimensions: ecsService },
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
    limitsFor: (r) => (typeof r.attributes.desired === 'number' && r.attributes.desired > 0 ? { warn: r.attributes.desired - 1, critical: 0 } : undefined),
    dimensions: ecsService,
    appliesTo: (r) => r.attributes.containerInsights === 'enabled' || r.attributes.containerInsights === 'enhanced',
  },
  { id: 'ecs_memory', resourceType: 'ecs:service', namespace: 'AWS/ECS', metricName: 'MemoryUtilization', stat: 'Average', unit: 'percent', label: 'memory utilization', role: 'saturation', bad: 'up', limits: { warn: 85, critical: 95 }, dimensions: ecsService },

  // Application load balancers.
  { id: 'alb_requests', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'RequestCount', stat: 'Sum', unit: 'count', label: 'requests', role: 'traffic', bad: 'down', dimensions: alb },
  { id: 'alb_target_5xx', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_5XX_Count', stat: 'Sum', unit: 'count', label: 'target 5xx responses', role: 'errors', bad: 'up', trafficOf: 'alb_requests', dimensions: alb },
  { id: 'alb_elb_5xx', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_ELB_5XX_Count', stat: 'Sum', unit: 'count', label: 'load balancer 5xx responses', role: 'errors', bad: 'up', trafficOf: 'alb_requests', dimensions: alb },
  { id: 'alb_target_4xx', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_4XX_Count', stat: 'Sum', unit: 'count', label: 'target 4xx responses', role: 'errors', bad: 'up', trafficOf: 'alb_requests', dimensions: alb },
  { id: 'alb_elb_4xx', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_ELB_4XX_Count', stat: 'Sum', unit: 'count', label: 'load balancer 4xx responses', role: 'errors', bad: 'up', trafficOf: 'alb_requests', dimensions: alb },
  { id: 'alb_rejected_connections', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'RejectedConnectionCount', stat: 'Sum', unit: 'count', label: 'rejected connections', role: 'health', bad: 'up', limits: { warn: 1 }, dimensions: alb },
  { id: 'alb_response_time', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'Average', unit: 'seconds', label: 'target response time (average)', role: 'latency', bad: 'up', dimensions: alb },
  { id: 'alb_response_time_p50', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'p50', unit: 'seconds', label: 'target response time p50', role: 'latency', bad: 'up', dimensions: alb },
  { id: 'alb_response_time_p90', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'p90', unit: 'seconds', label: 'target response time p90', role: 'latency', bad: 'up', dimensions: alb },
  { id: 'alb_response_time_p99', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'p99', unit: 'seconds', label: 'target response time p99', role: 'latency', bad: 'up', dimensions: alb },

  // Target groups (per service behind the load balancer).
  { id: 'tg_requests', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'RequestCount', stat: 'Sum', unit: 'count', label: 'requests', role: 'traffic', bad: 'down', dimensions: targetGroup },
  { id: 'tg_target_5xx', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_5XX_Count', stat: 'Sum', unit: 'count', label: 'target 5xx responses', role: 'errors', bad: 'up', trafficOf: 'tg_requests', dimensions: targetGroup },
  { id: 'tg_target_4xx', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_4XX_Count', stat: 'Sum', unit: 'count', label: 'target 4xx responses', role: 'errors', bad: 'up', trafficOf: 'tg_requests', dimensions: targetGroup },
  { id: 'tg_unhealthy_hosts', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'UnHealthyHostCount', stat: 'Maximum', unit: 'count', label: 'unhealthy targets', role: 'health', bad: 'up', limits: { warn: 1 }, dimensions: targetGroup },
  { id: 'tg_response_time', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'Average', unit: 'seconds', label: 'target response time (average)', role: 'latency', bad: 'up', dimensions: targetGroup },
  { id: 'tg_response_time_p99', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'p99', unit: 'seconds', label: 'target response time p99', role: 'latency', bad: 'up', dimensions: targetGroup },

  // RDS instances (Aurora instances report storage per cluster, so FreeStorageSpace is skipped for them).
  { id: 'rds_cpu', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'CPUUtilization', stat: 'Average', unit: 'percent', label: 'CPU utilization', role: 'saturation', bad: 'up', limits: { warn: 80, critical: 90 }, dimensions: rdsInstance },
  { id: 'rds_free_storage', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'FreeStorageSpace', stat: 'Minimum', unit: 'bytes', label: 'free storage', role: 'free-capacity', bad: 'down', capacity: (r) => (typeof r.attributes.allocatedStorageGiB === 'number' ? r.attributes.allocatedStorageGiB * GIB : undefined), dimensions: rdsInstance, appliesTo: (r) => !isAurora(r) },
  { id: 'rds_freeable_memory', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'FreeableMemory', stat: 'Minimum', unit: 'bytes', label: 'freeable memory', role: 'free-capacity', bad: 'down', dimensions: rdsInstance },
  { id: 'rds_connections', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'DatabaseConnections', stat: 'Maximum', unit: 'count', label: 'database connections', role: 'traffic', bad: 'up', dimensions: rdsInstance },
  { id: 'rds_read_latency', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'ReadLatency', stat: 'Average', unit: 'seconds', label: 'read latency', role: 'latency', bad: 'up', dimensions: rdsInstance },
  { id: 'rds_write_latency', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'WriteLatency', stat: 'Average', unit: 'seconds', label: 'write latency', role: 'latency', bad: 'up', dimensions: rdsInstance },
  { id: 'rds_disk_queue', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'DiskQueueDepth', stat: 'Average', unit: 'count', label: 'disk queue depth', role: 'latency', bad: 'up', dimensions: rdsInstance, appliesTo: (r) => !isAurora(r) },
  { id: 'rds_replica_lag', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'ReplicaLag', stat: 'Maximum', unit: 'seconds', label: 'replica lag', role: 'health', bad: 'up', limits: { warn: 60, critical: 300 }, dimensions: rdsInstance, appliesTo: (r) => r.attributes.role === 'replica' },
  { id: 'rds_network_in', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'NetworkReceiveThroughput', stat: 'Average', unit: 'bytes/second', label: 'network in', role: 'traffic', bad: 'up', dimensions: rdsInstance },
  { id: 'rds_network_out', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'NetworkTransmitThroughput', stat: 'Average', unit: 'bytes/second', label: 'network out', role: 'traffic', bad: 'up', dimensions: rdsInstance },

  // Aurora clusters.
  { id: 'aurora_cpu', resourceType: 'rds:cluster', namespace: 'AWS/RDS', metricName: 'CPUUtilization', stat: 'Average', unit: 'percent', label: 'CPU utilization', role: 'saturation', bad: 'up', limits: { warn: 80, critical: 90 }, dimensions: rdsCluster },
  { id: 'aurora_freeable_memory', resourceType: 'rds:cluster', namespace: 'AWS/RDS', metricName: 'FreeableMemory', stat: 'Minimum', unit: 'bytes', label: 'freeable memory', role: 'free-capacity', bad: 'down', dimensions: rdsCluster },
  { id: 'aurora_connections', resourceType: 'rds:cluster', namespace: 'AWS/RDS', metricName: 'DatabaseConnections', stat: 'Maximum', unit: 'count', label: 'database connections', role: 'traffic', bad: 'up', dimensions: rdsCluster },
  { id: 'aurora_commit_latency', resourceType: 'rds:cluster', namespace: 'AWS/RDS', metricName: 'CommitLatency', stat: 'Average', unit: 'milliseconds', label: 'commit latency', role: 'latency', bad: 'up', dimensions: rdsCluster },
  { id: 'aurora_replica_lag', resourceType: 'rds:cluster', namespace: 'AWS/RDS', metricName: 'AuroraReplicaLagMaximum', stat: 'Maximum', unit: 'milliseconds', label: 'replica lag', role: 'health', bad: 'up', limits: { warn: 1_000, critical: 10_000 }, dimensions: rdsCluster },

  // OpenSearch domains.
  { id: 'opensearch_red', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: 'ClusterStatus.red', stat: 'Maximum', unit: 'count', label: 'cluster status red', role: 'health', bad: 'up', limits: { critical: 1 }, dimensions: domain },
  { id: 'opensearch_yellow', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: 'ClusterStatus.yellow', stat: 'Maximum', unit: 'count', label: 'cluster status yellow', role: 'health', bad: 'up', limits: { warn: 1 }, dimensions: domain },
  { id: 'opensearch_free_storage', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: 'FreeStorageSpace', stat: 'Minimum', unit: 'megabytes', label: 'free storage (smallest node)', role: 'free-capacity', bad: 'down', capacity: (r) => (typeof r.attributes.ebsVolumeGiB === 'number' ? r.attributes.ebsVolumeGiB * 1024 : undefined), dimensions: domain },
  { id: 'opensearch_cpu', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: 'CPUUtilization', stat: 'Maximum', unit: 'percent', label: 'CPU utilization (busiest node)', role: 'saturation', bad: 'up', limits: { warn: 80, critical: 95 }, dimensions: domain },
  { id: 'opensearch_jvm_pressure', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: 'JVMMemoryPressure', stat: 'Maximum', unit: 'percent', label: 'JVM memory pressure', role: 'saturation', bad: 'up', limits: { warn: 80, critical: 92 }, dimensions: domain },
  { id: 'opensearch_5xx', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: '5xx', stat: 'Sum', unit: 'count', label: '5xx responses', role: 'errors', bad: 'up', dimensions: domain },
  { id: 'opensearch_write_rejected', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: 'ThreadpoolWriteRejected', stat: 'Sum', unit: 'count', label: 'rejected writes', role: 'errors', bad: 'up', dimensions: domain },

  // DMS replication tasks.
  { id: 'dms_cdc_latency_source', resourceType: 'dms:task', namespace: 'AWS/DMS', metricName: 'CDCLatencySource', stat: 'Maximum', unit: 'seconds', label: 'CDC latency at the source', role: 'health', bad: 'up', limits: { warn: 300, critical: 1_800 }, dimensions: dmsTask },
  { id: 'dms_cdc_latency_target', resourceType: 'dms:task', namespace: 'AWS/DMS', metricName: 'CDCLatencyTarget', stat: 'Maximum', unit: 'seconds', label: 'CDC latency at the target', role: 'health', bad: 'up', limits: { warn: 300, critical: 1_800 }, dimensions: dmsTask },
];

/** The catalog's metrics that apply to this resource, with its dimensions. */
export function metricsFor(resource: Resource, catalog: readonly MetricSpec[] = METRIC_CATALOG): Array<{ spec: MetricSpec; dimensions: Dimension[] }> {
  const out: Array<{ spec: MetricSpec; dimensions: Dimension[] }> = [];
  for (const spec of catalog) {
    if (spec.resourceType !== resource.type || (spec.appliesTo && !spec.appliesTo(resource))) continue;
    const dimensions = spec.dimensions(resource);
    if (dimensions) out.push({ spec, dimensions });
  }
  return out;
}

/**
 * Whether a period without a point means zero: CloudWatch publishes a Sum of events (requests, 5xx,
 * rejected writes) only for periods that had some. Any other statistic is a gauge, unknown when absent.
 */
export function absentMeansZero(spec: MetricSpec): boolean {
  return spec.stat === 'Sum';
}
