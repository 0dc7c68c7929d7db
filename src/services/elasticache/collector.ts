// ElastiCache: every replication group (Valkey/Redis OSS, with its shards and failover settings)
// and every cache cluster (Memcached clusters, single-node Redis OSS clusters and the member nodes
// of replication groups), with their status. Two listings for the whole region.

import {
  DescribeCacheClustersCommand,
  DescribeReplicationGroupsCommand,
  ElastiCacheClient,
  ListTagsForResourceCommand,
  type CacheCluster,
  type ReplicationGroup,
} from '@aws-sdk/client-elasticache';
import type { Resource } from '../../report/model.js';
import { attempt, paginate } from '../../collectors/attempt.js';
import { tagsToRecord } from '../../collectors/sdk-shapes.js';
import type { Collector, CollectorContext } from '../../collectors/types.js';
import type { CacheClusterAttributes, ReplicationGroupAttributes } from './attributes.js';

const ID = 'elasticache';
const PAGE = 100; // MaxRecords' documented maximum

export const elasticacheCollector: Collector = {
  id: ID,
  title: 'Amazon ElastiCache',
  async collect(context) {
    const elasticache = context.clients.get(ElastiCacheClient);
    const scope = (operation: string, what: string) => ({ sdkService: 'ElastiCache', operation, scope: what });
    const [groups, clusters] = await Promise.all([
      paginate(context, ID, scope('DescribeReplicationGroups', 'ElastiCache replication groups'), async (Marker) => {
        const page = await elasticache.send(new DescribeReplicationGroupsCommand({ Marker, MaxRecords: PAGE }));
        return { items: page.ReplicationGroups, next: page.Marker };
      }),
      paginate(context, ID, scope('DescribeCacheClusters', 'ElastiCache cache clusters'), async (Marker) => {
        const page = await elasticache.send(new DescribeCacheClustersCommand({ Marker, MaxRecords: PAGE }));
        return { items: page.CacheClusters, next: page.Marker };
      }),
    ]);
    context.progress(`ElastiCache: ${groups.length} replication groups, ${clusters.length} cache clusters`);
    const resources = [...groups.map((group) => groupResource(context, group)), ...clusters.map((cluster) => clusterResource(context, cluster))];
    // Tags cost one call per resource: read them only when a tag filter needs them.
    const { includeTags, excludeTags } = context.config.filters;
    if (includeTags.length > 0 || excludeTags.length > 0) {
      await Promise.all(
        resources.map(async (resource) => {
          if (!resource.arn) return;
          const tags = await attempt(context, ID, scope('ListTagsForResource', `tags of ElastiCache ${resource.type.split(':')[1]} ${resource.id}`), () =>
            elasticache.send(new ListTagsForResourceCommand({ ResourceName: resource.arn })),
          );
          resource.tags = tagsToRecord(tags?.TagList);
        }),
      );
    }
    return resources;
  },
};

function groupResource(context: CollectorContext, group: ReplicationGroup): Resource<ReplicationGroupAttributes> {
  const id = group.ReplicationGroupId ?? 'unknown';
  const shards = group.NodeGroups ?? [];
  return {
    type: 'elasticache:replication-group',
    id,
    ...(group.ARN ? { arn: group.ARN } : {}),
    name: id,
    region: context.config.region,
    ...(group.Status ? { status: group.Status } : {}),
    tags: {},
    attributes: {
      engine: group.Engine ?? null,
      nodeType: group.CacheNodeType ?? null,
      clusterMode: group.ClusterMode ?? (group.ClusterEnabled ? 'enabled' : 'disabled'),
      shards: shards.length,
      // Shards that are not available themselves (one shard down is an outage for its keys).
      shardsNotAvailable: shards.filter((shard) => shard.Status && shard.Status !== 'available').length,
      memberClusters: group.MemberClusters?.length ?? 0,
      automaticFailover: group.AutomaticFailover ?? null,
      multiAZ: group.MultiAZ ?? null,
      transitEncryption: group.TransitEncryptionEnabled ?? false,
      atRestEncryption: group.AtRestEncryptionEnabled ?? false,
      snapshotRetentionDays: group.SnapshotRetentionLimit ?? null,
      createdAt: group.ReplicationGroupCreateTime?.toISOString() ?? null,
    },
  };
}

function clusterResource(context: CollectorContext, cluster: CacheCluster): Resource<CacheClusterAttributes> {
  const id = cluster.CacheClusterId ?? 'unknown';
  return {
    type: 'elasticache:cache-cluster',
    id,
    ...(cluster.ARN ? { arn: cluster.ARN } : {}),
    name: id,
    region: context.config.region,
    ...(cluster.CacheClusterStatus ? { status: cluster.CacheClusterStatus } : {}),
    tags: {},
    attributes: {
      engine: cluster.Engine ?? null,
      engineVersion: cluster.EngineVersion ?? null,
      nodeType: cluster.CacheNodeType ?? null,
      nodes: cluster.NumCacheNodes ?? null,
      replicationGroup: cluster.ReplicationGroupId ?? null,
      availabilityZone: cluster.PreferredAvailabilityZone ?? null,
      pendingModifications: Object.keys(cluster.PendingModifiedValues ?? {}).filter((k) => (cluster.PendingModifiedValues as Record<string, unknown>)[k] !== undefined),
      createdAt: cluster.CacheClusterCreateTime?.toISOString() ?? null,
    },
  };
}
