export const id = 852;
export const ids = [852];
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

/***/ 8110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aI: () => (/* binding */ notifyAfterReport)
});

// UNUSED EXPORTS: MAX_REQUESTS_PER_NOTIFICATION, NOTIFICATION_BUDGET_MS, dispatchNotifications, notificationSecrets, selectFor, urlProblem

// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/notify/http-delivery.ts
var http_delivery = __webpack_require__(2446);
;// CONCATENATED MODULE: ./src/notify/notify-input.ts
// What the notifiers read from a report: the findings that are new and those resolved since the
// baseline. The engine marks them when it was given a previous report (`--baseline`): each finding
// gets `change` ('new' | 'ongoing') and the report a `resolved` list. This module reads those
// optional fields without depending on how they are produced; without them every finding counts
// as new, nothing as resolved, and `baseline` is false so the report can say so.
function changesFromReport(report) {
    const findings = report.findings;
    const resolved = report.resolved;
    const baseline = Array.isArray(resolved) || findings.some((f) => f.change !== undefined);
    if (!baseline)
        return { new: [...findings], ongoing: [], resolved: [], baseline: false };
    return {
        // A finding the comparison did not mark is one it could not match: better sent than lost.
        new: findings.filter((f) => f.change !== 'ongoing'),
        ongoing: findings.filter((f) => f.change === 'ongoing'),
        resolved: resolved ?? [],
        baseline: true,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/report/output-safety.ts
var output_safety = __webpack_require__(804);
;// CONCATENATED MODULE: ./src/notify/finding-summary.ts
// Plain one-line descriptions of findings and of a notification as a whole, shared by the
// notifiers. Plain text only: each notifier escapes it for its own format.

/** Text cut to at most `max` characters (by code point), with an ellipsis when cut. */
function clip(text, max) {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
/** Where a finding is: `ecs:service pp-web/checkout (123456789012, us-east-2)`. */
function findingPlace(finding) {
    const where = [finding.resource.account, finding.resource.region].filter(Boolean).join(', ');
    return (0,output_safety/* visible */.RK)(`${finding.resource.type} ${finding.resource.id}${where ? ` (${where})` : ''}`);
}
/** The scope of the report: `account 123456789012, us-east-2`. */
function reportPlace(report) {
    const accounts = report.accounts.length === 1 ? `account ${report.accounts[0]}` : `${report.accounts.length} accounts`;
    const regions = report.regions.length === 1 ? report.regions[0] : `${report.regions.length} regions`;
    return (0,output_safety/* visible */.RK)(`${accounts}, ${regions}`);
}
/** "2 new findings, 1 resolved" / "3 findings" (on = always) / "no findings". */
function headline(selection, on) {
    const n = selection.findings.length;
    const parts = [];
    const noun = (count) => `finding${count === 1 ? '' : 's'}`;
    if (on === 'changes') {
        if (n > 0)
            parts.push(`${n} new ${noun(n)}`);
    }
    else {
        parts.push(n === 0 ? 'no open findings' : `${n} open ${noun(n)}`);
    }
    if (selection.resolved.length > 0)
        parts.push(`${selection.resolved.length} resolved`);
    return parts.join(', ') || 'nothing changed';
}

;// CONCATENATED MODULE: ./src/notify/pagerduty.ts
// type = pagerduty: PagerDuty Events API v2, one event per finding: `trigger` for each finding
// sent, `resolve` for each resolved one, with the finding id as dedup_key so a resolve closes the
// alert its trigger opened and a repeated trigger joins it. Shapes:
// https://developer.pagerduty.com/docs/events-api-v2/trigger-events/ and
// https://developer.pagerduty.com/docs/events-api-v2/resolve-events/ (summary at most 1,024
// characters, dedup_key at most 255, severity critical | error | warning | info; the endpoint
// answers 202, and 429 when throttled). url_env names the variable holding the routing key.



const SEVERITY = { critical: 'critical', high: 'error', medium: 'warning', low: 'info', info: 'info' };
/** The finding id, or its hash when longer than PagerDuty keeps (the same for trigger and resolve). */
function dedupKey(finding) {
    return finding.id.length <= 255 ? finding.id : `aws-monitor:sha256:${(0,external_node_crypto_.createHash)('sha256').update(finding.id).digest('hex')}`;
}
function source(finding, report) {
    const account = finding.resource.account ?? report.accounts[0] ?? 'unknown account';
    const region = finding.resource.region ?? report.regions[0] ?? 'unknown region';
    return clip((0,output_safety/* visible */.RK)(finding.resource.arn ?? `${account}/${region}/${finding.resource.type}/${finding.resource.id}`), 255);
}
const PAGERDUTY = {
    type: 'pagerduty',
    destinationIs: 'routing key',
    requests(selection, { report, target, destination, runUrl }) {
        const url = target.eventsUrl ?? 'https://events.pagerduty.com/v2/enqueue';
        const headers = { 'Content-Type': 'application/json' };
        const triggers = selection.findings.map((finding) => ({
            url,
            headers,
            body: JSON.stringify({
                routing_key: destination,
                event_action: 'trigger',
                dedup_key: dedupKey(finding),
                client: 'aws-monitor',
                ...(runUrl ? { client_url: runUrl, links: [{ href: runUrl, text: 'aws-monitor run' }] } : {}),
                payload: {
                    summary: clip((0,output_safety/* visible */.RK)(`${finding.severity}: ${finding.title} (${findingPlace(finding)})`), 1024),
                    source: source(finding, report),
                    severity: SEVERITY[finding.severity],
                    ...(finding.since ? { timestamp: finding.since } : {}),
                    component: clip((0,output_safety/* visible */.RK)(finding.resource.id), 255),
                    group: finding.resource.type,
                    class: finding.kind,
                    custom_details: {
                        finding_id: finding.id,
                        ...Object.fromEntries(finding.evidence.slice(0, 20).map((e) => [clip(e.label, 100), clip(e.value, 500)])),
                        ...(finding.nextStep ? { next_step: clip(finding.nextStep, 500) } : {}),
                    },
                },
            }),
        }));
        const resolves = selection.resolved.map((finding) => ({
            url,
            headers,
            body: JSON.stringify({ routing_key: destination, event_action: 'resolve', dedup_key: dedupKey(finding) }),
        }));
        return [...triggers, ...resolves];
    },
};

;// CONCATENATED MODULE: ./src/notify/slack.ts
// type = slack: a Slack incoming webhook message in Block Kit, with `text` as the notification
// fallback. Shapes: https://api.slack.com/messaging/webhooks and
// https://api.slack.com/reference/block-kit/blocks (header plain_text at most 150 characters,
// section text at most 3,000, at most 50 blocks). Finding text is escaped as
// https://api.slack.com/reference/surfaces/formatting#escaping asks (& < > as entities, so
// `<!channel>` or `<https://evil|docs>` in a log line stays text) and marked verbatim, so Slack
// does not link URLs or channel names in it either.


const ICON = {
    critical: ':red_circle:',
    high: ':large_orange_circle:',
    medium: ':large_yellow_circle:',
    low: ':large_blue_circle:',
    info: ':white_circle:',
};
const MAX_FINDINGS = 20;
const MAX_RESOLVED = 10;
/** Slack's three control characters as entities; control and invisible characters made visible. */
function slackEscape(text) {
    return (0,output_safety/* visible */.RK)(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const section = (text) => ({ type: 'section', text: { type: 'mrkdwn', text: clip(text, 3000), verbatim: true } });
const context = (text) => ({ type: 'context', elements: [{ type: 'mrkdwn', text: clip(text, 3000), verbatim: true }] });
function line(finding) {
    return `${ICON[finding.severity] ?? ''} *${finding.severity}* ${slackEscape(clip(findingPlace(finding), 300))}\n${slackEscape(clip(finding.title, 1000))}`;
}
const SLACK = {
    type: 'slack',
    destinationIs: 'url',
    requests(selection, { report, target, destination, runUrl }) {
        const title = `aws-monitor: ${headline(selection, target.on)} in ${reportPlace(report)}`;
        const blocks = [{ type: 'header', text: { type: 'plain_text', text: clip(title, 150), emoji: true } }];
        for (const finding of selection.findings.slice(0, MAX_FINDINGS))
            blocks.push(section(line(finding)));
        if (selection.findings.length > MAX_FINDINGS)
            blocks.push(context(`and ${selection.findings.length - MAX_FINDINGS} more: see the report`));
        if (selection.resolved.length > 0) {
            blocks.push(section('*Resolved*'));
            for (const finding of selection.resolved.slice(0, MAX_RESOLVED))
                blocks.push(section(`:white_check_mark: ${slackEscape(clip(findingPlace(finding), 300))}: ${slackEscape(clip(finding.title, 1000))}`));
            if (selection.resolved.length > MAX_RESOLVED)
                blocks.push(context(`and ${selection.resolved.length - MAX_RESOLVED} more resolved`));
        }
        const notes = [
            ...(selection.baseline ? [] : ['no baseline report: every finding is counted as new']),
            ...(runUrl ? [`<${slackEscape(runUrl).replace(/\|/g, '%7C')}|the run and its report>`] : []),
            `status ${report.status}, min severity ${target.minSeverity}`,
        ];
        blocks.push(context(notes.join(' · ')));
        const body = JSON.stringify({ text: slackEscape(title), blocks });
        return [{ url: destination, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body }];
    },
};

;// CONCATENATED MODULE: ./src/notify/teams.ts
// type = teams: an Adaptive Card for a Teams Workflows webhook ("When a Teams webhook request is
// received", which replaces the retired Office 365 connectors and takes Adaptive Cards only).
// Envelope: { "type": "message", "attachments": [{ "contentType":
// "application/vnd.microsoft.card.adaptive", "contentUrl": null, "content": <card> }] }, per
// https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using
// (version 1.4 of the card schema renders in every Teams client). Finding text goes into
// RichTextBlock TextRuns, where markdown is not interpreted
// (https://learn.microsoft.com/en-us/adaptive-cards/schema-explorer/text-run); the TextBlock
// headline, which Teams renders as markdown, is escaped.


const teams_MAX_FINDINGS = 20;
const teams_MAX_RESOLVED = 10;
const COLOR = { critical: 'Attention', high: 'Attention', medium: 'Warning', low: 'Accent', info: 'Default' };
/**
 * Text for a TextBlock, which Teams renders as markdown (bold, italic, lists, links): inline
 * punctuation backslash-escaped anywhere, list and heading markers at the start of a line.
 */
function teamsMarkdownEscape(text) {
    return (0,output_safety/* visible */.RK)(text)
        .replace(/[\\`*_{}[\]()!|<>~]/g, '\\$&')
        .replace(/^([#+-]|\d+\.)/gm, '\\$1');
}
const run = (text, style = {}) => ({ type: 'TextRun', text: (0,output_safety/* visible */.RK)(text), ...style });
function findingBlock(finding) {
    return {
        type: 'RichTextBlock',
        inlines: [
            run(finding.severity.toUpperCase(), { weight: 'Bolder', color: COLOR[finding.severity] ?? 'Default' }),
            run(` ${clip(findingPlace(finding), 300)}: ${clip(finding.title, 500)}`),
        ],
    };
}
const TEAMS = {
    type: 'teams',
    destinationIs: 'url',
    requests(selection, { report, target, destination, runUrl }) {
        const body = [
            { type: 'TextBlock', size: 'Medium', weight: 'Bolder', wrap: true, text: teamsMarkdownEscape(`aws-monitor: ${headline(selection, target.on)} in ${reportPlace(report)}`) },
        ];
        for (const finding of selection.findings.slice(0, teams_MAX_FINDINGS))
            body.push(findingBlock(finding));
        if (selection.findings.length > teams_MAX_FINDINGS)
            body.push({ type: 'TextBlock', isSubtle: true, wrap: true, text: `and ${selection.findings.length - teams_MAX_FINDINGS} more: see the report` });
        if (selection.resolved.length > 0) {
            body.push({ type: 'TextBlock', weight: 'Bolder', wrap: true, separator: true, text: 'Resolved' });
            for (const finding of selection.resolved.slice(0, teams_MAX_RESOLVED)) {
                body.push({
                    type: 'RichTextBlock',
                    inlines: [run('RESOLVED', { weight: 'Bolder', color: 'Good' }), run(` ${clip(findingPlace(finding), 300)}: ${clip(finding.title, 500)}`)],
                });
            }
            if (selection.resolved.length > teams_MAX_RESOLVED)
                body.push({ type: 'TextBlock', isSubtle: true, wrap: true, text: `and ${selection.resolved.length - teams_MAX_RESOLVED} more resolved` });
        }
        if (!selection.baseline)
            body.push({ type: 'TextBlock', isSubtle: true, wrap: true, text: 'No baseline report: every finding is counted as new.' });
        const card = {
            $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
            type: 'AdaptiveCard',
            version: '1.4',
            body,
            ...(runUrl ? { actions: [{ type: 'Action.OpenUrl', title: 'Open the run', url: runUrl }] } : {}),
        };
        const message = { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card }] };
        return [{ url: destination, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(message) }];
    },
};

;// CONCATENATED MODULE: ./src/notify/webhook.ts
// type = webhook: the JSON report's findings POSTed as JSON to any URL, signed when a secret is set.
//
// Body: { "tool", "generatedAt", "status", "accounts", "regions", "notification", "on", "baseline",
// "findings": [...], "resolved": [...] }, each finding as in the JSON report (with `change` and
// `firstSeen` when the run had a baseline). Signature, when secret_env is set:
// `X-Aws-Monitor-Signature: sha256=<hex HMAC-SHA256 of the raw body with the secret>`, the scheme
// GitHub uses for its own webhooks (X-Hub-Signature-256), so the same verifiers work; compare it in
// constant time. The body holds `generatedAt`, so a receiver can refuse replays of old deliveries.

const SIGNATURE_HEADER = 'X-Aws-Monitor-Signature';
/** `sha256=<hex>` of the body, as the signature header carries it. */
function signBody(body, secret) {
    return `sha256=${(0,external_node_crypto_.createHmac)('sha256', secret).update(body, 'utf8').digest('hex')}`;
}
const WEBHOOK = {
    type: 'webhook',
    destinationIs: 'url',
    requests(selection, { report, target, destination, signingSecret, runUrl, version }) {
        const body = JSON.stringify({
            tool: report.tool,
            generatedAt: report.generatedAt,
            status: report.status,
            accounts: report.accounts,
            regions: report.regions,
            notification: target.name,
            on: target.on,
            minSeverity: target.minSeverity,
            baseline: selection.baseline,
            ...(runUrl ? { runUrl } : {}),
            findings: selection.findings,
            resolved: selection.resolved,
        });
        const headers = {
            'Content-Type': 'application/json; charset=utf-8',
            'User-Agent': `aws-monitor/${version}`,
            'X-Aws-Monitor-Event': 'findings',
        };
        if (signingSecret)
            headers[SIGNATURE_HEADER] = signBody(body, signingSecret);
        return [{ url: destination, headers, body }];
    },
};

;// CONCATENATED MODULE: ./src/notify/registry.ts
// Notification services by `type`: adding one is a file and a line here.




const NOTIFIERS = {
    webhook: WEBHOOK,
    slack: SLACK,
    teams: TEAMS,
    pagerduty: PAGERDUTY,
};

;// CONCATENATED MODULE: ./src/notify/dispatch.ts
// Sends a built report's notifications: for each `[notify:NAME]` section, the findings at or above
// its min_severity that it wants (new and resolved ones, or all of them), in the service's format.
// A notification that cannot be sent is a coverage gap of the report, never an exception, and no
// message ever holds the destination (a webhook URL is its own secret) or the signing secret.




/** Requests one section may send in a run: PagerDuty takes one per finding, and the rest wait for the next run's resend. */
const MAX_REQUESTS_PER_NOTIFICATION = 100;
/** All of one section's requests, retries included, stop after this long. */
const NOTIFICATION_BUDGET_MS = 60_000;
/** The values of every variable the sections name: mask them (core.setSecret) before anything is sent. */
function notificationSecrets(targets, env) {
    return targets.flatMap((t) => [env[t.urlEnv], t.secretEnv ? env[t.secretEnv] : undefined]).filter((v) => Boolean(v?.trim()));
}
/** The findings one section sends, or undefined when it has nothing to say this run. */
function selectFor(report, target) {
    const changes = changesFromReport(report);
    const atLeast = (list) => list.filter((f) => (0,model/* isAtLeast */.du)(f.severity, target.minSeverity));
    const selection = {
        findings: atLeast(target.on === 'always' ? report.findings : changes.new),
        resolved: atLeast(changes.resolved),
        baseline: changes.baseline,
    };
    if (target.on === 'changes' && selection.findings.length === 0 && selection.resolved.length === 0)
        return undefined;
    return selection;
}
async function dispatchNotifications(report, targets, deps) {
    const result = { sent: [], quiet: [], gaps: [] };
    if (targets.length === 0)
        return result;
    const secrets = notificationSecrets(targets, deps.env);
    const delivery = { ...http_delivery/* DEFAULT_DELIVERY */.T2, ...deps.delivery, secrets };
    const gap = (target, scope, reason) => ({
        service: 'notify',
        operation: `${target.type} [notify:${target.name}]`,
        scope: (0,http_delivery/* scrub */._I)(scope, secrets),
        reason: (0,http_delivery/* scrub */._I)(reason, secrets),
    });
    const changeTargets = targets.filter((t) => t.on === 'changes');
    if (changeTargets.length > 0 && !changesFromReport(report).baseline) {
        result.gaps.push({
            service: 'notify',
            operation: 'compare with baseline',
            scope: `what changed since the last run, for ${changeTargets.map((t) => `[notify:${t.name}]`).join(', ')}`,
            reason: "no baseline report (the previous run's JSON report, --baseline): every finding was sent as new",
        });
    }
    await Promise.all(targets.map(async (target) => {
        const selection = selectFor(report, target);
        if (!selection) {
            result.quiet.push(target.name);
            return;
        }
        const what = describe(selection);
        const notifier = NOTIFIERS[target.type];
        const destination = deps.env[target.urlEnv]?.trim();
        if (!destination) {
            result.gaps.push(gap(target, `${what} not sent`, `environment variable ${target.urlEnv} (url_env) is not set or empty`));
            return;
        }
        const problem = notifier.destinationIs === 'url' ? urlProblem(destination) : undefined;
        if (problem) {
            result.gaps.push(gap(target, `${what} not sent`, `environment variable ${target.urlEnv} (url_env) ${problem}`));
            return;
        }
        const endpointProblem = target.eventsUrl ? urlProblem(target.eventsUrl) : undefined;
        if (endpointProblem) {
            result.gaps.push(gap(target, `${what} not sent`, `events_url ${endpointProblem.replace(/^does not hold/, 'is not').replace(/^holds/, 'is')}`));
            return;
        }
        const signingSecret = target.secretEnv ? deps.env[target.secretEnv] : undefined;
        if (target.secretEnv && !signingSecret) {
            // Sent unsigned, a receiver that checks signatures would drop it: better not sent, and said.
            result.gaps.push(gap(target, `${what} not sent`, `environment variable ${target.secretEnv} (secret_env) is not set or empty`));
            return;
        }
        const context = {
            report,
            target,
            destination,
            version: deps.version,
            ...(signingSecret ? { signingSecret } : {}),
            ...(deps.runUrl ? { runUrl: deps.runUrl } : {}),
        };
        const requests = notifier.requests(selection, context);
        const started = delivery.now();
        let sent = 0;
        const failures = [];
        for (const [index, request] of requests.entries()) {
            if (index >= MAX_REQUESTS_PER_NOTIFICATION) {
                failures.push(`${requests.length - index} more not sent: at most ${MAX_REQUESTS_PER_NOTIFICATION} requests per notification and run`);
                break;
            }
            const remaining = NOTIFICATION_BUDGET_MS - (delivery.now() - started);
            if (remaining <= 0) {
                failures.push(`${requests.length - index} more not sent: the notification took over ${NOTIFICATION_BUDGET_MS / 1000} s`);
                break;
            }
            const outcome = await (0,http_delivery/* deliver */.cK)(request, { ...delivery, maxTotalMs: Math.min(delivery.maxTotalMs, remaining) });
            if (outcome.ok)
                sent += 1;
            else
                failures.push(outcome.reason ?? 'failed');
        }
        if (sent > 0)
            result.sent.push({ name: target.name, type: target.type, findings: selection.findings.length, resolved: selection.resolved.length, requests: sent });
        if (failures.length > 0) {
            const failed = requests.length - sent;
            const scope = requests.length === 1 ? `${what} not delivered` : `${failed} of ${requests.length} requests (${what}) not delivered`;
            result.gaps.push(gap(target, scope, summarise(failures)));
        }
    }));
    return result;
}
function describe(selection) {
    const parts = [`${selection.findings.length} finding${selection.findings.length === 1 ? '' : 's'}`];
    if (selection.resolved.length > 0)
        parts.push(`${selection.resolved.length} resolved`);
    return parts.join(' and ');
}
/** The distinct reasons, most frequent first, each with its count when it repeats. */
function summarise(reasons) {
    const counts = new Map();
    for (const reason of reasons)
        counts.set(reason, (counts.get(reason) ?? 0) + 1);
    return [...counts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([reason, n]) => (n > 1 ? `${reason} (x${n})` : reason))
        .join('; ');
}
/** Why a destination URL cannot be used, in words that never repeat it; undefined when it can. */
function urlProblem(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return 'does not hold a URL';
    }
    if (url.protocol === 'https:')
        return undefined;
    // Plain HTTP would send the findings (and a URL that is a credential) in clear: only to this machine.
    if (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
        return undefined;
    return url.protocol === 'http:' ? 'holds an http:// URL; only https:// is sent to (http only to localhost)' : 'does not hold an https:// URL';
}
/**
 * What both adapters call once the report is built: sends the configured notifications, adds any
 * failure to the report's coverage, and returns what to log: one line per section, problems apart.
 */
async function notifyAfterReport(report, targets, deps) {
    if (!targets || targets.length === 0)
        return { info: [], warnings: [] };
    const result = await dispatchNotifications(report, targets, deps);
    report.coverage.push(...result.gaps);
    return {
        info: [
            ...result.sent.map((s) => `notification [notify:${s.name}] (${s.type}): sent ${s.findings} finding${s.findings === 1 ? '' : 's'}${s.resolved ? ` and ${s.resolved} resolved` : ''}`),
            ...result.quiet.map((name) => `notification [notify:${name}]: nothing new or resolved, nothing sent`),
        ],
        warnings: result.gaps.map((g) => `notification ${g.operation}: ${g.scope}: ${g.reason}`),
    };
}


/***/ }),

/***/ 2446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T2: () => (/* binding */ DEFAULT_DELIVERY),
/* harmony export */   _I: () => (/* binding */ scrub),
/* harmony export */   cK: () => (/* binding */ deliver)
/* harmony export */ });
/* unused harmony export retryAfterMs */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _report_output_safety_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(804);
// One HTTP POST to a notification service, retried the way the services ask: on 429 and 5xx (and
// on a connection that failed), with exponential backoff and jitter, honouring Retry-After, and
// never longer in all than a bound, so a slow receiver cannot hold up the report. Errors are
// described in our own words: a destination URL holds its secret (Slack, Teams) and must never
// reach a log, so messages say what happened, not where.


const DEFAULT_DELIVERY = {
    maxAttempts: 4,
    maxTotalMs: 30_000,
    timeoutMs: 10_000,
    sleep: (ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms),
    now: () => Date.now(),
};
const RETRY_BASE_MS = 500;
const RETRY_CAP_MS = 8_000;
/** Retry-After in ms: delay-seconds or an HTTP date (RFC 9110 section 10.2.3); undefined when absent or unreadable. */
function retryAfterMs(value, now) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d{1,9}$/.test(trimmed))
        return Number(trimmed) * 1000;
    const at = Date.parse(trimmed);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
async function deliver(request, options) {
    const started = options.now();
    let last = { ok: false, attempts: 0, reason: 'not sent' };
    for (let attempt = 1; attempt <= options.maxAttempts; attempt += 1) {
        let wait;
        try {
            const response = await fetch(request.url, {
                method: request.method ?? 'POST',
                headers: request.headers,
                ...(request.body !== undefined ? { body: request.body } : {}),
                redirect: 'error',
                signal: AbortSignal.timeout(options.timeoutMs),
            });
            const body = await response.text();
            if (response.ok)
                return { ok: true, status: response.status, attempts: attempt, body, headers: response.headers };
            last = { ok: false, status: response.status, attempts: attempt, headers: response.headers, body, reason: `HTTP ${response.status}${detail(body, options.secrets)}` };
            const retryable = response.status === 429 || response.status >= 500 || (options.retryWhen?.(response.status, response.headers) ?? false);
            if (!retryable)
                return last;
            wait = retryAfterMs(response.headers.get('retry-after'), options.now());
        }
        catch (error) {
            last = { ok: false, attempts: attempt, reason: transportReason(error) };
        }
        if (attempt === options.maxAttempts)
            break;
        const backoff = wait ?? Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
        const elapsed = options.now() - started;
        if (elapsed + backoff > options.maxTotalMs) {
            last = {
                ...last,
                reason: `${last.reason}; gave up after ${attempt} attempt${attempt === 1 ? '' : 's'}${wait !== undefined ? ` (asked to retry after ${Math.ceil(wait / 1000)} s)` : ''}`,
            };
            return last;
        }
        await options.sleep(backoff);
    }
    return { ...last, reason: `${last.reason}; gave up after ${last.attempts} attempts` };
}
/** A short, printable excerpt of an error body (Slack answers `invalid_payload`, PagerDuty a JSON message). */
function detail(body, secrets) {
    const text = scrub((0,_report_output_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .visible */ .RK)(body.trim()).slice(0, 200), secrets);
    return text ? `: ${text}` : '';
}
function transportReason(error) {
    const name = error?.name;
    if (name === 'TimeoutError' || name === 'AbortError')
        return 'timed out';
    const cause = error?.cause;
    const code = cause?.code ?? error?.code;
    if (code === 'ECONNREFUSED')
        return 'connection refused';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return 'host not found';
    if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')
        return 'connection reset';
    if (code && /^[A-Z_]+$/.test(code))
        return `connection failed (${code})`;
    if (error?.message?.includes('redirect'))
        return 'answered with a redirect (not followed)';
    return 'connection failed';
}
/** The text with every secret value (and a URL's path, which is where webhook URLs keep theirs) replaced. */
function scrub(text, secrets) {
    let out = text;
    for (const secret of secrets) {
        if (secret.length < 4)
            continue;
        out = out.split(secret).join('[redacted:notify-secret]');
        try {
            const url = new URL(secret);
            if (url.pathname.length > 4)
                out = out.split(url.pathname).join('[redacted:notify-secret]');
        }
        catch {
            // not a URL: the value alone was enough
        }
    }
    return out;
}


/***/ }),

/***/ 2671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ scanAccounts)
/* harmony export */ });
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(370);
/* harmony import */ var _aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8098);
/* harmony import */ var _aws_call_counter_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2860);
/* harmony import */ var _aws_assume_role_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8860);
/* harmony import */ var _report_build_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4417);
/* harmony import */ var _report_merge_reports_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2756);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6683);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5990);
// The engine's entry point: the account the credentials belong to, or every `[account:NAME]` in
// every region it lists, each assumed from the base credentials and scanned on its own (a few at
// a time, each with its own concurrency), then merged into one report. One account that cannot be
// reached is a coverage gap in the report, not a failed run.








async function scanAccounts(deps, config) {
    // [organization] and --account decide the accounts first, then come back here (loaded only then).
    if (config.organization || config.onlyAccount)
        return (await Promise.all(/* import() */[__webpack_require__.e(471), __webpack_require__.e(286)]).then(__webpack_require__.bind(__webpack_require__, 7286))).runPlannedScans(deps, config, { scanAccounts, assumeRole: _aws_assume_role_js__WEBPACK_IMPORTED_MODULE_5__/* .assumeRole */ .x });
    if (config.accounts.length === 0) {
        const clients = deps.clientsFor(config.region, new _aws_call_counter_js__WEBPACK_IMPORTED_MODULE_6__/* .CallCounter */ .X());
        try {
            return await (0,_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .runScan */ .Hk)({ ...deps, clients }, config);
        }
        finally {
            clients.destroy();
        }
    }
    const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_7__/* ["default"] */ .A)(config.accountConcurrency);
    const scopes = config.accounts.flatMap((account) => (account.regions?.length ? account.regions : [config.region]).map((region) => ({ account, region })));
    // One deadline for the whole run, every account and region within it.
    const deadline = deps.deadline ?? (0,_deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .startDeadline */ .db)((0,_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .scanDeadlineMs */ .SE)(config));
    try {
        const reports = await Promise.all(scopes.map(({ account, region }) => limit(() => scanMemberAccount({ ...deps, deadline }, config, account, region))));
        return (0,_report_merge_reports_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeReports */ .C)(reports);
    }
    finally {
        if (!deps.deadline)
            deadline.dispose();
    }
}
async function scanMemberAccount(deps, config, account, region) {
    const scoped = {
        ...config,
        region,
        regionSource: account.regions?.length ? (account.regionSource ?? `[account:${account.name}] regions`) : config.regionSource,
        accounts: [],
    };
    const counter = new _aws_call_counter_js__WEBPACK_IMPORTED_MODULE_6__/* .CallCounter */ .X();
    const started = deps.now();
    const progress = deps.progress ? (message) => deps.progress(`${account.name} ${region}: ${message}`) : undefined;
    let credentials;
    if (deps.deadline?.signal.aborted)
        return unreachable(deps, scoped, account, counter, started, (0,_deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .deadlineReason */ .Xp)(deps.deadline.ms, `account ${account.name} was scanned`));
    const stsClients = deps.clientsFor(region, counter);
    const sts = deps.deadline ? stsClients.withSignal(deps.deadline.signal) : stsClients;
    try {
        credentials = await (0,_aws_assume_role_js__WEBPACK_IMPORTED_MODULE_5__/* .assumeRole */ .x)(sts, account);
    }
    catch (error) {
        return unreachable(deps, scoped, account, counter, started, `sts:AssumeRole on ${account.roleArn} failed: ${(0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__.describeAwsError)(error)}`);
    }
    finally {
        sts.destroy();
    }
    const clients = deps.clientsFor(region, counter, credentials);
    try {
        return await (0,_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .runScan */ .Hk)({ ...deps, clients, accountName: account.name, ...(progress ? { progress } : {}) }, scoped);
    }
    catch (error) {
        // Credentials the account rejects sink this account only; anything else is a bug, and loud.
        if (error instanceof _aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsUnusableError */ .E9)
            return unreachable(deps, scoped, account, counter, started, `the assumed role's credentials were rejected: ${error.message}`);
        throw error;
    }
    finally {
        clients.destroy();
    }
}
/** The report of an account that could not be scanned: nothing found, and one gap saying why. */
function unreachable(deps, config, account, counter, started, reason) {
    const finished = deps.now();
    // arn:aws:iam::123456789012:role/name: the account the role lives in.
    const accountId = account.roleArn.split(':')[4] || account.name;
    return (0,_report_build_report_js__WEBPACK_IMPORTED_MODULE_1__/* .buildReport */ .FK)({
        version: deps.version,
        config,
        account: accountId,
        accountName: account.name,
        resources: [],
        findings: [],
        coverage: [{ service: 'sts', operation: 'AssumeRole', iamAction: 'sts:AssumeRole', scope: `everything in account ${account.name} (${accountId}) in ${config.region}`, reason }],
        check: { status: 'unchecked', reason },
        regionSource: config.regionSource,
        apiCalls: counter.snapshot(),
        generatedAt: finished,
        durationMs: finished.getTime() - started.getTime(),
    });
}


/***/ }),

/***/ 5990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hk: () => (/* binding */ runScan),
  SE: () => (/* binding */ scanDeadlineMs)
});

// UNUSED EXPORTS: causeOfRole, detectLogs, detectMetrics, detectResourceState

// EXTERNAL MODULE: ./src/aws/aws-errors.ts
var aws_errors = __webpack_require__(8098);
// EXTERNAL MODULE: ./src/aws/caller-identity.ts
var caller_identity = __webpack_require__(9241);
// EXTERNAL MODULE: ./src/services/registry.ts + 19 modules
var registry = __webpack_require__(8093);
// EXTERNAL MODULE: ./src/collectors/resource-filter.ts
var resource_filter = __webpack_require__(7569);
// EXTERNAL MODULE: ./src/collectors/collector-context.ts
var collector_context = __webpack_require__(9417);
// EXTERNAL MODULE: ./src/deadline.ts
var src_deadline = __webpack_require__(6683);
// EXTERNAL MODULE: ./src/detectors/registry.ts + 37 modules
var detectors_registry = __webpack_require__(602);
// EXTERNAL MODULE: ./src/telemetry/logs/log-reader.ts + 19 modules
var log_reader = __webpack_require__(5561);
// EXTERNAL MODULE: ./src/telemetry/logs/log-sources.ts
var log_sources = __webpack_require__(6410);
;// CONCATENATED MODULE: ./src/telemetry/logs/log-window.ts
// The time grid log counts are kept on: bins aligned to their size, at most MAX_BINS of them, and
// the bin where the recent window (judged against everything before it) starts. Pure.
const BIN_SECONDS = [60, 300, 900, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86_400];
const MAX_BINS = 720;
function planLogWindow(window, recentMs) {
    const span = window.to.getTime() - window.from.getTime();
    const binSeconds = BIN_SECONDS.find((s) => span / (s * 1000) <= MAX_BINS) ?? BIN_SECONDS.at(-1);
    const binMs = binSeconds * 1000;
    const startMs = Math.floor(window.from.getTime() / binMs) * binMs;
    const endMs = window.to.getTime();
    const binCount = Math.max(1, Math.ceil((endMs - startMs) / binMs));
    const recentBins = Math.max(1, Math.round(recentMs / binMs));
    const recentFromBin = Math.max(binCount > 1 ? 1 : 0, binCount - recentBins);
    return { startMs, endMs, binSeconds, binCount, recentFromBin };
}

// EXTERNAL MODULE: ./src/detectors/log-evidence.ts
var log_evidence = __webpack_require__(4207);
// EXTERNAL MODULE: ./src/telemetry/metrics/metric-fetcher.ts
var metric_fetcher = __webpack_require__(7023);
// EXTERNAL MODULE: ./src/telemetry/metrics/metric-planner.ts
var metric_planner = __webpack_require__(6496);
// EXTERNAL MODULE: ./src/report/build-report.ts
var build_report = __webpack_require__(4417);
// EXTERNAL MODULE: ./src/report/scope-description.ts
var scope_description = __webpack_require__(2789);
;// CONCATENATED MODULE: ./src/scan.ts
// The engine: runScan(deps, config) -> Report. The Action and the CLI are thin adapters over this.















/** The scan's deadline: `[scan] deadline` / `--deadline`, else sized to the window (see deadline.ts). */
function scanDeadlineMs(config) {
    return config.deadlineMs ?? (0,src_deadline/* defaultDeadlineMs */.yd)(config.window);
}
async function runScan(deps, config) {
    const started = deps.now();
    const progress = deps.progress ?? (() => undefined);
    const coverage = [];
    // Past the deadline every call is abandoned (the clients watch the signal), each unfinished part
    // becomes a coverage gap, and the report is built from what was gathered.
    const deadline = deps.deadline ?? (0,src_deadline/* startDeadline */.db)(scanDeadlineMs(config));
    try {
        return await scan({ ...deps, clients: deps.clients.withSignal(deadline.signal) }, config, { started, progress, coverage, deadline });
    }
    finally {
        if (!deps.deadline)
            deadline.dispose();
    }
}
async function scan(deps, config, { started, progress, coverage, deadline }) {
    const finish = (parts) => {
        const finished = deps.now();
        return (0,build_report/* buildReport */.FK)({
            version: deps.version,
            config,
            ...(deps.accountName ? { accountName: deps.accountName } : {}),
            coverage,
            apiCalls: deps.clients.counter.snapshot(),
            generatedAt: finished,
            durationMs: finished.getTime() - started.getTime(),
            regionSource: config.regionSource,
            ...parts,
        });
    };
    const identity = await identify(deps.clients, deadline);
    if ('reason' in identity) {
        coverage.push({ service: 'sts', operation: 'GetCallerIdentity', iamAction: 'sts:GetCallerIdentity', scope: 'the account, and so every check', reason: identity.reason });
        return finish({ account: 'unknown', resources: [], findings: [], check: { status: 'unchecked', reason: `could not identify the account: ${identity.reason}` } });
    }
    const { account } = identity;
    progress(`account ${account}, region ${config.region}`);
    const collectors = (deps.collectors ?? registry/* COLLECTORS */.n5).filter((c) => config.services.includes(c.id));
    const filtered = [];
    const context = (0,collector_context/* createCollectorContext */.r)({ config, clients: deps.clients, now: started, coverage, progress, signal: deadline.signal, filtered: (count) => filtered.push(count) });
    const outcomes = await Promise.all(collectors.map((collector) => runCollector(collector, context)));
    const resources = applyFilters(outcomes.flatMap((o) => o.resources), config.filters, filtered).map((r) => ({ ...r, account }));
    const check = scopeCheck(resources, outcomes, config, account, filtered);
    if (check.status !== 'checked')
        return finish({ account, resources, findings: [], check, filtered });
    const findings = detectResourceState(resources, deps.detectors ?? detectors_registry/* RESOURCE_STATE_DETECTORS */.x$, config, started);
    // Metrics and logs are independent reads: run them side by side.
    const [metricFindings, logScan] = await Promise.all([scanMetrics(context, resources, deps, started), scanLogs(context, resources, deps, started)]);
    findings.push(...metricFindings, ...(logScan?.findings ?? []));
    return finish({ account, resources, findings, check, filtered, ...(logScan ? { logs: logScan.summary } : {}) });
}
/**
 * Whether the scope was looked at: unchecked when every service failed, or when nothing was found
 * while some services failed (the truth is unknown); empty when every service answered and nothing
 * is in scope; else checked.
 */
function scopeCheck(resources, outcomes, config, account, filtered) {
    const failed = outcomes.filter((o) => o.failed);
    const where = `account ${account}, ${config.region} (${(0,scope_description/* describeRegionSource */.$)(config.regionSource)})`;
    if (outcomes.length > 0 && failed.length === outcomes.length) {
        return { status: 'unchecked', reason: `every service failed in ${where}: ${failed[0].collector.id}: ${failed[0].firstReason ?? 'no answer'}` };
    }
    if (resources.length > 0)
        return { status: 'checked' };
    if (failed.length > 0) {
        return {
            status: 'unchecked',
            reason: `nothing found in scope in ${where}, and ${failed.length} of ${outcomes.length} services could not be read (${failed.map((o) => o.collector.id).join(', ')}): see COVERAGE`,
        };
    }
    const left = filtered.filter((f) => f.seen > f.kept);
    const leftText = left.length > 0 ? `; left out by filters: ${left.map(scope_description/* describeFiltered */.h).join('; ')}` : '';
    return { status: 'empty', reason: `no resources in scope in ${where} for ${outcomes.map((o) => o.collector.id).join(', ')}${leftText}` };
}
/**
 * The [filters] names and tags applied to everything collected, counted per type where they left
 * something out. Collectors that dropped resources by name before describing them (ECS services)
 * reported those under the same label; they are added to the type's count here.
 */
function applyFilters(collected, filters, filtered) {
    const inScope = (0,resource_filter/* makeResourceFilter */.$F)(filters);
    const label = (0,resource_filter/* filterLabel */.Jp)(filters);
    const counts = new Map();
    for (let i = filtered.length - 1; i >= 0; i--) {
        const early = filtered[i];
        if (early.filter !== label)
            continue;
        const count = counts.get(early.type) ?? { seen: 0, kept: 0 };
        count.seen += early.seen - early.kept;
        counts.set(early.type, count);
        filtered.splice(i, 1);
    }
    const kept = collected.filter((resource) => {
        const keep = inScope(resource);
        const count = counts.get(resource.type) ?? { seen: 0, kept: 0 };
        count.seen += 1;
        if (keep)
            count.kept += 1;
        counts.set(resource.type, count);
        return keep;
    });
    if (label)
        for (const [type, count] of counts)
            if (count.seen > count.kept)
                filtered.push({ type, ...count, filter: label });
    return kept;
}
async function scanMetrics(context, resources, deps, now) {
    const { config } = context;
    if (!config.metrics.enabled)
        return [];
    // A long window's last day is read again as a 24-hour scan reads it: a short incident is not averaged away.
    const plans = (0,metric_planner/* planMetricReads */.RF)(resources, config.window, now, { maxPointsPerSeries: config.metrics.maxPointsPerSeries, baselineMs: config.metrics.baselineMs ?? 0 });
    const [plan, recent] = plans;
    if (plan.calls.length === 0)
        return [];
    const queries = plan.calls.reduce((n, c) => n + c.length, 0);
    const deadline = (0,src_deadline/* deadlineOf */.G0)(context.signal?.reason);
    if (deadline) {
        const resourceCount = new Set(plan.calls.flat().map((q) => `${q.resource.type} ${q.resource.id}`)).size;
        context.gap({
            service: 'cloudwatch',
            operation: 'GetMetricData',
            iamAction: 'cloudwatch:GetMetricData',
            scope: `${queries} metrics of ${resourceCount} resources`,
            reason: (0,src_deadline/* deadlineReason */.Xp)(deadline.deadlineMs, 'the metrics were read'),
        });
        return [];
    }
    const periods = plans.map((p) => `${p.periodSeconds / 60}-min`).join(' and, for the last day, ');
    context.progress(`CloudWatch: ${queries} metrics at ${periods} periods in ${plans.reduce((n, p) => n + p.calls.length, 0)} GetMetricData calls`);
    // One gap per metric not read, however many reads missed it.
    const seen = new Set();
    const once = {
        ...context,
        gap: (gap) => {
            const key = `${gap.operation} ${gap.scope} ${gap.reason}`;
            if (seen.has(key))
                return;
            seen.add(key);
            context.gap(gap);
        },
    };
    const detectors = deps.metricDetectors ?? detectors_registry/* METRIC_DETECTORS */.ZU;
    const judge = async (p) => detectMetrics(resources, await (0,metric_fetcher/* fetchMetricPlan */.C)(once, p), detectors, config, now, { windowStart: p.windowStart?.getTime(), readEnd: p.end.getTime() });
    if (!recent)
        return judge(plan);
    const [whole, lastDay] = await Promise.all([judge(plan), judge(recent)]);
    // The last day is judged by its fine read alone: the window's coarse read adds what began before it.
    const recentStart = recent.windowStart?.getTime() ?? recent.start.getTime();
    const judgedNow = new Set(lastDay.map((f) => f.id));
    return [...lastDay, ...whole.filter((f) => !judgedNow.has(f.id) && !(f.since !== undefined && Date.parse(f.since) >= recentStart))];
}
/** Reads the logs of every discovered source once (the same reader as the gate's) and runs the log detectors. */
async function scanLogs(context, resources, deps, now) {
    const { config } = context;
    if (!config.logs.enabled)
        return undefined;
    const sources = (0,log_sources/* logSourcesOf */.q)(resources, config.logs.extraLogGroups);
    if (sources.length === 0)
        return undefined;
    const window = planLogWindow(config.window, config.logs.recentMs);
    const { digests, summary } = await (0,log_reader/* readLogDigests */.ok)(context, sources, window);
    if (!summary)
        return undefined;
    return { findings: detectLogs(digests, resources, deps.logDetectors ?? detectors_registry/* LOG_DETECTORS */.X5, config, window.recentFromBin, now), summary };
}
// GetCallerIdentity is tiny and needs no permission: a few quick attempts tell a dead endpoint
// from a live one without waiting out the scan's retries and timeouts (5 x 30 s).
/** The account, or why it could not be identified (then nothing else can be checked either). */
async function identify(clients, deadline) {
    try {
        return { account: await (0,caller_identity/* callerAccount */.X)(clients) };
    }
    catch (error) {
        if (error instanceof aws_errors/* CredentialsUnusableError */.E9)
            throw error;
        if ((0,src_deadline/* deadlineOf */.G0)(error))
            return { reason: (0,src_deadline/* deadlineReason */.Xp)(deadline.ms, 'the account was identified') };
        return { reason: (0,aws_errors.isUnreachable)(error) ? `could not reach AWS: ${(0,aws_errors.describeAwsError)(error)}` : (0,aws_errors.describeAwsError)(error) };
    }
}
async function runCollector(collector, context) {
    let answered = 0;
    let failures = 0;
    let firstReason;
    const own = {
        ...context,
        limit: (task) => context.limit(async () => {
            try {
                const result = await task();
                answered += 1;
                return result;
            }
            catch (error) {
                failures += 1;
                throw error;
            }
        }),
        gap: (gap) => {
            firstReason ??= gap.reason;
            context.gap(gap);
        },
    };
    try {
        const resources = await collector.collect(own);
        return { collector, resources, failed: answered === 0 && failures > 0, ...(firstReason ? { firstReason } : {}) };
    }
    catch (error) {
        if (error instanceof aws_errors/* CredentialsUnusableError */.E9)
            throw error;
        // A bug or an unexpected response in one collector must not sink the whole report.
        const deadline = (0,src_deadline/* deadlineOf */.G0)(error);
        const reason = deadline ? (0,src_deadline/* deadlineReason */.Xp)(deadline.deadlineMs, 'the collector finished') : `collector failed: ${(0,aws_errors.describeAwsError)(error)}`;
        context.gap({ service: collector.id, operation: 'collect', scope: `all ${collector.title} resources`, reason });
        return { collector, resources: [], failed: answered === 0, firstReason: firstReason ?? reason };
    }
}
function detectResourceState(resources, detectors, config, now) {
    const findings = [];
    for (const { detector, settings, thresholds } of enabled(detectors, config)) {
        for (const resource of resources) {
            if (!detector.resourceTypes.includes(resource.type))
                continue;
            for (const draft of detector.detect({ resource, thresholds, now }))
                findings.push(toFinding(detector.id, settings, draft, detector.cause));
        }
    }
    return findings;
}
/** Runs every enabled metric detector over the series whose catalog role it reads. */
function detectMetrics(resources, series, detectors, config, now, read = {}) {
    const findings = [];
    const byResource = new Map();
    for (const s of series) {
        const key = `${s.query.resource.type}:${s.query.resource.id}`;
        if (!byResource.has(key))
            byResource.set(key, new Map());
        // A sum over a period still filling at `now` is a fraction of one (an hour of requests five
        // minutes in reads as a 92% drop): a count is read up to its last whole period.
        const periodMs = s.periodSeconds * 1000;
        const filling = Math.floor(now.getTime() / periodMs) * periodMs;
        const counted = s.query.spec.stat === 'Sum';
        const kept = counted ? s.timestamps.findIndex((t) => t > filling - periodMs / 2) : -1;
        const readEnd = counted && read.readEnd !== undefined ? Math.min(read.readEnd, filling) : read.readEnd;
        byResource.get(key).set(s.query.spec.id, {
            spec: s.query.spec,
            periodSeconds: s.periodSeconds,
            timestamps: kept >= 0 ? s.timestamps.slice(0, kept) : s.timestamps,
            values: kept >= 0 ? s.values.slice(0, kept) : s.values,
            ...(read.windowStart !== undefined ? { windowStart: read.windowStart } : {}),
            ...(readEnd !== undefined ? { readEnd } : {}),
        });
    }
    const resourceByKey = new Map(resources.map((r) => [`${r.type}:${r.id}`, r]));
    for (const { detector, settings, thresholds } of enabled(detectors, config)) {
        for (const [key, metrics] of byResource) {
            const resource = resourceByKey.get(key);
            if (!resource)
                continue;
            for (const input of metrics.values()) {
                if (!detector.roles.includes(input.spec.role) || input.values.length === 0)
                    continue;
                for (const draft of detector.detect({ resource, series: input, related: (id) => metrics.get(id), thresholds, now })) {
                    findings.push(toFinding(detector.id, settings, draft, causeOfRole(input.spec.role), input.spec.id));
                }
            }
        }
    }
    return findings;
}
/** Runs every enabled log detector over the digest of each source whose kind it reads. */
function detectLogs(digests, resources, detectors, config, recentFromBin, now) {
    const findings = [];
    const resourceByKey = new Map(resources.map((r) => [`${r.type}:${r.id}`, r]));
    // Each digest's recent/baseline split is computed once, whichever detectors read it.
    const inputs = digests.map((digest) => ({
        digest,
        view: (0,log_evidence/* windowView */.Sw)(digest, recentFromBin),
        resource: resourceByKey.get(`${digest.source.resource.type}:${digest.source.resource.id}`),
    }));
    for (const { detector, settings, thresholds } of enabled(detectors, config)) {
        for (const { digest, view, resource } of inputs) {
            if (!detector.kinds.includes(digest.source.kind))
                continue;
            for (const { key, ...draft } of detector.detect({ digest, view, resource, recentFromBin, thresholds, patterns: config.logs.patterns, now })) {
                findings.push(toFinding(detector.id, settings, draft, detector.cause, key));
            }
        }
    }
    return findings;
}
/** Each detector the config leaves enabled, with its settings and thresholds (configured, else the default). */
function enabled(detectors, config) {
    return detectors.flatMap((detector) => {
        const settings = config.detectors[detector.id];
        if (settings && !settings.enabled)
            return [];
        const thresholds = Object.fromEntries(Object.entries(detector.thresholds).map(([key, t]) => [key, settings?.thresholds[key] ?? t.default]));
        return [{ detector, settings, thresholds }];
    });
}
/** A draft as a finding: an id stable across runs (`detector:type:resource[:suffix]`), its kind, cause, and the configured severity if any. */
function toFinding(detectorId, settings, draft, cause, suffix) {
    return {
        ...draft,
        id: `${detectorId}:${draft.resource.type}:${draft.resource.id}${suffix === undefined ? '' : `:${suffix}`}`,
        kind: detectorId,
        severity: settings?.severity ?? draft.severity,
        ...(cause ? { cause } : {}),
    };
}
/** A metric finding is a symptom of what its metric measures: a 5xx count of errors, a percentile of latency. */
function causeOfRole(role) {
    const causes = {
        errors: 'errors',
        latency: 'latency',
        saturation: 'saturation',
        'free-capacity': 'saturation',
        traffic: 'traffic',
        health: 'availability',
    };
    return causes[role];
}


/***/ })

};
