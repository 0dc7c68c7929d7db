import type { Severity } from '../../report/model.js';
import { refOf } from '../../report/model.js';
import type { FindingDraft, ResourceStateDetector } from '../types.js';

// ElastiCache status words (ElastiCache user guide, "Viewing a cluster's details" and
// DescribeReplicationGroups' Status). Failed states need a rebuild; changes in progress are info,
// since ElastiCache keeps serving through most of them.
const STATUS_SEVERITY: Record<string, Severity> = {
  'create-failed': 'high',
  'restore-failed': 'high',
  'incompatible-network': 'high',
  deleting: 'medium',
  deleted: 'medium',
  'rebooting cluster nodes': 'low',
  creating: 'info',
  modifying: 'info',
  snapshotting: 'info',
};
// A status ElastiCache adds later is reported, not ignored: anything but available is worth a look.
const UNKNOWN_STATUS_SEVERITY: Severity = 'medium';

export const elasticacheUnavailable: ResourceStateDetector<'elasticache:replication-group' | 'elasticache:cache-cluster'> = {
  id: 'elasticache_unavailable',
  cause: 'availability',
  title: 'ElastiCache replication group or cache cluster not available',
  description: 'The replication group or cache cluster status is anything but available: failed (high), being deleted (medium), rebooting (low) or changing (info).',
  resourceTypes: ['elasticache:replication-group', 'elasticache:cache-cluster'],
  thresholds: {},
  detect({ resource }) {
    const status = resource.status;
    if (status === undefined || status === 'available') return [];
    const group = resource.type === 'elasticache:replication-group';
    const engine = resource.attributes.engine ?? '';
    const shape: FindingDraft['evidence'] =
      resource.type === 'elasticache:replication-group'
        ? [
            ...(engine ? [{ label: 'engine', value: engine }] : []),
            ...(resource.attributes.shardsNotAvailable
              ? [{ label: 'shards not available', value: `${resource.attributes.shardsNotAvailable} of ${String(resource.attributes.shards ?? '?')}` }]
              : []),
          ]
        : [
            ...(engine ? [{ label: 'engine', value: `${engine} ${resource.attributes.engineVersion ?? ''}`.trim() }] : []),
            ...(resource.attributes.replicationGroup ? [{ label: 'replication group', value: resource.attributes.replicationGroup }] : []),
          ];
    return [
      {
        severity: STATUS_SEVERITY[status] ?? UNKNOWN_STATUS_SEVERITY,
        resource: refOf(resource),
        title: `${group ? 'replication group' : 'cache cluster'} is ${status}`,
        evidence: [{ label: 'status', value: status }, ...shape],
        // No since: ElastiCache does not say when the status changed.
        nextStep: `\`aws elasticache describe-events --source-identifier ${resource.id} --source-type ${group ? 'replication-group' : 'cache-cluster'} --duration 1440\``,
      },
    ];
  },
};
