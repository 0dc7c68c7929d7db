export const id = 934;
export const ids = [934];
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

/***/ 8934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cloudformationCollector: () => (/* binding */ cloudformationCollector),
/* harmony export */   describeOneStack: () => (/* binding */ describeOneStack)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3805);
/* harmony import */ var _collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1505);
/* harmony import */ var _collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8659);
// CloudFormation: stacks whose name has the configured prefix and suffix, with their status.



const ID = 'cloudformation';
const cloudformationCollector = {
    id: ID,
    title: 'AWS CloudFormation',
    async collect(context) {
        const cloudformation = context.clients.get(_aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__/* .CloudFormationClient */ .m1N);
        const { cloudformationPrefix: prefix, cloudformationSuffix: suffix } = context.config.filters;
        // DescribeStacks returns every live stack with its status in one paginated listing.
        const stacks = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, { sdkService: 'CloudFormation', operation: 'DescribeStacks', scope: 'CloudFormation stacks' }, async (NextToken) => {
            const page = await cloudformation.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__/* .DescribeStacksCommand */ .Y47({ NextToken }));
            return { items: page.Stacks, next: page.NextToken };
        });
        const inScope = stacks.filter((stack) => {
            const name = stack.StackName ?? '';
            return name.startsWith(prefix) && name.endsWith(suffix) && name.length >= prefix.length + suffix.length;
        });
        context.progress(`CloudFormation: ${inScope.length} of ${stacks.length} stacks match ${prefix}*${suffix}`);
        if (inScope.length < stacks.length)
            context.filtered?.({ type: 'cloudformation:stack', seen: stacks.length, kept: inScope.length, filter: `${prefix}*${suffix}` });
        const resources = inScope.map((stack) => stackResource(context, stack));
        // Only a stack that failed, rolled back or is mid-operation needs its events read: one call each.
        await Promise.all(resources.filter((r) => NEEDS_EVENTS.test(r.status ?? '')).map((r) => addFailureEvents(context, cloudformation, r)));
        return resources;
    },
};
/** One stack by name, for the post-deploy gate's deploy time (its last update): one call. */
async function describeOneStack(context, name) {
    const cloudformation = context.clients.get(_aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__/* .CloudFormationClient */ .m1N);
    const described = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'CloudFormation', operation: 'DescribeStacks', scope: `stack ${name}` }, () => cloudformation.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__/* .DescribeStacksCommand */ .Y47({ StackName: name })));
    const stack = described?.Stacks?.[0];
    return stack ? stackResource(context, stack) : undefined;
}
const NEEDS_EVENTS = /FAILED|ROLLBACK|IN_PROGRESS/;
const EVENTS_KEPT = 10;
/** The failed resource events of the stack's latest operation (first page: newest 100 events), newest first. */
async function addFailureEvents(context, cloudformation, resource) {
    const page = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'CloudFormation', operation: 'DescribeStackEvents', scope: `events of stack ${resource.name}` }, () => cloudformation.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__/* .DescribeStackEventsCommand */ .Ie9({ StackName: resource.arn ?? resource.name })));
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
    return pending.map((e) => `${e.LogicalResourceId} (${e.ResourceType ?? '?'})`).slice(0, 5);
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
        tags: (0,_collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .tagsToRecord */ .g)(stack.Tags),
        attributes: {
            statusReason: stack.StackStatusReason ?? null,
            createdAt: stack.CreationTime?.toISOString() ?? null,
            lastUpdatedAt: (stack.LastUpdatedTime ?? stack.CreationTime)?.toISOString() ?? null,
            driftStatus: stack.DriftInformation?.StackDriftStatus ?? null,
        },
    };
}


/***/ })

};
