// Re-joins stack traces whose lines arrived as separate log events (ECS awslogs without a multiline
// pattern), possibly interleaved with ordinary lines and with other traces. Streaming and pure: each
// open trace runs the line grammars of stack-trace-languages.ts as a small NFA, a line goes to the
// open trace that can take it (the one that took the line just before first), and only a few open
// traces of bounded size are kept.

import {
  ADOPT_RULES,
  DART_MESSAGE_TYPES,
  GRAMMARS,
  JVM_HINTS,
  START_NEEDLES,
  START_RULES,
  startsByEdges,
  type GrammarFamily,
  type LineMark,
  type LineRule,
  type StartRule,
  type TraceLanguage,
} from './stack-trace-languages.js';

export type { TraceLanguage } from './stack-trace-languages.js';

export interface AssembledTrace {
  /** Sequential in the order traces are first confirmed; splitTraces renumbers by first line. */
  id: number;
  language: TraceLanguage;
  /** Input line indexes, ascending. */
  lines: number[];
  /** The trace's lines joined with "\n" (carriage returns removed). */
  text: string;
  /** The top-level exception type ("java.lang.IllegalStateException", "ValueError", "panic"). */
  exceptionType?: string;
  message?: string;
  /** Call sites, innermost first whatever order the language prints them in. */
  frames: string[];
}

export interface StackTraceSplitterOptions {
  /** A trace with no new line for this many input lines is complete. */
  maxGap?: number;
  /** A header nothing has confirmed yet is dropped after this many lines. */
  maxTentativeGap?: number;
  /** Longest trace kept in lines / characters; a longer one is closed and a new trace may start. */
  maxLines?: number;
  maxBytes?: number;
  /** Most traces open at once; the least recently extended one is closed first. */
  maxOpen?: number;
}

interface Alternative {
  family: GrammarFamily;
  state: string;
  /** Consecutive lines taken by the same limited rule. */
  run: number;
  lastRule: LineRule | null;
}

interface OpenTrace {
  alts: Alternative[];
  lines: number[];
  texts: string[];
  /** Lines [0, confirmed) are proven; the rest are dropped if nothing confirms them. */
  confirmed: number;
  lastIndex: number;
  bytes: number;
  id: number;
  /** Distinct for every trace opened by this splitter (ids are given only on confirmation). */
  serial: number;
}

interface Acceptance {
  alts: Alternative[];
  mark: LineMark;
  strong: boolean;
  loose: boolean;
}

// CSI sequences (SGR colours, cursor moves) and the two-character escapes.
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const ANSI_ESCAPE = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[@-Z\\-_]/g;
const HEADER_SHAPE = /^(?:[A-Za-z_$][\w$]*[.:]{1,2})*[A-Za-z_$][\w$]*(?:: \S|:?\s*$)/;
const NO_TRACES: readonly AssembledTrace[] = Object.freeze([]) as readonly AssembledTrace[];
const MARK_RANK: Readonly<Record<LineMark, number>> = { tentative: 0, confirm: 1, end: 2 };

export class StackTraceSplitter {
  private readonly maxGap: number;
  private readonly maxTentativeGap: number;
  private readonly maxLines: number;
  private readonly maxBytes: number;
  private readonly maxOpen: number;
  private open: OpenTrace[] = [];
  private nextIndex = 0;
  private nextId = 1;
  // The last line no trace took, so that a frame right after it can adopt it as the header.
  private lastFreeIndex = -1;
  private lastFreeText = '';
  // Traces completed during the current push.
  private completed: AssembledTrace[] = [];
  private nextSerial = 1;
  /**
   * Which trace took the line last pushed: its serial (0: no trace), and whether that line opened
   * it. Lets a reader group a stream's lines into entries (a header and its continuation lines).
   */
  lastTrace = 0;
  lastOpened = false;

  constructor(options: StackTraceSplitterOptions = {}) {
    this.maxGap = options.maxGap ?? 32;
    this.maxTentativeGap = options.maxTentativeGap ?? 8;
    this.maxLines = options.maxLines ?? 5000;
    this.maxBytes = options.maxBytes ?? 1 << 20;
    this.maxOpen = options.maxOpen ?? 16;
  }

  /** Feeds one line; returns the traces completed by it (usually none). */
  push(rawLine: string, index: number = this.nextIndex): readonly AssembledTrace[] {
    this.nextIndex = index + 1;
    this.lastTrace = 0;
    this.lastOpened = false;
    let line = rawLine.charCodeAt(rawLine.length - 1) === 13 ? rawLine.slice(0, -1) : rawLine;
    // Colour codes (rich, pretty-error, a terminal-minded logger) are not part of the grammar.
    if (line.includes('\u001b')) line = line.replace(ANSI_ESCAPE, '');
    if (this.open.length > 0) this.expire(index);

    const first = line.charCodeAt(0);
    const indented = first === 32 || first === 9;
    // Fast path: with nothing open, only a start line or an indented frame can matter.
    if (this.open.length === 0 && !indented && !mayStart(line)) {
      this.lastFreeIndex = index;
      this.lastFreeText = line;
      return this.drain();
    }

    // The trace that took the previous line, and the most recently extended one that takes it after a gap.
    let near: OpenTrace | null = null;
    let nearAcceptance: Acceptance | null = null;
    let far: OpenTrace | null = null;
    let farAcceptance: Acceptance | null = null;
    for (let t = 0; t < this.open.length; t += 1) {
      const trace = this.open[t]!;
      const contiguous = trace.lastIndex === index - 1;
      const acceptance = advance(trace.alts, line, contiguous);
      if (acceptance === null) continue;
      if (contiguous) {
        near = trace;
        nearAcceptance = acceptance;
      } else if (acceptance.strong && (far === null || trace.lastIndex > far.lastIndex)) {
        far = trace;
        farAcceptance = acceptance;
      }
    }

    const nearSpecific = nearAcceptance !== null && nearAcceptance.strong;
    const found = nearSpecific ? null : matchStarts(line);
    const strongStart = found !== null && found.strength === 'strong';
    // A line that opens a trace of the family a gap-separated trace is waiting in continues that trace
    // (a goroutine header after a panic line, with other lines in between).
    const farExpected = farAcceptance !== null && (!strongStart || found.alts.some((alt) => alt.family === farAcceptance.alts[0]?.family));

    if (near !== null && nearAcceptance !== null && nearSpecific) {
      this.extend(near, nearAcceptance, line, index);
    } else if (far !== null && farAcceptance !== null && farExpected) {
      // A specific rule of another trace beats a generic one of the trace just before (interleaving),
      // unless the line just before reads as the header of a new trace ("a.b.c: message" then a frame).
      if (!(indented && this.headerJustBefore(index) && this.adopt(line, index))) this.extend(far, farAcceptance, line, index);
    } else if (near !== null && nearAcceptance !== null && !(nearAcceptance.loose && strongStart)) {
      this.extend(near, nearAcceptance, line, index);
    } else if (found !== null && strongStart) {
      this.openTrace(found.alts, line, index);
    } else if (far !== null && farAcceptance !== null) {
      this.extend(far, farAcceptance, line, index);
    } else if (found !== null) {
      this.openTrace(found.alts, line, index);
    } else if (indented && this.adopt(line, index)) {
      // Taken by a new trace that adopted the previous line as its header.
    } else {
      this.lastFreeIndex = index;
      this.lastFreeText = line;
    }
    return this.drain();
  }

  // The line before is free and has the shape of an exception header: "<dotted.Name>: message".
  private headerJustBefore(index: number): boolean {
    return this.lastFreeIndex === index - 1 && HEADER_SHAPE.test(this.lastFreeText);
  }

  private drain(): readonly AssembledTrace[] {
    return this.completed.length === 0 ? NO_TRACES : this.completed.splice(0);
  }

  private complete(trace: OpenTrace): void {
    const assembled = this.finish(trace);
    if (assembled !== null) this.completed.push(assembled);
  }

  /** Completes every open trace (end of input). */
  end(): AssembledTrace[] {
    for (const trace of this.open) this.complete(trace);
    this.open = [];
    this.lastFreeIndex = -1;
    return this.completed.splice(0);
  }

  private expire(index: number): void {
    let kept = 0;
    for (const trace of this.open) {
      const gap = index - trace.lastIndex;
      const stale = trace.confirmed === 0 ? gap > this.maxTentativeGap : gap > this.maxGap;
      if (!stale) {
        this.open[kept++] = trace;
        continue;
      }
      this.complete(trace);
    }
    if (kept !== this.open.length) this.open.length = kept;
  }

  private extend(trace: OpenTrace, acceptance: Acceptance, line: string, index: number): void {
    this.lastTrace = trace.serial;
    trace.alts = acceptance.alts;
    trace.lines.push(index);
    trace.texts.push(line);
    trace.lastIndex = index;
    trace.bytes += line.length + 1;
    if (acceptance.mark !== 'tentative') this.confirm(trace);
    const full = trace.lines.length >= this.maxLines || trace.bytes >= this.maxBytes;
    if (acceptance.mark === 'end' || full) {
      this.open.splice(this.open.indexOf(trace), 1);
      this.complete(trace);
    }
  }

  private confirm(trace: OpenTrace): void {
    trace.confirmed = trace.lines.length;
    if (trace.id === 0) trace.id = this.nextId++;
  }

  private openTrace(alts: Alternative[], line: string, index: number): void {
    this.admit({ alts, lines: [index], texts: [line], confirmed: 0, lastIndex: index, bytes: line.length + 1, id: 0, serial: this.nextSerial });
    this.lastTrace = this.nextSerial++;
    this.lastOpened = true;
  }

  private admit(trace: OpenTrace): void {
    if (this.open.length >= this.maxOpen) {
      // Unconfirmed headers go first, then the trace idle the longest.
      let victim = 0;
      for (let i = 1; i < this.open.length; i += 1) {
        const a = this.open[i]!;
        const b = this.open[victim]!;
        if ((a.confirmed === 0 && b.confirmed > 0) || ((a.confirmed === 0) === (b.confirmed === 0) && a.lastIndex < b.lastIndex)) victim = i;
      }
      const [evicted] = this.open.splice(victim, 1);
      if (evicted !== undefined) this.complete(evicted);
    }
    this.open.push(trace);
  }

  private adopt(line: string, index: number): boolean {
    for (const rule of ADOPT_RULES) {
      if (!rule.re.test(line)) continue;
      const alts: Alternative[] = [{ family: rule.family, state: rule.to, run: 0, lastRule: null }];
      const hasHeader = this.lastFreeIndex === index - 1 && /\S/.test(this.lastFreeText);
      if (!hasHeader && (rule.headless === null || !rule.headless.test(line))) continue;
      const serial = this.nextSerial++;
      const trace: OpenTrace = hasHeader
        ? { alts, lines: [index - 1, index], texts: [this.lastFreeText, line], confirmed: 0, lastIndex: index, bytes: this.lastFreeText.length + line.length + 2, id: 0, serial }
        : { alts, lines: [index], texts: [line], confirmed: 0, lastIndex: index, bytes: line.length + 1, id: 0, serial };
      // Adopting the line before as header continues it; a headerless frame opens a trace.
      this.lastTrace = serial;
      this.lastOpened = !hasHeader;
      this.confirm(trace);
      this.lastFreeIndex = -1;
      this.admit(trace);
      return true;
    }
    return false;
  }

  private finish(trace: OpenTrace): AssembledTrace | null {
    if (trace.confirmed === 0) return null;
    const count = trace.confirmed;
    const texts = trace.texts.length === count ? trace.texts : trace.texts.slice(0, count);
    const lines = trace.lines.length === count ? trace.lines : trace.lines.slice(0, count);
    const family = trace.alts[0]?.family ?? 'jvm';
    return describe(trace.id, family, lines, texts);
  }
}

// Code of the last character that is not a space or a tab (-1 for a blank line).
function lastCode(line: string): number {
  let end = line.length - 1;
  let c = line.charCodeAt(end);
  while (end > 0 && (c === 32 || c === 9)) c = line.charCodeAt(--end);
  return end < 0 ? -1 : c;
}

// Whether any start rule could match: one regex for all substrings, then the rules' edge tests.
function mayStart(line: string): boolean {
  return START_NEEDLES.test(line) || startsByEdges(line, line.charCodeAt(0), lastCode(line));
}

function matchStarts(line: string): { alts: Alternative[]; strength: StartRule['strength'] } | null {
  if (!mayStart(line)) return null;
  const first = line.charCodeAt(0);
  const last = lastCode(line);
  let alts: Alternative[] | null = null;
  let strength: StartRule['strength'] | null = null;
  for (const rule of START_RULES) {
    let present = rule.pre !== undefined && rule.pre(line, first, last);
    for (let i = 0; !present && i < rule.needles.length; i += 1) present = line.includes(rule.needles[i]!);
    if (!present || !rule.re.test(line)) continue;
    // Rules are ordered strongest first, so the first match sets the strength.
    strength ??= rule.strength;
    if (rule.strength === 'fallback' && strength !== 'fallback') continue;
    (alts ??= []).push({ family: rule.family, state: rule.to, run: 0, lastRule: null });
  }
  return alts === null || strength === null ? null : { alts, strength };
}

function advance(alts: readonly Alternative[], line: string, contiguous: boolean): Acceptance | null {
  let next: Alternative[] | null = null;
  let mark: LineMark = 'tentative';
  let strong = false;
  let loose = true;
  for (const alt of alts) {
    const rules = GRAMMARS[alt.family][alt.state];
    if (rules === undefined) continue;
    for (const rule of rules) {
      // After a gap only strong rules may apply, so the others are not even tried.
      if (!contiguous && (rule.strong === undefined || rule.strong === false)) continue;
      if (!rule.re.test(line)) continue;
      const isStrong = rule.strong === true || (rule.strong instanceof RegExp && rule.strong.test(line));
      if (!contiguous && !isStrong) continue;
      const run = rule === alt.lastRule ? alt.run + 1 : 1;
      if (rule.limit !== undefined && run > rule.limit) continue;
      (next ??= []).push({ family: alt.family, state: rule.to, run, lastRule: rule });
      if (MARK_RANK[rule.mark] > MARK_RANK[mark]) mark = rule.mark;
      strong ||= isStrong;
      loose &&= rule.loose === true;
      break;
    }
  }
  return next === null ? null : { alts: next, mark, strong, loose };
}

// ---- Description of a complete trace: language, exception type, message, frames. ----

const JVM_TYPE_AT_START = /^\s*(?:Caused by: )?((?:[A-Za-z_$][\w$]*(?:\.|::|\+))*[A-Za-z_$][\w$]*)(?::\s?(.*)|\s*$|\s\[([^\]]*)\]:\s?(.*))/;
const JVM_TYPE_ANYWHERE = /((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*(?:Exception|Error|Throwable))(?::\s?(.*)|\[(.*)\]|\s*$)/;
const JAVA_THREAD_PREFIX = /^Exception in thread "[^"]*"\s+/;
const DOTNET_UNHANDLED_PREFIX = /^Unhandled [Ee]xception[.:]\s+/;
const AT_PREFIX = /^\s+(?:eval at|at)\s+/;
const PY_FILE_LINE = /^\s*(?:[|+>]\s*)*File "([^"]*)", line (\d+)(?:, in (.*))?/;
const PY_EXCEPTION_LINE = /^([A-Za-z_][\w.]*)(?::\s?(.*))?$/;
const GO_PANIC_MESSAGE = /(?:\bpanic: |^fatal error: |\bhttp: panic serving \S+: )(.*)$/;
const GO_FUNC_NAME = /^(?:created by )?([^\s(][^\s]*)\((?:[^()]|\([^()]*\))*\)\s*$|^created by (\S+)/;
const GO_FILE = /^\s+(\S+:\d+)/;
const RUBY_RAILS = /^\s*((?:[A-Z]\w*::)*[A-Z]\w*) \((.*)\):\s*$/;
const RUBY_PLAIN = /^(\S.*?:\d+:in [`'][^`']*['`]):? (.*) \(((?:[A-Z]\w*::)*[A-Z]\w*)\)\s*$/;
const RUBY_FRAME = /^\s+(?:from\s+)?(\S.*?:\d+(?::in .*)?)\s*$/;
const PHP_OLD = /exception '([^']+)' with message '(.*?)' in /;
const PHP_NEW = /Uncaught ([\w\\]+)(?::\s?(.*?))?(?: in \S+:\d+)?$/;
const PHP_FRAME_TEXT = /^#\d+ (.*)$/;
const DART_FRAME_TEXT = /^#\d+\s+(.*?)\s*$/;
const DART_INSTANCE = /^Instance of '([^']+)'/;
const DART_TYPED = /^([A-Za-z_$][\w$]*)(?::\s?(.*)|\s*$|\s\((.*)\):\s?(.*))/;

function describe(id: number, family: GrammarFamily, lines: number[], texts: string[]): AssembledTrace {
  const base = { id, lines, text: texts.join('\n') };
  switch (family) {
    case 'python':
      return { ...base, language: 'python', ...describePython(texts) };
    case 'go':
      return { ...base, language: 'go', ...describeGo(texts) };
    case 'ruby':
      return { ...base, language: 'ruby', ...describeRuby(texts) };
    case 'php':
      return { ...base, language: 'php', ...describePhp(texts) };
    case 'dart':
      return { ...base, language: 'dart', ...describeDart(texts) };
    case 'jvm':
      return { ...base, language: jvmLanguage(texts), ...describeJvm(texts) };
  }
}

type Description = Pick<AssembledTrace, 'exceptionType' | 'message' | 'frames'>;

function withType(frames: string[], exceptionType: string | undefined, message: string | undefined): Description {
  const description: Description = { frames };
  if (exceptionType !== undefined && exceptionType !== '') description.exceptionType = exceptionType;
  if (message !== undefined && message !== '') description.message = message;
  return description;
}

function jvmLanguage(texts: readonly string[]): TraceLanguage {
  const votes = new Map<TraceLanguage, number>();
  for (const text of texts) {
    for (const hint of JVM_HINTS) if (hint.re.test(text)) votes.set(hint.language, (votes.get(hint.language) ?? 0) + 1);
  }
  let language: TraceLanguage = 'java';
  let most = 0;
  for (const hint of JVM_HINTS) {
    const count = votes.get(hint.language) ?? 0;
    if (count > most) {
      most = count;
      language = hint.language;
    }
  }
  return language;
}

function describeJvm(texts: readonly string[]): Description {
  const frames: string[] = [];
  let firstFrame = -1;
  for (let i = 0; i < texts.length; i += 1) {
    const text = texts[i]!;
    if (!AT_PREFIX.test(text)) continue;
    if (firstFrame < 0) firstFrame = i;
    frames.push(
      text
        .replace(AT_PREFIX, '')
        .replace(/\s*\{\s*$/, '')
        .trim(),
    );
  }
  const header = texts.slice(0, firstFrame < 0 ? texts.length : firstFrame);
  // Prefer a header line that starts with the type; a logger's prefix ("... MakeLog: ") comes before it otherwise.
  for (const line of header) {
    const stripped = line.replace(JAVA_THREAD_PREFIX, '').replace(DOTNET_UNHANDLED_PREFIX, '');
    const m = JVM_TYPE_AT_START.exec(stripped);
    if (m !== null && /(?:Exception|Error|Throwable|Failure|Fault)$|^Error$/.test(m[1]!)) return withType(frames, m[1], cutInner(m[2] ?? m[4] ?? m[3]));
  }
  for (const line of header) {
    const m = JVM_TYPE_ANYWHERE.exec(line.replace(JAVA_THREAD_PREFIX, ''));
    if (m !== null) return withType(frames, m[1], cutInner(m[2] ?? m[3]));
  }
  return withType(frames, undefined, header.find((line) => /\S/.test(line))?.trim());
}

// .NET writes the inner exception on the same line after " ---> "; the message is the outer one's.
function cutInner(message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const arrow = message.indexOf(' ---> ');
  return (arrow < 0 ? message : message.slice(0, arrow)).trim();
}

function describePython(texts: readonly string[]): Description {
  const frames: string[] = [];
  let exceptionType: string | undefined;
  let message: string | undefined;
  for (const text of texts) {
    const file = PY_FILE_LINE.exec(text);
    if (file !== null) {
      frames.push(`${file[1]}:${file[2]}${file[3] === undefined ? '' : ` in ${file[3].trim()}`}`);
      continue;
    }
    // The last column-0 exception line is the one finally raised (chains print the cause first).
    const exc = PY_EXCEPTION_LINE.exec(text);
    if (exc !== null && !text.includes('Traceback (most recent call last)')) {
      exceptionType = exc[1];
      message = exc[2];
    }
  }
  if (exceptionType === undefined) {
    // An ExceptionGroup printed alone has only boxed lines: "  | ExceptionGroup: msg (2 sub-exceptions)".
    const boxed = texts.map((t) => /^\s*\|\s(\w[\w.]*)(?::\s?(.*))?$/.exec(t)).find((m) => m !== null);
    if (boxed) {
      exceptionType = boxed[1];
      message = boxed[2];
    }
  }
  return withType(frames.reverse(), exceptionType, message);
}

function describeGo(texts: readonly string[]): Description {
  const frames: string[] = [];
  let message: string | undefined;
  let goroutines = 0;
  for (let i = 0; i < texts.length; i += 1) {
    const text = texts[i]!;
    if (message === undefined) {
      const m = GO_PANIC_MESSAGE.exec(text);
      if (m !== null) message = m[1];
    }
    if (text.startsWith('goroutine ')) goroutines += 1;
    // Only the first goroutine is the one that failed; the others are bystanders.
    if (goroutines !== 1) continue;
    const fn = GO_FUNC_NAME.exec(text);
    if (fn === null) continue;
    const file = GO_FILE.exec(texts[i + 1] ?? '');
    frames.push(`${fn[1] ?? fn[2]}${file === null ? '' : ` (${file[1]})`}`);
  }
  const fatal = texts.some((t) => t.startsWith('fatal error: '));
  return withType(frames, fatal ? 'fatal error' : 'panic', message);
}

function describeRuby(texts: readonly string[]): Description {
  const frames: string[] = [];
  let exceptionType: string | undefined;
  let message: string | undefined;
  const header = texts[0] ?? '';
  const rails = RUBY_RAILS.exec(header);
  const plain = rails === null ? RUBY_PLAIN.exec(header) : null;
  if (rails !== null) {
    exceptionType = rails[1];
    message = rails[2];
  } else if (plain !== null) {
    frames.push(plain[1]!);
    message = plain[2];
    exceptionType = plain[3];
  }
  for (let i = 1; i < texts.length; i += 1) {
    const m = RUBY_FRAME.exec(texts[i]!);
    if (m !== null) frames.push(m[1]!);
  }
  return withType(frames, exceptionType, message);
}

function describePhp(texts: readonly string[]): Description {
  const header = texts[0] ?? '';
  const old = PHP_OLD.exec(header);
  const modern = old === null ? PHP_NEW.exec(header) : null;
  const frames: string[] = [];
  for (const text of texts) {
    const m = PHP_FRAME_TEXT.exec(text);
    if (m !== null && m[1] !== '{main}') frames.push(m[1]!);
  }
  if (old !== null) return withType(frames, old[1], old[2]);
  if (modern !== null) return withType(frames, modern[1], modern[2]);
  return withType(frames, undefined, header.trim());
}

function describeDart(texts: readonly string[]): Description {
  const frames: string[] = [];
  let firstFrame = -1;
  for (let i = 0; i < texts.length; i += 1) {
    const m = texts[i]!.startsWith('#') ? DART_FRAME_TEXT.exec(texts[i]!) : null;
    if (m === null) continue;
    if (firstFrame < 0) firstFrame = i;
    frames.push(m[1]!.replace(/\s+/g, ' '));
  }
  // The message is the line after "Unhandled exception:" (or the rest of Flutter's one-line header).
  const header = texts[0] ?? '';
  const inline = /Unhandled Exception: (.*)$/.exec(header);
  const line = (inline?.[1] ?? texts[1] ?? '').trim();
  const instance = DART_INSTANCE.exec(line);
  if (instance !== null) return withType(frames, instance[1], undefined);
  for (const [prefix, type] of DART_MESSAGE_TYPES) {
    if (line.startsWith(prefix)) return withType(frames, type, line.slice(prefix.length).replace(/^(?:\(\w*\))?:?\s*/, '') || undefined);
  }
  const typed = DART_TYPED.exec(line);
  if (typed !== null && /^[A-Z]/.test(typed[1]!)) return withType(frames, typed[1], typed[2] ?? typed[4]);
  return withType(frames, undefined, line);
}

/**
 * Splits a whole stream. traceOfLine[i] is the 1-based number of the trace line i belongs to, traces
 * numbered in the order of their first line, or null for a line outside every trace.
 */
export function splitTraces(lines: readonly string[], options?: StackTraceSplitterOptions): { traceOfLine: (number | null)[]; traces: AssembledTrace[] } {
  const splitter = new StackTraceSplitter(options);
  const collected: AssembledTrace[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const done = splitter.push(lines[i]!, i);
    if (done.length > 0) collected.push(...done);
  }
  collected.push(...splitter.end());
  collected.sort((a, b) => a.lines[0]! - b.lines[0]!);
  const traceOfLine: (number | null)[] = new Array<number | null>(lines.length).fill(null);
  collected.forEach((trace, i) => {
    trace.id = i + 1;
    for (const index of trace.lines) traceOfLine[index] = trace.id;
  });
  return { traceOfLine, traces: collected };
}
