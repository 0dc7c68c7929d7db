// Builds what a log engine returns (SourceLogs) from plain events, counting with the real counters
// and keep pattern, so pure log tests see exactly what the scan would.

import { digestSourceLogs, type LogDigest } from '../../src/analysis/logs/log-digest.js';
import type { LogsConfig } from '../../src/config/schema.js';
import { keepCounter, logCounters } from '../../src/telemetry/logs/log-counters.js';
import type { LogKind, LogSource, SourceLogs } from '../../src/telemetry/logs/log-types.js';
import type { LogWindow } from '../../src/telemetry/logs/log-window.js';
import { aConfig } from './builders.js';

export const DEFAULT_ERROR_PATTERNS = ['\\b(ERROR|FATAL|PANIC|CRITICAL)\\b', 'Exception\\b', 'Traceback \\(most recent call last\\)'];

export function logsConfig(overrides: Partial<LogsConfig> = {}): LogsConfig {
  return { ...aConfig().logs, enabled: true, errorPatterns: DEFAULT_ERROR_PATTERNS, ...overrides };
}

export function aSource(logGroup: string, kind: LogKind, resource: LogSource['resource']): LogSource {
  return { id: logGroup, logGroup, kind, resource };
}

export function sourceLogsOf(
  source: LogSource,
  events: ReadonlyArray<{ timestamp: number; message: string; logStream?: string }>,
  window: LogWindow,
  config: LogsConfig = logsConfig(),
): SourceLogs {
  const counters = logCounters(config).map((c) => ({ id: c.id, re: c.pattern === undefined ? undefined : new RegExp(c.pattern, c.ignoreCase ? 'i' : '') }));
  const keep = new RegExp(keepCounter(config).pattern!);
  const counts: Record<string, number[]> = Object.fromEntries(counters.map((c) => [c.id, new Array<number>(window.binCount).fill(0)]));
  const kept: SourceLogs['events'] = [];
  for (const e of events) {
    if (e.timestamp < window.startMs || e.timestamp >= window.endMs) continue;
    const bin = Math.floor((e.timestamp - window.startMs) / (window.binSeconds * 1000));
    for (const c of counters) if (!c.re || c.re.test(e.message)) counts[c.id]![bin]! += 1;
    if (keep.test(e.message)) kept.push({ timestamp: e.timestamp, message: e.message, logStream: e.logStream ?? 'stream-1' });
  }
  return { source, counts, events: kept.slice(0, config.maxEventsPerSource), eventsTruncated: kept.length > config.maxEventsPerSource };
}

export function digestOf(logs: SourceLogs, window: LogWindow, config: LogsConfig = logsConfig()): LogDigest {
  return digestSourceLogs(logs, {
    startMs: window.startMs,
    binSeconds: window.binSeconds,
    binCount: window.binCount,
    errorPatterns: config.errorPatterns.map((p) => new RegExp(p)),
    examplePatterns: config.patterns.map((p) => ({ id: `pattern:${p.name}`, re: new RegExp(p.regex, p.ignoreCase ? 'i' : '') })),
  });
}
