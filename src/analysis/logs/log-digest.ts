// Turns one source's raw log events into what the log detectors judge: error signatures with a
// count per time bin, HTTP errors and WAF blocks as plain records, next to the engine's counts.
// Pure and streaming per source: memory is bounded by the kept events and the templates.
//
//   events -> per log stream, in time order: parse (layout prefix off), split multi-line events,
//   re-join stack traces (each awslogs line is its own event) -> a trace is one occurrence of
//   "exception type + top application frames"; an error line outside any trace is one occurrence
//   of its template (variables masked by the template grouper).

import { headTest } from '../../telemetry/logs/pattern-budget.js';
import type { LogKind, LogSource, SourceLogs } from '../../telemetry/logs/log-types.js';
import { LogTemplateGrouper } from './log-template-grouper.js';
import { parseLine, type LogLevel, type ParsedLine } from './parsers/index.js';
import { StackTraceSplitter, type AssembledTrace, type TraceLanguage } from './stack-trace-splitter.js';

export interface LogSignature {
  /** Stable within a run: `trace:<type>@<frames>` or `line:<template id>`. */
  key: string;
  kind: 'trace' | 'line';
  /** A readable name: "java.lang.NullPointerException at com.shop.CheckoutService.total", or the line's template. */
  title: string;
  level: LogLevel;
  language?: TraceLanguage;
  /** What the parser says the line is about: a database error class, a DMS component... */
  category?: string;
  /** Occurrences per bin (built on each read from a sparse count: a digest may hold thousands of one-off signatures). */
  readonly bins: number[];
  total: number;
  firstSeen: number;
  lastSeen: number;
  /** The first occurrence as logged (a whole trace, cut to a few lines); not yet redacted. */
  example: string;
}

export interface HttpErrorRecord {
  timestamp: number;
  status: number;
  method?: string;
  path?: string;
}

export interface WafBlockRecord {
  timestamp: number;
  rule: string;
  clientIp?: string;
  country?: string;
  uri?: string;
}

export interface LogDigest {
  source: LogSource;
  startMs: number;
  binSeconds: number;
  binCount: number;
  /** The engine's counts per counter id and bin (total, errors, http_5xx...). */
  counts: Record<string, number[]>;
  signatures: LogSignature[];
  httpErrors: HttpErrorRecord[];
  wafBlocks: WafBlockRecord[];
  /** The engine returned only part of the matching events: signature counts are a sample. */
  sampled: boolean;
  /** The first event matching each of `DigestOptions.examplePatterns`, by id. */
  examples: Record<string, string>;
}

export interface DigestOptions {
  startMs: number;
  binSeconds: number;
  binCount: number;
  /** Extra error-line patterns (config `[logs] error_patterns`), besides the parser's level. */
  errorPatterns: readonly RegExp[];
  /** Patterns (user patterns) whose first matching event is kept as their example. */
  examplePatterns?: ReadonlyArray<{ id: string; re: RegExp }>;
  /** How a user pattern becomes a line test: by default on the head of the line; a scan passes its PatternBudget's. */
  matcher?: (regex: RegExp) => (line: string) => boolean;
}

interface PendingLine {
  parsed: ParsedLine;
  timestamp: number;
  text: string;
}

// Lines an error line waits for a trace to take it; also the ring of line times kept per stream.
const HOLD_LINES = 8_192;
// HTTP errors and WAF blocks kept per source for the breakdowns (counts come from the engine).
const MAX_RECORDS = 50_000;
const EXAMPLE_LINES = 12;
const EXAMPLE_CHARS = 1_500;
// A signature's title is read in one line of a report; its full text is in the example.
const TITLE_CHARS = 300;
const APP_FRAMES_IN_KEY = 2;

export function digestSourceLogs(logs: SourceLogs, options: DigestOptions): LogDigest {
  const { source } = logs;
  const signatures = new Map<string, CountedSignature>();
  const grouper = new LogTemplateGrouper();
  const httpErrors: HttpErrorRecord[] = [];
  const wafBlocks: WafBlockRecord[] = [];
  const binOf = (t: number): number => Math.min(options.binCount - 1, Math.max(0, Math.floor((t - options.startMs) / (options.binSeconds * 1000))));
  const count = (key: string, make: () => Omit<LogSignature, 'bins' | 'total' | 'firstSeen' | 'lastSeen'>, timestamp: number): void => {
    let signature = signatures.get(key);
    if (!signature) {
      signature = new CountedSignature(make(), timestamp, new BinCounts(options.binCount));
      signatures.set(key, signature);
    }
    signature.counts.add(binOf(timestamp), 1);
    signature.total += 1;
    if (timestamp < signature.firstSeen) signature.firstSeen = timestamp;
    if (timestamp > signature.lastSeen) signature.lastSeen = timestamp;
  };
  const wantsSignatures = source.kind !== 'waf' && source.kind !== 'alb-access';
  const examples: Record<string, string> = {};
  const matcher = options.matcher ?? headTest;
  const errorTests = options.errorPatterns.map(matcher);
  let exampleless = (options.examplePatterns ?? []).map((p) => ({ id: p.id, test: matcher(p.re) }));

  // An error line becomes a line signature once no trace can still take it: it waits here until
  // it is HOLD_LINES behind the stream (or the stream ends). Memory stays bounded by that window
  // and by the templates, however many lines go through.
  const addLine = (line: PendingLine): void => {
    const raw = grouper.add(line.parsed.message || line.text, line.timestamp);
    const key = `line:${raw}`;
    const category = line.parsed.db?.category ?? line.parsed.dms?.component ?? line.parsed.origin;
    count(key, () => ({ key, kind: 'line', title: '', level: line.parsed.level, ...(category ? { category } : {}), example: exampleOf(line.text) }), line.timestamp);
    // The worst level seen for the template wins (a FATAL and an ERROR of one template are one problem).
    const signature = signatures.get(key)!;
    if (levelRank(line.parsed.level) < levelRank(signature.level)) signature.level = line.parsed.level;
  };

  for (const events of byStream(logs)) {
    const splitter = new StackTraceSplitter();
    const lineTimes = new Float64Array(HOLD_LINES);
    let next = 0;
    const pending = new Map<number, PendingLine>();
    const onTraces = (traces: readonly AssembledTrace[]): void => {
      for (const trace of traces) {
        const first = trace.lines[0]!;
        for (const index of trace.lines) pending.delete(index);
        // `log.error("Charge failed", e)` prints its message on the line before the trace: that line
        // is the trace's context, one problem with it rather than a second signature.
        const context = pending.get(first - 1);
        pending.delete(first - 1);
        const timestamp = next - first <= HOLD_LINES ? lineTimes[first % HOLD_LINES]! : (context?.timestamp ?? lineTimes[(next - 1) % HOLD_LINES]!);
        const frames = applicationFrames(trace.frames);
        const type = trace.exceptionType ?? firstWords(trace.text);
        const key = `trace:${type}@${frames.join('|')}`;
        count(
          key,
          () => ({
            key,
            kind: 'trace',
            title: frames[0] ? `${type} at ${frames[0]}` : type,
            level: 'error',
            language: trace.language,
            example: exampleOf(context ? `${context.text}\n${trace.text}` : trace.text),
          }),
          timestamp,
        );
      }
    };
    for (const event of events) {
      if (exampleless.length > 0) {
        for (const p of exampleless) if (p.test(event.message)) examples[p.id] = exampleOf(event.message);
        exampleless = exampleless.filter((p) => examples[p.id] === undefined);
      }
      const parsed = parseLine(source.kind, event.message);
      if (parsed.httpStatus !== undefined && parsed.httpStatus >= 400 && httpErrors.length < MAX_RECORDS) {
        httpErrors.push({
          timestamp: event.timestamp,
          status: parsed.httpStatus,
          ...(parsed.http?.method ? { method: parsed.http.method } : {}),
          ...(parsed.http?.path ? { path: parsed.http.path } : {}),
        });
      }
      if (parsed.waf && parsed.waf.action === 'BLOCK' && wafBlocks.length < MAX_RECORDS) {
        wafBlocks.push({
          timestamp: event.timestamp,
          rule: parsed.waf.terminatingRuleId,
          ...(parsed.waf.clientIp ? { clientIp: parsed.waf.clientIp } : {}),
          ...(parsed.waf.country ? { country: parsed.waf.country } : {}),
          ...(parsed.waf.uri ? { uri: parsed.waf.uri } : {}),
        });
      }
      if (!wantsSignatures || parsed.continuation) continue;
      // A JSON event carries its stack inside a field: split what the parser extracted, not the JSON.
      const text = event.message.charCodeAt(0) === 123 /* { */ ? parsed.message : event.message;
      const lines = text.includes('\n') ? text.split('\n') : [text];
      for (let i = 0; i < lines.length; i += 1) {
        const line = lines[i]!;
        const index = next;
        next += 1;
        lineTimes[index % HOLD_LINES] = event.timestamp;
        if (isError(i === 0 ? parsed : undefined, line, errorTests))
          pending.set(index, { parsed: i === 0 ? parsed : parseLine(source.kind, line), timestamp: event.timestamp, text: line });
        onTraces(splitter.push(line, index));
        // Map order is insertion order, so the oldest waiting line is first.
        for (const [waiting, line] of pending) {
          if (waiting > index - HOLD_LINES) break;
          pending.delete(waiting);
          addLine(line);
        }
      }
    }
    onTraces(splitter.end());
    for (const line of pending.values()) addLine(line);
  }

  // Template ids are final only at the end (a merge folds one group into another): fold their counts.
  const templates = new Map(grouper.groups().map((g) => [g.id, g.template]));
  for (const [key, signature] of [...signatures]) {
    if (signature.kind !== 'line') continue;
    const id = grouper.resolve(Number(key.slice(5)));
    const finalKey = `line:${id}`;
    const title = cut(templates.get(id) ?? signature.example, TITLE_CHARS);
    if (finalKey === key) {
      signature.title = title;
      continue;
    }
    signatures.delete(key);
    const into = signatures.get(finalKey);
    if (!into) {
      signature.key = finalKey;
      signature.title = title;
      signatures.set(finalKey, signature);
      continue;
    }
    into.counts.addAll(signature.counts);
    into.total += signature.total;
    if (signature.firstSeen < into.firstSeen) {
      into.firstSeen = signature.firstSeen;
      into.example = signature.example;
    }
    into.lastSeen = Math.max(into.lastSeen, signature.lastSeen);
    if (levelRank(signature.level) < levelRank(into.level)) into.level = signature.level;
    into.title = title;
  }

  return {
    source,
    startMs: options.startMs,
    binSeconds: options.binSeconds,
    binCount: options.binCount,
    counts: logs.counts,
    signatures: [...signatures.values()].sort((a, b) => b.total - a.total),
    httpErrors,
    wafBlocks,
    sampled: logs.eventsTruncated,
    examples,
  };
}

/**
 * Occurrences per bin, sparse while few bins are used: a source with thousands of one-off error
 * lines then holds a few numbers per signature instead of a dense array of every bin (720 for 90
 * days), which is what made 100 MB of logs take over 1 GB.
 */
class BinCounts {
  private sparse: number[] | undefined = [];
  private dense: number[] | undefined;

  constructor(private readonly length: number) {}

  add(bin: number, n: number): void {
    if (this.dense !== undefined) {
      this.dense[bin]! += n;
      return;
    }
    const pairs = this.sparse!;
    for (let i = 0; i < pairs.length; i += 2) {
      if (pairs[i] === bin) {
        pairs[i + 1]! += n;
        return;
      }
    }
    if (pairs.length < 2 * SPARSE_BINS) {
      pairs.push(bin, n);
      return;
    }
    this.dense = this.toArray();
    this.sparse = undefined;
    this.dense[bin]! += n;
  }

  addAll(other: BinCounts): void {
    const values = other.toArray();
    for (let i = 0; i < values.length; i += 1) if (values[i]! > 0) this.add(i, values[i]!);
  }

  toArray(): number[] {
    if (this.dense !== undefined) return this.dense.slice();
    const out = new Array<number>(this.length).fill(0);
    const pairs = this.sparse!;
    for (let i = 0; i < pairs.length; i += 2) out[pairs[i]!]! += pairs[i + 1]!;
    return out;
  }
}

// Bins a signature keeps as (bin, count) pairs before it switches to a dense array.
const SPARSE_BINS = 24;

/** A signature while and after the digest counts it: `bins` is built from its sparse counts on each read. */
class CountedSignature implements LogSignature {
  key: string;
  kind: 'trace' | 'line';
  title: string;
  level: LogLevel;
  language?: TraceLanguage;
  category?: string;
  total = 0;
  firstSeen: number;
  lastSeen: number;
  example: string;

  constructor(
    fields: Omit<LogSignature, 'bins' | 'total' | 'firstSeen' | 'lastSeen'>,
    timestamp: number,
    readonly counts: BinCounts,
  ) {
    this.key = fields.key;
    this.kind = fields.kind;
    this.title = fields.title;
    this.level = fields.level;
    if (fields.language !== undefined) this.language = fields.language;
    if (fields.category !== undefined) this.category = fields.category;
    this.example = fields.example;
    this.firstSeen = timestamp;
    this.lastSeen = timestamp;
  }

  get bins(): number[] {
    return this.counts.toArray();
  }

  toJSON(): LogSignature {
    const { counts: _counts, ...fields } = this;
    return { ...fields, bins: this.bins };
  }
}

function byStream(logs: SourceLogs): Array<SourceLogs['events']> {
  const streams = new Map<string, SourceLogs['events']>();
  for (const event of logs.events) {
    let list = streams.get(event.logStream);
    if (!list) streams.set(event.logStream, (list = []));
    list.push(event);
  }
  return [...streams.values()];
}

const LEVEL_ORDER: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'unknown'];
function levelRank(level: LogLevel): number {
  return LEVEL_ORDER.indexOf(level);
}

function isError(parsed: ParsedLine | undefined, line: string, tests: ReadonlyArray<(line: string) => boolean>): boolean {
  if (parsed && (parsed.level === 'error' || parsed.level === 'fatal')) return true;
  if (parsed && (parsed.level === 'info' || parsed.level === 'debug' || parsed.level === 'warn')) return false;
  for (const test of tests) if (test(line)) return true;
  return false;
}

// Frames from the JDK, frameworks, language runtimes and third-party packages say little about
// which of our bugs this is: the signature keeps the top frames of the application itself.
const LIBRARY_FRAME =
  /^(?:java\.|javax\.|jdk\.|sun\.|com\.sun\.|kotlin\.|kotlinx\.|scala\.|akka\.|org\.springframework\.|org\.apache\.|org\.hibernate\.|io\.netty\.|reactor\.|com\.fasterxml\.|org\.eclipse\.|io\.undertow\.|com\.zaxxer\.|org\.postgresql\.|com\.mysql\.|System\.|Microsoft\.|dart:|package:flutter\/|runtime\.|net\/http\.|internal\/|node:)|\/site-packages\/|\/dist-packages\/|\/lib\/python\d|<frozen |node_modules\/|node:internal|\/gems\/|\/lib\/ruby\/|\/vendor\/|\/usr\/local\/go\/src\/|\/go\/pkg\/mod\/|^java\.base\//;

export function applicationFrames(frames: readonly string[]): string[] {
  const normalised = frames.map(normaliseFrame).filter((f) => f !== '');
  const app = normalised.filter((f) => !LIBRARY_FRAME.test(f));
  return (app.length > 0 ? app : normalised).slice(0, APP_FRAMES_IN_KEY);
}

// Line numbers, columns and addresses change with every build; the function does not.
function normaliseFrame(frame: string): string {
  return (
    frame
      // "(File.java:42)" says nothing the qualified name does not; "(/app/routes/orders.js:17:21)" names the file.
      .replace(/\(([^()]*?):\d+(?::\d+)?\)/g, (_, location: string) => (location.includes('/') ? `(${location})` : ''))
      .replace(/:\d+(?::\d+)?(?=\s|\)|$)/g, '')
      .replace(/\bline \d+,?\s*/g, '')
      .replace(/\+0x[0-9a-f]+/gi, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function firstWords(text: string): string {
  const first = text.split('\n', 1)[0] ?? '';
  return first.length > 120 ? `${first.slice(0, 117)}...` : first;
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

function exampleOf(text: string): string {
  // The common case, one short line: the line itself, no copy.
  if (text.length <= EXAMPLE_CHARS && !text.includes('\n')) return text;
  const lines = text.split('\n');
  let example = lines.slice(0, EXAMPLE_LINES).join('\n');
  if (lines.length > EXAMPLE_LINES) example += `\n... ${lines.length - EXAMPLE_LINES} more lines`;
  return example.length > EXAMPLE_CHARS ? `${example.slice(0, EXAMPLE_CHARS)}...` : example;
}

export type { LogKind };
