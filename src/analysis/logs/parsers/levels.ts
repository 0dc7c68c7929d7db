// Level numbers as logging libraries and protocols write them, and the level of an HTTP status.

import type { LogLevel } from './parsed-line.js';

/** pino/bunyan (10..60), syslog (0..7) and log4j2 intLevel (100..600) numbers. */
export function levelOfNumber(n: number): LogLevel {
  if (!Number.isFinite(n) || n < 0) return 'unknown';
  if (n <= 7) return n <= 2 ? 'fatal' : n === 3 ? 'error' : n === 4 ? 'warn' : n <= 6 ? 'info' : 'debug';
  if (n < 100) return n >= 60 ? 'fatal' : n >= 50 ? 'error' : n >= 40 ? 'warn' : n >= 30 ? 'info' : 'debug';
  return n <= 100 ? 'fatal' : n <= 200 ? 'error' : n <= 300 ? 'warn' : n <= 400 ? 'info' : 'debug';
}

/** OpenTelemetry SeverityNumber 1..24. */
export function levelOfSeverityNumber(n: number): LogLevel {
  if (!Number.isFinite(n) || n < 1) return 'unknown';
  return n >= 21 ? 'fatal' : n >= 17 ? 'error' : n >= 13 ? 'warn' : n >= 9 ? 'info' : 'debug';
}

/** Python's levelno: 50 CRITICAL, 40 ERROR, 30 WARNING, 20 INFO, 10 DEBUG. */
export function levelOfPythonNumber(n: number): LogLevel {
  if (!Number.isFinite(n) || n < 0) return 'unknown';
  return n >= 50 ? 'fatal' : n >= 40 ? 'error' : n >= 30 ? 'warn' : n >= 20 ? 'info' : 'debug';
}

/** 5xx error, 4xx warn, anything else info. */
export function levelOfStatus(status: number): LogLevel {
  return status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
}
