export const id = 467;
export const ids = [467];
export const modules = {

/***/ 41467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rdsCollector: () => (/* binding */ rdsCollector)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57202);
/* harmony import */ var _collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31505);
/* harmony import */ var _collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98659);
// RDS: every DB instance and Aurora cluster with status, storage, Multi-AZ, replica role, log
// exports, pending maintenance and recent RDS events. Four listings for the whole region.



const ID = 'rds';
const PAGE = 100; // MaxRecords' documented maximum
const EVENT_DAYS_KEPT = 14; // RDS keeps events for 14 days
const EVENTS_KEPT = 10;
const rdsCollector = {
    id: ID,
    title: 'Amazon RDS',
    async collect(context) {
        const rds = context.clients.get(_aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_1__/* .RDSClient */ .rYe);
        const scope = (operation, what) => ({ sdkService: 'RDS', operation, scope: what });
        const [instances, clusters, maintenance, events] = await Promise.all([
            (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, scope('DescribeDBInstances', 'RDS DB instances'), async (Marker) => {
                const page = await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_1__/* .DescribeDBInstancesCommand */ .hhJ({ Marker, MaxRecords: PAGE }));
                return { items: page.DBInstances, next: page.Marker };
            }),
            (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, scope('DescribeDBClusters', 'RDS and Aurora DB clusters'), async (Marker) => {
                const page = await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_1__/* .DescribeDBClustersCommand */ .Kdv({ Marker, MaxRecords: PAGE }));
                return { items: page.DBClusters, next: page.Marker };
            }),
            (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, scope('DescribePendingMaintenanceActions', 'pending maintenance of RDS resources'), async (Marker) => {
                const page = await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_1__/* .DescribePendingMaintenanceActionsCommand */ .YKU({ Marker, MaxRecords: PAGE }));
                return { items: page.PendingMaintenanceActions, next: page.Marker };
            }),
            (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, scope('DescribeEvents', 'RDS events'), async (Marker) => {
                const { from, to } = eventWindow(context);
                const page = await rds.send(new _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_1__/* .DescribeEventsCommand */ .w6x({ StartTime: from, EndTime: to, Marker, MaxRecords: PAGE }));
                return { items: page.Events, next: page.Marker };
            }),
        ]);
        context.progress(`RDS: ${instances.length} instances, ${clusters.length} clusters`);
        const maintenanceByArn = new Map(maintenance.map((m) => [m.ResourceIdentifier, m]));
        const eventsBySource = groupEvents(events);
        const writers = new Map();
        for (const cluster of clusters) {
            for (const member of cluster.DBClusterMembers ?? [])
                writers.set(member.DBInstanceIdentifier ?? '', member.IsClusterWriter ? 'writer' : 'reader');
        }
        return [
            ...instances.map((instance) => withExtras(instanceResource(context, instance, writers), maintenanceByArn, eventsBySource)),
            ...clusters.map((cluster) => withExtras(clusterResource(context, cluster), maintenanceByArn, eventsBySource)),
        ];
    },
};
/** The scan window, trimmed to the 14 days RDS keeps events for. */
function eventWindow(context) {
    const to = context.config.window.to;
    const earliest = new Date(context.now.getTime() - EVENT_DAYS_KEPT * 86_400_000 + 60_000);
    return { from: context.config.window.from > earliest ? context.config.window.from : earliest, to };
}
function groupEvents(events) {
    const bySource = new Map();
    for (const event of events) {
        const key = `${event.SourceType}|${event.SourceIdentifier}`;
        bySource.set(key, [...(bySource.get(key) ?? []), { at: event.Date?.toISOString() ?? '', message: event.Message ?? '' }]);
    }
    for (const list of bySource.values())
        list.sort((a, b) => b.at.localeCompare(a.at));
    return bySource;
}
function withExtras(resource, maintenance, events) {
    const actions = maintenance.get(resource.arn)?.PendingMaintenanceActionDetails ?? [];
    const dates = actions
        .flatMap((a) => [a.AutoAppliedAfterDate, a.ForcedApplyDate])
        .filter((d) => d instanceof Date)
        .sort((a, b) => a.getTime() - b.getTime());
    const sourceType = resource.type === 'rds:instance' ? 'db-instance' : 'db-cluster';
    return {
        ...resource,
        attributes: {
            ...resource.attributes,
            pendingMaintenance: actions.map((a) => a.Action).filter((action) => Boolean(action)),
            pendingMaintenanceDescription: actions.map((a) => a.Description).filter((description) => Boolean(description)),
            pendingMaintenanceAutoApplyAfter: dates[0]?.toISOString() ?? null,
        },
        events: (events.get(`${sourceType}|${resource.id}`) ?? []).slice(0, EVENTS_KEPT),
    };
}
function instanceResource(context, db, clusterRoles) {
    const id = db.DBInstanceIdentifier ?? 'unknown';
    const exports = db.EnabledCloudwatchLogsExports ?? [];
    const role = clusterRoles.get(id) ?? (db.ReadReplicaSourceDBInstanceIdentifier ? 'replica' : (db.ReadReplicaDBInstanceIdentifiers?.length ?? 0) > 0 ? 'primary' : 'standalone');
    return {
        type: 'rds:instance',
        id,
        ...(db.DBInstanceArn ? { arn: db.DBInstanceArn } : {}),
        name: id,
        region: context.config.region,
        ...(db.DBInstanceStatus ? { status: db.DBInstanceStatus } : {}),
        tags: (0,_collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .tagsToRecord */ .g)(db.TagList),
        attributes: {
            engine: db.Engine ?? null,
            engineVersion: db.EngineVersion ?? null,
            instanceClass: db.DBInstanceClass ?? null,
            multiAZ: db.MultiAZ ?? false,
            allocatedStorageGiB: db.AllocatedStorage ?? null,
            storageAutoscalingMaxGiB: db.MaxAllocatedStorage ?? null,
            storageType: db.StorageType ?? null,
            clusterId: db.DBClusterIdentifier ?? null,
            role,
            readReplicaSource: db.ReadReplicaSourceDBInstanceIdentifier ?? null,
            enabledLogExports: exports,
            // Where RDS publishes each exported log (the log checks read these).
            logGroups: exports.map((log) => `/aws/rds/instance/${id}/${log}`),
            pendingModifications: Object.keys(db.PendingModifiedValues ?? {}).filter((k) => db.PendingModifiedValues[k] !== undefined),
            deletionProtection: db.DeletionProtection ?? false,
            backupRetentionDays: db.BackupRetentionPeriod ?? null,
            publiclyAccessible: db.PubliclyAccessible ?? false,
            createdAt: db.InstanceCreateTime?.toISOString() ?? null,
        },
    };
}
function clusterResource(context, cluster) {
    const id = cluster.DBClusterIdentifier ?? 'unknown';
    const exports = cluster.EnabledCloudwatchLogsExports ?? [];
    return {
        type: 'rds:cluster',
        id,
        ...(cluster.DBClusterArn ? { arn: cluster.DBClusterArn } : {}),
        name: id,
        region: context.config.region,
        ...(cluster.Status ? { status: cluster.Status } : {}),
        tags: (0,_collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .tagsToRecord */ .g)(cluster.TagList),
        attributes: {
            engine: cluster.Engine ?? null,
            engineVersion: cluster.EngineVersion ?? null,
            multiAZ: cluster.MultiAZ ?? false,
            members: cluster.DBClusterMembers?.length ?? 0,
            writer: cluster.DBClusterMembers?.find((m) => m.IsClusterWriter)?.DBInstanceIdentifier ?? null,
            enabledLogExports: exports,
            logGroups: exports.map((log) => `/aws/rds/cluster/${id}/${log}`),
            deletionProtection: cluster.DeletionProtection ?? false,
            backupRetentionDays: cluster.BackupRetentionPeriod ?? null,
            createdAt: cluster.ClusterCreateTime?.toISOString() ?? null,
        },
    };
}


/***/ })

};
