// MySQL / MariaDB logs of RDS and Aurora MySQL as published to CloudWatch Logs
// (/aws/rds/instance/<id>/error, .../slowquery; RDS User Guide, "MySQL database log files" and
// "Publishing MySQL logs to Amazon CloudWatch Logs", which describe but do not print them).
// Error log, MySQL 5.7: `2017-07-04T09:58:45.968034Z 703463 [Note] Aborted connection ...`
//            MySQL 8.0: `2020-08-01T12:00:00.123456Z 0 [Warning] [MY-010068] [Server] CA certificate ...`
//            MariaDB:   `2019-01-01 12:00:00 0 [Note] InnoDB: ...`
// Slow query log: one event per entry, `# Time:`, `# User@Host:`, `# Query_time: ... Rows_examined:`,
// optional `use db;`, `SET timestamp=<epoch s>;`, then the statement.
// The examples we test on are third-party (see FORMATS.md and the fixtures' SOURCE.md).

import { parseApplication } from './application.js';
import { dbCategory } from './db-categories.js';
import type { LogLevel, ParsedLine } from './parsed-line.js';
import { closingBracket, readTimestamp, skipSpaces, trimEnd } from './text-layout.js';

const LEVELS: Readonly<Record<string, LogLevel>> = { Note: 'info', System: 'info', Info: 'info', Warning: 'warn', Warn: 'warn', ERROR: 'error', Error: 'error' };

interface MysqlHead {
  severity: string;
  start: number;
  timestamp: number;
  code?: string;
  subsystem?: string;
}

/** `<timestamp> <thread> [Level] [MY-NNNNNN] [Subsystem] ` */
function readHead(line: string): MysqlHead | undefined {
  const stamp = readTimestamp(line, 0);
  if (!stamp) return undefined;
  const n = Math.min(line.length, stamp.end + 200);
  let i = skipSpaces(line, stamp.end, n);
  // The thread id: decimal (5.7/8.0) or hex (0x7f...), absent in some builds.
  if (line.charCodeAt(i) !== 91) {
    while (i < n && line.charCodeAt(i) !== 32 && line.charCodeAt(i) !== 91) i += 1;
    i = skipSpaces(line, i, n);
  }
  if (line.charCodeAt(i) !== 91) return undefined;
  const close = closingBracket(line, i, n);
  if (close === -1) return undefined;
  const severity = line.slice(i + 1, close);
  if (LEVELS[severity] === undefined) return undefined;
  const head: MysqlHead = { severity, start: 0, timestamp: stamp.ms };
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

export function parseMysql(message: string): ParsedLine {
  if (message.charCodeAt(0) === 35 /* # */ || message.startsWith('SET timestamp=') || message.startsWith('use ')) return slowQuery(message);
  const nl = message.indexOf('\n');
  const first = nl === -1 ? message : message.slice(0, nl);
  const head = readHead(first);
  // Not an error-log line: a crash dump, a statement, anything: read it as text.
  if (!head) return parseApplication(message);
  let text = trimEnd(first.slice(head.start));
  if (nl !== -1) text += message.slice(nl);
  const level = LEVELS[head.severity]!;
  const category = dbCategory(text) ?? (level === 'error' ? 'other' : undefined);
  const parsed: ParsedLine = { level, message: text, timestamp: head.timestamp, db: { severity: head.severity } };
  if (category) parsed.db!.category = category;
  if (head.code) parsed.db!.code = head.code;
  if (head.subsystem) parsed.origin = head.subsystem;
  return parsed;
}

const QUERY_TIME = /Query_time: *([\d.]+)/;
const LOCK_TIME = /Lock_time: *([\d.]+)/;
const ROWS_SENT = /Rows_sent: *(\d+)/;
const ROWS_EXAMINED = /Rows_examined: *(\d+)/;

/** A slow query log entry; a `#` header line on its own continues the entry before it. */
function slowQuery(message: string): ParsedLine {
  const lines = message.split('\n', 200);
  // An entry starts with `# Time:` (5.6 omits it when the second has not changed: then a
  // multi-line event holding `# Query_time:` is one too). A header line alone continues one.
  const isEntry = lines[0]!.startsWith('# Time:') || (lines.length > 1 && lines.some((l) => l.startsWith('# Query_time:')));
  if (!isEntry) return { level: 'unknown', message, continuation: true };
  const parsed: ParsedLine = { level: 'warn', message };
  const statement: string[] = [];
  let queryTime: number | undefined;
  const slow: NonNullable<ParsedLine['slowQuery']> = { queryTime: 0 };
  for (const line of lines) {
    if (line.startsWith('# Time:')) {
      const stamp = readTimestamp(line, skipSpaces(line, 7));
      if (stamp && parsed.timestamp === undefined) parsed.timestamp = stamp.ms;
    } else if (line.startsWith('# User@Host:')) {
      userHost(line, slow);
    } else if (line.startsWith('# ')) {
      const q = QUERY_TIME.exec(line);
      if (q) queryTime = Number(q[1]);
      const l = LOCK_TIME.exec(line);
      if (l) slow.lockTime = Number(l[1]);
      const s = ROWS_SENT.exec(line);
      if (s) slow.rowsSent = Number(s[1]);
      const e = ROWS_EXAMINED.exec(line);
      if (e) slow.rowsExamined = Number(e[1]);
    } else if (line.startsWith('SET timestamp=')) {
      const epoch = Number(line.slice(14).replace(/;\s*$/, ''));
      if (Number.isFinite(epoch) && epoch > 0) parsed.timestamp = epoch * 1000;
    } else if (!(line.startsWith('use ') && line.trimEnd().endsWith(';')) && line.trim() !== '') {
      statement.push(line);
    }
  }
  if (queryTime !== undefined && Number.isFinite(queryTime)) {
    slow.queryTime = queryTime;
    parsed.slowQuery = slow;
  }
  parsed.message = statement.length > 0 ? trimEnd(statement.join('\n')) : trimEnd(lines[0]!);
  parsed.db = { category: 'query' };
  return parsed;
}

/** `# User@Host: rdsadmin[rdsadmin] @ localhost [127.0.0.1]  Id: 9059049`: the user, and the host or else its address. */
function userHost(line: string, slow: NonNullable<ParsedLine['slowQuery']>): void {
  const rest = line.length > 600 ? line.slice(12, 600) : line.slice(12);
  const open = rest.indexOf('[');
  const user = (open === -1 ? rest : rest.slice(0, open)).trim();
  if (user && !user.includes(' ')) slow.user = user;
  const at = rest.indexOf('@');
  if (at === -1) return;
  const after = rest.slice(at + 1).trimStart();
  const end = after.search(/[\s[]/);
  const host = end === -1 ? after : after.slice(0, end);
  const ipOpen = after.indexOf('[');
  const ipClose = after.indexOf(']', ipOpen + 1);
  const ip = ipOpen !== -1 && ipClose !== -1 ? after.slice(ipOpen + 1, ipClose).trim() : '';
  if (host || ip) slow.host = host || ip;
}

/** The level alone, for classifyLevel. */
export function mysqlLevel(message: string): LogLevel {
  if (message.charCodeAt(0) === 35 || message.startsWith('SET timestamp=') || message.startsWith('use ')) return slowQuery(message).level;
  const nl = message.indexOf('\n');
  const head = readHead(nl === -1 ? message : message.slice(0, nl));
  return head ? LEVELS[head.severity]! : parseApplication(message).level;
}
