export const id = 82;
export const ids = [82];
export const modules = {

/***/ 2809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ coarsen),
/* harmony export */   GI: () => (/* binding */ RollingMedian),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   kV: () => (/* binding */ rankIn),
/* harmony export */   m8: () => (/* binding */ RollingQuantiles),
/* harmony export */   uQ: () => (/* binding */ distinctSorted)
/* harmony export */ });
/* unused harmony exports selectInPlace, quantileIndex, quantile */
// Order statistics without full sorts: quickselect for one-off medians, a sorted ring for short rolling
// medians, and a Fenwick tree over value ranks for week-long rolling quantiles.
/**
 * Rearranges `buf[lo..hi]` in place so that `buf[k]` holds the value a full sort would put there,
 * everything before it is <= and everything after it is >=. Expected O(hi - lo).
 */
function selectInPlace(buf, k, lo = 0, hi = buf.length - 1) {
    let left = lo;
    let right = hi;
    while (right > left) {
        // Median of three pivot: already-sorted windows (common in metrics) stay linear.
        const mid = (left + right) >>> 1;
        const a = buf[left];
        const b = buf[mid];
        const c = buf[right];
        const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
        let i = left;
        let j = right;
        while (i <= j) {
            while (buf[i] < pivot)
                i += 1;
            while (buf[j] > pivot)
                j -= 1;
            if (i <= j) {
                const t = buf[i];
                buf[i] = buf[j];
                buf[j] = t;
                i += 1;
                j -= 1;
            }
        }
        if (k <= j)
            right = j;
        else if (k >= i)
            left = i;
        else
            break;
    }
    return buf[k];
}
/** Nearest-rank index for quantile q of n sorted values (q in [0, 1]). */
function quantileIndex(n, q) {
    return Math.min(n - 1, Math.max(0, Math.round(q * (n - 1))));
}
/** Quantile of `values` (nearest rank); does not modify its input. NaN for an empty input. */
function quantile(values, q) {
    const n = values.length;
    if (n === 0)
        return Number.NaN;
    const buf = Float64Array.from(values);
    return selectInPlace(buf, quantileIndex(n, q), 0, n - 1);
}
/** Median (mean of the two middle values for an even count); NaN for an empty input. */
function median(values) {
    const n = values.length;
    if (n === 0)
        return Number.NaN;
    const buf = Float64Array.from(values);
    const upper = selectInPlace(buf, n >> 1, 0, n - 1);
    if (n % 2 === 1)
        return upper;
    // After selecting the upper middle, the lower middle is the largest value left of it.
    let lower = -Infinity;
    for (let i = 0; i < n >> 1; i += 1)
        if (buf[i] > lower)
            lower = buf[i];
    return (lower + upper) / 2;
}
/**
 * The median of the last `capacity` values pushed, kept in a small sorted array: at worst O(capacity)
 * per push, meant for short windows (hours of samples), not for week-long baselines.
 */
class RollingMedian {
    capacity;
    ring;
    sorted;
    head = 0;
    count = 0;
    constructor(capacity) {
        this.capacity = capacity;
        if (!Number.isInteger(capacity) || capacity < 1)
            throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
        this.ring = new Float64Array(capacity);
        this.sorted = new Float64Array(capacity);
    }
    get size() {
        return this.count;
    }
    push(value) {
        const sorted = this.sorted;
        let at;
        if (this.count === this.capacity) {
            // Overwrite the departing value in place, then slide the newcomer to its rank: only the values
            // between the two ranks move.
            at = this.indexOf(this.ring[this.head]);
        }
        else {
            at = this.count;
            this.count += 1;
        }
        const last = this.count - 1;
        while (at > 0 && sorted[at - 1] > value) {
            sorted[at] = sorted[at - 1];
            at -= 1;
        }
        while (at < last && sorted[at + 1] < value) {
            sorted[at] = sorted[at + 1];
            at += 1;
        }
        sorted[at] = value;
        this.ring[this.head] = value;
        this.head = this.head + 1 === this.capacity ? 0 : this.head + 1;
    }
    /** The lower of the two middle values for an even count: always one of the values pushed. */
    lowerMedian() {
        return this.count === 0 ? Number.NaN : this.sorted[(this.count - 1) >> 1];
    }
    /** Position of `value` among the sorted values (binary search; any one of equal values will do). */
    indexOf(value) {
        let lo = 0;
        let hi = this.count - 1;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.sorted[mid] < value)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
/**
 * Quantiles of the last `capacity` values pushed, exact after every push in O(log u), where u is the
 * number of distinct values the series can take (all known up front, as in a batch). A Fenwick tree
 * counts the window's values by rank, so no window is ever sorted or copied.
 */
class RollingQuantiles {
    universe;
    capacity;
    tree;
    ring;
    topBit;
    head = 0;
    count = 0;
    /** `universe`: every value that may be pushed, sorted ascending without repeats. */
    constructor(universe, capacity) {
        this.universe = universe;
        this.capacity = capacity;
        if (!Number.isInteger(capacity) || capacity < 1)
            throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
        // A power-of-two tree: the descent in kth never runs past the end, so it needs no bounds test.
        let size = 1;
        while (size < universe.length + 1)
            size *= 2;
        this.tree = new Int32Array(size);
        this.ring = new Int32Array(capacity);
        this.topBit = size >> 1;
    }
    get size() {
        return this.count;
    }
    push(value) {
        this.pushRank(rankIn(this.universe, value));
    }
    /** Pushes the value `universe[rank]`, skipping the search when the caller already has its rank. */
    pushRank(rank) {
        if (this.count === this.capacity)
            this.add(this.ring[this.head], -1);
        else
            this.count += 1;
        this.ring[this.head] = rank;
        this.head = this.head + 1 === this.capacity ? 0 : this.head + 1;
        this.add(rank, 1);
    }
    clear() {
        this.tree.fill(0);
        this.head = 0;
        this.count = 0;
    }
    /** Nearest-rank quantile of the window; NaN while empty. */
    quantile(q) {
        if (this.count === 0)
            return Number.NaN;
        return this.universe[this.kth(quantileIndex(this.count, q) + 1)];
    }
    add(rank, delta) {
        const tree = this.tree;
        const size = tree.length;
        for (let i = rank + 1; i < size; i += i & -i)
            tree[i] += delta;
    }
    /** Rank of the k-th smallest value in the window (k from 1): binary lifting down the tree. */
    kth(k) {
        const tree = this.tree;
        let position = 0;
        let remaining = k;
        for (let bit = this.topBit; bit > 0; bit >>= 1) {
            const next = position + bit;
            if (tree[next] < remaining) {
                position = next;
                remaining -= tree[next];
            }
        }
        return position;
    }
}
/** The distinct finite values of `values`, sorted ascending: the universe of a RollingQuantiles. */
function distinctSorted(values) {
    const sorted = new Float64Array(values.length);
    let finite = 0;
    for (let i = 0; i < values.length; i += 1)
        if (Number.isFinite(values[i]))
            sorted[finite++] = values[i];
    const used = sorted.subarray(0, finite).sort();
    let unique = 0;
    for (let i = 0; i < finite; i += 1)
        if (unique === 0 || used[i] !== used[unique - 1])
            used[unique++] = used[i];
    return used.slice(0, unique);
}
/** Index of `value` in the ascending `universe`; a RangeError if it is not there. */
function rankIn(universe, value) {
    let lo = 0;
    let hi = universe.length - 1;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (universe[mid] < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (universe[lo] !== value)
        throw new RangeError(`value ${value} is not in the universe`);
    return lo;
}
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
// Little-endian on every platform Node runs on: word 1 holds the sign, exponent and top 20 mantissa bits.
const HIGH = 1;
/**
 * `value` with its mantissa cut to 12 significant bits (relative error < 0.025%, toward zero). Quantiles
 * kept at this resolution lose nothing an alert threshold could see, and the set of distinct values
 * (the work per rolling-quantile step) stays small. A bit mask: no log or power per sample.
 */
function coarsen(value) {
    bits[0] = value;
    words[0] = 0;
    words[HIGH] = words[HIGH] & 0xffffff00;
    return bits[0];
}


/***/ }),

/***/ 5082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportCommand: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/aws/call-counter.ts
// Counts every AWS API call and HTTP request the tool makes: they are its real cost.
class CallCounter {
    stats = new Map();
    entry(service, operation) {
        const key = `${service}:${operation}`;
        let stat = this.stats.get(key);
        if (!stat) {
            stat = { service, operation, calls: 0, requests: 0, failed: 0 };
            this.stats.set(key, stat);
        }
        return stat;
    }
    call(service, operation) {
        this.entry(service, operation).calls += 1;
    }
    request(service, operation) {
        this.entry(service, operation).requests += 1;
    }
    failure(service, operation) {
        this.entry(service, operation).failed += 1;
    }
    snapshot() {
        const byOperation = [...this.stats.values()]
            .map((stat) => ({ ...stat }))
            .sort((a, b) => b.calls - a.calls || `${a.service}:${a.operation}`.localeCompare(`${b.service}:${b.operation}`));
        return {
            total: byOperation.reduce((sum, s) => sum + s.calls, 0),
            requests: byOperation.reduce((sum, s) => sum + s.requests, 0),
            byOperation,
        };
    }
}

;// CONCATENATED MODULE: ./src/aws/clients.ts
// The one place AWS SDK clients are made: region, credentials, endpoint, retries, timeouts and
// the call counter are set here for every client, so no collector configures its own.

class ClientFactory {
    options;
    counter;
    cache = new Map();
    constructor(options, counter = new CallCounter()) {
        this.options = options;
        this.counter = counter;
    }
    get(Client, region = this.options.region) {
        const key = `${Client.name}@${region}`;
        const cached = this.cache.get(key);
        if (cached)
            return cached;
        const client = new Client({
            region,
            maxAttempts: this.options.maxAttempts,
            retryMode: 'adaptive',
            requestHandler: { requestTimeout: this.options.requestTimeoutMs, connectionTimeout: 5_000 },
            ...(this.options.credentials ? { credentials: this.options.credentials } : {}),
            ...(this.options.profile ? { profile: this.options.profile } : {}),
            ...(this.options.endpointUrl ? { endpoint: this.options.endpointUrl } : {}),
            // The emulator cannot read gzip request bodies; compression only matters for writes anyway.
            disableRequestCompression: true,
        });
        this.instrument(client);
        this.cache.set(key, client);
        return client;
    }
    instrument(client) {
        const counter = this.counter;
        const names = (context) => [
            (context.clientName ?? 'Unknown').replace(/Client$/, ''),
            (context.commandName ?? 'Unknown').replace(/Command$/, ''),
        ];
        client.middlewareStack.add(((next, context) => async (args) => {
            const [service, operation] = names(context);
            counter.call(service, operation);
            try {
                return await next(args);
            }
            catch (error) {
                counter.failure(service, operation);
                throw error;
            }
        }), { step: 'initialize', name: 'awsMonitorCallCounter' });
        // The deserialize step runs once per attempt, inside the retry loop.
        client.middlewareStack.add(((next, context) => async (args) => {
            const [service, operation] = names(context);
            counter.request(service, operation);
            return next(args);
        }), { step: 'deserialize', name: 'awsMonitorRequestCounter' });
    }
    destroy() {
        for (const client of this.cache.values())
            client.destroy();
        this.cache.clear();
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
;// CONCATENATED MODULE: ./src/report/redact.ts
// Removes credentials and secrets from any text that may reach a report, log or error message.
const RULES = [
    // AWS access key ids (long-term AKIA, temporary ASIA, and the other documented prefixes).
    [/\b(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}\b/g, '[REDACTED-AWS-KEY-ID]'],
    // key = value / key: value pairs whose key names a secret.
    [/\b((?:aws_)?(?:secret(?:_access)?_key|session_token|password|passwd|pwd|token|api[_-]?key|secret))(["']?\s*[:=]\s*["']?)[^\s"',;&]+/gi, '$1$2[REDACTED]'],
    // user:password@ in connection strings.
    [/(\b[a-z][a-z0-9+.-]*:\/\/[^:/\s@]+:)[^@\s/]+@/gi, '$1[REDACTED]@'],
    // Bearer tokens.
    [/\b(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/g, '$1[REDACTED]'],
];
function redact(text) {
    let result = text;
    for (const [pattern, replacement] of RULES)
        result = result.replace(pattern, replacement);
    return result;
}

;// CONCATENATED MODULE: ./src/aws/aws-errors.ts
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
    return e?.name === 'CredentialsProviderError' || /Could not load credentials|InvalidClientTokenId|UnrecognizedClientException|ExpiredToken/i.test(`${e?.name ?? ''} ${e?.message ?? ''}`);
}
/** One line: "AccessDeniedException: User ... is not authorized (after 3 attempts)". */
function describeAwsError(error) {
    const e = error;
    if (!(error instanceof Error) && typeof error !== 'object')
        return redact(String(error));
    // A body the SDK cannot parse (an HTML error page from a proxy, or an API the endpoint lacks).
    if (/Deserialization error|XML parse error|is not valid JSON/.test(e.message ?? '')) {
        const status = error.$response?.statusCode ?? e.$metadata?.httpStatusCode;
        const why = status !== undefined && status < 300 ? 'the answer does not match the API format' : 'the endpoint may not implement this API';
        return `unreadable response${status ? ` (HTTP ${status})` : ''}: ${why}`;
    }
    const name = e.name && e.name !== 'Error' ? `${e.name}: ` : '';
    const attempts = e.$metadata?.attempts && e.$metadata.attempts > 1 ? ` (after ${e.$metadata.attempts} attempts)` : '';
    const message = (e.message ?? '').split('\n')[0].slice(0, 300);
    return redact(`${name}${message}${attempts}`);
}

;// CONCATENATED MODULE: ./src/collectors/attempt.ts
// Runs one AWS call for a collector. A failure after the SDK's retries becomes a coverage gap
// naming the API and the IAM action, and the collector carries on without that piece.

class CredentialsUnusableError extends Error {
    name = 'CredentialsUnusableError';
}
async function attempt(context, collectorId, what, call) {
    try {
        return await context.limit(call);
    }
    catch (error) {
        // Bad credentials make every call fail the same way: stop the scan with one clear message.
        if (isCredentialsError(error))
            throw new CredentialsUnusableError(describeAwsError(error));
        context.gap({
            service: collectorId,
            operation: what.operation,
            iamAction: iamAction(what.sdkService, what.operation),
            scope: what.scope,
            reason: failureReason(error, iamAction(what.sdkService, what.operation)),
        });
        return undefined;
    }
}
/** Why a call failed after the SDK's retries, in words a coverage gap can show: the grant to add, or the limit hit. */
function failureReason(error, action) {
    if (isAccessDenied(error))
        return `access denied: grant ${action} (${describeAwsError(error)})`;
    if (isThrottling(error))
        return `throttled beyond retries: ${describeAwsError(error)}`;
    return describeAwsError(error);
}
function chunk(items, size) {
    const chunks = [];
    for (let i = 0; i < items.length; i += size)
        chunks.push(items.slice(i, i + size));
    return chunks;
}
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

;// CONCATENATED MODULE: ./src/collectors/cloudformation/collector.ts
// CloudFormation: stacks whose name has the configured prefix and suffix, with their status.


const ID = 'cloudformation';
const cloudformationCollector = {
    id: ID,
    title: 'AWS CloudFormation',
    resourceTypes: ['cloudformation:stack'],
    async collect(context) {
        const cloudformation = context.clients.get(dist_cjs/* CloudFormationClient */.m1N);
        const { cloudformationPrefix: prefix, cloudformationSuffix: suffix } = context.config.filters;
        // DescribeStacks returns every live stack with its status in one paginated listing.
        const stacks = await paginate(context, ID, { sdkService: 'CloudFormation', operation: 'DescribeStacks', scope: 'CloudFormation stacks' }, async (NextToken) => {
            const page = await cloudformation.send(new dist_cjs/* DescribeStacksCommand */.Y47({ NextToken }));
            return { items: page.Stacks, next: page.NextToken };
        });
        const inScope = stacks.filter((stack) => {
            const name = stack.StackName ?? '';
            return name.startsWith(prefix) && name.endsWith(suffix) && name.length >= prefix.length + suffix.length;
        });
        context.progress(`CloudFormation: ${inScope.length} of ${stacks.length} stacks match ${prefix}*${suffix}`);
        const resources = inScope.map((stack) => stackResource(context, stack));
        // Only a stack that failed, rolled back or is mid-operation needs its events read: one call each.
        await Promise.all(resources.filter((r) => NEEDS_EVENTS.test(r.status ?? '')).map((r) => addFailureEvents(context, cloudformation, r)));
        return resources;
    },
};
const NEEDS_EVENTS = /FAILED|ROLLBACK|IN_PROGRESS/;
const EVENTS_KEPT = 10;
/** The failed resource events of the stack's latest operation (first page: newest 100 events), newest first. */
async function addFailureEvents(context, cloudformation, resource) {
    const page = await attempt(context, ID, { sdkService: 'CloudFormation', operation: 'DescribeStackEvents', scope: `events of stack ${resource.name}` }, () => cloudformation.send(new dist_cjs/* DescribeStackEventsCommand */.Ie9({ StackName: resource.arn ?? resource.name })));
    if (!page)
        return;
    const operation = latestOperation(page.StackEvents ?? [], resource.name);
    if (resource.status?.endsWith('_IN_PROGRESS'))
        resource.attributes.waitingOn = waitingOn(operation, resource.name);
    resource.events = operation
        .filter((event) => event.ResourceStatus?.endsWith('_FAILED'))
        .slice(0, EVENTS_KEPT)
        .map((event) => ({
        at: event.Timestamp?.toISOString() ?? '',
        message: `${event.LogicalResourceId ?? '?'} (${event.ResourceType ?? '?'}) ${event.ResourceStatus}: ${event.ResourceStatusReason ?? 'no reason given'}`,
    }));
}
/** Resources of the running operation whose latest event is still *_IN_PROGRESS: what a stuck stack waits on. */
function waitingOn(events, stackName) {
    const latest = new Map();
    for (const event of events)
        if (event.LogicalResourceId && !latest.has(event.LogicalResourceId))
            latest.set(event.LogicalResourceId, event);
    const pending = [...latest.values()].filter((e) => e.LogicalResourceId !== stackName && e.ResourceStatus?.endsWith('_IN_PROGRESS'));
    return pending.map((e) => `${e.LogicalResourceId} (${e.ResourceType ?? '?'})`).slice(0, 5).join(', ') || null;
}
/** Events newer than the stack's last "User Initiated" event, i.e. of the operation now showing. */
function latestOperation(events, stackName) {
    const start = events.findIndex((e) => e.LogicalResourceId === stackName && /^user initiated$/i.test(e.ResourceStatusReason ?? ''));
    return start === -1 ? events : events.slice(0, start + 1);
}
function stackResource(context, stack) {
    const name = stack.StackName ?? 'unknown';
    return {
        type: 'cloudformation:stack',
        id: name,
        ...(stack.StackId ? { arn: stack.StackId } : {}),
        name,
        region: context.config.region,
        ...(stack.StackStatus ? { status: stack.StackStatus } : {}),
        tags: tagsToRecord(stack.Tags),
        attributes: {
            statusReason: stack.StackStatusReason ?? null,
            createdAt: stack.CreationTime?.toISOString() ?? null,
            lastUpdatedAt: (stack.LastUpdatedTime ?? stack.CreationTime)?.toISOString() ?? null,
            driftStatus: stack.DriftInformation?.StackDriftStatus ?? null,
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-database-migration-service/dist-cjs/index.js
var client_database_migration_service_dist_cjs = __webpack_require__(6819);
;// CONCATENATED MODULE: ./src/collectors/dms/collector.ts
// DMS: every replication task with its status, last failure, progress and table errors, and the
// log group its task logs go to.


const collector_ID = 'dms';
const PAGE = 100;
const ERRORED_TABLES_KEPT = 10;
const dmsCollector = {
    id: collector_ID,
    title: 'AWS DMS',
    resourceTypes: ['dms:task'],
    async collect(context) {
        const dms = context.clients.get(client_database_migration_service_dist_cjs/* DatabaseMigrationServiceClient */.qiD);
        const scope = (operation, what) => ({ sdkService: 'DatabaseMigrationService', operation, scope: what });
        const [instances, tasks] = await Promise.all([
            paginate(context, collector_ID, scope('DescribeReplicationInstances', 'DMS replication instances'), async (Marker) => {
                const page = await dms.send(new client_database_migration_service_dist_cjs/* DescribeReplicationInstancesCommand */.rEx({ Marker, MaxRecords: PAGE }));
                return { items: page.ReplicationInstances, next: page.Marker };
            }),
            paginate(context, collector_ID, scope('DescribeReplicationTasks', 'DMS replication tasks'), async (Marker) => {
                // Task settings are large JSON documents we do not read.
                const page = await dms.send(new client_database_migration_service_dist_cjs/* DescribeReplicationTasksCommand */.Jij({ Marker, MaxRecords: PAGE, WithoutSettings: true }));
                return { items: page.ReplicationTasks, next: page.Marker };
            }),
        ]);
        context.progress(`DMS: ${tasks.length} replication tasks`);
        const instanceByArn = new Map(instances.map((i) => [i.ReplicationInstanceArn, i]));
        const resources = tasks.map((task) => taskResource(context, task, instanceByArn.get(task.ReplicationInstanceArn)));
        // Table statistics cost a call per task: read them only where DMS counts errored tables.
        await Promise.all(resources.filter((r) => Number(r.attributes.tablesErrored ?? 0) > 0 && r.arn).map(async (resource) => {
            const stats = await paginate(context, collector_ID, scope('DescribeTableStatistics', `table errors of DMS task ${resource.id}`), async (Marker) => {
                const page = await dms.send(new client_database_migration_service_dist_cjs/* DescribeTableStatisticsCommand */.yYZ({ ReplicationTaskArn: resource.arn, Marker, MaxRecords: 500 }));
                return { items: page.TableStatistics, next: page.Marker };
            });
            const errored = stats.filter((t) => /error/i.test(`${t.TableState ?? ''} ${t.ValidationState ?? ''}`));
            resource.attributes.erroredTables = errored.slice(0, ERRORED_TABLES_KEPT).map((t) => `${t.SchemaName}.${t.TableName} (${t.TableState})`).join(', ') || null;
        }));
        return resources;
    },
};
function taskResource(context, task, instance) {
    const id = task.ReplicationTaskIdentifier ?? 'unknown';
    const instanceId = instance?.ReplicationInstanceIdentifier ?? task.ReplicationInstanceArn?.split(':').pop() ?? null;
    const stats = task.ReplicationTaskStats;
    return {
        type: 'dms:task',
        id,
        ...(task.ReplicationTaskArn ? { arn: task.ReplicationTaskArn } : {}),
        name: id,
        region: context.config.region,
        ...(task.Status ? { status: task.Status } : {}),
        tags: {},
        attributes: {
            migrationType: task.MigrationType ?? null,
            replicationInstance: instanceId,
            replicationInstanceStatus: instance?.ReplicationInstanceStatus ?? null,
            lastFailureMessage: task.LastFailureMessage ?? null,
            stopReason: task.StopReason ?? null,
            fullLoadProgressPercent: stats?.FullLoadProgressPercent ?? null,
            tablesLoaded: stats?.TablesLoaded ?? null,
            tablesLoading: stats?.TablesLoading ?? null,
            tablesErrored: stats?.TablesErrored ?? 0,
            startedAt: (stats?.StartDate ?? task.ReplicationTaskStartDate)?.toISOString() ?? null,
            stoppedAt: stats?.StopDate?.toISOString() ?? null,
            // DMS writes task logs to this group (when task logging is on); the log checks read it.
            logGroup: instanceId ? `dms-tasks-${instanceId}` : null,
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var client_ecs_dist_cjs = __webpack_require__(212);
;// CONCATENATED MODULE: ./src/collectors/resource-filter.ts
// Include/exclude resources by name glob and tag, as configured in [filters].
/** A glob with * and ? as a regular expression; everything else is literal (no user regex, no backtracking traps). */
function globToRegExp(glob) {
    const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    return new RegExp(`^${body}$`, 'i');
}
function hasTag(resource, filter) {
    const value = resource.tags[filter.key];
    return value !== undefined && (filter.value === undefined || value === filter.value);
}
function makeResourceFilter(filters) {
    const include = filters.includeNames.map(globToRegExp);
    const exclude = filters.excludeNames.map(globToRegExp);
    return (resource) => {
        if (include.length > 0 && !include.some((re) => re.test(resource.name)))
            return false;
        if (exclude.some((re) => re.test(resource.name)))
            return false;
        if (filters.includeTags.length > 0 && !filters.includeTags.some((f) => hasTag(resource, f)))
            return false;
        if (filters.excludeTags.some((f) => hasTag(resource, f)))
            return false;
        return true;
    };
}
/**
 * The name half of the filters, for collectors that can drop resources before describing them
 * (a name is known from a listing; tags are not). Resources it rejects would be dropped anyway.
 */
function makeNameFilter(filters) {
    const include = filters.includeNames.map(globToRegExp);
    const exclude = filters.excludeNames.map(globToRegExp);
    return (name) => (include.length === 0 || include.some((re) => re.test(name))) && !exclude.some((re) => re.test(name));
}

;// CONCATENATED MODULE: ./src/collectors/ecs/collector.ts
// ECS: every cluster and service, with desired/running/pending counts, deployments and events.



const ecs_collector_ID = 'ecs';
const SERVICES_PER_DESCRIBE = 10; // DescribeServices' documented maximum
const CLUSTERS_PER_DESCRIBE = 100;
const TASKS_PER_DESCRIBE = 100;
// Enough to reach back past a burst of repeated health-check events to the last steady state.
const collector_EVENTS_KEPT = 30;
const STOPPED_TASKS_KEPT = 20;
const ecsCollector = {
    id: ecs_collector_ID,
    title: 'Amazon ECS',
    resourceTypes: ['ecs:cluster', 'ecs:service'],
    async collect(context) {
        const ecs = context.clients.get(client_ecs_dist_cjs/* ECSClient */.Zgc);
        const clusterArns = await paginate(context, ecs_collector_ID, { sdkService: 'ECS', operation: 'ListClusters', scope: 'ECS clusters' }, async (nextToken) => {
            const page = await ecs.send(new client_ecs_dist_cjs/* ListClustersCommand */.Nnn({ nextToken, maxResults: 100 }));
            return { items: page.clusterArns, next: page.nextToken };
        });
        const clusters = [];
        await Promise.all(chunk(clusterArns, CLUSTERS_PER_DESCRIBE).map(async (batch) => {
            const described = await attempt(context, ecs_collector_ID, { sdkService: 'ECS', operation: 'DescribeClusters', scope: `${batch.length} ECS clusters` }, () => ecs.send(new client_ecs_dist_cjs/* DescribeClustersCommand */._2_({ clusters: batch, include: ['SETTINGS', 'TAGS'] })));
            clusters.push(...(described?.clusters ?? []));
            reportFailures(context, 'DescribeClusters', 'cluster', described?.failures);
        }));
        context.progress(`ECS: ${clusters.length} clusters`);
        const perCluster = await Promise.all(clusters.map((cluster) => collectServices(context, ecs, cluster)));
        const services = perCluster.flatMap((c) => c.services);
        const clusterResources = clusters.map((cluster, i) => clusterResource(context, cluster, perCluster[i].listed));
        // The metric catalog reads Container Insights only for services whose cluster has it on.
        const insights = new Map(clusterResources.map((c) => [c.name, c.attributes.containerInsights]));
        for (const service of services)
            service.attributes.containerInsights = insights.get(String(service.attributes.cluster)) ?? 'disabled';
        await addLogGroups(context, ecs, services);
        return [...clusterResources, ...services];
    },
};
async function collectServices(context, ecs, cluster) {
    const [{ services, listed }, stopped] = await Promise.all([describeServices(context, ecs, cluster), stoppedTasksByService(context, ecs, cluster)]);
    for (const service of services) {
        const tasks = stopped.get(service.name);
        if (tasks)
            service.stoppedTasks = tasks.slice(0, STOPPED_TASKS_KEPT);
        service.attributes.stoppedTasks = tasks?.length ?? 0;
    }
    return { services, listed };
}
/** Stopped tasks of the whole cluster in one listing (ECS keeps them about an hour), by service name. */
async function stoppedTasksByService(context, ecs, cluster) {
    const clusterName = cluster.clusterName ?? 'unknown';
    const taskArns = await paginate(context, ecs_collector_ID, { sdkService: 'ECS', operation: 'ListTasks', scope: `stopped tasks of cluster ${clusterName}` }, async (nextToken) => {
        const page = await ecs.send(new client_ecs_dist_cjs/* ListTasksCommand */.MYg({ cluster: cluster.clusterArn, desiredStatus: 'STOPPED', nextToken, maxResults: 100 }));
        return { items: page.taskArns, next: page.nextToken };
    });
    const described = await Promise.all(chunk(taskArns, TASKS_PER_DESCRIBE).map((batch) => attempt(context, ecs_collector_ID, { sdkService: 'ECS', operation: 'DescribeTasks', scope: `${batch.length} stopped tasks of cluster ${clusterName}` }, () => ecs.send(new client_ecs_dist_cjs/* DescribeTasksCommand */.z8X({ cluster: cluster.clusterArn, tasks: batch })))));
    for (const d of described)
        reportFailures(context, 'DescribeTasks', 'stopped task', d?.failures);
    const byService = new Map();
    for (const task of described.flatMap((d) => d?.tasks ?? [])) {
        const service = task.group?.startsWith('service:') ? task.group.slice('service:'.length) : undefined;
        if (!service)
            continue;
        const tasks = byService.get(service) ?? [];
        if (tasks.length === 0)
            byService.set(service, tasks);
        tasks.push(stoppedTask(task));
    }
    for (const tasks of byService.values())
        tasks.sort((a, b) => (b.stoppedAt ?? '').localeCompare(a.stoppedAt ?? ''));
    return byService;
}
function stoppedTask(task) {
    const stoppedAt = (task.stoppedAt ?? task.stoppingAt)?.toISOString();
    return {
        ...(stoppedAt ? { stoppedAt } : {}),
        reason: task.stoppedReason ?? 'unknown',
        ...(task.stopCode ? { stopCode: task.stopCode } : {}),
        failedContainers: (task.containers ?? []).filter((c) => c.exitCode !== undefined && c.exitCode !== 0).map((c) => `${c.name}=${c.exitCode}`),
        ...(task.taskDefinitionArn ? { taskDefinition: task.taskDefinitionArn.slice(task.taskDefinitionArn.lastIndexOf('/') + 1) } : {}),
    };
}
/**
 * The awslogs log groups of each service's task definition, for the log checks. DescribeTaskDefinition
 * takes one definition per call, so each distinct revision is described once.
 */
async function addLogGroups(context, ecs, services) {
    const revisions = [...new Set(services.map((s) => s.attributes.taskDefinition).filter((t) => typeof t === 'string'))];
    const definitions = new Map();
    await Promise.all(revisions.map(async (revision) => {
        const result = await attempt(context, ecs_collector_ID, { sdkService: 'ECS', operation: 'DescribeTaskDefinition', scope: `log groups of task definition ${revision}` }, () => ecs.send(new client_ecs_dist_cjs/* DescribeTaskDefinitionCommand */.Zy$({ taskDefinition: revision })));
        definitions.set(revision, result?.taskDefinition);
    }));
    for (const service of services) {
        const definition = definitions.get(String(service.attributes.taskDefinition));
        const logConfigs = (definition?.containerDefinitions ?? []).map((c) => c.logConfiguration).filter((l) => l?.logDriver === 'awslogs');
        service.attributes.logGroups = [...new Set(logConfigs.map((l) => l?.options?.['awslogs-group']).filter(Boolean))].join(',') || null;
        service.attributes.logStreamPrefixes = [...new Set(logConfigs.map((l) => l?.options?.['awslogs-stream-prefix']).filter(Boolean))].join(',') || null;
    }
}
async function describeServices(context, ecs, cluster) {
    const keepName = makeNameFilter(context.config.filters);
    const clusterName = cluster.clusterName ?? 'unknown';
    const serviceArns = await paginate(context, ecs_collector_ID, { sdkService: 'ECS', operation: 'ListServices', scope: `services of cluster ${clusterName}` }, async (nextToken) => {
        const page = await ecs.send(new client_ecs_dist_cjs/* ListServicesCommand */.qde({ cluster: cluster.clusterArn, nextToken, maxResults: 100 }));
        return { items: page.serviceArns, next: page.nextToken };
    });
    // Services the name filters would drop are not described at all.
    const wanted = serviceArns.filter((arn) => keepName(nameFromArn(arn)));
    const batches = await Promise.all(chunk(wanted, SERVICES_PER_DESCRIBE).map((batch) => attempt(context, ecs_collector_ID, { sdkService: 'ECS', operation: 'DescribeServices', scope: `${batch.length} services of cluster ${clusterName}` }, () => ecs.send(new client_ecs_dist_cjs/* DescribeServicesCommand */.H7c({ cluster: cluster.clusterArn, services: batch, include: ['TAGS'] })))));
    for (const batch of batches)
        reportFailures(context, 'DescribeServices', 'service', batch?.failures);
    const services = batches.flatMap((batch) => batch?.services ?? []).map((service) => serviceResource(context, clusterName, service));
    return { services, listed: serviceArns.length };
}
/** ECS's Describe calls succeed while naming items they could not describe: those are gaps, not omissions. */
function reportFailures(context, operation, what, failures) {
    for (const failure of failures ?? []) {
        context.gap({
            service: ecs_collector_ID,
            operation,
            iamAction: `ecs:${operation}`,
            scope: `${what} ${failure.arn ?? 'unknown'}`,
            reason: `ECS answered ${failure.reason ?? 'a failure'}${failure.detail ? `: ${failure.detail}` : ''}`,
        });
    }
}
/** listed: the services ListServices returned, which is exact where activeServicesCount lags. */
function clusterResource(context, cluster, listed) {
    const insights = cluster.settings?.find((s) => s.name === 'containerInsights')?.value;
    return {
        type: 'ecs:cluster',
        id: cluster.clusterName ?? cluster.clusterArn ?? 'unknown',
        ...(cluster.clusterArn ? { arn: cluster.clusterArn } : {}),
        name: cluster.clusterName ?? 'unknown',
        region: context.config.region,
        ...(cluster.status ? { status: cluster.status } : {}),
        tags: tagsToRecord(cluster.tags),
        attributes: {
            activeServices: Math.max(listed, cluster.activeServicesCount ?? 0),
            runningTasks: cluster.runningTasksCount ?? 0,
            pendingTasks: cluster.pendingTasksCount ?? 0,
            containerInsights: insights ?? 'disabled',
        },
    };
}
function serviceResource(context, clusterName, service) {
    const primary = service.deployments?.find((d) => d.status === 'PRIMARY');
    const name = service.serviceName ?? 'unknown';
    return {
        type: 'ecs:service',
        id: `${clusterName}/${name}`,
        ...(service.serviceArn ? { arn: service.serviceArn } : {}),
        name,
        region: context.config.region,
        ...(service.status ? { status: service.status } : {}),
        tags: tagsToRecord(service.tags),
        attributes: {
            cluster: clusterName,
            desired: service.desiredCount ?? 0,
            running: service.runningCount ?? 0,
            pending: service.pendingCount ?? 0,
            launchType: service.launchType ?? (service.capacityProviderStrategy?.length ? 'CAPACITY_PROVIDER' : null),
            taskDefinition: service.taskDefinition ? service.taskDefinition.slice(service.taskDefinition.lastIndexOf('/') + 1) : null,
            deployments: service.deployments?.length ?? 0,
            rolloutState: primary?.rolloutState ?? null,
            rolloutStateReason: primary?.rolloutStateReason ?? null,
            deploymentStartedAt: primary?.createdAt?.toISOString() ?? null,
            failedTasks: primary?.failedTasks ?? 0,
            circuitBreaker: service.deploymentConfiguration?.deploymentCircuitBreaker?.enable ?? false,
            // Target group names, from their ARNs (…:targetgroup/NAME/ID): the load-balancer checks join on these.
            targetGroups: (service.loadBalancers ?? []).map((lb) => lb.targetGroupArn?.split('/')[1]).filter(Boolean).join(',') || null,
        },
        events: (service.events ?? []).slice(0, collector_EVENTS_KEPT).map((event) => ({
            at: event.createdAt?.toISOString() ?? '',
            message: event.message ?? '',
        })),
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-cjs/index.js
var client_elastic_load_balancing_v2_dist_cjs = __webpack_require__(586);
;// CONCATENATED MODULE: ./src/collectors/elbv2/collector.ts
// ELBv2: load balancers and target groups with the health of every target.


const elbv2_collector_ID = 'elbv2';
const collector_PAGE = 400; // PageSize's documented maximum
const TAGS_PER_CALL = 20; // DescribeTags' documented maximum
const elbv2Collector = {
    id: elbv2_collector_ID,
    title: 'Elastic Load Balancing',
    resourceTypes: ['elbv2:load-balancer', 'elbv2:target-group'],
    async collect(context) {
        const elb = context.clients.get(client_elastic_load_balancing_v2_dist_cjs/* ElasticLoadBalancingV2Client */.MlD);
        const scope = (operation, what) => ({ sdkService: 'ElasticLoadBalancingV2', operation, scope: what });
        const [loadBalancers, targetGroups] = await Promise.all([
            paginate(context, elbv2_collector_ID, scope('DescribeLoadBalancers', 'load balancers'), async (Marker) => {
                const page = await elb.send(new client_elastic_load_balancing_v2_dist_cjs/* DescribeLoadBalancersCommand */.AZi({ Marker, PageSize: collector_PAGE }));
                return { items: page.LoadBalancers, next: page.NextMarker };
            }),
            paginate(context, elbv2_collector_ID, scope('DescribeTargetGroups', 'target groups'), async (Marker) => {
                const page = await elb.send(new client_elastic_load_balancing_v2_dist_cjs/* DescribeTargetGroupsCommand */.sC7({ Marker, PageSize: collector_PAGE }));
                return { items: page.TargetGroups, next: page.NextMarker };
            }),
        ]);
        context.progress(`ELB: ${loadBalancers.length} load balancers, ${targetGroups.length} target groups`);
        const names = new Map(loadBalancers.map((lb) => [lb.LoadBalancerArn, lb.LoadBalancerName ?? '?']));
        // Target health has no batch form: one call per target group.
        const health = new Map();
        await Promise.all(targetGroups.map(async (group) => {
            const result = await attempt(context, elbv2_collector_ID, scope('DescribeTargetHealth', `target health of ${group.TargetGroupName}`), () => elb.send(new client_elastic_load_balancing_v2_dist_cjs/* DescribeTargetHealthCommand */.qyg({ TargetGroupArn: group.TargetGroupArn })));
            health.set(group.TargetGroupArn ?? '', result?.TargetHealthDescriptions);
        }));
        const resources = [
            ...loadBalancers.map((lb) => loadBalancerResource(context, lb)),
            ...targetGroups.map((group) => targetGroupResource(context, group, health.get(group.TargetGroupArn ?? ''), names)),
        ];
        await addTags(context, elb, resources);
        return resources;
    },
};
async function addTags(context, elb, resources) {
    const byArn = new Map(resources.filter((r) => r.arn).map((r) => [r.arn, r]));
    await Promise.all(chunk([...byArn.keys()], TAGS_PER_CALL).map(async (arns) => {
        const result = await attempt(context, elbv2_collector_ID, { sdkService: 'ElasticLoadBalancingV2', operation: 'DescribeTags', scope: `tags of ${arns.length} load balancers and target groups` }, () => elb.send(new client_elastic_load_balancing_v2_dist_cjs/* DescribeTagsCommand */.yRM({ ResourceArns: arns })));
        for (const description of result?.TagDescriptions ?? []) {
            const resource = byArn.get(description.ResourceArn ?? '');
            if (resource)
                resource.tags = tagsToRecord(description.Tags);
        }
    }));
}
/** The CloudWatch dimension value: the ARN's part after "loadbalancer/" or "…:" (app/name/id, targetgroup/name/id). */
function metricDimension(arn, marker) {
    const index = arn?.indexOf(marker) ?? -1;
    return arn && index >= 0 ? arn.slice(index + (marker === 'loadbalancer/' ? marker.length : 0)) : null;
}
function loadBalancerResource(context, lb) {
    return {
        type: 'elbv2:load-balancer',
        id: lb.LoadBalancerName ?? 'unknown',
        ...(lb.LoadBalancerArn ? { arn: lb.LoadBalancerArn } : {}),
        name: lb.LoadBalancerName ?? 'unknown',
        region: context.config.region,
        ...(lb.State?.Code ? { status: lb.State.Code } : {}),
        tags: {},
        attributes: {
            lbType: lb.Type ?? null,
            scheme: lb.Scheme ?? null,
            dnsName: lb.DNSName ?? null,
            vpcId: lb.VpcId ?? null,
            availabilityZones: lb.AvailabilityZones?.length ?? 0,
            stateReason: lb.State?.Reason ?? null,
            metricDimension: metricDimension(lb.LoadBalancerArn, 'loadbalancer/'),
        },
    };
}
function targetGroupResource(context, group, health, lbNames) {
    const targets = health ?? [];
    const unhealthy = targets.filter((t) => t.TargetHealth?.State === 'unhealthy');
    const healthy = targets.filter((t) => t.TargetHealth?.State === 'healthy');
    const reasons = new Map();
    for (const t of unhealthy)
        reasons.set(t.TargetHealth?.Reason ?? 'unknown', (reasons.get(t.TargetHealth?.Reason ?? 'unknown') ?? 0) + 1);
    const status = health === undefined ? 'unknown' : targets.length === 0 ? 'empty' : unhealthy.length === 0 ? 'healthy' : healthy.length === 0 ? 'unhealthy' : 'degraded';
    return {
        type: 'elbv2:target-group',
        id: group.TargetGroupName ?? 'unknown',
        ...(group.TargetGroupArn ? { arn: group.TargetGroupArn } : {}),
        name: group.TargetGroupName ?? 'unknown',
        region: context.config.region,
        status,
        tags: {},
        attributes: {
            protocol: group.Protocol ?? null,
            port: group.Port ?? null,
            targetType: group.TargetType ?? null,
            loadBalancers: (group.LoadBalancerArns ?? []).map((arn) => lbNames.get(arn) ?? arn.split('/')[2] ?? arn).join(',') || null,
            healthCheckPath: group.HealthCheckPath ?? null,
            targets: targets.length,
            healthyTargets: healthy.length,
            unhealthyTargets: unhealthy.length,
            unhealthyReasons: [...reasons].map(([reason, n]) => `${reason} x${n}`).join(', ') || null,
            firstUnhealthyDescription: unhealthy[0]?.TargetHealth?.Description ?? null,
            metricDimension: metricDimension(group.TargetGroupArn, 'targetgroup/'),
            // Target group metrics are per (target group, load balancer); the first one is the one measured.
            loadBalancerDimension: metricDimension(group.LoadBalancerArns?.[0], 'loadbalancer/'),
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-opensearch/dist-cjs/index.js
var client_opensearch_dist_cjs = __webpack_require__(2445);
;// CONCATENATED MODULE: ./src/collectors/opensearch/collector.ts
// OpenSearch: every domain with its processing state, version, cluster config and endpoint.
// Cluster health (red/yellow) comes from CloudWatch metrics, not from this API.



const opensearch_collector_ID = 'opensearch';
const DOMAINS_PER_DESCRIBE = 5; // DescribeDomains' documented maximum
const opensearchCollector = {
    id: opensearch_collector_ID,
    title: 'Amazon OpenSearch Service',
    resourceTypes: ['opensearch:domain'],
    async collect(context) {
        const opensearch = context.clients.get(client_opensearch_dist_cjs/* OpenSearchClient */.iBl);
        const listed = await attempt(context, opensearch_collector_ID, { sdkService: 'OpenSearch', operation: 'ListDomainNames', scope: 'OpenSearch domains' }, () => opensearch.send(new client_opensearch_dist_cjs/* ListDomainNamesCommand */.CW3({})));
        // Domains the name filters would drop are not described at all.
        const keepName = makeNameFilter(context.config.filters);
        const names = (listed?.DomainNames ?? []).map((d) => d.DomainName).filter((n) => Boolean(n) && keepName(n));
        const batches = await Promise.all(chunk(names, DOMAINS_PER_DESCRIBE).map((batch) => attempt(context, opensearch_collector_ID, { sdkService: 'OpenSearch', operation: 'DescribeDomains', scope: `OpenSearch domains ${batch.join(', ')}` }, () => opensearch.send(new client_opensearch_dist_cjs/* DescribeDomainsCommand */.CVH({ DomainNames: batch })))));
        const domains = batches.flatMap((b) => b?.DomainStatusList ?? []);
        context.progress(`OpenSearch: ${domains.length} domains`);
        const resources = domains.map((domain) => domainResource(context, domain));
        // Tags cost one call per domain: read them only when a tag filter needs them.
        const { includeTags, excludeTags } = context.config.filters;
        if (includeTags.length > 0 || excludeTags.length > 0) {
            await Promise.all(resources.map(async (resource) => {
                if (!resource.arn)
                    return;
                const tags = await attempt(context, opensearch_collector_ID, { sdkService: 'OpenSearch', operation: 'ListTags', scope: `tags of OpenSearch domain ${resource.id}` }, () => opensearch.send(new client_opensearch_dist_cjs/* ListTagsCommand */.bvr({ ARN: resource.arn })));
                resource.tags = tagsToRecord(tags?.TagList);
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
            logPublishing: logs.join(',') || null,
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-rds/dist-cjs/index.js
var client_rds_dist_cjs = __webpack_require__(7202);
;// CONCATENATED MODULE: ./src/collectors/rds/collector.ts
// RDS: every DB instance and Aurora cluster with status, storage, Multi-AZ, replica role, log
// exports, pending maintenance and recent RDS events. Four listings for the whole region.


const rds_collector_ID = 'rds';
const rds_collector_PAGE = 100; // MaxRecords' documented maximum
const EVENT_DAYS_KEPT = 14; // RDS keeps events for 14 days
const rds_collector_EVENTS_KEPT = 10;
const rdsCollector = {
    id: rds_collector_ID,
    title: 'Amazon RDS',
    resourceTypes: ['rds:instance', 'rds:cluster'],
    async collect(context) {
        const rds = context.clients.get(client_rds_dist_cjs/* RDSClient */.rYe);
        const scope = (operation, what) => ({ sdkService: 'RDS', operation, scope: what });
        const [instances, clusters, maintenance, events] = await Promise.all([
            paginate(context, rds_collector_ID, scope('DescribeDBInstances', 'RDS DB instances'), async (Marker) => {
                const page = await rds.send(new client_rds_dist_cjs/* DescribeDBInstancesCommand */.hhJ({ Marker, MaxRecords: rds_collector_PAGE }));
                return { items: page.DBInstances, next: page.Marker };
            }),
            paginate(context, rds_collector_ID, scope('DescribeDBClusters', 'RDS and Aurora DB clusters'), async (Marker) => {
                const page = await rds.send(new client_rds_dist_cjs/* DescribeDBClustersCommand */.Kdv({ Marker, MaxRecords: rds_collector_PAGE }));
                return { items: page.DBClusters, next: page.Marker };
            }),
            paginate(context, rds_collector_ID, scope('DescribePendingMaintenanceActions', 'pending maintenance of RDS resources'), async (Marker) => {
                const page = await rds.send(new client_rds_dist_cjs/* DescribePendingMaintenanceActionsCommand */.YKU({ Marker, MaxRecords: rds_collector_PAGE }));
                return { items: page.PendingMaintenanceActions, next: page.Marker };
            }),
            paginate(context, rds_collector_ID, scope('DescribeEvents', 'RDS events'), async (Marker) => {
                const { from, to } = eventWindow(context);
                const page = await rds.send(new client_rds_dist_cjs/* DescribeEventsCommand */.w6x({ StartTime: from, EndTime: to, Marker, MaxRecords: rds_collector_PAGE }));
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
            ...clusters.map((cluster) => withExtras(collector_clusterResource(context, cluster), maintenanceByArn, eventsBySource)),
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
    const dates = actions.flatMap((a) => [a.AutoAppliedAfterDate, a.ForcedApplyDate]).filter((d) => d instanceof Date).sort((a, b) => a.getTime() - b.getTime());
    resource.attributes.pendingMaintenance = actions.map((a) => a.Action).filter(Boolean).join(',') || null;
    resource.attributes.pendingMaintenanceDescription = actions.map((a) => a.Description).filter(Boolean).join('; ') || null;
    resource.attributes.pendingMaintenanceAutoApplyAfter = dates[0]?.toISOString() ?? null;
    const sourceType = resource.type === 'rds:instance' ? 'db-instance' : 'db-cluster';
    resource.events = (events.get(`${sourceType}|${resource.id}`) ?? []).slice(0, rds_collector_EVENTS_KEPT);
    return resource;
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
        tags: tagsToRecord(db.TagList),
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
            enabledLogExports: exports.join(',') || null,
            // Where RDS publishes each exported log (the log checks read these).
            logGroups: exports.map((log) => `/aws/rds/instance/${id}/${log}`).join(',') || null,
            pendingModifications: Object.keys(db.PendingModifiedValues ?? {}).filter((k) => db.PendingModifiedValues[k] !== undefined).join(',') || null,
            deletionProtection: db.DeletionProtection ?? false,
            backupRetentionDays: db.BackupRetentionPeriod ?? null,
            publiclyAccessible: db.PubliclyAccessible ?? false,
            createdAt: db.InstanceCreateTime?.toISOString() ?? null,
        },
    };
}
function collector_clusterResource(context, cluster) {
    const id = cluster.DBClusterIdentifier ?? 'unknown';
    const exports = cluster.EnabledCloudwatchLogsExports ?? [];
    return {
        type: 'rds:cluster',
        id,
        ...(cluster.DBClusterArn ? { arn: cluster.DBClusterArn } : {}),
        name: id,
        region: context.config.region,
        ...(cluster.Status ? { status: cluster.Status } : {}),
        tags: tagsToRecord(cluster.TagList),
        attributes: {
            engine: cluster.Engine ?? null,
            engineVersion: cluster.EngineVersion ?? null,
            multiAZ: cluster.MultiAZ ?? false,
            members: cluster.DBClusterMembers?.length ?? 0,
            writer: cluster.DBClusterMembers?.find((m) => m.IsClusterWriter)?.DBInstanceIdentifier ?? null,
            enabledLogExports: exports.join(',') || null,
            logGroups: exports.map((log) => `/aws/rds/cluster/${id}/${log}`).join(',') || null,
            deletionProtection: cluster.DeletionProtection ?? false,
            backupRetentionDays: cluster.BackupRetentionPeriod ?? null,
            createdAt: cluster.ClusterCreateTime?.toISOString() ?? null,
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-wafv2/dist-cjs/index.js
var client_wafv2_dist_cjs = __webpack_require__(8213);
;// CONCATENATED MODULE: ./src/collectors/wafv2/collector.ts
// WAF (v2, regional): web ACLs, where their logs go, and the load balancers they protect.


const wafv2_collector_ID = 'wafv2';
const wafv2_collector_PAGE = 100; // Limit's documented maximum
const wafv2Collector = {
    id: wafv2_collector_ID,
    title: 'AWS WAF',
    resourceTypes: ['wafv2:web-acl'],
    async collect(context) {
        const waf = context.clients.get(client_wafv2_dist_cjs/* WAFV2Client */.m5V);
        const scope = (operation, what) => ({ sdkService: 'WAFV2', operation, scope: what });
        const [acls, logging] = await Promise.all([
            paginate(context, wafv2_collector_ID, scope('ListWebACLs', 'regional web ACLs'), async (NextMarker) => {
                const page = await waf.send(new client_wafv2_dist_cjs/* ListWebACLsCommand */.vbB({ Scope: 'REGIONAL', NextMarker, Limit: wafv2_collector_PAGE }));
                return { items: page.WebACLs, next: page.NextMarker };
            }),
            paginate(context, wafv2_collector_ID, scope('ListLoggingConfigurations', 'web ACL logging configurations'), async (NextMarker) => {
                const page = await waf.send(new client_wafv2_dist_cjs/* ListLoggingConfigurationsCommand */._14({ Scope: 'REGIONAL', NextMarker, Limit: wafv2_collector_PAGE }));
                return { items: page.LoggingConfigurations, next: page.NextMarker };
            }),
        ]);
        context.progress(`WAF: ${acls.length} web ACLs`);
        const destinations = new Map(logging.map((l) => [l.ResourceArn, l.LogDestinationConfigs ?? []]));
        return Promise.all(acls.map(async (acl) => {
            // Only load balancers: the resources this tool watches (API Gateway, AppSync would cost a call each).
            const associated = await attempt(context, wafv2_collector_ID, scope('ListResourcesForWebACL', `load balancers protected by web ACL ${acl.Name}`), () => waf.send(new client_wafv2_dist_cjs/* ListResourcesForWebACLCommand */.c3v({ WebACLArn: acl.ARN, ResourceType: 'APPLICATION_LOAD_BALANCER' })));
            const targets = destinations.get(acl.ARN) ?? [];
            const logGroup = targets.map((arn) => arn.split(':log-group:')[1]).find(Boolean);
            return {
                type: 'wafv2:web-acl',
                id: acl.Name ?? 'unknown',
                ...(acl.ARN ? { arn: acl.ARN } : {}),
                name: acl.Name ?? 'unknown',
                region: context.config.region,
                status: 'active',
                tags: {},
                attributes: {
                    loggingEnabled: targets.length > 0,
                    logDestination: targets[0] ?? null,
                    // WAF log groups must be named aws-waf-logs-*; the log checks read them.
                    logGroup: logGroup?.replace(/:\*$/, '') ?? null,
                    associatedLoadBalancers: associated ? associated.ResourceArns?.length ?? 0 : null,
                    loadBalancers: associated?.ResourceArns?.map((arn) => arn.split('/')[2] ?? arn).join(',') || null,
                },
            };
        }));
    },
};

;// CONCATENATED MODULE: ./src/collectors/registry.ts
// Every collector, keyed by service id. Adding a service: a folder with collector.ts and one line here.







const COLLECTORS = [ecsCollector, elbv2Collector, rdsCollector, opensearchCollector, dmsCollector, wafv2Collector, cloudformationCollector];

// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-providers/dist-cjs/index.js
var credential_providers_dist_cjs = __webpack_require__(9719);
;// CONCATENATED MODULE: ./src/config/ini-file.ts
// A strict INI reader and a comment-preserving section writer.
// Hand-written rather than the `ini` package because we need line numbers in error messages,
// duplicate keys reported instead of silently overwritten, values kept as strings (no coercion of
// "true"), `[account:prod]` kept as one section name, and rewriting one section (stored
// credentials) without destroying the user's comments elsewhere in the file.
const SECTION = /^\[([^\]]+)\]\s*(?:[;#].*)?$/;
const ENTRY = /^([A-Za-z0-9_.-]+)\s*[=:]\s*(.*)$/;
function parseIni(text, fileName) {
    const doc = new Map();
    const problems = [];
    let section = '';
    doc.set(section, new Map());
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((raw, index) => {
        const lineNo = index + 1;
        const line = raw.trim();
        if (line === '' || line.startsWith(';') || line.startsWith('#'))
            return;
        const header = SECTION.exec(line);
        if (header) {
            section = header[1].trim();
            if (!doc.has(section))
                doc.set(section, new Map());
            return;
        }
        const entry = ENTRY.exec(line);
        if (!entry) {
            problems.push({
                where: `${fileName}:${lineNo}`,
                message: 'expected "[section]" or "key = value"',
            });
            return;
        }
        const key = entry[1].toLowerCase();
        const entries = doc.get(section);
        const previous = entries.get(key);
        if (previous) {
            problems.push({
                where: `${fileName}:${lineNo} [${section}] ${key}`,
                message: `set twice (first on line ${previous.line}); keep one`,
            });
            return;
        }
        entries.set(key, { value: unquote(stripInlineComment(entry[2])), line: lineNo });
    });
    return { doc, problems };
}
function stripInlineComment(value) {
    // " ; comment" or " # comment" after a value; a ';' or '#' inside a value needs no space before it.
    const match = /\s[;#]/.exec(value);
    return (match ? value.slice(0, match.index) : value).trim();
}
function unquote(value) {
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0]) {
        return value.slice(1, -1);
    }
    return value;
}
/**
 * Returns `text` with `[section]` replaced by the given entries (or appended when absent),
 * leaving every other line of the file as it was.
 */
function replaceIniSection(text, section, entries) {
    const body = Object.entries(entries).map(([key, value]) => `${key} = ${value}`);
    const lines = text === '' ? [] : text.split(/\r?\n/);
    const start = lines.findIndex((line) => SECTION.exec(line.trim())?.[1]?.trim() === section);
    if (start === -1) {
        while (lines.length > 0 && lines.at(-1).trim() === '')
            lines.pop();
        if (lines.length > 0)
            lines.push('');
        return [...lines, `[${section}]`, ...body, ''].join('\n');
    }
    let end = start + 1;
    while (end < lines.length && !SECTION.test(lines[end].trim()))
        end += 1;
    // Keep blank/comment lines that separate this section from the next one.
    let keepFrom = end;
    while (keepFrom > start + 1 && /^\s*([;#].*)?$/.test(lines[keepFrom - 1]))
        keepFrom -= 1;
    return [...lines.slice(0, start + 1), ...body, ...lines.slice(keepFrom)].join('\n');
}

;// CONCATENATED MODULE: ./src/config/credentials.ts
// Finding AWS credentials (config.ini, then the SDK default chain) and storing typed-in ones.



/**
 * Keys in the environment first (environment beats config.ini, as for every setting), then
 * [credentials] in config.ini, then the rest of the SDK default chain (profile, SSO, container and
 * instance roles). Undefined when nothing yields credentials.
 */
async function findCredentials(config, env = process.env) {
    if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
        return {
            provider: toIdentity({ accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) }),
            source: { kind: 'environment' },
        };
    }
    if (config.credentials)
        return { provider: toIdentity(config.credentials), source: { kind: 'config-file' } };
    const chain = (0,credential_providers_dist_cjs/* fromNodeProviderChain */.br)({
        ...(config.profile ? { profile: config.profile } : {}),
        // Off EC2 the metadata service never answers: do not make a person wait for it.
        timeout: 1_000,
        maxRetries: 0,
    });
    try {
        await chain();
        return { provider: chain, source: { kind: 'default-chain' } };
    }
    catch (error) {
        if (error.name === 'CredentialsProviderError' || /Could not load credentials/i.test(error.message))
            return undefined;
        throw error;
    }
}
function toIdentity(credentials) {
    return {
        accessKeyId: credentials.accessKeyId,
        secretAccessKey: credentials.secretAccessKey,
        ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}),
    };
}
/** Writes [credentials] into the config file (keeping the rest of it) with mode 0600. */
function storeCredentials(path, credentials) {
    const existing = (0,external_node_fs_.existsSync)(path) ? (0,external_node_fs_.readFileSync)(path, 'utf8') : '';
    const entries = {
        aws_access_key_id: credentials.accessKeyId,
        aws_secret_access_key: credentials.secretAccessKey,
        ...(credentials.sessionToken ? { aws_session_token: credentials.sessionToken } : {}),
    };
    const header = existing === '' ? '; aws-monitor configuration (see config.example.ini). Holds credentials: keep it private.\n' : '';
    // mode applies when the file is created; chmod covers a file that already existed.
    (0,external_node_fs_.writeFileSync)(path, header + replaceIniSection(existing, 'credentials', entries), { mode: 0o600 });
    (0,external_node_fs_.chmodSync)(path, 0o600);
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
;// CONCATENATED MODULE: ./src/config/duration.ts
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

;// CONCATENATED MODULE: ./src/config/schema.ts
// Every setting aws-monitor reads, as data: section, key, how it is parsed and what is allowed.
// config.ini, AWS_MONITOR_* variables, CLI flags and Action inputs all go through these specs.



const MAX_WINDOW_MS = 90 * 86_400_000;
const OUTPUT_FORMATS = ['text', 'markdown', 'json'];
const schema_text = (allowed) => ({ schema: schemas/* string */.YjP(), allowed });
function oneOf(values) {
    return {
        schema: schemas/* string */.YjP().transform((value, ctx) => {
            const lower = value.trim().toLowerCase();
            if (values.includes(lower))
                return lower;
            ctx.addIssue({ code: 'custom', message: `must be one of ${values.join(', ')}` });
            return core/* NEVER */.tm;
        }),
        allowed: values.join(' | '),
    };
}
function integer(min, max) {
    return {
        schema: schemas/* string */.YjP().transform((value, ctx) => {
            const n = Number(value.trim());
            if (Number.isInteger(n) && n >= min && n <= max)
                return n;
            ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
            return core/* NEVER */.tm;
        }),
        allowed: `${min}..${max}`,
    };
}
function number(min, max) {
    return {
        schema: schemas/* string */.YjP().transform((value, ctx) => {
            const n = Number(value.trim());
            if (value.trim() !== '' && Number.isFinite(n) && n >= min && n <= max)
                return n;
            ctx.addIssue({ code: 'custom', message: `must be a number from ${min} to ${max}` });
            return core/* NEVER */.tm;
        }),
        allowed: `${min}..${max}`,
    };
}
const schema_boolean = {
    schema: schemas/* string */.YjP().transform((value, ctx) => {
        const lower = value.trim().toLowerCase();
        if (['true', 'yes', 'on', '1'].includes(lower))
            return true;
        if (['false', 'no', 'off', '0'].includes(lower))
            return false;
        ctx.addIssue({ code: 'custom', message: 'must be true or false' });
        return core/* NEVER */.tm;
    }),
    allowed: 'true | false',
};
function duration(maxMs, maxText) {
    return {
        schema: schemas/* string */.YjP().transform((value, ctx) => {
            const ms = parseDuration(value);
            if (ms === undefined) {
                ctx.addIssue({ code: 'custom', message: `must be ${DURATION_HELP}` });
                return core/* NEVER */.tm;
            }
            if (ms > maxMs) {
                ctx.addIssue({ code: 'custom', message: `must be at most ${maxText}` });
                return core/* NEVER */.tm;
            }
            return ms;
        }),
        allowed: `${DURATION_HELP}, at most ${maxText}`,
    };
}
const timestamp = {
    schema: schemas/* string */.YjP().transform((value, ctx) => {
        const trimmed = value.trim();
        const date = new Date(trimmed);
        if (/^\d{4}-\d{2}-\d{2}/.test(trimmed) && !Number.isNaN(date.getTime()))
            return date;
        ctx.addIssue({ code: 'custom', message: 'must be an ISO-8601 time such as 2026-11-20T08:00:00Z' });
        return core/* NEVER */.tm;
    }),
    allowed: 'an ISO-8601 time such as 2026-11-20T08:00:00Z',
};
/** Comma-separated, blanks dropped. */
function splitList(value) {
    return value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
const list = (allowed) => ({
    schema: schemas/* string */.YjP().transform((value) => splitList(value)),
    allowed,
});
const regexList = {
    schema: schemas/* string */.YjP().transform((value, ctx) => {
        // Patterns are separated by newlines-in-a-value being impossible in INI, so by " || ".
        const patterns = value
            .split('||')
            .map((p) => p.trim())
            .filter((p) => p !== '');
        for (const pattern of patterns) {
            try {
                new RegExp(pattern);
            }
            catch (error) {
                ctx.addIssue({ code: 'custom', message: `invalid regular expression /${pattern}/: ${error.message.replace(/^Invalid regular expression: /, '')}` });
                return core/* NEVER */.tm;
            }
        }
        return patterns;
    }),
    allowed: 'regular expressions separated by ||',
};
const tagList = {
    schema: schemas/* string */.YjP().transform((value, ctx) => {
        const filters = [];
        for (const item of splitList(value)) {
            const [key, ...rest] = item.split('=');
            if (!key?.trim()) {
                ctx.addIssue({ code: 'custom', message: `"${item}" is not KEY or KEY=VALUE` });
                return core/* NEVER */.tm;
            }
            const tagValue = rest.join('=').trim();
            filters.push(rest.length === 0 || tagValue === '*' ? { key: key.trim() } : { key: key.trim(), value: tagValue });
        }
        return filters;
    }),
    allowed: 'KEY=VALUE or KEY pairs separated by commas',
};
const region = {
    schema: schemas/* string */.YjP().transform((value, ctx) => {
        const trimmed = value.trim();
        if (/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/.test(trimmed))
            return trimmed;
        ctx.addIssue({ code: 'custom', message: 'must be an AWS region code such as us-east-2' });
        return core/* NEVER */.tm;
    }),
    allowed: 'an AWS region code such as us-east-2',
};
const url = {
    schema: schemas/* string */.YjP().transform((value, ctx) => {
        try {
            const parsed = new URL(value.trim());
            if (parsed.protocol === 'http:' || parsed.protocol === 'https:')
                return value.trim();
        }
        catch {
            // fall through to the message below
        }
        ctx.addIssue({ code: 'custom', message: 'must be an http(s) URL such as http://127.0.0.1:5000' });
        return core/* NEVER */.tm;
    }),
    allowed: 'an http(s) URL',
};
const roleArn = {
    schema: schemas/* string */.YjP().transform((value, ctx) => {
        if (/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(value.trim()))
            return value.trim();
        ctx.addIssue({ code: 'custom', message: 'must be an IAM role ARN such as arn:aws:iam::123456789012:role/aws-monitor' });
        return core/* NEVER */.tm;
    }),
    allowed: 'an IAM role ARN',
};
const secret = (allowed) => ({ schema: schemas/* string */.YjP().min(1, 'must not be empty'), allowed, secret: true });
/** The fixed sections. `services` is checked against the collector registry by the loader. */
const SECTIONS = {
    aws: {
        region,
        profile: schema_text('a profile name from ~/.aws/config'),
        endpoint_url: url,
        max_attempts: integer(1, 20),
        request_timeout: duration(600_000, '10m'),
    },
    scan: {
        since: duration(MAX_WINDOW_MS, '90d'),
        from: timestamp,
        to: timestamp,
        services: list('service ids separated by commas'),
        concurrency: integer(1, 50),
    },
    filters: {
        cloudformation_prefix: schema_text('a stack name prefix (may be empty)'),
        cloudformation_suffix: schema_text('a stack name suffix (may be empty)'),
        include_names: list('name globs separated by commas, e.g. pp-*, api-?'),
        exclude_names: list('name globs separated by commas'),
        include_tags: tagList,
        exclude_tags: tagList,
    },
    metrics: {
        enabled: schema_boolean,
        max_points_per_series: integer(60, 1440),
    },
    logs: {
        error_patterns: regexList,
        extra_log_groups: list('log group names separated by commas'),
    },
    output: {
        format: oneOf(OUTPUT_FORMATS),
        file: schema_text('a file path'),
        fail_on: oneOf([...model/* SEVERITIES */.oC, 'never']),
        min_severity: oneOf(model/* SEVERITIES */.oC),
    },
    credentials: {
        aws_access_key_id: secret('an access key id'),
        aws_secret_access_key: secret('a secret access key'),
        aws_session_token: secret('a session token'),
    },
};
const ACCOUNT_SECTION = {
    role_arn: roleArn,
    external_id: { ...schema_text('the external id the role requires'), secret: true },
    regions: list('AWS region codes separated by commas'),
};
const DETECTOR_COMMON = {
    enabled: schema_boolean,
    severity: oneOf(model/* SEVERITIES */.oC),
};
const DEFAULTS = {
    region: 'us-east-2',
    maxAttempts: 5,
    requestTimeoutMs: 30_000,
    sinceMs: 86_400_000,
    concurrency: 8,
    // 24 h at 2-minute periods; 140 series per GetMetricData call.
    maxPointsPerSeries: 720,
    cloudformationPrefix: 'pp',
    cloudformationSuffix: 'production',
    errorPatterns: ['\\b(ERROR|FATAL|PANIC|CRITICAL)\\b', 'Exception\\b', 'Traceback \\(most recent call last\\)'],
    format: 'text',
    failOn: 'high',
    minSeverity: 'info',
};

;// CONCATENATED MODULE: ./src/config/load.ts
// Builds one validated ScanConfig from, lowest to highest precedence: defaults, config.ini,
// AWS_MONITOR_* environment variables, then the adapter's overrides (CLI flags or Action inputs).
// Every problem found is reported at once, each naming where the bad value came from.





const CONFIG_ENV = 'AWS_MONITOR_CONFIG';
const ENV_PREFIX = 'AWS_MONITOR_';
function envName(section, key) {
    return `${ENV_PREFIX}${section.replace(':', '_')}_${key}`.toUpperCase();
}
function findConfigFile(options) {
    const explicit = options.configPath ?? options.env[CONFIG_ENV];
    if (explicit)
        return { path: (0,external_node_path_.resolve)(options.cwd, explicit), explicit: true };
    const local = (0,external_node_path_.resolve)(options.cwd, 'config.ini');
    return (0,external_node_fs_.existsSync)(local) ? { path: local, explicit: false } : { explicit: false };
}
function loadConfig(options) {
    const problems = [];
    const layered = new Map();
    const { path: configFile } = findConfigFile(options);
    if (configFile)
        readConfigFile(configFile, layered, problems);
    readEnvironment(options, layered, problems);
    for (const override of options.overrides ?? []) {
        setLayered(layered, override.section, override.key, { value: override.value, where: override.where }, problems);
    }
    if (problems.length > 0)
        throw new errors/* ConfigError */.x(problems);
    const config = validate(layered, options, problems);
    if (configFile)
        config.configFile = configFile;
    if (problems.length > 0)
        throw new errors/* ConfigError */.x(problems);
    return config;
}
function readConfigFile(path, layered, problems) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? 'unknown error'})`;
        problems.push({ where: path, message: `${why}; pass --config FILE or set ${CONFIG_ENV} to a readable config.ini` });
        return;
    }
    const { doc, problems: syntax } = parseIni(text, path);
    problems.push(...syntax);
    for (const [section, entries] of doc) {
        for (const [key, entry] of entries) {
            const where = section === '' ? `${path}:${entry.line} ${key}` : `${path}:${entry.line} [${section}] ${key}`;
            setLayered(layered, section, key, { value: entry.value, where }, problems, true);
        }
        if (section !== '' && entries.size === 0)
            layered.set(section, layered.get(section) ?? new Map());
    }
}
function readEnvironment(options, layered, problems) {
    const known = new Map();
    for (const [section, keys] of Object.entries(SECTIONS)) {
        for (const key of Object.keys(keys))
            known.set(envName(section, key), [section, key]);
    }
    for (const detector of options.catalog.detectors) {
        const section = `detector:${detector.id}`;
        for (const key of [...Object.keys(DETECTOR_COMMON), ...Object.keys(detector.thresholds)]) {
            known.set(envName(section, key), [section, key]);
        }
    }
    for (const [name, value] of Object.entries(options.env)) {
        if (!name.startsWith(ENV_PREFIX) || name === CONFIG_ENV || value === undefined)
            continue;
        const target = known.get(name);
        if (!target) {
            problems.push({ where: `env ${name}`, message: `unknown setting; names look like ${envName('scan', 'since')} (section and key from config.example.ini)` });
            continue;
        }
        setLayered(layered, target[0], target[1], { value, where: `env ${name}` }, problems);
    }
}
const WINDOW_KEYS = { since: ['from', 'to'], from: ['since'], to: ['since'] };
function setLayered(layered, section, key, setting, problems, sameLayer = false) {
    const entries = layered.get(section) ?? new Map();
    layered.set(section, entries);
    // A higher layer's window replaces the lower layer's: --from beats since = 24h in the file.
    if (section === 'scan' && WINDOW_KEYS[key]) {
        for (const other of WINDOW_KEYS[key]) {
            const existing = entries.get(other);
            if (!existing)
                continue;
            if (sameLayer && !(key === 'from' && other === 'to') && !(key === 'to' && other === 'from')) {
                problems.push({ where: setting.where, message: `conflicts with ${existing.where}; set either since, or from (and optionally to)` });
            }
            if (!sameLayer)
                entries.delete(other);
        }
    }
    entries.set(key, setting);
}
function validate(layered, options, problems) {
    const values = new Map();
    const detectorSpecs = new Map(options.catalog.detectors.map((d) => [d.id, d]));
    const accounts = [];
    const detectors = {};
    const check = (spec, raw, field) => {
        const result = spec.schema.safeParse(raw.value);
        if (result.success)
            return result.data;
        const shown = spec.secret ? '' : ` "${truncate(raw.value)}"`;
        problems.push({ where: raw.where, message: `value${shown} ${result.error.issues[0]?.message ?? 'is invalid'} (allowed: ${spec.allowed})` });
        values.set(field, undefined);
        return undefined;
    };
    const unknownKey = (raw, section, allowed) => {
        problems.push({ where: raw.where, message: `unknown key in [${section}]; allowed keys: ${allowed.join(', ')}` });
    };
    for (const [section, entries] of layered) {
        if (section === '') {
            for (const raw of entries.values())
                problems.push({ where: raw.where, message: 'setting outside any [section]; put it under one of ' + sectionList() });
            continue;
        }
        const fixed = SECTIONS[section];
        if (fixed) {
            for (const [key, raw] of entries) {
                const spec = fixed[key];
                if (!spec)
                    unknownKey(raw, section, Object.keys(fixed));
                else
                    values.set(`${section}.${key}`, check(spec, raw, `${section}.${key}`));
            }
            continue;
        }
        const [kind, name] = splitSection(section);
        if (kind === 'account' && name) {
            const account = { name };
            for (const [key, raw] of entries) {
                const spec = ACCOUNT_SECTION[key];
                if (!spec)
                    unknownKey(raw, section, Object.keys(ACCOUNT_SECTION));
                else if (key === 'role_arn')
                    account.roleArn = check(spec, raw, key);
                else if (key === 'external_id')
                    account.externalId = check(spec, raw, key);
                else if (key === 'regions')
                    account.regions = check(spec, raw, key);
            }
            if (!entries.has('role_arn'))
                problems.push({ where: `[${section}]`, message: 'role_arn is required for an account' });
            else if (account.roleArn)
                accounts.push(account);
            continue;
        }
        if (kind === 'detector' && name) {
            const detector = detectorSpecs.get(name);
            const first = [...entries.values()][0];
            if (!detector) {
                problems.push({ where: first?.where ?? `[${section}]`, message: `unknown detector "${name}"; known detectors: ${[...detectorSpecs.keys()].join(', ')}` });
                continue;
            }
            const settings = { enabled: true, thresholds: {} };
            for (const [key, raw] of entries) {
                const threshold = detector.thresholds[key];
                const spec = DETECTOR_COMMON[key] ?? threshold?.spec;
                if (!spec)
                    unknownKey(raw, section, [...Object.keys(DETECTOR_COMMON), ...Object.keys(detector.thresholds)]);
                else if (key === 'enabled')
                    settings.enabled = check(spec, raw, key);
                else if (key === 'severity')
                    settings.severity = check(spec, raw, key);
                else
                    settings.thresholds[key] = check(spec, raw, key);
            }
            detectors[name] = settings;
            continue;
        }
        const first = [...entries.values()][0];
        problems.push({ where: first?.where.replace(/ \S+$/, '') ?? `[${section}]`, message: `unknown section [${section}]; allowed: ${sectionList()}` });
    }
    // Fill every known detector, so detectors never deal with missing settings.
    for (const detector of options.catalog.detectors) {
        const settings = detectors[detector.id] ?? { enabled: true, thresholds: {} };
        for (const [key, threshold] of Object.entries(detector.thresholds)) {
            settings.thresholds[key] ??= threshold.default;
        }
        detectors[detector.id] = settings;
    }
    const get = (field) => values.get(field);
    const services = get('scan.services') ?? [...options.catalog.services];
    const unknownServices = services.filter((s) => !options.catalog.services.includes(s));
    if (unknownServices.length > 0) {
        problems.push({
            where: layered.get('scan')?.get('services')?.where ?? 'scan.services',
            message: `unknown service${unknownServices.length > 1 ? 's' : ''} ${unknownServices.join(', ')}; available: ${options.catalog.services.join(', ')}`,
        });
    }
    const window = resolveWindow(layered, get, options.now, problems);
    const accessKeyId = get('credentials.aws_access_key_id');
    const secretAccessKey = get('credentials.aws_secret_access_key');
    const sessionToken = get('credentials.aws_session_token');
    if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
        problems.push({ where: '[credentials]', message: 'set both aws_access_key_id and aws_secret_access_key, or neither' });
    }
    const config = {
        region: get('aws.region') ?? envRegion(options.env) ?? DEFAULTS.region,
        maxAttempts: get('aws.max_attempts') ?? DEFAULTS.maxAttempts,
        requestTimeoutMs: get('aws.request_timeout') ?? DEFAULTS.requestTimeoutMs,
        window,
        services: services.filter((s) => options.catalog.services.includes(s)),
        concurrency: get('scan.concurrency') ?? DEFAULTS.concurrency,
        filters: {
            cloudformationPrefix: get('filters.cloudformation_prefix') ?? DEFAULTS.cloudformationPrefix,
            cloudformationSuffix: get('filters.cloudformation_suffix') ?? DEFAULTS.cloudformationSuffix,
            includeNames: get('filters.include_names') ?? [],
            excludeNames: get('filters.exclude_names') ?? [],
            includeTags: get('filters.include_tags') ?? [],
            excludeTags: get('filters.exclude_tags') ?? [],
        },
        metrics: {
            enabled: get('metrics.enabled') ?? true,
            maxPointsPerSeries: get('metrics.max_points_per_series') ?? DEFAULTS.maxPointsPerSeries,
        },
        logs: {
            errorPatterns: get('logs.error_patterns') ?? DEFAULTS.errorPatterns,
            extraLogGroups: get('logs.extra_log_groups') ?? [],
        },
        output: {
            format: get('output.format') ?? DEFAULTS.format,
            failOn: get('output.fail_on') ?? DEFAULTS.failOn,
            minSeverity: get('output.min_severity') ?? DEFAULTS.minSeverity,
        },
        accounts,
        detectors,
    };
    const profile = get('aws.profile');
    if (profile)
        config.profile = profile;
    const endpointUrl = get('aws.endpoint_url');
    if (endpointUrl)
        config.endpointUrl = endpointUrl;
    const file = get('output.file');
    if (file)
        config.output.file = file;
    if (accessKeyId && secretAccessKey) {
        config.credentials = { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
    }
    return config;
}
function resolveWindow(layered, get, now, problems) {
    const scan = layered.get('scan');
    const from = get('scan.from');
    const to = get('scan.to') ?? now;
    const where = scan?.get('from')?.where ?? scan?.get('to')?.where ?? 'scan window';
    if (scan?.has('to') && !scan.has('from')) {
        problems.push({ where: scan.get('to').where, message: 'to needs from as well' });
    }
    if (!from) {
        const since = get('scan.since') ?? DEFAULTS.sinceMs;
        return { from: new Date(to.getTime() - since), to };
    }
    if (from.getTime() >= to.getTime())
        problems.push({ where, message: `from (${from.toISOString()}) must be before to (${to.toISOString()})` });
    else if (to.getTime() - from.getTime() > MAX_WINDOW_MS)
        problems.push({ where, message: 'the window from..to may be at most 90 days' });
    if (to.getTime() > now.getTime() + 5 * 60_000)
        problems.push({ where: scan?.get('to')?.where ?? where, message: 'to is in the future' });
    return { from, to };
}
function envRegion(env) {
    return env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
}
function splitSection(section) {
    const index = section.indexOf(':');
    return index === -1 ? [section, undefined] : [section.slice(0, index).trim(), section.slice(index + 1).trim() || undefined];
}
function sectionList() {
    return [...Object.keys(SECTIONS).map((s) => `[${s}]`), '[account:NAME]', '[detector:ID]'].join(', ');
}
function truncate(value) {
    return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}

;// CONCATENATED MODULE: ./src/detectors/cloudformation-stack-drifted/detector.ts

// Drift is only known from the last drift detection someone ran; this tool does not start one (read-only).
const cloudformationStackDrifted = {
    id: 'cloudformation_stack_drifted',
    title: 'CloudFormation stack drifted from its template',
    description: 'The last drift detection found resources changed outside CloudFormation.',
    resourceTypes: ['cloudformation:stack'],
    thresholds: {},
    detect({ resource }) {
        if (resource.attributes.driftStatus !== 'DRIFTED')
            return [];
        return [
            {
                severity: 'low',
                resource: (0,model/* refOf */.H8)(resource),
                title: 'stack has drifted from its template: the next update may revert manual changes',
                evidence: [{ label: 'drift status', value: 'DRIFTED (from the last drift detection)' }],
                nextStep: `aws cloudformation describe-stack-resource-drifts --stack-name ${resource.name} --stack-resource-drift-status-filters MODIFIED DELETED`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/cloudformation-stack-unhealthy/detector.ts


// UPDATE_ROLLBACK_FAILED leaves a stack that can be neither updated nor rolled back by itself.
const STUCK = new Set(['UPDATE_ROLLBACK_FAILED', 'ROLLBACK_FAILED', 'DELETE_FAILED', 'IMPORT_ROLLBACK_FAILED']);
function classify(status) {
    if (STUCK.has(status))
        return 'critical';
    if (status.endsWith('_FAILED') || status === 'ROLLBACK_COMPLETE')
        return 'high';
    if (status.includes('ROLLBACK'))
        return 'medium'; // UPDATE_ROLLBACK_COMPLETE: the last update did not apply
    return undefined;
}
const cloudformationStackUnhealthy = {
    id: 'cloudformation_stack_unhealthy',
    title: 'CloudFormation stack failed, rolled back or stuck',
    description: 'The stack status is *_FAILED or *ROLLBACK*, or an operation has been IN_PROGRESS for too long.',
    resourceTypes: ['cloudformation:stack'],
    thresholds: {
        stuck_after_minutes: {
            spec: integer(0, 10_080),
            default: 60,
            description: 'An *_IN_PROGRESS status older than this is reported as stuck.',
        },
    },
    detect({ resource, thresholds, now }) {
        const status = resource.status ?? '';
        const updatedAt = typeof resource.attributes.lastUpdatedAt === 'string' ? resource.attributes.lastUpdatedAt : undefined;
        const ref = (0,model/* refOf */.H8)(resource);
        // Events are newest first: the oldest failure of the operation is usually the cause, the rest follow from it.
        const firstFailure = resource.events?.at(-1);
        const reason = [
            ...(typeof resource.attributes.statusReason === 'string' ? [{ label: 'status reason', value: resource.attributes.statusReason }] : []),
            ...(firstFailure ? [{ label: 'first failed resource', value: firstFailure.message }] : []),
            ...(resource.events && resource.events.length > 1 ? [{ label: 'failed resources', value: String(resource.events.length) }] : []),
        ];
        const severity = classify(status);
        if (severity) {
            return [
                {
                    severity,
                    resource: ref,
                    title: `stack is ${status}`,
                    evidence: [{ label: 'status', value: status }, ...reason],
                    ...(updatedAt ? { since: updatedAt } : {}),
                    nextStep: `aws cloudformation describe-stack-events --stack-name ${resource.name} (look for the first *_FAILED event)`,
                },
            ];
        }
        if (status.endsWith('_IN_PROGRESS') && updatedAt) {
            const minutes = (now.getTime() - Date.parse(updatedAt)) / 60_000;
            if (minutes > thresholds.stuck_after_minutes) {
                return [
                    {
                        severity: 'medium',
                        resource: ref,
                        title: `stack has been ${status} for ${Math.round(minutes)} minutes`,
                        evidence: [
                            { label: 'status', value: status },
                            ...(typeof resource.attributes.waitingOn === 'string' ? [{ label: 'waiting on', value: resource.attributes.waitingOn }] : []),
                            ...reason,
                        ],
                        since: updatedAt,
                        nextStep: `aws cloudformation describe-stack-events --stack-name ${resource.name} (which resource is it waiting on?)`,
                    },
                ];
            }
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/detectors/dms-table-errors/detector.ts

const dmsTableErrors = {
    id: 'dms_table_errors',
    title: 'DMS tables in error',
    description: 'Tables the replication task could not load or replicate: their data is missing or stale in the target.',
    resourceTypes: ['dms:task'],
    thresholds: {},
    detect({ resource }) {
        const errored = Number(resource.attributes.tablesErrored ?? 0);
        if (errored <= 0)
            return [];
        return [
            {
                severity: 'high',
                resource: (0,model/* refOf */.H8)(resource),
                title: `${errored} table${errored === 1 ? '' : 's'} in error: the target is missing their data`,
                evidence: typeof resource.attributes.erroredTables === 'string' ? [{ label: 'tables', value: resource.attributes.erroredTables }] : [],
                nextStep: `aws dms describe-table-statistics --replication-task-arn ${resource.arn ?? resource.id}, then reload the tables after fixing the cause`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/dms-task-failed/detector.ts

// Stop reasons DMS gives for a task that stopped by itself after an error (DMS API reference, StopReason).
const ERROR_STOP = /error|fail/i;
const dmsTaskFailed = {
    id: 'dms_task_failed',
    title: 'DMS replication task failed or stopped by an error',
    description: 'The task status is failed, or it stopped with an error stop reason or failure message.',
    resourceTypes: ['dms:task'],
    thresholds: {},
    detect({ resource }) {
        const a = resource.attributes;
        const stopReason = typeof a.stopReason === 'string' ? a.stopReason : '';
        const failure = typeof a.lastFailureMessage === 'string' ? a.lastFailureMessage : '';
        const failed = resource.status === 'failed' || (resource.status === 'stopped' && (ERROR_STOP.test(stopReason) || failure !== ''));
        if (!failed)
            return [];
        return [
            {
                severity: 'high',
                resource: (0,model/* refOf */.H8)(resource),
                title: resource.status === 'failed' ? 'replication task failed' : 'replication task stopped by an error',
                evidence: [
                    ...(failure ? [{ label: 'last failure', value: failure }] : []),
                    ...(stopReason ? [{ label: 'stop reason', value: stopReason }] : []),
                    ...(a.replicationInstance ? [{ label: 'replication instance', value: `${String(a.replicationInstance)} (${String(a.replicationInstanceStatus ?? '?')})` }] : []),
                ],
                ...(typeof a.stoppedAt === 'string' ? { since: a.stoppedAt } : {}),
                nextStep: `read the task log in CloudWatch Logs group ${String(a.logGroup ?? 'dms-tasks-<instance>')} (lines with ]E:), fix, then resume the task`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/ecs-container-insights-disabled/detector.ts

const ecsContainerInsightsDisabled = {
    id: 'ecs_container_insights_disabled',
    title: 'ECS cluster without Container Insights',
    description: 'Without Container Insights there are no per-task CPU, memory or restart metrics to check.',
    resourceTypes: ['ecs:cluster'],
    thresholds: {},
    detect({ resource }) {
        const insights = resource.attributes.containerInsights;
        if (resource.status !== 'ACTIVE' || insights === 'enabled' || insights === 'enhanced')
            return [];
        return [
            {
                severity: 'info',
                resource: (0,model/* refOf */.H8)(resource),
                title: 'Container Insights is off: per-task CPU, memory and restarts cannot be checked',
                evidence: [{ label: 'containerInsights', value: String(insights ?? 'disabled') }],
                nextStep: `aws ecs update-cluster-settings --cluster ${resource.name} --settings name=containerInsights,value=enabled (adds CloudWatch cost)`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/ecs-deployment-failed/detector.ts

const ecsDeploymentFailed = {
    id: 'ecs_deployment_failed',
    title: 'ECS deployment failed',
    description: "The service's latest deployment rolled out as FAILED (for example the circuit breaker tripped).",
    resourceTypes: ['ecs:service'],
    thresholds: {},
    detect({ resource }) {
        if (resource.attributes.rolloutState !== 'FAILED')
            return [];
        const reason = resource.attributes.rolloutStateReason;
        const startedAt = resource.attributes.deploymentStartedAt;
        return [
            {
                severity: 'high',
                resource: (0,model/* refOf */.H8)(resource),
                title: 'latest deployment failed',
                evidence: [
                    ...(typeof reason === 'string' ? [{ label: 'reason', value: reason }] : []),
                    { label: 'failed tasks', value: String(resource.attributes.failedTasks ?? 0) },
                    ...(typeof resource.attributes.taskDefinition === 'string' ? [{ label: 'task definition', value: resource.attributes.taskDefinition }] : []),
                ],
                ...(typeof startedAt === 'string' ? { since: startedAt } : {}),
                nextStep: "Read the service's events and the stopped tasks' reasons; roll back to the previous task definition if needed",
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/ecs-service-events/detector.ts


// Service event messages that mean trouble ("Amazon ECS service event messages", ECS developer guide).
const PROBLEMS = [
    { pattern: /unable to place a task/i, kind: 'tasks cannot be placed', severity: 'high' },
    { pattern: /unable to consistently start tasks/i, kind: 'tasks fail to start', severity: 'high' },
    { pattern: /failed to launch a task/i, kind: 'tasks fail to launch', severity: 'high' },
    { pattern: /deployment failed|rolling back to deployment|circuit breaker/i, kind: 'deployment failed', severity: 'high' },
    { pattern: /is unhealthy in \((target-group|elb)\b/i, kind: 'tasks failing load balancer health checks', severity: 'medium' },
    { pattern: /failed to (de)?register targets/i, kind: 'target registration failed', severity: 'medium' },
    { pattern: /unable to (stop or start|stop|start) tasks during a deployment/i, kind: 'deployment blocked by its configuration', severity: 'medium' },
    { pattern: /operations are being throttled/i, kind: 'service operations throttled', severity: 'low' },
];
const STEADY = /has reached a steady state/i;
function kindOf(event) {
    return PROBLEMS.find((p) => p.pattern.test(event.message));
}
const ecsServiceEvents = {
    id: 'ecs_service_events',
    title: 'ECS service events report problems',
    description: 'Recent service events about tasks that cannot be placed or started, failing health checks, failed deployments or throttling.',
    resourceTypes: ['ecs:service'],
    thresholds: {
        lookback_hours: {
            spec: integer(1, 2160),
            default: 24,
            description: 'Only events newer than this many hours count.',
        },
    },
    detect({ resource, thresholds, now }) {
        const oldest = now.getTime() - thresholds.lookback_hours * 3_600_000;
        const events = (resource.events ?? []).filter((e) => Date.parse(e.at) >= oldest); // newest first, as ECS returns them
        // A FAILED rollout is ecs_deployment_failed's finding; its events would only repeat it.
        const rolloutFailed = resource.attributes.rolloutState === 'FAILED';
        const matched = events
            .map((event) => ({ event, kind: kindOf(event) }))
            .filter((m) => m.kind !== undefined && !(rolloutFailed && m.kind.kind === 'deployment failed'));
        if (matched.length === 0)
            return [];
        const steady = events.find((e) => STEADY.test(e.message));
        // Problems older than the latest steady state have been recovered from: still worth a line, not an alarm.
        const open = steady ? matched.filter((m) => Date.parse(m.event.at) > Date.parse(steady.at)) : matched;
        const shown = open.length > 0 ? open : matched;
        const worst = shown.reduce((a, b) => ((0,model/* severityRank */.qs)(b.kind.severity) < (0,model/* severityRank */.qs)(a.kind.severity) ? b : a));
        const kinds = [...new Set([...shown].sort((a, b) => (0,model/* severityRank */.qs)(a.kind.severity) - (0,model/* severityRank */.qs)(b.kind.severity)).map((m) => m.kind.kind))];
        const count = `${shown.length} event${shown.length === 1 ? '' : 's'}`;
        return [
            {
                severity: open.length > 0 ? worst.kind.severity : 'low',
                resource: (0,model/* refOf */.H8)(resource),
                title: open.length > 0 ? `${kinds.join(', ')} (${count})` : `recovered: ${kinds.join(', ')} (${count} before the last steady state)`,
                evidence: [
                    ...shown.slice(0, 3).map((m) => ({ label: m.event.at, value: m.event.message })),
                    ...(steady ? [{ label: 'last steady state', value: steady.at }] : []),
                ],
                since: shown.at(-1).event.at,
                nextStep: `aws ecs describe-services --cluster ${String(resource.attributes.cluster)} --services ${resource.name} --query 'services[0].events[:20]'`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/ecs-tasks-stopped-abnormally/detector.ts


// Stopped reasons as ECS and its agent write them (ECS developer guide, "stopped task errors").
const CAUSES = [
    { pattern: /^OutOfMemoryError/i, cause: 'killed for running out of memory', severity: 'high', nextStep: "raise the container's memory limit or find what grew (memory metrics, heap dumps)" },
    { pattern: /^CannotPullContainerError|toomanyrequests|pull rate limit/i, cause: 'image could not be pulled', severity: 'high', nextStep: "check the image tag exists, the execution role's ECR permissions and the route to the registry" },
    { pattern: /^(CannotCreateContainerError|CannotStartContainerError|ResourceInitializationError|CannotInspectContainerError)/i, cause: 'container could not start', severity: 'high', nextStep: 'read the full stoppedReason: secrets, volumes, disk space or ENI limits are the usual causes' },
    { pattern: /failed ELB health checks/i, cause: 'failed load balancer health checks', severity: 'high', nextStep: "check the target group's health check path and port, the security groups, and the app's start-up time" },
    { pattern: /failed container health checks/i, cause: 'failed container health checks', severity: 'high', nextStep: "run the task definition's healthCheck command by hand; check startPeriod against start-up time" },
    { pattern: /Essential container in task exited/i, cause: 'essential container exited', severity: 'medium', nextStep: "read the container's last log lines before it exited" },
];
// Everything else is normal churn: deployments, scaling, maintenance, Spot interruptions, user stops.
function detector_classify(task) {
    const cause = CAUSES.find((c) => c.pattern.test(task.reason));
    // An essential container that exited non-zero crashed; exit 0 may be a job that finished.
    if (cause?.cause === 'essential container exited' && task.failedContainers.length > 0)
        return { ...cause, severity: 'high', cause: 'essential container crashed' };
    return cause;
}
const ecsTasksStoppedAbnormally = {
    id: 'ecs_tasks_stopped_abnormally',
    title: 'ECS tasks stopped by errors',
    description: 'Recently stopped tasks of a service whose reason is an error: out of memory, image pull, failed health checks, crashes.',
    resourceTypes: ['ecs:service'],
    thresholds: {
        min_tasks: { spec: integer(1, 1000), default: 1, description: 'Report a service once this many of its tasks stopped by errors.' },
    },
    detect({ resource, thresholds }) {
        const failures = (resource.stoppedTasks ?? []).map((task) => ({ task, cause: detector_classify(task) })).filter((f) => f.cause !== undefined);
        if (failures.length < thresholds.min_tasks)
            return [];
        const byCause = new Map();
        for (const f of failures)
            byCause.set(f.cause.cause, [...(byCause.get(f.cause.cause) ?? []), f]);
        const groups = [...byCause.values()].sort((a, b) => (0,model/* severityRank */.qs)(a[0].cause.severity) - (0,model/* severityRank */.qs)(b[0].cause.severity) || b.length - a.length);
        const worst = groups[0][0].cause;
        const times = failures.map((f) => f.task.stoppedAt).filter((t) => Boolean(t)).sort();
        return [
            {
                severity: worst.severity,
                resource: (0,model/* refOf */.H8)(resource),
                title: `${failures.length} task${failures.length === 1 ? '' : 's'} stopped by errors: ${groups.map((g) => `${g[0].cause.cause} x${g.length}`).join(', ')}`,
                evidence: groups.map((g) => {
                    const latest = g[0].task;
                    const containers = latest.failedContainers.length > 0 ? ` (exit ${latest.failedContainers.join(', ')})` : '';
                    return { label: `${g[0].cause.cause} x${g.length}`, value: `${latest.reason}${containers}` };
                }),
                ...(times[0] ? { since: times[0] } : {}),
                nextStep: worst.nextStep,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/ecs-service-tasks-below-desired/detector.ts


// Tasks start and stop during normal deploys; only a gap that outlasts this is a finding.
const GRACE_MINUTES = 10;
const ecsServiceTasksBelowDesired = {
    id: 'ecs_service_tasks_below_desired',
    title: 'ECS service running fewer tasks than desired',
    description: 'The service runs fewer tasks than its desired count; with none running it is down.',
    resourceTypes: ['ecs:service'],
    thresholds: {
        grace_minutes: {
            spec: integer(0, 1440),
            default: GRACE_MINUTES,
            description: 'Ignore the gap while the latest deployment is younger than this.',
        },
    },
    detect({ resource, thresholds, now }) {
        const desired = Number(resource.attributes.desired ?? 0);
        const running = Number(resource.attributes.running ?? 0);
        const pending = Number(resource.attributes.pending ?? 0);
        if (resource.status !== 'ACTIVE' || desired === 0 || running >= desired)
            return [];
        const startedAt = resource.attributes.deploymentStartedAt;
        const ageMinutes = typeof startedAt === 'string' ? (now.getTime() - Date.parse(startedAt)) / 60_000 : Infinity;
        if (ageMinutes < thresholds.grace_minutes)
            return [];
        const down = running === 0;
        const placementEvent = resource.events?.find((e) => /unable to place|has started 0 tasks|unhealthy|failed/i.test(e.message));
        return [
            {
                severity: down ? 'critical' : running / desired < 0.5 ? 'high' : 'medium',
                resource: (0,model/* refOf */.H8)(resource),
                title: down ? `service is down: 0 of ${desired} tasks running` : `${running} of ${desired} tasks running`,
                evidence: [
                    { label: 'desired / running / pending', value: `${desired} / ${running} / ${pending}` },
                    ...(typeof resource.attributes.taskDefinition === 'string' ? [{ label: 'task definition', value: resource.attributes.taskDefinition }] : []),
                    ...(placementEvent ? [{ label: 'latest service event', value: `${placementEvent.at} ${placementEvent.message}` }] : []),
                ],
                ...(typeof startedAt === 'string' ? { since: startedAt } : {}),
                nextStep: `aws ecs describe-services --cluster ${String(resource.attributes.cluster)} --services ${resource.name} and check stopped tasks' stoppedReason`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/elb-load-balancer-impaired/detector.ts

const elbLoadBalancerImpaired = {
    id: 'elb_load_balancer_impaired',
    title: 'Load balancer impaired or failed',
    description: 'The load balancer state is active_impaired (cannot scale) or failed.',
    resourceTypes: ['elbv2:load-balancer'],
    thresholds: {},
    detect({ resource }) {
        if (resource.status !== 'active_impaired' && resource.status !== 'failed')
            return [];
        return [
            {
                severity: resource.status === 'failed' ? 'critical' : 'high',
                resource: (0,model/* refOf */.H8)(resource),
                title: `load balancer is ${resource.status}`,
                evidence: [{ label: 'state', value: resource.status }, ...(typeof resource.attributes.stateReason === 'string' ? [{ label: 'reason', value: resource.attributes.stateReason }] : [])],
                nextStep: `aws elbv2 describe-load-balancers --names ${resource.name} (State.Reason), and the subnets' free IP addresses`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/elb-unhealthy-targets/detector.ts

const elbUnhealthyTargets = {
    id: 'elb_unhealthy_targets',
    title: 'Target group with unhealthy or no targets',
    description: 'Targets failing health checks (graded by share), or a target group behind a load balancer with no targets.',
    resourceTypes: ['elbv2:target-group'],
    thresholds: {},
    detect({ resource }) {
        const a = resource.attributes;
        const targets = Number(a.targets ?? 0);
        const unhealthy = Number(a.unhealthyTargets ?? 0);
        const ref = (0,model/* refOf */.H8)(resource);
        if (resource.status === 'empty' && a.loadBalancers) {
            return [
                {
                    severity: 'high',
                    resource: ref,
                    title: `no registered targets behind ${String(a.loadBalancers)}: requests routed here fail with 503`,
                    evidence: [{ label: 'targets', value: '0' }],
                    nextStep: 'check the ECS service or Auto Scaling group that should register targets here',
                },
            ];
        }
        if (unhealthy === 0)
            return [];
        const severity = unhealthy === targets ? 'critical' : unhealthy / targets >= 0.5 ? 'high' : 'medium';
        return [
            {
                severity,
                resource: ref,
                title: unhealthy === targets ? `all ${targets} targets unhealthy` : `${unhealthy} of ${targets} targets unhealthy`,
                evidence: [
                    ...(typeof a.unhealthyReasons === 'string' ? [{ label: 'reasons', value: a.unhealthyReasons }] : []),
                    ...(typeof a.firstUnhealthyDescription === 'string' ? [{ label: 'example', value: a.firstUnhealthyDescription }] : []),
                    ...(typeof a.healthCheckPath === 'string' ? [{ label: 'health check', value: `${String(a.protocol ?? '')} ${a.healthCheckPath} on port ${String(a.port ?? '?')}` }] : []),
                ],
                nextStep: 'request the health check path from inside the VPC; check security groups allow the load balancer, and the app start-up time against the health check grace period',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/opensearch-domain-state/detector.ts

// The domain API reports changes in progress and pending software updates; red/yellow health is
// a CloudWatch metric and belongs to the metric detectors.
const opensearchDomainState = {
    id: 'opensearch_domain_state',
    title: 'OpenSearch domain changing, or due a service software update',
    description: 'A configuration change or upgrade in progress, or a service software update available or scheduled.',
    resourceTypes: ['opensearch:domain'],
    thresholds: {},
    detect({ resource, now }) {
        const a = resource.attributes;
        const ref = (0,model/* refOf */.H8)(resource);
        const findings = [];
        if (resource.status === 'processing' || resource.status === 'upgrading') {
            findings.push({
                // The API gives no start time, so a long-stuck change cannot be told from a fresh one.
                severity: 'info',
                resource: ref,
                title: resource.status === 'upgrading' ? 'version upgrade in progress' : `configuration change in progress${a.domainProcessingStatus ? ` (${String(a.domainProcessingStatus)})` : ''}`,
                evidence: [{ label: 'processing status', value: String(a.domainProcessingStatus ?? resource.status) }],
                nextStep: `aws opensearch describe-domain-change-progress --domain-name ${resource.name}`,
            });
        }
        if (a.serviceSoftwareUpdateAvailable === true) {
            const automated = typeof a.serviceSoftwareAutomatedUpdateDate === 'string' && Date.parse(a.serviceSoftwareAutomatedUpdateDate) > 0 ? a.serviceSoftwareAutomatedUpdateDate : undefined;
            const soon = automated !== undefined && Date.parse(automated) - now.getTime() < 7 * 86_400_000;
            findings.push({
                severity: soon ? 'medium' : 'low',
                resource: ref,
                title: automated ? `service software update scheduled for ${automated.slice(0, 10)}` : 'service software update available',
                evidence: [
                    ...(typeof a.serviceSoftwareDescription === 'string' ? [{ label: 'description', value: a.serviceSoftwareDescription }] : []),
                    ...(typeof a.serviceSoftwareUpdateStatus === 'string' ? [{ label: 'update status', value: a.serviceSoftwareUpdateStatus }] : []),
                ],
                nextStep: `apply it in a quiet hour: aws opensearch start-service-software-update --domain-name ${resource.name}`,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/detectors/rds-failure-events/detector.ts

// RDS event messages (RDS user guide, "Amazon RDS event categories and event messages").
const KINDS = [
    { pattern: /storage.*(full|is low|exhausted)|free storage capacity .* is low|ran out of storage/i, kind: 'storage running out', severity: 'high' },
    { pattern: /failover|failed over/i, kind: 'failover', severity: 'high' },
    { pattern: /\bfail(ed|ure)?\b|error|unable to|could not/i, kind: 'failure', severity: 'high' },
    { pattern: /recovery|recovering|crash/i, kind: 'recovery', severity: 'high' },
    { pattern: /restarted|rebooted|reboot|shutdown|shut down|has been stopped/i, kind: 'restart', severity: 'medium' },
];
function detector_kindOf(event) {
    return KINDS.find((k) => k.pattern.test(event.message));
}
const rdsFailureEvents = {
    id: 'rds_failure_events',
    title: 'RDS reported failures, failovers or restarts',
    description: 'RDS events in the window about failovers, failures, restarts or storage running out.',
    resourceTypes: ['rds:instance', 'rds:cluster'],
    thresholds: {},
    detect({ resource }) {
        const matched = (resource.events ?? []).map((event) => ({ event, kind: detector_kindOf(event) })).filter((m) => m.kind !== undefined);
        if (matched.length === 0)
            return [];
        const worst = matched.reduce((a, b) => ((0,model/* severityRank */.qs)(b.kind.severity) < (0,model/* severityRank */.qs)(a.kind.severity) ? b : a));
        const kinds = [...new Set([...matched].sort((a, b) => (0,model/* severityRank */.qs)(a.kind.severity) - (0,model/* severityRank */.qs)(b.kind.severity)).map((m) => m.kind.kind))];
        return [
            {
                severity: worst.kind.severity,
                resource: (0,model/* refOf */.H8)(resource),
                title: `RDS reported ${kinds.join(', ')} (${matched.length} event${matched.length === 1 ? '' : 's'})`,
                evidence: matched.slice(0, 3).map((m) => ({ label: m.event.at, value: m.event.message })),
                since: matched.at(-1).event.at, // events are newest first
                nextStep: `aws rds describe-events --source-identifier ${resource.id} --duration 1440, then the database log around those times`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/rds-not-multi-az/detector.ts

const rdsNotMultiAz = {
    id: 'rds_not_multi_az',
    title: 'RDS primary without Multi-AZ',
    description: 'A standalone or primary DB instance outside Aurora without a standby: an AZ failure takes it down.',
    resourceTypes: ['rds:instance'],
    thresholds: {},
    detect({ resource }) {
        const a = resource.attributes;
        // Aurora instances get availability from the cluster's readers, replicas from their primary.
        if (a.multiAZ === true || a.clusterId || (a.role !== 'standalone' && a.role !== 'primary'))
            return [];
        return [
            {
                severity: 'low',
                resource: (0,model/* refOf */.H8)(resource),
                title: 'no Multi-AZ standby: an Availability Zone outage takes this database down',
                evidence: [{ label: 'multiAZ', value: 'false' }, { label: 'role', value: String(a.role) }],
                nextStep: `aws rds modify-db-instance --db-instance-identifier ${resource.id} --multi-az --apply-immediately (brief I/O pause; doubles instance cost)`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/rds-pending-maintenance/detector.ts


const rdsPendingMaintenance = {
    id: 'rds_pending_maintenance',
    title: 'RDS maintenance pending',
    description: 'A pending maintenance action (OS or engine patch, CA rotation); more urgent when AWS will apply it soon by itself.',
    resourceTypes: ['rds:instance', 'rds:cluster'],
    thresholds: {
        urgent_within_days: { spec: integer(0, 90), default: 7, description: 'An action AWS applies by itself within this many days is medium, else low.' },
    },
    detect({ resource, thresholds, now }) {
        const actions = resource.attributes.pendingMaintenance;
        if (typeof actions !== 'string' || actions === '')
            return [];
        const applyAfter = typeof resource.attributes.pendingMaintenanceAutoApplyAfter === 'string' ? resource.attributes.pendingMaintenanceAutoApplyAfter : undefined;
        const daysLeft = applyAfter ? (Date.parse(applyAfter) - now.getTime()) / 86_400_000 : undefined;
        const urgent = daysLeft !== undefined && daysLeft <= thresholds.urgent_within_days;
        return [
            {
                severity: urgent ? 'medium' : 'low',
                resource: (0,model/* refOf */.H8)(resource),
                title: applyAfter ? `maintenance pending (${actions}); AWS applies it after ${applyAfter.slice(0, 10)}` : `maintenance pending (${actions})`,
                evidence: [
                    { label: 'actions', value: actions },
                    ...(typeof resource.attributes.pendingMaintenanceDescription === 'string' ? [{ label: 'description', value: resource.attributes.pendingMaintenanceDescription }] : []),
                ],
                nextStep: `schedule it in a quiet hour: aws rds apply-pending-maintenance-action --resource-identifier ${resource.arn ?? resource.id} --apply-action <action> --opt-in-type next-maintenance`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/rds-unhealthy/detector.ts

// RDS status words (RDS user guide, "Viewing DB instance status"). Transitional states such as
// modifying, backing-up, upgrading or rebooting are normal and not listed here.
const STATUS_SEVERITY = {
    'storage-full': 'critical',
    failed: 'critical',
    'inaccessible-encryption-credentials': 'critical',
    'inaccessible-encryption-credentials-recoverable': 'critical',
    'incompatible-network': 'high',
    'incompatible-option-group': 'high',
    'incompatible-parameters': 'high',
    'incompatible-restore': 'high',
    'incompatible-credentials': 'high',
    'restore-error': 'high',
    'insufficient-capacity': 'high',
    // A stopped production database is usually a mistake, and RDS restarts it after 7 days anyway.
    stopped: 'medium',
    stopping: 'medium',
};
const rdsUnhealthy = {
    id: 'rds_unhealthy',
    title: 'RDS instance or cluster in a failed or stopped state',
    description: 'The DB instance or cluster status is one RDS documents as failed, incompatible, storage-full or stopped.',
    resourceTypes: ['rds:instance', 'rds:cluster'],
    thresholds: {},
    detect({ resource }) {
        const status = resource.status ?? '';
        const severity = STATUS_SEVERITY[status];
        if (!severity)
            return [];
        const latestEvent = resource.events?.[0];
        return [
            {
                severity,
                resource: (0,model/* refOf */.H8)(resource),
                title: `${resource.type === 'rds:cluster' ? 'cluster' : 'DB instance'} is ${status}`,
                evidence: [
                    { label: 'status', value: status },
                    ...(resource.attributes.engine ? [{ label: 'engine', value: `${String(resource.attributes.engine)} ${String(resource.attributes.engineVersion ?? '')}`.trim() }] : []),
                    ...(latestEvent ? [{ label: 'latest RDS event', value: `${latestEvent.at} ${latestEvent.message}` }] : []),
                ],
                // No since: RDS does not say when the status changed, and the latest event may be unrelated.
                nextStep: status === 'storage-full'
                    ? `aws rds modify-db-instance --db-instance-identifier ${resource.id} --allocated-storage <larger> --apply-immediately`
                    : `aws rds describe-events --source-identifier ${resource.id} --source-type ${resource.type === 'rds:cluster' ? 'db-cluster' : 'db-instance'} --duration 1440`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/metric-evidence.ts
// How metric findings show their numbers: values in their unit, and the series itself.
const UNITS = {
    percent: (v) => `${round(v)}%`,
    count: (v) => round(v),
    seconds: (v) => (v < 1 ? `${round(v * 1000)} ms` : `${round(v)} s`),
    milliseconds: (v) => (v < 1000 ? `${round(v)} ms` : `${round(v / 1000)} s`),
    bytes: (v) => bytes(v),
    megabytes: (v) => bytes(v * 1024 * 1024),
    'bytes/second': (v) => `${bytes(v)}/s`,
};
function formatValue(value, unit) {
    return (UNITS[unit] ?? round)(value);
}
function round(v) {
    const abs = Math.abs(v);
    const digits = abs >= 100 || Number.isInteger(v) ? 0 : abs >= 10 ? 1 : 2;
    return v.toFixed(digits);
}
function bytes(v) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = v;
    let i = 0;
    while (Math.abs(value) >= 1024 && i < units.length - 1) {
        value /= 1024;
        i += 1;
    }
    return `${round(value)} ${units[i]}`;
}
/** The series on the period grid of the window, null where CloudWatch had no point. */
function findingSeries(series) {
    const period = series.periodSeconds * 1000;
    const first = series.timestamps[0] ?? 0;
    const last = series.timestamps.at(-1) ?? first;
    const values = new Array(Math.round((last - first) / period) + 1).fill(null);
    for (let i = 0; i < series.timestamps.length; i += 1)
        values[Math.round((series.timestamps[i] - first) / period)] = series.values[i];
    return {
        metric: series.spec.id,
        namespace: series.spec.namespace,
        name: series.spec.metricName,
        stat: series.spec.stat,
        unit: series.spec.unit,
        periodSeconds: series.periodSeconds,
        start: new Date(first).toISOString(),
        values,
    };
}
const iso = (ms) => new Date(ms).toISOString();
/** A time for reading in evidence: 2026-11-25 12:56 UTC. */
const readableTime = (ms) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

// EXTERNAL MODULE: ./src/analysis/series/robust-statistics.ts
var robust_statistics = __webpack_require__(2809);
;// CONCATENATED MODULE: ./src/detectors/series-statistics.ts
// Robust statistics for metric detectors: medians and MADs, not means, so one outage in the
// baseline does not hide the next one.


/** Median absolute deviation scaled to a standard deviation for normal data (x 1.4826). */
function robustSpread(values, centre = (0,robust_statistics/* median */.JZ)(values)) {
    return 1.4826 * (0,robust_statistics/* median */.JZ)(values.map((v) => Math.abs(v - centre)));
}
/** Theil-Sen slope (units per ms) over at most `maxPairs` sampled pairs: robust to outliers and O(n) memory. */
function theilSenSlope(timestamps, values, maxPairs = 20_000) {
    const n = timestamps.length;
    if (n < 2)
        return 0;
    const slopes = [];
    const pairs = (n * (n - 1)) / 2;
    const step = Math.max(1, Math.floor(pairs / maxPairs));
    let k = 0;
    for (let i = 0; i < n; i += 1) {
        for (let j = i + 1; j < n; j += 1, k += 1) {
            if (k % step !== 0)
                continue;
            const dt = timestamps[j] - timestamps[i];
            if (dt > 0)
                slopes.push((values[j] - values[i]) / dt);
        }
    }
    return (0,robust_statistics/* median */.JZ)(slopes);
}
/** Share of the variance a line explains (R squared), for judging whether a trend is real. */
function lineFit(timestamps, values, slope) {
    const n = values.length;
    if (n < 3)
        return 0;
    const intercept = (0,robust_statistics/* median */.JZ)(values.map((v, i) => v - slope * timestamps[i]));
    const mean = values.reduce((a, b) => a + b, 0) / n;
    let residual = 0;
    let total = 0;
    for (let i = 0; i < n; i += 1) {
        residual += (values[i] - (intercept + slope * timestamps[i])) ** 2;
        total += (values[i] - mean) ** 2;
    }
    return total === 0 ? 0 : 1 - residual / total;
}
/** Maximal runs of indexes where `flag` holds, allowing `gap` unflagged points inside a run. */
function runsOf(length, flag, gap = 0) {
    const runs = [];
    let current;
    for (let i = 0; i < length; i += 1) {
        if (!flag(i))
            continue;
        if (current && i - current.end - 1 <= gap) {
            current.end = i;
            current.flagged += 1;
        }
        else {
            current = { start: i, end: i, flagged: 1 };
            runs.push(current);
        }
    }
    return runs;
}
const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Values at the time of day of [from, end) (an hour either side) on earlier days, when there are any. */
function sameHoursOnEarlierDays(timestamps, values, from) {
    const first = timestamps[0];
    const start = timestamps[from];
    if (start - first < DAY + HOUR)
        return undefined;
    const end = timestamps[timestamps.length - 1];
    const reference = [];
    for (let i = 0; i < from; i += 1) {
        const t = timestamps[i];
        // Whole days back from the stretch, widened by an hour on each side.
        const back = Math.round((start - t) / DAY) * DAY;
        if (back >= DAY && t + back >= start - HOUR && t + back <= end + HOUR)
            reference.push(values[i]);
    }
    return reference.length >= 6 ? reference : undefined;
}

;// CONCATENATED MODULE: ./src/detectors/metric-capacity-exhaustion/detector.ts




const detector_HOUR = 3_600_000;
const detector_DAY = 24 * detector_HOUR;
/** Free storage or memory heading for zero: a robust trend over the window, projected forward. */
const metricCapacityExhaustion = {
    id: 'metric_capacity_exhaustion',
    title: 'Running out of capacity',
    description: 'Free storage (or memory) is falling steadily and will reach zero within the horizon, or is already nearly gone.',
    roles: ['free-capacity'],
    thresholds: {
        horizon_days: { spec: number(0.1, 365), default: 14, description: 'Report when the projected time to zero is shorter than this.' },
        min_free_percent: { spec: number(0, 100), default: 10, description: 'Report when less than this share of the capacity is free, trend or not.' },
        min_fit: { spec: number(0, 1), default: 0.6, description: 'How well a straight line must explain the decline (R squared) to be trusted.' },
    },
    detect({ resource, series, thresholds, now }) {
        const { spec, values, timestamps } = series;
        const n = values.length;
        if (n < 6)
            return [];
        const capacity = spec.capacity?.(resource);
        const current = (0,robust_statistics/* median */.JZ)(values.slice(-3));
        const freePercent = capacity ? (current / capacity) * 100 : undefined;
        const slope = theilSenSlope(timestamps, values); // units per ms; negative when filling up
        const fit = slope < 0 ? lineFit(timestamps, values, slope) : 0;
        const span = timestamps[n - 1] - timestamps[0];
        const decline = -slope * span;
        // The decline must be real: well explained by a line and large against the level it started from.
        const trending = slope < 0 && fit >= thresholds.min_fit && span >= detector_HOUR && decline >= 0.01 * (capacity ?? values[0]);
        const msToZero = trending ? current / -slope : Infinity;
        const low = freePercent !== undefined && freePercent < thresholds.min_free_percent;
        if (!low && msToZero > thresholds.horizon_days * detector_DAY)
            return [];
        const severity = msToZero < detector_DAY || (freePercent !== undefined && freePercent < 2) ? 'critical' : msToZero < 3 * detector_DAY || low ? 'high' : 'medium';
        const perDay = -slope * detector_DAY;
        const runsOutAt = Number.isFinite(msToZero) ? new Date(now.getTime() + msToZero) : undefined;
        return [
            {
                severity,
                resource: (0,model/* refOf */.H8)(resource),
                title: runsOutAt ? `${spec.label} runs out in ${humanSpan(msToZero)} at the current rate` : `${spec.label} nearly exhausted: ${formatValue(current, spec.unit)} left`,
                evidence: [
                    { label: 'free now', value: `${formatValue(current, spec.unit)}${freePercent !== undefined ? ` (${freePercent.toFixed(1)}% of ${formatValue(capacity, spec.unit)})` : ''}` },
                    ...(trending ? [{ label: 'falling by', value: `${formatValue(perDay, spec.unit)} per day (fit R2 ${fit.toFixed(2)})` }] : []),
                    ...(runsOutAt ? [{ label: 'projected empty', value: readableTime(runsOutAt.getTime()) }] : []),
                ],
                since: iso(timestamps[0]),
                nextStep: `${spec.namespace} ${spec.metricName} for ${resource.id}: add capacity (or enable storage autoscaling) and find what is writing`,
                series: findingSeries(series),
            },
        ];
    },
};
function humanSpan(ms) {
    if (ms < detector_HOUR)
        return `${Math.max(1, Math.round(ms / 60_000))} min`;
    if (ms < 2 * detector_DAY)
        return `${Math.round(ms / detector_HOUR)} h`;
    return `${Math.round(ms / detector_DAY)} days`;
}

;// CONCATENATED MODULE: ./src/detectors/metric-error-rate-spike/detector.ts




/**
 * Errors judged as a share of traffic where the catalog names the traffic metric: a traffic surge
 * with a steady error rate is not an error spike. Without traffic, the count itself is judged.
 */
const metricErrorRateSpike = {
    id: 'metric_error_rate_spike',
    title: 'Error rate spike',
    description: 'HTTP 5xx/4xx or other error counts rose well above their own baseline, as a share of requests where requests are known.',
    roles: ['errors'],
    thresholds: {
        min_errors: { spec: integer(1, 1_000_000), default: 5, description: 'Fewest errors in one period for it to count.' },
        min_rate_percent: { spec: number(0, 100), default: 1, description: 'Smallest error rate (% of requests) worth reporting.' },
        ratio: { spec: number(1, 1000), default: 3, description: 'How many times the baseline the rate (or count) must reach.' },
        robust_z: { spec: number(1, 100), default: 6, description: 'How many robust standard deviations above the baseline.' },
    },
    detect({ resource, series, related, thresholds }) {
        const { spec } = series;
        const traffic = spec.trafficOf ? related(spec.trafficOf) : undefined;
        const byTime = traffic ? new Map(traffic.timestamps.map((t, i) => [t, traffic.values[i]])) : undefined;
        const n = series.values.length;
        if (n < 4)
            return [];
        // A period with errors but no traffic point (or none of either) keeps its count as the measure.
        const requests = series.timestamps.map((t) => byTime?.get(t));
        const asRate = byTime !== undefined;
        const measure = series.values.map((errors, i) => (asRate ? (requests[i] ? errors / requests[i] : errors > 0 ? 1 : 0) : errors));
        const baseline = (0,robust_statistics/* median */.JZ)(measure);
        const spread = robustSpread(measure, baseline);
        const floor = asRate ? thresholds.min_rate_percent / 100 : 0;
        const limit = Math.max(baseline * thresholds.ratio, baseline + thresholds.robust_z * spread, floor, asRate ? 0 : thresholds.min_errors);
        const flagged = (i) => series.values[i] >= thresholds.min_errors && measure[i] > limit;
        const runs = runsOf(n, flagged, 1);
        if (runs.length === 0)
            return [];
        // The worst episode by errors above baseline; the latest wins ties (it is the one still relevant).
        const excess = (r) => {
            let sum = 0;
            for (let i = r.start; i <= r.end; i += 1)
                sum += Math.max(0, series.values[i] - (asRate && requests[i] ? baseline * requests[i] : baseline));
            return sum;
        };
        const worst = runs.reduce((a, b) => (excess(b) >= excess(a) ? b : a));
        const errors = sum(series.values, worst.start, worst.end);
        const total = asRate ? sum(requests.map((r) => r ?? 0), worst.start, worst.end) : undefined;
        const rate = total ? errors / total : undefined;
        const ongoing = worst.end >= n - 2;
        const severity = /5xx/i.test(spec.metricName) ? 'high' : 'medium';
        const display = (v) => (asRate ? `${(v * 100).toFixed(v < 0.01 ? 2 : 1)}%` : formatValue(v, spec.unit));
        return [
            {
                severity,
                resource: (0,model/* refOf */.H8)(resource),
                title: `${spec.label} spiked to ${rate !== undefined ? `${display(rate)} of requests` : `${formatValue(errors, 'count')} in ${minutesOf(worst, series)} min`}${ongoing ? ', still now' : ''}`,
                evidence: [
                    { label: 'baseline', value: asRate ? `${display(baseline)} of requests` : `${formatValue(baseline, 'count')} per ${series.periodSeconds / 60} min` },
                    { label: 'during the spike', value: `${formatValue(errors, 'count')} errors${total !== undefined ? ` in ${formatValue(total, 'count')} requests` : ''} over ${minutesOf(worst, series)} min` },
                    { label: 'peak', value: `${formatValue(Math.max(...series.values.slice(worst.start, worst.end + 1)), 'count')} in one ${series.periodSeconds / 60}-min period` },
                    ...(runs.length > 1 ? [{ label: 'spikes in the window', value: String(runs.length) }] : []),
                    ...(ongoing ? [] : [{ label: 'ended', value: readableTime(series.timestamps[worst.end]) }]),
                ],
                since: iso(series.timestamps[worst.start]),
                nextStep: `${spec.namespace} ${spec.metricName} for ${resource.id}: match the start time with deploys, then read the service's logs from ${iso(series.timestamps[worst.start]).slice(0, 16)}Z`,
                series: findingSeries(series),
            },
        ];
    },
};
function sum(values, from, to) {
    let total = 0;
    for (let i = from; i <= to; i += 1)
        total += values[i];
    return total;
}
function minutesOf(run, series) {
    return Math.round(((run.end - run.start + 1) * series.periodSeconds) / 60);
}

;// CONCATENATED MODULE: ./src/detectors/metric-latency-degradation/detector.ts




/**
 * A level shift that lasts to now: the latency of the last stretch against the first half of the
 * window. Single slow minutes are noise; a new, higher plateau is a degradation.
 */
const metricLatencyDegradation = {
    id: 'metric_latency_degradation',
    title: 'Performance degradation',
    description: 'Response time, database latency or queue depth rose to a new, higher level and stayed there.',
    roles: ['latency'],
    thresholds: {
        sustained_minutes: { spec: integer(1, 10_080), default: 30, description: 'How long the higher level must have lasted, up to now.' },
        min_increase_percent: { spec: number(1, 10_000), default: 50, description: 'Smallest rise over the baseline worth reporting.' },
        robust_z: { spec: number(1, 100), default: 4, description: 'How many robust standard deviations above the baseline.' },
    },
    detect({ resource, series, thresholds }) {
        const { spec, values, timestamps } = series;
        const n = values.length;
        const sustained = Math.max(3, Math.ceil((thresholds.sustained_minutes * 60) / series.periodSeconds));
        if (n < sustained + 6)
            return [];
        // With two days or more, the same hours on earlier days are the reference (daily peaks are not
        // degradations); otherwise the first half of the window.
        const seasonal = sameHoursOnEarlierDays(timestamps, values, n - sustained);
        const reference = seasonal ?? values.slice(0, Math.floor(n / 2));
        const baseline = (0,robust_statistics/* median */.JZ)(reference);
        // A flat baseline has no spread: fall back to a share of the level so rounding is not a shift.
        const spread = Math.max(robustSpread(reference, baseline), Math.abs(baseline) * 0.05);
        const limit = Math.max(baseline * (1 + thresholds.min_increase_percent / 100), baseline + thresholds.robust_z * spread);
        if (!(limit > 0))
            return [];
        const recent = values.slice(n - sustained);
        if ((0,robust_statistics/* median */.JZ)(recent) < limit)
            return [];
        // Start of the shift: the elevated run, tolerating two ordinary points in a row, that reaches now.
        const last = runsOf(n, (i) => values[i] >= limit, 2).at(-1);
        if (!last || last.end < n - 3)
            return [];
        const current = (0,robust_statistics/* median */.JZ)(values.slice(last.start));
        const change = baseline > 0 ? (current / baseline - 1) * 100 : Infinity;
        return [
            {
                severity: baseline > 0 && current >= baseline * 3 ? 'high' : 'medium',
                resource: (0,model/* refOf */.H8)(resource),
                title: `${spec.label} up ${Number.isFinite(change) ? `${Math.round(change)}%` : 'from zero'}: ${formatValue(baseline, spec.unit)} -> ${formatValue(current, spec.unit)}`,
                evidence: [
                    { label: seasonal ? 'baseline (same hours, earlier days)' : 'baseline (first half of the window)', value: formatValue(baseline, spec.unit) },
                    { label: 'since the rise', value: `${formatValue(current, spec.unit)} (median of ${n - last.start} periods)` },
                    { label: 'latest', value: formatValue(values[n - 1], spec.unit) },
                ],
                since: iso(timestamps[last.start]),
                nextStep: `${spec.namespace} ${spec.metricName} (${spec.stat}) for ${resource.id}: check deploys and dependency latency (database, downstream APIs) around ${iso(timestamps[last.start]).slice(0, 16)}Z`,
                series: findingSeries(series),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/metric-threshold-breach/detector.ts




// A single high sample is normal (a deploy, a batch job); a limit held for this long is not.
const SUSTAINED_MINUTES = 10;
const metricThresholdBreach = {
    id: 'metric_threshold_breach',
    title: 'Metric beyond its limit for a sustained time',
    description: "A saturation or health metric (CPU, memory, JVM pressure, replica lag, cluster status...) stayed beyond the catalog's limit for the sustained time.",
    roles: ['saturation', 'health'],
    thresholds: {
        sustained_minutes: { spec: integer(1, 1440), default: SUSTAINED_MINUTES, description: 'How long a limit must be exceeded without a break.' },
    },
    detect({ resource, series, thresholds }) {
        const { spec } = series;
        const limits = spec.limitsFor ? spec.limitsFor(resource) : spec.limits;
        if (!limits || series.values.length === 0)
            return [];
        const beyond = (value, limit) => (spec.bad === 'up' ? value >= limit : value <= limit);
        const needed = Math.max(1, Math.ceil((thresholds.sustained_minutes * 60) / series.periodSeconds));
        const levels = [
            { limit: limits.critical, severity: 'high' },
            { limit: limits.warn, severity: 'medium' },
        ].filter((l) => l.limit !== undefined);
        for (const { limit, severity } of levels) {
            // Consecutive points only: a missing point ends a run, so gaps never fake a sustained breach.
            const runs = runsOf(series.values.length, (i) => beyond(series.values[i], limit) && (i === 0 || series.timestamps[i] - series.timestamps[i - 1] <= series.periodSeconds * 1000)).filter((r) => r.end - r.start + 1 >= needed);
            if (runs.length === 0)
                continue;
            const latest = runs.at(-1);
            const ongoing = latest.end === series.values.length - 1;
            const window = series.values.slice(latest.start, latest.end + 1);
            const peak = spec.bad === 'up' ? Math.max(...window) : Math.min(...window);
            const minutes = Math.round(((latest.end - latest.start + 1) * series.periodSeconds) / 60);
            return [
                {
                    severity,
                    resource: (0,model/* refOf */.H8)(resource),
                    title: `${spec.label} ${spec.bad === 'up' ? 'at or above' : 'at or below'} ${formatValue(limit, spec.unit)} for ${minutes} min${ongoing ? ', still now' : ''}`,
                    evidence: [
                        { label: 'limit', value: `${formatValue(limit, spec.unit)} (${severity === 'high' ? 'critical' : 'warning'})` },
                        { label: spec.bad === 'up' ? 'peak' : 'lowest', value: formatValue(peak, spec.unit) },
                        { label: 'latest', value: formatValue(series.values.at(-1), spec.unit) },
                        ...(runs.length > 1 ? [{ label: 'episodes in the window', value: String(runs.length) }] : []),
                        ...(ongoing ? [] : [{ label: 'ended', value: readableTime(series.timestamps[latest.end]) }]),
                    ],
                    since: iso(series.timestamps[latest.start]),
                    nextStep: `CloudWatch: ${spec.namespace} ${spec.metricName} (${spec.stat}) for ${resource.id}; ${spec.role === 'saturation' ? 'scale up or out, or find what drives the load' : 'read the resource events and logs around the start'}`,
                    series: findingSeries(series),
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/detectors/metric-traffic-drop/detector.ts




/** Requests that fell to a fraction of their usual level and stayed there: users cannot reach the service. */
const metricTrafficDrop = {
    id: 'metric_traffic_drop',
    title: 'Traffic dropped',
    description: 'Requests fell far below their usual level (the same hours of earlier days when the window holds them) and stayed there.',
    roles: ['traffic'],
    thresholds: {
        sustained_minutes: { spec: integer(1, 1440), default: 15, description: 'How long the drop must have lasted, up to now.' },
        max_share_percent: { spec: number(0, 100), default: 20, description: 'Report when traffic is below this share of its usual level.' },
        min_usual_per_minute: { spec: number(0, 1_000_000), default: 10, description: 'Ignore resources whose usual traffic is below this many requests a minute.' },
    },
    detect({ resource, series, thresholds, now: clock }) {
        const { spec } = series;
        if (spec.bad !== 'down')
            return [];
        // CloudWatch publishes no RequestCount for a period without requests: periods missing at the end
        // (allowing two for publishing delay) are zeros, which is exactly what an outage looks like.
        const periodMs = series.periodSeconds * 1000;
        const timestamps = [...series.timestamps];
        const values = [...series.values];
        for (let t = (timestamps.at(-1) ?? clock.getTime()) + periodMs; t <= clock.getTime() - 2 * periodMs; t += periodMs) {
            timestamps.push(t);
            values.push(0);
        }
        const n = values.length;
        const sustained = Math.max(2, Math.ceil((thresholds.sustained_minutes * 60) / series.periodSeconds));
        if (n < sustained + 6)
            return [];
        const seasonal = sameHoursOnEarlierDays(timestamps, values, n - sustained);
        const usual = (0,robust_statistics/* median */.JZ)(seasonal ?? values.slice(0, n - sustained));
        if (usual / (series.periodSeconds / 60) < thresholds.min_usual_per_minute)
            return [];
        const recent = values.slice(n - sustained);
        const current = (0,robust_statistics/* median */.JZ)(recent);
        if (current > (usual * thresholds.max_share_percent) / 100)
            return [];
        let start = n - sustained;
        while (start > 0 && values[start - 1] <= (usual * thresholds.max_share_percent) / 100)
            start -= 1;
        return [
            {
                severity: 'high',
                resource: (0,model/* refOf */.H8)(resource),
                title: `${spec.label} fell to ${Math.round((current / usual) * 100)}% of the usual level`,
                evidence: [
                    { label: seasonal ? 'usual (same hours, earlier days)' : 'usual (earlier in the window)', value: `${formatValue(usual, 'count')} per ${series.periodSeconds / 60} min` },
                    { label: 'now', value: `${formatValue(current, 'count')} per ${series.periodSeconds / 60} min` },
                ],
                since: iso(timestamps[start]),
                nextStep: `${spec.namespace} ${spec.metricName} for ${resource.id}: check DNS, listeners, security groups and upstream callers since ${iso(timestamps[start]).slice(0, 16)}Z`,
                series: findingSeries({ ...series, timestamps, values }),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/waf-logging-disabled/detector.ts

const wafLoggingDisabled = {
    id: 'waf_logging_disabled',
    title: 'WAF web ACL without logging',
    description: 'Without a logging configuration no one can see which requests the web ACL blocked, and the log checks cannot read them.',
    resourceTypes: ['wafv2:web-acl'],
    thresholds: {},
    detect({ resource }) {
        if (resource.attributes.loggingEnabled !== false || resource.attributes.associatedLoadBalancers === 0)
            return [];
        return [
            {
                severity: 'low',
                resource: (0,model/* refOf */.H8)(resource),
                title: 'logging is off: blocked requests cannot be seen or checked',
                evidence: [{ label: 'protects', value: String(resource.attributes.loadBalancers ?? 'unknown (see coverage)') }],
                nextStep: `aws wafv2 put-logging-configuration --logging-configuration ResourceArn=${resource.arn ?? resource.id},LogDestinationConfigs=<arn of a log group named aws-waf-logs-...>`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/waf-web-acl-unassociated/detector.ts

const wafWebAclUnassociated = {
    id: 'waf_web_acl_unassociated',
    title: 'WAF web ACL protecting nothing',
    description: 'A regional web ACL associated with no load balancer: possibly a protection someone believes is on.',
    resourceTypes: ['wafv2:web-acl'],
    thresholds: {},
    detect({ resource }) {
        if (resource.attributes.associatedLoadBalancers !== 0)
            return [];
        return [
            {
                severity: 'info',
                resource: (0,model/* refOf */.H8)(resource),
                title: 'web ACL is associated with no load balancer',
                evidence: [{ label: 'associated load balancers', value: '0' }],
                nextStep: `aws wafv2 associate-web-acl --web-acl-arn ${resource.arn ?? resource.id} --resource-arn <load balancer arn>, or delete the ACL`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/registry.ts
// Every detector, keyed by its stable id. Adding one: a folder with detector.ts and one line here.























const RESOURCE_STATE_DETECTORS = [
    ecsServiceTasksBelowDesired,
    ecsDeploymentFailed,
    ecsServiceEvents,
    cloudformationStackUnhealthy,
    ecsContainerInsightsDisabled,
    ecsTasksStoppedAbnormally,
    cloudformationStackDrifted,
    rdsUnhealthy,
    rdsFailureEvents,
    rdsPendingMaintenance,
    rdsNotMultiAz,
    opensearchDomainState,
    dmsTaskFailed,
    dmsTableErrors,
    elbLoadBalancerImpaired,
    elbUnhealthyTargets,
    wafLoggingDisabled,
    wafWebAclUnassociated,
];
const METRIC_DETECTORS = [metricThresholdBreach, metricErrorRateSpike, metricLatencyDegradation, metricCapacityExhaustion, metricTrafficDrop];
function detectorCatalog() {
    return [...RESOURCE_STATE_DETECTORS, ...METRIC_DETECTORS].map((detector) => ({ id: detector.id, thresholds: detector.thresholds }));
}

;// CONCATENATED MODULE: ./src/renderers/json.ts
// The whole model, always: consumers filter by severity themselves.
const renderJson = (report) => `${JSON.stringify(report, null, 2)}\n`;

;// CONCATENATED MODULE: ./src/renderers/text.ts
// The primary output: plain text made to be pasted into a ticket or chat, at most 100 columns.

const WIDTH = 100;
function renderText(report, options) {
    const width = options.width ?? WIDTH;
    const out = [];
    out.push(...header(report), '');
    out.push(...findingsSection(report, options.minSeverity, width), '');
    out.push(...inventorySection(report, width), '');
    out.push(...coverageSection(report, width), '');
    out.push(...runSection(report));
    return out.map((line) => line.trimEnd()).join('\n') + '\n';
}
function header(report) {
    const counts = severityCounts(report.findings);
    const summary = model/* SEVERITIES */.oC.filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${s}`)
        .join(', ');
    const total = report.findings.length;
    const verdict = report.status === 'failing'
        ? `FAILING: ${total} finding${plural(total)} (${summary}); fail-on is ${report.failOn}`
        : report.status === 'degraded'
            ? `DEGRADED: ${total} finding${plural(total)} (${summary}), none at fail-on ${report.failOn}`
            : total > 0
                ? `HEALTHY: only informational notes (${summary})`
                : 'HEALTHY: no findings';
    return [
        `aws-monitor report - account ${report.accounts.join(', ')} - ${report.region}`,
        `window ${formatTime(report.window.from)} to ${formatTime(report.window.to)} (${span(report.window.from, report.window.to)})`,
        '',
        verdict,
        ...(report.coverage.length > 0 ? [`(${report.coverage.length} coverage gap${plural(report.coverage.length)}: some checks could not run, see COVERAGE)`] : []),
    ];
}
function findingsSection(report, minSeverity, width) {
    const shown = report.findings.filter((f) => (0,model/* isAtLeast */.du)(f.severity, minSeverity));
    const hidden = report.findings.length - shown.length;
    const lines = ['FINDINGS'];
    if (shown.length === 0)
        lines.push(report.findings.length === 0 ? '  None.' : '  None at or above ' + minSeverity + '.');
    shown.forEach((finding, index) => lines.push(...findingBlock(finding, index + 1, report.generatedAt, width)));
    if (hidden > 0)
        lines.push(`  (${hidden} finding${plural(hidden)} below ${minSeverity} not shown)`);
    return lines;
}
function findingBlock(finding, n, now, width) {
    const lead = `${String(n).padStart(3)}. ${finding.severity.toUpperCase().padEnd(8)} `;
    const indent = ' '.repeat(lead.length);
    const lines = [`${lead}${finding.resource.type} ${finding.resource.id}`];
    lines.push(...wrap(finding.title, width, indent));
    for (const item of finding.evidence)
        lines.push(...wrap(`${item.label}: ${item.value}`, width, indent + '  ', indent + '    '));
    if (finding.series) {
        const bars = Math.min(SPARKLINE_WIDTH, width - indent.length - 4);
        lines.push(`${indent}  ${sparklineLabel(finding.series, bars)}:`, `${indent}    ${sparkline(finding.series.values, bars)}`);
    }
    if (finding.since)
        lines.push(`${indent}  since ${formatTime(finding.since)} (${span(finding.since, now)} ago)`);
    if (finding.nextStep)
        lines.push(...wrap(`next: ${finding.nextStep}`, width, indent + '  ', indent + '        '));
    return lines;
}
const TYPE_TITLES = {
    ecs: 'ECS',
    rds: 'RDS',
    opensearch: 'OpenSearch',
    cloudformation: 'CloudFormation',
    elbv2: 'Load balancing',
    dms: 'DMS',
    wafv2: 'WAF',
    logs: 'CloudWatch Logs',
};
const MAX_ROWS_PER_SERVICE = 25;
function inventorySection(report, width) {
    const lines = ['INVENTORY'];
    if (report.resources.length === 0)
        return [...lines, '  No resources found in scope.'];
    const findingsByResource = new Map();
    for (const f of report.findings) {
        const key = `${f.resource.type}|${f.resource.id}`;
        const worst = findingsByResource.get(key);
        if (!worst || (0,model/* isAtLeast */.du)(f.severity, worst))
            findingsByResource.set(key, f.severity);
    }
    const byService = new Map();
    for (const r of report.resources) {
        const service = r.type.split(':')[0];
        byService.set(service, [...(byService.get(service) ?? []), r]);
    }
    const idWidth = Math.min(48, Math.max(...report.resources.map((r) => r.id.length)));
    for (const [service, resources] of byService) {
        const withFindings = resources.filter((r) => findingsByResource.has(`${r.type}|${r.id}`));
        lines.push(`  ${TYPE_TITLES[service] ?? service}: ${countByType(resources)}${withFindings.length ? `, ${withFindings.length} with findings` : ''}`);
        // Resources with findings first, then the rest, so a long inventory still shows what matters.
        const ordered = [...withFindings, ...resources.filter((r) => !withFindings.includes(r))];
        for (const r of ordered.slice(0, MAX_ROWS_PER_SERVICE)) {
            const worst = findingsByResource.get(`${r.type}|${r.id}`);
            const mark = worst ? `!${worst}` : 'ok';
            const row = `    ${mark.padEnd(10)}${r.id.padEnd(idWidth)}  ${[r.status, summary(r, report.generatedAt)].filter(Boolean).join('  ')}`;
            lines.push(row.length > width ? row.slice(0, width - 3) + '...' : row);
        }
        if (ordered.length > MAX_ROWS_PER_SERVICE)
            lines.push(`    ... and ${ordered.length - MAX_ROWS_PER_SERVICE} more without findings (see the JSON report)`);
    }
    return lines;
}
function summary(r, now) {
    const a = r.attributes;
    switch (r.type) {
        case 'ecs:service': {
            const rollout = a.rolloutState === 'IN_PROGRESS' && typeof a.deploymentStartedAt === 'string'
                ? `, deploying for ${span(a.deploymentStartedAt, now)}`
                : a.rolloutState && a.rolloutState !== 'COMPLETED'
                    ? `, rollout ${String(a.rolloutState)}`
                    : '';
            return `${String(a.running)}/${String(a.desired)} running${rollout}${a.stoppedTasks ? `, ${String(a.stoppedTasks)} stopped` : ''}`;
        }
        case 'ecs:cluster':
            return `${String(a.activeServices)} services, ${String(a.runningTasks)} tasks, insights ${String(a.containerInsights)}`;
        case 'rds:instance':
            return [`${String(a.engine ?? '')} ${String(a.engineVersion ?? '')}`.trim(), a.role, a.multiAZ ? 'multi-AZ' : ''].filter(Boolean).join(', ');
        case 'rds:cluster':
            return [`${String(a.engine ?? '')} ${String(a.engineVersion ?? '')}`.trim(), `${String(a.members)} members`].filter(Boolean).join(', ');
        case 'elbv2:target-group':
            return `${String(a.healthyTargets)}/${String(a.targets)} healthy${a.loadBalancers ? `, behind ${String(a.loadBalancers)}` : ''}`;
        case 'elbv2:load-balancer':
            return [a.lbType, a.scheme].filter(Boolean).join(', ');
        case 'opensearch:domain':
            return [a.engineVersion, a.instanceCount && a.instanceType ? `${String(a.instanceCount)} x ${String(a.instanceType)}` : ''].filter(Boolean).join(', ');
        case 'cloudformation:stack':
            return a.lastUpdatedAt ? `updated ${formatTime(String(a.lastUpdatedAt))}` : '';
        case 'wafv2:web-acl':
            return [a.logGroup ? `logs to ${String(a.logGroup)}` : a.loggingEnabled ? 'logging on' : 'logging off', typeof a.associatedLoadBalancers === 'number' ? `${a.associatedLoadBalancers} load balancers` : ''].filter(Boolean).join(', ');
        case 'dms:task':
            return [a.migrationType, a.replicationInstance ? `on ${String(a.replicationInstance)}` : ''].filter(Boolean).join(', ');
        default:
            return '';
    }
}
function countByType(resources) {
    const counts = new Map();
    for (const r of resources)
        counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
    return [...counts].map(([type, n]) => `${n} ${type.split(':')[1]}${plural(n)}`).join(', ');
}
function coverageSection(report, width) {
    const lines = ['COVERAGE'];
    if (report.coverage.length === 0)
        return [...lines, '  Every enabled check ran.'];
    for (const gap of report.coverage) {
        lines.push(...wrap(`- not checked: ${gap.scope} (${gap.service} ${gap.operation})`, width, '  ', '    '));
        lines.push(...wrap(`why: ${gap.reason}`, width, '    ', '      '));
    }
    return lines;
}
function runSection(report) {
    const retries = report.apiCalls.requests - report.apiCalls.total;
    return [
        'RUN',
        `  ${report.tool.name} ${report.tool.version}, generated ${formatTime(report.generatedAt)} in ${(report.durationMs / 1000).toFixed(1)}s`,
        `  AWS API calls: ${report.apiCalls.total}${retries > 0 ? ` (+${retries} retries)` : ''}; ${report.resources.length} resources`,
    ];
}
function severityCounts(findings) {
    const counts = Object.fromEntries(model/* SEVERITIES */.oC.map((s) => [s, 0]));
    for (const f of findings)
        counts[f.severity] += 1;
    return counts;
}
function wrap(text, width, firstIndent, restIndent = firstIndent) {
    const lines = [];
    let current = firstIndent;
    for (const word of text.split(/\s+/)) {
        const indent = lines.length === 0 ? firstIndent : restIndent;
        if (current.length > indent.length && current.length + 1 + word.length > width) {
            lines.push(current);
            current = restIndent;
        }
        let remaining = word;
        // Break words longer than a whole line (ARNs, URLs) instead of overflowing.
        while (current.length + remaining.length > width && remaining.length > width - restIndent.length) {
            const room = width - current.length - (current.trim() ? 1 : 0);
            current += (current.trim() ? ' ' : '') + remaining.slice(0, room);
            lines.push(current);
            current = restIndent;
            remaining = remaining.slice(room);
        }
        current += (current.trim() ? ' ' : '') + remaining;
    }
    if (current.trim())
        lines.push(current);
    return lines;
}
function formatTime(iso) {
    return iso.replace('T', ' ').replace(/:\d{2}(\.\d+)?Z$/, ' UTC');
}
function span(fromIso, toIso) {
    const minutes = Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60_000));
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    const mins = minutes % 60;
    if (days > 0)
        return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
    if (hours > 0)
        return mins > 0 ? `${hours}h ${mins}m` : `${hours}h`;
    return `${mins}m`;
}
function plural(n) {
    return n === 1 ? '' : 's';
}
const SPARKLINE_WIDTH = 60;
const BARS = '▁▂▃▄▅▆▇█';
function sparklineLabel(series, bars) {
    const perBar = Math.max(1, Math.ceil(series.values.length / bars));
    const minutes = (series.periodSeconds * perBar) / 60;
    return `${series.name} ${series.stat}, ${minutes >= 60 && minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`} per bar`;
}
/** The series in at most `width` bars, each the extreme of the points it covers, so spikes survive. */
function sparkline(values, width) {
    const perBar = Math.max(1, Math.ceil(values.length / width));
    const bars = [];
    for (let i = 0; i < values.length; i += perBar) {
        const slice = values.slice(i, i + perBar).filter((v) => v !== null);
        bars.push(slice.length ? Math.max(...slice) : null);
    }
    const present = bars.filter((v) => v !== null);
    if (present.length === 0)
        return '';
    const low = Math.min(...present);
    const high = Math.max(...present);
    return bars.map((v) => (v === null ? ' ' : BARS[high === low ? 0 : Math.round(((v - low) / (high - low)) * (BARS.length - 1))])).join('');
}

;// CONCATENATED MODULE: ./src/renderers/markdown.ts
// Markdown for $GITHUB_STEP_SUMMARY: the same content as the text report, as tables.


const ICON = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵', info: '⚪' };
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function renderMarkdown(report, options) {
    const verdict = { failing: '❌ Failing', degraded: '⚠️ Degraded', healthy: '✅ Healthy' }[report.status];
    const shown = report.findings.filter((f) => (0,model/* isAtLeast */.du)(f.severity, options.minSeverity));
    const lines = [
        `## aws-monitor: ${verdict}`,
        '',
        `Account ${report.accounts.join(', ')} · ${report.region} · ${formatTime(report.window.from)} → ${formatTime(report.window.to)} · ${report.findings.length} findings · fail-on \`${report.failOn}\``,
        '',
    ];
    if (shown.length > 0) {
        lines.push('| | Severity | Resource | What | Since |', '|---|---|---|---|---|');
        for (const f of shown) {
            lines.push(`| ${ICON[f.severity]} | ${f.severity} | \`${cell(f.resource.type)}\` ${cell(f.resource.id)} | ${cell(f.title)} | ${f.since ? formatTime(f.since) : ''} |`);
        }
        lines.push('', '<details><summary>Evidence and next steps</summary>', '');
        for (const f of shown) {
            lines.push(`**${cell(f.resource.id)}**: ${cell(f.title)}`, '');
            for (const e of f.evidence)
                lines.push(`- ${cell(e.label)}: ${cell(e.value)}`);
            if (f.nextStep)
                lines.push(`- next: ${cell(f.nextStep)}`);
            lines.push('');
        }
        lines.push('</details>', '');
    }
    else {
        lines.push('No findings.', '');
    }
    if (report.coverage.length > 0) {
        lines.push('### Coverage gaps', '', '| Not checked | API | Why |', '|---|---|---|');
        for (const g of report.coverage)
            lines.push(`| ${cell(g.scope)} | ${g.iamAction ?? g.operation} | ${cell(g.reason)} |`);
        lines.push('');
    }
    lines.push(`<sub>${report.resources.length} resources · ${report.apiCalls.total} AWS API calls · ${(report.durationMs / 1000).toFixed(1)}s · ${report.tool.name} ${report.tool.version}</sub>`, '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/renderers/registry.ts
// Every output format, keyed by the name used in `format =` and --format.



const RENDERERS = {
    text: renderText,
    markdown: renderMarkdown,
    json: renderJson,
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var client_cloudwatch_dist_cjs = __webpack_require__(4085);
;// CONCATENATED MODULE: ./src/telemetry/metrics/metric-catalog.ts
// Which CloudWatch metrics each resource type is judged on, as data. Adding a metric is adding a row.
// Names, dimensions and statistics follow each service's CloudWatch metrics reference.
const attr = (resource, key) => {
    const value = resource.attributes[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
};
const ecsService = (r) => {
    const cluster = attr(r, 'cluster');
    return cluster ? [{ Name: 'ClusterName', Value: cluster }, { Name: 'ServiceName', Value: r.name }] : undefined;
};
const alb = (r) => {
    const dimension = attr(r, 'metricDimension');
    return dimension && attr(r, 'lbType') === 'application' ? [{ Name: 'LoadBalancer', Value: dimension }] : undefined;
};
const targetGroup = (r) => {
    const group = attr(r, 'metricDimension');
    const lb = attr(r, 'loadBalancerDimension');
    return group && lb?.startsWith('app/') ? [{ Name: 'TargetGroup', Value: group }, { Name: 'LoadBalancer', Value: lb }] : undefined;
};
const rdsInstance = (r) => [{ Name: 'DBInstanceIdentifier', Value: r.id }];
const rdsCluster = (r) => [{ Name: 'DBClusterIdentifier', Value: r.id }];
// OpenSearch metrics are keyed by domain and the owning account id (ClientId).
const domain = (r) => (r.account ? [{ Name: 'DomainName', Value: r.id }, { Name: 'ClientId', Value: r.account }] : undefined);
const dmsTask = (r) => {
    const instance = attr(r, 'replicationInstance');
    const taskResourceId = r.arn?.split(':').at(-1);
    return instance && taskResourceId ? [{ Name: 'ReplicationInstanceIdentifier', Value: instance }, { Name: 'ReplicationTaskIdentifier', Value: taskResourceId }] : undefined;
};
const isAurora = (r) => String(r.attributes.engine ?? '').startsWith('aurora');
const GIB = 1024 ** 3;
const METRIC_CATALOG = [
    // ECS services (AWS/ECS service-level utilisation).
    { id: 'ecs_cpu', resourceType: 'ecs:service', namespace: 'AWS/ECS', metricName: 'CPUUtilization', stat: 'Average', unit: 'percent', label: 'CPU utilization', role: 'saturation', bad: 'up', limits: { warn: 80, critical: 90 }, dimensions: ecsService },
    // Container Insights (only where the cluster has it on): tasks actually running over the window.
    {
        id: 'ecs_running_tasks',
        resourceType: 'ecs:service',
        namespace: 'ECS/ContainerInsights',
        metricName: 'RunningTaskCount',
        stat: 'Minimum',
        unit: 'count',
        label: 'running tasks',
        role: 'health',
        bad: 'down',
        // One task short of the desired count is a warning; none running is critical.
        limitsFor: (r) => (typeof r.attributes.desired === 'number' && r.attributes.desired > 0 ? { warn: r.attributes.desired - 1, critical: 0 } : undefined),
        dimensions: ecsService,
        appliesTo: (r) => r.attributes.containerInsights === 'enabled' || r.attributes.containerInsights === 'enhanced',
    },
    { id: 'ecs_memory', resourceType: 'ecs:service', namespace: 'AWS/ECS', metricName: 'MemoryUtilization', stat: 'Average', unit: 'percent', label: 'memory utilization', role: 'saturation', bad: 'up', limits: { warn: 85, critical: 95 }, dimensions: ecsService },
    // Application load balancers.
    { id: 'alb_requests', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'RequestCount', stat: 'Sum', unit: 'count', label: 'requests', role: 'traffic', bad: 'down', dimensions: alb },
    { id: 'alb_target_5xx', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_5XX_Count', stat: 'Sum', unit: 'count', label: 'target 5xx responses', role: 'errors', bad: 'up', trafficOf: 'alb_requests', dimensions: alb },
    { id: 'alb_elb_5xx', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_ELB_5XX_Count', stat: 'Sum', unit: 'count', label: 'load balancer 5xx responses', role: 'errors', bad: 'up', trafficOf: 'alb_requests', dimensions: alb },
    { id: 'alb_target_4xx', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_4XX_Count', stat: 'Sum', unit: 'count', label: 'target 4xx responses', role: 'errors', bad: 'up', trafficOf: 'alb_requests', dimensions: alb },
    { id: 'alb_elb_4xx', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_ELB_4XX_Count', stat: 'Sum', unit: 'count', label: 'load balancer 4xx responses', role: 'errors', bad: 'up', trafficOf: 'alb_requests', dimensions: alb },
    { id: 'alb_rejected_connections', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'RejectedConnectionCount', stat: 'Sum', unit: 'count', label: 'rejected connections', role: 'health', bad: 'up', limits: { warn: 1 }, dimensions: alb },
    { id: 'alb_response_time', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'Average', unit: 'seconds', label: 'target response time (average)', role: 'latency', bad: 'up', dimensions: alb },
    { id: 'alb_response_time_p50', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'p50', unit: 'seconds', label: 'target response time p50', role: 'latency', bad: 'up', dimensions: alb },
    { id: 'alb_response_time_p90', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'p90', unit: 'seconds', label: 'target response time p90', role: 'latency', bad: 'up', dimensions: alb },
    { id: 'alb_response_time_p99', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'p99', unit: 'seconds', label: 'target response time p99', role: 'latency', bad: 'up', dimensions: alb },
    // Target groups (per service behind the load balancer).
    { id: 'tg_requests', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'RequestCount', stat: 'Sum', unit: 'count', label: 'requests', role: 'traffic', bad: 'down', dimensions: targetGroup },
    { id: 'tg_target_5xx', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_5XX_Count', stat: 'Sum', unit: 'count', label: 'target 5xx responses', role: 'errors', bad: 'up', trafficOf: 'tg_requests', dimensions: targetGroup },
    { id: 'tg_target_4xx', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_4XX_Count', stat: 'Sum', unit: 'count', label: 'target 4xx responses', role: 'errors', bad: 'up', trafficOf: 'tg_requests', dimensions: targetGroup },
    { id: 'tg_unhealthy_hosts', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'UnHealthyHostCount', stat: 'Maximum', unit: 'count', label: 'unhealthy targets', role: 'health', bad: 'up', limits: { warn: 1 }, dimensions: targetGroup },
    { id: 'tg_response_time', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'Average', unit: 'seconds', label: 'target response time (average)', role: 'latency', bad: 'up', dimensions: targetGroup },
    { id: 'tg_response_time_p99', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'p99', unit: 'seconds', label: 'target response time p99', role: 'latency', bad: 'up', dimensions: targetGroup },
    // RDS instances (Aurora instances report storage per cluster, so FreeStorageSpace is skipped for them).
    { id: 'rds_cpu', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'CPUUtilization', stat: 'Average', unit: 'percent', label: 'CPU utilization', role: 'saturation', bad: 'up', limits: { warn: 80, critical: 90 }, dimensions: rdsInstance },
    { id: 'rds_free_storage', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'FreeStorageSpace', stat: 'Minimum', unit: 'bytes', label: 'free storage', role: 'free-capacity', bad: 'down', capacity: (r) => (typeof r.attributes.allocatedStorageGiB === 'number' ? r.attributes.allocatedStorageGiB * GIB : undefined), dimensions: rdsInstance, appliesTo: (r) => !isAurora(r) },
    { id: 'rds_freeable_memory', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'FreeableMemory', stat: 'Minimum', unit: 'bytes', label: 'freeable memory', role: 'free-capacity', bad: 'down', dimensions: rdsInstance },
    { id: 'rds_connections', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'DatabaseConnections', stat: 'Maximum', unit: 'count', label: 'database connections', role: 'traffic', bad: 'up', dimensions: rdsInstance },
    { id: 'rds_read_latency', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'ReadLatency', stat: 'Average', unit: 'seconds', label: 'read latency', role: 'latency', bad: 'up', dimensions: rdsInstance },
    { id: 'rds_write_latency', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'WriteLatency', stat: 'Average', unit: 'seconds', label: 'write latency', role: 'latency', bad: 'up', dimensions: rdsInstance },
    { id: 'rds_disk_queue', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'DiskQueueDepth', stat: 'Average', unit: 'count', label: 'disk queue depth', role: 'latency', bad: 'up', dimensions: rdsInstance, appliesTo: (r) => !isAurora(r) },
    { id: 'rds_replica_lag', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'ReplicaLag', stat: 'Maximum', unit: 'seconds', label: 'replica lag', role: 'health', bad: 'up', limits: { warn: 60, critical: 300 }, dimensions: rdsInstance, appliesTo: (r) => r.attributes.role === 'replica' },
    { id: 'rds_network_in', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'NetworkReceiveThroughput', stat: 'Average', unit: 'bytes/second', label: 'network in', role: 'traffic', bad: 'up', dimensions: rdsInstance },
    { id: 'rds_network_out', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'NetworkTransmitThroughput', stat: 'Average', unit: 'bytes/second', label: 'network out', role: 'traffic', bad: 'up', dimensions: rdsInstance },
    // Aurora clusters.
    { id: 'aurora_cpu', resourceType: 'rds:cluster', namespace: 'AWS/RDS', metricName: 'CPUUtilization', stat: 'Average', unit: 'percent', label: 'CPU utilization', role: 'saturation', bad: 'up', limits: { warn: 80, critical: 90 }, dimensions: rdsCluster },
    { id: 'aurora_freeable_memory', resourceType: 'rds:cluster', namespace: 'AWS/RDS', metricName: 'FreeableMemory', stat: 'Minimum', unit: 'bytes', label: 'freeable memory', role: 'free-capacity', bad: 'down', dimensions: rdsCluster },
    { id: 'aurora_connections', resourceType: 'rds:cluster', namespace: 'AWS/RDS', metricName: 'DatabaseConnections', stat: 'Maximum', unit: 'count', label: 'database connections', role: 'traffic', bad: 'up', dimensions: rdsCluster },
    { id: 'aurora_commit_latency', resourceType: 'rds:cluster', namespace: 'AWS/RDS', metricName: 'CommitLatency', stat: 'Average', unit: 'milliseconds', label: 'commit latency', role: 'latency', bad: 'up', dimensions: rdsCluster },
    { id: 'aurora_replica_lag', resourceType: 'rds:cluster', namespace: 'AWS/RDS', metricName: 'AuroraReplicaLagMaximum', stat: 'Maximum', unit: 'milliseconds', label: 'replica lag', role: 'health', bad: 'up', limits: { warn: 1_000, critical: 10_000 }, dimensions: rdsCluster },
    // OpenSearch domains.
    { id: 'opensearch_red', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: 'ClusterStatus.red', stat: 'Maximum', unit: 'count', label: 'cluster status red', role: 'health', bad: 'up', limits: { critical: 1 }, dimensions: domain },
    { id: 'opensearch_yellow', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: 'ClusterStatus.yellow', stat: 'Maximum', unit: 'count', label: 'cluster status yellow', role: 'health', bad: 'up', limits: { warn: 1 }, dimensions: domain },
    { id: 'opensearch_free_storage', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: 'FreeStorageSpace', stat: 'Minimum', unit: 'megabytes', label: 'free storage (smallest node)', role: 'free-capacity', bad: 'down', capacity: (r) => (typeof r.attributes.ebsVolumeGiB === 'number' ? r.attributes.ebsVolumeGiB * 1024 : undefined), dimensions: domain },
    { id: 'opensearch_cpu', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: 'CPUUtilization', stat: 'Maximum', unit: 'percent', label: 'CPU utilization (busiest node)', role: 'saturation', bad: 'up', limits: { warn: 80, critical: 95 }, dimensions: domain },
    { id: 'opensearch_jvm_pressure', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: 'JVMMemoryPressure', stat: 'Maximum', unit: 'percent', label: 'JVM memory pressure', role: 'saturation', bad: 'up', limits: { warn: 80, critical: 92 }, dimensions: domain },
    { id: 'opensearch_5xx', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: '5xx', stat: 'Sum', unit: 'count', label: '5xx responses', role: 'errors', bad: 'up', dimensions: domain },
    { id: 'opensearch_write_rejected', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: 'ThreadpoolWriteRejected', stat: 'Sum', unit: 'count', label: 'rejected writes', role: 'errors', bad: 'up', dimensions: domain },
    // DMS replication tasks.
    { id: 'dms_cdc_latency_source', resourceType: 'dms:task', namespace: 'AWS/DMS', metricName: 'CDCLatencySource', stat: 'Maximum', unit: 'seconds', label: 'CDC latency at the source', role: 'health', bad: 'up', limits: { warn: 300, critical: 1_800 }, dimensions: dmsTask },
    { id: 'dms_cdc_latency_target', resourceType: 'dms:task', namespace: 'AWS/DMS', metricName: 'CDCLatencyTarget', stat: 'Maximum', unit: 'seconds', label: 'CDC latency at the target', role: 'health', bad: 'up', limits: { warn: 300, critical: 1_800 }, dimensions: dmsTask },
];
/** The catalog's metrics that apply to this resource, with its dimensions. */
function metricsFor(resource, catalog = METRIC_CATALOG) {
    const out = [];
    for (const spec of catalog) {
        if (spec.resourceType !== resource.type || (spec.appliesTo && !spec.appliesTo(resource)))
            continue;
        const dimensions = spec.dimensions(resource);
        if (dimensions)
            out.push({ spec, dimensions });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/telemetry/metrics/metric-planner.ts
// Pure: from resources and a time window to the fewest GetMetricData calls CloudWatch allows.



/** GetMetricData's documented limits. */
const MAX_QUERIES_PER_CALL = 500;
const MAX_POINTS_PER_CALL = 100_800;
const metric_planner_DAY = 86_400_000;
// CloudWatch keeps 1-minute data for 15 days, 5-minute data for 63 days, 1-hour data for 455 days.
const RETENTION = [
    { olderThanMs: 63 * metric_planner_DAY, periodSeconds: 3600 },
    { olderThanMs: 15 * metric_planner_DAY, periodSeconds: 300 },
    { olderThanMs: 0, periodSeconds: 60 },
];
/**
 * The smallest period CloudWatch still has data at for the window's oldest point, and that keeps
 * each series within maxPointsPerSeries. Periods are whole minutes, in steps of the retention unit.
 */
function choosePeriodSeconds(window, now, maxPointsPerSeries) {
    const age = now.getTime() - window.from.getTime();
    const unit = RETENTION.find((r) => age > r.olderThanMs)?.periodSeconds ?? 60;
    const spanSeconds = Math.max(60, (window.to.getTime() - window.from.getTime()) / 1000);
    const needed = spanSeconds / Math.max(1, maxPointsPerSeries);
    return Math.max(unit, Math.ceil(needed / unit) * unit);
}
function planMetricQueries(resources, catalog = METRIC_CATALOG) {
    const queries = [];
    for (const resource of resources) {
        for (const { spec, dimensions } of metricsFor(resource, catalog)) {
            queries.push({ id: `q${queries.length}`, spec, resource: (0,model/* refOf */.H8)(resource), dimensions });
        }
    }
    // Percentile statistics last: where a backend rejects them, the failing calls stay together.
    return [...queries.filter((q) => !isPercentile(q.spec.stat)), ...queries.filter((q) => isPercentile(q.spec.stat))];
}
function planMetricCalls(resources, window, now, options) {
    const periodSeconds = choosePeriodSeconds(window, now, options.maxPointsPerSeries);
    const periodMs = periodSeconds * 1000;
    const start = new Date(Math.floor(window.from.getTime() / periodMs) * periodMs);
    const end = new Date(Math.ceil(window.to.getTime() / periodMs) * periodMs);
    const pointsPerSeries = Math.max(1, Math.round((end.getTime() - start.getTime()) / periodMs));
    const perCall = queriesPerCall(pointsPerSeries);
    return { periodSeconds, start, end, pointsPerSeries, calls: chunk(planMetricQueries(resources, options.catalog), perCall) };
}
/** As many queries as both limits allow: 500 queries, and 100,800 points in the answer. */
function queriesPerCall(pointsPerSeries) {
    return Math.max(1, Math.min(MAX_QUERIES_PER_CALL, Math.floor(MAX_POINTS_PER_CALL / pointsPerSeries)));
}
/** The fewest calls any plan needs for these queries at this resolution: the figure the planner is judged against. */
function minimumCalls(queryCount, pointsPerSeries) {
    return Math.max(Math.ceil(queryCount / MAX_QUERIES_PER_CALL), Math.ceil((queryCount * pointsPerSeries) / MAX_POINTS_PER_CALL));
}
function isPercentile(stat) {
    return /^(p|tm|wm|tc|ts|pr)\d/i.test(stat);
}

;// CONCATENATED MODULE: ./src/telemetry/metrics/metric-fetcher.ts
// The CloudWatch edge: runs a MetricPlan with GetMetricData, following NextToken, and bisects a
// call that fails for a reason other than throttling so one bad query does not cost the others.




const SERVICE = 'cloudwatch';
const OPERATION = 'GetMetricData';
const IAM_ACTION = 'cloudwatch:GetMetricData';
async function fetchMetricPlan(context, plan) {
    const cloudwatch = context.clients.get(client_cloudwatch_dist_cjs/* CloudWatchClient */.WBn);
    const results = await Promise.all(plan.calls.map((queries) => fetchOrBisect(context, cloudwatch, plan, queries)));
    return results.flat();
}
async function fetchOrBisect(context, cloudwatch, plan, queries) {
    try {
        const { series, refused } = await context.limit(() => fetchCall(cloudwatch, plan, queries));
        for (const { query, status, message } of refused) {
            context.gap(gapFor([query], `CloudWatch answered ${status} for this query${message ? `: ${message}` : ''}`));
        }
        return series;
    }
    catch (error) {
        if (isCredentialsError(error))
            throw new CredentialsUnusableError(describeAwsError(error));
        // Throttling and denial affect every query alike: splitting would only multiply the calls.
        if (queries.length === 1 || isThrottling(error) || isAccessDenied(error)) {
            context.gap(gapFor(queries, failureReason(error, IAM_ACTION)));
            return [];
        }
        // Percentile statistics are the likeliest to be refused as a group (the planner puts them last): split there first.
        const firstPercentile = queries.findIndex((q) => isPercentile(q.spec.stat));
        const half = firstPercentile > 0 ? firstPercentile : Math.ceil(queries.length / 2);
        const [left, right] = await Promise.all([fetchOrBisect(context, cloudwatch, plan, queries.slice(0, half)), fetchOrBisect(context, cloudwatch, plan, queries.slice(half))]);
        return [...left, ...right];
    }
}
async function fetchCall(cloudwatch, plan, queries) {
    const refused = new Map();
    const byId = new Map(queries.map((query) => [query.id, { query, periodSeconds: plan.periodSeconds, timestamps: [], values: [] }]));
    let nextToken;
    do {
        const page = await cloudwatch.send(new client_cloudwatch_dist_cjs/* GetMetricDataCommand */.Soe({
            StartTime: plan.start,
            EndTime: plan.end,
            ScanBy: 'TimestampAscending',
            NextToken: nextToken,
            MetricDataQueries: queries.map(toDataQuery(plan.periodSeconds)),
        }));
        for (const result of page.MetricDataResults ?? []) {
            const series = byId.get(result.Id ?? '');
            if (!series)
                continue;
            // Per-query failures arrive inside a successful answer: Forbidden, InternalError.
            if (result.StatusCode === 'Forbidden' || result.StatusCode === 'InternalError') {
                refused.set(series.query.id, { query: series.query, status: result.StatusCode, ...(result.Messages?.[0]?.Value ? { message: result.Messages[0].Value } : {}) });
            }
            const timestamps = result.Timestamps ?? [];
            const values = result.Values ?? [];
            for (let i = 0; i < timestamps.length && i < values.length; i += 1) {
                series.timestamps.push(timestamps[i].getTime());
                series.values.push(values[i]);
            }
        }
        nextToken = page.NextToken;
    } while (nextToken);
    // Some backends ignore ScanBy: order every series by time once.
    for (const series of byId.values())
        sortByTime(series);
    return { series: [...byId.values()].filter((s) => !refused.has(s.query.id)), refused: [...refused.values()] };
}
function toDataQuery(period) {
    return (query) => ({
        Id: query.id,
        ReturnData: true,
        MetricStat: { Metric: { Namespace: query.spec.namespace, MetricName: query.spec.metricName, Dimensions: query.dimensions }, Period: period, Stat: query.spec.stat },
    });
}
function sortByTime(series) {
    const t = series.timestamps;
    let sorted = true;
    for (let i = 1; i < t.length && sorted; i += 1)
        if (t[i - 1] > t[i])
            sorted = false;
    if (sorted)
        return;
    const order = t.map((_, i) => i).sort((a, b) => t[a] - t[b]);
    series.timestamps = order.map((i) => t[i]);
    series.values = order.map((i) => series.values[i]);
}
function gapFor(queries, reason) {
    const first = queries[0];
    const scope = queries.length === 1
        ? `metric ${first.spec.namespace} ${first.spec.metricName} ${first.spec.stat} of ${first.resource.type} ${first.resource.id}`
        : `${queries.length} metrics of ${new Set(queries.map((q) => `${q.resource.type} ${q.resource.id}`)).size} resources`;
    return { service: SERVICE, operation: OPERATION, iamAction: IAM_ACTION, scope, reason };
}

;// CONCATENATED MODULE: ./src/report/build-report.ts


function reportStatus(findings, failOn) {
    if (failOn !== 'never' && findings.some((f) => (0,model/* isAtLeast */.du)(f.severity, failOn)))
        return 'failing';
    return findings.some((f) => f.severity !== 'info') ? 'degraded' : 'healthy';
}
function sortFindings(findings) {
    return [...findings].sort((a, b) => (0,model/* severityRank */.qs)(a.severity) - (0,model/* severityRank */.qs)(b.severity) ||
        (a.since ?? '9999').localeCompare(b.since ?? '9999') ||
        a.resource.type.localeCompare(b.resource.type) ||
        a.resource.id.localeCompare(b.resource.id) ||
        a.kind.localeCompare(b.kind));
}
function buildReport(parts) {
    const findings = sortFindings(parts.findings).map((finding) => ({
        ...finding,
        title: redact(finding.title),
        evidence: finding.evidence.map((e) => ({ label: e.label, value: redact(e.value) })),
    }));
    return {
        schemaVersion: model/* REPORT_SCHEMA_VERSION */.WI,
        tool: { name: 'aws-monitor', version: parts.version },
        generatedAt: parts.generatedAt.toISOString(),
        window: { from: parts.config.window.from.toISOString(), to: parts.config.window.to.toISOString() },
        region: parts.config.region,
        accounts: parts.accounts,
        status: reportStatus(findings, parts.config.output.failOn),
        failOn: parts.config.output.failOn,
        resources: [...parts.resources].sort((a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id)),
        findings,
        coverage: parts.coverage.map((gap) => ({ ...gap, reason: redact(gap.reason) })),
        apiCalls: parts.apiCalls,
        durationMs: parts.durationMs,
    };
}

;// CONCATENATED MODULE: ./src/scan.ts
// The engine: runScan(deps, config) -> Report. The Action and the CLI are thin adapters over this.










async function runScan(deps, config) {
    const started = deps.now();
    const progress = deps.progress ?? (() => undefined);
    const coverage = [];
    const limit = (0,p_limit/* default */.A)(config.concurrency);
    const account = await callerAccount(deps.clients);
    progress(`account ${account}, region ${config.region}`);
    const collectors = (deps.collectors ?? COLLECTORS).filter((c) => config.services.includes(c.id));
    const context = {
        config,
        clients: deps.clients,
        now: started,
        limit: (task) => limit(task),
        gap: (gap) => coverage.push(gap),
        progress,
    };
    const collected = await Promise.all(collectors.map((collector) => runCollector(collector, context)));
    const inScope = makeResourceFilter(config.filters);
    const resources = collected.flat().filter(inScope).map((r) => ({ ...r, account }));
    const findings = detectResourceState(resources, deps.detectors ?? RESOURCE_STATE_DETECTORS, config, started);
    if (config.metrics.enabled) {
        const plan = planMetricCalls(resources, config.window, started, { maxPointsPerSeries: config.metrics.maxPointsPerSeries });
        if (plan.calls.length > 0) {
            const queries = plan.calls.reduce((n, c) => n + c.length, 0);
            progress(`CloudWatch: ${queries} metrics at ${plan.periodSeconds / 60}-min periods in ${plan.calls.length} GetMetricData calls`);
            const series = await fetchMetricPlan(context, plan);
            findings.push(...detectMetrics(resources, series, deps.metricDetectors ?? METRIC_DETECTORS, config, started));
        }
    }
    const finished = deps.now();
    return buildReport({
        version: deps.version,
        config,
        accounts: [account],
        resources,
        findings,
        coverage,
        apiCalls: deps.clients.counter.snapshot(),
        generatedAt: finished,
        durationMs: finished.getTime() - started.getTime(),
    });
}
async function callerAccount(clients) {
    try {
        const identity = await clients.get(client_sts_dist_cjs/* STSClient */.iM).send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({}));
        return identity.Account ?? 'unknown';
    }
    catch (error) {
        if (isCredentialsError(error))
            throw new CredentialsUnusableError(describeAwsError(error));
        throw error;
    }
}
async function runCollector(collector, context) {
    try {
        return await collector.collect(context);
    }
    catch (error) {
        if (error instanceof CredentialsUnusableError)
            throw error;
        // A bug or an unexpected response in one collector must not sink the whole report.
        context.gap({ service: collector.id, operation: 'collect', scope: `all ${collector.title} resources`, reason: `collector failed: ${describeAwsError(error)}` });
        return [];
    }
}
function detectResourceState(resources, detectors, config, now) {
    const findings = [];
    for (const detector of detectors) {
        const settings = config.detectors[detector.id];
        if (settings && !settings.enabled)
            continue;
        const thresholds = thresholdsOf(detector, settings);
        for (const resource of resources) {
            if (!detector.resourceTypes.includes(resource.type))
                continue;
            for (const draft of detector.detect({ resource, thresholds, now })) {
                findings.push({
                    ...draft,
                    id: `${detector.id}:${draft.resource.type}:${draft.resource.id}`,
                    kind: detector.id,
                    severity: settings?.severity ?? draft.severity,
                });
            }
        }
    }
    return findings;
}
/** Runs every enabled metric detector over the series whose catalog role it reads. */
function detectMetrics(resources, series, detectors, config, now) {
    const findings = [];
    const byResource = new Map();
    for (const s of series) {
        const key = `${s.query.resource.type}:${s.query.resource.id}`;
        if (!byResource.has(key))
            byResource.set(key, new Map());
        byResource.get(key).set(s.query.spec.id, { spec: s.query.spec, periodSeconds: s.periodSeconds, timestamps: s.timestamps, values: s.values });
    }
    const resourceByKey = new Map(resources.map((r) => [`${r.type}:${r.id}`, r]));
    for (const detector of detectors) {
        const settings = config.detectors[detector.id];
        if (settings && !settings.enabled)
            continue;
        const thresholds = thresholdsOf(detector, settings);
        for (const [key, metrics] of byResource) {
            const resource = resourceByKey.get(key);
            if (!resource)
                continue;
            for (const input of metrics.values()) {
                if (!detector.roles.includes(input.spec.role) || input.values.length === 0)
                    continue;
                for (const draft of detector.detect({ resource, series: input, related: (id) => metrics.get(id), thresholds, now })) {
                    findings.push({
                        ...draft,
                        id: `${detector.id}:${draft.resource.type}:${draft.resource.id}:${input.spec.id}`,
                        kind: detector.id,
                        severity: settings?.severity ?? draft.severity,
                    });
                }
            }
        }
    }
    return findings;
}
/** A detector's thresholds: the configured value where there is one, else the detector's default. */
function thresholdsOf(detector, settings) {
    return Object.fromEntries(Object.entries(detector.thresholds).map(([key, t]) => [key, settings?.thresholds[key] ?? t.default]));
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/main.ts + 1 modules
var main = __webpack_require__(9575);
;// CONCATENATED MODULE: ./src/cli/progress-line.ts
// One self-overwriting status line on stderr, shown only when stderr is a terminal.
class ProgressLine {
    stream;
    last = '';
    started = Date.now();
    constructor(stream) {
        this.stream = stream;
    }
    update = (message) => {
        const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
        const width = (this.stream.columns ?? 80) - 1;
        this.last = `[${seconds}s] ${message}`.slice(0, width);
        this.stream.write(`\r\x1b[K${this.last}`);
    };
    done() {
        if (this.last)
            this.stream.write('\r\x1b[K');
    }
}

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/cli/terminal-prompt.ts
// Asks for AWS credentials at a terminal. The secret is read with echo off.


function ask(streams, question, hidden) {
    let muted = false;
    // While muted, typed characters are swallowed instead of echoed.
    const echo = new external_node_stream_.Writable({
        write(chunk, _encoding, callback) {
            if (!muted)
                streams.output.write(chunk);
            callback();
        },
    });
    const rl = (0,external_node_readline_.createInterface)({ input: streams.input, output: echo, terminal: true });
    return new Promise((resolve, reject) => {
        rl.question(question, (answer) => {
            rl.close();
            if (hidden)
                streams.output.write('\n');
            resolve(answer.trim());
        });
        muted = hidden;
        rl.on('SIGINT', () => {
            rl.close();
            reject(new Error('cancelled'));
        });
    });
}
async function promptForCredentials(streams) {
    streams.output.write('No AWS credentials were found (environment, ~/.aws, SSO, instance role).\nEnter an access key for a read-only IAM user (see iam-policy.json).\n');
    const accessKeyId = await ask(streams, 'AWS access key id: ', false);
    const secretAccessKey = await ask(streams, 'AWS secret access key (hidden): ', true);
    const sessionToken = await ask(streams, 'AWS session token (hidden; Enter if none): ', true);
    if (!accessKeyId || !secretAccessKey)
        throw new Error('an access key id and a secret access key are both required');
    return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}

;// CONCATENATED MODULE: ./src/cli/commands/report.ts
// `aws-monitor report`: config, credentials, one scan, one rendered report, an exit code.














const FLAG_SETTINGS = [
    ['since', 'scan', 'since', '--since'],
    ['from', 'scan', 'from', '--from'],
    ['to', 'scan', 'to', '--to'],
    ['services', 'scan', 'services', '--services'],
    ['format', 'output', 'format', '--format'],
    ['output', 'output', 'file', '--output'],
    ['failOn', 'output', 'fail_on', '--fail-on'],
    ['region', 'aws', 'region', '--region'],
];
async function reportCommand(options, io) {
    if (options.since && (options.from || options.to))
        throw new errors/* UserError */.y('--since cannot be combined with --from/--to; use one or the other');
    const overrides = FLAG_SETTINGS.filter(([flag]) => typeof options[flag] === 'string').map(([flag, section, key, where]) => ({
        section,
        key,
        value: options[flag],
        where,
    }));
    const config = loadConfig({
        ...(options.config ? { configPath: options.config } : {}),
        cwd: io.cwd,
        env: io.env,
        overrides,
        now: io.now(),
        catalog: { services: COLLECTORS.map((c) => c.id), detectors: detectorCatalog() },
    });
    let credentials = (await findCredentials(config, io.env))?.provider;
    if (!credentials) {
        if (!io.stdin.isTTY) {
            throw new errors/* UserError */.y('no AWS credentials found. Provide them in one of these ways and run again:\n' +
                '  - AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN) in the environment\n' +
                '  - a profile: AWS_PROFILE=name, or [aws] profile = name in config.ini (aws configure / aws sso login)\n' +
                '  - a [credentials] section in config.ini (run aws-monitor once at a terminal to be asked for them)');
        }
        const typed = await promptForCredentials({ input: io.stdin, output: io.stderr });
        const path = config.configFile ?? (0,external_node_path_.resolve)(io.cwd, 'config.ini');
        storeCredentials(path, typed);
        io.stderr.write(`Saved the credentials to ${path} ([credentials], file mode 0600).\n`);
        credentials = toIdentity(typed);
    }
    const clients = new ClientFactory({
        region: config.region,
        credentials,
        ...(config.profile ? { profile: config.profile } : {}),
        ...(config.endpointUrl ? { endpointUrl: config.endpointUrl } : {}),
        maxAttempts: config.maxAttempts,
        requestTimeoutMs: config.requestTimeoutMs,
    });
    const progress = options.progress && io.stderr.isTTY ? new ProgressLine(io.stderr) : undefined;
    let report;
    try {
        report = await runScan({ clients, now: io.now, version: version/* VERSION */.x, ...(progress ? { progress: progress.update } : {}) }, config);
    }
    finally {
        progress?.done();
        clients.destroy();
    }
    const rendered = RENDERERS[config.output.format](report, { minSeverity: config.output.minSeverity });
    if (config.output.file) {
        const path = (0,external_node_path_.resolve)(io.cwd, config.output.file);
        try {
            (0,external_node_fs_.writeFileSync)(path, rendered);
        }
        catch (error) {
            throw new errors/* UserError */.y(`cannot write the report to ${path}: ${error.code ?? error.message}`);
        }
        io.stderr.write(`${report.status}: ${report.findings.length} findings; report written to ${path}\n`);
    }
    else {
        io.stdout.write(rendered);
    }
    return report.status === 'failing' ? main/* EXIT */.d.findings : main/* EXIT */.d.ok;
}


/***/ })

};
