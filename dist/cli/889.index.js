export const id = 889;
export const ids = [889];
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

/***/ 8889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeTargetGroups: () => (/* binding */ describeTargetGroups),
/* harmony export */   elbv2Collector: () => (/* binding */ elbv2Collector),
/* harmony export */   metricDimension: () => (/* binding */ metricDimension)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(586);
/* harmony import */ var _collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1505);
/* harmony import */ var _chunk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4158);
/* harmony import */ var _collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8659);
// ELBv2: load balancers and target groups with the health of every target.




const ID = 'elbv2';
const PAGE = 400; // PageSize's documented maximum
const TAGS_PER_CALL = 20; // DescribeTags' documented maximum
const elbv2Collector = {
    id: ID,
    title: 'Elastic Load Balancing',
    async collect(context) {
        const elb = context.clients.get(_aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .ElasticLoadBalancingV2Client */ .MlD);
        const scope = (operation, what) => ({ sdkService: 'ElasticLoadBalancingV2', operation, scope: what });
        const [loadBalancers, targetGroups] = await Promise.all([
            (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, scope('DescribeLoadBalancers', 'load balancers'), async (Marker) => {
                const page = await elb.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeLoadBalancersCommand */ .AZi({ Marker, PageSize: PAGE }));
                return { items: page.LoadBalancers, next: page.NextMarker };
            }),
            (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, scope('DescribeTargetGroups', 'target groups'), async (Marker) => {
                const page = await elb.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTargetGroupsCommand */ .sC7({ Marker, PageSize: PAGE }));
                return { items: page.TargetGroups, next: page.NextMarker };
            }),
        ]);
        context.progress(`ELB: ${loadBalancers.length} load balancers, ${targetGroups.length} target groups`);
        const names = new Map(loadBalancers.map((lb) => [lb.LoadBalancerArn, lb.LoadBalancerName ?? '?']));
        // Target health has no batch form: one call per target group.
        const health = new Map();
        await Promise.all(targetGroups.map(async (group) => {
            const result = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, scope('DescribeTargetHealth', `target health of ${group.TargetGroupName}`), () => elb.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTargetHealthCommand */ .qyg({ TargetGroupArn: group.TargetGroupArn })));
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
/** Target groups by ARN, for the post-deploy gate (their metric dimensions; health is not read). */
async function describeTargetGroups(context, arns) {
    if (arns.length === 0)
        return [];
    const elb = context.clients.get(_aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .ElasticLoadBalancingV2Client */ .MlD);
    const described = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'ElasticLoadBalancingV2', operation: 'DescribeTargetGroups', scope: `target groups ${arns.map((a) => a.split('/')[1]).join(', ')}` }, () => elb.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTargetGroupsCommand */ .sC7({ TargetGroupArns: [...arns] })));
    return (described?.TargetGroups ?? []).map((group) => targetGroupResource(context, group, undefined, new Map()));
}
async function addTags(context, elb, resources) {
    const byArn = new Map(resources.filter((r) => r.arn).map((r) => [r.arn, r]));
    await Promise.all((0,_chunk_js__WEBPACK_IMPORTED_MODULE_2__/* .chunk */ .i)([...byArn.keys()], TAGS_PER_CALL).map(async (arns) => {
        const result = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'ElasticLoadBalancingV2', operation: 'DescribeTags', scope: `tags of ${arns.length} load balancers and target groups` }, () => elb.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTagsCommand */ .yRM({ ResourceArns: arns })));
        for (const description of result?.TagDescriptions ?? []) {
            const resource = byArn.get(description.ResourceArn ?? '');
            if (resource)
                resource.tags = (0,_collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .tagsToRecord */ .g)(description.Tags);
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
            loadBalancers: (group.LoadBalancerArns ?? []).map((arn) => lbNames.get(arn) ?? arn.split('/')[2] ?? arn),
            healthCheckPath: group.HealthCheckPath ?? null,
            targets: targets.length,
            healthyTargets: healthy.length,
            unhealthyTargets: unhealthy.length,
            unhealthyReasons: [...reasons].map(([reason, n]) => `${reason} x${n}`),
            firstUnhealthyDescription: unhealthy[0]?.TargetHealth?.Description ?? null,
            metricDimension: metricDimension(group.TargetGroupArn, 'targetgroup/'),
            // Target group metrics are per (target group, load balancer); the first one is the one measured.
            loadBalancerDimension: metricDimension(group.LoadBalancerArns?.[0], 'loadbalancer/'),
        },
    };
}


/***/ })

};
