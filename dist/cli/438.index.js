export const id = 438;
export const ids = [438];
export const modules = {

/***/ 4158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ chunk)
/* harmony export */ });
// Splits a list into batches of at most `size`: what every planner does to fit an API's per-call limit. Pure.
function chunk(items, size) {
    const chunks = [];
    for (let i = 0; i < items.length; i += size)
        chunks.push(items.slice(i, i + size));
    return chunks;
}


/***/ }),

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

/***/ 8438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   opensearchCollector: () => (/* binding */ opensearchCollector)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_opensearch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2445);
/* harmony import */ var _collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1505);
/* harmony import */ var _chunk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4158);
/* harmony import */ var _collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8659);
/* harmony import */ var _collectors_resource_filter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7569);
// OpenSearch: every domain with its processing state, version, cluster config and endpoint.
// Cluster health (red/yellow) comes from CloudWatch metrics, not from this API.





const ID = 'opensearch';
const DOMAINS_PER_DESCRIBE = 5; // DescribeDomains' documented maximum
const opensearchCollector = {
    id: ID,
    title: 'Amazon OpenSearch Service',
    async collect(context) {
        const opensearch = context.clients.get(_aws_sdk_client_opensearch__WEBPACK_IMPORTED_MODULE_1__/* .OpenSearchClient */ .iBl);
        const listed = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'OpenSearch', operation: 'ListDomainNames', scope: 'OpenSearch domains' }, () => opensearch.send(new _aws_sdk_client_opensearch__WEBPACK_IMPORTED_MODULE_1__/* .ListDomainNamesCommand */ .CW3({})));
        // Domains the name filters would drop are not described at all.
        const keepName = (0,_collectors_resource_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .makeNameFilter */ .O7)(context.config.filters);
        const names = (listed?.DomainNames ?? []).map((d) => d.DomainName).filter((n) => Boolean(n) && keepName(n));
        const batches = await Promise.all((0,_chunk_js__WEBPACK_IMPORTED_MODULE_3__/* .chunk */ .i)(names, DOMAINS_PER_DESCRIBE).map((batch) => (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'OpenSearch', operation: 'DescribeDomains', scope: `OpenSearch domains ${batch.join(', ')}` }, () => opensearch.send(new _aws_sdk_client_opensearch__WEBPACK_IMPORTED_MODULE_1__/* .DescribeDomainsCommand */ .CVH({ DomainNames: batch })))));
        const domains = batches.flatMap((b) => b?.DomainStatusList ?? []);
        context.progress(`OpenSearch: ${domains.length} domains`);
        const resources = domains.map((domain) => domainResource(context, domain));
        // Tags cost one call per domain: read them only when a tag filter needs them.
        const { includeTags, excludeTags } = context.config.filters;
        if (includeTags.length > 0 || excludeTags.length > 0) {
            await Promise.all(resources.map(async (resource) => {
                if (!resource.arn)
                    return;
                const tags = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'OpenSearch', operation: 'ListTags', scope: `tags of OpenSearch domain ${resource.id}` }, () => opensearch.send(new _aws_sdk_client_opensearch__WEBPACK_IMPORTED_MODULE_1__/* .ListTagsCommand */ .bvr({ ARN: resource.arn })));
                resource.tags = (0,_collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_4__/* .tagsToRecord */ .g)(tags?.TagList);
            }));
        }
        return resources;
    },
};
function domainState(domain) {
    if (domain.Deleted)
        return 'deleted';
    if (domain.UpgradeProcessing)
        return 'upgrading';
    if (domain.Processing)
        return 'processing';
    return 'active';
}
function domainResource(context, domain) {
    const cluster = domain.ClusterConfig;
    const logs = Object.entries(domain.LogPublishingOptions ?? {})
        .filter(([, option]) => option.Enabled)
        .map(([type, option]) => `${type}=${option.CloudWatchLogsLogGroupArn?.split(':log-group:')[1]?.replace(/:\*$/, '') ?? '?'}`);
    const software = domain.ServiceSoftwareOptions;
    return {
        type: 'opensearch:domain',
        id: domain.DomainName ?? 'unknown',
        ...(domain.ARN ? { arn: domain.ARN } : {}),
        name: domain.DomainName ?? 'unknown',
        region: context.config.region,
        status: domainState(domain),
        tags: {},
        attributes: {
            engineVersion: domain.EngineVersion ?? null,
            instanceType: cluster?.InstanceType ?? null,
            instanceCount: cluster?.InstanceCount ?? null,
            dedicatedMaster: cluster?.DedicatedMasterEnabled ?? false,
            zoneAwareness: cluster?.ZoneAwarenessEnabled ?? false,
            warmEnabled: cluster?.WarmEnabled ?? false,
            ebsVolumeGiB: domain.EBSOptions?.VolumeSize ?? null,
            endpoint: domain.Endpoint ?? domain.EndpointV2 ?? Object.values(domain.Endpoints ?? {})[0] ?? null,
            processing: domain.Processing ?? false,
            upgradeProcessing: domain.UpgradeProcessing ?? false,
            domainProcessingStatus: domain.DomainProcessingStatus ?? null,
            serviceSoftwareUpdateAvailable: software?.UpdateAvailable ?? false,
            serviceSoftwareUpdateStatus: software?.UpdateStatus ?? null,
            serviceSoftwareAutomatedUpdateDate: software?.AutomatedUpdateDate?.toISOString() ?? null,
            serviceSoftwareDescription: software?.Description ?? null,
            logPublishing: logs,
        },
    };
}


/***/ })

};
