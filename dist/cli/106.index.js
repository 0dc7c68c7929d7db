export const id = 106;
export const ids = [106];
export const modules = {

/***/ 3620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeCommand: () => (/* binding */ mergeCommand)
});

// UNUSED EXPORTS: readReport

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/merge-reports.ts
var merge_reports = __webpack_require__(2756);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./schemas/report.schema.json
const report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/aws-monitor/aws-monitor/schemas/report.schema.json","title":"aws-monitor report","description":"The JSON report (--format json). Every other output renders the same model. schemaVersion changes whenever a consumer could notice.","type":"object","required":["schemaVersion","tool","generatedAt","window","regions","accounts","scopes","status","failOn","resources","findings","coverage","apiCalls","durationMs"],"additionalProperties":false,"properties":{"schemaVersion":{"const":4},"tool":{"type":"object","required":["name","version"],"additionalProperties":false,"properties":{"name":{"const":"aws-monitor"},"version":{"type":"string"}}},"generatedAt":{"$ref":"#/$defs/time"},"window":{"type":"object","required":["from","to"],"additionalProperties":false,"properties":{"from":{"$ref":"#/$defs/time"},"to":{"$ref":"#/$defs/time"}}},"regions":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/region"},"description":"Every region scanned, sorted."},"accounts":{"type":"array","items":{"type":"string"},"description":"Every account scanned, sorted."},"scopes":{"type":"array","minItems":1,"description":"One entry per account and region scanned (one run, or the jobs of a merged report).","items":{"type":"object","required":["account","region","window","generatedAt","durationMs","apiCalls","status"],"additionalProperties":false,"properties":{"account":{"type":"string"},"accountName":{"type":"string","description":"The [account:NAME] section it came from."},"region":{"$ref":"#/$defs/region"},"window":{"type":"object","required":["from","to"],"additionalProperties":false,"properties":{"from":{"$ref":"#/$defs/time"},"to":{"$ref":"#/$defs/time"}}},"generatedAt":{"$ref":"#/$defs/time"},"durationMs":{"type":"number","minimum":0},"apiCalls":{"type":"integer","minimum":0},"status":{"enum":["checked","empty","unchecked"],"description":"checked: resources were read; empty: nothing in scope; unchecked: the scope could not be read."},"reason":{"type":"string","description":"Why the scope is empty or unchecked."},"regionSource":{"type":"string","description":"Where the region came from: --region, env AWS_REGION, profile NAME, default."},"filtered":{"type":"array","description":"What the scope filters left out, per resource type: 3 of 5 stacks match pp*production.","items":{"type":"object","required":["type","seen","kept","filter"],"additionalProperties":false,"properties":{"type":{"$ref":"#/$defs/resourceType"},"seen":{"type":"integer","minimum":0},"kept":{"type":"integer","minimum":0},"filter":{"type":"string"}}}}}}},"status":{"enum":["healthy","degraded","failing","empty","unchecked"],"description":"failing: a finding reached failOn; degraded: findings below it (info does not count); healthy: none, and something was looked at; empty: every scope was read and held nothing in scope; unchecked: nothing could be verified (see statusReason and coverage)."},"statusReason":{"type":"string","description":"Why the status is empty or unchecked."},"failOn":{"enum":["critical","high","medium","low","info","never"]},"resources":{"type":"array","items":{"$ref":"#/$defs/resource"}},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"},"description":"Ordered by severity, then start time."},"coverage":{"type":"array","items":{"$ref":"#/$defs/coverageGap"}},"apiCalls":{"type":"object","required":["total","requests","byOperation"],"additionalProperties":false,"properties":{"total":{"type":"integer","minimum":0,"description":"Logical AWS API calls the scan made."},"requests":{"type":"integer","minimum":0,"description":"HTTP requests sent, retries included."},"byOperation":{"type":"array","items":{"type":"object","required":["service","operation","calls","requests","failed"],"additionalProperties":false,"properties":{"service":{"type":"string"},"operation":{"type":"string"},"calls":{"type":"integer","minimum":0},"requests":{"type":"integer","minimum":0},"failed":{"type":"integer","minimum":0}}}}}},"logs":{"type":"object","description":"Present when logs were read.","required":["engine","sources","expectedBytes","bytesScanned","skipped"],"additionalProperties":false,"properties":{"engine":{"enum":["insights","filter","mixed"],"description":"mixed: the scopes of a merged report read with different engines."},"sources":{"type":"integer","minimum":0},"expectedBytes":{"type":"number","minimum":0},"bytesScanned":{"type":"number","minimum":0},"skipped":{"type":"integer","minimum":0,"description":"Sources the scan budget left out; each is also a coverage gap."}}},"durationMs":{"type":"number","minimum":0}},"$defs":{"region":{"type":"string","pattern":"^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\\\\d$"},"time":{"type":"string","format":"date-time"},"severity":{"enum":["critical","high","medium","low","info"]},"resourceType":{"enum":["ecs:cluster","ecs:service","rds:instance","rds:cluster","opensearch:domain","cloudformation:stack","elbv2:load-balancer","elbv2:target-group","dms:task","wafv2:web-acl","logs:log-group"]},"resourceRef":{"type":"object","required":["type","id"],"additionalProperties":false,"properties":{"type":{"$ref":"#/$defs/resourceType"},"id":{"type":"string"},"arn":{"type":"string"},"account":{"type":"string"},"region":{"$ref":"#/$defs/region"}}},"resource":{"type":"object","required":["type","id","name","region","tags","attributes"],"additionalProperties":false,"properties":{"type":{"$ref":"#/$defs/resourceType"},"id":{"type":"string","description":"Unique within its type, account and region; cluster/name for ECS services."},"arn":{"type":"string"},"name":{"type":"string"},"account":{"type":"string"},"region":{"type":"string"},"status":{"type":"string"},"tags":{"type":"object","additionalProperties":{"type":"string"}},"attributes":{"type":"object","additionalProperties":{"type":["string","number","boolean","null"]}},"events":{"type":"array","items":{"type":"object","required":["at","message"],"additionalProperties":false,"properties":{"at":{"type":"string"},"message":{"type":"string"}}}},"stoppedTasks":{"type":"array","items":{"type":"object","required":["reason","failedContainers"],"additionalProperties":false,"properties":{"stoppedAt":{"type":"string"},"reason":{"type":"string"},"stopCode":{"type":"string"},"failedContainers":{"type":"array","items":{"type":"string"}},"taskDefinition":{"type":"string"}}}}}},"finding":{"type":"object","required":["id","kind","severity","resource","title","evidence"],"additionalProperties":false,"properties":{"id":{"type":"string","description":"Stable across runs: detector:type:resource id, plus a metric id or signature key."},"kind":{"type":"string","pattern":"^[a-z0-9_]+$","description":"The detector id."},"severity":{"$ref":"#/$defs/severity"},"resource":{"$ref":"#/$defs/resourceRef"},"title":{"type":"string"},"evidence":{"type":"array","items":{"type":"object","required":["label","value"],"additionalProperties":false,"properties":{"label":{"type":"string"},"value":{"type":"string"}}}},"since":{"$ref":"#/$defs/time"},"nextStep":{"type":"string"},"cause":{"enum":["availability","errors","latency","saturation","traffic","security"],"description":"What the finding is a symptom of; absent for findings that are each their own problem (a missing standby, logging off). Findings with one cause on one resource are merged."},"related":{"type":"array","minItems":1,"description":"Findings with the same cause on the same resource (or its target group), merged into this one, the worst. Each is whole; they never nest.","items":{"allOf":[{"$ref":"#/$defs/finding"},{"type":"object","properties":{"related":false}}]}},"series":{"type":"object","required":["metric","namespace","name","stat","unit","periodSeconds","start","values"],"additionalProperties":false,"properties":{"metric":{"type":"string"},"namespace":{"type":"string"},"name":{"type":"string"},"stat":{"type":"string"},"unit":{"type":"string"},"periodSeconds":{"type":"number","exclusiveMinimum":0},"start":{"$ref":"#/$defs/time"},"values":{"type":"array","items":{"type":["number","null"]},"description":"Value i is at start + i * periodSeconds; null where there is no data."}}},"logs":{"type":"object","required":["logGroup","recent","baseline","recentHours","baselineHours"],"additionalProperties":false,"properties":{"logGroup":{"type":"string"},"signature":{"type":"string"},"recent":{"type":"integer","minimum":0},"baseline":{"type":"integer","minimum":0},"recentHours":{"type":"number","minimum":0},"baselineHours":{"type":"number","minimum":0},"firstSeen":{"$ref":"#/$defs/time"},"lastSeen":{"$ref":"#/$defs/time"},"example":{"type":"string","description":"One occurrence as logged, secrets and e-mail addresses redacted."},"sampled":{"type":"boolean"}}}}},"coverageGap":{"type":"object","required":["service","operation","scope","reason"],"additionalProperties":false,"properties":{"service":{"type":"string"},"operation":{"type":"string"},"iamAction":{"type":"string"},"scope":{"type":"string","description":"What was not checked."},"account":{"type":"string"},"region":{"$ref":"#/$defs/region"},"reason":{"type":"string","description":"Why; never a credential."}}}}}');
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

// EXTERNAL MODULE: ./src/renderers/registry.ts + 5 modules
var registry = __webpack_require__(6497);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/global-options.ts + 3 modules
var global_options = __webpack_require__(4243);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/merge.ts
// `aws-monitor merge REPORT.json...`: the JSON reports of a matrix of jobs (one per account and
// region) as one report, in any format, with the exit code a pipeline gates on.







const SHOWN_PROBLEMS = 5;
/** A report file, trusted only once the schema accepts it; anything else names the file and what is wrong. */
function readReport(file, io) {
    const text = (0,cli_io/* readInputFile */.jH)(file, io);
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.y(`${file}: not JSON (${error.message}); give the reports written with --format json`);
    }
    const problems = reportSchemaErrors(parsed);
    if (problems.length > 0) {
        const version = parsed?.schemaVersion;
        const hint = typeof version === 'number' ? ` (its schemaVersion is ${version})` : '';
        const more = problems.length > SHOWN_PROBLEMS ? `\n  ... and ${problems.length - SHOWN_PROBLEMS} more` : '';
        throw new errors/* UserError */.y(`${file}: not an aws-monitor JSON report this version reads${hint}:\n  ${problems.slice(0, SHOWN_PROBLEMS).join('\n  ')}${more}`);
    }
    return parsed;
}
function mergeCommand(files, options, io) {
    const reports = files.map((file) => readReport(file, io));
    const merged = (0,merge_reports/* mergeReports */.C)(reports, options.failOn ? { failOn: options.failOn } : {});
    const format = options.format ?? 'text';
    const minSeverity = options.minSeverity ?? 'info';
    const color = !options.output && (0,global_options/* wantsColor */.zK)(options.color, io);
    const text = (0,registry/* renderReport */.B)(format, merged, { minSeverity: { text: minSeverity, markdown: minSeverity, annotations: minSeverity } }, { color });
    (0,cli_io/* writeResult */.Zk)(text, options.output, `${merged.status}: ${merged.findings.length} findings from ${files.length} reports (${merged.scopes.length} scans)`, io);
    return (0,exit_codes/* reportExitCode */.i)(merged.status, options.allowEmpty === true);
}


/***/ }),

/***/ 4417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   JE: () => (/* binding */ reportStatus),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   ql: () => (/* binding */ sortResources)
/* harmony export */ });
/* harmony import */ var _merge_related_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1256);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9027);
/* harmony import */ var _output_safety_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(804);
/* harmony import */ var _report_bounds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6538);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6867);





/**
 * The verdict: failing on a finding at or above failOn; otherwise, when no scope could look at
 * anything, empty (every scope held nothing in scope) or unchecked (some could not be read); else
 * degraded or healthy by the findings. A scope that could not be checked next to others that were
 * is a coverage gap of the report, not its verdict.
 */
function reportStatus(findings, failOn, scopes) {
    if (failOn !== 'never' && findings.some((f) => (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isAtLeast */ .du)(f.severity, failOn)))
        return { status: 'failing' };
    if (scopes.length > 0 && scopes.every((s) => s.status !== 'checked')) {
        const status = scopes.some((s) => s.status === 'unchecked') ? 'unchecked' : 'empty';
        return { status, reason: scopeReasons(scopes.filter((s) => s.status === status), scopes.length) };
    }
    return { status: findings.some((f) => f.severity !== 'info') ? 'degraded' : 'healthy' };
}
const REASONS_SHOWN = 3;
function scopeReasons(scopes, total) {
    if (total === 1)
        return scopes[0]?.reason ?? 'no reason recorded';
    const named = scopes.slice(0, REASONS_SHOWN).map((s) => `${s.accountName ?? s.account} ${s.region}: ${s.reason ?? 'no reason recorded'}`);
    const more = scopes.length > REASONS_SHOWN ? `; and ${scopes.length - REASONS_SHOWN} more` : '';
    return `${scopes.length} of ${total} scans: ${named.join('; ')}${more}`;
}
function sortFindings(findings) {
    return [...findings].sort((a, b) => (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .severityRank */ .qs)(a.severity) - (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .severityRank */ .qs)(b.severity) ||
        (a.since ?? '9999').localeCompare(b.since ?? '9999') ||
        a.resource.type.localeCompare(b.resource.type) ||
        a.resource.id.localeCompare(b.resource.id) ||
        a.kind.localeCompare(b.kind) ||
        (a.resource.account ?? '').localeCompare(b.resource.account ?? '') ||
        (a.resource.region ?? '').localeCompare(b.resource.region ?? '') ||
        a.id.localeCompare(b.id));
}
/** The order of resources in every report: by type, id, then where. */
function sortResources(resources) {
    return [...resources].sort((a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id) || (a.account ?? '').localeCompare(b.account ?? '') || a.region.localeCompare(b.region));
}
/** A finding placed in its account and region, its related findings too. */
function placed(finding, account, region) {
    return {
        ...finding,
        resource: { ...finding.resource, account: finding.resource.account ?? account, region: finding.resource.region ?? region },
        ...(finding.related ? { related: finding.related.map((r) => placed(r, account, region)) } : {}),
    };
}
function buildReport(parts) {
    const region = parts.config.region;
    const sorted = sortFindings(parts.findings.map((f) => placed(f, parts.account, region))).map(_report_bounds_js__WEBPACK_IMPORTED_MODULE_2__/* .boundFinding */ .W);
    const findings = parts.config.output.mergeRelated ? (0,_merge_related_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeRelated */ .M)(sorted, parts.resources) : sorted;
    const window = { from: parts.config.window.from.toISOString(), to: parts.config.window.to.toISOString() };
    const scope = {
        account: parts.account,
        ...(parts.accountName ? { accountName: parts.accountName } : {}),
        region,
        window,
        generatedAt: parts.generatedAt.toISOString(),
        durationMs: parts.durationMs,
        apiCalls: parts.apiCalls.total,
        status: parts.check?.status ?? 'checked',
        ...(parts.check?.reason ? { reason: (0,_output_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .capBytes */ .YC)((0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(parts.check.reason), _report_bounds_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_CAPS */ .Bq.gapReason) } : {}),
        ...(parts.regionSource ? { regionSource: parts.regionSource } : {}),
        ...(parts.filtered?.length ? { filtered: parts.filtered } : {}),
    };
    const { status, reason } = reportStatus(findings, parts.config.output.failOn, [scope]);
    return {
        schemaVersion: _model_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_SCHEMA_VERSION */ .WI,
        tool: { name: 'aws-monitor', version: parts.version },
        generatedAt: parts.generatedAt.toISOString(),
        window,
        regions: [region],
        accounts: [parts.account],
        scopes: [scope],
        status,
        ...(reason ? { statusReason: reason } : {}),
        failOn: parts.config.output.failOn,
        resources: sortResources(parts.resources.map((r) => ({ ...r, account: r.account ?? parts.account }))).map(_report_bounds_js__WEBPACK_IMPORTED_MODULE_2__/* .boundResource */ .nS),
        findings,
        coverage: parts.coverage.map((gap) => ({ ...(0,_report_bounds_js__WEBPACK_IMPORTED_MODULE_2__/* .boundGap */ .dE)(gap), account: gap.account ?? parts.account, region: gap.region ?? region })),
        apiCalls: parts.apiCalls,
        ...(parts.logs ? { logs: parts.logs } : {}),
        durationMs: parts.durationMs,
    };
}


/***/ }),

/***/ 1256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ mergeRelated),
/* harmony export */   c: () => (/* binding */ allFindings)
/* harmony export */ });
// Noise control: one problem, one finding. A service whose error share jumps usually also shows a
// new exception, a 5xx spike on its target group and failing health checks; listing each as its
// own numbered problem buries the next one. Findings with the same cause on the same subject are
// reported as the worst of them, carrying the others whole as `related`.
//
// Conservative on purpose: a wrong merge hides a problem, a missed one only adds a line. So only
// one subject (a resource, or a target group that exactly one ECS service registers into) and one
// cause; running out of two different things (CPU and storage) stays two findings, and findings
// without a cause (a missing standby, logging turned off: each its own fix) are never merged.
/** The resource a finding is about, for merging: a target group counts as the one service behind it. */
function subjectsByResource(resources) {
    const servicesByGroup = new Map();
    for (const r of resources) {
        if (r.type !== 'ecs:service' || typeof r.attributes.targetGroups !== 'string')
            continue;
        for (const group of r.attributes.targetGroups.split(',')) {
            servicesByGroup.set(group, [...(servicesByGroup.get(group) ?? []), `ecs:service:${r.id}`]);
        }
    }
    const subjects = new Map();
    for (const [group, services] of servicesByGroup)
        if (services.length === 1)
            subjects.set(`elbv2:target-group:${group}`, services[0]);
    return subjects;
}
function mergeKey(finding, subjects) {
    if (!finding.cause)
        return undefined;
    const resource = `${finding.resource.type}:${finding.resource.id}`;
    const subject = subjects.get(resource) ?? resource;
    // Saturation of different capacities needs different fixes: merge only findings on one metric.
    const what = finding.cause === 'saturation' ? `saturation:${finding.series?.name ?? finding.kind}` : finding.cause;
    return `${subject}\u0000${what}`;
}
/**
 * Merges findings with one cause on one subject into the first of them. `findings` must be ordered
 * worst first (sortFindings), so the one kept is the worst and the order of what is left holds.
 */
function mergeRelated(findings, resources) {
    const subjects = subjectsByResource(resources);
    const groups = new Map();
    const kept = [];
    for (const finding of findings) {
        const key = mergeKey(finding, subjects);
        if (key === undefined) {
            kept.push({ finding });
            continue;
        }
        const group = groups.get(key);
        if (group)
            group.push(finding);
        else {
            groups.set(key, [finding]);
            kept.push({ finding, key });
        }
    }
    return kept.map(({ finding, key }) => {
        const group = key === undefined ? [finding] : groups.get(key);
        if (group.length === 1)
            return finding;
        const [primary, ...others] = group;
        // Already-merged input (a report merged again) is flattened: related findings never nest.
        const related = [...(primary.related ?? []), ...others.flatMap(({ related: inner, ...rest }) => [rest, ...(inner ?? [])])];
        return { ...primary, related };
    });
}
/** Every finding, merged or not: the worst of each group followed by its related ones. */
function allFindings(findings) {
    return findings.flatMap((f) => [f, ...(f.related ?? [])]);
}


/***/ }),

/***/ 2756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ mergeReports)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _build_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4417);
/* harmony import */ var _output_safety_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(804);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9027);
/* harmony import */ var _report_bounds_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6538);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6867);
// Many reports as one: the scans of several accounts and regions, whether one run made them side by
// side or a matrix of GitHub jobs did (`aws-monitor merge`). A run over several scopes builds its
// report with this same function, so merging the jobs' reports gives the report of one run over
// all of them (timing aside).






const uniqueSorted = (values) => [...new Set(values)].sort();
function mergeReports(reports, options = {}) {
    if (reports.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('nothing to merge: no reports given');
    const versions = uniqueSorted(reports.map((r) => String(r.schemaVersion)));
    if (versions.length > 1 || reports[0].schemaVersion !== _model_js__WEBPACK_IMPORTED_MODULE_5__/* .REPORT_SCHEMA_VERSION */ .WI) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`cannot merge reports of schema version ${versions.join(' and ')}: this aws-monitor reads version ${_model_js__WEBPACK_IMPORTED_MODULE_5__/* .REPORT_SCHEMA_VERSION */ .WI}; run the same version in every job`);
    }
    const failOns = uniqueSorted(reports.map((r) => r.failOn));
    if (!options.failOn && failOns.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the reports use different fail-on thresholds (${failOns.join(', ')}): give one with --fail-on`);
    }
    const failOn = options.failOn ?? reports[0].failOn;
    const scopes = reports.flatMap((r) => r.scopes).map((scope) => (scope.reason ? { ...scope, reason: (0,_output_safety_js__WEBPACK_IMPORTED_MODULE_2__/* .capBytes */ .YC)((0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(scope.reason), _report_bounds_js__WEBPACK_IMPORTED_MODULE_4__/* .FIELD_CAPS */ .Bq.gapReason) } : scope));
    const seen = new Set();
    for (const scope of scopes) {
        const key = `${scope.account} ${scope.region}`;
        if (seen.has(key))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`account ${scope.account} in ${scope.region} is in more than one report: each account and region must be scanned once`);
        seen.add(key);
    }
    // A report given to merge may come from anywhere: its text goes through the same redaction and caps as a scan's.
    const findings = (0,_build_report_js__WEBPACK_IMPORTED_MODULE_1__/* .sortFindings */ .Tc)(reports.flatMap((r) => r.findings.map(_report_bounds_js__WEBPACK_IMPORTED_MODULE_4__/* .boundFinding */ .W)));
    const froms = reports.map((r) => r.window.from).sort();
    const tos = reports.map((r) => r.window.to).sort();
    const logs = mergeLogs(reports.flatMap((r) => (r.logs ? [r.logs] : [])));
    const { status, reason } = (0,_build_report_js__WEBPACK_IMPORTED_MODULE_1__/* .reportStatus */ .JE)(findings, failOn, scopes);
    return {
        schemaVersion: _model_js__WEBPACK_IMPORTED_MODULE_5__/* .REPORT_SCHEMA_VERSION */ .WI,
        tool: reports[0].tool,
        generatedAt: reports.map((r) => r.generatedAt).sort().at(-1),
        window: { from: froms[0], to: tos.at(-1) },
        regions: uniqueSorted(reports.flatMap((r) => r.regions)),
        accounts: uniqueSorted(reports.flatMap((r) => r.accounts)),
        scopes: [...scopes].sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region)),
        status,
        ...(reason ? { statusReason: reason } : {}),
        failOn,
        resources: (0,_build_report_js__WEBPACK_IMPORTED_MODULE_1__/* .sortResources */ .ql)(reports.flatMap((r) => r.resources.map(_report_bounds_js__WEBPACK_IMPORTED_MODULE_4__/* .boundResource */ .nS))),
        findings,
        coverage: reports
            .flatMap((r) => r.coverage.map(_report_bounds_js__WEBPACK_IMPORTED_MODULE_4__/* .boundGap */ .dE))
            .sort((a, b) => (a.account ?? '').localeCompare(b.account ?? '') || (a.region ?? '').localeCompare(b.region ?? '') || a.service.localeCompare(b.service) || a.scope.localeCompare(b.scope)),
        apiCalls: mergeCalls(reports.map((r) => r.apiCalls)),
        ...(logs ? { logs } : {}),
        // Scopes run side by side (in one run, or as parallel jobs): the longest is the wall time.
        durationMs: reports.reduce((longest, r) => Math.max(longest, r.durationMs), 0),
    };
}
function mergeCalls(all) {
    const byOperation = new Map();
    for (const stat of all.flatMap((a) => a.byOperation)) {
        const key = `${stat.service} ${stat.operation}`;
        const sum = byOperation.get(key);
        byOperation.set(key, sum ? { ...sum, calls: sum.calls + stat.calls, requests: sum.requests + stat.requests, failed: sum.failed + stat.failed } : { ...stat });
    }
    return {
        total: all.reduce((n, a) => n + a.total, 0),
        requests: all.reduce((n, a) => n + a.requests, 0),
        byOperation: [...byOperation.values()].sort((a, b) => a.service.localeCompare(b.service) || a.operation.localeCompare(b.operation)),
    };
}
function mergeLogs(all) {
    if (all.length === 0)
        return undefined;
    const engines = new Set(all.map((l) => l.engine));
    return {
        engine: engines.size === 1 ? all[0].engine : 'mixed',
        sources: all.reduce((n, l) => n + l.sources, 0),
        expectedBytes: all.reduce((n, l) => n + l.expectedBytes, 0),
        bytesScanned: all.reduce((n, l) => n + l.bytesScanned, 0),
        skipped: all.reduce((n, l) => n + l.skipped, 0),
    };
}


/***/ }),

/***/ 6538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ FIELD_CAPS),
/* harmony export */   W: () => (/* binding */ boundFinding),
/* harmony export */   dE: () => (/* binding */ boundGap),
/* harmony export */   nS: () => (/* binding */ boundResource)
/* harmony export */ });
/* harmony import */ var _output_safety_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(804);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9027);
// Every free-text field of a report, redacted and then cut to a byte cap: what AWS says about a
// resource, what a log line says, and what a foreign JSON report given to `merge` says. Redaction
// comes first, so a cap never cuts a secret in half where the rules would no longer see it. The
// caps keep one 250 KB log line from making a multi-megabyte report (or a job summary that drops
// genuine findings to stay under GitHub's limit); each cut says how much it cut.


/** Byte caps per field: enough for any message AWS writes; far less than a hostile log line. */
const FIELD_CAPS = {
    title: 1_024,
    evidenceLabel: 200,
    evidenceValue: 4_096,
    nextStep: 2_048,
    signature: 2_048,
    /** A log example: a stack trace of about a hundred frames. */
    example: 16_384,
    attribute: 4_096,
    event: 4_096,
    tag: 1_024,
    gapScope: 1_024,
    gapReason: 2_048,
    id: 1_024,
};
// Redaction reads a generous head of the text, never megabytes it would cut anyway: a secret that
// reaches into the kept part lies whole inside the head, and is redacted before the cut.
const REDACTION_HEAD = 8;
function safe(text, cap) {
    if (text.length <= cap * REDACTION_HEAD)
        return (0,_output_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .capBytes */ .YC)((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(text), cap);
    const head = text.slice(0, cap * REDACTION_HEAD);
    return (0,_output_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .capBytes */ .YC)((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(head), cap, Buffer.byteLength(text, 'utf8') - Buffer.byteLength(head, 'utf8'));
}
/**
 * What AWS says about a resource can carry secrets too: a DMS failure message with a connection
 * string, an ECS event quoting an environment variable, a tag. Every free-text field goes through.
 */
function boundResource(resource) {
    return {
        ...resource,
        id: (0,_output_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .capBytes */ .YC)(resource.id, FIELD_CAPS.id),
        name: (0,_output_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .capBytes */ .YC)(resource.name, FIELD_CAPS.id),
        attributes: Object.fromEntries(Object.entries(resource.attributes).map(([k, v]) => [k, typeof v === 'string' ? safe(v, FIELD_CAPS.attribute) : v])),
        // Tags are free text anyone with tagging rights writes: connection strings and keys end up there.
        tags: Object.fromEntries(Object.entries(resource.tags).map(([k, v]) => [(0,_output_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .capBytes */ .YC)(k, FIELD_CAPS.tag), safe(v, FIELD_CAPS.tag)])),
        ...(resource.events ? { events: resource.events.map((e) => ({ ...e, message: safe(e.message, FIELD_CAPS.event) })) } : {}),
        ...(resource.stoppedTasks ? { stoppedTasks: resource.stoppedTasks.map((t) => ({ ...t, reason: safe(t.reason, FIELD_CAPS.event) })) } : {}),
    };
}
/** Every free-text field of a finding, related findings included. */
function boundFinding(finding) {
    return {
        ...finding,
        resource: { ...finding.resource, id: (0,_output_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .capBytes */ .YC)(finding.resource.id, FIELD_CAPS.id) },
        title: safe(finding.title, FIELD_CAPS.title),
        evidence: finding.evidence.map((e) => ({ label: safe(e.label, FIELD_CAPS.evidenceLabel), value: safe(e.value, FIELD_CAPS.evidenceValue) })),
        ...(finding.nextStep ? { nextStep: safe(finding.nextStep, FIELD_CAPS.nextStep) } : {}),
        ...(finding.logs
            ? {
                logs: {
                    ...finding.logs,
                    ...(finding.logs.signature ? { signature: safe(finding.logs.signature, FIELD_CAPS.signature) } : {}),
                    ...(finding.logs.example ? { example: safe(finding.logs.example, FIELD_CAPS.example) } : {}),
                },
            }
            : {}),
        ...(finding.related ? { related: finding.related.map(boundFinding) } : {}),
    };
}
function boundGap(gap) {
    return { ...gap, scope: safe(gap.scope, FIELD_CAPS.gapScope), reason: safe(gap.reason, FIELD_CAPS.gapReason) };
}


/***/ }),

/***/ 2789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ describeRegionSource),
/* harmony export */   h: () => (/* binding */ describeFiltered)
/* harmony export */ });
// How a scope's limits read in a sentence: what a filter left out, where the region came from.
// Shared by the engine (the reason of an empty scope) and the renderers.
/** "3 of 5 stacks match pp*production". */
function describeFiltered(count) {
    const noun = count.type.split(':')[1].replace(/-/g, ' ');
    return `${count.kept} of ${count.seen} ${noun}${count.seen === 1 ? '' : 's'} match ${count.filter}`;
}
/** "region from env AWS_REGION", or that no setting named one and the default was used. */
function describeRegionSource(source) {
    return source === 'default' ? 'the default region: no --region, AWS_REGION or profile region was set' : `region from ${source}`;
}


/***/ })

};
