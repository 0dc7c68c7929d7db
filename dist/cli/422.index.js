export const id = 422;
export const ids = [422];
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

/***/ 8418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ formatValue)
/* harmony export */ });
// Metric values in their unit, as every output shows them: 97%, 250 ms, 1.5 GiB/s.
const UNITS = {
    percent: (v) => `${round(v)}%`,
    count: (v) => round(v),
    seconds: (v) => (v < 1 ? `${round(v * 1000)} ms` : `${round(v)} s`),
    milliseconds: (v) => (v < 1000 ? `${round(v)} ms` : `${round(v / 1000)} s`),
    bytes: (v) => bytes(v),
    megabytes: (v) => bytes(v * 1024 * 1024),
    'bytes/second': (v) => `${bytes(v)}/s`,
};
/** A value in its unit; a unit not listed (a report from a newer version) shows the rounded number. */
function formatValue(value, unit) {
    return (UNITS[unit] ?? round)(value);
}
function round(v) {
    const abs = Math.abs(v);
    const digits = abs >= 100 || Number.isInteger(v) ? 0 : abs >= 10 ? 1 : 2;
    return v.toFixed(digits);
}
function bytes(v) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = v;
    let i = 0;
    while (Math.abs(value) >= 1024 && i < units.length - 1) {
        value /= 1024;
        i += 1;
    }
    return `${round(value)} ${units[i]}`;
}


/***/ }),

/***/ 804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RI: () => (/* binding */ visibleStrings),
/* harmony export */   RK: () => (/* binding */ visible),
/* harmony export */   YC: () => (/* binding */ capBytes)
/* harmony export */ });
/* unused harmony export cutNote */
// Text from AWS and from logs is hostile: before any renderer lays it out, every string of a
// report is made inert and bounded. Control characters (C0, DEL, C1: ESC c resets a terminal,
// CSI moves the cursor and erases lines) and invisible formatting characters (bidi overrides such
// as U+202E, which show `file\u202Efdp.exe` as `fileexe.pdf`; zero-width characters) are shown as
// visible escapes, and every free-text field is cut to a byte cap that says what was cut.
/** What a cut field ends with: the cap is in UTF-8 bytes, as every output stores it. */
function cutNote(bytes) {
    return ` …[cut ${bytes.toLocaleString('en-US')} bytes]`;
}
/** The text, at most `maxBytes` of UTF-8 plus a note of how much was cut (`alreadyCut`: bytes dropped before it came here). */
function capBytes(text, maxBytes, alreadyCut = 0) {
    // Every UTF-16 unit is at most 3 bytes of UTF-8: short text needs no counting.
    if (text.length * 3 <= maxBytes && alreadyCut === 0)
        return text;
    const total = Buffer.byteLength(text, 'utf8');
    if (total <= maxBytes && alreadyCut === 0)
        return text;
    let bytes = 0;
    let end = 0;
    while (end < text.length) {
        const code = text.codePointAt(end);
        const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        end += code >= 0x10000 ? 2 : 1;
    }
    return `${text.slice(0, end)}${cutNote(total - bytes + alreadyCut)}`;
}
// C0 but tab and newline, DEL, C1; then the invisible and direction-changing format characters:
// soft hyphen, Arabic letter mark, the Mongolian vowel separator, zero-width space to RLM,
// line and paragraph separators, embeddings and overrides (LRE..RLO), word joiner to the invisible
// operators, the isolates (LRI..PDI), deprecated format characters, BOM, interlinear annotations,
// and the tag characters.
// eslint-disable-next-line no-control-regex -- these are exactly the characters made visible
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;
const HIDDEN_BUT_LINE_BREAKS = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;
// eslint-disable-next-line no-control-regex
const HIDDEN_OR_NEWLINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;
function escapeOne(char) {
    const code = char.codePointAt(0);
    if (code === 0x0a)
        return '\\n';
    if (code === 0x0d)
        return '\\r';
    if (code <= 0x9f)
        return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}
/**
 * Control and invisible characters as visible escapes (`\x1B`, `<U+202E>`). Line breaks too, unless
 * kept: newlines in a multi-line field (a log example; a lone carriage return would let a line
 * overwrite itself in a terminal), or every line break for an output that renders them inertly
 * (markdown's <br>). A tab is kept (renderers expand it).
 */
function visible(text, keep = 'no line breaks') {
    return text.replace(keep === 'line breaks' ? HIDDEN_BUT_LINE_BREAKS : keep === 'newlines' ? HIDDEN : HIDDEN_OR_NEWLINE, escapeOne);
}
/** Fields that hold several lines by nature: a log example, a stack trace. */
const MULTI_LINE_KEYS = new Set(['example']);
/**
 * A copy of any report-shaped value (scan report, gate report) with every string made visible:
 * what every renderer lays out. Keys are the model's own and left alone. Newlines stay only in
 * multi-line fields, unless the output renders every newline inertly itself (markdown's <br>).
 */
function visibleStrings(value, newlines = 'multi-line fields', key = '') {
    if (typeof value === 'string')
        return visible(value, newlines === 'everywhere' ? 'line breaks' : MULTI_LINE_KEYS.has(key) ? 'newlines' : 'no line breaks');
    if (Array.isArray(value))
        return value.map((item) => visibleStrings(item, newlines, key));
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = visibleStrings(v, newlines, k);
        return out;
    }
    return value;
}


/***/ }),

/***/ 8093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n5: () => (/* binding */ COLLECTORS),
  Bg: () => (/* binding */ SERVICES),
  dd: () => (/* binding */ inventoryTitle),
  I4: () => (/* binding */ resourceTypeSpec),
  z5: () => (/* binding */ serviceOf)
});

// UNUSED EXPORTS: RESOURCE_TYPES

;// CONCATENATED MODULE: ./src/services/cloudformation/index.ts
// AWS CloudFormation: stacks, their status, drift and recent failed events.
const cloudformationService = {
    id: 'cloudformation',
    title: 'AWS CloudFormation',
    inventoryTitle: 'CloudFormation',
    loadCollector: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(805), __webpack_require__.e(934)]).then(__webpack_require__.bind(__webpack_require__, 8934))).cloudformationCollector,
    resourceTypes: {
        'cloudformation:stack': { listAttributes: { waitingOn: ', ' }, summary: ({ attributes: a }, { time }) => (a.lastUpdatedAt ? `updated ${time(a.lastUpdatedAt)}` : '') },
    },
    metrics: [],
};

;// CONCATENATED MODULE: ./src/services/dms/log-sources.ts
// Each DMS task writes to dms-tasks-<instance>, in streams named dms-task-<task resource id>.
function dmsLogSources(resource) {
    const logGroup = resource.attributes.logGroup;
    if (!logGroup)
        return [];
    const taskResourceId = resource.arn?.slice(resource.arn.lastIndexOf(':') + 1);
    return [{ logGroup, kind: 'dms', ...(taskResourceId ? { streamPrefix: `dms-task-${taskResourceId}` } : {}) }];
}

;// CONCATENATED MODULE: ./src/services/attribute-values.ts
// Reading one attribute of a resource the caller knows the type of, for the metric rows (which
// take any resource): `A` names the type's attributes, so a misspelt key fails to compile.
/** A non-empty string attribute, or undefined. */
function textAttribute(resource, key) {
    const value = resource.attributes[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** A number attribute, or undefined. */
function numberAttribute(resource, key) {
    const value = resource.attributes[key];
    return typeof value === 'number' ? value : undefined;
}

;// CONCATENATED MODULE: ./src/services/dms/metrics.ts
// AWS DMS metrics: names, dimensions and statistics follow the service's CloudWatch metrics reference.

const dmsTask = (r) => {
    const instance = textAttribute(r, 'replicationInstance');
    const taskResourceId = r.arn?.split(':').at(-1);
    return instance && taskResourceId
        ? [
            { Name: 'ReplicationInstanceIdentifier', Value: instance },
            { Name: 'ReplicationTaskIdentifier', Value: taskResourceId },
        ]
        : undefined;
};
const DMS_METRICS = [
    // DMS replication tasks.
    {
        id: 'dms_cdc_latency_source',
        resourceType: 'dms:task',
        namespace: 'AWS/DMS',
        metricName: 'CDCLatencySource',
        stat: 'Maximum',
        unit: 'seconds',
        label: 'CDC latency at the source',
        role: 'health',
        bad: 'up',
        limits: { warn: 300, critical: 1_800 },
        dimensions: dmsTask,
    },
    {
        id: 'dms_cdc_latency_target',
        resourceType: 'dms:task',
        namespace: 'AWS/DMS',
        metricName: 'CDCLatencyTarget',
        stat: 'Maximum',
        unit: 'seconds',
        label: 'CDC latency at the target',
        role: 'health',
        bad: 'up',
        limits: { warn: 300, critical: 1_800 },
        dimensions: dmsTask,
    },
];

;// CONCATENATED MODULE: ./src/services/dms/index.ts
// AWS DMS: replication tasks, their table errors, CDC latency and task logs.


const dmsService = {
    id: 'dms',
    title: 'AWS DMS',
    inventoryTitle: 'DMS',
    loadCollector: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(819), __webpack_require__.e(440)]).then(__webpack_require__.bind(__webpack_require__, 440))).dmsCollector,
    resourceTypes: {
        'dms:task': {
            listAttributes: { erroredTables: ', ' },
            summary: ({ attributes: a }) => [a.migrationType, a.replicationInstance ? `on ${a.replicationInstance}` : ''].filter(Boolean).join(', '),
        },
    },
    metrics: DMS_METRICS,
    logSources: dmsLogSources,
};

;// CONCATENATED MODULE: ./src/services/ecs/log-sources.ts
// ECS services log where their task definitions' awslogs settings say.
function ecsLogSources(resource) {
    if (resource.type !== 'ecs:service')
        return [];
    const groups = resource.attributes.logGroups ?? [];
    const prefixes = resource.attributes.logStreamPrefixes ?? [];
    // awslogs names streams prefix/container/task-id. With one prefix and one group the prefix
    // narrows a group the service may share; otherwise the whole group is read.
    const streamPrefix = groups.length === 1 && prefixes.length === 1 ? `${prefixes[0]}/` : undefined;
    return groups.map((logGroup) => ({ logGroup, kind: 'application', ...(streamPrefix ? { streamPrefix } : {}) }));
}

;// CONCATENATED MODULE: ./src/services/ecs/metrics.ts
// Amazon ECS metrics: names, dimensions and statistics follow the service's CloudWatch metrics reference.

const ecsService = (r) => {
    const cluster = textAttribute(r, 'cluster');
    return cluster
        ? [
            { Name: 'ClusterName', Value: cluster },
            { Name: 'ServiceName', Value: r.name },
        ]
        : undefined;
};
const ECS_METRICS = [
    // ECS services (AWS/ECS service-level utilisation).
    {
        id: 'ecs_cpu',
        resourceType: 'ecs:service',
        namespace: 'AWS/ECS',
        metricName: 'CPUUtilization',
        stat: 'Average',
        unit: 'percent',
        label: 'CPU utilization',
        role: 'saturation',
        bad: 'up',
        limits: { warn: 80, critical: 90 },
        dimensions: ecsService,
    },
    // Container Insights (only where the cluster has it on): tasks actually running over the window.
    {
        id: 'ecs_running_tasks',
        resourceType: 'ecs:service',
        namespace: 'ECS/ContainerInsights',
        metricName: 'RunningTaskCount',
        stat: 'Minimum',
        unit: 'count',
        label: 'running tasks',
        role: 'health',
        bad: 'down',
        // One task short of the desired count is a warning; none running is critical.
        limitsFor: (r) => {
            const desired = numberAttribute(r, 'desired');
            return desired !== undefined && desired > 0 ? { warn: desired - 1, critical: 0 } : undefined;
        },
        dimensions: ecsService,
        appliesTo: (r) => ['enabled', 'enhanced'].includes(textAttribute(r, 'containerInsights') ?? ''),
    },
    {
        id: 'ecs_memory',
        resourceType: 'ecs:service',
        namespace: 'AWS/ECS',
        metricName: 'MemoryUtilization',
        stat: 'Average',
        unit: 'percent',
        label: 'memory utilization',
        role: 'saturation',
        bad: 'up',
        limits: { warn: 85, critical: 95 },
        dimensions: ecsService,
    },
];

;// CONCATENATED MODULE: ./src/services/ecs/index.ts
// Amazon ECS: clusters and services, their deployments, stopped tasks and awslogs groups.


const ecs_ecsService = {
    id: 'ecs',
    title: 'Amazon ECS',
    inventoryTitle: 'ECS',
    loadCollector: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(212), __webpack_require__.e(185)]).then(__webpack_require__.bind(__webpack_require__, 9185))).ecsCollector,
    resourceTypes: {
        'ecs:cluster': {
            listAttributes: {},
            summary: ({ attributes: a }, { plural }) => `${String(a.activeServices)} service${plural(Number(a.activeServices))}, ${String(a.runningTasks)} task${plural(Number(a.runningTasks))}, insights ${String(a.containerInsights)}`,
        },
        'ecs:service': {
            listAttributes: { targetGroups: ',', logGroups: ',', logStreamPrefixes: ',' },
            summary: ({ attributes: a }, { now, span }) => {
                const rollout = a.rolloutState === 'IN_PROGRESS' && typeof a.deploymentStartedAt === 'string'
                    ? `, deploying for ${span(a.deploymentStartedAt, now)}`
                    : a.rolloutState && a.rolloutState !== 'COMPLETED'
                        ? `, rollout ${String(a.rolloutState)}`
                        : '';
                return `${String(a.running)}/${String(a.desired)} running${rollout}${a.stoppedTasks ? `, ${String(a.stoppedTasks)} stopped` : ''}`;
            },
        },
    },
    metrics: ECS_METRICS,
    logSources: ecsLogSources,
};

;// CONCATENATED MODULE: ./src/services/elasticache/metrics.ts
// Amazon ElastiCache metrics (AWS/ElastiCache), per cache cluster: host-level CPU for every engine,
// engine CPU and memory for Valkey/Redis OSS. Names and statistics follow the ElastiCache user
// guide's "Which metrics should I monitor?"; limits are its recommended alarm levels.

// A Redis OSS or Valkey node is one cache cluster, so CacheClusterId names one node's series;
// for Memcached it is the cluster's aggregate over its nodes.
const cacheCluster = (r) => [{ Name: 'CacheClusterId', Value: r.id }];
// Valkey and Redis OSS run commands on one thread: EngineCPUUtilization is the CPU that matters.
const isRedisLike = (r) => ['redis', 'valkey'].includes(textAttribute(r, 'engine') ?? '');
const ELASTICACHE_METRICS = [
    {
        id: 'elasticache_cpu',
        resourceType: 'elasticache:cache-cluster',
        namespace: 'AWS/ElastiCache',
        metricName: 'CPUUtilization',
        stat: 'Average',
        unit: 'percent',
        label: 'CPU utilization',
        role: 'saturation',
        bad: 'up',
        limits: { warn: 80, critical: 90 },
        dimensions: cacheCluster,
    },
    {
        id: 'elasticache_engine_cpu',
        resourceType: 'elasticache:cache-cluster',
        namespace: 'AWS/ElastiCache',
        metricName: 'EngineCPUUtilization',
        stat: 'Average',
        unit: 'percent',
        label: 'engine CPU utilization',
        role: 'saturation',
        bad: 'up',
        limits: { warn: 80, critical: 90 },
        dimensions: cacheCluster,
        appliesTo: isRedisLike,
    },
    {
        id: 'elasticache_memory',
        resourceType: 'elasticache:cache-cluster',
        namespace: 'AWS/ElastiCache',
        metricName: 'DatabaseMemoryUsagePercentage',
        stat: 'Maximum',
        unit: 'percent',
        label: 'memory used (of maxmemory)',
        role: 'saturation',
        bad: 'up',
        limits: { warn: 80, critical: 90 },
        dimensions: cacheCluster,
        appliesTo: isRedisLike,
    },
    {
        id: 'elasticache_evictions',
        resourceType: 'elasticache:cache-cluster',
        namespace: 'AWS/ElastiCache',
        metricName: 'Evictions',
        stat: 'Sum',
        unit: 'count',
        label: 'keys evicted for memory',
        role: 'errors',
        bad: 'up',
        dimensions: cacheCluster,
    },
    {
        id: 'elasticache_connections',
        resourceType: 'elasticache:cache-cluster',
        namespace: 'AWS/ElastiCache',
        metricName: 'CurrConnections',
        stat: 'Maximum',
        unit: 'count',
        label: 'client connections',
        role: 'traffic',
        bad: 'up',
        dimensions: cacheCluster,
    },
];

;// CONCATENATED MODULE: ./src/services/elasticache/index.ts
// Amazon ElastiCache: replication groups and cache clusters, their status and CloudWatch metrics.

const elasticacheService = {
    id: 'elasticache',
    title: 'Amazon ElastiCache',
    inventoryTitle: 'ElastiCache',
    loadCollector: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(827), __webpack_require__.e(511)]).then(__webpack_require__.bind(__webpack_require__, 4892))).elasticacheCollector,
    resourceTypes: {
        'elasticache:replication-group': {
            listAttributes: {},
            summary: ({ attributes: a }, { plural }) => [a.engine, a.nodeType, `${String(a.shards)} shard${plural(Number(a.shards))}`, a.automaticFailover === 'enabled' ? 'automatic failover' : ''].filter(Boolean).join(', '),
        },
        'elasticache:cache-cluster': {
            listAttributes: { pendingModifications: ',' },
            summary: ({ attributes: a }, { plural }) => [
                `${String(a.engine ?? '')} ${String(a.engineVersion ?? '')}`.trim(),
                typeof a.nodes === 'number' ? `${a.nodes} x ${String(a.nodeType)} node${plural(a.nodes)}` : '',
                a.replicationGroup ? `in ${a.replicationGroup}` : '',
            ]
                .filter(Boolean)
                .join(', '),
        },
    },
    metrics: ELASTICACHE_METRICS,
};

;// CONCATENATED MODULE: ./src/services/elbv2/metrics.ts
// Elastic Load Balancing metrics: names, dimensions and statistics follow the service's CloudWatch metrics reference.

const alb = (r) => {
    const dimension = textAttribute(r, 'metricDimension');
    return dimension && textAttribute(r, 'lbType') === 'application' ? [{ Name: 'LoadBalancer', Value: dimension }] : undefined;
};
const targetGroup = (r) => {
    const group = textAttribute(r, 'metricDimension');
    const lb = textAttribute(r, 'loadBalancerDimension');
    return group && lb?.startsWith('app/')
        ? [
            { Name: 'TargetGroup', Value: group },
            { Name: 'LoadBalancer', Value: lb },
        ]
        : undefined;
};
const ELBV2_METRICS = [
    // Application load balancers.
    {
        id: 'alb_requests',
        resourceType: 'elbv2:load-balancer',
        namespace: 'AWS/ApplicationELB',
        metricName: 'RequestCount',
        stat: 'Sum',
        unit: 'count',
        label: 'requests',
        role: 'traffic',
        bad: 'down',
        dimensions: alb,
    },
    {
        id: 'alb_target_5xx',
        resourceType: 'elbv2:load-balancer',
        namespace: 'AWS/ApplicationELB',
        metricName: 'HTTPCode_Target_5XX_Count',
        stat: 'Sum',
        unit: 'count',
        label: 'target 5xx responses',
        role: 'errors',
        bad: 'up',
        trafficOf: 'alb_requests',
        dimensions: alb,
    },
    {
        id: 'alb_elb_5xx',
        resourceType: 'elbv2:load-balancer',
        namespace: 'AWS/ApplicationELB',
        metricName: 'HTTPCode_ELB_5XX_Count',
        stat: 'Sum',
        unit: 'count',
        label: 'load balancer 5xx responses',
        role: 'errors',
        bad: 'up',
        trafficOf: 'alb_requests',
        dimensions: alb,
    },
    {
        id: 'alb_target_4xx',
        resourceType: 'elbv2:load-balancer',
        namespace: 'AWS/ApplicationELB',
        metricName: 'HTTPCode_Target_4XX_Count',
        stat: 'Sum',
        unit: 'count',
        label: 'target 4xx responses',
        role: 'errors',
        bad: 'up',
        trafficOf: 'alb_requests',
        dimensions: alb,
    },
    {
        id: 'alb_elb_4xx',
        resourceType: 'elbv2:load-balancer',
        namespace: 'AWS/ApplicationELB',
        metricName: 'HTTPCode_ELB_4XX_Count',
        stat: 'Sum',
        unit: 'count',
        label: 'load balancer 4xx responses',
        role: 'errors',
        bad: 'up',
        trafficOf: 'alb_requests',
        dimensions: alb,
    },
    {
        id: 'alb_rejected_connections',
        resourceType: 'elbv2:load-balancer',
        namespace: 'AWS/ApplicationELB',
        metricName: 'RejectedConnectionCount',
        stat: 'Sum',
        unit: 'count',
        label: 'rejected connections',
        role: 'health',
        bad: 'up',
        limits: { warn: 1 },
        dimensions: alb,
    },
    {
        id: 'alb_response_time',
        resourceType: 'elbv2:load-balancer',
        namespace: 'AWS/ApplicationELB',
        metricName: 'TargetResponseTime',
        stat: 'Average',
        unit: 'seconds',
        label: 'target response time (average)',
        role: 'latency',
        bad: 'up',
        dimensions: alb,
    },
    {
        id: 'alb_response_time_p50',
        resourceType: 'elbv2:load-balancer',
        namespace: 'AWS/ApplicationELB',
        metricName: 'TargetResponseTime',
        stat: 'p50',
        unit: 'seconds',
        label: 'target response time p50',
        role: 'latency',
        bad: 'up',
        dimensions: alb,
    },
    {
        id: 'alb_response_time_p90',
        resourceType: 'elbv2:load-balancer',
        namespace: 'AWS/ApplicationELB',
        metricName: 'TargetResponseTime',
        stat: 'p90',
        unit: 'seconds',
        label: 'target response time p90',
        role: 'latency',
        bad: 'up',
        dimensions: alb,
    },
    {
        id: 'alb_response_time_p99',
        resourceType: 'elbv2:load-balancer',
        namespace: 'AWS/ApplicationELB',
        metricName: 'TargetResponseTime',
        stat: 'p99',
        unit: 'seconds',
        label: 'target response time p99',
        role: 'latency',
        bad: 'up',
        dimensions: alb,
    },
    // Target groups (per service behind the load balancer).
    {
        id: 'tg_requests',
        resourceType: 'elbv2:target-group',
        namespace: 'AWS/ApplicationELB',
        metricName: 'RequestCount',
        stat: 'Sum',
        unit: 'count',
        label: 'requests',
        role: 'traffic',
        bad: 'down',
        dimensions: targetGroup,
    },
    {
        id: 'tg_target_5xx',
        resourceType: 'elbv2:target-group',
        namespace: 'AWS/ApplicationELB',
        metricName: 'HTTPCode_Target_5XX_Count',
        stat: 'Sum',
        unit: 'count',
        label: 'target 5xx responses',
        role: 'errors',
        bad: 'up',
        trafficOf: 'tg_requests',
        dimensions: targetGroup,
    },
    {
        id: 'tg_target_4xx',
        resourceType: 'elbv2:target-group',
        namespace: 'AWS/ApplicationELB',
        metricName: 'HTTPCode_Target_4XX_Count',
        stat: 'Sum',
        unit: 'count',
        label: 'target 4xx responses',
        role: 'errors',
        bad: 'up',
        trafficOf: 'tg_requests',
        dimensions: targetGroup,
    },
    {
        id: 'tg_unhealthy_hosts',
        resourceType: 'elbv2:target-group',
        namespace: 'AWS/ApplicationELB',
        metricName: 'UnHealthyHostCount',
        stat: 'Maximum',
        unit: 'count',
        label: 'unhealthy targets',
        role: 'health',
        bad: 'up',
        limits: { warn: 1 },
        dimensions: targetGroup,
    },
    {
        id: 'tg_response_time',
        resourceType: 'elbv2:target-group',
        namespace: 'AWS/ApplicationELB',
        metricName: 'TargetResponseTime',
        stat: 'Average',
        unit: 'seconds',
        label: 'target response time (average)',
        role: 'latency',
        bad: 'up',
        dimensions: targetGroup,
    },
    {
        id: 'tg_response_time_p99',
        resourceType: 'elbv2:target-group',
        namespace: 'AWS/ApplicationELB',
        metricName: 'TargetResponseTime',
        stat: 'p99',
        unit: 'seconds',
        label: 'target response time p99',
        role: 'latency',
        bad: 'up',
        dimensions: targetGroup,
    },
];

;// CONCATENATED MODULE: ./src/services/elbv2/index.ts
// Elastic Load Balancing v2: load balancers and target groups with their targets' health.

const elbv2Service = {
    id: 'elbv2',
    title: 'Elastic Load Balancing',
    inventoryTitle: 'Load balancing',
    loadCollector: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(586), __webpack_require__.e(889)]).then(__webpack_require__.bind(__webpack_require__, 8889))).elbv2Collector,
    resourceTypes: {
        'elbv2:load-balancer': { listAttributes: {}, summary: ({ attributes: a }) => [a.lbType, a.scheme].filter(Boolean).join(', ') },
        'elbv2:target-group': {
            listAttributes: { loadBalancers: ',', unhealthyReasons: ', ' },
            summary: ({ attributes: a }) => `${String(a.healthyTargets)}/${String(a.targets)} healthy${a.loadBalancers?.length ? `, behind ${a.loadBalancers.join(', ')}` : ''}`,
        },
    },
    metrics: ELBV2_METRICS,
};

;// CONCATENATED MODULE: ./src/services/opensearch/metrics.ts
// Amazon OpenSearch Service metrics: names, dimensions and statistics follow the service's CloudWatch metrics reference.

// OpenSearch metrics are keyed by domain and the owning account id (ClientId).
const domain = (r) => r.account
    ? [
        { Name: 'DomainName', Value: r.id },
        { Name: 'ClientId', Value: r.account },
    ]
    : undefined;
const OPENSEARCH_METRICS = [
    // OpenSearch domains.
    {
        id: 'opensearch_red',
        resourceType: 'opensearch:domain',
        namespace: 'AWS/ES',
        metricName: 'ClusterStatus.red',
        stat: 'Maximum',
        unit: 'count',
        label: 'cluster status red',
        role: 'health',
        bad: 'up',
        limits: { critical: 1 },
        dimensions: domain,
    },
    {
        id: 'opensearch_yellow',
        resourceType: 'opensearch:domain',
        namespace: 'AWS/ES',
        metricName: 'ClusterStatus.yellow',
        stat: 'Maximum',
        unit: 'count',
        label: 'cluster status yellow',
        role: 'health',
        bad: 'up',
        limits: { warn: 1 },
        dimensions: domain,
    },
    {
        id: 'opensearch_free_storage',
        resourceType: 'opensearch:domain',
        namespace: 'AWS/ES',
        metricName: 'FreeStorageSpace',
        stat: 'Minimum',
        unit: 'megabytes',
        label: 'free storage (smallest node)',
        role: 'free-capacity',
        bad: 'down',
        capacity: (r) => {
            const volume = numberAttribute(r, 'ebsVolumeGiB');
            return volume === undefined ? undefined : volume * 1024;
        },
        dimensions: domain,
    },
    {
        id: 'opensearch_cpu',
        resourceType: 'opensearch:domain',
        namespace: 'AWS/ES',
        metricName: 'CPUUtilization',
        stat: 'Maximum',
        unit: 'percent',
        label: 'CPU utilization (busiest node)',
        role: 'saturation',
        bad: 'up',
        limits: { warn: 80, critical: 95 },
        dimensions: domain,
    },
    {
        id: 'opensearch_jvm_pressure',
        resourceType: 'opensearch:domain',
        namespace: 'AWS/ES',
        metricName: 'JVMMemoryPressure',
        stat: 'Maximum',
        unit: 'percent',
        label: 'JVM memory pressure',
        role: 'saturation',
        bad: 'up',
        limits: { warn: 80, critical: 92 },
        dimensions: domain,
    },
    {
        id: 'opensearch_5xx',
        resourceType: 'opensearch:domain',
        namespace: 'AWS/ES',
        metricName: '5xx',
        stat: 'Sum',
        unit: 'count',
        label: '5xx responses',
        role: 'errors',
        bad: 'up',
        dimensions: domain,
    },
    {
        id: 'opensearch_write_rejected',
        resourceType: 'opensearch:domain',
        namespace: 'AWS/ES',
        metricName: 'ThreadpoolWriteRejected',
        stat: 'Sum',
        unit: 'count',
        label: 'rejected writes',
        role: 'errors',
        bad: 'up',
        dimensions: domain,
    },
];

;// CONCATENATED MODULE: ./src/services/opensearch/index.ts
// Amazon OpenSearch Service: domains, their processing state and cluster health metrics.

const opensearchService = {
    id: 'opensearch',
    title: 'Amazon OpenSearch Service',
    inventoryTitle: 'OpenSearch',
    loadCollector: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(445), __webpack_require__.e(438)]).then(__webpack_require__.bind(__webpack_require__, 8438))).opensearchCollector,
    resourceTypes: {
        'opensearch:domain': {
            listAttributes: { logPublishing: ',' },
            summary: ({ attributes: a }) => [a.engineVersion, a.instanceCount && a.instanceType ? `${String(a.instanceCount)} x ${String(a.instanceType)}` : ''].filter(Boolean).join(', '),
        },
    },
    metrics: OPENSEARCH_METRICS,
};

;// CONCATENATED MODULE: ./src/services/rds/log-sources.ts
// RDS publishes each exported log to /aws/rds/<instance|cluster>/<id>/<log>.
// RDS exports worth reading for problems; general, audit and slow-query logs are volume, not errors.
const RDS_ERROR_LOGS = {
    postgresql: 'rds-postgresql',
    error: 'rds-mysql',
    'iam-db-auth-error': 'application',
};
function rdsLogSources(resource) {
    // Members of an Aurora cluster publish to the cluster's groups.
    if (resource.type === 'rds:instance' && resource.attributes.clusterId)
        return [];
    const claims = [];
    for (const logGroup of resource.attributes.logGroups ?? []) {
        const kind = RDS_ERROR_LOGS[logGroup.slice(logGroup.lastIndexOf('/') + 1)];
        if (kind)
            claims.push({ logGroup, kind });
    }
    return claims;
}

;// CONCATENATED MODULE: ./src/services/rds/metrics.ts
// Amazon RDS metrics: names, dimensions and statistics follow the service's CloudWatch metrics reference.

const rdsInstance = (r) => [{ Name: 'DBInstanceIdentifier', Value: r.id }];
const rdsCluster = (r) => [{ Name: 'DBClusterIdentifier', Value: r.id }];
const isAurora = (r) => textAttribute(r, 'engine')?.startsWith('aurora') === true;
const GIB = 1024 ** 3;
const RDS_METRICS = [
    // RDS instances (Aurora instances report storage per cluster, so FreeStorageSpace is skipped for them).
    {
        id: 'rds_cpu',
        resourceType: 'rds:instance',
        namespace: 'AWS/RDS',
        metricName: 'CPUUtilization',
        stat: 'Average',
        unit: 'percent',
        label: 'CPU utilization',
        role: 'saturation',
        bad: 'up',
        limits: { warn: 80, critical: 90 },
        dimensions: rdsInstance,
    },
    {
        id: 'rds_free_storage',
        resourceType: 'rds:instance',
        namespace: 'AWS/RDS',
        metricName: 'FreeStorageSpace',
        stat: 'Minimum',
        unit: 'bytes',
        label: 'free storage',
        role: 'free-capacity',
        bad: 'down',
        capacity: (r) => {
            const allocated = numberAttribute(r, 'allocatedStorageGiB');
            return allocated === undefined ? undefined : allocated * GIB;
        },
        dimensions: rdsInstance,
        appliesTo: (r) => !isAurora(r),
    },
    {
        id: 'rds_freeable_memory',
        resourceType: 'rds:instance',
        namespace: 'AWS/RDS',
        metricName: 'FreeableMemory',
        stat: 'Minimum',
        unit: 'bytes',
        label: 'freeable memory',
        role: 'free-capacity',
        bad: 'down',
        dimensions: rdsInstance,
    },
    {
        id: 'rds_connections',
        resourceType: 'rds:instance',
        namespace: 'AWS/RDS',
        metricName: 'DatabaseConnections',
        stat: 'Maximum',
        unit: 'count',
        label: 'database connections',
        role: 'traffic',
        bad: 'up',
        dimensions: rdsInstance,
    },
    {
        id: 'rds_read_latency',
        resourceType: 'rds:instance',
        namespace: 'AWS/RDS',
        metricName: 'ReadLatency',
        stat: 'Average',
        unit: 'seconds',
        label: 'read latency',
        role: 'latency',
        bad: 'up',
        dimensions: rdsInstance,
    },
    {
        id: 'rds_write_latency',
        resourceType: 'rds:instance',
        namespace: 'AWS/RDS',
        metricName: 'WriteLatency',
        stat: 'Average',
        unit: 'seconds',
        label: 'write latency',
        role: 'latency',
        bad: 'up',
        dimensions: rdsInstance,
    },
    {
        id: 'rds_disk_queue',
        resourceType: 'rds:instance',
        namespace: 'AWS/RDS',
        metricName: 'DiskQueueDepth',
        stat: 'Average',
        unit: 'count',
        label: 'disk queue depth',
        role: 'latency',
        bad: 'up',
        dimensions: rdsInstance,
        appliesTo: (r) => !isAurora(r),
    },
    {
        id: 'rds_replica_lag',
        resourceType: 'rds:instance',
        namespace: 'AWS/RDS',
        metricName: 'ReplicaLag',
        stat: 'Maximum',
        unit: 'seconds',
        label: 'replica lag',
        role: 'health',
        bad: 'up',
        limits: { warn: 60, critical: 300 },
        dimensions: rdsInstance,
        appliesTo: (r) => textAttribute(r, 'role') === 'replica',
    },
    {
        id: 'rds_network_in',
        resourceType: 'rds:instance',
        namespace: 'AWS/RDS',
        metricName: 'NetworkReceiveThroughput',
        stat: 'Average',
        unit: 'bytes/second',
        label: 'network in',
        role: 'traffic',
        bad: 'up',
        dimensions: rdsInstance,
    },
    {
        id: 'rds_network_out',
        resourceType: 'rds:instance',
        namespace: 'AWS/RDS',
        metricName: 'NetworkTransmitThroughput',
        stat: 'Average',
        unit: 'bytes/second',
        label: 'network out',
        role: 'traffic',
        bad: 'up',
        dimensions: rdsInstance,
    },
    // Aurora clusters.
    {
        id: 'aurora_cpu',
        resourceType: 'rds:cluster',
        namespace: 'AWS/RDS',
        metricName: 'CPUUtilization',
        stat: 'Average',
        unit: 'percent',
        label: 'CPU utilization',
        role: 'saturation',
        bad: 'up',
        limits: { warn: 80, critical: 90 },
        dimensions: rdsCluster,
    },
    {
        id: 'aurora_freeable_memory',
        resourceType: 'rds:cluster',
        namespace: 'AWS/RDS',
        metricName: 'FreeableMemory',
        stat: 'Minimum',
        unit: 'bytes',
        label: 'freeable memory',
        role: 'free-capacity',
        bad: 'down',
        dimensions: rdsCluster,
    },
    {
        id: 'aurora_connections',
        resourceType: 'rds:cluster',
        namespace: 'AWS/RDS',
        metricName: 'DatabaseConnections',
        stat: 'Maximum',
        unit: 'count',
        label: 'database connections',
        role: 'traffic',
        bad: 'up',
        dimensions: rdsCluster,
    },
    {
        id: 'aurora_commit_latency',
        resourceType: 'rds:cluster',
        namespace: 'AWS/RDS',
        metricName: 'CommitLatency',
        stat: 'Average',
        unit: 'milliseconds',
        label: 'commit latency',
        role: 'latency',
        bad: 'up',
        dimensions: rdsCluster,
    },
    {
        id: 'aurora_replica_lag',
        resourceType: 'rds:cluster',
        namespace: 'AWS/RDS',
        metricName: 'AuroraReplicaLagMaximum',
        stat: 'Maximum',
        unit: 'milliseconds',
        label: 'replica lag',
        role: 'health',
        bad: 'up',
        limits: { warn: 1_000, critical: 10_000 },
        dimensions: rdsCluster,
    },
];

;// CONCATENATED MODULE: ./src/services/rds/index.ts
// Amazon RDS and Aurora: instances and clusters, maintenance, events and exported logs.


// Version 5 joined the actions with commas and their descriptions with semicolons.
const MAINTENANCE_LISTS = { pendingMaintenance: ',', pendingMaintenanceDescription: '; ' };
const rdsService = {
    id: 'rds',
    title: 'Amazon RDS',
    inventoryTitle: 'RDS',
    loadCollector: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(202), __webpack_require__.e(467)]).then(__webpack_require__.bind(__webpack_require__, 1467))).rdsCollector,
    resourceTypes: {
        'rds:instance': {
            listAttributes: { ...MAINTENANCE_LISTS, enabledLogExports: ',', logGroups: ',', pendingModifications: ',' },
            summary: ({ attributes: a }) => [`${String(a.engine ?? '')} ${String(a.engineVersion ?? '')}`.trim(), a.role, a.multiAZ ? 'multi-AZ' : ''].filter(Boolean).join(', '),
        },
        'rds:cluster': {
            listAttributes: { ...MAINTENANCE_LISTS, enabledLogExports: ',', logGroups: ',' },
            summary: ({ attributes: a }, { plural }) => [`${String(a.engine ?? '')} ${String(a.engineVersion ?? '')}`.trim(), `${String(a.members)} member${plural(Number(a.members))}`].filter(Boolean).join(', '),
        },
    },
    metrics: RDS_METRICS,
    logSources: rdsLogSources,
};

;// CONCATENATED MODULE: ./src/services/wafv2/log-sources.ts
// A web ACL's logging configuration names its log group (aws-waf-logs-*).
function wafv2LogSources(resource) {
    const logGroup = resource.attributes.logGroup;
    return logGroup ? [{ logGroup, kind: 'waf' }] : [];
}

;// CONCATENATED MODULE: ./src/services/wafv2/index.ts
// AWS WAF (v2): web ACLs, their logging configuration and what they protect.

const wafv2Service = {
    id: 'wafv2',
    title: 'AWS WAF',
    inventoryTitle: 'WAF',
    loadCollector: async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(213), __webpack_require__.e(905)]).then(__webpack_require__.bind(__webpack_require__, 286))).wafv2Collector,
    resourceTypes: {
        'wafv2:web-acl': {
            listAttributes: { loadBalancers: ',' },
            summary: ({ attributes: a }) => [
                a.logGroup ? `logs to ${a.logGroup}` : a.loggingEnabled ? 'logging on' : 'logging off',
                typeof a.associatedLoadBalancers === 'number' ? `${a.associatedLoadBalancers} load balancers` : '',
            ]
                .filter(Boolean)
                .join(', '),
        },
    },
    metrics: [],
    logSources: wafv2LogSources,
};

;// CONCATENATED MODULE: ./src/services/registry.ts
// Every AWS service the scan knows, one line each. Adding a service: a folder with its module
// (attributes, metrics, log sources, resource types, collector) and one line here; resource types,
// their attribute types, the metric catalog, log-source discovery, the inventory and the report
// schema's type enum follow from it. Pure: no AWS SDK is loaded until a collector runs.








const REGISTERED = [ecs_ecsService, elbv2Service, rdsService, opensearchService, dmsService, wafv2Service, cloudformationService, elasticacheService];
const SERVICES = REGISTERED;
/**
 * Collectors in registry order: the services a scan can read (`services = ...`). Each loads its
 * service's collector, and with it the AWS SDK client, the first time a scan collects.
 */
const COLLECTORS = SERVICES.map((service) => ({
    id: service.id,
    title: service.title,
    collect: async (context) => (await service.loadCollector()).collect(context),
}));
/** Log groups the user names in `[logs] extra_log_groups`: no service owns them. */
const LOG_GROUP_TYPE = 'logs:log-group';
const specsOf = (service) => Object.entries(service.resourceTypes).map(([type, spec]) => [type, spec]);
/** Every resource type a report can hold; the JSON schema's enum must equal it. */
const RESOURCE_TYPES = [...SERVICES.flatMap((service) => specsOf(service).map(([type]) => type)), LOG_GROUP_TYPE];
const SERVICE_BY_TYPE = new Map(SERVICES.flatMap((service) => specsOf(service).map(([type]) => [type, service])));
const SPEC_BY_TYPE = new Map([...SERVICES.flatMap(specsOf), [LOG_GROUP_TYPE, { listAttributes: {} }]]);
// The inventory groups by the type's prefix (rds of rds:instance): its heading per prefix.
const TITLE_BY_PREFIX = new Map([
    ...SERVICES.flatMap((service) => specsOf(service).map(([type]) => [prefixOf(type), service.inventoryTitle])),
    ['logs', 'CloudWatch Logs'],
]);
/** The service module that collects resources of this type (none for log groups). */
function serviceOf(type) {
    return SERVICE_BY_TYPE.get(type);
}
/** What the registry says about a type: its summary and list attributes (undefined: a type this version does not know). */
function resourceTypeSpec(type) {
    return SPEC_BY_TYPE.get(type);
}
/** The inventory heading for a type prefix (`rds` -> RDS); the prefix itself when unknown (a merged report from a newer version). */
function inventoryTitle(prefix) {
    return TITLE_BY_PREFIX.get(prefix) ?? prefix;
}
function prefixOf(type) {
    return type.slice(0, type.indexOf(':'));
}


/***/ })

};
