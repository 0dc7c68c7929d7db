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

import { levelOfStatus } from './levels.js';
import type { LogLevel, ParsedLine } from './parsed-line.js';

// ---------------------------------------------------------------------------------------------
// Level words

/** Any spelling (looked up as given, then lower-cased) -> level: for values known to be a level (JSON, logfmt). */
const ANY_CASE = new Map<string, LogLevel>();
/** Exact spelling -> level, for words found in free text. `upper` marks the all-caps spelling. */
const WORDS = new Map<string, { level: LogLevel; upper: boolean }>();

// `full` words count in UPPER, Title and lower case; `upperOnly` ones only in capitals, because in
// lower case they are ordinary words ("alert", "fine", "crit") or too short to trust ("err", "inf").
function words(level: LogLevel, full: readonly string[], upperOnly: readonly string[]): void {
  for (const w of [...full, ...upperOnly]) {
    // The usual spellings too, so that most lookups find their key without lower-casing it first.
    for (const spelling of [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]) ANY_CASE.set(spelling, level);
    WORDS.set(w.toUpperCase(), { level, upper: true });
  }
  for (const w of full) {
    WORDS.set(w[0]!.toUpperCase() + w.slice(1), { level, upper: false });
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

// The same words bucketed by length and first character, so a token is matched in place
// (startsWith at its offset) without slicing a string out of the line for a Map lookup.
interface Candidate {
  word: string;
  level: LogLevel;
  upper: boolean;
}
const BUCKETS: Array<Candidate[] | undefined> = [];
for (const [word, hit] of WORDS) {
  const key = word.length * 128 + (word.charCodeAt(0) & 127);
  (BUCKETS[key] ??= []).push({ word, level: hit.level, upper: hit.upper });
}

/** The level a whole word names, in any case (`error`, `Error`, `ERROR`, `crit`), or undefined. */
export function levelOfWord(word: string): LogLevel | undefined {
  if (word.length === 0 || word.length > MAX_WORD) return undefined;
  return ANY_CASE.get(word) ?? ANY_CASE.get(word.toLowerCase());
}

/**
 * The level word in line[start, end), ignoring a trailing ':' or ',' and a logrus `[0000]` tail.
 * 1 = found in capitals, 2 = found in Title/lower case, 0 = not a level word. The level is left in
 * `wordLevel.level` (no allocation per call: this runs for every token of every line's prefix).
 */
export const wordLevel: { level: LogLevel } = { level: 'unknown' };
export function levelWordAt(line: string, start: number, end: number): 0 | 1 | 2 {
  let e = Math.min(end, start + MAX_WORD + 8);
  for (let k = start + 1; k < e; k += 1) {
    if (line.charCodeAt(k) === 91 /* [ */) {
      e = k;
      break;
    }
  }
  if (e < end && e === start + MAX_WORD + 8) return 0;
  while (e > start && (line.charCodeAt(e - 1) === 58 /* : */ || line.charCodeAt(e - 1) === 44) /* , */) e -= 1;
  if (e - start < 3 || e - start > MAX_WORD) return 0;
  const c = line.charCodeAt(start);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return 0;
  const bucket = BUCKETS[(e - start) * 128 + c];
  if (bucket === undefined) return 0;
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
const GUESS =
  /(?:^|[^\w./$@-])(FATAL|Fatal|fatal|PANIC|panic|CRITICAL|Critical|SEVERE|ERROR|Error|error|ERR|WARNING|Warning|warning|WARN|Warn|warn|Exception|exception|Traceback|INFO|DEBUG|TRACE)(?![\w/$@-]|\.\S)/;
const GUESS_HEAD = 240;

/** The level the first words of a line suggest when no layout names one; 'unknown' if none. */
export function guessLevel(line: string): LogLevel {
  let end = line.indexOf('\n');
  if (end === -1 || end > GUESS_HEAD) end = Math.min(line.length, GUESS_HEAD);
  const m = GUESS.exec(end === line.length ? line : line.slice(0, end));
  if (!m) return 'unknown';
  const w = m[1]!;
  return w === 'Exception' || w === 'exception' || w === 'Traceback' ? 'error' : (WORDS.get(w)?.level ?? 'unknown');
}

// ---------------------------------------------------------------------------------------------
// Scanners

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Space, tab, carriage return, and the no-break space copied-from-a-web-page logs carry. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 160;
}

export function skipSpaces(s: string, i: number, end = s.length): number {
  while (i < end && isSpace(s.charCodeAt(i))) i += 1;
  return i;
}

function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k += 1) {
    const c = s.charCodeAt(i + k);
    if (!isDigit(c)) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}

/** Result of readTimestamp: epoch ms and the index just past the timestamp (and its zone). */
export interface Stamp {
  ms: number;
  end: number;
}

/**
 * `YYYY-MM-DD[T ]HH:MM:SS`, date separators `-` or `/`, then optional fraction after `.`, `,` or `:`
 * (DMS writes `19:48:46:979532`), then optional zone: `Z`, `+hh:mm`, `+hhmm`, ` UTC`, ` GMT`.
 * A timestamp without a zone is read as UTC. Undefined when `s` has no such timestamp at `i`.
 */
export function readTimestamp(s: string, i: number): Stamp | undefined {
  const end = timestampEnd(s, i);
  return end === -1 ? undefined : { ms: stampMs, end };
}

/** Epoch ms of the timestamp timestampEnd last read. */
export let stampMs = 0;

/** readTimestamp without an object: the end index (or -1), the time left in `stampMs`. */
export function timestampEnd(s: string, i: number): number {
  if (s.length < i + 19) return -1;
  const year = digits(s, i, 4);
  const sep = s.charCodeAt(i + 4);
  if (year < 0 || (sep !== 45 && sep !== 47) || s.charCodeAt(i + 7) !== sep) return -1;
  const month = digits(s, i + 5, 2);
  const day = digits(s, i + 8, 2);
  const t = s.charCodeAt(i + 10);
  if (month < 1 || month > 12 || day < 1 || day > 31 || (t !== 84 && t !== 32)) return -1;
  const hour = digits(s, i + 11, 2);
  const minute = digits(s, i + 14, 2);
  const second = digits(s, i + 17, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60 || s.charCodeAt(i + 13) !== 58 || s.charCodeAt(i + 16) !== 58) return -1;
  let j = i + 19;
  let ms = 0;
  const f = s.charCodeAt(j);
  if ((f === 46 || f === 44 || f === 58) && isDigit(s.charCodeAt(j + 1))) {
    j += 1;
    let scale = 100;
    while (j < s.length && isDigit(s.charCodeAt(j))) {
      if (scale >= 1) ms += (s.charCodeAt(j) - 48) * scale;
      scale /= 10;
      j += 1;
    }
    ms = Math.floor(ms);
  }
  let offsetMin = 0;
  const z = s.charCodeAt(j);
  if (z === 90 /* Z */) j += 1;
  else if (z === 43 || z === 45) {
    const oh = digits(s, j + 1, 2);
    const colon = s.charCodeAt(j + 3) === 58 ? 1 : 0;
    const om = digits(s, j + 3 + colon, 2);
    if (oh >= 0 && om >= 0) {
      offsetMin = (z === 43 ? 1 : -1) * (oh * 60 + om);
      j += 5 + colon;
    }
  } else if (z === 32 && (s.startsWith('UTC', j + 1) || s.startsWith('GMT', j + 1))) j += 4;
  const epoch = ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute - offsetMin) * 60_000 + second * 1000 + ms;
  stampMs = epoch;
  return j;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm): Date.UTC without
// its cost, which shows when every line of millions carries a timestamp.
function daysFromCivil(year: number, month: number, day: number): number {
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
export function closingBracket(s: string, open: number, end: number): number {
  let depth = 0;
  for (let k = open; k < end; k += 1) {
    const c = s.charCodeAt(k);
    if (c === 91) depth += 1;
    else if (c === 93) {
      depth -= 1;
      if (depth === 0) return k;
    }
  }
  return -1;
}

/** A request target without scheme and host, query string or fragment (ids and tokens live there). */
export function pathOnly(target: string): string {
  let start = 0;
  const scheme = target.indexOf('://');
  if (scheme > 0 && scheme < 16) {
    const slash = target.indexOf('/', scheme + 3);
    if (slash === -1) return '/';
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
export function trimEnd(s: string): string {
  let e = s.length;
  while (e > 0 && (isSpace(s.charCodeAt(e - 1)) || s.charCodeAt(e - 1) === 10)) e -= 1;
  return e === s.length ? s : s.slice(0, e);
}

// ---------------------------------------------------------------------------------------------
// Text lines

// The layout prefix is looked for in this many characters of the first line.
const PREFIX_SCAN = 1_024;
// Access-log and logfmt fields are looked for in this many characters.
const FIELD_SCAN = 8_192;

/** What the first line's prefix says: the level if a layout names one, where the message starts. */
export interface TextHead {
  level: LogLevel | undefined;
  /** Index in the line where the message starts. */
  start: number;
  origin: string | undefined;
  timestamp: number | undefined;
  /** A stack-trace line or exception header: keep the text as it is. */
  verbatim: boolean;
  /** logfmt: the `msg` value, when the message is not a slice of the line. */
  message: string | undefined;
}

// Every head has the same keys in the same order: one object shape keeps the hot paths monomorphic.
function textHead(level: LogLevel | undefined, start: number, origin?: string, timestamp?: number, verbatim = false): TextHead {
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

const GLOG_LEVEL: Record<string, LogLevel> = { I: 'info', W: 'warn', E: 'error', F: 'fatal' };

// The commonest layouts, `<timestamp> [pid | -] LEVEL ...` (Spring Boot, log4j, Python, Go...): the
// prefix before the level in one anchored regex, then the level word in place. The walker below
// gives the same answer, but a native regex is several times faster than a loop over char codes,
// and classifyLevel runs on millions of lines. The timestamp forms are spelled out as alternatives
// so that no quantifier sits inside another. Global flag: test() leaves the match's end in
// lastIndex, so no match array is allocated per line.
const TIMESTAMP_PREFIX = new RegExp(
  '^(?:' +
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
    ')[ \\t]{1,16}(?:\\d{1,12}[ \\t]{1,8}|-[ \\t]{1,16}|)',
  'g',
);

/**
 * The level word right after a `TIMESTAMP_PREFIX`, as the walker would accept it there (after a
 * timestamp, pid or dash any spelling counts): its end index, the level in `wordLevel.level`; -1 if none.
 */
function levelAfterTimestamp(line: string): number {
  TIMESTAMP_PREFIX.lastIndex = 0;
  if (!TIMESTAMP_PREFIX.test(line)) return -1;
  const start = TIMESTAMP_PREFIX.lastIndex;
  const end = tokenEnd(line, start, Math.min(line.length, start + 24));
  if (end === start + 24 || levelWordAt(line, start, end) === 0) return -1;
  return end;
}

/** Parse a text event: the first line's layout prefix comes off; further lines follow unchanged. */
export function parseText(text: string): ParsedLine {
  const nl = text.indexOf('\n');
  const first = nl === -1 ? text : text.slice(0, nl);
  const head = readTextHead(first);
  let parsed: ParsedLine;
  if (head.verbatim) {
    parsed = { level: head.level ?? 'unknown', message: text };
  } else {
    const level = head.level ?? guessLevel(first);
    let message = head.start === 0 ? first : first.slice(head.start);
    message = trimEnd(message);
    // logfmt gives its `msg` value; other layouts a slice of the line.
    parsed = { level, message: head.message ?? (nl === -1 ? message : message + text.slice(nl)) };
    if (head.origin) parsed.origin = head.origin;
    if (head.timestamp !== undefined) parsed.timestamp = head.timestamp;
    access(first, head, parsed);
  }
  return parsed;
}

/** The level a text line's layout gives, without building a record (classifyLevel's text path). */
export function textLevel(line: string): LogLevel {
  if (levelAfterTimestamp(line) !== -1) return wordLevel.level;
  const nl = line.indexOf('\n');
  const first = nl === -1 ? line : line.slice(0, nl);
  const head = readTextHead(first, false);
  if (head.level) return head.level;
  if (head.verbatim) return 'unknown';
  const status = accessStatus(first);
  return status !== undefined ? levelOfStatus(status) : guessLevel(first);
}

/** The first line's layout. Without `fields`, only the level and message start (no origin, no slices). */
export function readTextHead(line: string, fields = true): TextHead {
  const c0 = line.charCodeAt(0);
  // Indented: a frame (`\tat ...`, `  File "..."`, `    at f (x.js:1:2)`), source text or a wrapped line.
  if (c0 === 9 || c0 === 32) return VERBATIM;
  if (c0 === 84 /* T */ && line.startsWith(TRACEBACK)) return VERBATIM_ERROR;
  if (c0 === 67 /* C */ && line.startsWith('Caused by: ')) return VERBATIM;
  if (c0 === 112 /* p */ && line.startsWith('panic: ')) return VERBATIM_FATAL;
  if (c0 === 103 /* g */ && line.startsWith('goroutine ')) return VERBATIM;
  if (c0 === 102 /* f */ && line.startsWith('fatal error: ')) return VERBATIM_FATAL;
  if (c0 === 69 /* E */ && line.startsWith('Exception in thread ')) return VERBATIM_ERROR;
  const scan = line.length > PREFIX_SCAN ? line.slice(0, PREFIX_SCAN) : line;
  if (EXCEPTION_HEADER.test(scan)) return VERBATIM_ERROR;

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
    return textHead(levelOfWord(python[1]!), python[0].length, python[2] || undefined);
  }
  if ((c0 === 73 || c0 === 87 || c0 === 69 || c0 === 70) && line.charCodeAt(1) >= 48 && line.charCodeAt(1) <= 57) {
    const glog = GLOG.exec(scan);
    if (glog) return textHead(GLOG_LEVEL[glog[1]!], glog[0].length, glog[8]);
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
function walkPrefix(line: string, whole: string, fields: boolean): TextHead {
  const n = line.length;
  let i = 0;
  let timestamp: number | undefined;
  let prev = START;
  const stampEnd = timestampEnd(line, 0);
  if (stampEnd !== -1) {
    timestamp = stampMs;
    i = stampEnd;
    prev = NUMBER;
  }
  const afterStamp = skipSpaces(line, i);
  let level: LogLevel | undefined;
  const fast = stampEnd === -1 ? -1 : levelAfterTimestamp(line);
  if (fast !== -1) {
    level = wordLevel.level;
    i = fast;
  }
  let names = 0;
  let nameOrigin: string | undefined;
  let lastName = -1;
  let lastNameEnd = -1;
  let bracketOrigin: string | undefined;
  let beforeName = START;
  let nameDashEnd = -1;

  for (let t = 0; t < 12 && level === undefined; t += 1) {
    i = skipSpaces(line, i, n);
    if (i >= n) break;
    if (line.charCodeAt(i) === 91 /* [ */) {
      const close = closingBracket(line, i, n);
      if (close === -1) break;
      const inBracket = bracketLevel(line, i + 1, close);
      if (inBracket) level = inBracket;
      else if (fields && bracketOrigin === undefined) bracketOrigin = plainWord(line, i + 1, close);
      i = close + 1;
      prev = BRACKET;
      continue;
    }
    const j = tokenEnd(line, i, n);
    // logfmt (`time=... level=error msg="..."`): its own reader.
    if (line.charCodeAt(i) === 108 /* l */ && (line.startsWith('level=', i) || line.startsWith('lvl=', i))) {
      const logfmt = readLogfmt(whole);
      if (logfmt) return logfmt;
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
      if (fields && prev === NAME && lastName !== -1) nameOrigin = line.slice(lastName, lastNameEnd);
      // `[10.30 16:49:06] chrome.exe - message`: a stamp, one name and a dash, with no level after.
      if (prev === NAME && names === 1 && beforeName !== START && line.charCodeAt(i) === 45) nameDashEnd = j;
      prev = SEPARATOR;
    } else if (isNumberish(line, i, j)) prev = NUMBER;
    else {
      names += 1;
      if (names > 3) break;
      if (names === 1) beforeName = prev;
      const colon = line.charCodeAt(j - 1) === 58;
      prev = colon ? NAME_COLON : NAME;
      lastName = i;
      lastNameEnd = colon ? j - 1 : j;
    }
    i = j;
  }
  if (level === undefined) {
    if (nameDashEnd !== -1) return textHead(undefined, skipSpaces(line, nameDashEnd), fields ? nameOrigin : undefined, timestamp);
    return textHead(undefined, timestamp === undefined ? 0 : afterStamp, undefined, timestamp);
  }

  // After the level: pid, `---`, bracket groups, then maybe a logger followed by `:` / `-` / tab.
  let logger: string | undefined;
  let threadOrigin: string | undefined;
  for (let t = 0; t < 8; t += 1) {
    i = skipSpaces(line, i, n);
    if (i >= n) break;
    if (line.charCodeAt(i) === 91) {
      const close = closingBracket(line, i, n);
      if (close === -1) break;
      if (fields && threadOrigin === undefined) threadOrigin = plainWord(line, i + 1, close);
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
        if (fields) logger = line.slice(i, j - 1);
        i = j;
        break;
      }
      const next = skipSpaces(line, j, n);
      const c = line.charCodeAt(next);
      if ((c === 58 /* : */ || (c === 45 /* - */ && next > j)) && (next + 1 >= n || isSpace(line.charCodeAt(next + 1)))) {
        if (fields) logger = line.slice(i, j);
        i = next + 1;
        break;
      }
      if (line.charCodeAt(j) === 9 /* tab */) {
        if (fields) logger = line.slice(i, j);
        i = j;
        break;
      }
      // oslo.log and similar: `nova.compute.manager [req-... - - - - -] message`, a dotted logger
      // then a context group in brackets, whatever it holds.
      if (c === 91 /* [ */ && line.lastIndexOf('.', j) > i) {
        const close = closingBracket(line, next, n);
        if (close !== -1) {
          if (fields) logger = line.slice(i, j);
          i = close + 1;
          break;
        }
      }
    }
    break;
  }
  return textHead(level, skipSpaces(line, Math.min(i, n), n), logger ?? threadOrigin ?? bracketOrigin ?? nameOrigin, timestamp);
}

function tokenEnd(line: string, i: number, n: number): number {
  let j = i;
  while (j < n && !isSpace(line.charCodeAt(j))) j += 1;
  return j;
}

/** `[ERROR]`, `[error]`, `[Note]`, Serilog's `[12:00:00 ERR]`: the level in a bracket group. */
function bracketLevel(line: string, start: number, end: number): LogLevel | undefined {
  let s = skipSpaces(line, start, end);
  let e = end;
  while (e > s && isSpace(line.charCodeAt(e - 1))) e -= 1;
  if (e - s > 40) return undefined;
  const space = line.lastIndexOf(' ', e - 1);
  if (space >= s) s = space + 1;
  return levelWordAt(line, s, e) !== 0 ? wordLevel.level : undefined;
}

/** The bracket's content if it is one word (a thread or logger name), else undefined. */
function plainWord(line: string, start: number, end: number): string | undefined {
  const s = skipSpaces(line, start, end);
  let e = end;
  while (e > s && isSpace(line.charCodeAt(e - 1))) e -= 1;
  if (e <= s || e - s > 200) return undefined;
  for (let k = s; k < e; k += 1) if (isSpace(line.charCodeAt(k))) return undefined;
  return line.slice(s, e);
}

function isSeparator(line: string, i: number, j: number): boolean {
  for (let k = i; k < j; k += 1) {
    const c = line.charCodeAt(k);
    if (c !== 45 && c !== 124 && c !== 58 && c !== 62 && c !== 8212 && c !== 8211 && c !== 187) return false;
  }
  return j - i <= 4;
}

/** Timestamp pieces, pids, `#1234`, hex ids, uuids and `UTC`: tokens a layout puts before the level. */
function isNumberish(line: string, i: number, j: number): boolean {
  const c0 = line.charCodeAt(i);
  if (j - i === 3 && (line.startsWith('UTC', i) || line.startsWith('GMT', i))) return true;
  if (j - i === 36 && line.charCodeAt(i + 8) === 45 && line.charCodeAt(i + 13) === 45 && line.charCodeAt(i + 23) === 45) return true;
  if (!(c0 >= 48 && c0 <= 57) && c0 !== 35 /* # */) return false;
  for (let k = i + 1; k < j; k += 1) {
    const c = line.charCodeAt(k);
    const ok = (c >= 48 && c <= 57) || c === 58 || c === 45 || c === 47 || c === 46 || c === 44 || c === 84 || c === 90 || c === 43 || (c >= 97 && c <= 102) || c === 120;
    if (!ok) return false;
  }
  return true;
}

/** A logger or caller name: a dotted, `$`- or `/`-joined identifier (`c.s.Foo`, `pkg/file.go:12`). */
function isLoggerLike(line: string, i: number, j: number): boolean {
  if (j - i > 200) return false;
  const c0 = line.charCodeAt(i);
  if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || c0 === 95)) return false;
  for (let k = i + 1; k < j; k += 1) {
    const c = line.charCodeAt(k);
    if (c === 46 || c === 36 || c === 47) return true;
  }
  return false;
}

// logfmt (`time=... level=error msg="..." err="..."`): Go's logrus, slog, go-kit, Heroku.
function readLogfmt(line: string): TextHead | undefined {
  const scan = line.length > FIELD_SCAN ? line.slice(0, FIELD_SCAN) : line;
  const levelValue = logfmtValue(scan, 'level') ?? logfmtValue(scan, 'lvl');
  const level = levelValue === undefined ? undefined : levelOfWord(levelValue);
  if (!level) return undefined;
  const head = textHead(level, 0);
  const msg = logfmtValue(scan, 'msg') ?? logfmtValue(scan, 'message');
  const time = logfmtValue(scan, 'time') ?? logfmtValue(scan, 'ts') ?? logfmtValue(scan, 't');
  if (time) {
    const stamp = readTimestamp(time, 0);
    if (stamp) head.timestamp = stamp.ms;
  }
  const origin = logfmtValue(scan, 'logger') ?? logfmtValue(scan, 'component') ?? logfmtValue(scan, 'module') ?? logfmtValue(scan, 'caller');
  if (origin) head.origin = origin;
  if (msg !== undefined) {
    const err = logfmtValue(scan, 'err') ?? logfmtValue(scan, 'error');
    head.message = err ? `${msg}: ${err}` : msg;
  }
  return head;
}

/** The value of `key=` at a token start: a "quoted string" (with \" escapes) or a bare word. */
function logfmtValue(s: string, key: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = s.indexOf(`${key}=`, from);
    if (at === -1) return undefined;
    from = at + key.length + 1;
    if (at > 0 && !isSpace(s.charCodeAt(at - 1))) continue;
    let i = from;
    if (s.charCodeAt(i) === 34 /* " */) {
      let out = '';
      let chunk = i + 1;
      for (i += 1; i < s.length; i += 1) {
        const c = s.charCodeAt(i);
        if (c === 92 /* \ */ && i + 1 < s.length) {
          out += s.slice(chunk, i);
          const e = s[i + 1]!;
          out += e === 'n' ? '\n' : e === 't' ? '\t' : e;
          i += 1;
          chunk = i + 1;
        } else if (c === 34) return out + s.slice(chunk, i);
      }
      return out + s.slice(chunk);
    }
    const end = tokenEnd(s, i, s.length);
    return s.slice(i, end);
  }
}

function accessStatus(line: string): number | undefined {
  if (!line.includes('"')) return undefined;
  const m = ACCESS.exec(line.length > FIELD_SCAN ? line.slice(0, FIELD_SCAN) : line);
  return m ? Number(m[3]) : undefined;
}

/** nginx/Apache access lines: the request and status, and the message `GET /path -> 503`. */
function access(first: string, head: TextHead, parsed: ParsedLine): void {
  if (!first.includes('"')) return;
  const m = ACCESS.exec(first.length > FIELD_SCAN ? first.slice(0, FIELD_SCAN) : first);
  if (!m) return;
  const status = Number(m[3]);
  const path = pathOnly(m[2]!);
  parsed.httpStatus = status;
  parsed.http = { method: m[1]!, path };
  const ip = LEADING_IP.exec(first);
  if (ip) parsed.http.clientIp = ip[0];
  if (head.level === undefined) parsed.level = levelOfStatus(status);
  parsed.message = `${m[1]} ${path} -> ${status}`;
}
