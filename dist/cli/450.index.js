export const id = 450;
export const ids = [450];
export const modules = {

/***/ 4134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ finiteMedian),
/* harmony export */   GI: () => (/* binding */ RollingMedian),
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   PV: () => (/* binding */ midpoint),
/* harmony export */   lI: () => (/* binding */ interpolatedQuantile),
/* harmony export */   r$: () => (/* binding */ selectInPlace)
/* harmony export */ });
/* unused harmony exports quantileIndex, quantile, RollingQuantiles, distinctSorted, rankIn, coarsen */
// Order statistics without full sorts: quickselect for one-off medians and quantiles, a sorted ring
// for short rolling medians, and a Fenwick tree over value ranks for week-long rolling quantiles.
// Every median and quantile of the project is computed here (the anomaly engine, the metric
// detectors, the gate's judge and the HTML chart's band), so two parts never disagree on one.
/**
 * Rearranges `buf[lo..hi]` in place so that `buf[k]` holds the value a full sort would put there,
 * everything before it is <= and everything after it is >=. Expected O(hi - lo).
 */
function selectInPlace(buf, k, lo = 0, hi = buf.length - 1) {
    let left = lo;
    let right = hi;
    while (right > left) {
        // Median of three pivot: already-sorted windows (common in metrics) stay linear.
        const mid = (left + right) >>> 1;
        const a = buf[left];
        const b = buf[mid];
        const c = buf[right];
        const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
        let i = left;
        let j = right;
        while (i <= j) {
            while (buf[i] < pivot)
                i += 1;
            while (buf[j] > pivot)
                j -= 1;
            if (i <= j) {
                const t = buf[i];
                buf[i] = buf[j];
                buf[j] = t;
                i += 1;
                j -= 1;
            }
        }
        if (k <= j)
            right = j;
        else if (k >= i)
            left = i;
        else
            break;
    }
    return buf[k];
}
/** Nearest-rank index for quantile q of n sorted values (q in [0, 1]). */
function quantileIndex(n, q) {
    return Math.min(n - 1, Math.max(0, Math.round(q * (n - 1))));
}
/** Quantile of `values` (nearest rank); does not modify its input. NaN for an empty input. */
function quantile(values, q) {
    const n = values.length;
    if (n === 0)
        return Number.NaN;
    const buf = Float64Array.from(values);
    return selectInPlace(buf, quantileIndex(n, q), 0, n - 1);
}
/** Median (mean of the two middle values for an even count); NaN for an empty input. Expects finite values. */
function median(values) {
    const n = values.length;
    if (n === 0)
        return Number.NaN;
    const buf = Float64Array.from(values);
    const upper = selectInPlace(buf, n >> 1, 0, n - 1);
    if (n % 2 === 1)
        return upper;
    // After selecting the upper middle, the lower middle is the largest value left of it.
    let lower = -Infinity;
    for (let i = 0; i < n >> 1; i += 1)
        if (buf[i] > lower)
            lower = buf[i];
    return midpoint(lower, upper);
}
/**
 * Median of the finite values (mean of the two middle ones for an even count), without overflow to
 * Infinity near the double range; NaN when there is none. A gap in a metric is no evidence either way.
 */
function finiteMedian(values) {
    return median(values.filter((v) => Number.isFinite(v)));
}
/**
 * (x + y) / 2 without overflow to Infinity for large finite values. Halving a double is exact, so for
 * every other pair this is the same double as (x + y) / 2.
 */
function midpoint(x, y) {
    return x === y ? x : x / 2 + y / 2;
}
/**
 * The q-quantile of values sorted ascending, interpolated linearly between the two neighbouring ranks
 * (numpy's default): a smooth band edge for a chart, where the nearest rank would jump.
 */
function interpolatedQuantile(sorted, q) {
    const at = (sorted.length - 1) * q;
    const below = Math.floor(at);
    const above = Math.min(sorted.length - 1, below + 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
}
/**
 * The median of the last `capacity` values pushed, kept in a small sorted array: at worst O(capacity)
 * per push, meant for short windows (hours of samples), not for week-long baselines.
 */
class RollingMedian {
    capacity;
    ring;
    sorted;
    head = 0;
    count = 0;
    constructor(capacity) {
        this.capacity = capacity;
        if (!Number.isInteger(capacity) || capacity < 1)
            throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
        this.ring = new Float64Array(capacity);
        this.sorted = new Float64Array(capacity);
    }
    get size() {
        return this.count;
    }
    push(value) {
        const sorted = this.sorted;
        let at;
        if (this.count === this.capacity) {
            // Overwrite the departing value in place, then slide the newcomer to its rank: only the values
            // between the two ranks move.
            at = this.indexOf(this.ring[this.head]);
        }
        else {
            at = this.count;
            this.count += 1;
        }
        const last = this.count - 1;
        while (at > 0 && sorted[at - 1] > value) {
            sorted[at] = sorted[at - 1];
            at -= 1;
        }
        while (at < last && sorted[at + 1] < value) {
            sorted[at] = sorted[at + 1];
            at += 1;
        }
        sorted[at] = value;
        this.ring[this.head] = value;
        this.head = this.head + 1 === this.capacity ? 0 : this.head + 1;
    }
    /** The lower of the two middle values for an even count: always one of the values pushed. */
    lowerMedian() {
        return this.count === 0 ? Number.NaN : this.sorted[(this.count - 1) >> 1];
    }
    /** Position of `value` among the sorted values (binary search; any one of equal values will do). */
    indexOf(value) {
        let lo = 0;
        let hi = this.count - 1;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.sorted[mid] < value)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
/**
 * Quantiles of the last `capacity` values pushed, exact after every push in O(log u), where u is the
 * number of distinct values the series can take (all known up front, as in a batch). A Fenwick tree
 * counts the window's values by rank, so no window is ever sorted or copied.
 */
class RollingQuantiles {
    universe;
    capacity;
    tree;
    ring;
    topBit;
    head = 0;
    count = 0;
    /** `universe`: every value that may be pushed, sorted ascending without repeats. */
    constructor(universe, capacity) {
        this.universe = universe;
        this.capacity = capacity;
        if (!Number.isInteger(capacity) || capacity < 1)
            throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
        // A power-of-two tree: the descent in kth never runs past the end, so it needs no bounds test.
        let size = 1;
        while (size < universe.length + 1)
            size *= 2;
        this.tree = new Int32Array(size);
        this.ring = new Int32Array(capacity);
        this.topBit = size >> 1;
    }
    get size() {
        return this.count;
    }
    push(value) {
        this.pushRank(rankIn(this.universe, value));
    }
    /** Pushes the value `universe[rank]`, skipping the search when the caller already has its rank. */
    pushRank(rank) {
        if (this.count === this.capacity)
            this.add(this.ring[this.head], -1);
        else
            this.count += 1;
        this.ring[this.head] = rank;
        this.head = this.head + 1 === this.capacity ? 0 : this.head + 1;
        this.add(rank, 1);
    }
    clear() {
        this.tree.fill(0);
        this.head = 0;
        this.count = 0;
    }
    /** Nearest-rank quantile of the window; NaN while empty. */
    quantile(q) {
        if (this.count === 0)
            return Number.NaN;
        return this.universe[this.kth(quantileIndex(this.count, q) + 1)];
    }
    add(rank, delta) {
        const tree = this.tree;
        const size = tree.length;
        for (let i = rank + 1; i < size; i += i & -i)
            tree[i] += delta;
    }
    /** Rank of the k-th smallest value in the window (k from 1): binary lifting down the tree. */
    kth(k) {
        const tree = this.tree;
        let position = 0;
        let remaining = k;
        for (let bit = this.topBit; bit > 0; bit >>= 1) {
            const next = position + bit;
            if (tree[next] < remaining) {
                position = next;
                remaining -= tree[next];
            }
        }
        return position;
    }
}
/** The distinct finite values of `values`, sorted ascending: the universe of a RollingQuantiles. */
function distinctSorted(values) {
    const sorted = new Float64Array(values.length);
    let finite = 0;
    for (let i = 0; i < values.length; i += 1)
        if (Number.isFinite(values[i]))
            sorted[finite++] = values[i];
    const used = sorted.subarray(0, finite).sort();
    let unique = 0;
    for (let i = 0; i < finite; i += 1)
        if (unique === 0 || used[i] !== used[unique - 1])
            used[unique++] = used[i];
    return used.slice(0, unique);
}
/** Index of `value` in the ascending `universe`; a RangeError if it is not there. */
function rankIn(universe, value) {
    let lo = 0;
    let hi = universe.length - 1;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (universe[mid] < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (universe[lo] !== value)
        throw new RangeError(`value ${value} is not in the universe`);
    return lo;
}
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
// Little-endian on every platform Node runs on: word 1 holds the sign, exponent and top 20 mantissa bits.
const HIGH = 1;
/**
 * `value` with its mantissa cut to 12 significant bits (relative error < 0.025%, toward zero). Quantiles
 * kept at this resolution lose nothing an alert threshold could see, and the set of distinct values
 * (the work per rolling-quantile step) stays small. A bit mask: no log or power per sample.
 */
function coarsen(value) {
    bits[0] = value;
    words[0] = 0;
    words[HIGH] = words[HIGH] & 0xffffff00;
    return bits[0];
}


/***/ }),

/***/ 2793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  detectSeriesCommand: () => (/* binding */ detectSeriesCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/analysis/series/anomaly-engine.ts + 1 modules
var anomaly_engine = __webpack_require__(5577);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/analysis/series/series-csv.ts
// `timestamp,value` CSV in (NAB and CloudWatch exports) and `timestamp,value,score,is_anomaly` out.

/**
 * Parses a CSV whose header names `timestamp` and `value` (other columns are ignored). Timestamps may
 * be `YYYY-MM-DD hh:mm:ss[.fff]` (read as UTC), ISO 8601, or epoch seconds or milliseconds. A bad row
 * throws an Error naming `source:line`: a detector fed silently thinned data would judge the wrong series.
 */
function parseSeriesCsv(text, source) {
    return parseSeriesCsvWithTimestamps(text, source).points;
}
/** As parseSeriesCsv, also returning each row's timestamp exactly as written, for echoing back. */
function parseSeriesCsvWithTimestamps(text, source) {
    const lines = text.split(/\r?\n/);
    const reader = new SeriesCsvReader(source);
    const points = [];
    const rawTimestamps = [];
    for (const line of lines) {
        const row = reader.read(line);
        if (!row)
            continue;
        points.push({ timestamp: row.timestamp, value: row.value });
        rawTimestamps.push(row.rawTimestamp);
    }
    reader.end();
    return { points, rawTimestamps };
}
/**
 * Reads a series CSV one line at a time, so a file of any length is parsed in constant memory: the
 * first line is the header, then each data line gives a row (blank lines give none). Errors name
 * `source:line`.
 */
class SeriesCsvReader {
    source;
    line = 0;
    columns;
    rows = 0;
    constructor(source) {
        this.source = source;
    }
    read(rawLine) {
        this.line += 1;
        const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
        if (!this.columns) {
            const headerLine = line.replace(/^\uFEFF/, '');
            const header = splitRow(headerLine).map((h) => h.toLowerCase());
            const time = header.indexOf('timestamp');
            const value = header.indexOf('value');
            if (time < 0 || value < 0)
                throw new errors/* UserError */.y(`${this.source}:1: header must name the columns timestamp and value, found "${clip(headerLine)}"`);
            this.columns = { time, value, count: header.length };
            return undefined;
        }
        // A trailing newline leaves one empty last line; blank lines carry no row to drop.
        if (line.trim() === '')
            return undefined;
        const where = `${this.source}:${this.line}`;
        const cells = splitRow(line);
        if (cells.length < this.columns.count)
            throw new errors/* UserError */.y(`${where}: expected ${this.columns.count} columns, found ${cells.length} in "${clip(line)}"`);
        const rawTimestamp = cells[this.columns.time];
        const timestamp = parseTimestamp(rawTimestamp);
        if (timestamp === undefined) {
            throw new errors/* UserError */.y(`${where}: timestamp "${clip(rawTimestamp)}" is not a date (use YYYY-MM-DD hh:mm:ss in UTC, ISO 8601, or epoch seconds or milliseconds)`);
        }
        const valueText = cells[this.columns.value];
        const value = Number(valueText);
        if (valueText === '' || !Number.isFinite(value))
            throw new errors/* UserError */.y(`${where}: value "${clip(valueText)}" is not a finite number`);
        this.rows += 1;
        return { timestamp, value, rawTimestamp };
    }
    /** Throws when the input held no header or no data row. */
    end() {
        if (!this.columns)
            throw new errors/* UserError */.y(`${this.source}:1: empty file: expected a header naming timestamp and value`);
        if (this.rows === 0)
            throw new errors/* UserError */.y(`${this.source}: no data rows after the header`);
    }
}
/** One output row of `detect-series`. */
function scoredRow(rawTimestamp, value, score, flagged) {
    return `${rawTimestamp},${value},${Number(score.toFixed(6))},${flagged ? 1 : 0}`;
}
const SCORED_HEADER = 'timestamp,value,score,is_anomaly';
/** `timestamp,value,score,is_anomaly`, one row per point, timestamps echoed as they were read. */
function formatScoredCsv(points, originalTimestamps) {
    if (originalTimestamps.length !== points.length) {
        throw new Error(`formatScoredCsv: ${points.length} points but ${originalTimestamps.length} timestamps`);
    }
    const rows = [SCORED_HEADER];
    for (let i = 0; i < points.length; i += 1) {
        const p = points[i];
        rows.push(scoredRow(originalTimestamps[i], p.value, p.score, p.isAnomaly));
    }
    return rows.join('\n') + '\n';
}
function splitRow(line) {
    return line.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}
const NAB_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const EPOCH = /^\d{9,13}(\.\d+)?$/;
// Epoch values at or above this are milliseconds: as seconds they would be past the year 5000.
const EPOCH_MS_FROM = 1e11;
function parseTimestamp(raw) {
    if (EPOCH.test(raw)) {
        const n = Number(raw);
        return n >= EPOCH_MS_FROM ? Math.round(n) : Math.round(n * 1000);
    }
    const local = NAB_TIMESTAMP.exec(raw);
    if (local) {
        const [, y, mo, d, h, mi, s, frac] = local;
        const ms = frac === undefined ? 0 : Math.round(Number(`0.${frac}`) * 1000);
        const at = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? '0'), ms);
        // Date.UTC rolls 2014-02-30 over into March; a calendar date that does not exist is a bad row.
        const check = new Date(at);
        if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s ?? '0') > 59)
            return undefined;
        return at;
    }
    if (ISO_WITH_ZONE.test(raw)) {
        const at = Date.parse(raw);
        return Number.isNaN(at) ? undefined : at;
    }
    return undefined;
}
/** A cell as quoted in an error message: long enough to recognise, short enough to read. */
function clip(text) {
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
;// CONCATENATED MODULE: ./src/cli/commands/detect-series.ts
// `aws-monitor detect-series FILE.csv`: the metric anomaly engine (the one the scan runs, with the
// same defaults) on a timestamp,value CSV, writing timestamp,value,score,is_anomaly.
// Streamed: the file is read in chunks and each row written once its flag is final, so memory stays
// flat however long the series (the engine's history and one quiet span of rows, never the file).








// A series row is a timestamp and a number: a longer line is not one (and would be held whole in memory).
const MAX_LINE_BYTES = 64 * 1024;
// Output is written in batches of about this many characters.
const WRITE_BATCH = 256 * 1024;
async function detectSeriesCommand(file, options, io) {
    const sink = options.output ? (0,external_node_fs_.createWriteStream)((0,external_node_path_.resolve)(io.cwd, options.output)) : io.stdout;
    let pending = [SCORED_HEADER];
    let pendingLength = SCORED_HEADER.length;
    let rows = 0;
    let flagged = 0;
    const scorer = new anomaly_engine/* IncidentScorer */.dn((row, score, isAnomaly) => {
        const line = scoredRow(row.raw, row.value, score, isAnomaly);
        pending.push(line);
        pendingLength += line.length + 1;
        rows += 1;
        if (isAnomaly)
            flagged += 1;
    });
    const flush = async () => {
        if (pending.length === 0)
            return;
        const text = pending.join('\n') + '\n';
        pending = [];
        pendingLength = 0;
        if (!sink.write(text))
            await (0,external_node_events_.once)(sink, 'drain');
    };
    const reader = new SeriesCsvReader(file);
    try {
        for await (const line of lines((0,external_node_path_.resolve)(io.cwd, file), file)) {
            const row = reader.read(line);
            if (row)
                scorer.push({ raw: row.rawTimestamp, value: row.value }, row.timestamp, row.value);
            if (pendingLength >= WRITE_BATCH)
                await flush();
        }
        reader.end();
        scorer.end();
        await flush();
    }
    finally {
        if (sink !== io.stdout) {
            sink.end();
            await (0,external_node_events_.once)(sink, 'close').catch(() => undefined);
        }
    }
    if (options.output)
        io.stderr.write(`${rows} points, ${flagged} flagged; written to ${options.output}\n`);
    return exit_codes/* EXIT */.d.ok;
}
/** The file's lines, read in chunks; a line longer than MAX_LINE_BYTES is an error naming it. */
async function* lines(path, name) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let carry = '';
    let lineNumber = 0;
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 })) {
            const text = carry + decoder.write(chunk);
            let from = 0;
            for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
                lineNumber += 1;
                if (at - from > MAX_LINE_BYTES)
                    throw tooLong(name, lineNumber);
                yield text.slice(from, at);
                from = at + 1;
            }
            carry = text.slice(from);
            if (carry.length > MAX_LINE_BYTES)
                throw tooLong(name, lineNumber + 1);
        }
    }
    catch (error) {
        if (error instanceof errors/* UserError */.y)
            throw error;
        throw new errors/* UserError */.y(`cannot read ${name}: ${error.code ?? error.message}`);
    }
    carry += decoder.end();
    if (carry !== '')
        yield carry;
}
function tooLong(name, line) {
    return new errors/* UserError */.y(`${name}:${line}: line longer than ${MAX_LINE_BYTES / 1024} KiB: not a timestamp,value row`);
}


/***/ })

};
