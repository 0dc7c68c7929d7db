export const id = 324;
export const ids = [324];
export const modules = {

/***/ 5324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  detectSeriesCommand: () => (/* binding */ detectSeriesCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/analysis/series-anomalies.ts
// Streaming anomaly scoring for one metric series with default settings: each point, and the
// median of the last hour, against a robust baseline of the days before; one alert per incident.
// Pure; O(n * baseline) time, memory bounded by the baseline.
const DEFAULT_SERIES_OPTIONS = {
    // About three and a half days of 5-minute data: long enough that a daily peak is ordinary.
    baselinePoints: 1000,
    warmupPoints: 96,
    threshold: 14,
    cooldownPoints: 288,
    // An hour of 5-minute data.
    shiftPoints: 12,
    shiftThreshold: 7,
};
function scoreSeries(values, options = {}) {
    const o = { ...DEFAULT_SERIES_OPTIONS, ...options };
    const n = values.length;
    const scores = new Float64Array(n);
    const anomalies = new Uint8Array(n);
    const window = new SortedWindow(o.baselinePoints);
    let armed = true;
    let ordinaryRun = 0;
    const recent = new Float64Array(o.shiftPoints);
    const scratch = new Float64Array(o.shiftPoints);
    for (let i = 0; i < n; i += 1) {
        const x = values[i];
        recent[i % o.shiftPoints] = x;
        if (window.size >= o.warmupPoints) {
            const pointZ = window.robustZ(x);
            let shiftZ = 0;
            if (i + 1 >= o.shiftPoints) {
                scratch.set(recent);
                scratch.sort();
                const mid = o.shiftPoints >> 1;
                const recentMedian = o.shiftPoints % 2 ? scratch[mid] : (scratch[mid - 1] + scratch[mid]) / 2;
                shiftZ = window.robustZ(recentMedian);
            }
            // Both tests on one scale: 1 at either threshold.
            const z = Math.max(pointZ / o.threshold, shiftZ / o.shiftThreshold) * o.threshold;
            scores[i] = z / (z + o.threshold);
            if (z >= o.threshold) {
                ordinaryRun = 0;
                if (armed) {
                    anomalies[i] = 1;
                    armed = false;
                }
            }
            else if (!armed && (ordinaryRun += 1) >= o.cooldownPoints) {
                armed = true;
            }
        }
        window.push(x);
    }
    return { scores, anomalies };
}
/** The last `capacity` values, kept sorted for medians; insertion and removal by binary search. */
class SortedWindow {
    capacity;
    ring;
    sorted;
    deviations;
    head = 0;
    pushesSinceStats = Infinity;
    centre = 0;
    spread = 1;
    size = 0;
    constructor(capacity) {
        this.capacity = capacity;
        this.ring = new Float64Array(capacity);
        this.sorted = new Float64Array(capacity);
        this.deviations = new Float64Array(capacity);
    }
    push(x) {
        if (this.size === this.capacity) {
            const old = this.ring[this.head];
            const at = this.indexOf(old);
            this.sorted.copyWithin(at, at + 1, this.size);
            this.size -= 1;
        }
        const at = this.insertionPoint(x);
        this.sorted.copyWithin(at + 1, at, this.size);
        this.sorted[at] = x;
        this.size += 1;
        this.ring[this.head] = x;
        this.head = (this.head + 1) % this.capacity;
        this.pushesSinceStats += 1;
    }
    /** |x - median| in robust standard deviations; a floor on the spread keeps flat series sane. */
    robustZ(x) {
        // A long baseline moves slowly: refreshing its median and spread every few points is enough.
        if (this.pushesSinceStats >= Math.max(1, this.size >> 6))
            this.refreshStats();
        return Math.abs(x - this.centre) / this.spread;
    }
    refreshStats() {
        this.pushesSinceStats = 0;
        const median = this.median(this.sorted, this.size);
        // Deviations from the median of a sorted array, merged outward from the middle: already sorted.
        let lo = this.lowerMiddle(median);
        let hi = lo + 1;
        for (let k = 0; k < this.size; k += 1) {
            const left = lo >= 0 ? median - this.sorted[lo] : Infinity;
            const right = hi < this.size ? this.sorted[hi] - median : Infinity;
            if (left <= right) {
                this.deviations[k] = left;
                lo -= 1;
            }
            else {
                this.deviations[k] = right;
                hi += 1;
            }
        }
        const mad = this.median(this.deviations, this.size);
        const range = this.sorted[this.size - 1] - this.sorted[0];
        // Quantised or flat baselines have a MAD of 0: fall back to a share of the range, then of the level.
        this.centre = median;
        this.spread = Math.max(1.4826 * mad, 0.1 * range, 0.01 * Math.abs(median), 1e-9);
    }
    median(array, size) {
        const mid = size >> 1;
        return size % 2 ? array[mid] : (array[mid - 1] + array[mid]) / 2;
    }
    lowerMiddle(median) {
        let i = this.insertionPoint(median) - 1;
        if (i < 0)
            i = 0;
        return Math.min(i, this.size - 1);
    }
    insertionPoint(x) {
        let lo = 0;
        let hi = this.size;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.sorted[mid] < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    indexOf(x) {
        return this.insertionPoint(x);
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/analysis/series-csv.ts
// timestamp,value CSV in and timestamp,value,score,is_anomaly out, for `aws-monitor detect-series`.

function parseSeriesCsv(text, source) {
    const lines = text.split(/\r?\n/);
    const header = (lines[0] ?? '').trim().toLowerCase().split(',').map((h) => h.trim().replace(/^"|"$/g, ''));
    const tIndex = header.indexOf('timestamp');
    const vIndex = header.indexOf('value');
    if (tIndex < 0 || vIndex < 0)
        throw new errors/* UserError */.y(`${source}:1: the header must name the columns timestamp and value (found: ${lines[0]?.slice(0, 80) ?? 'nothing'})`);
    const series = { rawTimestamps: [], timestamps: [], values: [] };
    for (let i = 1; i < lines.length; i += 1) {
        const line = lines[i];
        if (line.trim() === '')
            continue;
        const cells = line.split(',');
        const raw = (cells[tIndex] ?? '').trim().replace(/^"|"$/g, '');
        const valueText = (cells[vIndex] ?? '').trim().replace(/^"|"$/g, '');
        const at = parseTimestamp(raw);
        if (at === undefined)
            throw new errors/* UserError */.y(`${source}:${i + 1}: timestamp "${raw.slice(0, 40)}" is not a date (use ISO 8601, "YYYY-MM-DD hh:mm:ss" in UTC, or epoch seconds or milliseconds)`);
        const value = Number(valueText);
        if (valueText === '' || !Number.isFinite(value))
            throw new errors/* UserError */.y(`${source}:${i + 1}: value "${valueText.slice(0, 40)}" is not a number`);
        series.rawTimestamps.push(raw);
        series.timestamps.push(at);
        series.values.push(value);
    }
    if (series.values.length === 0)
        throw new errors/* UserError */.y(`${source}: no data rows after the header`);
    return series;
}
function parseTimestamp(raw) {
    if (/^\d+(\.\d+)?$/.test(raw)) {
        const n = Number(raw);
        return n < 1e11 ? n * 1000 : n; // seconds or milliseconds since 1970
    }
    const iso = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(raw) ? `${raw.replace(' ', 'T')}Z` : raw;
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? undefined : ms;
}
function formatScoredCsv(series, scores, anomalies) {
    const rows = ['timestamp,value,score,is_anomaly'];
    for (let i = 0; i < series.values.length; i += 1)
        rows.push(`${series.rawTimestamps[i]},${series.values[i]},${scores[i].toFixed(4)},${anomalies[i] ? 1 : 0}`);
    return rows.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/cli/main.ts + 1 modules
var main = __webpack_require__(9575);
;// CONCATENATED MODULE: ./src/cli/commands/detect-series.ts
// `aws-monitor detect-series FILE.csv`: the metric series detector on a timestamp,value CSV, with
// default settings, writing timestamp,value,score,is_anomaly.






function detectSeriesCommand(file, options, io) {
    const path = (0,external_node_path_.resolve)(io.cwd, file);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.y(`cannot read ${file}: ${error.code ?? error.message}`);
    }
    const series = parseSeriesCsv(text, file);
    const { scores, anomalies } = scoreSeries(series.values);
    const csv = formatScoredCsv(series, scores, anomalies);
    if (options.output) {
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, options.output), csv);
        const flagged = anomalies.reduce((n, a) => n + a, 0);
        io.stderr.write(`${series.values.length} points, ${flagged} anomalies; written to ${options.output}\n`);
    }
    else {
        io.stdout.write(csv);
    }
    return main/* EXIT */.d.ok;
}


/***/ })

};
