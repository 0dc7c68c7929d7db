export const id = 920;
export const ids = [920];
export const modules = {

/***/ 7920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportCommand: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/config/github-api-url.ts
// GitHub's REST API root when GITHUB_API_URL is not set (GitHub Enterprise Server sets it): used by
// the Action and the CLI for issues and by the Action for the previous run's report.
const DEFAULT_GITHUB_API_URL = 'https://api.github.com';

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/notify/dispatch.ts + 7 modules
var dispatch = __webpack_require__(8110);
// EXTERNAL MODULE: ./src/notify/http-delivery.ts
var http_delivery = __webpack_require__(2446);
;// CONCATENATED MODULE: ./src/github-issues/github-rest.ts
// The few GitHub REST calls the issue list needs, as documented at
// https://docs.github.com/en/rest/issues/issues (list repository issues, create, update) and
// https://docs.github.com/en/rest/issues/comments#create-an-issue-comment. Pages follow the Link
// header (https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api).
// GITHUB_API_URL points it at GitHub Enterprise Server.

class GithubError extends Error {
    operation;
    status;
    name = 'GithubError';
    constructor(operation, message, status) {
        super(message);
        this.operation = operation;
        this.status = status;
    }
}
/** Pages of 100 read at most: 10,000 issues with the label. */
const MAX_PAGES = 100;
class GithubIssues {
    repo;
    version;
    delivery;
    constructor(repo, delivery = {}, version = 'dev') {
        this.repo = repo;
        this.version = version;
        this.delivery = {
            ...http_delivery/* DEFAULT_DELIVERY */.T2,
            ...delivery,
            secrets: [repo.token],
            // GitHub answers its secondary rate limit with 403 and Retry-After, or x-ratelimit-remaining: 0.
            retryWhen: (status, headers) => status === 403 && (headers.has('retry-after') || headers.get('x-ratelimit-remaining') === '0'),
        };
    }
    /** Every issue (open and closed, not pull requests) with the label. */
    async listWithLabel(label) {
        const issues = [];
        let url = `${this.base()}/issues?state=all&labels=${encodeURIComponent(label)}&per_page=100`;
        for (let page = 0; url && page < MAX_PAGES; page += 1) {
            const response = await this.call('list issues', url, 'GET');
            const items = JSON.parse(response.body);
            if (!Array.isArray(items))
                throw new GithubError('list issues', 'unexpected response: not a list of issues');
            for (const item of items) {
                if (item.pull_request !== undefined)
                    continue;
                issues.push({ number: item.number, state: item.state === 'closed' ? 'closed' : 'open', title: item.title, body: item.body });
            }
            url = nextLink(response.headers.get('link'), this.repo.apiUrl);
        }
        return issues;
    }
    async create(title, body, labels) {
        const response = await this.call('create issue', `${this.base()}/issues`, 'POST', { title, body, labels });
        return JSON.parse(response.body).number;
    }
    async update(number, fields) {
        await this.call('update issue', `${this.base()}/issues/${number}`, 'PATCH', fields);
    }
    async comment(number, body) {
        await this.call('comment on issue', `${this.base()}/issues/${number}/comments`, 'POST', { body });
    }
    base() {
        return `${this.repo.apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(this.repo.owner)}/${encodeURIComponent(this.repo.repo)}`;
    }
    async call(operation, url, method, body) {
        const result = await (0,http_delivery/* deliver */.cK)({
            url,
            method,
            headers: {
                Accept: 'application/vnd.github+json',
                Authorization: `Bearer ${this.repo.token}`,
                'X-GitHub-Api-Version': '2022-11-28',
                'User-Agent': `aws-monitor/${this.version}`,
                ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
            },
            ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        }, this.delivery);
        if (!result.ok) {
            const hint = result.status === 401
                ? ' (the token is not valid)'
                : result.status === 403 || result.status === 404
                    ? ' (give the job `permissions: issues: write`, and check the repository)'
                    : result.status === 410
                        ? ' (issues are disabled in this repository)'
                        : '';
            throw new GithubError(operation, `${result.reason ?? 'failed'}${hint}`, result.status);
        }
        return { body: result.body ?? '', headers: result.headers ?? new Headers() };
    }
}
/** The rel="next" URL of a Link header, only on the same API host (a page never sends the token elsewhere). */
function nextLink(header, apiUrl) {
    if (!header)
        return undefined;
    for (const part of header.split(',')) {
        const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (!match)
            continue;
        try {
            const next = new URL(match[1]);
            return next.origin === new URL(apiUrl).origin ? next.href : undefined;
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/report/output-safety.ts
var output_safety = __webpack_require__(804);
;// CONCATENATED MODULE: ./src/github-issues/issue-text.ts
// The text of a finding's GitHub issue: a title, a body that starts with hidden markers (which
// finding it tracks, and a digest of what it said), and the comments posted when it changes.
// Findings quote AWS and logs, so every value from them goes into a code span: no mention pings
// anyone, no `#12` links an issue, no markdown or HTML renders.


const ID_MARKER = /^<!-- aws-monitor:finding-id=([A-Za-z0-9%._~!*'()-]{1,2000}) -->\r?\n<!-- aws-monitor:digest=([0-9a-f]{64}) -->/;
/** GitHub refuses a body over 65,536 characters. */
const MAX_BODY_BYTES = 60_000;
const MAX_TITLE_CHARS = 200;
/** The hidden first lines of an issue body. encodeURIComponent leaves no `>`, so an id cannot end the comment. */
function markers(finding) {
    return `<!-- aws-monitor:finding-id=${encodeURIComponent(finding.id)} -->\n<!-- aws-monitor:digest=${digest(finding)} -->`;
}
/** The finding id and digest an issue body starts with; only the start is read, so quoted text cannot forge one. */
function readMarkers(body) {
    const match = ID_MARKER.exec(body ?? '');
    if (!match)
        return undefined;
    try {
        return { findingId: decodeURIComponent(match[1]), digest: match[2] };
    }
    catch {
        return undefined;
    }
}
/**
 * What a change of warrants a comment: the severity and what the evidence says, with its numbers
 * masked. Counts, rates and latencies move on every run; commenting on each would bury the issue, so
 * a new reason, exception or state comments and "98 errors" becoming "104 errors" does not.
 */
function digest(finding) {
    const evidence = finding.evidence.map((e) => [e.label, e.value.replace(/\d+(?:[.,]\d+)*/g, '#')]);
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([finding.severity, evidence]))
        .digest('hex');
}
/** Inline code that shows the text as it is: one line, a fence longer than any backtick run in it. */
function code(text) {
    const line = (0,output_safety/* visible */.RK)(text).replace(/\|/g, '\\|');
    let longest = 0;
    for (const m of line.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const fence = '`'.repeat(longest + 1);
    const pad = line.startsWith('`') || line.endsWith('`') || line === '' ? ' ' : '';
    return `${fence}${pad}${line}${pad}${fence}`;
}
function issueTitle(finding) {
    const title = (0,output_safety/* visible */.RK)(`aws-monitor ${finding.severity}: ${finding.title} (${finding.resource.type} ${finding.resource.id})`);
    const chars = [...title];
    return chars.length <= MAX_TITLE_CHARS ? title : `${chars.slice(0, MAX_TITLE_CHARS - 1).join('')}…`;
}
function issueBody(finding, runUrl) {
    const lines = [
        markers(finding),
        '',
        `**${finding.severity}** finding on ${code(`${finding.resource.type} ${finding.resource.id}`)}${where(finding)}`,
        '',
        `> ${code(finding.title)}`,
        '',
        '| evidence | value |',
        '| --- | --- |',
        ...finding.evidence.map((e) => `| ${code(e.label)} | ${code(e.value)} |`),
        '',
        ...(finding.since ? [`Since ${code(finding.since)}.`] : []),
        ...(finding.nextStep ? [`Next step: ${code(finding.nextStep)}`] : []),
        '',
        `Finding id ${code(finding.id)}. aws-monitor opened this issue and keeps it in step with its scans: it comments when the severity or the evidence changes and closes it when a scan no longer finds the problem${runUrl ? ` ([latest run](${runUrl}))` : ''}.`,
    ];
    return (0,output_safety/* capBytes */.YC)(lines.join('\n'), MAX_BODY_BYTES);
}
function where(finding) {
    const parts = [finding.resource.account, finding.resource.region].filter((p) => Boolean(p));
    return parts.length > 0 ? ` in ${parts.map(code).join(', ')}` : '';
}
/** The comment on an open issue whose finding changed, or a closed one that came back. */
function changeComment(finding, previous, reopened, runUrl) {
    const lines = [reopened ? `Found again${runUrl ? ` by [this run](${runUrl})` : ''}: reopened.` : `Changed${runUrl ? ` in [this run](${runUrl})` : ''}:`];
    const before = /^\*\*(critical|high|medium|low|info)\*\*/m.exec(previous.body ?? '')?.[1];
    if (before && before !== finding.severity)
        lines.push(`- severity ${before} → **${finding.severity}**`);
    lines.push('', '| evidence | value |', '| --- | --- |', ...finding.evidence.map((e) => `| ${code(e.label)} | ${code(e.value)} |`));
    return (0,output_safety/* capBytes */.YC)(lines.join('\n'), MAX_BODY_BYTES);
}
function resolvedComment(reason, runUrl) {
    return `Resolved: ${reason}${runUrl ? ` ([run](${runUrl}))` : ''}. Closing; aws-monitor reopens this issue if the problem comes back.`;
}

// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
;// CONCATENATED MODULE: ./src/github-issues/issue-plan.ts
// What to do to the repository's issues so that they list exactly the open findings: a pure
// function of the issues found (by their hidden marker) and the report.


function planIssues(report, issues, minSeverity) {
    const byFinding = new Map();
    // Oldest first, open before closed: if a finding has two issues (edited by hand), the one kept is stable.
    for (const issue of [...issues].sort((a, b) => (a.state === b.state ? a.number - b.number : a.state === 'open' ? -1 : 1))) {
        const marker = readMarkers(issue.body);
        if (marker && !byFinding.has(marker.findingId))
            byFinding.set(marker.findingId, issue);
    }
    const actions = [];
    const wanted = new Set();
    for (const finding of report.findings) {
        if (!(0,model/* isAtLeast */.du)(finding.severity, minSeverity) || wanted.has(finding.id))
            continue;
        wanted.add(finding.id);
        const issue = byFinding.get(finding.id);
        if (!issue)
            actions.push({ kind: 'create', finding });
        else if (issue.state === 'closed')
            actions.push({ kind: 'reopen', finding, issue });
        else if (readMarkers(issue.body)?.digest !== digest(finding))
            actions.push({ kind: 'update', finding, issue });
    }
    let keptUnverified = 0;
    const below = new Map(report.findings.map((f) => [f.id, f.severity]));
    for (const [findingId, issue] of byFinding) {
        if (issue.state !== 'open' || wanted.has(findingId))
            continue;
        if (!verified(report, findingId)) {
            keptUnverified += 1;
            continue;
        }
        const now = below.get(findingId);
        const reason = now ? `now ${now}, below ${minSeverity}` : `the scan of ${report.generatedAt} no longer finds it`;
        actions.push({ kind: 'close', findingId, issue, reason });
    }
    return { actions, keptUnverified };
}
/**
 * Whether the report looked where the finding would be: a finding missing because its service
 * could not be read is not resolved. Finding ids are `${kind}:${resource type}:...`, and the
 * resource type starts with the service (`ecs:service`); metric and log findings also depend on
 * CloudWatch and Logs being read.
 */
function verified(report, findingId) {
    if (report.status === 'unchecked' || report.scopes.some((s) => s.status === 'unchecked'))
        return false;
    const [kind = '', service = ''] = findingId.split(':');
    const needs = new Set([service]);
    if (kind.startsWith('metric_'))
        needs.add('cloudwatch');
    if (kind.startsWith('log_') || kind.endsWith('_log_errors'))
        needs.add('logs');
    return !report.coverage.some((gap) => needs.has(gap.service));
}

;// CONCATENATED MODULE: ./src/github-issues/sync-issues.ts
// GitHub issues as the list of open findings: one issue per finding at or above a severity,
// created when new, commented when its severity or evidence changes, closed when resolved,
// reopened when it comes back, never duplicated (found again by the hidden marker in its body).
// The repository's issues are the memory between runs; nothing else is stored.




const DEFAULT_ISSUE_LABELS = ['aws-monitor'];
/**
 * Issue writes (create, edit, comment) in one run. GitHub limits content creation to about 80
 * requests a minute; what is left over is done by the next run, since the plan is recomputed.
 */
const MAX_ISSUE_WRITES = 60;
const WRITES = { create: 1, update: 2, reopen: 2, close: 2 };
const ORDER = { create: 0, reopen: 1, update: 2, close: 3 };
async function syncGithubIssues(report, options) {
    const result = { created: [], updated: [], reopened: [], closed: [], keptUnverified: 0, gaps: [] };
    const gap = (operation, scope, reason) => ({ service: 'github', operation, scope, reason });
    const [owner, repo, ...rest] = options.repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        result.gaps.push(gap('issues', 'the GitHub issues of the open findings', `"${options.repository}" is not owner/name`));
        return result;
    }
    const label = options.labels[0] ?? DEFAULT_ISSUE_LABELS[0];
    const github = new GithubIssues({ apiUrl: options.apiUrl, owner, repo, token: options.token }, options.delivery, options.version);
    let plan;
    try {
        plan = planIssues(report, await github.listWithLabel(label), options.minSeverity);
    }
    catch (error) {
        result.gaps.push(gap('list issues', `the GitHub issues of the open findings in ${options.repository}: none created, updated or closed`, describe(error)));
        return result;
    }
    result.keptUnverified = plan.keptUnverified;
    const actions = [...plan.actions].sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
    let writes = 0;
    const failures = [];
    for (const [index, action] of actions.entries()) {
        if (writes + WRITES[action.kind] > MAX_ISSUE_WRITES) {
            result.gaps.push(gap('issues', `${actions.length - index} issue changes in ${options.repository} left for the next run`, `at most ${MAX_ISSUE_WRITES} issue writes per run (GitHub's limit on content creation)`));
            break;
        }
        writes += WRITES[action.kind];
        try {
            await apply(github, action, options, result);
        }
        catch (error) {
            failures.push(`${action.kind} ${'issue' in action ? `#${action.issue.number}` : 'issue'}: ${describe(error)}`);
            // Without permission every other write fails the same way: stop asking.
            if (error instanceof GithubError && (error.status === 401 || error.status === 403 || error.status === 404 || error.status === 410)) {
                if (index + 1 < actions.length)
                    failures.push(`${actions.length - index - 1} more not attempted`);
                break;
            }
        }
    }
    if (failures.length > 0)
        result.gaps.push(gap('issues', `the GitHub issues of the open findings in ${options.repository}`, failures.slice(0, 3).join('; ')));
    return result;
}
async function apply(github, action, options, result) {
    switch (action.kind) {
        case 'create': {
            const number = await github.create(issueTitle(action.finding), issueBody(action.finding, options.runUrl), options.labels.length > 0 ? options.labels : DEFAULT_ISSUE_LABELS);
            result.created.push(number);
            return;
        }
        case 'reopen':
            await github.update(action.issue.number, { state: 'open', state_reason: 'reopened', title: issueTitle(action.finding), body: issueBody(action.finding, options.runUrl) });
            await github.comment(action.issue.number, changeComment(action.finding, action.issue, true, options.runUrl));
            result.reopened.push(action.issue.number);
            return;
        case 'update':
            // The body first: it holds the digest, so a failed comment is not repeated by every later run.
            await github.update(action.issue.number, { title: issueTitle(action.finding), body: issueBody(action.finding, options.runUrl) });
            await github.comment(action.issue.number, changeComment(action.finding, action.issue, false, options.runUrl));
            result.updated.push(action.issue.number);
            return;
        case 'close':
            await github.comment(action.issue.number, resolvedComment(action.reason, options.runUrl));
            await github.update(action.issue.number, { state: 'closed', state_reason: 'completed' });
            result.closed.push(action.issue.number);
            return;
    }
}
function describe(error) {
    if (error instanceof GithubError)
        return error.message;
    if (error instanceof SyntaxError)
        return 'unexpected response: not JSON';
    return error?.message ?? String(error);
}
/** One line for the log: what changed in the repository's issues. */
function describeSync(result, repository) {
    const list = (numbers) => numbers.map((n) => `#${n}`).join(', ');
    const parts = [
        result.created.length ? `opened ${list(result.created)}` : '',
        result.updated.length ? `updated ${list(result.updated)}` : '',
        result.reopened.length ? `reopened ${list(result.reopened)}` : '',
        result.closed.length ? `closed ${list(result.closed)}` : '',
        result.keptUnverified ? `kept ${result.keptUnverified} open that this run could not check` : '',
    ].filter(Boolean);
    return `GitHub issues in ${repository}: ${parts.length > 0 ? parts.join('; ') : 'no change'}`;
}

// EXTERNAL MODULE: ./src/renderers/registry.ts + 5 modules
var registry = __webpack_require__(6497);
// EXTERNAL MODULE: ./src/aws/clients-for-config.ts + 1 modules
var clients_for_config = __webpack_require__(1035);
// EXTERNAL MODULE: ./src/scan-accounts.ts
var scan_accounts = __webpack_require__(2671);
// EXTERNAL MODULE: ./src/services/registry.ts + 19 modules
var services_registry = __webpack_require__(8093);
// EXTERNAL MODULE: ./src/report/report-schema.ts + 1 modules
var report_schema = __webpack_require__(1119);
;// CONCATENATED MODULE: ./src/report/baseline-report.ts
// A previous run's JSON report, read as the baseline of this one (`--baseline FILE`, the Action's
// `baseline: previous`). It comes from a file or an artifact anyone could have written: it is
// trusted only once the report schema accepts it, and anything else is an error naming where.




/**
 * Reports of earlier versions are read too, so the first run after an upgrade still has its
 * baseline: version 5 only added optional fields to version 4 (marks, mutes, links), and version 6
 * turned the list attributes that versions 4 and 5 joined into one string into arrays.
 */
const BASELINE_SCHEMA_VERSIONS = [4, 5, model/* REPORT_SCHEMA_VERSION */.WI];
/** The first version whose list attributes are arrays. */
const LISTS_AS_ARRAYS = 6;
const SHOWN_PROBLEMS = 3;
/** The report in `text`, or a UserError naming `where` and what is wrong with it. */
function parseBaselineReport(text, where) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.y(`baseline ${where}: not JSON (${error.message}); give the JSON report of a previous run (--format json)`);
    }
    const version = parsed?.schemaVersion;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || parsed.tool?.name !== 'aws-monitor') {
        throw new errors/* UserError */.y(`baseline ${where}: not an aws-monitor JSON report; give the JSON report of a previous run (--format json)`);
    }
    if (typeof version !== 'number' || !BASELINE_SCHEMA_VERSIONS.includes(version)) {
        throw new errors/* UserError */.y(`baseline ${where}: an aws-monitor report of schema version ${String(version)}; this version compares with versions ${BASELINE_SCHEMA_VERSIONS.slice(0, -1).join(', ')} and ${String(BASELINE_SCHEMA_VERSIONS.at(-1))}`);
    }
    const problems = (0,report_schema/* reportSchemaErrors */.D)({ ...parsed, schemaVersion: model/* REPORT_SCHEMA_VERSION */.WI });
    if (problems.length > 0) {
        const more = problems.length > SHOWN_PROBLEMS ? `\n  ... and ${problems.length - SHOWN_PROBLEMS} more` : '';
        throw new errors/* UserError */.y(`baseline ${where}: not a valid aws-monitor JSON report:\n  ${problems.slice(0, SHOWN_PROBLEMS).join('\n  ')}${more}`);
    }
    const report = parsed;
    return { ...report, schemaVersion: model/* REPORT_SCHEMA_VERSION */.WI, ...(version < LISTS_AS_ARRAYS ? { resources: report.resources.map(withListsAsArrays) } : {}) };
}
/** A resource of a version 4 or 5 report with its joined lists split, as the registry says each type joined them. */
function withListsAsArrays(resource) {
    const lists = Object.entries((0,services_registry/* resourceTypeSpec */.I4)(resource.type)?.listAttributes ?? {});
    if (lists.length === 0)
        return resource;
    const attributes = { ...resource.attributes };
    for (const [key, separator] of lists) {
        const value = attributes[key];
        // Versions 4 and 5 wrote null for an empty list; a value that is already an array is kept.
        if (typeof value === 'string')
            attributes[key] = value.split(separator).filter((item) => item !== '');
    }
    return { ...resource, attributes };
}

// EXTERNAL MODULE: ./src/report/finish-report.ts
var finish_report = __webpack_require__(2202);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/credentials-setup.ts + 2 modules
var credentials_setup = __webpack_require__(9787);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/global-options.ts + 1 modules
var global_options = __webpack_require__(5117);
// EXTERNAL MODULE: ./src/cli/cli-config.ts + 5 modules
var cli_config = __webpack_require__(9034);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/report.ts
// `aws-monitor report`: config, credentials, one scan, one rendered report, an exit code.

















async function reportCommand(options, io) {
    if (options.since && (options.from || options.to))
        throw new errors/* UserError */.y('--since cannot be combined with --from/--to; use one or the other');
    const githubToken = io.env.GITHUB_TOKEN?.trim() || io.env.GH_TOKEN?.trim();
    if (options.githubIssues !== undefined) {
        if (!/^[\w.-]+\/[\w.-]+$/.test(options.githubIssues))
            throw new errors/* UserError */.y(`--github-issues: "${options.githubIssues}" must be owner/repo`);
        if (!githubToken)
            throw new errors/* UserError */.y('--github-issues needs a token with issues: write in GITHUB_TOKEN (or GH_TOKEN)');
    }
    const config = (0,cli_config/* loadCliConfig */.X)(io, options);
    // Read before the scan: a wrong baseline file fails in a second, not after minutes of scanning.
    const baseline = options.baseline ? { report: parseBaselineReport((0,cli_io.readInputFile)(options.baseline, io), options.baseline), source: options.baseline } : undefined;
    const clientsFor = (0,clients_for_config/* clientsForConfig */.M)(config, await (0,credentials_setup/* baseCredentials */.C1)(config, io));
    const progress = (0,global_options/* progressLine */.oz)(options, io);
    let scanned;
    try {
        scanned = await (0,scan_accounts/* scanAccounts */.k)({ clientsFor, now: io.now, version: version/* VERSION */.x, ...(progress ? { progress: progress.update } : {}) }, config);
    }
    finally {
        progress?.done();
    }
    const report = (0,finish_report/* finishReport */.U)(scanned, { mutes: config.mutes, ...(baseline ? { baseline } : {}), ...(config.output.failOnNew ? { failOnNew: config.output.failOnNew } : {}) });
    // Notifications first: one that fails is a coverage gap the rendered report shows.
    const notified = await (0,dispatch/* notifyAfterReport */.aI)(report, config.notify, { env: io.env, version: version/* VERSION */.x });
    for (const line of [...notified.info, ...notified.warnings])
        io.stderr.write(`${line}\n`);
    if (options.githubIssues && githubToken) {
        const synced = await syncGithubIssues(report, {
            repository: options.githubIssues,
            token: githubToken,
            apiUrl: io.env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL,
            minSeverity: options.githubIssuesMinSeverity ?? 'high',
            labels: DEFAULT_ISSUE_LABELS,
            version: version/* VERSION */.x,
        });
        report.coverage.push(...synced.gaps);
        io.stderr.write(`${describeSync(synced, options.githubIssues)}\n`);
    }
    const rendered = (0,registry/* renderReport */.B)(config.output.format, report, config.output, { color: !config.output.file && (0,global_options/* wantsColor */.zK)(options.color, io) });
    if (config.output.file) {
        const path = (0,external_node_path_.resolve)(io.cwd, config.output.file);
        try {
            (0,external_node_fs_.writeFileSync)(path, rendered);
        }
        catch (error) {
            throw new errors/* UserError */.y(`cannot write the report to ${path}: ${error.code ?? error.message}`);
        }
        io.stderr.write(`${report.status}: ${report.findings.length} findings; report written to ${path}\n${report.statusReason ? `${report.statusReason}\n` : ''}`);
    }
    else {
        io.stdout.write(rendered);
    }
    return (0,exit_codes/* reportExitCode */.i)(report.status, config.allowEmpty);
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

/***/ 1119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ reportSchemaErrors)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./schemas/report.schema.json
const report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/aws-monitor/aws-monitor/schemas/report.schema.json","title":"aws-monitor report","description":"The JSON report (--format json). Every other output renders the same model. schemaVersion changes whenever a consumer could notice.","type":"object","required":["schemaVersion","tool","generatedAt","window","regions","accounts","scopes","status","failOn","resources","findings","coverage","apiCalls","durationMs"],"additionalProperties":false,"properties":{"schemaVersion":{"const":6},"tool":{"type":"object","required":["name","version"],"additionalProperties":false,"properties":{"name":{"const":"aws-monitor"},"version":{"type":"string"}}},"generatedAt":{"$ref":"#/$defs/time"},"window":{"type":"object","required":["from","to"],"additionalProperties":false,"properties":{"from":{"$ref":"#/$defs/time"},"to":{"$ref":"#/$defs/time"}}},"regions":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/region"},"description":"Every region scanned, sorted."},"accounts":{"type":"array","items":{"type":"string"},"description":"Every account scanned, sorted."},"scopes":{"type":"array","minItems":1,"description":"One entry per account and region scanned (one run, or the jobs of a merged report).","items":{"type":"object","required":["account","region","window","generatedAt","durationMs","apiCalls","status"],"additionalProperties":false,"properties":{"account":{"type":"string"},"accountName":{"type":"string","description":"The [account:NAME] section it came from."},"region":{"$ref":"#/$defs/region"},"window":{"type":"object","required":["from","to"],"additionalProperties":false,"properties":{"from":{"$ref":"#/$defs/time"},"to":{"$ref":"#/$defs/time"}}},"generatedAt":{"$ref":"#/$defs/time"},"durationMs":{"type":"number","minimum":0},"apiCalls":{"type":"integer","minimum":0},"status":{"enum":["checked","empty","unchecked"],"description":"checked: resources were read; empty: nothing in scope; unchecked: the scope could not be read."},"reason":{"type":"string","description":"Why the scope is empty or unchecked."},"regionSource":{"type":"string","description":"Where the region came from: --region, env AWS_REGION, profile NAME, default."},"filtered":{"type":"array","description":"What the scope filters left out, per resource type: 3 of 5 stacks match pp*production.","items":{"type":"object","required":["type","seen","kept","filter"],"additionalProperties":false,"properties":{"type":{"$ref":"#/$defs/resourceType"},"seen":{"type":"integer","minimum":0},"kept":{"type":"integer","minimum":0},"filter":{"type":"string"}}}}}}},"status":{"enum":["healthy","degraded","failing","empty","unchecked"],"description":"failing: a finding reached failOn; degraded: findings below it (info does not count); healthy: none, and something was looked at; empty: every scope was read and held nothing in scope; unchecked: nothing could be verified (see statusReason and coverage)."},"statusReason":{"type":"string","description":"Why the status is empty or unchecked."},"failOn":{"enum":["critical","high","medium","low","info","never"]},"resources":{"type":"array","items":{"$ref":"#/$defs/resource"}},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"},"description":"Ordered by severity, then start time."},"coverage":{"type":"array","items":{"$ref":"#/$defs/coverageGap"}},"apiCalls":{"type":"object","required":["total","requests","byOperation"],"additionalProperties":false,"properties":{"total":{"type":"integer","minimum":0,"description":"Logical AWS API calls the scan made."},"requests":{"type":"integer","minimum":0,"description":"HTTP requests sent, retries included."},"byOperation":{"type":"array","items":{"type":"object","required":["service","operation","calls","requests","failed"],"additionalProperties":false,"properties":{"service":{"type":"string"},"operation":{"type":"string"},"calls":{"type":"integer","minimum":0},"requests":{"type":"integer","minimum":0},"failed":{"type":"integer","minimum":0}}}}}},"logs":{"type":"object","description":"Present when logs were read.","required":["engine","sources","expectedBytes","bytesScanned","skipped"],"additionalProperties":false,"properties":{"engine":{"enum":["insights","filter","mixed"],"description":"mixed: the scopes of a merged report read with different engines."},"sources":{"type":"integer","minimum":0},"expectedBytes":{"type":"number","minimum":0},"bytesScanned":{"type":"number","minimum":0},"skipped":{"type":"integer","minimum":0,"description":"Sources the scan budget left out; each is also a coverage gap."}}},"durationMs":{"type":"number","minimum":0},"muted":{"type":"array","description":"Findings a [mute:NAME] section took out of the verdict and the counts, each with the mute that did. Present when any mute is configured.","items":{"type":"object","required":["finding","mute"],"additionalProperties":false,"properties":{"finding":{"$ref":"#/$defs/finding"},"mute":{"type":"object","required":["name","reason","until"],"additionalProperties":false,"properties":{"name":{"type":"string"},"reason":{"type":"string"},"until":{"$ref":"#/$defs/date"}}}}}},"mutes":{"type":"array","description":"Every configured mute and what became of it: active with the findings it matched (0: stale), or expired (past until, matching nothing).","items":{"type":"object","required":["name","finding","reason","until","state","matched"],"additionalProperties":false,"properties":{"name":{"type":"string"},"finding":{"type":"string","description":"The finding id glob."},"reason":{"type":"string"},"until":{"$ref":"#/$defs/date"},"state":{"enum":["active","expired"]},"matched":{"type":"integer","minimum":0}}}},"baseline":{"type":"object","description":"The report this one was compared with. Absent: findings carry no change and there is no resolved list.","required":["source","generatedAt"],"additionalProperties":false,"properties":{"source":{"type":"string","description":"A file path, or the artifact and run it came from."},"generatedAt":{"$ref":"#/$defs/time"}}},"resolved":{"type":"array","items":{"$ref":"#/$defs/finding"},"description":"With a baseline: its findings this run no longer reports (as the baseline had them)."},"failOnNew":{"$ref":"#/$defs/severity","description":"fail-on-new: the verdict fails only on new findings at or above this; without a baseline every finding counts as new."}},"$defs":{"date":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}$"},"region":{"type":"string","pattern":"^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\\\\d$"},"time":{"type":"string","format":"date-time"},"severity":{"enum":["critical","high","medium","low","info"]},"resourceType":{"enum":["ecs:cluster","ecs:service","rds:instance","rds:cluster","opensearch:domain","cloudformation:stack","elbv2:load-balancer","elbv2:target-group","dms:task","wafv2:web-acl","elasticache:replication-group","elasticache:cache-cluster","logs:log-group"]},"resourceRef":{"type":"object","required":["type","id"],"additionalProperties":false,"properties":{"type":{"$ref":"#/$defs/resourceType"},"id":{"type":"string"},"arn":{"type":"string"},"account":{"type":"string"},"region":{"$ref":"#/$defs/region"}}},"resource":{"type":"object","required":["type","id","name","region","tags","attributes"],"additionalProperties":false,"properties":{"type":{"$ref":"#/$defs/resourceType"},"id":{"type":"string","description":"Unique within its type, account and region; cluster/name for ECS services."},"arn":{"type":"string"},"name":{"type":"string"},"account":{"type":"string"},"region":{"type":"string"},"status":{"type":"string"},"tags":{"type":"object","additionalProperties":{"type":"string"}},"attributes":{"type":"object","description":"Plain facts about the resource. A list (target groups, log groups, pending maintenance actions) is an array of strings; reports of schema version 5 and before joined its items into one string.","additionalProperties":{"anyOf":[{"type":["string","number","boolean","null"]},{"type":"array","items":{"type":"string"}}]}},"events":{"type":"array","items":{"type":"object","required":["at","message"],"additionalProperties":false,"properties":{"at":{"type":"string"},"message":{"type":"string"}}}},"stoppedTasks":{"type":"array","items":{"type":"object","required":["reason","failedContainers"],"additionalProperties":false,"properties":{"stoppedAt":{"type":"string"},"reason":{"type":"string"},"stopCode":{"type":"string"},"failedContainers":{"type":"array","items":{"type":"string"}},"taskDefinition":{"type":"string"}}}}}},"finding":{"type":"object","required":["id","kind","severity","resource","title","evidence"],"additionalProperties":false,"properties":{"id":{"type":"string","description":"Stable across runs: detector:type:resource id, plus a metric id or signature key; never a time, count or value. Mutes and baselines match it (with the account and region)."},"kind":{"type":"string","pattern":"^[a-z0-9_]+$","description":"The detector id."},"severity":{"$ref":"#/$defs/severity"},"resource":{"$ref":"#/$defs/resourceRef"},"title":{"type":"string"},"evidence":{"type":"array","items":{"type":"object","required":["label","value"],"additionalProperties":false,"properties":{"label":{"type":"string"},"value":{"type":"string"}}}},"since":{"$ref":"#/$defs/time"},"nextStep":{"type":"string"},"consoleUrl":{"type":"string","format":"uri","description":"The resource\'s page in the AWS console, in its region and partition."},"change":{"enum":["new","ongoing"],"description":"Against a baseline only: new since it, or also in it."},"firstSeen":{"$ref":"#/$defs/time","description":"With change: when the finding was first reported (carried over from the baseline while ongoing)."},"cause":{"enum":["availability","errors","latency","saturation","traffic","security"],"description":"What the finding is a symptom of; absent for findings that are each their own problem (a missing standby, logging off). Findings with one cause on one resource are merged."},"related":{"type":"array","minItems":1,"description":"Findings with the same cause on the same resource (or its target group), merged into this one, the worst. Each is whole; they never nest.","items":{"allOf":[{"$ref":"#/$defs/finding"},{"type":"object","properties":{"related":false}}]}},"series":{"type":"object","required":["metric","namespace","name","stat","unit","periodSeconds","start","values"],"additionalProperties":false,"properties":{"metric":{"type":"string"},"namespace":{"type":"string"},"name":{"type":"string"},"stat":{"type":"string"},"unit":{"type":"string"},"periodSeconds":{"type":"number","exclusiveMinimum":0},"start":{"$ref":"#/$defs/time"},"values":{"type":"array","items":{"type":["number","null"]},"description":"Value i is at start + i * periodSeconds; null where there is no data."}}},"logs":{"type":"object","required":["logGroup","recent","baseline","recentHours","baselineHours"],"additionalProperties":false,"properties":{"logGroup":{"type":"string"},"signature":{"type":"string"},"recent":{"type":"integer","minimum":0},"baseline":{"type":"integer","minimum":0},"recentHours":{"type":"number","minimum":0},"baselineHours":{"type":"number","minimum":0},"firstSeen":{"$ref":"#/$defs/time"},"lastSeen":{"$ref":"#/$defs/time"},"example":{"type":"string","description":"One occurrence as logged, secrets and e-mail addresses redacted."},"sampled":{"type":"boolean"}}}}},"coverageGap":{"type":"object","required":["service","operation","scope","reason"],"additionalProperties":false,"properties":{"service":{"type":"string"},"operation":{"type":"string"},"iamAction":{"type":"string"},"scope":{"type":"string","description":"What was not checked."},"account":{"type":"string"},"region":{"$ref":"#/$defs/region"},"reason":{"type":"string","description":"Why; never a credential."}}}}}');
;// CONCATENATED MODULE: ./src/report/report-schema.ts
// The JSON report's schema (schemas/report.schema.json, the one the README documents), compiled
// once: `aws-monitor merge` checks every report it is given against it before trusting a field.



let validate;
/** The schema's complaints about a report, as "path: message"; empty when it is valid. */
function reportSchemaErrors(report) {
    if (!validate) {
        const ajv = new _2020.Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
        dist_default()(ajv);
        validate = ajv.compile(report_schema_namespaceObject);
    }
    return validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`);
}


/***/ })

};
