export const id = 735;
export const ids = [735];
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
const TRAILING = new Set([')', ']', '}', '>', '"', "'", '`', ',', ';', ':', '.', '!', '?']);
// A number followed by one of these is one value ("12 KB", "3 seconds"); units are not tied to any system.
const SIZE_UNITS = new Set(['b', 'kb', 'mb', 'gb', 'tb', 'pb', 'kib', 'mib', 'gib', 'tib', 'byte', 'bytes', 'k', 'm', 'g']);
const DURATION_UNITS = new Set(['ns', 'us', 'µs', 'ms', 's', 'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours', 'd', 'day', 'days']);
// Month and weekday names are part of a timestamp when they stand next to one.
const CALENDAR_WORDS = new Set([
    'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
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
    for (let i = 0; i <= length; i += 1) {
        const code = i < length ? line.charCodeAt(i) : 32;
        const space = code === 32 || code === 9 || code === 10 || code === 13 || code === 11 || code === 12;
        if (!space) {
            if (start < 0)
                start = i;
            continue;
        }
        if (start < 0)
            continue;
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
function pushToken(token, withTypes, typed, generic, variable, bare, kinds) {
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
    if (digits === 0)
        return isHostName(core) ? 'HOST' : undefined;
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

const DEFAULT_GROUPER_OPTIONS = {
    minDistinctValues: 5,
    maxTemplates: 5_000,
    maxCachedLines: 50_000,
    maxExampleLength: 500,
};
const OPENERS = '([{';
const CLOSERS = ')]}';
// Candidate variable positions remembered per template kept (cleared when full): bounds memory on adversarial input.
const SLOTS_PER_TEMPLATE = 4;
class LogTemplateGrouper {
    options;
    templates = [];
    /** Union-find parent of each template id: merged templates point at the survivor. */
    parent = [];
    /** Templates by token count and first word (never opened), as in Drain's tree: a miss scans only its own bucket. */
    buckets = new Map();
    cache = new Map();
    slots = new Map();
    aliveCount = 0;
    overflowId = -1;
    constructor(options = {}) {
        this.options = { ...DEFAULT_GROUPER_OPTIONS, ...options };
        if (this.options.minDistinctValues < 2)
            throw new RangeError('minDistinctValues must be at least 2');
        if (this.options.maxTemplates < 1)
            throw new RangeError('maxTemplates must be at least 1');
    }
    /** Adds one line and returns its group id; a later merge may fold that id into another (see `resolve`). */
    add(line) {
        const tokens = shape(maskLineShape(line), false).tokens;
        const key = tokens.join(' ');
        const cached = this.cache.get(key);
        if (cached !== undefined) {
            const id = this.resolve(cached);
            this.templates[id].count += 1;
            return id;
        }
        const id = this.place(tokens, line);
        if (this.cache.size >= this.options.maxCachedLines)
            this.cache.clear();
        this.cache.set(key, id);
        return id;
    }
    /** The id a group is now known by, after merges. */
    resolve(id) {
        let root = id;
        while (this.parent[root] !== root)
            root = this.parent[root];
        // Path compression keeps later look-ups short.
        let node = id;
        while (this.parent[node] !== root) {
            const next = this.parent[node];
            this.parent[node] = root;
            node = next;
        }
        return root;
    }
    /** Current groups, largest first. */
    groups() {
        const out = [];
        for (const t of this.templates) {
            if (!t.alive)
                continue;
            const words = t.tokens.map((token, i) => (t.open[i] ? WILDCARD : t.display[i]));
            out.push({ id: t.id, template: t.id === this.overflowId ? WILDCARD : words.join(' '), count: t.count, example: t.example });
        }
        return out.sort((a, b) => b.count - a.count || a.id - b.id);
    }
    place(tokens, line) {
        const bucketKey = `${tokens.length} ${tokens[0] ?? ''}`;
        // A bucket is stored only once it holds a template, so overflowing lines leave nothing behind.
        const bucket = this.buckets.get(bucketKey) ?? [];
        let best;
        const nearMisses = [];
        for (const t of bucket) {
            const at = mismatchAt(t, tokens);
            if (at === -1) {
                if (best === undefined || t.count > best.count)
                    best = t;
            }
            else if (at >= 0) {
                nearMisses.push({ template: t, at });
            }
        }
        if (best !== undefined) {
            best.count += 1;
            return best.id;
        }
        for (const { template, at } of nearMisses.sort((a, b) => b.template.count - a.template.count)) {
            if (!template.alive || !mayOpen(template, at))
                continue;
            if (this.countsAsVariable(template, at, tokens[at])) {
                template.open[at] = true;
                template.tokens[at] = WILDCARD;
                this.absorbInstances(template, bucket);
                template.count += 1;
                return template.id;
            }
        }
        if (this.aliveCount >= this.options.maxTemplates)
            return this.overflow(tokens, bucket, line);
        // Typed placeholders are worked out once per template, not once per line.
        const { display } = shape(maskLineTokens(line), true);
        if (bucket.length === 0)
            this.buckets.set(bucketKey, bucket);
        return this.create(tokens, display, line, bucket).id;
    }
    // Records the word seen at a position where the line and the template differ; true once enough differ.
    countsAsVariable(template, at, word) {
        const parts = template.tokens.slice();
        parts[at] = '\u0000';
        const key = `${at}\u0001${parts.join(' ')}`;
        let values = this.slots.get(key);
        if (values === undefined) {
            if (this.slots.size >= SLOTS_PER_TEMPLATE * this.options.maxTemplates)
                this.slots.clear();
            values = new Set([template.tokens[at]]);
            this.slots.set(key, values);
        }
        // Only the count up to the threshold matters, so no more words than that are kept.
        if (values.size < this.options.minDistinctValues)
            values.add(word);
        // A slot that has held both a masked value and a plain word is a variable already.
        let masked = false;
        for (const value of values)
            if (value.includes(WILDCARD))
                masked = true;
        return values.size >= (masked ? 2 : this.options.minDistinctValues);
    }
    // After a position opens up, templates that now fit it are the same statement: fold them in.
    absorbInstances(survivor, bucket) {
        for (let i = bucket.length - 1; i >= 0; i -= 1) {
            const other = bucket[i];
            if (other === survivor || !fitsInside(other, survivor))
                continue;
            survivor.count += other.count;
            other.alive = false;
            this.parent[other.id] = survivor.id;
            this.aliveCount -= 1;
            bucket.splice(i, 1);
        }
    }
    create(tokens, display, line, bucket) {
        const t = {
            id: this.templates.length,
            tokens,
            display,
            open: tokens.map(() => false),
            count: 1,
            example: line.length > this.options.maxExampleLength ? line.slice(0, this.options.maxExampleLength) : line,
            alive: true,
        };
        this.templates.push(t);
        this.parent.push(t.id);
        this.aliveCount += 1;
        bucket.push(t);
        return t;
    }
    // At the cap: join the template of the bucket sharing most words, else the one catch-all group.
    overflow(tokens, bucket, line) {
        let best;
        let bestShared = 0;
        for (const t of bucket) {
            let shared = 0;
            for (let i = 0; i < tokens.length; i += 1)
                if (t.open[i] === true || t.tokens[i] === tokens[i])
                    shared += 1;
            if (shared > bestShared) {
                best = t;
                bestShared = shared;
            }
        }
        if (best !== undefined && bestShared * 2 >= tokens.length) {
            best.count += 1;
            return best.id;
        }
        if (this.overflowId < 0) {
            const t = this.create([], [], line, []);
            this.overflowId = t.id;
            return t.id;
        }
        this.templates[this.overflowId].count += 1;
        return this.overflowId;
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
// As in Drain, the first word names the statement and is never opened; and a template keeps two constant words.
function mayOpen(t, at) {
    if (at === 0)
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


/***/ })

};
