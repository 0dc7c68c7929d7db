export const id = 220;
export const ids = [220];
export const modules = {

/***/ 9220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  detectSeriesCommand: () => (/* binding */ detectSeriesCommand)
});

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
    const headerLine = (lines[0] ?? '').replace(/^\uFEFF/, '');
    const header = splitRow(headerLine).map((h) => h.toLowerCase());
    const timeColumn = header.indexOf('timestamp');
    const valueColumn = header.indexOf('value');
    if (timeColumn < 0 || valueColumn < 0) {
        throw new errors/* UserError */.y(`${source}:1: header must name the columns timestamp and value, found "${clip(headerLine)}"`);
    }
    const points = [];
    const rawTimestamps = [];
    for (let i = 1; i < lines.length; i += 1) {
        const line = lines[i];
        // A trailing newline leaves one empty last line; blank lines carry no row to drop.
        if (line.trim() === '')
            continue;
        const where = `${source}:${i + 1}`;
        const cells = splitRow(line);
        if (cells.length < header.length)
            throw new errors/* UserError */.y(`${where}: expected ${header.length} columns, found ${cells.length} in "${clip(line)}"`);
        const rawTimestamp = cells[timeColumn];
        const timestamp = parseTimestamp(rawTimestamp);
        if (timestamp === undefined) {
            throw new errors/* UserError */.y(`${where}: timestamp "${clip(rawTimestamp)}" is not a date (use YYYY-MM-DD hh:mm:ss in UTC, ISO 8601, or epoch seconds or milliseconds)`);
        }
        const valueText = cells[valueColumn];
        const value = Number(valueText);
        if (valueText === '' || !Number.isFinite(value))
            throw new errors/* UserError */.y(`${where}: value "${clip(valueText)}" is not a finite number`);
        points.push({ timestamp, value });
        rawTimestamps.push(rawTimestamp);
    }
    if (points.length === 0)
        throw new errors/* UserError */.y(`${source}: no data rows after the header`);
    return { points, rawTimestamps };
}
/** `timestamp,value,score,is_anomaly`, one row per point, timestamps echoed as they were read. */
function formatScoredCsv(points, originalTimestamps) {
    if (originalTimestamps.length !== points.length) {
        throw new Error(`formatScoredCsv: ${points.length} points but ${originalTimestamps.length} timestamps`);
    }
    const rows = ['timestamp,value,score,is_anomaly'];
    for (let i = 0; i < points.length; i += 1) {
        const p = points[i];
        rows.push(`${originalTimestamps[i]},${p.value},${Number(p.score.toFixed(6))},${p.isAnomaly ? 1 : 0}`);
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

// EXTERNAL MODULE: ./src/analysis/series/robust-statistics.ts
var robust_statistics = __webpack_require__(2809);
;// CONCATENATED MODULE: ./src/analysis/series/seasonal-envelope.ts
// What a series did at this time of day on previous days: a nightly backup or cron spike recurs
// daily and is normal however large, so the detector widens its band by it.
const DAY_MS = 86_400_000;
/**
 * Highs and lows near the same time of day on each of the last `days` days, for several streams
 * sampled at the same times (raw samples and rolling medians). Nothing is precomputed per sample:
 * a query binary-searches each day's neighbourhood and scans it, and the detector only asks for the
 * few samples its trailing band would flag.
 */
class SeasonalEnvelope {
    days;
    toleranceMs;
    periodMs;
    times;
    streams;
    count = 0;
    highs;
    lows;
    constructor(capacity, streamCount, days, toleranceMs, periodMs = DAY_MS) {
        this.days = days;
        this.toleranceMs = toleranceMs;
        this.periodMs = periodMs;
        this.times = new Float64Array(capacity);
        this.streams = Array.from({ length: streamCount }, () => new Float64Array(capacity));
        this.highs = new Float64Array(days);
        this.lows = new Float64Array(days);
    }
    /** Appends one sample per stream (`values[s]` for stream s) at `time`; times must not decrease. */
    push(time, values) {
        const j = this.count;
        this.times[j] = time;
        for (let s = 0; s < this.streams.length; s += 1)
            this.streams[s][j] = values[s];
        this.count += 1;
    }
    /**
     * Writes into `band` the range stream `stream` reached near this time of day on at least
     * `recurrence` of the previous days (the recurrence-th highest daily high and lowest daily low).
     * Returns false, leaving `band` alone, while fewer than `recurrence` days have samples near this time.
     */
    query(time, stream, recurrence, band) {
        const values = this.streams[stream];
        let found = 0;
        for (let k = 1; k <= this.days; k += 1) {
            const centre = time - k * this.periodMs;
            let i = this.firstAtOrAfter(centre - this.toleranceMs);
            const last = centre + this.toleranceMs;
            // No sample within the tolerance of that time: before the series began, or a gap.
            if (i >= this.count || this.times[i] > last)
                continue;
            let high = -Infinity;
            let low = Infinity;
            for (; i < this.count && this.times[i] <= last; i += 1) {
                const v = values[i];
                if (v > high)
                    high = v;
                if (v < low)
                    low = v;
            }
            this.highs[found] = high;
            this.lows[found] = -low;
            found += 1;
        }
        if (found < recurrence)
            return false;
        band.high = rankedLargest(this.highs, found, recurrence);
        band.low = -rankedLargest(this.lows, found, recurrence);
        return true;
    }
    firstAtOrAfter(time) {
        let lo = 0;
        let hi = this.count;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.times[mid] < time)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
/** The rank-th largest (from 1) of values[0..n), reordering them: days are few, a partial selection sort. */
function rankedLargest(values, n, rank) {
    for (let r = 0; r < rank; r += 1) {
        let best = r;
        for (let i = r + 1; i < n; i += 1)
            if (values[i] > values[best])
                best = i;
        const t = values[r];
        values[r] = values[best];
        values[best] = t;
    }
    return values[rank - 1];
}

;// CONCATENATED MODULE: ./src/analysis/series/series-detector.ts
// Anomalies in one metric series (CloudWatch CPU, bytes, request counts, 5-minute samples). Two tests
// against the series' own trailing week: a spike must reach well past the week's extreme distance from
// its median, and a level shift is an hour's (or four hours') median far outside the band of past such
// medians. Levels that recur at the same time of day widen the band; a shift that lasts becomes the new
// baseline; anomalous rows close together form one incident, flagged as one run.


/** Defaults for 5-minute samples (CloudWatch's basic monitoring); counts of samples scale with the period. */
const DEFAULT_SERIES_DETECTOR_OPTIONS = Object.freeze({
    historyPoints: 2016,
    warmupPoints: 288,
    tailQuantile: 0,
    shiftTailQuantile: 0.01,
    spikeFactor: 1.5,
    shiftPoints: 12,
    shiftFactor: 2,
    longShiftPoints: 48,
    quietPoints: 36,
    rebaselinePoints: 36,
    minRelativeSpread: 0.05,
    direction: 'both',
    seasonalDays: 7,
    seasonalToleranceMinutes: 60,
    seasonalRecurrence: 2,
});
function detectSeriesAnomalies(points, options = {}) {
    const o = resolveOptions(options);
    const n = points.length;
    const order = chronologicalOrder(points);
    const scores = new Float64Array(n);
    const anomalous = new Uint8Array(n);
    // The baselines work on ranks of values coarsened to 12 significant bits: rolling medians are lower
    // medians, so they are ranks too, and every window shares one small sorted universe.
    const coarse = new Float64Array(n);
    for (let i = 0; i < n; i += 1)
        coarse[i] = (0,robust_statistics/* coarsen */.EI)(points[i].value);
    const universe = (0,robust_statistics/* distinctSorted */.uQ)(coarse);
    const ranks = new Int32Array(n);
    for (let i = 0; i < n; i += 1)
        ranks[i] = Number.isFinite(coarse[i]) ? (0,robust_statistics/* rankIn */.kV)(universe, coarse[i]) : -1;
    const samples = new TrailingBand(universe, o.historyPoints, o.tailQuantile);
    // Level shifts at two time scales: an hour's jump, and a smaller rise that lasts an afternoon.
    const scales = [o.shiftPoints, o.longShiftPoints].filter((k) => k > 0).map((k, s) => new ShiftScale(k, s + 1, universe, o, n));
    const seasonal = o.seasonalDays > 0;
    const days = new SeasonalEnvelope(seasonal ? n : 0, 1 + scales.length, o.seasonalDays, o.seasonalToleranceMinutes * 60_000);
    const dayValues = new Float64Array(1 + scales.length);
    const daily = { low: 0, high: 0 };
    const up = o.direction !== 'down';
    const down = o.direction !== 'up';
    // Ranks of every sample learned from, so samples held back during a shift can be learned late or
    // start a new history.
    const learnedRanks = new Int32Array(n);
    let learned = 0;
    // While the level is shifted its samples are held back: a shift must not become its own baseline.
    let shiftedFor = 0;
    const learn = (j) => {
        samples.pushRank(learnedRanks[j]);
        for (const scale of scales)
            scale.learn(j);
    };
    // A sample is learned from only once every row with its timestamp has been judged, so a repeated
    // row is judged against exactly the history its twin was.
    let pendingIndex = -1;
    let pendingShifted = false;
    const commit = () => {
        const index = pendingIndex;
        if (index < 0)
            return;
        if (seasonal) {
            dayValues[0] = points[index].value;
            for (const scale of scales)
                dayValues[scale.stream] = Number.isNaN(scale.current) ? dayValues[0] : scale.current;
            days.push(points[index].timestamp, dayValues);
        }
        learnedRanks[learned] = ranks[index];
        for (const scale of scales)
            scale.remember(learned);
        learned += 1;
        if (!pendingShifted) {
            // A shift that ended before it was accepted was an episode: its samples become history late.
            for (let j = learned - 1 - shiftedFor; j < learned; j += 1)
                learn(j);
            shiftedFor = 0;
        }
        else if (o.rebaselinePoints > 0 && (shiftedFor += 1) >= o.rebaselinePoints) {
            // The shifted level lasted: it is the new normal, and the history restarts at its onset.
            samples.clear();
            for (const scale of scales)
                scale.band.clear();
            for (let j = learned - shiftedFor; j < learned; j += 1)
                learn(j);
            shiftedFor = 0;
        }
    };
    let previousTimestamp = Number.NaN;
    for (let rank = 0; rank < n; rank += 1) {
        const index = order[rank];
        const { timestamp, value } = points[index];
        if (!Number.isFinite(value))
            continue;
        // A repeated timestamp is the same sample reported twice: judge it, but learn from it once.
        const repeated = timestamp === previousTimestamp;
        previousTimestamp = timestamp;
        if (!repeated) {
            commit();
            for (const scale of scales)
                scale.see(ranks[index]);
        }
        let shifted = false;
        if (samples.size >= o.warmupPoints) {
            const median = samples.median();
            const relativeFloor = o.minRelativeSpread * Math.abs(median);
            // Each side's tail costs a lookup: fetched only when a test looks at that side.
            let high = Number.NaN;
            let low = Number.NaN;
            let pointRatio = 0;
            if (value > median && up) {
                high = samples.high();
                pointRatio = (value - median) / Math.max(high - median, relativeFloor) / o.spikeFactor;
                // The daily allowance can only widen the band, so it is looked up only when it could matter.
                if (pointRatio > 1 && seasonal && days.query(timestamp, 0, o.seasonalRecurrence, daily)) {
                    pointRatio = (value - median) / Math.max(Math.max(high, daily.high) - median, relativeFloor) / o.spikeFactor;
                }
            }
            else if (value < median && down) {
                low = samples.low();
                pointRatio = (median - value) / Math.max(median - low, relativeFloor) / o.spikeFactor;
                if (pointRatio > 1 && seasonal && days.query(timestamp, 0, o.seasonalRecurrence, daily)) {
                    pointRatio = (median - value) / Math.max(median - Math.min(low, daily.low), relativeFloor) / o.spikeFactor;
                }
            }
            let shiftRatio = 0;
            for (const scale of scales) {
                if (!scale.warm(o.warmupPoints) || Number.isNaN(scale.current))
                    continue;
                const level = scale.current;
                const usual = scale.band.median();
                let r = 0;
                // Even independent noise moves a k-sample median by ~1.25/sqrt(k) of the samples' spread: a flat
                // run of medians (a mostly-zero series) must not make every busy hour look like a shift.
                if (level > usual && up) {
                    if (Number.isNaN(high))
                        high = samples.high();
                    const floor = Math.max(relativeFloor, (high - median) * scale.noise);
                    const edge = scale.band.high();
                    r = (level - usual) / Math.max(edge - usual, floor) / o.shiftFactor;
                    if (r > 1 && seasonal && days.query(timestamp, scale.stream, o.seasonalRecurrence, daily)) {
                        r = (level - usual) / Math.max(Math.max(edge, daily.high) - usual, floor) / o.shiftFactor;
                    }
                }
                else if (level < usual && down) {
                    if (Number.isNaN(low))
                        low = samples.low();
                    const floor = Math.max(relativeFloor, (median - low) * scale.noise);
                    const edge = scale.band.low();
                    r = (usual - level) / Math.max(usual - edge, floor) / o.shiftFactor;
                    if (r > 1 && seasonal && days.query(timestamp, scale.stream, o.seasonalRecurrence, daily)) {
                        r = (usual - level) / Math.max(usual - Math.min(edge, daily.low), floor) / o.shiftFactor;
                    }
                }
                if (r > shiftRatio)
                    shiftRatio = r;
            }
            shifted = shiftRatio > 1;
            const ratio = Math.max(pointRatio, shiftRatio);
            // 0.5 at the threshold; a zero-width band (a constant series that moved) scores 1.
            scores[index] = ratio === Infinity || Number.isNaN(ratio) ? 1 : ratio / (1 + ratio);
            anomalous[index] = ratio > 1 || Number.isNaN(ratio) ? 1 : 0;
        }
        if (repeated)
            continue;
        pendingIndex = index;
        pendingShifted = shifted;
    }
    const flagged = incidentRuns(order, anomalous, o.quietPoints);
    const out = new Array(n);
    for (let i = 0; i < n; i += 1) {
        const p = points[i];
        out[i] = { timestamp: p.timestamp, value: p.value, score: scores[i], isAnomaly: flagged[i] === 1 };
    }
    return out;
}
function resolveOptions(options) {
    const o = { ...DEFAULT_SERIES_DETECTOR_OPTIONS, ...options };
    for (const key of ['historyPoints', 'warmupPoints', 'shiftPoints', 'longShiftPoints', 'quietPoints', 'rebaselinePoints', 'seasonalDays', 'seasonalRecurrence']) {
        const least = key === 'warmupPoints' || key === 'quietPoints' || key === 'longShiftPoints' || key === 'rebaselinePoints' || key === 'seasonalDays' ? 0 : 1;
        if (!Number.isInteger(o[key]) || o[key] < least)
            throw new RangeError(`${key} must be a positive integer, got ${o[key]}`);
    }
    for (const key of ['tailQuantile', 'shiftTailQuantile']) {
        if (!(o[key] >= 0 && o[key] < 0.5))
            throw new RangeError(`${key} must be in [0, 0.5), got ${o[key]}`);
    }
    if (!(o.spikeFactor > 0) || !(o.shiftFactor > 0))
        throw new RangeError('spikeFactor and shiftFactor must be positive');
    // Judging before the baseline holds a sample would divide by nothing.
    o.warmupPoints = Math.max(1, Math.min(o.warmupPoints, o.historyPoints));
    return o;
}
/** Rows in time order (stable for equal timestamps); the identity when already sorted. */
function chronologicalOrder(points) {
    const n = points.length;
    const order = new Uint32Array(n);
    let sorted = true;
    for (let i = 0; i < n; i += 1) {
        order[i] = i;
        if (i > 0 && points[i].timestamp < points[i - 1].timestamp)
            sorted = false;
    }
    if (!sorted)
        order.sort((a, b) => points[a].timestamp - points[b].timestamp || a - b);
    return order;
}
/**
 * One incident, one run of flagged rows: anomalous rows less than `quietPoints` apart join into one
 * run, and the normal rows between them are flagged too.
 */
function incidentRuns(order, anomalous, quietPoints) {
    const flagged = new Uint8Array(anomalous.length);
    let last = -Infinity;
    for (let rank = 0; rank < order.length; rank += 1) {
        if (anomalous[order[rank]] !== 1)
            continue;
        const from = rank - last <= quietPoints ? last + 1 : rank;
        for (let r = from; r <= rank; r += 1)
            flagged[order[r]] = 1;
        last = rank;
    }
    return flagged;
}
/** The normal band of the last `capacity` values: its median and its tail quantiles, on demand. */
class TrailingBand {
    tail;
    window;
    constructor(universe, capacity, tail) {
        this.tail = tail;
        this.window = new robust_statistics/* RollingQuantiles */.m8(universe, capacity);
    }
    get size() {
        return this.window.size;
    }
    pushRank(rank) {
        this.window.pushRank(rank);
    }
    clear() {
        this.window.clear();
    }
    median() {
        return this.window.quantile(0.5);
    }
    high() {
        return this.window.quantile(1 - this.tail);
    }
    low() {
        return this.window.quantile(this.tail);
    }
}
// A shift test's median looks at no more than about this many samples however long its span (longer
// spans take every n-th sample), so a day-long test costs what the default four-hour one does.
const SHIFT_MEDIAN_SAMPLES = 48;
/** One level-shift test: the median over the last `span` samples against the band of its own past. */
class ShiftScale {
    stream;
    universe;
    recent;
    band;
    stride;
    seen = 0;
    fresh = false;
    /** Rank of the rolling median each learned sample produced, or -1 where it produced none. */
    medianRanks;
    currentRank = -1;
    /** The rolling median's value now; NaN until the window first fills. */
    current = Number.NaN;
    /** How far independent noise alone moves this median, as a fraction of the samples' spread. */
    noise;
    constructor(span, stream, universe, o, capacity) {
        this.stream = stream;
        this.universe = universe;
        this.stride = Math.max(1, Math.round(span / SHIFT_MEDIAN_SAMPLES));
        const size = Math.ceil(span / this.stride);
        this.recent = new robust_statistics/* RollingMedian */.GI(size);
        this.band = new TrailingBand(universe, Math.ceil(o.historyPoints / this.stride), o.shiftTailQuantile);
        this.medianRanks = new Int32Array(capacity);
        this.noise = 1.25 / Math.sqrt(size);
    }
    see(rank) {
        this.fresh = this.seen % this.stride === 0;
        this.seen += 1;
        if (!this.fresh)
            return;
        this.recent.push(rank);
        this.currentRank = this.recent.size === this.recent.capacity ? this.recent.lowerMedian() : -1;
        this.current = this.currentRank < 0 ? Number.NaN : this.universe[this.currentRank];
    }
    /** Whether the band holds medians from at least `samples` samples' worth of history. */
    warm(samples) {
        return this.band.size * this.stride >= samples;
    }
    remember(j) {
        this.medianRanks[j] = this.fresh ? this.currentRank : -1;
    }
    learn(j) {
        const rank = this.medianRanks[j];
        if (rank >= 0)
            this.band.pushRank(rank);
    }
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/main.ts
var main = __webpack_require__(2957);
;// CONCATENATED MODULE: ./src/cli/commands/detect-series.ts
// `aws-monitor detect-series FILE.csv`: the metric series detector on a timestamp,value CSV, with
// default settings, writing timestamp,value,score,is_anomaly.




function detectSeriesCommand(file, options, io) {
    const { points, rawTimestamps } = parseSeriesCsvWithTimestamps((0,cli_io/* readInputFile */.jH)(file, io), file);
    const scored = detectSeriesAnomalies(points);
    const flagged = scored.filter((p) => p.isAnomaly).length;
    (0,cli_io/* writeResult */.Zk)(formatScoredCsv(scored, rawTimestamps), options.output, `${points.length} points, ${flagged} flagged`, io);
    return main/* EXIT */.dc.ok;
}


/***/ })

};
