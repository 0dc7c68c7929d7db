import { refOf } from '../../report/model.js';
import type { ResourceStateDetector } from '../types.js';

// Stop reasons DMS gives for a task that stopped by itself after an error (DMS API reference, StopReason).
const ERROR_STOP = /error|fail/i;

export const dmsTaskFailed: ResourceStateDetector<'dms:task'> = {
  id: 'dms_task_failed',
  cause: 'availability',
  title: 'DMS replication task failed or stopped by an error',
  description: 'The task status is failed, or it stopped with an error stop reason or failure message.',
  resourceTypes: ['dms:task'],
  thresholds: {},
  detect({ resource }) {
    const a = resource.attributes;
    const stopReason = typeof a.stopReason === 'string' ? a.stopReason : '';
    const failure = typeof a.lastFailureMessage === 'string' ? a.lastFailureMessage : '';
    const failed = resource.status === 'failed' || (resource.status === 'stopped' && (ERROR_STOP.test(stopReason) || failure !== ''));
    if (!failed) return [];
    return [
      {
        severity: 'high',
        resource: refOf(resource),
        title: resource.status === 'failed' ? 'replication task failed' : 'replication task stopped by an error',
        evidence: [
          ...(failure ? [{ label: 'last failure', value: failure }] : []),
          ...(stopReason ? [{ label: 'stop reason', value: stopReason }] : []),
          ...(a.replicationInstance ? [{ label: 'replication instance', value: `${a.replicationInstance} (${a.replicationInstanceStatus ?? '?'})` }] : []),
        ],
        ...(typeof a.stoppedAt === 'string' ? { since: a.stoppedAt } : {}),
        nextStep: `read the task log in CloudWatch Logs group ${a.logGroup ?? 'dms-tasks-<instance>'} (lines with ]E:), fix, then resume the task`,
      },
    ];
  },
};
