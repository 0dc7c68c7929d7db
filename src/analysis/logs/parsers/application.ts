// Application logs as containers write them to stdout and awslogs / FireLens ship them to CloudWatch
// Logs. No AWS page defines these. JSON events are read here, whatever the library: pino/bunyan
// (numeric levels 10..60), winston, logback/log4j2 JSON and ECS layouts, python-json-logger,
// structlog, zap, Serilog (@l/@m/@x), OpenTelemetry (severityText/severityNumber), FireLens/Docker
// `{"log": "..."}`, access records with status/statusCode/status_code. Text lines (Spring Boot,
// log4j, Python, logfmt, access lines, stack traces...) are read by text-layout.ts.
// Never throws: an object JSON.parse refuses is read as text.

import { levelOfNumber, levelOfPythonNumber, levelOfSeverityNumber, levelOfStatus } from './levels.js';
import type { LogLevel, ParsedLine } from './parsed-line.js';
import { levelOfWord, parseText, pathOnly, readTimestamp, trimEnd } from './text-layout.js';

export function parseApplication(message: string): ParsedLine {
  if (message.charCodeAt(0) === 123 /* { */) {
    const json = parseJsonObject(message);
    if (json) return json;
  }
  return parseText(message);
}

// ---------------------------------------------------------------------------------------------
// JSON lines

type Json = Record<string, unknown>;

const asObject = (v: unknown): Json | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
const asString = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** A JSON object event, or undefined if the line is not one (the caller then reads it as text). */
export function parseJsonObject(line: string): ParsedLine | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  const o = asObject(value);
  return o ? fromJson(o, line) : undefined;
}

/** Everything read from the keys of one JSON event, whatever their case. */
interface JsonFields {
  level?: LogLevel;
  message?: string;
  error: { summary?: string; stack?: string };
  timestamp?: number;
  origin?: string;
  status?: number;
  method?: string;
  path?: string;
  clientIp?: string;
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

function fromJson(o: Json, line: string): ParsedLine {
  // One pass over the keys, lower-cased: `Level`, `LEVEL` and `level` are the same key.
  const byKey = new Map<string, unknown>();
  for (const key in o) {
    const lower = key.toLowerCase();
    if (!byKey.has(lower)) byKey.set(lower, o[key]);
  }
  const f: JsonFields = { error: {} };
  readLevel(byKey, f);
  const log = asObject(byKey.get('log'));
  if (f.level === undefined && log) f.level = jsonLevel(log.level);

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
    status(firstValue(byKey, STATUS_KEYS)) ??
    status(res?.statusCode ?? res?.status ?? res?.status_code) ??
    status(http?.status_code ?? http?.status ?? asObject(http?.response)?.status_code) ??
    status(gcp?.status);
  if (f.status !== undefined) {
    f.method = firstString(byKey, METHOD_KEYS) ?? asString(req?.method) ?? asString(http?.method) ?? asString(asObject(http?.request)?.method) ?? asString(gcp?.requestMethod);
    const path = firstString(byKey, PATH_KEYS) ?? asString(req?.url) ?? asString(req?.path) ?? asString(http?.url) ?? asString(http?.path) ?? asString(gcp?.requestUrl);
    if (path) f.path = pathOnly(path);
    f.clientIp = firstString(byKey, IP_KEYS) ?? asString(req?.remoteAddress) ?? asString(req?.ip) ?? asString(gcp?.remoteIp);
  }
  return toParsed(f, line);
}

function readLevel(byKey: Map<string, unknown>, f: JsonFields): void {
  for (const k of ['level', 'severity', 'levelname', 'lvl', 'loglevel', 'log_level', 'log.level', '@l', '@level', 'level_name', 'severitytext', 'severity_text']) {
    const level = jsonLevel(byKey.get(k));
    if (level) {
      f.level = level;
      return;
    }
  }
  const levelno = byKey.get('levelno');
  if (typeof levelno === 'number') f.level = levelOfPythonNumber(levelno);
  const otel = byKey.get('severitynumber') ?? byKey.get('severity_number');
  if (f.level === undefined && typeof otel === 'number') f.level = levelOfSeverityNumber(otel);
}

function jsonLevel(v: unknown): LogLevel | undefined {
  if (typeof v === 'number') return levelOfNumber(v);
  if (typeof v !== 'string' || v.length > 20) return undefined;
  const word = v.trim();
  if (word !== '' && word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57) {
    const n = Number(word);
    return Number.isFinite(n) ? levelOfNumber(n) : undefined;
  }
  return levelOfWord(word);
}

function toParsed(f: JsonFields, line: string): ParsedLine {
  let level = f.level;
  let message = f.message;
  let origin = f.origin;
  let timestamp = f.timestamp;
  // No level field: the message may carry a text layout (FireLens/Docker `{"log": "<ts> ERROR ..."}`).
  if (level === undefined && message !== undefined) {
    const text = parseText(trimEnd(message));
    if (text.level !== 'unknown') level = text.level;
    message = text.message;
    origin ??= text.origin;
    timestamp ??= text.timestamp;
  }
  // The message first, then the error on the same line, then the stack on the lines after:
  // `Charge failed: card declined\nError: card declined\n    at charge (...)`.
  const { summary, stack } = f.error;
  if (summary !== undefined || stack !== undefined) {
    level ??= 'error';
    if (summary !== undefined) message = message === undefined ? summary : message.includes(summary) ? message : `${message}: ${summary}`;
    if (stack !== undefined) message = message === undefined || stack.startsWith(message) ? stack : `${message}\n${stack}`;
  }
  if (level === undefined && f.status !== undefined) level = levelOfStatus(f.status);
  if (message === undefined) {
    message = f.status !== undefined ? `${f.method ?? '-'} ${f.path ?? '-'} -> ${f.status}` : line;
  }
  const parsed: ParsedLine = { level: level ?? 'unknown', message };
  if (timestamp !== undefined) parsed.timestamp = timestamp;
  if (origin !== undefined) parsed.origin = origin;
  if (f.status !== undefined) {
    parsed.httpStatus = f.status;
    parsed.http = {};
    if (f.method) parsed.http.method = f.method;
    if (f.path) parsed.http.path = f.path;
    if (f.clientIp) parsed.http.clientIp = f.clientIp;
  }
  return parsed;
}

/**
 * The exception an event carries: a one-line error (`"error": "context deadline exceeded"`, an
 * `{type, message}` object) and/or a stack (`"stack_trace"`, `"exc_info"`, `err.stack`...).
 */
function errorOf(byKey: Map<string, unknown>): { summary?: string; stack?: string } {
  let summary: string | undefined;
  let stack: string | undefined;
  for (const k of ERROR_KEYS) {
    const v = byKey.get(k);
    const s = typeof v === 'string' ? asString(v) : errorObjectText(asObject(v));
    if (s === undefined) continue;
    if (s.includes('\n')) stack ??= trimEnd(s);
    // "stack": "prod" is not an exception: stack keys count only when they hold a stack.
    else if (!STACK_KEYS.has(k)) summary ??= s;
  }
  // ECS flattened: "error.type", "error.message".
  const type = asString(byKey.get('error.type'));
  const msg = asString(byKey.get('error.message'));
  if (summary === undefined && (type || msg)) summary = type && msg ? `${type}: ${msg}` : (type ?? msg);
  // A stack that starts with (or holds) the one-line error already says it.
  if (summary !== undefined && stack !== undefined && stack.includes(summary)) summary = undefined;
  const error: { summary?: string; stack?: string } = {};
  if (summary !== undefined) error.summary = summary;
  if (stack !== undefined) error.stack = stack;
  return error;
}

function errorObjectText(e: Json | undefined): string | undefined {
  if (!e) return undefined;
  const stack = asString(e.stack) ?? asString(e.stack_trace) ?? asString(e.stacktrace) ?? asString(e.trace);
  const type = asString(e.type) ?? asString(e.name) ?? asString(e.class) ?? asString(e.kind);
  const message = asString(e.message) ?? asString(e.msg);
  const summary = type && message ? `${type}: ${message}` : (type ?? message);
  if (stack) return summary && !stack.includes(summary) && !(message && stack.includes(message)) ? `${summary}\n${stack}` : stack;
  return summary;
}

function firstValue(byKey: Map<string, unknown>, keys: readonly string[]): unknown {
  for (const k of keys) {
    const v = byKey.get(k);
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

function firstString(byKey: Map<string, unknown>, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = asString(byKey.get(k));
    if (v !== undefined) return v;
  }
  return undefined;
}

function firstTime(byKey: Map<string, unknown>): number | undefined {
  for (const k of TIME_KEYS) {
    const v = byKey.get(k);
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) {
      // ns, us, ms or (fractional) seconds since the epoch.
      return v > 1e17 ? Math.floor(v / 1e6) : v > 1e14 ? Math.floor(v / 1e3) : v > 1e11 ? Math.floor(v) : Math.floor(v * 1000);
    }
    if (typeof v === 'string') {
      const stamp = readTimestamp(v, 0);
      if (stamp) return stamp.ms;
    }
  }
  return undefined;
}

function status(v: unknown): number | undefined {
  let n: number;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string' && v.length === 3) n = Number(v);
  else return undefined;
  return Number.isInteger(n) && n >= 100 && n <= 599 ? n : undefined;
}
