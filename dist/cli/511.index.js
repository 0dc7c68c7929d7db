export const id = 511;
export const ids = [511,98];
export const modules = {

/***/ 8098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ isCredentialsError),
/* harmony export */   E2: () => (/* binding */ isThrottling),
/* harmony export */   E9: () => (/* binding */ CredentialsUnusableError),
/* harmony export */   describeAwsError: () => (/* binding */ describeAwsError),
/* harmony export */   isUnreachable: () => (/* binding */ isUnreachable),
/* harmony export */   mu: () => (/* binding */ iamAction),
/* harmony export */   w7: () => (/* binding */ isAccessDenied)
/* harmony export */ });
/* unused harmony export transportProblem */
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9027);
/* harmony import */ var _response_guard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6722);
// Classifies AWS SDK errors and describes them without leaking anything secret.


// The SDK's service name (client class without "Client") -> the IAM action prefix.
const IAM_PREFIX = {
    ECS: 'ecs',
    CloudFormation: 'cloudformation',
    STS: 'sts',
    RDS: 'rds',
    OpenSearch: 'es',
    ElasticLoadBalancingV2: 'elasticloadbalancing',
    DatabaseMigrationService: 'dms',
    WAFV2: 'wafv2',
    CloudWatch: 'cloudwatch',
    CloudWatchLogs: 'logs',
};
function iamAction(sdkService, operation) {
    return `${IAM_PREFIX[sdkService] ?? sdkService.toLowerCase()}:${operation}`;
}
function isAccessDenied(error) {
    const e = error;
    return /AccessDenied|UnauthorizedOperation|AuthorizationError|NotAuthorized/i.test(e?.name ?? '') || e?.$metadata?.httpStatusCode === 403;
}
function isThrottling(error) {
    const e = error;
    return /Throttl|TooManyRequests|RequestLimitExceeded|Rate exceeded/i.test(`${e?.name ?? ''} ${e?.message ?? ''}`) || e?.$metadata?.httpStatusCode === 429;
}
function isCredentialsError(error) {
    const e = error;
    return (e?.name === 'CredentialsProviderError' ||
        /Could not load credentials|InvalidClientTokenId|UnrecognizedClientException|ExpiredToken/i.test(`${e?.name ?? ''} ${e?.message ?? ''}`));
}
/**
 * Why a request never got an AWS answer, named for what it is and what to check: refused, reset,
 * timed out, a host that does not resolve (often a region that does not exist). Undefined for an
 * answer AWS gave (access denied, throttling, validation), which describeAwsError words itself.
 */
function transportProblem(error) {
    const e = error;
    if (typeof e !== 'object' || e === null)
        return undefined;
    // An error from another realm (a VM sandbox) reaches us as the SDK's wrapper, with only its message left.
    const fromMessage = /\b(ECONNREFUSED|ECONNRESET|EPIPE|ENOTFOUND|EAI_AGAIN|ETIMEDOUT)\b(?: (\S+))?/.exec(e.message ?? '');
    const where = e[_response_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .ENDPOINT_OF */ .st] ?? (e.hostname ? e.hostname : e.address ? `${e.address}${e.port ? `:${e.port}` : ''}` : (fromMessage?.[2] ?? 'the endpoint'));
    const code = e.code ?? fromMessage?.[1] ?? '';
    if (code === 'ECONNREFUSED')
        return `connection refused by ${where}: nothing is listening there; check the endpoint URL ([aws] endpoint_url, AWS_ENDPOINT_URL), the proxy and the network`;
    if (code === 'ECONNRESET' || code === 'EPIPE')
        return `connection reset by ${where}: a proxy, firewall or VPN cut it; check the network path to AWS`;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        const host = e.hostname ?? /ENOTFOUND (\S+)/.exec(e.message ?? '')?.[1] ?? where;
        const region = /\.([a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+)\.amazonaws\.com/.exec(host)?.[1];
        return `host ${host} not found${region ? `: check that ${region} is a region you use (--region, AWS_REGION, the profile)` : ''}, and DNS and the network`;
    }
    if (e.name === 'TimeoutError' || code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') {
        const ms = /(\d+) ?ms/.exec(e.message ?? '')?.[1];
        const what = /requestTimeout/.test(e.message ?? '')
            ? `no answer from ${where} within ${ms ? `${Number(ms) / 1000} s` : 'the request timeout'} ([aws] request_timeout)`
            : `could not connect to ${where} in time`;
        return `${what}: the endpoint accepted the request but never answered, or the network drops traffic`;
    }
    if (/^(CERT_|UNABLE_TO_VERIFY|DEPTH_ZERO|SELF_SIGNED|ERR_TLS)/.test(code))
        return `TLS certificate problem with ${where} (${code}): a proxy intercepting HTTPS? Set NODE_EXTRA_CA_CERTS to its CA`;
    return undefined;
}
/** One line: "AccessDeniedException: User ... is not authorized (after 3 attempts)". */
function describeAwsError(error) {
    const e = error;
    if (!(error instanceof Error) && typeof error !== 'object')
        return (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(String(error));
    const attempts = e.$metadata?.attempts && e.$metadata.attempts > 1 ? ` (after ${e.$metadata.attempts} attempts)` : '';
    const transport = transportProblem(error);
    if (transport)
        return (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(`${transport}${attempts}`);
    if (error instanceof _response_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .UnexpectedResponseError */ .dk)
        return (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(`unreadable response: ${error.message}`);
    // A body the SDK cannot parse (an HTML error page from a proxy, or an API the endpoint lacks).
    if (/Deserialization error|XML parse error|is not valid JSON/.test(e.message ?? '')) {
        const status = error.$response?.statusCode ?? e.$metadata?.httpStatusCode;
        const why = status !== undefined && status < 300 ? 'the answer does not match the API format' : 'the endpoint may not implement this API';
        return `unreadable response${status ? ` (HTTP ${status})` : ''}: ${why}`;
    }
    const name = e.name && e.name !== 'Error' ? `${e.name}: ` : '';
    const message = (e.message ?? '').split('\n')[0].slice(0, 300);
    const hint = isThrottling(error) ? '; run again later, or lower [scan] concurrency' : '';
    return (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(`${name}${message}${attempts}${hint}`);
}
/** An error of the path to AWS, not of the request: every other call would fail the same way. */
function isUnreachable(error) {
    return transportProblem(error) !== undefined || error instanceof _response_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .UnexpectedResponseError */ .dk;
}
/** Credentials every call would reject (expired, invalid): the scan stops with one clear message. */
class CredentialsUnusableError extends Error {
    name = 'CredentialsUnusableError';
}


/***/ }),

/***/ 6722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dk: () => (/* binding */ UnexpectedResponseError),
/* harmony export */   st: () => (/* binding */ ENDPOINT_OF),
/* harmony export */   tZ: () => (/* binding */ responseGuard)
/* harmony export */ });
/* unused harmony export MAX_RESPONSE_BYTES */
// Every answer read whole before the SDK parses it: under a size cap, abandoned at the run's
// deadline, and refused when it is not an AWS API answer. A proxy's or captive portal's HTML page
// with HTTP 200 parses as an empty XML result in the query-protocol SDKs (ELBv2, RDS,
// CloudFormation, STS): without this, "no load balancers" instead of a coverage gap.
/** The answer is not what the API sends: an HTML page, a wrong endpoint, a truncated body. */
class UnexpectedResponseError extends Error {
    name = 'UnexpectedResponseError';
}
/** More than any answer of the APIs we call (GetMetricData's 100,800 points are a few MB). */
const MAX_RESPONSE_BYTES = 64 * 1_048_576;
// Services whose SDK speaks the AWS query protocol: an answer's root element is <OperationResponse>.
const QUERY_PROTOCOL = new Set(['STS', 'RDS', 'CloudFormation', 'ElasticLoadBalancingV2']);
/** Where a failed call went, attached to its error so the message can name the host. */
const ENDPOINT_OF = Symbol('aws-monitor endpoint');
/**
 * A deserialize-step middleware placed just inside the SDK's deserializer: it sees the raw answer
 * of every attempt, reads it into memory, checks it, and hands the bytes on.
 */
function responseGuard(signal, maxBytes = MAX_RESPONSE_BYTES) {
    return (next, context) => async (args) => {
        const service = (context.clientName ?? '').replace(/Client$/, '');
        const operation = (context.commandName ?? '').replace(/Command$/, '');
        let result;
        try {
            result = await next(args);
        }
        catch (error) {
            tagEndpoint(error, args.request);
            throw error;
        }
        const response = result.response;
        try {
            const body = await readBody(response.body, maxBytes, signal());
            response.body = body;
            if (response.statusCode >= 200 && response.statusCode < 300)
                checkShape(body, response, service, operation);
        }
        catch (error) {
            tagEndpoint(error, args.request);
            throw error;
        }
        return result;
    };
}
function tagEndpoint(error, request) {
    if (!request?.hostname || typeof error !== 'object' || error === null)
        return;
    const port = request.port ? `:${request.port}` : '';
    try {
        Object.defineProperty(error, ENDPOINT_OF, { value: `${request.protocol ?? 'https:'}//${request.hostname}${port}`, enumerable: false, configurable: true });
    }
    catch {
        // A frozen error keeps its own message.
    }
}
/** The body as bytes: a Node stream read to its end (at most maxBytes), or bytes as given. */
async function readBody(body, maxBytes, signal) {
    if (body === undefined || body === null)
        return new Uint8Array();
    if (body instanceof Uint8Array)
        return body;
    if (typeof body === 'string')
        return new TextEncoder().encode(body);
    const stream = body;
    if (typeof stream.on !== 'function')
        return new Uint8Array();
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        const fail = (error) => {
            cleanup();
            stream.destroy?.(error);
            reject(error);
        };
        const onAbort = () => fail(signal?.reason ?? new Error('aborted'));
        const onData = (chunk) => {
            const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
            size += bytes.length;
            if (size > maxBytes)
                fail(new UnexpectedResponseError(`the answer is larger than ${Math.round(maxBytes / 1_048_576)} MiB, far more than this API sends: not read`));
            else
                chunks.push(bytes);
        };
        const onEnd = () => {
            cleanup();
            resolve(new Uint8Array(Buffer.concat(chunks, size)));
        };
        const onError = (error) => {
            cleanup();
            reject(error);
        };
        const cleanup = () => {
            stream.removeListener('data', onData);
            stream.removeListener('end', onEnd);
            stream.removeListener('error', onError);
            signal?.removeEventListener('abort', onAbort);
        };
        if (signal?.aborted)
            return onAbort();
        signal?.addEventListener('abort', onAbort, { once: true });
        stream.on('data', onData);
        stream.on('end', onEnd);
        stream.on('error', onError);
    });
}
const HTML = /^\s*(<!doctype\s+html|<html[\s>])/i;
function checkShape(body, response, service, operation) {
    const head = Buffer.from(body.subarray(0, 512)).toString('utf8');
    if (HTML.test(head)) {
        throw new UnexpectedResponseError(`HTTP ${response.statusCode} with an HTML page instead of an AWS answer: a proxy, a captive portal or a wrong endpoint URL`);
    }
    if (QUERY_PROTOCOL.has(service) && !new RegExp(`<${operation}Response[\\s>]`).test(head)) {
        throw new UnexpectedResponseError(`HTTP ${response.statusCode} whose body is not a ${operation} answer: a proxy or a wrong endpoint URL`);
    }
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
            throw new _aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsUnusableError */ .E9((0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__.describeAwsError)(error));
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
        return `access denied: grant ${action} (${(0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__.describeAwsError)(error)})`;
    if ((0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isThrottling */ .E2)(error))
        return `throttled beyond retries: ${(0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__.describeAwsError)(error)}`;
    return (0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__.describeAwsError)(error);
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

/***/ 7840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   vb: () => (/* binding */ DURATION_HELP)
/* harmony export */ });
// Durations as people write them in config and flags: 15m, 36h, 7d, 2w, 1h30m.
const UNIT_MS = {
    ms: 1,
    s: 1_000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000,
};
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;
const WHOLE = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d|w))+$/;
const DURATION_HELP = 'a duration such as 30m, 36h, 7d, 2w or 1h30m';
/** Milliseconds, or undefined when `text` is not a duration. */
function parseDuration(text) {
    const compact = text.trim().toLowerCase().replace(/\s+/g, '');
    if (!WHOLE.test(compact))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of compact.matchAll(PART))
        total += Number(amount) * UNIT_MS[unit];
    return total > 0 ? total : undefined;
}
function formatDuration(ms) {
    if (ms % UNIT_MS.d === 0)
        return `${ms / UNIT_MS.d}d`;
    if (ms % UNIT_MS.h === 0)
        return `${ms / UNIT_MS.h}h`;
    if (ms % UNIT_MS.m === 0)
        return `${ms / UNIT_MS.m}m`;
    if (ms % UNIT_MS.s === 0)
        return `${ms / UNIT_MS.s}s`;
    return `${ms}ms`;
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

/***/ 4892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   elasticacheCollector: () => (/* binding */ elasticacheCollector)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_elasticache__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4827);
/* harmony import */ var _collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1505);
/* harmony import */ var _collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8659);
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
