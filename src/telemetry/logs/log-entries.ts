// Groups a source's events into log ENTRIES, per stream: a header line and the continuation lines
// that belong to it (the frames, causes and blank lines of a stack trace logged one line per event,
// as ECS awslogs does without a multiline pattern). Sampling then keeps or drops whole entries, so
// a kept trace is never cut in two by the sample. What continues an entry is what the stack-trace
// splitter's grammars accept as the next line of the trace the entry holds (one splitter per
// stream); any other line starts a new entry. Pure and streaming: memory is one open entry and one
// splitter per active stream, both bounded.

import { StackTraceSplitter } from '../../analysis/logs/stack-trace-splitter.js';
import type { LogEvent } from './log-types.js';

export interface LogEntry {
  /** The entry's lines in the order they arrived (one stream). */
  events: LogEvent[];
  /** Whether any line matched the reader's keep test: only such entries are kept. */
  matched: boolean;
  /** UTF-16 length of the messages, for byte budgets. */
  chars: number;
}

export interface LogEntryOptions {
  /** An entry longer than this is closed and the next line starts a new one. */
  maxEntryLines?: number;
  /** Streams followed at once; the one idle longest is closed first. */
  maxStreams?: number;
}

interface StreamState {
  splitter: StackTraceSplitter;
  entry: LogEntry | undefined;
  /** Serial of the trace the open entry holds (0: a plain line). */
  trace: number;
  /** Traces this stream has seen, so that a trace adopting the entry's line as header continues it. */
  lastSerial: number;
  index: number;
  /** When the stream last had a line (a push counter), to close the idlest stream first. */
  touched: number;
}

const DEFAULT_MAX_ENTRY_LINES = 1_000;
const DEFAULT_MAX_STREAMS = 1_000;

export class LogEntryAssembler {
  private readonly streams = new Map<string, StreamState>();
  private readonly maxEntryLines: number;
  private readonly maxStreams: number;
  private clock = 0;

  constructor(options: LogEntryOptions = {}) {
    this.maxEntryLines = Math.max(1, options.maxEntryLines ?? DEFAULT_MAX_ENTRY_LINES);
    this.maxStreams = Math.max(1, options.maxStreams ?? DEFAULT_MAX_STREAMS);
  }

  /** Adds one event; returns the entries it closed (usually none or one). */
  push(event: LogEvent, matched: boolean): LogEntry[] {
    const closed: LogEntry[] = [];
    let state = this.streams.get(event.logStream);
    if (state === undefined) {
      if (this.streams.size >= this.maxStreams) this.closeIdlest(closed);
      state = { splitter: new StackTraceSplitter(), entry: undefined, trace: 0, lastSerial: 0, index: 0, touched: 0 };
      this.streams.set(event.logStream, state);
    }
    state.touched = ++this.clock;

    // A multi-line event is an entry already; its lines are not fed one by one.
    const firstLine = event.message.includes('\n') ? event.message.slice(0, event.message.indexOf('\n')) : event.message;
    state.splitter.push(firstLine, state.index);
    state.index += 1;
    const serial = state.splitter.lastTrace;
    const adopted = serial !== 0 && !state.splitter.lastOpened && serial > state.lastSerial;
    const continues =
      state.entry !== undefined && serial !== 0 && !state.splitter.lastOpened && (serial === state.trace || adopted) && state.entry.events.length < this.maxEntryLines;
    if (serial > state.lastSerial) state.lastSerial = serial;
    if (continues) {
      const entry = state.entry!;
      entry.events.push(event);
      entry.matched ||= matched;
      entry.chars += event.message.length;
      state.trace = serial;
      return closed;
    }
    if (state.entry !== undefined) closed.push(state.entry);
    state.entry = { events: [event], matched, chars: event.message.length };
    state.trace = serial;
    return closed;
  }

  /** Closes every open entry (end of the read). */
  end(): LogEntry[] {
    const closed: LogEntry[] = [];
    for (const state of this.streams.values()) if (state.entry !== undefined) closed.push(state.entry);
    this.streams.clear();
    return closed;
  }

  // Only when a new stream arrives with every slot taken: a scan over the streams, not per line.
  private closeIdlest(closed: LogEntry[]): void {
    let idlest: [string, StreamState] | undefined;
    for (const pair of this.streams) if (idlest === undefined || pair[1].touched < idlest[1].touched) idlest = pair;
    if (idlest === undefined) return;
    this.streams.delete(idlest[0]);
    if (idlest[1].entry !== undefined) closed.push(idlest[1].entry);
  }
}

/**
 * A line that can only continue an entry (an indented frame, `Caused by:`, `... 3 more`, a blank
 * line): an entry that starts with one lost its header to a sample boundary.
 */
export function startsMidEntry(message: string): boolean {
  const c = message.charCodeAt(0);
  if (Number.isNaN(c) || c === 32 || c === 9) return true;
  return /^(?:Caused by: |Suppressed: |\.\.\. \d+ (?:more|common frames omitted)|--- End of |During handling of the above exception|The above exception was the direct cause)/.test(
    message,
  );
}
