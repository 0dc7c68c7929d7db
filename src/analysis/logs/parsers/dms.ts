// AWS DMS task logs (log group dms-tasks-<replication instance>, streams dms-task-<task id>).
// Full shape, from the DMS User Guide's context-logging examples ("Monitoring AWS DMS tasks"):
//   `00362696: 2023-02-22T10:09:29 [SOURCE_CAPTURE  ]I:  Capture record 1 ...  {operation:..}  (streamcomponent.c:2920)`
// Variations the guide's pages show ("Troubleshooting migration tasks", "Using MongoDB as a source",
// "Best practices"; listed in FORMATS.md): no thread id, no timestamp, or neither; the component
// padded differently (`[SOURCE_CAPTURE  ]`, `[SOURCE_UNLOAD]`); `] I:` with a space; microseconds
// joined by a colon (`19:48:46:979532`); a `{operation:..., tableName:...}` context suffix; a stray
// leading `"`. Severity letters: E error, W warning, I info, D debug, T trace. A line without the
// `[COMPONENT]S:` header is part of the entry before it (wrapped ODBC errors, SQL text).

import type { LogLevel, ParsedLine } from './parsed-line.js';
import { readTimestamp, skipSpaces, trimEnd } from './text-layout.js';

type Severity = 'E' | 'W' | 'I' | 'D' | 'T';
const LEVELS: Readonly<Record<Severity, LogLevel>> = { E: 'error', W: 'warn', I: 'info', D: 'debug', T: 'debug' };
// `(ar_odbc_stmt.c:2415)` at the very end.
const SOURCE_FILE = /^[\w.-]{1,100}\.(?:c|cc|cpp|h):\d{1,7}$/;

interface DmsHead {
  severity: Severity;
  component: string;
  start: number;
  timestamp?: number;
}

function readHead(line: string): DmsHead | undefined {
  const n = Math.min(line.length, 200);
  let i = skipSpaces(line, 0, n);
  if (line.charCodeAt(i) === 34 /* " */) i += 1;
  // Thread id: digits, a colon, a space.
  let j = i;
  while (j < n && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j += 1;
  if (j > i && line.charCodeAt(j) === 58 && line.charCodeAt(j + 1) === 32) i = skipSpaces(line, j + 1, n);
  let timestamp: number | undefined;
  const stamp = readTimestamp(line, i);
  if (stamp) {
    timestamp = stamp.ms;
    i = skipSpaces(line, stamp.end, n);
  }
  if (line.charCodeAt(i) !== 91 /* [ */) return undefined;
  const close = line.indexOf(']', i + 1);
  if (close === -1 || close > n) return undefined;
  let cEnd = close;
  while (cEnd > i + 1 && line.charCodeAt(cEnd - 1) === 32) cEnd -= 1;
  if (cEnd === i + 1) return undefined;
  for (let k = i + 1; k < cEnd; k += 1) {
    const c = line.charCodeAt(k);
    if (!((c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57))) return undefined;
  }
  let k = close + 1;
  if (line.charCodeAt(k) === 32) k += 1;
  const letter = line[k];
  if ((letter !== 'E' && letter !== 'W' && letter !== 'I' && letter !== 'D' && letter !== 'T') || line.charCodeAt(k + 1) !== 58) return undefined;
  const head: DmsHead = { severity: letter, component: line.slice(i + 1, cEnd), start: skipSpaces(line, k + 2) };
  if (timestamp !== undefined) head.timestamp = timestamp;
  return head;
}

export function parseDms(message: string): ParsedLine {
  const nl = message.indexOf('\n');
  const head = readHead(nl === -1 ? message : message.slice(0, nl));
  if (!head) return { level: 'unknown', message, continuation: true };
  let text = trimEnd(message.slice(head.start));
  const dms: NonNullable<ParsedLine['dms']> = { severity: head.severity, component: head.component };

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
  const parsed: ParsedLine = { level: LEVELS[head.severity], message: text, origin: head.component, dms };
  if (head.timestamp !== undefined) parsed.timestamp = head.timestamp;
  return parsed;
}

function isContextStart(s: string, i: number): boolean {
  let k = i;
  while (k < s.length && k - i < 40) {
    const c = s.charCodeAt(k);
    if (c === 58 /* : */) return k > i;
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
    k += 1;
  }
  return false;
}

/** The level alone, for classifyLevel. */
export function dmsLevel(message: string): LogLevel {
  const nl = message.indexOf('\n');
  const head = readHead(nl === -1 ? message : message.slice(0, nl));
  return head ? LEVELS[head.severity] : 'unknown';
}
