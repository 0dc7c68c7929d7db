// Amazon RDS metrics: names, dimensions and statistics follow the service's CloudWatch metrics reference.

import type { Resource } from '../../report/model.js';
import type { Dimension, MetricSpec } from '../../telemetry/metrics/metric-spec.js';

const rdsInstance = (r: Resource): Dimension[] => [{ Name: 'DBInstanceIdentifier', Value: r.id }];
const rdsCluster = (r: Resource): Dimension[] => [{ Name: 'DBClusterIdentifier', Value: r.id }];
const isAurora = (r: Resource) => String(r.attributes.engine ?? '').startsWith('aurora');
const GIB = 1024 ** 3;

export const RDS_METRICS: readonly MetricSpec[] = [
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
];
