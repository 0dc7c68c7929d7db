// Amazon ElastiCache metrics (AWS/ElastiCache), per cache cluster: host-level CPU for every engine,
// engine CPU and memory for Valkey/Redis OSS. Names and statistics follow the ElastiCache user
// guide's "Which metrics should I monitor?"; limits are its recommended alarm levels.

import type { Resource } from '../../report/model.js';
import type { Dimension, MetricSpec } from '../../telemetry/metrics/metric-spec.js';
import { textAttribute } from '../attribute-values.js';
import type { CacheClusterAttributes } from './attributes.js';

// A Redis OSS or Valkey node is one cache cluster, so CacheClusterId names one node's series;
// for Memcached it is the cluster's aggregate over its nodes.
const cacheCluster = (r: Resource): Dimension[] => [{ Name: 'CacheClusterId', Value: r.id }];
// Valkey and Redis OSS run commands on one thread: EngineCPUUtilization is the CPU that matters.
const isRedisLike = (r: Resource) => ['redis', 'valkey'].includes(textAttribute<CacheClusterAttributes>(r, 'engine') ?? '');

export const ELASTICACHE_METRICS: readonly MetricSpec[] = [
  {
    id: 'elasticache_cpu',
    resourceType: 'elasticache:cache-cluster',
    namespace: 'AWS/ElastiCache',
    metricName: 'CPUUtilization',
    stat: 'Average',
    unit: 'percent',
    label: 'CPU utilization',
    role: 'saturation',
    bad: 'up',
    limits: { warn: 80, critical: 90 },
    dimensions: cacheCluster,
  },
  {
    id: 'elasticache_engine_cpu',
    resourceType: 'elasticache:cache-cluster',
    namespace: 'AWS/ElastiCache',
    metricName: 'EngineCPUUtilization',
    stat: 'Average',
    unit: 'percent',
    label: 'engine CPU utilization',
    role: 'saturation',
    bad: 'up',
    limits: { warn: 80, critical: 90 },
    dimensions: cacheCluster,
    appliesTo: isRedisLike,
  },
  {
    id: 'elasticache_memory',
    resourceType: 'elasticache:cache-cluster',
    namespace: 'AWS/ElastiCache',
    metricName: 'DatabaseMemoryUsagePercentage',
    stat: 'Maximum',
    unit: 'percent',
    label: 'memory used (of maxmemory)',
    role: 'saturation',
    bad: 'up',
    limits: { warn: 80, critical: 90 },
    dimensions: cacheCluster,
    appliesTo: isRedisLike,
  },
  {
    id: 'elasticache_evictions',
    resourceType: 'elasticache:cache-cluster',
    namespace: 'AWS/ElastiCache',
    metricName: 'Evictions',
    stat: 'Sum',
    unit: 'count',
    label: 'keys evicted for memory',
    role: 'errors',
    bad: 'up',
    dimensions: cacheCluster,
  },
  {
    id: 'elasticache_connections',
    resourceType: 'elasticache:cache-cluster',
    namespace: 'AWS/ElastiCache',
    metricName: 'CurrConnections',
    stat: 'Maximum',
    unit: 'count',
    label: 'client connections',
    role: 'traffic',
    bad: 'up',
    dimensions: cacheCluster,
  },
];
