import { elasticacheUnavailable } from '../../src/detectors/elasticache-unavailable/detector.js';
import type { ResourceOf } from '../../src/services/registry.js';
import { NOW, type AttributesOf } from '../support/builders.js';

type CacheType = 'elasticache:replication-group' | 'elasticache:cache-cluster';

function aCache<T extends CacheType>(type: T, status: string, attributes: AttributesOf<T> = {}): ResourceOf<T> {
  return { type, id: 'pp-sessions-production', name: 'pp-sessions-production', region: 'us-east-2', status, tags: {}, attributes: { engine: 'redis', ...attributes } };
}

const detect = (resource: ResourceOf<CacheType>) => elasticacheUnavailable.detect({ resource, thresholds: {}, now: NOW });

describe('elasticache_unavailable', () => {
  it.each([
    ['create-failed', 'high'],
    ['restore-failed', 'high'],
    ['incompatible-network', 'high'],
    ['deleting', 'medium'],
    ['rebooting cluster nodes', 'low'],
    ['modifying', 'info'],
    ['snapshotting', 'info'],
  ])('grades %s as %s', (status, severity) => {
    expect(detect(aCache('elasticache:cache-cluster', status))[0]?.severity).toBe(severity);
  });

  it('is silent while available', () => {
    expect(detect(aCache('elasticache:replication-group', 'available'))).toEqual([]);
  });

  it('reports a status it does not know as medium rather than ignoring it', () => {
    expect(detect(aCache('elasticache:cache-cluster', 'inaccessible-encryption-credentials'))[0]).toMatchObject({
      severity: 'medium',
      title: 'cache cluster is inaccessible-encryption-credentials',
    });
  });

  it('names the failed shards of a replication group and where to read its events', () => {
    const [finding] = detect(aCache('elasticache:replication-group', 'create-failed', { shards: 3, shardsNotAvailable: 1 }));
    expect(finding?.title).toBe('replication group is create-failed');
    expect(finding?.evidence).toContainEqual({ label: 'shards not available', value: '1 of 3' });
    expect(finding?.nextStep).toBe('`aws elasticache describe-events --source-identifier pp-sessions-production --source-type replication-group --duration 1440`');
  });
});
