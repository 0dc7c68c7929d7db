export const id = 116;
export const ids = [116];
export const modules = {

/***/ 2735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  du: () => (/* binding */ LogTemplateGrouper)
});

// UNUSED EXPORTS: DEFAULT_GROUPER_OPTIONS, groupLines

;// CONCATENATED MODULE: ./src/analysis/logs/variable-masker.ts
// Finds the variable parts of a log line (numbers, ids, addresses, paths, times...) and replaces
// them with typed placeholders such as <NUM> or <IP>, so that lines printed by the same statement
// look alike. Pure and allocation-light: the template grouper calls it once per line.
/** Placeholder every variable gets in `generic`. */
const WILDCARD = '<*>';
// Characters that wrap a value without being part of it: `(12)`, `[host]`, `value,`.
const LEADING = new Set(['(', '[', '{', '"', "'", '`']);
const EMPTY_PAIRS = new Set(['()', '[]', '{}', '""', "''"]);
const TRAILING = new Set([')', ']', '}', '>', '"', "'", '`', ',', ';', ':', '.', '!', '?']);
// A number followed by one of these is one value ("12 KB", "3 seconds"); units are not tied to any system.
const SIZE_UNITS = new Set(['b', 'kb', 'mb', 'gb', 'tb', 'pb', 'kib', 'mib', 'gib', 'tib', 'byte', 'bytes', 'k', 'm', 'g']);
const DURATION_UNITS = new Set([
    'ns',
    'us',
    'µs',
    'ms',
    's',
    'sec',
    'secs',
    'second',
    'seconds',
    'min',
    'mins',
    'minute',
    'minutes',
    'h',
    'hr',
    'hrs',
    'hour',
    'hours',
    'd',
    'day',
    'days',
]);
// Month and weekday names are part of a timestamp when they stand next to one.
const CALENDAR_WORDS = new Set([
    'jan',
    'feb',
    'mar',
    'apr',
    'may',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'january',
    'february',
    'march',
    'april',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
    'mon',
    'tue',
    'wed',
    'thu',
    'fri',
    'sat',
    'sun',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
]);
// Every spelling looked up as written (one hash per word): lower, Capitalised, UPPER, after a bracket, before a comma or dot.
const CALENDAR_FORMS = new Set([...CALENDAR_WORDS]
    .flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()])
    .flatMap((w) => [w, w + ',', w + '.'])
    .flatMap((w) => [w, '[' + w, '(' + w]));
const TIME_KINDS = new Set(['NUM', 'TIME', 'DATE']);
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IPV4_RE = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(\/\d{1,2})?$/;
const IPV4_PORT_RE = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}:\d{1,5}$/;
const IPV6_RE = /^(?=.*:.*:)[0-9a-f:]+(%\w+)?$/i;
const NUM_RE = /^([<>]=?|~)?[-+]?(\d[\d,_]*)?\.?\d+([eE][-+]?\d+)?%?$/;
const TIME_RE = /^\d{1,2}:\d{2}(:\d{2})?([.,]\d+)?([ap]m)?$/i;
const DATE_RE = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})([T_ ]\d{1,2}:\d{2}(:\d{2})?([.,]\d+)?)?(Z|[-+]\d{2}:?\d{2})?$/i;
const HEX_RE = /^(0x[0-9a-f]+|[0-9a-f]{8,})$/i;
const NUM_UNIT_RE = /^([-+]?\d+(\.\d+)?)([a-zµ]+)$/i;
const HOST_PORT_RE = /^[a-z0-9][a-z0-9.-]*:\d{1,5}$/i;
const EMAIL_RE = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/;
const KEY_RE = /^[A-Za-z_][\w.-]*$/;
/** Masks every variable of the line; whitespace runs become single spaces. */
function maskLine(line) {
    return maskLineTokens(line).typed.join(' ');
}
/** Splits the line on whitespace and masks each token; see MaskedLine. */
function maskLineTokens(line) {
    return maskTokens(line, true);
}
/** As maskLineTokens, but `typed` repeats `generic` (no typed placeholders built): the grouper's hot path. */
function maskLineShape(line) {
    return maskTokens(line, false);
}
function maskTokens(line, withTypes) {
    const typed = [];
    const generic = [];
    const variable = [];
    const bare = [];
    const kinds = [];
    let calendar;
    const length = line.length;
    let start = -1;
    let quoted = false;
    for (let i = 0; i <= length; i += 1) {
        const code = i < length ? line.charCodeAt(i) : 32;
        const space = code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 12;
        if (!space) {
            if (start < 0) {
                start = i;
                quoted = false;
            }
            if (code === 34 || code === 39)
                quoted = true;
            continue;
        }
        if (start < 0)
            continue;
        // key="two words" (logfmt, Android's tag="View Lock"): the quoted value is one token, spaces and all.
        if (quoted && i < length) {
            const close = quotedValueEnd(line, start, i);
            if (close > i) {
                i = close - 1;
                continue;
            }
        }
        pushToken(line.slice(start, i), withTypes, typed, generic, variable, bare, kinds);
        start = -1;
        const last = kinds.length - 1;
        if (kinds[last] !== undefined)
            continue;
        const word = typed[last];
        const unit = last > 0 && kinds[last - 1] === 'NUM' && bare[last - 1] === true ? unitOf(word) : undefined;
        if (unit !== undefined)
            joinUnit(last - 1, unit, typed, generic, variable, bare, kinds);
        else if (CALENDAR_FORMS.has(word))
            (calendar ??= []).push(last);
    }
    if (calendar !== undefined)
        markCalendarWords(calendar, typed, generic, variable, bare, kinds);
    return { typed, generic, variable, bare };
}
// Longest a quoted value may run past the space that would end its token.
const MAX_QUOTED_SPAN = 256;
/**
 * For a token [start, end) that opens a quote right after `=` or `:` and does not close it, the
 * index where the quoted value's token really ends (after the closing quote and any punctuation);
 * -1 when the token is not such an opening or no closing quote comes soon enough.
 */
function quotedValueEnd(line, start, end) {
    let open = -1;
    for (let k = start; k < end - 1; k += 1) {
        const c = line.charCodeAt(k);
        if ((c === 61 || c === 58) && (line.charCodeAt(k + 1) === 34 || line.charCodeAt(k + 1) === 39)) {
            open = k + 1;
            break;
        }
    }
    if (open < 0)
        return -1;
    const quote = line.charCodeAt(open);
    if (line.indexOf(String.fromCharCode(quote), open + 1) !== -1 && line.indexOf(String.fromCharCode(quote), open + 1) < end)
        return -1;
    const limit = Math.min(line.length, end + MAX_QUOTED_SPAN);
    for (let k = end; k < limit; k += 1) {
        if (line.charCodeAt(k) !== quote)
            continue;
        let after = k + 1;
        while (after < line.length && TRAILING.has(line[after]))
            after += 1;
        const next = line.charCodeAt(after);
        if (after >= line.length || next === 32 || next === 9)
            return after;
    }
    return -1;
}
function pushToken(token, withTypes, typed, generic, variable, bare, kinds) {
    // An empty pair, as in `connection from 10.0.0.7 () at ...` when a name did not resolve, stands where a value would.
    if (token.length === 2 && EMPTY_PAIRS.has(token)) {
        const shape = token[0] + WILDCARD + token[1];
        typed.push(withTypes ? token[0] + '<VALUE>' + token[1] : shape);
        generic.push(shape);
        variable.push(true);
        bare.push(true);
        kinds.push('VALUE');
        return;
    }
    if (isPlainWord(token)) {
        typed.push(token);
        generic.push(token);
        variable.push(false);
        bare.push(false);
        kinds.push(undefined);
        return;
    }
    const quoted = quotedValue(token);
    if (quoted !== undefined) {
        const shape = quoted.before + WILDCARD + quoted.after;
        typed.push(withTypes ? quoted.before + '<QUOTED>' + quoted.after : shape);
        generic.push(shape);
        variable.push(true);
        bare.push(true);
        kinds.push('QUOTED');
        return;
    }
    let from = 0;
    let to = token.length;
    while (from < to && LEADING.has(token[from]))
        from += 1;
    while (to > from && TRAILING.has(token[to - 1]))
        to -= 1;
    if (to > from && allDigits(token, from, to)) {
        // The commonest variable, a plain integer, skips every other test.
        const before = from === 0 ? '' : token.slice(0, from);
        const after = to === token.length ? '' : token.slice(to);
        const shape = before + WILDCARD + after;
        typed.push(withTypes ? before + '<NUM>' + after : shape);
        generic.push(shape);
        variable.push(true);
        bare.push(true);
        kinds.push('NUM');
        return;
    }
    const core = token.slice(from, to);
    // key=value and key:value first, so that the key stays readable.
    const pair = core === '' || core.includes('://') ? undefined : keyedValue(core);
    if (pair !== undefined) {
        const before = token.slice(0, from) + pair.key;
        const after = token.slice(to);
        const shape = before + WILDCARD + after;
        typed.push(withTypes ? before + placeholder(pair.kind, pair.value) + after : shape);
        generic.push(shape);
        variable.push(true);
        bare.push(false);
        kinds.push(pair.kind);
        return;
    }
    const kind = core === '' ? undefined : classifyValue(core);
    if (kind !== undefined) {
        const before = token.slice(0, from);
        const after = token.slice(to);
        const shape = before + WILDCARD + after;
        typed.push(withTypes ? before + placeholder(kind, core) + after : shape);
        generic.push(shape);
        variable.push(true);
        bare.push(true);
        kinds.push(kind);
        return;
    }
    typed.push(token);
    generic.push(token);
    variable.push(false);
    bare.push(false);
    kinds.push(undefined);
}
// Most tokens are words: no digit, no '=', ':', '/', '\\', '@' or quote, and no inner dot (host names). One cheap scan.
function isPlainWord(token) {
    const last = token.length - 1;
    for (let i = 0; i <= last; i += 1) {
        const c = token.charCodeAt(i);
        if (c >= 97 && c <= 122)
            continue; // a-z
        if (c >= 65 && c <= 90)
            continue; // A-Z
        if (c >= 48 && c <= 57)
            return false; // digit
        if (c === 61 || c === 58 || c === 47 || c === 92 || c === 64 || c === 34 || c === 39 || c === 96)
            return false; // = : / \ @ " ' `
        if (c === 46 && i < last)
            return false; // an inner dot may make a host name
    }
    return true;
}
function allDigits(text, from, to) {
    for (let i = from; i < to; i += 1) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57)
            return false;
    }
    return true;
}
function placeholder(kind, value) {
    if (kind === 'IP' && value.includes(':') && IPV4_PORT_RE.test(value))
        return '<IP>:<PORT>';
    return `<${kind}>`;
}
// 'abc', "abc" or `abc` as one token, possibly followed by punctuation: a quoted value.
function quotedValue(token) {
    const quote = token[0];
    if (quote !== '"' && quote !== "'" && quote !== '`')
        return undefined;
    let end = token.length;
    while (end > 1 && TRAILING.has(token[end - 1]) && token[end - 1] !== quote)
        end -= 1;
    if (end < 3 || token[end - 1] !== quote)
        return undefined;
    const inner = token.slice(1, end - 1);
    if (inner.includes(quote))
        return undefined;
    return { before: '', after: token.slice(end) };
}
/** The kind of variable a whitespace-free value is, or undefined when it reads as a constant word. */
function classifyValue(core) {
    let digits = 0;
    let slash = -1;
    let at = -1;
    for (let i = 0; i < core.length; i += 1) {
        const c = core.charCodeAt(i);
        if (c >= 48 && c <= 57)
            digits += 1;
        else if (c === 47 && slash < 0)
            slash = i;
        else if (c === 64 && at < 0)
            at = i;
    }
    if (slash >= 0 && core.includes('://'))
        return 'URL';
    if (isPath(core, slash))
        return 'PATH';
    if (at > 0 && EMAIL_RE.test(core))
        return 'EMAIL';
    if (digits === 0) {
        if (isHostName(core))
            return 'HOST';
        return undefined;
    }
    if (digits === core.length || NUM_RE.test(core))
        return 'NUM';
    if (core.length === 36 && UUID_RE.test(core))
        return 'UUID';
    if (IPV4_RE.test(core) || IPV4_PORT_RE.test(core))
        return 'IP';
    if (TIME_RE.test(core))
        return 'TIME';
    if (DATE_RE.test(core))
        return 'DATE';
    if (HEX_RE.test(core))
        return 'HEX';
    if (IPV6_RE.test(core))
        return 'IP';
    if (HOST_PORT_RE.test(core))
        return 'HOSTPORT';
    const unit = NUM_UNIT_RE.exec(core);
    if (unit !== null) {
        const word = unit[3].toLowerCase();
        if (SIZE_UNITS.has(word))
            return 'SIZE';
        if (DURATION_UNITS.has(word))
            return 'DURATION';
    }
    if (core.includes(',')) {
        // A list such as 10.0.0.1,10.0.0.2 is one value of the kind of its first item.
        const first = core.slice(0, core.indexOf(','));
        if (first !== '')
            return classifyValue(first) ?? 'ID';
    }
    return 'ID';
}
// Top-level domains that end host names; a two-letter country code counts after one of these ("cs.uni.edu.hk", "x.co.uk").
const GENERIC_TLDS = new Set(['com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'io', 'info', 'biz', 'local', 'localdomain', 'internal', 'lan', 'ac', 'co']);
// ns1.example.com, db.internal: lower-case dotted labels ending in a top-level domain.
function isHostName(core) {
    const dot = core.lastIndexOf('.');
    if (dot <= 0 || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(core))
        return false;
    const tld = core.slice(dot + 1);
    if (GENERIC_TLDS.has(tld))
        return true;
    if (tld.length !== 2)
        return false;
    const previous = core.lastIndexOf('.', dot - 1);
    return previous > 0 && GENERIC_TLDS.has(core.slice(previous + 1, dot));
}
function isPath(core, slash) {
    if (slash === 0)
        return core.length > 1 && core !== '//';
    if (slash < 0)
        return /^[A-Za-z]:\\./.test(core) || (core.startsWith('\\\\') && core.length > 2);
    return core.startsWith('./') || core.startsWith('../') || core.startsWith('~/');
}
// key=value (any value) and key:value (a value with a digit) keep the key and mask the value.
function keyedValue(core) {
    const eq = core.indexOf('=');
    if (eq > 0 && eq < core.length - 1) {
        const key = core.slice(0, eq);
        const value = core.slice(eq + 1);
        if (KEY_RE.test(key) && /[A-Za-z0-9]/.test(value)) {
            const inner = keyedValue(value);
            if (inner !== undefined)
                return { key: key + '=' + inner.key, value: inner.value, kind: inner.kind };
            return { key: key + '=', value, kind: classifyValue(value) ?? 'VALUE' };
        }
    }
    const colon = core.indexOf(':');
    if (colon > 0 && colon < core.length - 1) {
        const key = core.slice(0, colon);
        const value = core.slice(colon + 1);
        // host:port (lower-case host, integer port) is one address, not a key.
        if (/^[a-z][a-z0-9.-]*$/.test(key) && /^\d{1,5}$/.test(value))
            return undefined;
        if (/^[A-Za-z_][A-Za-z_-]*$/.test(key)) {
            const kind = classifyValue(value);
            if (kind !== undefined)
                return { key: key + ':', value, kind };
            const inner = keyedValue(value);
            if (inner !== undefined)
                return { key: key + ':' + inner.key, value: inner.value, kind: inner.kind };
        }
    }
    return undefined;
}
function stripTrailing(token) {
    let to = token.length;
    while (to > 0 && TRAILING.has(token[to - 1]))
        to -= 1;
    return to === token.length ? token : token.slice(0, to);
}
function unitOf(word) {
    if (word.length > 8)
        return undefined;
    const unit = stripTrailing(word).toLowerCase();
    return SIZE_UNITS.has(unit) ? 'SIZE' : DURATION_UNITS.has(unit) ? 'DURATION' : undefined;
}
// "12 KB" and "3 seconds" are one value: fold the unit word into the number before it.
function joinUnit(at, kind, typed, generic, variable, bare, kinds) {
    const number = generic[at];
    if (!number.endsWith(WILDCARD))
        return;
    const word = typed[at + 1];
    const after = word.slice(stripTrailing(word).length);
    const before = number.slice(0, number.length - WILDCARD.length);
    typed.length = generic.length = variable.length = bare.length = kinds.length = at;
    typed.push(before + `<${kind}>` + after);
    generic.push(before + WILDCARD + after);
    variable.push(true);
    bare.push(true);
    kinds.push(kind);
}
// "Sun Dec 04 04:47:44 2005": month and weekday names next to a number or time are part of the timestamp.
function markCalendarWords(candidates, typed, generic, variable, bare, kinds) {
    const timeLike = (i) => bare[i] === true && TIME_KINDS.has(kinds[i]);
    // Right to left, so that "Sun Dec 04" reaches "Sun" through "Dec".
    for (let c = candidates.length - 1; c >= 0; c -= 1) {
        const i = candidates[c];
        if (kinds[i] !== undefined || !(timeLike(i - 1) || timeLike(i + 1)))
            continue;
        const word = typed[i];
        const before = LEADING.has(word[0]) ? word[0] : '';
        const after = word.slice(stripTrailing(word).length);
        typed[i] = before + '<DATE>' + after;
        generic[i] = before + WILDCARD + after;
        variable[i] = true;
        bare[i] = true;
        kinds[i] = 'DATE';
    }
}

;// CONCATENATED MODULE: ./src/analysis/logs/log-template-grouper.ts
// Groups log lines into templates ("signatures"): lines printed by the same statement share a group
// whatever their numbers, ids and addresses. Streaming and memory-bounded by the number of templates.
//
// Method: mask variables (variable-masker), merge runs of bare variables into one `<*>`, then
//   1. exact lookup of the masked line (the fast path for almost every line);
//   2. otherwise look among templates of the same token count and first word for one the line fits
//      (generalised positions match anything);
//   3. lines that differ from a template in exactly one word are kept apart until that position has
//      shown `minDistinctValues` different words: then it is a variable (user names, host names),
//      not a few constant alternatives (GET/POST, Started/Stopped), and the templates merge.
//      Two shape rules lower or raise that bar, both about how log text behaves whatever wrote it:
//      - a word slot whose values (two or more) also vary together in a slot of a different statement
//        holds names (`session opened for user cyrus` / `session closed for user cyrus`): a variable;
//      - the first word opens only after twice as many values (`sshd startup succeeded`, `crond
//        startup succeeded`...): a few first words are usually verbs, many are daemon or job names.
//   Neither rule changes grouping accuracy on any of the 8 Loghub development systems (they have
//   no such shapes), so leave-one-system-out neither confirms nor refutes them; rules that lowered
//   a system there were dropped (bench/loghub.ts; BENCHMARKS.md has the table).
//   Steps 2 and 3 scan a bucket while it is small; a bucket of thousands of templates (a flood of
//   distinct lines) is searched through hash indexes instead, with the same result.
//
// Memory: at most `maxTemplates` templates. Past the cap the template least worth keeping goes (a
// small random sample of templates, fewest lines first, then least recently seen), so a flood of
// one-off lines ages out instead of crowding out a new error; the lines already counted keep their
// ids, which stop resolving to a group.

const DEFAULT_GROUPER_OPTIONS = {
    minDistinctValues: 5,
    maxTemplates: 5_000,
    maxCachedLines: 50_000,
    maxExampleLength: 500,
    openFirstWord: true,
    sharedNames: true,
};
const OPENERS = '([{';
const CLOSERS = ')]}';
// Candidate variable positions remembered per template kept (cleared when full): bounds memory on adversarial input.
const SLOTS_PER_TEMPLATE = 4;
// Templates looked at to pick one to evict: cheap, and close enough to the global least-worth one.
const EVICTION_SAMPLE = 32;
// Slots a word is indexed under for the shared-names rule (common words stop there).
const SLOTS_PER_WORD = 16;
// Shared words that make two slots hold names.
const SHARED_NAMES = 2;
// Buckets up to this size are scanned (exact and cheap); bigger ones are looked up by hash.
const LINEAR_SCAN = 64;
// A bucket whose templates have more distinct sets of open positions than this is scanned.
const MAX_PATTERNS = 16;
// Positions the hash index covers; a longer line's later words only match by a scan.
const INDEXED_POSITIONS = 64;
// Hashes add up modulo 2^52, so a sum stays an exact integer in a double.
const HASH_MODULUS = 2 ** 52;
class LogTemplateGrouper {
    options;
    /** Alive templates by id. */
    templates = new Map();
    /** Alive templates in no order, for sampling eviction candidates. */
    live = [];
    /** Union-find parent of each id merged into another; roots and evicted ids are absent. */
    parent = new Map();
    /** Templates by token count and first word (`<*>` once opened), as in Drain's tree: a miss scans only its own bucket. */
    buckets = new Map();
    cache = new Map();
    slots = new Map();
    slotsByValue = new Map();
    /** Templates by token count and every word but the first: finds a line that differs only in its first word. */
    byTail = new Map();
    /**
     * For buckets too big to scan (a flood of distinct lines): templates by a hash of their constant
     * words (`fits`) and of their constant words less one (`nears`, one entry per position), and the
     * sets of open positions each bucket's templates have. A line then finds the templates it fits
     * or misses by one word with a few look-ups instead of a pass over thousands of templates.
     */
    fits = new Map();
    nears = new Map();
    patterns = new Map();
    nextId = 0;
    evicted = 0;
    sequence = 0;
    random = 0x9e3779b9;
    constructor(options = {}) {
        this.options = { ...DEFAULT_GROUPER_OPTIONS, ...options };
        if (this.options.minDistinctValues < 2)
            throw new RangeError('minDistinctValues must be at least 2');
        if (this.options.maxTemplates < 1)
            throw new RangeError('maxTemplates must be at least 1');
    }
    /**
     * Adds one line and returns its group id; a later merge may fold that id into another (see
     * `resolve`). `time` (any increasing clock, such as the event's timestamp) orders templates for
     * eviction; without it, the order lines arrive in does.
     */
    add(line, time) {
        this.sequence += 1;
        const now = time ?? this.sequence;
        const tokens = shape(maskLineShape(line), false).tokens;
        const key = tokens.join(' ');
        const cached = this.cache.get(key);
        if (cached !== undefined) {
            const t = this.templates.get(this.resolve(cached));
            if (t !== undefined) {
                t.count += 1;
                if (now > t.lastSeen)
                    t.lastSeen = now;
                return t.id;
            }
            this.cache.delete(key);
        }
        const id = this.place(tokens, line, now);
        if (this.cache.size >= this.options.maxCachedLines)
            this.cache.clear();
        this.cache.set(key, id);
        return id;
    }
    /** The id a group is now known by, after merges (an evicted group keeps its own id). */
    resolve(id) {
        let root = id;
        for (let next = this.parent.get(root); next !== undefined; next = this.parent.get(root))
            root = next;
        // Path compression keeps later look-ups short.
        let node = id;
        while (node !== root) {
            const next = this.parent.get(node);
            this.parent.set(node, root);
            node = next;
        }
        return root;
    }
    /** Current groups, largest first. */
    groups() {
        const out = [];
        for (const t of this.live) {
            const words = t.tokens.map((token, i) => (t.open[i] ? WILDCARD : t.display[i]));
            out.push({ id: t.id, template: words.join(' '), count: t.count, example: t.example });
        }
        return out.sort((a, b) => b.count - a.count || a.id - b.id);
    }
    /** Templates held now (at most `maxTemplates`). */
    get size() {
        return this.live.length;
    }
    /** Lines counted by templates since evicted: with `groups()`, every line added is counted once. */
    get evictedLines() {
        return this.evicted;
    }
    place(tokens, line, now) {
        const bucketKey = `${tokens.length} ${tokens[0] ?? ''}`;
        // A bucket is stored only once it holds a template.
        const bucket = this.buckets.get(bucketKey) ?? [];
        const openBucket = this.options.openFirstWord ? this.buckets.get(`${tokens.length} ${WILDCARD}`) : undefined;
        let best;
        const nearMisses = [];
        const consider = (t, at) => {
            if (at === -1) {
                if (best === undefined || t.count > best.count || (t.count === best.count && t.id < best.id))
                    best = t;
            }
            else if (at >= 0) {
                nearMisses.push({ template: t, at });
            }
        };
        let hashes;
        for (const [key, list] of openBucket === undefined ? [[bucketKey, bucket]] : [[bucketKey, bucket], [`${tokens.length} ${WILDCARD}`, openBucket]]) {
            if (list.length <= LINEAR_SCAN || (this.patterns.get(key)?.size ?? 0) > MAX_PATTERNS) {
                for (const t of list)
                    consider(t, mismatchAt(t, tokens));
                continue;
            }
            hashes ??= tokens.slice(0, INDEXED_POSITIONS).map(positionHash);
            this.lookUp(key, tokens, hashes, consider);
        }
        if (best !== undefined)
            return this.take(best, now);
        nearMisses.sort((a, b) => b.template.count - a.template.count || a.template.id - b.template.id);
        const tailKey = tailKeyOf(tokens);
        if (this.options.openFirstWord && tokens.length > 0) {
            for (const t of this.byTail.get(tailKey) ?? [])
                if (t.tokens[0] !== tokens[0])
                    nearMisses.push({ template: t, at: 0 });
        }
        for (const { template, at } of nearMisses) {
            if (!template.alive || !mayOpen(template, at, this.options.openFirstWord))
                continue;
            if (this.countsAsVariable(template, at, tokens[at])) {
                // Opening a twin slot may have folded this template into another: place the line afresh.
                if (!template.alive)
                    return this.place(tokens, line, now);
                this.open(template, at);
                return this.take(template, now);
            }
        }
        while (this.live.length >= this.options.maxTemplates)
            this.evict();
        // Typed placeholders are worked out once per template, not once per line.
        const { display } = shape(maskLineTokens(line), true);
        return this.create(tokens, display, line, bucketKey, tailKey, now).id;
    }
    // The templates of a big bucket that the line fits, or misses in one word, by hash look-ups.
    lookUp(bucketKey, tokens, hashes, consider) {
        const full = sumHashes(hashes, INDEXED_POSITIONS);
        const seen = new Set();
        for (const [pattern, { holes }] of this.patterns.get(bucketKey) ?? []) {
            let sum = full;
            for (const p of holes)
                if (p < INDEXED_POSITIONS)
                    sum = subtract(sum, hashes[p]);
            const salt = saltOf(bucketKey, pattern);
            for (const t of this.fits.get(mix(sum, salt, -1)) ?? []) {
                if (seen.has(t))
                    continue;
                seen.add(t);
                consider(t, mismatchAt(t, tokens));
            }
            const holed = new Set(holes);
            for (let q = 1; q < Math.min(tokens.length, INDEXED_POSITIONS); q += 1) {
                if (holed.has(q))
                    continue;
                for (const t of this.nears.get(mix(subtract(sum, hashes[q]), salt, q)) ?? []) {
                    if (seen.has(t))
                        continue;
                    seen.add(t);
                    consider(t, mismatchAt(t, tokens));
                }
            }
        }
    }
    index(t, add) {
        const holes = [];
        for (let i = 0; i < t.open.length; i += 1)
            if (t.open[i])
                holes.push(i);
        const pattern = add ? holes.join(',') : t.pattern;
        t.pattern = pattern;
        let byPattern = this.patterns.get(t.bucketKey);
        if (add) {
            if (byPattern === undefined)
                this.patterns.set(t.bucketKey, (byPattern = new Map()));
            const entry = byPattern.get(pattern);
            if (entry === undefined)
                byPattern.set(pattern, { holes, templates: 1 });
            else
                entry.templates += 1;
        }
        else if (byPattern !== undefined) {
            const entry = byPattern.get(pattern);
            if (entry !== undefined && --entry.templates === 0)
                byPattern.delete(pattern);
            if (byPattern.size === 0)
                this.patterns.delete(t.bucketKey);
        }
        const indexed = Math.min(t.tokens.length, INDEXED_POSITIONS);
        const hashes = [];
        for (let i = 0; i < indexed; i += 1)
            hashes.push(t.open[i] ? 0 : positionHash(t.tokens[i], i));
        const sum = sumHashes(hashes, INDEXED_POSITIONS);
        const salt = saltOf(t.bucketKey, pattern);
        const edit = (map, key) => {
            if (add) {
                let list = map.get(key);
                if (list === undefined)
                    map.set(key, (list = []));
                list.push(t);
            }
            else {
                const list = map.get(key);
                if (list === undefined)
                    return;
                const i = list.indexOf(t);
                if (i >= 0)
                    list.splice(i, 1);
                if (list.length === 0)
                    map.delete(key);
            }
        };
        edit(this.fits, mix(sum, salt, -1));
        for (let q = 1; q < Math.min(t.tokens.length, INDEXED_POSITIONS); q += 1)
            if (!t.open[q])
                edit(this.nears, mix(subtract(sum, hashes[q]), salt, q));
    }
    take(t, now) {
        t.count += 1;
        if (now > t.lastSeen)
            t.lastSeen = now;
        return t.id;
    }
    // A position became a variable: refile the template and fold in the templates it now covers.
    open(template, at) {
        this.index(template, false);
        template.open[at] = true;
        template.tokens[at] = WILDCARD;
        if (at === 0) {
            this.unfile(this.buckets, template.bucketKey, template);
            template.bucketKey = `${template.tokens.length} ${WILDCARD}`;
            this.file(this.buckets, template.bucketKey, template);
            // Its instances sit in other first-word buckets, all filed under the same tail.
            for (const other of [...(this.byTail.get(template.tailKey) ?? [])])
                if (other !== template)
                    this.absorb(template, other);
        }
        else {
            this.unfile(this.byTail, template.tailKey, template);
            template.tailKey = tailKeyOf(template.tokens);
            this.file(this.byTail, template.tailKey, template);
        }
        this.index(template, true);
        const bucket = this.buckets.get(template.bucketKey) ?? [];
        for (let i = bucket.length - 1; i >= 0; i -= 1) {
            const other = bucket[i];
            if (other !== undefined && other !== template && fitsInside(other, template))
                this.absorb(template, other);
        }
    }
    file(index, key, t) {
        let list = index.get(key);
        if (list === undefined)
            index.set(key, (list = []));
        list.push(t);
    }
    unfile(index, key, t) {
        const list = index.get(key);
        if (list === undefined)
            return;
        const i = list.indexOf(t);
        if (i >= 0)
            list.splice(i, 1);
        if (list.length === 0)
            index.delete(key);
    }
    // Takes `other`'s lines into `survivor`: ids handed out for `other` now resolve to the survivor.
    absorb(survivor, other) {
        survivor.count += other.count;
        if (other.lastSeen > survivor.lastSeen)
            survivor.lastSeen = other.lastSeen;
        this.parent.set(other.id, survivor.id);
        this.remove(other);
    }
    remove(t) {
        t.alive = false;
        this.templates.delete(t.id);
        const last = this.live.pop();
        if (last !== t) {
            this.live[t.slot] = last;
            last.slot = t.slot;
        }
        this.unfile(this.buckets, t.bucketKey, t);
        this.unfile(this.byTail, t.tailKey, t);
        this.index(t, false);
    }
    // Drops the least-worth of a few templates picked at random: fewest lines, then seen longest ago.
    evict() {
        let victim;
        const n = this.live.length;
        for (let k = 0; k < Math.min(EVICTION_SAMPLE, n); k += 1) {
            // xorshift32: deterministic, so a run can be repeated.
            this.random ^= this.random << 13;
            this.random ^= this.random >>> 17;
            this.random ^= this.random << 5;
            const t = this.live[(this.random >>> 0) % n];
            if (victim === undefined || t.count < victim.count || (t.count === victim.count && t.lastSeen < victim.lastSeen))
                victim = t;
        }
        if (victim === undefined)
            return;
        this.evicted += victim.count;
        this.remove(victim);
    }
    // Records the word seen at a position where the line and the template differ; true once enough differ.
    countsAsVariable(template, at, word) {
        const parts = template.tokens.slice();
        parts[at] = '\u0000';
        const key = `${at}\u0001${parts.join(' ')}`;
        let slot = this.slots.get(key);
        if (slot === undefined) {
            if (this.slots.size >= SLOTS_PER_TEMPLATE * this.options.maxTemplates) {
                this.slots.clear();
                this.slotsByValue.clear();
            }
            slot = { values: new Set([template.tokens[at]]), template: template.id, at };
            this.slots.set(key, slot);
            this.indexValue(template.tokens[at], key);
        }
        const values = slot.values;
        const needed = at === 0 ? 2 * this.options.minDistinctValues : this.options.minDistinctValues;
        // Only the count up to the threshold matters, so no more words than that are kept.
        if (values.size < needed && !values.has(word)) {
            values.add(word);
            this.indexValue(word, key);
        }
        // A slot that has held both a masked value and a plain word is a variable already.
        let masked = false;
        for (const value of values)
            if (value.includes(WILDCARD))
                masked = true;
        if (values.size >= (masked ? 2 : needed))
            return true;
        return this.options.sharedNames && values.size >= SHARED_NAMES && this.sharesNames(key, values, template);
    }
    // The same few words varying in slots of two different statements are names (users, hosts), not
    // alternatives: both slots become variables.
    sharesNames(key, values, template) {
        const hits = new Map();
        for (const value of values) {
            for (const other of this.slotsByValue.get(value) ?? []) {
                if (other === key)
                    continue;
                const n = (hits.get(other) ?? 0) + 1;
                hits.set(other, n);
                if (n < SHARED_NAMES)
                    continue;
                const twin = this.slots.get(other);
                const t = twin === undefined ? undefined : this.templates.get(this.resolve(twin.template));
                // Two slots of one statement family (same length and first word) are fields of one record, such as states.
                if (twin === undefined || t === undefined || t === template || t.bucketKey === template.bucketKey)
                    continue;
                if (!t.open[twin.at] && mayOpen(t, twin.at, this.options.openFirstWord))
                    this.open(t, twin.at);
                return true;
            }
        }
        return false;
    }
    indexValue(value, slotKey) {
        if (value.includes(WILDCARD))
            return;
        let keys = this.slotsByValue.get(value);
        if (keys === undefined)
            this.slotsByValue.set(value, (keys = []));
        if (keys.length < SLOTS_PER_WORD)
            keys.push(slotKey);
    }
    create(tokens, display, line, bucketKey, tailKey, now) {
        const t = {
            id: this.nextId,
            tokens,
            display,
            open: tokens.map(() => false),
            count: 1,
            lastSeen: now,
            example: line.length > this.options.maxExampleLength ? line.slice(0, this.options.maxExampleLength) : line,
            alive: true,
            slot: this.live.length,
            bucketKey,
            tailKey,
            pattern: '',
        };
        this.nextId += 1;
        this.templates.set(t.id, t);
        this.live.push(t);
        this.file(this.buckets, bucketKey, t);
        this.file(this.byTail, tailKey, t);
        this.index(t, true);
        return t;
    }
}
/** Groups a batch of lines; returns each line's final group id (after all merges). */
function groupLines(lines, options = {}) {
    const grouper = new LogTemplateGrouper(options);
    const ids = lines.map((line) => grouper.add(line));
    return ids.map((id) => grouper.resolve(id));
}
// Masked tokens with each run of bare variables folded into one: "<*> (<*>)" and "<*> <*>" become "<*>".
function shape(masked, withDisplay) {
    const tokens = [];
    const display = [];
    const n = masked.generic.length;
    for (let i = 0; i < n; i += 1) {
        if (!masked.bare[i]) {
            tokens.push(masked.generic[i]);
            if (withDisplay)
                display.push(masked.typed[i]);
            continue;
        }
        let j = i;
        while (j + 1 < n && masked.bare[j + 1])
            j += 1;
        if (j === i) {
            tokens.push(masked.generic[i]);
            if (withDisplay)
                display.push(masked.typed[i]);
            continue;
        }
        const first = masked.generic[i];
        // Brackets opened inside the run close inside it too: "<*> (<*>)" folds to "<*>", not "<*>)".
        let opened = 0;
        for (let k = i + 1; k <= j; k += 1) {
            const token = masked.generic[k];
            for (let c = 0; c < token.length && token[c] !== '<'; c += 1)
                if (OPENERS.includes(token[c]))
                    opened += 1;
        }
        let suffix = masked.generic[j];
        suffix = suffix.slice(suffix.lastIndexOf(WILDCARD) + WILDCARD.length);
        let cut = 0;
        while (opened > 0 && cut < suffix.length) {
            if (CLOSERS.includes(suffix[cut]))
                opened -= 1;
            cut += 1;
        }
        const folded = first.slice(0, first.indexOf(WILDCARD)) + WILDCARD + suffix.slice(cut);
        tokens.push(folded);
        if (withDisplay)
            display.push(folded);
        i = j;
    }
    return { tokens, display };
}
// -1: the line fits the template; k >= 0: it differs in the one position k; -2: it differs in more.
function mismatchAt(t, tokens) {
    let at = -1;
    for (let i = 0; i < tokens.length; i += 1) {
        if (t.open[i] === true || t.tokens[i] === tokens[i])
            continue;
        if (at >= 0)
            return -2;
        at = i;
    }
    return at;
}
// A template keeps two constant words; the first word opens only under `openFirstWord`.
function mayOpen(t, at, openFirst) {
    if (at === 0 && !openFirst)
        return false;
    let constants = 0;
    for (let i = 0; i < t.tokens.length; i += 1)
        if (i !== at && !t.open[i] && !t.tokens[i].includes(WILDCARD))
            constants += 1;
    return constants >= 2;
}
function fitsInside(inner, outer) {
    for (let i = 0; i < outer.tokens.length; i += 1) {
        if (outer.open[i] === true)
            continue;
        if (inner.open[i] === true || inner.tokens[i] !== outer.tokens[i])
            return false;
    }
    return true;
}
function tailKeyOf(tokens) {
    return `${tokens.length}\u0001${tokens.slice(1).join(' ')}`;
}
// FNV-1a of the word, spread over 52 bits with its position, so that sums over positions can be
// taken apart again (subtract one word's hash to leave that position out).
function positionHash(token, position) {
    let h = 0x811c9dc5;
    for (let i = 0; i < token.length; i += 1)
        h = Math.imul(h ^ token.charCodeAt(i), 0x01000193);
    const low = (h >>> 0) ^ Math.imul(position + 1, 0x9e3779b1);
    const high = Math.imul(h ^ (position * 0x85ebca6b), 0xc2b2ae35) >>> 12;
    return (((high * 2 ** 32 + (low >>> 0)) % HASH_MODULUS) + HASH_MODULUS) % HASH_MODULUS;
}
function sumHashes(hashes, limit) {
    let sum = 0;
    for (let i = 0; i < Math.min(hashes.length, limit); i += 1)
        sum = (sum + hashes[i]) % HASH_MODULUS;
    return sum;
}
function subtract(sum, hash) {
    return (sum - hash + HASH_MODULUS) % HASH_MODULUS;
}
function saltOf(bucketKey, pattern) {
    return positionHash(`${bucketKey}|${pattern}`, 0);
}
// One key from a sum, the bucket and pattern's salt, and the left-out position (-1: none).
function mix(sum, salt, position) {
    return (sum + salt + positionHash('', position + 2)) % HASH_MODULUS;
}


/***/ })

};
