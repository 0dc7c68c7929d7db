export const id = 793;
export const ids = [793];
export const modules = {

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
