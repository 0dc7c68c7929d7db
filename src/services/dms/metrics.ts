// AWS DMS metrics: names, dimensions and statistics follow the service's CloudWatch metrics reference.

import type { Resource } from '../../report/model.js';
import type { Dimension, MetricSpec } from '../../telemetry/metrics/metric-spec.js';
import { textAttribute } from '../attribute-values.js';
import type { ReplicationTaskAttributes } from './attributes.js';

const dmsTask = (r: Resource): Dimension[] | undefined => {
  const instance = textAttribute<ReplicationTaskAttributes>(r, 'replicationInstance');
  const taskResourceId = r.arn?.split(':').at(-1);
  return instance && taskResourceId
    ? [
        { Name: 'ReplicationInstanceIdentifier', Value: instance },
        { Name: 'ReplicationTaskIdentifier', Value: taskResourceId },
      ]
    : undefined;
};

export const DMS_METRICS: readonly MetricSpec[] = [
  // DMS replication tasks.
  {
    id: 'dms_cdc_latency_source',
    resourceType: 'dms:task',
    namespace: 'AWS/DMS',
    metricName: 'CDCLatencySource',
    stat: 'Maximum',
    unit: 'seconds',
    label: 'CDC latency at the source',
    role: 'health',
    bad: 'up',
    limits: { warn: 300, critical: 1_800 },
    dimensions: dmsTask,
  },
  {
    id: 'dms_cdc_latency_target',
    resourceType: 'dms:task',
    namespace: 'AWS/DMS',
    metricName: 'CDCLatencyTarget',
    stat: 'Maximum',
    unit: 'seconds',
    label: 'CDC latency at the target',
    role: 'health',
    bad: 'up',
    limits: { warn: 300, critical: 1_800 },
    dimensions: dmsTask,
  },
];
