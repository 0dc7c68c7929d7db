// What both engines share: the bin grid of a LogReadRequest, the local meaning of a LogCounter,
// and the per-source accumulator that keeps complete counts and a sample of the kept events. Pure.

import { headTest, type PatternBudget } from './pattern-budget.js';
import { LogEntryAssembler, startsMidEntry } from './log-entries.js';
import type { LogCounter, LogEvent, LogReadRequest, LogSource, SourceLogs } from './log-types.js';

export function binMsOf(request: Pick<LogReadRequest, 'binSeconds'>): number {
  return request.binSeconds * 1000;
}

/** Bins covering [startMs, endMs): the last one may be partial. */
export function binCountOf(request: Pick<LogReadRequest, 'startMs' | 'endMs' | 'binSeconds'>): number {
  if (!(request.binSeconds > 0) || request.endMs <= request.startMs) return 0;
  return Math.ceil((request.endMs - request.startMs) / binMsOf(request));
}

/** The bin an event at `timestampMs` falls in, or undefined when it is outside [startMs, endMs). */
export function binIndexOf(timestampMs: number, request: Pick<LogReadRequest, 'startMs' | 'endMs' | 'binSeconds'>): number | undefined {
  if (!Number.isFinite(timestampMs) || timestampMs < request.startMs || timestampMs >= request.endMs) return undefined;
  return Math.floor((timestampMs - request.startMs) / binMsOf(request));
}

/** A counter as a local test. Compiled once; no `g` flag, so `test` keeps no state between lines. */
export type LineTest = (message: string) => boolean;

/** Counters that carry patterns a user wrote ([logs] error_patterns, [log_pattern:NAME]): these run under the scan's PatternBudget. */
export function carriesUserPatterns(counterId: string): boolean {
  return counterId === 'errors' || counterId === 'keep' || counterId.startsWith('pattern:');
}

export function compileCounter(counter: LogCounter, budget?: PatternBudget): LineTest {
  if (counter.pattern === undefined) return () => true;
  const regex = new RegExp(counter.pattern, counter.ignoreCase ? 'i' : '');
  // JavaScript's engine backtracks: even a pattern regex-safety.ts accepts can be quadratic in the
  // line's length, so only the head of a very long line is searched (Logs Insights runs RE2).
  return budget && carriesUserPatterns(counter.id) ? budget.test(regex) : headTest(regex);
}

/**
 * One source's counts and kept events while an engine reads. Counts are always complete. Kept
 * events, past `maxKept`: with `earliest`, the earliest by timestamp (ties in arrival order), memory
 * bounded by twice the cap; with `uniform`, a uniform sample of whole entries (`keepEntry`: a header
 * and its continuation lines), at most `maxKept` lines.
 */
export class SourceAccumulator {
  readonly counts: Record<string, number[]>;
  private kept: LogEvent[] = [];
  private truncated = false;

  private seen = 0;
  // A fixed-seed generator: the same input keeps the same sample on every run.
  private state = 0x9e3779b9;
  // Uniform sampling of entries: a max-heap on each entry's random key; the lowest keys that fit stay.
  private readonly entries: { key: number; seq: number; events: LogEvent[]; chars: number }[] = [];
  private entryLines = 0;
  // Characters of the kept messages: the budget that bounds memory, whatever the lines' length.
  private keptChars = 0;

  constructor(
    readonly source: LogSource,
    counterIds: readonly string[],
    binCount: number,
    private readonly maxKept: number,
    /** earliest: past maxKept, the earliest by time (the Insights engine stops at maxKept itself, having chosen which events arrive); uniform: a random sample of all. */
    private readonly sampling: 'earliest' | 'uniform' = 'earliest',
    private readonly maxKeptChars: number = Number.POSITIVE_INFINITY,
  ) {
    this.counts = Object.fromEntries(counterIds.map((id) => [id, new Array<number>(binCount).fill(0)]));
  }

  add(counterId: string, bin: number, n = 1): void {
    const series = this.counts[counterId];
    if (series && bin >= 0 && bin < series.length) series[bin]! += n;
  }

  keep(event: LogEvent): void {
    if (this.sampling === 'uniform') {
      this.keepEntry([event]);
      return;
    }
    if (this.maxKept <= 0) {
      this.truncated = true;
      return;
    }
    this.kept.push(event);
    this.keptChars += event.message.length;
    if (this.kept.length >= 2 * this.maxKept || this.keptChars >= 2 * this.maxKeptChars) this.compact();
  }

  /**
   * Keeps one entry whole or not at all (uniform sampling). Every entry draws a random key and the
   * entries with the lowest keys that fit in `maxKept` lines stay: each entry has the same chance,
   * so a sample's counts before and after any moment keep their proportions (what the detectors
   * compare), and a stack trace is kept with all its lines or not at all.
   */
  keepEntry(events: readonly LogEvent[]): void {
    if (events.length === 0) return;
    if (this.maxKept <= 0) {
      this.truncated = true;
      return;
    }
    this.seen += 1;
    // An entry longer than the whole budget keeps its head.
    const lines = events.length > this.maxKept ? events.slice(0, this.maxKept) : [...events];
    let chars = 0;
    for (const event of lines) chars += event.message.length;
    while (lines.length > 1 && chars > this.maxKeptChars) chars -= lines.pop()!.message.length;
    if (lines.length < events.length) this.truncated = true;
    this.heapPush({ key: this.random(), seq: this.seen, events: lines, chars });
    this.entryLines += lines.length;
    this.keptChars += chars;
    while (this.entries.length > 1 && (this.entryLines > this.maxKept || this.keptChars > this.maxKeptChars)) {
      const dropped = this.heapPop();
      this.entryLines -= dropped.events.length;
      this.keptChars -= dropped.chars;
      this.truncated = true;
    }
  }

  /** More events matched than could be returned, for a reason only the engine knows. */
  markTruncated(): void {
    this.truncated = true;
  }

  /** How many events are kept so far (at most maxKept after compaction). */
  keptCount(): number {
    return this.sampling === 'uniform' ? this.entryLines : Math.min(this.kept.length, this.maxKept);
  }

  /**
   * A sample cut by time (Insights keeps whole seconds) can start an entry in the middle: lines
   * that continue a header left outside the sample are dropped, per stream.
   */
  dropHeadlessEntries(): void {
    if (!this.truncated || this.sampling !== 'earliest') return;
    this.compact();
    const assembler = new LogEntryAssembler();
    const kept: LogEvent[] = [];
    const take = (entries: ReturnType<LogEntryAssembler['end']>): void => {
      for (const entry of entries) if (!startsMidEntry(entry.events[0]!.message)) kept.push(...entry.events);
    };
    for (const event of this.kept) take(assembler.push(event, true));
    take(assembler.end());
    kept.sort((a, b) => a.timestamp - b.timestamp);
    this.kept = kept;
  }

  /** How many more events may be kept. */
  room(): number {
    return Math.max(0, this.maxKept - this.keptCount());
  }

  isFull(): boolean {
    return this.maxKept <= 0 || this.keptCount() >= this.maxKept || this.keptChars >= this.maxKeptChars;
  }

  result(): SourceLogs {
    if (this.sampling === 'uniform') {
      // Arrival order first, then a stable sort by time: lines of one timestamp keep their order.
      const entries = [...this.entries].sort((a, b) => a.seq - b.seq);
      this.kept = entries.flatMap((e) => e.events).sort((a, b) => a.timestamp - b.timestamp);
      return { source: this.source, counts: this.counts, events: this.kept, eventsTruncated: this.truncated };
    }
    this.compact();
    return { source: this.source, counts: this.counts, events: this.kept, eventsTruncated: this.truncated };
  }

  private heapPush(item: { key: number; seq: number; events: LogEvent[]; chars: number }): void {
    const heap = this.entries;
    heap.push(item);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (heap[parent]!.key >= heap[i]!.key) break;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  }

  private heapPop(): { key: number; seq: number; events: LogEvent[]; chars: number } {
    const heap = this.entries;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let largest = i;
        if (l < heap.length && heap[l]!.key > heap[largest]!.key) largest = l;
        if (r < heap.length && heap[r]!.key > heap[largest]!.key) largest = r;
        if (largest === i) break;
        [heap[largest], heap[i]] = [heap[i]!, heap[largest]!];
        i = largest;
      }
    }
    return top;
  }

  private random(): number {
    this.state = (Math.imul(this.state, 1_664_525) + 1_013_904_223) >>> 0;
    return this.state / 2 ** 32;
  }

  private compact(): void {
    // Array.prototype.sort is stable: events with equal timestamps keep their arrival order.
    this.kept.sort((a, b) => a.timestamp - b.timestamp);
    if (this.kept.length > this.maxKept) {
      this.kept.length = this.maxKept;
      this.truncated = true;
    }
    let chars = 0;
    let end = 0;
    while (end < this.kept.length && (end === 0 || chars + this.kept[end]!.message.length <= this.maxKeptChars)) chars += this.kept[end++]!.message.length;
    if (end < this.kept.length) {
      this.kept.length = end;
      this.truncated = true;
    }
    this.keptChars = chars;
  }
}

export function accumulatorsFor(request: LogReadRequest, sources: readonly LogSource[], sampling: 'earliest' | 'uniform' = 'earliest'): Map<string, SourceAccumulator> {
  const ids = request.counters.map((c) => c.id);
  const bins = binCountOf(request);
  return new Map(sources.map((s) => [s.id, new SourceAccumulator(s, ids, bins, request.maxKeptEvents, sampling, request.maxKeptBytes ?? Number.POSITIVE_INFINITY)]));
}
