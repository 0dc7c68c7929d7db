export const id = 522;
export const ids = [522];
export const modules = {

/***/ 9241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ callerAccount)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1695);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8098);
/* harmony import */ var _response_guard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6722);
// Which account the credentials belong to (sts:GetCallerIdentity): asked first, since nothing
// else can be checked or attributed without it. Fewer attempts and a shorter timeout than other
// calls, so a scan with no route to AWS says so quickly.



const IDENTITY_ATTEMPTS = 3;
const IDENTITY_TIMEOUT_MS = 10_000;
async function callerAccount(clients) {
    const tuning = { maxAttempts: Math.min(IDENTITY_ATTEMPTS, clients.options.maxAttempts), requestTimeoutMs: Math.min(IDENTITY_TIMEOUT_MS, clients.options.requestTimeoutMs) };
    try {
        const identity = await clients.get(_aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__/* .STSClient */ .iM, undefined, tuning).send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_2__/* .GetCallerIdentityCommand */ .zI({}));
        if (!identity.Account)
            throw new _response_guard_js__WEBPACK_IMPORTED_MODULE_1__/* .UnexpectedResponseError */ .dk('sts:GetCallerIdentity answered without an account id');
        return identity.Account;
    }
    catch (error) {
        if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isCredentialsError */ .B_)(error))
            throw new _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsUnusableError */ .E9((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__.describeAwsError)(error));
        throw error;
    }
}


/***/ }),

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
            throw new _aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsUnusableError */ .E9((0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__.describeAwsError)(error));
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
        return `access denied: grant ${action} (${(0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__.describeAwsError)(error)})`;
    if ((0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isThrottling */ .E2)(error))
        return `throttled beyond retries: ${(0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__.describeAwsError)(error)}`;
    return (0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__.describeAwsError)(error);
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

/***/ 9417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ createCollectorContext)
/* harmony export */ });
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(370);
// The one way a CollectorContext is made: the scan, the post-deploy gate and the tests build it here,
// so the shared call limit, the gap list and the deadline's signal are wired the same way everywhere.

function createCollectorContext(parts) {
    // AWS calls in flight at once over the whole run: [scan] concurrency.
    const limit = (0,p_limit__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A)(parts.config.concurrency);
    return {
        config: parts.config,
        clients: parts.clients,
        now: parts.now,
        limit: (task) => limit(task),
        gap: (gap) => parts.coverage.push(gap),
        progress: parts.progress ?? (() => undefined),
        ...(parts.signal ? { signal: parts.signal } : {}),
        ...(parts.filtered ? { filtered: parts.filtered } : {}),
    };
}


/***/ }),

/***/ 5561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ok: () => (/* binding */ readLogDigests)
});

// UNUSED EXPORTS: DEFAULT_KEPT_BYTES_TOTAL, MIN_KEPT_BYTES_PER_SOURCE, describeLogGroups, keptBytesPerSource, keptEventsPerSource, readLogs

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var dist_cjs = __webpack_require__(303);
// EXTERNAL MODULE: ./src/config/regex-safety.ts
var regex_safety = __webpack_require__(1452);
;// CONCATENATED MODULE: ./src/telemetry/logs/pattern-budget.ts
// The CPU time user-written patterns (error_patterns, [log_pattern:NAME]) may take in one scan.
// They run in JavaScript's backtracking engine, and even a pattern the safety check accepts can be
// quadratic in a line (matched on at most MAX_MATCHED_CHARS of it): tens of milliseconds on a
// hostile 4 KiB line, times a hundred thousand kept lines. The run-wide deadline cannot interrupt a
// synchronous loop, so this budget does: past it, user patterns match nothing more, and the scan
// reports a coverage gap saying its counts and findings are partial.

class PatternBudget {
    limitMs;
    clock;
    spentMs = 0;
    /** True once the budget ran out: user patterns stopped matching. */
    exhausted = false;
    constructor(limitMs, clock = () => performance.now()) {
        this.limitMs = limitMs;
        this.clock = clock;
    }
    /** The pattern as a line test that counts its time against the budget (head of the line only). */
    test(regex) {
        return (line) => {
            if (this.exhausted)
                return false;
            const started = this.clock();
            const matched = regex.test(line.length > regex_safety/* MAX_MATCHED_CHARS */.c ? line.slice(0, regex_safety/* MAX_MATCHED_CHARS */.c) : line);
            this.spentMs += this.clock() - started;
            if (this.spentMs > this.limitMs)
                this.exhausted = true;
            return matched;
        };
    }
}
/** A test on the head of the line only, for patterns outside any budget (offline commands). */
function headTest(regex) {
    return (line) => regex.test(line.length > regex_safety/* MAX_MATCHED_CHARS */.c ? line.slice(0, regex_safety/* MAX_MATCHED_CHARS */.c) : line);
}

// EXTERNAL MODULE: ./src/analysis/logs/log-template-grouper.ts + 1 modules
var log_template_grouper = __webpack_require__(2735);
;// CONCATENATED MODULE: ./src/analysis/logs/parsers/levels.ts
// Level numbers as logging libraries and protocols write them, and the level of an HTTP status.
/** pino/bunyan (10..60), syslog (0..7) and log4j2 intLevel (100..600) numbers. */
function levelOfNumber(n) {
    if (!Number.isFinite(n) || n < 0)
        return 'unknown';
    if (n <= 7)
        return n <= 2 ? 'fatal' : n === 3 ? 'error' : n === 4 ? 'warn' : n <= 6 ? 'info' : 'debug';
    if (n < 100)
        return n >= 60 ? 'fatal' : n >= 50 ? 'error' : n >= 40 ? 'warn' : n >= 30 ? 'info' : 'debug';
    return n <= 100 ? 'fatal' : n <= 200 ? 'error' : n <= 300 ? 'warn' : n <= 400 ? 'info' : 'debug';
}
/** OpenTelemetry SeverityNumber 1..24. */
function levelOfSeverityNumber(n) {
    if (!Number.isFinite(n) || n < 1)
        return 'unknown';
    return n >= 21 ? 'fatal' : n >= 17 ? 'error' : n >= 13 ? 'warn' : n >= 9 ? 'info' : 'debug';
}
/** Python's levelno: 50 CRITICAL, 40 ERROR, 30 WARNING, 20 INFO, 10 DEBUG. */
function levelOfPythonNumber(n) {
    if (!Number.isFinite(n) || n < 0)
        return 'unknown';
    return n >= 50 ? 'fatal' : n >= 40 ? 'error' : n >= 30 ? 'warn' : n >= 20 ? 'info' : 'debug';
}
/** 5xx error, 4xx warn, anything else info. */
function levelOfStatus(status) {
    return status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
}

;// CONCATENATED MODULE: ./src/analysis/logs/parsers/text-layout.ts
// Text log lines: the layout prefix of a line (timestamp, level, pid, thread, logger) and the
// scanners every parser shares (timestamps, whitespace, brackets, level words, URL paths).
// Layouts, as the libraries write them by default (no AWS page defines application logs):
//   Spring Boot `2024-01-01 12:00:00.123 ERROR 1234 --- [thread] c.x.Y : msg`, and since 3.x
//               `... ERROR 1 --- [app] [thread] c.x.Y : msg`
//   log4j/logback `2024-01-01 12:00:00,123 ERROR [thread] c.x.Y - msg`, `12:00:00.123 [main] ERROR c.x.Y - msg`
//   Python      `ERROR:root:msg`, `2024-01-01 12:00:00,123 - name - ERROR - msg`, `... ERROR [name] msg`
//   Go          logfmt `level=error msg="..."`, glog/klog `E0101 12:00:00.000000 1 file.go:12] msg`,
//               zap console `<ts>\terror\tpkg/file.go:12\tmsg`, logrus text `ERRO[0000] msg`
//   access logs nginx/Apache common and combined: `"GET /x HTTP/1.1" 503 123`
//   other text  a level word near the start (`[ERROR]`, `WARN:`, `<ts> INFO ...`), else a guess.
// Stack-trace lines (`\tat ...`, `Traceback ...`, `  File "..."`, `x.y.FooException: ...`) keep their
// text untouched for the trace splitter.
// Everything here is a hand-written loop over char codes, a table lookup or an anchored regex with
// bounded repeats: linear in the line, and no nested quantifiers. The hot helpers live in this one
// module on purpose: a call across modules can go through a getter (tsx and CommonJS bundles),
// which keeps V8 from inlining it and halves the speed of classifyLevel.

// ---------------------------------------------------------------------------------------------
// Level words
/** Any spelling (looked up as given, then lower-cased) -> level: for values known to be a level (JSON, logfmt). */
const ANY_CASE = new Map();
/** Exact spelling -> level, for words found in free text. `upper` marks the all-caps spelling. */
const WORDS = new Map();
// `full` words count in UPPER, Title and lower case; `upperOnly` ones only in capitals, because in
// lower case they are ordinary words ("alert", "fine", "crit") or too short to trust ("err", "inf").
function words(level, full, upperOnly) {
    for (const w of [...full, ...upperOnly]) {
        // The usual spellings too, so that most lookups find their key without lower-casing it first.
        for (const spelling of [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1)])
            ANY_CASE.set(spelling, level);
        WORDS.set(w.toUpperCase(), { level, upper: true });
    }
    for (const w of full) {
        WORDS.set(w[0].toUpperCase() + w.slice(1), { level, upper: false });
        WORDS.set(w, { level, upper: false });
    }
}
// Then the short forms of Serilog (INF, ERR...), log15 (EROR, DBUG...) and logrus text (ERRO, FATA...).
words('fatal', ['fatal', 'critical', 'panic', 'emergency'], ['crit', 'emerg', 'alert', 'ftl', 'fata', 'pani']);
words('error', ['error'], ['err', 'severe', 'eror', 'erro']);
words('warn', ['warn', 'warning'], ['wrn']);
words('info', ['info', 'notice', 'note', 'information', 'informational'], ['inf']);
words('debug', ['debug', 'trace', 'verbose'], ['fine', 'finer', 'finest', 'dbg', 'vrb', 'dbug', 'debu', 'trac', 'trce']);
const MAX_WORD = 13;
const BUCKETS = [];
for (const [word, hit] of WORDS) {
    const key = word.length * 128 + (word.charCodeAt(0) & 127);
    (BUCKETS[key] ??= []).push({ word, level: hit.level, upper: hit.upper });
}
/** The level a whole word names, in any case (`error`, `Error`, `ERROR`, `crit`), or undefined. */
function levelOfWord(word) {
    if (word.length === 0 || word.length > MAX_WORD)
        return undefined;
    return ANY_CASE.get(word) ?? ANY_CASE.get(word.toLowerCase());
}
/**
 * The level word in line[start, end), ignoring a trailing ':' or ',' and a logrus `[0000]` tail.
 * 1 = found in capitals, 2 = found in Title/lower case, 0 = not a level word. The level is left in
 * `wordLevel.level` (no allocation per call: this runs for every token of every line's prefix).
 */
const wordLevel = { level: 'unknown' };
function levelWordAt(line, start, end) {
    let e = Math.min(end, start + MAX_WORD + 8);
    for (let k = start + 1; k < e; k += 1) {
        if (line.charCodeAt(k) === 91 /* [ */) {
            e = k;
            break;
        }
    }
    if (e < end && e === start + MAX_WORD + 8)
        return 0;
    while (e > start && (line.charCodeAt(e - 1) === 58 /* : */ || line.charCodeAt(e - 1) === 44) /* , */)
        e -= 1;
    if (e - start < 3 || e - start > MAX_WORD)
        return 0;
    const c = line.charCodeAt(start);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122)))
        return 0;
    const bucket = BUCKETS[(e - start) * 128 + c];
    if (bucket === undefined)
        return 0;
    for (const candidate of bucket) {
        if (line.startsWith(candidate.word, start)) {
            wordLevel.level = candidate.level;
            return candidate.upper ? 1 : 2;
        }
    }
    return 0;
}
// A level-ish word standing on its own near the start of a line: not inside an identifier, a path,
// a file name or a header name (error_code, /errors/, error.log, X-Trace-Id do not count).
// Lower-case "info", "debug", "critical" are too common in prose to mean a level; "error" is not.
const GUESS = /(?:^|[^\w./$@-])(FATAL|Fatal|fatal|PANIC|panic|CRITICAL|Critical|SEVERE|ERROR|Error|error|ERR|WARNING|Warning|warning|WARN|Warn|warn|Exception|exception|Traceback|INFO|DEBUG|TRACE)(?![\w/$@-]|\.\S)/;
const GUESS_HEAD = 240;
/** The level the first words of a line suggest when no layout names one; 'unknown' if none. */
function guessLevel(line) {
    let end = line.indexOf('\n');
    if (end === -1 || end > GUESS_HEAD)
        end = Math.min(line.length, GUESS_HEAD);
    const m = GUESS.exec(end === line.length ? line : line.slice(0, end));
    if (!m)
        return 'unknown';
    const w = m[1];
    return w === 'Exception' || w === 'exception' || w === 'Traceback' ? 'error' : (WORDS.get(w)?.level ?? 'unknown');
}
// ---------------------------------------------------------------------------------------------
// Scanners
const isDigit = (c) => c >= 48 && c <= 57;
/** Space, tab, carriage return, and the no-break space copied-from-a-web-page logs carry. */
function isSpace(c) {
    return c === 32 || c === 9 || c === 13 || c === 160;
}
function skipSpaces(s, i, end = s.length) {
    while (i < end && isSpace(s.charCodeAt(i)))
        i += 1;
    return i;
}
function digits(s, i, n) {
    let v = 0;
    for (let k = 0; k < n; k += 1) {
        const c = s.charCodeAt(i + k);
        if (!isDigit(c))
            return -1;
        v = v * 10 + (c - 48);
    }
    return v;
}
/**
 * `YYYY-MM-DD[T ]HH:MM:SS`, date separators `-` or `/`, then optional fraction after `.`, `,` or `:`
 * (DMS writes `19:48:46:979532`), then optional zone: `Z`, `+hh:mm`, `+hhmm`, ` UTC`, ` GMT`.
 * A timestamp without a zone is read as UTC. Undefined when `s` has no such timestamp at `i`.
 */
function readTimestamp(s, i) {
    const end = timestampEnd(s, i);
    return end === -1 ? undefined : { ms: stampMs, end };
}
/** Epoch ms of the timestamp timestampEnd last read. */
let stampMs = 0;
/** readTimestamp without an object: the end index (or -1), the time left in `stampMs`. */
function timestampEnd(s, i) {
    if (s.length < i + 19)
        return -1;
    const year = digits(s, i, 4);
    const sep = s.charCodeAt(i + 4);
    if (year < 0 || (sep !== 45 && sep !== 47) || s.charCodeAt(i + 7) !== sep)
        return -1;
    const month = digits(s, i + 5, 2);
    const day = digits(s, i + 8, 2);
    const t = s.charCodeAt(i + 10);
    if (month < 1 || month > 12 || day < 1 || day > 31 || (t !== 84 && t !== 32))
        return -1;
    const hour = digits(s, i + 11, 2);
    const minute = digits(s, i + 14, 2);
    const second = digits(s, i + 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60 || s.charCodeAt(i + 13) !== 58 || s.charCodeAt(i + 16) !== 58)
        return -1;
    let j = i + 19;
    let ms = 0;
    const f = s.charCodeAt(j);
    if ((f === 46 || f === 44 || f === 58) && isDigit(s.charCodeAt(j + 1))) {
        j += 1;
        let scale = 100;
        while (j < s.length && isDigit(s.charCodeAt(j))) {
            if (scale >= 1)
                ms += (s.charCodeAt(j) - 48) * scale;
            scale /= 10;
            j += 1;
        }
        ms = Math.floor(ms);
    }
    let offsetMin = 0;
    const z = s.charCodeAt(j);
    if (z === 90 /* Z */)
        j += 1;
    else if (z === 43 || z === 45) {
        const oh = digits(s, j + 1, 2);
        const colon = s.charCodeAt(j + 3) === 58 ? 1 : 0;
        const om = digits(s, j + 3 + colon, 2);
        if (oh >= 0 && om >= 0) {
            offsetMin = (z === 43 ? 1 : -1) * (oh * 60 + om);
            j += 5 + colon;
        }
    }
    else if (z === 32 && (s.startsWith('UTC', j + 1) || s.startsWith('GMT', j + 1)))
        j += 4;
    const epoch = ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute - offsetMin) * 60_000 + second * 1000 + ms;
    stampMs = epoch;
    return j;
}
// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm): Date.UTC without
// its cost, which shows when every line of millions carries a timestamp.
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146_097 + doe - 719_468;
}
/**
 * Index of the `]` closing the `[` at `open` (nested brackets allowed), or -1 if it is not closed
 * before `end`.
 */
function closingBracket(s, open, end) {
    let depth = 0;
    for (let k = open; k < end; k += 1) {
        const c = s.charCodeAt(k);
        if (c === 91)
            depth += 1;
        else if (c === 93) {
            depth -= 1;
            if (depth === 0)
                return k;
        }
    }
    return -1;
}
/** A request target without scheme and host, query string or fragment (ids and tokens live there). */
function pathOnly(target) {
    let start = 0;
    const scheme = target.indexOf('://');
    if (scheme > 0 && scheme < 16) {
        const slash = target.indexOf('/', scheme + 3);
        if (slash === -1)
            return '/';
        start = slash;
    }
    let end = target.length;
    for (let k = start; k < end; k += 1) {
        const c = target.charCodeAt(k);
        if (c === 63 /* ? */ || c === 35 /* # */) {
            end = k;
            break;
        }
    }
    return start === 0 && end === target.length ? target : target.slice(start, end) || '/';
}
/** Trailing spaces, tabs, carriage returns and newlines off. */
function trimEnd(s) {
    let e = s.length;
    while (e > 0 && (isSpace(s.charCodeAt(e - 1)) || s.charCodeAt(e - 1) === 10))
        e -= 1;
    return e === s.length ? s : s.slice(0, e);
}
// ---------------------------------------------------------------------------------------------
// Text lines
// The layout prefix is looked for in this many characters of the first line.
const PREFIX_SCAN = 1_024;
// Access-log and logfmt fields are looked for in this many characters.
const FIELD_SCAN = 8_192;
// Every head has the same keys in the same order: one object shape keeps the hot paths monomorphic.
function textHead(level, start, origin, timestamp, verbatim = false) {
    return { level, start, origin, timestamp, verbatim, message: undefined };
}
const VERBATIM = textHead(undefined, 0, undefined, undefined, true);
const VERBATIM_ERROR = textHead('error', 0, undefined, undefined, true);
const VERBATIM_FATAL = textHead('fatal', 0, undefined, undefined, true);
const TRACEBACK = 'Traceback (most recent call last)';
// `java.lang.IllegalStateException: x`, `KeyError: 'id'`, `Error: boom`, a bare `com.x.FooException`.
const EXCEPTION_HEADER = /^(?:Exception|Error)(?::|$)|^[A-Za-z_$][\w$.]*(?:Exception|Error)(?::|$)/;
// Python's basicConfig default `LEVEL:logger:message`.
const PYTHON_DEFAULT = /^(CRITICAL|FATAL|ERROR|WARNING|WARN|INFO|DEBUG):([^:\s]*):/;
// glog / klog: `E0101 12:00:00.000000    1 file.go:12] message`.
const GLOG = /^([IWEF])(\d\d)(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{1,9}) +\d+ ([^\s\]]{1,200})\] ?/;
// `"GET /path HTTP/1.1" 503` (common/combined log format; also OpenStack's `" status: 200`);
// `[^"]{0,12}` takes the optional ` HTTP/1.1`.
const ACCESS = /"([A-Z]{3,10}) ([^\s"]{1,8192})[^"]{0,12}" (?:status: )?([1-5]\d\d)(?!\d)/;
// BSD syslog (RFC 3164) as rsyslog and journald forward it: `Jun 14 15:16:01 host sshd[1993]: message`,
// `... host su(pam_unix)[21416]: ...`, `... host kernel: ...`. The tag and pid are the origin, not the message.
const SYSLOG = /^[A-Z][a-z]{2} {1,2}\d{1,2} \d\d:\d\d:\d\d(?:\.\d{1,6})? [^\s:]{1,255} ([A-Za-z_][^\s:[\]]{0,63})(?:\[\d{1,10}\])?: /;
const LEADING_IP = /^(?:\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|[0-9a-fA-F]{0,4}:[0-9a-fA-F:.]{2,45})(?=[\s,])/;
const GLOG_LEVEL = { I: 'info', W: 'warn', E: 'error', F: 'fatal' };
// The commonest layouts, `<timestamp> [pid | -] LEVEL ...` (Spring Boot, log4j, Python, Go...): the
// prefix before the level in one anchored regex, then the level word in place. The walker below
// gives the same answer, but a native regex is several times faster than a loop over char codes,
// and classifyLevel runs on millions of lines. The timestamp forms are spelled out as alternatives
// so that no quantifier sits inside another. Global flag: test() leaves the match's end in
// lastIndex, so no match array is allocated per line.
const TIMESTAMP_PREFIX = new RegExp('^(?:' +
    [
        '\\d{4}[-/]\\d\\d[-/]\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d[.,]\\d{1,9}Z', // 2024-03-01T10:15:02.123Z
        '\\d{4}[-/]\\d\\d[-/]\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d[.,]\\d{1,9}[+-]\\d\\d:\\d\\d', // ...123+01:00
        '\\d{4}[-/]\\d\\d[-/]\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d[.,]\\d{1,9}', // 2024-03-01 10:15:02,123
        '\\d{4}[-/]\\d\\d[-/]\\d\\d[T ]\\d\\d:\\d\\d:\\d\\dZ', // 2024-03-01T10:15:02Z
        '\\d{4}[-/]\\d\\d[-/]\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d', // 2024/03/01 10:15:02
        '\\d\\d/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d', // 17/06/09 20:10:40
        '\\d{6} \\d{6}', // 081109 203615
    ].join('|') +
    // Then a pid or a dash, or neither (an empty alternative rather than a `?` around a repeat).
    ')[ \\t]{1,16}(?:\\d{1,12}[ \\t]{1,8}|-[ \\t]{1,16}|)', 'g');
/**
 * The level word right after a `TIMESTAMP_PREFIX`, as the walker would accept it there (after a
 * timestamp, pid or dash any spelling counts): its end index, the level in `wordLevel.level`; -1 if none.
 */
function levelAfterTimestamp(line) {
    TIMESTAMP_PREFIX.lastIndex = 0;
    if (!TIMESTAMP_PREFIX.test(line))
        return -1;
    const start = TIMESTAMP_PREFIX.lastIndex;
    const end = tokenEnd(line, start, Math.min(line.length, start + 24));
    if (end === start + 24 || levelWordAt(line, start, end) === 0)
        return -1;
    return end;
}
/** Parse a text event: the first line's layout prefix comes off; further lines follow unchanged. */
function parseText(text) {
    const nl = text.indexOf('\n');
    const first = nl === -1 ? text : text.slice(0, nl);
    const head = readTextHead(first);
    let parsed;
    if (head.verbatim) {
        parsed = { level: head.level ?? 'unknown', message: text };
    }
    else {
        const level = head.level ?? guessLevel(first);
        let message = head.start === 0 ? first : first.slice(head.start);
        message = trimEnd(message);
        // logfmt gives its `msg` value; other layouts a slice of the line.
        parsed = { level, message: head.message ?? (nl === -1 ? message : message + text.slice(nl)) };
        if (head.origin)
            parsed.origin = head.origin;
        if (head.timestamp !== undefined)
            parsed.timestamp = head.timestamp;
        access(first, head, parsed);
    }
    return parsed;
}
/** The level a text line's layout gives, without building a record (classifyLevel's text path). */
function textLevel(line) {
    if (levelAfterTimestamp(line) !== -1)
        return wordLevel.level;
    const nl = line.indexOf('\n');
    const first = nl === -1 ? line : line.slice(0, nl);
    const head = readTextHead(first, false);
    if (head.level)
        return head.level;
    if (head.verbatim)
        return 'unknown';
    const status = accessStatus(first);
    return status !== undefined ? levelOfStatus(status) : guessLevel(first);
}
/** The first line's layout. Without `fields`, only the level and message start (no origin, no slices). */
function readTextHead(line, fields = true) {
    const c0 = line.charCodeAt(0);
    // Indented: a frame (`\tat ...`, `  File "..."`, `    at f (x.js:1:2)`), source text or a wrapped line.
    if (c0 === 9 || c0 === 32)
        return VERBATIM;
    if (c0 === 84 /* T */ && line.startsWith(TRACEBACK))
        return VERBATIM_ERROR;
    if (c0 === 67 /* C */ && line.startsWith('Caused by: '))
        return VERBATIM;
    if (c0 === 112 /* p */ && line.startsWith('panic: '))
        return VERBATIM_FATAL;
    if (c0 === 103 /* g */ && line.startsWith('goroutine '))
        return VERBATIM;
    if (c0 === 102 /* f */ && line.startsWith('fatal error: '))
        return VERBATIM_FATAL;
    if (c0 === 69 /* E */ && line.startsWith('Exception in thread '))
        return VERBATIM_ERROR;
    const scan = line.length > PREFIX_SCAN ? line.slice(0, PREFIX_SCAN) : line;
    if (EXCEPTION_HEADER.test(scan))
        return VERBATIM_ERROR;
    if (c0 >= 65 && c0 <= 90 && line.charCodeAt(15) === 32) {
        const syslog = SYSLOG.exec(scan);
        if (syslog) {
            const rest = skipSpaces(line, syslog[0].length);
            const inner = readTextHead(line.slice(rest), fields);
            return textHead(inner.level, rest + inner.start, fields ? syslog[1] : undefined, undefined, inner.verbatim && inner.start === 0 ? false : inner.verbatim);
        }
    }
    const python = PYTHON_DEFAULT.exec(scan);
    if (python) {
        return textHead(levelOfWord(python[1]), python[0].length, python[2] || undefined);
    }
    if ((c0 === 73 || c0 === 87 || c0 === 69 || c0 === 70) && line.charCodeAt(1) >= 48 && line.charCodeAt(1) <= 57) {
        const glog = GLOG.exec(scan);
        if (glog)
            return textHead(GLOG_LEVEL[glog[1]], glog[0].length, glog[8]);
    }
    return walkPrefix(scan, line, fields);
}
// Token kinds while walking a prefix.
const START = 0;
const NUMBER = 1; // a timestamp piece, pid, uuid
const SEPARATOR = 2; // - -- --- | : >
const BRACKET = 3;
const NAME = 4; // any other word
const NAME_COLON = 5; // a word ending in ':' (`sshd[12]:`, `myapp:`)
/**
 * Walks the first tokens of a line: timestamps, pids, `[thread]` groups and separators, until a
 * level word; then the pid, `---`, `[app] [thread]` groups and a `logger :` / `logger -` after it.
 * No level within a few words means there is no recognisable layout: the level is left to a guess
 * and only a leading ISO timestamp comes off the message.
 */
function walkPrefix(line, whole, fields) {
    const n = line.length;
    let i = 0;
    let timestamp;
    let prev = START;
    const stampEnd = timestampEnd(line, 0);
    if (stampEnd !== -1) {
        timestamp = stampMs;
        i = stampEnd;
        prev = NUMBER;
    }
    const afterStamp = skipSpaces(line, i);
    let level;
    const fast = stampEnd === -1 ? -1 : levelAfterTimestamp(line);
    if (fast !== -1) {
        level = wordLevel.level;
        i = fast;
    }
    let names = 0;
    let nameOrigin;
    let lastName = -1;
    let lastNameEnd = -1;
    let bracketOrigin;
    let beforeName = START;
    let nameDashEnd = -1;
    for (let t = 0; t < 12 && level === undefined; t += 1) {
        i = skipSpaces(line, i, n);
        if (i >= n)
            break;
        if (line.charCodeAt(i) === 91 /* [ */) {
            const close = closingBracket(line, i, n);
            if (close === -1)
                break;
            const inBracket = bracketLevel(line, i + 1, close);
            if (inBracket)
                level = inBracket;
            else if (fields && bracketOrigin === undefined)
                bracketOrigin = plainWord(line, i + 1, close);
            i = close + 1;
            prev = BRACKET;
            continue;
        }
        const j = tokenEnd(line, i, n);
        // logfmt (`time=... level=error msg="..."`): its own reader.
        if (line.charCodeAt(i) === 108 /* l */ && (line.startsWith('level=', i) || line.startsWith('lvl=', i))) {
            const logfmt = readLogfmt(whole);
            if (logfmt)
                return logfmt;
        }
        const kind = levelWordAt(line, i, j);
        if (kind !== 0) {
            const colon = line.charCodeAt(j - 1) === 58;
            const accepted = kind === 1 ? prev !== NAME : prev === NUMBER || prev === BRACKET || prev === SEPARATOR || (prev === START && colon);
            if (accepted) {
                level = wordLevel.level;
                i = j;
                break;
            }
        }
        if (isSeparator(line, i, j)) {
            // Python's `%(asctime)s - %(name)s - %(levelname)s - ...`: the name between separators.
            if (fields && prev === NAME && lastName !== -1)
                nameOrigin = line.slice(lastName, lastNameEnd);
            // `[10.30 16:49:06] chrome.exe - message`: a stamp, one name and a dash, with no level after.
            if (prev === NAME && names === 1 && beforeName !== START && line.charCodeAt(i) === 45)
                nameDashEnd = j;
            prev = SEPARATOR;
        }
        else if (isNumberish(line, i, j))
            prev = NUMBER;
        else {
            names += 1;
            if (names > 3)
                break;
            if (names === 1)
                beforeName = prev;
            const colon = line.charCodeAt(j - 1) === 58;
            prev = colon ? NAME_COLON : NAME;
            lastName = i;
            lastNameEnd = colon ? j - 1 : j;
        }
        i = j;
    }
    if (level === undefined) {
        if (nameDashEnd !== -1)
            return textHead(undefined, skipSpaces(line, nameDashEnd), fields ? nameOrigin : undefined, timestamp);
        return textHead(undefined, timestamp === undefined ? 0 : afterStamp, undefined, timestamp);
    }
    // After the level: pid, `---`, bracket groups, then maybe a logger followed by `:` / `-` / tab.
    let logger;
    let threadOrigin;
    for (let t = 0; t < 8; t += 1) {
        i = skipSpaces(line, i, n);
        if (i >= n)
            break;
        if (line.charCodeAt(i) === 91) {
            const close = closingBracket(line, i, n);
            if (close === -1)
                break;
            if (fields && threadOrigin === undefined)
                threadOrigin = plainWord(line, i + 1, close);
            i = close + 1;
            continue;
        }
        const j = tokenEnd(line, i, n);
        if (isSeparator(line, i, j) || isNumberish(line, i, j)) {
            i = j;
            continue;
        }
        if (isLoggerLike(line, i, j)) {
            if (line.charCodeAt(j - 1) === 58 && j - 1 > i) {
                if (fields)
                    logger = line.slice(i, j - 1);
                i = j;
                break;
            }
            const next = skipSpaces(line, j, n);
            const c = line.charCodeAt(next);
            if ((c === 58 /* : */ || (c === 45 /* - */ && next > j)) && (next + 1 >= n || isSpace(line.charCodeAt(next + 1)))) {
                if (fields)
                    logger = line.slice(i, j);
                i = next + 1;
                break;
            }
            if (line.charCodeAt(j) === 9 /* tab */) {
                if (fields)
                    logger = line.slice(i, j);
                i = j;
                break;
            }
            // oslo.log and similar: `nova.compute.manager [req-... - - - - -] message`, a dotted logger
            // then a context group in brackets, whatever it holds.
            if (c === 91 /* [ */ && line.lastIndexOf('.', j) > i) {
                const close = closingBracket(line, next, n);
                if (close !== -1) {
                    if (fields)
                        logger = line.slice(i, j);
                    i = close + 1;
                    break;
                }
            }
        }
        break;
    }
    return textHead(level, skipSpaces(line, Math.min(i, n), n), logger ?? threadOrigin ?? bracketOrigin ?? nameOrigin, timestamp);
}
function tokenEnd(line, i, n) {
    let j = i;
    while (j < n && !isSpace(line.charCodeAt(j)))
        j += 1;
    return j;
}
/** `[ERROR]`, `[error]`, `[Note]`, Serilog's `[12:00:00 ERR]`: the level in a bracket group. */
function bracketLevel(line, start, end) {
    let s = skipSpaces(line, start, end);
    let e = end;
    while (e > s && isSpace(line.charCodeAt(e - 1)))
        e -= 1;
    if (e - s > 40)
        return undefined;
    const space = line.lastIndexOf(' ', e - 1);
    if (space >= s)
        s = space + 1;
    return levelWordAt(line, s, e) !== 0 ? wordLevel.level : undefined;
}
/** The bracket's content if it is one word (a thread or logger name), else undefined. */
function plainWord(line, start, end) {
    const s = skipSpaces(line, start, end);
    let e = end;
    while (e > s && isSpace(line.charCodeAt(e - 1)))
        e -= 1;
    if (e <= s || e - s > 200)
        return undefined;
    for (let k = s; k < e; k += 1)
        if (isSpace(line.charCodeAt(k)))
            return undefined;
    return line.slice(s, e);
}
function isSeparator(line, i, j) {
    for (let k = i; k < j; k += 1) {
        const c = line.charCodeAt(k);
        if (c !== 45 && c !== 124 && c !== 58 && c !== 62 && c !== 8212 && c !== 8211 && c !== 187)
            return false;
    }
    return j - i <= 4;
}
/** Timestamp pieces, pids, `#1234`, hex ids, uuids and `UTC`: tokens a layout puts before the level. */
function isNumberish(line, i, j) {
    const c0 = line.charCodeAt(i);
    if (j - i === 3 && (line.startsWith('UTC', i) || line.startsWith('GMT', i)))
        return true;
    if (j - i === 36 && line.charCodeAt(i + 8) === 45 && line.charCodeAt(i + 13) === 45 && line.charCodeAt(i + 23) === 45)
        return true;
    if (!(c0 >= 48 && c0 <= 57) && c0 !== 35 /* # */)
        return false;
    for (let k = i + 1; k < j; k += 1) {
        const c = line.charCodeAt(k);
        const ok = (c >= 48 && c <= 57) || c === 58 || c === 45 || c === 47 || c === 46 || c === 44 || c === 84 || c === 90 || c === 43 || (c >= 97 && c <= 102) || c === 120;
        if (!ok)
            return false;
    }
    return true;
}
/** A logger or caller name: a dotted, `$`- or `/`-joined identifier (`c.s.Foo`, `pkg/file.go:12`). */
function isLoggerLike(line, i, j) {
    if (j - i > 200)
        return false;
    const c0 = line.charCodeAt(i);
    if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || c0 === 95))
        return false;
    for (let k = i + 1; k < j; k += 1) {
        const c = line.charCodeAt(k);
        if (c === 46 || c === 36 || c === 47)
            return true;
    }
    return false;
}
// logfmt (`time=... level=error msg="..." err="..."`): Go's logrus, slog, go-kit, Heroku.
function readLogfmt(line) {
    const scan = line.length > FIELD_SCAN ? line.slice(0, FIELD_SCAN) : line;
    const levelValue = logfmtValue(scan, 'level') ?? logfmtValue(scan, 'lvl');
    const level = levelValue === undefined ? undefined : levelOfWord(levelValue);
    if (!level)
        return undefined;
    const head = textHead(level, 0);
    const msg = logfmtValue(scan, 'msg') ?? logfmtValue(scan, 'message');
    const time = logfmtValue(scan, 'time') ?? logfmtValue(scan, 'ts') ?? logfmtValue(scan, 't');
    if (time) {
        const stamp = readTimestamp(time, 0);
        if (stamp)
            head.timestamp = stamp.ms;
    }
    const origin = logfmtValue(scan, 'logger') ?? logfmtValue(scan, 'component') ?? logfmtValue(scan, 'module') ?? logfmtValue(scan, 'caller');
    if (origin)
        head.origin = origin;
    if (msg !== undefined) {
        const err = logfmtValue(scan, 'err') ?? logfmtValue(scan, 'error');
        head.message = err ? `${msg}: ${err}` : msg;
    }
    return head;
}
/** The value of `key=` at a token start: a "quoted string" (with \" escapes) or a bare word. */
function logfmtValue(s, key) {
    let from = 0;
    for (;;) {
        const at = s.indexOf(`${key}=`, from);
        if (at === -1)
            return undefined;
        from = at + key.length + 1;
        if (at > 0 && !isSpace(s.charCodeAt(at - 1)))
            continue;
        let i = from;
        if (s.charCodeAt(i) === 34 /* " */) {
            let out = '';
            let chunk = i + 1;
            for (i += 1; i < s.length; i += 1) {
                const c = s.charCodeAt(i);
                if (c === 92 /* \ */ && i + 1 < s.length) {
                    out += s.slice(chunk, i);
                    const e = s[i + 1];
                    out += e === 'n' ? '\n' : e === 't' ? '\t' : e;
                    i += 1;
                    chunk = i + 1;
                }
                else if (c === 34)
                    return out + s.slice(chunk, i);
            }
            return out + s.slice(chunk);
        }
        const end = tokenEnd(s, i, s.length);
        return s.slice(i, end);
    }
}
function accessStatus(line) {
    if (!line.includes('"'))
        return undefined;
    const m = ACCESS.exec(line.length > FIELD_SCAN ? line.slice(0, FIELD_SCAN) : line);
    return m ? Number(m[3]) : undefined;
}
/** nginx/Apache access lines: the request and status, and the message `GET /path -> 503`. */
function access(first, head, parsed) {
    if (!first.includes('"'))
        return;
    const m = ACCESS.exec(first.length > FIELD_SCAN ? first.slice(0, FIELD_SCAN) : first);
    if (!m)
        return;
    const status = Number(m[3]);
    const path = pathOnly(m[2]);
    parsed.httpStatus = status;
    parsed.http = { method: m[1], path };
    const ip = LEADING_IP.exec(first);
    if (ip)
        parsed.http.clientIp = ip[0];
    if (head.level === undefined)
        parsed.level = levelOfStatus(status);
    parsed.message = `${m[1]} ${path} -> ${status}`;
}

;// CONCATENATED MODULE: ./src/analysis/logs/parsers/application.ts
// Application logs as containers write them to stdout and awslogs / FireLens ship them to CloudWatch
// Logs. No AWS page defines these. JSON events are read here, whatever the library: pino/bunyan
// (numeric levels 10..60), winston, logback/log4j2 JSON and ECS layouts, python-json-logger,
// structlog, zap, Serilog (@l/@m/@x), OpenTelemetry (severityText/severityNumber), FireLens/Docker
// `{"log": "..."}`, access records with status/statusCode/status_code. Text lines (Spring Boot,
// log4j, Python, logfmt, access lines, stack traces...) are read by text-layout.ts.
// Never throws: an object JSON.parse refuses is read as text.


function parseApplication(message) {
    if (message.charCodeAt(0) === 123 /* { */) {
        const json = parseJsonObject(message);
        if (json)
            return json;
    }
    return parseText(message);
}
const asObject = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const asString = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
/** A JSON object event, or undefined if the line is not one (the caller then reads it as text). */
function parseJsonObject(line) {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        return undefined;
    }
    const o = asObject(value);
    return o ? fromJson(o, line) : undefined;
}
// Where each fact may be, by lower-cased key; earlier names win.
const MESSAGE_KEYS = ['msg', 'message', '@message', '@m', 'log', 'event', 'body', 'text', '@mt'];
const ORIGIN_KEYS = ['logger', 'logger_name', 'loggername', 'log.logger', 'category', 'component', 'module', 'name'];
const TIME_KEYS = ['@timestamp', 'timestamp', 'time', 'ts', '@t', 'datetime', 'date', 'asctime'];
const STATUS_KEYS = ['status', 'statuscode', 'status_code', 'http_status', 'httpstatus', 'http.status_code', 'http.response.status_code'];
const METHOD_KEYS = ['method', 'http_method', 'httpmethod', 'request_method', 'http.method', 'http.request.method'];
const PATH_KEYS = ['path', 'url', 'uri', 'request_uri', 'url.path', 'url.original', 'http.url', 'http.target'];
const IP_KEYS = ['client_ip', 'clientip', 'remote_addr', 'remoteaddr', 'remote_ip', 'ip', 'client.ip', 'source.ip'];
const STACK_KEYS = new Set(['exc_info', 'stack_trace', 'stacktrace', 'stack', 'error.stack_trace', 'traceback']);
const ERROR_KEYS = ['err', 'error', 'exception', 'exc_info', '@x', 'stack_trace', 'stacktrace', 'stack', 'error.stack_trace', 'traceback'];
function fromJson(o, line) {
    // One pass over the keys, lower-cased: `Level`, `LEVEL` and `level` are the same key.
    const byKey = new Map();
    for (const key in o) {
        const lower = key.toLowerCase();
        if (!byKey.has(lower))
            byKey.set(lower, o[key]);
    }
    const f = { error: {} };
    readLevel(byKey, f);
    const log = asObject(byKey.get('log'));
    if (f.level === undefined && log)
        f.level = jsonLevel(log.level);
    for (const k of MESSAGE_KEYS) {
        const v = asString(byKey.get(k));
        if (v !== undefined) {
            f.message = v;
            break;
        }
    }
    f.error = errorOf(byKey);
    f.timestamp = firstTime(byKey);
    f.origin = firstString(byKey, ORIGIN_KEYS) ?? (log ? asString(log.logger) : undefined);
    // Request fields, flat or nested the way pino-http (req/res), ECS (http.request...) and GCP (httpRequest) nest them.
    const req = asObject(byKey.get('req')) ?? asObject(byKey.get('request'));
    const res = asObject(byKey.get('res')) ?? asObject(byKey.get('response'));
    const http = asObject(byKey.get('http'));
    const gcp = asObject(byKey.get('httprequest'));
    f.status =
        application_status(firstValue(byKey, STATUS_KEYS)) ??
            application_status(res?.statusCode ?? res?.status ?? res?.status_code) ??
            application_status(http?.status_code ?? http?.status ?? asObject(http?.response)?.status_code) ??
            application_status(gcp?.status);
    if (f.status !== undefined) {
        f.method = firstString(byKey, METHOD_KEYS) ?? asString(req?.method) ?? asString(http?.method) ?? asString(asObject(http?.request)?.method) ?? asString(gcp?.requestMethod);
        const path = firstString(byKey, PATH_KEYS) ?? asString(req?.url) ?? asString(req?.path) ?? asString(http?.url) ?? asString(http?.path) ?? asString(gcp?.requestUrl);
        if (path)
            f.path = pathOnly(path);
        f.clientIp = firstString(byKey, IP_KEYS) ?? asString(req?.remoteAddress) ?? asString(req?.ip) ?? asString(gcp?.remoteIp);
    }
    return toParsed(f, line);
}
function readLevel(byKey, f) {
    for (const k of ['level', 'severity', 'levelname', 'lvl', 'loglevel', 'log_level', 'log.level', '@l', '@level', 'level_name', 'severitytext', 'severity_text']) {
        const level = jsonLevel(byKey.get(k));
        if (level) {
            f.level = level;
            return;
        }
    }
    const levelno = byKey.get('levelno');
    if (typeof levelno === 'number')
        f.level = levelOfPythonNumber(levelno);
    const otel = byKey.get('severitynumber') ?? byKey.get('severity_number');
    if (f.level === undefined && typeof otel === 'number')
        f.level = levelOfSeverityNumber(otel);
}
function jsonLevel(v) {
    if (typeof v === 'number')
        return levelOfNumber(v);
    if (typeof v !== 'string' || v.length > 20)
        return undefined;
    const word = v.trim();
    if (word !== '' && word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57) {
        const n = Number(word);
        return Number.isFinite(n) ? levelOfNumber(n) : undefined;
    }
    return levelOfWord(word);
}
function toParsed(f, line) {
    let level = f.level;
    let message = f.message;
    let origin = f.origin;
    let timestamp = f.timestamp;
    // No level field: the message may carry a text layout (FireLens/Docker `{"log": "<ts> ERROR ..."}`).
    if (level === undefined && message !== undefined) {
        const text = parseText(trimEnd(message));
        if (text.level !== 'unknown')
            level = text.level;
        message = text.message;
        origin ??= text.origin;
        timestamp ??= text.timestamp;
    }
    // The message first, then the error on the same line, then the stack on the lines after:
    // `Charge failed: card declined\nError: card declined\n    at charge (...)`.
    const { summary, stack } = f.error;
    if (summary !== undefined || stack !== undefined) {
        level ??= 'error';
        if (summary !== undefined)
            message = message === undefined ? summary : message.includes(summary) ? message : `${message}: ${summary}`;
        if (stack !== undefined)
            message = message === undefined || stack.startsWith(message) ? stack : `${message}\n${stack}`;
    }
    if (level === undefined && f.status !== undefined)
        level = levelOfStatus(f.status);
    if (message === undefined) {
        message = f.status !== undefined ? `${f.method ?? '-'} ${f.path ?? '-'} -> ${f.status}` : line;
    }
    const parsed = { level: level ?? 'unknown', message };
    if (timestamp !== undefined)
        parsed.timestamp = timestamp;
    if (origin !== undefined)
        parsed.origin = origin;
    if (f.status !== undefined) {
        parsed.httpStatus = f.status;
        parsed.http = {};
        if (f.method)
            parsed.http.method = f.method;
        if (f.path)
            parsed.http.path = f.path;
        if (f.clientIp)
            parsed.http.clientIp = f.clientIp;
    }
    return parsed;
}
/**
 * The exception an event carries: a one-line error (`"error": "context deadline exceeded"`, an
 * `{type, message}` object) and/or a stack (`"stack_trace"`, `"exc_info"`, `err.stack`...).
 */
function errorOf(byKey) {
    let summary;
    let stack;
    for (const k of ERROR_KEYS) {
        const v = byKey.get(k);
        const s = typeof v === 'string' ? asString(v) : errorObjectText(asObject(v));
        if (s === undefined)
            continue;
        if (s.includes('\n'))
            stack ??= trimEnd(s);
        // "stack": "prod" is not an exception: stack keys count only when they hold a stack.
        else if (!STACK_KEYS.has(k))
            summary ??= s;
    }
    // ECS flattened: "error.type", "error.message".
    const type = asString(byKey.get('error.type'));
    const msg = asString(byKey.get('error.message'));
    if (summary === undefined && (type || msg))
        summary = type && msg ? `${type}: ${msg}` : (type ?? msg);
    // A stack that starts with (or holds) the one-line error already says it.
    if (summary !== undefined && stack !== undefined && stack.includes(summary))
        summary = undefined;
    const error = {};
    if (summary !== undefined)
        error.summary = summary;
    if (stack !== undefined)
        error.stack = stack;
    return error;
}
function errorObjectText(e) {
    if (!e)
        return undefined;
    const stack = asString(e.stack) ?? asString(e.stack_trace) ?? asString(e.stacktrace) ?? asString(e.trace);
    const type = asString(e.type) ?? asString(e.name) ?? asString(e.class) ?? asString(e.kind);
    const message = asString(e.message) ?? asString(e.msg);
    const summary = type && message ? `${type}: ${message}` : (type ?? message);
    if (stack)
        return summary && !stack.includes(summary) && !(message && stack.includes(message)) ? `${summary}\n${stack}` : stack;
    return summary;
}
function firstValue(byKey, keys) {
    for (const k of keys) {
        const v = byKey.get(k);
        if (v !== undefined && v !== null && v !== '')
            return v;
    }
    return undefined;
}
function firstString(byKey, keys) {
    for (const k of keys) {
        const v = asString(byKey.get(k));
        if (v !== undefined)
            return v;
    }
    return undefined;
}
function firstTime(byKey) {
    for (const k of TIME_KEYS) {
        const v = byKey.get(k);
        if (typeof v === 'number' && Number.isFinite(v) && v > 0) {
            // ns, us, ms or (fractional) seconds since the epoch.
            return v > 1e17 ? Math.floor(v / 1e6) : v > 1e14 ? Math.floor(v / 1e3) : v > 1e11 ? Math.floor(v) : Math.floor(v * 1000);
        }
        if (typeof v === 'string') {
            const stamp = readTimestamp(v, 0);
            if (stamp)
                return stamp.ms;
        }
    }
    return undefined;
}
function application_status(v) {
    let n;
    if (typeof v === 'number')
        n = v;
    else if (typeof v === 'string' && v.length === 3)
        n = Number(v);
    else
        return undefined;
    return Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
}

;// CONCATENATED MODULE: ./src/analysis/logs/parsers/alb-access.ts
// Application Load Balancer access logs, when shipped into CloudWatch Logs (ALB writes them to S3;
// teams forward them). ELB User Guide, "Access logs for your Application Load Balancer": one
// request per line, space-separated, some fields in double quotes; 29 fields in the documented
// order (type time elb client:port target:port request/target/response_processing_time
// elb_status_code target_status_code received_bytes sent_bytes "request" "user_agent" ssl_cipher
// ssl_protocol target_group_arn "trace_id" "domain_name" "chosen_cert_arn" matched_rule_priority
// request_creation_time "actions_executed" "redirect_url" "error_reason" "target:port_list"
// "target_status_code_list" "classification" "classification_reason"). AWS only adds fields at the
// end: fields after the 29th are ignored. A line that is not an ALB entry is read as text.



const FIELDS = 29;
const TYPES = new Set(['http', 'https', 'h2', 'grpcs', 'ws', 'wss']);
/** Space-separated fields; a field in double quotes may hold spaces (AWS writes no escapes in them, and no tabs). */
function splitFields(line, max) {
    const fields = [];
    const n = line.length;
    let i = 0;
    while (i < n && fields.length < max) {
        const c = line.charCodeAt(i);
        if (c === 32) {
            i += 1;
            continue;
        }
        // indexOf is native: much faster than a loop over char codes on 400-character lines.
        let end = c === 34 /* " */ ? line.indexOf('"', i + 1) : line.indexOf(' ', i + 1);
        if (end === -1)
            end = n;
        fields.push(c === 34 ? line.slice(i + 1, end) : line.slice(i, end));
        i = c === 34 ? end + 1 : end;
    }
    return fields;
}
const dash = (v) => (v === undefined || v === '-' || v === '' ? undefined : v);
function seconds(v) {
    if (v === undefined || v === '-' || v === '-1')
        return undefined;
    const n = Number(v);
    return Number.isFinite(n) && n >= 0 ? n : undefined;
}
function statusOf(v) {
    if (v === undefined || v.length !== 3)
        return undefined;
    const n = Number(v);
    return Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
}
function parseAlbAccess(message) {
    const nl = message.indexOf('\n');
    const line = nl === -1 ? message : message.slice(0, nl);
    const fields = splitFields(line, FIELDS);
    if (fields.length < 13 || !TYPES.has(fields[0]))
        return parseApplication(message);
    const status = statusOf(fields[8]);
    const request = fields[12];
    const space = request.indexOf(' ');
    const method = space > 0 ? request.slice(0, space) : undefined;
    const lastSpace = request.lastIndexOf(' ');
    const target = space > 0 ? request.slice(space + 1, lastSpace > space ? lastSpace : request.length) : undefined;
    const path = target && target !== '-' ? pathOnly(target) : undefined;
    const client = dash(fields[3]);
    const clientIp = client ? client.slice(0, client.lastIndexOf(':') > 0 ? client.lastIndexOf(':') : client.length) : undefined;
    const alb = { type: fields[0], elb: fields[2] ?? '' };
    const optional = [
        ['target', dash(fields[4])],
        ['targetStatus', statusOf(fields[9])],
        ['requestProcessingTime', seconds(fields[5])],
        ['targetProcessingTime', seconds(fields[6])],
        ['responseProcessingTime', seconds(fields[7])],
        ['actionsExecuted', dash(fields[22])],
        ['errorReason', dash(fields[24])],
        ['classification', dash(fields[27])],
        ['classificationReason', dash(fields[28])],
    ];
    for (const [key, value] of optional)
        if (value !== undefined)
            alb[key] = value;
    const http = {};
    if (method && method !== '-')
        http.method = method;
    if (path)
        http.path = path;
    if (clientIp)
        http.clientIp = clientIp;
    const parsed = {
        level: status === undefined ? 'unknown' : levelOfStatus(status),
        message: `${http.method ?? '-'} ${http.path ?? '-'} -> ${status ?? fields[8]}`,
        http,
        alb,
    };
    if (status !== undefined)
        parsed.httpStatus = status;
    const stamp = readTimestamp(fields[1], 0);
    if (stamp)
        parsed.timestamp = stamp.ms;
    return parsed;
}
/** The level alone, for classifyLevel: the 9th field, no splitting of the rest. */
function albLevel(message) {
    const first = message.indexOf(' ');
    if (first === -1 || !TYPES.has(message.slice(0, first)))
        return textLevel(message);
    let i = first;
    for (let field = 1; field < 8; field += 1) {
        i = message.indexOf(' ', i + 1);
        if (i === -1)
            return 'unknown';
    }
    const status = statusOf(message.slice(i + 1, i + 4));
    return status === undefined || message.charCodeAt(i + 4) !== 32 ? 'unknown' : levelOfStatus(status);
}

;// CONCATENATED MODULE: ./src/analysis/logs/parsers/dms.ts
// AWS DMS task logs (log group dms-tasks-<replication instance>, streams dms-task-<task id>).
// Full shape, from the DMS User Guide's context-logging examples ("Monitoring AWS DMS tasks"):
//   `00362696: 2023-02-22T10:09:29 [SOURCE_CAPTURE  ]I:  Capture record 1 ...  {operation:..}  (streamcomponent.c:2920)`
// Variations the guide's pages show ("Troubleshooting migration tasks", "Using MongoDB as a source",
// "Best practices"; listed in FORMATS.md): no thread id, no timestamp, or neither; the component
// padded differently (`[SOURCE_CAPTURE  ]`, `[SOURCE_UNLOAD]`); `] I:` with a space; microseconds
// joined by a colon (`19:48:46:979532`); a `{operation:..., tableName:...}` context suffix; a stray
// leading `"`. Severity letters: E error, W warning, I info, D debug, T trace. A line without the
// `[COMPONENT]S:` header is part of the entry before it (wrapped ODBC errors, SQL text).

const LEVELS = { E: 'error', W: 'warn', I: 'info', D: 'debug', T: 'debug' };
// `(ar_odbc_stmt.c:2415)` at the very end.
const SOURCE_FILE = /^[\w.-]{1,100}\.(?:c|cc|cpp|h):\d{1,7}$/;
function readHead(line) {
    const n = Math.min(line.length, 200);
    let i = skipSpaces(line, 0, n);
    if (line.charCodeAt(i) === 34 /* " */)
        i += 1;
    // Thread id: digits, a colon, a space.
    let j = i;
    while (j < n && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57)
        j += 1;
    if (j > i && line.charCodeAt(j) === 58 && line.charCodeAt(j + 1) === 32)
        i = skipSpaces(line, j + 1, n);
    let timestamp;
    const stamp = readTimestamp(line, i);
    if (stamp) {
        timestamp = stamp.ms;
        i = skipSpaces(line, stamp.end, n);
    }
    if (line.charCodeAt(i) !== 91 /* [ */)
        return undefined;
    const close = line.indexOf(']', i + 1);
    if (close === -1 || close > n)
        return undefined;
    let cEnd = close;
    while (cEnd > i + 1 && line.charCodeAt(cEnd - 1) === 32)
        cEnd -= 1;
    if (cEnd === i + 1)
        return undefined;
    for (let k = i + 1; k < cEnd; k += 1) {
        const c = line.charCodeAt(k);
        if (!((c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57)))
            return undefined;
    }
    let k = close + 1;
    if (line.charCodeAt(k) === 32)
        k += 1;
    const letter = line[k];
    if ((letter !== 'E' && letter !== 'W' && letter !== 'I' && letter !== 'D' && letter !== 'T') || line.charCodeAt(k + 1) !== 58)
        return undefined;
    const head = { severity: letter, component: line.slice(i + 1, cEnd), start: skipSpaces(line, k + 2) };
    if (timestamp !== undefined)
        head.timestamp = timestamp;
    return head;
}
function parseDms(message) {
    const nl = message.indexOf('\n');
    const head = readHead(nl === -1 ? message : message.slice(0, nl));
    if (!head)
        return { level: 'unknown', message, continuation: true };
    let text = trimEnd(message.slice(head.start));
    const dms = { severity: head.severity, component: head.component };
    // The C source position ends the entry: useful to AWS support, noise in a signature.
    if (text.endsWith(')')) {
        const open = text.lastIndexOf('(');
        if (open !== -1 && text.length - open < 110 && SOURCE_FILE.test(text.slice(open + 1, -1))) {
            dms.sourceFile = text.slice(open + 1, -1);
            text = trimEnd(text.slice(0, open));
        }
    }
    // Context logging: `  {operation:INSERT (1), tableName:t, connectionId:17855, statement:...}`
    // (two spaces, then `{word:`; the guide shows it cut off without its closing brace, too).
    const ctx = text.lastIndexOf('  {');
    if (ctx !== -1 && isContextStart(text, ctx + 3)) {
        dms.context = text.slice(ctx + 2);
        text = trimEnd(text.slice(0, ctx));
    }
    const parsed = { level: LEVELS[head.severity], message: text, origin: head.component, dms };
    if (head.timestamp !== undefined)
        parsed.timestamp = head.timestamp;
    return parsed;
}
function isContextStart(s, i) {
    let k = i;
    while (k < s.length && k - i < 40) {
        const c = s.charCodeAt(k);
        if (c === 58 /* : */)
            return k > i;
        if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95))
            return false;
        k += 1;
    }
    return false;
}
/** The level alone, for classifyLevel. */
function dmsLevel(message) {
    const nl = message.indexOf('\n');
    const head = readHead(nl === -1 ? message : message.slice(0, nl));
    return head ? LEVELS[head.severity] : 'unknown';
}

;// CONCATENATED MODULE: ./src/analysis/logs/parsers/db-categories.ts
// What kind of problem a PostgreSQL or MySQL server message describes, from the server's own
// wording (PostgreSQL and MySQL error message texts; RDS User Guide pages on connections, storage
// and memory). One case-insensitive pass of literal alternatives: linear in the message's length.
// Group 1 corruption, 2 resource, 3 auth, 4 connection, 5 query. The first phrase in the text wins.
const PHRASES = new RegExp([
    // corruption
    '(invalid page|could not read block|unexpected zero page|checksum verification failed|page verification failed|missing chunk number|could not access status of transaction|invalid memory alloc request size|database page corruption|is marked as crashed|incorrect key file|corrupt)',
    // resource
    '(out of memory|out of shared memory|could not write to file|no space left on device|cannot allocate memory|could not extend file|could not map anonymous shared memory|could not resize shared memory|temporary file size exceeds temp_file_limit|could not fork|too many open files|disk is full|disk full|is full)',
    // auth
    '(password authentication failed|no pg_hba\\.conf entry|pam authentication failed|authentication failed|access denied for user|role "[^"\\n]{0,200}" does not exist)',
    // connection
    '(remaining connection slots are reserved|too many connections|sorry, too many clients already|too many clients|connection to client lost|could not receive data from client|could not send data to client|terminating connection|unexpected eof on client connection|aborted connection|got an error reading communication packets|got timeout reading communication packets|connection reset by peer)',
    // query
    '(deadlock detected|deadlock found|canceling statement due to|statement timeout|lock timeout|lock wait timeout exceeded|could not serialize access|syntax error|duplicate key value|duplicate entry|violates|permission denied|does not exist|invalid input syntax|division by zero|value too long|current transaction is aborted)',
].join('|'), 'i');
const CATEGORIES = ['corruption', 'resource', 'auth', 'connection', 'query'];
const SCAN = 2_048;
/** The category the message's wording names, or undefined when it names none. */
function dbCategory(message) {
    const m = PHRASES.exec(message.length > SCAN ? message.slice(0, SCAN) : message);
    if (!m)
        return undefined;
    for (let g = 1; g <= CATEGORIES.length; g += 1)
        if (m[g] !== undefined)
            return CATEGORIES[g - 1];
    return undefined;
}

;// CONCATENATED MODULE: ./src/analysis/logs/parsers/rds-mysql.ts
// MySQL / MariaDB logs of RDS and Aurora MySQL as published to CloudWatch Logs
// (/aws/rds/instance/<id>/error, .../slowquery; RDS User Guide, "MySQL database log files" and
// "Publishing MySQL logs to Amazon CloudWatch Logs", which describe but do not print them).
// Error log, MySQL 5.7: `2017-07-04T09:58:45.968034Z 703463 [Note] Aborted connection ...`
//            MySQL 8.0: `2020-08-01T12:00:00.123456Z 0 [Warning] [MY-010068] [Server] CA certificate ...`
//            MariaDB:   `2019-01-01 12:00:00 0 [Note] InnoDB: ...`
// Slow query log: one event per entry, `# Time:`, `# User@Host:`, `# Query_time: ... Rows_examined:`,
// optional `use db;`, `SET timestamp=<epoch s>;`, then the statement.
// The examples we test on are third-party (see FORMATS.md and the fixtures' SOURCE.md).



const rds_mysql_LEVELS = { Note: 'info', System: 'info', Info: 'info', Warning: 'warn', Warn: 'warn', ERROR: 'error', Error: 'error' };
/** `<timestamp> <thread> [Level] [MY-NNNNNN] [Subsystem] ` */
function rds_mysql_readHead(line) {
    const stamp = readTimestamp(line, 0);
    if (!stamp)
        return undefined;
    const n = Math.min(line.length, stamp.end + 200);
    let i = skipSpaces(line, stamp.end, n);
    // The thread id: decimal (5.7/8.0) or hex (0x7f...), absent in some builds.
    if (line.charCodeAt(i) !== 91) {
        while (i < n && line.charCodeAt(i) !== 32 && line.charCodeAt(i) !== 91)
            i += 1;
        i = skipSpaces(line, i, n);
    }
    if (line.charCodeAt(i) !== 91)
        return undefined;
    const close = closingBracket(line, i, n);
    if (close === -1)
        return undefined;
    const severity = line.slice(i + 1, close);
    if (rds_mysql_LEVELS[severity] === undefined)
        return undefined;
    const head = { severity, start: 0, timestamp: stamp.ms };
    i = skipSpaces(line, close + 1, n);
    if (line.startsWith('[MY-', i)) {
        const end = closingBracket(line, i, n);
        if (end !== -1) {
            head.code = line.slice(i + 1, end);
            i = skipSpaces(line, end + 1, n);
            if (line.charCodeAt(i) === 91) {
                const sub = closingBracket(line, i, n);
                if (sub !== -1 && sub - i < 30) {
                    head.subsystem = line.slice(i + 1, sub);
                    i = skipSpaces(line, sub + 1, n);
                }
            }
        }
    }
    head.start = i;
    return head;
}
function parseMysql(message) {
    if (message.charCodeAt(0) === 35 /* # */ || message.startsWith('SET timestamp=') || message.startsWith('use '))
        return slowQuery(message);
    const nl = message.indexOf('\n');
    const first = nl === -1 ? message : message.slice(0, nl);
    const head = rds_mysql_readHead(first);
    // Not an error-log line: a crash dump, a statement, anything: read it as text.
    if (!head)
        return parseApplication(message);
    let text = trimEnd(first.slice(head.start));
    if (nl !== -1)
        text += message.slice(nl);
    const level = rds_mysql_LEVELS[head.severity];
    const category = dbCategory(text) ?? (level === 'error' ? 'other' : undefined);
    const parsed = { level, message: text, timestamp: head.timestamp, db: { severity: head.severity } };
    if (category)
        parsed.db.category = category;
    if (head.code)
        parsed.db.code = head.code;
    if (head.subsystem)
        parsed.origin = head.subsystem;
    return parsed;
}
const QUERY_TIME = /Query_time: *([\d.]+)/;
const LOCK_TIME = /Lock_time: *([\d.]+)/;
const ROWS_SENT = /Rows_sent: *(\d+)/;
const ROWS_EXAMINED = /Rows_examined: *(\d+)/;
/** A slow query log entry; a `#` header line on its own continues the entry before it. */
function slowQuery(message) {
    const lines = message.split('\n', 200);
    // An entry starts with `# Time:` (5.6 omits it when the second has not changed: then a
    // multi-line event holding `# Query_time:` is one too). A header line alone continues one.
    const isEntry = lines[0].startsWith('# Time:') || (lines.length > 1 && lines.some((l) => l.startsWith('# Query_time:')));
    if (!isEntry)
        return { level: 'unknown', message, continuation: true };
    const parsed = { level: 'warn', message };
    const statement = [];
    let queryTime;
    const slow = { queryTime: 0 };
    for (const line of lines) {
        if (line.startsWith('# Time:')) {
            const stamp = readTimestamp(line, skipSpaces(line, 7));
            if (stamp && parsed.timestamp === undefined)
                parsed.timestamp = stamp.ms;
        }
        else if (line.startsWith('# User@Host:')) {
            userHost(line, slow);
        }
        else if (line.startsWith('# ')) {
            const q = QUERY_TIME.exec(line);
            if (q)
                queryTime = Number(q[1]);
            const l = LOCK_TIME.exec(line);
            if (l)
                slow.lockTime = Number(l[1]);
            const s = ROWS_SENT.exec(line);
            if (s)
                slow.rowsSent = Number(s[1]);
            const e = ROWS_EXAMINED.exec(line);
            if (e)
                slow.rowsExamined = Number(e[1]);
        }
        else if (line.startsWith('SET timestamp=')) {
            const epoch = Number(line.slice(14).replace(/;\s*$/, ''));
            if (Number.isFinite(epoch) && epoch > 0)
                parsed.timestamp = epoch * 1000;
        }
        else if (!(line.startsWith('use ') && line.trimEnd().endsWith(';')) && line.trim() !== '') {
            statement.push(line);
        }
    }
    if (queryTime !== undefined && Number.isFinite(queryTime)) {
        slow.queryTime = queryTime;
        parsed.slowQuery = slow;
    }
    parsed.message = statement.length > 0 ? trimEnd(statement.join('\n')) : trimEnd(lines[0]);
    parsed.db = { category: 'query' };
    return parsed;
}
/** `# User@Host: rdsadmin[rdsadmin] @ localhost [127.0.0.1]  Id: 9059049`: the user, and the host or else its address. */
function userHost(line, slow) {
    const rest = line.length > 600 ? line.slice(12, 600) : line.slice(12);
    const open = rest.indexOf('[');
    const user = (open === -1 ? rest : rest.slice(0, open)).trim();
    if (user && !user.includes(' '))
        slow.user = user;
    const at = rest.indexOf('@');
    if (at === -1)
        return;
    const after = rest.slice(at + 1).trimStart();
    const end = after.search(/[\s[]/);
    const host = end === -1 ? after : after.slice(0, end);
    const ipOpen = after.indexOf('[');
    const ipClose = after.indexOf(']', ipOpen + 1);
    const ip = ipOpen !== -1 && ipClose !== -1 ? after.slice(ipOpen + 1, ipClose).trim() : '';
    if (host || ip)
        slow.host = host || ip;
}
/** The level alone, for classifyLevel. */
function mysqlLevel(message) {
    if (message.charCodeAt(0) === 35 || message.startsWith('SET timestamp=') || message.startsWith('use '))
        return slowQuery(message).level;
    const nl = message.indexOf('\n');
    const head = rds_mysql_readHead(nl === -1 ? message : message.slice(0, nl));
    return head ? rds_mysql_LEVELS[head.severity] : parseApplication(message).level;
}

;// CONCATENATED MODULE: ./src/analysis/logs/parsers/rds-postgresql.ts
// PostgreSQL error logs of RDS for PostgreSQL and Aurora PostgreSQL as published to CloudWatch Logs
// (/aws/rds/instance/<id>/postgresql, /aws/rds/cluster/<id>/postgresql).
// RDS fixes log_line_prefix to `%t:%r:%u@%d:[%p]:`:
//   `2022-10-05 22:05:52 UTC:52.95.4.1(11335):postgres@labdb:[3639]:LOG: statement: ...`
//   `2022-10-05 19:08:07 UTC::@:[355]:LOG: checkpoint starting: time`   (background process)
// and an Aurora page shows `%m [%p]`: `2022-03-07 21:44:53.978 UTC [16641] LOG: connection authorized`.
// Then the severity (LOG, ERROR, FATAL, PANIC, WARNING, DETAIL, HINT, STATEMENT, CONTEXT, DEBUG...),
// a colon and one or two spaces. Lines without a prefix (SQL text, `!` statistics, wrapped hints)
// continue the entry before them, and so do DETAIL/HINT/STATEMENT/CONTEXT/QUERY/LOCATION lines.
// Documented in the RDS User Guide, "RDS for PostgreSQL database log files"; notes in FORMATS.md.


// The severity after the prefix. The prefix is at most a few hundred characters (host, user, db).
const rds_postgresql_PREFIX_SCAN = 320;
const SEVERITY = /(?:^|[:\]\s])(PANIC|FATAL|ERROR|WARNING|NOTICE|INFO|LOG|DEBUG[1-5]?|DETAIL|HINT|STATEMENT|CONTEXT|QUERY|LOCATION):/;
const BARE = /^(PANIC|FATAL|ERROR|WARNING|NOTICE|INFO|LOG|DEBUG[1-5]?|DETAIL|HINT|STATEMENT|CONTEXT|QUERY|LOCATION):/;
const rds_postgresql_LEVELS = { PANIC: 'fatal', FATAL: 'fatal', ERROR: 'error', WARNING: 'warn', NOTICE: 'info', INFO: 'info', LOG: 'info' };
const ATTACHED = new Set(['DETAIL', 'HINT', 'STATEMENT', 'CONTEXT', 'QUERY', 'LOCATION']);
function rds_postgresql_readHead(line) {
    const stamp = readTimestamp(line, 0);
    if (!stamp) {
        // No prefix. A line starting with a severity is still an entry (a page shows `FATAL: terminating
        // connection due to idle in transaction timeout` bare); anything else continues the one before.
        const bare = BARE.exec(line.length > 16 ? line.slice(0, 16) : line);
        return bare ? { severity: bare[1], start: skipSpaces(line, bare[0].length) } : undefined;
    }
    const scanEnd = Math.min(line.length, stamp.end + rds_postgresql_PREFIX_SCAN);
    const m = SEVERITY.exec(line.slice(stamp.end, scanEnd));
    if (!m)
        return undefined;
    const sevAt = stamp.end + m.index + (m[0].length - m[1].length - 1);
    const head = { severity: m[1], start: skipSpaces(line, stamp.end + m.index + m[0].length), timestamp: stamp.ms };
    // %u@%d sits just before `:[%p]:`; %r before it may be an IPv6 address, so read from the right.
    const pid = line.lastIndexOf(':[', sevAt);
    if (pid > stamp.end) {
        const at = line.lastIndexOf('@', pid);
        if (at > stamp.end) {
            const colon = line.lastIndexOf(':', at);
            const user = line.slice(colon + 1, at);
            const db = line.slice(at + 1, pid);
            if (user !== '' || db !== '')
                head.origin = `${user}@${db}`;
        }
    }
    return head;
}
function parsePostgres(message) {
    const nl = message.indexOf('\n');
    const first = nl === -1 ? message : message.slice(0, nl);
    const head = rds_postgresql_readHead(first);
    if (!head)
        return { level: 'unknown', message, continuation: true };
    let text = trimEnd(first.slice(head.start));
    if (nl !== -1)
        text += message.slice(nl);
    const severity = head.severity;
    const parsed = { level: 'unknown', message: text };
    if (head.timestamp !== undefined)
        parsed.timestamp = head.timestamp;
    if (head.origin !== undefined)
        parsed.origin = head.origin;
    if (ATTACHED.has(severity)) {
        // DETAIL/HINT/STATEMENT... belong to the entry before: same backend, same moment.
        parsed.level = 'info';
        parsed.db = { severity };
        parsed.continuation = true;
        return parsed;
    }
    parsed.level = rds_postgresql_LEVELS[severity] ?? (severity.startsWith('DEBUG') ? 'debug' : 'unknown');
    // ERROR aborts a statement, FATAL a session, PANIC the server: a message naming no known
    // problem is still one of those, 'other'. LOG/WARNING lines get a category only when they name one.
    const category = dbCategory(text) ?? (parsed.level === 'error' || parsed.level === 'fatal' ? 'other' : undefined);
    parsed.db = category ? { severity, category } : { severity };
    return parsed;
}
/** The level alone, for classifyLevel. */
function postgresLevel(message) {
    const nl = message.indexOf('\n');
    const head = rds_postgresql_readHead(nl === -1 ? message : message.slice(0, nl));
    if (!head)
        return 'unknown';
    if (ATTACHED.has(head.severity))
        return 'info';
    return rds_postgresql_LEVELS[head.severity] ?? (head.severity.startsWith('DEBUG') ? 'debug' : 'unknown');
}

;// CONCATENATED MODULE: ./src/analysis/logs/parsers/waf.ts
// AWS WAF (v2) web ACL logs in CloudWatch Logs (log groups aws-waf-logs-*): one JSON object per
// request. Fields from the AWS WAF Developer Guide, "Log fields" and "Log examples": timestamp
// (epoch ms), terminatingRuleId, terminatingRuleType (REGULAR, RATE_BASED, GROUP,
// MANAGED_RULE_GROUP), action (ALLOW, BLOCK, COUNT, CAPTCHA, CHALLENGE), ruleGroupList[] with the
// group's terminatingRule, httpRequest {clientIp, country, uri, args, httpMethod, headers[]...}.
// Unknown keys are ignored (AWS adds fields); a line that is not a WAF record is read as text.

const waf_asObject = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const waf_asString = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
function parseWaf(message) {
    // Every WAF record has an action: without one, parsing the JSON here only to parse it again as an
    // application line doubles the cost of a large object (a 1 MB nested array took 240 ms).
    if (message.charCodeAt(0) !== 123 /* { */ || !message.includes('"action"'))
        return parseApplication(message);
    let value;
    try {
        value = JSON.parse(message);
    }
    catch {
        return parseApplication(message);
    }
    const o = waf_asObject(value);
    const action = waf_asString(o?.action);
    if (!o || !action)
        return parseApplication(message);
    const rule = waf_asString(o.terminatingRuleId) ?? '-';
    const waf = { action, terminatingRuleId: rule };
    const ruleType = waf_asString(o.terminatingRuleType);
    if (ruleType)
        waf.terminatingRuleType = ruleType;
    if (Array.isArray(o.ruleGroupList)) {
        for (const group of o.ruleGroupList) {
            const inner = waf_asString(waf_asObject(waf_asObject(group)?.terminatingRule)?.ruleId);
            if (inner) {
                waf.ruleGroupRuleId = inner;
                break;
            }
        }
    }
    const request = waf_asObject(o.httpRequest);
    const clientIp = waf_asString(request?.clientIp);
    const country = waf_asString(request?.country);
    const uri = waf_asString(request?.uri);
    const method = waf_asString(request?.httpMethod);
    if (clientIp)
        waf.clientIp = clientIp;
    if (country)
        waf.country = country;
    if (uri)
        waf.uri = uri;
    if (method)
        waf.method = method;
    let text = `${action} by ${rule}`;
    if (method)
        text += ` ${method}`;
    if (uri)
        text += ` ${uri}`;
    const parsed = { level: action === 'BLOCK' ? 'warn' : 'info', message: text, waf };
    if (typeof o.timestamp === 'number' && Number.isFinite(o.timestamp))
        parsed.timestamp = o.timestamp;
    return parsed;
}
// AWS writes the top-level "action" before any nested one (rule groups, non-terminating rules).
const ACTION = /"action":"([A-Z_]{1,20})"/;
/** The level alone, for classifyLevel: no JSON.parse for the usual record. */
function wafLevel(message) {
    const m = ACTION.exec(message.length > 4_096 ? message.slice(0, 4_096) : message);
    if (m)
        return m[1] === 'BLOCK' ? 'warn' : 'info';
    return parseWaf(message).level;
}

;// CONCATENATED MODULE: ./src/analysis/logs/parsers/index.ts
// The log parsers' entry points. parseLine turns one CloudWatch log event's message into a
// ParsedLine with the parser of its source's kind; classifyLevel gives only the level, cheaply,
// for counting millions of lines. Both are pure, never throw, and run in time linear in the
// message's length. Formats and where AWS documents them: the comment at the top of each parser.








const PARSERS = {
    application: parseApplication,
    'rds-postgresql': parsePostgres,
    'rds-mysql': parseMysql,
    dms: parseDms,
    waf: parseWaf,
    'alb-access': parseAlbAccess,
};
const parsers_LEVELS = {
    application: applicationLevel,
    'rds-postgresql': postgresLevel,
    'rds-mysql': mysqlLevel,
    dms: dmsLevel,
    waf: wafLevel,
    'alb-access': albLevel,
};
/** One event's message, parsed by its source's kind. Unknown kinds are read as application logs. */
function parseLine(kind, message) {
    const text = typeof message === 'string' ? message : message == null ? '' : String(message);
    if (text === '')
        return { level: 'unknown', message: text };
    try {
        return (PARSERS[kind] ?? parseApplication)(text);
    }
    catch {
        // A parser bug must not lose the line: it is still a line, only without its fields.
        return { level: 'unknown', message: text };
    }
}
/**
 * The level of one event's message without building a record: a structured level field, the level
 * word a text layout puts near the start, the server's severity (PostgreSQL, MySQL, DMS), the
 * status (ALB) or action (WAF). Agrees with parseLine's level on the formats above.
 */
function classifyLevel(message, kind = 'application') {
    if (typeof message !== 'string' || message === '')
        return 'unknown';
    try {
        return (parsers_LEVELS[kind] ?? applicationLevel)(message);
    }
    catch {
        return 'unknown';
    }
}
// "level": "error" / "severity":"WARN" / "lvl": 50, first in the event (any key case).
const JSON_LEVEL = /"(?:level|severity|levelname|lvl|loglevel|log_level|log\.level|@l|@level|level_name|severitytext|severity_text)"\s*:\s*(?:"([^"\\]{1,20})"|(\d{1,3})\b)/i;
const JSON_SCAN = 4_096;
function applicationLevel(message) {
    if (message.charCodeAt(0) === 123 /* { */) {
        const m = JSON_LEVEL.exec(message.length > JSON_SCAN ? message.slice(0, JSON_SCAN) : message);
        if (m) {
            const level = m[1] !== undefined ? (levelOfWord(m[1].trim()) ?? numericWord(m[1])) : levelOfNumber(Number(m[2]));
            if (level)
                return level;
        }
        // No level field (FireLens {"log": "..."}, an error object, an access record): parse it.
        return parseApplication(message).level;
    }
    return textLevel(message);
}
function numericWord(word) {
    const n = Number(word);
    return word.trim() !== '' && Number.isFinite(n) ? levelOfNumber(n) : undefined;
}

// EXTERNAL MODULE: ./src/analysis/logs/stack-trace-splitter.ts + 1 modules
var stack_trace_splitter = __webpack_require__(1072);
;// CONCATENATED MODULE: ./src/analysis/logs/log-digest.ts
// Turns one source's raw log events into what the log detectors judge: error signatures with a
// count per time bin, HTTP errors and WAF blocks as plain records, next to the engine's counts.
// Pure and streaming per source: memory is bounded by the kept events and the templates.
//
//   events -> per log stream, in time order: parse (layout prefix off), split multi-line events,
//   re-join stack traces (each awslogs line is its own event) -> a trace is one occurrence of
//   "exception type + top application frames"; an error line outside any trace is one occurrence
//   of its template (variables masked by the template grouper).




// Lines an error line waits for a trace to take it; also the ring of line times kept per stream.
const HOLD_LINES = 8_192;
// HTTP errors and WAF blocks kept per source for the breakdowns (counts come from the engine).
const MAX_RECORDS = 50_000;
const EXAMPLE_LINES = 12;
const EXAMPLE_CHARS = 1_500;
// A signature's title is read in one line of a report; its full text is in the example.
const TITLE_CHARS = 300;
const APP_FRAMES_IN_KEY = 2;
function digestSourceLogs(logs, options) {
    const { source } = logs;
    const signatures = new Map();
    const grouper = new log_template_grouper/* LogTemplateGrouper */.du();
    const httpErrors = [];
    const wafBlocks = [];
    const binOf = (t) => Math.min(options.binCount - 1, Math.max(0, Math.floor((t - options.startMs) / (options.binSeconds * 1000))));
    const count = (key, make, timestamp) => {
        let signature = signatures.get(key);
        if (!signature) {
            signature = new CountedSignature(make(), timestamp, new BinCounts(options.binCount));
            signatures.set(key, signature);
        }
        signature.counts.add(binOf(timestamp), 1);
        signature.total += 1;
        if (timestamp < signature.firstSeen)
            signature.firstSeen = timestamp;
        if (timestamp > signature.lastSeen)
            signature.lastSeen = timestamp;
    };
    const wantsSignatures = source.kind !== 'waf' && source.kind !== 'alb-access';
    const examples = {};
    const matcher = options.matcher ?? headTest;
    const errorTests = options.errorPatterns.map(matcher);
    let exampleless = (options.examplePatterns ?? []).map((p) => ({ id: p.id, test: matcher(p.re) }));
    // An error line becomes a line signature once no trace can still take it: it waits here until
    // it is HOLD_LINES behind the stream (or the stream ends). Memory stays bounded by that window
    // and by the templates, however many lines go through.
    const addLine = (line) => {
        const raw = grouper.add(line.parsed.message || line.text, line.timestamp);
        const key = `line:${raw}`;
        const category = line.parsed.db?.category ?? line.parsed.dms?.component ?? line.parsed.origin;
        count(key, () => ({ key, kind: 'line', title: '', level: line.parsed.level, ...(category ? { category } : {}), example: exampleOf(line.text) }), line.timestamp);
        // The worst level seen for the template wins (a FATAL and an ERROR of one template are one problem).
        const signature = signatures.get(key);
        if (levelRank(line.parsed.level) < levelRank(signature.level))
            signature.level = line.parsed.level;
    };
    for (const events of byStream(logs)) {
        const splitter = new stack_trace_splitter/* StackTraceSplitter */.N();
        const lineTimes = new Float64Array(HOLD_LINES);
        let next = 0;
        const pending = new Map();
        const onTraces = (traces) => {
            for (const trace of traces) {
                const first = trace.lines[0];
                for (const index of trace.lines)
                    pending.delete(index);
                // `log.error("Charge failed", e)` prints its message on the line before the trace: that line
                // is the trace's context, one problem with it rather than a second signature.
                const context = pending.get(first - 1);
                pending.delete(first - 1);
                const timestamp = next - first <= HOLD_LINES ? lineTimes[first % HOLD_LINES] : (context?.timestamp ?? lineTimes[(next - 1) % HOLD_LINES]);
                const frames = applicationFrames(trace.frames);
                const type = trace.exceptionType ?? firstWords(trace.text);
                const key = `trace:${type}@${frames.join('|')}`;
                count(key, () => ({
                    key,
                    kind: 'trace',
                    title: frames[0] ? `${type} at ${frames[0]}` : type,
                    level: 'error',
                    language: trace.language,
                    example: exampleOf(context ? `${context.text}\n${trace.text}` : trace.text),
                }), timestamp);
            }
        };
        for (const event of events) {
            if (exampleless.length > 0) {
                for (const p of exampleless)
                    if (p.test(event.message))
                        examples[p.id] = exampleOf(event.message);
                exampleless = exampleless.filter((p) => examples[p.id] === undefined);
            }
            const parsed = parseLine(source.kind, event.message);
            if (parsed.httpStatus !== undefined && parsed.httpStatus >= 400 && httpErrors.length < MAX_RECORDS) {
                httpErrors.push({
                    timestamp: event.timestamp,
                    status: parsed.httpStatus,
                    ...(parsed.http?.method ? { method: parsed.http.method } : {}),
                    ...(parsed.http?.path ? { path: parsed.http.path } : {}),
                });
            }
            if (parsed.waf && parsed.waf.action === 'BLOCK' && wafBlocks.length < MAX_RECORDS) {
                wafBlocks.push({
                    timestamp: event.timestamp,
                    rule: parsed.waf.terminatingRuleId,
                    ...(parsed.waf.clientIp ? { clientIp: parsed.waf.clientIp } : {}),
                    ...(parsed.waf.country ? { country: parsed.waf.country } : {}),
                    ...(parsed.waf.uri ? { uri: parsed.waf.uri } : {}),
                });
            }
            if (!wantsSignatures || parsed.continuation)
                continue;
            // A JSON event carries its stack inside a field: split what the parser extracted, not the JSON.
            const text = event.message.charCodeAt(0) === 123 /* { */ ? parsed.message : event.message;
            const lines = text.includes('\n') ? text.split('\n') : [text];
            for (let i = 0; i < lines.length; i += 1) {
                const line = lines[i];
                const index = next;
                next += 1;
                lineTimes[index % HOLD_LINES] = event.timestamp;
                if (isError(i === 0 ? parsed : undefined, line, errorTests))
                    pending.set(index, { parsed: i === 0 ? parsed : parseLine(source.kind, line), timestamp: event.timestamp, text: line });
                onTraces(splitter.push(line, index));
                // Map order is insertion order, so the oldest waiting line is first.
                for (const [waiting, line] of pending) {
                    if (waiting > index - HOLD_LINES)
                        break;
                    pending.delete(waiting);
                    addLine(line);
                }
            }
        }
        onTraces(splitter.end());
        for (const line of pending.values())
            addLine(line);
    }
    // Template ids are final only at the end (a merge folds one group into another): fold their counts.
    const templates = new Map(grouper.groups().map((g) => [g.id, g.template]));
    for (const [key, signature] of [...signatures]) {
        if (signature.kind !== 'line')
            continue;
        const id = grouper.resolve(Number(key.slice(5)));
        const finalKey = `line:${id}`;
        const title = cut(templates.get(id) ?? signature.example, TITLE_CHARS);
        if (finalKey === key) {
            signature.title = title;
            continue;
        }
        signatures.delete(key);
        const into = signatures.get(finalKey);
        if (!into) {
            signature.key = finalKey;
            signature.title = title;
            signatures.set(finalKey, signature);
            continue;
        }
        into.counts.addAll(signature.counts);
        into.total += signature.total;
        if (signature.firstSeen < into.firstSeen) {
            into.firstSeen = signature.firstSeen;
            into.example = signature.example;
        }
        into.lastSeen = Math.max(into.lastSeen, signature.lastSeen);
        if (levelRank(signature.level) < levelRank(into.level))
            into.level = signature.level;
        into.title = title;
    }
    return {
        source,
        startMs: options.startMs,
        binSeconds: options.binSeconds,
        binCount: options.binCount,
        counts: logs.counts,
        signatures: [...signatures.values()].sort((a, b) => b.total - a.total),
        httpErrors,
        wafBlocks,
        sampled: logs.eventsTruncated,
        examples,
    };
}
/**
 * Occurrences per bin, sparse while few bins are used: a source with thousands of one-off error
 * lines then holds a few numbers per signature instead of a dense array of every bin (720 for 90
 * days), which is what made 100 MB of logs take over 1 GB.
 */
class BinCounts {
    length;
    sparse = [];
    dense;
    constructor(length) {
        this.length = length;
    }
    add(bin, n) {
        if (this.dense !== undefined) {
            this.dense[bin] += n;
            return;
        }
        const pairs = this.sparse;
        for (let i = 0; i < pairs.length; i += 2) {
            if (pairs[i] === bin) {
                pairs[i + 1] += n;
                return;
            }
        }
        if (pairs.length < 2 * SPARSE_BINS) {
            pairs.push(bin, n);
            return;
        }
        this.dense = this.toArray();
        this.sparse = undefined;
        this.dense[bin] += n;
    }
    addAll(other) {
        const values = other.toArray();
        for (let i = 0; i < values.length; i += 1)
            if (values[i] > 0)
                this.add(i, values[i]);
    }
    toArray() {
        if (this.dense !== undefined)
            return this.dense.slice();
        const out = new Array(this.length).fill(0);
        const pairs = this.sparse;
        for (let i = 0; i < pairs.length; i += 2)
            out[pairs[i]] += pairs[i + 1];
        return out;
    }
}
// Bins a signature keeps as (bin, count) pairs before it switches to a dense array.
const SPARSE_BINS = 24;
/** A signature while and after the digest counts it: `bins` is built from its sparse counts on each read. */
class CountedSignature {
    counts;
    key;
    kind;
    title;
    level;
    language;
    category;
    total = 0;
    firstSeen;
    lastSeen;
    example;
    constructor(fields, timestamp, counts) {
        this.counts = counts;
        this.key = fields.key;
        this.kind = fields.kind;
        this.title = fields.title;
        this.level = fields.level;
        if (fields.language !== undefined)
            this.language = fields.language;
        if (fields.category !== undefined)
            this.category = fields.category;
        this.example = fields.example;
        this.firstSeen = timestamp;
        this.lastSeen = timestamp;
    }
    get bins() {
        return this.counts.toArray();
    }
    toJSON() {
        const { counts: _counts, ...fields } = this;
        return { ...fields, bins: this.bins };
    }
}
function byStream(logs) {
    const streams = new Map();
    for (const event of logs.events) {
        let list = streams.get(event.logStream);
        if (!list)
            streams.set(event.logStream, (list = []));
        list.push(event);
    }
    return [...streams.values()];
}
const LEVEL_ORDER = ['fatal', 'error', 'warn', 'info', 'debug', 'unknown'];
function levelRank(level) {
    return LEVEL_ORDER.indexOf(level);
}
function isError(parsed, line, tests) {
    if (parsed && (parsed.level === 'error' || parsed.level === 'fatal'))
        return true;
    if (parsed && (parsed.level === 'info' || parsed.level === 'debug' || parsed.level === 'warn'))
        return false;
    for (const test of tests)
        if (test(line))
            return true;
    return false;
}
// Frames from the JDK, frameworks, language runtimes and third-party packages say little about
// which of our bugs this is: the signature keeps the top frames of the application itself.
const LIBRARY_FRAME = /^(?:java\.|javax\.|jdk\.|sun\.|com\.sun\.|kotlin\.|kotlinx\.|scala\.|akka\.|org\.springframework\.|org\.apache\.|org\.hibernate\.|io\.netty\.|reactor\.|com\.fasterxml\.|org\.eclipse\.|io\.undertow\.|com\.zaxxer\.|org\.postgresql\.|com\.mysql\.|System\.|Microsoft\.|dart:|package:flutter\/|runtime\.|net\/http\.|internal\/|node:)|\/site-packages\/|\/dist-packages\/|\/lib\/python\d|<frozen |node_modules\/|node:internal|\/gems\/|\/lib\/ruby\/|\/vendor\/|\/usr\/local\/go\/src\/|\/go\/pkg\/mod\/|^java\.base\//;
function applicationFrames(frames) {
    const normalised = frames.map(normaliseFrame).filter((f) => f !== '');
    const app = normalised.filter((f) => !LIBRARY_FRAME.test(f));
    return (app.length > 0 ? app : normalised).slice(0, APP_FRAMES_IN_KEY);
}
// Line numbers, columns and addresses change with every build; the function does not.
function normaliseFrame(frame) {
    return (frame
        // "(File.java:42)" says nothing the qualified name does not; "(/app/routes/orders.js:17:21)" names the file.
        .replace(/\(([^()]*?):\d+(?::\d+)?\)/g, (_, location) => (location.includes('/') ? `(${location})` : ''))
        .replace(/:\d+(?::\d+)?(?=\s|\)|$)/g, '')
        .replace(/\bline \d+,?\s*/g, '')
        .replace(/\+0x[0-9a-f]+/gi, '')
        .replace(/\s+/g, ' ')
        .trim());
}
function firstWords(text) {
    const first = text.split('\n', 1)[0] ?? '';
    return first.length > 120 ? `${first.slice(0, 117)}...` : first;
}
function cut(text, max) {
    return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
function exampleOf(text) {
    // The common case, one short line: the line itself, no copy.
    if (text.length <= EXAMPLE_CHARS && !text.includes('\n'))
        return text;
    const lines = text.split('\n');
    let example = lines.slice(0, EXAMPLE_LINES).join('\n');
    if (lines.length > EXAMPLE_LINES)
        example += `\n... ${lines.length - EXAMPLE_LINES} more lines`;
    return example.length > EXAMPLE_CHARS ? `${example.slice(0, EXAMPLE_CHARS)}...` : example;
}

// EXTERNAL MODULE: ./src/collectors/attempt.ts
var collectors_attempt = __webpack_require__(1505);
// EXTERNAL MODULE: ./src/chunk.ts
var chunk = __webpack_require__(4158);
// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(7840);
// EXTERNAL MODULE: ./src/deadline.ts
var src_deadline = __webpack_require__(6683);
// EXTERNAL MODULE: ./src/telemetry/logs/log-counters.ts
var log_counters = __webpack_require__(5319);
// EXTERNAL MODULE: ./src/aws/aws-errors.ts
var aws_errors = __webpack_require__(8098);
;// CONCATENATED MODULE: ./src/telemetry/logs/log-entries.ts
// Groups a source's events into log ENTRIES, per stream: a header line and the continuation lines
// that belong to it (the frames, causes and blank lines of a stack trace logged one line per event,
// as ECS awslogs does without a multiline pattern). Sampling then keeps or drops whole entries, so
// a kept trace is never cut in two by the sample. What continues an entry is what the stack-trace
// splitter's grammars accept as the next line of the trace the entry holds (one splitter per
// stream); any other line starts a new entry. Pure and streaming: memory is one open entry and one
// splitter per active stream, both bounded.

const DEFAULT_MAX_ENTRY_LINES = 1_000;
const DEFAULT_MAX_STREAMS = 1_000;
class LogEntryAssembler {
    streams = new Map();
    maxEntryLines;
    maxStreams;
    clock = 0;
    constructor(options = {}) {
        this.maxEntryLines = Math.max(1, options.maxEntryLines ?? DEFAULT_MAX_ENTRY_LINES);
        this.maxStreams = Math.max(1, options.maxStreams ?? DEFAULT_MAX_STREAMS);
    }
    /** Adds one event; returns the entries it closed (usually none or one). */
    push(event, matched) {
        const closed = [];
        let state = this.streams.get(event.logStream);
        if (state === undefined) {
            if (this.streams.size >= this.maxStreams)
                this.closeIdlest(closed);
            state = { splitter: new stack_trace_splitter/* StackTraceSplitter */.N(), entry: undefined, trace: 0, lastSerial: 0, index: 0, touched: 0 };
            this.streams.set(event.logStream, state);
        }
        state.touched = ++this.clock;
        // A multi-line event is an entry already; its lines are not fed one by one.
        const firstLine = event.message.includes('\n') ? event.message.slice(0, event.message.indexOf('\n')) : event.message;
        state.splitter.push(firstLine, state.index);
        state.index += 1;
        const serial = state.splitter.lastTrace;
        const adopted = serial !== 0 && !state.splitter.lastOpened && serial > state.lastSerial;
        const continues = state.entry !== undefined && serial !== 0 && !state.splitter.lastOpened && (serial === state.trace || adopted) && state.entry.events.length < this.maxEntryLines;
        if (serial > state.lastSerial)
            state.lastSerial = serial;
        if (continues) {
            const entry = state.entry;
            entry.events.push(event);
            entry.matched ||= matched;
            entry.chars += event.message.length;
            state.trace = serial;
            return closed;
        }
        if (state.entry !== undefined)
            closed.push(state.entry);
        state.entry = { events: [event], matched, chars: event.message.length };
        state.trace = serial;
        return closed;
    }
    /** Closes every open entry (end of the read). */
    end() {
        const closed = [];
        for (const state of this.streams.values())
            if (state.entry !== undefined)
                closed.push(state.entry);
        this.streams.clear();
        return closed;
    }
    // Only when a new stream arrives with every slot taken: a scan over the streams, not per line.
    closeIdlest(closed) {
        let idlest;
        for (const pair of this.streams)
            if (idlest === undefined || pair[1].touched < idlest[1].touched)
                idlest = pair;
        if (idlest === undefined)
            return;
        this.streams.delete(idlest[0]);
        if (idlest[1].entry !== undefined)
            closed.push(idlest[1].entry);
    }
}
/**
 * A line that can only continue an entry (an indented frame, `Caused by:`, `... 3 more`, a blank
 * line): an entry that starts with one lost its header to a sample boundary.
 */
function startsMidEntry(message) {
    const c = message.charCodeAt(0);
    if (Number.isNaN(c) || c === 32 || c === 9)
        return true;
    return /^(?:Caused by: |Suppressed: |\.\.\. \d+ (?:more|common frames omitted)|--- End of |During handling of the above exception|The above exception was the direct cause)/.test(message);
}

;// CONCATENATED MODULE: ./src/telemetry/logs/log-counting.ts
// What both engines share: the bin grid of a LogReadRequest, the local meaning of a LogCounter,
// and the per-source accumulator that keeps complete counts and a sample of the kept events. Pure.


function binMsOf(request) {
    return request.binSeconds * 1000;
}
/** Bins covering [startMs, endMs): the last one may be partial. */
function binCountOf(request) {
    if (!(request.binSeconds > 0) || request.endMs <= request.startMs)
        return 0;
    return Math.ceil((request.endMs - request.startMs) / binMsOf(request));
}
/** The bin an event at `timestampMs` falls in, or undefined when it is outside [startMs, endMs). */
function binIndexOf(timestampMs, request) {
    if (!Number.isFinite(timestampMs) || timestampMs < request.startMs || timestampMs >= request.endMs)
        return undefined;
    return Math.floor((timestampMs - request.startMs) / binMsOf(request));
}
/** Counters that carry patterns a user wrote ([logs] error_patterns, [log_pattern:NAME]): these run under the scan's PatternBudget. */
function carriesUserPatterns(counterId) {
    return counterId === 'errors' || counterId === 'keep' || counterId.startsWith('pattern:');
}
function compileCounter(counter, budget) {
    if (counter.pattern === undefined)
        return () => true;
    const regex = new RegExp(counter.pattern, counter.ignoreCase ? 'i' : '');
    // JavaScript's engine backtracks: even a pattern regex-safety.ts accepts can be quadratic in the
    // line's length, so only the head of a very long line is searched (Logs Insights runs RE2).
    return budget && carriesUserPatterns(counter.id) ? budget.test(regex) : headTest(regex);
}
/**
 * One source's counts and kept events while an engine reads. Counts are always complete. Kept
 * events, past `maxKept`: with `earliest`, the earliest by timestamp (ties in arrival order), memory
 * bounded by twice the cap; with `uniform`, a uniform sample of whole entries (`keepEntry`: a header
 * and its continuation lines), at most `maxKept` lines.
 */
class SourceAccumulator {
    source;
    maxKept;
    sampling;
    maxKeptChars;
    counts;
    kept = [];
    truncated = false;
    seen = 0;
    // A fixed-seed generator: the same input keeps the same sample on every run.
    state = 0x9e3779b9;
    // Uniform sampling of entries: a max-heap on each entry's random key; the lowest keys that fit stay.
    entries = [];
    entryLines = 0;
    // Characters of the kept messages: the budget that bounds memory, whatever the lines' length.
    keptChars = 0;
    constructor(source, counterIds, binCount, maxKept, 
    /** earliest: past maxKept, the earliest by time (the Insights engine stops at maxKept itself, having chosen which events arrive); uniform: a random sample of all. */
    sampling = 'earliest', maxKeptChars = Number.POSITIVE_INFINITY) {
        this.source = source;
        this.maxKept = maxKept;
        this.sampling = sampling;
        this.maxKeptChars = maxKeptChars;
        this.counts = Object.fromEntries(counterIds.map((id) => [id, new Array(binCount).fill(0)]));
    }
    add(counterId, bin, n = 1) {
        const series = this.counts[counterId];
        if (series && bin >= 0 && bin < series.length)
            series[bin] += n;
    }
    keep(event) {
        if (this.sampling === 'uniform') {
            this.keepEntry([event]);
            return;
        }
        if (this.maxKept <= 0) {
            this.truncated = true;
            return;
        }
        this.kept.push(event);
        this.keptChars += event.message.length;
        if (this.kept.length >= 2 * this.maxKept || this.keptChars >= 2 * this.maxKeptChars)
            this.compact();
    }
    /**
     * Keeps one entry whole or not at all (uniform sampling). Every entry draws a random key and the
     * entries with the lowest keys that fit in `maxKept` lines stay: each entry has the same chance,
     * so a sample's counts before and after any moment keep their proportions (what the detectors
     * compare), and a stack trace is kept with all its lines or not at all.
     */
    keepEntry(events) {
        if (events.length === 0)
            return;
        if (this.maxKept <= 0) {
            this.truncated = true;
            return;
        }
        this.seen += 1;
        // An entry longer than the whole budget keeps its head.
        const lines = events.length > this.maxKept ? events.slice(0, this.maxKept) : [...events];
        let chars = 0;
        for (const event of lines)
            chars += event.message.length;
        while (lines.length > 1 && chars > this.maxKeptChars)
            chars -= lines.pop().message.length;
        if (lines.length < events.length)
            this.truncated = true;
        this.heapPush({ key: this.random(), seq: this.seen, events: lines, chars });
        this.entryLines += lines.length;
        this.keptChars += chars;
        while (this.entries.length > 1 && (this.entryLines > this.maxKept || this.keptChars > this.maxKeptChars)) {
            const dropped = this.heapPop();
            this.entryLines -= dropped.events.length;
            this.keptChars -= dropped.chars;
            this.truncated = true;
        }
    }
    /** More events matched than could be returned, for a reason only the engine knows. */
    markTruncated() {
        this.truncated = true;
    }
    /** How many events are kept so far (at most maxKept after compaction). */
    keptCount() {
        return this.sampling === 'uniform' ? this.entryLines : Math.min(this.kept.length, this.maxKept);
    }
    /**
     * A sample cut by time (Insights keeps whole seconds) can start an entry in the middle: lines
     * that continue a header left outside the sample are dropped, per stream.
     */
    dropHeadlessEntries() {
        if (!this.truncated || this.sampling !== 'earliest')
            return;
        this.compact();
        const assembler = new LogEntryAssembler();
        const kept = [];
        const take = (entries) => {
            for (const entry of entries)
                if (!startsMidEntry(entry.events[0].message))
                    kept.push(...entry.events);
        };
        for (const event of this.kept)
            take(assembler.push(event, true));
        take(assembler.end());
        kept.sort((a, b) => a.timestamp - b.timestamp);
        this.kept = kept;
    }
    /** How many more events may be kept. */
    room() {
        return Math.max(0, this.maxKept - this.keptCount());
    }
    isFull() {
        return this.maxKept <= 0 || this.keptCount() >= this.maxKept || this.keptChars >= this.maxKeptChars;
    }
    result() {
        if (this.sampling === 'uniform') {
            // Arrival order first, then a stable sort by time: lines of one timestamp keep their order.
            const entries = [...this.entries].sort((a, b) => a.seq - b.seq);
            this.kept = entries.flatMap((e) => e.events).sort((a, b) => a.timestamp - b.timestamp);
            return { source: this.source, counts: this.counts, events: this.kept, eventsTruncated: this.truncated };
        }
        this.compact();
        return { source: this.source, counts: this.counts, events: this.kept, eventsTruncated: this.truncated };
    }
    heapPush(item) {
        const heap = this.entries;
        heap.push(item);
        for (let i = heap.length - 1; i > 0;) {
            const parent = (i - 1) >> 1;
            if (heap[parent].key >= heap[i].key)
                break;
            [heap[parent], heap[i]] = [heap[i], heap[parent]];
            i = parent;
        }
    }
    heapPop() {
        const heap = this.entries;
        const top = heap[0];
        const last = heap.pop();
        if (heap.length > 0) {
            heap[0] = last;
            for (let i = 0;;) {
                const l = 2 * i + 1;
                const r = l + 1;
                let largest = i;
                if (l < heap.length && heap[l].key > heap[largest].key)
                    largest = l;
                if (r < heap.length && heap[r].key > heap[largest].key)
                    largest = r;
                if (largest === i)
                    break;
                [heap[largest], heap[i]] = [heap[i], heap[largest]];
                i = largest;
            }
        }
        return top;
    }
    random() {
        this.state = (Math.imul(this.state, 1_664_525) + 1_013_904_223) >>> 0;
        return this.state / 2 ** 32;
    }
    compact() {
        // Array.prototype.sort is stable: events with equal timestamps keep their arrival order.
        this.kept.sort((a, b) => a.timestamp - b.timestamp);
        if (this.kept.length > this.maxKept) {
            this.kept.length = this.maxKept;
            this.truncated = true;
        }
        let chars = 0;
        let end = 0;
        while (end < this.kept.length && (end === 0 || chars + this.kept[end].message.length <= this.maxKeptChars))
            chars += this.kept[end++].message.length;
        if (end < this.kept.length) {
            this.kept.length = end;
            this.truncated = true;
        }
        this.keptChars = chars;
    }
}
function accumulatorsFor(request, sources, sampling = 'earliest') {
    const ids = request.counters.map((c) => c.id);
    const bins = binCountOf(request);
    return new Map(sources.map((s) => [s.id, new SourceAccumulator(s, ids, bins, request.maxKeptEvents, sampling, request.maxKeptBytes ?? Number.POSITIVE_INFINITY)]));
}

;// CONCATENATED MODULE: ./src/telemetry/logs/token-bucket.ts
// A client-side rate limit: callers `take()` a token before each request; tokens refill at
// `ratePerSecond` up to `burst`. Takers are served in order. Clock and sleep are injectable so
// tests run on a fake clock.
const realSleep = (ms, signal) => new Promise((resolve) => {
    if (signal?.aborted || ms <= 0)
        return resolve();
    const timer = setTimeout(done, ms);
    function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
});
class TokenBucket {
    ratePerSecond;
    burst;
    now;
    sleep;
    tokens;
    last;
    queue = Promise.resolve();
    constructor(ratePerSecond, burst = 1, now = Date.now, sleep = realSleep) {
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.now = now;
        this.sleep = sleep;
        if (!(ratePerSecond > 0))
            throw new Error('ratePerSecond must be positive');
        this.tokens = burst;
        this.last = now();
    }
    /** Resolves when the caller may send one request. */
    take(signal) {
        const turn = this.queue.then(() => this.acquire(signal));
        this.queue = turn.catch(() => undefined);
        return turn;
    }
    async acquire(signal) {
        for (;;) {
            this.refill();
            if (this.tokens >= 1) {
                this.tokens -= 1;
                return;
            }
            if (signal?.aborted)
                throw signal.reason ?? new Error('aborted');
            await this.sleep(Math.ceil(((1 - this.tokens) * 1000) / this.ratePerSecond), signal);
        }
    }
    refill() {
        const now = this.now();
        this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.ratePerSecond) / 1000);
        this.last = now;
    }
}

;// CONCATENATED MODULE: ./src/telemetry/logs/filter-engine.ts
// The FilterLogEvents engine: reads every event of each source in the span, page by page, and
// counts and keeps locally with the same meaning Insights gives the counters. No scan charge, and
// every line comes back whole; the price is one request per page, so it serves small reads.
//
// FilterLogEvents (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_FilterLogEvents.html):
// logGroupName or logGroupIdentifier, logStreamNamePrefix, startTime and endTime in epoch ms
// ("events with a timestamp later than this time are not returned": endTime is inclusive), pages of
// at most 1 MB or 10,000 events joined by nextToken, and pages may be empty while more follow.
// Its request rate is limited per account and Region: 5 per second by the CloudWatch Logs
// throttling guide (https://repost.aws/knowledge-center/cloudwatch-logs-throttling), 10 in some
// Regions by the quotas page (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/cloudwatch_limits_cwl.html);
// the default here stays at 5 and the setting accepts at most 10.







const DEFAULT_FILTER_REQUESTS_PER_SECOND = 5;
const MAX_FILTER_REQUESTS_PER_SECOND = 10;
const DEFAULT_MAX_PAGES_PER_SOURCE = 100;
const SERVICE = 'logs';
const OPERATION = 'FilterLogEvents';
const IAM_ACTION = 'logs:FilterLogEvents';
function filterRateLimiter(options = {}) {
    const rate = Math.min(MAX_FILTER_REQUESTS_PER_SECOND, Math.max(0.1, options.maxRequestsPerSecond ?? DEFAULT_FILTER_REQUESTS_PER_SECOND));
    return new TokenBucket(rate, 1, options.now ?? Date.now, options.sleep ?? realSleep);
}
async function readWithFilter(context, request, sources, options = {}) {
    const logs = context.clients.get(dist_cjs/* CloudWatchLogsClient */.TFr);
    const bucket = options.rateLimiter ?? filterRateLimiter(options);
    // Everything is read anyway: past the cap, keep a uniform sample of whole entries (a line and the
    // continuation lines of its stack trace, per stream) rather than only the oldest lines.
    const accumulators = accumulatorsFor(request, sources, 'uniform');
    const counters = request.counters.map((c) => ({ id: c.id, test: compileCounter(c, request.patternBudget) }));
    const keep = compileCounter(request.keep, request.patternBudget);
    let bytesScanned = 0;
    const readSource = async (source) => {
        const acc = accumulators.get(source.id);
        const entries = new LogEntryAssembler();
        const maxPages = Math.max(1, options.maxPagesPerSource ?? DEFAULT_MAX_PAGES_PER_SOURCE);
        let nextToken;
        let pages = 0;
        let events = 0;
        let lastTimestamp;
        do {
            if (pages >= maxPages) {
                const upTo = lastTimestamp !== undefined ? `, up to ${new Date(lastTimestamp).toISOString()}` : '';
                context.gap(gap(source, `stopped after ${pages} pages (${events} events${upTo}) of a span ending ${new Date(request.endMs).toISOString()}; the source is left out because its counts would be incomplete: raise the page limit, shorten the window or use Logs Insights ([logs] engine)`));
                return false;
            }
            try {
                await bucket.take(options.signal ?? context.signal);
            }
            catch (error) {
                if (options.signal?.aborted || !(0,src_deadline/* isDeadline */.vh)(error))
                    throw error;
                context.gap(gap(source, (0,collectors_attempt/* failureReason */.Hr)(error, IAM_ACTION)));
                return false;
            }
            let page;
            try {
                const token = nextToken;
                page = await context.limit(() => logs.send(new dist_cjs/* FilterLogEventsCommand */.nsW({
                    logGroupName: source.logGroup,
                    ...(source.streamPrefix ? { logStreamNamePrefix: source.streamPrefix } : {}),
                    startTime: request.startMs,
                    // Inclusive end: the last millisecond of the half-open span.
                    endTime: request.endMs - 1,
                    ...(options.pageLimit ? { limit: options.pageLimit } : {}),
                    ...(token ? { nextToken: token } : {}),
                }), options.signal ? { abortSignal: options.signal } : {}));
            }
            catch (error) {
                if ((0,aws_errors/* isCredentialsError */.B_)(error))
                    throw new aws_errors/* CredentialsUnusableError */.E9((0,aws_errors.describeAwsError)(error));
                if (options.signal?.aborted)
                    throw error;
                const missing = error.name === 'ResourceNotFoundException';
                context.gap(gap(source, missing ? `log group ${source.logGroup} does not exist` : (0,collectors_attempt/* failureReason */.Hr)(error, IAM_ACTION)));
                return false;
            }
            pages += 1;
            for (const event of page.events ?? []) {
                const message = event.message ?? '';
                bytesScanned += Buffer.byteLength(message, 'utf8');
                // The service narrows to the prefix; this also holds against an endpoint that ignores it.
                if (source.streamPrefix && !(event.logStreamName ?? '').startsWith(source.streamPrefix))
                    continue;
                const timestamp = event.timestamp ?? NaN;
                const bin = binIndexOf(timestamp, request);
                if (bin === undefined)
                    continue;
                events += 1;
                lastTimestamp = lastTimestamp === undefined ? timestamp : Math.max(lastTimestamp, timestamp);
                countEvent(acc, counters, bin, message);
                for (const entry of entries.push({ timestamp, message, logStream: event.logStreamName ?? '' }, keep(message)))
                    if (entry.matched)
                        acc.keepEntry(entry.events);
            }
            nextToken = page.nextToken;
        } while (nextToken);
        for (const entry of entries.end())
            if (entry.matched)
                acc.keepEntry(entry.events);
        return true;
    };
    const complete = await Promise.all(sources.map(readSource));
    return { sources: sources.filter((_, i) => complete[i]).map((s) => accumulators.get(s.id).result()), bytesScanned };
}
function countEvent(acc, counters, bin, message) {
    for (const counter of counters)
        if (counter.test(message))
            acc.add(counter.id, bin);
}
function gap(source, reason) {
    return { service: SERVICE, operation: OPERATION, iamAction: IAM_ACTION, scope: scopeOf(source), reason };
}
function scopeOf(source) {
    return `log group ${source.logGroup}${source.streamPrefix ? ` (streams ${source.streamPrefix}*)` : ''} of ${source.resource.type} ${source.resource.id}`;
}

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
;// CONCATENATED MODULE: ./src/telemetry/logs/insights-queries.ts
// Pure: the Logs Insights query strings the engine sends, and how their result rows map back to
// sources, bins and events. Syntax as the Logs Insights QL reference describes it:
// - parse with a regular expression and a named capturing group creates the field only on events
//   the expression matches ("If a log event doesn't match the specified pattern, you still see it
//   in the results, but without the extracted fields"), so count(field) counts matching events:
//   https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax-Parse.html
// - stats count(*) as alias ... by bin(period), field; bin takes s/m/h/... units:
//   https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax-Stats.html
// - filter field like /regex/; (?i) makes a regular expression case-insensitive:
//   https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax-Filter.html
// - @log is "account-id:log-group-name", @logStream the stream, @timestamp the event time:
//   https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData-discoverable-fields.html
// - toMillis(@timestamp), floor() and arithmetic in fields/filter:
//   https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax-operations-functions.html
// - sort FIELD asc | limit N returns the first N events in that field's order; a % b is the remainder:
//   https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax-Limit.html

// Our field names carry a prefix: Insights discovers JSON keys as fields, and a log with a key
// named like one of ours would otherwise be counted as if it matched.
const PREFIX = 'awsmon_';
const matchField = (i) => `${PREFIX}c${i}`;
const countField = (i) => `${PREFIX}n${i}`;
const BIN_INDEX_FIELD = `${PREFIX}bin`;
/**
 * Whether Insights' own bin() can carry the request's bins: bin(Ns) groups by multiples of N
 * seconds on the clock, which are the request's bins when the span starts on that grid (the log
 * window planner aligns it so). The end may fall inside a bin: StartQuery's range is whole seconds,
 * so the last bin can also count events of the rest of the second holding endMs (none when the span
 * ends now). Off the grid, the engine computes the bin index from toMillis(@timestamp) itself.
 */
function usesInsightsBin(span) {
    const binMs = binMsOf(span);
    return Number.isInteger(span.binSeconds) && span.startMs % binMs === 0;
}
function binExpression(span) {
    return `bin(${span.binSeconds}s)`;
}
/** `/pattern/` for a query: a `/` the pattern leaves unescaped would end the literal early. */
function regexLiteral(pattern, ignoreCase = false) {
    let body = '';
    for (let i = 0; i < pattern.length; i += 1) {
        const c = pattern[i];
        if (c === '\\' && i + 1 < pattern.length) {
            body += c + pattern[i + 1];
            i += 1;
        }
        else if (c === '/')
            body += '\\/';
        else
            body += c;
    }
    return `/${ignoreCase ? '(?i)' : ''}${body}/`;
}
/** A stream prefix as a regular expression matching names that start with it. */
function streamPrefixRegex(prefix) {
    return regexLiteral(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}
/**
 * One row per (bin, log group): count(*) for counters without a pattern, count(field) for the
 * field a `parse` creates only where the counter's pattern matches.
 */
function statsQueryString(request, window) {
    const commands = [];
    if (window.streamPrefix)
        commands.push(`filter @logStream like ${streamPrefixRegex(window.streamPrefix)}`);
    const aligned = usesInsightsBin(request);
    if (!aligned) {
        commands.push(`filter toMillis(@timestamp) >= ${window.startMs} and toMillis(@timestamp) < ${window.endMs}`);
        commands.push(`fields floor((toMillis(@timestamp) - ${request.startMs}) / ${binMsOf(request)}) as ${BIN_INDEX_FIELD}`);
    }
    const aggregates = [];
    request.counters.forEach((counter, i) => {
        if (counter.pattern === undefined) {
            aggregates.push(`count(*) as ${countField(i)}`);
        }
        else {
            commands.push(`parse @message ${namedGroupRegex(counter, matchField(i))}`);
            aggregates.push(`count(${matchField(i)}) as ${countField(i)}`);
        }
    });
    commands.push(`stats ${aggregates.join(', ')} by ${aligned ? binExpression(request) : BIN_INDEX_FIELD}, @log`);
    return commands.join(' | ');
}
function namedGroupRegex(counter, field) {
    const literal = regexLiteral(counter.pattern);
    // (?i) goes before the group so it covers the whole pattern.
    return `/${counter.ignoreCase ? '(?i)' : ''}(?<${field}>${literal.slice(1, -1)})/`;
}
// Kept events are read in order of their second's "phase", (second x 389) mod 997, not in time
// order: the first N events by phase are every event of the seconds whose phase is lowest, and
// those seconds are spread evenly over the whole window (389 and 997 are coprime; 997 seconds is
// about 17 minutes). So when more events match than may be kept, the kept ones are a sample of the
// whole window in proportion to its volume (a signature that appears only in the last hour is in
// it), not its first hours; and whole seconds are kept, so a stack trace logged within one second
// stays whole. A continuation asks for the phases from where the last full answer stopped.
const SAMPLE_PHASES = 997;
const SAMPLE_STRIDE = 389;
const PHASE_FIELD = `${PREFIX}phase`;
/** The phase of the second holding `timestampMs`, as the events query computes it. */
function samplePhaseOf(timestampMs) {
    return (Math.floor(timestampMs / 1000) * SAMPLE_STRIDE) % SAMPLE_PHASES;
}
/**
 * The events (in phase order) that fit in `room`, cut at a phase boundary so that every second kept
 * is whole. When not even the first phase fits, none are kept, unless `partialIfNone` (the source
 * has nothing yet: some lines of one phase beat none).
 */
function wholePhases(events, room, partialIfNone = false) {
    if (events.length <= room)
        return [...events];
    if (room <= 0)
        return [];
    let end = room;
    const phaseAt = (i) => samplePhaseOf(events[i].timestamp);
    while (end > 0 && phaseAt(end - 1) === phaseAt(end))
        end -= 1;
    return events.slice(0, end > 0 ? end : partialIfNone ? room : 0);
}
/** Kept events in phase order, from phase `fromPhase` on, so a full answer is every event of the phases before its last. */
function eventsQueryString(keep, streamPrefix, limit, fromPhase = 0) {
    const commands = [`fields @timestamp, @message, @logStream, @log, (floor(toMillis(@timestamp) / 1000) * ${SAMPLE_STRIDE}) % ${SAMPLE_PHASES} as ${PHASE_FIELD}`];
    if (streamPrefix)
        commands.push(`filter @logStream like ${streamPrefixRegex(streamPrefix)}`);
    if (keep.pattern !== undefined)
        commands.push(`filter @message like ${regexLiteral(keep.pattern, keep.ignoreCase)}`);
    if (fromPhase > 0)
        commands.push(`filter ${PHASE_FIELD} >= ${fromPhase}`);
    commands.push(`sort ${PHASE_FIELD} asc`, `limit ${limit}`);
    return commands.join(' | ');
}
function rowRecord(row) {
    const record = {};
    for (const { field, value } of row)
        if (field !== undefined && value !== undefined)
            record[field] = value;
    return record;
}
/** Insights writes times as "2024-01-01 12:05:00.000", in UTC. */
function parseInsightsTime(value) {
    if (value === undefined)
        return NaN;
    if (/^\d+$/.test(value))
        return Number(value);
    const iso = value.includes('T') ? value : value.replace(' ', 'T');
    return Date.parse(/(Z|[+-]\d\d:?\d\d)$/.test(iso) ? iso : `${iso}Z`);
}
/** The group an @log value ("123456789012:/ecs/web") names, among the query's groups. */
function groupOfLogField(value, groups) {
    if (value === undefined)
        return undefined;
    const name = value.replace(/^\d{12}:/, '');
    if (groups.includes(name))
        return name;
    return groups.find((g) => value.endsWith(`:${g}`));
}
/**
 * The request bin a stats row counts, or undefined when it lies outside the query's window (the
 * query's seconds-wide time range can reach past it; the next window counts those events).
 */
function statsRowBin(record, request, window) {
    const binMs = binMsOf(request);
    let index;
    if (usesInsightsBin(request)) {
        const start = parseInsightsTime(record[binExpression(request)] ?? Object.entries(record).find(([k]) => k.startsWith('bin('))?.[1]);
        if (!Number.isFinite(start))
            return undefined;
        index = Math.floor((start - request.startMs) / binMs);
    }
    else {
        index = Math.round(Number(record[BIN_INDEX_FIELD]));
        if (!Number.isFinite(index))
            return undefined;
    }
    const first = Math.floor((window.startMs - request.startMs) / binMs);
    const end = Math.min(binCountOf(request), Math.ceil((window.endMs - request.startMs) / binMs));
    return index >= first && index < end ? index : undefined;
}

;// CONCATENATED MODULE: ./src/telemetry/logs/log-planner.ts
// Pure: from the sources to read, what DescribeLogGroups says about their groups, the span and the
// [logs] settings to a read plan: which engine, which Logs Insights queries, what it should cost,
// and which groups are left out and why. Numbers are injected; nothing here calls AWS.
//
// Limits relied on (CloudWatch Logs API reference, StartQuery and GetQueryResults,
// https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartQuery.html):
// a query names at most 50 log groups; `limit` defaults to 10,000 rows and one GetQueryResults
// answer holds at most 10,000 rows. FilterLogEvents answers at most 1 MB or 10,000 events a page
// (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_FilterLogEvents.html).


const MAX_GROUPS_PER_QUERY = 50;
const DEFAULT_MAX_ROWS_PER_QUERY = 10_000;
/** FilterLogEvents' page size by bytes: the estimate of pages per source. */
const FILTER_PAGE_BYTES = 1_048_576;
const DAY_MS = 86_400_000;
/**
 * Bytes a group is expected to hold in [startMs, endMs). Assumption: storedBytes is spread evenly
 * over the time the group can hold data, from the later of its creation and now minus its
 * retention, up to now. Bursty groups make this wrong both ways; it is an estimate for choosing an
 * engine and keeping a budget, and Insights reports what it really scanned.
 */
function expectedBytesInSpan(info, startMs, endMs, nowMs) {
    const retentionStart = info.retentionInDays ? nowMs - info.retentionInDays * DAY_MS : -Infinity;
    const lifeStart = Math.max(info.creationTime, retentionStart);
    const lifetime = Math.max(1, nowMs - lifeStart);
    const overlap = Math.max(0, Math.min(endMs, nowMs) - Math.max(startMs, lifeStart));
    return Math.ceil((Math.max(0, info.storedBytes) * Math.min(overlap, lifetime)) / lifetime);
}
function planLogRead(input, settings) {
    const maxRows = Math.max(1, settings.maxRowsPerQuery ?? DEFAULT_MAX_ROWS_PER_QUERY);
    const wants = input.queries ?? { stats: true, events: true };
    const binCount = binCountOf(input);
    const bytesByGroup = {};
    for (const [name, info] of input.groups)
        bytesByGroup[name] = expectedBytesInSpan(info, input.startMs, input.endMs, input.nowMs);
    const known = input.sources.filter((s) => bytesByGroup[s.logGroup] !== undefined);
    const unknown = input.sources.filter((s) => bytesByGroup[s.logGroup] === undefined);
    const readBytes = known.reduce((sum, s) => sum + bytesByGroup[s.logGroup], 0);
    let engine;
    let engineReason;
    if (settings.engine === 'filter') {
        engine = 'filter';
        engineReason = 'FilterLogEvents, as [logs] engine = filter asks';
    }
    else if (settings.engine === 'insights') {
        engine = 'insights';
        engineReason = 'Logs Insights, as [logs] engine = insights asks';
    }
    else if (readBytes <= settings.filterMaxBytes) {
        engine = 'filter';
        engineReason = `FilterLogEvents: the read is expected to be ${mb(readBytes)}, at most ${mb(settings.filterMaxBytes)} ([logs] filter_max_mb); it has no scan charge and returns every line whole`;
    }
    else {
        engine = 'insights';
        engineReason = `Logs Insights: the read is expected to be ${mb(readBytes)}, more than ${mb(settings.filterMaxBytes)} ([logs] filter_max_mb); Insights counts server-side`;
    }
    const skipped = [];
    const selected = [];
    if (engine === 'filter') {
        // No scan charge: every source is read, even one whose size is unknown.
        selected.push(...input.sources);
    }
    else {
        for (const source of unknown) {
            skipped.push({
                source,
                logGroup: source.logGroup,
                reason: `the size of log group ${source.logGroup} is unknown (DescribeLogGroups did not describe it), so the Logs Insights scan budget ([logs] scan_budget_mb) cannot account for it`,
            });
        }
        // Each source costs one pass per query kind over its whole group: the stream prefix filters
        // rows, not the bytes Insights scans. First fit in request order: a group too large for what
        // is left does not stop smaller ones after it.
        const passes = (wants.stats ? 1 : 0) + (wants.events ? 1 : 0);
        let total = 0;
        for (const source of known) {
            const cost = passes * bytesByGroup[source.logGroup];
            if (total + cost > settings.scanBudgetBytes) {
                skipped.push({
                    source,
                    logGroup: source.logGroup,
                    expectedBytes: cost,
                    reason: `reading log group ${source.logGroup} is expected to scan ${mb(cost)} with Logs Insights, which would bring the scan to ${mb(total + cost)}, past the budget of ${mb(settings.scanBudgetBytes)} ([logs] scan_budget_mb)`,
                });
                continue;
            }
            total += cost;
            selected.push(source);
        }
    }
    const chosen = new Set(selected);
    const sources = input.sources.filter((s) => chosen.has(s));
    const insights = engine === 'insights' ? packInsights(sources, bytesByGroup, input, binCount, maxRows, wants) : { stats: [], events: [] };
    const queries = insights.stats.length + insights.events.length;
    const expectedBytes = engine === 'insights'
        ? [...insights.stats, ...insights.events].reduce((sum, q) => sum + q.expectedBytes, 0)
        : sources.reduce((sum, s) => sum + (bytesByGroup[s.logGroup] ?? 0), 0);
    const filterCalls = engine === 'filter' ? sources.reduce((sum, s) => sum + Math.max(1, Math.ceil((bytesByGroup[s.logGroup] ?? 0) / FILTER_PAGE_BYTES)), 0) : 0;
    return {
        engine,
        engineReason,
        startMs: input.startMs,
        endMs: input.endMs,
        binSeconds: input.binSeconds,
        binCount,
        maxRowsPerQuery: maxRows,
        scanBudgetBytes: settings.scanBudgetBytes,
        sources,
        insights,
        bytesByGroup,
        expectedBytes,
        expectedCalls: { StartQuery: queries, GetQueryResults: queries, FilterLogEvents: filterCalls },
        skipped,
    };
}
/**
 * Sources sharing a stream prefix go in the same queries, at most 50 groups each (a prefix source
 * and a whole-group source of the same group land in different queries, so each keeps its own
 * counts). A stats query returns a row per group and bin, so it takes as many groups as keep that
 * within maxRows; with more bins than maxRows, its span is split on bin boundaries.
 */
function packInsights(sources, bytesByGroup, span, binCount, maxRows, wants) {
    const byPrefix = new Map();
    for (const source of sources) {
        const key = source.streamPrefix ?? '';
        byPrefix.set(key, [...(byPrefix.get(key) ?? []), source]);
    }
    const spanMs = span.endMs - span.startMs;
    const spec = (kind, batch, startMs, endMs) => ({
        kind,
        ...(batch[0].streamPrefix ? { streamPrefix: batch[0].streamPrefix } : {}),
        sources: batch,
        logGroups: batch.map((s) => s.logGroup),
        startMs,
        endMs,
        expectedBytes: Math.ceil(batch.reduce((sum, s) => sum + (bytesByGroup[s.logGroup] ?? 0), 0) * (spanMs > 0 ? (endMs - startMs) / spanMs : 1)),
    });
    const stats = [];
    const events = [];
    const binMs = binMsOf(span);
    const binsPerWindow = Math.min(Math.max(1, binCount), maxRows);
    const windows = [];
    for (let first = 0; first < Math.max(1, binCount); first += binsPerWindow) {
        windows.push([span.startMs + first * binMs, Math.min(span.endMs, span.startMs + (first + binsPerWindow) * binMs)]);
    }
    const groupsPerStats = Math.max(1, Math.min(MAX_GROUPS_PER_QUERY, Math.floor(maxRows / binsPerWindow)));
    for (const group of byPrefix.values()) {
        if (wants.stats && binCount > 0) {
            for (const batch of (0,chunk/* chunk */.i)(group, groupsPerStats))
                for (const [from, to] of windows)
                    stats.push(spec('stats', batch, from, to));
        }
        if (wants.events)
            for (const batch of (0,chunk/* chunk */.i)(group, MAX_GROUPS_PER_QUERY))
                events.push(spec('events', batch, span.startMs, span.endMs));
    }
    return { stats, events };
}
function mb(bytes) {
    if (bytes < 104_858)
        return `${bytes} bytes`;
    const value = bytes / 1_048_576;
    return `${value >= 100 ? Math.round(value) : Math.round(value * 10) / 10} MB`;
}

;// CONCATENATED MODULE: ./src/telemetry/logs/insights-engine.ts
// The Logs Insights engine: runs a LogPlan's queries with StartQuery and GetQueryResults. Stats
// queries count server-side per source and bin; events queries return kept lines in the order of
// their second's sample phase (insights-queries.ts), continuing from the last phase of a full
// answer until each source has its events: past the cap, a sample spread over the whole window.
//
// API facts relied on (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartQuery.html,
// .../API_GetQueryResults.html, .../API_StopQuery.html):
// - StartQuery takes startTime and endTime in epoch seconds, both inclusive, and up to 50 groups.
// - GetQueryResults reports status Scheduled, Running, Complete, Failed, Cancelled, Timeout or
//   Unknown, `statistics` {recordsMatched, recordsScanned, bytesScanned} for the query so far,
//   results as arrays of {field, value}, and a nextToken when a result has more pages.
// - Queries time out after 60 minutes; the account runs a limited number at once ("up to 30" in
//   the API reference, 100 in the user guide: https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AnalyzingLogData.html),
//   dashboards and people included, so this engine runs fewer (10 by default) and retries
//   StartQuery when the service answers LimitExceededException.









const DEFAULT_MAX_CONCURRENT_QUERIES = 10;
const insights_engine_SERVICE = 'logs';
/**
 * Runs the plan's stats and events queries side by side and returns each source whose counts came
 * back (a source whose stats query failed is left out: its gap is recorded), with the bytes scanned.
 */
async function readWithInsights(context, request, plan, options = {}) {
    const queries = new InsightsQueries(context, plan.maxRowsPerQuery, options);
    const accumulators = accumulatorsFor(request, plan.sources);
    const countsFailed = new Set();
    const read = { context, request, plan, queries, accumulators, continuationBytes: 0 };
    await Promise.all([...plan.insights.stats.map((spec) => runStats(read, spec, countsFailed)), ...plan.insights.events.map((spec) => runEvents(read, spec))]);
    // Whole seconds keep almost every trace whole (its lines share a timestamp); one that straddles a
    // sampled second's start loses its header, and its headless rest is dropped.
    for (const acc of accumulators.values())
        acc.dropHeadlessEntries();
    const sources = plan.sources.filter((s) => !countsFailed.has(s.id)).map((s) => accumulators.get(s.id).result());
    return { sources, bytesScanned: queries.bytesScanned };
}
/**
 * One query's life, StartQuery to the last page of GetQueryResults, within the engine's slots and
 * the scan's shared limit. A query that yields no rows records why as a coverage gap; only a
 * credentials failure or an abort that is not the deadline throws.
 */
class InsightsQueries {
    context;
    maxRows;
    /** Bytes every query so far reported scanning, failed and stopped ones included. */
    bytesScanned = 0;
    logs;
    slots;
    now;
    sleep;
    signal;
    send;
    pollInitial;
    pollMax;
    timeout;
    startRetries;
    constructor(context, maxRows, options) {
        this.context = context;
        this.maxRows = maxRows;
        this.logs = context.clients.get(dist_cjs/* CloudWatchLogsClient */.TFr);
        this.slots = (0,p_limit/* default */.A)(Math.max(1, options.maxConcurrentQueries ?? DEFAULT_MAX_CONCURRENT_QUERIES));
        this.now = options.now ?? Date.now;
        this.sleep = options.sleep ?? realSleep;
        this.signal = options.signal ?? context.signal;
        this.send = options.signal ? { abortSignal: options.signal } : {};
        this.pollInitial = options.pollInitialMs ?? 1_000;
        this.pollMax = Math.max(this.pollInitial, options.pollMaxMs ?? 5_000);
        this.timeout = options.queryTimeoutMs ?? 15 * 60_000;
        this.startRetries = options.startRetries ?? 4;
    }
    /** Rows of a completed query, or undefined after recording why there are none. */
    run(query) {
        return this.slots(async () => {
            const queryId = await this.start(query);
            return queryId === undefined ? undefined : this.results(query, queryId);
        });
    }
    gapFor(query, operation, reason) {
        const groups = query.logGroups.length === 1 ? 'log group' : `${query.logGroups.length} log groups:`;
        return {
            service: insights_engine_SERVICE,
            operation,
            iamAction: `logs:${operation}`,
            scope: `Logs Insights ${query.kind} query ${new Date(query.fromMs).toISOString()} to ${new Date(query.toMs).toISOString()} over ${groups} ${query.logGroups.join(', ')}`,
            reason,
        };
    }
    /** StartQuery, retried with backoff while the account runs too many queries. */
    async start(query) {
        for (let attempt = 0;; attempt += 1) {
            try {
                const started = await this.context.limit(() => this.logs.send(new dist_cjs/* StartQueryCommand */.qbV({
                    logGroupNames: query.logGroups,
                    startTime: Math.floor(query.fromMs / 1000),
                    endTime: Math.ceil(query.toMs / 1000),
                    queryString: query.queryString,
                    limit: this.maxRows,
                }), this.send));
                if (started.queryId)
                    return started.queryId;
                this.context.gap(this.gapFor(query, 'StartQuery', 'StartQuery answered without a query id'));
                return undefined;
            }
            catch (error) {
                this.rethrowIfFatal(error);
                if (error.name === 'LimitExceededException' && attempt < this.startRetries) {
                    await this.sleep(Math.min(60_000, this.pollMax * 2 ** attempt), this.signal);
                    continue;
                }
                this.context.gap(this.gapFor(query, 'StartQuery', (0,collectors_attempt/* failureReason */.Hr)(error, 'logs:StartQuery')));
                return undefined;
            }
        }
    }
    /** Polls GetQueryResults, slower each time, until the query ends, the timeout passes or the deadline stops it. */
    async results(query, queryId) {
        const giveUpAt = this.now() + this.timeout;
        let delay = this.pollInitial;
        for (;;) {
            await this.sleep(delay, this.signal);
            delay = Math.min(this.pollMax, Math.round(delay * 1.5));
            if (this.signal?.aborted) {
                await this.stop(queryId);
                const deadline = (0,src_deadline/* deadlineOf */.G0)(this.signal.reason);
                if (!deadline)
                    throw this.signal.reason ?? new Error('aborted');
                this.context.gap(this.gapFor(query, 'GetQueryResults', (0,src_deadline/* deadlineReason */.Xp)(deadline.deadlineMs, 'the query finished (it was stopped)')));
                return undefined;
            }
            let answer;
            try {
                answer = await this.context.limit(() => this.logs.send(new dist_cjs/* GetQueryResultsCommand */.sAK({ queryId }), this.send));
            }
            catch (error) {
                await this.stop(queryId);
                this.rethrowIfFatal(error);
                this.context.gap(this.gapFor(query, 'GetQueryResults', (0,collectors_attempt/* failureReason */.Hr)(error, 'logs:GetQueryResults')));
                return undefined;
            }
            const scanned = answer.statistics?.bytesScanned ?? 0;
            switch (answer.status) {
                case 'Complete':
                    return this.allPages(query, queryId, answer, scanned);
                case 'Failed':
                case 'Cancelled':
                case 'Timeout':
                    this.bytesScanned += scanned;
                    this.context.gap(this.gapFor(query, 'GetQueryResults', `the query ended with status ${answer.status}`));
                    return undefined;
                default:
                    // Scheduled, Running, Unknown: wait, up to the timeout.
                    if (this.now() >= giveUpAt) {
                        await this.stop(queryId);
                        this.bytesScanned += scanned;
                        this.context.gap(this.gapFor(query, 'GetQueryResults', `the query was still ${answer.status ?? 'pending'} after ${Math.round(this.timeout / 1000)} s and was stopped`));
                        return undefined;
                    }
            }
        }
    }
    /** The rows of a complete answer and of every further page (nextToken). */
    async allPages(query, queryId, first, scanned) {
        const rows = (first.results ?? []).map(rowRecord);
        let token = first.nextToken;
        try {
            while (token) {
                const pageToken = token;
                const page = await this.context.limit(() => this.logs.send(new dist_cjs/* GetQueryResultsCommand */.sAK({ queryId, nextToken: pageToken }), this.send));
                rows.push(...(page.results ?? []).map(rowRecord));
                token = page.nextToken;
            }
        }
        catch (error) {
            this.rethrowIfFatal(error);
            this.bytesScanned += scanned;
            this.context.gap(this.gapFor(query, 'GetQueryResults', `reading further result pages failed: ${(0,collectors_attempt/* failureReason */.Hr)(error, 'logs:GetQueryResults')}`));
            return undefined;
        }
        this.bytesScanned += scanned;
        return rows;
    }
    async stop(queryId) {
        try {
            // Its own short signal: the scan's may be aborted already, and this call must still go out.
            await this.logs.send(new dist_cjs/* StopQueryCommand */.MN0({ queryId }), { abortSignal: AbortSignal.timeout(5_000) });
        }
        catch {
            // Best effort: a query that already ended cannot be stopped.
        }
    }
    rethrowIfFatal(error) {
        if ((0,aws_errors/* isCredentialsError */.B_)(error))
            throw new aws_errors/* CredentialsUnusableError */.E9((0,aws_errors.describeAwsError)(error));
        if (this.signal?.aborted && !(0,src_deadline/* deadlineOf */.G0)(this.signal.reason))
            throw this.signal.reason ?? error;
    }
}
function sourceOf(spec, logField) {
    const group = groupOfLogField(logField, spec.logGroups);
    return group === undefined ? undefined : spec.sources.find((s) => s.logGroup === group);
}
/** One stats query: its rows are (log group, bin, one count per counter), added to each source's counts. */
async function runStats({ request, queries, accumulators }, spec, countsFailed) {
    const rows = await queries.run({ kind: 'stats', logGroups: spec.logGroups, fromMs: spec.startMs, toMs: spec.endMs, queryString: statsQueryString(request, spec) });
    if (!rows) {
        for (const source of spec.sources)
            countsFailed.add(source.id);
        return;
    }
    for (const row of rows) {
        const source = sourceOf(spec, row['@log']);
        const bin = statsRowBin(row, request, spec);
        if (!source || bin === undefined)
            continue;
        const acc = accumulators.get(source.id);
        request.counters.forEach((counter, i) => {
            const n = Number(row[countField(i)] ?? 0);
            if (Number.isFinite(n) && n > 0)
                acc.add(counter.id, bin, n);
        });
    }
}
/**
 * The events queries of one spec: the first asks from sample phase 0; while an answer comes back
 * full, the next continues from its last phase, for the sources still short of their events, as long
 * as the scan budget allows.
 */
async function runEvents(read, spec) {
    const { request, queries, accumulators } = read;
    let active = spec.sources.filter((s) => !accumulators.get(s.id).isFull());
    const finished = new Set();
    let from = 0;
    while (active.length > 0 && from < SAMPLE_PHASES) {
        const query = {
            kind: 'events',
            logGroups: active.map((s) => s.logGroup),
            fromMs: spec.startMs,
            toMs: spec.endMs,
            queryString: eventsQueryString(request.keep, spec.streamPrefix, queries.maxRows, from),
        };
        const rows = await queries.run(query);
        if (!rows) {
            // The counts stand; the kept events of these sources are incomplete.
            for (const source of active)
                accumulators.get(source.id).markTruncated();
            return;
        }
        const answer = wholePhasesOf(rows, from, queries.maxRows);
        if (answer.inOnePhase)
            for (const source of active)
                accumulators.get(source.id).markTruncated();
        for (const id of keepEvents(read, spec, answer.accepted))
            finished.add(id);
        if (!answer.full)
            return;
        from = answer.next;
        // A source with all the events it may return is not asked again; it may have had more.
        active = active.filter((s) => {
            const acc = accumulators.get(s.id);
            if (acc.isFull())
                acc.markTruncated();
            return !acc.isFull() && !finished.has(s.id);
        });
        if (active.length === 0 || from >= SAMPLE_PHASES)
            return;
        const cost = continuationCost(read.plan, spec, active);
        if (read.plan.expectedBytes + read.continuationBytes + cost > read.plan.scanBudgetBytes) {
            for (const source of active)
                accumulators.get(source.id).markTruncated();
            budgetGap(read, query, active, from, cost);
            return;
        }
        read.continuationBytes += cost;
    }
}
/**
 * The rows of an events answer that may be kept, and where the next query starts. An answer below
 * the row limit is whole. A full one is sorted by phase and cut at the limit: every event of the
 * phases before its last is in, so those are kept and the next query starts at that last phase; a
 * full answer inside one phase is kept whole and the rest of that phase skipped.
 */
function wholePhasesOf(rows, from, maxRows) {
    const events = rows.map((row) => ({ row, timestamp: parseInsightsTime(row['@timestamp']) })).filter((e) => Number.isFinite(e.timestamp));
    const full = rows.length >= maxRows;
    if (!full)
        return { accepted: events, full, next: SAMPLE_PHASES, inOnePhase: false };
    const cut = events.reduce((last, e) => Math.max(last, samplePhaseOf(e.timestamp)), from);
    if (cut > from)
        return { accepted: events.filter((e) => samplePhaseOf(e.timestamp) < cut), full, next: cut, inOnePhase: false };
    return { accepted: events, full, next: from + 1, inOnePhase: true };
}
/** Keeps the accepted rows in their sources' samples, whole phases only; returns the sources whose cap fell inside this answer. */
function keepEvents({ accumulators }, spec, accepted) {
    const bySource = new Map();
    for (const { row, timestamp } of accepted) {
        if (timestamp < spec.startMs || timestamp >= spec.endMs)
            continue;
        const source = sourceOf(spec, row['@log']);
        if (!source)
            continue;
        const events = bySource.get(source.id) ?? [];
        events.push({ timestamp, message: row['@message'] ?? '', logStream: row['@logStream'] ?? '' });
        bySource.set(source.id, events);
    }
    const capped = [];
    for (const [id, events] of bySource) {
        const acc = accumulators.get(id);
        const kept = wholePhases(events, acc.room(), acc.keptCount() === 0);
        for (const event of kept)
            acc.keep(event);
        if (kept.length < events.length) {
            // Its sample ends at the last whole phase kept.
            acc.markTruncated();
            capped.push(id);
        }
    }
    return capped;
}
/** A continuation scans the whole window of the groups still asked again: their share of the plan's bytes. */
function continuationCost(plan, spec, active) {
    const groupBytes = active.reduce((sum, s) => sum + (plan.bytesByGroup[s.logGroup] ?? 0), 0);
    return Math.ceil(groupBytes * ((spec.endMs - spec.startMs) / Math.max(1, plan.endMs - plan.startMs)));
}
/** Why the kept events of these sources stop where they do: the next continuation would pass the scan budget. */
function budgetGap({ context, plan, queries }, last, active, from, cost) {
    const run = { ...last, logGroups: active.map((s) => s.logGroup) };
    context.gap({
        service: insights_engine_SERVICE,
        operation: 'StartQuery',
        scope: queries.gapFor(run, 'StartQuery', '').scope,
        reason: `kept events are a sample of ${Math.round((100 * from) / SAMPLE_PHASES)}% of the window's seconds: reading more is expected to scan ${mb(cost)} more, past the budget of ${mb(plan.scanBudgetBytes)} ([logs] scan_budget_mb)`,
    });
}

;// CONCATENATED MODULE: ./src/telemetry/logs/log-reader.ts
// The one entry point for reading logs, for the scan and the post-deploy gate alike: readLogDigests
// takes sources and a time grid and applies the [logs] budgets (scan bytes, kept lines, the user
// patterns' CPU) and the deadline; readLogs describes the groups (fewest DescribeLogGroups calls),
// plans (log-planner.ts), records what the plan leaves out, and runs the chosen engine. Every AWS
// call goes through the context's shared limit; every gap is recorded with service "logs".











const log_reader_SERVICE = 'logs';
/**
 * The lines of `sources` over `grid`, counted and kept within the [logs] settings of the context's
 * config, and digested (signatures, error counts per bin, examples of user patterns). The scan and
 * the gate both read here, so a change to how logs are read reaches both.
 */
async function readLogDigests(context, sources, grid) {
    const logs = context.config.logs;
    const deadline = (0,src_deadline/* deadlineOf */.G0)(context.signal?.reason);
    if (deadline) {
        for (const source of sources) {
            context.gap({ service: log_reader_SERVICE, operation: 'DescribeLogGroups', scope: scopeOf(source), reason: (0,src_deadline/* deadlineReason */.Xp)(deadline.deadlineMs, 'the logs were read') });
        }
        return { digests: [] };
    }
    const budget = new PatternBudget(logs.patternBudgetMs);
    const { result, plan } = await readLogs(context, {
        patternBudget: budget,
        sources,
        startMs: grid.startMs,
        endMs: grid.endMs,
        binSeconds: grid.binSeconds,
        counters: (0,log_counters/* logCounters */.Sy)(logs),
        keep: (0,log_counters/* keepCounter */.eq)(logs),
        maxKeptEvents: keptEventsPerSource(logs, sources.length),
    }, { engine: logs.engine, scanBudgetBytes: logs.scanBudgetBytes, filterMaxBytes: logs.filterMaxBytes });
    const errorPatterns = logs.errorPatterns.map((p) => new RegExp(p));
    const examplePatterns = logs.patterns.map((p) => ({ id: (0,log_counters/* patternCounterId */.a1)(p.name), re: new RegExp(p.regex, p.ignoreCase ? 'i' : '') }));
    const digests = result.sources.map((read) => digestSourceLogs(read, { startMs: result.startMs, binSeconds: result.binSeconds, binCount: grid.binCount, errorPatterns, examplePatterns, matcher: (re) => budget.test(re) }));
    if (budget.exhausted) {
        context.gap({
            service: log_reader_SERVICE,
            operation: 'user patterns',
            scope: 'error_patterns and [log_pattern] sections on the rest of the lines: their counts and findings are partial',
            reason: `the patterns took more than ${(0,duration/* formatDuration */.a3)(budget.limitMs)} of CPU ([logs] pattern_budget); simplify them, or anchor them with ^`,
        });
    }
    return {
        digests,
        summary: { engine: result.engine, sources: result.sources.length, expectedBytes: plan.expectedBytes, bytesScanned: result.bytesScanned, skipped: plan.skipped.length },
    };
}
/**
 * Lines kept verbatim per source: max_events_per_source, but never more than the source's share of
 * max_events_total, so a scan of 100 groups holds no more than one of 10 (the counts stay complete;
 * past the cap the kept lines are a sample, and findings say so). At least 100 per source.
 */
function keptEventsPerSource(logs, sourceCount) {
    return Math.max(100, Math.min(logs.maxEventsPerSource, Math.floor(logs.maxEventsTotal / Math.max(1, sourceCount))));
}
/**
 * Characters of kept log messages a read holds over all its sources, when the request sets no
 * per-source byte cap: each source gets its share, at least MIN_KEPT_BYTES_PER_SOURCE. The line
 * cap (max_events_per_source / max_events_total) bounds the count; this bounds the size, so 100 MB
 * of long error lines cannot take gigabytes.
 */
const DEFAULT_KEPT_BYTES_TOTAL = 64 * 1024 * 1024;
const MIN_KEPT_BYTES_PER_SOURCE = 256 * 1024;
function keptBytesPerSource(sourceCount, total = DEFAULT_KEPT_BYTES_TOTAL) {
    return Math.max(MIN_KEPT_BYTES_PER_SOURCE, Math.floor(total / Math.max(1, sourceCount)));
}
/**
 * DescribeLogGroups for exactly these names: `logGroupIdentifiers` takes up to 50 names a call
 * (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeLogGroups.html),
 * so n groups cost ceil(n / 50) calls. Answers are matched by name and nextToken is followed only
 * while a name is still unanswered, which also holds against an endpoint that ignores the filter.
 */
async function describeLogGroups(context, names) {
    const logs = context.clients.get(dist_cjs/* CloudWatchLogsClient */.TFr);
    const groups = new Map();
    const missing = [];
    const undescribed = [];
    for (const batch of (0,chunk/* chunk */.i)([...new Set(names)], MAX_GROUPS_PER_QUERY)) {
        const wanted = new Set(batch);
        let nextToken;
        let failed = false;
        do {
            const token = nextToken;
            const page = await (0,collectors_attempt/* attempt */.CD)(context, log_reader_SERVICE, { sdkService: 'CloudWatchLogs', operation: 'DescribeLogGroups', scope: `size and retention of log groups ${batch.join(', ')}` }, () => logs.send(new dist_cjs/* DescribeLogGroupsCommand */.VlF({ logGroupIdentifiers: batch, ...(token ? { nextToken: token } : {}) })));
            if (!page) {
                failed = true;
                break;
            }
            for (const group of page.logGroups ?? []) {
                const name = group.logGroupName;
                if (!name || !wanted.has(name))
                    continue;
                groups.set(name, {
                    logGroup: name,
                    storedBytes: group.storedBytes ?? 0,
                    ...(group.retentionInDays ? { retentionInDays: group.retentionInDays } : {}),
                    creationTime: group.creationTime ?? 0,
                });
            }
            nextToken = page.nextToken;
        } while (nextToken && batch.some((name) => !groups.has(name)));
        for (const name of batch)
            if (!groups.has(name))
                (failed ? undescribed : missing).push(name);
    }
    return { groups, missing, undescribed };
}
async function readLogs(context, given, settings) {
    const request = given.maxKeptBytes !== undefined ? given : { ...given, maxKeptBytes: keptBytesPerSource(given.sources.length) };
    const described = await describeLogGroups(context, request.sources.map((s) => s.logGroup));
    const missing = new Set(described.missing);
    for (const source of request.sources) {
        if (!missing.has(source.logGroup))
            continue;
        context.gap({
            service: log_reader_SERVICE,
            operation: 'DescribeLogGroups',
            iamAction: 'logs:DescribeLogGroups',
            scope: scopeOf(source),
            reason: `log group ${source.logGroup} does not exist`,
        });
    }
    const plan = planLogRead({
        sources: request.sources.filter((s) => !missing.has(s.logGroup)),
        groups: described.groups,
        startMs: request.startMs,
        endMs: request.endMs,
        binSeconds: request.binSeconds,
        nowMs: context.now.getTime(),
        queries: { stats: request.counters.length > 0, events: request.maxKeptEvents > 0 },
    }, settings);
    // Never silently: every source the plan leaves out is a coverage gap with the plan's reason.
    for (const skipped of plan.skipped) {
        context.gap({ service: log_reader_SERVICE, operation: 'StartQuery', scope: scopeOf(skipped.source), reason: `not read: ${skipped.reason}` });
    }
    context.progress(`logs: ${plan.sources.length} sources with ${plan.engineReason}`);
    const output = plan.sources.length === 0
        ? { sources: [], bytesScanned: 0 }
        : plan.engine === 'insights'
            ? await readWithInsights(context, request, plan, settings.insights)
            : await readWithFilter(context, request, plan.sources, settings.filter);
    return {
        result: { engine: plan.engine, startMs: request.startMs, binSeconds: request.binSeconds, sources: output.sources, bytesScanned: output.bytesScanned },
        plan,
    };
}


/***/ }),

/***/ 6410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ logSourcesOf)
/* harmony export */ });
/* unused harmony export guessKind */
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6867);
/* harmony import */ var _services_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8093);
// Which log groups to read, and whose they are: what each service module says its resources write
// to (src/services/<service>/log-sources.ts: ECS awslogs settings, RDS log exports, DMS task logs,
// WAF logging configurations) plus the groups named in `[logs] extra_log_groups`. Pure.


function logSourcesOf(resources, extraLogGroups) {
    const sources = new Map();
    const add = (logGroup, kind, resource, streamPrefix) => {
        const id = streamPrefix ? `${logGroup}|${streamPrefix}` : logGroup;
        // A group shared by several resources is read once, for the first resource that names it.
        if (!sources.has(id))
            sources.set(id, { id, logGroup, ...(streamPrefix ? { streamPrefix } : {}), kind, resource: (0,_report_model_js__WEBPACK_IMPORTED_MODULE_1__/* .refOf */ .H8)(resource) });
    };
    for (const resource of resources) {
        for (const claim of (0,_services_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .serviceOf */ .z5)(resource.type)?.logSources?.(resource) ?? [])
            add(claim.logGroup, claim.kind, resource, claim.streamPrefix);
    }
    const found = new Set([...sources.values()].map((s) => s.logGroup));
    for (const group of extraLogGroups) {
        if (found.has(group))
            continue;
        add(group, guessKind(group), { type: 'logs:log-group', id: group });
    }
    return [...sources.values()];
}
/** A group named by the user: the name says which format to expect when it follows AWS's conventions. */
function guessKind(logGroup) {
    if (logGroup.startsWith('aws-waf-logs-'))
        return 'waf';
    if (logGroup.startsWith('dms-tasks-'))
        return 'dms';
    if (/^\/aws\/rds\/.*\/postgresql$/.test(logGroup))
        return 'rds-postgresql';
    if (/^\/aws\/rds\/.*\/error$/.test(logGroup))
        return 'rds-mysql';
    if (/(?:^|[/_-])(?:alb|elb)[/_-]?access|(?:^|[/_-])alb[/_-]?logs?$/i.test(logGroup))
        return 'alb-access';
    return 'application';
}


/***/ }),

/***/ 7023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ fetchMetricPlan)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4085);
/* harmony import */ var _aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8098);
/* harmony import */ var _collectors_attempt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1505);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6683);
/* harmony import */ var _metric_planner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6496);
// The CloudWatch edge: runs a MetricPlan with GetMetricData, following NextToken, and bisects a
// call that fails for a reason other than throttling so one bad query does not cost the others.





const SERVICE = 'cloudwatch';
const OPERATION = 'GetMetricData';
const IAM_ACTION = 'cloudwatch:GetMetricData';
async function fetchMetricPlan(context, plan) {
    const cloudwatch = context.clients.get(_aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_4__/* .CloudWatchClient */ .WBn);
    const results = await Promise.all(plan.calls.map((queries) => fetchOrBisect(context, cloudwatch, plan, queries)));
    return results.flat();
}
async function fetchOrBisect(context, cloudwatch, plan, queries) {
    try {
        const { series, refused } = await context.limit(() => fetchCall(cloudwatch, plan, queries));
        for (const { query, status, message } of refused) {
            context.gap(gapFor([query], `CloudWatch answered ${status} for this query${message ? `: ${message}` : ''}`));
        }
        return series;
    }
    catch (error) {
        if ((0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isCredentialsError */ .B_)(error))
            throw new _aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsUnusableError */ .E9((0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__.describeAwsError)(error));
        // Throttling, denial and the deadline affect every query alike: splitting would only multiply the calls.
        if (queries.length === 1 || (0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isThrottling */ .E2)(error) || (0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isAccessDenied */ .w7)(error) || (0,_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .isDeadline */ .vh)(error)) {
            context.gap(gapFor(queries, (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_1__/* .failureReason */ .Hr)(error, IAM_ACTION)));
            return [];
        }
        // Percentile statistics are the likeliest to be refused as a group (the planner puts them last): split there first.
        const firstPercentile = queries.findIndex((q) => (0,_metric_planner_js__WEBPACK_IMPORTED_MODULE_3__/* .isPercentile */ .Wx)(q.spec.stat));
        const half = firstPercentile > 0 ? firstPercentile : Math.ceil(queries.length / 2);
        const [left, right] = await Promise.all([fetchOrBisect(context, cloudwatch, plan, queries.slice(0, half)), fetchOrBisect(context, cloudwatch, plan, queries.slice(half))]);
        return [...left, ...right];
    }
}
async function fetchCall(cloudwatch, plan, queries) {
    const refused = new Map();
    const byId = new Map(queries.map((query) => [query.id, { query, periodSeconds: plan.periodSeconds, timestamps: [], values: [] }]));
    let nextToken;
    do {
        const page = await cloudwatch.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_4__/* .GetMetricDataCommand */ .Soe({
            StartTime: plan.start,
            EndTime: plan.end,
            ScanBy: 'TimestampAscending',
            NextToken: nextToken,
            MetricDataQueries: queries.map(toDataQuery(plan.periodSeconds)),
        }));
        for (const result of page.MetricDataResults ?? []) {
            const series = byId.get(result.Id ?? '');
            if (!series)
                continue;
            // Per-query failures arrive inside a successful answer: Forbidden, InternalError.
            if (result.StatusCode === 'Forbidden' || result.StatusCode === 'InternalError') {
                refused.set(series.query.id, { query: series.query, status: result.StatusCode, ...(result.Messages?.[0]?.Value ? { message: result.Messages[0].Value } : {}) });
            }
            const timestamps = result.Timestamps ?? [];
            const values = result.Values ?? [];
            for (let i = 0; i < timestamps.length && i < values.length; i += 1) {
                series.timestamps.push(timestamps[i].getTime());
                series.values.push(values[i]);
            }
        }
        nextToken = page.NextToken;
    } while (nextToken);
    // Some backends ignore ScanBy: order every series by time once.
    for (const series of byId.values())
        sortByTime(series);
    return { series: [...byId.values()].filter((s) => !refused.has(s.query.id)), refused: [...refused.values()] };
}
function toDataQuery(period) {
    return (query) => ({
        Id: query.id,
        ReturnData: true,
        MetricStat: { Metric: { Namespace: query.spec.namespace, MetricName: query.spec.metricName, Dimensions: query.dimensions }, Period: period, Stat: query.spec.stat },
    });
}
function sortByTime(series) {
    const t = series.timestamps;
    let sorted = true;
    for (let i = 1; i < t.length && sorted; i += 1)
        if (t[i - 1] > t[i])
            sorted = false;
    if (sorted)
        return;
    const order = t.map((_, i) => i).sort((a, b) => t[a] - t[b]);
    series.timestamps = order.map((i) => t[i]);
    series.values = order.map((i) => series.values[i]);
}
function gapFor(queries, reason) {
    const first = queries[0];
    const scope = queries.length === 1
        ? `metric ${first.spec.namespace} ${first.spec.metricName} ${first.spec.stat} of ${first.resource.type} ${first.resource.id}`
        : `${queries.length} metrics of ${new Set(queries.map((q) => `${q.resource.type} ${q.resource.id}`)).size} resources`;
    return { service: SERVICE, operation: OPERATION, iamAction: IAM_ACTION, scope, reason };
}


/***/ }),

/***/ 6496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RF: () => (/* binding */ planMetricReads),
/* harmony export */   Wx: () => (/* binding */ isPercentile),
/* harmony export */   aZ: () => (/* binding */ queriesPerCall),
/* harmony export */   k2: () => (/* binding */ planMetricQueries)
/* harmony export */ });
/* unused harmony exports MAX_QUERIES_PER_CALL, MAX_POINTS_PER_CALL, HISTORY_CAP_FACTOR, choosePeriodSeconds, planMetricCalls, RECENT_WINDOW_MS, planRecentCalls, minimumCalls */
/* harmony import */ var _chunk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4158);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6867);
/* harmony import */ var _metric_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(191);
// Pure: from resources and a time window to the fewest GetMetricData calls CloudWatch allows.



/** GetMetricData's documented limits. */
const MAX_QUERIES_PER_CALL = 500;
const MAX_POINTS_PER_CALL = 100_800;
const DAY = 86_400_000;
// CloudWatch keeps 1-minute data for 15 days, 5-minute data for 63 days, 1-hour data for 455 days.
const RETENTION = [
    { olderThanMs: 63 * DAY, periodSeconds: 3600 },
    { olderThanMs: 15 * DAY, periodSeconds: 300 },
    { olderThanMs: 0, periodSeconds: 60 },
];
/** The history before the window is at most this many times the window's points cap. */
const HISTORY_CAP_FACTOR = 3;
// Periods every CloudWatch storage step (1 minute, 5 minutes, an hour) divides or is a whole number
// of: 5-minute data read at 2-minute periods lands 4 and 6 minutes apart, and hourly data read at
// 14-minute periods lands 56 and 70 minutes apart, which no series step describes.
const ALIGNED_PERIODS = [60, 300, 600, 900, 1200, 1800, 3600];
/**
 * The smallest period CloudWatch still has data at for the window's oldest point, and that keeps
 * each series within maxPointsPerSeries: whole minutes in steps of the retention unit, rounded up to
 * a period the storage steps align with (1, 5, 10, 15, 20, 30 minutes, or whole hours).
 */
function choosePeriodSeconds(window, now, maxPointsPerSeries) {
    const age = now.getTime() - window.from.getTime();
    const unit = RETENTION.find((r) => age > r.olderThanMs)?.periodSeconds ?? 60;
    const spanSeconds = Math.max(60, (window.to.getTime() - window.from.getTime()) / 1000);
    const needed = Math.max(unit, spanSeconds / Math.max(1, maxPointsPerSeries));
    return ALIGNED_PERIODS.find((p) => p >= needed) ?? Math.ceil(needed / 3600) * 3600;
}
function planMetricQueries(resources, catalog = _metric_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .METRIC_CATALOG */ .By) {
    const queries = [];
    for (const resource of resources) {
        for (const { spec, dimensions } of (0,_metric_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .metricsFor */ .fZ)(resource, catalog)) {
            queries.push({ id: `q${queries.length}`, spec, resource: (0,_report_model_js__WEBPACK_IMPORTED_MODULE_1__/* .refOf */ .H8)(resource), dimensions });
        }
    }
    // Percentile statistics last: where a backend rejects them, the failing calls stay together.
    return [...queries.filter((q) => !isPercentile(q.spec.stat)), ...queries.filter((q) => isPercentile(q.spec.stat))];
}
function planMetricCalls(resources, window, now, options) {
    // The period suits the window; the history is read at the same period, where CloudWatch still has it.
    const history = Math.max(0, options.baselineMs ?? 0);
    const windowPeriod = choosePeriodSeconds(window, now, options.maxPointsPerSeries);
    const historyMs = Math.min(history, HISTORY_CAP_FACTOR * options.maxPointsPerSeries * windowPeriod * 1000);
    const periodSeconds = Math.max(windowPeriod, choosePeriodSeconds({ from: new Date(window.from.getTime() - historyMs), to: window.from }, now, Number.MAX_SAFE_INTEGER));
    const periodMs = periodSeconds * 1000;
    const windowStart = new Date(Math.floor(window.from.getTime() / periodMs) * periodMs);
    const start = new Date(Math.floor((window.from.getTime() - historyMs) / periodMs) * periodMs);
    const end = new Date(Math.ceil(window.to.getTime() / periodMs) * periodMs);
    const pointsPerSeries = Math.max(1, Math.round((end.getTime() - start.getTime()) / periodMs));
    const perCall = queriesPerCall(pointsPerSeries);
    return { periodSeconds, start, windowStart, end, pointsPerSeries, calls: (0,_chunk_js__WEBPACK_IMPORTED_MODULE_2__/* .chunk */ .i)(planMetricQueries(resources, options.catalog), perCall) };
}
/** The last stretch of a long window that is also read as a scan of the default 24-hour window would read it. */
const RECENT_WINDOW_MS = DAY;
/**
 * A long window is read at a coarse period (an hour over 30 days), which averages a short incident
 * away: 40 minutes at 94% CPU is an hour at 74%. So its last 24 hours are also read the way a 24-hour
 * scan reads them (5-minute periods, with its own history), and what is happening now is judged the
 * same whatever the window. Undefined when the main plan already reads that finely.
 */
function planRecentCalls(resources, window, now, options, main) {
    const recent = { from: new Date(Math.max(window.from.getTime(), window.to.getTime() - RECENT_WINDOW_MS)), to: window.to };
    const plan = planMetricCalls(resources, recent, now, options);
    return plan.periodSeconds < main.periodSeconds ? plan : undefined;
}
/** The reads a scan makes: the window with its history, then (for a window read coarser than a day's scan) its last day again. */
function planMetricReads(resources, window, now, options) {
    const plan = planMetricCalls(resources, window, now, options);
    const recent = planRecentCalls(resources, window, now, options, plan);
    return recent ? [plan, recent] : [plan];
}
/** As many queries as both limits allow: 500 queries, and 100,800 points in the answer. */
function queriesPerCall(pointsPerSeries) {
    return Math.max(1, Math.min(MAX_QUERIES_PER_CALL, Math.floor(MAX_POINTS_PER_CALL / pointsPerSeries)));
}
/** The fewest calls any plan needs for these queries at this resolution: the figure the planner is judged against. */
function minimumCalls(queryCount, pointsPerSeries) {
    return Math.max(Math.ceil(queryCount / MAX_QUERIES_PER_CALL), Math.ceil((queryCount * pointsPerSeries) / MAX_POINTS_PER_CALL));
}
function isPercentile(stat) {
    return /^(p|tm|wm|tc|ts|pr)\d/i.test(stat);
}


/***/ })

};
