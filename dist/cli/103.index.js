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
// EXTERNAL MODULE: ./src/cli/global-options.ts + 1 modules
var global_options = __webpack_require__(5117);
// EXTERNAL MODULE: ./src/cli/cli-config.ts + 5 modules
var cli_config = __webpack_require__(9034);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/matrix.ts
// `aws-monitor matrix`: the accounts and regions one run would scan ([organization], [account:NAME]
// sections) as a GitHub Actions matrix, for fan-out across jobs whose reports `merge` joins.










async function matrixCommand(options, io) {
    const config = (0,cli_config/* loadCliConfig */.X)(io, options);
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
    (0,cli_io.writeResult)(renderMatrix(entries), options.output, `${entries.length} jobs: ${plan.accounts.length} accounts`, io);
    return 0;
}


/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   processIo: () => (/* binding */ processIo),
/* harmony export */   readInputFile: () => (/* binding */ readInputFile),
/* harmony export */   writeResult: () => (/* binding */ writeResult)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
// Everything the CLI touches outside itself, injected so tests can run it in-process.



function processIo() {
    return {
        stdout: process.stdout,
        stderr: process.stderr,
        stdin: process.stdin,
        env: process.env,
        cwd: process.cwd(),
        now: () => new Date(),
    };
}
/** The text of a file named on the command line, relative to the working directory; unreadable is a user error. */
function readInputFile(file, io) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, file), 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot read ${file}: ${error.code ?? error.message}`);
    }
}
/** A command's result to --output (with a one-line summary on stderr, unless there is none: --quiet) or to stdout. */
function writeResult(text, output, summary, io) {
    if (!output) {
        io.stdout.write(text);
        return;
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output), text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot write ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output)}: ${error.code ?? error.message}`);
    }
    if (summary !== undefined)
        io.stderr.write(`${summary}; written to ${output}\n`);
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
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
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
                throw new aws_errors/* CredentialsUnusableError */.E9((0,aws_errors.describeAwsError)(error));
            const deadline = (0,src_deadline/* deadlineOf */.G0)(error);
            const reason = deadline ? (0,src_deadline/* deadlineReason */.Xp)(deadline.deadlineMs, "the organization's accounts were listed") : (0,aws_errors.describeAwsError)(error);
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
            throw new aws_errors/* CredentialsUnusableError */.E9((0,aws_errors.describeAwsError)(error));
        // The scan assumes the role again and reports the account as unreachable, with the reason.
        notes.push(`account ${account.name} (${(0,account_selection/* accountIdOf */.Ow)(account)}): sts:AssumeRole on ${account.roleArn} failed, so only ${config.region}: ${(0,aws_errors.describeAwsError)(error)}`);
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
        return fallback(deadline ? (0,src_deadline/* deadlineReason */.Xp)(deadline.deadlineMs, 'the enabled regions were read') : (0,aws_errors.describeAwsError)(error));
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
