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

import { dbCategory } from './db-categories.js';
import type { LogLevel, ParsedLine } from './parsed-line.js';
import { readTimestamp, skipSpaces, trimEnd } from './text-layout.js';

// The severity after the prefix. The prefix is at most a few hundred characters (host, user, db).
const PREFIX_SCAN = 320;
const SEVERITY = /(?:^|[:\]\s])(PANIC|FATAL|ERROR|WARNING|NOTICE|INFO|LOG|DEBUG[1-5]?|DETAIL|HINT|STATEMENT|CONTEXT|QUERY|LOCATION):/;
const BARE = /^(PANIC|FATAL|ERROR|WARNING|NOTICE|INFO|LOG|DEBUG[1-5]?|DETAIL|HINT|STATEMENT|CONTEXT|QUERY|LOCATION):/;

const LEVELS: Readonly<Record<string, LogLevel>> = { PANIC: 'fatal', FATAL: 'fatal', ERROR: 'error', WARNING: 'warn', NOTICE: 'info', INFO: 'info', LOG: 'info' };
const ATTACHED = new Set(['DETAIL', 'HINT', 'STATEMENT', 'CONTEXT', 'QUERY', 'LOCATION']);

interface PgHead {
  severity: string;
  /** Index where the message starts. */
  start: number;
  timestamp?: number;
  origin?: string;
}

function readHead(line: string): PgHead | undefined {
  const stamp = readTimestamp(line, 0);
  if (!stamp) {
    // No prefix. A line starting with a severity is still an entry (a page shows `FATAL: terminating
    // connection due to idle in transaction timeout` bare); anything else continues the one before.
    const bare = BARE.exec(line.length > 16 ? line.slice(0, 16) : line);
    return bare ? { severity: bare[1]!, start: skipSpaces(line, bare[0].length) } : undefined;
  }
  const scanEnd = Math.min(line.length, stamp.end + PREFIX_SCAN);
  const m = SEVERITY.exec(line.slice(stamp.end, scanEnd));
  if (!m) return undefined;
  const sevAt = stamp.end + m.index + (m[0].length - m[1]!.length - 1);
  const head: PgHead = { severity: m[1]!, start: skipSpaces(line, stamp.end + m.index + m[0].length), timestamp: stamp.ms };
  // %u@%d sits just before `:[%p]:`; %r before it may be an IPv6 address, so read from the right.
  const pid = line.lastIndexOf(':[', sevAt);
  if (pid > stamp.end) {
    const at = line.lastIndexOf('@', pid);
    if (at > stamp.end) {
      const colon = line.lastIndexOf(':', at);
      const user = line.slice(colon + 1, at);
      const db = line.slice(at + 1, pid);
      if (user !== '' || db !== '') head.origin = `${user}@${db}`;
    }
  }
  return head;
}

export function parsePostgres(message: string): ParsedLine {
  const nl = message.indexOf('\n');
  const first = nl === -1 ? message : message.slice(0, nl);
  const head = readHead(first);
  if (!head) return { level: 'unknown', message, continuation: true };
  let text = trimEnd(first.slice(head.start));
  if (nl !== -1) text += message.slice(nl);
  const severity = head.severity;
  const parsed: ParsedLine = { level: 'unknown', message: text };
  if (head.timestamp !== undefined) parsed.timestamp = head.timestamp;
  if (head.origin !== undefined) parsed.origin = head.origin;
  if (ATTACHED.has(severity)) {
    // DETAIL/HINT/STATEMENT... belong to the entry before: same backend, same moment.
    parsed.level = 'info';
    parsed.db = { severity };
    parsed.continuation = true;
    return parsed;
  }
  parsed.level = LEVELS[severity] ?? (severity.startsWith('DEBUG') ? 'debug' : 'unknown');
  // ERROR aborts a statement, FATAL a session, PANIC the server: a message naming no known
  // problem is still one of those, 'other'. LOG/WARNING lines get a category only when they name one.
  const category = dbCategory(text) ?? (parsed.level === 'error' || parsed.level === 'fatal' ? 'other' : undefined);
  parsed.db = category ? { severity, category } : { severity };
  return parsed;
}

/** The level alone, for classifyLevel. */
export function postgresLevel(message: string): LogLevel {
  const nl = message.indexOf('\n');
  const head = readHead(nl === -1 ? message : message.slice(0, nl));
  if (!head) return 'unknown';
  if (ATTACHED.has(head.severity)) return 'info';
  return LEVELS[head.severity] ?? (head.severity.startsWith('DEBUG') ? 'debug' : 'unknown');
}
