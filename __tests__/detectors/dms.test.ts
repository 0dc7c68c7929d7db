import { dmsTableErrors } from '../../src/detectors/dms-table-errors/detector.js';
import { dmsTaskFailed } from '../../src/detectors/dms-task-failed/detector.js';
import type { ResourceOf } from '../../src/services/registry.js';
import { NOW, type AttributesOf } from '../support/builders.js';

function aTask(status: string, attributes: AttributesOf<'dms:task'> = {}): ResourceOf<'dms:task'> {
  return {
    type: 'dms:task',
    id: 'orders-to-lake',
    name: 'orders-to-lake',
    region: 'us-east-2',
    status,
    tags: {},
    attributes: { tablesErrored: 0, logGroup: 'dms-tasks-orders-replication', ...attributes },
  };
}

describe('dms_task_failed', () => {
  it('reports a failed task and a task stopped by an error, with the failure as evidence', () => {
    expect(dmsTaskFailed.detect({ resource: aTask('failed', { lastFailureMessage: 'Error executing source loop' }), thresholds: {}, now: NOW })[0]).toMatchObject({
      severity: 'high',
      title: 'replication task failed',
      evidence: expect.arrayContaining([{ label: 'last failure', value: 'Error executing source loop' }]),
    });
    expect(
      dmsTaskFailed.detect({ resource: aTask('stopped', { stopReason: 'Stop Reason FATAL_ERROR', stoppedAt: '2026-11-25T10:00:00.000Z' }), thresholds: {}, now: NOW })[0],
    ).toMatchObject({
      title: 'replication task stopped by an error',
      since: '2026-11-25T10:00:00.000Z',
    });
  });

  it('is silent for running tasks and tasks stopped on purpose', () => {
    expect(dmsTaskFailed.detect({ resource: aTask('running'), thresholds: {}, now: NOW })).toEqual([]);
    expect(dmsTaskFailed.detect({ resource: aTask('stopped', { stopReason: 'Stop Reason NORMAL' }), thresholds: {}, now: NOW })).toEqual([]);
    expect(dmsTaskFailed.detect({ resource: aTask('stopped', { stopReason: 'Stop Reason FULL_LOAD_ONLY_FINISHED' }), thresholds: {}, now: NOW })).toEqual([]);
  });
});

describe('dms_table_errors', () => {
  it('reports errored tables by name', () => {
    const [finding] = dmsTableErrors.detect({
      resource: aTask('running', { tablesErrored: 2, erroredTables: ['public.orders (Table error)', 'public.payments (Table error)'] }),
      thresholds: {},
      now: NOW,
    });
    expect(finding).toMatchObject({ severity: 'high', title: '2 tables in error: the target is missing their data' });
    expect(finding?.evidence).toEqual([{ label: 'tables', value: 'public.orders (Table error), public.payments (Table error)' }]);
  });

  it('is silent with no errored table', () => {
    expect(dmsTableErrors.detect({ resource: aTask('running'), thresholds: {}, now: NOW })).toEqual([]);
  });
});
