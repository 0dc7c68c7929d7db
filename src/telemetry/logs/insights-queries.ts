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

import { binCountOf, binMsOf } from './log-counting.js';
import type { LogCounter, LogEvent, LogReadRequest } from './log-types.js';

// Our field names carry a prefix: Insights discovers JSON keys as fields, and a log with a key
// named like one of ours would otherwise be counted as if it matched.
const PREFIX = 'awsmon_';
export const matchField = (i: number): string => `${PREFIX}c${i}`;
export const countField = (i: number): string => `${PREFIX}n${i}`;
export const BIN_INDEX_FIELD = `${PREFIX}bin`;

type Span = Pick<LogReadRequest, 'startMs' | 'endMs' | 'binSeconds'>;

/**
 * Whether Insights' own bin() can carry the request's bins: bin(Ns) groups by multiples of N
 * seconds on the clock, which are the request's bins when the span starts on that grid (the log
 * window planner aligns it so). The end may fall inside a bin: StartQuery's range is whole seconds,
 * so the last bin can also count events of the rest of the second holding endMs (none when the span
 * ends now). Off the grid, the engine computes the bin index from toMillis(@timestamp) itself.
 */
export function usesInsightsBin(span: Span): boolean {
  const binMs = binMsOf(span);
  return Number.isInteger(span.binSeconds) && span.startMs % binMs === 0;
}

export function binExpression(span: Span): string {
  return `bin(${span.binSeconds}s)`;
}

/** `/pattern/` for a query: a `/` the pattern leaves unescaped would end the literal early. */
export function regexLiteral(pattern: string, ignoreCase = false): string {
  let body = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) {
      body += c + pattern[i + 1]!;
      i += 1;
    } else if (c === '/') body += '\\/';
    else body += c;
  }
  return `/${ignoreCase ? '(?i)' : ''}${body}/`;
}

/** A stream prefix as a regular expression matching names that start with it. */
export function streamPrefixRegex(prefix: string): string {
  return regexLiteral(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/**
 * One row per (bin, log group): count(*) for counters without a pattern, count(field) for the
 * field a `parse` creates only where the counter's pattern matches.
 */
export function statsQueryString(request: Span & Pick<LogReadRequest, 'counters'>, window: { startMs: number; endMs: number; streamPrefix?: string }): string {
  const commands: string[] = [];
  if (window.streamPrefix) commands.push(`filter @logStream like ${streamPrefixRegex(window.streamPrefix)}`);
  const aligned = usesInsightsBin(request);
  if (!aligned) {
    commands.push(`filter toMillis(@timestamp) >= ${window.startMs} and toMillis(@timestamp) < ${window.endMs}`);
    commands.push(`fields floor((toMillis(@timestamp) - ${request.startMs}) / ${binMsOf(request)}) as ${BIN_INDEX_FIELD}`);
  }
  const aggregates: string[] = [];
  request.counters.forEach((counter, i) => {
    if (counter.pattern === undefined) {
      aggregates.push(`count(*) as ${countField(i)}`);
    } else {
      commands.push(`parse @message ${namedGroupRegex(counter, matchField(i))}`);
      aggregates.push(`count(${matchField(i)}) as ${countField(i)}`);
    }
  });
  commands.push(`stats ${aggregates.join(', ')} by ${aligned ? binExpression(request) : BIN_INDEX_FIELD}, @log`);
  return commands.join(' | ');
}

function namedGroupRegex(counter: LogCounter, field: string): string {
  const literal = regexLiteral(counter.pattern!);
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
export const SAMPLE_PHASES = 997;
const SAMPLE_STRIDE = 389;
const PHASE_FIELD = `${PREFIX}phase`;

/** The phase of the second holding `timestampMs`, as the events query computes it. */
export function samplePhaseOf(timestampMs: number): number {
  return (Math.floor(timestampMs / 1000) * SAMPLE_STRIDE) % SAMPLE_PHASES;
}

/**
 * The events (in phase order) that fit in `room`, cut at a phase boundary so that every second kept
 * is whole. When not even the first phase fits, none are kept, unless `partialIfNone` (the source
 * has nothing yet: some lines of one phase beat none).
 */
export function wholePhases(events: readonly LogEvent[], room: number, partialIfNone = false): LogEvent[] {
  if (events.length <= room) return [...events];
  if (room <= 0) return [];
  let end = room;
  const phaseAt = (i: number) => samplePhaseOf(events[i]!.timestamp);
  while (end > 0 && phaseAt(end - 1) === phaseAt(end)) end -= 1;
  return events.slice(0, end > 0 ? end : partialIfNone ? room : 0);
}

/** Kept events in phase order, from phase `fromPhase` on, so a full answer is every event of the phases before its last. */
export function eventsQueryString(keep: LogCounter, streamPrefix: string | undefined, limit: number, fromPhase = 0): string {
  const commands = [`fields @timestamp, @message, @logStream, @log, (floor(toMillis(@timestamp) / 1000) * ${SAMPLE_STRIDE}) % ${SAMPLE_PHASES} as ${PHASE_FIELD}`];
  if (streamPrefix) commands.push(`filter @logStream like ${streamPrefixRegex(streamPrefix)}`);
  if (keep.pattern !== undefined) commands.push(`filter @message like ${regexLiteral(keep.pattern, keep.ignoreCase)}`);
  if (fromPhase > 0) commands.push(`filter ${PHASE_FIELD} >= ${fromPhase}`);
  commands.push(`sort ${PHASE_FIELD} asc`, `limit ${limit}`);
  return commands.join(' | ');
}

export type InsightsRow = Record<string, string>;

export function rowRecord(row: ReadonlyArray<{ field?: string; value?: string }>): InsightsRow {
  const record: InsightsRow = {};
  for (const { field, value } of row) if (field !== undefined && value !== undefined) record[field] = value;
  return record;
}

/** Insights writes times as "2024-01-01 12:05:00.000", in UTC. */
export function parseInsightsTime(value: string | undefined): number {
  if (value === undefined) return NaN;
  if (/^\d+$/.test(value)) return Number(value);
  const iso = value.includes('T') ? value : value.replace(' ', 'T');
  return Date.parse(/(Z|[+-]\d\d:?\d\d)$/.test(iso) ? iso : `${iso}Z`);
}

/** The group an @log value ("123456789012:/ecs/web") names, among the query's groups. */
export function groupOfLogField(value: string | undefined, groups: readonly string[]): string | undefined {
  if (value === undefined) return undefined;
  const name = value.replace(/^\d{12}:/, '');
  if (groups.includes(name)) return name;
  return groups.find((g) => value.endsWith(`:${g}`));
}

/**
 * The request bin a stats row counts, or undefined when it lies outside the query's window (the
 * query's seconds-wide time range can reach past it; the next window counts those events).
 */
export function statsRowBin(record: InsightsRow, request: Span, window: { startMs: number; endMs: number }): number | undefined {
  const binMs = binMsOf(request);
  let index: number;
  if (usesInsightsBin(request)) {
    const start = parseInsightsTime(record[binExpression(request)] ?? Object.entries(record).find(([k]) => k.startsWith('bin('))?.[1]);
    if (!Number.isFinite(start)) return undefined;
    index = Math.floor((start - request.startMs) / binMs);
  } else {
    index = Math.round(Number(record[BIN_INDEX_FIELD]));
    if (!Number.isFinite(index)) return undefined;
  }
  const first = Math.floor((window.startMs - request.startMs) / binMs);
  const end = Math.min(binCountOf(request), Math.ceil((window.endMs - request.startMs) / binMs));
  return index >= first && index < end ? index : undefined;
}
