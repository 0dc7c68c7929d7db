// The log parsers' entry points. parseLine turns one CloudWatch log event's message into a
// ParsedLine with the parser of its source's kind; classifyLevel gives only the level, cheaply,
// for counting millions of lines. Both are pure, never throw, and run in time linear in the
// message's length. Formats and where AWS documents them: the comment at the top of each parser.

import type { LogKind } from '../../../telemetry/logs/log-types.js';
import { albLevel, parseAlbAccess } from './alb-access.js';
import { parseApplication } from './application.js';
import { dmsLevel, parseDms } from './dms.js';
import { levelOfNumber } from './levels.js';
import type { LogLevel, ParsedLine } from './parsed-line.js';
import { mysqlLevel, parseMysql } from './rds-mysql.js';
import { parsePostgres, postgresLevel } from './rds-postgresql.js';
import { levelOfWord, textLevel } from './text-layout.js';
import { parseWaf, wafLevel } from './waf.js';

export type { DbCategory, LogLevel, ParsedLine } from './parsed-line.js';

const PARSERS: Readonly<Record<LogKind, (message: string) => ParsedLine>> = {
  application: parseApplication,
  'rds-postgresql': parsePostgres,
  'rds-mysql': parseMysql,
  dms: parseDms,
  waf: parseWaf,
  'alb-access': parseAlbAccess,
};

const LEVELS: Readonly<Record<LogKind, (message: string) => LogLevel>> = {
  application: applicationLevel,
  'rds-postgresql': postgresLevel,
  'rds-mysql': mysqlLevel,
  dms: dmsLevel,
  waf: wafLevel,
  'alb-access': albLevel,
};

/** One event's message, parsed by its source's kind. Unknown kinds are read as application logs. */
export function parseLine(kind: LogKind, message: string): ParsedLine {
  const text = typeof message === 'string' ? message : message == null ? '' : String(message);
  if (text === '') return { level: 'unknown', message: text };
  try {
    return (PARSERS[kind] ?? parseApplication)(text);
  } catch {
    // A parser bug must not lose the line: it is still a line, only without its fields.
    return { level: 'unknown', message: text };
  }
}

/**
 * The level of one event's message without building a record: a structured level field, the level
 * word a text layout puts near the start, the server's severity (PostgreSQL, MySQL, DMS), the
 * status (ALB) or action (WAF). Agrees with parseLine's level on the formats above.
 */
export function classifyLevel(message: string, kind: LogKind = 'application'): LogLevel {
  if (typeof message !== 'string' || message === '') return 'unknown';
  try {
    return (LEVELS[kind] ?? applicationLevel)(message);
  } catch {
    return 'unknown';
  }
}

// "level": "error" / "severity":"WARN" / "lvl": 50, first in the event (any key case).
const JSON_LEVEL = /"(?:level|severity|levelname|lvl|loglevel|log_level|log\.level|@l|@level|level_name|severitytext|severity_text)"\s*:\s*(?:"([^"\\]{1,20})"|(\d{1,3})\b)/i;
const JSON_SCAN = 4_096;

function applicationLevel(message: string): LogLevel {
  if (message.charCodeAt(0) === 123 /* { */) {
    const m = JSON_LEVEL.exec(message.length > JSON_SCAN ? message.slice(0, JSON_SCAN) : message);
    if (m) {
      const level = m[1] !== undefined ? (levelOfWord(m[1].trim()) ?? numericWord(m[1])) : levelOfNumber(Number(m[2]));
      if (level) return level;
    }
    // No level field (FireLens {"log": "..."}, an error object, an access record): parse it.
    return parseApplication(message).level;
  }
  return textLevel(message);
}

function numericWord(word: string): LogLevel | undefined {
  const n = Number(word);
  return word.trim() !== '' && Number.isFinite(n) ? levelOfNumber(n) : undefined;
}
