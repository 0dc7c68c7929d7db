// What the engines count and keep for the log detectors, built from config. Pure.
//
// Every pattern here must run in JavaScript and in Logs Insights (an RE2-style engine): no
// lookaround, no backreferences; and it must not backtrack badly over a long line.

import type { LogsConfig } from '../../config/schema.js';
import type { LogCounter } from './log-types.js';

// Structured loggers (JSON) write the level as a field, in any case, or as a pino/bunyan number.
const STRUCTURED_ERROR =
  '"(?:level|severity|levelname|log\\.level|lvl)"\\s*:\\s*(?:"(?:[Ee]rror|ERROR|[Ff]atal|FATAL|[Cc]ritical|CRITICAL|[Pp]anic|PANIC|[Ee]merg\\w*|EMERG\\w*|[Aa]lert|ALERT|err|ERR|crit|CRIT)"|[56]0\\b)';
// DMS task logs write the severity as one letter after the component: ]E: (and sometimes ] E:).
const DMS_ERROR = '\\] ?E:';
// Lines that carry a stack trace's frames and headers, kept so traces can be re-joined (only error
// lines and these are read back, never the whole log).
const TRACE_LINES =
  '^\\s+(?:at |File "|from |#\\d|\\.\\.\\. \\d+ (?:more|common frames)|--- End of)|^(?:Caused by|Traceback|panic: |goroutine \\d|Exception in thread|Unhandled exception|\\[stack\\])|^[\\w.$]*(?:Error|Exception|Exit|Interrupt)\\b|\\.go:\\d+|^\\s*\\S+\\.(?:rb|php|dart):\\d+';
// HTTP status in an ALB access log line (9th field), a common/combined access line, or a JSON field.
const ALB_LINE = '^(?:https?|h2|grpcs|wss?) \\S+ \\S+ \\S+ \\S+ \\S+ \\S+ \\S+ ';
const statusPattern = (digit: string): string => `${ALB_LINE}${digit} |" ${digit} \\d|"(?:status|statusCode|status_code|httpStatus|http_status)"\\s*:\\s*"?${digit}\\b`;
const WAF_BLOCK = '"action"\\s*:\\s*"BLOCK"';

export function patternCounterId(name: string): string {
  return `pattern:${name}`;
}

/** The counters each source gets, keyed by the ids the log detectors read. */
export function logCounters(config: LogsConfig): LogCounter[] {
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
function errorLines(config: LogsConfig): string[] {
  return [...config.errorPatterns, STRUCTURED_ERROR, DMS_ERROR];
}

/** Events returned verbatim: errors, trace lines, HTTP errors, WAF blocks, and the user's patterns. */
export function keepCounter(config: LogsConfig): LogCounter {
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
export function caseFolded(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i]!;
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i += 1;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '(' && pattern[i + 1] === '?') {
      // (?: and (?<name> are syntax, not text.
      const end = pattern[i + 2] === '<' ? pattern.indexOf('>', i) : i + 2;
      out += pattern.slice(i, end + 1);
      i = end;
    } else if (c === '{') {
      // Quantifier braces hold digits only; copy them through.
      const end = pattern.indexOf('}', i);
      out += end === -1 ? c : pattern.slice(i, end + 1);
      if (end !== -1) i = end;
    } else if (/[a-z]/i.test(c)) out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
    else out += c;
  }
  return out;
}

function group(pattern: string): string {
  return `(?:${pattern})`;
}
