import type { Severity } from '../../report/model.js';
import { refOf } from '../../report/model.js';
import type { ResourceStateDetector } from '../types.js';

// RDS status words (RDS user guide, "Viewing DB instance status"). Transitional states such as
// modifying, backing-up, upgrading or rebooting are normal and not listed here.
const STATUS_SEVERITY: Record<string, Severity> = {
  'storage-full': 'critical',
  failed: 'critical',
  'inaccessible-encryption-credentials': 'critical',
  'inaccessible-encryption-credentials-recoverable': 'critical',
  'incompatible-network': 'high',
  'incompatible-option-group': 'high',
  'incompatible-parameters': 'high',
  'incompatible-restore': 'high',
  'incompatible-credentials': 'high',
  'restore-error': 'high',
  'insufficient-capacity': 'high',
  // A stopped production database is usually a mistake, and RDS restarts it after 7 days anyway.
  stopped: 'medium',
  stopping: 'medium',
};

export const rdsUnhealthy: ResourceStateDetector<'rds:instance' | 'rds:cluster'> = {
  id: 'rds_unhealthy',
  cause: 'availability',
  title: 'RDS instance or cluster in a failed or stopped state',
  description: 'The DB instance or cluster status is one RDS documents as failed, incompatible, storage-full or stopped.',
  resourceTypes: ['rds:instance', 'rds:cluster'],
  thresholds: {},
  detect({ resource }) {
    const status = resource.status ?? '';
    const severity = STATUS_SEVERITY[status];
    if (!severity) return [];
    const latestEvent = resource.events?.[0];
    return [
      {
        severity,
        resource: refOf(resource),
        title: `${resource.type === 'rds:cluster' ? 'cluster' : 'DB instance'} is ${status}`,
        evidence: [
          { label: 'status', value: status },
          ...(resource.attributes.engine ? [{ label: 'engine', value: `${resource.attributes.engine} ${resource.attributes.engineVersion ?? ''}`.trim() }] : []),
          ...(latestEvent ? [{ label: 'latest RDS event', value: `${latestEvent.at} ${latestEvent.message}` }] : []),
        ],
        // No since: RDS does not say when the status changed, and the latest event may be unrelated.
        nextStep:
          status === 'storage-full'
            ? `\`aws rds modify-db-instance --db-instance-identifier ${resource.id} --allocated-storage <larger> --apply-immediately\``
            : `\`aws rds describe-events --source-identifier ${resource.id} --source-type ${resource.type === 'rds:cluster' ? 'db-cluster' : 'db-instance'} --duration 1440\``,
      },
    ];
  },
};
