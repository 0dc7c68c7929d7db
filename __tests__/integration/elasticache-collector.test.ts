import { CreateCacheClusterCommand, CreateReplicationGroupCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import nock from 'nock';
import { elasticacheCollector } from '../../src/services/elasticache/collector.js';
import { metricsFor } from '../../src/telemetry/metrics/metric-catalog.js';
import { aConfig } from '../support/builders.js';
import { collectorContext } from '../support/collector-context.js';
import { emulatorClientConfig, useEmulator } from '../support/emulator.js';

const emulator = useEmulator();

beforeAll(async () => {
  const elasticache = new ElastiCacheClient(emulatorClientConfig(emulator().endpoint));
  await elasticache.send(
    new CreateReplicationGroupCommand({
      ReplicationGroupId: 'pp-sessions-production',
      ReplicationGroupDescription: 'web sessions',
      Engine: 'redis',
      CacheNodeType: 'cache.r7g.large',
      NumCacheClusters: 2,
      AutomaticFailoverEnabled: true,
      MultiAZEnabled: true,
      Tags: [{ Key: 'team', Value: 'web' }],
    }),
  );
  await elasticache.send(
    new CreateCacheClusterCommand({
      CacheClusterId: 'pp-fragments-production',
      Engine: 'memcached',
      CacheNodeType: 'cache.t4g.small',
      NumCacheNodes: 3,
      Tags: [{ Key: 'team', Value: 'search' }],
    }),
  );
  elasticache.destroy();
});

describe('ElastiCache collector against the emulator', () => {
  it('reads every replication group and cache cluster, one listing call each', async () => {
    const { context, gaps, clients, calls } = collectorContext(emulator().endpoint, { config: aConfig(), maxAttempts: 1 });
    const resources = await elasticacheCollector.collect(context);
    const made = calls();
    clients.destroy();
    expect(gaps).toEqual([]);
    expect(resources.find((r) => r.id === 'pp-sessions-production')).toMatchObject({
      type: 'elasticache:replication-group',
      arn: expect.stringContaining(':replicationgroup:pp-sessions-production'),
      status: 'available',
      attributes: expect.objectContaining({ engine: 'redis', nodeType: 'cache.r7g.large', shards: 1, shardsNotAvailable: 0, automaticFailover: 'enabled', multiAZ: 'enabled' }),
    });
    expect(resources.find((r) => r.id === 'pp-fragments-production')).toMatchObject({
      type: 'elasticache:cache-cluster',
      status: 'available',
      attributes: expect.objectContaining({ engine: 'memcached', nodeType: 'cache.t4g.small', nodes: 3, replicationGroup: null }),
    });
    // Tags are not read when no tag filter needs them.
    expect(made).toEqual({ DescribeReplicationGroups: 1, DescribeCacheClusters: 1 });
  });

  it('reads tags, one call per resource, only when a tag filter is set', async () => {
    const config = aConfig();
    config.filters.includeTags = [{ key: 'team', value: 'web' }];
    const { context, clients, calls } = collectorContext(emulator().endpoint, { config, maxAttempts: 1 });
    const resources = await elasticacheCollector.collect(context);
    const made = calls();
    clients.destroy();
    expect(resources.find((r) => r.id === 'pp-sessions-production')!.tags).toEqual({ team: 'web' });
    expect(resources.find((r) => r.id === 'pp-fragments-production')!.tags).toEqual({ team: 'search' });
    expect(made).toEqual({ DescribeReplicationGroups: 1, DescribeCacheClusters: 1, ListTagsForResource: resources.length });
  });

  it('judges a Memcached cluster on host CPU, evictions and connections, keyed by CacheClusterId', async () => {
    const { context, clients } = collectorContext(emulator().endpoint, { config: aConfig(), maxAttempts: 1 });
    const resources = await elasticacheCollector.collect(context);
    clients.destroy();
    const metrics = metricsFor(resources.find((r) => r.id === 'pp-fragments-production')!);
    expect(metrics.map((m) => m.spec.id)).toEqual(['elasticache_cpu', 'elasticache_evictions', 'elasticache_connections']);
    expect(metrics[0]!.dimensions).toEqual([{ Name: 'CacheClusterId', Value: 'pp-fragments-production' }]);
  });

  it('reads a replication group member and a failed group as the ElastiCache API documents them', async () => {
    // The emulator lists neither replication group members as cache clusters nor failed states.
    const scope = nock(emulator().endpoint)
      .post('/', (body: unknown) => /Action=DescribeCacheClusters/.test(String(new URLSearchParams(body as Record<string, string>))))
      .reply(
        200,
        `<DescribeCacheClustersResponse xmlns="http://elasticache.amazonaws.com/doc/2015-02-02/"><DescribeCacheClustersResult><CacheClusters><CacheCluster>
          <CacheClusterId>pp-sessions-production-002</CacheClusterId><CacheClusterStatus>available</CacheClusterStatus><Engine>redis</Engine><EngineVersion>7.1.0</EngineVersion>
          <CacheNodeType>cache.r7g.large</CacheNodeType><NumCacheNodes>1</NumCacheNodes><ReplicationGroupId>pp-sessions-production</ReplicationGroupId>
          <PreferredAvailabilityZone>us-east-2b</PreferredAvailabilityZone><ARN>arn:aws:elasticache:us-east-2:123456789012:cluster:pp-sessions-production-002</ARN>
        </CacheCluster></CacheClusters></DescribeCacheClustersResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></DescribeCacheClustersResponse>`,
        { 'content-type': 'text/xml' },
      )
      .post('/', (body: unknown) => /Action=DescribeReplicationGroups/.test(String(new URLSearchParams(body as Record<string, string>))))
      .reply(
        200,
        `<DescribeReplicationGroupsResponse xmlns="http://elasticache.amazonaws.com/doc/2015-02-02/"><DescribeReplicationGroupsResult><ReplicationGroups><ReplicationGroup>
          <ReplicationGroupId>pp-sessions-production</ReplicationGroupId><Status>create-failed</Status><Engine>redis</Engine><ClusterEnabled>true</ClusterEnabled>
          <NodeGroups><NodeGroup><NodeGroupId>0001</NodeGroupId><Status>available</Status></NodeGroup><NodeGroup><NodeGroupId>0002</NodeGroupId><Status>create-failed</Status></NodeGroup></NodeGroups>
        </ReplicationGroup></ReplicationGroups></DescribeReplicationGroupsResult><ResponseMetadata><RequestId>2</RequestId></ResponseMetadata></DescribeReplicationGroupsResponse>`,
        { 'content-type': 'text/xml' },
      );
    const { context, gaps, clients } = collectorContext(emulator().endpoint, { config: aConfig(), maxAttempts: 1, concurrency: 1 });
    const resources = await elasticacheCollector.collect(context);
    clients.destroy();
    scope.done();
    expect(gaps).toEqual([]);
    const member = resources.find((r) => r.id === 'pp-sessions-production-002')!;
    expect(member).toMatchObject({
      type: 'elasticache:cache-cluster',
      attributes: expect.objectContaining({ engine: 'redis', engineVersion: '7.1.0', replicationGroup: 'pp-sessions-production' }),
    });
    expect(metricsFor(member).map((m) => m.spec.id)).toEqual([
      'elasticache_cpu',
      'elasticache_engine_cpu',
      'elasticache_memory',
      'elasticache_evictions',
      'elasticache_connections',
    ]);
    expect(resources.find((r) => r.id === 'pp-sessions-production')).toMatchObject({
      status: 'create-failed',
      attributes: expect.objectContaining({ clusterMode: 'enabled', shards: 2, shardsNotAvailable: 1 }),
    });
  });

  it('records a denied listing as a coverage gap naming the IAM action, and keeps the other listing', async () => {
    nock(emulator().endpoint, { allowUnmocked: true })
      .post('/', (body: unknown) => /Action=DescribeReplicationGroups/.test(String(new URLSearchParams(body as Record<string, string>))))
      .reply(
        403,
        '<ErrorResponse xmlns="http://elasticache.amazonaws.com/doc/2015-02-02/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized to perform: elasticache:DescribeReplicationGroups</Message></Error><RequestId>3</RequestId></ErrorResponse>',
        { 'content-type': 'text/xml' },
      );
    const { context, gaps, clients } = collectorContext(emulator().endpoint, { config: aConfig(), maxAttempts: 1, concurrency: 1 });
    const resources = await elasticacheCollector.collect(context);
    clients.destroy();
    nock.cleanAll();
    expect(gaps).toEqual([
      expect.objectContaining({
        service: 'elasticache',
        operation: 'DescribeReplicationGroups',
        iamAction: 'elasticache:DescribeReplicationGroups',
        reason: expect.stringMatching(/^access denied: grant elasticache:DescribeReplicationGroups/),
      }),
    ]);
    expect(resources.map((r) => r.id)).toEqual(['pp-fragments-production']);
  });
});
