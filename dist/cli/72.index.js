export const id = 72;
export const ids = [72];
export const modules = {

/***/ 1072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ StackTraceSplitter)
});

// UNUSED EXPORTS: splitTraces

;// CONCATENATED MODULE: ./src/analysis/logs/stack-trace-languages.ts
// Line grammars of the stack traces the splitter re-joins, as data: for each family of languages a
// small state machine (state -> ordered rules), the rules that open a trace, and the hints that tell
// Java, JavaScript and C# apart once a trace is complete (they share one "at ..." frame grammar).
// Every pattern follows the format the runtime documents or prints, not any particular log file.
const BLANK = /^\s*$/;
const ANY_NON_BLANK = /\S/;
const ANY = /^/;
// Java, JavaScript (V8) and C# frames: indented "at ...", V8 also prints "eval at ...".
const AT_FRAME = /^\s+(?:at|eval at)\s+\S/;
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
const PHP_HEADER = /PHP (?:Fatal error|Catchable fatal error|Recoverable fatal error|Warning|Notice|Parse error|Deprecated): |(?:^|\s)exception '[^']+' with message '|(?:^|\s)Fatal error: +Uncaught /;
const PHP_STACK = /^\s*(?:Stack trace:|\[stacktrace\])\s*$/;
const PHP_FRAME = /^#\d+ \S/;
const PHP_FRAME_STRICT = /^#\d+ (?:\S.*\(\d+\): |\[internal function\]: |\{main\}\s*$)/;
const PHP_THROWN = /^\s+thrown in .+ on line \d+\s*$/;
const PHP_NEXT = /^Next (?:exception '|\S+: )/;
const DART_HEADER = /^Unhandled exception:\s*$|\bUnhandled Exception: \S/;
const DART_FRAME = /^#\d+\s+\S.*\(.*\)\s*$/;
const DART_ASYNC = /^<asynchronous suspension>\s*$|^=+ asynchronous gap =+\s*$/;
const GRAMMARS = {
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
const endsWithLineNumber = (line, _first, last) => ((last >= 48 && last <= 57) || last === 42) && !line.includes(' ');
// Rails' header ends with "):", Ruby's own ends with "(Type)" after a "file:N:in `method'" location.
const endsWithParen = (line, _first, last) => (last === 58 && line.includes('):')) || (last === 41 && line.includes(':in '));
const startsGoRuntime = (line, first) => (first === 102 && line.startsWith('fatal error: ')) || (first === 83 && line.startsWith('SIG')) || (first === 103 && line.startsWith('goroutine '));
const startsCause = (line) => {
    let i = 0;
    while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)
        i += 1;
    const c = line.charCodeAt(i);
    return (c === 67 && line.startsWith('Caused by: ', i)) || (c === 83 && line.startsWith('Suppressed: ', i));
};
const startsV8 = (line, first) => first === 86 && line.startsWith('V8 errors');
/** Union of the rules' edge tests, as one monomorphic call for the per-line fast path. */
function startsByEdges(line, first, last) {
    if ((last === 41 || last === 58) && endsWithParen(line, first, last))
        return true;
    if (((last >= 48 && last <= 57) || last === 42) && endsWithLineNumber(line, first, last))
        return true;
    return startsGoRuntime(line, first) || startsV8(line, first) || startsCause(line);
}
/** Rules that open a trace, strongest first. */
const START_RULES = [
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
const START_NEEDLES = new RegExp([...new Set(START_RULES.flatMap((rule) => rule.needles))].map((needle) => needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
const ADOPT_RULES = [
    { family: 'jvm', re: AT_FRAME, to: 'jvm_frames', headless: AT_FRAME_CALLSITE },
    { family: 'ruby', re: RUBY_FROM, to: 'ruby_frames', headless: null },
];
/** Votes for one language of the shared "at ..." grammar; the language with most votes wins, Java on ties. */
const JVM_HINTS = [
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
const DART_MESSAGE_TYPES = [
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

;// CONCATENATED MODULE: ./src/analysis/logs/stack-trace-splitter.ts
// Re-joins stack traces whose lines arrived as separate log events (ECS awslogs without a multiline
// pattern), possibly interleaved with ordinary lines and with other traces. Streaming and pure: each
// open trace runs the line grammars of stack-trace-languages.ts as a small NFA, a line goes to the
// open trace that can take it (the one that took the line just before first), and only a few open
// traces of bounded size are kept.

// CSI sequences (SGR colours, cursor moves) and the two-character escapes.
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const ANSI_ESCAPE = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[@-Z\\-_]/g;
const HEADER_SHAPE = /^(?:[A-Za-z_$][\w$]*[.:]{1,2})*[A-Za-z_$][\w$]*(?:: \S|:?\s*$)/;
const NO_TRACES = Object.freeze([]);
const MARK_RANK = { tentative: 0, confirm: 1, end: 2 };
class StackTraceSplitter {
    maxGap;
    maxTentativeGap;
    maxLines;
    maxBytes;
    maxOpen;
    open = [];
    nextIndex = 0;
    nextId = 1;
    // The last line no trace took, so that a frame right after it can adopt it as the header.
    lastFreeIndex = -1;
    lastFreeText = '';
    // Traces completed during the current push.
    completed = [];
    nextSerial = 1;
    /**
     * Which trace took the line last pushed: its serial (0: no trace), and whether that line opened
     * it. Lets a reader group a stream's lines into entries (a header and its continuation lines).
     */
    lastTrace = 0;
    lastOpened = false;
    constructor(options = {}) {
        this.maxGap = options.maxGap ?? 32;
        this.maxTentativeGap = options.maxTentativeGap ?? 8;
        this.maxLines = options.maxLines ?? 5000;
        this.maxBytes = options.maxBytes ?? 1 << 20;
        this.maxOpen = options.maxOpen ?? 16;
    }
    /** Feeds one line; returns the traces completed by it (usually none). */
    push(rawLine, index = this.nextIndex) {
        this.nextIndex = index + 1;
        this.lastTrace = 0;
        this.lastOpened = false;
        let line = rawLine.charCodeAt(rawLine.length - 1) === 13 ? rawLine.slice(0, -1) : rawLine;
        // Colour codes (rich, pretty-error, a terminal-minded logger) are not part of the grammar.
        if (line.includes('\u001b'))
            line = line.replace(ANSI_ESCAPE, '');
        if (this.open.length > 0)
            this.expire(index);
        const first = line.charCodeAt(0);
        const indented = first === 32 || first === 9;
        // Fast path: with nothing open, only a start line or an indented frame can matter.
        if (this.open.length === 0 && !indented && !mayStart(line)) {
            this.lastFreeIndex = index;
            this.lastFreeText = line;
            return this.drain();
        }
        // The trace that took the previous line, and the most recently extended one that takes it after a gap.
        let near = null;
        let nearAcceptance = null;
        let far = null;
        let farAcceptance = null;
        for (let t = 0; t < this.open.length; t += 1) {
            const trace = this.open[t];
            const contiguous = trace.lastIndex === index - 1;
            const acceptance = advance(trace.alts, line, contiguous);
            if (acceptance === null)
                continue;
            if (contiguous) {
                near = trace;
                nearAcceptance = acceptance;
            }
            else if (acceptance.strong && (far === null || trace.lastIndex > far.lastIndex)) {
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
        }
        else if (far !== null && farAcceptance !== null && farExpected) {
            // A specific rule of another trace beats a generic one of the trace just before (interleaving),
            // unless the line just before reads as the header of a new trace ("a.b.c: message" then a frame).
            if (!(indented && this.headerJustBefore(index) && this.adopt(line, index)))
                this.extend(far, farAcceptance, line, index);
        }
        else if (near !== null && nearAcceptance !== null && !(nearAcceptance.loose && strongStart)) {
            this.extend(near, nearAcceptance, line, index);
        }
        else if (found !== null && strongStart) {
            this.openTrace(found.alts, line, index);
        }
        else if (far !== null && farAcceptance !== null) {
            this.extend(far, farAcceptance, line, index);
        }
        else if (found !== null) {
            this.openTrace(found.alts, line, index);
        }
        else if (indented && this.adopt(line, index)) {
            // Taken by a new trace that adopted the previous line as its header.
        }
        else {
            this.lastFreeIndex = index;
            this.lastFreeText = line;
        }
        return this.drain();
    }
    // The line before is free and has the shape of an exception header: "<dotted.Name>: message".
    headerJustBefore(index) {
        return this.lastFreeIndex === index - 1 && HEADER_SHAPE.test(this.lastFreeText);
    }
    drain() {
        return this.completed.length === 0 ? NO_TRACES : this.completed.splice(0);
    }
    complete(trace) {
        const assembled = this.finish(trace);
        if (assembled !== null)
            this.completed.push(assembled);
    }
    /** Completes every open trace (end of input). */
    end() {
        for (const trace of this.open)
            this.complete(trace);
        this.open = [];
        this.lastFreeIndex = -1;
        return this.completed.splice(0);
    }
    expire(index) {
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
        if (kept !== this.open.length)
            this.open.length = kept;
    }
    extend(trace, acceptance, line, index) {
        this.lastTrace = trace.serial;
        trace.alts = acceptance.alts;
        trace.lines.push(index);
        trace.texts.push(line);
        trace.lastIndex = index;
        trace.bytes += line.length + 1;
        if (acceptance.mark !== 'tentative')
            this.confirm(trace);
        const full = trace.lines.length >= this.maxLines || trace.bytes >= this.maxBytes;
        if (acceptance.mark === 'end' || full) {
            this.open.splice(this.open.indexOf(trace), 1);
            this.complete(trace);
        }
    }
    confirm(trace) {
        trace.confirmed = trace.lines.length;
        if (trace.id === 0)
            trace.id = this.nextId++;
    }
    openTrace(alts, line, index) {
        this.admit({ alts, lines: [index], texts: [line], confirmed: 0, lastIndex: index, bytes: line.length + 1, id: 0, serial: this.nextSerial });
        this.lastTrace = this.nextSerial++;
        this.lastOpened = true;
    }
    admit(trace) {
        if (this.open.length >= this.maxOpen) {
            // Unconfirmed headers go first, then the trace idle the longest.
            let victim = 0;
            for (let i = 1; i < this.open.length; i += 1) {
                const a = this.open[i];
                const b = this.open[victim];
                if ((a.confirmed === 0 && b.confirmed > 0) || ((a.confirmed === 0) === (b.confirmed === 0) && a.lastIndex < b.lastIndex))
                    victim = i;
            }
            const [evicted] = this.open.splice(victim, 1);
            if (evicted !== undefined)
                this.complete(evicted);
        }
        this.open.push(trace);
    }
    adopt(line, index) {
        for (const rule of ADOPT_RULES) {
            if (!rule.re.test(line))
                continue;
            const alts = [{ family: rule.family, state: rule.to, run: 0, lastRule: null }];
            const hasHeader = this.lastFreeIndex === index - 1 && /\S/.test(this.lastFreeText);
            if (!hasHeader && (rule.headless === null || !rule.headless.test(line)))
                continue;
            const serial = this.nextSerial++;
            const trace = hasHeader
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
    finish(trace) {
        if (trace.confirmed === 0)
            return null;
        const count = trace.confirmed;
        const texts = trace.texts.length === count ? trace.texts : trace.texts.slice(0, count);
        const lines = trace.lines.length === count ? trace.lines : trace.lines.slice(0, count);
        const family = trace.alts[0]?.family ?? 'jvm';
        return describe(trace.id, family, lines, texts);
    }
}
// Code of the last character that is not a space or a tab (-1 for a blank line).
function lastCode(line) {
    let end = line.length - 1;
    let c = line.charCodeAt(end);
    while (end > 0 && (c === 32 || c === 9))
        c = line.charCodeAt(--end);
    return end < 0 ? -1 : c;
}
// Whether any start rule could match: one regex for all substrings, then the rules' edge tests.
function mayStart(line) {
    return START_NEEDLES.test(line) || startsByEdges(line, line.charCodeAt(0), lastCode(line));
}
function matchStarts(line) {
    if (!mayStart(line))
        return null;
    const first = line.charCodeAt(0);
    const last = lastCode(line);
    let alts = null;
    let strength = null;
    for (const rule of START_RULES) {
        let present = rule.pre !== undefined && rule.pre(line, first, last);
        for (let i = 0; !present && i < rule.needles.length; i += 1)
            present = line.includes(rule.needles[i]);
        if (!present || !rule.re.test(line))
            continue;
        // Rules are ordered strongest first, so the first match sets the strength.
        strength ??= rule.strength;
        if (rule.strength === 'fallback' && strength !== 'fallback')
            continue;
        (alts ??= []).push({ family: rule.family, state: rule.to, run: 0, lastRule: null });
    }
    return alts === null || strength === null ? null : { alts, strength };
}
function advance(alts, line, contiguous) {
    let next = null;
    let mark = 'tentative';
    let strong = false;
    let loose = true;
    for (const alt of alts) {
        const rules = GRAMMARS[alt.family][alt.state];
        if (rules === undefined)
            continue;
        for (const rule of rules) {
            // After a gap only strong rules may apply, so the others are not even tried.
            if (!contiguous && (rule.strong === undefined || rule.strong === false))
                continue;
            if (!rule.re.test(line))
                continue;
            const isStrong = rule.strong === true || (rule.strong instanceof RegExp && rule.strong.test(line));
            if (!contiguous && !isStrong)
                continue;
            const run = rule === alt.lastRule ? alt.run + 1 : 1;
            if (rule.limit !== undefined && run > rule.limit)
                continue;
            (next ??= []).push({ family: alt.family, state: rule.to, run, lastRule: rule });
            if (MARK_RANK[rule.mark] > MARK_RANK[mark])
                mark = rule.mark;
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
function describe(id, family, lines, texts) {
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
function withType(frames, exceptionType, message) {
    const description = { frames };
    if (exceptionType !== undefined && exceptionType !== '')
        description.exceptionType = exceptionType;
    if (message !== undefined && message !== '')
        description.message = message;
    return description;
}
function jvmLanguage(texts) {
    const votes = new Map();
    for (const text of texts) {
        for (const hint of JVM_HINTS)
            if (hint.re.test(text))
                votes.set(hint.language, (votes.get(hint.language) ?? 0) + 1);
    }
    let language = 'java';
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
function describeJvm(texts) {
    const frames = [];
    let firstFrame = -1;
    for (let i = 0; i < texts.length; i += 1) {
        const text = texts[i];
        if (!AT_PREFIX.test(text))
            continue;
        if (firstFrame < 0)
            firstFrame = i;
        frames.push(text
            .replace(AT_PREFIX, '')
            .replace(/\s*\{\s*$/, '')
            .trim());
    }
    const header = texts.slice(0, firstFrame < 0 ? texts.length : firstFrame);
    // Prefer a header line that starts with the type; a logger's prefix ("... MakeLog: ") comes before it otherwise.
    for (const line of header) {
        const stripped = line.replace(JAVA_THREAD_PREFIX, '').replace(DOTNET_UNHANDLED_PREFIX, '');
        const m = JVM_TYPE_AT_START.exec(stripped);
        if (m !== null && /(?:Exception|Error|Throwable|Failure|Fault)$|^Error$/.test(m[1]))
            return withType(frames, m[1], cutInner(m[2] ?? m[4] ?? m[3]));
    }
    for (const line of header) {
        const m = JVM_TYPE_ANYWHERE.exec(line.replace(JAVA_THREAD_PREFIX, ''));
        if (m !== null)
            return withType(frames, m[1], cutInner(m[2] ?? m[3]));
    }
    return withType(frames, undefined, header.find((line) => /\S/.test(line))?.trim());
}
// .NET writes the inner exception on the same line after " ---> "; the message is the outer one's.
function cutInner(message) {
    if (message === undefined)
        return undefined;
    const arrow = message.indexOf(' ---> ');
    return (arrow < 0 ? message : message.slice(0, arrow)).trim();
}
function describePython(texts) {
    const frames = [];
    let exceptionType;
    let message;
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
function describeGo(texts) {
    const frames = [];
    let message;
    let goroutines = 0;
    for (let i = 0; i < texts.length; i += 1) {
        const text = texts[i];
        if (message === undefined) {
            const m = GO_PANIC_MESSAGE.exec(text);
            if (m !== null)
                message = m[1];
        }
        if (text.startsWith('goroutine '))
            goroutines += 1;
        // Only the first goroutine is the one that failed; the others are bystanders.
        if (goroutines !== 1)
            continue;
        const fn = GO_FUNC_NAME.exec(text);
        if (fn === null)
            continue;
        const file = GO_FILE.exec(texts[i + 1] ?? '');
        frames.push(`${fn[1] ?? fn[2]}${file === null ? '' : ` (${file[1]})`}`);
    }
    const fatal = texts.some((t) => t.startsWith('fatal error: '));
    return withType(frames, fatal ? 'fatal error' : 'panic', message);
}
function describeRuby(texts) {
    const frames = [];
    let exceptionType;
    let message;
    const header = texts[0] ?? '';
    const rails = RUBY_RAILS.exec(header);
    const plain = rails === null ? RUBY_PLAIN.exec(header) : null;
    if (rails !== null) {
        exceptionType = rails[1];
        message = rails[2];
    }
    else if (plain !== null) {
        frames.push(plain[1]);
        message = plain[2];
        exceptionType = plain[3];
    }
    for (let i = 1; i < texts.length; i += 1) {
        const m = RUBY_FRAME.exec(texts[i]);
        if (m !== null)
            frames.push(m[1]);
    }
    return withType(frames, exceptionType, message);
}
function describePhp(texts) {
    const header = texts[0] ?? '';
    const old = PHP_OLD.exec(header);
    const modern = old === null ? PHP_NEW.exec(header) : null;
    const frames = [];
    for (const text of texts) {
        const m = PHP_FRAME_TEXT.exec(text);
        if (m !== null && m[1] !== '{main}')
            frames.push(m[1]);
    }
    if (old !== null)
        return withType(frames, old[1], old[2]);
    if (modern !== null)
        return withType(frames, modern[1], modern[2]);
    return withType(frames, undefined, header.trim());
}
function describeDart(texts) {
    const frames = [];
    let firstFrame = -1;
    for (let i = 0; i < texts.length; i += 1) {
        const m = texts[i].startsWith('#') ? DART_FRAME_TEXT.exec(texts[i]) : null;
        if (m === null)
            continue;
        if (firstFrame < 0)
            firstFrame = i;
        frames.push(m[1].replace(/\s+/g, ' '));
    }
    // The message is the line after "Unhandled exception:" (or the rest of Flutter's one-line header).
    const header = texts[0] ?? '';
    const inline = /Unhandled Exception: (.*)$/.exec(header);
    const line = (inline?.[1] ?? texts[1] ?? '').trim();
    const instance = DART_INSTANCE.exec(line);
    if (instance !== null)
        return withType(frames, instance[1], undefined);
    for (const [prefix, type] of DART_MESSAGE_TYPES) {
        if (line.startsWith(prefix))
            return withType(frames, type, line.slice(prefix.length).replace(/^(?:\(\w*\))?:?\s*/, '') || undefined);
    }
    const typed = DART_TYPED.exec(line);
    if (typed !== null && /^[A-Z]/.test(typed[1]))
        return withType(frames, typed[1], typed[2] ?? typed[4]);
    return withType(frames, undefined, line);
}
/**
 * Splits a whole stream. traceOfLine[i] is the 1-based number of the trace line i belongs to, traces
 * numbered in the order of their first line, or null for a line outside every trace.
 */
function splitTraces(lines, options) {
    const splitter = new StackTraceSplitter(options);
    const collected = [];
    for (let i = 0; i < lines.length; i += 1) {
        const done = splitter.push(lines[i], i);
        if (done.length > 0)
            collected.push(...done);
    }
    collected.push(...splitter.end());
    collected.sort((a, b) => a.lines[0] - b.lines[0]);
    const traceOfLine = new Array(lines.length).fill(null);
    collected.forEach((trace, i) => {
        trace.id = i + 1;
        for (const index of trace.lines)
            traceOfLine[index] = trace.id;
    });
    return { traceOfLine, traces: collected };
}


/***/ })

};
