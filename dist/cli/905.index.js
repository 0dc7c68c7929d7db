export const id = 905;
export const ids = [905];
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

/***/ 286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wafv2Collector: () => (/* binding */ wafv2Collector)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_wafv2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8213);
/* harmony import */ var _collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1505);
// WAF (v2, regional): web ACLs, where their logs go, and the load balancers they protect.


const ID = 'wafv2';
const PAGE = 100; // Limit's documented maximum
const wafv2Collector = {
    id: ID,
    title: 'AWS WAF',
    async collect(context) {
        const waf = context.clients.get(_aws_sdk_client_wafv2__WEBPACK_IMPORTED_MODULE_1__/* .WAFV2Client */ .m5V);
        const scope = (operation, what) => ({ sdkService: 'WAFV2', operation, scope: what });
        const [acls, logging] = await Promise.all([
            (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, scope('ListWebACLs', 'regional web ACLs'), async (NextMarker) => {
                const page = await waf.send(new _aws_sdk_client_wafv2__WEBPACK_IMPORTED_MODULE_1__/* .ListWebACLsCommand */ .vbB({ Scope: 'REGIONAL', NextMarker, Limit: PAGE }));
                return { items: page.WebACLs, next: page.NextMarker };
            }),
            (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, scope('ListLoggingConfigurations', 'web ACL logging configurations'), async (NextMarker) => {
                const page = await waf.send(new _aws_sdk_client_wafv2__WEBPACK_IMPORTED_MODULE_1__/* .ListLoggingConfigurationsCommand */ ._14({ Scope: 'REGIONAL', NextMarker, Limit: PAGE }));
                return { items: page.LoggingConfigurations, next: page.NextMarker };
            }),
        ]);
        context.progress(`WAF: ${acls.length} web ACLs`);
        const destinations = new Map(logging.map((l) => [l.ResourceArn, l.LogDestinationConfigs ?? []]));
        return Promise.all(acls.map(async (acl) => {
            // Only load balancers: the resources this tool watches (API Gateway, AppSync would cost a call each).
            const associated = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, scope('ListResourcesForWebACL', `load balancers protected by web ACL ${acl.Name}`), () => waf.send(new _aws_sdk_client_wafv2__WEBPACK_IMPORTED_MODULE_1__/* .ListResourcesForWebACLCommand */ .c3v({ WebACLArn: acl.ARN, ResourceType: 'APPLICATION_LOAD_BALANCER' })));
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
                    associatedLoadBalancers: associated ? (associated.ResourceArns?.length ?? 0) : null,
                    loadBalancers: associated ? (associated.ResourceArns ?? []).map((arn) => arn.split('/')[2] ?? arn) : null,
                },
            };
        }));
    },
};


/***/ })

};
