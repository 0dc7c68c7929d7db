// Amazon OpenSearch Service metrics: names, dimensions and statistics follow the service's CloudWatch metrics reference.

import type { Resource } from '../../report/model.js';
import type { Dimension, MetricSpec } from '../../telemetry/metrics/metric-spec.js';
import { numberAttribute } from '../attribute-values.js';
import type { DomainAttributes } from './attributes.js';

// OpenSearch metrics are keyed by domain and the owning account id (ClientId).
const domain = (r: Resource): Dimension[] | undefined =>
  r.account
    ? [
        { Name: 'DomainName', Value: r.id },
        { Name: 'ClientId', Value: r.account },
      ]
    : undefined;

export const OPENSEARCH_METRICS: readonly MetricSpec[] = [
  // OpenSearch domains.
  {
    id: 'opensearch_red',
    resourceType: 'opensearch:domain',
    namespace: 'AWS/ES',
    metricName: 'ClusterStatus.red',
    stat: 'Maximum',
    unit: 'count',
    label: 'cluster status red',
    role: 'health',
    bad: 'up',
    limits: { critical: 1 },
    dimensions: domain,
  },
  {
    id: 'opensearch_yellow',
    resourceType: 'opensearch:domain',
    namespace: 'AWS/ES',
    metricName: 'ClusterStatus.yellow',
    stat: 'Maximum',
    unit: 'count',
    label: 'cluster status yellow',
    role: 'health',
    bad: 'up',
    limits: { warn: 1 },
    dimensions: domain,
  },
  {
    id: 'opensearch_free_storage',
    resourceType: 'opensearch:domain',
    namespace: 'AWS/ES',
    metricName: 'FreeStorageSpace',
    stat: 'Minimum',
    unit: 'megabytes',
    label: 'free storage (smallest node)',
    role: 'free-capacity',
    bad: 'down',
    capacity: (r) => {
      const volume = numberAttribute<DomainAttributes>(r, 'ebsVolumeGiB');
      return volume === undefined ? undefined : volume * 1024;
    },
    dimensions: domain,
  },
  {
    id: 'opensearch_cpu',
    resourceType: 'opensearch:domain',
    namespace: 'AWS/ES',
    metricName: 'CPUUtilization',
    stat: 'Maximum',
    unit: 'percent',
    label: 'CPU utilization (busiest node)',
    role: 'saturation',
    bad: 'up',
    limits: { warn: 80, critical: 95 },
    dimensions: domain,
  },
  {
    id: 'opensearch_jvm_pressure',
    resourceType: 'opensearch:domain',
    namespace: 'AWS/ES',
    metricName: 'JVMMemoryPressure',
    stat: 'Maximum',
    unit: 'percent',
    label: 'JVM memory pressure',
    role: 'saturation',
    bad: 'up',
    limits: { warn: 80, critical: 92 },
    dimensions: domain,
  },
  {
    id: 'opensearch_5xx',
    resourceType: 'opensearch:domain',
    namespace: 'AWS/ES',
    metricName: '5xx',
    stat: 'Sum',
    unit: 'count',
    label: '5xx responses',
    role: 'errors',
    bad: 'up',
    dimensions: domain,
  },
  {
    id: 'opensearch_write_rejected',
    resourceType: 'opensearch:domain',
    namespace: 'AWS/ES',
    metricName: 'ThreadpoolWriteRejected',
    stat: 'Sum',
    unit: 'count',
    label: 'rejected writes',
    role: 'errors',
    bad: 'up',
    dimensions: domain,
  },
];
