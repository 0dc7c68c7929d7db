import { refOf } from '../../report/model.js';
import type { ResourceStateDetector } from '../types.js';

export const dmsTableErrors: ResourceStateDetector<'dms:task'> = {
  id: 'dms_table_errors',
  cause: 'errors',
  title: 'DMS tables in error',
  description: 'Tables the replication task could not load or replicate: their data is missing or stale in the target.',
  resourceTypes: ['dms:task'],
  thresholds: {},
  detect({ resource }) {
    const errored = resource.attributes.tablesErrored ?? 0;
    if (errored <= 0) return [];
    return [
      {
        severity: 'high',
        resource: refOf(resource),
        title: `${errored} table${errored === 1 ? '' : 's'} in error: the target is missing their data`,
        evidence: resource.attributes.erroredTables?.length ? [{ label: 'tables', value: resource.attributes.erroredTables.join(', ') }] : [],
        nextStep: `\`aws dms describe-table-statistics --replication-task-arn ${resource.arn ?? resource.id}\`, then reload the tables after fixing the cause`,
      },
    ];
  },
};
