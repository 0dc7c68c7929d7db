// Line grammars of the stack traces the splitter re-joins, as data: for each family of languages a
// small state machine (state -> ordered rules), the rules that open a trace, and the hints that tell
// Java, JavaScript and C# apart once a trace is complete (they share one "at ..." frame grammar).
// Every pattern follows the format the runtime documents or prints, not any particular log file.

export type TraceLanguage = 'java' | 'python' | 'javascript' | 'go' | 'ruby' | 'php' | 'csharp' | 'dart';

/** Grammars shared by several languages are resolved to one language when the trace is complete. */
export type GrammarFamily = 'jvm' | 'python' | 'go' | 'ruby' | 'php' | 'dart';

/**
 * What accepting a line does to the trace:
 * - confirm: the line proves the trace, so it and every tentative line before it are kept;
 * - tentative: kept only if a confirming line follows (blank separators, header candidates);
 * - end: confirm, then the trace is complete (PHP "thrown in", Node's version trailer).
 */
export type LineMark = 'confirm' | 'tentative' | 'end';

export interface LineRule {
  readonly re: RegExp;
  readonly to: string;
  readonly mark: LineMark;
  /** May join the trace after unrelated lines came in between (true, or only when this also matches). */
  readonly strong?: boolean | RegExp;
  /** Most lines this rule may take in a row (rules that accept any line must stop somewhere). */
  readonly limit?: number;
  /** Accepts nearly any line, so a line that clearly opens a new trace wins over it. */
  readonly loose?: boolean;
}

export interface StartRule {
  readonly family: GrammarFamily;
  readonly to: string;
  readonly re: RegExp;
  /** Substrings announcing the start; the rule's regex is tried only if one occurs or `pre` holds. */
  readonly needles: readonly string[];
  /** Cheap test (a character or two) for starts that no substring announces. */
  readonly pre?: (line: string, firstCode: number, lastCode: number) => boolean;
  /**
   * strong: opens a trace even when an older trace could take the line after a gap;
   * weak: only when no open trace wants the line; fallback: only when nothing else applies.
   */
  readonly strength: 'strong' | 'weak' | 'fallback';
}

/** A frame seen with no trace to take it opens one, adopting the line just before as its header. */
export interface AdoptRule {
  readonly family: GrammarFamily;
  readonly re: RegExp;
  /** State after the frame. */
  readonly to: string;
  /** A headerless trace is opened only if the frame also matches this (bare frames are rare, prose is not). */
  readonly headless: RegExp | null;
}

const BLANK = /^\s*$/;
const ANY_NON_BLANK = /\S/;
const ANY = /^/;

// Java, JavaScript (V8) and C# frames: indented "at ...", V8 also prints "eval at ...".
export const AT_FRAME = /^\s+(?:at|eval at)\s+\S/;
// A bare frame must look like a call site, not like prose that happens to start with "at".
const AT_FRAME_CALLSITE = /^\s+(?:at|eval at)\s+\S*(?:\(|:\d)/;
const JAVA_MORE = /^\s*\.\.\. \d+ (?:more|common frames omitted)\s*$/;
const JAVA_CAUSE = /^\s*(?:Caused by|Suppressed|Wrapped by): /;
const JAVA_NESTED = /^\s*nested exception is:\s*$/;
const CSHARP_END = /^\s*--- End of (?:inner exception stack trace|stack trace from previous location\b.*?) ---\s*$/;
const CSHARP_INNER = /^\s*---> \S/;
const NODE_EMITTED = /^Emitted '[^']+' event(?: on .*)? at:\s*$/;
// util.inspect prints an error's own properties as "{ ... }" after its last frame.
const NODE_FRAME_OPENS_OBJECT = /^\s+at .* \{\s*$/;
const NODE_OBJECT_CLOSE = /^\}\s*$/;
// util.inspect folds the frames an error shares with its cause: "    ... 7 lines matching cause stack trace ...".
const NODE_MATCHING_CAUSE = /^\s*\.\.\. \d+ lines? matching cause stack trace \.\.\.\s*$/;
// Node ends an uncaught-exception report with its version ("Node.js v20.11.1").
const NODE_TRAILER = /^Node\.js \S+\s*$/;
const NODE_CARET = /^\s*\^+\s*$/;
// First line of Node's uncaught-exception report: "<file>:<line>" ("*" is Node's own test normalisation).
const NODE_LOCATION = /^(?:node:[\w/.-]+|(?:file:\/\/)?[^\s:]*[/\\][^\s]*|[A-Za-z]:\\\S*):(?:\d+|\*)$/;
// Java's header convention (also V8's and .NET's): "<Type>: message", a bare type, or "Type[...]".
const JVM_HEADER = /(?:Exception|Error|Throwable)(?:[:[]|\s*$)|V8 errors stack trace\s*$|^Unhandled [Ee]xception\. /;
const JVM_CAUSE_START = /^\s*(?:Caused by|Suppressed): \S/;

const PY_TRACEBACK = /Traceback \(most recent call last\):\s*$/;
const PY_FILE = /^\s*(?:[|+>]\s*)*File "/;
// A source line, as opposed to another language's indented frame.
const PY_SOURCE = /^\s+(?!at\s|from\s|File\s)\S/;
const PY_INDENTED = /^\s+\S/;
// The last line names the exception: "pkg.Name: message", or a bare "Name".
const PY_EXCEPTION = /^[A-Za-z_][\w.]*(?::.*)?$/;
const PY_EXCEPTION_NAMED = /^[A-Za-z_][\w.]*(?:Error|Exception|Warning|Interrupt|Exit|Iteration|Group)(?::|$)/;
const PY_CHAIN = /^\s*(?:During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:)\s*$/;
// Closing rule of a top-level ExceptionGroup box ("+------").
const PY_GROUP_END = /^\s+\+-+\s*$/;
// rich draws the frames in a box: "╭─ Traceback (most recent call last) ─╮" (older versions print
// the header above a plain "╭───╮"), "│ ... │" inside, "╰───╯" under; then the exception line.
const PY_BOX_HEADER = /^\s*[╭┌]─+ ?Traceback \(most recent call last\) ?─+[╮┐]\s*$/;
const PY_BOX_TOP = /^\s*[╭┌]─+[╮┐]\s*$/;
const PY_BOX_SIDE = /^\s*[│┃|]/;
const PY_BOX_BOTTOM = /^\s*[╰└]─+[╯┘]\s*$/;

const GO_PANIC = /\bpanic: |\bhttp: panic serving\b|^fatal error: |^SIG[A-Z]+: /;
const GO_GOROUTINE = /^goroutine \d+\b.*\[[^\]]*\]:\s*$/;
const GO_RUNTIME_STACK = /^runtime stack:\s*$/;
const GO_SIGNAL = /^\[signal |^PC=0x|^\s+panic: |^\s*\[recovered\]/;
const GO_FUNC = /^(?:created by \S|[^\s(][^\s]*\(.*\)\s*$)/;
const GO_FUNC_STRICT = /^(?:created by [\w./*()[\]-]+|[\w./*()[\]{}$-]+\(.*\))\s*(?:in goroutine \d+)?\s*$/;
const GO_ELIDED = /^\.\.\.\d* ?additional frames elided\.\.\.\s*$/;
const GO_FILE_STRICT = /^\s+\S+:\d+(?: \+0x[0-9a-f]+)?/;

// Rails prints " Type (message):" then indented "path.rb:N:in `m'" frames.
const RUBY_RAILS_HEADER = /^\s*(?:[A-Z]\w*::)*[A-Z]\w* \(.*\):\s*$/;
const RUBY_RAILS_FRAME = /^\s+\S.*?:\d+:in [`']/;
// Ruby's own report: "path.rb:N:in `m': message (Type)" then "\tfrom path.rb:N:in `m'".
const RUBY_HEADER = /^\S.*?:\d+:in [`'][^`']*['`]:? /;
const RUBY_FROM = /^\s+from \S.*?:\d+(?::in |$)/;
const RUBY_LEVELS = /^\s+\.\.\. \d+ levels\.\.\.\s*$/;

const PHP_HEADER =
  /PHP (?:Fatal error|Catchable fatal error|Recoverable fatal error|Warning|Notice|Parse error|Deprecated): |(?:^|\s)exception '[^']+' with message '|(?:^|\s)Fatal error: +Uncaught /;
const PHP_STACK = /^\s*(?:Stack trace:|\[stacktrace\])\s*$/;
const PHP_FRAME = /^#\d+ \S/;
const PHP_FRAME_STRICT = /^#\d+ (?:\S.*\(\d+\): |\[internal function\]: |\{main\}\s*$)/;
const PHP_THROWN = /^\s+thrown in .+ on line \d+\s*$/;
const PHP_NEXT = /^Next (?:exception '|\S+: )/;

const DART_HEADER = /^Unhandled exception:\s*$|\bUnhandled Exception: \S/;
const DART_FRAME = /^#\d+\s+\S.*\(.*\)\s*$/;
const DART_ASYNC = /^<asynchronous suspension>\s*$|^=+ asynchronous gap =+\s*$/;

export const GRAMMARS: Readonly<Record<GrammarFamily, Readonly<Record<string, readonly LineRule[]>>>> = {
  jvm: {
    jvm_header: [
      { re: NODE_FRAME_OPENS_OBJECT, to: 'js_object', mark: 'confirm', strong: true },
      { re: AT_FRAME, to: 'jvm_frames', mark: 'confirm', strong: true },
      { re: JAVA_NESTED, to: 'jvm_nested', mark: 'tentative' },
      { re: CSHARP_INNER, to: 'jvm_header', mark: 'tentative', limit: 8 },
      { re: BLANK, to: 'jvm_header_blank', mark: 'tentative' },
    ],
    // Spring/JavaMail style: the nested exception's own header follows on the next line.
    jvm_nested: [{ re: ANY_NON_BLANK, to: 'jvm_header', mark: 'tentative', loose: true }],
    jvm_header_blank: [{ re: AT_FRAME, to: 'jvm_frames', mark: 'confirm', strong: true }],
    jvm_frames: [
      { re: NODE_FRAME_OPENS_OBJECT, to: 'js_object', mark: 'confirm', strong: true },
      { re: AT_FRAME, to: 'jvm_frames', mark: 'confirm', strong: true },
      { re: JAVA_MORE, to: 'jvm_frames', mark: 'confirm', strong: true },
      { re: JAVA_CAUSE, to: 'jvm_header', mark: 'confirm', strong: true },
      { re: CSHARP_END, to: 'jvm_frames', mark: 'confirm', strong: true },
      { re: CSHARP_INNER, to: 'jvm_header', mark: 'confirm', strong: true },
      { re: NODE_EMITTED, to: 'jvm_header', mark: 'confirm', strong: true },
      { re: NODE_MATCHING_CAUSE, to: 'jvm_frames', mark: 'confirm', strong: true },
      { re: BLANK, to: 'jvm_trailer_blank', mark: 'tentative' },
    ],
    // The error's own properties ([cause], [errors], code...), indented under the frame that opened
    // them; util.inspect never prints a line of the object at column 0 except the closing brace.
    js_object: [
      { re: NODE_OBJECT_CLOSE, to: 'jvm_frames', mark: 'confirm' },
      { re: PY_INDENTED, to: 'js_object', mark: 'confirm', limit: 500, loose: true },
    ],
    jvm_trailer_blank: [{ re: NODE_TRAILER, to: 'done', mark: 'end' }],
    node_source: [{ re: ANY_NON_BLANK, to: 'node_caret', mark: 'tentative', loose: true }],
    node_caret: [{ re: NODE_CARET, to: 'node_blank', mark: 'tentative' }],
    node_blank: [{ re: BLANK, to: 'node_error', mark: 'tentative' }],
    node_error: [{ re: ANY_NON_BLANK, to: 'jvm_header', mark: 'tentative', loose: true }],
    done: [],
  },
  python: {
    // loguru's and better-exceptions' "diagnose" output puts blank lines between frames and draws
    // variable values under the source line with │ and └: indented lines, kept with the frame.
    py_traceback: [
      { re: PY_FILE, to: 'py_after_file', mark: 'confirm', strong: true },
      { re: PY_BOX_TOP, to: 'py_box', mark: 'confirm' },
      { re: PY_INDENTED, to: 'py_frames', mark: 'confirm' },
      { re: BLANK, to: 'py_traceback', mark: 'tentative', limit: 2 },
    ],
    py_box: [
      { re: PY_BOX_BOTTOM, to: 'py_after_box', mark: 'confirm' },
      { re: PY_BOX_SIDE, to: 'py_box', mark: 'confirm', limit: 5000 },
    ],
    py_after_box: [
      { re: PY_EXCEPTION, to: 'py_after_exception', mark: 'confirm', strong: PY_EXCEPTION_NAMED },
      { re: BLANK, to: 'py_after_box', mark: 'tentative', limit: 1 },
    ],
    // Right after a "File" line the next indented line is its source line, even after other lines.
    py_after_file: [
      { re: PY_FILE, to: 'py_after_file', mark: 'confirm', strong: true },
      { re: PY_INDENTED, to: 'py_frames', mark: 'confirm', strong: PY_SOURCE },
      { re: PY_EXCEPTION, to: 'py_after_exception', mark: 'confirm', strong: PY_EXCEPTION_NAMED },
      { re: BLANK, to: 'py_frames_blank', mark: 'tentative' },
    ],
    py_frames: [
      { re: PY_GROUP_END, to: 'py_after_exception', mark: 'confirm' },
      { re: PY_FILE, to: 'py_after_file', mark: 'confirm', strong: true },
      { re: PY_INDENTED, to: 'py_frames', mark: 'confirm' },
      { re: PY_EXCEPTION, to: 'py_after_exception', mark: 'confirm', strong: PY_EXCEPTION_NAMED },
      { re: BLANK, to: 'py_frames_blank', mark: 'tentative' },
    ],
    // After a blank line only a frame or an exception that says it is one continues the trace.
    py_frames_blank: [
      { re: PY_FILE, to: 'py_after_file', mark: 'confirm', strong: true },
      { re: PY_EXCEPTION_NAMED, to: 'py_after_exception', mark: 'confirm' },
      { re: BLANK, to: 'py_frames_blank', mark: 'tentative', limit: 2 },
    ],
    // A chain continues a trace only right after it (blank lines aside): by Python's grammar the
    // separator introduces the traceback that follows, in the same report.
    py_after_exception: [
      { re: PY_CHAIN, to: 'py_chain', mark: 'confirm' },
      { re: BLANK, to: 'py_after_exception_blank', mark: 'tentative' },
    ],
    py_after_exception_blank: [
      { re: PY_CHAIN, to: 'py_chain', mark: 'confirm' },
      { re: BLANK, to: 'py_after_exception_blank', mark: 'tentative', limit: 2 },
    ],
    py_chain: [
      { re: PY_TRACEBACK, to: 'py_traceback', mark: 'confirm' },
      { re: PY_BOX_HEADER, to: 'py_box', mark: 'confirm' },
      { re: BLANK, to: 'py_chain_blank', mark: 'tentative' },
    ],
    py_chain_blank: [
      { re: PY_TRACEBACK, to: 'py_traceback', mark: 'confirm' },
      { re: PY_BOX_HEADER, to: 'py_box', mark: 'confirm' },
      { re: BLANK, to: 'py_chain_blank', mark: 'tentative', limit: 2 },
    ],
  },
  go: {
    go_panic: [
      { re: GO_GOROUTINE, to: 'go_func', mark: 'confirm', strong: true },
      { re: GO_RUNTIME_STACK, to: 'go_func', mark: 'confirm', strong: true },
      { re: GO_SIGNAL, to: 'go_panic', mark: 'tentative', limit: 8 },
      { re: BLANK, to: 'go_blank', mark: 'tentative' },
    ],
    go_blank: [
      { re: GO_GOROUTINE, to: 'go_func', mark: 'confirm', strong: true },
      { re: GO_RUNTIME_STACK, to: 'go_func', mark: 'confirm', strong: true },
    ],
    go_func: [
      { re: GO_FUNC, to: 'go_file', mark: 'confirm', strong: GO_FUNC_STRICT },
      { re: GO_GOROUTINE, to: 'go_func', mark: 'confirm', strong: true },
      { re: GO_ELIDED, to: 'go_func', mark: 'confirm', strong: true },
      { re: BLANK, to: 'go_blank', mark: 'tentative' },
    ],
    // Anything indented: the file line may be cut short ("\t/tmp/ap") when the log truncates it.
    go_file: [{ re: PY_INDENTED, to: 'go_func', mark: 'confirm', strong: GO_FILE_STRICT }],
  },
  ruby: {
    ruby_rails_header: [
      { re: RUBY_RAILS_FRAME, to: 'ruby_rails_frames', mark: 'confirm', strong: true },
      { re: BLANK, to: 'ruby_rails_header', mark: 'tentative', limit: 2 },
    ],
    ruby_rails_frames: [{ re: RUBY_RAILS_FRAME, to: 'ruby_rails_frames', mark: 'confirm', strong: true }],
    ruby_header: [
      { re: RUBY_FROM, to: 'ruby_frames', mark: 'confirm', strong: true },
      { re: RUBY_LEVELS, to: 'ruby_frames', mark: 'confirm', strong: true },
    ],
    ruby_frames: [
      { re: RUBY_FROM, to: 'ruby_frames', mark: 'confirm', strong: true },
      { re: RUBY_LEVELS, to: 'ruby_frames', mark: 'confirm', strong: true },
    ],
  },
  php: {
    php_header: [{ re: PHP_STACK, to: 'php_frames', mark: 'tentative' }],
    php_frames: [
      { re: PHP_FRAME, to: 'php_frames', mark: 'confirm', strong: PHP_FRAME_STRICT },
      { re: PHP_THROWN, to: 'done', mark: 'end', strong: true },
      { re: PHP_NEXT, to: 'php_header', mark: 'confirm', strong: true },
    ],
    done: [],
  },
  dart: {
    // The message may span lines (FormatException quotes the input and a caret, NoSuchMethodError adds
    // "Receiver:" and "Tried calling:"), so anything is taken until the first frame.
    dart_message: [
      { re: DART_FRAME, to: 'dart_frames', mark: 'confirm', strong: true },
      { re: ANY, to: 'dart_message', mark: 'tentative', limit: 12, loose: true },
    ],
    dart_frames: [
      { re: DART_FRAME, to: 'dart_frames', mark: 'confirm', strong: true },
      { re: DART_ASYNC, to: 'dart_frames', mark: 'confirm', strong: true },
    ],
  },
};

// Cheap edge tests for starts that no substring announces. They get the codes of the first and of the
// last non-blank character, computed once per line, and look at a character or two more at most.
const endsWithLineNumber = (line: string, _first: number, last: number): boolean => ((last >= 48 && last <= 57) || last === 42) && !line.includes(' ');
// Rails' header ends with "):", Ruby's own ends with "(Type)" after a "file:N:in `method'" location.
const endsWithParen = (line: string, _first: number, last: number): boolean => (last === 58 && line.includes('):')) || (last === 41 && line.includes(':in '));
const startsGoRuntime = (line: string, first: number): boolean =>
  (first === 102 && line.startsWith('fatal error: ')) || (first === 83 && line.startsWith('SIG')) || (first === 103 && line.startsWith('goroutine '));
const startsCause = (line: string): boolean => {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i += 1;
  const c = line.charCodeAt(i);
  return (c === 67 && line.startsWith('Caused by: ', i)) || (c === 83 && line.startsWith('Suppressed: ', i));
};
const startsV8 = (line: string, first: number): boolean => first === 86 && line.startsWith('V8 errors');

/** Union of the rules' edge tests, as one monomorphic call for the per-line fast path. */
export function startsByEdges(line: string, first: number, last: number): boolean {
  if ((last === 41 || last === 58) && endsWithParen(line, first, last)) return true;
  if (((last >= 48 && last <= 57) || last === 42) && endsWithLineNumber(line, first, last)) return true;
  return startsGoRuntime(line, first) || startsV8(line, first) || startsCause(line);
}

/** Rules that open a trace, strongest first. */
export const START_RULES: readonly StartRule[] = [
  { family: 'python', to: 'py_traceback', re: PY_TRACEBACK, needles: ['Traceback'], strength: 'strong' },
  { family: 'python', to: 'py_box', re: PY_BOX_HEADER, needles: ['Traceback'], strength: 'strong' },
  { family: 'go', to: 'go_panic', re: GO_PANIC, needles: ['panic'], pre: startsGoRuntime, strength: 'strong' },
  { family: 'go', to: 'go_func', re: GO_GOROUTINE, needles: [], pre: startsGoRuntime, strength: 'strong' },
  { family: 'php', to: 'php_header', re: PHP_HEADER, needles: ['PHP ', 'xception', 'Uncaught'], strength: 'strong' },
  { family: 'dart', to: 'dart_message', re: DART_HEADER, needles: ['nhandled'], strength: 'strong' },
  { family: 'ruby', to: 'ruby_header', re: RUBY_HEADER, needles: [], pre: endsWithParen, strength: 'strong' },
  { family: 'ruby', to: 'ruby_rails_header', re: RUBY_RAILS_HEADER, needles: [], pre: endsWithParen, strength: 'strong' },
  { family: 'jvm', to: 'node_source', re: NODE_LOCATION, needles: [], pre: endsWithLineNumber, strength: 'strong' },
  { family: 'jvm', to: 'jvm_header', re: JVM_HEADER, needles: ['xception', 'Error', 'Throwable'], pre: startsV8, strength: 'weak' },
  { family: 'jvm', to: 'jvm_header', re: JVM_CAUSE_START, needles: [], pre: startsCause, strength: 'fallback' },
];

// One regex for every substring: V8 scans a line once for all of them, several times faster than includes() each.
export const START_NEEDLES = new RegExp([...new Set(START_RULES.flatMap((rule) => rule.needles))].map((needle) => needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

export const ADOPT_RULES: readonly AdoptRule[] = [
  { family: 'jvm', re: AT_FRAME, to: 'jvm_frames', headless: AT_FRAME_CALLSITE },
  { family: 'ruby', re: RUBY_FROM, to: 'ruby_frames', headless: null },
];

/** Votes for one language of the shared "at ..." grammar; the language with most votes wins, Java on ties. */
export const JVM_HINTS: readonly { readonly language: TraceLanguage; readonly re: RegExp }[] = [
  {
    language: 'java',
    re: /\.(?:java|kt|scala|groovy|clj):\d+\)|\((?:Native Method|Unknown Source)\)|^\s*Caused by: |^\s*\.\.\. \d+ (?:more|common frames omitted)|^Exception in thread "/,
  },
  {
    language: 'javascript',
    re: /\.(?:[cm]?js|jsx|tsx?)(?::\d+)+\)?\s*$|<anonymous>|\(native\)|\(node:|\(unknown location\)|^V8 errors|^Node\.js |^Emitted '|^\s+at (?:async )?\S+ \(.+:\d+:\d+\)$/,
  },
  {
    language: 'csharp',
    re: /\) in .+:line \d+\s*$|\[0x[0-9a-f]+\] in |--- End of (?:inner exception|stack trace from previous)|^\s*---> |^(?:Unhandled [Ee]xception[.:] )?System\.\w/,
  },
];

/** Dart's toString() of its core errors does not print the type; these prefixes name it. */
export const DART_MESSAGE_TYPES: readonly (readonly [string, string])[] = [
  ['Bad state', 'StateError'],
  ['Invalid argument', 'ArgumentError'],
  ['RangeError', 'RangeError'],
  ['Unsupported operation', 'UnsupportedError'],
  ['Concurrent modification', 'ConcurrentModificationError'],
  ['Out of Memory', 'OutOfMemoryError'],
  ['Stack Overflow', 'StackOverflowError'],
  ['Assertion failed', 'AssertionError'],
  ['Cannot instantiate abstract class', 'AbstractClassInstantiationError'],
  ['Reading static variable', 'CyclicInitializationError'],
  ['Null check operator used on a null value', 'TypeError'],
];
