export const id = 853;
export const ids = [853];
export const modules = {

/***/ 9589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ digestSourceLogs)
});

// UNUSED EXPORTS: applicationFrames

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
            prev = SEPARATOR;
        }
        else if (isNumberish(line, i, j))
            prev = NUMBER;
        else {
            names += 1;
            if (names > 3)
                break;
            const colon = line.charCodeAt(j - 1) === 58;
            prev = colon ? NAME_COLON : NAME;
            lastName = i;
            lastNameEnd = colon ? j - 1 : j;
        }
        i = j;
    }
    if (level === undefined) {
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
            signature = { ...make(), bins: new Array(options.binCount).fill(0), total: 0, firstSeen: timestamp, lastSeen: timestamp };
            signatures.set(key, signature);
        }
        signature.bins[binOf(timestamp)] += 1;
        signature.total += 1;
        if (timestamp < signature.firstSeen)
            signature.firstSeen = timestamp;
        if (timestamp > signature.lastSeen)
            signature.lastSeen = timestamp;
    };
    const wantsSignatures = source.kind !== 'waf' && source.kind !== 'alb-access';
    const examples = {};
    let exampleless = [...(options.examplePatterns ?? [])];
    // An error line becomes a line signature once no trace can still take it: it waits here until
    // it is HOLD_LINES behind the stream (or the stream ends). Memory stays bounded by that window
    // and by the templates, however many lines go through.
    const addLine = (line) => {
        const raw = grouper.add(line.parsed.message || line.text);
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
                count(key, () => ({ key, kind: 'trace', title: frames[0] ? `${type} at ${frames[0]}` : type, level: 'error', language: trace.language, example: exampleOf(context ? `${context.text}\n${trace.text}` : trace.text) }), timestamp);
            }
        };
        for (const event of events) {
            if (exampleless.length > 0) {
                for (const p of exampleless)
                    if (p.re.test(event.message))
                        examples[p.id] = exampleOf(event.message);
                exampleless = exampleless.filter((p) => examples[p.id] === undefined);
            }
            const parsed = parseLine(source.kind, event.message);
            if (parsed.httpStatus !== undefined && parsed.httpStatus >= 400 && httpErrors.length < MAX_RECORDS) {
                httpErrors.push({ timestamp: event.timestamp, status: parsed.httpStatus, ...(parsed.http?.method ? { method: parsed.http.method } : {}), ...(parsed.http?.path ? { path: parsed.http.path } : {}) });
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
                if (isError(i === 0 ? parsed : undefined, line, options.errorPatterns))
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
        const title = templates.get(id) ?? signature.example;
        if (finalKey === key) {
            signature.title = title;
            continue;
        }
        signatures.delete(key);
        const into = signatures.get(finalKey);
        if (!into) {
            signatures.set(finalKey, { ...signature, key: finalKey, title });
            continue;
        }
        for (let i = 0; i < into.bins.length; i += 1)
            into.bins[i] += signature.bins[i];
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
function isError(parsed, line, patterns) {
    if (parsed && (parsed.level === 'error' || parsed.level === 'fatal'))
        return true;
    if (parsed && (parsed.level === 'info' || parsed.level === 'debug' || parsed.level === 'warn'))
        return false;
    for (const pattern of patterns)
        if (pattern.test(line))
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
    return frame
        // "(File.java:42)" says nothing the qualified name does not; "(/app/routes/orders.js:17:21)" names the file.
        .replace(/\(([^()]*?):\d+(?::\d+)?\)/g, (_, location) => (location.includes('/') ? `(${location})` : ''))
        .replace(/:\d+(?::\d+)?(?=\s|\)|$)/g, '')
        .replace(/\bline \d+,?\s*/g, '')
        .replace(/\+0x[0-9a-f]+/gi, '')
        .replace(/\s+/g, ' ')
        .trim();
}
function firstWords(text) {
    const first = text.split('\n', 1)[0] ?? '';
    return first.length > 120 ? `${first.slice(0, 117)}...` : first;
}
function exampleOf(text) {
    const lines = text.split('\n');
    let example = lines.slice(0, EXAMPLE_LINES).join('\n');
    if (lines.length > EXAMPLE_LINES)
        example += `\n... ${lines.length - EXAMPLE_LINES} more lines`;
    return example.length > EXAMPLE_CHARS ? `${example.slice(0, EXAMPLE_CHARS)}...` : example;
}


/***/ }),

/***/ 2809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ coarsen),
/* harmony export */   GI: () => (/* binding */ RollingMedian),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   kV: () => (/* binding */ rankIn),
/* harmony export */   m8: () => (/* binding */ RollingQuantiles),
/* harmony export */   uQ: () => (/* binding */ distinctSorted)
/* harmony export */ });
/* unused harmony exports selectInPlace, quantileIndex, quantile */
// Order statistics without full sorts: quickselect for one-off medians, a sorted ring for short rolling
// medians, and a Fenwick tree over value ranks for week-long rolling quantiles.
/**
 * Rearranges `buf[lo..hi]` in place so that `buf[k]` holds the value a full sort would put there,
 * everything before it is <= and everything after it is >=. Expected O(hi - lo).
 */
function selectInPlace(buf, k, lo = 0, hi = buf.length - 1) {
    let left = lo;
    let right = hi;
    while (right > left) {
        // Median of three pivot: already-sorted windows (common in metrics) stay linear.
        const mid = (left + right) >>> 1;
        const a = buf[left];
        const b = buf[mid];
        const c = buf[right];
        const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
        let i = left;
        let j = right;
        while (i <= j) {
            while (buf[i] < pivot)
                i += 1;
            while (buf[j] > pivot)
                j -= 1;
            if (i <= j) {
                const t = buf[i];
                buf[i] = buf[j];
                buf[j] = t;
                i += 1;
                j -= 1;
            }
        }
        if (k <= j)
            right = j;
        else if (k >= i)
            left = i;
        else
            break;
    }
    return buf[k];
}
/** Nearest-rank index for quantile q of n sorted values (q in [0, 1]). */
function quantileIndex(n, q) {
    return Math.min(n - 1, Math.max(0, Math.round(q * (n - 1))));
}
/** Quantile of `values` (nearest rank); does not modify its input. NaN for an empty input. */
function quantile(values, q) {
    const n = values.length;
    if (n === 0)
        return Number.NaN;
    const buf = Float64Array.from(values);
    return selectInPlace(buf, quantileIndex(n, q), 0, n - 1);
}
/** Median (mean of the two middle values for an even count); NaN for an empty input. */
function median(values) {
    const n = values.length;
    if (n === 0)
        return Number.NaN;
    const buf = Float64Array.from(values);
    const upper = selectInPlace(buf, n >> 1, 0, n - 1);
    if (n % 2 === 1)
        return upper;
    // After selecting the upper middle, the lower middle is the largest value left of it.
    let lower = -Infinity;
    for (let i = 0; i < n >> 1; i += 1)
        if (buf[i] > lower)
            lower = buf[i];
    return (lower + upper) / 2;
}
/**
 * The median of the last `capacity` values pushed, kept in a small sorted array: at worst O(capacity)
 * per push, meant for short windows (hours of samples), not for week-long baselines.
 */
class RollingMedian {
    capacity;
    ring;
    sorted;
    head = 0;
    count = 0;
    constructor(capacity) {
        this.capacity = capacity;
        if (!Number.isInteger(capacity) || capacity < 1)
            throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
        this.ring = new Float64Array(capacity);
        this.sorted = new Float64Array(capacity);
    }
    get size() {
        return this.count;
    }
    push(value) {
        const sorted = this.sorted;
        let at;
        if (this.count === this.capacity) {
            // Overwrite the departing value in place, then slide the newcomer to its rank: only the values
            // between the two ranks move.
            at = this.indexOf(this.ring[this.head]);
        }
        else {
            at = this.count;
            this.count += 1;
        }
        const last = this.count - 1;
        while (at > 0 && sorted[at - 1] > value) {
            sorted[at] = sorted[at - 1];
            at -= 1;
        }
        while (at < last && sorted[at + 1] < value) {
            sorted[at] = sorted[at + 1];
            at += 1;
        }
        sorted[at] = value;
        this.ring[this.head] = value;
        this.head = this.head + 1 === this.capacity ? 0 : this.head + 1;
    }
    /** The lower of the two middle values for an even count: always one of the values pushed. */
    lowerMedian() {
        return this.count === 0 ? Number.NaN : this.sorted[(this.count - 1) >> 1];
    }
    /** Position of `value` among the sorted values (binary search; any one of equal values will do). */
    indexOf(value) {
        let lo = 0;
        let hi = this.count - 1;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.sorted[mid] < value)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
/**
 * Quantiles of the last `capacity` values pushed, exact after every push in O(log u), where u is the
 * number of distinct values the series can take (all known up front, as in a batch). A Fenwick tree
 * counts the window's values by rank, so no window is ever sorted or copied.
 */
class RollingQuantiles {
    universe;
    capacity;
    tree;
    ring;
    topBit;
    head = 0;
    count = 0;
    /** `universe`: every value that may be pushed, sorted ascending without repeats. */
    constructor(universe, capacity) {
        this.universe = universe;
        this.capacity = capacity;
        if (!Number.isInteger(capacity) || capacity < 1)
            throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
        // A power-of-two tree: the descent in kth never runs past the end, so it needs no bounds test.
        let size = 1;
        while (size < universe.length + 1)
            size *= 2;
        this.tree = new Int32Array(size);
        this.ring = new Int32Array(capacity);
        this.topBit = size >> 1;
    }
    get size() {
        return this.count;
    }
    push(value) {
        this.pushRank(rankIn(this.universe, value));
    }
    /** Pushes the value `universe[rank]`, skipping the search when the caller already has its rank. */
    pushRank(rank) {
        if (this.count === this.capacity)
            this.add(this.ring[this.head], -1);
        else
            this.count += 1;
        this.ring[this.head] = rank;
        this.head = this.head + 1 === this.capacity ? 0 : this.head + 1;
        this.add(rank, 1);
    }
    clear() {
        this.tree.fill(0);
        this.head = 0;
        this.count = 0;
    }
    /** Nearest-rank quantile of the window; NaN while empty. */
    quantile(q) {
        if (this.count === 0)
            return Number.NaN;
        return this.universe[this.kth(quantileIndex(this.count, q) + 1)];
    }
    add(rank, delta) {
        const tree = this.tree;
        const size = tree.length;
        for (let i = rank + 1; i < size; i += i & -i)
            tree[i] += delta;
    }
    /** Rank of the k-th smallest value in the window (k from 1): binary lifting down the tree. */
    kth(k) {
        const tree = this.tree;
        let position = 0;
        let remaining = k;
        for (let bit = this.topBit; bit > 0; bit >>= 1) {
            const next = position + bit;
            if (tree[next] < remaining) {
                position = next;
                remaining -= tree[next];
            }
        }
        return position;
    }
}
/** The distinct finite values of `values`, sorted ascending: the universe of a RollingQuantiles. */
function distinctSorted(values) {
    const sorted = new Float64Array(values.length);
    let finite = 0;
    for (let i = 0; i < values.length; i += 1)
        if (Number.isFinite(values[i]))
            sorted[finite++] = values[i];
    const used = sorted.subarray(0, finite).sort();
    let unique = 0;
    for (let i = 0; i < finite; i += 1)
        if (unique === 0 || used[i] !== used[unique - 1])
            used[unique++] = used[i];
    return used.slice(0, unique);
}
/** Index of `value` in the ascending `universe`; a RangeError if it is not there. */
function rankIn(universe, value) {
    let lo = 0;
    let hi = universe.length - 1;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (universe[mid] < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (universe[lo] !== value)
        throw new RangeError(`value ${value} is not in the universe`);
    return lo;
}
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
// Little-endian on every platform Node runs on: word 1 holds the sign, exponent and top 20 mantissa bits.
const HIGH = 1;
/**
 * `value` with its mantissa cut to 12 significant bits (relative error < 0.025%, toward zero). Quantiles
 * kept at this resolution lose nothing an alert threshold could see, and the set of distinct values
 * (the work per rolling-quantile step) stays small. A bit mask: no log or power per sample.
 */
function coarsen(value) {
    bits[0] = value;
    words[0] = 0;
    words[HIGH] = words[HIGH] & 0xffffff00;
    return bits[0];
}


/***/ }),

/***/ 8098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ isCredentialsError),
/* harmony export */   E2: () => (/* binding */ isThrottling),
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
/* harmony export */   mu: () => (/* binding */ iamAction),
/* harmony export */   w7: () => (/* binding */ isAccessDenied)
/* harmony export */ });
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(649);
// Classifies AWS SDK errors and describes them without leaking anything secret.

// The SDK's service name (client class without "Client") -> the IAM action prefix.
const IAM_PREFIX = {
    ECS: 'ecs',
    CloudFormation: 'cloudformation',
    STS: 'sts',
    RDS: 'rds',
    OpenSearch: 'es',
    ElasticLoadBalancingV2: 'elasticloadbalancing',
    DatabaseMigrationService: 'dms',
    WAFV2: 'wafv2',
    CloudWatch: 'cloudwatch',
    CloudWatchLogs: 'logs',
};
function iamAction(sdkService, operation) {
    return `${IAM_PREFIX[sdkService] ?? sdkService.toLowerCase()}:${operation}`;
}
function isAccessDenied(error) {
    const e = error;
    return /AccessDenied|UnauthorizedOperation|AuthorizationError|NotAuthorized/i.test(e?.name ?? '') || e?.$metadata?.httpStatusCode === 403;
}
function isThrottling(error) {
    const e = error;
    return /Throttl|TooManyRequests|RequestLimitExceeded|Rate exceeded/i.test(`${e?.name ?? ''} ${e?.message ?? ''}`) || e?.$metadata?.httpStatusCode === 429;
}
function isCredentialsError(error) {
    const e = error;
    return e?.name === 'CredentialsProviderError' || /Could not load credentials|InvalidClientTokenId|UnrecognizedClientException|ExpiredToken/i.test(`${e?.name ?? ''} ${e?.message ?? ''}`);
}
/** One line: "AccessDeniedException: User ... is not authorized (after 3 attempts)". */
function describeAwsError(error) {
    const e = error;
    if (!(error instanceof Error) && typeof error !== 'object')
        return (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E)(String(error));
    // A body the SDK cannot parse (an HTML error page from a proxy, or an API the endpoint lacks).
    if (/Deserialization error|XML parse error|is not valid JSON/.test(e.message ?? '')) {
        const status = error.$response?.statusCode ?? e.$metadata?.httpStatusCode;
        const why = status !== undefined && status < 300 ? 'the answer does not match the API format' : 'the endpoint may not implement this API';
        return `unreadable response${status ? ` (HTTP ${status})` : ''}: ${why}`;
    }
    const name = e.name && e.name !== 'Error' ? `${e.name}: ` : '';
    const attempts = e.$metadata?.attempts && e.$metadata.attempts > 1 ? ` (after ${e.$metadata.attempts} attempts)` : '';
    const message = (e.message ?? '').split('\n')[0].slice(0, 300);
    return (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E)(`${name}${message}${attempts}`);
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

/***/ 9853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C1: () => (/* binding */ baseCredentials),
  XY: () => (/* binding */ loadCliConfig),
  reportCommand: () => (/* binding */ reportCommand),
  zK: () => (/* binding */ wantsColor)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/collectors/registry.ts + 4 modules
var registry = __webpack_require__(5179);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-providers/dist-cjs/index.js
var dist_cjs = __webpack_require__(9719);
;// CONCATENATED MODULE: ./src/config/ini-file.ts
// A strict INI reader and a comment-preserving section writer.
// Hand-written rather than the `ini` package because we need line numbers in error messages,
// duplicate keys reported instead of silently overwritten, values kept as strings (no coercion of
// "true"), `[account:prod]` kept as one section name, and rewriting one section (stored
// credentials) without destroying the user's comments elsewhere in the file.
const SECTION = /^\[([^\]]+)\]\s*(?:[;#].*)?$/;
const ENTRY = /^([A-Za-z0-9_.-]+)\s*[=:]\s*(.*)$/;
function parseIni(text, fileName) {
    const doc = new Map();
    const problems = [];
    let section = '';
    doc.set(section, new Map());
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((raw, index) => {
        const lineNo = index + 1;
        const line = raw.trim();
        if (line === '' || line.startsWith(';') || line.startsWith('#'))
            return;
        const header = SECTION.exec(line);
        if (header) {
            section = header[1].trim();
            if (!doc.has(section))
                doc.set(section, new Map());
            return;
        }
        const entry = ENTRY.exec(line);
        if (!entry) {
            problems.push({
                where: `${fileName}:${lineNo}`,
                message: 'expected "[section]" or "key = value"',
            });
            return;
        }
        const key = entry[1].toLowerCase();
        const entries = doc.get(section);
        const previous = entries.get(key);
        if (previous) {
            problems.push({
                where: `${fileName}:${lineNo} [${section}] ${key}`,
                message: `set twice (first on line ${previous.line}); keep one`,
            });
            return;
        }
        entries.set(key, { value: unquote(stripInlineComment(entry[2])), line: lineNo });
    });
    return { doc, problems };
}
function stripInlineComment(value) {
    // " ; comment" or " # comment" after a value; a ';' or '#' inside a value needs no space before it.
    const match = /\s[;#]/.exec(value);
    return (match ? value.slice(0, match.index) : value).trim();
}
function unquote(value) {
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0]) {
        return value.slice(1, -1);
    }
    return value;
}
/**
 * Returns `text` with `[section]` replaced by the given entries (or appended when absent),
 * leaving every other line of the file as it was.
 */
function replaceIniSection(text, section, entries) {
    const body = Object.entries(entries).map(([key, value]) => `${key} = ${value}`);
    const lines = text === '' ? [] : text.split(/\r?\n/);
    const start = lines.findIndex((line) => SECTION.exec(line.trim())?.[1]?.trim() === section);
    if (start === -1) {
        while (lines.length > 0 && lines.at(-1).trim() === '')
            lines.pop();
        if (lines.length > 0)
            lines.push('');
        return [...lines, `[${section}]`, ...body, ''].join('\n');
    }
    let end = start + 1;
    while (end < lines.length && !SECTION.test(lines[end].trim()))
        end += 1;
    // Keep blank/comment lines that separate this section from the next one.
    let keepFrom = end;
    while (keepFrom > start + 1 && /^\s*([;#].*)?$/.test(lines[keepFrom - 1]))
        keepFrom -= 1;
    return [...lines.slice(0, start + 1), ...body, ...lines.slice(keepFrom)].join('\n');
}

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
            provider: toIdentity({ accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) }),
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
    (0,external_node_fs_.writeFileSync)(path, header + replaceIniSection(existing, 'credentials', entries), { mode: 0o600 });
    (0,external_node_fs_.chmodSync)(path, 0o600);
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
;// CONCATENATED MODULE: ./src/config/load.ts
// Builds one validated ScanConfig from, lowest to highest precedence: defaults, config.ini,
// AWS_MONITOR_* environment variables, then the adapter's overrides (CLI flags or Action inputs).
// Every problem found is reported at once, each naming where the bad value came from.





const CONFIG_ENV = 'AWS_MONITOR_CONFIG';
const ENV_PREFIX = 'AWS_MONITOR_';
function envName(section, key) {
    return `${ENV_PREFIX}${section.replace(':', '_')}_${key}`.toUpperCase();
}
function findConfigFile(options) {
    const explicit = options.configPath ?? options.env[CONFIG_ENV];
    if (explicit)
        return { path: (0,external_node_path_.resolve)(options.cwd, explicit), explicit: true };
    const local = (0,external_node_path_.resolve)(options.cwd, 'config.ini');
    return (0,external_node_fs_.existsSync)(local) ? { path: local, explicit: false } : { explicit: false };
}
function loadConfig(options) {
    const problems = [];
    const layered = new Map();
    const { path: configFile } = findConfigFile(options);
    if (configFile)
        readConfigFile(configFile, layered, problems);
    readEnvironment(options, layered, problems);
    for (const override of options.overrides ?? []) {
        setLayered(layered, override.section, override.key, { value: override.value, where: override.where }, problems);
    }
    if (problems.length > 0)
        throw new errors/* ConfigError */.x(problems);
    const config = validate(layered, options, problems);
    if (configFile)
        config.configFile = configFile;
    if (problems.length > 0)
        throw new errors/* ConfigError */.x(problems);
    return config;
}
function readConfigFile(path, layered, problems) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? 'unknown error'})`;
        problems.push({ where: path, message: `${why}; pass --config FILE or set ${CONFIG_ENV} to a readable config.ini` });
        return;
    }
    const { doc, problems: syntax } = parseIni(text, path);
    problems.push(...syntax);
    for (const [section, entries] of doc) {
        for (const [key, entry] of entries) {
            const where = section === '' ? `${path}:${entry.line} ${key}` : `${path}:${entry.line} [${section}] ${key}`;
            setLayered(layered, section, key, { value: entry.value, where }, problems, true);
        }
        if (section !== '' && entries.size === 0)
            layered.set(section, layered.get(section) ?? new Map());
    }
}
function readEnvironment(options, layered, problems) {
    const known = new Map();
    for (const [section, keys] of Object.entries(schema/* SECTIONS */.bP)) {
        for (const key of Object.keys(keys))
            known.set(envName(section, key), [section, key]);
    }
    for (const detector of options.catalog.detectors) {
        const section = `detector:${detector.id}`;
        for (const key of [...Object.keys(schema/* DETECTOR_COMMON */.v5), ...Object.keys(detector.thresholds)]) {
            known.set(envName(section, key), [section, key]);
        }
    }
    for (const [name, value] of Object.entries(options.env)) {
        if (!name.startsWith(ENV_PREFIX) || name === CONFIG_ENV || value === undefined)
            continue;
        const target = known.get(name);
        if (!target) {
            problems.push({ where: `env ${name}`, message: `unknown setting; names look like ${envName('scan', 'since')} (section and key from config.example.ini)` });
            continue;
        }
        setLayered(layered, target[0], target[1], { value, where: `env ${name}` }, problems);
    }
}
const WINDOW_KEYS = { since: ['from', 'to'], from: ['since'], to: ['since'] };
function setLayered(layered, section, key, setting, problems, sameLayer = false) {
    const entries = layered.get(section) ?? new Map();
    layered.set(section, entries);
    // A higher layer's window replaces the lower layer's: --from beats since = 24h in the file.
    const conflicting = section === 'scan' ? own(WINDOW_KEYS, key) : undefined;
    if (conflicting) {
        for (const other of conflicting) {
            const existing = entries.get(other);
            if (!existing)
                continue;
            if (sameLayer && !(key === 'from' && other === 'to') && !(key === 'to' && other === 'from')) {
                problems.push({ where: setting.where, message: `conflicts with ${existing.where}; set either since, or from (and optionally to)` });
            }
            if (!sameLayer)
                entries.delete(other);
        }
    }
    entries.set(key, setting);
}
function validate(layered, options, problems) {
    const values = new Map();
    const detectorSpecs = new Map(options.catalog.detectors.map((d) => [d.id, d]));
    const accounts = [];
    const patterns = [];
    const detectors = {};
    const check = (spec, raw, field) => {
        const result = spec.schema.safeParse(raw.value);
        if (result.success)
            return result.data;
        const shown = spec.secret ? '' : ` "${truncate(raw.value)}"`;
        problems.push({ where: raw.where, message: `value${shown} ${result.error.issues[0]?.message ?? 'is invalid'} (allowed: ${spec.allowed})` });
        values.set(field, undefined);
        return undefined;
    };
    const unknownKey = (raw, section, allowed) => {
        problems.push({ where: raw.where, message: `unknown key in [${section}]; allowed keys: ${allowed.join(', ')}` });
    };
    for (const [section, entries] of layered) {
        if (section === '') {
            for (const raw of entries.values())
                problems.push({ where: raw.where, message: 'setting outside any [section]; put it under one of ' + sectionList() });
            continue;
        }
        const fixed = own(schema/* SECTIONS */.bP, section);
        if (fixed) {
            for (const [key, raw] of entries) {
                const spec = own(fixed, key);
                if (!spec)
                    unknownKey(raw, section, Object.keys(fixed));
                else
                    values.set(`${section}.${key}`, check(spec, raw, `${section}.${key}`));
            }
            continue;
        }
        const [kind, name] = splitSection(section);
        if (kind === 'account' && name) {
            const account = { name };
            for (const [key, raw] of entries) {
                const spec = own(schema/* ACCOUNT_SECTION */.CA, key);
                if (!spec)
                    unknownKey(raw, section, Object.keys(schema/* ACCOUNT_SECTION */.CA));
                else if (key === 'role_arn')
                    account.roleArn = check(spec, raw, key);
                else if (key === 'external_id')
                    account.externalId = check(spec, raw, key);
                else if (key === 'regions')
                    account.regions = check(spec, raw, key);
                else if (key === 'session_name')
                    account.sessionName = check(spec, raw, key);
            }
            if (!entries.has('role_arn'))
                problems.push({ where: `[${section}]`, message: 'role_arn is required for an account' });
            else if (account.roleArn)
                accounts.push(account);
            continue;
        }
        if (kind === 'log_pattern' && name) {
            const pattern = { name, regex: '', ignoreCase: false, severity: 'medium', minCount: 1, logGroups: [] };
            for (const [key, raw] of entries) {
                const spec = own(schema/* LOG_PATTERN_SECTION */.Uf, key);
                if (!spec)
                    unknownKey(raw, section, Object.keys(schema/* LOG_PATTERN_SECTION */.Uf));
                else if (key === 'regex')
                    pattern.regex = check(spec, raw, key) ?? '';
                else if (key === 'ignore_case')
                    pattern.ignoreCase = check(spec, raw, key) ?? false;
                else if (key === 'severity')
                    pattern.severity = check(spec, raw, key) ?? 'medium';
                else if (key === 'min_count')
                    pattern.minCount = check(spec, raw, key) ?? 1;
                else if (key === 'log_groups')
                    pattern.logGroups = check(spec, raw, key) ?? [];
            }
            if (!entries.has('regex'))
                problems.push({ where: `[${section}]`, message: 'regex is required for a log pattern' });
            else if (pattern.regex)
                patterns.push(pattern);
            continue;
        }
        if (kind === 'detector' && name) {
            const detector = detectorSpecs.get(name);
            const first = [...entries.values()][0];
            if (!detector) {
                problems.push({ where: first?.where ?? `[${section}]`, message: `unknown detector "${name}"; known detectors: ${[...detectorSpecs.keys()].join(', ')}` });
                continue;
            }
            const settings = { enabled: true, thresholds: {} };
            for (const [key, raw] of entries) {
                const threshold = own(detector.thresholds, key);
                const spec = own(schema/* DETECTOR_COMMON */.v5, key) ?? threshold?.spec;
                if (!spec)
                    unknownKey(raw, section, [...Object.keys(schema/* DETECTOR_COMMON */.v5), ...Object.keys(detector.thresholds)]);
                else if (key === 'enabled')
                    settings.enabled = check(spec, raw, key);
                else if (key === 'severity')
                    settings.severity = check(spec, raw, key);
                else
                    settings.thresholds[key] = check(spec, raw, key);
            }
            detectors[name] = settings;
            continue;
        }
        const first = [...entries.values()][0];
        problems.push({ where: first?.where.replace(/ \S+$/, '') ?? `[${section}]`, message: `unknown section [${section}]; allowed: ${sectionList()}` });
    }
    // Fill every known detector, so detectors never deal with missing settings.
    for (const detector of options.catalog.detectors) {
        const settings = detectors[detector.id] ?? { enabled: true, thresholds: {} };
        for (const [key, threshold] of Object.entries(detector.thresholds)) {
            settings.thresholds[key] ??= threshold.default;
        }
        detectors[detector.id] = settings;
    }
    const get = (field) => values.get(field);
    const services = get('scan.services') ?? [...options.catalog.services];
    const unknownServices = services.filter((s) => !options.catalog.services.includes(s));
    if (unknownServices.length > 0) {
        problems.push({
            where: layered.get('scan')?.get('services')?.where ?? 'scan.services',
            message: `unknown service${unknownServices.length > 1 ? 's' : ''} ${unknownServices.join(', ')}; available: ${options.catalog.services.join(', ')}`,
        });
    }
    const window = resolveWindow(layered, get, options.now, problems);
    const accessKeyId = get('credentials.aws_access_key_id');
    const secretAccessKey = get('credentials.aws_secret_access_key');
    const sessionToken = get('credentials.aws_session_token');
    if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
        problems.push({ where: '[credentials]', message: 'set both aws_access_key_id and aws_secret_access_key, or neither' });
    }
    const config = {
        region: get('aws.region') ?? envRegion(options.env) ?? schema/* DEFAULTS */.zY.region,
        maxAttempts: get('aws.max_attempts') ?? schema/* DEFAULTS */.zY.maxAttempts,
        requestTimeoutMs: get('aws.request_timeout') ?? schema/* DEFAULTS */.zY.requestTimeoutMs,
        window,
        services: services.filter((s) => options.catalog.services.includes(s)),
        concurrency: get('scan.concurrency') ?? schema/* DEFAULTS */.zY.concurrency,
        accountConcurrency: get('scan.account_concurrency') ?? schema/* DEFAULTS */.zY.accountConcurrency,
        filters: {
            cloudformationPrefix: get('filters.cloudformation_prefix') ?? schema/* DEFAULTS */.zY.cloudformationPrefix,
            cloudformationSuffix: get('filters.cloudformation_suffix') ?? schema/* DEFAULTS */.zY.cloudformationSuffix,
            includeNames: get('filters.include_names') ?? [],
            excludeNames: get('filters.exclude_names') ?? [],
            includeTags: get('filters.include_tags') ?? [],
            excludeTags: get('filters.exclude_tags') ?? [],
        },
        metrics: {
            enabled: get('metrics.enabled') ?? true,
            maxPointsPerSeries: get('metrics.max_points_per_series') ?? schema/* DEFAULTS */.zY.maxPointsPerSeries,
        },
        logs: {
            enabled: get('logs.enabled') ?? true,
            engine: get('logs.engine') ?? 'auto',
            errorPatterns: get('logs.error_patterns') ?? schema/* DEFAULTS */.zY.errorPatterns,
            extraLogGroups: get('logs.extra_log_groups') ?? [],
            recentMs: get('logs.recent') ?? schema/* DEFAULTS */.zY.logRecentMs,
            scanBudgetBytes: (get('logs.scan_budget_mb') ?? schema/* DEFAULTS */.zY.logScanBudgetMb) * 1_048_576,
            filterMaxBytes: (get('logs.filter_max_mb') ?? schema/* DEFAULTS */.zY.logFilterMaxMb) * 1_048_576,
            maxEventsPerSource: get('logs.max_events_per_source') ?? schema/* DEFAULTS */.zY.maxEventsPerSource,
            maxEventsTotal: get('logs.max_events_total') ?? schema/* DEFAULTS */.zY.maxEventsTotal,
            patterns,
        },
        output: {
            format: get('output.format') ?? schema/* DEFAULTS */.zY.format,
            failOn: get('output.fail_on') ?? schema/* DEFAULTS */.zY.failOn,
            minSeverity: {
                text: get('output.min_severity') ?? schema/* DEFAULTS */.zY.minSeverity,
                markdown: get('output.markdown_min_severity') ?? get('output.min_severity') ?? schema/* DEFAULTS */.zY.minSeverity,
                annotations: get('output.annotations_min_severity') ?? schema/* DEFAULTS */.zY.annotationsMinSeverity,
            },
            mergeRelated: get('output.merge_related') ?? true,
        },
        gate: {
            windowMs: get('gate.window') ?? 30 * 60_000,
            confidence: get('gate.confidence') ?? 0.95,
            tolerance: (get('gate.tolerance_percent') ?? 10) / 100,
            passScore: get('gate.pass_score') ?? 90,
            marginalScore: get('gate.marginal_score') ?? 70,
            minSamples: get('gate.min_samples') ?? 5,
            newSignatureMinCount: get('gate.new_signature_min_count') ?? 3,
            failOnMarginal: get('gate.fail_on_marginal') ?? false,
        },
        accounts,
        detectors,
    };
    const profile = get('aws.profile');
    if (profile)
        config.profile = profile;
    const endpointUrl = get('aws.endpoint_url');
    if (endpointUrl)
        config.endpointUrl = endpointUrl;
    const deadlineMs = get('scan.deadline');
    if (deadlineMs)
        config.deadlineMs = deadlineMs;
    const file = get('output.file');
    if (file)
        config.output.file = file;
    if (accessKeyId && secretAccessKey) {
        config.credentials = { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
    }
    return config;
}
function resolveWindow(layered, get, now, problems) {
    const scan = layered.get('scan');
    const from = get('scan.from');
    const to = get('scan.to') ?? now;
    const where = scan?.get('from')?.where ?? scan?.get('to')?.where ?? 'scan window';
    if (scan?.has('to') && !scan.has('from')) {
        problems.push({ where: scan.get('to').where, message: 'to needs from as well' });
    }
    if (!from) {
        const since = get('scan.since') ?? schema/* DEFAULTS */.zY.sinceMs;
        return { from: new Date(to.getTime() - since), to };
    }
    if (from.getTime() >= to.getTime())
        problems.push({ where, message: `from (${from.toISOString()}) must be before to (${to.toISOString()})` });
    else if (to.getTime() - from.getTime() > schema/* MAX_WINDOW_MS */.Zf)
        problems.push({ where, message: 'the window from..to may be at most 90 days' });
    if (to.getTime() > now.getTime() + 5 * 60_000)
        problems.push({ where: scan?.get('to')?.where ?? where, message: 'to is in the future' });
    return { from, to };
}
function envRegion(env) {
    return env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
}
function splitSection(section) {
    const index = section.indexOf(':');
    return index === -1 ? [section, undefined] : [section.slice(0, index).trim(), section.slice(index + 1).trim() || undefined];
}
function sectionList() {
    return [...Object.keys(schema/* SECTIONS */.bP).map((s) => `[${s}]`), '[account:NAME]', '[detector:ID]', '[log_pattern:NAME]'].join(', ');
}
function truncate(value) {
    return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}
/** record[key] only for the record's own keys: "constructor" or "__proto__" in a config file is an unknown key, not Object's. */
function own(record, key) {
    return Object.hasOwn(record, key) ? record[key] : undefined;
}

// EXTERNAL MODULE: ./src/detectors/registry.ts + 33 modules
var detectors_registry = __webpack_require__(9857);
// EXTERNAL MODULE: ./src/renderers/registry.ts + 1 modules
var renderers_registry = __webpack_require__(2762);
// EXTERNAL MODULE: ./src/scan-accounts.ts + 1 modules
var scan_accounts = __webpack_require__(5463);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/main.ts + 1 modules
var main = __webpack_require__(9575);
// EXTERNAL MODULE: ./src/cli/progress-line.ts
var progress_line = __webpack_require__(3974);
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

;// CONCATENATED MODULE: ./src/cli/commands/report.ts
// `aws-monitor report`: config, credentials, one scan, one rendered report, an exit code.













const FLAG_SETTINGS = [
    ['since', 'scan', 'since', '--since'],
    ['from', 'scan', 'from', '--from'],
    ['to', 'scan', 'to', '--to'],
    ['services', 'scan', 'services', '--services'],
    ['format', 'output', 'format', '--format'],
    ['output', 'output', 'file', '--output'],
    ['failOn', 'output', 'fail_on', '--fail-on'],
    ['minSeverity', 'output', 'min_severity', '--min-severity'],
    ['region', 'aws', 'region', '--region'],
    ['deadline', 'scan', 'deadline', '--deadline'],
];
async function reportCommand(options, io) {
    if (options.since && (options.from || options.to))
        throw new errors/* UserError */.y('--since cannot be combined with --from/--to; use one or the other');
    const overrides = FLAG_SETTINGS.filter(([flag]) => typeof options[flag] === 'string').map(([flag, section, key, where]) => ({
        section,
        key,
        value: options[flag],
        where,
    }));
    const config = loadCliConfig(io, options.config, overrides);
    const clientsFor = (0,scan_accounts/* clientsForConfig */.M)(config, await baseCredentials(config, io));
    const progress = options.progress && io.stderr.isTTY ? new progress_line/* ProgressLine */.g(io.stderr) : undefined;
    let report;
    try {
        report = await (0,scan_accounts/* runScans */._)({ clientsFor, now: io.now, version: version/* VERSION */.x, ...(progress ? { progress: progress.update } : {}) }, config);
    }
    finally {
        progress?.done();
    }
    const rendered = (0,renderers_registry/* renderReport */.B)(config.output.format, report, config.output, { color: !config.output.file && wantsColor(options.color, io) });
    if (config.output.file) {
        const path = (0,external_node_path_.resolve)(io.cwd, config.output.file);
        try {
            (0,external_node_fs_.writeFileSync)(path, rendered);
        }
        catch (error) {
            throw new errors/* UserError */.y(`cannot write the report to ${path}: ${error.code ?? error.message}`);
        }
        io.stderr.write(`${report.status}: ${report.findings.length} findings; report written to ${path}\n`);
    }
    else {
        io.stdout.write(rendered);
    }
    return report.status === 'failing' ? main/* EXIT */.d.findings : main/* EXIT */.d.ok;
}
/** config.ini (--config, $AWS_MONITOR_CONFIG or ./config.ini), the environment and these flags. */
function loadCliConfig(io, configPath, overrides) {
    return loadConfig({
        ...(configPath ? { configPath } : {}),
        cwd: io.cwd,
        env: io.env,
        overrides,
        now: io.now(),
        catalog: { services: registry/* COLLECTORS */.n.map((c) => c.id), detectors: (0,detectors_registry/* detectorCatalog */.yv)() },
    });
}
/** Colour only for a person at a terminal: --color always/never, else a TTY without NO_COLOR (no-color.org) or TERM=dumb. */
function wantsColor(when, io) {
    if (when === 'always')
        return true;
    if (when === 'never')
        return false;
    if (io.env.NO_COLOR)
        return false;
    if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0')
        return true;
    return io.stdout.isTTY === true && io.env.TERM !== 'dumb';
}
/** The SDK default chain or config.ini; at a terminal with none, asks and stores them (0600). */
async function baseCredentials(config, io) {
    let credentials = (await findCredentials(config, io.env))?.provider;
    if (!credentials) {
        if (!io.stdin.isTTY) {
            throw new errors/* UserError */.y('no AWS credentials found. Provide them in one of these ways and run again:\n' +
                '  - AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN) in the environment\n' +
                '  - a profile: AWS_PROFILE=name, or [aws] profile = name in config.ini (aws configure / aws sso login)\n' +
                '  - a [credentials] section in config.ini (run aws-monitor once at a terminal to be asked for them)');
        }
        const typed = await promptForCredentials({ input: io.stdin, output: io.stderr });
        const path = config.configFile ?? (0,external_node_path_.resolve)(io.cwd, 'config.ini');
        storeCredentials(path, typed);
        io.stderr.write(`Saved the credentials to ${path} ([credentials], file mode 0600).\n`);
        credentials = toIdentity(typed);
    }
    return credentials;
}


/***/ }),

/***/ 3974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ ProgressLine)
/* harmony export */ });
// One self-overwriting status line on stderr, shown only when stderr is a terminal.
class ProgressLine {
    stream;
    last = '';
    started = Date.now();
    constructor(stream) {
        this.stream = stream;
    }
    update = (message) => {
        const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
        const width = (this.stream.columns ?? 80) - 1;
        this.last = `[${seconds}s] ${message}`.slice(0, width);
        this.stream.write(`\r\x1b[K${this.last}`);
    };
    done() {
        if (this.last)
            this.stream.write('\r\x1b[K');
    }
}


/***/ }),

/***/ 1505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ attempt),
/* harmony export */   E9: () => (/* binding */ CredentialsUnusableError),
/* harmony export */   En: () => (/* binding */ paginate),
/* harmony export */   Hr: () => (/* binding */ failureReason),
/* harmony export */   NW: () => (/* binding */ nameFromArn),
/* harmony export */   gR: () => (/* binding */ tagsToRecord),
/* harmony export */   iv: () => (/* binding */ chunk)
/* harmony export */ });
/* harmony import */ var _aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8098);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6683);
// Runs one AWS call for a collector. A failure after the SDK's retries becomes a coverage gap
// naming the API and the IAM action, and the collector carries on without that piece.


class CredentialsUnusableError extends Error {
    name = 'CredentialsUnusableError';
}
async function attempt(context, collectorId, what, call) {
    try {
        return await context.limit(call);
    }
    catch (error) {
        // Bad credentials make every call fail the same way: stop the scan with one clear message.
        if ((0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isCredentialsError */ .B_)(error))
            throw new CredentialsUnusableError((0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error));
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
function chunk(items, size) {
    const chunks = [];
    for (let i = 0; i < items.length; i += size)
        chunks.push(items.slice(i, i + size));
    return chunks;
}
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

/***/ 6406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ cloudformationCollector),
/* harmony export */   q: () => (/* binding */ describeOneStack)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3805);
/* harmony import */ var _attempt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1505);
// CloudFormation: stacks whose name has the configured prefix and suffix, with their status.


const ID = 'cloudformation';
const cloudformationCollector = {
    id: ID,
    title: 'AWS CloudFormation',
    resourceTypes: ['cloudformation:stack'],
    async collect(context) {
        const cloudformation = context.clients.get(_aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__/* .CloudFormationClient */ .m1N);
        const { cloudformationPrefix: prefix, cloudformationSuffix: suffix } = context.config.filters;
        // DescribeStacks returns every live stack with its status in one paginated listing.
        const stacks = await (0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, { sdkService: 'CloudFormation', operation: 'DescribeStacks', scope: 'CloudFormation stacks' }, async (NextToken) => {
            const page = await cloudformation.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__/* .DescribeStacksCommand */ .Y47({ NextToken }));
            return { items: page.Stacks, next: page.NextToken };
        });
        const inScope = stacks.filter((stack) => {
            const name = stack.StackName ?? '';
            return name.startsWith(prefix) && name.endsWith(suffix) && name.length >= prefix.length + suffix.length;
        });
        context.progress(`CloudFormation: ${inScope.length} of ${stacks.length} stacks match ${prefix}*${suffix}`);
        const resources = inScope.map((stack) => stackResource(context, stack));
        // Only a stack that failed, rolled back or is mid-operation needs its events read: one call each.
        await Promise.all(resources.filter((r) => NEEDS_EVENTS.test(r.status ?? '')).map((r) => addFailureEvents(context, cloudformation, r)));
        return resources;
    },
};
/** One stack by name, for the post-deploy gate's deploy time (its last update): one call. */
async function describeOneStack(context, name) {
    const cloudformation = context.clients.get(_aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__/* .CloudFormationClient */ .m1N);
    const described = await (0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'CloudFormation', operation: 'DescribeStacks', scope: `stack ${name}` }, () => cloudformation.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__/* .DescribeStacksCommand */ .Y47({ StackName: name })));
    const stack = described?.Stacks?.[0];
    return stack ? stackResource(context, stack) : undefined;
}
const NEEDS_EVENTS = /FAILED|ROLLBACK|IN_PROGRESS/;
const EVENTS_KEPT = 10;
/** The failed resource events of the stack's latest operation (first page: newest 100 events), newest first. */
async function addFailureEvents(context, cloudformation, resource) {
    const page = await (0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'CloudFormation', operation: 'DescribeStackEvents', scope: `events of stack ${resource.name}` }, () => cloudformation.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__/* .DescribeStackEventsCommand */ .Ie9({ StackName: resource.arn ?? resource.name })));
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
    return pending.map((e) => `${e.LogicalResourceId} (${e.ResourceType ?? '?'})`).slice(0, 5).join(', ') || null;
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
        tags: (0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .tagsToRecord */ .gR)(stack.Tags),
        attributes: {
            statusReason: stack.StackStatusReason ?? null,
            createdAt: stack.CreationTime?.toISOString() ?? null,
            lastUpdatedAt: (stack.LastUpdatedTime ?? stack.CreationTime)?.toISOString() ?? null,
            driftStatus: stack.DriftInformation?.StackDriftStatus ?? null,
        },
    };
}


/***/ }),

/***/ 6353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ ecsCollector),
/* harmony export */   n: () => (/* binding */ describeOneService)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(212);
/* harmony import */ var _attempt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1505);
/* harmony import */ var _resource_filter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7569);
// ECS: every cluster and service, with desired/running/pending counts, deployments and events.



const ID = 'ecs';
const SERVICES_PER_DESCRIBE = 10; // DescribeServices' documented maximum
const CLUSTERS_PER_DESCRIBE = 100;
const TASKS_PER_DESCRIBE = 100;
// Enough to reach back past a burst of repeated health-check events to the last steady state.
const EVENTS_KEPT = 30;
const STOPPED_TASKS_KEPT = 20;
const ecsCollector = {
    id: ID,
    title: 'Amazon ECS',
    resourceTypes: ['ecs:cluster', 'ecs:service'],
    async collect(context) {
        const ecs = context.clients.get(_aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .ECSClient */ .Zgc);
        const clusterArns = await (0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, { sdkService: 'ECS', operation: 'ListClusters', scope: 'ECS clusters' }, async (nextToken) => {
            const page = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .ListClustersCommand */ .Nnn({ nextToken, maxResults: 100 }));
            return { items: page.clusterArns, next: page.nextToken };
        });
        const clusters = [];
        await Promise.all((0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .chunk */ .iv)(clusterArns, CLUSTERS_PER_DESCRIBE).map(async (batch) => {
            const described = await (0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'ECS', operation: 'DescribeClusters', scope: `${batch.length} ECS clusters` }, () => ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .DescribeClustersCommand */ ._2_({ clusters: batch, include: ['SETTINGS', 'TAGS'] })));
            clusters.push(...(described?.clusters ?? []));
            reportFailures(context, 'DescribeClusters', 'cluster', described?.failures);
        }));
        context.progress(`ECS: ${clusters.length} clusters`);
        const perCluster = await Promise.all(clusters.map((cluster) => collectServices(context, ecs, cluster)));
        const services = perCluster.flatMap((c) => c.services);
        const clusterResources = clusters.map((cluster, i) => clusterResource(context, cluster, perCluster[i].listed));
        // The metric catalog reads Container Insights only for services whose cluster has it on.
        const insights = new Map(clusterResources.map((c) => [c.name, c.attributes.containerInsights]));
        for (const service of services)
            service.attributes.containerInsights = insights.get(String(service.attributes.cluster)) ?? 'disabled';
        // One DescribeTaskDefinition per revision: only worth it when the logs are read.
        if (context.config.logs.enabled)
            await addLogGroups(context, ecs, services);
        return [...clusterResources, ...services];
    },
};
/**
 * One service, for the post-deploy gate: DescribeServices, then its task definition's log groups
 * (two calls instead of listing the account). Undefined when ECS does not know it.
 */
async function describeOneService(context, cluster, name) {
    const ecs = context.clients.get(_aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .ECSClient */ .Zgc);
    const described = await (0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'ECS', operation: 'DescribeServices', scope: `service ${name} of cluster ${cluster}` }, () => ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .DescribeServicesCommand */ .H7c({ cluster, services: [name], include: ['TAGS'] })));
    const found = described?.services?.find((s) => s.status !== 'INACTIVE');
    if (!found)
        return undefined;
    const service = serviceResource(context, cluster, found);
    if (context.config.logs.enabled)
        await addLogGroups(context, ecs, [service]);
    return { service, targetGroupArns: (found.loadBalancers ?? []).map((lb) => lb.targetGroupArn).filter((arn) => Boolean(arn)) };
}
async function collectServices(context, ecs, cluster) {
    const [{ services, listed }, stopped] = await Promise.all([describeServices(context, ecs, cluster), stoppedTasksByService(context, ecs, cluster)]);
    for (const service of services) {
        const tasks = stopped.get(service.name);
        if (tasks)
            service.stoppedTasks = tasks.slice(0, STOPPED_TASKS_KEPT);
        service.attributes.stoppedTasks = tasks?.length ?? 0;
    }
    return { services, listed };
}
/** Stopped tasks of the whole cluster in one listing (ECS keeps them about an hour), by service name. */
async function stoppedTasksByService(context, ecs, cluster) {
    const clusterName = cluster.clusterName ?? 'unknown';
    const taskArns = await (0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, { sdkService: 'ECS', operation: 'ListTasks', scope: `stopped tasks of cluster ${clusterName}` }, async (nextToken) => {
        const page = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .ListTasksCommand */ .MYg({ cluster: cluster.clusterArn, desiredStatus: 'STOPPED', nextToken, maxResults: 100 }));
        return { items: page.taskArns, next: page.nextToken };
    });
    const described = await Promise.all((0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .chunk */ .iv)(taskArns, TASKS_PER_DESCRIBE).map((batch) => (0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'ECS', operation: 'DescribeTasks', scope: `${batch.length} stopped tasks of cluster ${clusterName}` }, () => ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTasksCommand */ .z8X({ cluster: cluster.clusterArn, tasks: batch })))));
    for (const d of described)
        reportFailures(context, 'DescribeTasks', 'stopped task', d?.failures);
    const byService = new Map();
    for (const task of described.flatMap((d) => d?.tasks ?? [])) {
        const service = task.group?.startsWith('service:') ? task.group.slice('service:'.length) : undefined;
        if (!service)
            continue;
        const tasks = byService.get(service) ?? [];
        if (tasks.length === 0)
            byService.set(service, tasks);
        tasks.push(stoppedTask(task));
    }
    for (const tasks of byService.values())
        tasks.sort((a, b) => (b.stoppedAt ?? '').localeCompare(a.stoppedAt ?? ''));
    return byService;
}
function stoppedTask(task) {
    const stoppedAt = (task.stoppedAt ?? task.stoppingAt)?.toISOString();
    return {
        ...(stoppedAt ? { stoppedAt } : {}),
        reason: task.stoppedReason ?? 'unknown',
        ...(task.stopCode ? { stopCode: task.stopCode } : {}),
        failedContainers: (task.containers ?? []).filter((c) => c.exitCode !== undefined && c.exitCode !== 0).map((c) => `${c.name}=${c.exitCode}`),
        ...(task.taskDefinitionArn ? { taskDefinition: task.taskDefinitionArn.slice(task.taskDefinitionArn.lastIndexOf('/') + 1) } : {}),
    };
}
/**
 * The awslogs log groups of each service's task definition, for the log checks. DescribeTaskDefinition
 * takes one definition per call, so each distinct revision is described once.
 */
async function addLogGroups(context, ecs, services) {
    const revisions = [...new Set(services.map((s) => s.attributes.taskDefinition).filter((t) => typeof t === 'string'))];
    const definitions = new Map();
    await Promise.all(revisions.map(async (revision) => {
        const result = await (0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'ECS', operation: 'DescribeTaskDefinition', scope: `log groups of task definition ${revision}` }, () => ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTaskDefinitionCommand */ .Zy$({ taskDefinition: revision })));
        definitions.set(revision, result?.taskDefinition);
    }));
    for (const service of services) {
        const definition = definitions.get(String(service.attributes.taskDefinition));
        const logConfigs = (definition?.containerDefinitions ?? []).map((c) => c.logConfiguration).filter((l) => l?.logDriver === 'awslogs');
        service.attributes.logGroups = [...new Set(logConfigs.map((l) => l?.options?.['awslogs-group']).filter(Boolean))].join(',') || null;
        service.attributes.logStreamPrefixes = [...new Set(logConfigs.map((l) => l?.options?.['awslogs-stream-prefix']).filter(Boolean))].join(',') || null;
    }
}
async function describeServices(context, ecs, cluster) {
    const keepName = (0,_resource_filter_js__WEBPACK_IMPORTED_MODULE_2__/* .makeNameFilter */ .O7)(context.config.filters);
    const clusterName = cluster.clusterName ?? 'unknown';
    const serviceArns = await (0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, { sdkService: 'ECS', operation: 'ListServices', scope: `services of cluster ${clusterName}` }, async (nextToken) => {
        const page = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .ListServicesCommand */ .qde({ cluster: cluster.clusterArn, nextToken, maxResults: 100 }));
        return { items: page.serviceArns, next: page.nextToken };
    });
    // Services the name filters would drop are not described at all.
    const wanted = serviceArns.filter((arn) => keepName((0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .nameFromArn */ .NW)(arn)));
    const batches = await Promise.all((0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .chunk */ .iv)(wanted, SERVICES_PER_DESCRIBE).map((batch) => (0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'ECS', operation: 'DescribeServices', scope: `${batch.length} services of cluster ${clusterName}` }, () => ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .DescribeServicesCommand */ .H7c({ cluster: cluster.clusterArn, services: batch, include: ['TAGS'] })))));
    for (const batch of batches)
        reportFailures(context, 'DescribeServices', 'service', batch?.failures);
    const services = batches.flatMap((batch) => batch?.services ?? []).map((service) => serviceResource(context, clusterName, service));
    return { services, listed: serviceArns.length };
}
/** ECS's Describe calls succeed while naming items they could not describe: those are gaps, not omissions. */
function reportFailures(context, operation, what, failures) {
    for (const failure of failures ?? []) {
        context.gap({
            service: ID,
            operation,
            iamAction: `ecs:${operation}`,
            scope: `${what} ${failure.arn ?? 'unknown'}`,
            reason: `ECS answered ${failure.reason ?? 'a failure'}${failure.detail ? `: ${failure.detail}` : ''}`,
        });
    }
}
/** listed: the services ListServices returned, which is exact where activeServicesCount lags. */
function clusterResource(context, cluster, listed) {
    const insights = cluster.settings?.find((s) => s.name === 'containerInsights')?.value;
    return {
        type: 'ecs:cluster',
        id: cluster.clusterName ?? cluster.clusterArn ?? 'unknown',
        ...(cluster.clusterArn ? { arn: cluster.clusterArn } : {}),
        name: cluster.clusterName ?? 'unknown',
        region: context.config.region,
        ...(cluster.status ? { status: cluster.status } : {}),
        tags: (0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .tagsToRecord */ .gR)(cluster.tags),
        attributes: {
            activeServices: Math.max(listed, cluster.activeServicesCount ?? 0),
            runningTasks: cluster.runningTasksCount ?? 0,
            pendingTasks: cluster.pendingTasksCount ?? 0,
            containerInsights: insights ?? 'disabled',
        },
    };
}
function serviceResource(context, clusterName, service) {
    const primary = service.deployments?.find((d) => d.status === 'PRIMARY');
    const name = service.serviceName ?? 'unknown';
    return {
        type: 'ecs:service',
        id: `${clusterName}/${name}`,
        ...(service.serviceArn ? { arn: service.serviceArn } : {}),
        name,
        region: context.config.region,
        ...(service.status ? { status: service.status } : {}),
        tags: (0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .tagsToRecord */ .gR)(service.tags),
        attributes: {
            cluster: clusterName,
            desired: service.desiredCount ?? 0,
            running: service.runningCount ?? 0,
            pending: service.pendingCount ?? 0,
            launchType: service.launchType ?? (service.capacityProviderStrategy?.length ? 'CAPACITY_PROVIDER' : null),
            taskDefinition: service.taskDefinition ? service.taskDefinition.slice(service.taskDefinition.lastIndexOf('/') + 1) : null,
            deployments: service.deployments?.length ?? 0,
            rolloutState: primary?.rolloutState ?? null,
            rolloutStateReason: primary?.rolloutStateReason ?? null,
            deploymentStartedAt: primary?.createdAt?.toISOString() ?? null,
            failedTasks: primary?.failedTasks ?? 0,
            circuitBreaker: service.deploymentConfiguration?.deploymentCircuitBreaker?.enable ?? false,
            // Target group names, from their ARNs (…:targetgroup/NAME/ID): the load-balancer checks join on these.
            targetGroups: (service.loadBalancers ?? []).map((lb) => lb.targetGroupArn?.split('/')[1]).filter(Boolean).join(',') || null,
        },
        events: (service.events ?? []).slice(0, EVENTS_KEPT).map((event) => ({
            at: event.createdAt?.toISOString() ?? '',
            message: event.message ?? '',
        })),
    };
}


/***/ }),

/***/ 9497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hQ: () => (/* binding */ elbv2Collector),
/* harmony export */   t4: () => (/* binding */ describeTargetGroups)
/* harmony export */ });
/* unused harmony export metricDimension */
/* harmony import */ var _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(586);
/* harmony import */ var _attempt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1505);
// ELBv2: load balancers and target groups with the health of every target.


const ID = 'elbv2';
const PAGE = 400; // PageSize's documented maximum
const TAGS_PER_CALL = 20; // DescribeTags' documented maximum
const elbv2Collector = {
    id: ID,
    title: 'Elastic Load Balancing',
    resourceTypes: ['elbv2:load-balancer', 'elbv2:target-group'],
    async collect(context) {
        const elb = context.clients.get(_aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .ElasticLoadBalancingV2Client */ .MlD);
        const scope = (operation, what) => ({ sdkService: 'ElasticLoadBalancingV2', operation, scope: what });
        const [loadBalancers, targetGroups] = await Promise.all([
            (0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, scope('DescribeLoadBalancers', 'load balancers'), async (Marker) => {
                const page = await elb.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeLoadBalancersCommand */ .AZi({ Marker, PageSize: PAGE }));
                return { items: page.LoadBalancers, next: page.NextMarker };
            }),
            (0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, scope('DescribeTargetGroups', 'target groups'), async (Marker) => {
                const page = await elb.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTargetGroupsCommand */ .sC7({ Marker, PageSize: PAGE }));
                return { items: page.TargetGroups, next: page.NextMarker };
            }),
        ]);
        context.progress(`ELB: ${loadBalancers.length} load balancers, ${targetGroups.length} target groups`);
        const names = new Map(loadBalancers.map((lb) => [lb.LoadBalancerArn, lb.LoadBalancerName ?? '?']));
        // Target health has no batch form: one call per target group.
        const health = new Map();
        await Promise.all(targetGroups.map(async (group) => {
            const result = await (0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, scope('DescribeTargetHealth', `target health of ${group.TargetGroupName}`), () => elb.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTargetHealthCommand */ .qyg({ TargetGroupArn: group.TargetGroupArn })));
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
    const described = await (0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'ElasticLoadBalancingV2', operation: 'DescribeTargetGroups', scope: `target groups ${arns.map((a) => a.split('/')[1]).join(', ')}` }, () => elb.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTargetGroupsCommand */ .sC7({ TargetGroupArns: [...arns] })));
    return (described?.TargetGroups ?? []).map((group) => targetGroupResource(context, group, undefined, new Map()));
}
async function addTags(context, elb, resources) {
    const byArn = new Map(resources.filter((r) => r.arn).map((r) => [r.arn, r]));
    await Promise.all((0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .chunk */ .iv)([...byArn.keys()], TAGS_PER_CALL).map(async (arns) => {
        const result = await (0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'ElasticLoadBalancingV2', operation: 'DescribeTags', scope: `tags of ${arns.length} load balancers and target groups` }, () => elb.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTagsCommand */ .yRM({ ResourceArns: arns })));
        for (const description of result?.TagDescriptions ?? []) {
            const resource = byArn.get(description.ResourceArn ?? '');
            if (resource)
                resource.tags = (0,_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .tagsToRecord */ .gR)(description.Tags);
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
            loadBalancers: (group.LoadBalancerArns ?? []).map((arn) => lbNames.get(arn) ?? arn.split('/')[2] ?? arn).join(',') || null,
            healthCheckPath: group.HealthCheckPath ?? null,
            targets: targets.length,
            healthyTargets: healthy.length,
            unhealthyTargets: unhealthy.length,
            unhealthyReasons: [...reasons].map(([reason, n]) => `${reason} x${n}`).join(', ') || null,
            firstUnhealthyDescription: unhealthy[0]?.TargetHealth?.Description ?? null,
            metricDimension: metricDimension(group.TargetGroupArn, 'targetgroup/'),
            // Target group metrics are per (target group, load balancer); the first one is the one measured.
            loadBalancerDimension: metricDimension(group.LoadBalancerArns?.[0], 'loadbalancer/'),
        },
    };
}


/***/ }),

/***/ 5179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ COLLECTORS)
});

// EXTERNAL MODULE: ./src/collectors/cloudformation/collector.ts
var collector = __webpack_require__(6406);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-database-migration-service/dist-cjs/index.js
var dist_cjs = __webpack_require__(6819);
// EXTERNAL MODULE: ./src/collectors/attempt.ts
var attempt = __webpack_require__(1505);
;// CONCATENATED MODULE: ./src/collectors/dms/collector.ts
// DMS: every replication task with its status, last failure, progress and table errors, and the
// log group its task logs go to.


const ID = 'dms';
const PAGE = 100;
const ERRORED_TABLES_KEPT = 10;
const dmsCollector = {
    id: ID,
    title: 'AWS DMS',
    resourceTypes: ['dms:task'],
    async collect(context) {
        const dms = context.clients.get(dist_cjs/* DatabaseMigrationServiceClient */.qiD);
        const scope = (operation, what) => ({ sdkService: 'DatabaseMigrationService', operation, scope: what });
        const [instances, tasks] = await Promise.all([
            (0,attempt/* paginate */.En)(context, ID, scope('DescribeReplicationInstances', 'DMS replication instances'), async (Marker) => {
                const page = await dms.send(new dist_cjs/* DescribeReplicationInstancesCommand */.rEx({ Marker, MaxRecords: PAGE }));
                return { items: page.ReplicationInstances, next: page.Marker };
            }),
            (0,attempt/* paginate */.En)(context, ID, scope('DescribeReplicationTasks', 'DMS replication tasks'), async (Marker) => {
                // Task settings are large JSON documents we do not read.
                const page = await dms.send(new dist_cjs/* DescribeReplicationTasksCommand */.Jij({ Marker, MaxRecords: PAGE, WithoutSettings: true }));
                return { items: page.ReplicationTasks, next: page.Marker };
            }),
        ]);
        context.progress(`DMS: ${tasks.length} replication tasks`);
        const instanceByArn = new Map(instances.map((i) => [i.ReplicationInstanceArn, i]));
        const resources = tasks.map((task) => taskResource(context, task, instanceByArn.get(task.ReplicationInstanceArn)));
        // Table statistics cost a call per task: read them only where DMS counts errored tables.
        await Promise.all(resources.filter((r) => Number(r.attributes.tablesErrored ?? 0) > 0 && r.arn).map(async (resource) => {
            const stats = await (0,attempt/* paginate */.En)(context, ID, scope('DescribeTableStatistics', `table errors of DMS task ${resource.id}`), async (Marker) => {
                const page = await dms.send(new dist_cjs/* DescribeTableStatisticsCommand */.yYZ({ ReplicationTaskArn: resource.arn, Marker, MaxRecords: 500 }));
                return { items: page.TableStatistics, next: page.Marker };
            });
            const errored = stats.filter((t) => /error/i.test(`${t.TableState ?? ''} ${t.ValidationState ?? ''}`));
            resource.attributes.erroredTables = errored.slice(0, ERRORED_TABLES_KEPT).map((t) => `${t.SchemaName}.${t.TableName} (${t.TableState})`).join(', ') || null;
        }));
        return resources;
    },
};
function taskResource(context, task, instance) {
    const id = task.ReplicationTaskIdentifier ?? 'unknown';
    const instanceId = instance?.ReplicationInstanceIdentifier ?? task.ReplicationInstanceArn?.split(':').pop() ?? null;
    const stats = task.ReplicationTaskStats;
    return {
        type: 'dms:task',
        id,
        ...(task.ReplicationTaskArn ? { arn: task.ReplicationTaskArn } : {}),
        name: id,
        region: context.config.region,
        ...(task.Status ? { status: task.Status } : {}),
        tags: {},
        attributes: {
            migrationType: task.MigrationType ?? null,
            replicationInstance: instanceId,
            replicationInstanceStatus: instance?.ReplicationInstanceStatus ?? null,
            lastFailureMessage: task.LastFailureMessage ?? null,
            stopReason: task.StopReason ?? null,
            fullLoadProgressPercent: stats?.FullLoadProgressPercent ?? null,
            tablesLoaded: stats?.TablesLoaded ?? null,
            tablesLoading: stats?.TablesLoading ?? null,
            tablesErrored: stats?.TablesErrored ?? 0,
            startedAt: (stats?.StartDate ?? task.ReplicationTaskStartDate)?.toISOString() ?? null,
            stoppedAt: stats?.StopDate?.toISOString() ?? null,
            // DMS writes task logs to this group (when task logging is on); the log checks read it.
            logGroup: instanceId ? `dms-tasks-${instanceId}` : null,
        },
    };
}

// EXTERNAL MODULE: ./src/collectors/ecs/collector.ts
var ecs_collector = __webpack_require__(6353);
// EXTERNAL MODULE: ./src/collectors/elbv2/collector.ts
var elbv2_collector = __webpack_require__(9497);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-opensearch/dist-cjs/index.js
var client_opensearch_dist_cjs = __webpack_require__(2445);
// EXTERNAL MODULE: ./src/collectors/resource-filter.ts
var resource_filter = __webpack_require__(7569);
;// CONCATENATED MODULE: ./src/collectors/opensearch/collector.ts
// OpenSearch: every domain with its processing state, version, cluster config and endpoint.
// Cluster health (red/yellow) comes from CloudWatch metrics, not from this API.



const collector_ID = 'opensearch';
const DOMAINS_PER_DESCRIBE = 5; // DescribeDomains' documented maximum
const opensearchCollector = {
    id: collector_ID,
    title: 'Amazon OpenSearch Service',
    resourceTypes: ['opensearch:domain'],
    async collect(context) {
        const opensearch = context.clients.get(client_opensearch_dist_cjs/* OpenSearchClient */.iBl);
        const listed = await (0,attempt/* attempt */.CD)(context, collector_ID, { sdkService: 'OpenSearch', operation: 'ListDomainNames', scope: 'OpenSearch domains' }, () => opensearch.send(new client_opensearch_dist_cjs/* ListDomainNamesCommand */.CW3({})));
        // Domains the name filters would drop are not described at all.
        const keepName = (0,resource_filter/* makeNameFilter */.O7)(context.config.filters);
        const names = (listed?.DomainNames ?? []).map((d) => d.DomainName).filter((n) => Boolean(n) && keepName(n));
        const batches = await Promise.all((0,attempt/* chunk */.iv)(names, DOMAINS_PER_DESCRIBE).map((batch) => (0,attempt/* attempt */.CD)(context, collector_ID, { sdkService: 'OpenSearch', operation: 'DescribeDomains', scope: `OpenSearch domains ${batch.join(', ')}` }, () => opensearch.send(new client_opensearch_dist_cjs/* DescribeDomainsCommand */.CVH({ DomainNames: batch })))));
        const domains = batches.flatMap((b) => b?.DomainStatusList ?? []);
        context.progress(`OpenSearch: ${domains.length} domains`);
        const resources = domains.map((domain) => domainResource(context, domain));
        // Tags cost one call per domain: read them only when a tag filter needs them.
        const { includeTags, excludeTags } = context.config.filters;
        if (includeTags.length > 0 || excludeTags.length > 0) {
            await Promise.all(resources.map(async (resource) => {
                if (!resource.arn)
                    return;
                const tags = await (0,attempt/* attempt */.CD)(context, collector_ID, { sdkService: 'OpenSearch', operation: 'ListTags', scope: `tags of OpenSearch domain ${resource.id}` }, () => opensearch.send(new client_opensearch_dist_cjs/* ListTagsCommand */.bvr({ ARN: resource.arn })));
                resource.tags = (0,attempt/* tagsToRecord */.gR)(tags?.TagList);
            }));
        }
        return resources;
    },
};
function domainState(domain) {
    if (domain.Deleted)
        return 'deleted';
    if (domain.UpgradeProcessing)
        return 'upgrading';
    if (domain.Processing)
        return 'processing';
    return 'active';
}
function domainResource(context, domain) {
    const cluster = domain.ClusterConfig;
    const logs = Object.entries(domain.LogPublishingOptions ?? {})
        .filter(([, option]) => option.Enabled)
        .map(([type, option]) => `${type}=${option.CloudWatchLogsLogGroupArn?.split(':log-group:')[1]?.replace(/:\*$/, '') ?? '?'}`);
    const software = domain.ServiceSoftwareOptions;
    return {
        type: 'opensearch:domain',
        id: domain.DomainName ?? 'unknown',
        ...(domain.ARN ? { arn: domain.ARN } : {}),
        name: domain.DomainName ?? 'unknown',
        region: context.config.region,
        status: domainState(domain),
        tags: {},
        attributes: {
            engineVersion: domain.EngineVersion ?? null,
            instanceType: cluster?.InstanceType ?? null,
            instanceCount: cluster?.InstanceCount ?? null,
            dedicatedMaster: cluster?.DedicatedMasterEnabled ?? false,
            zoneAwareness: cluster?.ZoneAwarenessEnabled ?? false,
            warmEnabled: cluster?.WarmEnabled ?? false,
            ebsVolumeGiB: domain.EBSOptions?.VolumeSize ?? null,
            endpoint: domain.Endpoint ?? domain.EndpointV2 ?? Object.values(domain.Endpoints ?? {})[0] ?? null,
            processing: domain.Processing ?? false,
            upgradeProcessing: domain.UpgradeProcessing ?? false,
            domainProcessingStatus: domain.DomainProcessingStatus ?? null,
            serviceSoftwareUpdateAvailable: software?.UpdateAvailable ?? false,
            serviceSoftwareUpdateStatus: software?.UpdateStatus ?? null,
            serviceSoftwareAutomatedUpdateDate: software?.AutomatedUpdateDate?.toISOString() ?? null,
            serviceSoftwareDescription: software?.Description ?? null,
            logPublishing: logs.join(',') || null,
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-rds/dist-cjs/index.js
var client_rds_dist_cjs = __webpack_require__(7202);
;// CONCATENATED MODULE: ./src/collectors/rds/collector.ts
// RDS: every DB instance and Aurora cluster with status, storage, Multi-AZ, replica role, log
// exports, pending maintenance and recent RDS events. Four listings for the whole region.


const rds_collector_ID = 'rds';
const collector_PAGE = 100; // MaxRecords' documented maximum
const EVENT_DAYS_KEPT = 14; // RDS keeps events for 14 days
const EVENTS_KEPT = 10;
const rdsCollector = {
    id: rds_collector_ID,
    title: 'Amazon RDS',
    resourceTypes: ['rds:instance', 'rds:cluster'],
    async collect(context) {
        const rds = context.clients.get(client_rds_dist_cjs/* RDSClient */.rYe);
        const scope = (operation, what) => ({ sdkService: 'RDS', operation, scope: what });
        const [instances, clusters, maintenance, events] = await Promise.all([
            (0,attempt/* paginate */.En)(context, rds_collector_ID, scope('DescribeDBInstances', 'RDS DB instances'), async (Marker) => {
                const page = await rds.send(new client_rds_dist_cjs/* DescribeDBInstancesCommand */.hhJ({ Marker, MaxRecords: collector_PAGE }));
                return { items: page.DBInstances, next: page.Marker };
            }),
            (0,attempt/* paginate */.En)(context, rds_collector_ID, scope('DescribeDBClusters', 'RDS and Aurora DB clusters'), async (Marker) => {
                const page = await rds.send(new client_rds_dist_cjs/* DescribeDBClustersCommand */.Kdv({ Marker, MaxRecords: collector_PAGE }));
                return { items: page.DBClusters, next: page.Marker };
            }),
            (0,attempt/* paginate */.En)(context, rds_collector_ID, scope('DescribePendingMaintenanceActions', 'pending maintenance of RDS resources'), async (Marker) => {
                const page = await rds.send(new client_rds_dist_cjs/* DescribePendingMaintenanceActionsCommand */.YKU({ Marker, MaxRecords: collector_PAGE }));
                return { items: page.PendingMaintenanceActions, next: page.Marker };
            }),
            (0,attempt/* paginate */.En)(context, rds_collector_ID, scope('DescribeEvents', 'RDS events'), async (Marker) => {
                const { from, to } = eventWindow(context);
                const page = await rds.send(new client_rds_dist_cjs/* DescribeEventsCommand */.w6x({ StartTime: from, EndTime: to, Marker, MaxRecords: collector_PAGE }));
                return { items: page.Events, next: page.Marker };
            }),
        ]);
        context.progress(`RDS: ${instances.length} instances, ${clusters.length} clusters`);
        const maintenanceByArn = new Map(maintenance.map((m) => [m.ResourceIdentifier, m]));
        const eventsBySource = groupEvents(events);
        const writers = new Map();
        for (const cluster of clusters) {
            for (const member of cluster.DBClusterMembers ?? [])
                writers.set(member.DBInstanceIdentifier ?? '', member.IsClusterWriter ? 'writer' : 'reader');
        }
        return [
            ...instances.map((instance) => withExtras(instanceResource(context, instance, writers), maintenanceByArn, eventsBySource)),
            ...clusters.map((cluster) => withExtras(clusterResource(context, cluster), maintenanceByArn, eventsBySource)),
        ];
    },
};
/** The scan window, trimmed to the 14 days RDS keeps events for. */
function eventWindow(context) {
    const to = context.config.window.to;
    const earliest = new Date(context.now.getTime() - EVENT_DAYS_KEPT * 86_400_000 + 60_000);
    return { from: context.config.window.from > earliest ? context.config.window.from : earliest, to };
}
function groupEvents(events) {
    const bySource = new Map();
    for (const event of events) {
        const key = `${event.SourceType}|${event.SourceIdentifier}`;
        bySource.set(key, [...(bySource.get(key) ?? []), { at: event.Date?.toISOString() ?? '', message: event.Message ?? '' }]);
    }
    for (const list of bySource.values())
        list.sort((a, b) => b.at.localeCompare(a.at));
    return bySource;
}
function withExtras(resource, maintenance, events) {
    const actions = maintenance.get(resource.arn)?.PendingMaintenanceActionDetails ?? [];
    const dates = actions.flatMap((a) => [a.AutoAppliedAfterDate, a.ForcedApplyDate]).filter((d) => d instanceof Date).sort((a, b) => a.getTime() - b.getTime());
    resource.attributes.pendingMaintenance = actions.map((a) => a.Action).filter(Boolean).join(',') || null;
    resource.attributes.pendingMaintenanceDescription = actions.map((a) => a.Description).filter(Boolean).join('; ') || null;
    resource.attributes.pendingMaintenanceAutoApplyAfter = dates[0]?.toISOString() ?? null;
    const sourceType = resource.type === 'rds:instance' ? 'db-instance' : 'db-cluster';
    resource.events = (events.get(`${sourceType}|${resource.id}`) ?? []).slice(0, EVENTS_KEPT);
    return resource;
}
function instanceResource(context, db, clusterRoles) {
    const id = db.DBInstanceIdentifier ?? 'unknown';
    const exports = db.EnabledCloudwatchLogsExports ?? [];
    const role = clusterRoles.get(id) ?? (db.ReadReplicaSourceDBInstanceIdentifier ? 'replica' : (db.ReadReplicaDBInstanceIdentifiers?.length ?? 0) > 0 ? 'primary' : 'standalone');
    return {
        type: 'rds:instance',
        id,
        ...(db.DBInstanceArn ? { arn: db.DBInstanceArn } : {}),
        name: id,
        region: context.config.region,
        ...(db.DBInstanceStatus ? { status: db.DBInstanceStatus } : {}),
        tags: (0,attempt/* tagsToRecord */.gR)(db.TagList),
        attributes: {
            engine: db.Engine ?? null,
            engineVersion: db.EngineVersion ?? null,
            instanceClass: db.DBInstanceClass ?? null,
            multiAZ: db.MultiAZ ?? false,
            allocatedStorageGiB: db.AllocatedStorage ?? null,
            storageAutoscalingMaxGiB: db.MaxAllocatedStorage ?? null,
            storageType: db.StorageType ?? null,
            clusterId: db.DBClusterIdentifier ?? null,
            role,
            readReplicaSource: db.ReadReplicaSourceDBInstanceIdentifier ?? null,
            enabledLogExports: exports.join(',') || null,
            // Where RDS publishes each exported log (the log checks read these).
            logGroups: exports.map((log) => `/aws/rds/instance/${id}/${log}`).join(',') || null,
            pendingModifications: Object.keys(db.PendingModifiedValues ?? {}).filter((k) => db.PendingModifiedValues[k] !== undefined).join(',') || null,
            deletionProtection: db.DeletionProtection ?? false,
            backupRetentionDays: db.BackupRetentionPeriod ?? null,
            publiclyAccessible: db.PubliclyAccessible ?? false,
            createdAt: db.InstanceCreateTime?.toISOString() ?? null,
        },
    };
}
function clusterResource(context, cluster) {
    const id = cluster.DBClusterIdentifier ?? 'unknown';
    const exports = cluster.EnabledCloudwatchLogsExports ?? [];
    return {
        type: 'rds:cluster',
        id,
        ...(cluster.DBClusterArn ? { arn: cluster.DBClusterArn } : {}),
        name: id,
        region: context.config.region,
        ...(cluster.Status ? { status: cluster.Status } : {}),
        tags: (0,attempt/* tagsToRecord */.gR)(cluster.TagList),
        attributes: {
            engine: cluster.Engine ?? null,
            engineVersion: cluster.EngineVersion ?? null,
            multiAZ: cluster.MultiAZ ?? false,
            members: cluster.DBClusterMembers?.length ?? 0,
            writer: cluster.DBClusterMembers?.find((m) => m.IsClusterWriter)?.DBInstanceIdentifier ?? null,
            enabledLogExports: exports.join(',') || null,
            logGroups: exports.map((log) => `/aws/rds/cluster/${id}/${log}`).join(',') || null,
            deletionProtection: cluster.DeletionProtection ?? false,
            backupRetentionDays: cluster.BackupRetentionPeriod ?? null,
            createdAt: cluster.ClusterCreateTime?.toISOString() ?? null,
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-wafv2/dist-cjs/index.js
var client_wafv2_dist_cjs = __webpack_require__(8213);
;// CONCATENATED MODULE: ./src/collectors/wafv2/collector.ts
// WAF (v2, regional): web ACLs, where their logs go, and the load balancers they protect.


const wafv2_collector_ID = 'wafv2';
const wafv2_collector_PAGE = 100; // Limit's documented maximum
const wafv2Collector = {
    id: wafv2_collector_ID,
    title: 'AWS WAF',
    resourceTypes: ['wafv2:web-acl'],
    async collect(context) {
        const waf = context.clients.get(client_wafv2_dist_cjs/* WAFV2Client */.m5V);
        const scope = (operation, what) => ({ sdkService: 'WAFV2', operation, scope: what });
        const [acls, logging] = await Promise.all([
            (0,attempt/* paginate */.En)(context, wafv2_collector_ID, scope('ListWebACLs', 'regional web ACLs'), async (NextMarker) => {
                const page = await waf.send(new client_wafv2_dist_cjs/* ListWebACLsCommand */.vbB({ Scope: 'REGIONAL', NextMarker, Limit: wafv2_collector_PAGE }));
                return { items: page.WebACLs, next: page.NextMarker };
            }),
            (0,attempt/* paginate */.En)(context, wafv2_collector_ID, scope('ListLoggingConfigurations', 'web ACL logging configurations'), async (NextMarker) => {
                const page = await waf.send(new client_wafv2_dist_cjs/* ListLoggingConfigurationsCommand */._14({ Scope: 'REGIONAL', NextMarker, Limit: wafv2_collector_PAGE }));
                return { items: page.LoggingConfigurations, next: page.NextMarker };
            }),
        ]);
        context.progress(`WAF: ${acls.length} web ACLs`);
        const destinations = new Map(logging.map((l) => [l.ResourceArn, l.LogDestinationConfigs ?? []]));
        return Promise.all(acls.map(async (acl) => {
            // Only load balancers: the resources this tool watches (API Gateway, AppSync would cost a call each).
            const associated = await (0,attempt/* attempt */.CD)(context, wafv2_collector_ID, scope('ListResourcesForWebACL', `load balancers protected by web ACL ${acl.Name}`), () => waf.send(new client_wafv2_dist_cjs/* ListResourcesForWebACLCommand */.c3v({ WebACLArn: acl.ARN, ResourceType: 'APPLICATION_LOAD_BALANCER' })));
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
                    associatedLoadBalancers: associated ? associated.ResourceArns?.length ?? 0 : null,
                    loadBalancers: associated?.ResourceArns?.map((arn) => arn.split('/')[2] ?? arn).join(',') || null,
                },
            };
        }));
    },
};

;// CONCATENATED MODULE: ./src/collectors/registry.ts
// Every collector, keyed by service id. Adding a service: a folder with collector.ts and one line here.







const COLLECTORS = [ecs_collector/* ecsCollector */.R, elbv2_collector/* elbv2Collector */.hQ, rdsCollector, opensearchCollector, dmsCollector, wafv2Collector, collector/* cloudformationCollector */.k];


/***/ }),

/***/ 7569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ makeResourceFilter),
/* harmony export */   O7: () => (/* binding */ makeNameFilter),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
// Include/exclude resources by name glob and tag, as configured in [filters].
/** A glob with * and ? as a regular expression; everything else is literal (no user regex, no backtracking traps). */
function globToRegExp(glob) {
    const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    return new RegExp(`^${body}$`, 'i');
}
function hasTag(resource, filter) {
    const value = resource.tags[filter.key];
    return value !== undefined && (filter.value === undefined || value === filter.value);
}
function makeResourceFilter(filters) {
    const include = filters.includeNames.map(globToRegExp);
    const exclude = filters.excludeNames.map(globToRegExp);
    return (resource) => {
        if (include.length > 0 && !include.some((re) => re.test(resource.name)))
            return false;
        if (exclude.some((re) => re.test(resource.name)))
            return false;
        if (filters.includeTags.length > 0 && !filters.includeTags.some((f) => hasTag(resource, f)))
            return false;
        if (filters.excludeTags.some((f) => hasTag(resource, f)))
            return false;
        return true;
    };
}
/**
 * The name half of the filters, for collectors that can drop resources before describing them
 * (a name is known from a listing; tags are not). Resources it rejects would be dropped anyway.
 */
function makeNameFilter(filters) {
    const include = filters.includeNames.map(globToRegExp);
    const exclude = filters.excludeNames.map(globToRegExp);
    return (name) => (include.length === 0 || include.some((re) => re.test(name))) && !exclude.some((re) => re.test(name));
}


/***/ }),

/***/ 7840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   vb: () => (/* binding */ DURATION_HELP)
/* harmony export */ });
// Durations as people write them in config and flags: 15m, 36h, 7d, 2w, 1h30m.
const UNIT_MS = {
    ms: 1,
    s: 1_000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000,
};
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g;
const WHOLE = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d|w))+$/;
const DURATION_HELP = 'a duration such as 30m, 36h, 7d, 2w or 1h30m';
/** Milliseconds, or undefined when `text` is not a duration. */
function parseDuration(text) {
    const compact = text.trim().toLowerCase().replace(/\s+/g, '');
    if (!WHOLE.test(compact))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of compact.matchAll(PART))
        total += Number(amount) * UNIT_MS[unit];
    return total > 0 ? total : undefined;
}
function formatDuration(ms) {
    if (ms % UNIT_MS.d === 0)
        return `${ms / UNIT_MS.d}d`;
    if (ms % UNIT_MS.h === 0)
        return `${ms / UNIT_MS.h}h`;
    if (ms % UNIT_MS.m === 0)
        return `${ms / UNIT_MS.m}m`;
    if (ms % UNIT_MS.s === 0)
        return `${ms / UNIT_MS.s}s`;
    return `${ms}ms`;
}


/***/ }),

/***/ 1452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ MAX_MATCHED_CHARS),
/* harmony export */   o: () => (/* binding */ unsafeRegexReason)
/* harmony export */ });
/* harmony import */ var safe_regex2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8700);
/* harmony import */ var safe_regex2__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(safe_regex2__WEBPACK_IMPORTED_MODULE_0__);
// User regexes run over millions of log lines in a backtracking engine (JavaScript) and are sent
// to Logs Insights (an RE2-style engine). A pattern is accepted only if it is valid in both and
// cannot backtrack catastrophically: no backreferences, no lookaround, no repetition of something
// that itself repeats ((a+)+, (a*)*: safe-regex2's star-height test) and no repetition of an
// alternation ((a|ab)*), whose overlapping branches blow up the same way, and no two repetitions in
// sequence that can match the same text (.*.*x, \w+\d+x: polynomial, seconds on one 4 KiB line;
// one such pair is allowed after a leading ^, where it is only quadratic). What is left can still be
// quadratic in a line's length (an unanchored [a-z]+@x over "aaaa..."), so the engines run user
// patterns over at most MAX_MATCHED_CHARS of each line.

const MAX_LENGTH = 500;
/** Characters of a line user patterns are matched against (the rest of a longer line is not searched). */
const MAX_MATCHED_CHARS = 4_096;
/** Why the pattern is refused, or undefined when it is safe to run. */
function unsafeRegexReason(pattern) {
    if (pattern === '')
        return 'must not be empty';
    if (pattern.length > MAX_LENGTH)
        return `is ${pattern.length} characters long; at most ${MAX_LENGTH} are allowed`;
    try {
        new RegExp(pattern);
    }
    catch (error) {
        return `is not a valid regular expression: ${error.message.replace(/^Invalid regular expression: /, '')}`;
    }
    const source = withoutEscapesAndClasses(pattern);
    if (/\\[1-9]|\\k</.test(pattern))
        return 'uses a backreference, which Logs Insights does not run and which can backtrack without bound';
    if (/\(\?<?[=!]/.test(source))
        return 'uses lookahead or lookbehind, which Logs Insights does not run';
    if (!safe_regex2__WEBPACK_IMPORTED_MODULE_0___default()(pattern))
        return 'repeats something that itself repeats (like (a+)+), which can take exponential time; rewrite it without the nesting';
    if (repeatsAnAlternation(source))
        return 'repeats an alternation (like (a|ab)*), which can take exponential time; repeat a character class instead';
    if (hasOverlappingRepeats(pattern)) {
        return 'has repetitions that can match the same text one after another (like .*.*x or \\w+\\d+x), which can take polynomial time on a long line; make the parts between them distinct, or bound them ({1,50})';
    }
    return undefined;
}
// Escapes and [...] classes replaced by a plain character, so parentheses and bars inside them do not count.
function withoutEscapesAndClasses(pattern) {
    let out = '';
    for (let i = 0; i < pattern.length; i += 1) {
        const c = pattern[i];
        if (c === '\\') {
            i += 1;
            out += 'x';
        }
        else if (c === '[') {
            i += 1;
            if (pattern[i] === ']')
                i += 1;
            while (i < pattern.length && pattern[i] !== ']') {
                if (pattern[i] === '\\')
                    i += 1;
                i += 1;
            }
            out += 'x';
        }
        else
            out += c;
    }
    return out;
}
const QUANTIFIER = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/;
const PROBES = ['a', 'b', 'x', 'A', 'Z', '0', '9', ' ', '\t', '-', '_', '.', ':', '/', '!', '"', '=', '@', ',', '#', '\u00e9'];
function hasOverlappingRepeats(pattern) {
    const atoms = atomsOf(pattern);
    const repeats = atoms.filter((a) => a.unbounded);
    if (repeats.length < 2)
        return false;
    const literals = new Set(PROBES);
    for (const c of pattern)
        literals.add(c);
    const overlapping = (a, b) => {
        const between = balanced(pattern.slice(quantifierEnd(pattern, a), b.start));
        const candidates = new Set(literals);
        for (const source of [between, pattern.slice(a.start, a.end), pattern.slice(b.start, b.end)]) {
            const text = literalText(source);
            if (text)
                candidates.add(text);
            candidates.add(sampleOf(source));
        }
        try {
            const first = new RegExp(`^(?:${pattern.slice(a.start, a.end)})+$`, 'i');
            const second = new RegExp(`^(?:${pattern.slice(b.start, b.end)})+$`, 'i');
            const middle = new RegExp(`^(?:${between})$`, 'i');
            for (const w of candidates) {
                if (w === '' || !first.test(w) || !second.test(w))
                    continue;
                for (let k = 0; k <= 8; k += 1)
                    if (middle.test(w.repeat(k)))
                        return true;
            }
        }
        catch {
            return false;
        }
        return false;
    };
    // Anchored at the start, one overlapping pair is only quadratic in the (capped) line: allow it, not a chain of three.
    const anchored = pattern.startsWith('^') && !hasTopLevelBar(pattern);
    for (let i = 0; i < repeats.length; i += 1) {
        for (let j = i + 1; j < repeats.length; j += 1) {
            if (!overlapping(repeats[i], repeats[j]))
                continue;
            if (!anchored)
                return true;
            for (let k = j + 1; k < repeats.length; k += 1)
                if (overlapping(repeats[j], repeats[k]))
                    return true;
        }
    }
    return false;
}
// The pattern's atoms in order; a group followed by a quantifier is one atom, any other group is transparent.
function atomsOf(pattern) {
    const atoms = [];
    const groups = [];
    let i = 0;
    while (i < pattern.length) {
        const c = pattern[i];
        let end;
        if (c === '(') {
            groups.push({ start: i, firstAtom: atoms.length });
            i += /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(pattern.slice(i))[0].length;
            continue;
        }
        if (c === ')') {
            const group = groups.pop();
            i += 1;
            const q = QUANTIFIER.exec(pattern.slice(i));
            if (group && q) {
                atoms.length = group.firstAtom;
                atoms.push({ start: group.start, end: i, unbounded: isUnbounded(q[0]) });
                i += q[0].length;
            }
            continue;
        }
        if (c === '|' || c === '^' || c === '$') {
            i += 1;
            continue;
        }
        if (c === '\\')
            end = escapeEnd(pattern, i);
        else if (c === '[')
            end = classEnd(pattern, i);
        else
            end = i + 1;
        const q = QUANTIFIER.exec(pattern.slice(end));
        atoms.push({ start: i, end, unbounded: q !== null && isUnbounded(q[0]) });
        i = end + (q?.[0].length ?? 0);
    }
    return atoms;
}
function isUnbounded(quantifier) {
    return quantifier[0] === '*' || quantifier[0] === '+' || /^\{\d+,\}/.test(quantifier);
}
function quantifierEnd(pattern, atom) {
    return atom.end + (QUANTIFIER.exec(pattern.slice(atom.end))?.[0].length ?? 0);
}
function escapeEnd(pattern, i) {
    const next = pattern[i + 1];
    // Without the u flag, \x and \u not followed by hex digits are the letters themselves.
    if (next === 'x' && /^[0-9a-f]{2}/i.test(pattern.slice(i + 2)))
        return i + 4;
    if (next === 'u' && /^[0-9a-f]{4}/i.test(pattern.slice(i + 2)))
        return i + 6;
    if (next === 'c' && /^[a-z]/i.test(pattern.slice(i + 2)))
        return i + 3;
    return Math.min(pattern.length, i + 2);
}
function classEnd(pattern, i) {
    let j = i + 1;
    if (pattern[j] === '^')
        j += 1;
    if (pattern[j] === ']')
        j += 1;
    while (j < pattern.length && pattern[j] !== ']')
        j += pattern[j] === '\\' ? 2 : 1;
    return Math.min(pattern.length, j + 1);
}
// The text between two atoms with the parentheses it does not close (or open) removed.
function balanced(text) {
    const out = [];
    const open = [];
    for (let i = 0; i < text.length; i += 1) {
        const c = text[i];
        if (c === '\\') {
            out.push(text.slice(i, i + 2));
            i += 1;
        }
        else if (c === '[') {
            const end = classEnd(text, i);
            out.push(text.slice(i, end));
            i = end - 1;
        }
        else if (c === '(') {
            const opening = /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(text.slice(i))[0];
            open.push(out.length);
            out.push(opening);
            i += opening.length - 1;
        }
        else if (c === ')') {
            if (open.length > 0) {
                open.pop();
                out.push(c);
            }
            else
                out.push('');
        }
        else
            out.push(c);
    }
    for (const index of open)
        out[index] = '';
    // A quantifier left at the start (its atom was cut off) repeats nothing.
    return out.join('').replace(/^(?:[*+?]|\{\d+(?:,\d*)?\})+\??/, '');
}
// The text a source matches when it is plain characters (escaped punctuation allowed), else undefined.
function literalText(source) {
    const inner = source.startsWith('(?:') && source.endsWith(')') ? source.slice(3, -1) : source.startsWith('(') && source.endsWith(')') ? source.slice(1, -1) : source;
    if (inner === '' || /[.*+?^${}()|[\]]/.test(inner.replace(/\\[^A-Za-z0-9]/g, '')))
        return undefined;
    if (/\\[A-Za-z0-9]/.test(inner))
        return undefined;
    return inner.replace(/\\(.)/g, '$1');
}
// One string a source matches, roughly: each class or escape stands for one character it matches.
function sampleOf(source) {
    let out = '';
    for (let i = 0; i < source.length; i += 1) {
        const c = source[i];
        if (c === '|')
            break;
        if (c === '\\') {
            const e = source[i + 1] ?? '';
            out += { d: '0', w: 'a', s: ' ', D: 'a', W: '-', S: 'a', b: '', B: '' }[e] ?? e;
            i += 1;
        }
        else if (c === '[') {
            const end = classEnd(source, i);
            const body = source.slice(i + 1, end - 1);
            out += body.startsWith('^') ? '!' : body.startsWith('\\') ? (sampleOf(body.slice(0, 2)) || 'a') : (body[0] ?? '');
            i = end - 1;
        }
        else if (c === '.')
            out += 'a';
        else if ('()*+?^$'.includes(c))
            continue;
        else if (c === '{') {
            const close = source.indexOf('}', i);
            if (close > i && /^\{\d+(,\d*)?\}$/.test(source.slice(i, close + 1)))
                i = close;
            else
                out += c;
        }
        else
            out += c;
    }
    return out;
}
function hasTopLevelBar(pattern) {
    const source = withoutEscapesAndClasses(pattern);
    let depth = 0;
    for (const c of source) {
        if (c === '(')
            depth += 1;
        else if (c === ')')
            depth -= 1;
        else if (c === '|' && depth === 0)
            return true;
    }
    return false;
}
function repeatsAnAlternation(source) {
    const open = [];
    for (let i = 0; i < source.length; i += 1) {
        const c = source[i];
        if (c === '(')
            open.push({ start: i, hasBar: false });
        else if (c === '|' && open.length > 0)
            open[open.length - 1].hasBar = true;
        else if (c === ')') {
            const group = open.pop();
            const next = source[i + 1];
            const repeated = next === '*' || next === '+' || (next === '{' && /^\{\d*,\d*\}|^\{\d{2,}\}/.test(source.slice(i + 1)));
            if (group?.hasBar && repeated)
                return true;
        }
    }
    return false;
}


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ ACCOUNT_SECTION),
/* harmony export */   Uf: () => (/* binding */ LOG_PATTERN_SECTION),
/* harmony export */   Zf: () => (/* binding */ MAX_WINDOW_MS),
/* harmony export */   ai: () => (/* binding */ number),
/* harmony export */   bP: () => (/* binding */ SECTIONS),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   v5: () => (/* binding */ DETECTOR_COMMON),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/* unused harmony exports OUTPUT_FORMATS, LOG_ENGINES, splitList */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8532);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6867);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);
/* harmony import */ var _regex_safety_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1452);
// Every setting aws-monitor reads, as data: section, key, how it is parsed and what is allowed.
// config.ini, AWS_MONITOR_* variables, CLI flags and Action inputs all go through these specs.




const MAX_WINDOW_MS = 90 * 86_400_000;
const OUTPUT_FORMATS = ['text', 'markdown', 'json'];
const LOG_ENGINES = ['auto', 'insights', 'filter'];
const text = (allowed) => ({ schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), allowed });
function oneOf(values) {
    return {
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
            const lower = value.trim().toLowerCase();
            if (values.includes(lower))
                return lower;
            ctx.addIssue({ code: 'custom', message: `must be one of ${values.join(', ')}` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }),
        allowed: values.join(' | '),
    };
}
function integer(min, max) {
    return {
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
            const n = Number(value.trim());
            if (Number.isInteger(n) && n >= min && n <= max)
                return n;
            ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }),
        allowed: `${min}..${max}`,
    };
}
function number(min, max) {
    return {
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
            const n = Number(value.trim());
            if (value.trim() !== '' && Number.isFinite(n) && n >= min && n <= max)
                return n;
            ctx.addIssue({ code: 'custom', message: `must be a number from ${min} to ${max}` });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }),
        allowed: `${min}..${max}`,
    };
}
const boolean = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
        const lower = value.trim().toLowerCase();
        if (['true', 'yes', 'on', '1'].includes(lower))
            return true;
        if (['false', 'no', 'off', '0'].includes(lower))
            return false;
        ctx.addIssue({ code: 'custom', message: 'must be true or false' });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }),
    allowed: 'true | false',
};
function duration(maxMs, maxText) {
    return {
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
            const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(value);
            if (ms === undefined) {
                ctx.addIssue({ code: 'custom', message: `must be ${_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_HELP */ .vb}` });
                return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
            }
            if (ms > maxMs) {
                ctx.addIssue({ code: 'custom', message: `must be at most ${maxText}` });
                return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
            }
            return ms;
        }),
        allowed: `${_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_HELP */ .vb}, at most ${maxText}`,
    };
}
const timestamp = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
        const trimmed = value.trim();
        const date = new Date(trimmed);
        if (/^\d{4}-\d{2}-\d{2}/.test(trimmed) && !Number.isNaN(date.getTime()))
            return date;
        ctx.addIssue({ code: 'custom', message: 'must be an ISO-8601 time such as 2026-11-20T08:00:00Z' });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }),
    allowed: 'an ISO-8601 time such as 2026-11-20T08:00:00Z',
};
/** Comma-separated, blanks dropped. */
function splitList(value) {
    return value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
const list = (allowed) => ({
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value) => splitList(value)),
    allowed,
});
const regexList = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
        // Patterns are separated by newlines-in-a-value being impossible in INI, so by " || ".
        const patterns = value
            .split('||')
            .map((p) => p.trim())
            .filter((p) => p !== '');
        for (const pattern of patterns) {
            try {
                new RegExp(pattern);
            }
            catch (error) {
                ctx.addIssue({ code: 'custom', message: `invalid regular expression /${pattern}/: ${error.message.replace(/^Invalid regular expression: /, '')}` });
                return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
            }
            // Run on every log line: the same safety rules as [log_pattern:NAME] regex.
            const problem = (0,_regex_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .unsafeRegexReason */ .o)(pattern);
            if (problem) {
                ctx.addIssue({ code: 'custom', message: `/${pattern}/: ${problem}` });
                return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
            }
        }
        return patterns;
    }),
    allowed: 'regular expressions separated by ||',
};
const tagList = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
        const filters = [];
        for (const item of splitList(value)) {
            const [key, ...rest] = item.split('=');
            if (!key?.trim()) {
                ctx.addIssue({ code: 'custom', message: `"${item}" is not KEY or KEY=VALUE` });
                return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
            }
            const tagValue = rest.join('=').trim();
            filters.push(rest.length === 0 || tagValue === '*' ? { key: key.trim() } : { key: key.trim(), value: tagValue });
        }
        return filters;
    }),
    allowed: 'KEY=VALUE or KEY pairs separated by commas',
};
const region = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
        const trimmed = value.trim();
        if (/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/.test(trimmed))
            return trimmed;
        ctx.addIssue({ code: 'custom', message: 'must be an AWS region code such as us-east-2' });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }),
    allowed: 'an AWS region code such as us-east-2',
};
const url = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
        try {
            const parsed = new URL(value.trim());
            if (parsed.protocol === 'http:' || parsed.protocol === 'https:')
                return value.trim();
        }
        catch {
            // fall through to the message below
        }
        ctx.addIssue({ code: 'custom', message: 'must be an http(s) URL such as http://127.0.0.1:5000' });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }),
    allowed: 'an http(s) URL',
};
const roleArn = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
        if (/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(value.trim()))
            return value.trim();
        ctx.addIssue({ code: 'custom', message: 'must be an IAM role ARN such as arn:aws:iam::123456789012:role/aws-monitor' });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }),
    allowed: 'an IAM role ARN',
};
/** One user regex that must run in linear time: see regex-safety.ts. */
const safeRegex = {
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().transform((value, ctx) => {
        const problem = (0,_regex_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .unsafeRegexReason */ .o)(value.trim());
        if (problem) {
            ctx.addIssue({ code: 'custom', message: problem });
            return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
        }
        return value.trim();
    }),
    allowed: 'a regular expression without backreferences, lookaround or nested repetition',
};
const secret = (allowed) => ({ schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1, 'must not be empty'), allowed, secret: true });
/** The fixed sections. `services` is checked against the collector registry by the loader. */
const SECTIONS = {
    aws: {
        region,
        profile: text('a profile name from ~/.aws/config'),
        endpoint_url: url,
        max_attempts: integer(1, 20),
        request_timeout: duration(600_000, '10m'),
    },
    scan: {
        since: duration(MAX_WINDOW_MS, '90d'),
        from: timestamp,
        to: timestamp,
        services: list('service ids separated by commas'),
        concurrency: integer(1, 50),
        account_concurrency: integer(1, 100),
        deadline: duration(6 * 3_600_000, '6h'),
    },
    filters: {
        cloudformation_prefix: text('a stack name prefix (may be empty)'),
        cloudformation_suffix: text('a stack name suffix (may be empty)'),
        include_names: list('name globs separated by commas, e.g. pp-*, api-?'),
        exclude_names: list('name globs separated by commas'),
        include_tags: tagList,
        exclude_tags: tagList,
    },
    metrics: {
        enabled: boolean,
        max_points_per_series: integer(60, 1440),
    },
    logs: {
        enabled: boolean,
        engine: oneOf(LOG_ENGINES),
        error_patterns: regexList,
        extra_log_groups: list('log group names separated by commas'),
        recent: duration(30 * 86_400_000, '30d'),
        scan_budget_mb: integer(1, 10_000_000),
        filter_max_mb: integer(0, 10_000),
        max_events_per_source: integer(100, 1_000_000),
        max_events_total: integer(1_000, 10_000_000),
    },
    output: {
        format: oneOf(OUTPUT_FORMATS),
        file: text('a file path'),
        fail_on: oneOf([..._report_model_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITIES */ .oC, 'never']),
        min_severity: oneOf(_report_model_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITIES */ .oC),
        markdown_min_severity: oneOf(_report_model_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITIES */ .oC),
        annotations_min_severity: oneOf(_report_model_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITIES */ .oC),
        merge_related: boolean,
    },
    gate: {
        window: duration(7 * 86_400_000, '7d'),
        confidence: number(0.5, 0.9999),
        tolerance_percent: number(0, 1000),
        pass_score: number(0, 100),
        marginal_score: number(0, 100),
        min_samples: integer(3, 10_000),
        new_signature_min_count: integer(1, 1_000_000),
        fail_on_marginal: boolean,
    },
    credentials: {
        aws_access_key_id: secret('an access key id'),
        aws_secret_access_key: secret('a secret access key'),
        aws_session_token: secret('a session token'),
    },
};
const ACCOUNT_SECTION = {
    role_arn: roleArn,
    external_id: { ...text('the external id the role requires'), secret: true },
    regions: list('AWS region codes separated by commas'),
    session_name: { ...text('a role session name: 2-64 of A-Z a-z 0-9 _ = , . @ -'), schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[\w+=,.@-]{2,64}$/, 'must be 2-64 of A-Z a-z 0-9 _ + = , . @ -') },
};
const LOG_PATTERN_SECTION = {
    regex: safeRegex,
    ignore_case: boolean,
    severity: oneOf(_report_model_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITIES */ .oC),
    min_count: integer(1, 1_000_000),
    log_groups: list('log group name globs separated by commas'),
};
const DETECTOR_COMMON = {
    enabled: boolean,
    severity: oneOf(_report_model_js__WEBPACK_IMPORTED_MODULE_4__/* .SEVERITIES */ .oC),
};
const DEFAULTS = {
    region: 'us-east-2',
    maxAttempts: 5,
    requestTimeoutMs: 30_000,
    sinceMs: 86_400_000,
    concurrency: 8,
    accountConcurrency: 4,
    // 24 h at 2-minute periods; 140 series per GetMetricData call.
    maxPointsPerSeries: 720,
    cloudformationPrefix: 'pp',
    cloudformationSuffix: 'production',
    errorPatterns: ['\\b(ERROR|FATAL|PANIC|CRITICAL)\\b', 'Exception\\b', 'Traceback \\(most recent call last\\)'],
    logRecentMs: 3_600_000,
    // 10 GiB: about $0.05 of Logs Insights scanning at the us-east-2 price of $0.005/GB.
    logScanBudgetMb: 10_240,
    // About 50 FilterLogEvents pages: a few seconds at 10 requests/s.
    logFilterMaxMb: 50,
    maxEventsPerSource: 10_000,
    // About 120 MB of kept lines at the most, however many log groups a scan reads (BENCHMARKS.md).
    maxEventsTotal: 100_000,
    format: 'text',
    failOn: 'high',
    minSeverity: 'info',
    // Info findings are facts, not problems: never an annotation on the run unless asked.
    annotationsMinSeverity: 'low',
};


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
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);
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
        super(`the scan's deadline of ${(0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(deadlineMs)} was reached ([scan] deadline, --deadline)`);
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
    return `deadline reached before ${what}: the scan stops after ${(0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(deadlineMs)} ([scan] deadline, --deadline)`;
}
function startDeadline(ms) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DeadlineReached(ms)), ms);
    timer.unref?.();
    return { ms, signal: controller.signal, dispose: () => clearTimeout(timer) };
}


/***/ }),

/***/ 4207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ hoursText),
/* harmony export */   Q9: () => (/* binding */ summedBins),
/* harmony export */   Sw: () => (/* binding */ windowView),
/* harmony export */   T5: () => (/* binding */ countSeries),
/* harmony export */   Xy: () => (/* binding */ isRising),
/* harmony export */   ZR: () => (/* binding */ binTime),
/* harmony export */   _V: () => (/* binding */ perHour),
/* harmony export */   cM: () => (/* binding */ runStart),
/* harmony export */   eC: () => (/* binding */ owner),
/* harmony export */   iR: () => (/* binding */ signatureLogs),
/* harmony export */   it: () => (/* binding */ findingResource),
/* harmony export */   kb: () => (/* binding */ topCounts),
/* harmony export */   lD: () => (/* binding */ split),
/* harmony export */   o_: () => (/* binding */ firstBinWith)
/* harmony export */ });
/* unused harmony exports sumBins, spans */
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6867);
/* harmony import */ var _metric_evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3269);
// How log findings show their numbers: counts now vs. before, rates, where, and one example.


function sumBins(bins, from, to) {
    if (!bins)
        return 0;
    let total = 0;
    for (let i = Math.max(0, from); i < Math.min(to, bins.length); i += 1)
        total += bins[i];
    return total;
}
/**
 * Hours in the baseline and in the recent window. The baseline starts where the group's logs do:
 * a group that began logging 12 hours into a 24-hour window has a 12-hour baseline, not 24.
 */
function spans(digest, recentFromBin) {
    const hours = digest.binSeconds / 3600;
    const total = digest.counts.total;
    let first = 0;
    if (total)
        while (first < recentFromBin && total[first] === 0)
            first += 1;
    return { baselineHours: (recentFromBin - first) * hours, recentHours: (digest.binCount - recentFromBin) * hours };
}
/** Recent and baseline totals of one per-bin series. */
function split(bins, digest, recentFromBin) {
    return { recent: sumBins(bins, recentFromBin, digest.binCount), baseline: sumBins(bins, 0, recentFromBin) };
}
/** The resource a log finding is about: the owner of the logs, else the log group itself. */
function findingResource(input) {
    return input.resource ? (0,_report_model_js__WEBPACK_IMPORTED_MODULE_1__/* .refOf */ .H8)(input.resource) : { type: 'logs:log-group', id: input.digest.source.logGroup };
}
/** The spans and every signature's split, once per digest: detectors sort and filter on them. */
function windowView(digest, recentFromBin) {
    return { ...spans(digest, recentFromBin), signatures: digest.signatures.map((signature) => ({ signature, ...split(signature.bins, digest, recentFromBin) })) };
}
function signatureLogs(input, counts) {
    const { digest, view } = input;
    const { signature, recent, baseline } = counts;
    return {
        logGroup: digest.source.logGroup,
        signature: signature.title,
        recent,
        baseline,
        recentHours: view.recentHours,
        baselineHours: view.baselineHours,
        firstSeen: (0,_metric_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .iso */ .KH)(signature.firstSeen),
        lastSeen: (0,_metric_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .iso */ .KH)(signature.lastSeen),
        example: signature.example,
        ...(digest.sampled ? { sampled: true } : {}),
    };
}
/** Several signatures' occurrences added up, bin by bin. */
function summedBins(signatures) {
    const sum = new Array(signatures[0]?.bins.length ?? 0).fill(0);
    for (const s of signatures)
        for (let i = 0; i < sum.length; i += 1)
            sum[i] += s.bins[i];
    return sum;
}
/** Occurrences per bin as a series, so the report can draw its shape. */
function countSeries(digest, bins, name) {
    return {
        metric: 'log_events',
        namespace: 'CloudWatch Logs',
        name,
        stat: 'Count',
        unit: 'count',
        periodSeconds: digest.binSeconds,
        start: (0,_metric_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .iso */ .KH)(digest.startMs),
        values: [...bins],
    };
}
/** "12 in the last 1 h" / "3 per hour over the 23 h before". */
function perHour(count, hours) {
    if (hours <= 0)
        return `${count}`;
    const rate = count / hours;
    return `${rate >= 10 ? Math.round(rate) : rate.toFixed(rate >= 1 ? 1 : 2)}/h`;
}
function hoursText(hours) {
    if (hours >= 48)
        return `${Math.round(hours / 24)} d`;
    if (hours >= 1)
        return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
    return `${Math.round(hours * 60)} min`;
}
/** Where the recent window starts, for `since` when nothing more precise is known. */
function firstBinWith(bins, from) {
    for (let i = from; i < bins.length; i += 1)
        if (bins[i] > 0)
            return i;
    return undefined;
}
function binTime(digest, bin) {
    return (0,_metric_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .iso */ .KH)(digest.startMs + bin * digest.binSeconds * 1000);
}
/** The counts of the most frequent values, "a (12), b (3)". */
function topCounts(values, limit) {
    const counts = new Map();
    for (const value of values)
        counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, limit)
        .map(([value, n]) => `${value} (${n})`)
        .join(', ');
}
/** Who the logs belong to, for titles: "checkout" for an ECS service, the group otherwise. */
function owner(input) {
    return input.resource?.name ?? input.digest.source.logGroup;
}
/**
 * A signature is rising when its recent rate is `factor` times its baseline rate (a signature absent
 * from the baseline counts as once in it, so a new one must still be frequent) and it happened at
 * least `minCount` times recently.
 */
function isRising(counts, view, factor, minCount) {
    const { recent, baseline } = counts;
    const { baselineHours, recentHours } = view;
    if (recent < minCount || baselineHours <= 0 || recentHours <= 0)
        return false;
    return recent / recentHours >= (factor * Math.max(baseline, 1)) / baselineHours;
}
/** The bin where a run of elevated values that lasts to the end begins. */
function runStart(values, from, elevated) {
    let start = values.length;
    for (let i = values.length - 1; i >= from; i -= 1) {
        if (elevated(values[i], i))
            start = i;
        else if (start < values.length)
            break;
    }
    return start < values.length ? start : from;
}


/***/ }),

/***/ 3269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bt: () => (/* binding */ findingSeries),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   GI: () => (/* binding */ readableTime),
/* harmony export */   KH: () => (/* binding */ iso),
/* harmony export */   R$: () => (/* binding */ cleanSeries)
/* harmony export */ });
// How metric findings show their numbers: values in their unit, and the series itself.
const UNITS = {
    percent: (v) => `${round(v)}%`,
    count: (v) => round(v),
    seconds: (v) => (v < 1 ? `${round(v * 1000)} ms` : `${round(v)} s`),
    milliseconds: (v) => (v < 1000 ? `${round(v)} ms` : `${round(v / 1000)} s`),
    bytes: (v) => bytes(v),
    megabytes: (v) => bytes(v * 1024 * 1024),
    'bytes/second': (v) => `${bytes(v)}/s`,
};
function formatValue(value, unit) {
    return (UNITS[unit] ?? round)(value);
}
function round(v) {
    const abs = Math.abs(v);
    const digits = abs >= 100 || Number.isInteger(v) ? 0 : abs >= 10 ? 1 : 2;
    return v.toFixed(digits);
}
function bytes(v) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = v;
    let i = 0;
    while (Math.abs(value) >= 1024 && i < units.length - 1) {
        value /= 1024;
        i += 1;
    }
    return `${round(value)} ${units[i]}`;
}
/**
 * The series as detectors may assume it: finite timestamps and values only, in time order (stable for
 * repeated timestamps). CloudWatch never returns anything else, but a NaN or an unsorted point must
 * not become "NaN%" in a finding or a negative-length array. The input itself when already clean.
 */
function cleanSeries(series) {
    const { timestamps, values } = series;
    let clean = timestamps.length === values.length;
    for (let i = 0; clean && i < timestamps.length; i += 1) {
        clean = Number.isFinite(timestamps[i]) && Number.isFinite(values[i]) && (i === 0 || timestamps[i] >= timestamps[i - 1]);
    }
    if (clean)
        return series;
    const points = [];
    for (let i = 0; i < Math.min(timestamps.length, values.length); i += 1) {
        if (Number.isFinite(timestamps[i]) && Number.isFinite(values[i]))
            points.push([timestamps[i], values[i]]);
    }
    points.sort((a, b) => a[0] - b[0]);
    return { ...series, timestamps: points.map((p) => p[0]), values: points.map((p) => p[1]) };
}
/** The series on the period grid of the window, null where CloudWatch had no point. */
function findingSeries(series) {
    const period = series.periodSeconds * 1000;
    const first = series.timestamps[0] ?? 0;
    const last = series.timestamps.at(-1) ?? first;
    const values = new Array(Math.round((last - first) / period) + 1).fill(null);
    for (let i = 0; i < series.timestamps.length; i += 1)
        values[Math.round((series.timestamps[i] - first) / period)] = series.values[i];
    return {
        metric: series.spec.id,
        namespace: series.spec.namespace,
        name: series.spec.metricName,
        stat: series.spec.stat,
        unit: series.spec.unit,
        periodSeconds: series.periodSeconds,
        start: new Date(first).toISOString(),
        values,
    };
}
const iso = (ms) => new Date(ms).toISOString();
/** A time for reading in evidence: 2026-11-25 12:56 UTC. */
const readableTime = (ms) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;


/***/ }),

/***/ 9857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X5: () => (/* binding */ LOG_DETECTORS),
  ZU: () => (/* binding */ METRIC_DETECTORS),
  x$: () => (/* binding */ RESOURCE_STATE_DETECTORS),
  yv: () => (/* binding */ detectorCatalog)
});

// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
;// CONCATENATED MODULE: ./src/detectors/cloudformation-stack-drifted/detector.ts

// Drift is only known from the last drift detection someone ran; this tool does not start one (read-only).
const cloudformationStackDrifted = {
    id: 'cloudformation_stack_drifted',
    cause: null,
    title: 'CloudFormation stack drifted from its template',
    description: 'The last drift detection found resources changed outside CloudFormation.',
    resourceTypes: ['cloudformation:stack'],
    thresholds: {},
    detect({ resource }) {
        if (resource.attributes.driftStatus !== 'DRIFTED')
            return [];
        return [
            {
                severity: 'low',
                resource: (0,model/* refOf */.H8)(resource),
                title: 'stack has drifted from its template: the next update may revert manual changes',
                evidence: [{ label: 'drift status', value: 'DRIFTED (from the last drift detection)' }],
                nextStep: `\`aws cloudformation describe-stack-resource-drifts --stack-name ${resource.name} --stack-resource-drift-status-filters MODIFIED DELETED\``,
            },
        ];
    },
};

// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
;// CONCATENATED MODULE: ./src/detectors/cloudformation-stack-unhealthy/detector.ts


// UPDATE_ROLLBACK_FAILED leaves a stack that can be neither updated nor rolled back by itself.
const STUCK = new Set(['UPDATE_ROLLBACK_FAILED', 'ROLLBACK_FAILED', 'DELETE_FAILED', 'IMPORT_ROLLBACK_FAILED']);
function classify(status) {
    if (STUCK.has(status))
        return 'critical';
    if (status.endsWith('_FAILED') || status === 'ROLLBACK_COMPLETE')
        return 'high';
    if (status.includes('ROLLBACK'))
        return 'medium'; // UPDATE_ROLLBACK_COMPLETE: the last update did not apply
    return undefined;
}
const cloudformationStackUnhealthy = {
    id: 'cloudformation_stack_unhealthy',
    cause: 'availability',
    title: 'CloudFormation stack failed, rolled back or stuck',
    description: 'The stack status is *_FAILED or *ROLLBACK*, or an operation has been IN_PROGRESS for too long.',
    resourceTypes: ['cloudformation:stack'],
    thresholds: {
        stuck_after_minutes: {
            spec: (0,schema/* integer */.nd)(0, 10_080),
            default: 60,
            description: 'An *_IN_PROGRESS status older than this is reported as stuck.',
        },
    },
    detect({ resource, thresholds, now }) {
        const status = resource.status ?? '';
        const updatedAt = typeof resource.attributes.lastUpdatedAt === 'string' ? resource.attributes.lastUpdatedAt : undefined;
        const ref = (0,model/* refOf */.H8)(resource);
        // Events are newest first: the oldest failure of the operation is usually the cause, the rest follow from it.
        const firstFailure = resource.events?.at(-1);
        const reason = [
            ...(typeof resource.attributes.statusReason === 'string' ? [{ label: 'status reason', value: resource.attributes.statusReason }] : []),
            ...(firstFailure ? [{ label: 'first failed resource', value: firstFailure.message }] : []),
            ...(resource.events && resource.events.length > 1 ? [{ label: 'failed resources', value: String(resource.events.length) }] : []),
        ];
        const severity = classify(status);
        if (severity) {
            return [
                {
                    severity,
                    resource: ref,
                    title: `stack is ${status}`,
                    evidence: [{ label: 'status', value: status }, ...reason],
                    ...(updatedAt ? { since: updatedAt } : {}),
                    nextStep: `\`aws cloudformation describe-stack-events --stack-name ${resource.name}\` (look for the first *_FAILED event)`,
                },
            ];
        }
        if (status.endsWith('_IN_PROGRESS') && updatedAt) {
            const minutes = (now.getTime() - Date.parse(updatedAt)) / 60_000;
            if (minutes > thresholds.stuck_after_minutes) {
                return [
                    {
                        severity: 'medium',
                        resource: ref,
                        title: `stack has been ${status} for ${Math.round(minutes)} minutes`,
                        evidence: [
                            { label: 'status', value: status },
                            ...(typeof resource.attributes.waitingOn === 'string' ? [{ label: 'waiting on', value: resource.attributes.waitingOn }] : []),
                            ...reason,
                        ],
                        since: updatedAt,
                        nextStep: `\`aws cloudformation describe-stack-events --stack-name ${resource.name}\` (which resource is it waiting on?)`,
                    },
                ];
            }
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/detectors/dms-table-errors/detector.ts

const dmsTableErrors = {
    id: 'dms_table_errors',
    cause: 'errors',
    title: 'DMS tables in error',
    description: 'Tables the replication task could not load or replicate: their data is missing or stale in the target.',
    resourceTypes: ['dms:task'],
    thresholds: {},
    detect({ resource }) {
        const errored = Number(resource.attributes.tablesErrored ?? 0);
        if (errored <= 0)
            return [];
        return [
            {
                severity: 'high',
                resource: (0,model/* refOf */.H8)(resource),
                title: `${errored} table${errored === 1 ? '' : 's'} in error: the target is missing their data`,
                evidence: typeof resource.attributes.erroredTables === 'string' ? [{ label: 'tables', value: resource.attributes.erroredTables }] : [],
                nextStep: `\`aws dms describe-table-statistics --replication-task-arn ${resource.arn ?? resource.id}\`, then reload the tables after fixing the cause`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/dms-task-failed/detector.ts

// Stop reasons DMS gives for a task that stopped by itself after an error (DMS API reference, StopReason).
const ERROR_STOP = /error|fail/i;
const dmsTaskFailed = {
    id: 'dms_task_failed',
    cause: 'availability',
    title: 'DMS replication task failed or stopped by an error',
    description: 'The task status is failed, or it stopped with an error stop reason or failure message.',
    resourceTypes: ['dms:task'],
    thresholds: {},
    detect({ resource }) {
        const a = resource.attributes;
        const stopReason = typeof a.stopReason === 'string' ? a.stopReason : '';
        const failure = typeof a.lastFailureMessage === 'string' ? a.lastFailureMessage : '';
        const failed = resource.status === 'failed' || (resource.status === 'stopped' && (ERROR_STOP.test(stopReason) || failure !== ''));
        if (!failed)
            return [];
        return [
            {
                severity: 'high',
                resource: (0,model/* refOf */.H8)(resource),
                title: resource.status === 'failed' ? 'replication task failed' : 'replication task stopped by an error',
                evidence: [
                    ...(failure ? [{ label: 'last failure', value: failure }] : []),
                    ...(stopReason ? [{ label: 'stop reason', value: stopReason }] : []),
                    ...(a.replicationInstance ? [{ label: 'replication instance', value: `${String(a.replicationInstance)} (${String(a.replicationInstanceStatus ?? '?')})` }] : []),
                ],
                ...(typeof a.stoppedAt === 'string' ? { since: a.stoppedAt } : {}),
                nextStep: `read the task log in CloudWatch Logs group ${String(a.logGroup ?? 'dms-tasks-<instance>')} (lines with ]E:), fix, then resume the task`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/ecs-container-insights-disabled/detector.ts

const ecsContainerInsightsDisabled = {
    id: 'ecs_container_insights_disabled',
    cause: null,
    title: 'ECS cluster without Container Insights',
    description: 'Without Container Insights there are no per-task CPU, memory or restart metrics to check.',
    resourceTypes: ['ecs:cluster'],
    thresholds: {},
    detect({ resource }) {
        const insights = resource.attributes.containerInsights;
        if (resource.status !== 'ACTIVE' || insights === 'enabled' || insights === 'enhanced')
            return [];
        return [
            {
                severity: 'info',
                resource: (0,model/* refOf */.H8)(resource),
                title: 'Container Insights is off: per-task CPU, memory and restarts cannot be checked',
                evidence: [{ label: 'containerInsights', value: String(insights ?? 'disabled') }],
                nextStep: `\`aws ecs update-cluster-settings --cluster ${resource.name} --settings name=containerInsights,value=enabled\` (adds CloudWatch cost)`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/ecs-deployment-failed/detector.ts

const ecsDeploymentFailed = {
    id: 'ecs_deployment_failed',
    cause: 'availability',
    title: 'ECS deployment failed',
    description: "The service's latest deployment rolled out as FAILED (for example the circuit breaker tripped).",
    resourceTypes: ['ecs:service'],
    thresholds: {},
    detect({ resource }) {
        if (resource.attributes.rolloutState !== 'FAILED')
            return [];
        const reason = resource.attributes.rolloutStateReason;
        const startedAt = resource.attributes.deploymentStartedAt;
        return [
            {
                severity: 'high',
                resource: (0,model/* refOf */.H8)(resource),
                title: 'latest deployment failed',
                evidence: [
                    ...(typeof reason === 'string' ? [{ label: 'reason', value: reason }] : []),
                    { label: 'failed tasks', value: String(resource.attributes.failedTasks ?? 0) },
                    ...(typeof resource.attributes.taskDefinition === 'string' ? [{ label: 'task definition', value: resource.attributes.taskDefinition }] : []),
                ],
                ...(typeof startedAt === 'string' ? { since: startedAt } : {}),
                nextStep: "Read the service's events and the stopped tasks' reasons; roll back to the previous task definition if needed",
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/ecs-service-events/detector.ts


// Service event messages that mean trouble ("Amazon ECS service event messages", ECS developer guide).
const PROBLEMS = [
    { pattern: /unable to place a task/i, kind: 'tasks cannot be placed', severity: 'high' },
    { pattern: /unable to consistently start tasks/i, kind: 'tasks fail to start', severity: 'high' },
    { pattern: /failed to launch a task/i, kind: 'tasks fail to launch', severity: 'high' },
    { pattern: /deployment failed|rolling back to deployment|circuit breaker/i, kind: 'deployment failed', severity: 'high' },
    { pattern: /is unhealthy in \((target-group|elb)\b/i, kind: 'tasks failing load balancer health checks', severity: 'medium' },
    { pattern: /failed to (de)?register targets/i, kind: 'target registration failed', severity: 'medium' },
    { pattern: /unable to (stop or start|stop|start) tasks during a deployment/i, kind: 'deployment blocked by its configuration', severity: 'medium' },
    { pattern: /operations are being throttled/i, kind: 'service operations throttled', severity: 'low' },
];
const STEADY = /has reached a steady state/i;
function kindOf(event) {
    return PROBLEMS.find((p) => p.pattern.test(event.message));
}
const ecsServiceEvents = {
    id: 'ecs_service_events',
    cause: 'availability',
    title: 'ECS service events report problems',
    description: 'Recent service events about tasks that cannot be placed or started, failing health checks, failed deployments or throttling.',
    resourceTypes: ['ecs:service'],
    thresholds: {
        lookback_hours: {
            spec: (0,schema/* integer */.nd)(1, 2160),
            default: 24,
            description: 'Only events newer than this many hours count.',
        },
    },
    detect({ resource, thresholds, now }) {
        const oldest = now.getTime() - thresholds.lookback_hours * 3_600_000;
        const events = (resource.events ?? []).filter((e) => Date.parse(e.at) >= oldest); // newest first, as ECS returns them
        // A FAILED rollout is ecs_deployment_failed's finding; its events would only repeat it.
        const rolloutFailed = resource.attributes.rolloutState === 'FAILED';
        const matched = events
            .map((event) => ({ event, kind: kindOf(event) }))
            .filter((m) => m.kind !== undefined && !(rolloutFailed && m.kind.kind === 'deployment failed'));
        if (matched.length === 0)
            return [];
        const steady = events.find((e) => STEADY.test(e.message));
        // Problems older than the latest steady state have been recovered from: still worth a line, not an alarm.
        const open = steady ? matched.filter((m) => Date.parse(m.event.at) > Date.parse(steady.at)) : matched;
        const shown = open.length > 0 ? open : matched;
        const worst = shown.reduce((a, b) => ((0,model/* severityRank */.qs)(b.kind.severity) < (0,model/* severityRank */.qs)(a.kind.severity) ? b : a));
        const kinds = [...new Set([...shown].sort((a, b) => (0,model/* severityRank */.qs)(a.kind.severity) - (0,model/* severityRank */.qs)(b.kind.severity)).map((m) => m.kind.kind))];
        const count = `${shown.length} event${shown.length === 1 ? '' : 's'}`;
        return [
            {
                severity: open.length > 0 ? worst.kind.severity : 'low',
                resource: (0,model/* refOf */.H8)(resource),
                title: open.length > 0 ? `${kinds.join(', ')} (${count})` : `recovered: ${kinds.join(', ')} (${count} before the last steady state)`,
                evidence: [
                    ...shown.slice(0, 3).map((m) => ({ label: m.event.at, value: m.event.message })),
                    ...(steady ? [{ label: 'last steady state', value: steady.at }] : []),
                ],
                since: shown.at(-1).event.at,
                nextStep: `\`aws ecs describe-services --cluster ${String(resource.attributes.cluster)} --services ${resource.name} --query 'services[0].events[:20]'\``,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/ecs-tasks-stopped-abnormally/detector.ts


// Stopped reasons as ECS and its agent write them (ECS developer guide, "stopped task errors").
const CAUSES = [
    { pattern: /^OutOfMemoryError/i, cause: 'killed for running out of memory', severity: 'high', nextStep: "raise the container's memory limit or find what grew (memory metrics, heap dumps)" },
    { pattern: /^CannotPullContainerError|toomanyrequests|pull rate limit/i, cause: 'image could not be pulled', severity: 'high', nextStep: "check the image tag exists, the execution role's ECR permissions and the route to the registry" },
    { pattern: /^(CannotCreateContainerError|CannotStartContainerError|ResourceInitializationError|CannotInspectContainerError)/i, cause: 'container could not start', severity: 'high', nextStep: 'read the full stoppedReason: secrets, volumes, disk space or ENI limits are the usual causes' },
    { pattern: /failed ELB health checks/i, cause: 'failed load balancer health checks', severity: 'high', nextStep: "check the target group's health check path and port, the security groups, and the app's start-up time" },
    { pattern: /failed container health checks/i, cause: 'failed container health checks', severity: 'high', nextStep: "run the task definition's healthCheck command by hand; check startPeriod against start-up time" },
    { pattern: /Essential container in task exited/i, cause: 'essential container exited', severity: 'medium', nextStep: "read the container's last log lines before it exited" },
];
// Everything else is normal churn: deployments, scaling, maintenance, Spot interruptions, user stops.
function detector_classify(task) {
    const cause = CAUSES.find((c) => c.pattern.test(task.reason));
    // An essential container that exited non-zero crashed; exit 0 may be a job that finished.
    if (cause?.cause === 'essential container exited' && task.failedContainers.length > 0)
        return { ...cause, severity: 'high', cause: 'essential container crashed' };
    return cause;
}
const ecsTasksStoppedAbnormally = {
    id: 'ecs_tasks_stopped_abnormally',
    cause: 'availability',
    title: 'ECS tasks stopped by errors',
    description: 'Recently stopped tasks of a service whose reason is an error: out of memory, image pull, failed health checks, crashes.',
    resourceTypes: ['ecs:service'],
    thresholds: {
        min_tasks: { spec: (0,schema/* integer */.nd)(1, 1000), default: 1, description: 'Report a service once this many of its tasks stopped by errors.' },
    },
    detect({ resource, thresholds }) {
        const failures = (resource.stoppedTasks ?? []).map((task) => ({ task, cause: detector_classify(task) })).filter((f) => f.cause !== undefined);
        if (failures.length < thresholds.min_tasks)
            return [];
        const byCause = new Map();
        for (const f of failures)
            byCause.set(f.cause.cause, [...(byCause.get(f.cause.cause) ?? []), f]);
        const groups = [...byCause.values()].sort((a, b) => (0,model/* severityRank */.qs)(a[0].cause.severity) - (0,model/* severityRank */.qs)(b[0].cause.severity) || b.length - a.length);
        const worst = groups[0][0].cause;
        const times = failures.map((f) => f.task.stoppedAt).filter((t) => Boolean(t)).sort();
        return [
            {
                severity: worst.severity,
                resource: (0,model/* refOf */.H8)(resource),
                title: `${failures.length} task${failures.length === 1 ? '' : 's'} stopped by errors: ${groups.map((g) => `${g[0].cause.cause} x${g.length}`).join(', ')}`,
                evidence: groups.map((g) => {
                    const latest = g[0].task;
                    const containers = latest.failedContainers.length > 0 ? ` (exit ${latest.failedContainers.join(', ')})` : '';
                    return { label: `${g[0].cause.cause} x${g.length}`, value: `${latest.reason}${containers}` };
                }),
                ...(times[0] ? { since: times[0] } : {}),
                nextStep: worst.nextStep,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/ecs-service-tasks-below-desired/detector.ts


// Tasks start and stop during normal deploys; only a gap that outlasts this is a finding.
const GRACE_MINUTES = 10;
const ecsServiceTasksBelowDesired = {
    id: 'ecs_service_tasks_below_desired',
    cause: 'availability',
    title: 'ECS service running fewer tasks than desired',
    description: 'The service runs fewer tasks than its desired count; with none running it is down.',
    resourceTypes: ['ecs:service'],
    thresholds: {
        grace_minutes: {
            spec: (0,schema/* integer */.nd)(0, 1440),
            default: GRACE_MINUTES,
            description: 'Ignore the gap while the latest deployment is younger than this.',
        },
    },
    detect({ resource, thresholds, now }) {
        const desired = Number(resource.attributes.desired ?? 0);
        const running = Number(resource.attributes.running ?? 0);
        const pending = Number(resource.attributes.pending ?? 0);
        if (resource.status !== 'ACTIVE' || desired === 0 || running >= desired)
            return [];
        const startedAt = resource.attributes.deploymentStartedAt;
        const ageMinutes = typeof startedAt === 'string' ? (now.getTime() - Date.parse(startedAt)) / 60_000 : Infinity;
        if (ageMinutes < thresholds.grace_minutes)
            return [];
        const down = running === 0;
        const placementEvent = resource.events?.find((e) => /unable to place|has started 0 tasks|unhealthy|failed/i.test(e.message));
        return [
            {
                severity: down ? 'critical' : running / desired < 0.5 ? 'high' : 'medium',
                resource: (0,model/* refOf */.H8)(resource),
                title: down ? `service is down: 0 of ${desired} tasks running` : `${running} of ${desired} tasks running`,
                evidence: [
                    { label: 'desired / running / pending', value: `${desired} / ${running} / ${pending}` },
                    ...(typeof resource.attributes.taskDefinition === 'string' ? [{ label: 'task definition', value: resource.attributes.taskDefinition }] : []),
                    ...(placementEvent ? [{ label: 'latest service event', value: `${placementEvent.at} ${placementEvent.message}` }] : []),
                ],
                ...(typeof startedAt === 'string' ? { since: startedAt } : {}),
                nextStep: `\`aws ecs describe-services --cluster ${String(resource.attributes.cluster)} --services ${resource.name}\` and check stopped tasks' stoppedReason`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/elb-load-balancer-impaired/detector.ts

const elbLoadBalancerImpaired = {
    id: 'elb_load_balancer_impaired',
    cause: 'availability',
    title: 'Load balancer impaired or failed',
    description: 'The load balancer state is active_impaired (cannot scale) or failed.',
    resourceTypes: ['elbv2:load-balancer'],
    thresholds: {},
    detect({ resource }) {
        if (resource.status !== 'active_impaired' && resource.status !== 'failed')
            return [];
        return [
            {
                severity: resource.status === 'failed' ? 'critical' : 'high',
                resource: (0,model/* refOf */.H8)(resource),
                title: `load balancer is ${resource.status}`,
                evidence: [{ label: 'state', value: resource.status }, ...(typeof resource.attributes.stateReason === 'string' ? [{ label: 'reason', value: resource.attributes.stateReason }] : [])],
                nextStep: `\`aws elbv2 describe-load-balancers --names ${resource.name}\` (State.Reason), and the subnets' free IP addresses`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/elb-unhealthy-targets/detector.ts

const elbUnhealthyTargets = {
    id: 'elb_unhealthy_targets',
    cause: 'availability',
    title: 'Target group with unhealthy or no targets',
    description: 'Targets failing health checks (graded by share), or a target group behind a load balancer with no targets.',
    resourceTypes: ['elbv2:target-group'],
    thresholds: {},
    detect({ resource }) {
        const a = resource.attributes;
        const targets = Number(a.targets ?? 0);
        const unhealthy = Number(a.unhealthyTargets ?? 0);
        const ref = (0,model/* refOf */.H8)(resource);
        if (resource.status === 'empty' && a.loadBalancers) {
            return [
                {
                    severity: 'high',
                    resource: ref,
                    title: `no registered targets behind ${String(a.loadBalancers)}: requests routed here fail with 503`,
                    evidence: [{ label: 'targets', value: '0' }],
                    nextStep: 'check the ECS service or Auto Scaling group that should register targets here',
                },
            ];
        }
        if (unhealthy === 0)
            return [];
        const severity = unhealthy === targets ? 'critical' : unhealthy / targets >= 0.5 ? 'high' : 'medium';
        return [
            {
                severity,
                resource: ref,
                title: unhealthy === targets ? `all ${targets} targets unhealthy` : `${unhealthy} of ${targets} targets unhealthy`,
                evidence: [
                    ...(typeof a.unhealthyReasons === 'string' ? [{ label: 'reasons', value: a.unhealthyReasons }] : []),
                    ...(typeof a.firstUnhealthyDescription === 'string' ? [{ label: 'example', value: a.firstUnhealthyDescription }] : []),
                    ...(typeof a.healthCheckPath === 'string' ? [{ label: 'health check', value: `${String(a.protocol ?? '')} ${a.healthCheckPath} on port ${String(a.port ?? '?')}` }] : []),
                ],
                nextStep: 'request the health check path from inside the VPC; check security groups allow the load balancer, and the app start-up time against the health check grace period',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/opensearch-domain-state/detector.ts

// The domain API reports changes in progress and pending software updates; red/yellow health is
// a CloudWatch metric and belongs to the metric detectors.
const opensearchDomainState = {
    id: 'opensearch_domain_state',
    cause: 'availability',
    title: 'OpenSearch domain changing, or due a service software update',
    description: 'A configuration change or upgrade in progress, or a service software update available or scheduled.',
    resourceTypes: ['opensearch:domain'],
    thresholds: {},
    detect({ resource, now }) {
        const a = resource.attributes;
        const ref = (0,model/* refOf */.H8)(resource);
        const findings = [];
        if (resource.status === 'processing' || resource.status === 'upgrading') {
            findings.push({
                // The API gives no start time, so a long-stuck change cannot be told from a fresh one.
                severity: 'info',
                resource: ref,
                title: resource.status === 'upgrading' ? 'version upgrade in progress' : `configuration change in progress${a.domainProcessingStatus ? ` (${String(a.domainProcessingStatus)})` : ''}`,
                evidence: [{ label: 'processing status', value: String(a.domainProcessingStatus ?? resource.status) }],
                nextStep: `\`aws opensearch describe-domain-change-progress --domain-name ${resource.name}\``,
            });
        }
        if (a.serviceSoftwareUpdateAvailable === true) {
            const automated = typeof a.serviceSoftwareAutomatedUpdateDate === 'string' && Date.parse(a.serviceSoftwareAutomatedUpdateDate) > 0 ? a.serviceSoftwareAutomatedUpdateDate : undefined;
            const soon = automated !== undefined && Date.parse(automated) - now.getTime() < 7 * 86_400_000;
            findings.push({
                severity: soon ? 'medium' : 'low',
                resource: ref,
                title: automated ? `service software update scheduled for ${automated.slice(0, 10)}` : 'service software update available',
                evidence: [
                    ...(typeof a.serviceSoftwareDescription === 'string' ? [{ label: 'description', value: a.serviceSoftwareDescription }] : []),
                    ...(typeof a.serviceSoftwareUpdateStatus === 'string' ? [{ label: 'update status', value: a.serviceSoftwareUpdateStatus }] : []),
                ],
                nextStep: `apply it in a quiet hour: \`aws opensearch start-service-software-update --domain-name ${resource.name}\``,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/detectors/rds-failure-events/detector.ts

// RDS event messages (RDS user guide, "Amazon RDS event categories and event messages").
const KINDS = [
    { pattern: /storage.*(full|is low|exhausted)|free storage capacity .* is low|ran out of storage/i, kind: 'storage running out', severity: 'high' },
    { pattern: /failover|failed over/i, kind: 'failover', severity: 'high' },
    { pattern: /\bfail(ed|ure)?\b|error|unable to|could not/i, kind: 'failure', severity: 'high' },
    { pattern: /recovery|recovering|crash/i, kind: 'recovery', severity: 'high' },
    { pattern: /restarted|rebooted|reboot|shutdown|shut down|has been stopped/i, kind: 'restart', severity: 'medium' },
];
function detector_kindOf(event) {
    return KINDS.find((k) => k.pattern.test(event.message));
}
const rdsFailureEvents = {
    id: 'rds_failure_events',
    cause: 'availability',
    title: 'RDS reported failures, failovers or restarts',
    description: 'RDS events in the window about failovers, failures, restarts or storage running out.',
    resourceTypes: ['rds:instance', 'rds:cluster'],
    thresholds: {},
    detect({ resource }) {
        const matched = (resource.events ?? []).map((event) => ({ event, kind: detector_kindOf(event) })).filter((m) => m.kind !== undefined);
        if (matched.length === 0)
            return [];
        const worst = matched.reduce((a, b) => ((0,model/* severityRank */.qs)(b.kind.severity) < (0,model/* severityRank */.qs)(a.kind.severity) ? b : a));
        const kinds = [...new Set([...matched].sort((a, b) => (0,model/* severityRank */.qs)(a.kind.severity) - (0,model/* severityRank */.qs)(b.kind.severity)).map((m) => m.kind.kind))];
        return [
            {
                severity: worst.kind.severity,
                resource: (0,model/* refOf */.H8)(resource),
                title: `RDS reported ${kinds.join(', ')} (${matched.length} event${matched.length === 1 ? '' : 's'})`,
                evidence: matched.slice(0, 3).map((m) => ({ label: m.event.at, value: m.event.message })),
                since: matched.at(-1).event.at, // events are newest first
                nextStep: `\`aws rds describe-events --source-identifier ${resource.id} --duration 1440\`, then the database log around those times`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/rds-not-multi-az/detector.ts

const rdsNotMultiAz = {
    id: 'rds_not_multi_az',
    cause: null,
    title: 'RDS primary without Multi-AZ',
    description: 'A standalone or primary DB instance outside Aurora without a standby: an AZ failure takes it down.',
    resourceTypes: ['rds:instance'],
    thresholds: {},
    detect({ resource }) {
        const a = resource.attributes;
        // Aurora instances get availability from the cluster's readers, replicas from their primary.
        if (a.multiAZ === true || a.clusterId || (a.role !== 'standalone' && a.role !== 'primary'))
            return [];
        return [
            {
                severity: 'low',
                resource: (0,model/* refOf */.H8)(resource),
                title: 'no Multi-AZ standby: an Availability Zone outage takes this database down',
                evidence: [{ label: 'multiAZ', value: 'false' }, { label: 'role', value: String(a.role) }],
                nextStep: `\`aws rds modify-db-instance --db-instance-identifier ${resource.id} --multi-az --apply-immediately\` (brief I/O pause; doubles instance cost)`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/rds-pending-maintenance/detector.ts


const rdsPendingMaintenance = {
    id: 'rds_pending_maintenance',
    cause: null,
    title: 'RDS maintenance pending',
    description: 'A pending maintenance action (OS or engine patch, CA rotation); more urgent when AWS will apply it soon by itself.',
    resourceTypes: ['rds:instance', 'rds:cluster'],
    thresholds: {
        urgent_within_days: { spec: (0,schema/* integer */.nd)(0, 90), default: 7, description: 'An action AWS applies by itself within this many days is medium, else low.' },
    },
    detect({ resource, thresholds, now }) {
        const actions = resource.attributes.pendingMaintenance;
        if (typeof actions !== 'string' || actions === '')
            return [];
        const applyAfter = typeof resource.attributes.pendingMaintenanceAutoApplyAfter === 'string' ? resource.attributes.pendingMaintenanceAutoApplyAfter : undefined;
        const daysLeft = applyAfter ? (Date.parse(applyAfter) - now.getTime()) / 86_400_000 : undefined;
        const urgent = daysLeft !== undefined && daysLeft <= thresholds.urgent_within_days;
        return [
            {
                severity: urgent ? 'medium' : 'low',
                resource: (0,model/* refOf */.H8)(resource),
                title: applyAfter ? `maintenance pending (${actions}); AWS applies it after ${applyAfter.slice(0, 10)}` : `maintenance pending (${actions})`,
                evidence: [
                    { label: 'actions', value: actions },
                    ...(typeof resource.attributes.pendingMaintenanceDescription === 'string' ? [{ label: 'description', value: resource.attributes.pendingMaintenanceDescription }] : []),
                ],
                nextStep: `schedule it in a quiet hour: \`aws rds apply-pending-maintenance-action --resource-identifier ${resource.arn ?? resource.id} --apply-action <action> --opt-in-type next-maintenance\``,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/rds-unhealthy/detector.ts

// RDS status words (RDS user guide, "Viewing DB instance status"). Transitional states such as
// modifying, backing-up, upgrading or rebooting are normal and not listed here.
const STATUS_SEVERITY = {
    'storage-full': 'critical',
    failed: 'critical',
    'inaccessible-encryption-credentials': 'critical',
    'inaccessible-encryption-credentials-recoverable': 'critical',
    'incompatible-network': 'high',
    'incompatible-option-group': 'high',
    'incompatible-parameters': 'high',
    'incompatible-restore': 'high',
    'incompatible-credentials': 'high',
    'restore-error': 'high',
    'insufficient-capacity': 'high',
    // A stopped production database is usually a mistake, and RDS restarts it after 7 days anyway.
    stopped: 'medium',
    stopping: 'medium',
};
const rdsUnhealthy = {
    id: 'rds_unhealthy',
    cause: 'availability',
    title: 'RDS instance or cluster in a failed or stopped state',
    description: 'The DB instance or cluster status is one RDS documents as failed, incompatible, storage-full or stopped.',
    resourceTypes: ['rds:instance', 'rds:cluster'],
    thresholds: {},
    detect({ resource }) {
        const status = resource.status ?? '';
        const severity = STATUS_SEVERITY[status];
        if (!severity)
            return [];
        const latestEvent = resource.events?.[0];
        return [
            {
                severity,
                resource: (0,model/* refOf */.H8)(resource),
                title: `${resource.type === 'rds:cluster' ? 'cluster' : 'DB instance'} is ${status}`,
                evidence: [
                    { label: 'status', value: status },
                    ...(resource.attributes.engine ? [{ label: 'engine', value: `${String(resource.attributes.engine)} ${String(resource.attributes.engineVersion ?? '')}`.trim() }] : []),
                    ...(latestEvent ? [{ label: 'latest RDS event', value: `${latestEvent.at} ${latestEvent.message}` }] : []),
                ],
                // No since: RDS does not say when the status changed, and the latest event may be unrelated.
                nextStep: status === 'storage-full'
                    ? `\`aws rds modify-db-instance --db-instance-identifier ${resource.id} --allocated-storage <larger> --apply-immediately\``
                    : `\`aws rds describe-events --source-identifier ${resource.id} --source-type ${resource.type === 'rds:cluster' ? 'db-cluster' : 'db-instance'} --duration 1440\``,
            },
        ];
    },
};

// EXTERNAL MODULE: ./src/detectors/metric-evidence.ts
var metric_evidence = __webpack_require__(3269);
// EXTERNAL MODULE: ./src/analysis/series/robust-statistics.ts
var robust_statistics = __webpack_require__(2809);
;// CONCATENATED MODULE: ./src/detectors/series-statistics.ts
// Robust statistics for metric detectors: medians and MADs, not means, so one outage in the
// baseline does not hide the next one.


/** Median absolute deviation scaled to a standard deviation for normal data (x 1.4826). */
function robustSpread(values, centre = (0,robust_statistics/* median */.JZ)(values)) {
    return 1.4826 * (0,robust_statistics/* median */.JZ)(values.map((v) => Math.abs(v - centre)));
}
/** Theil-Sen slope (units per ms) over at most `maxPairs` sampled pairs: robust to outliers and O(n) memory. */
function theilSenSlope(timestamps, values, maxPairs = 20_000) {
    const n = timestamps.length;
    if (n < 2)
        return 0;
    const slopes = [];
    const pairs = (n * (n - 1)) / 2;
    const step = Math.max(1, Math.floor(pairs / maxPairs));
    let k = 0;
    for (let i = 0; i < n; i += 1) {
        for (let j = i + 1; j < n; j += 1, k += 1) {
            if (k % step !== 0)
                continue;
            const dt = timestamps[j] - timestamps[i];
            if (dt > 0)
                slopes.push((values[j] - values[i]) / dt);
        }
    }
    return (0,robust_statistics/* median */.JZ)(slopes);
}
/** Share of the variance a line explains (R squared), for judging whether a trend is real. */
function lineFit(timestamps, values, slope) {
    const n = values.length;
    if (n < 3)
        return 0;
    const intercept = (0,robust_statistics/* median */.JZ)(values.map((v, i) => v - slope * timestamps[i]));
    const mean = values.reduce((a, b) => a + b, 0) / n;
    let residual = 0;
    let total = 0;
    for (let i = 0; i < n; i += 1) {
        residual += (values[i] - (intercept + slope * timestamps[i])) ** 2;
        total += (values[i] - mean) ** 2;
    }
    return total === 0 ? 0 : 1 - residual / total;
}
/** Maximal runs of indexes where `flag` holds, allowing `gap` unflagged points inside a run. */
function runsOf(length, flag, gap = 0) {
    const runs = [];
    let current;
    for (let i = 0; i < length; i += 1) {
        if (!flag(i))
            continue;
        if (current && i - current.end - 1 <= gap) {
            current.end = i;
            current.flagged += 1;
        }
        else {
            current = { start: i, end: i, flagged: 1 };
            runs.push(current);
        }
    }
    return runs;
}
const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Values at the time of day of [from, end) (an hour either side) on earlier days, when there are any. */
function sameHoursOnEarlierDays(timestamps, values, from) {
    const first = timestamps[0];
    const start = timestamps[from];
    if (start - first < DAY + HOUR)
        return undefined;
    const end = timestamps[timestamps.length - 1];
    const reference = [];
    for (let i = 0; i < from; i += 1) {
        const t = timestamps[i];
        // Whole days back from the stretch, widened by an hour on each side.
        const back = Math.round((start - t) / DAY) * DAY;
        if (back >= DAY && t + back >= start - HOUR && t + back <= end + HOUR)
            reference.push(values[i]);
    }
    return reference.length >= 6 ? reference : undefined;
}

;// CONCATENATED MODULE: ./src/detectors/metric-capacity-exhaustion/detector.ts




const detector_HOUR = 3_600_000;
const detector_DAY = 24 * detector_HOUR;
/** Free storage or memory heading for zero: a robust trend over the window, projected forward. */
const metricCapacityExhaustion = {
    id: 'metric_capacity_exhaustion',
    title: 'Running out of capacity',
    description: 'Free storage (or memory) is falling steadily and will reach zero within the horizon, or is already nearly gone.',
    roles: ['free-capacity'],
    thresholds: {
        horizon_days: { spec: (0,schema/* number */.ai)(0.1, 365), default: 14, description: 'Report when the projected time to zero is shorter than this.' },
        min_free_percent: { spec: (0,schema/* number */.ai)(0, 100), default: 10, description: 'Report when less than this share of the capacity is free, trend or not.' },
        min_fit: { spec: (0,schema/* number */.ai)(0, 1), default: 0.6, description: 'How well a straight line must explain the decline (R squared) to be trusted.' },
    },
    detect({ resource, series: input, thresholds, now }) {
        const series = (0,metric_evidence/* cleanSeries */.R$)(input);
        const { spec, values, timestamps } = series;
        const n = values.length;
        if (n < 6)
            return [];
        const capacity = spec.capacity?.(resource);
        const current = (0,robust_statistics/* median */.JZ)(values.slice(-3));
        const freePercent = capacity ? (current / capacity) * 100 : undefined;
        const slope = theilSenSlope(timestamps, values); // units per ms; negative when filling up
        const fit = slope < 0 ? lineFit(timestamps, values, slope) : 0;
        const span = timestamps[n - 1] - timestamps[0];
        const decline = -slope * span;
        // The decline must be real: well explained by a line and large against the level it started from.
        const trending = slope < 0 && fit >= thresholds.min_fit && span >= detector_HOUR && decline >= 0.01 * (capacity ?? values[0]);
        const msToZero = trending ? current / -slope : Infinity;
        const low = freePercent !== undefined && freePercent < thresholds.min_free_percent;
        if (!low && msToZero > thresholds.horizon_days * detector_DAY)
            return [];
        const severity = msToZero < detector_DAY || (freePercent !== undefined && freePercent < 2) ? 'critical' : msToZero < 3 * detector_DAY || low ? 'high' : 'medium';
        const perDay = -slope * detector_DAY;
        const runsOutAt = Number.isFinite(msToZero) ? new Date(now.getTime() + msToZero) : undefined;
        return [
            {
                severity,
                resource: (0,model/* refOf */.H8)(resource),
                title: runsOutAt ? `${spec.label} runs out in ${humanSpan(msToZero)} at the current rate` : `${spec.label} nearly exhausted: ${(0,metric_evidence/* formatValue */.Fl)(current, spec.unit)} left`,
                evidence: [
                    { label: 'free now', value: `${(0,metric_evidence/* formatValue */.Fl)(current, spec.unit)}${freePercent !== undefined ? ` (${freePercent.toFixed(1)}% of ${(0,metric_evidence/* formatValue */.Fl)(capacity, spec.unit)})` : ''}` },
                    ...(trending ? [{ label: 'falling by', value: `${(0,metric_evidence/* formatValue */.Fl)(perDay, spec.unit)} per day (fit R2 ${fit.toFixed(2)})` }] : []),
                    ...(runsOutAt ? [{ label: 'projected empty', value: (0,metric_evidence/* readableTime */.GI)(runsOutAt.getTime()) }] : []),
                ],
                since: (0,metric_evidence/* iso */.KH)(timestamps[0]),
                nextStep: `${spec.namespace} ${spec.metricName} for ${resource.id}: add capacity (or enable storage autoscaling) and find what is writing`,
                series: (0,metric_evidence/* findingSeries */.Bt)(series),
            },
        ];
    },
};
function humanSpan(ms) {
    if (ms < detector_HOUR)
        return `${Math.max(1, Math.round(ms / 60_000))} min`;
    if (ms < 2 * detector_DAY)
        return `${Math.round(ms / detector_HOUR)} h`;
    return `${Math.round(ms / detector_DAY)} days`;
}

;// CONCATENATED MODULE: ./src/detectors/metric-error-rate-spike/detector.ts




/**
 * Errors judged as a share of traffic where the catalog names the traffic metric: a traffic surge
 * with a steady error rate is not an error spike. Without traffic, the count itself is judged.
 */
const metricErrorRateSpike = {
    id: 'metric_error_rate_spike',
    title: 'Error rate spike',
    description: 'HTTP 5xx/4xx or other error counts rose well above their own baseline, as a share of requests where requests are known.',
    roles: ['errors'],
    thresholds: {
        min_errors: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 5, description: 'Fewest errors in one period for it to count.' },
        min_rate_percent: { spec: (0,schema/* number */.ai)(0, 100), default: 1, description: 'Smallest error rate (% of requests) worth reporting.' },
        ratio: { spec: (0,schema/* number */.ai)(1, 1000), default: 3, description: 'How many times the baseline the rate (or count) must reach.' },
        robust_z: { spec: (0,schema/* number */.ai)(1, 100), default: 6, description: 'How many robust standard deviations above the baseline.' },
    },
    detect({ resource, series: input, related: relatedInput, thresholds }) {
        const series = (0,metric_evidence/* cleanSeries */.R$)(input);
        const related = (id) => {
            const other = relatedInput(id);
            return other && (0,metric_evidence/* cleanSeries */.R$)(other);
        };
        const { spec } = series;
        const traffic = spec.trafficOf ? related(spec.trafficOf) : undefined;
        const byTime = traffic ? new Map(traffic.timestamps.map((t, i) => [t, traffic.values[i]])) : undefined;
        const n = series.values.length;
        if (n < 4)
            return [];
        // A period with errors but no traffic point (or none of either) keeps its count as the measure.
        // Request counts are sums of whole requests: less than one is none (a fraction would divide into an infinite rate).
        const requests = series.timestamps.map((t) => {
            const r = byTime?.get(t);
            return r !== undefined && r < 1 ? 0 : r;
        });
        const asRate = byTime !== undefined;
        const measure = series.values.map((errors, i) => (asRate ? (requests[i] ? errors / requests[i] : errors > 0 ? 1 : 0) : errors));
        const baseline = (0,robust_statistics/* median */.JZ)(measure);
        const spread = robustSpread(measure, baseline);
        const floor = asRate ? thresholds.min_rate_percent / 100 : 0;
        const limit = Math.max(baseline * thresholds.ratio, baseline + thresholds.robust_z * spread, floor, asRate ? 0 : thresholds.min_errors);
        const flagged = (i) => series.values[i] >= thresholds.min_errors && measure[i] > limit;
        const runs = runsOf(n, flagged, 1);
        if (runs.length === 0)
            return [];
        // The worst episode by errors above baseline; the latest wins ties (it is the one still relevant).
        const excess = (r) => {
            let sum = 0;
            for (let i = r.start; i <= r.end; i += 1)
                sum += Math.max(0, series.values[i] - (asRate && requests[i] ? baseline * requests[i] : baseline));
            return sum;
        };
        const worst = runs.reduce((a, b) => (excess(b) >= excess(a) ? b : a));
        const errors = sum(series.values, worst.start, worst.end);
        const total = asRate ? sum(requests.map((r) => r ?? 0), worst.start, worst.end) : undefined;
        const rate = total ? errors / total : undefined;
        const ongoing = worst.end >= n - 2;
        const severity = /5xx/i.test(spec.metricName) ? 'high' : 'medium';
        const display = (v) => (asRate ? `${(v * 100).toFixed(v < 0.01 ? 2 : 1)}%` : (0,metric_evidence/* formatValue */.Fl)(v, spec.unit));
        return [
            {
                severity,
                resource: (0,model/* refOf */.H8)(resource),
                title: `${spec.label} spiked to ${rate !== undefined ? `${display(rate)} of requests` : `${(0,metric_evidence/* formatValue */.Fl)(errors, 'count')} in ${minutesOf(worst, series)} min`}${ongoing ? ', still now' : ''}`,
                evidence: [
                    { label: 'baseline', value: asRate ? `${display(baseline)} of requests` : `${(0,metric_evidence/* formatValue */.Fl)(baseline, 'count')} per ${series.periodSeconds / 60} min` },
                    { label: 'during the spike', value: `${(0,metric_evidence/* formatValue */.Fl)(errors, 'count')} errors${total !== undefined ? ` in ${(0,metric_evidence/* formatValue */.Fl)(total, 'count')} requests` : ''} over ${minutesOf(worst, series)} min` },
                    { label: 'peak', value: `${(0,metric_evidence/* formatValue */.Fl)(Math.max(...series.values.slice(worst.start, worst.end + 1)), 'count')} in one ${series.periodSeconds / 60}-min period` },
                    ...(runs.length > 1 ? [{ label: 'spikes in the window', value: String(runs.length) }] : []),
                    ...(ongoing ? [] : [{ label: 'ended', value: (0,metric_evidence/* readableTime */.GI)(series.timestamps[worst.end]) }]),
                ],
                since: (0,metric_evidence/* iso */.KH)(series.timestamps[worst.start]),
                nextStep: `${spec.namespace} ${spec.metricName} for ${resource.id}: match the start time with deploys, then read the service's logs from ${(0,metric_evidence/* iso */.KH)(series.timestamps[worst.start]).slice(0, 16)}Z`,
                series: (0,metric_evidence/* findingSeries */.Bt)(series),
            },
        ];
    },
};
function sum(values, from, to) {
    let total = 0;
    for (let i = from; i <= to; i += 1)
        total += values[i];
    return total;
}
function minutesOf(run, series) {
    return Math.round(((run.end - run.start + 1) * series.periodSeconds) / 60);
}

;// CONCATENATED MODULE: ./src/detectors/metric-latency-degradation/detector.ts




/**
 * A level shift that lasts to now: the latency of the last stretch against the first half of the
 * window. Single slow minutes are noise; a new, higher plateau is a degradation.
 */
const metricLatencyDegradation = {
    id: 'metric_latency_degradation',
    title: 'Performance degradation',
    description: 'Response time, database latency or queue depth rose to a new, higher level and stayed there.',
    roles: ['latency'],
    thresholds: {
        sustained_minutes: { spec: (0,schema/* integer */.nd)(1, 10_080), default: 30, description: 'How long the higher level must have lasted, up to now.' },
        min_increase_percent: { spec: (0,schema/* number */.ai)(1, 10_000), default: 50, description: 'Smallest rise over the baseline worth reporting.' },
        robust_z: { spec: (0,schema/* number */.ai)(1, 100), default: 4, description: 'How many robust standard deviations above the baseline.' },
    },
    detect({ resource, series: input, thresholds }) {
        const series = (0,metric_evidence/* cleanSeries */.R$)(input);
        const { spec, values, timestamps } = series;
        const n = values.length;
        const sustained = Math.max(3, Math.ceil((thresholds.sustained_minutes * 60) / series.periodSeconds));
        if (n < sustained + 6)
            return [];
        // With two days or more, the same hours on earlier days are the reference (daily peaks are not
        // degradations); otherwise the first half of the window.
        const seasonal = sameHoursOnEarlierDays(timestamps, values, n - sustained);
        const reference = seasonal ?? values.slice(0, Math.floor(n / 2));
        const baseline = (0,robust_statistics/* median */.JZ)(reference);
        // A flat baseline has no spread: fall back to a share of the level so rounding is not a shift.
        const spread = Math.max(robustSpread(reference, baseline), Math.abs(baseline) * 0.05);
        const limit = Math.max(baseline * (1 + thresholds.min_increase_percent / 100), baseline + thresholds.robust_z * spread);
        if (!(limit > 0))
            return [];
        const recent = values.slice(n - sustained);
        if ((0,robust_statistics/* median */.JZ)(recent) < limit)
            return [];
        // Start of the shift: the elevated run, tolerating two ordinary points in a row, that reaches now.
        const last = runsOf(n, (i) => values[i] >= limit, 2).at(-1);
        if (!last || last.end < n - 3)
            return [];
        const current = (0,robust_statistics/* median */.JZ)(values.slice(last.start));
        const change = baseline > 0 ? (current / baseline - 1) * 100 : Infinity;
        return [
            {
                severity: baseline > 0 && current >= baseline * 3 ? 'high' : 'medium',
                resource: (0,model/* refOf */.H8)(resource),
                title: `${spec.label} up ${Number.isFinite(change) ? `${Math.round(change)}%` : 'from zero'}: ${(0,metric_evidence/* formatValue */.Fl)(baseline, spec.unit)} -> ${(0,metric_evidence/* formatValue */.Fl)(current, spec.unit)}`,
                evidence: [
                    { label: seasonal ? 'baseline (same hours, earlier days)' : 'baseline (first half of the window)', value: (0,metric_evidence/* formatValue */.Fl)(baseline, spec.unit) },
                    { label: 'since the rise', value: `${(0,metric_evidence/* formatValue */.Fl)(current, spec.unit)} (median of ${n - last.start} periods)` },
                    { label: 'latest', value: (0,metric_evidence/* formatValue */.Fl)(values[n - 1], spec.unit) },
                ],
                since: (0,metric_evidence/* iso */.KH)(timestamps[last.start]),
                nextStep: `${spec.namespace} ${spec.metricName} (${spec.stat}) for ${resource.id}: check deploys and dependency latency (database, downstream APIs) around ${(0,metric_evidence/* iso */.KH)(timestamps[last.start]).slice(0, 16)}Z`,
                series: (0,metric_evidence/* findingSeries */.Bt)(series),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/metric-threshold-breach/detector.ts




// A single high sample is normal (a deploy, a batch job); a limit held for this long is not.
const SUSTAINED_MINUTES = 10;
const metricThresholdBreach = {
    id: 'metric_threshold_breach',
    title: 'Metric beyond its limit for a sustained time',
    description: "A saturation or health metric (CPU, memory, JVM pressure, replica lag, cluster status...) stayed beyond the catalog's limit for the sustained time.",
    roles: ['saturation', 'health'],
    thresholds: {
        sustained_minutes: { spec: (0,schema/* integer */.nd)(1, 1440), default: SUSTAINED_MINUTES, description: 'How long a limit must be exceeded without a break.' },
    },
    detect({ resource, series: input, thresholds }) {
        const series = (0,metric_evidence/* cleanSeries */.R$)(input);
        const { spec } = series;
        const limits = spec.limitsFor ? spec.limitsFor(resource) : spec.limits;
        if (!limits || series.values.length === 0)
            return [];
        const beyond = (value, limit) => (spec.bad === 'up' ? value >= limit : value <= limit);
        const needed = Math.max(1, Math.ceil((thresholds.sustained_minutes * 60) / series.periodSeconds));
        const levels = [
            { limit: limits.critical, severity: 'high' },
            { limit: limits.warn, severity: 'medium' },
        ].filter((l) => l.limit !== undefined);
        for (const { limit, severity } of levels) {
            // Consecutive points only: a missing point ends a run, so gaps never fake a sustained breach.
            const runs = runsOf(series.values.length, (i) => beyond(series.values[i], limit) && (i === 0 || series.timestamps[i] - series.timestamps[i - 1] <= series.periodSeconds * 1000)).filter((r) => r.end - r.start + 1 >= needed);
            if (runs.length === 0)
                continue;
            const latest = runs.at(-1);
            const ongoing = latest.end === series.values.length - 1;
            const window = series.values.slice(latest.start, latest.end + 1);
            const peak = spec.bad === 'up' ? Math.max(...window) : Math.min(...window);
            const minutes = Math.round(((latest.end - latest.start + 1) * series.periodSeconds) / 60);
            return [
                {
                    severity,
                    resource: (0,model/* refOf */.H8)(resource),
                    title: `${spec.label} ${spec.bad === 'up' ? 'at or above' : 'at or below'} ${(0,metric_evidence/* formatValue */.Fl)(limit, spec.unit)} for ${minutes} min${ongoing ? ', still now' : ''}`,
                    evidence: [
                        { label: 'limit', value: `${(0,metric_evidence/* formatValue */.Fl)(limit, spec.unit)} (${severity === 'high' ? 'critical' : 'warning'})` },
                        { label: spec.bad === 'up' ? 'peak' : 'lowest', value: (0,metric_evidence/* formatValue */.Fl)(peak, spec.unit) },
                        { label: 'latest', value: (0,metric_evidence/* formatValue */.Fl)(series.values.at(-1), spec.unit) },
                        ...(runs.length > 1 ? [{ label: 'episodes in the window', value: String(runs.length) }] : []),
                        ...(ongoing ? [] : [{ label: 'ended', value: (0,metric_evidence/* readableTime */.GI)(series.timestamps[latest.end]) }]),
                    ],
                    since: (0,metric_evidence/* iso */.KH)(series.timestamps[latest.start]),
                    nextStep: `CloudWatch: ${spec.namespace} ${spec.metricName} (${spec.stat}) for ${resource.id}; ${spec.role === 'saturation' ? 'scale up or out, or find what drives the load' : 'read the resource events and logs around the start'}`,
                    series: (0,metric_evidence/* findingSeries */.Bt)(series),
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/detectors/metric-traffic-drop/detector.ts




/** Requests that fell to a fraction of their usual level and stayed there: users cannot reach the service. */
const metricTrafficDrop = {
    id: 'metric_traffic_drop',
    title: 'Traffic dropped',
    description: 'Requests fell far below their usual level (the same hours of earlier days when the window holds them) and stayed there.',
    roles: ['traffic'],
    thresholds: {
        sustained_minutes: { spec: (0,schema/* integer */.nd)(1, 1440), default: 15, description: 'How long the drop must have lasted, up to now.' },
        max_share_percent: { spec: (0,schema/* number */.ai)(0, 100), default: 20, description: 'Report when traffic is below this share of its usual level.' },
        min_usual_per_minute: { spec: (0,schema/* number */.ai)(0, 1_000_000), default: 10, description: 'Ignore resources whose usual traffic is below this many requests a minute.' },
    },
    detect({ resource, series: input, thresholds, now: clock }) {
        const series = (0,metric_evidence/* cleanSeries */.R$)(input);
        const { spec } = series;
        if (spec.bad !== 'down')
            return [];
        // CloudWatch publishes no RequestCount for a period without requests: periods missing at the end
        // (allowing two for publishing delay) are zeros, which is exactly what an outage looks like.
        const periodMs = series.periodSeconds * 1000;
        const timestamps = [...series.timestamps];
        const values = [...series.values];
        for (let t = (timestamps.at(-1) ?? clock.getTime()) + periodMs; t <= clock.getTime() - 2 * periodMs; t += periodMs) {
            timestamps.push(t);
            values.push(0);
        }
        const n = values.length;
        const sustained = Math.max(2, Math.ceil((thresholds.sustained_minutes * 60) / series.periodSeconds));
        if (n < sustained + 6)
            return [];
        const seasonal = sameHoursOnEarlierDays(timestamps, values, n - sustained);
        const usual = (0,robust_statistics/* median */.JZ)(seasonal ?? values.slice(0, n - sustained));
        if (usual / (series.periodSeconds / 60) < thresholds.min_usual_per_minute)
            return [];
        const recent = values.slice(n - sustained);
        const current = (0,robust_statistics/* median */.JZ)(recent);
        if (current > (usual * thresholds.max_share_percent) / 100)
            return [];
        let start = n - sustained;
        while (start > 0 && values[start - 1] <= (usual * thresholds.max_share_percent) / 100)
            start -= 1;
        return [
            {
                severity: 'high',
                resource: (0,model/* refOf */.H8)(resource),
                title: `${spec.label} fell to ${Math.round((current / usual) * 100)}% of the usual level`,
                evidence: [
                    { label: seasonal ? 'usual (same hours, earlier days)' : 'usual (earlier in the window)', value: `${(0,metric_evidence/* formatValue */.Fl)(usual, 'count')} per ${series.periodSeconds / 60} min` },
                    { label: 'now', value: `${(0,metric_evidence/* formatValue */.Fl)(current, 'count')} per ${series.periodSeconds / 60} min` },
                ],
                since: (0,metric_evidence/* iso */.KH)(timestamps[start]),
                nextStep: `${spec.namespace} ${spec.metricName} for ${resource.id}: check DNS, listeners, security groups and upstream callers since ${(0,metric_evidence/* iso */.KH)(timestamps[start]).slice(0, 16)}Z`,
                series: (0,metric_evidence/* findingSeries */.Bt)({ ...series, timestamps, values }),
            },
        ];
    },
};

// EXTERNAL MODULE: ./src/detectors/log-evidence.ts
var log_evidence = __webpack_require__(4207);
;// CONCATENATED MODULE: ./src/detectors/dms-task-log-errors/detector.ts


/** DMS task log lines at severity E (errors), by component: what broke in a migration, from DMS itself. */
const dmsTaskLogErrors = {
    id: 'dms_task_log_errors',
    cause: 'errors',
    title: 'DMS task logged errors',
    description: 'A DMS task logged errors (]E: lines) in the recent window; the finding names the components and messages.',
    kinds: ['dms'],
    thresholds: {
        min_count: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 1, description: 'Error lines needed in the recent window.' },
    },
    detect(input) {
        const { digest, thresholds, view } = input;
        const { baselineHours, recentHours } = view;
        const counts = view.signatures.filter((c) => (c.signature.level === 'error' || c.signature.level === 'fatal') && c.recent > 0).sort((a, b) => b.recent - a.recent);
        const recent = counts.reduce((n, c) => n + c.recent, 0);
        if (counts.length === 0 || recent < thresholds.min_count)
            return [];
        const baseline = counts.reduce((n, c) => n + c.baseline, 0);
        const errors = counts.map((c) => c.signature);
        const components = [...new Set(errors.map((s) => s.category).filter(Boolean))];
        const top = errors[0];
        return [
            {
                key: 'errors',
                severity: 'high',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${recent} DMS error line${recent > 1 ? 's' : ''} in ${(0,log_evidence/* hoursText */.DI)(recentHours)}${components.length > 0 ? ` (${components.join(', ')})` : ''}`,
                evidence: [
                    { label: 'top', value: top.title },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: `${baseline}` },
                    ...(errors.length > 1 ? [{ label: 'also', value: errors.slice(1, 4).map((s) => s.title).join('; ') }] : []),
                ],
                since: new Date(Math.min(...errors.map((s) => s.firstSeen))).toISOString(),
                nextStep: 'TARGET_* errors: check the target endpoint (permissions, constraints, space). SOURCE_*: the source endpoint and its log retention. Then reload the failed tables.',
                series: (0,log_evidence/* countSeries */.T5)(digest, (0,log_evidence/* summedBins */.Q9)(errors), 'DMS error lines'),
                logs: { ...(0,log_evidence/* signatureLogs */.iR)(input, counts[0]), recent, baseline },
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/log-error-rate-spike/detector.ts


/**
 * More of a service's log lines are errors than before: judged as a share of all its lines, so a
 * traffic surge with a steady error share is not a spike. The finding names the signatures that
 * rose. Without a service-wide rise, a single existing signature that jumps is reported on its own.
 */
const logErrorRateSpike = {
    id: 'log_error_rate_spike',
    cause: 'errors',
    title: 'Error rate in logs spiked',
    description: "The share of a service's log lines that are errors rose well above its own baseline, or one known error signature jumped.",
    kinds: ['application'],
    thresholds: {
        factor: { spec: (0,schema/* number */.ai)(1, 1000), default: 3, description: 'Report when the recent error share is this many times the baseline share.' },
        min_errors: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 20, description: 'Error lines needed in the recent window.' },
        min_error_percent: { spec: (0,schema/* number */.ai)(0, 100), default: 1, description: 'Recent error share (percent of all lines) needed.' },
        signature_factor: { spec: (0,schema/* number */.ai)(1, 1000), default: 5, description: 'A signature rose when its recent rate is this many times its baseline rate.' },
        min_signature_count: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 10, description: 'Occurrences a rising signature needs in the recent window.' },
    },
    detect(input) {
        const { digest, recentFromBin, thresholds, view } = input;
        const { baselineHours, recentHours } = view;
        const total = digest.counts.total;
        const errors = digest.counts.errors;
        if (!total || !errors || baselineHours <= 0 || recentHours <= 0)
            return [];
        const t = (0,log_evidence/* split */.lD)(total, digest, recentFromBin);
        const e = (0,log_evidence/* split */.lD)(errors, digest, recentFromBin);
        if (t.baseline === 0 || t.recent === 0)
            return [];
        const recentShare = e.recent / t.recent;
        const baselineShare = e.baseline / t.baseline;
        const rising = view.signatures
            .filter((c) => (0,log_evidence/* isRising */.Xy)(c, view, thresholds.signature_factor, thresholds.min_signature_count))
            // Most frequent first; an exception before a plain line on a tie (it says more).
            .sort((a, b) => b.recent - a.recent || (a.signature.kind === 'trace' ? -1 : 0) - (b.signature.kind === 'trace' ? -1 : 0));
        const risingText = (limit) => rising
            .slice(0, limit)
            .map((c) => `${c.signature.title}: ${c.recent} in ${(0,log_evidence/* hoursText */.DI)(recentHours)} (${c.baseline === 0 ? 'new' : `before ${(0,log_evidence/* perHour */._V)(c.baseline, baselineHours)}`})`)
            .join('; ');
        const spiked = e.recent >= thresholds.min_errors && recentShare * 100 >= thresholds.min_error_percent && recentShare >= thresholds.factor * Math.max(baselineShare, 1 / t.baseline);
        if (spiked) {
            const share = (i) => (total[i] > 0 ? errors[i] / total[i] : 0);
            const start = (0,log_evidence/* runStart */.cM)(errors, recentFromBin, (_, i) => share(i) >= thresholds.factor * baselineShare && errors[i] > 0);
            const top = rising[0] ?? view.signatures.find((c) => c.recent > 0);
            const draft = {
                key: 'rate',
                severity: recentShare >= 0.1 ? 'high' : 'medium',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${pct(recentShare)} of log lines are errors, up from ${pct(baselineShare)}`,
                evidence: [
                    { label: `last ${(0,log_evidence/* hoursText */.DI)(recentHours)}`, value: `${e.recent} error lines of ${t.recent} (${pct(recentShare)})` },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: `${e.baseline} error lines of ${t.baseline} (${pct(baselineShare)})` },
                    ...(rising.length > 0 ? [{ label: 'rising', value: risingText(3) }] : []),
                ],
                since: (0,log_evidence/* binTime */.ZR)(digest, start),
                nextStep: `Read ${digest.source.logGroup} from ${(0,log_evidence/* binTime */.ZR)(digest, start).slice(0, 16)}Z${top ? `, starting with "${top.signature.title}"` : ''}; check what was deployed or changed then.`,
                series: (0,log_evidence/* countSeries */.T5)(digest, errors, 'error lines'),
                ...(top ? { logs: { ...(0,log_evidence/* signatureLogs */.iR)(input, top), recent: e.recent, baseline: e.baseline } } : {}),
            };
            return [draft];
        }
        // No service-wide rise: a known signature that jumped still deserves a line (new ones are log_new_signature's).
        return rising
            .filter((c) => c.baseline > 0)
            .slice(0, 3)
            .map((c) => {
            const s = c.signature;
            const factor = c.recent / recentHours / (c.baseline / baselineHours);
            return {
                key: `signature:${s.key}`,
                severity: 'medium',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: "${s.title}" is ${Math.round(factor)}x as frequent as before`,
                evidence: [
                    { label: `last ${(0,log_evidence/* hoursText */.DI)(recentHours)}`, value: `${c.recent} (${(0,log_evidence/* perHour */._V)(c.recent, recentHours)})` },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: `${c.baseline} (${(0,log_evidence/* perHour */._V)(c.baseline, baselineHours)})` },
                ],
                since: (0,log_evidence/* binTime */.ZR)(digest, (0,log_evidence/* runStart */.cM)(s.bins, recentFromBin, (v) => v > 0)),
                nextStep: `Read the example below and ${digest.source.logGroup} around the first recent occurrence.`,
                series: (0,log_evidence/* countSeries */.T5)(digest, s.bins, 'occurrences'),
                logs: (0,log_evidence/* signatureLogs */.iR)(input, c),
            };
        });
    },
};
function pct(share) {
    const p = share * 100;
    return `${p >= 10 ? Math.round(p) : p >= 1 ? p.toFixed(1) : p.toFixed(2)}%`;
}

;// CONCATENATED MODULE: ./src/detectors/log-http-errors/detector.ts


/**
 * HTTP 5xx (and, at a higher bar, 4xx) responses in request logs, as a share of all requests the
 * logs record: ALB access logs shipped to CloudWatch, or an application's own access lines.
 */
const logHttpErrors = {
    id: 'log_http_errors',
    cause: 'errors',
    title: 'HTTP errors in request logs',
    description: 'The share of logged requests answered 5xx (or 4xx) rose above its baseline.',
    kinds: ['application', 'alb-access'],
    thresholds: {
        factor: { spec: (0,schema/* number */.ai)(1, 1000), default: 3, description: 'Recent error share must be this many times the baseline share.' },
        min_count: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 20, description: 'Error responses needed in the recent window.' },
        min_5xx_percent: { spec: (0,schema/* number */.ai)(0, 100), default: 2, description: 'Recent 5xx share (percent of requests) needed.' },
        min_4xx_percent: { spec: (0,schema/* number */.ai)(0, 100), default: 25, description: 'Recent 4xx share needed (4xx are often clients, so the bar is high).' },
    },
    detect(input) {
        const { digest, recentFromBin, thresholds } = input;
        const requests = digest.counts.http_requests;
        if (!requests)
            return [];
        const { baselineHours, recentHours } = input.view;
        const r = (0,log_evidence/* split */.lD)(requests, digest, recentFromBin);
        if (r.recent === 0)
            return [];
        const findings = [];
        for (const [cls, counter, minPercent] of [
            ['5xx', 'http_5xx', thresholds.min_5xx_percent],
            ['4xx', 'http_4xx', thresholds.min_4xx_percent],
        ]) {
            const bins = digest.counts[counter];
            if (!bins)
                continue;
            const c = (0,log_evidence/* split */.lD)(bins, digest, recentFromBin);
            const recentShare = c.recent / r.recent;
            const baselineShare = r.baseline > 0 ? c.baseline / r.baseline : 0;
            if (c.recent < thresholds.min_count || recentShare * 100 < minPercent)
                continue;
            if (r.baseline > 0 && recentShare < thresholds.factor * Math.max(baselineShare, 1 / r.baseline))
                continue;
            const start = (0,log_evidence/* runStart */.cM)(bins, recentFromBin, (v, i) => requests[i] > 0 && v / requests[i] >= thresholds.factor * baselineShare && v > 0);
            const sinceMs = Date.parse((0,log_evidence/* binTime */.ZR)(digest, start));
            const recentErrors = digest.httpErrors.filter((e) => e.timestamp >= sinceMs && String(e.status)[0] === cls[0]);
            findings.push({
                key: cls,
                severity: cls === '5xx' ? (recentShare >= 0.1 ? 'high' : 'medium') : 'low',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${(recentShare * 100).toFixed(1)}% of requests answered ${cls}, up from ${(baselineShare * 100).toFixed(1)}%`,
                evidence: [
                    { label: `last ${(0,log_evidence/* hoursText */.DI)(recentHours)}`, value: `${c.recent} ${cls} of ${r.recent} requests` },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: r.baseline > 0 ? `${c.baseline} ${cls} of ${r.baseline} requests` : 'no requests logged' },
                    ...(recentErrors.length > 0 ? [{ label: 'top', value: (0,log_evidence/* topCounts */.kb)(recentErrors.map((e) => `${e.status} ${e.method ?? ''} ${e.path ?? '?'}`.replace(/\s+/g, ' ')), 3) }] : []),
                ],
                since: (0,log_evidence/* binTime */.ZR)(digest, start),
                nextStep: cls === '5xx' ? `Find the failing path above in ${digest.source.logGroup} and the application logs of its target.` : 'Check whether a client, a deploy or a WAF/auth change turned requests away.',
                series: (0,log_evidence/* countSeries */.T5)(digest, bins, `HTTP ${cls}`),
                logs: { logGroup: digest.source.logGroup, recent: c.recent, baseline: c.baseline, recentHours, baselineHours },
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/detectors/log-new-signature/detector.ts



/** An error signature that never appeared in the baseline: a new failure mode, often from a deploy. */
const logNewSignature = {
    id: 'log_new_signature',
    cause: 'errors',
    title: 'New error signature',
    description: 'An error or exception signature appeared in the recent window that the baseline before it never had.',
    kinds: ['application'],
    thresholds: {
        min_count: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 1, description: 'Occurrences a new signature needs in the recent window.' },
        min_baseline_hours: { spec: (0,schema/* number */.ai)(0, 2160), default: 1, description: 'Judge only when the baseline covers at least this many hours of logs.' },
        max_findings: { spec: (0,schema/* integer */.nd)(1, 100), default: 5, description: 'New signatures reported one by one per source; the rest are summed up in one finding.' },
    },
    detect(input) {
        const { digest, recentFromBin, thresholds, view } = input;
        const { baselineHours, recentHours } = view;
        if (baselineHours < thresholds.min_baseline_hours)
            return [];
        // Without any lines in the baseline (a group that just started logging), everything would look new.
        if ((0,log_evidence/* split */.lD)(digest.counts.total, digest, recentFromBin).baseline === 0)
            return [];
        const fresh = view.signatures
            .filter((c) => c.baseline === 0 && c.recent >= thresholds.min_count)
            .map((c) => ({ s: c.signature, c }))
            .sort((a, b) => rank(a.s) - rank(b.s) || b.c.recent - a.c.recent);
        const listed = fresh.slice(0, thresholds.max_findings);
        const findings = listed.map(({ s, c }) => ({
            key: `signature:${s.key}`,
            severity: s.level === 'fatal' || s.kind === 'trace' || c.recent >= 50 ? 'high' : 'medium',
            resource: (0,log_evidence/* findingResource */.it)(input),
            title: `${(0,log_evidence/* owner */.eC)(input)}: new ${s.kind === 'trace' ? 'exception' : 'error'} "${s.title}" (${c.recent} in ${(0,log_evidence/* hoursText */.DI)(recentHours)})`,
            evidence: [
                { label: 'first seen', value: (0,metric_evidence/* iso */.KH)(s.firstSeen) },
                { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: 'never' },
            ],
            since: (0,metric_evidence/* iso */.KH)(s.firstSeen),
            nextStep: `A new failure mode: compare with the deploys and config changes around ${(0,metric_evidence/* iso */.KH)(s.firstSeen).slice(0, 16)}Z.`,
            series: (0,log_evidence/* countSeries */.T5)(digest, s.bins, 'occurrences'),
            logs: (0,log_evidence/* signatureLogs */.iR)(input, c),
        }));
        const rest = fresh.slice(listed.length);
        if (rest.length > 0) {
            findings.push({
                key: 'signature:more',
                severity: 'low',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${rest.length} more new error signatures`,
                evidence: [{ label: 'also new', value: rest.slice(0, 5).map(({ s, c }) => `${s.title} (${c.recent})`).join('; ') }],
                since: (0,metric_evidence/* iso */.KH)(Math.min(...rest.map(({ s }) => s.firstSeen))),
            });
        }
        return findings;
    },
};
// Crashes and exceptions before plain error lines.
function rank(s) {
    return s.level === 'fatal' ? 0 : s.kind === 'trace' ? 1 : 2;
}

// EXTERNAL MODULE: ./src/collectors/resource-filter.ts
var resource_filter = __webpack_require__(7569);
;// CONCATENATED MODULE: ./src/telemetry/logs/log-types.ts
// The contract between log discovery, the two query engines (Logs Insights and FilterLogEvents)
// and the pure log analysis. Engines read; analysis never calls AWS.
/** How a log group's lines are written, which decides the parser. */
const LOG_KINDS = ['application', 'rds-postgresql', 'rds-mysql', 'dms', 'waf', 'alb-access'];

// EXTERNAL MODULE: ./src/telemetry/logs/log-counters.ts
var log_counters = __webpack_require__(5319);
;// CONCATENATED MODULE: ./src/detectors/log-pattern-match/detector.ts




/** The user's own patterns (`[log_pattern:NAME]` sections), each with its own severity and minimum count. */
const logPatternMatch = {
    id: 'log_pattern_match',
    cause: null,
    title: 'Configured log pattern matched',
    description: 'Lines matching a [log_pattern:NAME] regex from config.ini appeared in the recent window at least min_count times.',
    kinds: LOG_KINDS,
    thresholds: {},
    detect(input) {
        const { digest, recentFromBin, patterns } = input;
        const { baselineHours, recentHours } = input.view;
        const findings = [];
        for (const pattern of patterns) {
            if (pattern.logGroups.length > 0 && !pattern.logGroups.some((g) => (0,resource_filter/* globToRegExp */.tL)(g).test(digest.source.logGroup)))
                continue;
            const bins = digest.counts[(0,log_counters/* patternCounterId */.a1)(pattern.name)];
            if (!bins)
                continue;
            const c = (0,log_evidence/* split */.lD)(bins, digest, recentFromBin);
            if (c.recent < pattern.minCount)
                continue;
            const example = digest.examples[(0,log_counters/* patternCounterId */.a1)(pattern.name)];
            findings.push({
                key: `pattern:${pattern.name}`,
                severity: pattern.severity,
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: pattern "${pattern.name}" matched ${c.recent} time${c.recent > 1 ? 's' : ''} in ${(0,log_evidence/* hoursText */.DI)(recentHours)}`,
                evidence: [
                    { label: 'regex', value: `/${pattern.regex}/${pattern.ignoreCase ? 'i' : ''}` },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: `${c.baseline}` },
                ],
                since: (0,log_evidence/* binTime */.ZR)(digest, (0,log_evidence/* firstBinWith */.o_)(bins, recentFromBin) ?? recentFromBin),
                series: (0,log_evidence/* countSeries */.T5)(digest, bins, 'matching lines'),
                logs: { logGroup: digest.source.logGroup, recent: c.recent, baseline: c.baseline, recentHours, baselineHours, ...(example ? { example } : {}) },
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/detectors/log-recurring-errors/detector.ts


/**
 * Errors that were there before and are there now at about the same rate: known background noise,
 * listed quietly (info) so a reader knows they exist without mistaking them for what just broke.
 */
const logRecurringErrors = {
    id: 'log_recurring_errors',
    cause: null,
    title: 'Recurring errors (steady)',
    description: 'Error signatures present in both the baseline and the recent window at a steady rate; reported as info, never as an anomaly.',
    kinds: ['application'],
    thresholds: {
        max_listed: { spec: (0,schema/* integer */.nd)(1, 50), default: 5, description: 'Signatures listed in the one finding per source.' },
        signature_factor: { spec: (0,schema/* number */.ai)(1, 1000), default: 5, description: 'A signature at this many times its baseline rate is rising, not steady (keep equal to log_error_rate_spike).' },
    },
    detect(input) {
        const { digest, thresholds, view } = input;
        const { baselineHours, recentHours } = view;
        const steady = view.signatures
            .filter((c) => c.baseline > 0 && c.recent > 0 && !(0,log_evidence/* isRising */.Xy)(c, view, thresholds.signature_factor, 1))
            .map((c) => ({ s: c.signature, c }))
            .sort((a, b) => b.c.recent + b.c.baseline - (a.c.recent + a.c.baseline));
        if (steady.length === 0)
            return [];
        return [
            {
                key: 'recurring',
                severity: 'info',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${steady.length} recurring error signature${steady.length > 1 ? 's' : ''} at a steady rate`,
                evidence: steady.slice(0, thresholds.max_listed).map(({ s, c }) => ({
                    label: `${(0,log_evidence/* perHour */._V)(c.recent, recentHours)} now, ${(0,log_evidence/* perHour */._V)(c.baseline, baselineHours)} before`,
                    value: s.title,
                })),
                nextStep: `Known noise in ${digest.source.logGroup} over ${(0,log_evidence/* hoursText */.DI)(baselineHours + recentHours)}: fix or silence it so new problems stand out.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/rds-log-errors/detector.ts


const CATEGORY = {
    corruption: { severity: 'critical', what: 'data corruption errors', next: 'Stop and read the database log now; restore from a snapshot may be needed. Open an AWS support case.' },
    connection: { severity: 'high', what: 'connection errors', next: 'Compare connections with max_connections (DatabaseConnections metric); look for a pool leak or a client surge; consider RDS Proxy.' },
    resource: { severity: 'high', what: 'resource exhaustion errors', next: 'Check FreeableMemory, FreeStorageSpace and temp file usage at the times above.' },
    auth: { severity: 'medium', what: 'authentication failures', next: 'A client is using a wrong or rotated password: find it by the user and host in the example.' },
    fatal: { severity: 'medium', what: 'fatal errors', next: 'Read the example and the log around it.' },
};
/** FATAL/PANIC lines and connection, resource, corruption and authentication errors in RDS logs. */
const rdsLogErrors = {
    id: 'rds_log_errors',
    cause: 'errors',
    title: 'Database errors in RDS logs',
    description: 'PostgreSQL or MySQL logged fatal errors, refused connections, ran out of a resource, or reported corruption in the recent window.',
    kinds: ['rds-postgresql', 'rds-mysql'],
    thresholds: {
        min_count: { spec: (0,schema/* integer */.nd)(1, 1_000_000), default: 1, description: 'Occurrences needed in the recent window.' },
    },
    detect(input) {
        const { digest, thresholds, view } = input;
        const { baselineHours, recentHours } = view;
        const byCategory = new Map();
        for (const c of view.signatures) {
            const s = c.signature;
            const category = s.category && CATEGORY[s.category] ? s.category : s.level === 'fatal' ? 'fatal' : undefined;
            if (!category || c.recent === 0)
                continue;
            const list = byCategory.get(category);
            if (list)
                list.push(c);
            else
                byCategory.set(category, [c]);
        }
        const findings = [];
        for (const [category, counts] of byCategory) {
            const recent = counts.reduce((n, c) => n + c.recent, 0);
            const baseline = counts.reduce((n, c) => n + c.baseline, 0);
            if (recent < thresholds.min_count)
                continue;
            const meta = CATEGORY[category];
            counts.sort((a, b) => b.recent - a.recent);
            const top = counts[0];
            const signatures = counts.map((c) => c.signature);
            const first = Math.min(...signatures.map((s) => s.firstSeen));
            findings.push({
                key: category,
                severity: top.signature.level === 'fatal' && /PANIC/.test(top.signature.example) ? 'critical' : meta.severity,
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${recent} ${meta.what} in ${(0,log_evidence/* hoursText */.DI)(recentHours)}${baseline === 0 ? ' (none before)' : ''}`,
                evidence: [
                    { label: 'top', value: top.signature.title },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: `${baseline}` },
                    ...(signatures.length > 1 ? [{ label: 'also', value: signatures.slice(1, 4).map((s) => s.title).join('; ') }] : []),
                ],
                since: new Date(baseline === 0 ? first : Math.min(...signatures.map((s) => s.lastSeen))).toISOString(),
                nextStep: meta.next,
                series: (0,log_evidence/* countSeries */.T5)(digest, (0,log_evidence/* summedBins */.Q9)(signatures), meta.what),
                logs: { ...(0,log_evidence/* signatureLogs */.iR)(input, top), recent, baseline },
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./src/detectors/waf-block-spike/detector.ts


/**
 * A surge of requests blocked by a web ACL: an attack being stopped, or a rule that started
 * turning away real users. The rules, sources and paths behind it tell which.
 */
const wafBlockSpike = {
    id: 'waf_block_spike',
    cause: 'security',
    title: 'WAF block surge',
    description: 'A web ACL blocked requests at many times its usual rate; the finding names the rules, client IPs and paths.',
    kinds: ['waf'],
    thresholds: {
        factor: { spec: (0,schema/* number */.ai)(1, 10_000), default: 5, description: 'Recent block rate must be this many times the baseline rate.' },
        min_blocks: { spec: (0,schema/* integer */.nd)(1, 10_000_000), default: 100, description: 'Blocked requests needed in the recent window.' },
    },
    detect(input) {
        const { digest, recentFromBin, thresholds } = input;
        const blocks = digest.counts.waf_block;
        if (!blocks)
            return [];
        const { baselineHours, recentHours } = input.view;
        const c = (0,log_evidence/* split */.lD)(blocks, digest, recentFromBin);
        if (c.recent < thresholds.min_blocks || recentHours <= 0)
            return [];
        const baselineRate = baselineHours > 0 ? Math.max(c.baseline, 1) / baselineHours : 0;
        const recentRate = c.recent / recentHours;
        if (baselineHours > 0 && recentRate < thresholds.factor * baselineRate)
            return [];
        const perBin = baselineRate * (digest.binSeconds / 3600);
        const start = (0,log_evidence/* runStart */.cM)(blocks, recentFromBin, (v) => v >= thresholds.factor * perBin && v > 0);
        const sinceMs = Date.parse((0,log_evidence/* binTime */.ZR)(digest, start));
        const recent = digest.wafBlocks.filter((b) => b.timestamp >= sinceMs);
        return [
            {
                key: 'blocks',
                severity: 'medium',
                resource: (0,log_evidence/* findingResource */.it)(input),
                title: `${(0,log_evidence/* owner */.eC)(input)}: ${c.recent} requests blocked in ${(0,log_evidence/* hoursText */.DI)(recentHours)}, ${baselineRate > 0 ? `${Math.round(recentRate / baselineRate)}x the usual rate` : 'none before'}`,
                evidence: [
                    { label: `last ${(0,log_evidence/* hoursText */.DI)(recentHours)}`, value: `${c.recent} blocked (${(0,log_evidence/* perHour */._V)(c.recent, recentHours)})` },
                    { label: `${(0,log_evidence/* hoursText */.DI)(baselineHours)} before`, value: `${c.baseline} blocked (${(0,log_evidence/* perHour */._V)(c.baseline, baselineHours)})` },
                    ...(recent.length > 0
                        ? [
                            { label: 'rules', value: (0,log_evidence/* topCounts */.kb)(recent.map((b) => b.rule), 3) },
                            { label: 'sources', value: (0,log_evidence/* topCounts */.kb)(recent.map((b) => `${b.clientIp ?? '?'}${b.country ? ` (${b.country})` : ''}`), 3) },
                            { label: 'paths', value: (0,log_evidence/* topCounts */.kb)(recent.map((b) => b.uri ?? '?'), 3) },
                        ]
                        : []),
                    ...(digest.sampled ? [{ label: 'note', value: 'rules, sources and paths are from a sample of the blocked requests' }] : []),
                ],
                since: (0,log_evidence/* binTime */.ZR)(digest, start),
                nextStep: 'Few sources and one rule: likely an attack the ACL is stopping. Many sources on normal paths: a rule may be blocking real users (check recent rule changes).',
                series: (0,log_evidence/* countSeries */.T5)(digest, blocks, 'blocked requests'),
                logs: { logGroup: digest.source.logGroup, recent: c.recent, baseline: c.baseline, recentHours, baselineHours },
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/waf-logging-disabled/detector.ts

const wafLoggingDisabled = {
    id: 'waf_logging_disabled',
    cause: null,
    title: 'WAF web ACL without logging',
    description: 'Without a logging configuration no one can see which requests the web ACL blocked, and the log checks cannot read them.',
    resourceTypes: ['wafv2:web-acl'],
    thresholds: {},
    detect({ resource }) {
        if (resource.attributes.loggingEnabled !== false || resource.attributes.associatedLoadBalancers === 0)
            return [];
        return [
            {
                severity: 'low',
                resource: (0,model/* refOf */.H8)(resource),
                title: 'logging is off: blocked requests cannot be seen or checked',
                evidence: [{ label: 'protects', value: String(resource.attributes.loadBalancers ?? 'unknown (see coverage)') }],
                nextStep: `\`aws wafv2 put-logging-configuration --logging-configuration ResourceArn=${resource.arn ?? resource.id},LogDestinationConfigs=<arn of a log group named aws-waf-logs-...>\``,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/waf-web-acl-unassociated/detector.ts

const wafWebAclUnassociated = {
    id: 'waf_web_acl_unassociated',
    cause: null,
    title: 'WAF web ACL protecting nothing',
    description: 'A regional web ACL associated with no load balancer: possibly a protection someone believes is on.',
    resourceTypes: ['wafv2:web-acl'],
    thresholds: {},
    detect({ resource }) {
        if (resource.attributes.associatedLoadBalancers !== 0)
            return [];
        return [
            {
                severity: 'info',
                resource: (0,model/* refOf */.H8)(resource),
                title: 'web ACL is associated with no load balancer',
                evidence: [{ label: 'associated load balancers', value: '0' }],
                nextStep: `\`aws wafv2 associate-web-acl --web-acl-arn ${resource.arn ?? resource.id} --resource-arn <load balancer arn>\`, or delete the ACL`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/detectors/registry.ts
// Every detector, keyed by its stable id. Adding one: a folder with detector.ts and one line here.































const RESOURCE_STATE_DETECTORS = [
    ecsServiceTasksBelowDesired,
    ecsDeploymentFailed,
    ecsServiceEvents,
    cloudformationStackUnhealthy,
    ecsContainerInsightsDisabled,
    ecsTasksStoppedAbnormally,
    cloudformationStackDrifted,
    rdsUnhealthy,
    rdsFailureEvents,
    rdsPendingMaintenance,
    rdsNotMultiAz,
    opensearchDomainState,
    dmsTaskFailed,
    dmsTableErrors,
    elbLoadBalancerImpaired,
    elbUnhealthyTargets,
    wafLoggingDisabled,
    wafWebAclUnassociated,
];
const METRIC_DETECTORS = [metricThresholdBreach, metricErrorRateSpike, metricLatencyDegradation, metricCapacityExhaustion, metricTrafficDrop];
const LOG_DETECTORS = [
    logErrorRateSpike,
    logNewSignature,
    logRecurringErrors,
    logHttpErrors,
    wafBlockSpike,
    rdsLogErrors,
    dmsTaskLogErrors,
    logPatternMatch,
];
function detectorCatalog() {
    return [...RESOURCE_STATE_DETECTORS, ...METRIC_DETECTORS, ...LOG_DETECTORS].map((detector) => ({ id: detector.id, thresholds: detector.thresholds }));
}


/***/ }),

/***/ 7343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   Hn: () => (/* binding */ cell)
/* harmony export */ });
/* unused harmony export SUMMARY_LIMIT_BYTES */
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6867);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3802);
// Markdown for $GITHUB_STEP_SUMMARY: the same content as the text report, as tables.


const ICON = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵', info: '⚪' };
/** Text as it reads: markdown and HTML characters escaped, every line break a <br>, so it stays in its table cell. */
function cell(text) {
    return text.replace(/[\\`*_~[\]<>&|]/g, '\\$&').replace(/\r\n?|\n/g, '<br>');
}
/** Inside a code span only a table's pipe needs escaping: GFM splits the row before it sees the code. */
function codeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r\n?|\n/g, ' ');
}
/** Prose with `commands` in it: the prose escaped, each command a code span (it holds no backtick). */
function withCode(text) {
    return text
        .split(/(`[^`\n]*`)/)
        .map((part, i) => (i % 2 === 1 ? `\`${codeCell(part.slice(1, -1))}\`` : cell(part)))
        .join('');
}
/** A fence longer than any run of backticks in the text, so the text cannot close it early. */
function fenced(language, text) {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return [`${fence}${language}`, text, fence];
}
/** GitHub refuses a step summary over 1 MiB; stay under it with room for the run link. */
const SUMMARY_LIMIT_BYTES = 1_000_000;
const CHARTS = 3;
const CHART_POINTS = 48;
function renderMarkdown(report, options) {
    const verdict = { failing: '❌ Failing', degraded: '⚠️ Degraded', healthy: '✅ Healthy' }[report.status];
    const shown = report.findings.filter((f) => (0,_report_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isAtLeast */ .du)(f.severity, options.minSeverity));
    const head = [
        `## aws-monitor: ${verdict}`,
        '',
        `${report.scopes.length > 1 ? `${report.accounts.length} accounts · ${report.regions.join(', ')} · ${report.scopes.length} scans` : `Account ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .scopeName */ .OK)(report.scopes[0] ?? { account: report.accounts.join(', ') })} · ${report.regions.join(', ')}`} · ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTime */ .fU)(report.window.from)} → ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTime */ .fU)(report.window.to)} · ${report.findings.length} findings · fail-on \`${report.failOn}\``,
        '',
    ];
    const table = [];
    const charts = [];
    const details = [];
    if (shown.length > 0) {
        // Reports over several accounts or regions say where each finding is.
        const multi = report.scopes.length > 1;
        const where = (f) => {
            const scope = report.scopes.find((s) => s.account === f.resource.account && s.region === f.resource.region);
            return ` ${cell(scope?.accountName ?? f.resource.account ?? '')} ${cell(f.resource.region ?? '')} |`;
        };
        table.push(`| | Severity |${multi ? ' Account, region |' : ''} Resource | What | Since |`, `|---|---|${multi ? '---|' : ''}---|---|---|`);
        for (const f of shown) {
            table.push(`| ${ICON[f.severity]} | ${f.severity} |${multi ? where(f) : ''} \`${codeCell(f.resource.type)}\` ${cell(f.resource.id)} | ${cell(f.title)}${f.related?.length ? ` (+${f.related.length} related)` : ''} | ${f.since ? (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTime */ .fU)(f.since) : ''} |`);
        }
        table.push('');
        // The worst findings that carry a series, drawn: findings are already ordered worst first.
        for (const f of shown.filter((x) => x.series && x.series.values.some((v) => v !== null)).slice(0, CHARTS))
            charts.push(...chart(f), '');
        details.push('<details><summary>Evidence and next steps</summary>', '');
        for (const f of shown) {
            details.push(`**${cell(f.resource.id)}**: ${cell(f.title)}`, '');
            for (const e of f.evidence)
                details.push(`- ${cell(e.label)}: ${cell(e.value)}`);
            if (f.since)
                details.push(`- since: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTime */ .fU)(f.since)}`);
            if (f.nextStep)
                details.push(`- next: ${withCode(f.nextStep)}`);
            if (f.logs)
                details.push(`- log group: \`${codeCell(f.logs.logGroup)}\``);
            if (f.related?.length) {
                details.push(`- same cause, also found:`);
                for (const r of f.related) {
                    const where = r.resource.type === f.resource.type && r.resource.id === f.resource.id ? '' : `\`${codeCell(r.resource.type)}\` ${cell(r.resource.id)}: `;
                    details.push(`  - ${r.severity}: ${where}${cell(r.title)}${r.since ? ` (since ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTime */ .fU)(r.since)})` : ''}`);
                }
            }
            if (f.logs?.example)
                details.push('', ...fenced('text', f.logs.example));
            details.push('');
        }
        details.push('</details>', '');
    }
    else {
        table.push(report.findings.length === 0 ? 'No findings.' : `No findings at or above ${options.minSeverity}.`, '');
    }
    const hidden = report.findings.length - shown.length;
    if (hidden > 0)
        table.push(`<sub>${hidden} finding${hidden === 1 ? '' : 's'} below ${options.minSeverity} not listed; the JSON report has them.</sub>`, '');
    const coverage = [];
    if (report.coverage.length > 0) {
        coverage.push('### Coverage gaps', '', '| Not checked | API | Why |', '|---|---|---|');
        for (const g of report.coverage)
            coverage.push(`| ${cell(g.scope)} | ${g.iamAction ?? g.operation} | ${cell(g.reason)} |`);
        coverage.push('');
    }
    const logs = report.logs ? ` · logs: ${report.logs.sources} sources via ${report.logs.engine === 'insights' ? 'Logs Insights' : 'FilterLogEvents'}, ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .megabytes */ .ix)(report.logs.bytesScanned)} scanned` : '';
    const foot = [`<sub>${report.resources.length} resources · ${report.apiCalls.total} AWS API calls${logs} · ${(report.durationMs / 1000).toFixed(1)}s · ${report.tool.name} ${report.tool.version}</sub>`, ''];
    // Never fail on size: leave out what matters least (evidence details, then charts, then table
    // rows from the least severe, then coverage) and say so at the top.
    const parts = { table, charts, details, coverage };
    const rows = shown.length;
    // Sizes are kept per part (and per row) so dropping rows one by one stays linear.
    const bytes = (lines) => lines.reduce((sum, line) => sum + Buffer.byteLength(line, 'utf8') + 1, 0);
    const fixed = bytes(head) + bytes(foot) + 300;
    let tableBytes = bytes(parts.table);
    const size = () => fixed + tableBytes + bytes(parts.charts) + bytes(parts.details) + bytes(parts.coverage);
    const dropped = [];
    if (size() > SUMMARY_LIMIT_BYTES) {
        parts.details = [];
        dropped.push('evidence details');
    }
    if (size() > SUMMARY_LIMIT_BYTES) {
        parts.charts = [];
        dropped.push('charts');
    }
    let kept = rows;
    let over = size() - SUMMARY_LIMIT_BYTES;
    while (over > 0 && kept > 0) {
        const [row] = parts.table.splice(2 + kept - 1, 1);
        const saved = Buffer.byteLength(row, 'utf8') + 1;
        tableBytes -= saved;
        over -= saved;
        kept -= 1;
    }
    if (kept < rows)
        dropped.push(`${rows - kept} of ${rows} findings`);
    if (size() > SUMMARY_LIMIT_BYTES) {
        parts.coverage = [];
        dropped.push('coverage gaps');
    }
    const note = dropped.length > 0 ? [`> **Truncated** to fit GitHub's 1 MiB summary limit: ${dropped.join(', ')} left out. The text and JSON reports have everything.`, ''] : [];
    return [...head, ...note, ...parts.table, ...parts.charts, ...parts.details, ...parts.coverage, ...foot].join('\n');
}
/** A Mermaid xychart-beta line chart of a finding's series, at most CHART_POINTS points (each the extreme of its slice). */
function chart(f) {
    const series = f.series;
    const perPoint = Math.max(1, Math.ceil(series.values.length / CHART_POINTS));
    const labels = [];
    const values = [];
    let last = 0;
    const start = Date.parse(series.start);
    const days = series.values.length * series.periodSeconds > 86_400;
    for (let i = 0; i < series.values.length; i += perPoint) {
        const slice = series.values.slice(i, i + perPoint).filter((v) => v !== null && Number.isFinite(v));
        // A gap keeps the last value: Mermaid has no "no data", and a drop to 0 would be a lie.
        const value = slice.length > 0 ? Math.max(...slice) : last;
        last = value;
        // Plain decimals: Mermaid reads neither 3.2e-7 nor 1e+21.
        values.push(value.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 4 }));
        // One label per point: over more than a day the labels need the date, or they repeat and the line folds back.
        const iso = new Date(start + i * series.periodSeconds * 1000).toISOString();
        labels.push(`"${days ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16)}"`);
    }
    const quote = (text) => text.replace(/["\n\r]/g, "'");
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${quote(`${f.resource.id}: ${series.name} (${series.stat})`)}"`,
        `    x-axis [${labels.join(', ')}]`,
        `    y-axis "${quote(series.unit)}"`,
        `    line [${values.join(', ')}]`,
        '```',
    ];
}


/***/ }),

/***/ 2762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ renderReport)
});

// UNUSED EXPORTS: RENDERERS

;// CONCATENATED MODULE: ./src/renderers/json.ts
// The whole model, always: consumers filter by severity themselves.
const renderJson = (report) => `${JSON.stringify(report, null, 2)}\n`;

// EXTERNAL MODULE: ./src/renderers/markdown.ts
var markdown = __webpack_require__(7343);
// EXTERNAL MODULE: ./src/renderers/text.ts
var renderers_text = __webpack_require__(3802);
;// CONCATENATED MODULE: ./src/renderers/registry.ts
// Every output format, keyed by the name used in `format =` and --format.



const RENDERERS = {
    text: renderers_text/* renderText */.S5,
    markdown: markdown/* renderMarkdown */.Gc,
    json: renderJson,
};
/** A report in one format, listing what that output's minimum severity lets through (JSON: everything). */
function renderReport(format, report, output, extra = {}) {
    return RENDERERS[format](report, { minSeverity: format === 'json' ? 'info' : output.minSeverity[format], ...(format === 'text' && extra.color ? { color: true } : {}) });
}


/***/ }),

/***/ 3802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LV: () => (/* binding */ wrap),
/* harmony export */   OK: () => (/* binding */ scopeName),
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   fU: () => (/* binding */ formatTime),
/* harmony export */   ix: () => (/* binding */ megabytes)
/* harmony export */ });
/* unused harmony export sparkline */
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6867);
/* harmony import */ var _report_merge_related_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1256);
// The primary output: plain text made to be pasted into a ticket or chat, at most 100 columns.


const WIDTH = 100;
function renderText(report, options) {
    const width = options.width ?? WIDTH;
    const out = [];
    out.push(...header(report), '');
    out.push(...findingsSection(report, options.minSeverity, width), '');
    out.push(...inventorySection(report, width), '');
    out.push(...coverageSection(report, width), '');
    out.push(...runSection(report));
    const lines = out.map((line) => line.trimEnd());
    return (options.color ? lines.map(colorLine) : lines).join('\n') + '\n';
}
// ANSI SGR codes (ECMA-48): only for a terminal that asks (the CLI decides), never in a file.
const STYLE = {
    critical: '1;31',
    high: '31',
    medium: '33',
    low: '36',
    info: '2',
    ok: '32',
    FAILING: '1;31',
    DEGRADED: '1;33',
    HEALTHY: '1;32',
    heading: '1',
};
const paint = (text, style) => (style ? `\x1b[${style}m${text}\x1b[0m` : text);
/**
 * Colours the report's own markers after layout, so widths are counted without escape codes.
 * Only lines the renderer writes can match: every line with text from AWS or a log is indented
 * deeper than these patterns allow.
 */
function colorLine(line) {
    return line
        .replace(/^(FAILING|DEGRADED|HEALTHY)(?=:)/, (word) => paint(word, STYLE[word]))
        .replace(/^(FINDINGS|INVENTORY|COVERAGE|RUN)$/, (word) => paint(word, STYLE.heading))
        .replace(/^( {0,2}\d+\. )(CRITICAL|HIGH|MEDIUM|LOW|INFO)(?= )/, (_, lead, severity) => lead + paint(severity, STYLE[severity.toLowerCase()]))
        .replace(/^( {4}| {6})(!(critical|high|medium|low|info)|ok)(?= )/, (_, lead, mark, severity) => lead + paint(mark, STYLE[severity ?? 'ok']));
}
function header(report) {
    const counts = severityCounts(report.findings);
    const summary = _report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${s}`)
        .join(', ');
    const total = report.findings.length;
    const related = report.findings.reduce((n, f) => n + (f.related?.length ?? 0), 0);
    const verdict = report.status === 'failing'
        ? `FAILING: ${total} finding${plural(total)} (${summary}); fail-on is ${report.failOn}`
        : report.status === 'degraded'
            ? `DEGRADED: ${total} finding${plural(total)} (${summary}), none at fail-on ${report.failOn}`
            : total > 0
                ? `HEALTHY: only informational notes (${summary})`
                : 'HEALTHY: no findings';
    return [
        report.scopes.length > 1
            ? `aws-monitor report - ${report.accounts.length} account${plural(report.accounts.length)}, ${report.regions.length} region${plural(report.regions.length)} (${report.scopes.length} scans: see RUN)`
            : `aws-monitor report - account ${scopeName(report.scopes[0] ?? { account: report.accounts.join(', ') })} - ${report.regions.join(', ')}`,
        `window ${formatTime(report.window.from)} to ${formatTime(report.window.to)} (${span(report.window.from, report.window.to)})`,
        '',
        verdict,
        ...(related > 0 ? [`(${related} more finding${plural(related)} share${related === 1 ? 's' : ''} a cause and a resource with one above: listed under it as related)`] : []),
        ...(report.coverage.length > 0 ? [`(${report.coverage.length} coverage gap${plural(report.coverage.length)}: some checks could not run, see COVERAGE)`] : []),
    ];
}
function findingsSection(report, minSeverity, width) {
    const shown = report.findings.filter((f) => (0,_report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isAtLeast */ .du)(f.severity, minSeverity));
    const hidden = report.findings.length - shown.length;
    // Info findings are facts, not problems: one item each after the problems, so they never crowd them.
    const problems = shown.filter((f) => f.severity !== 'info');
    const notes = shown.filter((f) => f.severity === 'info');
    const lines = ['FINDINGS'];
    if (shown.length === 0)
        lines.push(report.findings.length === 0 ? '  None.' : '  None at or above ' + minSeverity + '.');
    problems.forEach((finding, index) => lines.push(...findingBlock(finding, index + 1, report.generatedAt, width, whereOf(report, finding.resource))));
    if (notes.length > 0) {
        lines.push(`  Notes (info, ${notes.length}):`);
        // One line per note; a kind noted on many resources is one line naming them all.
        const byKind = new Map();
        for (const note of notes)
            byKind.set(note.kind, [...(byKind.get(note.kind) ?? []), note]);
        for (const group of byKind.values()) {
            const [first] = group;
            if (group.length >= NOTES_GROUPED_FROM) {
                const others = group.slice(1).map((n) => n.resource.id);
                const named = others.length > NOTES_NAMED ? `${others.slice(0, NOTES_NAMED).join(', ')} and ${others.length - NOTES_NAMED} more` : others.join(', ');
                lines.push(...wrap(`- ${first.resource.type} ${first.resource.id}: ${first.title}; the same on ${others.length} more: ${named}`, width, '    ', '      '));
                continue;
            }
            for (const note of group) {
                lines.push(...wrap(`- ${note.resource.type} ${note.resource.id}${whereOf(report, note.resource)}: ${note.title}${note.evidence[0] ? ` (${note.evidence[0].value})` : ''}`, width, '    ', '      '));
            }
        }
    }
    if (hidden > 0)
        lines.push(`  (${hidden} finding${plural(hidden)} below ${minSeverity} not shown)`);
    return lines;
}
function findingBlock(finding, n, now, width, where = '') {
    const lead = `${String(n).padStart(3)}. ${finding.severity.toUpperCase().padEnd(8)} `;
    const indent = ' '.repeat(lead.length);
    const lines = [`${lead}${finding.resource.type} ${finding.resource.id}${where}`];
    lines.push(...wrap(finding.title, width, indent));
    for (const item of finding.evidence)
        lines.push(...wrap(`${item.label}: ${item.value}`, width, indent + '  ', indent + '    '));
    if (finding.series) {
        const bars = Math.min(SPARKLINE_WIDTH, width - indent.length - 4);
        lines.push(`${indent}  ${sparklineLabel(finding.series, bars)}:`, `${indent}    ${sparkline(finding.series.values, bars)}`);
    }
    if (finding.since)
        lines.push(`${indent}  since ${formatTime(finding.since)} (${span(finding.since, now)} ago)`);
    if (finding.logs)
        lines.push(...logLines(finding.logs, indent, width));
    if (finding.related?.length)
        lines.push(...relatedLines(finding, now, indent, width));
    if (finding.nextStep)
        lines.push(...wrap(`next: ${finding.nextStep}`, width, indent + '  ', indent + '        '));
    return lines;
}
/** Findings merged into this one (same cause, same resource): one item each, worst first. */
function relatedLines(finding, now, indent, width) {
    const related = finding.related;
    const lines = [`${indent}  same cause, also found (${related.length}):`];
    for (const r of related) {
        const where = r.resource.type === finding.resource.type && r.resource.id === finding.resource.id ? '' : `${r.resource.type} ${r.resource.id}: `;
        const since = r.since ? `; since ${r.since.slice(0, 10) === now.slice(0, 10) ? formatTime(r.since).slice(11) : formatTime(r.since)}` : '';
        lines.push(...wrap(`- ${r.severity}: ${where}${r.title}${since}`, width, `${indent}    `, `${indent}      `));
    }
    return lines;
}
const EXAMPLE_LINES = 8;
const NOTES_GROUPED_FROM = 3;
const NOTES_NAMED = 8;
/** Where the lines are and one example, as logged (already redacted), cut to the width rather than wrapped. */
function logLines(logs, indent, width) {
    const lines = [`${indent}  log group: ${logs.logGroup}${logs.sampled ? ' (counts from a sample of the matching events)' : ''}`];
    if (!logs.example)
        return lines;
    lines.push(`${indent}  example:`);
    const room = Math.max(20, width - indent.length - 4);
    const example = logs.example.split('\n');
    for (const line of example.slice(0, EXAMPLE_LINES)) {
        // Control characters would move the cursor or recolour a terminal: show them as "?".
        // eslint-disable-next-line no-control-regex
        const flat = line.replace(/\t/g, '    ').replace(/[\u0000-\u001f\u007f]/g, '?');
        lines.push(`${indent}    ${flat.length > room ? `${flat.slice(0, room - 1)}…` : flat}`);
    }
    if (example.length > EXAMPLE_LINES)
        lines.push(`${indent}    ... ${example.length - EXAMPLE_LINES} more lines`);
    return lines;
}
const TYPE_TITLES = {
    ecs: 'ECS',
    rds: 'RDS',
    opensearch: 'OpenSearch',
    cloudformation: 'CloudFormation',
    elbv2: 'Load balancing',
    dms: 'DMS',
    wafv2: 'WAF',
    logs: 'CloudWatch Logs',
};
const MAX_ROWS_PER_SERVICE = 25;
function inventorySection(report, width) {
    const lines = ['INVENTORY'];
    if (report.resources.length === 0)
        return [...lines, '  No resources found in scope.'];
    const multi = report.scopes.length > 1;
    const key = (r) => (multi ? `${r.account ?? ''}|${r.region ?? ''}|${r.type}|${r.id}` : `${r.type}|${r.id}`);
    const findingsByResource = new Map();
    for (const f of (0,_report_merge_related_js__WEBPACK_IMPORTED_MODULE_1__/* .allFindings */ .c)(report.findings)) {
        const worst = findingsByResource.get(key(f.resource));
        if (!worst || (0,_report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isAtLeast */ .du)(f.severity, worst))
            findingsByResource.set(key(f.resource), f.severity);
    }
    const idWidth = Math.min(48, Math.max(...report.resources.map((r) => r.id.length)));
    // One block per account and region when there are several, so each can be read on its own.
    const scopes = report.scopes.length > 1 ? report.scopes : [undefined];
    for (const scope of scopes) {
        const inScope = scope ? report.resources.filter((r) => r.account === scope.account && r.region === scope.region) : report.resources;
        if (scope)
            lines.push(`  ${scopeName(scope)} ${scope.region}:${inScope.length === 0 ? ' no resources found in scope' : ''}`);
        const indent = scope ? '  ' : '';
        const byService = new Map();
        for (const r of inScope) {
            const service = r.type.split(':')[0];
            byService.set(service, [...(byService.get(service) ?? []), r]);
        }
        for (const [service, resources] of byService) {
            const withFindings = resources.filter((r) => findingsByResource.has(key(r)));
            lines.push(`${indent}  ${TYPE_TITLES[service] ?? service}: ${countByType(resources)}${withFindings.length ? `, ${withFindings.length} with findings` : ''}`);
            // Resources with findings first, then the rest, so a long inventory still shows what matters.
            const ordered = [...withFindings, ...resources.filter((r) => !withFindings.includes(r))];
            for (const r of ordered.slice(0, MAX_ROWS_PER_SERVICE)) {
                const worst = findingsByResource.get(key(r));
                const mark = worst ? `!${worst}` : 'ok';
                const row = `${indent}    ${mark.padEnd(10)}${r.id.padEnd(idWidth)}  ${[r.status, summary(r, report.generatedAt)].filter(Boolean).join('  ')}`;
                lines.push(row.length > width ? row.slice(0, width - 3) + '...' : row);
            }
            if (ordered.length > MAX_ROWS_PER_SERVICE)
                lines.push(`${indent}    ... and ${ordered.length - MAX_ROWS_PER_SERVICE} more without findings (see the JSON report)`);
        }
    }
    return lines;
}
function summary(r, now) {
    const a = r.attributes;
    switch (r.type) {
        case 'ecs:service': {
            const rollout = a.rolloutState === 'IN_PROGRESS' && typeof a.deploymentStartedAt === 'string'
                ? `, deploying for ${span(a.deploymentStartedAt, now)}`
                : a.rolloutState && a.rolloutState !== 'COMPLETED'
                    ? `, rollout ${String(a.rolloutState)}`
                    : '';
            return `${String(a.running)}/${String(a.desired)} running${rollout}${a.stoppedTasks ? `, ${String(a.stoppedTasks)} stopped` : ''}`;
        }
        case 'ecs:cluster':
            return `${String(a.activeServices)} service${plural(Number(a.activeServices))}, ${String(a.runningTasks)} task${plural(Number(a.runningTasks))}, insights ${String(a.containerInsights)}`;
        case 'rds:instance':
            return [`${String(a.engine ?? '')} ${String(a.engineVersion ?? '')}`.trim(), a.role, a.multiAZ ? 'multi-AZ' : ''].filter(Boolean).join(', ');
        case 'rds:cluster':
            return [`${String(a.engine ?? '')} ${String(a.engineVersion ?? '')}`.trim(), `${String(a.members)} member${plural(Number(a.members))}`].filter(Boolean).join(', ');
        case 'elbv2:target-group':
            return `${String(a.healthyTargets)}/${String(a.targets)} healthy${a.loadBalancers ? `, behind ${String(a.loadBalancers)}` : ''}`;
        case 'elbv2:load-balancer':
            return [a.lbType, a.scheme].filter(Boolean).join(', ');
        case 'opensearch:domain':
            return [a.engineVersion, a.instanceCount && a.instanceType ? `${String(a.instanceCount)} x ${String(a.instanceType)}` : ''].filter(Boolean).join(', ');
        case 'cloudformation:stack':
            return a.lastUpdatedAt ? `updated ${formatTime(String(a.lastUpdatedAt))}` : '';
        case 'wafv2:web-acl':
            return [a.logGroup ? `logs to ${String(a.logGroup)}` : a.loggingEnabled ? 'logging on' : 'logging off', typeof a.associatedLoadBalancers === 'number' ? `${a.associatedLoadBalancers} load balancers` : ''].filter(Boolean).join(', ');
        case 'dms:task':
            return [a.migrationType, a.replicationInstance ? `on ${String(a.replicationInstance)}` : ''].filter(Boolean).join(', ');
        default:
            return '';
    }
}
function countByType(resources) {
    const counts = new Map();
    for (const r of resources)
        counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
    return [...counts].map(([type, n]) => `${n} ${type.split(':')[1]}${plural(n)}`).join(', ');
}
function coverageSection(report, width) {
    const lines = ['COVERAGE'];
    if (report.coverage.length === 0)
        return [...lines, '  Every enabled check ran.'];
    for (const gap of report.coverage) {
        lines.push(...wrap(`- not checked: ${gap.scope} (${gap.service} ${gap.operation})${whereOf(report, gap)}`, width, '  ', '    '));
        lines.push(...wrap(`why: ${gap.reason}`, width, '    ', '      '));
    }
    return lines;
}
/** An account as a reader knows it: its configured name with the id, or the id. */
function scopeName(scope) {
    return scope.accountName ? `${scope.accountName} (${scope.account})` : scope.account;
}
/** Where a resource lives, for reports covering more than one account or region. */
function whereOf(report, ref) {
    if (report.scopes.length <= 1)
        return '';
    const scope = report.scopes.find((s) => s.account === ref.account && s.region === ref.region);
    return ` [${scope?.accountName ?? ref.account ?? '?'} ${ref.region ?? '?'}]`;
}
function runSection(report) {
    const retries = report.apiCalls.requests - report.apiCalls.total;
    const scopes = report.scopes.length > 1
        ? report.scopes.map((s) => {
            const resources = report.resources.filter((r) => r.account === s.account && r.region === s.region).length;
            return `  - ${scopeName(s)} ${s.region}: ${resources} resources, ${s.apiCalls} API calls, ${(s.durationMs / 1000).toFixed(1)}s, to ${formatTime(s.window.to)}`;
        })
        : [];
    return [
        'RUN',
        `  ${report.tool.name} ${report.tool.version}, generated ${formatTime(report.generatedAt)} in ${(report.durationMs / 1000).toFixed(1)}s`,
        `  AWS API calls: ${report.apiCalls.total}${retries > 0 ? ` (+${retries} retries)` : ''}; ${report.resources.length} resources`,
        ...(scopes.length > 0 ? [`  Scans (account, region):`, ...scopes] : []),
        ...(report.logs
            ? [
                `  Logs: ${report.logs.sources} source${plural(report.logs.sources)} read with ${{ insights: 'Logs Insights', filter: 'FilterLogEvents', mixed: 'Logs Insights and FilterLogEvents' }[report.logs.engine]}, ${megabytes(report.logs.bytesScanned)} scanned (expected ${megabytes(report.logs.expectedBytes)})${report.logs.skipped > 0 ? `; ${report.logs.skipped} left out by the scan budget` : ''}`,
            ]
            : []),
    ];
}
/** Bytes as MiB or GiB, for the run facts. */
function megabytes(bytes) {
    const mb = bytes / 1_048_576;
    return mb >= 1024 ? `${(mb / 1024).toFixed(1)} GiB` : mb >= 10 ? `${Math.round(mb)} MiB` : `${mb.toFixed(mb >= 1 ? 1 : 2)} MiB`;
}
function severityCounts(findings) {
    const counts = Object.fromEntries(_report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s) => [s, 0]));
    for (const f of findings)
        counts[f.severity] += 1;
    return counts;
}
/**
 * Words to lines of at most `width` columns. A token is never split: a word longer than the room
 * left moves to the next line, and one longer than a whole line stands on a line of its own, past
 * the width, so an ARN or a URL pasted from the report still works. A `code span` (a command a
 * finding suggests) is one token, spaces and all: a command broken over two lines runs half of it.
 */
function wrap(text, width, firstIndent, restIndent = firstIndent) {
    const lines = [];
    let current = firstIndent;
    let empty = true;
    for (const token of tokens(text)) {
        if (!empty && current.length + 1 + token.length > width) {
            lines.push(current);
            current = restIndent;
            empty = true;
        }
        current += (empty ? '' : ' ') + token;
        empty = false;
    }
    if (!empty)
        lines.push(current);
    return lines;
}
/** Whitespace-separated words, except that a `code span` with what is glued to it is one token. */
function tokens(text) {
    return [...text.matchAll(/[^\s`]*`[^`\n]*`\S*|\S+/g)].map((m) => m[0].replace(/\s+/g, ' '));
}
function formatTime(iso) {
    return iso.replace('T', ' ').replace(/:\d{2}(\.\d+)?Z$/, ' UTC');
}
function span(fromIso, toIso) {
    const minutes = Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60_000));
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    const mins = minutes % 60;
    if (days > 0)
        return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
    if (hours > 0)
        return mins > 0 ? `${hours}h ${mins}m` : `${hours}h`;
    return `${mins}m`;
}
function plural(n) {
    return n === 1 ? '' : 's';
}
const SPARKLINE_WIDTH = 60;
const BARS = '▁▂▃▄▅▆▇█';
function sparklineLabel(series, bars) {
    const perBar = Math.max(1, Math.ceil(series.values.length / bars));
    const minutes = (series.periodSeconds * perBar) / 60;
    const per = minutes >= 60 && minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`;
    if (series.namespace === 'CloudWatch Logs')
        return `${series.name}, count per ${per}`;
    return `${series.name} ${series.stat}, ${per} per bar`;
}
/** The series in at most `width` bars, each the extreme of the points it covers, so spikes survive. */
function sparkline(values, width) {
    const perBar = Math.max(1, Math.ceil(values.length / width));
    const bars = [];
    for (let i = 0; i < values.length; i += perBar) {
        const slice = values.slice(i, i + perBar).filter((v) => v !== null);
        bars.push(slice.length ? Math.max(...slice) : null);
    }
    const present = bars.filter((v) => v !== null);
    if (present.length === 0)
        return '';
    const low = Math.min(...present);
    const high = Math.max(...present);
    return bars.map((v) => (v === null ? ' ' : BARS[high === low ? 0 : Math.round(((v - low) / (high - low)) * (BARS.length - 1))])).join('');
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
/* harmony import */ var _merge_related_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1256);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(649);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6867);



function reportStatus(findings, failOn) {
    if (failOn !== 'never' && findings.some((f) => (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isAtLeast */ .du)(f.severity, failOn)))
        return 'failing';
    return findings.some((f) => f.severity !== 'info') ? 'degraded' : 'healthy';
}
function sortFindings(findings) {
    return [...findings].sort((a, b) => (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(a.severity) - (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(b.severity) ||
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
/**
 * What AWS says about a resource can carry secrets too: a DMS failure message with a connection
 * string, an ECS event quoting an environment variable, a tag. Every free-text field goes through redact.
 */
function redactResource(resource) {
    return {
        ...resource,
        attributes: Object.fromEntries(Object.entries(resource.attributes).map(([k, v]) => [k, typeof v === 'string' ? (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(v) : v])),
        // Tags are free text anyone with tagging rights writes: connection strings and keys end up there.
        tags: Object.fromEntries(Object.entries(resource.tags).map(([k, v]) => [k, (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(v)])),
        ...(resource.events ? { events: resource.events.map((e) => ({ ...e, message: (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(e.message) })) } : {}),
        ...(resource.stoppedTasks ? { stoppedTasks: resource.stoppedTasks.map((t) => ({ ...t, reason: (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(t.reason) })) } : {}),
    };
}
/** Every free-text field of a finding through redact, related findings included. */
function redactFinding(finding) {
    return {
        ...finding,
        title: (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(finding.title),
        evidence: finding.evidence.map((e) => ({ label: e.label, value: (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(e.value) })),
        ...(finding.nextStep ? { nextStep: (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(finding.nextStep) } : {}),
        ...(finding.logs
            ? {
                logs: {
                    ...finding.logs,
                    ...(finding.logs.signature ? { signature: (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(finding.logs.signature) } : {}),
                    ...(finding.logs.example ? { example: (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(finding.logs.example) } : {}),
                },
            }
            : {}),
        ...(finding.related ? { related: finding.related.map(redactFinding) } : {}),
    };
}
function buildReport(parts) {
    const region = parts.config.region;
    const sorted = sortFindings(parts.findings.map((f) => placed(f, parts.account, region))).map(redactFinding);
    const findings = parts.config.output.mergeRelated ? (0,_merge_related_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeRelated */ .M)(sorted, parts.resources) : sorted;
    const window = { from: parts.config.window.from.toISOString(), to: parts.config.window.to.toISOString() };
    return {
        schemaVersion: _model_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_SCHEMA_VERSION */ .WI,
        tool: { name: 'aws-monitor', version: parts.version },
        generatedAt: parts.generatedAt.toISOString(),
        window,
        regions: [region],
        accounts: [parts.account],
        scopes: [
            {
                account: parts.account,
                ...(parts.accountName ? { accountName: parts.accountName } : {}),
                region,
                window,
                generatedAt: parts.generatedAt.toISOString(),
                durationMs: parts.durationMs,
                apiCalls: parts.apiCalls.total,
            },
        ],
        status: reportStatus(findings, parts.config.output.failOn),
        failOn: parts.config.output.failOn,
        resources: sortResources(parts.resources.map((r) => ({ ...r, account: r.account ?? parts.account }))).map(redactResource),
        findings,
        coverage: parts.coverage.map((gap) => ({ ...gap, reason: (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(gap.reason), account: gap.account ?? parts.account, region: gap.region ?? region })),
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
/* harmony import */ var _build_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4417);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6867);
// Many reports as one: the scans of several accounts and regions, whether one run made them side by
// side or a matrix of GitHub jobs did (`aws-monitor merge`). A run over several scopes builds its
// report with this same function, so merging the jobs' reports gives the report of one run over
// all of them (timing aside).



const uniqueSorted = (values) => [...new Set(values)].sort();
function mergeReports(reports, options = {}) {
    if (reports.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('nothing to merge: no reports given');
    const versions = uniqueSorted(reports.map((r) => String(r.schemaVersion)));
    if (versions.length > 1 || reports[0].schemaVersion !== _model_js__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_SCHEMA_VERSION */ .WI) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`cannot merge reports of schema version ${versions.join(' and ')}: this aws-monitor reads version ${_model_js__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_SCHEMA_VERSION */ .WI}; run the same version in every job`);
    }
    const failOns = uniqueSorted(reports.map((r) => r.failOn));
    if (!options.failOn && failOns.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the reports use different fail-on thresholds (${failOns.join(', ')}): give one with --fail-on`);
    }
    const failOn = options.failOn ?? reports[0].failOn;
    const scopes = reports.flatMap((r) => r.scopes);
    const seen = new Set();
    for (const scope of scopes) {
        const key = `${scope.account} ${scope.region}`;
        if (seen.has(key))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`account ${scope.account} in ${scope.region} is in more than one report: each account and region must be scanned once`);
        seen.add(key);
    }
    const findings = (0,_build_report_js__WEBPACK_IMPORTED_MODULE_2__/* .sortFindings */ .Tc)(reports.flatMap((r) => r.findings));
    const froms = reports.map((r) => r.window.from).sort();
    const tos = reports.map((r) => r.window.to).sort();
    const logs = mergeLogs(reports.flatMap((r) => (r.logs ? [r.logs] : [])));
    return {
        schemaVersion: _model_js__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_SCHEMA_VERSION */ .WI,
        tool: reports[0].tool,
        generatedAt: reports.map((r) => r.generatedAt).sort().at(-1),
        window: { from: froms[0], to: tos.at(-1) },
        regions: uniqueSorted(reports.flatMap((r) => r.regions)),
        accounts: uniqueSorted(reports.flatMap((r) => r.accounts)),
        scopes: [...scopes].sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region)),
        status: (0,_build_report_js__WEBPACK_IMPORTED_MODULE_2__/* .reportStatus */ .JE)(findings, failOn),
        failOn,
        resources: (0,_build_report_js__WEBPACK_IMPORTED_MODULE_2__/* .sortResources */ .ql)(reports.flatMap((r) => r.resources)),
        findings,
        coverage: reports
            .flatMap((r) => r.coverage)
            .sort((a, b) => (a.account ?? '').localeCompare(b.account ?? '') || (a.region ?? '').localeCompare(b.region ?? '') || a.service.localeCompare(b.service) || a.scope.localeCompare(b.scope)),
        apiCalls: mergeCalls(reports.map((r) => r.apiCalls)),
        ...(logs ? { logs } : {}),
        // Scopes run side by side (in one run, or as parallel jobs): the longest is the wall time.
        durationMs: Math.max(...reports.map((r) => r.durationMs)),
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

/***/ 649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redact)
/* harmony export */ });
// Removes credentials and secrets from any text that may reach a report, log or error message.
const RULES = [
    // AWS access key ids (long-term AKIA, temporary ASIA, and the other documented prefixes).
    [/\b(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}\b/g, '[REDACTED-AWS-KEY-ID]'],
    // key = value / key: value pairs whose key names a secret, snake_case or camelCase (SecretAccessKey, sessionToken).
    [/\b((?:aws_?)?(?:secret(?:_?access)?_?key|session_?token|password|passwd|pwd|token|api[_-]?key|secret))(["']?\s*[:=]\s*["']?)[^\s"',;&]+/gi, '$1$2[REDACTED]'],
    // user:password@ in connection strings. The scheme's length is bounded so a long run of letters and
    // dots is not rescanned from every position (quadratic: 80 s on a 1 MB line).
    [/(\b[a-z][a-z0-9+.-]{0,31}:\/\/[^:/\s@]+:)[^@\s/]+@/gi, '$1[REDACTED]@'],
    // Bearer tokens.
    [/\b(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/g, '$1[REDACTED]'],
    // JSON Web Tokens anywhere (header.payload.signature, base64url).
    [/\beyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]*/g, '[REDACTED-JWT]'],
    // E-mail addresses: personal data, never needed to understand a problem. Bounded runs keep it linear.
    [/[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b/g, '[REDACTED-EMAIL]'],
];
function redact(text) {
    let result = text;
    for (const [pattern, replacement] of RULES)
        result = result.replace(pattern, replacement);
    return result;
}


/***/ }),

/***/ 5463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ clientsForConfig),
  _: () => (/* binding */ runScans)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./src/aws/aws-errors.ts
var aws_errors = __webpack_require__(8098);
// EXTERNAL MODULE: ./src/aws/call-counter.ts
var call_counter = __webpack_require__(2860);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
;// CONCATENATED MODULE: ./src/aws/clients.ts
// The one place AWS SDK clients are made: region, credentials, endpoint, retries, timeouts and
// the call counter are set here for every client, so no collector configures its own.


const BACKOFF_BASE_MS = 50;
const MAX_BACKOFF_MS = 5_000;
class ClientFactory {
    options;
    counter;
    cache = new Map();
    /**
     * Abandons every call of every client made here once aborted (the scan's deadline): calls in
     * flight, waiting in a retry backoff, or not sent yet. A call given its own abortSignal keeps it
     * (StopQuery on the way out must still reach the service).
     */
    signal;
    constructor(options, counter = new call_counter/* CallCounter */.X()) {
        this.options = options;
        this.counter = counter;
    }
    get(Client, region = this.options.region) {
        const key = `${Client.name}@${region}`;
        const cached = this.cache.get(key);
        if (cached)
            return cached;
        const client = new Client({
            region,
            maxAttempts: this.options.maxAttempts,
            ...(this.options.retryMode === 'adaptive' ? { retryMode: 'adaptive' } : { retryStrategy: retryStrategy(this.options.maxAttempts) }),
            // throwOnRequestTimeout: without it this SDK only logs a warning and the request waits forever.
            requestHandler: { requestTimeout: this.options.requestTimeoutMs, throwOnRequestTimeout: true, connectionTimeout: 5_000 },
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

// EXTERNAL MODULE: ./src/collectors/attempt.ts
var attempt = __webpack_require__(1505);
// EXTERNAL MODULE: ./src/report/build-report.ts
var build_report = __webpack_require__(4417);
// EXTERNAL MODULE: ./src/report/merge-reports.ts
var merge_reports = __webpack_require__(2756);
// EXTERNAL MODULE: ./src/deadline.ts
var src_deadline = __webpack_require__(6683);
// EXTERNAL MODULE: ./src/scan.ts + 1 modules
var scan = __webpack_require__(5990);
;// CONCATENATED MODULE: ./src/scan-accounts.ts
// The engine's entry point: the account the credentials belong to, or every `[account:NAME]` in
// every region it lists, each assumed from the base credentials and scanned on its own (a few at
// a time, each with its own concurrency), then merged into one report. One account that cannot be
// reached is a coverage gap in the report, not a failed run.










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
// An hour: the longest a role allows by default; a scan of one account takes seconds to minutes.
const SESSION_SECONDS = 3600;
async function runScans(deps, config) {
    if (config.accounts.length === 0) {
        const clients = deps.clientsFor(config.region, new call_counter/* CallCounter */.X());
        try {
            return await (0,scan/* runScan */.Hk)({ ...deps, clients }, config);
        }
        finally {
            clients.destroy();
        }
    }
    const limit = (0,p_limit/* default */.A)(config.accountConcurrency);
    const scopes = config.accounts.flatMap((account) => (account.regions?.length ? account.regions : [config.region]).map((region) => ({ account, region })));
    // One deadline for the whole run, every account and region within it.
    const deadline = deps.deadline ?? (0,src_deadline/* startDeadline */.db)((0,scan/* scanDeadlineMs */.SE)(config));
    try {
        const reports = await Promise.all(scopes.map(({ account, region }) => limit(() => scanAccount({ ...deps, deadline }, config, account, region))));
        return (0,merge_reports/* mergeReports */.C)(reports);
    }
    finally {
        if (!deps.deadline)
            deadline.dispose();
    }
}
async function scanAccount(deps, config, account, region) {
    const scoped = { ...config, region, accounts: [] };
    const counter = new call_counter/* CallCounter */.X();
    const started = deps.now();
    const progress = deps.progress ? (message) => deps.progress(`${account.name} ${region}: ${message}`) : undefined;
    let credentials;
    if (deps.deadline?.signal.aborted)
        return unreachable(deps, scoped, account, counter, started, (0,src_deadline/* deadlineReason */.Xp)(deps.deadline.ms, `account ${account.name} was scanned`));
    const sts = deps.clientsFor(region, counter);
    sts.signal = deps.deadline?.signal;
    try {
        credentials = await assumeRole(sts, account);
    }
    catch (error) {
        return unreachable(deps, scoped, account, counter, started, `sts:AssumeRole on ${account.roleArn} failed: ${(0,aws_errors/* describeAwsError */.Pp)(error)}`);
    }
    finally {
        sts.destroy();
    }
    const clients = deps.clientsFor(region, counter, credentials);
    try {
        return await (0,scan/* runScan */.Hk)({ ...deps, clients, accountName: account.name, ...(progress ? { progress } : {}) }, scoped);
    }
    catch (error) {
        // Credentials the account rejects sink this account only; anything else is a bug, and loud.
        if (error instanceof attempt/* CredentialsUnusableError */.E9)
            return unreachable(deps, scoped, account, counter, started, `the assumed role's credentials were rejected: ${error.message}`);
        throw error;
    }
    finally {
        clients.destroy();
    }
}
async function assumeRole(clients, account) {
    const response = await clients.get(dist_cjs/* STSClient */.iM).send(new dist_cjs/* AssumeRoleCommand */.QL({
        RoleArn: account.roleArn,
        RoleSessionName: account.sessionName ?? 'aws-monitor',
        DurationSeconds: SESSION_SECONDS,
        ...(account.externalId ? { ExternalId: account.externalId } : {}),
    }));
    const c = response.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey)
        throw new Error('AssumeRole answered without credentials');
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}), ...(c.Expiration ? { expiration: c.Expiration } : {}) };
}
/** The report of an account that could not be scanned: nothing found, and one gap saying why. */
function unreachable(deps, config, account, counter, started, reason) {
    const finished = deps.now();
    // arn:aws:iam::123456789012:role/name: the account the role lives in.
    const accountId = account.roleArn.split(':')[4] || account.name;
    return (0,build_report/* buildReport */.FK)({
        version: deps.version,
        config,
        account: accountId,
        accountName: account.name,
        resources: [],
        findings: [],
        coverage: [{ service: 'sts', operation: 'AssumeRole', iamAction: 'sts:AssumeRole', scope: `everything in account ${account.name} (${accountId}) in ${config.region}`, reason }],
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
  Xr: () => (/* binding */ callerAccount),
  Hk: () => (/* binding */ runScan),
  SE: () => (/* binding */ scanDeadlineMs)
});

// UNUSED EXPORTS: causeOfRole, detectLogs, detectMetrics, detectResourceState, keptEventsPerSource

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./src/aws/aws-errors.ts
var aws_errors = __webpack_require__(8098);
// EXTERNAL MODULE: ./src/collectors/attempt.ts
var attempt = __webpack_require__(1505);
// EXTERNAL MODULE: ./src/collectors/registry.ts + 4 modules
var registry = __webpack_require__(5179);
// EXTERNAL MODULE: ./src/collectors/resource-filter.ts
var resource_filter = __webpack_require__(7569);
// EXTERNAL MODULE: ./src/deadline.ts
var src_deadline = __webpack_require__(6683);
// EXTERNAL MODULE: ./src/detectors/registry.ts + 33 modules
var detectors_registry = __webpack_require__(9857);
// EXTERNAL MODULE: ./src/analysis/logs/log-digest.ts + 10 modules
var log_digest = __webpack_require__(9589);
// EXTERNAL MODULE: ./src/telemetry/logs/log-counters.ts
var log_counters = __webpack_require__(5319);
// EXTERNAL MODULE: ./src/telemetry/logs/filter-engine.ts
var filter_engine = __webpack_require__(124);
// EXTERNAL MODULE: ./src/telemetry/logs/log-reader.ts + 3 modules
var log_reader = __webpack_require__(4287);
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
    const limit = (0,p_limit/* default */.A)(config.concurrency);
    // Past the deadline every call is abandoned (the clients watch the signal), each unfinished part
    // becomes a coverage gap, and the report is built from what was gathered.
    const deadline = deps.deadline ?? (0,src_deadline/* startDeadline */.db)(scanDeadlineMs(config));
    deps.clients.signal = deadline.signal;
    try {
        return await scan(deps, config, { started, progress, coverage, limit, deadline });
    }
    finally {
        if (!deps.deadline)
            deadline.dispose();
    }
}
async function scan(deps, config, { started, progress, coverage, limit, deadline }) {
    let account;
    try {
        account = await callerAccount(deps.clients);
    }
    catch (error) {
        if (!(0,src_deadline/* deadlineOf */.G0)(error))
            throw error;
        account = 'unknown';
        coverage.push({ service: 'sts', operation: 'GetCallerIdentity', iamAction: 'sts:GetCallerIdentity', scope: 'the account id', reason: (0,src_deadline/* deadlineReason */.Xp)(deadline.ms, 'the account was identified') });
    }
    progress(`account ${account}, region ${config.region}`);
    const collectors = (deps.collectors ?? registry/* COLLECTORS */.n).filter((c) => config.services.includes(c.id));
    const context = {
        config,
        clients: deps.clients,
        now: started,
        limit: (task) => limit(task),
        gap: (gap) => coverage.push(gap),
        progress,
        signal: deadline.signal,
    };
    const collected = await Promise.all(collectors.map((collector) => runCollector(collector, context)));
    const inScope = (0,resource_filter/* makeResourceFilter */.$F)(config.filters);
    const resources = collected.flat().filter(inScope).map((r) => ({ ...r, account }));
    const findings = detectResourceState(resources, deps.detectors ?? detectors_registry/* RESOURCE_STATE_DETECTORS */.x$, config, started);
    // Metrics and logs are independent reads: run them side by side.
    const [metricFindings, logScan] = await Promise.all([scanMetrics(context, resources, deps, started), scanLogs(context, resources, deps, started)]);
    findings.push(...metricFindings, ...(logScan?.findings ?? []));
    const finished = deps.now();
    return (0,build_report/* buildReport */.FK)({
        version: deps.version,
        config,
        account,
        ...(deps.accountName ? { accountName: deps.accountName } : {}),
        resources,
        findings,
        coverage,
        apiCalls: deps.clients.counter.snapshot(),
        ...(logScan ? { logs: logScan.summary } : {}),
        generatedAt: finished,
        durationMs: finished.getTime() - started.getTime(),
    });
}
async function scanMetrics(context, resources, deps, now) {
    const { config } = context;
    if (!config.metrics.enabled)
        return [];
    const plan = (0,metric_planner/* planMetricCalls */.dD)(resources, config.window, now, { maxPointsPerSeries: config.metrics.maxPointsPerSeries });
    if (plan.calls.length === 0)
        return [];
    const queries = plan.calls.reduce((n, c) => n + c.length, 0);
    const deadline = (0,src_deadline/* deadlineOf */.G0)(context.signal?.reason);
    if (deadline) {
        const resourceCount = new Set(plan.calls.flat().map((q) => `${q.resource.type} ${q.resource.id}`)).size;
        context.gap({ service: 'cloudwatch', operation: 'GetMetricData', iamAction: 'cloudwatch:GetMetricData', scope: `${queries} metrics of ${resourceCount} resources`, reason: (0,src_deadline/* deadlineReason */.Xp)(deadline.deadlineMs, 'the metrics were read') });
        return [];
    }
    context.progress(`CloudWatch: ${queries} metrics at ${plan.periodSeconds / 60}-min periods in ${plan.calls.length} GetMetricData calls`);
    const series = await (0,metric_fetcher/* fetchMetricPlan */.C)(context, plan);
    return detectMetrics(resources, series, deps.metricDetectors ?? detectors_registry/* METRIC_DETECTORS */.ZU, config, now);
}
/** Reads the logs of every discovered source once, digests each, and runs the log detectors. */
async function scanLogs(context, resources, deps, now) {
    const { config } = context;
    if (!config.logs.enabled)
        return undefined;
    const sources = (0,log_sources/* logSourcesOf */.q)(resources, config.logs.extraLogGroups);
    if (sources.length === 0)
        return undefined;
    const window = planLogWindow(config.window, config.logs.recentMs);
    const deadline = (0,src_deadline/* deadlineOf */.G0)(context.signal?.reason);
    if (deadline) {
        for (const source of sources) {
            context.gap({ service: 'logs', operation: 'DescribeLogGroups', scope: (0,filter_engine/* scopeOf */.Od)(source), reason: (0,src_deadline/* deadlineReason */.Xp)(deadline.deadlineMs, 'the logs were read') });
        }
        return undefined;
    }
    const { result, plan } = await (0,log_reader/* readLogs */.o)(context, {
        sources,
        startMs: window.startMs,
        endMs: window.endMs,
        binSeconds: window.binSeconds,
        counters: (0,log_counters/* logCounters */.Sy)(config.logs),
        keep: (0,log_counters/* keepCounter */.eq)(config.logs),
        maxKeptEvents: keptEventsPerSource(config.logs, sources.length),
    }, { engine: config.logs.engine, scanBudgetBytes: config.logs.scanBudgetBytes, filterMaxBytes: config.logs.filterMaxBytes });
    const errorPatterns = config.logs.errorPatterns.map((p) => new RegExp(p));
    const examplePatterns = config.logs.patterns.map((p) => ({ id: (0,log_counters/* patternCounterId */.a1)(p.name), re: new RegExp(p.regex, p.ignoreCase ? 'i' : '') }));
    const digests = result.sources.map((logs) => (0,log_digest/* digestSourceLogs */.l)(logs, { startMs: result.startMs, binSeconds: result.binSeconds, binCount: window.binCount, errorPatterns, examplePatterns }));
    return {
        findings: detectLogs(digests, resources, deps.logDetectors ?? detectors_registry/* LOG_DETECTORS */.X5, config, window.recentFromBin, now),
        summary: { engine: result.engine, sources: result.sources.length, expectedBytes: plan.expectedBytes, bytesScanned: result.bytesScanned, skipped: plan.skipped.length },
    };
}
async function callerAccount(clients) {
    try {
        const identity = await clients.get(dist_cjs/* STSClient */.iM).send(new dist_cjs/* GetCallerIdentityCommand */.zI({}));
        return identity.Account ?? 'unknown';
    }
    catch (error) {
        if ((0,aws_errors/* isCredentialsError */.B_)(error))
            throw new attempt/* CredentialsUnusableError */.E9((0,aws_errors/* describeAwsError */.Pp)(error));
        throw error;
    }
}
async function runCollector(collector, context) {
    try {
        return await collector.collect(context);
    }
    catch (error) {
        if (error instanceof attempt/* CredentialsUnusableError */.E9)
            throw error;
        // A bug or an unexpected response in one collector must not sink the whole report.
        const deadline = (0,src_deadline/* deadlineOf */.G0)(error);
        const reason = deadline ? (0,src_deadline/* deadlineReason */.Xp)(deadline.deadlineMs, 'the collector finished') : `collector failed: ${(0,aws_errors/* describeAwsError */.Pp)(error)}`;
        context.gap({ service: collector.id, operation: 'collect', scope: `all ${collector.title} resources`, reason });
        return [];
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
function detectMetrics(resources, series, detectors, config, now) {
    const findings = [];
    const byResource = new Map();
    for (const s of series) {
        const key = `${s.query.resource.type}:${s.query.resource.id}`;
        if (!byResource.has(key))
            byResource.set(key, new Map());
        byResource.get(key).set(s.query.spec.id, { spec: s.query.spec, periodSeconds: s.periodSeconds, timestamps: s.timestamps, values: s.values });
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
    const inputs = digests.map((digest) => ({ digest, view: (0,log_evidence/* windowView */.Sw)(digest, recentFromBin), resource: resourceByKey.get(`${digest.source.resource.type}:${digest.source.resource.id}`) }));
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
    const causes = { errors: 'errors', latency: 'latency', saturation: 'saturation', 'free-capacity': 'saturation', traffic: 'traffic', health: 'availability' };
    return causes[role];
}
/**
 * Lines kept verbatim per source: max_events_per_source, but never more than the source's share of
 * max_events_total, so a scan of 100 groups holds no more than one of 10 (the counts stay complete;
 * past the cap the kept lines are a sample, and findings say so). At least 100 per source.
 */
function keptEventsPerSource(logs, sourceCount) {
    return Math.max(100, Math.min(logs.maxEventsPerSource, Math.floor(logs.maxEventsTotal / Math.max(1, sourceCount))));
}


/***/ }),

/***/ 124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NF: () => (/* binding */ readWithFilter),
/* harmony export */   Od: () => (/* binding */ scopeOf)
/* harmony export */ });
/* unused harmony exports DEFAULT_FILTER_REQUESTS_PER_SECOND, MAX_FILTER_REQUESTS_PER_SECOND, DEFAULT_MAX_PAGES_PER_SOURCE, filterRateLimiter */
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(303);
/* harmony import */ var _aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8098);
/* harmony import */ var _collectors_attempt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1505);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6683);
/* harmony import */ var _log_counting_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9211);
/* harmony import */ var _token_bucket_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2241);
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
    return new _token_bucket_js__WEBPACK_IMPORTED_MODULE_4__/* .TokenBucket */ .q(rate, 1, options.now ?? Date.now, options.sleep ?? _token_bucket_js__WEBPACK_IMPORTED_MODULE_4__/* .realSleep */ .u);
}
async function readWithFilter(context, request, sources, options = {}) {
    const logs = context.clients.get(_aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_5__/* .CloudWatchLogsClient */ .TFr);
    const bucket = options.rateLimiter ?? filterRateLimiter(options);
    // Everything is read anyway: past the cap, keep a uniform sample rather than only the oldest lines.
    const accumulators = (0,_log_counting_js__WEBPACK_IMPORTED_MODULE_3__/* .accumulatorsFor */ .RU)(request, sources, 'uniform');
    const counters = request.counters.map((c) => ({ id: c.id, test: (0,_log_counting_js__WEBPACK_IMPORTED_MODULE_3__/* .compileCounter */ .go)(c) }));
    const keep = (0,_log_counting_js__WEBPACK_IMPORTED_MODULE_3__/* .compileCounter */ .go)(request.keep);
    let bytesScanned = 0;
    const readSource = async (source) => {
        const acc = accumulators.get(source.id);
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
                if (options.signal?.aborted || !(0,_deadline_js__WEBPACK_IMPORTED_MODULE_2__/* .isDeadline */ .vh)(error))
                    throw error;
                context.gap(gap(source, (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_1__/* .failureReason */ .Hr)(error, IAM_ACTION)));
                return false;
            }
            let page;
            try {
                const token = nextToken;
                page = await context.limit(() => logs.send(new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_5__/* .FilterLogEventsCommand */ .nsW({
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
                if ((0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isCredentialsError */ .B_)(error))
                    throw new _collectors_attempt_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsUnusableError */ .E9((0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error));
                if (options.signal?.aborted)
                    throw error;
                const missing = error.name === 'ResourceNotFoundException';
                context.gap(gap(source, missing ? `log group ${source.logGroup} does not exist` : (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_1__/* .failureReason */ .Hr)(error, IAM_ACTION)));
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
                const bin = (0,_log_counting_js__WEBPACK_IMPORTED_MODULE_3__/* .binIndexOf */ .zi)(timestamp, request);
                if (bin === undefined)
                    continue;
                events += 1;
                lastTimestamp = lastTimestamp === undefined ? timestamp : Math.max(lastTimestamp, timestamp);
                countEvent(acc, counters, bin, message);
                if (keep(message))
                    acc.keep({ timestamp, message, logStream: event.logStreamName ?? '' });
            }
            nextToken = page.nextToken;
        } while (nextToken);
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


/***/ }),

/***/ 5319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ logCounters),
/* harmony export */   a1: () => (/* binding */ patternCounterId),
/* harmony export */   eq: () => (/* binding */ keepCounter)
/* harmony export */ });
/* unused harmony export caseFolded */
// What the engines count and keep for the log detectors, built from config. Pure.
//
// Every pattern here must run in JavaScript and in Logs Insights (an RE2-style engine): no
// lookaround, no backreferences; and it must not backtrack badly over a long line.
// Structured loggers (JSON) write the level as a field, in any case, or as a pino/bunyan number.
const STRUCTURED_ERROR = '"(?:level|severity|levelname|log\\.level|lvl)"\\s*:\\s*(?:"(?:[Ee]rror|ERROR|[Ff]atal|FATAL|[Cc]ritical|CRITICAL|[Pp]anic|PANIC|[Ee]merg\\w*|EMERG\\w*|[Aa]lert|ALERT|err|ERR|crit|CRIT)"|[56]0\\b)';
// DMS task logs write the severity as one letter after the component: ]E: (and sometimes ] E:).
const DMS_ERROR = '\\] ?E:';
// Lines that carry a stack trace's frames and headers, kept so traces can be re-joined (only error
// lines and these are read back, never the whole log).
const TRACE_LINES = '^\\s+(?:at |File "|from |#\\d|\\.\\.\\. \\d+ (?:more|common frames)|--- End of)|^(?:Caused by|Traceback|panic: |goroutine \\d|Exception in thread|Unhandled exception|\\[stack\\])|^[\\w.$]*(?:Error|Exception|Exit|Interrupt)\\b|\\.go:\\d+|^\\s*\\S+\\.(?:rb|php|dart):\\d+';
// HTTP status in an ALB access log line (9th field), a common/combined access line, or a JSON field.
const ALB_LINE = '^(?:https?|h2|grpcs|wss?) \\S+ \\S+ \\S+ \\S+ \\S+ \\S+ \\S+ ';
const statusPattern = (digit) => `${ALB_LINE}${digit} |" ${digit} \\d|"(?:status|statusCode|status_code|httpStatus|http_status)"\\s*:\\s*"?${digit}\\b`;
const WAF_BLOCK = '"action"\\s*:\\s*"BLOCK"';
function patternCounterId(name) {
    return `pattern:${name}`;
}
/** The counters each source gets, keyed by the ids the log detectors read. */
function logCounters(config) {
    return [
        { id: 'total' },
        { id: 'errors', pattern: errorLines(config).map(group).join('|') },
        { id: 'http_requests', pattern: statusPattern('\\d{3}') },
        { id: 'http_5xx', pattern: statusPattern('5\\d\\d') },
        { id: 'http_4xx', pattern: statusPattern('4\\d\\d') },
        { id: 'waf_block', pattern: WAF_BLOCK },
        ...config.patterns.map((p) => ({ id: patternCounterId(p.name), pattern: p.regex, ...(p.ignoreCase ? { ignoreCase: true } : {}) })),
    ];
}
/** What counts as an error line: the configured patterns, structured levels and DMS ]E: lines. */
function errorLines(config) {
    return [...config.errorPatterns, STRUCTURED_ERROR, DMS_ERROR];
}
/** Events returned verbatim: errors, trace lines, HTTP errors, WAF blocks, and the user's patterns. */
function keepCounter(config) {
    const patterns = [
        ...errorLines(config),
        TRACE_LINES,
        statusPattern('[45]\\d\\d'),
        WAF_BLOCK,
        // RDS: PostgreSQL FATAL/PANIC/ERROR and MySQL [ERROR] are covered by the default error patterns.
        ...config.patterns.filter((p) => !p.ignoreCase).map((p) => p.regex),
        // Case-insensitive user patterns, spelled out ([eE][rR]...): one shared keep pattern cannot carry a flag for part of it.
        ...config.patterns.filter((p) => p.ignoreCase).map((p) => caseFolded(p.regex)),
    ];
    return { id: 'keep', pattern: patterns.map(group).join('|') };
}
/** Letters outside escapes and [...] classes become [xX]; classes keep their letters as written. */
function caseFolded(pattern) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < pattern.length; i += 1) {
        const c = pattern[i];
        if (c === '\\') {
            out += c + (pattern[i + 1] ?? '');
            i += 1;
        }
        else if (inClass) {
            if (c === ']')
                inClass = false;
            out += c;
        }
        else if (c === '[') {
            inClass = true;
            out += c;
        }
        else if (c === '(' && pattern[i + 1] === '?') {
            // (?: and (?<name> are syntax, not text.
            const end = pattern[i + 2] === '<' ? pattern.indexOf('>', i) : i + 2;
            out += pattern.slice(i, end + 1);
            i = end;
        }
        else if (c === '{') {
            // Quantifier braces hold digits only; copy them through.
            const end = pattern.indexOf('}', i);
            out += end === -1 ? c : pattern.slice(i, end + 1);
            if (end !== -1)
                i = end;
        }
        else if (/[a-z]/i.test(c))
            out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
        else
            out += c;
    }
    return out;
}
function group(pattern) {
    return `(?:${pattern})`;
}


/***/ }),

/***/ 9211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hc: () => (/* binding */ binMsOf),
/* harmony export */   RU: () => (/* binding */ accumulatorsFor),
/* harmony export */   Yf: () => (/* binding */ binCountOf),
/* harmony export */   go: () => (/* binding */ compileCounter),
/* harmony export */   zi: () => (/* binding */ binIndexOf)
/* harmony export */ });
/* unused harmony export SourceAccumulator */
/* harmony import */ var _config_regex_safety_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1452);
// What both engines share: the bin grid of a LogReadRequest, the local meaning of a LogCounter,
// and the per-source accumulator that keeps complete counts and the earliest kept events. Pure.

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
function compileCounter(counter) {
    if (counter.pattern === undefined)
        return () => true;
    const regex = new RegExp(counter.pattern, counter.ignoreCase ? 'i' : '');
    // JavaScript's engine backtracks: even a pattern regex-safety.ts accepts can be quadratic in the
    // line's length, so only the head of a very long line is searched (Logs Insights runs RE2).
    return (message) => regex.test(message.length > _config_regex_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_MATCHED_CHARS */ .c ? message.slice(0, _config_regex_safety_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_MATCHED_CHARS */ .c) : message);
}
/**
 * One source's counts and kept events while an engine reads. Counts are always complete; kept
 * events are the earliest `maxKept` by timestamp (ties in arrival order), whatever order they
 * arrive in, with memory bounded by twice that.
 */
class SourceAccumulator {
    source;
    maxKept;
    sampling;
    counts;
    kept = [];
    truncated = false;
    seen = 0;
    // A fixed-seed generator: the same input keeps the same sample on every run.
    state = 0x9e3779b9;
    constructor(source, counterIds, binCount, maxKept, 
    /** earliest: past maxKept, the earliest by time (the Insights engine stops at maxKept itself, having chosen which events arrive); uniform: a random sample of all. */
    sampling = 'earliest') {
        this.source = source;
        this.maxKept = maxKept;
        this.sampling = sampling;
        this.counts = Object.fromEntries(counterIds.map((id) => [id, new Array(binCount).fill(0)]));
    }
    add(counterId, bin, n = 1) {
        const series = this.counts[counterId];
        if (series && bin >= 0 && bin < series.length)
            series[bin] += n;
    }
    keep(event) {
        if (this.maxKept <= 0) {
            this.truncated = true;
            return;
        }
        if (this.sampling === 'uniform') {
            // Reservoir sampling (Algorithm R): every event seen has the same chance to be kept, so a
            // sample's counts before and after any moment keep their proportions (what the detectors compare).
            this.seen += 1;
            if (this.kept.length < this.maxKept)
                this.kept.push(event);
            else {
                this.truncated = true;
                const slot = Math.floor(this.random() * this.seen);
                if (slot < this.maxKept)
                    this.kept[slot] = event;
            }
            return;
        }
        this.kept.push(event);
        if (this.kept.length >= 2 * this.maxKept)
            this.compact();
    }
    /** More events matched than could be returned, for a reason only the engine knows. */
    markTruncated() {
        this.truncated = true;
    }
    /** How many events are kept so far (at most maxKept after compaction). */
    keptCount() {
        return Math.min(this.kept.length, this.maxKept);
    }
    /** How many more events may be kept. */
    room() {
        return Math.max(0, this.maxKept - this.kept.length);
    }
    isFull() {
        return this.maxKept <= 0 || this.kept.length >= this.maxKept;
    }
    result() {
        this.compact();
        return { source: this.source, counts: this.counts, events: this.kept, eventsTruncated: this.truncated };
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
    }
}
function accumulatorsFor(request, sources, sampling = 'earliest') {
    const ids = request.counters.map((c) => c.id);
    const bins = binCountOf(request);
    return new Map(sources.map((s) => [s.id, new SourceAccumulator(s, ids, bins, request.maxKeptEvents, sampling)]));
}


/***/ }),

/***/ 4287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ readLogs)
});

// UNUSED EXPORTS: describeLogGroups

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var dist_cjs = __webpack_require__(303);
// EXTERNAL MODULE: ./src/collectors/attempt.ts
var collectors_attempt = __webpack_require__(1505);
// EXTERNAL MODULE: ./src/telemetry/logs/filter-engine.ts
var filter_engine = __webpack_require__(124);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./src/aws/aws-errors.ts
var aws_errors = __webpack_require__(8098);
// EXTERNAL MODULE: ./src/deadline.ts
var src_deadline = __webpack_require__(6683);
// EXTERNAL MODULE: ./src/telemetry/logs/log-counting.ts
var log_counting = __webpack_require__(9211);
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
    const binMs = (0,log_counting/* binMsOf */.Hc)(span);
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
        commands.push(`fields floor((toMillis(@timestamp) - ${request.startMs}) / ${(0,log_counting/* binMsOf */.Hc)(request)}) as ${BIN_INDEX_FIELD}`);
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
    const binMs = (0,log_counting/* binMsOf */.Hc)(request);
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
    const end = Math.min((0,log_counting/* binCountOf */.Yf)(request), Math.ceil((window.endMs - request.startMs) / binMs));
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
    const binCount = (0,log_counting/* binCountOf */.Yf)(input);
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
            skipped.push({ source, logGroup: source.logGroup, reason: `the size of log group ${source.logGroup} is unknown (DescribeLogGroups did not describe it), so the Logs Insights scan budget ([logs] scan_budget_mb) cannot account for it` });
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
    const binMs = (0,log_counting/* binMsOf */.Hc)(span);
    const binsPerWindow = Math.min(Math.max(1, binCount), maxRows);
    const windows = [];
    for (let first = 0; first < Math.max(1, binCount); first += binsPerWindow) {
        windows.push([span.startMs + first * binMs, Math.min(span.endMs, span.startMs + (first + binsPerWindow) * binMs)]);
    }
    const groupsPerStats = Math.max(1, Math.min(MAX_GROUPS_PER_QUERY, Math.floor(maxRows / binsPerWindow)));
    for (const group of byPrefix.values()) {
        if (wants.stats && binCount > 0) {
            for (const batch of (0,collectors_attempt/* chunk */.iv)(group, groupsPerStats))
                for (const [from, to] of windows)
                    stats.push(spec('stats', batch, from, to));
        }
        if (wants.events)
            for (const batch of (0,collectors_attempt/* chunk */.iv)(group, MAX_GROUPS_PER_QUERY))
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

// EXTERNAL MODULE: ./src/telemetry/logs/token-bucket.ts
var token_bucket = __webpack_require__(2241);
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
const SERVICE = 'logs';
async function readWithInsights(context, request, plan, options = {}) {
    const logs = context.clients.get(dist_cjs/* CloudWatchLogsClient */.TFr);
    const slots = (0,p_limit/* default */.A)(Math.max(1, options.maxConcurrentQueries ?? DEFAULT_MAX_CONCURRENT_QUERIES));
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? token_bucket/* realSleep */.u;
    const signal = options.signal ?? context.signal;
    const send = options.signal ? { abortSignal: options.signal } : {};
    const pollInitial = options.pollInitialMs ?? 1_000;
    const pollMax = Math.max(pollInitial, options.pollMaxMs ?? 5_000);
    const timeout = options.queryTimeoutMs ?? 15 * 60_000;
    const maxRows = plan.maxRowsPerQuery;
    const accumulators = (0,log_counting/* accumulatorsFor */.RU)(request, plan.sources);
    const countsFailed = new Set();
    let bytesScanned = 0;
    // Continuations of full events answers scan again; their expected bytes count against the budget too.
    let continuationBytes = 0;
    const gapFor = (run, operation, reason) => ({
        service: SERVICE,
        operation,
        iamAction: `logs:${operation}`,
        scope: `Logs Insights ${run.kind} query ${new Date(run.fromMs).toISOString()} to ${new Date(run.toMs).toISOString()} over ${run.logGroups.length === 1 ? 'log group' : `${run.logGroups.length} log groups:`} ${run.logGroups.join(', ')}`,
        reason,
    });
    const stop = async (queryId) => {
        try {
            // Its own short signal: the scan's may be aborted already, and this call must still go out.
            await logs.send(new dist_cjs/* StopQueryCommand */.MN0({ queryId }), { abortSignal: AbortSignal.timeout(5_000) });
        }
        catch {
            // Best effort: a query that already ended cannot be stopped.
        }
    };
    const rethrowIfFatal = (error) => {
        if ((0,aws_errors/* isCredentialsError */.B_)(error))
            throw new collectors_attempt/* CredentialsUnusableError */.E9((0,aws_errors/* describeAwsError */.Pp)(error));
        if (signal?.aborted && !(0,src_deadline/* deadlineOf */.G0)(signal.reason))
            throw signal.reason ?? error;
    };
    /** Rows of a completed query, or undefined after recording why there are none. */
    const runQuery = (run) => slots(async () => {
        let queryId;
        const retries = options.startRetries ?? 4;
        for (let attempt = 0; queryId === undefined; attempt += 1) {
            try {
                const started = await context.limit(() => logs.send(new dist_cjs/* StartQueryCommand */.qbV({
                    logGroupNames: run.logGroups,
                    startTime: Math.floor(run.fromMs / 1000),
                    endTime: Math.ceil(run.toMs / 1000),
                    queryString: run.queryString,
                    limit: maxRows,
                }), send));
                if (!started.queryId) {
                    context.gap(gapFor(run, 'StartQuery', 'StartQuery answered without a query id'));
                    return undefined;
                }
                queryId = started.queryId;
            }
            catch (error) {
                rethrowIfFatal(error);
                if (error.name === 'LimitExceededException' && attempt < retries) {
                    await sleep(Math.min(60_000, pollMax * 2 ** attempt), signal);
                    continue;
                }
                context.gap(gapFor(run, 'StartQuery', (0,collectors_attempt/* failureReason */.Hr)(error, 'logs:StartQuery')));
                return undefined;
            }
        }
        const deadline = now() + timeout;
        let delay = pollInitial;
        for (;;) {
            await sleep(delay, signal);
            delay = Math.min(pollMax, Math.round(delay * 1.5));
            if (signal?.aborted) {
                await stop(queryId);
                const deadline = (0,src_deadline/* deadlineOf */.G0)(signal.reason);
                if (!deadline)
                    throw signal.reason ?? new Error('aborted');
                context.gap(gapFor(run, 'GetQueryResults', (0,src_deadline/* deadlineReason */.Xp)(deadline.deadlineMs, 'the query finished (it was stopped)')));
                return undefined;
            }
            let answer;
            try {
                answer = await context.limit(() => logs.send(new dist_cjs/* GetQueryResultsCommand */.sAK({ queryId }), send));
            }
            catch (error) {
                await stop(queryId);
                rethrowIfFatal(error);
                context.gap(gapFor(run, 'GetQueryResults', (0,collectors_attempt/* failureReason */.Hr)(error, 'logs:GetQueryResults')));
                return undefined;
            }
            const scanned = answer.statistics?.bytesScanned ?? 0;
            switch (answer.status) {
                case 'Complete': {
                    const rows = (answer.results ?? []).map(rowRecord);
                    let token = answer.nextToken;
                    try {
                        while (token) {
                            const pageToken = token;
                            const page = await context.limit(() => logs.send(new dist_cjs/* GetQueryResultsCommand */.sAK({ queryId, nextToken: pageToken }), send));
                            rows.push(...(page.results ?? []).map(rowRecord));
                            token = page.nextToken;
                        }
                    }
                    catch (error) {
                        rethrowIfFatal(error);
                        bytesScanned += scanned;
                        context.gap(gapFor(run, 'GetQueryResults', `reading further result pages failed: ${(0,collectors_attempt/* failureReason */.Hr)(error, 'logs:GetQueryResults')}`));
                        return undefined;
                    }
                    bytesScanned += scanned;
                    return rows;
                }
                case 'Failed':
                case 'Cancelled':
                case 'Timeout':
                    bytesScanned += scanned;
                    context.gap(gapFor(run, 'GetQueryResults', `the query ended with status ${answer.status}`));
                    return undefined;
                default:
                    // Scheduled, Running, Unknown: wait, up to the deadline.
                    if (now() >= deadline) {
                        await stop(queryId);
                        bytesScanned += scanned;
                        context.gap(gapFor(run, 'GetQueryResults', `the query was still ${answer.status ?? 'pending'} after ${Math.round(timeout / 1000)} s and was stopped`));
                        return undefined;
                    }
            }
        }
    });
    const sourceOf = (spec, logField) => {
        const group = groupOfLogField(logField, spec.logGroups);
        return group === undefined ? undefined : spec.sources.find((s) => s.logGroup === group);
    };
    const runStats = async (spec) => {
        const run = { kind: 'stats', logGroups: spec.logGroups, fromMs: spec.startMs, toMs: spec.endMs, queryString: statsQueryString(request, spec) };
        const rows = await runQuery(run);
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
    };
    const runEvents = async (spec) => {
        let active = spec.sources.filter((s) => !accumulators.get(s.id).isFull());
        const finished = new Set();
        let from = 0;
        while (active.length > 0 && from < SAMPLE_PHASES) {
            const queryString = eventsQueryString(request.keep, spec.streamPrefix, maxRows, from);
            const rows = await runQuery({ kind: 'events', logGroups: active.map((s) => s.logGroup), fromMs: spec.startMs, toMs: spec.endMs, queryString });
            if (!rows) {
                // The counts stand; the kept events of these sources are incomplete.
                for (const source of active)
                    accumulators.get(source.id).markTruncated();
                return;
            }
            const events = rows.map((row) => ({ row, timestamp: parseInsightsTime(row['@timestamp']) })).filter((e) => Number.isFinite(e.timestamp));
            const full = rows.length >= maxRows;
            let accepted = events;
            let next = SAMPLE_PHASES;
            if (full) {
                // Sorted by phase and cut at the limit: every event of the phases before the last is in.
                const cut = events.reduce((last, e) => Math.max(last, samplePhaseOf(e.timestamp)), from);
                if (cut > from) {
                    accepted = events.filter((e) => samplePhaseOf(e.timestamp) < cut);
                    next = cut;
                }
                else {
                    // A whole answer inside one phase: take it and skip the rest of that phase.
                    next = from + 1;
                    for (const source of active)
                        accumulators.get(source.id).markTruncated();
                }
            }
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
            for (const [id, events] of bySource) {
                const acc = accumulators.get(id);
                const kept = wholePhases(events, acc.room(), acc.keptCount() === 0);
                for (const event of kept)
                    acc.keep(event);
                if (kept.length < events.length) {
                    // Its cap fell inside this answer: its sample ends at the last whole phase kept.
                    acc.markTruncated();
                    finished.add(id);
                }
            }
            if (!full)
                return;
            from = next;
            // A source with all the events it may return is not asked again; it may have had more.
            active = active.filter((s) => {
                const acc = accumulators.get(s.id);
                if (acc.isFull())
                    acc.markTruncated();
                return !acc.isFull() && !finished.has(s.id);
            });
            if (active.length === 0 || from >= SAMPLE_PHASES)
                return;
            // A continuation scans the whole window of the groups still asked again.
            const cost = Math.ceil(active.reduce((sum, s) => sum + (plan.bytesByGroup[s.logGroup] ?? 0), 0) * ((spec.endMs - spec.startMs) / Math.max(1, plan.endMs - plan.startMs)));
            if (plan.expectedBytes + continuationBytes + cost > plan.scanBudgetBytes) {
                for (const source of active)
                    accumulators.get(source.id).markTruncated();
                const run = { kind: 'events', logGroups: active.map((s) => s.logGroup), fromMs: spec.startMs, toMs: spec.endMs, queryString };
                context.gap({
                    service: SERVICE,
                    operation: 'StartQuery',
                    scope: gapFor(run, 'StartQuery', '').scope,
                    reason: `kept events are a sample of ${Math.round((100 * from) / SAMPLE_PHASES)}% of the window's seconds: reading more is expected to scan ${mb(cost)} more, past the budget of ${mb(plan.scanBudgetBytes)} ([logs] scan_budget_mb)`,
                });
                return;
            }
            continuationBytes += cost;
        }
    };
    await Promise.all([...plan.insights.stats.map(runStats), ...plan.insights.events.map(runEvents)]);
    const sources = plan.sources.filter((s) => !countsFailed.has(s.id)).map((s) => accumulators.get(s.id).result());
    return { sources, bytesScanned };
}

;// CONCATENATED MODULE: ./src/telemetry/logs/log-reader.ts
// The one entry point for reading logs: describes the groups (fewest DescribeLogGroups calls),
// plans (log-planner.ts), records what the plan leaves out, and runs the chosen engine. Every AWS
// call goes through the context's shared limit; every gap is recorded with service "logs".





const log_reader_SERVICE = 'logs';
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
    for (const batch of (0,collectors_attempt/* chunk */.iv)([...new Set(names)], MAX_GROUPS_PER_QUERY)) {
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
async function readLogs(context, request, settings) {
    const described = await describeLogGroups(context, request.sources.map((s) => s.logGroup));
    const missing = new Set(described.missing);
    for (const source of request.sources) {
        if (!missing.has(source.logGroup))
            continue;
        context.gap({ service: log_reader_SERVICE, operation: 'DescribeLogGroups', iamAction: 'logs:DescribeLogGroups', scope: (0,filter_engine/* scopeOf */.Od)(source), reason: `log group ${source.logGroup} does not exist` });
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
        context.gap({ service: log_reader_SERVICE, operation: 'StartQuery', scope: (0,filter_engine/* scopeOf */.Od)(skipped.source), reason: `not read: ${skipped.reason}` });
    }
    context.progress(`logs: ${plan.sources.length} sources with ${plan.engineReason}`);
    const output = plan.sources.length === 0
        ? { sources: [], bytesScanned: 0 }
        : plan.engine === 'insights'
            ? await readWithInsights(context, request, plan, settings.insights)
            : await (0,filter_engine/* readWithFilter */.NF)(context, request, plan.sources, settings.filter);
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
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6867);
// Which log groups to read, and whose they are: from what discovery found (ECS task definitions'
// awslogs settings, RDS log exports, DMS replication instances, WAF logging configurations) plus
// the groups named in `[logs] extra_log_groups`. Pure.

// RDS exports worth reading for problems; general, audit and slow-query logs are volume, not errors.
const RDS_ERROR_LOGS = {
    postgresql: 'rds-postgresql',
    error: 'rds-mysql',
    'iam-db-auth-error': 'application',
};
function logSourcesOf(resources, extraLogGroups) {
    const sources = new Map();
    const add = (logGroup, kind, resource, streamPrefix) => {
        const id = streamPrefix ? `${logGroup}|${streamPrefix}` : logGroup;
        // A group shared by several resources is read once, for the first resource that names it.
        if (!sources.has(id))
            sources.set(id, { id, logGroup, ...(streamPrefix ? { streamPrefix } : {}), kind, resource: (0,_report_model_js__WEBPACK_IMPORTED_MODULE_0__/* .refOf */ .H8)(resource) });
    };
    for (const resource of resources) {
        const a = resource.attributes;
        switch (resource.type) {
            case 'ecs:service': {
                const groups = listOf(a.logGroups);
                const prefixes = listOf(a.logStreamPrefixes);
                // awslogs names streams prefix/container/task-id. With one prefix and one group the prefix
                // narrows a group the service may share; otherwise the whole group is read.
                for (const group of groups)
                    add(group, 'application', resource, groups.length === 1 && prefixes.length === 1 ? `${prefixes[0]}/` : undefined);
                break;
            }
            case 'rds:instance':
            case 'rds:cluster':
                // Members of an Aurora cluster publish to the cluster's groups.
                if (resource.type === 'rds:instance' && typeof a.clusterId === 'string' && a.clusterId !== '')
                    break;
                for (const group of listOf(a.logGroups)) {
                    const log = group.slice(group.lastIndexOf('/') + 1);
                    const kind = RDS_ERROR_LOGS[log];
                    if (kind)
                        add(group, kind, resource);
                }
                break;
            case 'dms:task':
                // Each task writes to dms-tasks-<instance>, in streams named dms-task-<task resource id>.
                if (typeof a.logGroup === 'string' && a.logGroup !== '') {
                    const taskResourceId = resource.arn?.slice(resource.arn.lastIndexOf(':') + 1);
                    add(a.logGroup, 'dms', resource, taskResourceId ? `dms-task-${taskResourceId}` : undefined);
                }
                break;
            case 'wafv2:web-acl':
                if (typeof a.logGroup === 'string' && a.logGroup !== '')
                    add(a.logGroup, 'waf', resource);
                break;
            default:
                break;
        }
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
function listOf(value) {
    return typeof value === 'string' && value !== '' ? value.split(',').filter(Boolean) : [];
}


/***/ }),

/***/ 2241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ TokenBucket),
/* harmony export */   u: () => (/* binding */ realSleep)
/* harmony export */ });
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


/***/ }),

/***/ 191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ METRIC_CATALOG),
/* harmony export */   f: () => (/* binding */ metricsFor)
/* harmony export */ });
// Which CloudWatch metrics each resource type is judged on, as data. Adding a metric is adding a row.
// Names, dimensions and statistics follow each service's CloudWatch metrics reference.
const attr = (resource, key) => {
    const value = resource.attributes[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
};
const ecsService = (r) => {
    const cluster = attr(r, 'cluster');
    return cluster ? [{ Name: 'ClusterName', Value: cluster }, { Name: 'ServiceName', Value: r.name }] : undefined;
};
const alb = (r) => {
    const dimension = attr(r, 'metricDimension');
    return dimension && attr(r, 'lbType') === 'application' ? [{ Name: 'LoadBalancer', Value: dimension }] : undefined;
};
const targetGroup = (r) => {
    const group = attr(r, 'metricDimension');
    const lb = attr(r, 'loadBalancerDimension');
    return group && lb?.startsWith('app/') ? [{ Name: 'TargetGroup', Value: group }, { Name: 'LoadBalancer', Value: lb }] : undefined;
};
const rdsInstance = (r) => [{ Name: 'DBInstanceIdentifier', Value: r.id }];
const rdsCluster = (r) => [{ Name: 'DBClusterIdentifier', Value: r.id }];
// OpenSearch metrics are keyed by domain and the owning account id (ClientId).
const domain = (r) => (r.account ? [{ Name: 'DomainName', Value: r.id }, { Name: 'ClientId', Value: r.account }] : undefined);
const dmsTask = (r) => {
    const instance = attr(r, 'replicationInstance');
    const taskResourceId = r.arn?.split(':').at(-1);
    return instance && taskResourceId ? [{ Name: 'ReplicationInstanceIdentifier', Value: instance }, { Name: 'ReplicationTaskIdentifier', Value: taskResourceId }] : undefined;
};
const isAurora = (r) => String(r.attributes.engine ?? '').startsWith('aurora');
const GIB = 1024 ** 3;
const METRIC_CATALOG = [
    // ECS services (AWS/ECS service-level utilisation).
    { id: 'ecs_cpu', resourceType: 'ecs:service', namespace: 'AWS/ECS', metricName: 'CPUUtilization', stat: 'Average', unit: 'percent', label: 'CPU utilization', role: 'saturation', bad: 'up', limits: { warn: 80, critical: 90 }, dimensions: ecsService },
    // Container Insights (only where the cluster has it on): tasks actually running over the window.
    {
        id: 'ecs_running_tasks',
        resourceType: 'ecs:service',
        namespace: 'ECS/ContainerInsights',
        metricName: 'RunningTaskCount',
        stat: 'Minimum',
        unit: 'count',
        label: 'running tasks',
        role: 'health',
        bad: 'down',
        // One task short of the desired count is a warning; none running is critical.
        limitsFor: (r) => (typeof r.attributes.desired === 'number' && r.attributes.desired > 0 ? { warn: r.attributes.desired - 1, critical: 0 } : undefined),
        dimensions: ecsService,
        appliesTo: (r) => r.attributes.containerInsights === 'enabled' || r.attributes.containerInsights === 'enhanced',
    },
    { id: 'ecs_memory', resourceType: 'ecs:service', namespace: 'AWS/ECS', metricName: 'MemoryUtilization', stat: 'Average', unit: 'percent', label: 'memory utilization', role: 'saturation', bad: 'up', limits: { warn: 85, critical: 95 }, dimensions: ecsService },
    // Application load balancers.
    { id: 'alb_requests', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'RequestCount', stat: 'Sum', unit: 'count', label: 'requests', role: 'traffic', bad: 'down', dimensions: alb },
    { id: 'alb_target_5xx', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_5XX_Count', stat: 'Sum', unit: 'count', label: 'target 5xx responses', role: 'errors', bad: 'up', trafficOf: 'alb_requests', dimensions: alb },
    { id: 'alb_elb_5xx', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_ELB_5XX_Count', stat: 'Sum', unit: 'count', label: 'load balancer 5xx responses', role: 'errors', bad: 'up', trafficOf: 'alb_requests', dimensions: alb },
    { id: 'alb_target_4xx', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_4XX_Count', stat: 'Sum', unit: 'count', label: 'target 4xx responses', role: 'errors', bad: 'up', trafficOf: 'alb_requests', dimensions: alb },
    { id: 'alb_elb_4xx', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_ELB_4XX_Count', stat: 'Sum', unit: 'count', label: 'load balancer 4xx responses', role: 'errors', bad: 'up', trafficOf: 'alb_requests', dimensions: alb },
    { id: 'alb_rejected_connections', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'RejectedConnectionCount', stat: 'Sum', unit: 'count', label: 'rejected connections', role: 'health', bad: 'up', limits: { warn: 1 }, dimensions: alb },
    { id: 'alb_response_time', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'Average', unit: 'seconds', label: 'target response time (average)', role: 'latency', bad: 'up', dimensions: alb },
    { id: 'alb_response_time_p50', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'p50', unit: 'seconds', label: 'target response time p50', role: 'latency', bad: 'up', dimensions: alb },
    { id: 'alb_response_time_p90', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'p90', unit: 'seconds', label: 'target response time p90', role: 'latency', bad: 'up', dimensions: alb },
    { id: 'alb_response_time_p99', resourceType: 'elbv2:load-balancer', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'p99', unit: 'seconds', label: 'target response time p99', role: 'latency', bad: 'up', dimensions: alb },
    // Target groups (per service behind the load balancer).
    { id: 'tg_requests', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'RequestCount', stat: 'Sum', unit: 'count', label: 'requests', role: 'traffic', bad: 'down', dimensions: targetGroup },
    { id: 'tg_target_5xx', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_5XX_Count', stat: 'Sum', unit: 'count', label: 'target 5xx responses', role: 'errors', bad: 'up', trafficOf: 'tg_requests', dimensions: targetGroup },
    { id: 'tg_target_4xx', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_4XX_Count', stat: 'Sum', unit: 'count', label: 'target 4xx responses', role: 'errors', bad: 'up', trafficOf: 'tg_requests', dimensions: targetGroup },
    { id: 'tg_unhealthy_hosts', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'UnHealthyHostCount', stat: 'Maximum', unit: 'count', label: 'unhealthy targets', role: 'health', bad: 'up', limits: { warn: 1 }, dimensions: targetGroup },
    { id: 'tg_response_time', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'Average', unit: 'seconds', label: 'target response time (average)', role: 'latency', bad: 'up', dimensions: targetGroup },
    { id: 'tg_response_time_p99', resourceType: 'elbv2:target-group', namespace: 'AWS/ApplicationELB', metricName: 'TargetResponseTime', stat: 'p99', unit: 'seconds', label: 'target response time p99', role: 'latency', bad: 'up', dimensions: targetGroup },
    // RDS instances (Aurora instances report storage per cluster, so FreeStorageSpace is skipped for them).
    { id: 'rds_cpu', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'CPUUtilization', stat: 'Average', unit: 'percent', label: 'CPU utilization', role: 'saturation', bad: 'up', limits: { warn: 80, critical: 90 }, dimensions: rdsInstance },
    { id: 'rds_free_storage', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'FreeStorageSpace', stat: 'Minimum', unit: 'bytes', label: 'free storage', role: 'free-capacity', bad: 'down', capacity: (r) => (typeof r.attributes.allocatedStorageGiB === 'number' ? r.attributes.allocatedStorageGiB * GIB : undefined), dimensions: rdsInstance, appliesTo: (r) => !isAurora(r) },
    { id: 'rds_freeable_memory', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'FreeableMemory', stat: 'Minimum', unit: 'bytes', label: 'freeable memory', role: 'free-capacity', bad: 'down', dimensions: rdsInstance },
    { id: 'rds_connections', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'DatabaseConnections', stat: 'Maximum', unit: 'count', label: 'database connections', role: 'traffic', bad: 'up', dimensions: rdsInstance },
    { id: 'rds_read_latency', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'ReadLatency', stat: 'Average', unit: 'seconds', label: 'read latency', role: 'latency', bad: 'up', dimensions: rdsInstance },
    { id: 'rds_write_latency', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'WriteLatency', stat: 'Average', unit: 'seconds', label: 'write latency', role: 'latency', bad: 'up', dimensions: rdsInstance },
    { id: 'rds_disk_queue', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'DiskQueueDepth', stat: 'Average', unit: 'count', label: 'disk queue depth', role: 'latency', bad: 'up', dimensions: rdsInstance, appliesTo: (r) => !isAurora(r) },
    { id: 'rds_replica_lag', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'ReplicaLag', stat: 'Maximum', unit: 'seconds', label: 'replica lag', role: 'health', bad: 'up', limits: { warn: 60, critical: 300 }, dimensions: rdsInstance, appliesTo: (r) => r.attributes.role === 'replica' },
    { id: 'rds_network_in', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'NetworkReceiveThroughput', stat: 'Average', unit: 'bytes/second', label: 'network in', role: 'traffic', bad: 'up', dimensions: rdsInstance },
    { id: 'rds_network_out', resourceType: 'rds:instance', namespace: 'AWS/RDS', metricName: 'NetworkTransmitThroughput', stat: 'Average', unit: 'bytes/second', label: 'network out', role: 'traffic', bad: 'up', dimensions: rdsInstance },
    // Aurora clusters.
    { id: 'aurora_cpu', resourceType: 'rds:cluster', namespace: 'AWS/RDS', metricName: 'CPUUtilization', stat: 'Average', unit: 'percent', label: 'CPU utilization', role: 'saturation', bad: 'up', limits: { warn: 80, critical: 90 }, dimensions: rdsCluster },
    { id: 'aurora_freeable_memory', resourceType: 'rds:cluster', namespace: 'AWS/RDS', metricName: 'FreeableMemory', stat: 'Minimum', unit: 'bytes', label: 'freeable memory', role: 'free-capacity', bad: 'down', dimensions: rdsCluster },
    { id: 'aurora_connections', resourceType: 'rds:cluster', namespace: 'AWS/RDS', metricName: 'DatabaseConnections', stat: 'Maximum', unit: 'count', label: 'database connections', role: 'traffic', bad: 'up', dimensions: rdsCluster },
    { id: 'aurora_commit_latency', resourceType: 'rds:cluster', namespace: 'AWS/RDS', metricName: 'CommitLatency', stat: 'Average', unit: 'milliseconds', label: 'commit latency', role: 'latency', bad: 'up', dimensions: rdsCluster },
    { id: 'aurora_replica_lag', resourceType: 'rds:cluster', namespace: 'AWS/RDS', metricName: 'AuroraReplicaLagMaximum', stat: 'Maximum', unit: 'milliseconds', label: 'replica lag', role: 'health', bad: 'up', limits: { warn: 1_000, critical: 10_000 }, dimensions: rdsCluster },
    // OpenSearch domains.
    { id: 'opensearch_red', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: 'ClusterStatus.red', stat: 'Maximum', unit: 'count', label: 'cluster status red', role: 'health', bad: 'up', limits: { critical: 1 }, dimensions: domain },
    { id: 'opensearch_yellow', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: 'ClusterStatus.yellow', stat: 'Maximum', unit: 'count', label: 'cluster status yellow', role: 'health', bad: 'up', limits: { warn: 1 }, dimensions: domain },
    { id: 'opensearch_free_storage', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: 'FreeStorageSpace', stat: 'Minimum', unit: 'megabytes', label: 'free storage (smallest node)', role: 'free-capacity', bad: 'down', capacity: (r) => (typeof r.attributes.ebsVolumeGiB === 'number' ? r.attributes.ebsVolumeGiB * 1024 : undefined), dimensions: domain },
    { id: 'opensearch_cpu', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: 'CPUUtilization', stat: 'Maximum', unit: 'percent', label: 'CPU utilization (busiest node)', role: 'saturation', bad: 'up', limits: { warn: 80, critical: 95 }, dimensions: domain },
    { id: 'opensearch_jvm_pressure', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: 'JVMMemoryPressure', stat: 'Maximum', unit: 'percent', label: 'JVM memory pressure', role: 'saturation', bad: 'up', limits: { warn: 80, critical: 92 }, dimensions: domain },
    { id: 'opensearch_5xx', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: '5xx', stat: 'Sum', unit: 'count', label: '5xx responses', role: 'errors', bad: 'up', dimensions: domain },
    { id: 'opensearch_write_rejected', resourceType: 'opensearch:domain', namespace: 'AWS/ES', metricName: 'ThreadpoolWriteRejected', stat: 'Sum', unit: 'count', label: 'rejected writes', role: 'errors', bad: 'up', dimensions: domain },
    // DMS replication tasks.
    { id: 'dms_cdc_latency_source', resourceType: 'dms:task', namespace: 'AWS/DMS', metricName: 'CDCLatencySource', stat: 'Maximum', unit: 'seconds', label: 'CDC latency at the source', role: 'health', bad: 'up', limits: { warn: 300, critical: 1_800 }, dimensions: dmsTask },
    { id: 'dms_cdc_latency_target', resourceType: 'dms:task', namespace: 'AWS/DMS', metricName: 'CDCLatencyTarget', stat: 'Maximum', unit: 'seconds', label: 'CDC latency at the target', role: 'health', bad: 'up', limits: { warn: 300, critical: 1_800 }, dimensions: dmsTask },
];
/** The catalog's metrics that apply to this resource, with its dimensions. */
function metricsFor(resource, catalog = METRIC_CATALOG) {
    const out = [];
    for (const spec of catalog) {
        if (spec.resourceType !== resource.type || (spec.appliesTo && !spec.appliesTo(resource)))
            continue;
        const dimensions = spec.dimensions(resource);
        if (dimensions)
            out.push({ spec, dimensions });
    }
    return out;
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
            throw new _collectors_attempt_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsUnusableError */ .E9((0,_aws_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(error));
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
/* harmony export */   Wx: () => (/* binding */ isPercentile),
/* harmony export */   aZ: () => (/* binding */ queriesPerCall),
/* harmony export */   dD: () => (/* binding */ planMetricCalls),
/* harmony export */   k2: () => (/* binding */ planMetricQueries)
/* harmony export */ });
/* unused harmony exports MAX_QUERIES_PER_CALL, MAX_POINTS_PER_CALL, choosePeriodSeconds, minimumCalls */
/* harmony import */ var _collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1505);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6867);
/* harmony import */ var _metric_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(191);
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
/**
 * The smallest period CloudWatch still has data at for the window's oldest point, and that keeps
 * each series within maxPointsPerSeries. Periods are whole minutes, in steps of the retention unit.
 */
function choosePeriodSeconds(window, now, maxPointsPerSeries) {
    const age = now.getTime() - window.from.getTime();
    const unit = RETENTION.find((r) => age > r.olderThanMs)?.periodSeconds ?? 60;
    const spanSeconds = Math.max(60, (window.to.getTime() - window.from.getTime()) / 1000);
    const needed = spanSeconds / Math.max(1, maxPointsPerSeries);
    return Math.max(unit, Math.ceil(needed / unit) * unit);
}
function planMetricQueries(resources, catalog = _metric_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_CATALOG */ .B) {
    const queries = [];
    for (const resource of resources) {
        for (const { spec, dimensions } of (0,_metric_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .metricsFor */ .f)(resource, catalog)) {
            queries.push({ id: `q${queries.length}`, spec, resource: (0,_report_model_js__WEBPACK_IMPORTED_MODULE_2__/* .refOf */ .H8)(resource), dimensions });
        }
    }
    // Percentile statistics last: where a backend rejects them, the failing calls stay together.
    return [...queries.filter((q) => !isPercentile(q.spec.stat)), ...queries.filter((q) => isPercentile(q.spec.stat))];
}
function planMetricCalls(resources, window, now, options) {
    const periodSeconds = choosePeriodSeconds(window, now, options.maxPointsPerSeries);
    const periodMs = periodSeconds * 1000;
    const start = new Date(Math.floor(window.from.getTime() / periodMs) * periodMs);
    const end = new Date(Math.ceil(window.to.getTime() / periodMs) * periodMs);
    const pointsPerSeries = Math.max(1, Math.round((end.getTime() - start.getTime()) / periodMs));
    const perCall = queriesPerCall(pointsPerSeries);
    return { periodSeconds, start, end, pointsPerSeries, calls: (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .chunk */ .iv)(planMetricQueries(resources, options.catalog), perCall) };
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
