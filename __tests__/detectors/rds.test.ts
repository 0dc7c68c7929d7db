import { rdsFailureEvents } from '../../src/detectors/rds-failure-events/detector.js';
import { rdsNotMultiAz } from '../../src/detectors/rds-not-multi-az/detector.js';
import { rdsPendingMaintenance } from '../../src/detectors/rds-pending-maintenance/detector.js';
import { rdsUnhealthy } from '../../src/detectors/rds-unhealthy/detector.js';
import type { Resource } from '../../src/report/model.js';
import type { ResourceOf } from '../../src/services/registry.js';
import { NOW, type AttributesOf } from '../support/builders.js';

function aDatabase(status = 'available', attributes: AttributesOf<'rds:instance'> = {}, events: Resource['events'] = []): ResourceOf<'rds:instance'> {
  return {
    type: 'rds:instance',
    id: 'orders-db',
    arn: 'arn:aws:rds:us-east-2:123456789012:db:orders-db',
    name: 'orders-db',
    region: 'us-east-2',
    status,
    tags: {},
    attributes: { engine: 'postgres', engineVersion: '16.4', multiAZ: true, role: 'standalone', clusterId: null, ...attributes },
    events,
  };
}

describe('rds_unhealthy', () => {
  it.each([
    ['storage-full', 'critical'],
    ['failed', 'critical'],
    ['incompatible-parameters', 'high'],
    ['stopped', 'medium'],
  ])('grades %s as %s', (status, severity) => {
    expect(rdsUnhealthy.detect({ resource: aDatabase(status), thresholds: {}, now: NOW })[0]?.severity).toBe(severity);
  });

  it.each(['available', 'backing-up', 'modifying', 'upgrading', 'rebooting', 'configuring-enhanced-monitoring'])('is silent while %s', (status) => {
    expect(rdsUnhealthy.detect({ resource: aDatabase(status), thresholds: {}, now: NOW })).toEqual([]);
  });

  it('quotes the latest RDS event without claiming it dates the status', () => {
    const [finding] = rdsUnhealthy.detect({
      resource: aDatabase('storage-full', {}, [{ at: '2026-11-25T10:00:00.000Z', message: 'DB instance has run out of storage space' }]),
      thresholds: {},
      now: NOW,
    });
    expect(finding?.evidence).toContainEqual({ label: 'latest RDS event', value: '2026-11-25T10:00:00.000Z DB instance has run out of storage space' });
    expect(finding?.since).toBeUndefined();
    expect(finding?.nextStep).toMatch(/--allocated-storage/);
  });
});

describe('rds_failure_events', () => {
  const detect = (messages: string[]) =>
    // Newest first, as RDS events are kept on a resource.
    rdsFailureEvents.detect({
      resource: aDatabase(
        'available',
        {},
        messages.map((message, i) => ({ at: `2026-11-25T1${5 - i}:00:00.000Z`, message })),
      ),
      thresholds: {},
      now: NOW,
    });

  it('reports failovers and restarts, worst first, since the earliest', () => {
    const [finding] = detect(['DB instance restarted', 'Multi-AZ instance failover started', 'Backing up DB instance']);
    expect(finding?.severity).toBe('high');
    expect(finding?.title).toBe('RDS reported failover, restart (2 events)');
    expect(finding?.since).toBe('2026-11-25T14:00:00.000Z');
  });

  it('treats low free storage as high', () => {
    expect(detect(['The free storage capacity for DB Instance orders-db is low at 4% of the provisioned storage'])[0]?.severity).toBe('high');
  });

  it('ignores routine events', () => {
    expect(detect(['DB instance created', 'Backing up DB instance', 'Finished DB Instance backup', 'Creating automated snapshot'])).toEqual([]);
  });
});

describe('rds_pending_maintenance', () => {
  const detect = (autoApplyAfter: string | null) =>
    rdsPendingMaintenance.detect({
      resource: aDatabase('available', { pendingMaintenance: ['system-update'], pendingMaintenanceAutoApplyAfter: autoApplyAfter }),
      thresholds: { urgent_within_days: 7 },
      now: NOW,
    });

  it('is low when nothing forces it soon, medium when AWS applies it within the threshold', () => {
    expect(detect(null)[0]?.severity).toBe('low');
    expect(detect('2027-02-01T00:00:00.000Z')[0]?.severity).toBe('low');
    expect(detect('2026-11-28T00:00:00.000Z')[0]?.severity).toBe('medium');
  });

  it('is silent with nothing pending', () => {
    expect(rdsPendingMaintenance.detect({ resource: aDatabase(), thresholds: { urgent_within_days: 7 }, now: NOW })).toEqual([]);
  });
});

describe('rds_not_multi_az', () => {
  it('notes a standalone or primary instance without a standby', () => {
    expect(rdsNotMultiAz.detect({ resource: aDatabase('available', { multiAZ: false }), thresholds: {}, now: NOW })[0]?.severity).toBe('low');
    expect(rdsNotMultiAz.detect({ resource: aDatabase('available', { multiAZ: false, role: 'primary' }), thresholds: {}, now: NOW })).toHaveLength(1);
  });

  it('is silent for replicas, Aurora members and Multi-AZ instances', () => {
    expect(rdsNotMultiAz.detect({ resource: aDatabase('available', { multiAZ: false, role: 'replica' }), thresholds: {}, now: NOW })).toEqual([]);
    expect(rdsNotMultiAz.detect({ resource: aDatabase('available', { multiAZ: false, role: 'writer', clusterId: 'catalog' }), thresholds: {}, now: NOW })).toEqual([]);
    expect(rdsNotMultiAz.detect({ resource: aDatabase(), thresholds: {}, now: NOW })).toEqual([]);
  });
});
