import { refOf } from '../../report/model.js';
import type { ResourceStateDetector } from '../types.js';

export const rdsNotMultiAz: ResourceStateDetector<'rds:instance'> = {
  id: 'rds_not_multi_az',
  cause: null,
  title: 'RDS primary without Multi-AZ',
  description: 'A standalone or primary DB instance outside Aurora without a standby: an AZ failure takes it down.',
  resourceTypes: ['rds:instance'],
  thresholds: {},
  detect({ resource }) {
    const a = resource.attributes;
    // Aurora instances get availability from the cluster's readers, replicas from their primary.
    if (a.multiAZ === true || a.clusterId || (a.role !== 'standalone' && a.role !== 'primary')) return [];
    return [
      {
        severity: 'low',
        resource: refOf(resource),
        title: 'no Multi-AZ standby: an Availability Zone outage takes this database down',
        evidence: [
          { label: 'multiAZ', value: 'false' },
          { label: 'role', value: a.role ?? 'unknown' },
        ],
        nextStep: `\`aws rds modify-db-instance --db-instance-identifier ${resource.id} --multi-az --apply-immediately\` (brief I/O pause; doubles instance cost)`,
      },
    ];
  },
};
