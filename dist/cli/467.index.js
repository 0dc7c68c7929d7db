export const id = 467;
export const ids = [467];
export const modules = {

/***/ 1505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ attempt),
/* harmony export */   En: () => (/* binding */ paginate),
/* harmony export */   Hr: () => (/* binding */ failureReason)
/* harmony export */ });
/* harmony import */ var _aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8098);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6683);
// Runs one AWS call for a collector. A failure after the SDK's retries becomes a coverage gap
// naming the API and the IAM action, and the collector carries on without that piece.


async function attempt(context, collectorId, what, call) {
    try {
        return await context.limit(call);
    }
    catch (error) {
        // Bad credentials make every call fail the same way: stop the scan with one clear message.
        if ((0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isCredentialsError */ .B_)(error))
            throw new _aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsUnusableError */ .E9((0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error));
        context.gap({
            service: collectorId,
            operation: what.operation,
            iamAction: (0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .iamAction */ .mu)(what.sdkService, what.operation),
            scope: what.scope,
            reason: failureReason(error, (0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .iamAction */ .mu)(what.sdkService, what.operation)),
        });
        return undefined;
    }
}
/** Why a call failed after the SDK's retries, in words a coverage gap can show: the grant to add, or the limit hit. */
function failureReason(error, action) {
    const deadline = (0,_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .deadlineOf */ .G0)(error);
    if (deadline)
        return (0,_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .deadlineReason */ .Xp)(deadline.deadlineMs, 'this call was answered');
    if ((0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAccessDenied */ .w7)(error))
        return `access denied: grant ${action} (${(0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error)})`;
    if ((0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isThrottling */ .E2)(error))
        return `throttled beyond retries: ${(0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error)}`;
    return (0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error);
}
/**
 * Follows a NextToken-style pagination to the end, one `attempt` per page. A page that fails
 * keeps what earlier pages returned and records the gap.
 */
async function paginate(context, collectorId, what, fetchPage) {
    const all = [];
    let token;
    do {
        const page = await attempt(context, collectorId, what, () => fetchPage(token));
        if (!page)
            break;
        all.push(...(page.items ?? []));
        token = page.next;
    } while (token);
    return all;
}


/***/ }),

/***/ 8659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ nameFromArn),
/* harmony export */   g: () => (/* binding */ tagsToRecord)
/* harmony export */ });
// Reading shapes the AWS SDK returns into ours: names out of ARNs, tag lists into records. Pure.
/** Last path part of an ARN: arn:aws:ecs:...:service/cluster/name -> name. */
function nameFromArn(arn) {
    return arn.slice(arn.lastIndexOf('/') + 1);
}
function tagsToRecord(tags) {
    const record = {};
    for (const tag of tags ?? []) {
        const key = tag.key ?? tag.Key;
        if (key)
            record[key] = tag.value ?? tag.Value ?? '';
    }
    return record;
}


/***/ }),

/***/ 6683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ deadlineOf),
/* harmony export */   Xp: () => (/* binding */ deadlineReason),
/* harmony export */   db: () => (/* binding */ startDeadline),
/* harmony export */   vh: () => (/* binding */ isDeadline),
/* harmony export */   yd: () => (/* binding */ defaultDeadlineMs)
/* harmony export */ });
/* unused harmony exports DEADLINE_BASE_MS, DEADLINE_PER_DAY_MS, DEADLINE_CAP_MS, DeadlineReached */
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7840);
// The scan's overall deadline: after it, every AWS call still running or queued is abandoned and
// the report is written with what was gathered, each unfinished part a coverage gap saying so.
//
// Default: 2 minutes plus 1 minute per day of window, at most 15 minutes. A day's window (the
// default) gets 3 minutes, a week 9, anything from 13 days up 15. A scan of a large account takes
// seconds to a few minutes; the deadline is there for an API that never answers or a throttled
// account, so a CI job always gets its report. `[scan] deadline` / `--deadline` set it outright.


const DEADLINE_BASE_MS = 2 * 60_000;
const DEADLINE_PER_DAY_MS = 60_000;
const DEADLINE_CAP_MS = 15 * 60_000;
function defaultDeadlineMs(window) {
    const days = Math.max(0, window.to.getTime() - window.from.getTime()) / 86_400_000;
    return Math.min(DEADLINE_CAP_MS, Math.round(DEADLINE_BASE_MS + DEADLINE_PER_DAY_MS * days));
}
/** The reason a call is abandoned: the signal's reason, and what a coverage gap says. */
class DeadlineReached extends Error {
    deadlineMs;
    name = 'DeadlineReached';
    constructor(deadlineMs) {
        super(`the scan's deadline of ${(0,_config_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(deadlineMs)} was reached ([scan] deadline, --deadline)`);
        this.deadlineMs = deadlineMs;
    }
}
/** The deadline behind an error: itself, or the SDK's AbortError wrapping it. */
function deadlineOf(error, depth = 0) {
    if (error instanceof DeadlineReached)
        return error;
    const e = error;
    return depth < 3 && e?.cause !== undefined ? deadlineOf(e.cause, depth + 1) : undefined;
}
function isDeadline(error) {
    return deadlineOf(error) !== undefined;
}
/** The words of a coverage gap for a part the deadline cut short: "deadline reached before <what>". */
function deadlineReason(deadlineMs, what = 'this finished') {
    return `deadline reached before ${what}: the scan stops after ${(0,_config_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(deadlineMs)} ([scan] deadline, --deadline)`;
}
function startDeadline(ms) {
    const controller = new AbortController();
    // Every call in flight listens to this one signal (the SDK and the client factory each add one):
    // a scan runs dozens at once, past the 10 that Node warns about (MaxListenersExceededWarning).
    (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(0, controller.signal);
    const timer = setTimeout(() => controller.abort(new DeadlineReached(ms)), ms);
    timer.unref?.();
    return { ms, signal: controller.signal, dispose: () => clearTimeout(timer) };
}


/***/ }),

/***/ 1467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rdsCollector: () => (/* binding */ rdsCollector)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_rds__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7202);
/* harmony import */ var _collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1505);
/* harmony import */ var _collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8659);
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
