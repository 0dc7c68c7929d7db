// What both engines share: the bin grid of a LogReadRequest, the local meaning of a LogCounter,
// and the per-source accumulator that keeps complete counts and the earliest kept events. Pure.

import { MAX_MATCHED_CHARS } from '../../config/regex-safety.js';
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

export function compileCounter(counter: LogCounter): LineTest {
  if (counter.pattern === undefined) return () => true;
  const regex = new RegExp(counter.pattern, counter.ignoreCase ? 'i' : '');
  // JavaScript's engine backtracks: even a pattern regex-safety.ts accepts can be quadratic in the
  // line's length, so only the head of a very long line is searched (Logs Insights runs RE2).
  return (message) => regex.test(message.length > MAX_MATCHED_CHARS ? message.slice(0, MAX_MATCHED_CHARS) : message);
}

/**
 * One source's counts and kept events while an engine reads. Counts are always complete; kept
 * events are the earliest `maxKept` by timestamp (ties in arrival order), whatever order they
 * arrive in, with memory bounded by twice that.
 */
export class SourceAccumulator {
  readonly counts: Record<string, number[]>;
  private kept: LogEvent[] = [];
  private truncated = false;

  private seen = 0;
  // A fixed-seed generator: the same input keeps the same sample on every run.
  private state = 0x9e3779b9;

  constructor(
    readonly source: LogSource,
    counterIds: readonly string[],
    binCount: number,
    private readonly maxKept: number,
    /** earliest: past maxKept, the earliest by time (the Insights engine stops at maxKept itself, having chosen which events arrive); uniform: a random sample of all. */
    private readonly sampling: 'earliest' | 'uniform' = 'earliest',
  ) {
    this.counts = Object.fromEntries(counterIds.map((id) => [id, new Array<number>(binCount).fill(0)]));
  }

  add(counterId: string, bin: number, n = 1): void {
    const series = this.counts[counterId];
    if (series && bin >= 0 && bin < series.length) series[bin]! += n;
  }

  keep(event: LogEvent): void {
    if (this.maxKept <= 0) {
      this.truncated = true;
      return;
    }
    if (this.sampling === 'uniform') {
      // Reservoir sampling (Algorithm R): every event seen has the same chance to be kept, so a
      // sample's counts before and after any moment keep their proportions (what the detectors compare).
      this.seen += 1;
      if (this.kept.length < this.maxKept) this.kept.push(event);
      else {
        this.truncated = true;
        const slot = Math.floor(this.random() * this.seen);
        if (slot < this.maxKept) this.kept[slot] = event;
      }
      return;
    }
    this.kept.push(event);
    if (this.kept.length >= 2 * this.maxKept) this.compact();
  }

  /** More events matched than could be returned, for a reason only the engine knows. */
  markTruncated(): void {
    this.truncated = true;
  }

  /** How many events are kept so far (at most maxKept after compaction). */
  keptCount(): number {
    return Math.min(this.kept.length, this.maxKept);
  }

  /** How many more events may be kept. */
  room(): number {
    return Math.max(0, this.maxKept - this.kept.length);
  }

  isFull(): boolean {
    return this.maxKept <= 0 || this.kept.length >= this.maxKept;
  }

  result(): SourceLogs {
    this.compact();
    return { source: this.source, counts: this.counts, events: this.kept, eventsTruncated: this.truncated };
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
  }
}

export function accumulatorsFor(request: LogReadRequest, sources: readonly LogSource[], sampling: 'earliest' | 'uniform' = 'earliest'): Map<string, SourceAccumulator> {
  const ids = request.counters.map((c) => c.id);
  const bins = binCountOf(request);
  return new Map(sources.map((s) => [s.id, new SourceAccumulator(s, ids, bins, request.maxKeptEvents, sampling)]));
}
