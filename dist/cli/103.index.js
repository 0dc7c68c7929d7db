export const id = 103;
export const ids = [103];
export const modules = {

/***/ 8860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ assumeRole)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1695);
// Credentials for a member account (`[account:NAME] role_arn`), assumed from the base ones.

// An hour: the longest a role allows by default; a scan of one account takes seconds to minutes.
const SESSION_SECONDS = 3600;
async function assumeRole(clients, account) {
    const response = await clients.get(_aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_0__/* .STSClient */ .iM).send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_0__/* .AssumeRoleCommand */ .QL({
        RoleArn: account.roleArn,
        RoleSessionName: account.sessionName ?? 'aws-monitor',
        DurationSeconds: SESSION_SECONDS,
        ...(account.externalId ? { ExternalId: account.externalId } : {}),
    }));
    const c = response.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey)
        throw new Error('AssumeRole answered without credentials');
    return {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
        ...(c.Expiration ? { expiration: c.Expiration } : {}),
    };
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

/***/ 7103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  matrixCommand: () => (/* binding */ matrixCommand)
});

// EXTERNAL MODULE: ./src/aws/call-counter.ts
var call_counter = __webpack_require__(2860);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/organization/account-plan.ts + 1 modules
var account_plan = __webpack_require__(83);
// EXTERNAL MODULE: ./src/organization/account-selection.ts
var account_selection = __webpack_require__(9107);
;// CONCATENATED MODULE: ./src/organization/github-matrix.ts
// The accounts and regions of a run as a GitHub Actions matrix, one job per account and region:
// {"include":[{"account":"111111111111","name":"prod","region":"us-east-2"}, ...]}. Each job scans
// its pair (`--account` and `--region`, or the Action's account and aws-region inputs) and the
// jobs' JSON reports are joined with `aws-monitor merge`.
// https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/running-variations-of-jobs-in-a-workflow


// "A matrix will generate a maximum of 256 jobs per workflow run" (GitHub Actions limits).
const MAX_MATRIX_JOBS = 256;
/** One entry per account and region (an account without regions: `defaultRegion`), by account id then region. */
function matrixEntries(accounts, defaultRegion) {
    return accounts
        .flatMap((account) => (account.regions?.length ? account.regions : [defaultRegion]).map((region) => ({ account: (0,account_selection/* accountIdOf */.Ow)(account), name: account.name, region })))
        .sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region));
}
/** The matrix as one line of JSON (for `echo "matrix=$(aws-monitor matrix)" >> "$GITHUB_OUTPUT"`); refused past GitHub's job limit. */
function renderMatrix(entries) {
    if (entries.length > MAX_MATRIX_JOBS) {
        throw new errors/* UserError */.y(`${entries.length} account-region pairs: a GitHub matrix runs at most ${MAX_MATRIX_JOBS} jobs. Narrow [organization] include/exclude or regions, split the accounts over several workflows, or scan several accounts in one job (without --account)`);
    }
    return `${JSON.stringify({ include: entries })}\n`;
}

// EXTERNAL MODULE: ./src/aws/assume-role.ts
var assume_role = __webpack_require__(8860);
// EXTERNAL MODULE: ./src/aws/clients-for-config.ts + 1 modules
var clients_for_config = __webpack_require__(1035);
// EXTERNAL MODULE: ./src/cli/credentials-setup.ts + 2 modules
var credentials_setup = __webpack_require__(9787);
// EXTERNAL MODULE: ./src/cli/global-options.ts + 6 modules
var global_options = __webpack_require__(7724);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/matrix.ts
// `aws-monitor matrix`: the accounts and regions one run would scan ([organization], [account:NAME]
// sections) as a GitHub Actions matrix, for fan-out across jobs whose reports `merge` joins.









async function matrixCommand(options, io) {
    const config = (0,global_options/* loadCliConfig */.XY)(io, options, []);
    if (!config.organization && config.accounts.length === 0) {
        throw new errors/* UserError */.y('nothing to fan out: the matrix lists the accounts of [organization] or of [account:NAME] sections, and the config has neither (see config.example.ini)');
    }
    // Credentials only when AWS must be asked: [account:NAME] sections alone are known already.
    const clientsFor = config.organization
        ? (0,clients_for_config/* clientsForConfig */.M)(config, await (0,credentials_setup/* baseCredentials */.C1)(config, io))
        : () => {
            throw new Error('no AWS call is needed without [organization]');
        };
    // The matrix is every job; --account belongs to one of them.
    const { onlyAccount: _onlyAccount, ...all } = config;
    const plan = await (0,account_plan/* planAccounts */.y)({ clientsFor, assumeRole: assume_role/* assumeRole */.x, progress: (message) => io.stderr.write(`${message}\n`) }, all, new call_counter/* CallCounter */.X());
    if ('failure' in plan)
        throw new errors/* UserError */.y(`could not list the organization's accounts (${plan.failure.iamAction}): ${plan.failure.reason}`);
    for (const note of plan.notes)
        io.stderr.write(`note: ${note}\n`);
    for (const gap of plan.gaps)
        io.stderr.write(`note: ${gap.scope}: ${gap.iamAction} failed: ${gap.reason}\n`);
    if (plan.accounts.length === 0)
        throw new errors/* UserError */.y(plan.emptyReason ?? 'no account to scan');
    const entries = matrixEntries(plan.accounts, config.region);
    (0,cli_io/* writeResult */.Zk)(renderMatrix(entries), options.output, `${entries.length} jobs: ${plan.accounts.length} accounts`, io);
    return 0;
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

/***/ 83:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ planAccounts)
});

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./src/aws/aws-errors.ts
var aws_errors = __webpack_require__(8098);
// EXTERNAL MODULE: ./src/config/schema.ts + 18 modules
var schema = __webpack_require__(598);
// EXTERNAL MODULE: ./src/deadline.ts
var src_deadline = __webpack_require__(6683);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/organization/account-selection.ts
var account_selection = __webpack_require__(9107);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var client_organizations_dist_cjs = __webpack_require__(2503);
;// CONCATENATED MODULE: ./src/organization/organization-aws.ts
// The AWS calls of organization discovery: Organizations ListAccounts (or DescribeAccount for the
// one account of a fan-out job) with the base credentials (the management account or a delegated
// administrator), and EC2 DescribeRegions through an account's role for `regions = enabled`.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListAccounts.html
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeAccount.html
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeRegions.html



// ListAccounts returns at most 20 accounts a page.
const LIST_ACCOUNTS_PAGE = 20;
// An organization holds at most a few thousand accounts (the default quota is 10): a token that
// never ends is a broken endpoint, not a bigger organization.
const MAX_PAGES = 1_000;
/** Every account of the organization, page by page. */
async function listOrganizationAccounts(clients, pageSize = LIST_ACCOUNTS_PAGE) {
    const client = clients.get(client_organizations_dist_cjs/* OrganizationsClient */.gnq);
    const accounts = [];
    let token;
    for (let page = 0; page < MAX_PAGES; page += 1) {
        const response = await client.send(new client_organizations_dist_cjs/* ListAccountsCommand */.Q0l({ MaxResults: pageSize, ...(token ? { NextToken: token } : {}) }));
        accounts.push(...(response.Accounts ?? []).flatMap(toAccount));
        token = response.NextToken;
        if (!token)
            return accounts;
    }
    throw new Error(`organizations:ListAccounts still had more pages after ${MAX_PAGES}`);
}
/**
 * One account (a fan-out job's): one call however large the organization, where 256 jobs each
 * paging through ListAccounts would meet Organizations' throttling. Empty when it is not a member.
 */
async function describeOrganizationAccount(clients, id) {
    try {
        const response = await clients.get(client_organizations_dist_cjs/* OrganizationsClient */.gnq).send(new client_organizations_dist_cjs/* DescribeAccountCommand */.QBU({ AccountId: id }));
        return response.Account ? toAccount(response.Account) : [];
    }
    catch (error) {
        if (error.name === 'AccountNotFoundException')
            return [];
        throw error;
    }
}
function toAccount(account) {
    // An id that is not 12 digits would end up inside a role ARN and a matrix entry: skip it.
    if (!account.Id || !/^\d{12}$/.test(account.Id))
        return [];
    return [{ id: account.Id, name: account.Name ?? '', ...(account.Arn ? { arn: account.Arn } : {}), state: String(account.State ?? account.Status ?? '') }];
}
/** The regions the account has enabled (DescribeRegions without AllRegions lists only those). */
async function listEnabledRegions(clients) {
    const response = await clients.get(dist_cjs/* EC2Client */.gu5).send(new dist_cjs/* DescribeRegionsCommand */.cAn({}));
    return (0,account_selection/* enabledRegionNames */.at)(response.Regions ?? []);
}

;// CONCATENATED MODULE: ./src/organization/account-plan.ts
// The accounts and regions a run covers, decided before any scan starts: the `[account:NAME]`
// sections, plus every selected account of `[organization]` (Organizations ListAccounts), each in
// its regions (`regions = enabled`: EC2 DescribeRegions through its role); `[scan] account`
// (`--account`) then keeps one of them, in the run's region, as one job of a fan-out does.
// Shared by the scan and `aws-monitor matrix`, so a matrix lists exactly what one run would scan.








async function planAccounts(deps, config, counter) {
    const progress = deps.progress ?? (() => undefined);
    const configured = config.accounts;
    let accounts = [...configured];
    let emptyReason;
    const organization = config.organization;
    if (organization) {
        // A fan-out job names its account by id: that one is described, not the whole organization listed.
        const wanted = config.onlyAccount?.account;
        const one = wanted && /^\d{12}$/.test(wanted) && !configured.some((a) => (0,account_selection/* accountIdOf */.Ow)(a) === wanted) ? wanted : undefined;
        let listed;
        try {
            listed = await withClients(deps, config.region, counter, undefined, (clients) => one ? describeOrganizationAccount(clients, one) : listOrganizationAccounts(clients, deps.pageSize ?? LIST_ACCOUNTS_PAGE));
        }
        catch (error) {
            if ((0,aws_errors/* isCredentialsError */.B_)(error))
                throw new aws_errors/* CredentialsUnusableError */.E9((0,aws_errors/* describeAwsError */.Pp)(error));
            const deadline = (0,src_deadline/* deadlineOf */.G0)(error);
            const reason = deadline ? (0,src_deadline/* deadlineReason */.Xp)(deadline.deadlineMs, "the organization's accounts were listed") : (0,aws_errors/* describeAwsError */.Pp)(error);
            const operation = one ? 'DescribeAccount' : 'ListAccounts';
            return {
                failure: {
                    service: 'organizations',
                    operation,
                    iamAction: `organizations:${operation}`,
                    scope: one ? `account ${one} of the organization` : 'every account of the organization',
                    reason,
                    region: config.region,
                },
            };
        }
        const selection = (0,account_selection/* selectAccounts */.N8)(listed, organization);
        const explicit = new Set(configured.map(account_selection/* accountIdOf */.Ow));
        // An account also in an [account:NAME] section is scanned once, as that section says.
        accounts.push(...selection.selected.filter((a) => !explicit.has(a.id)).map((a) => (0,account_selection/* accountConfigOf */.NV)(a, organization, config.region)));
        progress(`organization: ${selection.listed} listed, ${selection.active} ACTIVE, ${selection.selected.length} selected by include/exclude`);
        if (selection.selected.length === 0) {
            emptyReason = `no account of the organization is in scope: ${selection.listed} listed, ${selection.active} ACTIVE, none of them let through by [organization] include/exclude`;
        }
    }
    if (config.onlyAccount)
        return { accounts: [pickAccount(accounts, config)], gaps: [], notes: [] };
    const gaps = [];
    const notes = [];
    if (organization?.regions === schema/* ENABLED_REGIONS */.g7) {
        // [account:NAME] sections keep their own regions.
        const fromSections = new Set(configured);
        const limit = (0,p_limit/* default */.A)(config.accountConcurrency);
        accounts = await Promise.all(accounts.map((account) => (fromSections.has(account) ? account : limit(() => withEnabledRegions(deps, config, counter, account, gaps, notes)))));
    }
    return { accounts, gaps, notes, ...(accounts.length === 0 && emptyReason ? { emptyReason } : {}) };
}
/** The account with its enabled regions; when they cannot be read, the run's region and a coverage gap that says so. */
async function withEnabledRegions(deps, config, counter, account, gaps, notes) {
    let credentials;
    try {
        credentials = await withClients(deps, config.region, counter, undefined, (clients) => deps.assumeRole(clients, account));
    }
    catch (error) {
        if ((0,aws_errors/* isCredentialsError */.B_)(error))
            throw new aws_errors/* CredentialsUnusableError */.E9((0,aws_errors/* describeAwsError */.Pp)(error));
        // The scan assumes the role again and reports the account as unreachable, with the reason.
        notes.push(`account ${account.name} (${(0,account_selection/* accountIdOf */.Ow)(account)}): sts:AssumeRole on ${account.roleArn} failed, so only ${config.region}: ${(0,aws_errors/* describeAwsError */.Pp)(error)}`);
        return account;
    }
    const fallback = (reason) => {
        gaps.push({
            service: 'ec2',
            operation: 'DescribeRegions',
            iamAction: 'ec2:DescribeRegions',
            scope: `the enabled regions of account ${account.name} (${(0,account_selection/* accountIdOf */.Ow)(account)}): only ${config.region} was scanned`,
            reason,
            account: (0,account_selection/* accountIdOf */.Ow)(account),
            region: config.region,
        });
        return { ...account, regions: [config.region], regionSource: `${config.regionSource} (its enabled regions could not be read)` };
    };
    try {
        const regions = await withClients(deps, config.region, counter, credentials, listEnabledRegions);
        if (regions.length === 0)
            return fallback('DescribeRegions answered no enabled region');
        return { ...account, regions, regionSource: '[organization] regions = enabled (ec2:DescribeRegions)' };
    }
    catch (error) {
        const deadline = (0,src_deadline/* deadlineOf */.G0)(error);
        return fallback(deadline ? (0,src_deadline/* deadlineReason */.Xp)(deadline.deadlineMs, 'the enabled regions were read') : (0,aws_errors/* describeAwsError */.Pp)(error));
    }
}
async function withClients(deps, region, counter, credentials, use) {
    const base = deps.clientsFor(region, counter, credentials);
    const clients = deps.signal ? base.withSignal(deps.signal) : base;
    try {
        return await use(clients);
    }
    finally {
        clients.destroy();
    }
}
/** `[scan] account`: the one account named (by id or name), scanned in the run's region only. */
function pickAccount(accounts, config) {
    const { account: wanted, where } = config.onlyAccount;
    const byId = accounts.filter((a) => (0,account_selection/* accountIdOf */.Ow)(a) === wanted);
    const matches = byId.length > 0 ? byId : accounts.filter((a) => a.name.toLowerCase() === wanted.toLowerCase());
    if (matches.length > 1) {
        throw new errors/* UserError */.y(`${where}: "${wanted}" names ${matches.length} accounts (${matches.map(account_selection/* accountIdOf */.Ow).join(', ')}); give the account id`);
    }
    const match = matches[0];
    if (!match) {
        const known = accounts.slice(0, 10).map((a) => `${a.name} (${(0,account_selection/* accountIdOf */.Ow)(a)})`);
        const source = config.organization ? 'the ACTIVE accounts of the organization that [organization] include/exclude select' : 'the [account:NAME] sections';
        throw new errors/* UserError */.y(`${where}: no account "${wanted}" among ${source}${known.length > 0 ? `: ${known.join(', ')}${accounts.length > known.length ? ', ...' : ''}` : ''}`);
    }
    const { regions: _regions, regionSource: _source, ...rest } = match;
    return rest;
}


/***/ }),

/***/ 9107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N8: () => (/* binding */ selectAccounts),
/* harmony export */   NV: () => (/* binding */ accountConfigOf),
/* harmony export */   Ow: () => (/* binding */ accountIdOf),
/* harmony export */   at: () => (/* binding */ enabledRegionNames)
/* harmony export */ });
/* unused harmony exports partitionOf, safeAccountName */
/* harmony import */ var _collectors_resource_filter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7569);
// Which accounts of an organization are scanned, and as what: pure functions over what
// Organizations ListAccounts returned. Only ACTIVE accounts (a suspended or closing account cannot
// be scanned), narrowed by [organization] include/exclude globs on the id or the name, each reached
// through arn:<partition>:iam::<id>:role/<role_name>.

/** The ACTIVE accounts that include (when given) and exclude let through, in id order. */
function selectAccounts(accounts, organization) {
    const include = organization.include.map(_collectors_resource_filter_js__WEBPACK_IMPORTED_MODULE_0__/* .globToRegExp */ .tL);
    const exclude = organization.exclude.map(_collectors_resource_filter_js__WEBPACK_IMPORTED_MODULE_0__/* .globToRegExp */ .tL);
    const matches = (patterns, account) => patterns.some((re) => re.test(account.id) || re.test(account.name));
    const active = accounts.filter((a) => a.state === 'ACTIVE');
    const selected = active.filter((a) => (include.length === 0 || matches(include, a)) && !matches(exclude, a)).sort((a, b) => a.id.localeCompare(b.id));
    return { selected, listed: accounts.length, active: active.length };
}
/** aws, aws-cn or aws-us-gov: from the account's ARN, else from the region the run uses. */
function partitionOf(account, region) {
    const fromArn = /^arn:(aws[a-z-]*):/.exec(account.arn ?? '')?.[1];
    if (fromArn)
        return fromArn;
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    return 'aws';
}
// AWS allows any printable ASCII in an account name (up to 50 characters). Names reach the text
// report, job names and shell lines of a workflow, so only characters inert in all of them stay.
const NAME_LENGTH = 50;
/** The account's name as reports and matrices show it: letters, digits, space and . _ @ + = , - only. */
function safeAccountName(name, id) {
    const kept = name
        .replace(/[^A-Za-z0-9 ._@+=,-]+/g, '-')
        .replace(/\s+/g, ' ')
        // Never an option: `--help` as a name must not become a flag on a command line.
        .replace(/^[\s-]+/, '')
        .trim()
        .slice(0, NAME_LENGTH);
    return kept === '' ? id : kept;
}
/** The account as the multi-account scan takes it: its role, session name and regions. */
function accountConfigOf(account, organization, region) {
    return {
        name: safeAccountName(account.name, account.id),
        roleArn: `arn:${partitionOf(account, region)}:iam::${account.id}:role/${organization.roleName}`,
        ...(organization.externalId ? { externalId: organization.externalId } : {}),
        ...(organization.sessionName ? { sessionName: organization.sessionName } : {}),
        ...(Array.isArray(organization.regions) && organization.regions.length > 0 ? { regions: [...organization.regions], regionSource: '[organization] regions' } : {}),
    };
}
/** The 12-digit account id of a configured account: the one its role lives in. */
function accountIdOf(account) {
    return account.roleArn.split(':')[4] ?? '';
}
// What EC2 DescribeRegions reports for a region the account may use; `not-opted-in` ones are off.
const ENABLED_OPT_IN = new Set(['opt-in-not-required', 'opted-in']);
// A region code as AWS spells them: anything else in an answer is not used as one.
const REGION_CODE = /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/;
/** The region codes DescribeRegions answered that the account has enabled, sorted. */
function enabledRegionNames(regions) {
    const names = regions.filter((r) => r.OptInStatus === undefined || ENABLED_OPT_IN.has(r.OptInStatus)).map((r) => r.RegionName ?? '');
    return [...new Set(names.filter((name) => REGION_CODE.test(name)))].sort();
}


/***/ })

};
