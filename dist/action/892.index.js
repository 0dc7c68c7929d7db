export const id = 892;
export const ids = [892];
export const modules = {

/***/ 24892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   elasticacheCollector: () => (/* binding */ elasticacheCollector)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_elasticache__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34827);
/* harmony import */ var _collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31505);
/* harmony import */ var _collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98659);
// ElastiCache: every replication group (Valkey/Redis OSS, with its shards and failover settings)
// and every cache cluster (Memcached clusters, single-node Redis OSS clusters and the member nodes
// of replication groups), with their status. Two listings for the whole region.



const ID = 'elasticache';
const PAGE = 100; // MaxRecords' documented maximum
const elasticacheCollector = {
    id: ID,
    title: 'Amazon ElastiCache',
    async collect(context) {
        const elasticache = context.clients.get(_aws_sdk_client_elasticache__WEBPACK_IMPORTED_MODULE_1__/* .ElastiCacheClient */ .gpP);
        const scope = (operation, what) => ({ sdkService: 'ElastiCache', operation, scope: what });
        const [groups, clusters] = await Promise.all([
            (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, scope('DescribeReplicationGroups', 'ElastiCache replication groups'), async (Marker) => {
                const page = await elasticache.send(new _aws_sdk_client_elasticache__WEBPACK_IMPORTED_MODULE_1__/* .DescribeReplicationGroupsCommand */ .HYQ({ Marker, MaxRecords: PAGE }));
                return { items: page.ReplicationGroups, next: page.Marker };
            }),
            (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, scope('DescribeCacheClusters', 'ElastiCache cache clusters'), async (Marker) => {
                const page = await elasticache.send(new _aws_sdk_client_elasticache__WEBPACK_IMPORTED_MODULE_1__/* .DescribeCacheClustersCommand */ .sgL({ Marker, MaxRecords: PAGE }));
                return { items: page.CacheClusters, next: page.Marker };
            }),
        ]);
        context.progress(`ElastiCache: ${groups.length} replication groups, ${clusters.length} cache clusters`);
        const resources = [...groups.map((group) => groupResource(context, group)), ...clusters.map((cluster) => clusterResource(context, cluster))];
        // Tags cost one call per resource: read them only when a tag filter needs them.
        const { includeTags, excludeTags } = context.config.filters;
        if (includeTags.length > 0 || excludeTags.length > 0) {
            await Promise.all(resources.map(async (resource) => {
                if (!resource.arn)
                    return;
                const tags = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, scope('ListTagsForResource', `tags of ElastiCache ${resource.type.split(':')[1]} ${resource.id}`), () => elasticache.send(new _aws_sdk_client_elasticache__WEBPACK_IMPORTED_MODULE_1__/* .ListTagsForResourceCommand */ .a_e({ ResourceName: resource.arn })));
                resource.tags = (0,_collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .tagsToRecord */ .g)(tags?.TagList);
            }));
        }
        return resources;
    },
};
function groupResource(context, group) {
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
function clusterResource(context, cluster) {
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
            pendingModifications: Object.keys(cluster.PendingModifiedValues ?? {}).filter((k) => cluster.PendingModifiedValues[k] !== undefined),
            createdAt: cluster.CacheClusterCreateTime?.toISOString() ?? null,
        },
    };
}


/***/ })

};
