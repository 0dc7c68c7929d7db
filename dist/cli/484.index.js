export const id = 484;
export const ids = [484];
export const modules = {

/***/ 6497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ renderReport)
});

// UNUSED EXPORTS: RENDERERS

// EXTERNAL MODULE: ./src/report/merge-related.ts + 1 modules
var merge_related = __webpack_require__(6603);
// EXTERNAL MODULE: ./src/report/mutes.ts
var mutes = __webpack_require__(1372);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/renderers/text.ts
var renderers_text = __webpack_require__(3802);
// EXTERNAL MODULE: ./src/analysis/statistics/order-statistics.ts
var order_statistics = __webpack_require__(4134);
// EXTERNAL MODULE: ./src/report/metric-units.ts
var metric_units = __webpack_require__(8418);
;// CONCATENATED MODULE: ./src/renderers/html/finding-baseline.ts
// The usual level a finding's chart is read against. Log findings carry their own baseline (lines
// per hour before the recent window); metric findings carry none in the model, so the band is the
// middle 80 % of the series' own values before the finding started, labelled as exactly that.


/** Fewer points than this before the start make no band: a range of three values says nothing. */
const MIN_POINTS_BEFORE = 6;
function findingBaseline(finding) {
    const series = finding.series;
    if (!series)
        return undefined;
    const logs = finding.logs;
    if (logs && series.namespace === 'CloudWatch Logs') {
        if (!(logs.baselineHours > 0))
            return undefined;
        const perPeriod = (logs.baseline / logs.baselineHours) * (series.periodSeconds / 3600);
        const minutes = series.periodSeconds / 60;
        return {
            low: perPeriod,
            high: perPeriod,
            label: `usual rate before: ${(0,metric_units/* formatValue */.F)(perPeriod, 'count')} per ${minutes} min (${logs.baseline} in ${Math.round(logs.baselineHours * 10) / 10} h)`,
        };
    }
    if (!finding.since)
        return undefined;
    const startIndex = Math.floor((Date.parse(finding.since) - Date.parse(series.start)) / (series.periodSeconds * 1000));
    if (!Number.isFinite(startIndex) || startIndex < MIN_POINTS_BEFORE)
        return undefined;
    const before = series.values
        .slice(0, startIndex)
        .filter((v) => v !== null && Number.isFinite(v))
        .sort((a, b) => a - b);
    if (before.length < MIN_POINTS_BEFORE)
        return undefined;
    const low = (0,order_statistics/* interpolatedQuantile */.lI)(before, 0.1);
    const high = (0,order_statistics/* interpolatedQuantile */.lI)(before, 0.9);
    return { low, high, label: `usual range before the start (10th to 90th percentile): ${(0,metric_units/* formatValue */.F)(low, series.unit)} to ${(0,metric_units/* formatValue */.F)(high, series.unit)}` };
}

// EXTERNAL MODULE: ./src/renderers/html/html-text.ts
var html_text = __webpack_require__(4971);
// EXTERNAL MODULE: ./src/renderers/html/page-shell.ts + 2 modules
var page_shell = __webpack_require__(1865);
;// CONCATENATED MODULE: ./src/renderers/html/chart-axes.ts
// Axis arithmetic for the page's SVG charts: round tick values in the unit a reader thinks in
// (ms under a second, GiB for disks), and time ticks on round UTC minutes, hours or days.
const BINARY = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
/** The display unit for values up to `largest` (absolute) of a CloudWatch-style unit name. */
function displayUnit(unit, largest) {
    const binary = (base, per = '') => {
        let k = base;
        let factor = 1;
        while (Math.abs(largest) / factor >= 1024 && k < BINARY.length - 1) {
            factor *= 1024;
            k += 1;
        }
        return { factor, suffix: ` ${BINARY[k]}${per}` };
    };
    switch (unit) {
        case 'percent':
            return { factor: 1, suffix: '%' };
        case 'seconds':
            return largest < 1 ? { factor: 0.001, suffix: ' ms' } : { factor: 1, suffix: ' s' };
        case 'milliseconds':
            return largest >= 1000 ? { factor: 1000, suffix: ' s' } : { factor: 1, suffix: ' ms' };
        case 'bytes':
            return binary(0);
        case 'megabytes':
            // Values stay in megabytes: 2048 on the axis reads "2 GiB".
            return binary(2);
        case 'bytes/second':
            return binary(0, '/s');
        default:
            return { factor: 1, suffix: '' };
    }
}
/** 1, 2, 2.5 or 5 times a power of ten (2.5 left out for `whole` steps), the smallest at least `rough`. */
function niceStep(rough, whole = false) {
    if (!(rough > 0) || !Number.isFinite(rough))
        return 1;
    const power = 10 ** Math.floor(Math.log10(rough));
    for (const m of whole ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10])
        if (m * power >= rough * (1 - 1e-9))
            return m * power;
    return 10 * power;
}
/** About `count` round ticks (in display units) covering [low, high]; the first and last bound the axis. */
function valueTicks(low, high, count = 4, whole = false) {
    const lo = Math.min(low, high);
    let hi = Math.max(low, high);
    if (hi === lo)
        hi = lo === 0 ? 1 : lo + Math.abs(lo) * 0.1;
    // Counts step by whole numbers: half a log line is not a value.
    const step = Math.max(whole ? 1 : 0, niceStep((hi - lo) / count, whole));
    const first = Math.floor(lo / step + 1e-9) * step;
    const ticks = [];
    // Bounded: at magnitudes where adding the step no longer changes a double, the loop would never end.
    for (let t = first; t < hi + step * (1 - 1e-9) && ticks.length <= count * 3; t += step)
        ticks.push(Number(t.toPrecision(12)));
    if (ticks.length < 2)
        ticks.push(Number((first + step).toPrecision(12)));
    return ticks;
}
/** A tick value (display units) with as many decimals as the step between ticks needs. */
function tickLabel(value, step, unit) {
    // Decimals of the step: 0.25 needs two, 2.5 one, 25 none.
    const mantissa = step / 10 ** Math.floor(Math.log10(step));
    const decimals = Math.max(0, Math.min(6, Math.ceil(-Math.log10(step) - 1e-9) + (Math.abs(mantissa - 2.5) < 1e-6 ? 1 : 0)));
    const text = value.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: decimals });
    return `${text}${unit.suffix}`;
}
const MINUTE = 60_000;
const TIME_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080].map((m) => m * MINUTE);
/** Round UTC times between `from` and `to` (ms), at most `most` of them, each with a short label. */
function timeTicks(from, to, most = 6) {
    const span = Math.max(to - from, MINUTE);
    const step = TIME_STEPS.find((s) => span / s <= most) ?? Math.ceil(span / most / 86_400_000) * 86_400_000;
    const crossesDays = new Date(from).toISOString().slice(0, 10) !== new Date(to).toISOString().slice(0, 10);
    const ticks = [];
    for (let at = Math.ceil(from / step) * step; at <= to; at += step) {
        const iso = new Date(at).toISOString();
        const midnight = iso.slice(11, 16) === '00:00';
        // The date where a reader needs it: on day ticks, on midnight, and on the first tick of a chart spanning days.
        const dated = step >= 86_400_000 || (crossesDays && (midnight || ticks.length === 0));
        ticks.push({ at, label: step >= 86_400_000 ? iso.slice(5, 10) : dated ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16) });
    }
    return ticks;
}

;// CONCATENATED MODULE: ./src/renderers/html/series-chart.ts
// A finding's series as an inline SVG chart: value and time axes in human units, the finding's
// start marked, the usual range before it shaded. Drawn at render time, so the chart shows with
// scripts off, in print and in a mail client that keeps SVG.



const WIDTH = 960;
const HEIGHT = 240;
const LEFT = 64;
const RIGHT = 16;
const TOP = 22;
const BOTTOM = 28;
const PLOT_WIDTH = WIDTH - LEFT - RIGHT;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
/** At most one drawn column per pixel: longer series keep each column's lowest and highest point, so spikes survive. */
const MAX_COLUMNS = PLOT_WIDTH;
const fixed = (n) => String(Math.round(n * 10) / 10);
/** A value in its unit; plain scientific notation where the unit's conversion overflows (1e302 MB is Infinity bytes). */
const formatValue = (value, unit) => {
    const text = (0,metric_units/* formatValue */.F)(value, unit);
    return /NaN|Infinity/.test(text) ? value.toExponential(2) : text;
};
/** Whether the series is a count per period of log lines (drawn as bars) rather than a metric (a line). */
const isLogCount = (series) => series.namespace === 'CloudWatch Logs';
function periodText(seconds) {
    if (seconds % 3600 === 0)
        return seconds === 3600 ? '1 h' : `${seconds / 3600} h`;
    if (seconds % 60 === 0)
        return `${seconds / 60} min`;
    return `${seconds} s`;
}
/** What the chart shows, in words: its title line. */
function chartTitle(series) {
    return isLogCount(series)
        ? `${series.name}, count per ${periodText(series.periodSeconds)}`
        : `${series.namespace} ${series.name} (${series.stat}, ${periodText(series.periodSeconds)} periods)`;
}
/**
 * The part of a long series around the finding's start, when the start lies in its last fifth: a
 * burst in the last hour of a day is a few pixels wide on the whole chart. Three times as long
 * before the start as after it (at least 24 periods), so the burst is read against what came
 * before. Undefined when the whole chart already shows it well.
 */
function aroundTheStart(series, since) {
    const n = series.values.length;
    const period = series.periodSeconds * 1000;
    const index = Math.floor((Date.parse(since ?? '') - Date.parse(series.start)) / period);
    if (!Number.isFinite(index) || n < 60 || index < n * 0.8 || index >= n)
        return undefined;
    const from = Math.max(0, index - Math.max(3 * (n - index), 24));
    if (n - from > n / 2)
        return undefined;
    return { ...series, start: new Date(Date.parse(series.start) + from * period).toISOString(), values: series.values.slice(from) };
}
/** A span of periods as "4 h" or "4 h 5 min". */
function spanText(periods, periodSeconds) {
    const minutes = Math.round((periods * periodSeconds) / 60);
    const hours = Math.floor(minutes / 60);
    return hours === 0 ? `${minutes} min` : minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}
/** The series in at most MAX_COLUMNS columns, each the lowest and highest value of its periods; gaps stay gaps. */
function columnsOf(values) {
    const perColumn = Math.max(1, Math.ceil(values.length / MAX_COLUMNS));
    const columns = [];
    for (let start = 0; start < values.length; start += perColumn) {
        let low = Infinity;
        let high = -Infinity;
        for (let i = start; i < Math.min(values.length, start + perColumn); i += 1) {
            const v = values[i];
            if (v === null || v === undefined || !Number.isFinite(v))
                continue;
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        columns.push(low === Infinity ? null : { index: start + (Math.min(values.length, start + perColumn) - start - 1) / 2, low, high });
    }
    return { columns, perColumn };
}
/**
 * The SVG of a series, or undefined when it has no value to draw. `id` must be unique in the page:
 * it ties the chart to its title and description for screen readers.
 */
function seriesChart(series, marks, id) {
    const finite = series.values.filter((v) => v !== null && Number.isFinite(v));
    const start = Date.parse(series.start);
    const period = series.periodSeconds * 1000;
    // Nothing to draw, or no time axis to draw it on (a report edited by hand): no chart rather than NaN in the SVG.
    if (finite.length === 0 || !Number.isFinite(start) || !(period > 0))
        return undefined;
    const n = series.values.length;
    const end = start + (n - 1) * period;
    const bars = isLogCount(series);
    let dataLow = Infinity;
    let dataHigh = -Infinity;
    for (const v of finite) {
        dataLow = Math.min(dataLow, v);
        dataHigh = Math.max(dataHigh, v);
    }
    const baseline = marks.baseline && Number.isFinite(marks.baseline.low) && Number.isFinite(marks.baseline.high) ? marks.baseline : undefined;
    const low = Math.min(0, dataLow, baseline?.low ?? 0);
    const high = Math.max(dataHigh, baseline?.high ?? dataHigh);
    const unit = displayUnit(series.unit, Math.max(Math.abs(low), Math.abs(high)));
    const ticks = valueTicks(low / unit.factor, high / unit.factor, 4, series.unit === 'count');
    const step = ticks[1] - ticks[0];
    const yMin = ticks[0] * unit.factor;
    const yMax = ticks.at(-1) * unit.factor;
    // Values so large or so close together that doubles cannot space them (no metric CloudWatch
    // reports): no chart rather than NaN in the SVG; the evidence still says the numbers.
    if (!Number.isFinite(yMax - yMin) || !(yMax > yMin) || !(step > 0))
        return undefined;
    const y = (v) => TOP + PLOT_HEIGHT - ((v - yMin) / (yMax - yMin)) * PLOT_HEIGHT;
    const xOfIndex = (i) => LEFT + (n === 1 ? PLOT_WIDTH / 2 : (i / (n - 1)) * PLOT_WIDTH);
    const xOfTime = (ms) => LEFT + (end === start ? PLOT_WIDTH / 2 : ((ms - start) / (end - start)) * PLOT_WIDTH);
    const parts = [];
    // Grid and value axis.
    for (const t of ticks) {
        const ty = fixed(y(t * unit.factor));
        parts.push(`<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${ty}" y2="${ty}"/>`);
        parts.push(`<text class="tick" x="${LEFT - 6}" y="${ty}" dy="0.32em" text-anchor="end">${(0,html_text/* escapeHtml */.Z)(tickLabel(t, step, unit))}</text>`);
    }
    // Time axis.
    for (const tick of timeTicks(start, end)) {
        const tx = fixed(xOfTime(tick.at));
        parts.push(`<line class="tick-mark" x1="${tx}" x2="${tx}" y1="${TOP + PLOT_HEIGHT}" y2="${TOP + PLOT_HEIGHT + 4}"/>`);
        parts.push(`<text class="tick" x="${tx}" y="${TOP + PLOT_HEIGHT + 16}" text-anchor="middle">${tick.label}</text>`);
    }
    parts.push(`<line class="axis" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${fixed(y(Math.max(yMin, Math.min(0, yMax))))}" y2="${fixed(y(Math.max(yMin, Math.min(0, yMax))))}"/>`);
    if (baseline) {
        if (baseline.high > baseline.low) {
            parts.push(`<rect class="baseline" x="${LEFT}" y="${fixed(y(baseline.high))}" width="${PLOT_WIDTH}" height="${fixed(Math.max(1, y(baseline.low) - y(baseline.high)))}"/>`);
        }
        else {
            parts.push(`<line class="baseline-line" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${fixed(y(baseline.low))}" y2="${fixed(y(baseline.low))}"/>`);
        }
    }
    const { columns, perColumn } = columnsOf(series.values);
    if (bars) {
        const width = Math.max(1, (PLOT_WIDTH / Math.max(1, n - 1)) * perColumn * 0.75);
        const base = y(Math.max(yMin, 0));
        const d = columns
            .filter((c) => c !== null && c.high !== 0)
            .map((c) => `M${fixed(xOfIndex(c.index) - width / 2)} ${fixed(base)}V${fixed(y(c.high))}h${fixed(width)}V${fixed(base)}Z`)
            .join('');
        parts.push(`<path class="bars" d="${d}"/>`);
    }
    else {
        // One path per run of consecutive columns: a gap in the data is a gap in the line.
        const runs = [];
        let run = [];
        for (const c of columns) {
            if (c)
                run.push(c);
            else if (run.length) {
                runs.push(run);
                run = [];
            }
        }
        if (run.length)
            runs.push(run);
        const line = [];
        const area = [];
        const floor = fixed(y(Math.max(yMin, Math.min(0, yMax))));
        for (const r of runs) {
            const points = r.flatMap((c) => c.low === c.high
                ? [[xOfIndex(c.index), y(c.high)]]
                : [
                    [xOfIndex(c.index), y(c.high)],
                    [xOfIndex(c.index), y(c.low)],
                ]);
            if (points.length === 1) {
                // A lone point between gaps: a short tick so it is seen.
                const [px, py] = points[0];
                line.push(`M${fixed(px - 1.5)} ${fixed(py)}h3`);
                continue;
            }
            line.push(`M${points.map(([px, py]) => `${fixed(px)} ${fixed(py)}`).join('L')}`);
            area.push(`M${fixed(points[0][0])} ${floor}L${points.map(([px, py]) => `${fixed(px)} ${fixed(py)}`).join('L')}L${fixed(points.at(-1)[0])} ${floor}Z`);
        }
        parts.push(`<path class="area" d="${area.join('')}"/>`, `<path class="line" d="${line.join('')}"/>`);
    }
    let startNote = '';
    let startX;
    if (marks.since) {
        const since = Date.parse(marks.since);
        if (Number.isFinite(since) && since >= start - period && since <= end + period) {
            startX = Math.max(LEFT, Math.min(WIDTH - RIGHT, xOfTime(since)));
            const sx = fixed(startX);
            const label = `start ${new Date(since).toISOString().slice(11, 16)}`;
            const anchorEnd = Number(sx) > LEFT + PLOT_WIDTH * 0.85;
            parts.push(`<line class="start" x1="${sx}" x2="${sx}" y1="${TOP - 4}" y2="${TOP + PLOT_HEIGHT}"/>`);
            parts.push(`<text class="start-label" x="${fixed(Number(sx) + (anchorEnd ? -4 : 4))}" y="${TOP - 8}" text-anchor="${anchorEnd ? 'end' : 'start'}">${label}</text>`);
            startNote = ` The finding started at ${new Date(since).toISOString().slice(0, 16).replace('T', ' ')} UTC (marked).`;
        }
        else if (Number.isFinite(since) && since < start) {
            startNote = ' The finding started before the first point.';
        }
    }
    // The peak, labelled: the value a reader looks for first. A line falling from a peak under the
    // start label (a filling disk's free space) would run through the label: its latest value is
    // labelled instead. Bars leave room beside the peak.
    const peakIndex = series.values.findIndex((v) => v === dataHigh);
    const crowded = !bars && startX !== undefined && Math.abs(xOfIndex(peakIndex) - startX) < 140 && y(dataHigh) < TOP + 24;
    const lastIndex = series.values.length - 1 - [...series.values].reverse().findIndex((v) => v !== null && Number.isFinite(v));
    const markIndex = crowded ? lastIndex : peakIndex;
    const markValue = series.values[markIndex];
    const px = xOfIndex(markIndex);
    const py = y(markValue);
    const rightSide = px < LEFT + PLOT_WIDTH * 0.8;
    parts.push(`<circle class="peak" cx="${fixed(px)}" cy="${fixed(py)}" r="3"/>`);
    parts.push(`<text class="peak-label" x="${fixed(px + (rightSide ? 7 : -7))}" y="${fixed(Math.max(TOP + 12, py - 8))}" text-anchor="${rightSide ? 'start' : 'end'}">${(0,html_text/* escapeHtml */.Z)(`${crowded ? 'latest' : 'peak'} ${formatValue(markValue, series.unit)}`)}</text>`);
    const latest = [...series.values].reverse().find((v) => v !== null && Number.isFinite(v));
    const description = `${n} ${periodText(series.periodSeconds)} periods from ${series.start.slice(0, 16).replace('T', ' ')} UTC: ` +
        `lowest ${formatValue(dataLow, series.unit)}, highest ${formatValue(dataHigh, series.unit)}, latest ${formatValue(latest, series.unit)}.` +
        startNote +
        (baseline ? ` ${baseline.label}.` : '') +
        (perColumn > 1 ? ` Each column spans ${perColumn} periods (its lowest and highest value).` : '');
    return (`<svg class="chart${bars ? ' chart-bars' : ''}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-t ${id}-d" preserveAspectRatio="xMidYMid meet">` +
        `<title id="${id}-t">${(0,html_text/* escapeHtml */.Z)(chartTitle(series))}</title><desc id="${id}-d">${(0,html_text/* escapeHtml */.Z)(description)}</desc>` +
        parts.join('') +
        '</svg>');
}

;// CONCATENATED MODULE: ./src/renderers/html/report-page.ts
// The report as one self-contained HTML page (`--format html`, and report.html in the Action's
// artifact): the verdict and counts first, every finding expandable with its evidence and a chart
// of its series, filters by severity, service, account and region, the inventory as a sortable
// table, the coverage gaps and the run. Bounded in size like the job summary: what is cut is said
// at the top.








/**
 * The page's cap, in bytes. Five times the job summary's 1 MB, because every finding carries a
 * chart; a page this size still opens in well under a second (BENCHMARKS.md, "HTML report").
 */
const HTML_LIMIT_BYTES = 5_000_000;
/** A log example is cut after this many lines or characters (the JSON report has it whole). */
const EXAMPLE_MAX_LINES = 60;
const EXAMPLE_MAX_CHARS = 12_000;
/** The inventory shows this much of a resource's attributes until opened, and at most ATTRIBUTE_MAX_CHARS of each. */
const PREVIEW_CHARS = 90;
const ATTRIBUTE_MAX_CHARS = 400;
/** Critical findings open on load, at most this many; the rest start closed. */
const OPEN_ON_LOAD = 3;
const VERDICT = { failing: 'Failing', degraded: 'Degraded', healthy: 'Healthy', empty: 'Nothing in scope', unchecked: 'Could not check' };
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const serviceOf = (ref) => ref.type.split(':')[0];
const bytes = (text) => Buffer.byteLength(text, 'utf8');
/** A time as the page shows it, in a <time> element a script or a reader's tool can parse. */
const time = (iso) => `<time datetime="${(0,html_text/* escapeHtml */.Z)(iso)}">${(0,html_text/* escapeHtml */.Z)((0,renderers_text/* formatTime */.fU)(iso))}</time>`;
/** Where a finding, resource or gap lives, as data-* attributes the filters read. */
function placeAttributes(ref, service) {
    return `data-service="${(0,html_text/* escapeHtml */.Z)(service)}" data-account="${(0,html_text/* escapeHtml */.Z)(ref.account ?? '')}" data-region="${(0,html_text/* escapeHtml */.Z)(ref.region ?? '')}"`;
}
function accountLabel(context, account) {
    const scope = context.report.scopes.find((s) => s.account === account);
    return scope ? (0,renderers_text/* scopeName */.OK)(scope) : (account ?? '');
}
function refLine(ref, context) {
    const where = context.multi ? ` · ${(0,html_text/* escapeHtml */.Z)(accountLabel(context, ref.account))} · ${(0,html_text/* escapeHtml */.Z)(ref.region ?? '')}` : '';
    return `<code>${(0,html_text/* escapeHtml */.Z)(ref.type)}</code> ${(0,html_text/* escapeHtml */.Z)(ref.id)}${where}`;
}
/** New since the baseline, or ongoing since when it was first seen; nothing without a baseline. */
function changeBadge(finding) {
    if (finding.change === 'new')
        return ' <span class="badge change-new">new</span>';
    if (finding.change === 'ongoing')
        return ` <span class="badge change-ongoing" title="first seen ${(0,html_text/* escapeHtml */.Z)((0,renderers_text/* formatTime */.fU)(finding.firstSeen ?? ''))}">ongoing</span>`;
    return '';
}
/** Rows of the muted and resolved tables shown at most; the JSON report has them all. */
const HISTORY_ROWS = 200;
/** What changed since the baseline (or that there was none), and the mutes: muted findings, expired and stale mutes. */
function historySection(report) {
    const parts = [];
    if (report.baseline) {
        const open = (0,merge_related/* allFindings */.c)(report.findings);
        const n = (change) => open.filter((f) => f.change === change).length;
        parts.push(`<p class="section-note">Compared with ${(0,html_text/* escapeHtml */.Z)(report.baseline.source)} (${time(report.baseline.generatedAt)}): ${n('new')} new, ${n('ongoing')} ongoing, ${report.resolved?.length ?? 0} resolved.</p>`);
        if (report.resolved?.length) {
            parts.push(`<h3>Resolved (${report.resolved.length})</h3><div class="table-wrap card"><table><thead><tr><th scope="col">Severity</th><th scope="col">Resource</th><th scope="col">What</th><th scope="col">Id</th></tr></thead><tbody>` +
                report.resolved
                    .slice(0, HISTORY_ROWS)
                    .map((f) => `<tr><td>${f.severity}</td><td><code>${(0,html_text/* escapeHtml */.Z)(f.resource.type)}</code> ${(0,html_text/* escapeHtml */.Z)(f.resource.id)}</td><td>${(0,html_text/* escapeHtml */.Z)(f.title)}</td><td><code>${(0,html_text/* escapeHtml */.Z)(f.id)}</code></td></tr>`)
                    .join('') +
                '</tbody></table></div>');
        }
    }
    else {
        parts.push('<p class="section-note">No baseline: findings are not marked new or ongoing.</p>');
    }
    if (report.mutes?.length) {
        const muted = report.muted ?? [];
        parts.push(`<h3>Muted (${muted.length})</h3>` +
            (muted.length
                ? `<div class="table-wrap card"><table><thead><tr><th scope="col">Severity</th><th scope="col">Resource</th><th scope="col">What</th><th scope="col">Mute</th><th scope="col">Until</th><th scope="col">Reason</th></tr></thead><tbody>` +
                    muted
                        .slice(0, HISTORY_ROWS)
                        .map(({ finding: f, mute }) => `<tr><td>${f.severity}</td><td><code>${(0,html_text/* escapeHtml */.Z)(f.resource.type)}</code> ${(0,html_text/* escapeHtml */.Z)(f.resource.id)}</td><td>${(0,html_text/* escapeHtml */.Z)(f.title)}</td><td>${(0,html_text/* escapeHtml */.Z)(mute.name)}</td><td>${(0,html_text/* escapeHtml */.Z)(mute.until)}</td><td>${(0,html_text/* escapeHtml */.Z)(mute.reason)}</td></tr>`)
                        .join('') +
                    '</tbody></table></div>'
                : '<p class="card empty">No finding was muted.</p>'));
        const notes = [
            ...report.mutes
                .filter((m) => m.state === 'expired')
                .map((m) => `Mute <strong>${(0,html_text/* escapeHtml */.Z)(m.name)}</strong> expired on ${(0,html_text/* escapeHtml */.Z)(m.until)}: ${m.matched} finding${m.matched === 1 ? '' : 's'} it matched ${m.matched === 1 ? 'is' : 'are'} reported again.`),
            ...(0,mutes/* staleMutes */.QR)(report).map((m) => `Mute <strong>${(0,html_text/* escapeHtml */.Z)(m.name)}</strong> matched no finding (stale): remove it, or fix <code>${(0,html_text/* escapeHtml */.Z)(m.finding)}</code>.`),
        ];
        if (notes.length)
            parts.push(`<ul class="notes">${notes.map((n) => `<li>${n}</li>`).join('')}</ul>`);
    }
    return `<section aria-labelledby="history-h"><h2 id="history-h">Changes and mutes</h2>${parts.join('')}</section>`;
}
/** The resource's console page (src/report/console-links.ts): https on an AWS console host only, else none. */
function consoleLink(finding) {
    const href = finding.consoleUrl ? (0,html_text/* consoleHref */.$)(finding.consoleUrl) : undefined;
    return href ? ` · <a href="${href}" rel="noreferrer noopener" target="_blank">open in the AWS console</a>` : '';
}
function exampleText(example) {
    const lines = example.split(/\r\n?|\n/);
    let text = lines.slice(0, EXAMPLE_MAX_LINES).join('\n');
    let cut = lines.length > EXAMPLE_MAX_LINES ? `${lines.length - EXAMPLE_MAX_LINES} more lines` : '';
    if (text.length > EXAMPLE_MAX_CHARS) {
        text = text.slice(0, EXAMPLE_MAX_CHARS);
        cut = `cut at ${EXAMPLE_MAX_CHARS.toLocaleString('en-US')} characters`;
    }
    return { text, cut };
}
/** Evidence, series, logs and next step of one finding (its own, not its related findings'). */
function findingDetails(finding, chartId, context) {
    const segments = [];
    const facts = finding.evidence.map((item) => `<dt>${(0,html_text/* escapeHtml */.Z)(item.label)}</dt><dd>${(0,html_text/* escapeHtml */.Z)(item.value)}</dd>`);
    if (finding.since)
        facts.push(`<dt>since</dt><dd>${time(finding.since)} (${(0,renderers_text/* span */.Ln)(finding.since, context.report.generatedAt)} before the report)</dd>`);
    const logs = finding.logs;
    if (logs) {
        facts.push(`<dt>log group</dt><dd><code>${(0,html_text/* escapeHtml */.Z)(logs.logGroup)}</code>${logs.sampled ? ' (counts from a sample of the matching events)' : ''}</dd>`);
        if (logs.signature)
            facts.push(`<dt>signature</dt><dd><code>${(0,html_text/* escapeHtml */.Z)(logs.signature)}</code></dd>`);
        facts.push(`<dt>occurrences</dt><dd>${logs.recent} in the last ${formatHours(logs.recentHours)}; ${logs.baseline} in the ${formatHours(logs.baselineHours)} before</dd>`);
        if (logs.firstSeen && logs.lastSeen)
            facts.push(`<dt>first and last seen</dt><dd>${time(logs.firstSeen)} to ${time(logs.lastSeen)}</dd>`);
    }
    if (finding.resource.arn)
        facts.push(`<dt>ARN</dt><dd><code>${(0,html_text/* escapeHtml */.Z)(finding.resource.arn)}</code></dd>`);
    segments.push({ kind: 'text', html: `<dl class="facts">${facts.join('')}</dl>` });
    if (finding.series) {
        const baseline = findingBaseline(finding);
        const svg = seriesChart(finding.series, { ...(finding.since ? { since: finding.since } : {}), ...(baseline ? { baseline } : {}) }, chartId);
        if (svg) {
            const legend = [
                finding.since ? '<span class="legend-start" aria-hidden="true"></span>start of the finding' : '',
                baseline ? `<span class="legend-band" aria-hidden="true"></span>${(0,html_text/* escapeHtml */.Z)(baseline.label)}` : '',
            ].join('');
            segments.push({ kind: 'chart', html: `<figure><figcaption>${(0,html_text/* escapeHtml */.Z)(chartTitle(finding.series))}${legend ? ` ${legend}` : ''}</figcaption>${svg}</figure>` });
            const detail = aroundTheStart(finding.series, finding.since);
            const detailSvg = detail && seriesChart(detail, { ...(finding.since ? { since: finding.since } : {}), ...(baseline ? { baseline } : {}) }, `${chartId}-detail`);
            if (detail && detailSvg) {
                segments.push({
                    kind: 'chart',
                    html: `<figure class="detail"><figcaption>Around the start: the last ${spanText(detail.values.length, detail.periodSeconds)}</figcaption>${detailSvg}</figure>`,
                });
            }
        }
    }
    if (finding.nextStep)
        segments.push({ kind: 'text', html: `<p class="next"><strong>Next step:</strong> ${withCode(finding.nextStep)}</p>` });
    if (logs?.example) {
        const { text, cut } = exampleText(logs.example);
        segments.push({
            kind: 'example',
            html: `<div class="logs"><h4>Example, as logged (secrets redacted)</h4><pre tabindex="0">${(0,html_text/* escapeHtml */.Z)(text)}</pre>${cut ? `<p class="muted">… ${(0,html_text/* escapeHtml */.Z)(cut)}; the JSON report has it whole.</p>` : ''}</div>`,
        });
    }
    return segments;
}
/** A next step as detectors write it: prose with `commands` in backticks, each command a <code> (both escaped). */
function withCode(text) {
    return text
        .split(/(`[^`\n]+`)/)
        .map((part, i) => (i % 2 === 1 ? `<code>${(0,html_text/* escapeHtml */.Z)(part.slice(1, -1))}</code>` : (0,html_text/* escapeHtml */.Z)(part)))
        .join('');
}
function formatHours(hours) {
    if (hours >= 48 && Number.isInteger(hours / 24))
        return `${hours / 24} days`;
    const rounded = Math.round(hours * 10) / 10;
    return rounded === 1 ? 'hour' : `${rounded} h`;
}
function findingSegments(finding, index, open, context) {
    const related = finding.related ?? [];
    const severity = finding.severity;
    const since = finding.since
        ? `<span class="since">since ${(0,html_text/* escapeHtml */.Z)((0,renderers_text/* formatTime */.fU)(finding.since).slice(finding.since.slice(0, 10) === context.report.generatedAt.slice(0, 10) ? 11 : 0))} · ${(0,renderers_text/* span */.Ln)(finding.since, context.report.generatedAt)} ago</span>`
        : '<span class="since"></span>';
    const segments = [
        {
            kind: 'text',
            html: `<article class="finding card sev-${severity}" id="finding-${index + 1}" data-kind="finding" data-severity="${severity}" ${placeAttributes(finding.resource, serviceOf(finding.resource))}>` +
                `<details${open ? ' open' : ''}><summary>` +
                `<span class="badge sev-${severity}">${severity}</span>${changeBadge(finding)} <span class="title">${(0,html_text/* escapeHtml */.Z)(finding.title)}</span> ${since}` +
                ` <span class="toggle-hint" aria-hidden="true"></span> <span class="where">${refLine(finding.resource, context)}${related.length ? ` · +${related.length} related` : ''}</span>` +
                '</summary><div class="body">',
        },
        ...findingDetails(finding, `chart-${index + 1}`, context),
    ];
    if (related.length > 0) {
        segments.push({ kind: 'text', html: `<section class="related"><h4>Same cause, also found (${related.length})</h4>` });
        related.forEach((r, j) => {
            const sameResource = r.resource.type === finding.resource.type && r.resource.id === finding.resource.id;
            segments.push({
                kind: 'text',
                html: ` <div class="related-item"><p><span class="badge sev-${r.severity}">${r.severity}</span> <strong>${(0,html_text/* escapeHtml */.Z)(r.title)}</strong>${sameResource ? '' : `<br><span class="muted">${refLine(r.resource, context)}</span>`}</p>`,
            });
            segments.push(...findingDetails(r, `chart-${index + 1}-${j + 1}`, context));
            segments.push({ kind: 'text', html: `<p class="ids">detector <code>${(0,html_text/* escapeHtml */.Z)(r.kind)}</code> · id <code>${(0,html_text/* escapeHtml */.Z)(r.id)}</code></p></div>` });
        });
        segments.push({ kind: 'text', html: '</section>' });
    }
    segments.push({
        kind: 'text',
        html: `<p class="ids">detector <code>${(0,html_text/* escapeHtml */.Z)(finding.kind)}</code> · id <code>${(0,html_text/* escapeHtml */.Z)(finding.id)}</code>${consoleLink(finding)}</p></div></details></article>`,
    });
    return segments;
}
const join = (segments, drop) => segments
    .filter((s) => !drop.has(s.kind))
    .map((s) => s.html)
    .join('');
/** The worst finding on each resource, by a key that includes the account and region. */
function worstByResource(findings) {
    const worst = new Map();
    for (const f of (0,merge_related/* allFindings */.c)(findings)) {
        const key = resourceKey(f.resource);
        const current = worst.get(key);
        if (!current || (0,model/* isAtLeast */.du)(f.severity, current))
            worst.set(key, f.severity);
    }
    return worst;
}
const resourceKey = (r) => `${r.account ?? ''}|${r.region ?? ''}|${r.type}|${r.id}`;
/** A resource's attributes and tags: a one-line preview that opens to the whole list. */
function attributesCell(resource) {
    const entries = [
        ...Object.entries(resource.attributes)
            .filter(([, value]) => value !== null && value !== '' && !(Array.isArray(value) && value.length === 0))
            .map(([key, value]) => [key, Array.isArray(value) ? value.join(', ') : String(value)]),
        ...Object.entries(resource.tags).map(([key, value]) => [`tag ${key}`, value]),
    ];
    if (entries.length === 0)
        return '';
    const clip = (text) => (text.length > ATTRIBUTE_MAX_CHARS ? `${text.slice(0, ATTRIBUTE_MAX_CHARS - 1)}…` : text);
    const preview = entries.map(([key, value]) => `${key}: ${value}`).join(' · ');
    return (`<details><summary>${(0,html_text/* escapeHtml */.Z)(preview.length > PREVIEW_CHARS ? `${preview.slice(0, PREVIEW_CHARS - 1)}…` : preview)}</summary>` +
        `<dl>${entries.map(([key, value]) => `<dt>${(0,html_text/* escapeHtml */.Z)(key)}</dt><dd>${(0,html_text/* escapeHtml */.Z)(clip(value))}</dd>`).join('')}</dl></details>`);
}
function inventoryRow(resource, worst, context) {
    const mark = worst ?? 'none';
    const rank = worst ? (0,model/* severityRank */.qs)(worst) : model/* SEVERITIES */.oC.length;
    const where = context.multi ? `<td>${(0,html_text/* escapeHtml */.Z)(accountLabel(context, resource.account))}</td><td>${(0,html_text/* escapeHtml */.Z)(resource.region)}</td>` : '';
    return (`<tr data-kind="resource" ${placeAttributes(resource, serviceOf(resource))}>` +
        `<td data-sort="${rank}"><span class="badge sev-${worst ?? 'ok'}">${mark}</span></td>` +
        `<td class="type"><code>${(0,html_text/* escapeHtml */.Z)(resource.type)}</code></td><td class="id">${(0,html_text/* escapeHtml */.Z)(resource.id)}</td><td>${(0,html_text/* escapeHtml */.Z)(resource.status ?? '')}</td>${where}` +
        `<td class="attrs">${attributesCell(resource)}</td></tr>`);
}
function gapRow(gap, context) {
    const where = context.multi ? `<td>${(0,html_text/* escapeHtml */.Z)(accountLabel(context, gap.account))} · ${(0,html_text/* escapeHtml */.Z)(gap.region ?? '')}</td>` : '';
    return `<tr data-kind="gap" ${placeAttributes(gap, gap.service)}><td>${(0,html_text/* escapeHtml */.Z)(gap.scope)}</td><td><code>${(0,html_text/* escapeHtml */.Z)(gap.iamAction ?? `${gap.service}:${gap.operation}`)}</code></td>${where}<td>${(0,html_text/* escapeHtml */.Z)(gap.reason)}</td></tr>`;
}
function header(report, shown) {
    const counts = Object.fromEntries(model/* SEVERITIES */.oC.map((s) => [s, report.findings.filter((f) => f.severity === s).length]));
    const related = report.findings.reduce((n, f) => n + (f.related?.length ?? 0), 0);
    const where = report.scopes.length > 1
        ? `${plural(report.accounts.length, 'account')} · ${report.regions.map(html_text/* escapeHtml */.Z).join(', ')} · ${plural(report.scopes.length, 'scan')}`
        : `Account ${(0,html_text/* escapeHtml */.Z)((0,renderers_text/* scopeName */.OK)(report.scopes[0] ?? { account: report.accounts.join(', ') }))} · ${report.regions.map(html_text/* escapeHtml */.Z).join(', ')}`;
    const summary = report.status === 'empty' || report.status === 'unchecked'
        ? (report.statusReason ?? 'see the coverage gaps')
        : report.status === 'failing'
            ? `${plural(report.findings.length, 'finding')}, fail-on is ${report.failOn}`
            : report.status === 'degraded'
                ? `${plural(report.findings.length, 'finding')}, none at fail-on ${report.failOn}`
                : report.findings.length > 0
                    ? 'only informational notes'
                    : 'no findings';
    const notes = [
        related > 0 ? `${plural(related, 'more finding')} share a cause and a resource with one listed: shown under it as related.` : '',
        report.coverage.length > 0 ? `<a href="#coverage">${plural(report.coverage.length, 'coverage gap')}</a>: some checks could not run.` : '',
        shown < report.findings.length ? `${report.findings.length - shown} below the minimum severity are counted, not listed.` : '',
    ].filter(Boolean);
    return (`<header class="card verdict-card ${report.status}">` +
        `<h1><span class="verdict">${VERDICT[report.status]}</span> <span>${(0,html_text/* escapeHtml */.Z)(summary)}</span></h1>` +
        `<p class="scope-line">${where} · ${time(report.window.from)} to ${time(report.window.to)} (${(0,renderers_text/* span */.Ln)(report.window.from, report.window.to)})</p>` +
        `<ul class="counts" aria-label="Findings by severity">${model/* SEVERITIES */.oC.map((s) => `<li class="sev-${s}${counts[s] === 0 ? ' zero' : ''}"><span class="n">${counts[s]}</span>${s}</li>`).join('')}</ul>` +
        (notes.length ? `<ul class="notes muted">${notes.map((n) => `<li>${n}</li>`).join('')}</ul>` : '') +
        '</header>');
}
function filters(report, shown, context) {
    const counts = (s) => shown.filter((f) => f.severity === s).length;
    const present = model/* SEVERITIES */.oC.filter((s) => counts(s) > 0);
    const options = (values, label) => values.map((v) => `<option value="${(0,html_text/* escapeHtml */.Z)(v)}">${(0,html_text/* escapeHtml */.Z)(label(v))}</option>`).join('');
    const services = [...new Set([...report.resources.map(serviceOf), ...shown.map((f) => serviceOf(f.resource)), ...report.coverage.map((g) => g.service)])].sort();
    const select = (name, label, values, show) => values.length > 1 ? `<label class="field">${label}<select data-filter="${name}" name="${name}"><option value="">All</option>${options(values, show)}</select></label>` : '';
    return (`<form id="filters" class="filters card no-print" data-needs-script hidden aria-label="Filters">` +
        (present.length > 0
            ? `<fieldset><legend>Severity</legend>${present.map((s) => `<label class="chip sev-${s}"><input type="checkbox" name="severity" value="${s}" checked>${s} (${counts(s)})</label>`).join('')}</fieldset>`
            : '') +
        select('service', 'Service', services, (v) => v) +
        select('account', 'Account', report.accounts, (v) => accountLabel(context, v)) +
        select('region', 'Region', report.regions, (v) => v) +
        `<button type="reset">Reset</button><p id="filter-status" class="filter-status" role="status" aria-live="polite"></p></form>`);
}
function runSection(report, context) {
    const retries = report.apiCalls.requests - report.apiCalls.total;
    const facts = [
        `<dt>tool</dt><dd>${(0,html_text/* escapeHtml */.Z)(report.tool.name)} ${(0,html_text/* escapeHtml */.Z)(report.tool.version)}</dd>`,
        `<dt>generated</dt><dd>${time(report.generatedAt)}, in ${(report.durationMs / 1000).toFixed(1)} s</dd>`,
        `<dt>AWS API calls</dt><dd>${report.apiCalls.total}${retries > 0 ? ` (+${retries} retries)` : ''}</dd>`,
        `<dt>resources</dt><dd>${report.resources.length}</dd>`,
    ];
    if (report.logs) {
        const engine = { insights: 'Logs Insights', filter: 'FilterLogEvents', mixed: 'Logs Insights and FilterLogEvents' }[report.logs.engine];
        facts.push(`<dt>logs scanned</dt><dd>${(0,renderers_text/* megabytes */.ix)(report.logs.bytesScanned)} from ${plural(report.logs.sources, 'source')} with ${engine} (expected ${(0,renderers_text/* megabytes */.ix)(report.logs.expectedBytes)})${report.logs.skipped > 0 ? `; ${report.logs.skipped} left out by the scan budget` : ''}</dd>`);
    }
    const scopes = context.multi
        ? `<h3>Scans</h3><div class="table-wrap card"><table><thead><tr><th scope="col">Account</th><th scope="col">Region</th><th scope="col" class="num">Resources</th><th scope="col" class="num">API calls</th><th scope="col" class="num">Duration</th><th scope="col">Window end</th></tr></thead><tbody>${report.scopes
            .map((s) => `<tr><td>${(0,html_text/* escapeHtml */.Z)((0,renderers_text/* scopeName */.OK)(s))}</td><td>${(0,html_text/* escapeHtml */.Z)(s.region)}</td><td class="num">${report.resources.filter((r) => r.account === s.account && r.region === s.region).length}</td><td class="num">${s.apiCalls}</td><td class="num">${(s.durationMs / 1000).toFixed(1)} s</td><td>${time(s.window.to)}</td></tr>`)
            .join('')}</tbody></table></div>`
        : '';
    const operations = [...report.apiCalls.byOperation].sort((a, b) => b.calls - a.calls || a.service.localeCompare(b.service) || a.operation.localeCompare(b.operation));
    const calls = operations.length > 0
        ? `<details class="card run-facts"><summary>API calls by operation (${operations.length})</summary><div class="table-wrap"><table><thead><tr><th scope="col">Service</th><th scope="col">Operation</th><th scope="col" class="num">Calls</th><th scope="col" class="num">HTTP requests</th><th scope="col" class="num">Failed</th></tr></thead><tbody>${operations
            .map((o) => `<tr><td>${(0,html_text/* escapeHtml */.Z)(o.service)}</td><td>${(0,html_text/* escapeHtml */.Z)(o.operation)}</td><td class="num">${o.calls}</td><td class="num">${o.requests}</td><td class="num">${o.failed}</td></tr>`)
            .join('')}</tbody></table></div></details>`
        : '';
    return `<section aria-labelledby="run-h"><h2 id="run-h">Run</h2><div class="card run-facts"><dl class="facts">${facts.join('')}</dl></div>${scopes}${calls ? `<h3>Calls</h3>${calls}` : ''}</section>`;
}
function renderHtml(report, options) {
    const context = {
        report,
        multi: report.scopes.length > 1,
        scopeOf: (ref) => report.scopes.find((s) => s.account === ref.account && s.region === ref.region),
    };
    const shown = report.findings.filter((f) => (0,model/* isAtLeast */.du)(f.severity, options.minSeverity));
    const criticalOpen = new Set(shown.filter((f) => f.severity === 'critical').slice(0, OPEN_ON_LOAD));
    const findings = shown.map((f, i) => ({ finding: f, segments: findingSegments(f, i, criticalOpen.has(f), context) }));
    const worst = worstByResource(report.findings);
    // Resources with findings first, worst first; the size cap drops rows from the end.
    const resources = report.resources
        .map((r, i) => ({ r, i, worst: worst.get(resourceKey(r)) }))
        .sort((a, b) => (a.worst ? (0,model/* severityRank */.qs)(a.worst) : model/* SEVERITIES */.oC.length) - (b.worst ? (0,model/* severityRank */.qs)(b.worst) : model/* SEVERITIES */.oC.length) || a.i - b.i)
        .map(({ r, worst: w }) => ({ withFinding: w !== undefined, html: inventoryRow(r, w, context) }));
    const gaps = report.coverage.map((g) => gapRow(g, context));
    // Never fail on size: leave out what matters least, measured piece by piece, and say so at the top.
    const history = historySection(report);
    const fixed = bytes((0,page_shell/* htmlPage */.X)('', '')) + bytes(header(report, shown.length)) + bytes(filters(report, shown, context)) + bytes(runSection(report, context)) + bytes(history) + 8_000;
    const sizeOf = (segments, kind) => segments.filter((s) => s.kind === kind).reduce((n, s) => n + bytes(s.html), 0);
    const pieces = findings.map((f) => ({ text: sizeOf(f.segments, 'text'), chart: sizeOf(f.segments, 'chart'), example: sizeOf(f.segments, 'example') }));
    const drops = findings.map(() => new Set());
    let kept = findings.length;
    let rowsKept = resources.length;
    let gapsKept = gaps.length;
    let total = fixed + pieces.reduce((n, p) => n + p.text + p.chart + p.example, 0) + resources.reduce((n, r) => n + bytes(r.html), 0) + gaps.reduce((n, g) => n + bytes(g), 0);
    const cut = [];
    const dropFromEnd = (kind) => {
        let count = 0;
        for (let i = findings.length - 1; i >= 0 && total > HTML_LIMIT_BYTES; i -= 1) {
            if (pieces[i][kind] === 0)
                continue;
            drops[i].add(kind);
            total -= pieces[i][kind];
            count += 1;
        }
        return count;
    };
    const charts = dropFromEnd('chart');
    if (charts > 0)
        cut.push(`the charts of ${plural(charts, 'finding')}`);
    const examples = dropFromEnd('example');
    if (examples > 0)
        cut.push(`the log examples of ${plural(examples, 'finding')}`);
    while (total > HTML_LIMIT_BYTES && rowsKept > 0 && !resources[rowsKept - 1].withFinding)
        total -= bytes(resources[--rowsKept].html);
    while (total > HTML_LIMIT_BYTES && kept > 0) {
        kept -= 1;
        total -= pieces[kept].text + (drops[kept].has('chart') ? 0 : pieces[kept].chart) + (drops[kept].has('example') ? 0 : pieces[kept].example);
    }
    if (kept < findings.length)
        cut.push(`${findings.length - kept} of ${plural(findings.length, 'finding')} (the least severe)`);
    while (total > HTML_LIMIT_BYTES && rowsKept > 0)
        total -= bytes(resources[--rowsKept].html);
    if (rowsKept < resources.length)
        cut.push(`${resources.length - rowsKept} of ${plural(resources.length, 'resource')} in the inventory`);
    while (total > HTML_LIMIT_BYTES && gapsKept > 0)
        total -= bytes(gaps[--gapsKept]);
    if (gapsKept < gaps.length)
        cut.push(`${gapsKept === 0 ? 'all' : gaps.length - gapsKept} of ${plural(gaps.length, 'coverage gap')}`);
    const body = [
        '<main>',
        '<div class="top"><span class="brand">aws-monitor report</span><button type="button" id="theme-toggle" class="no-print" data-needs-script hidden>Theme: auto</button></div>',
    ];
    if (cut.length > 0) {
        body.push(`<p class="cut" role="note"><strong>Cut to fit ${(HTML_LIMIT_BYTES / 1_000_000).toFixed(0)} MB:</strong> ${(0,html_text/* escapeHtml */.Z)(cut.join('; '))} left out. The JSON report has everything.</p>`);
    }
    body.push(header(report, shown.length), filters(report, shown, context));
    body.push('<section aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2>');
    if (shown.length === 0) {
        body.push(`<p class="card empty">${report.findings.length === 0 ? 'No findings.' : `No findings at or above ${options.minSeverity}.`}</p>`);
    }
    else {
        body.push('<div class="toolbar no-print" data-needs-script hidden><button type="button" id="expand-all">Expand all</button><button type="button" id="collapse-all">Collapse all</button></div>');
        for (const severity of model/* SEVERITIES */.oC) {
            const group = findings.slice(0, kept).filter((f) => f.finding.severity === severity);
            if (group.length === 0)
                continue;
            body.push(`<section data-group aria-labelledby="group-${severity}"><h3 id="group-${severity}">${severity} (${group.length})</h3>`);
            for (const f of group)
                body.push(join(f.segments, drops[findings.indexOf(f)]));
            body.push('</section>');
        }
        body.push('<p class="card empty" data-empty-for="finding" hidden>No finding matches the filters.</p>');
    }
    body.push('</section>');
    body.push(history);
    body.push('<section aria-labelledby="inventory-h"><h2 id="inventory-h">Inventory</h2>');
    if (report.resources.length === 0) {
        body.push('<p class="card empty">No resources found in scope.</p>');
    }
    else {
        body.push(`<p class="section-note">${plural(report.resources.length, 'resource')}, those with findings first. Select a column heading to sort.</p>`);
        const where = context.multi ? '<th scope="col"><button type="button">Account</button></th><th scope="col"><button type="button">Region</button></th>' : '';
        body.push(`<div class="table-wrap card"><table data-sortable><caption class="visually-hidden">Resources scanned</caption><thead><tr><th scope="col"><button type="button">Findings</button></th><th scope="col"><button type="button">Type</button></th><th scope="col"><button type="button">Resource</button></th><th scope="col"><button type="button">State</button></th>${where}<th scope="col">Details</th></tr></thead><tbody>`, ...resources.slice(0, rowsKept).map((r) => r.html), '</tbody></table></div><p class="card empty" data-empty-for="resource" hidden>No resource matches the filters.</p>');
    }
    body.push('</section>');
    body.push('<section id="coverage" aria-labelledby="coverage-h"><h2 id="coverage-h">Coverage</h2>');
    if (report.coverage.length === 0) {
        body.push('<p class="card empty">Every enabled check ran.</p>');
    }
    else {
        const where = context.multi ? '<th scope="col">Where</th>' : '';
        body.push(`<p class="section-note">What could not be checked, and why: these are not findings, and nothing here is known to be healthy.</p><div class="table-wrap card"><table><caption class="visually-hidden">Coverage gaps</caption><thead><tr><th scope="col">Not checked</th><th scope="col">Permission or API</th>${where}<th scope="col">Why</th></tr></thead><tbody>`, ...gaps.slice(0, gapsKept), '</tbody></table></div>');
    }
    body.push('</section>');
    body.push(runSection(report, context));
    body.push(`<footer>${(0,html_text/* escapeHtml */.Z)(report.tool.name)} ${(0,html_text/* escapeHtml */.Z)(report.tool.version)} · generated ${time(report.generatedAt)} · a self-contained page: it loads nothing from the network.</footer>`, '</main>');
    return (0,page_shell/* htmlPage */.X)(`aws-monitor: ${VERDICT[report.status]} · ${report.accounts.join(', ')} · ${(0,renderers_text/* formatTime */.fU)(report.generatedAt)}`, body.join('\n'));
}

;// CONCATENATED MODULE: ./src/renderers/json.ts
// The whole model, always: consumers filter by severity themselves.
const renderJson = (report) => `${JSON.stringify(report, null, 2)}\n`;

// EXTERNAL MODULE: ./src/renderers/markdown.ts
var markdown = __webpack_require__(7343);
;// CONCATENATED MODULE: ./src/renderers/registry.ts
// Every output format, keyed by the name used in `format =` and --format.




const RENDERERS = {
    text: renderers_text/* renderText */.S5,
    markdown: markdown/* renderMarkdown */.Gc,
    json: renderJson,
    html: renderHtml,
};
/** A report in one format, listing what that output's minimum severity lets through (JSON: everything; HTML: as the text report). */
function renderReport(format, report, output, extra = {}) {
    return RENDERERS[format](report, {
        minSeverity: format === 'json' ? 'info' : output.minSeverity[format === 'html' ? 'text' : format],
        ...(format === 'text' && extra.color ? { color: true } : {}),
    });
}


/***/ }),

/***/ 4417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   JE: () => (/* binding */ reportStatus),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   ql: () => (/* binding */ sortResources)
/* harmony export */ });
/* harmony import */ var _console_links_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3143);
/* harmony import */ var _merge_related_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6603);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9027);
/* harmony import */ var _output_safety_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(804);
/* harmony import */ var _report_bounds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6538);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6867);






/**
 * The verdict: failing on a finding at or above failOn; otherwise, when no scope could look at
 * anything, empty (every scope held nothing in scope) or unchecked (some could not be read); else
 * degraded or healthy by the findings. A scope that could not be checked next to others that were
 * is a coverage gap of the report, not its verdict.
 */
function reportStatus(findings, failOn, scopes) {
    if (failOn !== 'never' && findings.some((f) => (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isAtLeast */ .du)(f.severity, failOn)))
        return { status: 'failing' };
    if (scopes.length > 0 && scopes.every((s) => s.status !== 'checked')) {
        const status = scopes.some((s) => s.status === 'unchecked') ? 'unchecked' : 'empty';
        return {
            status,
            reason: scopeReasons(scopes.filter((s) => s.status === status), scopes.length),
        };
    }
    return { status: findings.some((f) => f.severity !== 'info') ? 'degraded' : 'healthy' };
}
const REASONS_SHOWN = 3;
function scopeReasons(scopes, total) {
    if (total === 1)
        return scopes[0]?.reason ?? 'no reason recorded';
    const named = scopes.slice(0, REASONS_SHOWN).map((s) => `${s.accountName ?? s.account} ${s.region}: ${s.reason ?? 'no reason recorded'}`);
    const more = scopes.length > REASONS_SHOWN ? `; and ${scopes.length - REASONS_SHOWN} more` : '';
    return `${scopes.length} of ${total} scans: ${named.join('; ')}${more}`;
}
function sortFindings(findings) {
    return [...findings].sort((a, b) => (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .severityRank */ .qs)(a.severity) - (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .severityRank */ .qs)(b.severity) ||
        (a.since ?? '9999').localeCompare(b.since ?? '9999') ||
        a.resource.type.localeCompare(b.resource.type) ||
        a.resource.id.localeCompare(b.resource.id) ||
        a.kind.localeCompare(b.kind) ||
        (a.resource.account ?? '').localeCompare(b.resource.account ?? '') ||
        (a.resource.region ?? '').localeCompare(b.resource.region ?? '') ||
        a.id.localeCompare(b.id));
}
/** The order of resources in every report: by type, id, then where. */
function sortResources(resources) {
    return [...resources].sort((a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id) || (a.account ?? '').localeCompare(b.account ?? '') || a.region.localeCompare(b.region));
}
/** A finding placed in its account and region, with its console link, its related findings too. */
function placed(finding, account, region) {
    const resource = { ...finding.resource, account: finding.resource.account ?? account, region: finding.resource.region ?? region };
    const url = finding.consoleUrl ?? (0,_console_links_js__WEBPACK_IMPORTED_MODULE_4__/* .consoleUrl */ .B9)(resource);
    return {
        ...finding,
        resource,
        ...(url ? { consoleUrl: url } : {}),
        ...(finding.related ? { related: finding.related.map((r) => placed(r, account, region)) } : {}),
    };
}
function buildReport(parts) {
    const region = parts.config.region;
    const sorted = sortFindings(parts.findings.map((f) => placed(f, parts.account, region))).map(_report_bounds_js__WEBPACK_IMPORTED_MODULE_2__/* .boundFinding */ .W);
    const findings = parts.config.output.mergeRelated ? (0,_merge_related_js__WEBPACK_IMPORTED_MODULE_5__/* .mergeRelated */ .M)(sorted, parts.resources) : sorted;
    const window = { from: parts.config.window.from.toISOString(), to: parts.config.window.to.toISOString() };
    const scope = {
        account: parts.account,
        ...(parts.accountName ? { accountName: parts.accountName } : {}),
        region,
        window,
        generatedAt: parts.generatedAt.toISOString(),
        durationMs: parts.durationMs,
        apiCalls: parts.apiCalls.total,
        status: parts.check?.status ?? 'checked',
        ...(parts.check?.reason ? { reason: (0,_output_safety_js__WEBPACK_IMPORTED_MODULE_1__/* .capBytes */ .YC)((0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(parts.check.reason), _report_bounds_js__WEBPACK_IMPORTED_MODULE_2__/* .FIELD_CAPS */ .Bq.gapReason) } : {}),
        ...(parts.regionSource ? { regionSource: parts.regionSource } : {}),
        ...(parts.filtered?.length ? { filtered: parts.filtered } : {}),
    };
    const { status, reason } = reportStatus(findings, parts.config.output.failOn, [scope]);
    return {
        schemaVersion: _model_js__WEBPACK_IMPORTED_MODULE_3__/* .REPORT_SCHEMA_VERSION */ .WI,
        tool: { name: 'aws-monitor', version: parts.version },
        generatedAt: parts.generatedAt.toISOString(),
        window,
        regions: [region],
        accounts: [parts.account],
        scopes: [scope],
        status,
        ...(reason ? { statusReason: reason } : {}),
        failOn: parts.config.output.failOn,
        resources: sortResources(parts.resources.map((r) => ({ ...r, account: r.account ?? parts.account }))).map(_report_bounds_js__WEBPACK_IMPORTED_MODULE_2__/* .boundResource */ .nS),
        findings,
        coverage: parts.coverage.map((gap) => ({ ...(0,_report_bounds_js__WEBPACK_IMPORTED_MODULE_2__/* .boundGap */ .dE)(gap), account: gap.account ?? parts.account, region: gap.region ?? region })),
        apiCalls: parts.apiCalls,
        ...(parts.logs ? { logs: parts.logs } : {}),
        durationMs: parts.durationMs,
    };
}


/***/ }),

/***/ 2202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ finishReport),
/* harmony export */   n: () => (/* binding */ finalStatus)
/* harmony export */ });
/* harmony import */ var _build_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4417);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6867);
/* harmony import */ var _mutes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1372);
/* harmony import */ var _report_changes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7654);
// The last steps of every run, after the scan (CLI `report`, the Action, `watch`): mutes, then the
// comparison with a baseline, then the verdict again over what is left open. Pure.




/**
 * The verdict over the open findings. With fail-on-new only new findings at or above it fail the
 * report (without a baseline none is known to be old, so every finding counts as new); the rest
 * leave it degraded.
 */
function finalStatus(report) {
    if (!report.failOnNew)
        return (0,_build_report_js__WEBPACK_IMPORTED_MODULE_0__/* .reportStatus */ .JE)(report.findings, report.failOn, report.scopes);
    const failOnNew = report.failOnNew;
    const failing = report.findings.some((f) => f.change !== 'ongoing' && (0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isAtLeast */ .du)(f.severity, failOnNew));
    return failing ? { status: 'failing' } : (0,_build_report_js__WEBPACK_IMPORTED_MODULE_0__/* .reportStatus */ .JE)(report.findings, 'never', report.scopes);
}
function finishReport(report, history) {
    let finished = (0,_mutes_js__WEBPACK_IMPORTED_MODULE_2__/* .applyMutes */ .Dc)(report, history.mutes);
    if (history.baseline)
        finished = (0,_report_changes_js__WEBPACK_IMPORTED_MODULE_3__/* .markChanges */ .nz)(finished, history.baseline.report, history.baseline.source);
    if (history.failOnNew)
        finished = { ...finished, failOnNew: history.failOnNew };
    const { statusReason: _previousReason, ...rest } = finished;
    const { status, reason } = finalStatus(finished);
    return { ...rest, status, ...(reason ? { statusReason: reason } : {}) };
}


/***/ }),

/***/ 2756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ mergeReports)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _build_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4417);
/* harmony import */ var _finish_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2202);
/* harmony import */ var _output_safety_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(804);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9027);
/* harmony import */ var _report_bounds_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6538);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6867);
// Many reports as one: the scans of several accounts and regions, whether one run made them side by
// side or a matrix of GitHub jobs did (`aws-monitor merge`). A run over several scopes builds its
// report with this same function, so merging the jobs' reports gives the report of one run over
// all of them (timing aside).







const uniqueSorted = (values) => [...new Set(values)].sort();
function mergeReports(reports, options = {}) {
    if (reports.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y('nothing to merge: no reports given');
    const versions = uniqueSorted(reports.map((r) => String(r.schemaVersion)));
    if (versions.length > 1 || reports[0].schemaVersion !== _model_js__WEBPACK_IMPORTED_MODULE_6__/* .REPORT_SCHEMA_VERSION */ .WI) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`cannot merge reports of schema version ${versions.join(' and ')}: this aws-monitor reads version ${_model_js__WEBPACK_IMPORTED_MODULE_6__/* .REPORT_SCHEMA_VERSION */ .WI}; run the same version in every job`);
    }
    const failOns = uniqueSorted(reports.map((r) => r.failOn));
    if (!options.failOn && failOns.length > 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the reports use different fail-on thresholds (${failOns.join(', ')}): give one with --fail-on`);
    }
    const failOn = options.failOn ?? reports[0].failOn;
    const scopes = reports.flatMap((r) => r.scopes).map((scope) => (scope.reason ? { ...scope, reason: (0,_output_safety_js__WEBPACK_IMPORTED_MODULE_3__/* .capBytes */ .YC)((0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(scope.reason), _report_bounds_js__WEBPACK_IMPORTED_MODULE_5__/* .FIELD_CAPS */ .Bq.gapReason) } : scope));
    const seen = new Set();
    for (const scope of scopes) {
        const key = `${scope.account} ${scope.region}`;
        if (seen.has(key))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`account ${scope.account} in ${scope.region} is in more than one report: each account and region must be scanned once`);
        seen.add(key);
    }
    // A report given to merge may come from anywhere: its text goes through the same redaction and caps as a scan's.
    const findings = (0,_build_report_js__WEBPACK_IMPORTED_MODULE_1__/* .sortFindings */ .Tc)(reports.flatMap((r) => r.findings.map(_report_bounds_js__WEBPACK_IMPORTED_MODULE_5__/* .boundFinding */ .W)));
    const froms = reports.map((r) => r.window.from).sort();
    const tos = reports.map((r) => r.window.to).sort();
    const logs = mergeLogs(reports.flatMap((r) => (r.logs ? [r.logs] : [])));
    const failOnNews = uniqueSorted(reports.map((r) => r.failOnNew ?? 'unset'));
    if (failOnNews.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`the reports use different fail-on-new thresholds (${failOnNews.join(', ')}): run every job with the same one`);
    const failOnNew = reports[0].failOnNew;
    const history = mergeHistory(reports);
    const { status, reason } = (0,_finish_report_js__WEBPACK_IMPORTED_MODULE_2__/* .finalStatus */ .n)({ findings, failOn, scopes, ...(failOnNew ? { failOnNew } : {}) });
    return {
        schemaVersion: _model_js__WEBPACK_IMPORTED_MODULE_6__/* .REPORT_SCHEMA_VERSION */ .WI,
        tool: reports[0].tool,
        generatedAt: reports
            .map((r) => r.generatedAt)
            .sort()
            .at(-1),
        window: { from: froms[0], to: tos.at(-1) },
        regions: uniqueSorted(reports.flatMap((r) => r.regions)),
        accounts: uniqueSorted(reports.flatMap((r) => r.accounts)),
        scopes: [...scopes].sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region)),
        status,
        ...(reason ? { statusReason: reason } : {}),
        failOn,
        resources: (0,_build_report_js__WEBPACK_IMPORTED_MODULE_1__/* .sortResources */ .ql)(reports.flatMap((r) => r.resources.map(_report_bounds_js__WEBPACK_IMPORTED_MODULE_5__/* .boundResource */ .nS))),
        findings,
        coverage: reports
            .flatMap((r) => r.coverage.map(_report_bounds_js__WEBPACK_IMPORTED_MODULE_5__/* .boundGap */ .dE))
            .sort((a, b) => (a.account ?? '').localeCompare(b.account ?? '') ||
            (a.region ?? '').localeCompare(b.region ?? '') ||
            a.service.localeCompare(b.service) ||
            a.scope.localeCompare(b.scope)),
        apiCalls: mergeCalls(reports.map((r) => r.apiCalls)),
        ...(logs ? { logs } : {}),
        // Scopes run side by side (in one run, or as parallel jobs): the longest is the wall time.
        durationMs: reports.reduce((longest, r) => Math.max(longest, r.durationMs), 0),
        ...history,
        ...(failOnNew ? { failOnNew } : {}),
    };
}
/** Mutes, baselines and resolved findings of the jobs as one run's: a mute matched in any job is not stale. */
function mergeHistory(reports) {
    const out = {};
    if (reports.some((r) => r.muted))
        out.muted = reports.flatMap((r) => (r.muted ?? []).map((m) => ({ ...m, finding: (0,_report_bounds_js__WEBPACK_IMPORTED_MODULE_5__/* .boundFinding */ .W)(m.finding) })));
    if (reports.some((r) => r.mutes)) {
        const byName = new Map();
        for (const outcome of reports.flatMap((r) => r.mutes ?? [])) {
            const seen = byName.get(outcome.name);
            byName.set(outcome.name, seen ? { ...seen, matched: seen.matched + outcome.matched } : { ...outcome });
        }
        out.mutes = [...byName.values()];
    }
    const baselines = reports.flatMap((r) => (r.baseline ? [r.baseline] : []));
    if (baselines.length > 0) {
        out.baseline = { source: uniqueSorted(baselines.map((b) => b.source)).join(', '), generatedAt: baselines.map((b) => b.generatedAt).sort()[0] };
        out.resolved = (0,_build_report_js__WEBPACK_IMPORTED_MODULE_1__/* .sortFindings */ .Tc)(reports.flatMap((r) => (r.resolved ?? []).map(_report_bounds_js__WEBPACK_IMPORTED_MODULE_5__/* .boundFinding */ .W)));
    }
    return out;
}
function mergeCalls(all) {
    const byOperation = new Map();
    for (const stat of all.flatMap((a) => a.byOperation)) {
        const key = `${stat.service} ${stat.operation}`;
        const sum = byOperation.get(key);
        byOperation.set(key, sum ? { ...sum, calls: sum.calls + stat.calls, requests: sum.requests + stat.requests, failed: sum.failed + stat.failed } : { ...stat });
    }
    return {
        total: all.reduce((n, a) => n + a.total, 0),
        requests: all.reduce((n, a) => n + a.requests, 0),
        byOperation: [...byOperation.values()].sort((a, b) => a.service.localeCompare(b.service) || a.operation.localeCompare(b.operation)),
    };
}
function mergeLogs(all) {
    if (all.length === 0)
        return undefined;
    const engines = new Set(all.map((l) => l.engine));
    return {
        engine: engines.size === 1 ? all[0].engine : 'mixed',
        sources: all.reduce((n, l) => n + l.sources, 0),
        expectedBytes: all.reduce((n, l) => n + l.expectedBytes, 0),
        bytesScanned: all.reduce((n, l) => n + l.bytesScanned, 0),
        skipped: all.reduce((n, l) => n + l.skipped, 0),
    };
}


/***/ }),

/***/ 7654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ll: () => (/* binding */ compareReports),
/* harmony export */   nz: () => (/* binding */ markChanges)
/* harmony export */ });
/* unused harmony export findingKey */
/* harmony import */ var _merge_related_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6603);
// What changed since the previous report: the comparison every consumer of run history shares
// (`--baseline`, the Action's `baseline: previous`, `watch`, and the notifiers). Pure: two reports
// in, three lists out. The project keeps no history of its own: the previous JSON report is it.

/**
 * A finding's identity across runs: its id (detector, resource and metric or signature, never a
 * time or value) in its account and region, since the same resource name can exist in two accounts.
 */
function findingKey(finding) {
    return `${finding.resource.account ?? ''}|${finding.resource.region ?? ''}|${finding.id}`;
}
/**
 * Compares the open findings of `current` with `previous`, related findings included (each is a
 * problem of its own; merging them under another is presentation). A finding muted now is neither
 * new nor resolved: it is still there, only accepted.
 */
function compareReports(previous, current) {
    const before = new Map();
    for (const f of (0,_merge_related_js__WEBPACK_IMPORTED_MODULE_0__/* .allFindings */ .c)(previous.findings))
        before.set(findingKey(f), f);
    for (const m of previous.muted ?? [])
        if (!before.has(findingKey(m.finding)))
            before.set(findingKey(m.finding), m.finding);
    const now = new Set();
    const changes = { new: [], ongoing: [], resolved: [] };
    for (const f of (0,_merge_related_js__WEBPACK_IMPORTED_MODULE_0__/* .allFindings */ .c)(current.findings)) {
        const key = findingKey(f);
        now.add(key);
        const earlier = before.get(key);
        if (earlier)
            changes.ongoing.push({ current: f, previous: earlier });
        else
            changes.new.push(f);
    }
    for (const m of current.muted ?? [])
        now.add(findingKey(m.finding));
    for (const f of (0,_merge_related_js__WEBPACK_IMPORTED_MODULE_0__/* .allFindings */ .c)(previous.findings))
        if (!now.has(findingKey(f)))
            changes.resolved.push(f);
    return changes;
}
/**
 * The report with each open finding marked `new` or `ongoing` (with `firstSeen`: now when new,
 * carried from the baseline when ongoing, or the baseline's time when it never said), the
 * baseline's resolved findings listed, and where the baseline came from.
 */
function markChanges(report, baseline, source) {
    const changes = compareReports(baseline, report);
    const newKeys = new Set(changes.new.map(findingKey));
    const carried = new Map(changes.ongoing.map(({ current, previous }) => [findingKey(current), previous.firstSeen ?? baseline.generatedAt]));
    const mark = (f) => {
        const key = findingKey(f);
        const isNew = newKeys.has(key);
        return { ...f, change: isNew ? 'new' : 'ongoing', firstSeen: isNew ? report.generatedAt : carried.get(key), ...(f.related ? { related: f.related.map(mark) } : {}) };
    };
    // A resolved finding is shown as the baseline had it, flat (its related ones are listed each on its own).
    const resolved = changes.resolved.map(({ change: _change, related: _related, ...f }) => f);
    const ref = { source, generatedAt: baseline.generatedAt };
    return { ...report, findings: report.findings.map(mark), baseline: ref, resolved };
}


/***/ })

};
