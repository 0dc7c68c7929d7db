export const id = 195;
export const ids = [195,98];
export const modules = {

/***/ 595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ mean)
/* harmony export */ });
// The arithmetic mean, the one non-robust centre the project uses: the gate falls back to it when a
// median cannot measure a change (mostly-zero error counts), and a line fit's R squared needs it.
/**
 * The mean of finite values; NaN when empty. Summed, then divided by the count; only when that sum
 * overflows is value / n summed instead, so values near the double range still give a finite mean.
 */
function mean(values) {
    const n = values.length;
    if (n === 0)
        return Number.NaN;
    let sum = 0;
    for (const v of values)
        sum += v;
    if (Number.isFinite(sum) || !values.every((v) => Number.isFinite(v)))
        return sum / n;
    let scaled = 0;
    for (const v of values)
        scaled += v / n;
    return scaled;
}


/***/ }),

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

/***/ 2860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ CallCounter)
/* harmony export */ });
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
    /** Adds another counter's calls to this one (e.g. the OIDC exchange made before the scan's counter existed). */
    absorb(other) {
        for (const stat of other.snapshot().byOperation) {
            const mine = this.entry(stat.service, stat.operation);
            mine.calls += stat.calls;
            mine.requests += stat.requests;
            mine.failed += stat.failed;
        }
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


/***/ }),

/***/ 1035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ clientsForConfig)
});

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
// EXTERNAL MODULE: ./src/aws/call-counter.ts
var call_counter = __webpack_require__(2860);
// EXTERNAL MODULE: ./src/aws/response-guard.ts
var response_guard = __webpack_require__(6722);
;// CONCATENATED MODULE: ./src/aws/clients.ts
// The one place AWS SDK clients are made: region, credentials, endpoint, retries, timeouts and
// the call counter are set here for every client, so no collector configures its own.



const BACKOFF_BASE_MS = 50;
const MAX_BACKOFF_MS = 5_000;
let factories = 0;
class ClientFactory {
    options;
    counter;
    cache;
    // Clients are cached per factory: each binds its factory's signal when made.
    id = ++factories;
    /**
     * Abandons every call of every client made here once aborted (the scan's deadline): calls in
     * flight, waiting in a retry backoff, or not sent yet. A call given its own abortSignal keeps it
     * (StopQuery on the way out must still reach the service). Set at construction, never after.
     */
    signal;
    constructor(options, counter = new call_counter/* CallCounter */.X(), bound = {}) {
        this.options = options;
        this.counter = counter;
        this.signal = bound.signal;
        this.cache = bound.sharedCache ?? new Map();
    }
    /**
     * The same settings and call counter, every call abandoned once `signal` aborts. Its clients
     * live in this factory's cache, so destroying either factory closes both.
     */
    withSignal(signal) {
        return new ClientFactory(this.options, this.counter, { signal, sharedCache: this.cache });
    }
    /** A client of this factory; `tuning` gives one call of known size its own attempts and timeout (a separate client). */
    get(Client, region = this.options.region, tuning = {}) {
        const maxAttempts = tuning.maxAttempts ?? this.options.maxAttempts;
        const requestTimeoutMs = tuning.requestTimeoutMs ?? this.options.requestTimeoutMs;
        const key = `${this.id}:${Client.name}@${region}/${maxAttempts}/${requestTimeoutMs}`;
        const cached = this.cache.get(key);
        if (cached)
            return cached;
        const client = new Client({
            region,
            maxAttempts,
            ...(this.options.retryMode === 'adaptive' ? { retryMode: 'adaptive' } : { retryStrategy: retryStrategy(maxAttempts) }),
            // throwOnRequestTimeout: without it this SDK only logs a warning and the request waits forever.
            requestHandler: { requestTimeout: requestTimeoutMs, throwOnRequestTimeout: true, connectionTimeout: 5_000 },
            ...(this.options.credentials ? { credentials: this.options.credentials } : {}),
            ...(this.options.profile ? { profile: this.options.profile } : {}),
            ...(this.options.endpointUrl ? { endpoint: this.options.endpointUrl } : {}),
            // The emulator cannot read gzip request bodies; compression only matters for writes anyway.
            disableRequestCompression: true,
        });
        this.instrument(client);
        this.bindSignal(client);
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
        // Inside the deserializer: the raw answer of each attempt, read whole and checked before parsing.
        client.middlewareStack.addRelativeTo((0,response_guard/* responseGuard */.tZ)(() => this.signal), { relation: 'after', toMiddleware: 'deserializerMiddleware', name: 'awsMonitorResponseGuard' });
    }
    bindSignal(client) {
        const send = client.send.bind(client);
        client.send = (command, options, cb) => {
            const signal = this.signal;
            if (!signal || typeof options === 'function' || cb !== undefined || options?.abortSignal)
                return send(command, options, cb);
            if (signal.aborted)
                return Promise.reject(signal.reason);
            // The SDK aborts the HTTP request; the race also ends a wait the SDK would not interrupt.
            let onAbort = () => undefined;
            const aborted = new Promise((_, reject) => {
                onAbort = () => reject(signal.reason);
                signal.addEventListener('abort', onAbort, { once: true });
            });
            return Promise.race([send(command, { ...options, abortSignal: signal }), aborted]).finally(() => signal.removeEventListener('abort', onAbort));
        };
    }
    destroy() {
        for (const client of this.cache.values())
            client.destroy();
        this.cache.clear();
    }
}
/**
 * The SDK's standard strategy (its retry quota, its error classes), with one backoff for every
 * retryable error: full jitter over 50 ms x 2^attempt, at most 5 s. The SDK's own base for
 * throttling is 500 ms doubling to 20 s, made for clients that keep calling; a scan makes a few
 * dependent calls per service, so long waits stack up along each chain (20 % throttling took the
 * demo scan from 4 s to 17-30 s). The deadline bounds the whole run either way.
 */
function retryStrategy(maxAttempts, random = Math.random) {
    return new retry.ConfiguredRetryStrategy(maxAttempts, (attempt) => Math.floor(random() * Math.min(MAX_BACKOFF_MS, BACKOFF_BASE_MS * 2 ** attempt)));
}

;// CONCATENATED MODULE: ./src/aws/clients-for-config.ts
// The engine's client set-up from the config and the base credentials: one ClientFactory per
// account and region, with the config's endpoint, retries and timeout.

/**
 * The engine's clientsFor from the config and the base credentials: the config's endpoint, retries
 * and timeout for every client; an assumed role's credentials replace the base ones (and its profile).
 */
function clientsForConfig(config, base) {
    return (region, counter, assumed) => new ClientFactory({
        region,
        credentials: assumed ?? base,
        ...(config.profile && !assumed ? { profile: config.profile } : {}),
        ...(config.endpointUrl ? { endpointUrl: config.endpointUrl } : {}),
        maxAttempts: config.maxAttempts,
        requestTimeoutMs: config.requestTimeoutMs,
    }, counter);
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

/***/ 9034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ loadCliConfig)
});

// UNUSED EXPORTS: flagOverrides

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/config/settings.ts
var config_settings = __webpack_require__(4661);
;// CONCATENATED MODULE: ./src/config/aws-profile.ts
// The AWS profile in use and the region it names, read as the AWS CLI and SDK read them: the
// profile from [aws] profile (--profile) or AWS_PROFILE, else `default`; its region from
// ~/.aws/config (AWS_CONFIG_FILE), then ~/.aws/credentials (AWS_SHARED_CREDENTIALS_FILE). A profile
// that was named and exists in neither file is an error that names it, not "no credentials".





function sharedFilePaths(env) {
    const home = env.HOME || env.USERPROFILE || (0,external_node_os_.homedir)();
    return {
        configPath: env.AWS_CONFIG_FILE || (0,external_node_path_.join)(home, '.aws', 'config'),
        credentialsPath: env.AWS_SHARED_CREDENTIALS_FILE || (0,external_node_path_.join)(home, '.aws', 'credentials'),
    };
}
function readSharedFiles(env) {
    const paths = sharedFilePaths(env);
    const config = readProfiles(paths.configPath, 'config');
    const credentials = readProfiles(paths.credentialsPath, 'credentials');
    return { ...paths, ...(config ? { config } : {}), ...(credentials ? { credentials } : {}) };
}
/**
 * The profiles of one shared file: `[profile name]` and `[default]` in the config file, `[name]` in
 * the credentials file. Only top-level `key = value` lines are kept; indented sub-settings, other
 * section kinds (`[sso-session x]`, `[services x]`) and lines it does not understand are skipped,
 * as the SDK skips them.
 */
function parseProfiles(text, kind) {
    const profiles = new Map();
    let current;
    for (const line of text.split(/\r?\n/)) {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';'))
            continue;
        const section = /^\[\s*([^\]]*?)\s*\]$/.exec(trimmed);
        if (section) {
            const name = profileName(section[1], kind);
            current = name === undefined ? undefined : (profiles.get(name) ?? new Map());
            if (name !== undefined && current)
                profiles.set(name, current);
            continue;
        }
        // An indented line continues the previous key (s3 =\n  max_concurrent_requests = 10).
        if (!current || /^\s/.test(line))
            continue;
        const index = trimmed.indexOf('=');
        if (index <= 0)
            continue;
        current.set(trimmed.slice(0, index).trim().toLowerCase(), trimmed.slice(index + 1).trim());
    }
    return profiles;
}
function profileName(header, kind) {
    if (kind === 'credentials')
        return header;
    if (header === 'default')
        return 'default';
    const match = /^profile\s+(.+)$/.exec(header);
    return match ? match[1].trim() : undefined;
}
function readProfiles(path, kind) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
    return parseProfiles(text, kind);
}
/**
 * The config with the profile checked and, when no setting or environment variable named a region,
 * the profile's region: `AWS_PROFILE=prod` whose profile says eu-west-1 scans eu-west-1, as the AWS
 * CLI would, not the built-in default.
 */
function resolveProfile(config, env, files = readSharedFiles(env)) {
    const named = config.profile
        ? { name: config.profile, where: config.profileSource ?? '[aws] profile' }
        : env.AWS_PROFILE?.trim()
            ? { name: env.AWS_PROFILE.trim(), where: 'env AWS_PROFILE' }
            : undefined;
    const name = named?.name ?? 'default';
    const inConfig = files.config?.get(name);
    const inCredentials = files.credentials?.get(name);
    if (named && !inConfig && !inCredentials) {
        const known = [...new Set([...(files.config?.keys() ?? []), ...(files.credentials?.keys() ?? [])])].sort();
        throw new errors/* UserError */.y(`profile "${named.name}" (${named.where}) is in neither ${files.configPath} nor ${files.credentialsPath}; ` +
            (known.length > 0 ? `profiles there: ${known.slice(0, 20).join(', ')}` : 'no profiles are defined there (aws configure --profile NAME creates one)'));
    }
    if (config.regionSource !== 'default')
        return config;
    const region = inConfig?.get('region') ?? inCredentials?.get('region');
    if (!region)
        return config;
    if (!config_settings/* SETTINGS */.yy.aws.region.spec.schema.safeParse(region).success) {
        throw new errors/* UserError */.y(`profile "${name}" in ${inConfig?.has('region') ? files.configPath : files.credentialsPath}: region "${region.slice(0, 40)}" is not an AWS region code such as us-east-2`);
    }
    return { ...config, region, regionSource: `profile ${name}` };
}

// EXTERNAL MODULE: ./src/gate/gate-plan.ts
var gate_plan = __webpack_require__(9350);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
// EXTERNAL MODULE: ./src/report/output-safety.ts
var output_safety = __webpack_require__(804);
;// CONCATENATED MODULE: ./src/config/validation.ts
// What every section validator shares: the layered raw settings, the problem list, and how one
// raw value is checked against its spec so that every message names where the value came from
// (file and line, section and key; or the variable, flag or input) and what is allowed.


class Validation {
    layered;
    sectionLines;
    problems = [];
    constructor(layered, 
    /** Where each section was written (`config.ini:12 [account:prod]`), for problems with a section as a whole. */
    sectionLines) {
        this.layered = layered;
        this.sectionLines = sectionLines;
    }
    /** The value, or undefined with a problem naming where it came from, what was wrong and what is allowed. */
    check(spec, raw) {
        const result = spec.schema.safeParse(raw.value);
        if (result.success)
            return result.data;
        const value = spec.secret ? '' : ` "${shown(raw.value)}"`;
        this.problem(raw.where, `value${value} ${result.error.issues[0]?.message ?? 'is invalid'} (allowed: ${spec.allowed})`);
        return undefined;
    }
    unknownKey(raw, section, allowed) {
        this.problem(raw.where, `unknown key in [${section}]; allowed keys: ${allowed.join(', ')}`);
    }
    /** `config.ini:12 [account:prod]` when the section was written in the file, else `[account:prod]`. */
    sectionWhere(section) {
        return this.writtenAt(section) ?? `[${shown(section)}]`;
    }
    /** The file line of the section header, when there is one. */
    writtenAt(section) {
        return this.sectionLines.get(section);
    }
    /** Where a setting came from, when it was set. */
    whereOf(section, key) {
        return this.layered.get(section)?.get(key)?.where;
    }
    problem(where, message) {
        this.problems.push({ where, message });
    }
}
/**
 * Checks each key of a section against its table and returns the values that parsed; an unknown
 * key is a problem listing the allowed ones.
 */
function checkSection(validation, section, entries, specs) {
    const values = new Map();
    for (const [key, raw] of entries) {
        const setting = own(specs, key);
        if (!setting)
            validation.unknownKey(raw, section, Object.keys(specs));
        else
            values.set(key, validation.check(setting.spec, raw));
    }
    return values;
}
/** A value as an error message may echo it: control characters visible, at most 60 characters. */
function shown(value) {
    const text = (0,output_safety/* visible */.RK)(value.length > 200 ? value.slice(0, 200) : value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
/** record[key] only for the record's own keys: "constructor" or "__proto__" in a config file is an unknown key, not Object's. */
function own(record, key) {
    return Object.hasOwn(record, key) ? record[key] : undefined;
}
/** Reads a section's settings from its checked values, falling back to each setting's default. */
function sectionReader(table, values) {
    const keys = new Map(Object.entries(table).map(([key, setting]) => [setting, key]));
    const read = (setting) => {
        const key = keys.get(setting);
        if (key === undefined)
            throw new Error('a setting read from a section it is not in');
        return values.get(key) ?? (0,config_settings/* defaultValue */.Jh)(setting);
    };
    return read;
}

;// CONCATENATED MODULE: ./src/config/fixed-sections.ts
// Validators of the fixed sections, one per concern that spans more than one key or looks beyond
// the key itself: the services against the collector registry, the scan window, the region chain,
// the profile, static credentials, `[organization]`, `[scan] account` and the gate's critical
// metrics. Each key alone is checked by its row in settings.ts.




/** The checked values of the fixed sections, read by setting. */
class FixedValues {
    values = new Map();
    wheres = new Map();
    /** Checks a fixed section's keys; false when `section` is not a fixed section. */
    add(validation, section, entries) {
        const table = own(config_settings/* SETTINGS */.yy, section);
        if (!table)
            return false;
        for (const [key, value] of checkSection(validation, section, entries, table)) {
            const setting = table[key];
            this.values.set(setting, value);
            this.wheres.set(setting, entries.get(key).where);
        }
        return true;
    }
    /** The value set, else the default. */
    read = ((setting) => this.values.get(setting) ?? (0,config_settings/* defaultValue */.Jh)(setting));
    /** The value set (and valid), without the default. */
    configured(setting) {
        return this.values.get(setting);
    }
    /** Where the setting was written, when it was. */
    where(setting) {
        return this.wheres.get(setting);
    }
}
/** `[scan] services`, checked against the collector registry; unset: every service. */
function servicesOf(validation, fixed, catalog) {
    const services = fixed.configured(config_settings/* SETTINGS */.yy.scan.services) ?? [...catalog];
    const where = fixed.where(config_settings/* SETTINGS */.yy.scan.services);
    // An empty list (`--services ,`, an unset CI variable) would scan nothing and call it healthy.
    if (services.length === 0 && where) {
        validation.problem(where, `no service to scan (the list is empty); name some of ${catalog.join(', ')}, or leave it unset to scan them all`);
    }
    const unknown = services.filter((s) => !catalog.includes(s));
    if (unknown.length > 0) {
        validation.problem(where ?? 'scan.services', `unknown service${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; available: ${catalog.join(', ')}`);
    }
    return services.filter((s) => catalog.includes(s));
}
/** `since` ending now, or `from`..`to` (to defaults to now): before now, at most 90 days. */
function windowOf(validation, fixed, now) {
    const { scan } = config_settings/* SETTINGS */.yy;
    const from = fixed.configured(scan.from);
    const to = fixed.configured(scan.to) ?? now;
    const fromWhere = validation.whereOf('scan', 'from');
    const toWhere = validation.whereOf('scan', 'to');
    const where = fromWhere ?? toWhere ?? 'scan window';
    if (toWhere && !fromWhere)
        validation.problem(toWhere, 'to needs from as well');
    if (!from)
        return { from: new Date(to.getTime() - fixed.read(scan.since)), to };
    if (from.getTime() >= to.getTime())
        validation.problem(where, `from (${from.toISOString()}) must be before to (${to.toISOString()})`);
    else if (to.getTime() - from.getTime() > schema/* MAX_WINDOW_MS */.Zf)
        validation.problem(where, 'the window from..to may be at most 90 days');
    if (to.getTime() > now.getTime() + 5 * 60_000)
        validation.problem(toWhere ?? where, 'to is in the future');
    return { from, to };
}
/**
 * The region as the AWS CLI picks it, below our own settings: `[aws] region` (flag, AWS_MONITOR_AWS_REGION
 * or config.ini), then AWS_REGION, then AWS_DEFAULT_REGION. The profile's region comes after these,
 * read by resolveProfile (aws-profile.ts) where the source is still `default`.
 */
function regionOf(validation, fixed, env) {
    const setting = config_settings/* SETTINGS */.yy.aws.region;
    const configured = fixed.configured(setting);
    if (configured)
        return { region: configured, regionSource: fixed.where(setting) };
    for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
        const value = env[name]?.trim();
        if (!value)
            continue;
        if (!setting.spec.schema.safeParse(value).success)
            validation.problem(`env ${name}`, `value "${shown(value)}" is not an AWS region code such as us-east-2`);
        return { region: value, regionSource: `env ${name}` };
    }
    return { region: (0,config_settings/* defaultValue */.Jh)(setting), regionSource: 'default' };
}
/** `[aws] profile` and where it was named. */
function profileOf(fixed) {
    const profile = fixed.configured(config_settings/* SETTINGS */.yy.aws.profile);
    return profile ? { profile, profileSource: fixed.where(config_settings/* SETTINGS */.yy.aws.profile) } : {};
}
/** `[credentials]`: a key id and its secret together, or neither. */
function credentialsOf(validation, fixed) {
    const { credentials } = config_settings/* SETTINGS */.yy;
    const accessKeyId = fixed.configured(credentials.aws_access_key_id);
    const secretAccessKey = fixed.configured(credentials.aws_secret_access_key);
    const sessionToken = fixed.configured(credentials.aws_session_token);
    if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
        validation.problem('[credentials]', 'set both aws_access_key_id and aws_secret_access_key, or neither');
    if (!accessKeyId || !secretAccessKey)
        return undefined;
    return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}
/** `[organization]` (from the file or AWS_MONITOR_ORGANIZATION_* variables), when present: role_name is required. */
function organizationOf(validation, fixed) {
    const section = validation.layered.get('organization');
    if (!section)
        return undefined;
    const { organization } = config_settings/* SETTINGS */.yy;
    if (!section.has('role_name'))
        validation.problem(validation.sectionWhere('organization'), 'role_name is required: the role aws-monitor assumes in every account of the organization');
    const roleName = fixed.configured(organization.role_name);
    if (!roleName)
        return undefined;
    const externalId = fixed.configured(organization.external_id);
    const sessionName = fixed.configured(organization.session_name);
    return {
        roleName,
        include: fixed.read(organization.include),
        exclude: fixed.read(organization.exclude),
        regions: fixed.read(organization.regions),
        ...(externalId ? { externalId } : {}),
        ...(sessionName ? { sessionName } : {}),
    };
}
/** `[scan] account`: one of the accounts configured, so there must be some. */
function onlyAccountOf(validation, fixed, accountsConfigured) {
    const account = fixed.configured(config_settings/* SETTINGS */.yy.scan.account)?.trim();
    if (!account)
        return undefined;
    const where = fixed.where(config_settings/* SETTINGS */.yy.scan.account);
    if (!accountsConfigured)
        validation.problem(where, 'picks one of the accounts [organization] or [account:NAME] sections configure, and there are none');
    return { account, where };
}
/** `[gate] critical_metrics`, known ids only. */
function criticalMetricsOf(validation, fixed) {
    const ids = fixed.read(config_settings/* SETTINGS */.yy.gate.critical_metrics);
    const unknown = ids.filter((id) => !gate_plan/* GATE_METRIC_IDS */.OV.includes(id));
    if (unknown.length > 0)
        validation.problem(fixed.where(config_settings/* SETTINGS */.yy.gate.critical_metrics), `unknown gate metric ${unknown.join(', ')}; known: ${gate_plan/* GATE_METRIC_IDS */.OV.join(', ')}`);
    return ids.filter((id) => gate_plan/* GATE_METRIC_IDS */.OV.includes(id));
}

// EXTERNAL MODULE: ./src/config/ini-file.ts
var ini_file = __webpack_require__(7507);
;// CONCATENATED MODULE: ./src/config/named-sections.ts
// Validators of the sections a user may write many of: `[account:NAME]`, `[log_pattern:NAME]`,
// `[notify:NAME]`, `[mute:NAME]` and `[detector:ID]`. Each checks its keys against its rows in
// settings.ts, fills the defaults from there, and says which required key is missing where.


/** `and`-joined missing keys with the right verb: "finding and reason are required for a mute". */
function missingMessage(missing, what) {
    return `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} required for ${what}`;
}
function readAccount(validation, section, name, entries) {
    const values = checkSection(validation, section, entries, config_settings/* NAMED_SECTIONS */.Nf.account);
    if (!entries.has('role_arn')) {
        validation.problem(validation.sectionWhere(section), missingMessage(['role_arn'], 'an account'));
        return undefined;
    }
    const roleArn = values.get('role_arn');
    if (!roleArn)
        return undefined;
    const account = { name, roleArn };
    // Present when written, even empty: the account's own settings, with no default of their own.
    if (values.get('external_id') !== undefined)
        account.externalId = values.get('external_id');
    if (values.get('regions') !== undefined)
        account.regions = values.get('regions');
    if (values.get('session_name') !== undefined)
        account.sessionName = values.get('session_name');
    return account;
}
function readLogPattern(validation, section, name, entries) {
    const table = config_settings/* NAMED_SECTIONS */.Nf.log_pattern;
    const read = sectionReader(table, checkSection(validation, section, entries, table));
    if (!entries.has('regex')) {
        validation.problem(validation.sectionWhere(section), missingMessage(['regex'], 'a log pattern'));
        return undefined;
    }
    const regex = read(table.regex);
    if (!regex)
        return undefined;
    return {
        name,
        regex,
        ignoreCase: read(table.ignore_case),
        severity: read(table.severity),
        minCount: read(table.min_count),
        logGroups: read(table.log_groups),
    };
}
function readNotify(validation, section, name, entries) {
    const table = config_settings/* NAMED_SECTIONS */.Nf.notify;
    const read = sectionReader(table, checkSection(validation, section, entries, table));
    const where = validation.sectionWhere(section);
    const missing = ['type', 'url_env'].filter((key) => !entries.has(key));
    if (missing.length > 0) {
        validation.problem(where, `${missingMessage(missing, 'a notification')} (type = webhook | slack | teams | pagerduty; url_env = the environment variable holding the URL, or the PagerDuty routing key)`);
        return undefined;
    }
    const type = read(table.type);
    const urlEnv = read(table.url_env);
    if (!type || !urlEnv)
        return undefined;
    if (entries.has('secret_env') && type !== 'webhook')
        validation.problem(entries.get('secret_env').where, 'secret_env signs webhook requests only; remove it or set type = webhook');
    if (entries.has('events_url') && type !== 'pagerduty')
        validation.problem(entries.get('events_url').where, 'events_url applies to type = pagerduty only');
    const secretEnv = read(table.secret_env);
    return {
        name,
        type,
        urlEnv,
        ...(secretEnv ? { secretEnv } : {}),
        minSeverity: read(table.min_severity),
        on: read(table.on),
        ...(type === 'pagerduty' ? { eventsUrl: read(table.events_url) } : {}),
        where,
    };
}
function readMute(validation, section, name, entries) {
    const table = config_settings/* NAMED_SECTIONS */.Nf.mute;
    const read = sectionReader(table, checkSection(validation, section, entries, table));
    // A mute without a reason or an end is how accepted risk becomes forgotten risk: both are required.
    const missing = ['finding', 'reason', 'until'].filter((key) => !entries.has(key));
    if (missing.length > 0) {
        validation.problem(validation.sectionWhere(section), missingMessage(missing, 'a mute'));
        return undefined;
    }
    const finding = read(table.finding);
    const reason = read(table.reason);
    const until = read(table.until);
    if (!finding || !reason || !until)
        return undefined;
    return { name, finding, accounts: read(table.accounts), regions: read(table.regions), tags: read(table.tags), reason, until };
}
/** `[detector:ID]`: enabled, severity and the detector's own thresholds; undefined for an unknown id. */
function readDetector(validation, section, detector, entries) {
    const common = config_settings/* NAMED_SECTIONS */.Nf.detector;
    const settings = { enabled: (0,config_settings/* defaultValue */.Jh)(common.enabled), thresholds: {} };
    for (const [key, raw] of entries) {
        const threshold = own(detector.thresholds, key);
        const spec = own(common, key)?.spec ?? threshold?.spec;
        if (!spec)
            validation.unknownKey(raw, section, [...Object.keys(common), ...Object.keys(detector.thresholds)]);
        else if (key === 'enabled')
            settings.enabled = validation.check(common.enabled.spec, raw);
        else if (key === 'severity')
            settings.severity = validation.check(common.severity.spec, raw);
        else
            settings.thresholds[key] = validation.check(spec, raw);
    }
    return settings;
}
/** An unknown `[detector:ID]`, listing the known ids. */
function unknownDetector(validation, section, name, entries, known) {
    const first = [...entries.values()][0];
    validation.problem(validation.writtenAt(section) ?? first?.where ?? validation.sectionWhere(section), `unknown detector "${shown(name)}"; known detectors: ${known.join(', ')}`);
}

;// CONCATENATED MODULE: ./src/config/load.ts
// Builds one validated ScanConfig from, lowest to highest precedence: defaults, config.ini,
// AWS_MONITOR_* environment variables, then the adapter's overrides (CLI flags or Action inputs).
// Every problem found is reported at once, each naming where the bad value came from.








const CONFIG_ENV = 'AWS_MONITOR_CONFIG';
const ENV_PREFIX = 'AWS_MONITOR_';
/** A config.ini is a few KB; anything this big is not one (and /dev/zero would never end). */
const MAX_CONFIG_BYTES = 1_048_576;
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
    const sections = new Map();
    const { path: configFile } = findConfigFile(options);
    if (configFile)
        readConfigFile(configFile, layered, sections, problems);
    readEnvironment(options, layered, problems);
    for (const override of options.overrides ?? []) {
        setLayered(layered, override.section, override.key, { value: override.value, where: override.where }, problems);
    }
    if (problems.length > 0)
        throw new errors/* ConfigError */.x(problems);
    const validation = new Validation(layered, sections);
    const config = validate(validation, options);
    if (configFile)
        config.configFile = configFile;
    if (validation.problems.length > 0)
        throw new errors/* ConfigError */.x(validation.problems);
    return config;
}
function readConfigFile(path, layered, sections, problems) {
    let text;
    try {
        text = readBounded(path);
    }
    catch (error) {
        const code = error.code;
        const why = error instanceof ConfigFileShape
            ? error.message
            : code === 'ENOENT'
                ? 'file not found'
                : code === 'EACCES'
                    ? 'permission denied'
                    : code === 'EISDIR'
                        ? 'is a directory, not a file'
                        : `cannot be read (${code ?? 'unknown error'})`;
        problems.push({ where: path, message: `${why}; pass --config FILE or set ${CONFIG_ENV} to a readable config.ini` });
        return;
    }
    const { doc, problems: syntax, sectionLines } = (0,ini_file/* parseIni */.A)(text, path);
    for (const problem of syntax)
        problems.push(problem);
    for (const [section, line] of sectionLines)
        sections.set(section, `${path}:${line} [${shown(section)}]`);
    for (const [section, entries] of doc) {
        for (const [key, entry] of entries) {
            const where = section === '' ? `${path}:${entry.line} ${key}` : `${path}:${entry.line} [${shown(section)}] ${key}`;
            setLayered(layered, section, key, { value: entry.value, where }, problems, true);
        }
        if (section !== '' && entries.size === 0)
            layered.set(section, layered.get(section) ?? new Map());
    }
}
class ConfigFileShape extends Error {
}
/** The file's text, refusing what cannot be a config file: a device (/dev/zero), or more than MAX_CONFIG_BYTES. */
function readBounded(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (stat.isDirectory())
            throw Object.assign(new Error('directory'), { code: 'EISDIR' });
        if (stat.isCharacterDevice() || stat.isBlockDevice() || stat.isSocket())
            throw new ConfigFileShape('is a device, not a file');
        const buffer = Buffer.alloc(MAX_CONFIG_BYTES + 1);
        let length = 0;
        for (;;) {
            const read = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, null);
            if (read === 0)
                break;
            length += read;
            if (length > MAX_CONFIG_BYTES)
                throw new ConfigFileShape(`is larger than ${MAX_CONFIG_BYTES / 1_048_576} MiB: not a config.ini`);
        }
        return buffer.subarray(0, length).toString('utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function readEnvironment(options, layered, problems) {
    const known = new Map();
    for (const [section, keys] of Object.entries(config_settings/* SETTINGS */.yy)) {
        for (const key of Object.keys(keys))
            known.set(envName(section, key), [section, key]);
    }
    for (const detector of options.catalog.detectors) {
        const section = `detector:${detector.id}`;
        for (const key of [...Object.keys(config_settings/* NAMED_SECTIONS */.Nf.detector), ...Object.keys(detector.thresholds)]) {
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
    const conflicting = section === 'scan' ? own(WINDOW_KEYS, key) : undefined;
    if (conflicting) {
        for (const other of conflicting) {
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
/** Every section to its validator, then the settings that span sections; problems are collected, not thrown. */
function validate(validation, options) {
    const fixed = new FixedValues();
    const accounts = [];
    const patterns = [];
    const mutes = [];
    const notify = [];
    const detectors = {};
    const detectorSpecs = new Map(options.catalog.detectors.map((d) => [d.id, d]));
    for (const [section, entries] of validation.layered) {
        if (section === '') {
            for (const raw of entries.values())
                validation.problem(raw.where, 'setting outside any [section]; put it under one of ' + sectionList());
            continue;
        }
        if (fixed.add(validation, section, entries))
            continue;
        const [kind, name] = splitSection(section);
        const detector = kind === 'detector' && name ? detectorSpecs.get(name) : undefined;
        if (kind === 'account' && name)
            keep(accounts, readAccount(validation, section, name, entries));
        else if (kind === 'log_pattern' && name)
            keep(patterns, readLogPattern(validation, section, name, entries));
        else if (kind === 'notify' && name)
            keep(notify, readNotify(validation, section, name, entries));
        else if (kind === 'mute' && name)
            keep(mutes, readMute(validation, section, name, entries));
        else if (detector)
            detectors[detector.id] = readDetector(validation, section, detector, entries);
        else if (kind === 'detector' && name)
            unknownDetector(validation, section, name, entries, [...detectorSpecs.keys()]);
        else
            unknownSection(validation, section, entries);
    }
    // Fill every known detector, so detectors never deal with missing settings.
    for (const detector of options.catalog.detectors) {
        const settings = detectors[detector.id] ?? { enabled: (0,config_settings/* defaultValue */.Jh)(config_settings/* NAMED_SECTIONS */.Nf.detector.enabled), thresholds: {} };
        for (const [key, threshold] of Object.entries(detector.thresholds))
            settings.thresholds[key] ??= threshold.default;
        detectors[detector.id] = settings;
    }
    const services = servicesOf(validation, fixed, options.catalog.services);
    const window = windowOf(validation, fixed, options.now);
    const credentials = credentialsOf(validation, fixed);
    const plain = (0,config_settings/* plainSettings */.Kh)(fixed.read);
    const config = {
        ...regionOf(validation, fixed, options.env),
        ...plain,
        window,
        services,
        logs: { ...plain.logs, patterns },
        gate: { ...plain.gate, criticalMetrics: criticalMetricsOf(validation, fixed) },
        accounts,
        mutes,
        detectors,
        notify,
        ...profileOf(fixed),
    };
    if (credentials)
        config.credentials = credentials;
    const organization = organizationOf(validation, fixed);
    if (organization)
        config.organization = organization;
    const onlyAccount = onlyAccountOf(validation, fixed, Boolean(organization) || accounts.length > 0);
    if (onlyAccount)
        config.onlyAccount = onlyAccount;
    return config;
}
function keep(list, item) {
    if (item)
        list.push(item);
}
function unknownSection(validation, section, entries) {
    const first = [...entries.values()][0];
    validation.problem(validation.writtenAt(section) ?? first?.where.replace(/ \S+$/, '') ?? validation.sectionWhere(section), `unknown section [${shown(section)}]; allowed: ${sectionList()}`);
}
function splitSection(section) {
    const index = section.indexOf(':');
    return index === -1 ? [section, undefined] : [section.slice(0, index).trim(), section.slice(index + 1).trim() || undefined];
}
function sectionList() {
    return [...Object.keys(config_settings/* SETTINGS */.yy), ...Object.keys(config_settings/* NAMED_SECTIONS */.Nf).map(config_settings/* namedSectionTitle */.pW)].map((section) => `[${section}]`).join(', ');
}

// EXTERNAL MODULE: ./src/detectors/registry.ts + 37 modules
var registry = __webpack_require__(602);
// EXTERNAL MODULE: ./src/services/registry.ts + 19 modules
var services_registry = __webpack_require__(8093);
;// CONCATENATED MODULE: ./src/cli/cli-config.ts
// The CLI's config: config.ini, the environment and the flags, for the commands that scan. Apart
// from global-options.ts so that parsing the command line (and --help, --version) loads neither the
// detectors nor the service registry: the commands that need a config are chunks loaded when run.






/**
 * The flags a command was given that are settings: every row of settings.ts that names a flag, read
 * from the command's parsed options under commander's own name for the flag (a switch given is `true`).
 * A command declares the flags it offers; which setting each one sets is written once, in its row.
 */
function flagOverrides(options) {
    const values = options;
    return (0,config_settings/* overridesFrom */.Kr)('flag', (flag) => {
        const value = values[new esm/* Option */.c$(flag).attributeName()];
        return typeof value === 'string' ? value : value === true ? 'true' : undefined;
    });
}
/** config.ini (--config, $AWS_MONITOR_CONFIG or ./config.ini), the environment and the flags; the profile checked and its region applied. */
function loadCliConfig(io, options) {
    const config = loadConfig({
        ...(options.config ? { configPath: options.config } : {}),
        cwd: io.cwd,
        env: io.env,
        overrides: flagOverrides(options),
        now: io.now(),
        catalog: { services: services_registry/* COLLECTORS */.n5.map((c) => c.id), detectors: (0,registry/* detectorCatalog */.yv)() },
    });
    return resolveProfile(config, io.env);
}


/***/ }),

/***/ 9787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C1: () => (/* binding */ baseCredentials)
});

// UNUSED EXPORTS: storageRefusal, workTreeOf

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-providers/dist-cjs/index.js
var dist_cjs = __webpack_require__(9719);
// EXTERNAL MODULE: ./src/config/ini-file.ts
var ini_file = __webpack_require__(7507);
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
            provider: toIdentity({
                accessKeyId: env.AWS_ACCESS_KEY_ID,
                secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
                ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
            }),
            source: { kind: 'environment' },
        };
    }
    if (config.credentials)
        return { provider: toIdentity(config.credentials), source: { kind: 'config-file' } };
    const chain = (0,dist_cjs/* fromNodeProviderChain */.br)({
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
    (0,external_node_fs_.writeFileSync)(path, header + (0,ini_file/* replaceIniSection */.q)(existing, 'credentials', entries), { mode: 0o600 });
    (0,external_node_fs_.chmodSync)(path, 0o600);
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
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

;// CONCATENATED MODULE: ./src/cli/credentials-setup.ts
// The credentials a command runs with: the SDK default chain or config.ini; at a terminal with
// none, asked for and stored in config.ini (0600), but never where one `git add .` would commit them.






async function baseCredentials(config, io) {
    const found = await findCredentials(config, io.env);
    if (found)
        return found.provider;
    const profile = config.profile ?? io.env.AWS_PROFILE;
    if (!io.stdin.isTTY) {
        throw new errors/* UserError */.y(`no AWS credentials found${profile ? ` (profile ${profile} has none: aws sso login --profile ${profile}, or aws configure --profile ${profile})` : ''}. Provide them in one of these ways and run again:\n` +
            '  - a profile: --profile NAME, AWS_PROFILE=NAME, or [aws] profile = NAME in config.ini (aws configure / aws sso login)\n' +
            '  - AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN) in the environment\n' +
            '  - a [credentials] section in config.ini (run aws-monitor once at a terminal to be asked for them)');
    }
    const path = config.configFile ?? (0,external_node_path_.resolve)(io.cwd, 'config.ini');
    const refusal = storageRefusal(path);
    if (refusal)
        throw new errors/* UserError */.y(refusal);
    const typed = await promptForCredentials({ input: io.stdin, output: io.prompt ?? io.stderr });
    storeCredentials(path, typed);
    io.stderr.write(`Saved the credentials to ${path} ([credentials], file mode 0600).\n`);
    return toIdentity(typed);
}
/** The git work tree holding `path`, if any: the nearest directory above it with a .git entry. */
function workTreeOf(path) {
    for (let dir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(path));; dir = (0,external_node_path_.dirname)(dir)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
            return dir;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
}
/**
 * Why long-lived keys must not be written to `path`, or undefined when it is safe: outside any git
 * work tree, or ignored by the one it is in (as `git check-ignore` says).
 */
function storageRefusal(path) {
    const tree = workTreeOf(path);
    if (!tree)
        return undefined;
    const check = (0,external_node_child_process_.spawnSync)('git', ['-C', tree, 'check-ignore', '-q', '--no-index', '--', (0,external_node_path_.resolve)(path)], { stdio: 'ignore', timeout: 5_000 });
    if (check.status === 0)
        return undefined;
    const why = check.status === 1
        ? `it is inside the git work tree ${tree} and not ignored there, so one \`git add .\` would commit the keys`
        : `it is inside the git work tree ${tree} and git could not say whether it is ignored`;
    return (`not storing AWS keys in ${(0,external_node_path_.resolve)(path)}: ${why}.\n` +
        `Keep the keys out of the repository instead: \`aws configure --profile aws-monitor\`, then run with --profile aws-monitor (or AWS_PROFILE=aws-monitor).\n` +
        `Or add ${(0,external_node_path_.resolve)(path).slice(tree.length + 1) || 'config.ini'} to ${(0,external_node_path_.join)(tree, '.gitignore')} and run again.`);
}


/***/ }),

/***/ 7569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ makeResourceFilter),
/* harmony export */   Jp: () => (/* binding */ filterLabel),
/* harmony export */   O7: () => (/* binding */ makeNameFilter),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
// Include/exclude resources by name glob and tag, as configured in [filters].
/** A glob with * and ? as a regular expression; everything else is literal (no user regex, no backtracking traps). */
function globToRegExp(glob) {
    const body = glob
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
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
/** The [filters] in the user's words, for "3 of 5 services match [filters] include_names pp-*"; undefined when none is set. */
function filterLabel(filters) {
    const tags = (list) => list.map((t) => (t.value === undefined ? t.key : `${t.key}=${t.value}`)).join(',');
    const parts = [
        ...(filters.includeNames.length ? [`include_names ${filters.includeNames.join(',')}`] : []),
        ...(filters.excludeNames.length ? [`exclude_names ${filters.excludeNames.join(',')}`] : []),
        ...(filters.includeTags.length ? [`include_tags ${tags(filters.includeTags)}`] : []),
        ...(filters.excludeTags.length ? [`exclude_tags ${tags(filters.excludeTags)}`] : []),
    ];
    return parts.length > 0 ? `[filters] ${parts.join(' ')}` : undefined;
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

/***/ 7507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseIni),
/* harmony export */   q: () => (/* binding */ replaceIniSection)
/* harmony export */ });
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
    const sectionLines = new Map();
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
            if (!sectionLines.has(section))
                sectionLines.set(section, lineNo);
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
    return { doc, problems, sectionLines };
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


/***/ }),

/***/ 9853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ parseIsoTime)
/* harmony export */ });
// ISO-8601 times as people type them into flags and config, parsed strictly: a real calendar date
// (2025-02-30 is refused, not rolled into March), a time with an explicit zone (a bare 10:00 is
// somebody's local time, and a runner's clock is UTC), and nothing `new Date()` would guess at.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
/** `date only` allows 2026-11-20 (midnight UTC); otherwise a time and a zone are required. */
function parseIsoTime(text, options) {
    const example = options.dateOnly ? '2026-11-20 or 2026-11-20T08:00:00Z' : '2026-11-20T08:00:00Z';
    const match = ISO.exec(text.trim());
    if (!match)
        return { problem: `is not an ISO-8601 time such as ${example}` };
    const [, y, mo, d, h, mi, s, fraction, zone] = match;
    const [year, month, day] = [Number(y), Number(mo), Number(d)];
    if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())
        return { problem: `has no such day: ${y}-${mo}-${d} is not a calendar date` };
    if (h === undefined) {
        if (!options.dateOnly)
            return { problem: `needs a time and a zone, e.g. ${y}-${mo}-${d}T10:00:00Z` };
        return { date: new Date(Date.UTC(year, month - 1, day)) };
    }
    if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)
        return { problem: `has no such time of day: ${h}:${mi}${s ? `:${s}` : ''}` };
    if (!zone)
        return { problem: `has no time zone: add Z for UTC (${y}-${mo}-${d}T${h}:${mi}${s ? `:${s}` : ''}Z) or an offset such as +02:00` };
    const offset = zone.toUpperCase() === 'Z' ? 'Z' : /^[+-]\d{2}$/.test(zone) ? `${zone}:00` : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4, 6)) > 59))
        return { problem: `has no such time zone offset: ${zone}` };
    const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${fraction ? fraction.slice(0, 4) : ''}${offset}`);
    return Number.isNaN(date.getTime()) ? { problem: `is not an ISO-8601 time such as ${example}` } : { date };
}


/***/ }),

/***/ 1452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ MAX_MATCHED_CHARS),
/* harmony export */   o: () => (/* binding */ unsafeRegexReason)
/* harmony export */ });
/* harmony import */ var safe_regex2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8700);
/* harmony import */ var safe_regex2__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(safe_regex2__WEBPACK_IMPORTED_MODULE_0__);
// User regexes run over millions of log lines in a backtracking engine (JavaScript) and are sent
// to Logs Insights (an RE2-style engine). A pattern is accepted only if it is valid in both and
// cannot backtrack catastrophically: no backreferences, no lookaround, no repetition of something
// that itself repeats ((a+)+, (a*)*: safe-regex2's star-height test) and no repetition of an
// alternation ((a|ab)*), whose overlapping branches blow up the same way, and no two repetitions in
// sequence that can match the same text (.*.*x, \w+\d+x: polynomial, seconds on one 4 KiB line;
// one such pair is allowed after a leading ^, where it is only quadratic). What is left can still be
// quadratic in a line's length (an unanchored [a-z]+@x over "aaaa..."), so the engines run user
// patterns over at most MAX_MATCHED_CHARS of each line.

const MAX_LENGTH = 500;
/** Characters of a line user patterns are matched against (the rest of a longer line is not searched). */
const MAX_MATCHED_CHARS = 4_096;
/** Why the pattern is refused, or undefined when it is safe to run. */
function unsafeRegexReason(pattern) {
    if (pattern === '')
        return 'must not be empty';
    if (pattern.length > MAX_LENGTH)
        return `is ${pattern.length} characters long; at most ${MAX_LENGTH} are allowed`;
    try {
        new RegExp(pattern);
    }
    catch (error) {
        return `is not a valid regular expression: ${error.message.replace(/^Invalid regular expression: /, '')}`;
    }
    const source = withoutEscapesAndClasses(pattern);
    if (/\\[1-9]|\\k</.test(pattern))
        return 'uses a backreference, which Logs Insights does not run and which can backtrack without bound';
    if (/\(\?<?[=!]/.test(source))
        return 'uses lookahead or lookbehind, which Logs Insights does not run';
    if (!safe_regex2__WEBPACK_IMPORTED_MODULE_0___default()(pattern))
        return 'repeats something that itself repeats (like (a+)+), which can take exponential time; rewrite it without the nesting';
    if (repeatsAnAlternation(source))
        return 'repeats an alternation (like (a|ab)*), which can take exponential time; repeat a character class instead';
    if (hasOverlappingRepeats(pattern)) {
        return 'has repetitions that can match the same text one after another (like .*.*x or \\w+\\d+x), which can take polynomial time on a long line; make the parts between them distinct, or bound them ({1,50})';
    }
    return undefined;
}
// Escapes and [...] classes replaced by a plain character, so parentheses and bars inside them do not count.
function withoutEscapesAndClasses(pattern) {
    let out = '';
    for (let i = 0; i < pattern.length; i += 1) {
        const c = pattern[i];
        if (c === '\\') {
            i += 1;
            out += 'x';
        }
        else if (c === '[') {
            i += 1;
            if (pattern[i] === ']')
                i += 1;
            while (i < pattern.length && pattern[i] !== ']') {
                if (pattern[i] === '\\')
                    i += 1;
                i += 1;
            }
            out += 'x';
        }
        else
            out += c;
    }
    return out;
}
const QUANTIFIER = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/;
const PROBES = ['a', 'b', 'x', 'A', 'Z', '0', '9', ' ', '\t', '-', '_', '.', ':', '/', '!', '"', '=', '@', ',', '#', '\u00e9'];
function hasOverlappingRepeats(pattern) {
    const atoms = atomsOf(pattern);
    const repeats = atoms.filter((a) => a.unbounded);
    if (repeats.length < 2)
        return false;
    const literals = new Set(PROBES);
    for (const c of pattern)
        literals.add(c);
    const overlapping = (a, b) => {
        const between = balanced(pattern.slice(quantifierEnd(pattern, a), b.start));
        const candidates = new Set(literals);
        for (const source of [between, pattern.slice(a.start, a.end), pattern.slice(b.start, b.end)]) {
            const text = literalText(source);
            if (text)
                candidates.add(text);
            candidates.add(sampleOf(source));
        }
        try {
            const first = new RegExp(`^(?:${pattern.slice(a.start, a.end)})+$`, 'i');
            const second = new RegExp(`^(?:${pattern.slice(b.start, b.end)})+$`, 'i');
            const middle = new RegExp(`^(?:${between})$`, 'i');
            for (const w of candidates) {
                if (w === '' || !first.test(w) || !second.test(w))
                    continue;
                for (let k = 0; k <= 8; k += 1)
                    if (middle.test(w.repeat(k)))
                        return true;
            }
        }
        catch {
            return false;
        }
        return false;
    };
    // Anchored at the start, one overlapping pair is only quadratic in the (capped) line: allow it, not a chain of three.
    const anchored = pattern.startsWith('^') && !hasTopLevelBar(pattern);
    for (let i = 0; i < repeats.length; i += 1) {
        for (let j = i + 1; j < repeats.length; j += 1) {
            if (!overlapping(repeats[i], repeats[j]))
                continue;
            if (!anchored)
                return true;
            for (let k = j + 1; k < repeats.length; k += 1)
                if (overlapping(repeats[j], repeats[k]))
                    return true;
        }
    }
    return false;
}
// The pattern's atoms in order; a group followed by a quantifier is one atom, any other group is transparent.
function atomsOf(pattern) {
    const atoms = [];
    const groups = [];
    let i = 0;
    while (i < pattern.length) {
        const c = pattern[i];
        let end;
        if (c === '(') {
            groups.push({ start: i, firstAtom: atoms.length });
            i += /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(pattern.slice(i))[0].length;
            continue;
        }
        if (c === ')') {
            const group = groups.pop();
            i += 1;
            const q = QUANTIFIER.exec(pattern.slice(i));
            if (group && q) {
                atoms.length = group.firstAtom;
                atoms.push({ start: group.start, end: i, unbounded: isUnbounded(q[0]) });
                i += q[0].length;
            }
            continue;
        }
        if (c === '|' || c === '^' || c === '$') {
            i += 1;
            continue;
        }
        if (c === '\\')
            end = escapeEnd(pattern, i);
        else if (c === '[')
            end = classEnd(pattern, i);
        else
            end = i + 1;
        const q = QUANTIFIER.exec(pattern.slice(end));
        atoms.push({ start: i, end, unbounded: q !== null && isUnbounded(q[0]) });
        i = end + (q?.[0].length ?? 0);
    }
    return atoms;
}
/** A bounded repetition this wide backtracks like an unbounded one (\w{0,2000}\w{0,2000}! took 28 s on one 4 KiB line). */
const WIDE_BOUND = 50;
function isUnbounded(quantifier) {
    const bounded = /^\{(\d+)(,(\d*))?\}/.exec(quantifier);
    if (!bounded)
        return quantifier[0] === '*' || quantifier[0] === '+';
    if (bounded[2] === undefined)
        return false;
    return bounded[3] === '' || Number(bounded[3]) - Number(bounded[1]) > WIDE_BOUND;
}
function quantifierEnd(pattern, atom) {
    return atom.end + (QUANTIFIER.exec(pattern.slice(atom.end))?.[0].length ?? 0);
}
function escapeEnd(pattern, i) {
    const next = pattern[i + 1];
    // Without the u flag, \x and \u not followed by hex digits are the letters themselves.
    if (next === 'x' && /^[0-9a-f]{2}/i.test(pattern.slice(i + 2)))
        return i + 4;
    if (next === 'u' && /^[0-9a-f]{4}/i.test(pattern.slice(i + 2)))
        return i + 6;
    if (next === 'c' && /^[a-z]/i.test(pattern.slice(i + 2)))
        return i + 3;
    return Math.min(pattern.length, i + 2);
}
function classEnd(pattern, i) {
    let j = i + 1;
    if (pattern[j] === '^')
        j += 1;
    if (pattern[j] === ']')
        j += 1;
    while (j < pattern.length && pattern[j] !== ']')
        j += pattern[j] === '\\' ? 2 : 1;
    return Math.min(pattern.length, j + 1);
}
// The text between two atoms with the parentheses it does not close (or open) removed.
function balanced(text) {
    const out = [];
    const open = [];
    for (let i = 0; i < text.length; i += 1) {
        const c = text[i];
        if (c === '\\') {
            out.push(text.slice(i, i + 2));
            i += 1;
        }
        else if (c === '[') {
            const end = classEnd(text, i);
            out.push(text.slice(i, end));
            i = end - 1;
        }
        else if (c === '(') {
            const opening = /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(text.slice(i))[0];
            open.push(out.length);
            out.push(opening);
            i += opening.length - 1;
        }
        else if (c === ')') {
            if (open.length > 0) {
                open.pop();
                out.push(c);
            }
            else
                out.push('');
        }
        else
            out.push(c);
    }
    for (const index of open)
        out[index] = '';
    // A quantifier left at the start (its atom was cut off) repeats nothing.
    return out.join('').replace(/^(?:[*+?]|\{\d+(?:,\d*)?\})+\??/, '');
}
// The text a source matches when it is plain characters (escaped punctuation allowed), else undefined.
function literalText(source) {
    const inner = source.startsWith('(?:') && source.endsWith(')') ? source.slice(3, -1) : source.startsWith('(') && source.endsWith(')') ? source.slice(1, -1) : source;
    if (inner === '' || /[.*+?^${}()|[\]]/.test(inner.replace(/\\[^A-Za-z0-9]/g, '')))
        return undefined;
    if (/\\[A-Za-z0-9]/.test(inner))
        return undefined;
    return inner.replace(/\\(.)/g, '$1');
}
// One string a source matches, roughly: each class or escape stands for one character it matches.
function sampleOf(source) {
    let out = '';
    for (let i = 0; i < source.length; i += 1) {
        const c = source[i];
        if (c === '|')
            break;
        if (c === '\\') {
            const e = source[i + 1] ?? '';
            out += { d: '0', w: 'a', s: ' ', D: 'a', W: '-', S: 'a', b: '', B: '' }[e] ?? e;
            i += 1;
        }
        else if (c === '[') {
            const end = classEnd(source, i);
            const body = source.slice(i + 1, end - 1);
            out += body.startsWith('^') ? '!' : body.startsWith('\\') ? sampleOf(body.slice(0, 2)) || 'a' : (body[0] ?? '');
            i = end - 1;
        }
        else if (c === '.')
            out += 'a';
        else if ('()*+?^$'.includes(c))
            continue;
        else if (c === '{') {
            const close = source.indexOf('}', i);
            if (close > i && /^\{\d+(,\d*)?\}$/.test(source.slice(i, close + 1)))
                i = close;
            else
                out += c;
        }
        else
            out += c;
    }
    return out;
}
function hasTopLevelBar(pattern) {
    const source = withoutEscapesAndClasses(pattern);
    let depth = 0;
    for (const c of source) {
        if (c === '(')
            depth += 1;
        else if (c === ')')
            depth -= 1;
        else if (c === '|' && depth === 0)
            return true;
    }
    return false;
}
function repeatsAnAlternation(source) {
    const open = [];
    for (let i = 0; i < source.length; i += 1) {
        const c = source[i];
        if (c === '(')
            open.push({ start: i, hasBar: false });
        else if (c === '|' && open.length > 0)
            open[open.length - 1].hasBar = true;
        else if (c === ')') {
            const group = open.pop();
            const next = source[i + 1];
            const repeated = next === '*' || next === '+' || (next === '{' && /^\{\d*,\d*\}|^\{\d{2,}\}/.test(source.slice(i + 1)));
            if (group?.hasBar && repeated)
                return true;
        }
    }
    return false;
}


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ sessionName),
/* harmony export */   GA: () => (/* binding */ NOTIFY_ON),
/* harmony export */   Hp: () => (/* binding */ LOG_ENGINES),
/* harmony export */   IG: () => (/* binding */ NOTIFY_TYPES),
/* harmony export */   Ny: () => (/* binding */ region),
/* harmony export */   OZ: () => (/* binding */ url),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   R8: () => (/* binding */ accountReference),
/* harmony export */   S3: () => (/* binding */ roleName),
/* harmony export */   Tw: () => (/* binding */ tagList),
/* harmony export */   Uz: () => (/* binding */ regionsOrEnabled),
/* harmony export */   Zf: () => (/* binding */ MAX_WINDOW_MS),
/* harmony export */   ai: () => (/* binding */ number),
/* harmony export */   bO: () => (/* binding */ calendarDate),
/* harmony export */   g7: () => (/* binding */ ENABLED_REGIONS),
/* harmony export */   gp: () => (/* binding */ regexList),
/* harmony export */   hf: () => (/* binding */ envVariableName),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   p0: () => (/* binding */ duration),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   rJ: () => (/* binding */ secret),
/* harmony export */   vE: () => (/* binding */ timestamp),
/* harmony export */   w3: () => (/* binding */ roleArn),
/* harmony export */   yL: () => (/* binding */ oneOf),
/* harmony export */   zM: () => (/* binding */ boolean),
/* harmony export */   zs: () => (/* binding */ safeRegex)
/* harmony export */ });
/* unused harmony export splitList */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8532);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);
/* harmony import */ var _iso_time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9853);
/* harmony import */ var _regex_safety_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1452);
// The config's shape (ScanConfig and its parts) and how each kind of value is parsed: a spec per
// kind (integer, duration, region...) that turns the text of config.ini, an AWS_MONITOR_* variable,
// a CLI flag or an Action input into a value, or says what is allowed. Which settings exist, with
// their defaults and descriptions, is settings.ts.




const MAX_WINDOW_MS = 90 * 86_400_000;
/** `regions = enabled`: every region the account has enabled (EC2 DescribeRegions through its role). */
const ENABLED_REGIONS = 'enabled';
const LOG_ENGINES = ['auto', 'insights', 'filter'];
const text = (allowed) => ({ schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), allowed });
function oneOf(values) {
    return {
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
            const lower = value.trim().toLowerCase();
            if (values.includes(lower))
                return lower;
            ctx.addIssue({ code: 'custom', message: `must be one of ${values.join(', ')}` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }),
        allowed: values.join(' | '),
    };
}
function integer(min, max) {
    return {
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
            // Digits only: Number() would also take 0x10, 1e3, '' and ' '.
            const n = /^[+-]?\d{1,16}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
            if (Number.isInteger(n) && n >= min && n <= max)
                return n;
            ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }),
        allowed: `${min}..${max}`,
    };
}
function number(min, max) {
    return {
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
            const n = /^[+-]?(\d{1,16}(\.\d{0,16})?|\.\d{1,16})$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
            if (Number.isFinite(n) && n >= min && n <= max)
                return n;
            ctx.addIssue({ code: 'custom', message: `must be a number from ${min} to ${max}` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }),
        allowed: `${min}..${max}`,
    };
}
const boolean = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
        const lower = value.trim().toLowerCase();
        if (['true', 'yes', 'on', '1'].includes(lower))
            return true;
        if (['false', 'no', 'off', '0'].includes(lower))
            return false;
        ctx.addIssue({ code: 'custom', message: 'must be true or false' });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }),
    allowed: 'true | false',
};
function duration(maxMs, maxText) {
    return {
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
            const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(value);
            if (ms === undefined) {
                ctx.addIssue({ code: 'custom', message: `must be ${_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_HELP */ .vb}` });
                return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
            }
            if (ms > maxMs) {
                ctx.addIssue({ code: 'custom', message: `must be at most ${maxText}` });
                return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
            }
            return ms;
        }),
        allowed: `${_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_HELP */ .vb}, at most ${maxText}`,
    };
}
const timestamp = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
        const parsed = (0,_iso_time_js__WEBPACK_IMPORTED_MODULE_4__/* .parseIsoTime */ .s)(value, { dateOnly: true });
        if ('date' in parsed)
            return parsed.date;
        ctx.addIssue({ code: 'custom', message: parsed.problem });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }),
    allowed: 'an ISO-8601 time with a zone such as 2026-11-20T08:00:00Z, or a date such as 2026-11-20',
};
/** Comma-separated, blanks dropped. */
function splitList(value) {
    return value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
const list = (allowed) => ({
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value) => splitList(value)),
    allowed,
});
const regexList = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
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
                return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
            }
            // Run on every log line: the same safety rules as [log_pattern:NAME] regex.
            const problem = (0,_regex_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .unsafeRegexReason */ .o)(pattern);
            if (problem) {
                ctx.addIssue({ code: 'custom', message: `/${pattern}/: ${problem}` });
                return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
            }
        }
        return patterns;
    }),
    allowed: 'regular expressions separated by ||',
};
const tagList = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
        const filters = [];
        for (const item of splitList(value)) {
            const [key, ...rest] = item.split('=');
            if (!key?.trim()) {
                ctx.addIssue({ code: 'custom', message: `"${item}" is not KEY or KEY=VALUE` });
                return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
            }
            const tagValue = rest.join('=').trim();
            filters.push(rest.length === 0 || tagValue === '*' ? { key: key.trim() } : { key: key.trim(), value: tagValue });
        }
        return filters;
    }),
    allowed: 'KEY=VALUE or KEY pairs separated by commas',
};
const region = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
        const trimmed = value.trim();
        if (/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/.test(trimmed))
            return trimmed;
        ctx.addIssue({ code: 'custom', message: 'must be an AWS region code such as us-east-2' });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }),
    allowed: 'an AWS region code such as us-east-2',
};
const url = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
        try {
            const parsed = new URL(value.trim());
            if (parsed.protocol === 'http:' || parsed.protocol === 'https:')
                return value.trim();
        }
        catch {
            // fall through to the message below
        }
        ctx.addIssue({ code: 'custom', message: 'must be an http(s) URL such as http://127.0.0.1:5000' });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }),
    allowed: 'an http(s) URL',
};
const roleArn = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
        if (/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(value.trim()))
            return value.trim();
        ctx.addIssue({ code: 'custom', message: 'must be an IAM role ARN such as arn:aws:iam::123456789012:role/aws-monitor' });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }),
    allowed: 'an IAM role ARN',
};
/** One user regex that must run in linear time: see regex-safety.ts. */
const safeRegex = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
        const problem = (0,_regex_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .unsafeRegexReason */ .o)(value.trim());
        if (problem) {
            ctx.addIssue({ code: 'custom', message: problem });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return value.trim();
    }),
    allowed: 'a regular expression without backreferences, lookaround or nested repetition',
};
const secret = (allowed) => ({ schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1, 'must not be empty'), allowed, secret: true });
const regionsOrEnabled = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
        const items = splitList(value);
        if (items.length === 1 && items[0].toLowerCase() === ENABLED_REGIONS)
            return ENABLED_REGIONS;
        for (const item of items) {
            if (region.schema.safeParse(item).success)
                continue;
            ctx.addIssue({
                code: 'custom',
                message: item.toLowerCase() === ENABLED_REGIONS ? 'enabled stands alone, not in a list' : `has "${item.slice(0, 40)}", which is not an AWS region code such as us-east-2`,
            });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return items;
    }),
    allowed: 'AWS region codes separated by commas, or enabled (every region each account has enabled)',
};
// ---- [notify:NAME]: alerts (src/notify/) ----
const NOTIFY_TYPES = ['webhook', 'slack', 'teams', 'pagerduty'];
const NOTIFY_ON = ['changes', 'always'];
const envVariableName = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
        if (/^[A-Za-z_][A-Za-z0-9_]{0,127}$/.test(value.trim()))
            return value.trim();
        ctx.addIssue({ code: 'custom', message: 'must be the name of an environment variable such as SLACK_WEBHOOK_URL (the value itself never goes in config.ini)' });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }),
    allowed: 'an environment variable name',
};
/** A calendar date, YYYY-MM-DD, that exists (no 2026-02-30). */
const calendarDate = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
        const trimmed = value.trim();
        const parsed = /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? new Date(`${trimmed}T00:00:00Z`) : undefined;
        if (parsed && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === trimmed)
            return trimmed;
        ctx.addIssue({ code: 'custom', message: 'must be a calendar date such as 2026-12-31' });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }),
    allowed: 'a date YYYY-MM-DD (the last day the mute applies, UTC)',
};
/** An IAM role name, optionally under a path: https://docs.aws.amazon.com/IAM/latest/APIReference/API_Role.html */
const roleName = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
        const trimmed = value.trim();
        if (/^([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/.test(trimmed) && trimmed.length <= 512)
            return trimmed;
        ctx.addIssue({ code: 'custom', message: 'must be an IAM role name such as aws-monitor-readonly (letters, digits and + = , . @ _ -)' });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }),
    allowed: 'an IAM role name (optionally with a path), the same in every account',
};
/** An STS RoleSessionName. */
const sessionName = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[\w+=,.@-]{2,64}$/, 'must be 2-64 of A-Z a-z 0-9 _ + = , . @ -'),
    allowed: 'a role session name: 2-64 of A-Z a-z 0-9 _ = , . @ -',
};
const accountReference = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[\x20-\x7e]{1,64}$/, 'must be an account id or name (1-64 printable characters)'),
    allowed: 'an account id or name of [organization] or an [account:NAME] section',
};
/** Text that must not be blank. */
const required = (allowed) => ({ schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().trim().min(1, 'must not be empty'), allowed });


/***/ }),

/***/ 4661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jh: () => (/* binding */ defaultValue),
/* harmony export */   Kh: () => (/* binding */ plainSettings),
/* harmony export */   Kr: () => (/* binding */ overridesFrom),
/* harmony export */   L6: () => (/* binding */ defaultSettings),
/* harmony export */   Nf: () => (/* binding */ NAMED_SECTIONS),
/* harmony export */   pW: () => (/* binding */ namedSectionTitle),
/* harmony export */   yy: () => (/* binding */ SETTINGS)
/* harmony export */ });
/* unused harmony exports defaultConfig, settingRows */
/* harmony import */ var _gate_gate_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9350);
/* harmony import */ var _cli_choices_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5753);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6867);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(131);
// Every setting aws-monitor reads, one row each: its section and key, its parser (schema.ts), its
// default as config.ini would spell it, what it does, and the CLI flag and Action input that set it.
// The loader, defaultConfig(), the environment variable names, the Action's inputs, the README's
// settings table and config.example.ini all come from (or are tested against) these rows.




/** One row; `default`, when given, keeps its literal type so readers know the value is always there. */
function setting(spec, row) {
    return { spec, ...row };
}
const SEVERITY = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(_report_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC);
/** The fixed sections, in the order their keys are listed in messages. */
const SETTINGS = {
    aws: {
        region: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .region */ .Ny, {
            default: _cli_choices_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_REGION */ .t,
            defaultText: `\`AWS_REGION\`, \`AWS_DEFAULT_REGION\`, the profile's region, else \`${_cli_choices_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_REGION */ .t}\``,
            description: 'the region scanned',
            flag: '--region',
            input: 'aws-region',
        }),
        profile: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)('a profile name from ~/.aws/config'), {
            defaultText: '`AWS_PROFILE`, else the SDK default chain',
            description: 'a profile that exists in `~/.aws/config` or `~/.aws/credentials`',
            flag: '--profile',
        }),
        endpoint_url: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ, { description: 'one endpoint for every AWS service (an emulator)', flag: '--endpoint-url' }),
        max_attempts: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(1, 20), { default: '5', description: 'attempts per call, retries included (jittered backoff, 50 ms doubling to 5 s)' }),
        request_timeout: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(600_000, '10m'), { default: '30s', description: 'time limit for one HTTP request' }),
    },
    scan: {
        since: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_WINDOW_MS */ .Zf, '90d'), { default: '24h', description: 'the window to look at, ending now', flag: '--since', input: 'since' }),
        from: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .timestamp */ .vE, { description: 'start of a fixed window (at most 90 days); without `to` it ends now', flag: '--from' }),
        to: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .timestamp */ .vE, { description: 'end of a fixed window', flag: '--to' }),
        services: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('service ids separated by commas'), {
            defaultText: 'all',
            description: 'services to scan; an empty list is refused',
            flag: '--services',
            input: 'services',
        }),
        concurrency: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(1, 50), { default: '8', description: 'AWS calls in flight at once' }),
        account_concurrency: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(1, 100), { default: '4', description: 'accounts and regions scanned at once (each with its own `concurrency`)' }),
        deadline: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(6 * 3_600_000, '6h'), {
            defaultText: '2m + 1m per day of window, at most 15m',
            description: 'the run stops, writes the report with what it has, and lists the rest as coverage gaps',
            flag: '--deadline',
        }),
        allow_empty: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM, {
            default: 'false',
            description: 'true: a scan with nothing in scope exits 0 (its status is still `empty`)',
            flag: '--allow-empty',
            input: 'allow-empty',
        }),
        account: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .accountReference */ .R8, {
            description: 'one account of `[organization]` or the `[account:NAME]` sections, scanned in `[aws] region` only: one job of a matrix',
            flag: '--account',
            input: 'account',
        }),
    },
    filters: {
        cloudformation_prefix: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)('a stack name prefix (may be empty)'), { default: 'pp', description: 'CloudFormation stacks in scope start with this' }),
        cloudformation_suffix: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)('a stack name suffix (may be empty)'), { default: 'production', description: 'CloudFormation stacks in scope end with this' }),
        include_names: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('name globs separated by commas, e.g. pp-*, api-?'), { default: '', description: 'resources in scope by name (`*` and `?`)' }),
        exclude_names: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('name globs separated by commas'), { default: '', description: 'resources left out by name' }),
        include_tags: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .Tw, { default: '', description: 'resources in scope by tag' }),
        exclude_tags: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .Tw, { default: '', description: 'resources left out by tag' }),
    },
    metrics: {
        enabled: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM, { default: 'true', description: 'read CloudWatch metrics for every resource found' }),
        max_points_per_series: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(60, 1440), {
            default: '720',
            description: 'the period grows until a series fits (5-minute periods over a day: the shortest that 5-minute data aligns with)',
        }),
        baseline: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(14 * 86_400_000, '14d'), {
            default: '3d',
            description: 'history read before the window at the same period (at most 3 x `max_points_per_series` points), so each series is judged against its own normal',
        }),
    },
    logs: {
        enabled: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM, { default: 'true', description: 'read CloudWatch Logs of every resource found' }),
        engine: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .LOG_ENGINES */ .Hp), { default: 'auto', description: 'auto: FilterLogEvents up to `filter_max_mb`, Logs Insights above' }),
        error_patterns: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .regexList */ .gp, {
            default: '\\b(ERROR|FATAL|PANIC|CRITICAL)\\b || Exception\\b || Traceback \\(most recent call last\\)',
            defaultText: 'ERROR, FATAL, PANIC, CRITICAL, Exception, Traceback (see config.example.ini)',
            description: 'what counts as an error line, besides structured levels and DMS `]E:` lines',
        }),
        extra_log_groups: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('log group names separated by commas'), { default: '', description: 'log groups read besides those found' }),
        recent: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(30 * 86_400_000, '30d'), { default: '1h', description: 'the part of the window judged against the rest' }),
        scan_budget_mb: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(1, 10_000_000), {
            // 10 GiB: about $0.05 of Logs Insights scanning at the us-east-2 price of $0.005/GB.
            default: '10240',
            description: 'most Logs Insights may scan; groups past it are coverage gaps',
        }),
        // About 50 FilterLogEvents pages: a few seconds at 10 requests/s.
        filter_max_mb: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(0, 10_000), { default: '50', description: 'MB read with FilterLogEvents under `engine = auto`' }),
        max_events_per_source: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(100, 1_000_000), { default: '10000', description: 'error and trace lines kept per source (counts stay complete)' }),
        max_events_total: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(1_000, 10_000_000), {
            // About 120 MB of kept lines at the most, however many log groups a scan reads (BENCHMARKS.md).
            default: '100000',
            description: 'kept lines over all sources: with many sources each keeps its share, so memory stays flat; kept text is also capped at 64 MiB',
        }),
        pattern_budget: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(600_000, '10m'), {
            default: '30s',
            description: 'CPU time user regexes (`error_patterns`, `[log_pattern:NAME]`) may take in a scan, each on at most 4 KiB of a line; past it they stop and the report lists a coverage gap',
        }),
    },
    output: {
        format: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(_cli_choices_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUT_FORMATS */ .D), { default: 'text', description: 'the report format', flag: '--format', input: 'format' }),
        file: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)('a file path'), { defaultText: 'stdout', description: 'write the report to this file', flag: '--output' }),
        fail_on: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)([..._report_model_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC, 'never']), {
            default: 'high',
            description: 'exit 1 when a finding is at or above this',
            flag: '--fail-on',
            input: 'fail-on',
        }),
        min_severity: setting(SEVERITY, {
            default: 'info',
            description: 'findings below are counted, not listed (text and HTML reports, job summary)',
            flag: '--min-severity',
            input: 'min-severity',
        }),
        markdown_min_severity: setting(SEVERITY, { defaultText: '`min_severity`', description: 'the job summary on its own' }),
        // Info findings are facts, not problems: never an annotation on the run unless asked.
        annotations_min_severity: setting(SEVERITY, { default: 'low', description: 'findings shown as annotations on the run' }),
        merge_related: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM, { default: 'true', description: 'one finding per cause and resource, the others listed under it as related' }),
        fail_on_new: setting(SEVERITY, {
            description: 'with a baseline, exit 1 only on new findings at or above this, instead of `fail_on`',
            flag: '--fail-on-new',
            input: 'fail-on-new',
        }),
    },
    gate: {
        window: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0)(7 * 86_400_000, '7d'), { default: '30m', description: 'before and after the deploy', flag: '--window' }),
        confidence: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .ai)(0.5, 0.9999), { default: '0.95', description: 'of the rank test (Holm-corrected across metrics)' }),
        tolerance_percent: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .ai)(0, 1000), { default: '10', description: 'a significant change smaller than this still passes' }),
        pass_score: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .ai)(0, 100), { default: '90', description: 'share of judged metrics that must pass' }),
        marginal_score: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .ai)(0, 100), { default: '70', description: 'at or above it, a gate that does not pass is marginal' }),
        min_samples: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(3, 10_000), { default: '5', description: 'fewer points before or after: the metric is not judged' }),
        new_signature_min_count: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(1, 1_000_000), { default: '3', description: 'lines of a new error signature that fail the gate' }),
        min_judged_percent: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .number */ .ai)(0, 100), {
            default: '50',
            description: 'fewer judged metrics than this share of those the service should have: inconclusive',
        }),
        critical_metrics: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('gate metric ids separated by commas (target_5xx_rate, response_time_p99, response_time, target_4xx_rate, requests, cpu, memory, log_error_lines)'), { default: _gate_gate_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CRITICAL_METRICS */ .yi.join(', '), description: 'gate metric ids that fail the gate alone, and without whose data it is inconclusive' }),
        fail_on_marginal: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM, { default: 'false', description: 'exit 1 on a marginal verdict too' }),
    },
    credentials: {
        aws_access_key_id: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .secret */ .rJ)('an access key id'), { description: 'written by the CLI prompt; set with `aws_secret_access_key`' }),
        aws_secret_access_key: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .secret */ .rJ)('a secret access key'), { description: 'written by the CLI prompt' }),
        aws_session_token: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .secret */ .rJ)('a session token'), { description: 'written by the CLI prompt' }),
    },
    organization: {
        role_name: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .roleName */ .S3, {
            description: 'required: the role assumed in every ACTIVE account of the organization (see [Every account of an organization](#every-account-of-an-organization))',
        }),
        include: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('account id or name globs separated by commas, e.g. 1111*, prod-*'), { default: '', description: 'accounts scanned; none: every account' }),
        exclude: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('account id or name globs separated by commas'), { default: '', description: 'accounts left out (exclude wins)' }),
        regions: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .regionsOrEnabled */ .Uz, { default: '', defaultText: '`[aws] region`', description: 'regions scanned in each account, or `enabled`' }),
        external_id: setting({ ...(0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)('the external id the role requires'), secret: true }, { description: 'the external id the roles require' }),
        session_name: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .sessionName */ .Cy, { defaultText: '`aws-monitor`', description: "the assumed roles' session name" }),
    },
};
/** Sections with a name, `[kind:NAME]`: as many as the user writes, in the order messages list them. */
const NAMED_SECTIONS = {
    account: {
        role_arn: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .roleArn */ .w3, { description: 'required: the role assumed from the base credentials' }),
        external_id: setting({ ...(0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)('the external id the role requires'), secret: true }, { description: 'the external id the role requires' }),
        regions: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('AWS region codes separated by commas'), { defaultText: '`[aws] region`', description: 'regions scanned in this account' }),
        session_name: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .sessionName */ .Cy, { defaultText: '`aws-monitor`', description: "the assumed role's session name" }),
    },
    detector: {
        enabled: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM, { default: 'true', description: 'run the detector' }),
        severity: setting(SEVERITY, { defaultText: "the detector's own", description: "replaces the detector's severity" }),
    },
    log_pattern: {
        regex: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .safeRegex */ .zs, { description: 'required: lines matching it in the recent window are reported' }),
        ignore_case: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zM, { default: 'false', description: 'match regardless of case' }),
        severity: setting(SEVERITY, { default: 'medium', description: 'severity of the finding' }),
        min_count: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .integer */ .nd)(1, 1_000_000), { default: '1', description: 'matches needed in the recent window' }),
        log_groups: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('log group name globs separated by commas'), { default: '', description: 'only sources whose log group matches; none: every source' }),
    },
    notify: {
        type: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTIFY_TYPES */ .IG), { description: 'required: where the findings go' }),
        url_env: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .envVariableName */ .hf, { description: 'required: the variable holding the URL (pagerduty: the routing key)' }),
        secret_env: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .envVariableName */ .hf, { description: 'webhook: the variable holding the signing secret' }),
        // An alert that fires on every medium finding is muted within a week.
        min_severity: setting(SEVERITY, { default: 'high', description: 'findings sent' }),
        on: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTIFY_ON */ .GA), { default: 'changes', description: 'changes: new and resolved findings only; always: every finding, every run' }),
        events_url: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ, { default: 'https://events.pagerduty.com/v2/enqueue', description: 'pagerduty: the Events API v2 endpoint' }),
    },
    mute: {
        finding: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)('a finding id, or a glob of ids with * and ?, e.g. rds_not_multi_az:rds:instance:*'), { description: 'required: the finding id or glob muted' }),
        accounts: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('account ids or [account:NAME] names (globs) separated by commas'), { default: '', description: 'only in these accounts' }),
        regions: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)('region codes (globs) separated by commas'), { default: '', description: 'only in these regions' }),
        tags: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .tagList */ .Tw, { default: '', description: 'only on resources with all these tags' }),
        reason: setting((0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)('why the finding is accepted, shown with it'), { description: 'required: why the finding is accepted' }),
        until: setting(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .calendarDate */ .bO, { description: 'required: the last day the mute applies (UTC)' }),
    },
};
function defaultValue(setting) {
    if (setting.default === undefined)
        return undefined;
    const parsed = setting.spec.schema.safeParse(setting.default);
    // Every default is parsed by a unit test; one that does not parse is a bug in this file.
    if (!parsed.success)
        throw new Error(`the default "${setting.default}" does not parse: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
}
/** The reader of an empty config: every setting at its default. */
const readDefaults = defaultValue;
/** ScanConfig's fields from the fixed sections' settings: the one place a key meets its field. */
function plainSettings(read) {
    const { aws, scan, filters, metrics, logs, output, gate } = SETTINGS;
    const minSeverity = read(output.min_severity);
    const plain = {
        maxAttempts: read(aws.max_attempts),
        requestTimeoutMs: read(aws.request_timeout),
        concurrency: read(scan.concurrency),
        accountConcurrency: read(scan.account_concurrency),
        allowEmpty: read(scan.allow_empty),
        filters: {
            cloudformationPrefix: read(filters.cloudformation_prefix),
            cloudformationSuffix: read(filters.cloudformation_suffix),
            includeNames: read(filters.include_names),
            excludeNames: read(filters.exclude_names),
            includeTags: read(filters.include_tags),
            excludeTags: read(filters.exclude_tags),
        },
        metrics: { enabled: read(metrics.enabled), maxPointsPerSeries: read(metrics.max_points_per_series), baselineMs: read(metrics.baseline) },
        logs: {
            enabled: read(logs.enabled),
            engine: read(logs.engine),
            errorPatterns: read(logs.error_patterns),
            extraLogGroups: read(logs.extra_log_groups),
            recentMs: read(logs.recent),
            scanBudgetBytes: read(logs.scan_budget_mb) * 1_048_576,
            filterMaxBytes: read(logs.filter_max_mb) * 1_048_576,
            maxEventsPerSource: read(logs.max_events_per_source),
            maxEventsTotal: read(logs.max_events_total),
            patternBudgetMs: read(logs.pattern_budget),
            patterns: [],
        },
        output: {
            format: read(output.format),
            failOn: read(output.fail_on),
            minSeverity: {
                text: minSeverity,
                markdown: read(output.markdown_min_severity) ?? minSeverity,
                annotations: read(output.annotations_min_severity),
            },
            mergeRelated: read(output.merge_related),
        },
        gate: {
            windowMs: read(gate.window),
            confidence: read(gate.confidence),
            tolerance: read(gate.tolerance_percent) / 100,
            passScore: read(gate.pass_score),
            marginalScore: read(gate.marginal_score),
            minSamples: read(gate.min_samples),
            newSignatureMinCount: read(gate.new_signature_min_count),
            minJudgedShare: read(gate.min_judged_percent) / 100,
            criticalMetrics: read(gate.critical_metrics),
            failOnMarginal: read(gate.fail_on_marginal),
        },
    };
    // Optional fields are left out when unset (or empty), never present as undefined.
    const endpointUrl = read(aws.endpoint_url);
    if (endpointUrl)
        plain.endpointUrl = endpointUrl;
    const deadlineMs = read(scan.deadline);
    if (deadlineMs)
        plain.deadlineMs = deadlineMs;
    const failOnNew = read(output.fail_on_new);
    if (failOnNew)
        plain.output.failOnNew = failOnNew;
    const file = read(output.file);
    if (file)
        plain.output.file = file;
    return plain;
}
/** The fixed sections' settings at their defaults. */
function defaultSettings() {
    return plainSettings(readDefaults);
}
/** The config of an empty config.ini with no environment and no flags, in region `[aws] region`'s default. */
function defaultConfig(options) {
    const since = defaultValue(SETTINGS.scan.since);
    return {
        region: defaultValue(SETTINGS.aws.region),
        regionSource: 'default',
        window: { from: new Date(options.now.getTime() - since), to: options.now },
        services: [...options.services],
        ...defaultSettings(),
        accounts: [],
        mutes: [],
        detectors: Object.fromEntries((options.detectors ?? []).map((detector) => [
            detector.id,
            { enabled: defaultValue(NAMED_SECTIONS.detector.enabled), thresholds: Object.fromEntries(Object.entries(detector.thresholds).map(([key, t]) => [key, t.default])) },
        ])),
        notify: [],
    };
}
/**
 * The overrides of the fixed settings a CLI flag or an Action input sets, in table order:
 * `given(name)` is the text given for the flag (`--since`) or input (`since`), or undefined or ''
 * when it was not given. Flag values are passed on as given; the parsers trim what they read.
 */
function overridesFrom(by, given) {
    const overrides = [];
    for (const [section, keys] of Object.entries(SETTINGS)) {
        for (const [key, setting] of Object.entries(keys)) {
            const name = setting[by];
            // An Action input is always a string, '' when not given: trimmed, as @actions/core trims it.
            const value = name === undefined ? undefined : by === 'input' ? given(name)?.trim() : given(name);
            if (name && value)
                overrides.push({ section, key, value, where: by === 'flag' ? name : `input ${name}` });
        }
    }
    return overrides;
}
/** `account:NAME`, `detector:ID`: a named section as the docs and messages write it. */
function namedSectionTitle(kind) {
    return kind === 'detector' ? 'detector:ID' : `${kind}:NAME`;
}
/** `[section] key` rows in table order, for docs and checks. */
function settingRows() {
    const rows = [];
    for (const [section, keys] of Object.entries(SETTINGS)) {
        for (const [key, value] of Object.entries(keys))
            rows.push({ section, key, setting: value });
    }
    for (const [kind, keys] of Object.entries(NAMED_SECTIONS)) {
        const section = namedSectionTitle(kind);
        for (const [key, value] of Object.entries(keys))
            rows.push({ section, key, setting: value });
    }
    return rows;
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

/***/ 4207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ hoursText),
/* harmony export */   Q9: () => (/* binding */ summedBins),
/* harmony export */   Sw: () => (/* binding */ windowView),
/* harmony export */   T5: () => (/* binding */ countSeries),
/* harmony export */   Xy: () => (/* binding */ isRising),
/* harmony export */   ZR: () => (/* binding */ binTime),
/* harmony export */   _V: () => (/* binding */ perHour),
/* harmony export */   cM: () => (/* binding */ runStart),
/* harmony export */   eC: () => (/* binding */ owner),
/* harmony export */   iR: () => (/* binding */ signatureLogs),
/* harmony export */   it: () => (/* binding */ findingResource),
/* harmony export */   kb: () => (/* binding */ topCounts),
/* harmony export */   lD: () => (/* binding */ split),
/* harmony export */   o_: () => (/* binding */ firstBinWith)
/* harmony export */ });
/* unused harmony exports sumBins, spans */
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6867);
/* harmony import */ var _metric_evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3269);
// How log findings show their numbers: counts now vs. before, rates, where, and one example.


function sumBins(bins, from, to) {
    if (!bins)
        return 0;
    let total = 0;
    for (let i = Math.max(0, from); i < Math.min(to, bins.length); i += 1)
        total += bins[i];
    return total;
}
/**
 * Hours in the baseline and in the recent window. The baseline starts where the group's logs do:
 * a group that began logging 12 hours into a 24-hour window has a 12-hour baseline, not 24.
 */
function spans(digest, recentFromBin) {
    const hours = digest.binSeconds / 3600;
    const total = digest.counts.total;
    let first = 0;
    if (total)
        while (first < recentFromBin && total[first] === 0)
            first += 1;
    return { baselineHours: (recentFromBin - first) * hours, recentHours: (digest.binCount - recentFromBin) * hours };
}
/** Recent and baseline totals of one per-bin series. */
function split(bins, digest, recentFromBin) {
    return { recent: sumBins(bins, recentFromBin, digest.binCount), baseline: sumBins(bins, 0, recentFromBin) };
}
/** The resource a log finding is about: the owner of the logs, else the log group itself. */
function findingResource(input) {
    return input.resource ? (0,_report_model_js__WEBPACK_IMPORTED_MODULE_1__/* .refOf */ .H8)(input.resource) : { type: 'logs:log-group', id: input.digest.source.logGroup };
}
/** The spans and every signature's split, once per digest: detectors sort and filter on them. */
function windowView(digest, recentFromBin) {
    return { ...spans(digest, recentFromBin), signatures: digest.signatures.map((signature) => ({ signature, ...split(signature.bins, digest, recentFromBin) })) };
}
function signatureLogs(input, counts) {
    const { digest, view } = input;
    const { signature, recent, baseline } = counts;
    return {
        logGroup: digest.source.logGroup,
        signature: signature.title,
        recent,
        baseline,
        recentHours: view.recentHours,
        baselineHours: view.baselineHours,
        firstSeen: (0,_metric_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .iso */ .KH)(signature.firstSeen),
        lastSeen: (0,_metric_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .iso */ .KH)(signature.lastSeen),
        example: signature.example,
        ...(digest.sampled ? { sampled: true } : {}),
    };
}
/** Several signatures' occurrences added up, bin by bin. */
function summedBins(signatures) {
    const sum = new Array(signatures[0]?.bins.length ?? 0).fill(0);
    for (const s of signatures)
        for (let i = 0; i < sum.length; i += 1)
            sum[i] += s.bins[i];
    return sum;
}
/** Occurrences per bin as a series, so the report can draw its shape. */
function countSeries(digest, bins, name) {
    return {
        metric: 'log_events',
        namespace: 'CloudWatch Logs',
        name,
        stat: 'Count',
        unit: 'count',
        periodSeconds: digest.binSeconds,
        start: (0,_metric_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .iso */ .KH)(digest.startMs),
        values: [...bins],
    };
}
/** "12 in the last 1 h" / "3 per hour over the 23 h before". */
function perHour(count, hours) {
    if (hours <= 0)
        return `${count}`;
    const rate = count / hours;
    return `${rate >= 10 ? Math.round(rate) : rate.toFixed(rate >= 1 ? 1 : 2)}/h`;
}
function hoursText(hours) {
    if (hours >= 48)
        return `${Math.round(hours / 24)} d`;
    if (hours >= 1)
        return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
    return `${Math.round(hours * 60)} min`;
}
/** Where the recent window starts, for `since` when nothing more precise is known. */
function firstBinWith(bins, from) {
    for (let i = from; i < bins.length; i += 1)
        if (bins[i] > 0)
            return i;
    return undefined;
}
function binTime(digest, bin) {
    return (0,_metric_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .iso */ .KH)(digest.startMs + bin * digest.binSeconds * 1000);
}
/** The counts of the most frequent values, "a (12), b (3)". */
function topCounts(values, limit) {
    const counts = new Map();
    for (const value of values)
        counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, limit)
        .map(([value, n]) => `${value} (${n})`)
        .join(', ');
}
/** Who the logs belong to, for titles: "checkout" for an ECS service, the group otherwise. */
function owner(input) {
    return input.resource?.name ?? input.digest.source.logGroup;
}
/**
 * A signature is rising when its recent rate is `factor` times its baseline rate (a signature absent
 * from the baseline counts as once in it, so a new one must still be frequent) and it happened at
 * least `minCount` times recently.
 */
function isRising(counts, view, factor, minCount) {
    const { recent, baseline } = counts;
    const { baselineHours, recentHours } = view;
    if (recent < minCount || baselineHours <= 0 || recentHours <= 0)
        return false;
    return recent / recentHours >= (factor * Math.max(baseline, 1)) / baselineHours;
}
/** The bin where a run of elevated values that lasts to the end begins. */
function runStart(values, from, elevated) {
    let start = values.length;
    for (let i = values.length - 1; i >= from; i -= 1) {
        if (elevated(values[i], i))
            start = i;
        else if (start < values.length)
            break;
    }
    return start < values.length ? start : from;
}


/***/ }),

/***/ 3269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bt: () => (/* binding */ findingSeries),
/* harmony export */   GI: () => (/* binding */ readableTime),
/* harmony export */   KH: () => (/* binding */ iso),
/* harmony export */   vz: () => (/* binding */ prepareSeries)
/* harmony export */ });
/* unused harmony export cleanSeries */
/* harmony import */ var _analysis_series_anomaly_engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5577);
/* harmony import */ var _telemetry_metrics_metric_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(191);
// How metric findings show their numbers: values in their unit, and the series itself.


/**
 * The series as detectors may assume it: finite timestamps and values only, in time order (stable for
 * repeated timestamps). CloudWatch never returns anything else, but a NaN or an unsorted point must
 * not become "NaN%" in a finding or a negative-length array. The input itself when already clean.
 */
function cleanSeries(series) {
    const { timestamps, values } = series;
    let clean = timestamps.length === values.length;
    for (let i = 0; clean && i < timestamps.length; i += 1) {
        clean = Number.isFinite(timestamps[i]) && Number.isFinite(values[i]) && (i === 0 || timestamps[i] >= timestamps[i - 1]);
    }
    if (clean)
        return series;
    const points = [];
    for (let i = 0; i < Math.min(timestamps.length, values.length); i += 1) {
        if (Number.isFinite(timestamps[i]) && Number.isFinite(values[i]))
            points.push([timestamps[i], values[i]]);
    }
    points.sort((a, b) => a[0] - b[0]);
    return { ...series, timestamps: points.map((p) => p[0]), values: points.map((p) => p[1]) };
}
const MIN_POINTS_FOR_CADENCE = 6;
function prepareSeries(input) {
    const clean = cleanSeries(input);
    let timestamps = [...clean.timestamps];
    let values = [...clean.values];
    // A repeated timestamp (a backend answering twice) is one point: the last one read.
    let kept = 0;
    for (let i = 0; i < timestamps.length; i += 1) {
        if (kept > 0 && timestamps[i] === timestamps[kept - 1])
            kept -= 1;
        timestamps[kept] = timestamps[i];
        values[kept] = values[i];
        kept += 1;
    }
    timestamps.length = kept;
    values.length = kept;
    const periodMs = input.periodSeconds * 1000;
    const count = (0,_telemetry_metrics_metric_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .absentMeansZero */ .iA)(input.spec);
    // A handful of points cannot establish a cadence: below MIN_POINTS_FOR_CADENCE, the period is the step.
    const stepMs = kept < MIN_POINTS_FOR_CADENCE ? periodMs : count ? countStep(timestamps, periodMs) : Math.max(periodMs, roundTo((0,_analysis_series_anomaly_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .seriesCadence */ .fI)(timestamps), periodMs));
    if (count && kept > 0)
        ({ timestamps, values } = fillWithZeros(timestamps, values, stepMs, input.readEnd));
    const windowIndex = input.windowStart === undefined ? 0 : firstAtOrAfter(timestamps, input.windowStart);
    return { ...input, timestamps, values, stepSeconds: stepMs / 1000, windowIndex };
}
/** A count's step: the greatest common divisor of its gaps in periods, since sparse points fall on the stored grid. */
function countStep(timestamps, periodMs) {
    let step = 0;
    for (let i = 1; i < timestamps.length; i += 1)
        step = gcd(step, Math.max(1, Math.round((timestamps[i] - timestamps[i - 1]) / periodMs)));
    return Math.max(1, step) * periodMs;
}
function gcd(a, b) {
    while (b > 0)
        [a, b] = [b, a % b];
    return a;
}
function roundTo(value, unit) {
    return Math.max(unit, Math.round(value / unit) * unit);
}
/**
 * Every step from the first point to the read's end, zero where there was no point. Not before the
 * first point: a metric that has never been published may belong to a resource that did not exist.
 */
function fillWithZeros(timestamps, values, stepMs, readEnd) {
    const from = timestamps[0];
    const last = timestamps[timestamps.length - 1];
    const to = readEnd !== undefined && readEnd - stepMs > last ? last + Math.floor((readEnd - stepMs - last) / stepMs) * stepMs : last;
    const outT = [];
    const outV = [];
    let j = 0;
    for (let t = from; t <= to; t += stepMs) {
        while (j < timestamps.length && timestamps[j] < t - stepMs / 2)
            j += 1;
        const hit = j < timestamps.length && Math.abs(timestamps[j] - t) < stepMs / 2;
        outT.push(hit ? timestamps[j] : t);
        outV.push(hit ? values[j] : 0);
        if (hit)
            j += 1;
    }
    return { timestamps: outT, values: outV };
}
function firstAtOrAfter(timestamps, time) {
    let lo = 0;
    let hi = timestamps.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (timestamps[mid] < time)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** The series on its step's grid over the report window, null where CloudWatch had no point. */
function findingSeries(input) {
    const prepared = 'stepSeconds' in input ? input : undefined;
    const from = prepared?.windowIndex ?? 0;
    const series = from > 0 ? { ...input, timestamps: input.timestamps.slice(from), values: input.values.slice(from) } : input;
    const period = (prepared?.stepSeconds ?? series.periodSeconds) * 1000;
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
        periodSeconds: period / 1000,
        start: new Date(first).toISOString(),
        values,
    };
}
const iso = (ms) => new Date(ms).toISOString();
/** A time for reading in evidence: 2026-11-25 12:56 UTC. */
const readableTime = (ms) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;


/***/ }),

/***/ 602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X5: () => (/* binding */ LOG_DETECTORS),
  ZU: () => (/* binding */ METRIC_DETECTORS),
  x$: () => (/* binding */ RESOURCE_STATE_DETECTORS),
  yv: () => (/* binding */ detectorCatalog)
});

// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
;// CONCATENATED MODULE: ./src/detectors/cloudformation-stack-drifted/detector.ts

// Drift is only known from the last drift detection someone ran; this tool does not start one (read-only).
const cloudformationStackDrifted = {
    id: 'cloudformation_stack_drifted',
    cause: null,
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
                nextStep: `\`aws cloudformation describe-stack-resource-drifts --stack-name ${resource.name} --stack-resource-drift-status-filters MODIFIED DELETED\``,
            },
        ];
    },
};

// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
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
    cause: 'availability',
    title: 'CloudFormation stack failed, rolled back or stuck',
    description: 'The stack status is *_FAILED or *ROLLBACK*, or an operation has been IN_PROGRESS for too long.',
    resourceTypes: ['cloudformation:stack'],
    thresholds: {
        stuck_after_minutes: {
            spec: (0,schema/* integer */.nd)(0, 10_080),
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
                    nextStep: `\`aws cloudformation describe-stack-events --stack-name ${resource.name}\` (look for the first *_FAILED event)`,
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
                            ...(resource.attributes.waitingOn?.length ? [{ label: 'waiting on', value: resource.attributes.waitingOn.join(', ') }] : []),
                            ...reason,
                        ],
                        since: updatedAt,
                        nextStep: `\`aws cloudformation describe-stack-events --stack-name ${resource.name}\` (which resource is it waiting on?)`,
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
    cause: 'errors',
    title: 'DMS tables in error',
    description: 'Tables the replication task could not load or replicate: their data is missing or stale in the target.',
    resourceTypes: ['dms:task'],
    thresholds: {},
    detect({ resource }) {
        const errored = resource.attributes.tablesErrored ?? 0;
        if (errored <= 0)
            return [];
        return [
            {
                severity: 'high',
                resource: (0,model/* refOf */.H8)(resource),
                title: `${errored} table${errored === 1 ? '' : 's'} in error: the target is missing their data`,
                evidence: resource.attributes.erroredTables?.length ? [{ label: 'tables', value: resource.attributes.erroredTables.join(', ') }] : [],
                nextStep: `\`aws dms describe-table-statistics --replication-task-arn ${resource.arn ?? resource.id}\`, then reload the tables after fixing the cause`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/dms-task-failed/detector.ts

// Stop reasons DMS gives for a task that stopped by itself after an error (DMS API reference, StopReason).
const ERROR_STOP = /error|fail/i;
const dmsTaskFailed = {
    id: 'dms_task_failed',
    cause: 'availability',
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
                    ...(a.replicationInstance ? [{ label: 'replication instance', value: `${a.replicationInstance} (${a.replicationInstanceStatus ?? '?'})` }] : []),
                ],
                ...(typeof a.stoppedAt === 'string' ? { since: a.stoppedAt } : {}),
                nextStep: `read the task log in CloudWatch Logs group ${a.logGroup ?? 'dms-tasks-<instance>'} (lines with ]E:), fix, then resume the task`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/elasticache-unavailable/detector.ts

// ElastiCache status words (ElastiCache user guide, "Viewing a cluster's details" and
// DescribeReplicationGroups' Status). Failed states need a rebuild; changes in progress are info,
// since ElastiCache keeps serving through most of them.
const STATUS_SEVERITY = {
    'create-failed': 'high',
    'restore-failed': 'high',
    'incompatible-network': 'high',
    deleting: 'medium',
    deleted: 'medium',
    'rebooting cluster nodes': 'low',
    creating: 'info',
    modifying: 'info',
    snapshotting: 'info',
};
// A status ElastiCache adds later is reported, not ignored: anything but available is worth a look.
const UNKNOWN_STATUS_SEVERITY = 'medium';
const elasticacheUnavailable = {
    id: 'elasticache_unavailable',
    cause: 'availability',
    title: 'ElastiCache replication group or cache cluster not available',
    description: 'The replication group or cache cluster status is anything but available: failed (high), being deleted (medium), rebooting (low) or changing (info).',
    resourceTypes: ['elasticache:replication-group', 'elasticache:cache-cluster'],
    thresholds: {},
    detect({ resource }) {
        const status = resource.status;
        if (status === undefined || status === 'available')
            return [];
        const group = resource.type === 'elasticache:replication-group';
        const engine = resource.attributes.engine ?? '';
        const shape = resource.type === 'elasticache:replication-group'
            ? [
                ...(engine ? [{ label: 'engine', value: engine }] : []),
                ...(resource.attributes.shardsNotAvailable
                    ? [{ label: 'shards not available', value: `${resource.attributes.shardsNotAvailable} of ${String(resource.attributes.shards ?? '?')}` }]
                    : []),
            ]
            : [
                ...(engine ? [{ label: 'engine', value: `${engine} ${resource.attributes.engineVersion ?? ''}`.trim() }] : []),
                ...(resource.attributes.replicationGroup ? [{ label: 'replication group', value: resource.attributes.replicationGroup }] : []),
            ];
        return [
            {
                severity: STATUS_SEVERITY[status] ?? UNKNOWN_STATUS_SEVERITY,
                resource: (0,model/* refOf */.H8)(resource),
                title: `${group ? 'replication group' : 'cache cluster'} is ${status}`,
                evidence: [{ label: 'status', value: status }, ...shape],
                // No since: ElastiCache does not say when the status changed.
                nextStep: `\`aws elasticache describe-events --source-identifier ${resource.id} --source-type ${group ? 'replication-group' : 'cache-cluster'} --duration 1440\``,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/ecs-container-insights-disabled/detector.ts

const ecsContainerInsightsDisabled = {
    id: 'ecs_container_insights_disabled',
    cause: null,
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
                nextStep: `\`aws ecs update-cluster-settings --cluster ${resource.name} --settings name=containerInsights,value=enabled\` (adds CloudWatch cost)`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/ecs-deployment-failed/detector.ts

const ecsDeploymentFailed = {
    id: 'ecs_deployment_failed',
    cause: 'availability',
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
    cause: 'availability',
    title: 'ECS service events report problems',
    description: 'Recent service events about tasks that cannot be placed or started, failing health checks, failed deployments or throttling.',
    resourceTypes: ['ecs:service'],
    thresholds: {
        lookback_hours: {
            spec: (0,schema/* integer */.nd)(1, 2160),
            default: 24,
            description: 'Only events newer than this many hours count.',
        },
    },
    detect({ resource, thresholds, now }) {
        const oldest = now.getTime() - thresholds.lookback_hours * 3_600_000;
        const events = (resource.events ?? []).filter((e) => Date.parse(e.at) >= oldest); // newest first, as ECS returns them
        // A FAILED rollout is ecs_deployment_failed's finding; its events would only repeat it.
        const rolloutFailed = resource.attributes.rolloutState === 'FAILED';
        const matched = events.map((event) => ({ event, kind: kindOf(event) })).filter((m) => m.kind !== undefined && !(rolloutFailed && m.kind.kind === 'deployment failed'));
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
                evidence: [...shown.slice(0, 3).map((m) => ({ label: m.event.at, value: m.event.message })), ...(steady ? [{ label: 'last steady state', value: steady.at }] : [])],
                since: shown.at(-1).event.at,
                nextStep: `\`aws ecs describe-services --cluster ${resource.attributes.cluster ?? '<cluster>'} --services ${resource.name} --query 'services[0].events[:20]'\``,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/ecs-tasks-stopped-abnormally/detector.ts


// Stopped reasons as ECS and its agent write them (ECS developer guide, "stopped task errors").
const CAUSES = [
    {
        pattern: /^OutOfMemoryError/i,
        cause: 'killed for running out of memory',
        severity: 'high',
        nextStep: "raise the container's memory limit or find what grew (memory metrics, heap dumps)",
    },
    {
        pattern: /^CannotPullContainerError|toomanyrequests|pull rate limit/i,
        cause: 'image could not be pulled',
        severity: 'high',
        nextStep: "check the image tag exists, the execution role's ECR permissions and the route to the registry",
    },
    {
        pattern: /^(CannotCreateContainerError|CannotStartContainerError|ResourceInitializationError|CannotInspectContainerError)/i,
        cause: 'container could not start',
        severity: 'high',
        nextStep: 'read the full stoppedReason: secrets, volumes, disk space or ENI limits are the usual causes',
    },
    {
        pattern: /failed ELB health checks/i,
        cause: 'failed load balancer health checks',
        severity: 'high',
        nextStep: "check the target group's health check path and port, the security groups, and the app's start-up time",
    },
    {
        pattern: /failed container health checks/i,
        cause: 'failed container health checks',
        severity: 'high',
        nextStep: "run the task definition's healthCheck command by hand; check startPeriod against start-up time",
    },
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
    cause: 'availability',
    title: 'ECS tasks stopped by errors',
    description: 'Recently stopped tasks of a service whose reason is an error: out of memory, image pull, failed health checks, crashes.',
    resourceTypes: ['ecs:service'],
    thresholds: {
        min_tasks: { spec: (0,schema/* integer */.nd)(1, 1000), default: 1, description: 'Report a service once this many of its tasks stopped by errors.' },
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
        const times = failures
            .map((f) => f.task.stoppedAt)
            .filter((t) => Boolean(t))
            .sort();
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
    cause: 'availability',
    title: 'ECS service running fewer tasks than desired',
    description: 'The service runs fewer tasks than its desired count; with none running it is down.',
    resourceTypes: ['ecs:service'],
    thresholds: {
        grace_minutes: {
            spec: (0,schema/* integer */.nd)(0, 1440),
            default: GRACE_MINUTES,
            description: 'Ignore the gap while the latest deployment is younger than this.',
        },
    },
    detect({ resource, thresholds, now }) {
        const desired = resource.attributes.desired ?? 0;
        const running = resource.attributes.running ?? 0;
        const pending = resource.attributes.pending ?? 0;
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
                nextStep: `\`aws ecs describe-services --cluster ${resource.attributes.cluster ?? '<cluster>'} --services ${resource.name}\` and check stopped tasks' stoppedReason`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/elb-load-balancer-impaired/detector.ts

const elbLoadBalancerImpaired = {
    id: 'elb_load_balancer_impaired',
    cause: 'availability',
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
                evidence: [
                    { label: 'state', value: resource.status },
                    ...(typeof resource.attributes.stateReason === 'string' ? [{ label: 'reason', value: resource.attributes.stateReason }] : []),
                ],
                nextStep: `\`aws elbv2 describe-load-balancers --names ${resource.name}\` (State.Reason), and the subnets' free IP addresses`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/elb-unhealthy-targets/detector.ts

const elbUnhealthyTargets = {
    id: 'elb_unhealthy_targets',
    cause: 'availability',
    title: 'Target group with unhealthy or no targets',
    description: 'Targets failing health checks (graded by share), or a target group behind a load balancer with no targets.',
    resourceTypes: ['elbv2:target-group'],
    thresholds: {},
    detect({ resource }) {
        const a = resource.attributes;
        const targets = a.targets ?? 0;
        const unhealthy = a.unhealthyTargets ?? 0;
        const ref = (0,model/* refOf */.H8)(resource);
        if (resource.status === 'empty' && a.loadBalancers?.length) {
            return [
                {
                    severity: 'high',
                    resource: ref,
                    title: `no registered targets behind ${a.loadBalancers.join(', ')}: requests routed here fail with 503`,
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
                    ...(a.unhealthyReasons?.length ? [{ label: 'reasons', value: a.unhealthyReasons.join(', ') }] : []),
                    ...(typeof a.firstUnhealthyDescription === 'string' ? [{ label: 'example', value: a.firstUnhealthyDescription }] : []),
                    ...(typeof a.healthCheckPath === 'string' ? [{ label: 'health check', value: `${a.protocol ?? ''} ${a.healthCheckPath} on port ${String(a.port ?? '?')}` }] : []),
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
    cause: 'availability',
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
                title: resource.status === 'upgrading' ? 'version upgrade in progress' : `configuration change in progress${a.domainProcessingStatus ? ` (${a.domainProcessingStatus})` : ''}`,
                evidence: [{ label: 'processing status', value: a.domainProcessingStatus ?? resource.status }],
                nextStep: `\`aws opensearch describe-domain-change-progress --domain-name ${resource.name}\``,
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
                nextStep: `apply it in a quiet hour: \`aws opensearch start-service-software-update --domain-name ${resource.name}\``,
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
    cause: 'availability',
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
                nextStep: `\`aws rds describe-events --source-identifier ${resource.id} --duration 1440\`, then the database log around those times`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/rds-not-multi-az/detector.ts

const rdsNotMultiAz = {
    id: 'rds_not_multi_az',
    cause: null,
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
                evidence: [
                    { label: 'multiAZ', value: 'false' },
                    { label: 'role', value: a.role ?? 'unknown' },
                ],
                nextStep: `\`aws rds modify-db-instance --db-instance-identifier ${resource.id} --multi-az --apply-immediately\` (brief I/O pause; doubles instance cost)`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/rds-pending-maintenance/detector.ts


const rdsPendingMaintenance = {
    id: 'rds_pending_maintenance',
    cause: null,
    title: 'RDS maintenance pending',
    description: 'A pending maintenance action (OS or engine patch, CA rotation); more urgent when AWS will apply it soon by itself.',
    resourceTypes: ['rds:instance', 'rds:cluster'],
    thresholds: {
        urgent_within_days: { spec: (0,schema/* integer */.nd)(0, 90), default: 7, description: 'An action AWS applies by itself within this many days is medium, else low.' },
    },
    detect({ resource, thresholds, now }) {
        const pending = resource.attributes.pendingMaintenance ?? [];
        if (pending.length === 0)
            return [];
        const actions = pending.join(', ');
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
                    ...(resource.attributes.pendingMaintenanceDescription?.length ? [{ label: 'description', value: resource.attributes.pendingMaintenanceDescription.join('; ') }] : []),
                ],
                nextStep: `schedule it in a quiet hour: \`aws rds apply-pending-maintenance-action --resource-identifier ${resource.arn ?? resource.id} --apply-action <action> --opt-in-type next-maintenance\``,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/rds-unhealthy/detector.ts

// RDS status words (RDS user guide, "Viewing DB instance status"). Transitional states such as
// modifying, backing-up, upgrading or rebooting are normal and not listed here.
const detector_STATUS_SEVERITY = {
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
    cause: 'availability',
    title: 'RDS instance or cluster in a failed or stopped state',
    description: 'The DB instance or cluster status is one RDS documents as failed, incompatible, storage-full or stopped.',
    resourceTypes: ['rds:instance', 'rds:cluster'],
    thresholds: {},
    detect({ resource }) {
        const status = resource.status ?? '';
        const severity = detector_STATUS_SEVERITY[status];
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
                    ...(resource.attributes.engine ? [{ label: 'engine', value: `${resource.attributes.engine} ${resource.attributes.engineVersion ?? ''}`.trim() }] : []),
                    ...(latestEvent ? [{ label: 'latest RDS event', value: `${latestEvent.at} ${latestEvent.message}` }] : []),
                ],
                // No since: RDS does not say when the status changed, and the latest event may be unrelated.
                nextStep: status === 'storage-full'
                    ? `\`aws rds modify-db-instance --db-instance-identifier ${resource.id} --allocated-storage <larger> --apply-immediately\``
                    : `\`aws rds describe-events --source-identifier ${resource.id} --source-type ${resource.type === 'rds:cluster' ? 'db-cluster' : 'db-instance'} --duration 1440\``,
            },
        ];
    },
};

// EXTERNAL MODULE: ./src/detectors/metric-evidence.ts
var metric_evidence = __webpack_require__(3269);
// EXTERNAL MODULE: ./src/analysis/statistics/order-statistics.ts
var order_statistics = __webpack_require__(4134);
// EXTERNAL MODULE: ./src/report/metric-units.ts
var metric_units = __webpack_require__(8418);
// EXTERNAL MODULE: ./src/analysis/series/anomaly-engine.ts + 1 modules
var anomaly_engine = __webpack_require__(5577);
;// CONCATENATED MODULE: ./src/detectors/series-runs.ts
// Runs of samples in a metric series for the metric detectors: runs of a flag (a threshold held),
// and the episodes the shared anomaly engine calls unusual. The statistics themselves live in
// src/analysis/statistics/.

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
// Unusual samples closer than this are one episode in a finding's numbers (the engine's own incidents
// join samples up to a day apart, which suits alerting once, not counting errors "during the spike").
const EPISODE_GAP_MS = 30 * 60_000;
/**
 * What the shared anomaly engine (the one `aws-monitor detect-series` runs, with the same defaults)
 * calls unusual in a series, on the side that is bad for it, as episodes of unusual samples. The
 * step is the series' own, so the same incident is found at any period the planner picks.
 */
function unusualRuns(timestamps, values, stepSeconds, direction) {
    const scored = (0,anomaly_engine/* scoreSeries */.Mp)(timestamps.map((timestamp, i) => ({ timestamp, value: values[i] })), { direction }, stepSeconds * 1000);
    const incidents = [];
    let current;
    scored.forEach((p, i) => {
        // The engine's threshold: a score above one half is a ratio above one.
        if (p.score <= 0.5)
            return;
        if (current && timestamps[i] - timestamps[current.end] <= Math.max(EPISODE_GAP_MS, stepSeconds * 1000)) {
            current.end = i;
            current.peak = Math.max(current.peak, p.score);
        }
        else {
            current = { start: i, end: i, peak: p.score };
            incidents.push(current);
        }
    });
    return incidents;
}

;// CONCATENATED MODULE: ./src/detectors/level-shift.ts
// A metric that moved to a new level and stayed there, on the side that is bad for it: latency that
// rose, connections that surged, free memory that fell. The shared anomaly engine says when the
// change became unusual for this series (its daily rhythm and usual bursts included); the floors
// here say when it is worth a finding, and one wording reports it.





/**
 * The latest episode the anomaly engine calls unusual on `side` (inside the report window) that
 * became a new level lasting to now: at least `minChangePercent` beyond the level before it, both
 * since it began and over the last `sustainedMs`, for at least `sustainedMs`. The new level is dated
 * from the first point past that limit: the engine's medians need half their span to be sure.
 */
function lastingShift(series, side, minChangePercent, sustainedMs) {
    const { values, timestamps } = series;
    const n = values.length;
    if (n < 4)
        return undefined;
    const stepMs = series.stepSeconds * 1000;
    const factor = side === 'up' ? 1 + minChangePercent / 100 : 1 - minChangePercent / 100;
    const beyond = (value, limit) => (side === 'up' ? value >= limit : value <= limit);
    const runs = unusualRuns(timestamps, values, series.stepSeconds, side);
    for (let r = runs.length - 1; r >= 0; r -= 1) {
        const run = runs[r];
        if (run.end < series.windowIndex)
            break;
        const baseline = (0,order_statistics/* median */.JZ)(values.slice(0, run.start));
        const limit = baseline * factor;
        let start = run.start;
        while (start > 0 && beyond(values[start - 1], limit))
            start -= 1;
        if (timestamps[n - 1] - timestamps[start] + stepMs < sustainedMs)
            continue;
        const current = (0,order_statistics/* median */.JZ)(values.slice(start));
        const recent = (0,order_statistics/* median */.JZ)(values.filter((_, i) => timestamps[i] > timestamps[n - 1] - sustainedMs));
        const moved = side === 'up' ? current > baseline : current < baseline;
        if (baseline >= 0 && beyond(current, limit) && beyond(recent, limit) && moved)
            return { start, baseline, current };
    }
    return undefined;
}
/**
 * "<label> up 120%: 2 ms -> 4.4 ms" (or "fell 95%"), dated from the change, with the level before,
 * the level since and the latest value. High when the new level is three times the old one or
 * less than a third of it.
 */
function shiftFinding(resource, series, shift, change) {
    const { spec, values, timestamps } = series;
    const { start, baseline, current } = shift;
    const up = current > baseline;
    const percent = baseline > 0 ? Math.abs(current / baseline - 1) * 100 : Infinity;
    const severity = baseline > 0 && (up ? current >= baseline * 3 : current * 3 <= baseline) ? 'high' : 'medium';
    const since = (0,metric_evidence/* iso */.KH)(timestamps[start]);
    return {
        severity,
        resource: (0,model/* refOf */.H8)(resource),
        title: `${spec.label} ${up ? 'up' : 'fell'} ${Number.isFinite(percent) ? `${Math.round(percent)}%` : 'from zero'}: ${(0,metric_units/* formatValue */.F)(baseline, spec.unit)} -> ${(0,metric_units/* formatValue */.F)(current, spec.unit)}`,
        evidence: [
            { label: `baseline (before the ${change.noun})`, value: (0,metric_units/* formatValue */.F)(baseline, spec.unit) },
            { label: `since the ${change.noun}`, value: `${(0,metric_units/* formatValue */.F)(current, spec.unit)} (median of ${values.length - start} periods)` },
            { label: 'latest', value: (0,metric_units/* formatValue */.F)(values.at(-1), spec.unit) },
        ],
        since,
        nextStep: `${spec.namespace} ${spec.metricName} (${spec.stat}) for ${resource.id}: ${change.nextStep(`${since.slice(0, 16)}Z`)}`,
        series: (0,metric_evidence/* findingSeries */.Bt)(series),
    };
}

// EXTERNAL MODULE: ./src/analysis/statistics/mean.ts
var mean = __webpack_require__(595);
;// CONCATENATED MODULE: ./src/analysis/statistics/robust-trend.ts
// A trend that one outage cannot bend: the Theil-Sen slope (the median of pairwise slopes) and how
// much of a series' variance that line explains, for detectors that extrapolate (capacity running out).


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
    return (0,order_statistics/* median */.JZ)(slopes);
}
/** Share of the variance a line explains (R squared), for judging whether a trend is real. */
function lineFit(timestamps, values, slope) {
    const n = values.length;
    if (n < 3)
        return 0;
    const intercept = (0,order_statistics/* median */.JZ)(values.map((v, i) => v - slope * timestamps[i]));
    const centre = (0,mean/* mean */.i)(values);
    let residual = 0;
    let total = 0;
    for (let i = 0; i < n; i += 1) {
        residual += (values[i] - (intercept + slope * timestamps[i])) ** 2;
        total += (values[i] - centre) ** 2;
    }
    return total === 0 ? 0 : 1 - residual / total;
}

;// CONCATENATED MODULE: ./src/detectors/metric-capacity-exhaustion/detector.ts







const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/**
 * Free storage or memory heading for zero: a robust trend over the window, projected forward; or
 * nearly gone; or fallen in one step to a fraction of its usual level and still there (a memory
 * leak's cliff, a bulk load, a runaway temporary table), which a trend over the window reads as flat.
 */
const metricCapacityExhaustion = {
    id: 'metric_capacity_exhaustion',
    title: 'Running out of capacity',
    description: 'Free storage (or memory) is falling steadily and will reach zero within the horizon, is already nearly gone, or fell suddenly and stayed down.',
    roles: ['free-capacity'],
    thresholds: {
        horizon_days: { spec: (0,schema/* number */.ai)(0.1, 365), default: 14, description: 'Report when the projected time to zero is shorter than this.' },
        min_free_percent: { spec: (0,schema/* number */.ai)(0, 100), default: 10, description: 'Report when less than this share of the capacity is free, trend or not.' },
        min_fit: { spec: (0,schema/* number */.ai)(0, 1), default: 0.6, description: 'How well a straight line must explain the decline (R squared) to be trusted.' },
        min_drop_percent: { spec: (0,schema/* number */.ai)(1, 99), default: 50, description: 'Report free capacity that fell by at least this share of its usual level and stayed down, trend or not.' },
        sustained_minutes: { spec: (0,schema/* integer */.nd)(1, 10_080), default: 15, description: 'How long such a drop must have lasted, up to now.' },
    },
    detect({ resource, series: input, thresholds, now }) {
        const prepared = (0,metric_evidence/* prepareSeries */.vz)(input);
        // A sudden drop that stayed, judged against the history before the window too.
        const drop = lastingShift(prepared, 'down', thresholds.min_drop_percent, thresholds.sustained_minutes * 60_000);
        const dropFinding = () => drop
            ? [
                shiftFinding(resource, prepared, drop, {
                    noun: 'drop',
                    nextStep: (since) => `find what took it since ${since} (a deploy, a bulk load or long query, a leak), then add capacity if it is needed`,
                }),
            ]
            : [];
        // The trend of the report window, or of what came after such a drop (a step is not a trend):
        // history read before the window is for the anomaly engine's baselines.
        const from = Math.max(prepared.windowIndex, drop?.start ?? 0);
        const series = { ...prepared, timestamps: prepared.timestamps.slice(from), values: prepared.values.slice(from), windowIndex: 0 };
        const { spec, values, timestamps } = series;
        const n = values.length;
        if (prepared.values.length - prepared.windowIndex < 6)
            return dropFinding();
        const capacity = spec.capacity?.(resource);
        const current = (0,order_statistics/* median */.JZ)(values.slice(-3));
        const freePercent = capacity ? (current / capacity) * 100 : undefined;
        // Units per ms, negative when filling up; too few points since a drop make no line.
        const slope = n >= 6 ? theilSenSlope(timestamps, values) : 0;
        const fit = slope < 0 ? lineFit(timestamps, values, slope) : 0;
        const span = timestamps[n - 1] - timestamps[0];
        const decline = -slope * span;
        // The decline must be real: well explained by a line and large against the level it started from.
        const trending = slope < 0 && fit >= thresholds.min_fit && span >= HOUR && decline >= 0.01 * (capacity ?? values[0]);
        const msToZero = trending ? current / -slope : Infinity;
        const low = freePercent !== undefined && freePercent < thresholds.min_free_percent;
        if (!low && msToZero > thresholds.horizon_days * DAY)
            return dropFinding();
        const severity = msToZero < DAY || (freePercent !== undefined && freePercent < 2) ? 'critical' : msToZero < 3 * DAY || low ? 'high' : 'medium';
        const perDay = -slope * DAY;
        const runsOutAt = Number.isFinite(msToZero) ? new Date(now.getTime() + msToZero) : undefined;
        return [
            {
                severity,
                resource: (0,model/* refOf */.H8)(resource),
                title: runsOutAt ? `${spec.label} runs out in ${humanSpan(msToZero)} at the current rate` : `${spec.label} nearly exhausted: ${(0,metric_units/* formatValue */.F)(current, spec.unit)} left`,
                evidence: [
                    {
                        label: 'free now',
                        value: `${(0,metric_units/* formatValue */.F)(current, spec.unit)}${freePercent !== undefined ? ` (${freePercent.toFixed(1)}% of ${(0,metric_units/* formatValue */.F)(capacity, spec.unit)})` : ''}`,
                    },
                    ...(trending ? [{ label: 'falling by', value: `${(0,metric_units/* formatValue */.F)(perDay, spec.unit)} per day (fit R2 ${fit.toFixed(2)})` }] : []),
                    ...(runsOutAt ? [{ label: 'projected empty', value: (0,metric_evidence/* readableTime */.GI)(runsOutAt.getTime()) }] : []),
                ],
                since: (0,metric_evidence/* iso */.KH)(timestamps[0]),
                nextStep: `${spec.namespace} ${spec.metricName} for ${resource.id}: add capacity (or enable storage autoscaling) and find what is writing`,
                series: (0,metric_evidence/* findingSeries */.Bt)(prepared),
            },
        ];
    },
};
function humanSpan(ms) {
    if (ms < HOUR)
        return `${Math.max(1, Math.round(ms / 60_000))} min`;
    if (ms < 2 * DAY)
        return `${Math.round(ms / HOUR)} h`;
    return `${Math.round(ms / DAY)} days`;
}

;// CONCATENATED MODULE: ./src/detectors/metric-error-rate-spike/detector.ts






/**
 * Errors judged as a share of traffic where the catalog names the traffic metric: a traffic surge
 * with a steady error rate is not an error spike. Without traffic, the count itself is judged.
 * The shared anomaly engine decides what is unusual for this series; the floors below decide what
 * is worth a finding.
 */
const metricErrorRateSpike = {
    id: 'metric_error_rate_spike',
    title: 'Error rate spike',
    description: 'HTTP 5xx/4xx or other error counts rose well above their own baseline, as a share of requests where requests are known.',
    roles: ['errors'],
    thresholds: {
        min_errors: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 5, description: 'Fewest errors during the spike for it to count.' },
        min_rate_percent: { spec: (0,schema/* number */.ai)(0, 100), default: 1, description: 'Smallest error rate (% of requests) worth reporting.' },
        ratio: { spec: (0,schema/* number */.ai)(1, 1000), default: 3, description: 'How many times the baseline the rate (or count) must reach.' },
    },
    detect({ resource, series: input, related: relatedInput, thresholds }) {
        const series = (0,metric_evidence/* prepareSeries */.vz)(input);
        const { spec } = series;
        const trafficInput = spec.trafficOf ? relatedInput(spec.trafficOf) : undefined;
        const traffic = trafficInput && trafficInput.values.length > 0 ? (0,metric_evidence/* prepareSeries */.vz)(trafficInput) : undefined;
        const base = traffic ?? series;
        const n = base.timestamps.length;
        if (n < 4)
            return [];
        // Errors on the traffic's own points: a period with requests and no error point had no errors.
        const errorsAt = new Map(series.timestamps.map((t, i) => [t, series.values[i]]));
        const errors = traffic ? base.timestamps.map((t) => errorsAt.get(t) ?? 0) : [...series.values];
        // Request counts are sums of whole requests: less than one is none (a fraction would divide into an infinite rate).
        const requests = traffic ? base.values.map((r) => (r < 1 ? 0 : r)) : undefined;
        const asRate = requests !== undefined;
        const measure = errors.map((e, i) => (requests ? (requests[i] > 0 ? e / requests[i] : e > 0 ? 1 : 0) : e));
        const floor = asRate ? thresholds.min_rate_percent / 100 : 0;
        const episodes = unusualRuns(base.timestamps, measure, base.stepSeconds, 'up')
            .filter((r) => r.end >= base.windowIndex)
            .map((r) => {
            const baseline = (0,order_statistics/* median */.JZ)(measure.slice(0, r.start)) || 0;
            const errorCount = sum(errors, r.start, r.end);
            const total = requests ? sum(requests, r.start, r.end) : undefined;
            const level = total !== undefined ? (total > 0 ? errorCount / total : 1) : errorCount / (r.end - r.start + 1);
            const excess = errorCount - (total !== undefined ? baseline * total : baseline * (r.end - r.start + 1));
            return { ...r, baseline, errorCount, total, level, excess };
        })
            .filter((e) => e.errorCount >= thresholds.min_errors && e.level >= floor && e.level >= e.baseline * thresholds.ratio);
        if (episodes.length === 0)
            return [];
        // The worst episode by errors above baseline; the latest wins ties (it is the one still relevant).
        const worst = episodes.reduce((a, b) => (b.excess >= a.excess ? b : a));
        const stepMinutes = base.stepSeconds / 60;
        const minutes = Math.round(((worst.end - worst.start + 1) * base.stepSeconds) / 60);
        const ongoing = worst.end >= n - 2;
        const severity = /5xx/i.test(spec.metricName) ? 'high' : 'medium';
        const display = (v) => (asRate ? `${(v * 100).toFixed(v < 0.01 ? 2 : 1)}%` : (0,metric_units/* formatValue */.F)(v, spec.unit));
        return [
            {
                severity,
                resource: (0,model/* refOf */.H8)(resource),
                title: `${spec.label} spiked to ${asRate ? `${display(worst.level)} of requests` : `${(0,metric_units/* formatValue */.F)(worst.errorCount, 'count')} in ${minutes} min`}${ongoing ? ', still now' : ''}`,
                evidence: [
                    { label: 'baseline', value: asRate ? `${display(worst.baseline)} of requests` : `${(0,metric_units/* formatValue */.F)(worst.baseline, 'count')} per ${stepMinutes} min` },
                    {
                        label: 'during the spike',
                        value: `${(0,metric_units/* formatValue */.F)(worst.errorCount, 'count')} errors${worst.total !== undefined ? ` in ${(0,metric_units/* formatValue */.F)(worst.total, 'count')} requests` : ''} over ${minutes} min`,
                    },
                    { label: 'peak', value: `${(0,metric_units/* formatValue */.F)(Math.max(...errors.slice(worst.start, worst.end + 1)), 'count')} in one ${stepMinutes}-min period` },
                    ...(episodes.length > 1 ? [{ label: 'spikes in the window', value: String(episodes.length) }] : []),
                    ...(ongoing ? [] : [{ label: 'ended', value: (0,metric_evidence/* readableTime */.GI)(base.timestamps[worst.end]) }]),
                ],
                since: (0,metric_evidence/* iso */.KH)(base.timestamps[worst.start]),
                nextStep: `${spec.namespace} ${spec.metricName} for ${resource.id}: match the start time with deploys, then read the service's logs from ${(0,metric_evidence/* iso */.KH)(base.timestamps[worst.start]).slice(0, 16)}Z`,
                series: (0,metric_evidence/* findingSeries */.Bt)(series),
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

;// CONCATENATED MODULE: ./src/detectors/metric-latency-degradation/detector.ts



/**
 * A level shift that lasts to now. The shared anomaly engine says when the latency became unusual
 * for this series (its daily pattern and its usual bursts included); the finding then compares the
 * level since then with the level before, and reports it when the rise is large and still there.
 */
const metricLatencyDegradation = {
    id: 'metric_latency_degradation',
    title: 'Performance degradation',
    description: 'Response time, database latency or queue depth rose to a new, higher level and stayed there.',
    roles: ['latency'],
    thresholds: {
        sustained_minutes: { spec: (0,schema/* integer */.nd)(1, 10_080), default: 30, description: 'How long the higher level must have lasted, up to now.' },
        min_increase_percent: { spec: (0,schema/* number */.ai)(1, 10_000), default: 50, description: 'Smallest rise over the baseline worth reporting.' },
    },
    detect({ resource, series: input, thresholds }) {
        const series = (0,metric_evidence/* prepareSeries */.vz)(input);
        const shift = lastingShift(series, 'up', thresholds.min_increase_percent, thresholds.sustained_minutes * 60_000);
        if (!shift)
            return [];
        return [
            shiftFinding(resource, series, shift, {
                noun: 'rise',
                nextStep: (since) => `check deploys and dependency latency (database, downstream APIs) around ${since}`,
            }),
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
        sustained_minutes: { spec: (0,schema/* integer */.nd)(1, 1440), default: SUSTAINED_MINUTES, description: 'How long a limit must be exceeded without a break.' },
    },
    detect({ resource, series: input, thresholds }) {
        const series = (0,metric_evidence/* prepareSeries */.vz)(input);
        const { spec } = series;
        const limits = spec.limitsFor ? spec.limitsFor(resource) : spec.limits;
        if (!limits || series.values.length === 0)
            return [];
        const beyond = (value, limit) => (spec.bad === 'up' ? value >= limit : value <= limit);
        // Durations in time, each point standing for its step: the same breach is as long at any period.
        const stepMs = series.stepSeconds * 1000;
        const neededMs = thresholds.sustained_minutes * 60_000;
        const lasting = (r) => series.timestamps[r.end] - series.timestamps[r.start] + stepMs;
        const levels = [
            { limit: limits.critical, severity: 'high' },
            { limit: limits.warn, severity: 'medium' },
        ].filter((l) => l.limit !== undefined);
        for (const { limit, severity } of levels) {
            // Consecutive points only: a missing point ends a run, so gaps never fake a sustained breach.
            const runs = splitAtGaps(runsOf(series.values.length, (i) => beyond(series.values[i], limit)), series.timestamps, stepMs).filter((r) => lasting(r) >= neededMs && r.end >= series.windowIndex);
            if (runs.length === 0)
                continue;
            const latest = runs.at(-1);
            const ongoing = latest.end === series.values.length - 1;
            const window = series.values.slice(latest.start, latest.end + 1);
            const peak = spec.bad === 'up' ? Math.max(...window) : Math.min(...window);
            const minutes = Math.round(lasting(latest) / 60_000);
            return [
                {
                    severity,
                    resource: (0,model/* refOf */.H8)(resource),
                    title: `${spec.label} ${spec.bad === 'up' ? 'at or above' : 'at or below'} ${(0,metric_units/* formatValue */.F)(limit, spec.unit)} for ${minutes} min${ongoing ? ', still now' : ''}`,
                    evidence: [
                        { label: 'limit', value: `${(0,metric_units/* formatValue */.F)(limit, spec.unit)} (${severity === 'high' ? 'critical' : 'warning'})` },
                        { label: spec.bad === 'up' ? 'peak' : 'lowest', value: (0,metric_units/* formatValue */.F)(peak, spec.unit) },
                        { label: 'latest', value: (0,metric_units/* formatValue */.F)(series.values.at(-1), spec.unit) },
                        ...(runs.length > 1 ? [{ label: 'episodes in the window', value: String(runs.length) }] : []),
                        ...(ongoing ? [] : [{ label: 'ended', value: (0,metric_evidence/* readableTime */.GI)(series.timestamps[latest.end]) }]),
                    ],
                    since: (0,metric_evidence/* iso */.KH)(series.timestamps[latest.start]),
                    nextStep: `CloudWatch: ${spec.namespace} ${spec.metricName} (${spec.stat}) for ${resource.id}; ${spec.role === 'saturation' ? 'scale up or out, or find what drives the load' : 'read the resource events and logs around the start'}`,
                    series: (0,metric_evidence/* findingSeries */.Bt)(series),
                },
            ];
        }
        return [];
    },
};
/** Runs cut wherever a point is missing (more than a step and a half after the one before): gaps never fake a sustained breach. */
function splitAtGaps(runs, timestamps, stepMs) {
    const out = [];
    for (const run of runs) {
        let start = run.start;
        for (let i = run.start + 1; i <= run.end; i += 1) {
            if (timestamps[i] - timestamps[i - 1] > 1.5 * stepMs) {
                out.push({ start, end: i - 1 });
                start = i;
            }
        }
        out.push({ start, end: run.end });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detectors/metric-load-surge/detector.ts



/**
 * Load whose rise is the problem: database or cache connections (a connection storm exhausts
 * `max_connections`), network traffic into a database. A level at least `min_increase_percent`
 * above the one before, that the shared anomaly engine calls unusual for this series (a daily peak
 * or a nightly batch job that happens every day is not) and that lasts to now. Requests, whose
 * fall is the problem, are the traffic-drop detector's.
 */
const metricLoadSurge = {
    id: 'metric_load_surge',
    title: 'Load surge',
    description: 'Connections or network traffic rose far above their usual level and stayed there.',
    roles: ['traffic'],
    thresholds: {
        sustained_minutes: { spec: (0,schema/* integer */.nd)(1, 10_080), default: 15, description: 'How long the higher level must have lasted, up to now.' },
        min_increase_percent: { spec: (0,schema/* number */.ai)(1, 10_000), default: 100, description: 'Smallest rise over the baseline worth reporting.' },
    },
    detect({ resource, series: input, thresholds }) {
        if (input.spec.bad !== 'up')
            return [];
        const series = (0,metric_evidence/* prepareSeries */.vz)(input);
        const shift = lastingShift(series, 'up', thresholds.min_increase_percent, thresholds.sustained_minutes * 60_000);
        if (!shift)
            return [];
        return [
            shiftFinding(resource, series, shift, {
                noun: 'surge',
                nextStep: (since) => `find what opened the new load since ${since}: deploys, retries, connection pool sizes, a new client or batch job`,
            }),
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/metric-traffic-drop/detector.ts






/**
 * Requests that fell to a fraction of their usual level and stayed there: users cannot reach the
 * service. CloudWatch publishes no RequestCount for a period without requests, so missing periods
 * up to the end of the read are zeros (prepareSeries): exactly what an outage looks like. The shared
 * anomaly engine says when the drop became unusual (a quiet night is not a drop).
 */
const metricTrafficDrop = {
    id: 'metric_traffic_drop',
    title: 'Traffic dropped',
    description: 'Requests fell far below their usual level and stayed there.',
    roles: ['traffic'],
    thresholds: {
        sustained_minutes: { spec: (0,schema/* integer */.nd)(1, 1440), default: 15, description: 'How long the drop must have lasted, up to now.' },
        max_share_percent: { spec: (0,schema/* number */.ai)(0, 100), default: 20, description: 'Report when traffic is below this share of its usual level.' },
        min_usual_per_minute: { spec: (0,schema/* number */.ai)(0, 1_000_000), default: 10, description: 'Ignore resources whose usual traffic is below this many requests a minute.' },
    },
    detect({ resource, series: input, thresholds, now }) {
        if (input.spec.bad !== 'down')
            return [];
        // Zeros up to the scan's clock, less a period for publishing delay (the read may end in the future).
        const series = (0,metric_evidence/* prepareSeries */.vz)({ ...input, readEnd: Math.min(input.readEnd ?? Infinity, now.getTime() - input.periodSeconds * 1000) });
        const { spec, values, timestamps } = series;
        const n = values.length;
        if (n < 4)
            return [];
        const stepMs = series.stepSeconds * 1000;
        const sustainedMs = thresholds.sustained_minutes * 60_000;
        const run = unusualRuns(timestamps, values, series.stepSeconds, 'down').at(-1);
        if (!run || run.end < n - 2 || run.end < series.windowIndex)
            return [];
        let start = run.start;
        const usual = (0,order_statistics/* median */.JZ)(values.slice(0, start));
        if (!(usual / (series.stepSeconds / 60) >= thresholds.min_usual_per_minute))
            return [];
        const share = (usual * thresholds.max_share_percent) / 100;
        // The drop itself may have begun a little before the engine was sure of it.
        while (start > 0 && values[start - 1] <= share)
            start -= 1;
        if (timestamps[n - 1] - timestamps[start] + stepMs < sustainedMs)
            return [];
        const current = (0,order_statistics/* median */.JZ)(values.filter((_, i) => timestamps[i] > timestamps[n - 1] - sustainedMs));
        if (current > share)
            return [];
        return [
            {
                severity: 'high',
                resource: (0,model/* refOf */.H8)(resource),
                title: `${spec.label} fell to ${Math.round((current / usual) * 100)}% of the usual level`,
                evidence: [
                    { label: 'usual (before the drop)', value: `${(0,metric_units/* formatValue */.F)(usual, 'count')} per ${series.stepSeconds / 60} min` },
                    { label: 'now', value: `${(0,metric_units/* formatValue */.F)(current, 'count')} per ${series.stepSeconds / 60} min` },
                ],
                since: (0,metric_evidence/* iso */.KH)(timestamps[start]),
                nextStep: `${spec.namespace} ${spec.metricName} for ${resource.id}: check DNS, listeners, security groups and upstream callers since ${(0,metric_evidence/* iso */.KH)(timestamps[start]).slice(0, 16)}Z`,
                series: (0,metric_evidence/* findingSeries */.Bt)(series),
            },
        ];
    },
};

// EXTERNAL MODULE: ./src/detectors/log-evidence.ts
var log_evidence = __webpack_require__(4207);
;// CONCATENATED MODULE: ./src/detectors/dms-task-log-errors/detector.ts


/** DMS task log lines at severity E (errors), by component: what broke in a migration, from DMS itself. */
const dmsTaskLogErrors = {
    id: 'dms_task_log_errors',
    cause: 'errors',
    title: 'DMS task logged errors',
    description: 'A DMS task logged errors (]E: lines) in the recent window; the finding names the components and messages.',
    kinds: ['dms'],
    thresholds: {
        min_count: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 1, description: 'Error lines needed in the recent window.' },
    },
    detect(input) {
        const { digest, thresholds, view } = input;
        const { baselineHours, recentHours } = view;
        const counts = view.signatures.filter((c) => (c.signature.level === 'error' || c.signature.level === 'fatal') && c.recent > 0).sort((a, b) => b.recent - a.recent);
        const recent = counts.reduce((n, c) => n + c.recent, 0);
        if (counts.length === 0 || recent < thresholds.min_count)
            return [];
        const baseline = counts.reduce((n, c) => n + c.baseline, 0);
        const errors = counts.map((c) => c.signature);
        const components = [...new Set(errors.map((s) => s.category).filter(Boolean))];
        const top = errors[0];
        return [
            {
                key: 'errors',
                severity: 'high',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${recent} DMS error line${recent > 1 ? 's' : ''} in ${(0,log_evidence/* hoursText */.DI)(recentHours)}${components.length > 0 ? ` (${components.join(', ')})` : ''}`,
                evidence: [
                    { label: 'top', value: top.title },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: `${baseline}` },
                    ...(errors.length > 1
                        ? [
                            {
                                label: 'also',
                                value: errors
                                    .slice(1, 4)
                                    .map((s) => s.title)
                                    .join('; '),
                            },
                        ]
                        : []),
                ],
                since: new Date(Math.min(...errors.map((s) => s.firstSeen))).toISOString(),
                nextStep: 'TARGET_* errors: check the target endpoint (permissions, constraints, space). SOURCE_*: the source endpoint and its log retention. Then reload the failed tables.',
                series: (0,log_evidence/* countSeries */.T5)(digest, (0,log_evidence/* summedBins */.Q9)(errors), 'DMS error lines'),
                logs: { ...(0,log_evidence/* signatureLogs */.iR)(input, counts[0]), recent, baseline },
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/log-error-rate-spike/detector.ts


/**
 * More of a service's log lines are errors than before: judged as a share of all its lines, so a
 * traffic surge with a steady error share is not a spike. The finding names the signatures that
 * rose. Without a service-wide rise, a single existing signature that jumps is reported on its own.
 */
const logErrorRateSpike = {
    id: 'log_error_rate_spike',
    cause: 'errors',
    title: 'Error rate in logs spiked',
    description: "The share of a service's log lines that are errors rose well above its own baseline, or one known error signature jumped.",
    kinds: ['application'],
    thresholds: {
        factor: { spec: (0,schema/* number */.ai)(1, 1000), default: 3, description: 'Report when the recent error share is this many times the baseline share.' },
        min_errors: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 20, description: 'Error lines needed in the recent window.' },
        min_error_percent: { spec: (0,schema/* number */.ai)(0, 100), default: 1, description: 'Recent error share (percent of all lines) needed.' },
        signature_factor: { spec: (0,schema/* number */.ai)(1, 1000), default: 5, description: 'A signature rose when its recent rate is this many times its baseline rate.' },
        min_signature_count: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 10, description: 'Occurrences a rising signature needs in the recent window.' },
    },
    detect(input) {
        const { digest, recentFromBin, thresholds, view } = input;
        const { baselineHours, recentHours } = view;
        const total = digest.counts.total;
        const errors = digest.counts.errors;
        if (!total || !errors || baselineHours <= 0 || recentHours <= 0)
            return [];
        const t = (0,log_evidence/* split */.lD)(total, digest, recentFromBin);
        const e = (0,log_evidence/* split */.lD)(errors, digest, recentFromBin);
        if (t.baseline === 0 || t.recent === 0)
            return [];
        const recentShare = e.recent / t.recent;
        const baselineShare = e.baseline / t.baseline;
        const rising = view.signatures
            .filter((c) => (0,log_evidence/* isRising */.Xy)(c, view, thresholds.signature_factor, thresholds.min_signature_count))
            // Most frequent first; an exception before a plain line on a tie (it says more).
            .sort((a, b) => b.recent - a.recent || (a.signature.kind === 'trace' ? -1 : 0) - (b.signature.kind === 'trace' ? -1 : 0));
        const risingText = (limit) => rising
            .slice(0, limit)
            .map((c) => `${c.signature.title}: ${c.recent} in ${(0,log_evidence/* hoursText */.DI)(recentHours)} (${c.baseline === 0 ? 'new' : `before ${(0,log_evidence/* perHour */._V)(c.baseline, baselineHours)}`})`)
            .join('; ');
        const spiked = e.recent >= thresholds.min_errors && recentShare * 100 >= thresholds.min_error_percent && recentShare >= thresholds.factor * Math.max(baselineShare, 1 / t.baseline);
        if (spiked) {
            const share = (i) => (total[i] > 0 ? errors[i] / total[i] : 0);
            const start = (0,log_evidence/* runStart */.cM)(errors, recentFromBin, (_, i) => share(i) >= thresholds.factor * baselineShare && errors[i] > 0);
            const top = rising[0] ?? view.signatures.find((c) => c.recent > 0);
            const draft = {
                key: 'rate',
                severity: recentShare >= 0.1 ? 'high' : 'medium',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${pct(recentShare)} of log lines are errors, up from ${pct(baselineShare)}`,
                evidence: [
                    { label: `last ${(0,log_evidence/* hoursText */.DI)(recentHours)}`, value: `${e.recent} error lines of ${t.recent} (${pct(recentShare)})` },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: `${e.baseline} error lines of ${t.baseline} (${pct(baselineShare)})` },
                    ...(rising.length > 0 ? [{ label: 'rising', value: risingText(3) }] : []),
                ],
                since: (0,log_evidence/* binTime */.ZR)(digest, start),
                nextStep: `Read ${digest.source.logGroup} from ${(0,log_evidence/* binTime */.ZR)(digest, start).slice(0, 16)}Z${top ? `, starting with "${top.signature.title}"` : ''}; check what was deployed or changed then.`,
                series: (0,log_evidence/* countSeries */.T5)(digest, errors, 'error lines'),
                ...(top ? { logs: { ...(0,log_evidence/* signatureLogs */.iR)(input, top), recent: e.recent, baseline: e.baseline } } : {}),
            };
            return [draft];
        }
        // No service-wide rise: a known signature that jumped still deserves a line (new ones are log_new_signature's).
        return rising
            .filter((c) => c.baseline > 0)
            .slice(0, 3)
            .map((c) => {
            const s = c.signature;
            const factor = c.recent / recentHours / (c.baseline / baselineHours);
            return {
                key: `signature:${s.key}`,
                severity: 'medium',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: "${s.title}" is ${Math.round(factor)}x as frequent as before`,
                evidence: [
                    { label: `last ${(0,log_evidence/* hoursText */.DI)(recentHours)}`, value: `${c.recent} (${(0,log_evidence/* perHour */._V)(c.recent, recentHours)})` },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: `${c.baseline} (${(0,log_evidence/* perHour */._V)(c.baseline, baselineHours)})` },
                ],
                since: (0,log_evidence/* binTime */.ZR)(digest, (0,log_evidence/* runStart */.cM)(s.bins, recentFromBin, (v) => v > 0)),
                nextStep: `Read the example below and ${digest.source.logGroup} around the first recent occurrence.`,
                series: (0,log_evidence/* countSeries */.T5)(digest, s.bins, 'occurrences'),
                logs: (0,log_evidence/* signatureLogs */.iR)(input, c),
            };
        });
    },
};
function pct(share) {
    const p = share * 100;
    return `${p >= 10 ? Math.round(p) : p >= 1 ? p.toFixed(1) : p.toFixed(2)}%`;
}

;// CONCATENATED MODULE: ./src/detectors/log-http-errors/detector.ts


/**
 * HTTP 5xx (and, at a higher bar, 4xx) responses in request logs, as a share of all requests the
 * logs record: ALB access logs shipped to CloudWatch, or an application's own access lines.
 */
const logHttpErrors = {
    id: 'log_http_errors',
    cause: 'errors',
    title: 'HTTP errors in request logs',
    description: 'The share of logged requests answered 5xx (or 4xx) rose above its baseline.',
    kinds: ['application', 'alb-access'],
    thresholds: {
        factor: { spec: (0,schema/* number */.ai)(1, 1000), default: 3, description: 'Recent error share must be this many times the baseline share.' },
        min_count: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 20, description: 'Error responses needed in the recent window.' },
        min_5xx_percent: { spec: (0,schema/* number */.ai)(0, 100), default: 2, description: 'Recent 5xx share (percent of requests) needed.' },
        min_4xx_percent: { spec: (0,schema/* number */.ai)(0, 100), default: 25, description: 'Recent 4xx share needed (4xx are often clients, so the bar is high).' },
    },
    detect(input) {
        const { digest, recentFromBin, thresholds } = input;
        const requests = digest.counts.http_requests;
        if (!requests)
            return [];
        const { baselineHours, recentHours } = input.view;
        const r = (0,log_evidence/* split */.lD)(requests, digest, recentFromBin);
        if (r.recent === 0)
            return [];
        const findings = [];
        for (const [cls, counter, minPercent] of [
            ['5xx', 'http_5xx', thresholds.min_5xx_percent],
            ['4xx', 'http_4xx', thresholds.min_4xx_percent],
        ]) {
            const bins = digest.counts[counter];
            if (!bins)
                continue;
            const c = (0,log_evidence/* split */.lD)(bins, digest, recentFromBin);
            const recentShare = c.recent / r.recent;
            const baselineShare = r.baseline > 0 ? c.baseline / r.baseline : 0;
            if (c.recent < thresholds.min_count || recentShare * 100 < minPercent)
                continue;
            if (r.baseline > 0 && recentShare < thresholds.factor * Math.max(baselineShare, 1 / r.baseline))
                continue;
            const start = (0,log_evidence/* runStart */.cM)(bins, recentFromBin, (v, i) => requests[i] > 0 && v / requests[i] >= thresholds.factor * baselineShare && v > 0);
            const sinceMs = Date.parse((0,log_evidence/* binTime */.ZR)(digest, start));
            const recentErrors = digest.httpErrors.filter((e) => e.timestamp >= sinceMs && String(e.status)[0] === cls[0]);
            findings.push({
                key: cls,
                severity: cls === '5xx' ? (recentShare >= 0.1 ? 'high' : 'medium') : 'low',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${(recentShare * 100).toFixed(1)}% of requests answered ${cls}, up from ${(baselineShare * 100).toFixed(1)}%`,
                evidence: [
                    { label: `last ${(0,log_evidence/* hoursText */.DI)(recentHours)}`, value: `${c.recent} ${cls} of ${r.recent} requests` },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: r.baseline > 0 ? `${c.baseline} ${cls} of ${r.baseline} requests` : 'no requests logged' },
                    ...(recentErrors.length > 0
                        ? [
                            {
                                label: 'top',
                                value: (0,log_evidence/* topCounts */.kb)(recentErrors.map((e) => `${e.status} ${e.method ?? ''} ${e.path ?? '?'}`.replace(/\s+/g, ' ')), 3),
                            },
                        ]
                        : []),
                ],
                since: (0,log_evidence/* binTime */.ZR)(digest, start),
                nextStep: cls === '5xx'
                    ? `Find the failing path above in ${digest.source.logGroup} and the application logs of its target.`
                    : 'Check whether a client, a deploy or a WAF/auth change turned requests away.',
                series: (0,log_evidence/* countSeries */.T5)(digest, bins, `HTTP ${cls}`),
                logs: { logGroup: digest.source.logGroup, recent: c.recent, baseline: c.baseline, recentHours, baselineHours },
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/detectors/log-new-signature/detector.ts



/** An error signature that never appeared in the baseline: a new failure mode, often from a deploy. */
const logNewSignature = {
    id: 'log_new_signature',
    cause: 'errors',
    title: 'New error signature',
    description: 'An error or exception signature appeared in the recent window that the baseline before it never had.',
    kinds: ['application'],
    thresholds: {
        min_count: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 1, description: 'Occurrences a new signature needs in the recent window.' },
        min_baseline_hours: { spec: (0,schema/* number */.ai)(0, 2160), default: 1, description: 'Judge only when the baseline covers at least this many hours of logs.' },
        max_findings: { spec: (0,schema/* integer */.nd)(1, 100), default: 5, description: 'New signatures reported one by one per source; the rest are summed up in one finding.' },
    },
    detect(input) {
        const { digest, recentFromBin, thresholds, view } = input;
        const { baselineHours, recentHours } = view;
        if (baselineHours < thresholds.min_baseline_hours)
            return [];
        // Without any lines in the baseline (a group that just started logging), everything would look new.
        if ((0,log_evidence/* split */.lD)(digest.counts.total, digest, recentFromBin).baseline === 0)
            return [];
        const fresh = view.signatures
            .filter((c) => c.baseline === 0 && c.recent >= thresholds.min_count)
            .map((c) => ({ s: c.signature, c }))
            .sort((a, b) => rank(a.s) - rank(b.s) || b.c.recent - a.c.recent);
        const listed = fresh.slice(0, thresholds.max_findings);
        const findings = listed.map(({ s, c }) => ({
            key: `signature:${s.key}`,
            severity: s.level === 'fatal' || s.kind === 'trace' || c.recent >= 50 ? 'high' : 'medium',
            resource: (0,log_evidence/* findingResource */.it)(input),
            title: `${(0,log_evidence/* owner */.eC)(input)}: new ${s.kind === 'trace' ? 'exception' : 'error'} "${s.title}" (${c.recent} in ${(0,log_evidence/* hoursText */.DI)(recentHours)})`,
            evidence: [
                { label: 'first seen', value: (0,metric_evidence/* iso */.KH)(s.firstSeen) },
                { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: 'never' },
            ],
            since: (0,metric_evidence/* iso */.KH)(s.firstSeen),
            nextStep: `A new failure mode: compare with the deploys and config changes around ${(0,metric_evidence/* iso */.KH)(s.firstSeen).slice(0, 16)}Z.`,
            series: (0,log_evidence/* countSeries */.T5)(digest, s.bins, 'occurrences'),
            logs: (0,log_evidence/* signatureLogs */.iR)(input, c),
        }));
        const rest = fresh.slice(listed.length);
        if (rest.length > 0) {
            findings.push({
                key: 'signature:more',
                severity: 'low',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${rest.length} more new error signatures`,
                evidence: [
                    {
                        label: 'also new',
                        value: rest
                            .slice(0, 5)
                            .map(({ s, c }) => `${s.title} (${c.recent})`)
                            .join('; '),
                    },
                ],
                since: (0,metric_evidence/* iso */.KH)(Math.min(...rest.map(({ s }) => s.firstSeen))),
            });
        }
        return findings;
    },
};
// Crashes and exceptions before plain error lines.
function rank(s) {
    return s.level === 'fatal' ? 0 : s.kind === 'trace' ? 1 : 2;
}

// EXTERNAL MODULE: ./src/collectors/resource-filter.ts
var resource_filter = __webpack_require__(7569);
;// CONCATENATED MODULE: ./src/telemetry/logs/log-types.ts
// The contract between log discovery, the two query engines (Logs Insights and FilterLogEvents)
// and the pure log analysis. Engines read; analysis never calls AWS.
/** How a log group's lines are written, which decides the parser. */
const LOG_KINDS = ['application', 'rds-postgresql', 'rds-mysql', 'dms', 'waf', 'alb-access'];

// EXTERNAL MODULE: ./src/telemetry/logs/log-counters.ts
var log_counters = __webpack_require__(5319);
;// CONCATENATED MODULE: ./src/detectors/log-pattern-match/detector.ts




/** The user's own patterns (`[log_pattern:NAME]` sections), each with its own severity and minimum count. */
const logPatternMatch = {
    id: 'log_pattern_match',
    cause: null,
    title: 'Configured log pattern matched',
    description: 'Lines matching a [log_pattern:NAME] regex from config.ini appeared in the recent window at least min_count times.',
    kinds: LOG_KINDS,
    thresholds: {},
    detect(input) {
        const { digest, recentFromBin, patterns } = input;
        const { baselineHours, recentHours } = input.view;
        const findings = [];
        for (const pattern of patterns) {
            if (pattern.logGroups.length > 0 && !pattern.logGroups.some((g) => (0,resource_filter/* globToRegExp */.tL)(g).test(digest.source.logGroup)))
                continue;
            const bins = digest.counts[(0,log_counters/* patternCounterId */.a1)(pattern.name)];
            if (!bins)
                continue;
            const c = (0,log_evidence/* split */.lD)(bins, digest, recentFromBin);
            if (c.recent < pattern.minCount)
                continue;
            const example = digest.examples[(0,log_counters/* patternCounterId */.a1)(pattern.name)];
            findings.push({
                key: `pattern:${pattern.name}`,
                severity: pattern.severity,
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: pattern "${pattern.name}" matched ${c.recent} time${c.recent > 1 ? 's' : ''} in ${(0,log_evidence/* hoursText */.DI)(recentHours)}`,
                evidence: [
                    { label: 'regex', value: `/${pattern.regex}/${pattern.ignoreCase ? 'i' : ''}` },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: `${c.baseline}` },
                ],
                since: (0,log_evidence/* binTime */.ZR)(digest, (0,log_evidence/* firstBinWith */.o_)(bins, recentFromBin) ?? recentFromBin),
                series: (0,log_evidence/* countSeries */.T5)(digest, bins, 'matching lines'),
                logs: { logGroup: digest.source.logGroup, recent: c.recent, baseline: c.baseline, recentHours, baselineHours, ...(example ? { example } : {}) },
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/detectors/log-recurring-errors/detector.ts


/**
 * Errors that were there before and are there now at about the same rate: known background noise,
 * listed quietly (info) so a reader knows they exist without mistaking them for what just broke.
 */
const logRecurringErrors = {
    id: 'log_recurring_errors',
    cause: null,
    title: 'Recurring errors (steady)',
    description: 'Error signatures present in both the baseline and the recent window at a steady rate; reported as info, never as an anomaly.',
    kinds: ['application'],
    thresholds: {
        max_listed: { spec: (0,schema/* integer */.nd)(1, 50), default: 5, description: 'Signatures listed in the one finding per source.' },
        signature_factor: {
            spec: (0,schema/* number */.ai)(1, 1000),
            default: 5,
            description: 'A signature at this many times its baseline rate is rising, not steady (keep equal to log_error_rate_spike).',
        },
    },
    detect(input) {
        const { digest, thresholds, view } = input;
        const { baselineHours, recentHours } = view;
        const steady = view.signatures
            .filter((c) => c.baseline > 0 && c.recent > 0 && !(0,log_evidence/* isRising */.Xy)(c, view, thresholds.signature_factor, 1))
            .map((c) => ({ s: c.signature, c }))
            .sort((a, b) => b.c.recent + b.c.baseline - (a.c.recent + a.c.baseline));
        if (steady.length === 0)
            return [];
        return [
            {
                key: 'recurring',
                severity: 'info',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${steady.length} recurring error signature${steady.length > 1 ? 's' : ''} at a steady rate`,
                evidence: steady.slice(0, thresholds.max_listed).map(({ s, c }) => ({
                    label: `${(0,log_evidence/* perHour */._V)(c.recent, recentHours)} now, ${(0,log_evidence/* perHour */._V)(c.baseline, baselineHours)} before`,
                    value: s.title,
                })),
                nextStep: `Known noise in ${digest.source.logGroup} over ${(0,log_evidence/* hoursText */.DI)(baselineHours + recentHours)}: fix or silence it so new problems stand out.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/rds-log-errors/detector.ts


const CATEGORY = {
    corruption: {
        severity: 'critical',
        what: 'data corruption errors',
        next: 'Stop and read the database log now; restore from a snapshot may be needed. Open an AWS support case.',
    },
    connection: {
        severity: 'high',
        what: 'connection errors',
        next: 'Compare connections with max_connections (DatabaseConnections metric); look for a pool leak or a client surge; consider RDS Proxy.',
    },
    resource: { severity: 'high', what: 'resource exhaustion errors', next: 'Check FreeableMemory, FreeStorageSpace and temp file usage at the times above.' },
    auth: { severity: 'medium', what: 'authentication failures', next: 'A client is using a wrong or rotated password: find it by the user and host in the example.' },
    fatal: { severity: 'medium', what: 'fatal errors', next: 'Read the example and the log around it.' },
};
/** FATAL/PANIC lines and connection, resource, corruption and authentication errors in RDS logs. */
const rdsLogErrors = {
    id: 'rds_log_errors',
    cause: 'errors',
    title: 'Database errors in RDS logs',
    description: 'PostgreSQL or MySQL logged fatal errors, refused connections, ran out of a resource, or reported corruption in the recent window.',
    kinds: ['rds-postgresql', 'rds-mysql'],
    thresholds: {
        min_count: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 1, description: 'Occurrences needed in the recent window.' },
    },
    detect(input) {
        const { digest, thresholds, view } = input;
        const { baselineHours, recentHours } = view;
        const byCategory = new Map();
        for (const c of view.signatures) {
            const s = c.signature;
            const category = s.category && CATEGORY[s.category] ? s.category : s.level === 'fatal' ? 'fatal' : undefined;
            if (!category || c.recent === 0)
                continue;
            const list = byCategory.get(category);
            if (list)
                list.push(c);
            else
                byCategory.set(category, [c]);
        }
        const findings = [];
        for (const [category, counts] of byCategory) {
            const recent = counts.reduce((n, c) => n + c.recent, 0);
            const baseline = counts.reduce((n, c) => n + c.baseline, 0);
            if (recent < thresholds.min_count)
                continue;
            const meta = CATEGORY[category];
            counts.sort((a, b) => b.recent - a.recent);
            const top = counts[0];
            const signatures = counts.map((c) => c.signature);
            const first = Math.min(...signatures.map((s) => s.firstSeen));
            findings.push({
                key: category,
                severity: top.signature.level === 'fatal' && /PANIC/.test(top.signature.example) ? 'critical' : meta.severity,
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${recent} ${meta.what} in ${(0,log_evidence/* hoursText */.DI)(recentHours)}${baseline === 0 ? ' (none before)' : ''}`,
                evidence: [
                    { label: 'top', value: top.signature.title },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: `${baseline}` },
                    ...(signatures.length > 1
                        ? [
                            {
                                label: 'also',
                                value: signatures
                                    .slice(1, 4)
                                    .map((s) => s.title)
                                    .join('; '),
                            },
                        ]
                        : []),
                ],
                since: new Date(baseline === 0 ? first : Math.min(...signatures.map((s) => s.lastSeen))).toISOString(),
                nextStep: meta.next,
                series: (0,log_evidence/* countSeries */.T5)(digest, (0,log_evidence/* summedBins */.Q9)(signatures), meta.what),
                logs: { ...(0,log_evidence/* signatureLogs */.iR)(input, top), recent, baseline },
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/detectors/waf-block-spike/detector.ts


/**
 * A surge of requests blocked by a web ACL: an attack being stopped, or a rule that started
 * turning away real users. The rules, sources and paths behind it tell which.
 */
const wafBlockSpike = {
    id: 'waf_block_spike',
    cause: 'security',
    title: 'WAF block surge',
    description: 'A web ACL blocked requests at many times its usual rate; the finding names the rules, client IPs and paths.',
    kinds: ['waf'],
    thresholds: {
        factor: { spec: (0,schema/* number */.ai)(1, 10_000), default: 5, description: 'Recent block rate must be this many times the baseline rate.' },
        min_blocks: { spec: (0,schema/* integer */.nd)(1, 10_000_000), default: 100, description: 'Blocked requests needed in the recent window.' },
    },
    detect(input) {
        const { digest, recentFromBin, thresholds } = input;
        const blocks = digest.counts.waf_block;
        if (!blocks)
            return [];
        const { baselineHours, recentHours } = input.view;
        const c = (0,log_evidence/* split */.lD)(blocks, digest, recentFromBin);
        if (c.recent < thresholds.min_blocks || recentHours <= 0)
            return [];
        const baselineRate = baselineHours > 0 ? Math.max(c.baseline, 1) / baselineHours : 0;
        const recentRate = c.recent / recentHours;
        if (baselineHours > 0 && recentRate < thresholds.factor * baselineRate)
            return [];
        const perBin = baselineRate * (digest.binSeconds / 3600);
        const start = (0,log_evidence/* runStart */.cM)(blocks, recentFromBin, (v) => v >= thresholds.factor * perBin && v > 0);
        const sinceMs = Date.parse((0,log_evidence/* binTime */.ZR)(digest, start));
        const recent = digest.wafBlocks.filter((b) => b.timestamp >= sinceMs);
        return [
            {
                key: 'blocks',
                severity: 'medium',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${c.recent} requests blocked in ${(0,log_evidence/* hoursText */.DI)(recentHours)}, ${baselineRate > 0 ? `${Math.round(recentRate / baselineRate)}x the usual rate` : 'none before'}`,
                evidence: [
                    { label: `last ${(0,log_evidence/* hoursText */.DI)(recentHours)}`, value: `${c.recent} blocked (${(0,log_evidence/* perHour */._V)(c.recent, recentHours)})` },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: `${c.baseline} blocked (${(0,log_evidence/* perHour */._V)(c.baseline, baselineHours)})` },
                    ...(recent.length > 0
                        ? [
                            {
                                label: 'rules',
                                value: (0,log_evidence/* topCounts */.kb)(recent.map((b) => b.rule), 3),
                            },
                            {
                                label: 'sources',
                                value: (0,log_evidence/* topCounts */.kb)(recent.map((b) => `${b.clientIp ?? '?'}${b.country ? ` (${b.country})` : ''}`), 3),
                            },
                            {
                                label: 'paths',
                                value: (0,log_evidence/* topCounts */.kb)(recent.map((b) => b.uri ?? '?'), 3),
                            },
                        ]
                        : []),
                    ...(digest.sampled ? [{ label: 'note', value: 'rules, sources and paths are from a sample of the blocked requests' }] : []),
                ],
                since: (0,log_evidence/* binTime */.ZR)(digest, start),
                nextStep: 'Few sources and one rule: likely an attack the ACL is stopping. Many sources on normal paths: a rule may be blocking real users (check recent rule changes).',
                series: (0,log_evidence/* countSeries */.T5)(digest, blocks, 'blocked requests'),
                logs: { logGroup: digest.source.logGroup, recent: c.recent, baseline: c.baseline, recentHours, baselineHours },
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/waf-logging-disabled/detector.ts

const wafLoggingDisabled = {
    id: 'waf_logging_disabled',
    cause: null,
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
                evidence: [{ label: 'protects', value: resource.attributes.loadBalancers ? resource.attributes.loadBalancers.join(', ') || 'none' : 'unknown (see coverage)' }],
                nextStep: `\`aws wafv2 put-logging-configuration --logging-configuration ResourceArn=${resource.arn ?? resource.id},LogDestinationConfigs=<arn of a log group named aws-waf-logs-...>\``,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/waf-web-acl-unassociated/detector.ts

const wafWebAclUnassociated = {
    id: 'waf_web_acl_unassociated',
    cause: null,
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
                nextStep: `\`aws wafv2 associate-web-acl --web-acl-arn ${resource.arn ?? resource.id} --resource-arn <load balancer arn>\`, or delete the ACL`,
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
    elasticacheUnavailable,
];
const METRIC_DETECTORS = [
    metricThresholdBreach,
    metricErrorRateSpike,
    metricLatencyDegradation,
    metricCapacityExhaustion,
    metricTrafficDrop,
    metricLoadSurge,
];
const LOG_DETECTORS = [
    logErrorRateSpike,
    logNewSignature,
    logRecurringErrors,
    logHttpErrors,
    wafBlockSpike,
    rdsLogErrors,
    dmsTaskLogErrors,
    logPatternMatch,
];
function detectorCatalog() {
    return [...RESOURCE_STATE_DETECTORS, ...METRIC_DETECTORS, ...LOG_DETECTORS].map((detector) => ({ id: detector.id, thresholds: detector.thresholds }));
}


/***/ }),

/***/ 9350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I5: () => (/* binding */ metricSamples),
/* harmony export */   Jt: () => (/* binding */ logErrorSample),
/* harmony export */   OV: () => (/* binding */ GATE_METRIC_IDS),
/* harmony export */   YK: () => (/* binding */ newSignatures),
/* harmony export */   n6: () => (/* binding */ GATE_CATALOG_IDS),
/* harmony export */   qO: () => (/* binding */ GATE_PERIOD_SECONDS),
/* harmony export */   s_: () => (/* binding */ planGateWindows),
/* harmony export */   yi: () => (/* binding */ DEFAULT_CRITICAL_METRICS)
/* harmony export */ });
/* unused harmony exports GATE_METRICS, logsBeforeDeploy */
/* harmony import */ var _telemetry_metrics_metric_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(191);
// Pure: which windows a post-deploy gate compares, which metrics it reads, and how the series and
// log counts of one ECS service become the samples the judge tests.

const MINUTE = 60_000;
const WEEK = 7 * 24 * 60 * MINUTE;
/** One point a minute: CloudWatch's finest standard resolution, kept for 15 days (so a week back is there too). */
const GATE_PERIOD_SECONDS = 60;
/** Windows aligned to whole minutes; `after` grows with time until it is as long as `before`. */
function planGateWindows(deploy, now, windowMs) {
    const floor = (ms) => Math.floor(ms / MINUTE) * MINUTE;
    const deployMs = floor(deploy.getTime());
    const afterTo = Math.max(deployMs, Math.min(deployMs + windowMs, floor(now.getTime())));
    return {
        deploy: new Date(deployMs),
        before: { from: new Date(deployMs - windowMs), to: new Date(deployMs) },
        after: { from: new Date(deployMs), to: new Date(afterTo) },
        weekBefore: { from: new Date(deployMs - WEEK), to: new Date(afterTo - WEEK) },
    };
}
/**
 * What a deploy can break, judged on the service's own target group and tasks. Critical (fails the
 * gate alone): the 5xx rate and p99 latency. The floors keep harmless moves from failing a deploy.
 */
const GATE_METRICS = [
    { id: 'target_5xx_rate', label: 'target 5xx rate', unit: 'percent', bad: 'up', critical: true, minChange: 0.5, reads: ['tg_target_5xx', 'tg_requests'], rate: true },
    { id: 'response_time_p99', label: 'response time p99', unit: 'seconds', bad: 'up', critical: true, minChange: 0.05, reads: ['tg_response_time_p99'] },
    { id: 'response_time', label: 'response time (average)', unit: 'seconds', bad: 'up', critical: false, minChange: 0.02, reads: ['tg_response_time'] },
    { id: 'target_4xx_rate', label: 'target 4xx rate', unit: 'percent', bad: 'up', critical: false, minChange: 1, reads: ['tg_target_4xx', 'tg_requests'], rate: true },
    { id: 'requests', label: 'requests', unit: 'count', bad: 'down', critical: false, reads: ['tg_requests'] },
    { id: 'cpu', label: 'CPU utilization', unit: 'percent', bad: 'up', critical: false, minChange: 5, reads: ['ecs_cpu'] },
    { id: 'memory', label: 'memory utilization', unit: 'percent', bad: 'up', critical: false, minChange: 5, reads: ['ecs_memory'] },
];
/** Every metric id the gate can judge, the log's included: what `[gate] critical_metrics` may name. */
const GATE_METRIC_IDS = [...GATE_METRICS.map((m) => m.id), 'log_error_lines'];
/** Critical unless configured otherwise: the 5xx rate and p99 latency. */
const DEFAULT_CRITICAL_METRICS = GATE_METRICS.filter((m) => m.critical).map((m) => m.id);
/** The catalog metrics the gate needs, for the planner. */
const GATE_CATALOG_IDS = [...new Set(GATE_METRICS.flatMap((m) => m.reads))];
/** Values per minute in [span.from, span.to), by timestamp; minutes without a point are absent. */
function byMinute(series) {
    const values = new Map();
    if (!series)
        return values;
    series.timestamps.forEach((t, i) => values.set(t, series.values[i]));
    return values;
}
function minutes(span) {
    const out = [];
    for (let t = span.from.getTime(); t < span.to.getTime(); t += MINUTE)
        out.push(t);
    return out;
}
/**
 * One metric's points in a span. A rate is NaN for a minute without requests (the judge drops it:
 * no traffic is not a good minute); a missing 5xx/4xx count with requests is 0, because the load
 * balancer publishes those counts only when there are some.
 */
function pointsIn(metric, span, series) {
    const [first, second] = metric.reads.map((id) => byMinute(series.get(id)));
    return minutes(span).flatMap((t) => {
        if (metric.rate) {
            const requests = second.get(t);
            if (requests === undefined || requests <= 0)
                return [Number.NaN];
            return [(100 * (first.get(t) ?? 0)) / requests];
        }
        const value = first.get(t);
        return value === undefined ? [] : [value];
    });
}
const TARGET_GROUP_SPECS = new Set(_telemetry_metrics_metric_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_CATALOG */ .By.filter((spec) => spec.resourceType === 'elbv2:target-group').map((spec) => spec.id));
const readsTargetGroup = (metric) => metric.reads.some((id) => TARGET_GROUP_SPECS.has(id));
/**
 * The judge's samples from the fetched series, one set per window: every metric the service should
 * have, with or without data (a metric it should have and that has no points is "no data", never
 * left out, so it counts against the share judged). Load-balancer metrics only for a service behind
 * target groups, once per group, named after it ("target 5xx rate (api-internal)"): a deploy that
 * breaks the paths of one group is not averaged away by the traffic of another.
 */
function metricSamples(windows, around, week, critical = new Set(DEFAULT_CRITICAL_METRICS)) {
    const groups = around.targetGroups;
    return GATE_METRICS.filter((metric) => groups.length > 0 || !readsTargetGroup(metric)).flatMap((metric) => {
        const scopes = readsTargetGroup(metric)
            ? groups.map((group, i) => ({ suffix: groups.length > 1 ? group.id : '', series: group.series, weekSeries: week?.targetGroups[i]?.series }))
            : [{ suffix: '', series: around.service, weekSeries: week?.service }];
        return scopes.map(({ suffix, series, weekSeries }) => {
            const weekPoints = weekSeries ? pointsIn(metric, windows.weekBefore, weekSeries) : [];
            return {
                id: suffix ? `${metric.id}:${suffix}` : metric.id,
                label: suffix ? `${metric.label} (${suffix})` : metric.label,
                unit: metric.unit,
                bad: metric.bad,
                critical: critical.has(metric.id),
                ...(metric.minChange !== undefined ? { minChange: metric.minChange } : {}),
                before: pointsIn(metric, windows.before, series),
                after: pointsIn(metric, windows.after, series),
                ...(weekPoints.length > 0 ? { weekBefore: weekPoints } : {}),
            };
        });
    });
}
/**
 * Error lines per minute from the service's logs, before and after (digests binned by the minute
 * from before.from). A window in which the logs hold no line at all has no data, not zero errors:
 * a service that stopped logging, or logs not yet delivered, must not read as "no errors".
 */
function logErrorSample(windows, digests, critical = false) {
    if (digests.length === 0)
        return undefined;
    const deployBin = Math.round((windows.deploy.getTime() - windows.before.from.getTime()) / MINUTE);
    const afterBins = Math.round((windows.after.to.getTime() - windows.after.from.getTime()) / MINUTE);
    const sum = (counter, bin) => digests.reduce((n, d) => n + (d.counts[counter]?.[bin] ?? 0), 0);
    const range = (from, count) => {
        const bins = Array.from({ length: Math.max(0, count) }, (_, i) => from + i);
        return bins.some((bin) => sum('total', bin) > 0) ? bins.map((bin) => sum('errors', bin)) : [];
    };
    // Floor: half a line a minute (30 an hour), so 2 lines an hour becoming 4 does not fail a deploy.
    return {
        id: 'log_error_lines',
        label: 'error lines per minute',
        unit: 'count/min',
        bad: 'up',
        critical,
        minChange: 0.5,
        before: range(0, deployBin),
        after: range(deployBin, afterBins),
    };
}
/** Whether the logs hold any line before the deploy: without them, nothing after it can be called new. */
function logsBeforeDeploy(windows, digests) {
    const deployBin = Math.round((windows.deploy.getTime() - windows.before.from.getTime()) / MINUTE);
    return digests.some((d) => (d.counts.total ?? []).slice(0, deployBin).some((n) => n > 0));
}
/**
 * Error signatures that first appear after the deploy and never before it in the window, seen at
 * least `minCount` times (one stray line is not a new failure mode). None when the logs are empty
 * before the deploy: every signature would look new.
 */
function newSignatures(windows, digests, minCount) {
    if (!logsBeforeDeploy(windows, digests))
        return [];
    const deployBin = Math.round((windows.deploy.getTime() - windows.before.from.getTime()) / MINUTE);
    const found = [];
    for (const digest of digests) {
        for (const s of digest.signatures) {
            const before = s.bins.slice(0, deployBin).reduce((a, b) => a + b, 0);
            const after = s.bins.slice(deployBin).reduce((a, b) => a + b, 0);
            if (before === 0 && after >= minCount && (s.level === 'error' || s.level === 'fatal' || s.kind === 'trace')) {
                found.push({ signature: s.title, count: after, firstSeen: new Date(s.firstSeen).toISOString() });
            }
        }
    }
    return found.sort((a, b) => b.count - a.count || a.signature.localeCompare(b.signature));
}


/***/ }),

/***/ 5319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ logCounters),
/* harmony export */   a1: () => (/* binding */ patternCounterId),
/* harmony export */   eq: () => (/* binding */ keepCounter)
/* harmony export */ });
/* unused harmony export caseFolded */
// What the engines count and keep for the log detectors, built from config. Pure.
//
// Every pattern here must run in JavaScript and in Logs Insights (an RE2-style engine): no
// lookaround, no backreferences; and it must not backtrack badly over a long line.
// Structured loggers (JSON) write the level as a field, in any case, or as a pino/bunyan number.
const STRUCTURED_ERROR = '"(?:level|severity|levelname|log\\.level|lvl)"\\s*:\\s*(?:"(?:[Ee]rror|ERROR|[Ff]atal|FATAL|[Cc]ritical|CRITICAL|[Pp]anic|PANIC|[Ee]merg\\w*|EMERG\\w*|[Aa]lert|ALERT|err|ERR|crit|CRIT)"|[56]0\\b)';
// DMS task logs write the severity as one letter after the component: ]E: (and sometimes ] E:).
const DMS_ERROR = '\\] ?E:';
// Lines that carry a stack trace's frames and headers, kept so traces can be re-joined (only error
// lines and these are read back, never the whole log).
const TRACE_LINES = '^\\s+(?:at |File "|from |#\\d|\\.\\.\\. \\d+ (?:more|common frames)|--- End of)|^(?:Caused by|Traceback|panic: |goroutine \\d|Exception in thread|Unhandled exception|\\[stack\\])|^[\\w.$]*(?:Error|Exception|Exit|Interrupt)\\b|\\.go:\\d+|^\\s*\\S+\\.(?:rb|php|dart):\\d+';
// HTTP status in an ALB access log line (9th field), a common/combined access line, or a JSON field.
const ALB_LINE = '^(?:https?|h2|grpcs|wss?) \\S+ \\S+ \\S+ \\S+ \\S+ \\S+ \\S+ ';
const statusPattern = (digit) => `${ALB_LINE}${digit} |" ${digit} \\d|"(?:status|statusCode|status_code|httpStatus|http_status)"\\s*:\\s*"?${digit}\\b`;
const WAF_BLOCK = '"action"\\s*:\\s*"BLOCK"';
function patternCounterId(name) {
    return `pattern:${name}`;
}
/** The counters each source gets, keyed by the ids the log detectors read. */
function logCounters(config) {
    return [
        { id: 'total' },
        { id: 'errors', pattern: errorLines(config).map(group).join('|') },
        { id: 'http_requests', pattern: statusPattern('\\d{3}') },
        { id: 'http_5xx', pattern: statusPattern('5\\d\\d') },
        { id: 'http_4xx', pattern: statusPattern('4\\d\\d') },
        { id: 'waf_block', pattern: WAF_BLOCK },
        ...config.patterns.map((p) => ({ id: patternCounterId(p.name), pattern: p.regex, ...(p.ignoreCase ? { ignoreCase: true } : {}) })),
    ];
}
/** What counts as an error line: the configured patterns, structured levels and DMS ]E: lines. */
function errorLines(config) {
    return [...config.errorPatterns, STRUCTURED_ERROR, DMS_ERROR];
}
/** Events returned verbatim: errors, trace lines, HTTP errors, WAF blocks, and the user's patterns. */
function keepCounter(config) {
    const patterns = [
        ...errorLines(config),
        TRACE_LINES,
        statusPattern('[45]\\d\\d'),
        WAF_BLOCK,
        // RDS: PostgreSQL FATAL/PANIC/ERROR and MySQL [ERROR] are covered by the default error patterns.
        ...config.patterns.filter((p) => !p.ignoreCase).map((p) => p.regex),
        // Case-insensitive user patterns, spelled out ([eE][rR]...): one shared keep pattern cannot carry a flag for part of it.
        ...config.patterns.filter((p) => p.ignoreCase).map((p) => caseFolded(p.regex)),
    ];
    return { id: 'keep', pattern: patterns.map(group).join('|') };
}
/** Letters outside escapes and [...] classes become [xX]; classes keep their letters as written. */
function caseFolded(pattern) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < pattern.length; i += 1) {
        const c = pattern[i];
        if (c === '\\') {
            out += c + (pattern[i + 1] ?? '');
            i += 1;
        }
        else if (inClass) {
            if (c === ']')
                inClass = false;
            out += c;
        }
        else if (c === '[') {
            inClass = true;
            out += c;
        }
        else if (c === '(' && pattern[i + 1] === '?') {
            // (?: and (?<name> are syntax, not text.
            const end = pattern[i + 2] === '<' ? pattern.indexOf('>', i) : i + 2;
            out += pattern.slice(i, end + 1);
            i = end;
        }
        else if (c === '{') {
            // Quantifier braces hold digits only; copy them through.
            const end = pattern.indexOf('}', i);
            out += end === -1 ? c : pattern.slice(i, end + 1);
            if (end !== -1)
                i = end;
        }
        else if (/[a-z]/i.test(c))
            out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
        else
            out += c;
    }
    return out;
}
function group(pattern) {
    return `(?:${pattern})`;
}


/***/ }),

/***/ 191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ METRIC_CATALOG),
/* harmony export */   fZ: () => (/* binding */ metricsFor),
/* harmony export */   iA: () => (/* binding */ absentMeansZero)
/* harmony export */ });
/* harmony import */ var _services_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8093);
// Which CloudWatch metrics each resource type is judged on: every service module's rows
// (src/services/<service>/metrics.ts, shape in metric-spec.ts), and which apply to one resource.

/** Every service's metric rows, in registry order. */
const METRIC_CATALOG = _services_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICES */ .Bg.flatMap((service) => service.metrics);
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
/**
 * Whether a period without a point means zero: CloudWatch publishes a Sum of events (requests, 5xx,
 * rejected writes) only for periods that had some. Any other statistic is a gauge, unknown when absent.
 */
function absentMeansZero(spec) {
    return spec.stat === 'Sum';
}


/***/ })

};
