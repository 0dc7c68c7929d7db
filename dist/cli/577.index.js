export const id = 577;
export const ids = [577];
export const modules = {

/***/ 5577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dn: () => (/* binding */ IncidentScorer),
  Mp: () => (/* binding */ scoreSeries),
  fI: () => (/* binding */ seriesCadence)
});

// UNUSED EXPORTS: AnomalyEngine, DEFAULT_ANOMALY_OPTIONS, inferCadence, resolveAnomalyOptions

// EXTERNAL MODULE: ./src/analysis/statistics/order-statistics.ts
var order_statistics = __webpack_require__(4134);
;// CONCATENATED MODULE: ./src/analysis/series/shape-discord.ts
// How unlike anything in its recent history the last span of a series is: the distance from the
// span just ended to its nearest neighbour among the earlier spans of the same length (a "discord",
// in the time-series literature). It sees what a level test cannot: a daily peak that did not come,
// a holiday shaped like no other day, spikes grown denser within the usual range, a swell at an hour
// when the series is always quiet. Each of those stays within the series' usual extremes, so only
// its shape is new.
//
// The series is cut into segments of fixed wall-clock length (their means, so any cadence gives the
// same shape) and the span is a run of consecutive segments. The distance is computed once per
// closed segment, against every earlier span in the history (one per segment offset), with early
// abandoning: a few hundred candidates of a dozen numbers, so it costs a small fraction of the
// per-sample work. Memory is the ring of segment means: bounded by the history, not the series.
/** Nearest-neighbour distance of the last span of segment means to the earlier spans of a bounded history. */
class ShapeDiscord {
    segmentMs;
    segments;
    ring;
    candidates;
    // Segments closed so far (absolute count); the ring holds the last `ring.length` of them.
    closed = 0;
    origin = Number.NaN;
    current = 0;
    sum = 0;
    count = 0;
    lastMean = Number.NaN;
    latest = Number.NaN;
    latestLast = Number.NaN;
    /**
     * @param segmentMs wall-clock length of one segment
     * @param segments segments in one span (the shape compared)
     * @param historyMs how far back candidate spans may end
     */
    constructor(segmentMs, segments, historyMs) {
        this.segmentMs = segmentMs;
        this.segments = segments;
        if (!(segmentMs > 0) || !Number.isInteger(segments) || segments < 2)
            throw new RangeError('a shape needs a positive segment length and at least 2 segments');
        this.candidates = Math.max(1, Math.round(historyMs / segmentMs));
        this.ring = new Float64Array(this.candidates + segments);
    }
    /**
     * The distance (root mean square difference of segment means) from the last closed span to its
     * nearest earlier span; NaN until a full span has an earlier one to compare with.
     */
    get distance() {
        return this.latest;
    }
    /**
     * The last closed segment minus the same segment of that nearest span: the side the shape went
     * to now, and whether the difference is still happening (it is near zero once the odd part of the
     * span lies in the past). NaN when the distance is.
     */
    get lastDifference() {
        return this.latestLast;
    }
    /** Adds a sample (timestamps only grow; the caller drops late ones). */
    push(timestamp, value) {
        if (Number.isNaN(this.origin))
            this.origin = timestamp;
        const index = Math.floor((timestamp - this.origin) / this.segmentMs);
        if (index > this.current) {
            // A gap leaves its segments at the last mean seen: a missing sample is not a change of shape.
            // Past a whole ring of them, more would only write the same value again.
            const steps = Math.min(index - this.current, this.ring.length);
            for (let s = 0; s < steps; s += 1) {
                if (s === 0 && this.count > 0)
                    this.lastMean = this.sum / this.count;
                this.ring[this.closed % this.ring.length] = this.lastMean;
                this.closed += 1;
            }
            this.current = index;
            this.sum = 0;
            this.count = 0;
            this.latest = this.nearest();
        }
        this.sum += value;
        this.count += 1;
    }
    at(segment) {
        return this.ring[segment % this.ring.length];
    }
    nearest() {
        const n = this.segments;
        const end = this.closed - 1;
        const oldest = Math.max(n - 1, end - this.candidates);
        this.latestLast = Number.NaN;
        if (end - n < oldest || Number.isNaN(this.at(end - n + 1)))
            return Number.NaN;
        let best = Infinity;
        let bestAt = -1;
        for (let c = end - n; c >= oldest; c -= 1) {
            let d = 0;
            for (let j = 0; j < n && d < best; j += 1) {
                const x = this.at(end - j) - this.at(c - j);
                d += x * x;
            }
            if (d < best) {
                best = d;
                bestAt = c;
            }
        }
        if (bestAt < 0)
            return Number.NaN;
        this.latestLast = this.at(end) - this.at(bestAt);
        return Math.sqrt(best / n);
    }
}

;// CONCATENATED MODULE: ./src/analysis/series/anomaly-engine.ts
// The one metric anomaly engine: `aws-monitor detect-series` and the scan's metric detectors both
// judge "unusual" here, with the same defaults.
//
// The idea, in one sentence: a statistic of the series is unusual when it goes further from the
// series' own centre, by a factor, than it went in at least `recurrence` of the recent blocks of
// time. Blocks are hours of wall-clock time, never counts of samples, so a series read at 1-minute,
// 5-minute or hourly resolution is judged on the same span. Four statistics of the value are judged:
//   - the value itself (a spike or a dip);
//   - the median of the last `shortMinutes` (a level change that outlasts a few samples);
//   - the median of the last `longMinutes` (a smaller change that lasts an afternoon);
//   - the short median against the same time of day on previous days (a daily pattern broken:
//     the busy hours did not come, or came at night; off by default);
// and the shape of the last day: how far it is from the most similar earlier day-long span
// (`shape-discord.ts`). That one sees what a level cannot: a peak that did not come, a holiday,
// spikes grown denser, all within the usual range.
// Why blocks and a recurrence count rather than a week's maximum or a quantile: a week's maximum
// lets one past incident hide every later one of the same size (the detector this replaces missed
// most held-out incidents that way), and a quantile of samples flags every busy hour of a spiky
// series. The k-th largest block maximum is what the series reaches repeatedly: a nightly job
// reaches it every night, a past incident only once.
//
// What was flagged is learned late, after the incident: an incident is not its own baseline while
// it lasts, and once over, a burst that happened becomes part of what the series does. A level
// change that lasts `rebaselineMinutes` is the new normal: the history restarts from it.


// Chosen by bench/nab-more.ts (the in-sample pick of its cross-validated grid) except warmupHours,
// which is set, not tuned: the shortest history a scan of a young account can offer.
const DEFAULT_ANOMALY_OPTIONS = Object.freeze({
    historyDays: 10,
    blockHours: 6,
    warmupHours: 6,
    recurrence: 2,
    spikeFactor: 2,
    shiftFactor: 2,
    seasonalFactor: 2,
    shortMinutes: 60,
    longMinutes: 240,
    seasonalDays: 0,
    quietMinutes: 1440,
    rebaselineMinutes: 180,
    minRelativeSpread: 0.05,
    textureMinutes: 0,
    textureFactor: 4,
    shapeHours: 24,
    shapeFactor: 2,
    direction: 'both',
    returnDays: 0,
});
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Streams judged: the value, the short median, the long median, the seasonal residual.
const VALUE = 0;
const SHORT = 1;
const LONG = 2;
const SEASONAL = 3;
const TEXTURE = 4;
const SHAPE = 5;
const STREAMS = 6;
// Segments in one span of the shape test: a day at 2-hour resolution by default.
const SHAPE_SEGMENTS = 12;
// A shape's distance stays high for as long as the odd segment is inside the span, so one past event
// fills several consecutive blocks: its usual extreme is one block further down the ranking than a
// sample's (`recurrence` + 1), and it needs four blocks (a day of the default 6-hour ones) before it judges.
const SHAPE_EXTRA_RANK = 1;
const SHAPE_MIN_BLOCKS = 4;
// A rolling median over a long span looks at no more than this many samples (longer spans take every n-th).
const MEDIAN_SAMPLES = 48;
// A mean of fewer steps is noise, not texture: an hourly series' texture spans at least 6 hours.
const TEXTURE_MIN_STEPS = 6;
// Samples a block keeps for its median; past it, every other sample (the median of a block is a centre, not a tail).
const BLOCK_SAMPLES = 1024;
function resolveAnomalyOptions(options = {}) {
    const o = { ...DEFAULT_ANOMALY_OPTIONS, ...options };
    const positive = ['historyDays', 'blockHours', 'spikeFactor', 'shiftFactor', 'seasonalFactor', 'shortMinutes', 'textureFactor', 'shapeFactor'];
    for (const key of positive)
        if (!(o[key] > 0) || !Number.isFinite(o[key]))
            throw new RangeError(`${key} must be a positive number, got ${o[key]}`);
    const nonNegative = [
        'returnDays',
        'warmupHours',
        'longMinutes',
        'seasonalDays',
        'quietMinutes',
        'rebaselineMinutes',
        'minRelativeSpread',
        'textureMinutes',
        'shapeHours',
    ];
    for (const key of nonNegative)
        if (!(o[key] >= 0) || !Number.isFinite(o[key]))
            throw new RangeError(`${key} must be zero or more, got ${o[key]}`);
    if (!Number.isInteger(o.recurrence) || o.recurrence < 1)
        throw new RangeError(`recurrence must be a positive integer, got ${o.recurrence}`);
    if (!Number.isInteger(o.seasonalDays))
        throw new RangeError(`seasonalDays must be an integer, got ${o.seasonalDays}`);
    if (o.direction !== 'both' && o.direction !== 'up' && o.direction !== 'down')
        throw new RangeError(`direction must be both, up or down, got ${String(o.direction)}`);
    return o;
}
/**
 * The engine over one series, fed in time order, one sample at a time: memory is bounded by the
 * history (blocks and a few rolling windows), never by the length of the series. The cadence
 * (the usual step between samples) is learned from the first samples' timestamps unless given.
 */
class AnomalyEngine {
    options;
    cadenceMs;
    gapsSeen = [];
    windows;
    lastTimestamp = Number.NaN;
    verdict = { score: 0, anomalous: false, test: 0 };
    constructor(options = {}, cadenceMs) {
        this.options = resolveAnomalyOptions(options);
        this.cadenceMs = cadenceMs !== undefined && cadenceMs > 0 ? cadenceMs : Number.NaN;
    }
    /** The step between samples the spans were sized for (NaN until known). */
    get cadence() {
        return this.cadenceMs;
    }
    /**
     * Judges one sample against what came before, then learns from it. A sample with the timestamp of
     * the one before (a repeated row) or an earlier one (a late row) is judged but not learned: the
     * history only moves forward. A non-finite value or timestamp is skipped (score 0).
     */
    push(timestamp, value) {
        const verdict = this.verdict;
        verdict.score = 0;
        verdict.anomalous = false;
        verdict.test = 0;
        if (!Number.isFinite(value) || !Number.isFinite(timestamp))
            return verdict;
        const late = timestamp <= this.lastTimestamp;
        if (!this.windows) {
            // The spans in samples depend on the cadence: until it is known, samples wait (they are far too
            // few to judge) and are learned once it is.
            if (!late) {
                if (!Number.isNaN(this.lastTimestamp))
                    this.gapsSeen.push(timestamp - this.lastTimestamp);
                this.lastTimestamp = timestamp;
                this.early.push(timestamp, value);
            }
            if (Number.isNaN(this.cadenceMs) && this.gapsSeen.length < CADENCE_SAMPLES)
                return verdict;
            if (Number.isNaN(this.cadenceMs))
                this.cadenceMs = inferCadence(this.gapsSeen);
            this.windows = new Windows(this.options, this.cadenceMs);
            for (let i = 0; i < this.early.length; i += 2)
                this.windows.judge(this.early[i], this.early[i + 1], false, verdict);
            this.early = [];
            verdict.score = 0;
            verdict.anomalous = false;
            verdict.test = 0;
            return verdict;
        }
        if (!late)
            this.lastTimestamp = timestamp;
        this.windows.judge(late ? this.lastTimestamp : timestamp, value, late, verdict);
        return verdict;
    }
    early = [];
}
// Gaps looked at before the cadence is fixed: enough for a robust median, few enough to be early.
const CADENCE_SAMPLES = 16;
/** The usual step between samples: the median positive gap (gaps and repeats do not move it). */
function inferCadence(gaps) {
    const positive = Float64Array.from(gaps.filter((g) => g > 0));
    if (positive.length === 0)
        return MINUTE;
    return Math.max(1000, (0,order_statistics/* selectInPlace */.r$)(positive, positive.length >> 1));
}
/** The cadence of a whole series by its timestamps, for callers that hold it all. */
function seriesCadence(timestamps) {
    const gaps = [];
    for (let i = 1; i < timestamps.length; i += 1)
        gaps.push(timestamps[i] - timestamps[i - 1]);
    return inferCadence(gaps);
}
/** The windows and history of one series once its cadence is known. */
class Windows {
    o;
    blockMs;
    // Blocks start at the series' first sample, not at the clock's hours: aligned to UTC, a young
    // series' first block was cut short by however late in a block it began, so whether it was warm
    // (and so whether an incident was found) depended on the hour of the scan.
    origin = Number.NaN;
    maxBlocks;
    warmMs;
    cadenceMs;
    up;
    down;
    short;
    long;
    longStride;
    longSeen = 0;
    noise;
    // Closed blocks, oldest first; the open block collects samples until time passes its end.
    blocks = [];
    open;
    openValues = new Float64Array(BLOCK_SAMPLES);
    openCount = 0;
    openStride = 1;
    openSeen = 0;
    // References from the closed blocks, recomputed when a block closes.
    centre = Number.NaN;
    refHigh = new Float64Array(STREAMS);
    refLow = new Float64Array(STREAMS);
    // Extreme-value bars: distances from the centre (zero for the seasonal residual).
    barHigh = new Float64Array(STREAMS);
    barLow = new Float64Array(STREAMS);
    returnY;
    warm = false;
    // The seasonal test: the short median at each sample over the last seasonalDays days.
    seasonal;
    dayValues;
    // Samples held back while an incident is open: [timestamp, s0, s1, s2, s3] per sample.
    held = [];
    lastAnomalyAt = Number.NaN;
    shiftSince = Number.NaN;
    stats = new Float64Array(STREAMS);
    // The texture test: a running mean of |x - previous x| over the last textureSize samples.
    textureSteps;
    textureHead = 0;
    textureCount = 0;
    textureSum = 0;
    previousValue = Number.NaN;
    shape;
    constructor(options, cadenceMs) {
        this.o = options;
        this.blockMs = options.blockHours * HOUR;
        this.maxBlocks = Math.max(1, Math.round((options.historyDays * DAY) / this.blockMs));
        // Warm once the closed blocks cover warmupHours of samples, however the blocks fall on the clock.
        this.warmMs = Math.max(options.warmupHours * HOUR, cadenceMs);
        this.cadenceMs = cadenceMs;
        this.up = options.direction !== 'down';
        this.down = options.direction !== 'up';
        const shortSize = Math.max(1, Math.round((options.shortMinutes * MINUTE) / cadenceMs));
        this.short = new order_statistics/* RollingMedian */.GI(shortSize);
        const longSpan = Math.round((options.longMinutes * MINUTE) / cadenceMs);
        this.longStride = Math.max(1, Math.round(longSpan / MEDIAN_SAMPLES));
        const longSize = Math.ceil(longSpan / this.longStride);
        if (longSpan > shortSize)
            this.long = new order_statistics/* RollingMedian */.GI(longSize);
        // Independent noise moves a k-sample median by about 1.25/sqrt(k) of the samples' spread.
        this.noise = Float64Array.from([
            0,
            shortSize > 1 ? 1.25 / Math.sqrt(shortSize) : 1,
            this.long ? 1.25 / Math.sqrt(longSize) : 1,
            shortSize > 1 ? 1.25 / Math.sqrt(shortSize) : 1,
        ]);
        if (options.seasonalDays > 0)
            this.seasonal = new TimeRing(Math.ceil(((options.seasonalDays * DAY) / cadenceMs) * 1.1) + 16);
        this.dayValues = new Float64Array(Math.max(1, options.seasonalDays));
        const textureSize = Math.max(TEXTURE_MIN_STEPS, Math.round((options.textureMinutes * MINUTE) / cadenceMs));
        if (options.textureMinutes > 0 && options.direction === 'both')
            this.textureSteps = new Float64Array(textureSize);
        if (options.shapeHours > 0) {
            const segmentMs = Math.max((options.shapeHours * HOUR) / SHAPE_SEGMENTS, cadenceMs);
            this.shape = new ShapeDiscord(segmentMs, SHAPE_SEGMENTS, options.historyDays * DAY);
        }
        const returnBlocks = (options.returnDays * DAY) / this.blockMs;
        this.returnY = returnBlocks > 1 ? -Math.log(-Math.log(1 - 1 / returnBlocks)) : 0;
    }
    judge(timestamp, value, repeated, verdict) {
        const stats = this.stats;
        if (Number.isNaN(this.origin))
            this.origin = timestamp;
        if (!repeated) {
            this.short.push(value);
            if (this.long && this.longSeen++ % this.longStride === 0)
                this.long.push(value);
        }
        stats[VALUE] = value;
        stats[SHORT] = this.short.lowerMedian();
        stats[LONG] = this.long && this.long.size === this.long.capacity ? this.long.lowerMedian() : Number.NaN;
        stats[SEASONAL] = Number.NaN;
        stats[TEXTURE] = this.texture(value, repeated);
        if (this.shape && !repeated)
            this.shape.push(timestamp, value);
        stats[SHAPE] = this.shape ? this.shape.distance : Number.NaN;
        if (this.seasonal) {
            const base = this.seasonalBase(timestamp);
            if (!Number.isNaN(base))
                stats[SEASONAL] = stats[SHORT] - base;
            if (!repeated)
                this.seasonal.push(timestamp, stats[SHORT]);
        }
        this.closeBlocksBefore(timestamp);
        let ratio = 0;
        let shifted = false;
        if (this.warm) {
            const o = this.o;
            const centre = this.centre;
            const floor = o.minRelativeSpread * Math.abs(centre);
            const spreadHigh = this.refHigh[VALUE] - centre;
            const spreadLow = centre - this.refLow[VALUE];
            for (let s = 0; s < TEXTURE; s += 1) {
                const x = stats[s];
                if (Number.isNaN(x))
                    continue;
                const factor = s === VALUE ? o.spikeFactor : s === SEASONAL ? o.seasonalFactor : o.shiftFactor;
                // The seasonal residual is centred on zero; the others on the history's centre.
                const c = s === SEASONAL ? 0 : centre;
                let r = 0;
                if (x > c && this.up)
                    r = (x - c) / Math.max((this.refHigh[s] - c) * factor, this.barHigh[s], floor, this.noise[s] * spreadHigh * factor);
                else if (x < c && this.down)
                    r = (c - x) / Math.max((c - this.refLow[s]) * factor, this.barLow[s], floor, this.noise[s] * spreadLow * factor);
                if (Number.isNaN(r))
                    r = Infinity;
                if (r > ratio) {
                    ratio = r;
                    verdict.test = x > c ? s + 1 : -(s + 1);
                }
                if (r > 1 && s === LONG)
                    shifted = true;
            }
            const x = stats[TEXTURE];
            if (!Number.isNaN(x)) {
                // Its own scale: steps this many times larger than the k-th largest block's, or smaller than
                // the k-th smallest block's. The floor keeps a quantised or idle series' tiny steps quiet.
                const high = Math.max(this.refHigh[TEXTURE] * o.textureFactor, floor * 0.2);
                const low = this.refLow[TEXTURE] / o.textureFactor;
                const r = x > high ? x / high : x < low ? low / Math.max(x, low * 1e-6) : 0;
                if (r > ratio) {
                    ratio = r;
                    verdict.test = x > high ? TEXTURE + 1 : -(TEXTURE + 1);
                }
            }
            const d = stats[SHAPE];
            if (!Number.isNaN(d) && !Number.isNaN(this.refHigh[SHAPE])) {
                let r = d / Math.max(this.refHigh[SHAPE] * o.shapeFactor, floor);
                // Asked about one side, a shape counts only while it is happening now, on that side: the
                // latest segment is off on that side by at least the span's own distance. (The distance
                // alone stays high for a whole span after a short change, which would stretch a finding
                // long past its end.)
                if (this.up !== this.down) {
                    const now = this.shape.lastDifference;
                    if (!((this.up ? now : -now) >= d))
                        r = 0;
                }
                if (r > ratio) {
                    ratio = r;
                    verdict.test = SHAPE + 1;
                }
            }
            verdict.score = ratio === Infinity ? 1 : ratio / (1 + ratio);
            verdict.anomalous = ratio > 1;
        }
        if (repeated)
            return;
        this.learn(timestamp, verdict.anomalous, shifted);
    }
    /** Learns the sample now, or holds it back while an incident is open. */
    learn(timestamp, anomalous, shifted) {
        const o = this.o;
        const stats = this.stats;
        if (anomalous)
            this.lastAnomalyAt = timestamp;
        this.shiftSince = shifted ? (Number.isNaN(this.shiftSince) ? timestamp : this.shiftSince) : Number.NaN;
        const incidentOpen = !Number.isNaN(this.lastAnomalyAt) && timestamp - this.lastAnomalyAt < o.quietMinutes * MINUTE;
        if (!incidentOpen) {
            // The incident is over: what it did is now part of what the series does.
            if (this.held.length > 0)
                this.releaseHeld();
            this.add(timestamp, stats);
            return;
        }
        this.held.push(timestamp);
        for (let s = 0; s < STREAMS; s += 1)
            this.held.push(stats[s]);
        if (o.rebaselineMinutes > 0 && !Number.isNaN(this.shiftSince) && timestamp - this.shiftSince >= o.rebaselineMinutes * MINUTE) {
            // The level change lasted: what it did becomes history now, so once it has filled `recurrence`
            // blocks it is the new normal. (Clearing the history instead made a young series re-learn from a
            // few hours again and again: every daily swing it had not yet seen restarted it.)
            this.lastAnomalyAt = Number.NaN;
            this.shiftSince = Number.NaN;
            this.releaseHeld();
        }
    }
    releaseHeld() {
        const held = this.held;
        this.held = [];
        const stats = new Float64Array(STREAMS);
        let late = false;
        for (let i = 0; i < held.length; i += STREAMS + 1) {
            for (let s = 0; s < STREAMS; s += 1)
                stats[s] = held[i + 1 + s];
            late = this.add(held[i], stats, false) || late;
        }
        // Once for the whole incident, not once per sample: the references depend only on the blocks.
        if (late)
            this.computeReferences();
    }
    /**
     * Adds a sample's statistics to its block: the open one, or a closed one when learned late (then
     * the references are recomputed, unless the caller does it once for many samples). True when the
     * block was a closed one.
     */
    add(timestamp, stats, recompute = true) {
        const index = this.blockIndex(timestamp);
        let block = this.open;
        if (!block || block.index !== index) {
            block = undefined;
            for (let b = this.blocks.length - 1; b >= 0; b -= 1) {
                if (this.blocks[b].index === index) {
                    block = this.blocks[b];
                    break;
                }
            }
            if (!block) {
                if (this.open && index < this.open.index)
                    return false;
                this.closeOpen();
                block = this.newBlock(index);
                this.open = block;
            }
        }
        if (timestamp < block.first)
            block.first = timestamp;
        if (timestamp > block.last)
            block.last = timestamp;
        for (let s = 0; s < STREAMS; s += 1) {
            const x = stats[s];
            if (Number.isNaN(x))
                continue;
            if (x > block.high[s])
                block.high[s] = x;
            if (x < block.low[s])
                block.low[s] = x;
        }
        if (block === this.open) {
            if (this.openSeen++ % this.openStride === 0) {
                if (this.openCount === BLOCK_SAMPLES) {
                    // Thin to every other sample: a block's median needs its spread of values, not all of them.
                    for (let i = 0; i < BLOCK_SAMPLES / 2; i += 1)
                        this.openValues[i] = this.openValues[2 * i];
                    this.openCount = BLOCK_SAMPLES / 2;
                    this.openStride *= 2;
                }
                this.openValues[this.openCount++] = stats[VALUE];
            }
            return false;
        }
        if (recompute)
            this.computeReferences();
        return true;
    }
    newBlock(index) {
        return {
            index,
            coveredMs: 0,
            first: Infinity,
            last: -Infinity,
            high: new Float64Array(STREAMS).fill(-Infinity),
            low: new Float64Array(STREAMS).fill(Infinity),
            median: Number.NaN,
        };
    }
    /** The mean absolute step over the texture span, its two largest left out, once full; NaN when off or not yet full. */
    texture(value, repeated) {
        const steps = this.textureSteps;
        if (!steps)
            return Number.NaN;
        if (!repeated) {
            if (!Number.isNaN(this.previousValue)) {
                const step = Math.abs(value - this.previousValue);
                if (this.textureCount === steps.length)
                    this.textureSum -= steps[this.textureHead];
                else
                    this.textureCount += 1;
                steps[this.textureHead] = step;
                this.textureSum += step;
                this.textureHead = this.textureHead + 1 === steps.length ? 0 : this.textureHead + 1;
                // A running sum drifts by rounding: recompute it once per lap.
                if (this.textureHead === 0)
                    this.textureSum = steps.reduce((a, b) => a + b, 0);
            }
            this.previousValue = value;
        }
        if (this.textureCount < steps.length)
            return Number.NaN;
        // Without the two largest steps: one spike is two steps (up and back), and the value test has
        // judged it already. With them, every spike flagged the hour after it as rough.
        let first = 0;
        let second = 0;
        for (let i = 0; i < steps.length; i += 1) {
            const x = steps[i];
            if (x > first) {
                second = first;
                first = x;
            }
            else if (x > second)
                second = x;
        }
        return (this.textureSum - first - second) / (steps.length - 2);
    }
    blockIndex(timestamp) {
        return Math.floor((timestamp - this.origin) / this.blockMs);
    }
    closeBlocksBefore(timestamp) {
        if (this.open && this.blockIndex(timestamp) > this.open.index)
            this.closeOpen();
    }
    closeOpen() {
        const block = this.open;
        if (!block)
            return;
        this.open = undefined;
        if (this.openCount > 0) {
            block.median = (0,order_statistics/* selectInPlace */.r$)(this.openValues, (this.openCount - 1) >> 1, 0, this.openCount - 1);
            block.coveredMs = block.last - block.first + this.cadenceMs;
            this.blocks.push(block);
            if (this.blocks.length > this.maxBlocks)
                this.blocks.shift();
        }
        this.openCount = 0;
        this.openSeen = 0;
        this.openStride = 1;
        this.computeReferences();
    }
    /** The centre (median of block medians) and, per stream, the recurrence-th highest high and lowest low. */
    computeReferences() {
        const blocks = this.blocks;
        const n = blocks.length;
        let covered = 0;
        for (let b = 0; b < n; b += 1)
            covered += blocks[b].coveredMs;
        this.warm = n > 0 && covered >= this.warmMs;
        if (!this.warm)
            return;
        const medians = new Float64Array(n);
        for (let b = 0; b < n; b += 1)
            medians[b] = blocks[b].median;
        this.centre = (0,order_statistics/* selectInPlace */.r$)(medians, (n - 1) >> 1, 0, n - 1);
        // A level is usual once reached on `recurrence` blocks; a history shorter than that many days
        // cannot have seen a daily peak that often, so it asks for one reach per day it holds.
        const k = Math.max(1, Math.min(this.o.recurrence, n, Math.floor(covered / DAY)));
        const column = new Float64Array(n);
        for (let s = 0; s < STREAMS; s += 1) {
            let m = 0;
            for (let b = 0; b < n; b += 1)
                if (Number.isFinite(blocks[b].high[s]))
                    column[m++] = -blocks[b].high[s];
            if (s === SHAPE) {
                // A distance has one side: only its high reference is read.
                const rank = k + SHAPE_EXTRA_RANK;
                this.refHigh[s] = m >= Math.max(rank, SHAPE_MIN_BLOCKS) ? -(0,order_statistics/* selectInPlace */.r$)(column, rank - 1, 0, m - 1) : Number.NaN;
                continue;
            }
            const fallback = s === SEASONAL ? 0 : s === TEXTURE ? Number.NaN : this.centre;
            this.refHigh[s] = m >= k ? -(0,order_statistics/* selectInPlace */.r$)(column, k - 1, 0, m - 1) : fallback;
            m = 0;
            for (let b = 0; b < n; b += 1)
                if (Number.isFinite(blocks[b].low[s]))
                    column[m++] = blocks[b].low[s];
            this.refLow[s] = m >= k ? (0,order_statistics/* selectInPlace */.r$)(column, k - 1, 0, m - 1) : fallback;
            const c = s === SEASONAL ? 0 : this.centre;
            this.barHigh[s] = this.gumbelBar(blocks, s, c, 1, column);
            this.barLow[s] = this.gumbelBar(blocks, s, c, -1, column);
        }
    }
    /** The distance from c the blocks' extremes on one side reach once in returnDays (Gumbel, robust fit); 0 when off or too few. */
    gumbelBar(blocks, s, c, side, column) {
        if (this.returnY === 0)
            return 0;
        let m = 0;
        for (const block of blocks) {
            const e = side === 1 ? block.high[s] - c : c - block.low[s];
            if (Number.isFinite(e))
                column[m++] = e;
        }
        if (m < 4)
            return 0;
        const median = (0,order_statistics/* selectInPlace */.r$)(column, (m - 1) >> 1, 0, m - 1);
        const q1 = (0,order_statistics/* selectInPlace */.r$)(column, Math.round((m - 1) * 0.25), 0, m - 1);
        const q3 = (0,order_statistics/* selectInPlace */.r$)(column, Math.round((m - 1) * 0.75), 0, m - 1);
        // Gumbel: median = mu + 0.3665 sigma; interquartile range = 1.5725 sigma.
        const sigma = (q3 - q1) / 1.5725;
        const mu = median - 0.3665 * sigma;
        return Math.max(0, mu + sigma * this.returnY);
    }
    /** The median of the short median near this time of day on previous days; NaN with fewer than 2 such days. */
    seasonalBase(timestamp) {
        const ring = this.seasonal;
        const tolerance = Math.max(this.o.shortMinutes * MINUTE, 2 * ring.cadenceHint);
        let found = 0;
        for (let d = 1; d <= this.o.seasonalDays; d += 1) {
            const v = ring.near(timestamp - d * DAY, tolerance, d - 1);
            if (!Number.isNaN(v))
                this.dayValues[found++] = v;
        }
        if (found < 2)
            return Number.NaN;
        return (0,order_statistics/* selectInPlace */.r$)(this.dayValues, (found - 1) >> 1, 0, found - 1);
    }
}
/**
 * The last `capacity` (timestamp, value) pairs, with lookups of the value nearest a time. Each of
 * the lookups a caller makes per sample keeps its own cursor: times asked only grow, so a cursor
 * only moves forward and a lookup costs O(1) amortised.
 */
class TimeRing {
    capacity;
    times;
    values;
    head = 0;
    count = 0;
    // Absolute sequence numbers: the ring position is seq % capacity.
    first = 0;
    cursors = [];
    cadenceHint = 0;
    constructor(capacity) {
        this.capacity = capacity;
        this.times = new Float64Array(capacity);
        this.values = new Float64Array(capacity);
    }
    push(time, value) {
        if (this.count > 0) {
            const previous = this.times[(this.head - 1 + this.capacity) % this.capacity];
            if (this.cadenceHint === 0)
                this.cadenceHint = time - previous;
        }
        this.times[this.head] = time;
        this.values[this.head] = value;
        this.head = this.head + 1 === this.capacity ? 0 : this.head + 1;
        if (this.count < this.capacity)
            this.count += 1;
        else
            this.first += 1;
    }
    /** The value whose time is nearest `time`, within `tolerance`; NaN when none is. */
    near(time, tolerance, cursor) {
        const end = this.first + this.count;
        let seq = Math.max(this.cursors[cursor] ?? this.first, this.first);
        while (seq < end - 1 && this.timeAt(seq + 1) <= time)
            seq += 1;
        this.cursors[cursor] = seq;
        if (seq >= end)
            return Number.NaN;
        let best = seq;
        if (seq + 1 < end && Math.abs(this.timeAt(seq + 1) - time) < Math.abs(this.timeAt(seq) - time))
            best = seq + 1;
        return Math.abs(this.timeAt(best) - time) <= tolerance ? this.values[best % this.capacity] : Number.NaN;
    }
    timeAt(seq) {
        return this.times[seq % this.capacity];
    }
}
/**
 * The engine with incidents: unusual samples less than quietMinutes apart are one incident, flagged
 * from its first row to its last, the rows between included. Rows come out in the order they went
 * in, each as soon as no later row can change its flag (at most quietMinutes later), so memory is
 * bounded by the history and the rows of one quiet span, never by the input.
 */
class IncidentScorer {
    emit;
    engine;
    quietMs;
    lastAnomalyAt = Number.NaN;
    latest = -Infinity;
    held = [];
    constructor(emit, options = {}, cadenceMs) {
        this.emit = emit;
        this.engine = new AnomalyEngine(options, cadenceMs);
        this.quietMs = this.engine.options.quietMinutes * MINUTE;
    }
    push(row, timestamp, value) {
        const { score, anomalous } = this.engine.push(timestamp, value);
        if (Number.isFinite(timestamp) && timestamp > this.latest)
            this.latest = timestamp;
        const joined = !Number.isNaN(this.lastAnomalyAt) && this.latest - this.lastAnomalyAt < this.quietMs;
        if (anomalous) {
            this.release(joined);
            this.lastAnomalyAt = this.latest;
            this.emit(row, score, true);
        }
        else if (joined) {
            this.held.push({ row, score });
        }
        else {
            this.release(false);
            this.emit(row, score, false);
        }
    }
    /** Emits the rows still held: no later row can join them to an incident now. */
    end() {
        this.release(false);
    }
    release(flagged) {
        if (this.held.length === 0)
            return;
        const held = this.held;
        this.held = [];
        for (const { row, score } of held)
            this.emit(row, score, flagged);
    }
}
/**
 * Scores a whole series with the engine and its incidents. Rows are judged in time order (ties in
 * their order) and returned in theirs.
 */
function scoreSeries(points, options = {}, cadenceMs) {
    const n = points.length;
    const out = new Array(n);
    const scorer = new IncidentScorer((i, score, flagged) => {
        out[i] = { timestamp: points[i].timestamp, value: points[i].value, score, isAnomaly: flagged };
    }, options, cadenceMs);
    const order = chronologicalOrder(points);
    for (let r = 0; r < n; r += 1) {
        const i = order[r];
        scorer.push(i, points[i].timestamp, points[i].value);
    }
    scorer.end();
    return out;
}
/** Rows in time order (stable for equal timestamps); the identity when already sorted. Non-finite times go last. */
function chronologicalOrder(points) {
    const n = points.length;
    const order = new Uint32Array(n);
    let sorted = true;
    for (let i = 0; i < n; i += 1) {
        order[i] = i;
        if (!Number.isFinite(points[i].timestamp) || (i > 0 && points[i].timestamp < points[i - 1].timestamp))
            sorted = false;
    }
    const key = (i) => (Number.isFinite(points[i].timestamp) ? points[i].timestamp : Infinity);
    if (!sorted)
        order.sort((a, b) => key(a) - key(b) || a - b);
    return order;
}


/***/ })

};
