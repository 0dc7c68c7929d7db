export const id = 317;
export const ids = [317];
export const modules = {

/***/ 317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeCommand: () => (/* binding */ mergeCommand)
/* harmony export */ });
/* unused harmony export readReport */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _report_merge_reports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2756);
/* harmony import */ var _report_report_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1119);
/* harmony import */ var _renderers_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6497);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8551);
/* harmony import */ var _global_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5117);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1604);
// `aws-monitor merge REPORT.json...`: the JSON reports of a matrix of jobs (one per account and
// region) as one report, in any format, with the exit code a pipeline gates on.







const SHOWN_PROBLEMS = 5;
/** A report file, trusted only once the schema accepts it; anything else names the file and what is wrong. */
function readReport(file, io) {
    const text = (0,_io_js__WEBPACK_IMPORTED_MODULE_6__.readInputFile)(file, io);
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${file}: not JSON (${error.message}); give the reports written with --format json`);
    }
    const problems = (0,_report_report_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .reportSchemaErrors */ .D)(parsed);
    if (problems.length > 0) {
        const version = parsed?.schemaVersion;
        const hint = typeof version === 'number' ? ` (its schemaVersion is ${version})` : '';
        const more = problems.length > SHOWN_PROBLEMS ? `\n  ... and ${problems.length - SHOWN_PROBLEMS} more` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`${file}: not an aws-monitor JSON report this version reads${hint}:\n  ${problems.slice(0, SHOWN_PROBLEMS).join('\n  ')}${more}`);
    }
    return parsed;
}
function mergeCommand(files, options, io) {
    const reports = files.map((file) => readReport(file, io));
    const merged = (0,_report_merge_reports_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeReports */ .C)(reports, options.failOn ? { failOn: options.failOn } : {});
    const format = options.format ?? 'text';
    const minSeverity = options.minSeverity ?? 'info';
    const color = !options.output && (0,_global_options_js__WEBPACK_IMPORTED_MODULE_5__/* .wantsColor */ .zK)(options.color, io);
    const text = (0,_renderers_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .renderReport */ .B)(format, merged, { minSeverity: { text: minSeverity, markdown: minSeverity, annotations: minSeverity } }, { color });
    (0,_io_js__WEBPACK_IMPORTED_MODULE_6__.writeResult)(text, options.output, `${merged.status}: ${merged.findings.length} findings from ${files.length} reports (${merged.scopes.length} scans)`, io);
    return (0,_exit_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .reportExitCode */ .i)(merged.status, options.allowEmpty === true);
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
