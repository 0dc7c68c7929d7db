export const id = 660;
export const ids = [660];
export const modules = {

/***/ 6660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateCommand: () => (/* binding */ gateCommand)
});

// EXTERNAL MODULE: ./src/aws/call-counter.ts
var call_counter = __webpack_require__(2860);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/output-safety.ts
var output_safety = __webpack_require__(804);
// EXTERNAL MODULE: ./src/report/redact.ts + 2 modules
var redact = __webpack_require__(9027);
// EXTERNAL MODULE: ./src/report/report-bounds.ts
var report_bounds = __webpack_require__(6538);
;// CONCATENATED MODULE: ./src/gate/gate-report.ts
// The post-deploy gate's report: what was compared, the verdict and why. Its own document (kind
// "gate"), rendered as text, markdown or JSON like the scan report.



/** The exit code a pipeline gates on: 0 pass (and marginal unless fail_on_marginal), 1 fail, 3 inconclusive (too little data: not a pass). */
function gateExitCode(report) {
    if (report.result.verdict === 'fail')
        return 1;
    if (report.result.verdict === 'inconclusive')
        return 3;
    return report.result.verdict === 'marginal' && report.settings.failOnMarginal ? 1 : 0;
}
/**
 * The gate's free text through the same redaction and caps as a scan report: a new signature and
 * the reasons quote log lines, which carry tokens and passwords as often as any other log text.
 */
function boundGateReport(report) {
    const safe = (text, cap) => (0,output_safety/* capBytes */.YC)((0,redact/* redact */.E$)(text), cap);
    return {
        ...report,
        result: {
            ...report.result,
            reasons: report.result.reasons.map((r) => safe(r, report_bounds/* FIELD_CAPS */.Bq.evidenceValue)),
            metrics: report.result.metrics.map((m) => ({ ...m, reason: safe(m.reason, report_bounds/* FIELD_CAPS */.Bq.evidenceValue) })),
            newSignatures: report.result.newSignatures.map((n) => ({ ...n, signature: safe(n.signature, report_bounds/* FIELD_CAPS */.Bq.signature) })),
        },
        coverage: report.coverage.map(report_bounds/* boundGap */.dE),
    };
}

// EXTERNAL MODULE: ./src/config/duration.ts
var config_duration = __webpack_require__(7840);
// EXTERNAL MODULE: ./src/config/iso-time.ts
var iso_time = __webpack_require__(9853);
;// CONCATENATED MODULE: ./src/gate/gate-request.ts
// What to judge, from the CLI flags or the Action inputs: checked before any AWS call, each problem
// named as the user wrote it (`--deploy-time` or `input deploy-time`).



/** CloudWatch keeps 1-minute data, which the gate reads, for 15 days. */
const ONE_MINUTE_DATA_MS = 15 * 86_400_000;
/**
 * `name('deploy-time')` is how the caller's user spells the setting: '--deploy-time', 'input deploy-time'.
 * A deploy time must be ISO-8601 with a zone, not in the future, and recent enough that CloudWatch
 * still has the minutes before it: a deploy "in 2001" (from `12`) judged on empty windows would pass.
 */
function parseGateRequest(text, name, now) {
    const duration = (setting, fallbackMs) => {
        const value = text[setting];
        if (!value)
            return fallbackMs;
        const ms = (0,config_duration/* parseDuration */.E9)(value);
        if (ms === undefined || ms < 0)
            throw new errors/* UserError */.y(`${name(setting)}: "${value}" is not a duration; use e.g. 30s, 10m, 1h`);
        return ms;
    };
    let deployTime;
    if (text.deployTime) {
        const shown = text.deployTime.length > 40 ? `${text.deployTime.slice(0, 37)}...` : text.deployTime;
        const parsed = (0,iso_time/* parseIsoTime */.s)(text.deployTime, { dateOnly: false });
        if ('problem' in parsed)
            throw new errors/* UserError */.y(`${name('deploy-time')}: "${shown}" ${parsed.problem}`);
        deployTime = parsed.date;
        if (deployTime.getTime() > now.getTime()) {
            throw new errors/* UserError */.y(`${name('deploy-time')}: ${deployTime.toISOString()} is in the future (now ${now.toISOString()}); check the time and its zone`);
        }
        if (deployTime.getTime() < now.getTime() - ONE_MINUTE_DATA_MS) {
            throw new errors/* UserError */.y(`${name('deploy-time')}: ${deployTime.toISOString()} is more than 15 days ago, before the 1-minute data CloudWatch keeps; the gate judges recent deploys`);
        }
    }
    return {
        cluster: text.cluster,
        service: text.service,
        ...(deployTime ? { deployTime } : {}),
        ...(text.stack ? { stack: text.stack } : {}),
        watchMs: duration('watch', 0),
        intervalMs: duration('interval', 60_000),
    };
}

// EXTERNAL MODULE: ./src/aws/aws-errors.ts
var aws_errors = __webpack_require__(8098);
// EXTERNAL MODULE: ./src/chunk.ts
var chunk = __webpack_require__(4158);
// EXTERNAL MODULE: ./src/services/cloudformation/collector.ts
var collector = __webpack_require__(8934);
// EXTERNAL MODULE: ./src/services/ecs/collector.ts
var ecs_collector = __webpack_require__(9185);
// EXTERNAL MODULE: ./src/services/elbv2/collector.ts
var elbv2_collector = __webpack_require__(8889);
// EXTERNAL MODULE: ./src/collectors/collector-context.ts
var collector_context = __webpack_require__(9417);
// EXTERNAL MODULE: ./src/deadline.ts
var src_deadline = __webpack_require__(6683);
// EXTERNAL MODULE: ./src/aws/caller-identity.ts
var caller_identity = __webpack_require__(9241);
// EXTERNAL MODULE: ./src/telemetry/logs/log-reader.ts + 19 modules
var log_reader = __webpack_require__(5561);
// EXTERNAL MODULE: ./src/telemetry/logs/log-sources.ts
var log_sources = __webpack_require__(6410);
// EXTERNAL MODULE: ./src/telemetry/metrics/metric-catalog.ts
var metric_catalog = __webpack_require__(191);
// EXTERNAL MODULE: ./src/telemetry/metrics/metric-fetcher.ts
var metric_fetcher = __webpack_require__(7023);
// EXTERNAL MODULE: ./src/telemetry/metrics/metric-planner.ts
var metric_planner = __webpack_require__(6496);
// EXTERNAL MODULE: ./src/gate/gate-plan.ts
var gate_plan = __webpack_require__(9350);
// EXTERNAL MODULE: ./src/config/settings.ts
var settings = __webpack_require__(4661);
// EXTERNAL MODULE: ./src/report/metric-units.ts
var metric_units = __webpack_require__(8418);
;// CONCATENATED MODULE: ./src/analysis/statistics/holm.ts
// The Holm-Bonferroni correction: when a gate tests many metrics at once, the chance that some
// metric of a clean deploy looks significant grows with their number; Holm's step-down adjustment
// keeps that chance below alpha and is never less powerful than plain Bonferroni.
/**
 * Holm-Bonferroni adjusted p-values, in input order: the i-th smallest p times (m - i + 1), never
 * below an adjusted value ranked before it, capped at 1. Comparing them with alpha is Holm's
 * step-down test. Ties in p are ordered by position, so the result is deterministic.
 */
function holm(pValues) {
    const m = pValues.length;
    const order = pValues.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p || x.i - y.i);
    const out = new Array(m);
    let running = 0;
    order.forEach(({ p, i }, rank) => {
        running = Math.max(running, Math.min(1, (m - rank) * p));
        out[i] = running;
    });
    return out;
}

// EXTERNAL MODULE: ./src/analysis/statistics/order-statistics.ts
var order_statistics = __webpack_require__(4134);
;// CONCATENATED MODULE: ./src/analysis/statistics/mann-whitney.ts
// The Mann-Whitney U rank test and the Hodges-Lehmann shift: the statistics a post-deploy gate uses to
// compare a metric's points after a deploy with its points before. The test follows
// scipy.stats.mannwhitneyu (method='auto', use_continuity=True) and is checked against it in
// __tests__/analysis/statistics/mann-whitney.test.ts; which sample is which is fixed here, not left
// to argument order: `before` is the baseline and every direction word ('greater', a positive shift)
// means "after is higher".

/**
 * Mann-Whitney U test of `before` (a, the baseline) against `after` (b).
 *
 * - 'greater': after tends to be larger than before (scipy: mannwhitneyu(after, before, 'greater')).
 * - 'less': after tends to be smaller.
 * - 'two-sided': either; twice the smaller one-sided p-value, capped at 1.
 *
 * Ties get midranks. The method follows scipy's 'auto': exact null distribution when at least one
 * sample has at most 8 values and there is no tie anywhere in the combined sample; otherwise the
 * normal approximation with the tie-corrected variance and a 0.5 continuity correction. (scipy
 * 1.17 `_mwu_choose_method`: asymptotic if n1 > 8 and n2 > 8, else asymptotic if any tie, else
 * exact.) The exact distribution stays cheap with one small sample whatever the other's size:
 * O(min(n1, n2) * U).
 *
 * Unlike scipy, which raises on NaN and ranks ±Infinity, non-finite values are dropped and
 * counted in `dropped`: a gap in a metric is no evidence either way.
 */
function mannWhitneyU(before, after, alternative = 'two-sided') {
    const a = finiteSorted(before);
    const b = finiteSorted(after);
    const n1 = a.length;
    const n2 = b.length;
    const dropped = before.length - n1 + (after.length - n2);
    if (n1 === 0 || n2 === 0) {
        const which = n1 === 0 && n2 === 0 ? 'both samples are' : n1 === 0 ? 'the before sample is' : 'the after sample is';
        return { u: 0, pValue: 1, method: 'none', n1, n2, dropped, reason: `${which} empty` };
    }
    const { u, tieTerm, ties } = rankStatistics(a, b);
    const n = n1 + n2;
    if (a[0] === a[n1 - 1] && b[0] === b[n2 - 1] && a[0] === b[0]) {
        // scipy gets here too (zero variance, z = -inf, p = 1); saying so beats dividing by zero.
        return { u, pValue: 1, method: 'normal', n1, n2, dropped, reason: 'all values are identical' };
    }
    const total = n1 * n2;
    // The statistic whose upper tail is the p-value, as in scipy: U of after for 'greater', of before for
    // 'less', the larger of the two for 'two-sided' (then doubled).
    const uTail = alternative === 'greater' ? u : alternative === 'less' ? total - u : Math.max(u, total - u);
    const factor = alternative === 'two-sided' ? 2 : 1;
    const exact = (n1 <= 8 || n2 <= 8) && !ties;
    let tail;
    if (exact) {
        tail = exactUpperTail(Math.round(uTail), Math.min(n1, n2), Math.max(n1, n2));
    }
    else {
        const sd = Math.sqrt((total / 12) * (n + 1 - tieTerm / (n * (n - 1))));
        tail = normalUpperTail((uTail - total / 2 - 0.5) / sd);
    }
    return { u, pValue: clamp01(tail * factor), method: exact ? 'exact' : 'normal', n1, n2, dropped };
}
/** The finite values, sorted ascending (a typed-array sort: numeric, no comparator calls). */
function finiteSorted(values) {
    const out = new Float64Array(values.length);
    let count = 0;
    for (const v of values)
        if (Number.isFinite(v))
            out[count++] = v;
    return out.subarray(0, count).sort();
}
/**
 * One merge pass over the two sorted samples: U of the after sample, the tie term sum(t^3 - t) over
 * groups of equal values in the combined sample (for the variance), and whether any tie exists.
 */
function rankStatistics(a, b) {
    let i = 0;
    let j = 0;
    let u = 0;
    let tieTerm = 0;
    while (i < a.length || j < b.length) {
        const value = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
        let inA = 0;
        let inB = 0;
        while (i < a.length && a[i] === value) {
            i += 1;
            inA += 1;
        }
        while (j < b.length && b[j] === value) {
            j += 1;
            inB += 1;
        }
        // Each after value here beats the i - inA before values below it and ties with inA of them.
        u += inB * (i - inA + inA / 2);
        const t = inA + inB;
        tieTerm += t * t * t - t;
    }
    return { u, tieTerm, ties: tieTerm > 0 };
}
/**
 * P(U >= k) under the null for samples of sizes m <= n, no ties. The number of arrangements with
 * U = k is the coefficient of q^k in the Gaussian binomial [m + n choose m] = prod_{i=1..m} (1 -
 * q^(n+i)) / (1 - q^i): dividing by (1 - q^i) is a running sum and multiplying by (1 - q^d) a
 * shifted difference, each O(K), so the whole lower tail up to K costs O(m * K). Only the smaller
 * tail is ever summed (the distribution is symmetric around mn/2), so no 1 - (almost 1) loses digits.
 * Counts stay in doubles: exact integers while below 2^53 (always for m, n <= 8), relative error
 * near 1e-15 beyond, far inside what a p-value needs.
 */
function exactUpperTail(k, m, n) {
    const total = m * n;
    if (k <= 0)
        return 1;
    if (k > total)
        return 0;
    // P(U >= k) = P(U <= total - k) by symmetry; use whichever side has the short sum.
    const lowerUpTo = total - k;
    if (lowerUpTo <= k - 1)
        return lowerTail(lowerUpTo, m, n);
    return 1 - lowerTail(k - 1, m, n);
}
/** P(U <= K) for K below the mean. */
function lowerTail(K, m, n) {
    if (K < 0)
        return 0;
    const counts = new Float64Array(K + 1);
    counts[0] = 1;
    for (let part = 1; part <= m; part += 1)
        for (let k = part; k <= K; k += 1)
            counts[k] += counts[k - part];
    for (let i = 1; i <= m; i += 1) {
        const d = n + i;
        for (let k = K; k >= d; k -= 1)
            counts[k] -= counts[k - d];
    }
    let ways = 0;
    for (let k = 0; k <= K; k += 1)
        ways += counts[k];
    // C(m + n, m) as a running product: every partial product is itself a binomial, so no overflow
    // before the answer would overflow.
    let arrangements = 1;
    for (let i = 1; i <= m; i += 1)
        arrangements = (arrangements * (n + i)) / i;
    return ways / arrangements;
}
/** P(Z > z) for a standard normal Z, accurate to about 1e-14 relative, 0 below the double range. */
function normalUpperTail(z) {
    if (Number.isNaN(z))
        return Number.NaN;
    const x = z / Math.SQRT2;
    return x >= 0 ? erfc(x) / 2 : 1 - erfc(-x) / 2;
}
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
/** erfc(x) for x >= 0. */
function erfc(x) {
    if (x === Infinity)
        return 0;
    if (x < 2) {
        // erf(x) = 2/sqrt(pi) e^(-x^2) sum_n (2x^2)^n x / (1*3*...*(2n+1)): every term positive, so no
        // cancellation inside the sum; 1 - erf loses at most erfc(2) ~ 5e-3 of relative precision.
        const x2 = 2 * x * x;
        let term = x;
        let sum = x;
        for (let n = 1; n < 200 && term > sum * 1e-17; n += 1) {
            term *= x2 / (2 * n + 1);
            sum += term;
        }
        return 1 - TWO_OVER_SQRT_PI * Math.exp(-x * x) * sum;
    }
    // Laplace's continued fraction erfc(x) = e^(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))),
    // evaluated by the modified Lentz method; converges fast for x >= 2.
    const tiny = 1e-300;
    let f = x;
    let c = x;
    let d = 0;
    for (let k = 1; k < 500; k += 1) {
        const a = k / 2;
        d = x + a * d;
        d = d === 0 ? tiny : d;
        c = x + a / c;
        c = c === 0 ? tiny : c;
        d = 1 / d;
        const delta = c * d;
        f *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}
function clamp01(p) {
    return p < 0 ? 0 : p > 1 ? 1 : p;
}
/**
 * Hodges-Lehmann estimate of the shift from `before` to `after`: the median of the n1 * n2 pairwise
 * differences after[j] - before[i] (the mean of the two middle ones for an even count), with the
 * shift relative to the before median. Kayenta pairs its Mann-Whitney p-value with such an effect
 * size so that a significant but tiny change does not fail a canary.
 *
 * Exact for every size without listing the pairs: a bisection over difference values in which each
 * probe counts the differences <= v in O(n1 + n2) with two pointers over the sorted samples, and
 * jumps to the nearest actual differences on either side of v. Each probe at least halves the value
 * interval and moves a bound to a real difference, so it ends in a few dozen probes for metric data
 * (the bound is the count of distinct differences, never reached in practice). Non-finite values
 * are dropped, as in mannWhitneyU.
 */
function hodgesLehmann(before, after) {
    const a = finiteSorted(before);
    const b = finiteSorted(after);
    const n1 = a.length;
    const n2 = b.length;
    if (n1 === 0 || n2 === 0)
        return { shift: Number.NaN, relativeEffect: Number.NaN, beforeMedian: (0,order_statistics/* median */.JZ)(a), n1, n2 };
    const pairs = n1 * n2;
    let shift;
    if (pairs % 2 === 1)
        shift = kthDifference(a, b, (pairs + 1) / 2);
    else {
        // The upper middle is the lower one again if it repeats, else the next difference above it: one
        // more count instead of a second search.
        const lower = kthDifference(a, b, pairs / 2);
        const next = countAtMost(a, b, lower);
        shift = (0,order_statistics/* midpoint */.PV)(lower, next.atMost > pairs / 2 ? lower : next.smallestAbove);
    }
    const beforeMedian = (0,order_statistics/* median */.JZ)(a);
    const relativeEffect = shift === 0 ? 0 : beforeMedian === 0 ? Math.sign(shift) * Infinity : shift / Math.abs(beforeMedian);
    return { shift, relativeEffect, beforeMedian, n1, n2 };
}
/** The k-th smallest (from 1) of the differences b[j] - a[i], for sorted a and b. */
function kthDifference(a, b, k) {
    // Invariant: the answer is a difference in [low, high], and both bounds are differences.
    let low = b[0] - a[a.length - 1];
    let high = b[b.length - 1] - a[0];
    while (low < high) {
        // Differences of values beyond ±9e307 can overflow to ±Infinity: halve within the finite range.
        let probe = (0,order_statistics/* midpoint */.PV)(Math.max(low, -Number.MAX_VALUE), Math.min(high, Number.MAX_VALUE));
        // Adjacent doubles: probe at the low end, which still moves a bound.
        if (!(probe >= low && probe < high))
            probe = low;
        const { atMost, largestAtMost, smallestAbove } = countAtMost(a, b, probe);
        if (atMost >= k)
            high = largestAtMost;
        else
            low = smallestAbove;
    }
    return low;
}
/**
 * How many differences b[j] - a[i] are <= v, the largest such difference and the smallest one above
 * v. For fixed j the differences fall as i rises (floating-point subtraction is monotone), so those
 * <= v are a suffix of a starting at p(j), and p(j) never moves left as j rises.
 */
function countAtMost(a, b, v) {
    const n1 = a.length;
    let p = 0;
    let atMost = 0;
    let largestAtMost = -Infinity;
    let smallestAbove = Infinity;
    for (let j = 0; j < b.length; j += 1) {
        const bj = b[j];
        while (p < n1 && bj - a[p] > v)
            p += 1;
        atMost += n1 - p;
        if (p < n1 && bj - a[p] > largestAtMost)
            largestAtMost = bj - a[p];
        if (p > 0 && bj - a[p - 1] < smallestAbove)
            smallestAbove = bj - a[p - 1];
    }
    return { atMost, largestAtMost, smallestAbove };
}

// EXTERNAL MODULE: ./src/analysis/statistics/mean.ts
var mean = __webpack_require__(595);
;// CONCATENATED MODULE: ./src/gate/judge.ts
// The verdict of a post-deploy gate, in the manner of Kayenta's NetflixACAJudge with its
// MannWhitneyClassifier: each metric's points after the deploy are ranked against its points before
// (and, when collected, against the same hours a week earlier); a metric fails when it moved in its
// bad direction both significantly and by more than the tolerance; the gate's score is the share of
// judged metrics that passed. Pure: same input, same verdict, no clock and no I/O.
//
// Rules (each one also shows in the `reason` sentences):
// - Per metric, a one-sided Mann-Whitney test after vs before in the bad direction; a metric bad
//   both ways gets the two-sided test (each side at alpha / 2). alpha = 1 - confidence.
// - Many metrics, one gate: the bad-direction p-values of the metrics judged are Holm-Bonferroni
//   adjusted (settings.correction, default 'holm'; 'none' compares each raw p-value with alpha as
//   Kayenta does). Holm keeps the chance that any metric of a clean deploy fails below alpha; without
//   it every critical metric with noisy data (error rates) fails about alpha of clean gates by itself.
// - A metric fails when its adjusted p < alpha AND its relative change in the bad direction is >=
//   tolerance AND its absolute change is >= its minChange (default 0). Otherwise it passes: a
//   significant change within tolerance, a change the test cannot tell from noise, or an improvement
//   (direction noted).
// - The relative change is the Hodges-Lehmann shift (median of the pairwise differences after -
//   before) over |before median|: robust to a few spikes. When that cannot measure the change (a
//   shift of 0, as when most points are tied, e.g. error counts that are mostly 0; or a before median
//   of 0), it is the change of the mean over |before mean| instead. A rise from a mean of exactly 0
//   counts as infinitely large: a significant rise from nothing is a regression.
// - With a week-earlier window of at least minSamples points, the after window is also tested
//   against it (raw p-value, same tolerance and minChange), and the metric fails only if it is worse
//   than BOTH windows. Traffic that rises every morning rose a week ago too; without this rule every
//   morning deploy would look guilty. This only ever turns a failure into a pass, so it needs no
//   correction of its own.
// - Fewer than minSamples finite points before or after: 'nodata', left out of the score and of the
//   correction.
// - Score = 100 * passed / judged (unweighted, as Kayenta). Overall: any critical metric failing ->
//   'fail'; any new error signature -> 'fail'; then, as Kayenta's mustHaveData and Argo Rollouts'
//   inconclusive: a critical metric without data, or fewer judged metrics than minJudgedShare of
//   those the service should have (nothing judged included) -> 'inconclusive', never a pass on no
//   evidence; else score >= passScore -> 'pass', >= marginalScore -> 'marginal', else 'fail'.
//
// The rank test assumes independent points. Metric points are autocorrelated, which makes p-values
// optimistic; tolerance, the week-earlier rule, the correction and the score (one non-critical
// failure in eight does not fail a gate) are what keep false alarms rare.






const gate = (0,settings/* defaultSettings */.L6)().gate;
/** The judge's settings at the `[gate]` defaults of config.ini (settings.ts). */
const DEFAULT_GATE_SETTINGS = {
    confidence: gate.confidence,
    tolerance: gate.tolerance,
    passScore: gate.passScore,
    marginalScore: gate.marginalScore,
    minSamples: gate.minSamples,
    minJudgedShare: gate.minJudgedShare,
    correction: 'holm',
};
/**
 * Judges every metric and the gate as a whole. Never throws on data (NaN, ±Infinity, empty or huge
 * values); throws a RangeError for settings no caller should pass (confidence outside (0, 1), a
 * negative or non-finite tolerance, non-finite scores or minSamples).
 */
function judgeGate(samples, newSignatures, settings) {
    checkSettings(settings);
    const prepared = samples.map((sample) => prepare(sample, settings));
    const judgedOnes = prepared.filter((p) => p.kind === 'judged');
    const adjusted = settings.correction === 'none' ? judgedOnes.map((p) => p.vsBefore.pBad) : holm(judgedOnes.map((p) => p.vsBefore.pBad));
    const context = { settings, family: judgedOnes.length, corrected: settings.correction !== 'none' && judgedOnes.length > 1 };
    const metrics = prepared.map((p) => (p.kind === 'nodata' ? p.verdict : finish(p, adjusted[judgedOnes.indexOf(p)], context)));
    const judged = metrics.filter((m) => m.verdict !== 'nodata').length;
    const passed = metrics.filter((m) => m.verdict === 'pass').length;
    // One decimal, and the rounded score is the one compared: the verdict agrees with what is shown.
    const score = judged === 0 ? 0 : Math.round((1000 * passed) / judged) / 10;
    const reasons = [];
    for (const m of metrics)
        if (m.verdict === 'fail')
            reasons.push(m.reason);
    for (const s of newSignatures)
        reasons.push(signatureSentence(s));
    // A critical metric without data does not change the verdict, but is never skipped silently.
    for (const m of metrics)
        if (m.verdict === 'nodata' && m.critical)
            reasons.push(m.reason);
    const criticalFailed = metrics.some((m) => m.verdict === 'fail' && m.critical);
    const criticalMissing = metrics.filter((m) => m.verdict === 'nodata' && m.critical);
    const minShare = settings.minJudgedShare ?? DEFAULT_GATE_SETTINGS.minJudgedShare;
    const tooLittle = judged === 0 || judged < minShare * metrics.length;
    let verdict;
    if (criticalFailed || newSignatures.length > 0)
        verdict = 'fail';
    else if (criticalMissing.length > 0 || tooLittle)
        verdict = 'inconclusive';
    else
        verdict = score >= settings.passScore ? 'pass' : score >= settings.marginalScore ? 'marginal' : 'fail';
    // What data was missing is said whatever the verdict: a fail on a new signature with no metric judged says both.
    if (judged === 0)
        reasons.push(metrics.length === 0 ? 'no metric to judge' : `no data to judge: none of ${metrics.length} metrics had enough points`);
    else if (tooLittle)
        reasons.push(`too little data to judge: ${judged} of ${metrics.length} metrics had enough points, under ${Math.round(minShare * 100)}%`);
    else if (verdict === 'inconclusive')
        reasons.push('a critical metric without data: a deploy is not passed without it');
    // A verdict by score says how the score fell short; the others are said above and in the metrics' reasons.
    if (!criticalFailed && newSignatures.length === 0 && (verdict === 'marginal' || verdict === 'fail')) {
        const bar = verdict === 'marginal' ? `the pass score ${settings.passScore}` : `the marginal score ${settings.marginalScore}`;
        reasons.push(`${passed} of ${judged} metrics passed: score ${score}, below ${bar}`);
    }
    return { verdict, score, judged, passed, metrics, newSignatures: newSignatures.map((s) => ({ ...s })), reasons };
}
function checkSettings(settings) {
    if (!(settings.confidence > 0 && settings.confidence < 1))
        throw new RangeError(`confidence must be between 0 and 1 (e.g. 0.95), got ${settings.confidence}`);
    if (!(settings.tolerance >= 0 && Number.isFinite(settings.tolerance)))
        throw new RangeError(`tolerance must be a finite number >= 0 (e.g. 0.1), got ${settings.tolerance}`);
    for (const key of ['passScore', 'marginalScore', 'minSamples']) {
        if (!Number.isFinite(settings[key]))
            throw new RangeError(`${key} must be a finite number, got ${settings[key]}`);
    }
    const share = settings.minJudgedShare;
    if (share !== undefined && !(share >= 0 && share <= 1))
        throw new RangeError(`minJudgedShare must be between 0 and 1 (e.g. 0.5), got ${share}`);
}
function prepare(sample, settings) {
    const before = finite(sample.before);
    const after = finite(sample.after);
    const week = sample.weekBefore === undefined ? undefined : finite(sample.weekBefore);
    const minSamples = Math.max(1, Math.ceil(settings.minSamples));
    const dropped = sample.before.length - before.length + (sample.after.length - after.length);
    const droppedNote = dropped > 0 ? `; ${dropped} NaN/Infinity ${plural(dropped, 'point')} ignored` : '';
    if (before.length < minSamples || after.length < minSamples) {
        const short = [before.length < minSamples ? `${before.length} before` : '', after.length < minSamples ? `${after.length} after` : ''].filter(Boolean).join(' and ');
        return {
            kind: 'nodata',
            verdict: {
                id: sample.id,
                label: sample.label,
                unit: sample.unit,
                critical: sample.critical,
                verdict: 'nodata',
                direction: 'same',
                reason: `${sample.label}${sample.critical ? ' (critical)' : ''} not judged: only ${short} the deploy, needs ${minSamples} usable points${droppedNote}`,
            },
        };
    }
    const weekUsable = week !== undefined && week.length >= minSamples;
    const weekNote = week !== undefined && !weekUsable ? `; the week-earlier window was not used (${week.length} usable ${plural(week.length, 'point')}, needs ${minSamples})` : '';
    return {
        kind: 'judged',
        sample,
        vsBefore: compare(before, after, sample.bad, settings),
        ...(weekUsable ? { vsWeek: compare(week, after, sample.bad, settings) } : {}),
        notes: weekNote + droppedNote,
    };
}
function finish(p, adjustedP, context) {
    const { sample, vsBefore, vsWeek } = p;
    const { settings } = context;
    const alpha = 1 - settings.confidence;
    const before = assess(vsBefore, adjustedP, alpha, sample, settings);
    const week = vsWeek ? assess(vsWeek, vsWeek.pBad, alpha, sample, settings) : undefined;
    const fails = before.worse && (week === undefined || week.worse);
    return {
        id: sample.id,
        label: sample.label,
        unit: sample.unit,
        critical: sample.critical,
        verdict: fails ? 'fail' : 'pass',
        direction: vsBefore.direction,
        pValue: vsBefore.pBad,
        adjustedPValue: adjustedP,
        beforeMedian: vsBefore.baselineMedian,
        afterMedian: vsBefore.afterMedian,
        beforeMean: vsBefore.baselineMean,
        afterMean: vsBefore.afterMean,
        ...(Number.isFinite(vsBefore.relative) ? { relativeChange: vsBefore.relative } : {}),
        basis: vsBefore.basis,
        ...(vsWeek && week ? { weekBefore: { pValue: vsWeek.pBad, median: vsWeek.baselineMedian, verdict: week.worse ? 'fail' : 'pass' } } : {}),
        reason: metricSentence(p, adjustedP, before, week, fails, context) + p.notes,
    };
}
/** Whether the after window is worse than this baseline: `p` (raw or adjusted pBad) < alpha, and material. */
function assess(c, p, alpha, sample, settings) {
    if (!(p < alpha))
        return { worse: false, significant: false };
    const sign = c.badSide === 'higher' ? 1 : -1;
    if (!(sign * c.relative > 0 && sign * c.relative >= settings.tolerance))
        return { worse: false, significant: true, tooSmall: 'tolerance' };
    if (sign * c.shift < Math.max(0, sample.minChange ?? 0))
        return { worse: false, significant: true, tooSmall: 'minChange' };
    return { worse: true, significant: true };
}
function compare(baseline, after, bad, settings) {
    const alpha = 1 - settings.confidence;
    const pUp = mannWhitneyU(baseline, after, 'greater').pValue;
    const pDown = mannWhitneyU(baseline, after, 'less').pValue;
    const badSide = bad === 'up' ? 'higher' : bad === 'down' ? 'lower' : pUp <= pDown ? 'higher' : 'lower';
    // For 'both', twice the smaller one-sided p-value: the two-sided test, alpha / 2 on each side.
    const pBad = bad === 'up' ? pUp : bad === 'down' ? pDown : Math.min(1, 2 * Math.min(pUp, pDown));
    const perSide = bad === 'both' ? alpha / 2 : alpha;
    const direction = pUp < perSide ? 'higher' : pDown < perSide ? 'lower' : 'same';
    const baselineMedian = (0,order_statistics/* finiteMedian */.Cs)(baseline);
    const afterMedian = (0,order_statistics/* finiteMedian */.Cs)(after);
    const baselineMean = (0,mean/* mean */.i)(baseline);
    const afterMean = (0,mean/* mean */.i)(after);
    const hl = hodgesLehmann(baseline, after);
    let basis;
    let shift;
    let relative;
    if (hl.shift !== 0 && Number.isFinite(hl.shift) && baselineMedian !== 0) {
        basis = 'median';
        shift = hl.shift;
        relative = hl.relativeEffect;
    }
    else {
        basis = 'mean';
        shift = afterMean - baselineMean;
        // Means near ±1.8e308 can differ by more than a double holds (Infinity - Infinity): call that no
        // change rather than let a NaN through.
        if (Number.isNaN(shift))
            shift = 0;
        relative = shift === 0 ? 0 : baselineMean === 0 ? Math.sign(shift) * Infinity : shift / Math.abs(baselineMean);
    }
    return { pUp, pDown, pBad, badSide, baselineMedian, afterMedian, baselineMean, afterMean, basis, shift, relative, direction };
}
function metricSentence(p, adjustedP, before, week, fails, context) {
    const { sample, vsBefore: c, vsWeek } = p;
    const { settings } = context;
    const unit = sample.unit;
    const label = `${sample.label}${sample.critical && fails ? ' (critical)' : ''}`;
    const [from, to] = c.basis === 'median' ? [c.baselineMedian, c.afterMedian] : [c.baselineMean, c.afterMean];
    const statistic = c.basis === 'median' ? 'a median of' : 'an average of';
    const weekValue = (w) => `${w.basis === 'median' ? 'median' : 'average'} ${amount(w.basis === 'median' ? w.baselineMedian : w.baselineMean, unit)}`;
    const adjustedText = context.corrected ? `${pText(adjustedP)} adjusted for ${context.family} metrics` : pText(adjustedP);
    const movedTo = (side, pShown) => `${label} ${side === 'higher' ? 'rose' : 'fell'} from ${statistic} ${amount(from, unit)} to ${amount(to, unit)} after the deploy (${change(c.relative)}, ${pShown})`;
    if (before.worse) {
        const moved = movedTo(c.badSide, adjustedText);
        if (!vsWeek || !week)
            return moved;
        const weekStat = `the same hours a week earlier (${weekValue(vsWeek)}, ${pText(vsWeek.pBad)})`;
        if (fails)
            return `${moved}, and is also ${c.badSide === 'higher' ? 'above' : 'below'} ${weekStat}`;
        return `${moved}, but not beyond ${weekStat}: the daily pattern, not the deploy`;
    }
    if (before.tooSmall === 'tolerance')
        return `${movedTo(c.badSide, adjustedText)}, within the ${percent(settings.tolerance)} tolerance`;
    if (before.tooSmall === 'minChange')
        return `${movedTo(c.badSide, adjustedText)}, less than the ${amount(Math.max(0, sample.minChange ?? 0), unit)} change that matters`;
    // Not significant after the correction, though it is on its own: say so rather than "no change".
    if (c.direction !== 'same' && c.direction === c.badSide) {
        return `${movedTo(c.badSide, pText(c.pBad))}, not significant once adjusted for ${context.family} metrics (${pText(adjustedP)})`;
    }
    if (c.direction !== 'same') {
        const pMoved = c.direction === 'higher' ? c.pUp : c.pDown;
        return `${movedTo(c.direction, pText(pMoved))}: ${sample.bad === 'up' ? 'an improvement' : 'the good direction'}`;
    }
    const stat = c.basis === 'median' ? 'median' : 'average';
    const weekText = vsWeek ? `; the same hours a week earlier: ${weekValue(vsWeek)}` : '';
    return `${label} showed no significant change: ${stat} ${amount(from, unit)} before, ${amount(to, unit)} after the deploy (${pText(c.pBad)})${weekText}`;
}
function signatureSentence(s) {
    const text = s.signature.replace(/\s+/g, ' ').trim();
    const shown = text.length > 160 ? `${text.slice(0, 157)}...` : text;
    return `new error signature after the deploy: "${shown}" (${s.count} ${plural(s.count, 'line')}, first seen ${s.firstSeen})`;
}
// The units metric-evidence's formatValue spells out itself.
const KNOWN_UNITS = new Set(['percent', 'count', 'seconds', 'milliseconds', 'bytes', 'megabytes', 'bytes/second']);
/** A value in its unit the way metric findings show them; an unknown unit follows the number. */
function amount(value, unit) {
    if (KNOWN_UNITS.has(unit) || unit === '')
        return (0,metric_units/* formatValue */.F)(value, unit);
    const [base, per] = unit.split('/');
    // 'count/min' reads better as '12/min' than as '12 count/min'.
    if (base === 'count' && per)
        return `${(0,metric_units/* formatValue */.F)(value, 'count')}/${per}`;
    return `${(0,metric_units/* formatValue */.F)(value, unit)} ${unit}`;
}
function change(relative) {
    if (!Number.isFinite(relative))
        return relative > 0 ? 'up from 0' : 'down from 0';
    const pct = relative * 100;
    return `${pct > 0 ? '+' : ''}${pct.toFixed(Math.abs(pct) < 10 ? 1 : 0)}%`;
}
function percent(fraction) {
    return `${Number((fraction * 100).toFixed(1))}%`;
}
/**
 * Two significant digits, cut rather than rounded, so the text never crosses a threshold the value
 * did not: 0.0497 shows as 0.049, not as 0.05.
 */
function pText(p) {
    if (p < 0.0001)
        return 'p < 0.0001';
    const decimals = Math.floor(-Math.log10(p)) + 2;
    const scale = 10 ** decimals;
    // The factor absorbs products like 0.29 * 100 = 28.999999999999996.
    return `p = ${Math.floor(p * scale * (1 + 1e-12)) / scale}`;
}
function plural(n, word) {
    return n === 1 ? word : `${word}s`;
}
function finite(values) {
    return values.filter((v) => Number.isFinite(v));
}

;// CONCATENATED MODULE: ./src/gate/run-gate.ts
// The post-deploy gate's engine: find the service and its deploy, read its metrics and logs around
// the deploy (and a week earlier), judge, and with --watch re-check until the verdict is settled.
// AWS calls go through the ECS, ELBv2, CloudWatch and Logs edges; everything else is pure.

















/** A verdict this many checks in a row is settled; a fail is settled at once (a pipeline should stop early). */
const STABLE_CHECKS = 3;
/** Without [scan] deadline / --deadline: this long for one check, plus the --watch time. */
const GATE_DEADLINE_MS = 2 * 60_000;
async function runGate(deps, config, request) {
    // The same run-wide deadline as a scan: every AWS call is abandoned at it, and the verdict is
    // built from what was read (too little: inconclusive).
    const deadline = (0,src_deadline/* startDeadline */.db)(config.deadlineMs ?? GATE_DEADLINE_MS + request.watchMs);
    try {
        return await run_gate_gate({ ...deps, clients: deps.clients.withSignal(deadline.signal) }, config, request, deadline.signal);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.y || error instanceof aws_errors/* CredentialsUnusableError */.E9)
            throw error;
        const reached = (0,src_deadline/* deadlineOf */.G0)(error);
        if (reached)
            throw new errors/* UserError */.y(`the gate could not finish: ${(0,src_deadline/* deadlineReason */.Xp)(reached.deadlineMs, 'the service was read')}`);
        if ((0,aws_errors.isUnreachable)(error))
            throw new errors/* UserError */.y(`could not reach AWS: ${(0,aws_errors.describeAwsError)(error)}`);
        throw error;
    }
    finally {
        deadline.dispose();
    }
}
async function run_gate_gate(deps, config, request, signal) {
    const started = deps.now();
    const coverage = [];
    const context = (0,collector_context/* createCollectorContext */.r)({ config, clients: deps.clients, now: started, coverage, progress: deps.progress, signal });
    const account = await (0,caller_identity/* callerAccount */.X)(deps.clients);
    const found = await (0,ecs_collector.describeOneService)(context, request.cluster, request.service);
    if (!found) {
        const failed = coverage.find((gap) => gap.operation === 'DescribeServices');
        if (failed)
            throw new errors/* UserError */.y(`could not read service ${request.service} of cluster ${request.cluster} (account ${account}, ${config.region}): ${failed.reason}`);
        throw new errors/* UserError */.y(`service ${request.service} not found in cluster ${request.cluster} (account ${account}, ${config.region}); check --cluster and --service`);
    }
    const { service } = found;
    const deployedAt = typeof service.attributes.deploymentStartedAt === 'string' ? new Date(service.attributes.deploymentStartedAt) : undefined;
    let stackUpdatedAt;
    if (!request.deployTime && request.stack) {
        const stack = await (0,collector.describeOneStack)(context, request.stack);
        if (!stack)
            throw new errors/* UserError */.y(`stack ${request.stack} not found (account ${account}, ${config.region}); check --stack`);
        if (typeof stack.attributes.lastUpdatedAt === 'string')
            stackUpdatedAt = new Date(stack.attributes.lastUpdatedAt);
    }
    const deploy = request.deployTime ?? stackUpdatedAt ?? deployedAt;
    const source = request.deployTime ? 'flag' : stackUpdatedAt ? 'cloudformation-stack' : 'ecs-deployment';
    if (!deploy)
        throw new errors/* UserError */.y(`no deploy time: ${request.service} reports no deployment; give --deploy-time`);
    if (deploy.getTime() > started.getTime()) {
        throw new errors/* UserError */.y(`${request.deployTime ? '--deploy-time' : `the latest deployment of ${request.service}`} (${deploy.toISOString()}) is in the future; check the clock or the time given`);
    }
    const groups = await (0,elbv2_collector.describeTargetGroups)(context, found.targetGroupArns);
    const settings = {
        confidence: config.gate.confidence,
        tolerance: config.gate.tolerance,
        passScore: config.gate.passScore,
        marginalScore: config.gate.marginalScore,
        minSamples: config.gate.minSamples,
        minJudgedShare: config.gate.minJudgedShare,
    };
    const sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const deadline = started.getTime() + request.watchMs;
    const history = [];
    let last;
    for (;;) {
        const windows = (0,gate_plan/* planGateWindows */.s_)(deploy, deps.now(), config.gate.windowMs);
        last = { windows, verdict: await check(context, service, groups, windows, settings) };
        history.push(last.verdict.verdict);
        context.progress(`check ${history.length}: ${last.verdict.verdict} (score ${last.verdict.score})`);
        // Inconclusive is never settled: with --watch the gate waits for data until its limit.
        const verdict = last.verdict.verdict;
        const settled = verdict === 'fail' || (verdict !== 'inconclusive' && history.length >= STABLE_CHECKS && history.slice(-STABLE_CHECKS).every((v) => v === verdict));
        if (settled || signal.aborted || deps.now().getTime() + request.intervalMs > deadline)
            break;
        await sleep(request.intervalMs);
    }
    const finished = deps.now();
    const span = (s) => ({ from: s.from.toISOString(), to: s.to.toISOString() });
    return boundGateReport({
        kind: 'gate',
        schemaVersion: 2,
        tool: { name: 'aws-monitor', version: deps.version },
        generatedAt: finished.toISOString(),
        account,
        region: config.region,
        service: {
            cluster: request.cluster,
            name: request.service,
            targetGroups: groups.map((g) => g.id),
            logGroups: service.attributes.logGroups ?? [],
        },
        deploy: {
            at: last.windows.deploy.toISOString(),
            source,
            ...(request.stack && source === 'cloudformation-stack' ? { stack: request.stack } : {}),
            ...(typeof service.attributes.taskDefinition === 'string' ? { taskDefinition: service.attributes.taskDefinition } : {}),
        },
        windows: { before: span(last.windows.before), after: span(last.windows.after), weekBefore: span(last.windows.weekBefore) },
        settings: {
            ...settings,
            minJudgedShare: config.gate.minJudgedShare,
            windowMinutes: config.gate.windowMs / 60_000,
            newSignatureMinCount: config.gate.newSignatureMinCount,
            failOnMarginal: config.gate.failOnMarginal,
            criticalMetrics: config.gate.criticalMetrics,
        },
        result: last.verdict,
        checks: history,
        coverage: dedupe(coverage),
        apiCalls: deps.clients.counter.snapshot(),
        durationMs: finished.getTime() - started.getTime(),
    });
}
/** One look: metrics around the deploy and a week earlier, the service's logs, then the judge. */
async function check(context, service, groups, windows, settings) {
    // Every target group in front of the service is judged; the service's own metrics once.
    const resources = [service, ...groups];
    const catalog = metric_catalog/* METRIC_CATALOG */.By.filter((spec) => gate_plan/* GATE_CATALOG_IDS */.n6.includes(spec.id));
    const queries = (0,metric_planner/* planMetricQueries */.k2)(resources, catalog);
    const read = async (span) => {
        const points = Math.max(1, Math.round((span.to.getTime() - span.from.getTime()) / (gate_plan/* GATE_PERIOD_SECONDS */.qO * 1000)));
        const plan = { periodSeconds: gate_plan/* GATE_PERIOD_SECONDS */.qO, start: span.from, end: span.to, pointsPerSeries: points, calls: (0,chunk/* chunk */.i)(queries, (0,metric_planner/* queriesPerCall */.aZ)(points)) };
        const series = queries.length > 0 && span.to > span.from ? await (0,metric_fetcher/* fetchMetricPlan */.C)(context, plan) : [];
        const of = (resource) => new Map(series.filter((s) => s.query.resource.type === resource.type && s.query.resource.id === resource.id).map((s) => [s.query.spec.id, s]));
        return { service: of(service), targetGroups: groups.map((group) => ({ id: group.id, series: of(group) })) };
    };
    const hasAfter = windows.after.to > windows.after.from;
    const [around, week, digests] = await Promise.all([
        read({ from: windows.before.from, to: windows.after.to }),
        hasAfter ? read(windows.weekBefore) : Promise.resolve(undefined),
        readServiceLogs(context, service, windows),
    ]);
    const critical = new Set(context.config.gate.criticalMetrics);
    const samples = (0,gate_plan/* metricSamples */.I5)(windows, around, week, critical);
    const logSample = (0,gate_plan/* logErrorSample */.Jt)(windows, digests, critical.has('log_error_lines'));
    if (logSample)
        samples.push(logSample);
    return judgeGate(samples, (0,gate_plan/* newSignatures */.YK)(windows, digests, context.config.gate.newSignatureMinCount), settings);
}
/** The service's own logs over both windows, by the scan's reader; bins of the gate's period from the before window's start. */
async function readServiceLogs(context, service, windows) {
    const sources = context.config.logs.enabled ? (0,log_sources/* logSourcesOf */.q)([service], []) : [];
    if (sources.length === 0)
        return [];
    const startMs = windows.before.from.getTime();
    const endMs = Math.max(windows.after.to.getTime(), windows.deploy.getTime() + 60_000);
    const binCount = Math.ceil((endMs - startMs) / (gate_plan/* GATE_PERIOD_SECONDS */.qO * 1000));
    const { digests } = await (0,log_reader/* readLogDigests */.ok)(context, sources, { startMs, endMs, binSeconds: gate_plan/* GATE_PERIOD_SECONDS */.qO, binCount });
    return digests;
}
/** A watch repeats the same reads: one gap per thing not checked, not one per check. */
function dedupe(gaps) {
    const seen = new Map();
    for (const gap of gaps)
        seen.set(`${gap.service} ${gap.operation} ${gap.scope}`, gap);
    return [...seen.values()];
}

// EXTERNAL MODULE: ./src/aws/clients-for-config.ts + 1 modules
var clients_for_config = __webpack_require__(1035);
// EXTERNAL MODULE: ./src/renderers/text.ts
var renderers_text = __webpack_require__(3802);
// EXTERNAL MODULE: ./src/renderers/html/html-text.ts
var html_text = __webpack_require__(4971);
// EXTERNAL MODULE: ./src/renderers/html/page-shell.ts + 2 modules
var page_shell = __webpack_require__(1865);
;// CONCATENATED MODULE: ./src/renderers/html/gate-page.ts
// The post-deploy gate's report as one self-contained page: the verdict and score first, the
// reasons, then each metric's before and after side by side on one axis (medians, means and the
// week-before median where there is one), the new error signatures, coverage and the run.
// The gate report keeps each window's summary statistics, not its points, so the chart shows
// those, not the whole distributions.




const VERDICT = { pass: 'Pass', marginal: 'Marginal', fail: 'Fail', inconclusive: 'Inconclusive' };
// The report page's colours: a pass reads as healthy, marginal as degraded, a fail as failing; inconclusive as not known.
const TONE = { pass: 'healthy', marginal: 'degraded', fail: 'failing', inconclusive: 'inconclusive' };
const METRIC_TONE = { pass: 'ok', fail: 'critical', nodata: 'info' };
const time = (iso) => `<time datetime="${(0,html_text/* escapeHtml */.Z)(iso)}">${(0,html_text/* escapeHtml */.Z)((0,renderers_text/* formatTime */.fU)(iso))}</time>`;
const shown = (v, unit) => (v === undefined || !Number.isFinite(v) ? '–' : (0,metric_units/* formatValue */.F)(v, unit));
function gate_page_change(m) {
    if (m.relativeChange === undefined)
        return m.verdict === 'nodata' ? '–' : 'from 0';
    const percent = m.relativeChange * 100;
    return `${percent >= 0 ? '+' : ''}${percent.toFixed(Math.abs(m.relativeChange) < 0.1 ? 1 : 0)}%`;
}
const W = 300;
const H = 56;
const PAD = 14;
/** Before and after of one metric on one axis: hollow before, filled after, an arrow between, the week before as a diamond. */
function comparisonChart(m, id) {
    const before = m.basis === 'mean' ? m.beforeMean : m.beforeMedian;
    const after = m.basis === 'mean' ? m.afterMean : m.afterMedian;
    const week = m.weekBefore?.median;
    const points = [before, after, week, m.beforeMean, m.afterMean].filter((v) => v !== undefined && Number.isFinite(v));
    if (before === undefined || after === undefined || !Number.isFinite(before) || !Number.isFinite(after))
        return '';
    // Around the values, not from zero: a 3 % rise must be visible. The padding grows with the values,
    // so a small change still looks small next to them.
    const lowest = Math.min(...points);
    const highest = Math.max(...points);
    const pad = Math.max((highest - lowest) * 0.15, Math.abs(highest) * 0.05, 1e-9);
    const low = lowest >= 0 ? Math.max(0, lowest - pad) : lowest - pad;
    const high = highest + pad;
    if (!Number.isFinite(high - low))
        return '';
    const x = (v) => PAD + ((v - low) / (high - low || 1)) * (W - 2 * PAD);
    const basis = m.basis === 'mean' ? 'mean' : 'median';
    const parts = [
        `<line class="axis" x1="${PAD}" x2="${W - PAD}" y1="30" y2="30"/>`,
        `<text class="tick" x="${PAD}" y="50" text-anchor="start">${(0,html_text/* escapeHtml */.Z)((0,metric_units/* formatValue */.F)(low, m.unit))}</text>`,
        `<text class="tick" x="${W - PAD}" y="50" text-anchor="end">${(0,html_text/* escapeHtml */.Z)((0,metric_units/* formatValue */.F)(high, m.unit))}</text>`,
    ];
    if (week !== undefined && Number.isFinite(week))
        parts.push(`<path class="week" d="M${x(week).toFixed(1)} 24l6 6l-6 6l-6 -6z"/>`);
    parts.push(`<line class="shift" x1="${x(before).toFixed(1)}" x2="${x(after).toFixed(1)}" y1="30" y2="30"/>`);
    parts.push(`<circle class="before" cx="${x(before).toFixed(1)}" cy="30" r="5"/>`, `<circle class="after" cx="${x(after).toFixed(1)}" cy="30" r="5"/>`);
    const description = `${basis} before ${(0,metric_units/* formatValue */.F)(before, m.unit)}, after ${(0,metric_units/* formatValue */.F)(after, m.unit)}${week !== undefined && Number.isFinite(week) ? `, a week earlier ${(0,metric_units/* formatValue */.F)(week, m.unit)}` : ''}`;
    return `<svg class="compare tone-${METRIC_TONE[m.verdict]}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t"><title id="${id}-t">${(0,html_text/* escapeHtml */.Z)(`${m.label}: ${description}`)}</title>${parts.join('')}</svg>`;
}
function renderGateHtml(report) {
    const r = report.result;
    const w = report.windows;
    const source = { flag: 'the deploy time given', 'cloudformation-stack': `the last update of stack ${report.deploy.stack ?? ''}`, 'ecs-deployment': 'the latest ECS deployment' }[report.deploy.source];
    const body = [
        '<main>',
        '<div class="top"><span class="brand">aws-monitor gate</span><button type="button" id="theme-toggle" class="no-print" data-needs-script hidden>Theme: auto</button></div>',
        `<header class="card verdict-card ${TONE[r.verdict]}">`,
        `<h1><span class="verdict">${VERDICT[r.verdict]}</span> <span>score ${r.score}: ${r.passed} of ${r.judged} metrics passed${r.newSignatures.length ? `, ${r.newSignatures.length} new error signature${r.newSignatures.length === 1 ? '' : 's'}` : ''}</span></h1>`,
        `<p class="scope-line"><code>${(0,html_text/* escapeHtml */.Z)(report.service.cluster)}/${(0,html_text/* escapeHtml */.Z)(report.service.name)}</code> · account ${(0,html_text/* escapeHtml */.Z)(report.account)} · ${(0,html_text/* escapeHtml */.Z)(report.region)} · deploy ${time(report.deploy.at)} (${(0,html_text/* escapeHtml */.Z)(source)}${report.deploy.taskDefinition ? `, ${(0,html_text/* escapeHtml */.Z)(report.deploy.taskDefinition)}` : ''})</p>`,
        `<p class="scope-line">Compared ${time(w.after.from)} to ${time(w.after.to)} after with ${time(w.before.from)} to ${time(w.before.to)} before, and with the same hours a week earlier where CloudWatch has them, at ${Math.round(report.settings.confidence * 100)}% confidence. Pass at ${report.settings.passScore}, marginal at ${report.settings.marginalScore}.</p>`,
        r.reasons.length ? `<ul class="notes">${r.reasons.map((reason) => `<li>${(0,html_text/* escapeHtml */.Z)(reason)}</li>`).join('')}</ul>` : '',
        '</header>',
        '<section aria-labelledby="metrics-h"><h2 id="metrics-h">Metrics</h2>',
        '<p class="section-note">Each metric after the deploy against before it: <span class="key-before" aria-hidden="true"></span> before, <span class="key-after" aria-hidden="true"></span> after, <span class="key-week" aria-hidden="true"></span> a week earlier (the statistic the verdict used: the median, or the mean where medians cannot show the change).</p>',
        '<div class="table-wrap card"><table><caption class="visually-hidden">Metrics before and after the deploy</caption><thead><tr><th scope="col">Metric</th><th scope="col" class="num">Before</th><th scope="col" class="num">After</th><th scope="col" class="num">Change</th><th scope="col" class="num">p</th><th scope="col">Verdict</th><th scope="col">Before and after</th></tr></thead><tbody>',
    ];
    r.metrics.forEach((m, i) => {
        const before = m.basis === 'mean' ? m.beforeMean : m.beforeMedian;
        const after = m.basis === 'mean' ? m.afterMean : m.afterMedian;
        const p = m.adjustedPValue === undefined ? '–' : m.adjustedPValue < 0.0001 ? '&lt;0.0001' : m.adjustedPValue.toFixed(4);
        body.push(`<tr><td><strong>${(0,html_text/* escapeHtml */.Z)(m.label)}</strong>${m.critical ? ' <span class="badge sev-high">critical</span>' : ''}<br><span class="muted">${(0,html_text/* escapeHtml */.Z)(m.reason)}</span></td>` +
            `<td class="num">${(0,html_text/* escapeHtml */.Z)(shown(before, m.unit))}</td><td class="num">${(0,html_text/* escapeHtml */.Z)(shown(after, m.unit))}</td><td class="num">${(0,html_text/* escapeHtml */.Z)(gate_page_change(m))}</td><td class="num">${p}</td>` +
            `<td><span class="badge sev-${METRIC_TONE[m.verdict]}">${m.verdict === 'nodata' ? 'no data' : m.verdict}</span></td><td class="compare-cell">${comparisonChart(m, `metric-${i + 1}`)}</td></tr>`);
    });
    body.push('</tbody></table></div></section>');
    if (r.newSignatures.length > 0) {
        body.push('<section aria-labelledby="signatures-h"><h2 id="signatures-h">New error signatures</h2><p class="section-note">Seen after the deploy and never before it.</p><div class="table-wrap card"><table><thead><tr><th scope="col">Signature</th><th scope="col" class="num">Lines</th><th scope="col">First seen</th></tr></thead><tbody>', ...r.newSignatures.map((s) => `<tr><td><code>${(0,html_text/* escapeHtml */.Z)(s.signature)}</code></td><td class="num">${s.count}</td><td>${Number.isFinite(Date.parse(s.firstSeen)) ? time(s.firstSeen) : (0,html_text/* escapeHtml */.Z)(s.firstSeen)}</td></tr>`), '</tbody></table></div></section>');
    }
    body.push('<section aria-labelledby="coverage-h"><h2 id="coverage-h">Coverage</h2>');
    body.push(report.coverage.length === 0
        ? '<p class="card empty">Every check ran.</p>'
        : `<div class="table-wrap card"><table><thead><tr><th scope="col">Not checked</th><th scope="col">API</th><th scope="col">Why</th></tr></thead><tbody>${report.coverage.map((g) => `<tr><td>${(0,html_text/* escapeHtml */.Z)(g.scope)}</td><td><code>${(0,html_text/* escapeHtml */.Z)(g.iamAction ?? `${g.service}:${g.operation}`)}</code></td><td>${(0,html_text/* escapeHtml */.Z)(g.reason)}</td></tr>`).join('')}</tbody></table></div>`);
    body.push('</section>');
    body.push('<section aria-labelledby="run-h"><h2 id="run-h">Run</h2><div class="card run-facts"><dl class="facts">' +
        `<dt>tool</dt><dd>${(0,html_text/* escapeHtml */.Z)(report.tool.name)} ${(0,html_text/* escapeHtml */.Z)(report.tool.version)}</dd>` +
        `<dt>checks</dt><dd>${report.checks.length} (${report.checks.join(', ')}) in ${(report.durationMs / 1000).toFixed(1)} s</dd>` +
        `<dt>AWS API calls</dt><dd>${report.apiCalls.total}</dd>` +
        `<dt>target groups</dt><dd>${report.service.targetGroups.map(html_text/* escapeHtml */.Z).join(', ') || 'none'}</dd>` +
        `<dt>log groups</dt><dd>${report.service.logGroups.map(html_text/* escapeHtml */.Z).join(', ') || 'none'}</dd>` +
        '</dl></div></section>');
    body.push(`<footer>${(0,html_text/* escapeHtml */.Z)(report.tool.name)} ${(0,html_text/* escapeHtml */.Z)(report.tool.version)} · generated ${time(report.generatedAt)} · a self-contained page: it loads nothing from the network.</footer>`, '</main>');
    return (0,page_shell/* htmlPage */.X)(`aws-monitor gate: ${VERDICT[r.verdict]} · ${report.service.cluster}/${report.service.name}`, body.join('\n'));
}

// EXTERNAL MODULE: ./src/renderers/markdown.ts
var markdown = __webpack_require__(7343);
;// CONCATENATED MODULE: ./src/renderers/gate.ts
// The gate report as text (for the log and a ticket), markdown (job summary) and JSON.





const WIDTH = 100;
// The metric column: the other columns take 53 of the 100, each starting with a space.
const LABEL = 44;
/** "target 5xx rate (api-internal) (critical)" in the metric column: a long name is cut, the critical mark kept. */
function metricName(m) {
    const mark = m.critical ? ' (critical)' : '';
    const room = LABEL - mark.length;
    return `${m.label.length > room ? `${m.label.slice(0, room - 1)}…` : m.label}${mark}`;
}
const gate_VERDICT = { pass: 'PASS', marginal: 'MARGINAL', fail: 'FAIL', inconclusive: 'INCONCLUSIVE' };
const value = (m, which) => {
    const v = m.basis === 'mean' ? (which === 'before' ? m.beforeMean : m.afterMean) : which === 'before' ? m.beforeMedian : m.afterMedian;
    return v === undefined || !Number.isFinite(v) ? '-' : (0,metric_units/* formatValue */.F)(v, m.unit);
};
const gate_change = (m) => m.relativeChange === undefined
    ? m.verdict === 'nodata'
        ? '-'
        : 'from 0'
    : `${m.relativeChange >= 0 ? '+' : ''}${(m.relativeChange * 100).toFixed(Math.abs(m.relativeChange) < 0.1 ? 1 : 0)}%`;
const p = (m) => (m.adjustedPValue === undefined ? '-' : m.adjustedPValue < 0.0001 ? '<0.0001' : m.adjustedPValue.toFixed(4));
const hhmm = (iso) => (0,renderers_text/* formatTime */.fU)(iso).slice(11);
function headline(report) {
    const r = report.result;
    if (r.verdict === 'inconclusive')
        return `INCONCLUSIVE: ${r.judged} of ${r.metrics.length} metrics had enough data (${r.passed} passed): not a pass`;
    return `${gate_VERDICT[r.verdict]}: score ${r.score} (${r.passed} of ${r.judged} metrics passed${r.newSignatures.length ? `, ${r.newSignatures.length} new error signature${r.newSignatures.length === 1 ? '' : 's'}` : ''}); pass at ${report.settings.passScore}, marginal at ${report.settings.marginalScore}`;
}
function renderGateText(report) {
    const r = report.result;
    const w = report.windows;
    const out = [
        `aws-monitor gate - ${report.service.cluster}/${report.service.name} - account ${report.account} - ${report.region}`,
        `deploy ${(0,renderers_text/* formatTime */.fU)(report.deploy.at)} (${{ flag: '--deploy-time', 'cloudformation-stack': `last update of stack ${report.deploy.stack ?? ''}`, 'ecs-deployment': 'latest ECS deployment' }[report.deploy.source]}${report.deploy.taskDefinition ? `, ${report.deploy.taskDefinition}` : ''})`,
        ...(0,renderers_text/* wrap */.LV)(`compared ${hhmm(w.before.from).slice(0, 5)}-${hhmm(w.before.to)} before with ${hhmm(w.after.from).slice(0, 5)}-${hhmm(w.after.to)} after (and the same hours a week earlier where CloudWatch has them), at ${Math.round(report.settings.confidence * 100)}% confidence`, WIDTH, '', '  '),
        '',
        headline(report),
        ...r.reasons.flatMap((reason) => (0,renderers_text/* wrap */.LV)(`- ${reason}`, WIDTH, '  ', '    ')),
        '',
        'METRICS',
        `  ${'metric'.padEnd(LABEL)}${'before'.padStart(11)}${'after'.padStart(11)}${'change'.padStart(9)}${'p'.padStart(9)}  verdict`,
        ...r.metrics.map((m) => `  ${metricName(m).padEnd(LABEL)}${value(m, 'before').padStart(11)}${value(m, 'after').padStart(11)}${gate_change(m).padStart(9)}${p(m).padStart(9)}  ${m.verdict === 'nodata' ? 'no data' : m.verdict.toUpperCase()}`),
        // Why a metric has no data, unless the reasons above already say it.
        ...r.metrics.filter((m) => m.verdict === 'nodata' && !r.reasons.includes(m.reason)).flatMap((m) => (0,renderers_text/* wrap */.LV)(`(${m.reason})`, WIDTH, '  ', '   ')),
    ];
    if (r.newSignatures.length > 0) {
        out.push('', 'NEW ERROR SIGNATURES (not seen before the deploy)');
        for (const s of r.newSignatures)
            (0,renderers_text/* pushAll */.iI)(out, (0,renderers_text/* wrap */.LV)(`- ${s.signature}: ${s.count} since ${hhmm(s.firstSeen)}`, WIDTH, '  ', '    '));
    }
    out.push('', 'COVERAGE');
    if (report.coverage.length === 0)
        out.push('  Every check ran.');
    for (const gap of report.coverage)
        (0,renderers_text/* pushAll */.iI)(out, (0,renderers_text/* wrap */.LV)(`- not checked: ${gap.scope} (${gap.service} ${gap.operation}): ${gap.reason}`, WIDTH, '  ', '    '));
    out.push('', 'RUN', `  ${report.tool.name} ${report.tool.version}, ${report.checks.length} check${report.checks.length === 1 ? '' : 's'} (${report.checks.join(', ')}) in ${(report.durationMs / 1000).toFixed(1)}s`, ...(0,renderers_text/* wrap */.LV)(`AWS API calls: ${report.apiCalls.total}; target groups: ${report.service.targetGroups.join(', ') || 'none'}; logs: ${report.service.logGroups.join(', ') || 'none'}`, WIDTH, '  ', '    '));
    return out.map((line) => line.trimEnd()).join('\n') + '\n';
}
function renderGateMarkdown(report) {
    const r = report.result;
    const icon = { pass: '✅', marginal: '⚠️', fail: '❌', inconclusive: '❔' }[r.verdict];
    const out = [
        `## aws-monitor gate: ${icon} ${gate_VERDICT[r.verdict]} · ${(0,markdown/* cell */.Hn)(report.service.cluster)}/${(0,markdown/* cell */.Hn)(report.service.name)}`,
        '',
        `${(0,markdown/* cell */.Hn)(headline(report))}. Deploy ${(0,renderers_text/* formatTime */.fU)(report.deploy.at)}; account ${report.account} · ${report.region}.`,
        '',
        ...r.reasons.map((reason) => `- ${(0,markdown/* cell */.Hn)(reason)}`),
        '',
        '| Metric | Before | After | Change | p | Verdict |',
        '|---|---|---|---|---|---|',
        ...r.metrics.map((m) => `| ${(0,markdown/* cell */.Hn)(m.label)}${m.critical ? ' (critical)' : ''} | ${value(m, 'before')} | ${value(m, 'after')} | ${gate_change(m)} | ${p(m)} | ${m.verdict === 'nodata' ? 'no data' : m.verdict} |`),
        '',
    ];
    if (r.newSignatures.length > 0)
        out.push('**New error signatures**', '', ...r.newSignatures.map((s) => `- ${(0,markdown/* cell */.Hn)(s.signature)}: ${s.count} since ${(0,renderers_text/* formatTime */.fU)(s.firstSeen)}`), '');
    if (report.coverage.length > 0)
        out.push('**Not checked**', '', ...report.coverage.map((g) => `- ${(0,markdown/* cell */.Hn)(g.scope)}: ${(0,markdown/* cell */.Hn)(g.reason)}`), '');
    out.push(`<sub>${report.checks.length} check(s) · ${report.apiCalls.total} AWS API calls · ${(report.durationMs / 1000).toFixed(1)}s · ${report.tool.name} ${report.tool.version}</sub>`, '');
    return out.join('\n');
}
function renderGate(format, report) {
    if (format === 'json')
        return `${JSON.stringify(report, null, 2)}\n`;
    // The page escapes every string itself; text and markdown get control and invisible characters made visible first.
    if (format === 'html')
        return renderGateHtml(report);
    return format === 'markdown' ? renderGateMarkdown((0,output_safety/* visibleStrings */.RI)(report, 'everywhere')) : renderGateText((0,output_safety/* visibleStrings */.RI)(report));
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/credentials-setup.ts + 2 modules
var credentials_setup = __webpack_require__(9787);
// EXTERNAL MODULE: ./src/cli/global-options.ts + 1 modules
var global_options = __webpack_require__(5117);
// EXTERNAL MODULE: ./src/cli/cli-config.ts + 5 modules
var cli_config = __webpack_require__(9034);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/commands/gate.ts
// `aws-monitor gate --cluster C --service S`: did the service's latest deploy make things worse?
// Exit 0 pass (and marginal unless [gate] fail_on_marginal), 1 fail, 2 the tool could not run,
// 3 inconclusive (too little data to judge).












async function gateCommand(options, io) {
    const config = (0,cli_config/* loadCliConfig */.X)(io, options);
    const request = parseGateRequest(options, (setting) => `--${setting}`, io.now());
    if (request.watchMs > 0 && request.intervalMs < 10_000)
        throw new errors/* UserError */.y('--interval: at least 10s (each check reads CloudWatch again)');
    const clients = (0,clients_for_config/* clientsForConfig */.M)(config, await (0,credentials_setup/* baseCredentials */.C1)(config, io))(config.region, new call_counter/* CallCounter */.X());
    const progress = (0,global_options/* progressLine */.oz)(options, io);
    let report;
    try {
        report = await runGate({ clients, now: io.now, version: version/* VERSION */.x, ...(progress ? { progress: progress.update } : {}) }, config, request);
    }
    finally {
        progress?.done();
        clients.destroy();
    }
    (0,cli_io.writeResult)(renderGate(options.format ?? 'text', report), options.output, `gate ${report.result.verdict} (score ${report.result.score})`, io);
    return gateExitCode(report);
}


/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   processIo: () => (/* binding */ processIo),
/* harmony export */   readInputFile: () => (/* binding */ readInputFile),
/* harmony export */   writeResult: () => (/* binding */ writeResult)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
// Everything the CLI touches outside itself, injected so tests can run it in-process.



function processIo() {
    return {
        stdout: process.stdout,
        stderr: process.stderr,
        stdin: process.stdin,
        env: process.env,
        cwd: process.cwd(),
        now: () => new Date(),
    };
}
/** The text of a file named on the command line, relative to the working directory; unreadable is a user error. */
function readInputFile(file, io) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, file), 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot read ${file}: ${error.code ?? error.message}`);
    }
}
/** A command's result to --output (with a one-line summary on stderr, unless there is none: --quiet) or to stdout. */
function writeResult(text, output, summary, io) {
    if (!output) {
        io.stdout.write(text);
        return;
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output), text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot write ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output)}: ${error.code ?? error.message}`);
    }
    if (summary !== undefined)
        io.stderr.write(`${summary}; written to ${output}\n`);
}


/***/ }),

/***/ 8659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ nameFromArn),
/* harmony export */   g: () => (/* binding */ tagsToRecord)
/* harmony export */ });
// Reading shapes the AWS SDK returns into ours: names out of ARNs, tag lists into records. Pure.
/** Last path part of an ARN: arn:aws:ecs:...:service/cluster/name -> name. */
function nameFromArn(arn) {
    return arn.slice(arn.lastIndexOf('/') + 1);
}
function tagsToRecord(tags) {
    const record = {};
    for (const tag of tags ?? []) {
        const key = tag.key ?? tag.Key;
        if (key)
            record[key] = tag.value ?? tag.Value ?? '';
    }
    return record;
}


/***/ }),

/***/ 8934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cloudformationCollector: () => (/* binding */ cloudformationCollector),
/* harmony export */   describeOneStack: () => (/* binding */ describeOneStack)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3805);
/* harmony import */ var _collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1505);
/* harmony import */ var _collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8659);
// CloudFormation: stacks whose name has the configured prefix and suffix, with their status.



const ID = 'cloudformation';
const cloudformationCollector = {
    id: ID,
    title: 'AWS CloudFormation',
    async collect(context) {
        const cloudformation = context.clients.get(_aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__/* .CloudFormationClient */ .m1N);
        const { cloudformationPrefix: prefix, cloudformationSuffix: suffix } = context.config.filters;
        // DescribeStacks returns every live stack with its status in one paginated listing.
        const stacks = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, { sdkService: 'CloudFormation', operation: 'DescribeStacks', scope: 'CloudFormation stacks' }, async (NextToken) => {
            const page = await cloudformation.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__/* .DescribeStacksCommand */ .Y47({ NextToken }));
            return { items: page.Stacks, next: page.NextToken };
        });
        const inScope = stacks.filter((stack) => {
            const name = stack.StackName ?? '';
            return name.startsWith(prefix) && name.endsWith(suffix) && name.length >= prefix.length + suffix.length;
        });
        context.progress(`CloudFormation: ${inScope.length} of ${stacks.length} stacks match ${prefix}*${suffix}`);
        if (inScope.length < stacks.length)
            context.filtered?.({ type: 'cloudformation:stack', seen: stacks.length, kept: inScope.length, filter: `${prefix}*${suffix}` });
        const resources = inScope.map((stack) => stackResource(context, stack));
        // Only a stack that failed, rolled back or is mid-operation needs its events read: one call each.
        await Promise.all(resources.filter((r) => NEEDS_EVENTS.test(r.status ?? '')).map((r) => addFailureEvents(context, cloudformation, r)));
        return resources;
    },
};
/** One stack by name, for the post-deploy gate's deploy time (its last update): one call. */
async function describeOneStack(context, name) {
    const cloudformation = context.clients.get(_aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__/* .CloudFormationClient */ .m1N);
    const described = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'CloudFormation', operation: 'DescribeStacks', scope: `stack ${name}` }, () => cloudformation.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__/* .DescribeStacksCommand */ .Y47({ StackName: name })));
    const stack = described?.Stacks?.[0];
    return stack ? stackResource(context, stack) : undefined;
}
const NEEDS_EVENTS = /FAILED|ROLLBACK|IN_PROGRESS/;
const EVENTS_KEPT = 10;
/** The failed resource events of the stack's latest operation (first page: newest 100 events), newest first. */
async function addFailureEvents(context, cloudformation, resource) {
    const page = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'CloudFormation', operation: 'DescribeStackEvents', scope: `events of stack ${resource.name}` }, () => cloudformation.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__/* .DescribeStackEventsCommand */ .Ie9({ StackName: resource.arn ?? resource.name })));
    if (!page)
        return;
    const operation = latestOperation(page.StackEvents ?? [], resource.name);
    if (resource.status?.endsWith('_IN_PROGRESS'))
        resource.attributes.waitingOn = waitingOn(operation, resource.name);
    resource.events = operation
        .filter((event) => event.ResourceStatus?.endsWith('_FAILED'))
        .slice(0, EVENTS_KEPT)
        .map((event) => ({
        at: event.Timestamp?.toISOString() ?? '',
        message: `${event.LogicalResourceId ?? '?'} (${event.ResourceType ?? '?'}) ${event.ResourceStatus}: ${event.ResourceStatusReason ?? 'no reason given'}`,
    }));
}
/** Resources of the running operation whose latest event is still *_IN_PROGRESS: what a stuck stack waits on. */
function waitingOn(events, stackName) {
    const latest = new Map();
    for (const event of events)
        if (event.LogicalResourceId && !latest.has(event.LogicalResourceId))
            latest.set(event.LogicalResourceId, event);
    const pending = [...latest.values()].filter((e) => e.LogicalResourceId !== stackName && e.ResourceStatus?.endsWith('_IN_PROGRESS'));
    return pending.map((e) => `${e.LogicalResourceId} (${e.ResourceType ?? '?'})`).slice(0, 5);
}
/** Events newer than the stack's last "User Initiated" event, i.e. of the operation now showing. */
function latestOperation(events, stackName) {
    const start = events.findIndex((e) => e.LogicalResourceId === stackName && /^user initiated$/i.test(e.ResourceStatusReason ?? ''));
    return start === -1 ? events : events.slice(0, start + 1);
}
function stackResource(context, stack) {
    const name = stack.StackName ?? 'unknown';
    return {
        type: 'cloudformation:stack',
        id: name,
        ...(stack.StackId ? { arn: stack.StackId } : {}),
        name,
        region: context.config.region,
        ...(stack.StackStatus ? { status: stack.StackStatus } : {}),
        tags: (0,_collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_2__/* .tagsToRecord */ .g)(stack.Tags),
        attributes: {
            statusReason: stack.StackStatusReason ?? null,
            createdAt: stack.CreationTime?.toISOString() ?? null,
            lastUpdatedAt: (stack.LastUpdatedTime ?? stack.CreationTime)?.toISOString() ?? null,
            driftStatus: stack.DriftInformation?.StackDriftStatus ?? null,
        },
    };
}


/***/ }),

/***/ 9185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeOneService: () => (/* binding */ describeOneService),
/* harmony export */   ecsCollector: () => (/* binding */ ecsCollector)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(212);
/* harmony import */ var _collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1505);
/* harmony import */ var _chunk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4158);
/* harmony import */ var _collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8659);
/* harmony import */ var _collectors_resource_filter_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7569);
// ECS: every cluster and service, with desired/running/pending counts, deployments and events.





const ID = 'ecs';
const SERVICES_PER_DESCRIBE = 10; // DescribeServices' documented maximum
const CLUSTERS_PER_DESCRIBE = 100;
const TASKS_PER_DESCRIBE = 100;
// Enough to reach back past a burst of repeated health-check events to the last steady state.
const EVENTS_KEPT = 30;
const STOPPED_TASKS_KEPT = 20;
const ecsCollector = {
    id: ID,
    title: 'Amazon ECS',
    async collect(context) {
        const ecs = context.clients.get(_aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .ECSClient */ .Zgc);
        const clusterArns = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, { sdkService: 'ECS', operation: 'ListClusters', scope: 'ECS clusters' }, async (nextToken) => {
            const page = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .ListClustersCommand */ .Nnn({ nextToken, maxResults: 100 }));
            return { items: page.clusterArns, next: page.nextToken };
        });
        const clusters = [];
        await Promise.all((0,_chunk_js__WEBPACK_IMPORTED_MODULE_2__/* .chunk */ .i)(clusterArns, CLUSTERS_PER_DESCRIBE).map(async (batch) => {
            const described = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'ECS', operation: 'DescribeClusters', scope: `${batch.length} ECS clusters` }, () => ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .DescribeClustersCommand */ ._2_({ clusters: batch, include: ['SETTINGS', 'TAGS'] })));
            clusters.push(...(described?.clusters ?? []));
            reportFailures(context, 'DescribeClusters', 'cluster', described?.failures);
        }));
        context.progress(`ECS: ${clusters.length} clusters`);
        const perCluster = await Promise.all(clusters.map((cluster) => collectServices(context, ecs, cluster)));
        const services = perCluster.flatMap((c) => c.services);
        const clusterResources = clusters.map((cluster, i) => clusterResource(context, cluster, perCluster[i].listed));
        // The metric catalog reads Container Insights only for services whose cluster has it on.
        const insights = new Map(clusterResources.map((c) => [c.name, c.attributes.containerInsights]));
        for (const service of services)
            service.attributes.containerInsights = insights.get(service.attributes.cluster) ?? 'disabled';
        // One DescribeTaskDefinition per revision: only worth it when the logs are read.
        if (context.config.logs.enabled)
            await addLogGroups(context, ecs, services);
        return [...clusterResources, ...services];
    },
};
/**
 * One service, for the post-deploy gate: DescribeServices, then its task definition's log groups
 * (two calls instead of listing the account). Undefined when ECS does not know it.
 */
async function describeOneService(context, cluster, name) {
    const ecs = context.clients.get(_aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .ECSClient */ .Zgc);
    const described = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'ECS', operation: 'DescribeServices', scope: `service ${name} of cluster ${cluster}` }, () => ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .DescribeServicesCommand */ .H7c({ cluster, services: [name], include: ['TAGS'] })));
    const found = described?.services?.find((s) => s.status !== 'INACTIVE');
    if (!found)
        return undefined;
    const service = serviceResource(context, cluster, found);
    if (context.config.logs.enabled)
        await addLogGroups(context, ecs, [service]);
    return { service, targetGroupArns: (found.loadBalancers ?? []).map((lb) => lb.targetGroupArn).filter((arn) => Boolean(arn)) };
}
async function collectServices(context, ecs, cluster) {
    const [{ services, listed }, stopped] = await Promise.all([describeServices(context, ecs, cluster), stoppedTasksByService(context, ecs, cluster)]);
    for (const service of services) {
        const tasks = stopped.get(service.name);
        if (tasks)
            service.stoppedTasks = tasks.slice(0, STOPPED_TASKS_KEPT);
        service.attributes.stoppedTasks = tasks?.length ?? 0;
    }
    return { services, listed };
}
/** Stopped tasks of the whole cluster in one listing (ECS keeps them about an hour), by service name. */
async function stoppedTasksByService(context, ecs, cluster) {
    const clusterName = cluster.clusterName ?? 'unknown';
    const taskArns = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, { sdkService: 'ECS', operation: 'ListTasks', scope: `stopped tasks of cluster ${clusterName}` }, async (nextToken) => {
        const page = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .ListTasksCommand */ .MYg({ cluster: cluster.clusterArn, desiredStatus: 'STOPPED', nextToken, maxResults: 100 }));
        return { items: page.taskArns, next: page.nextToken };
    });
    const described = await Promise.all((0,_chunk_js__WEBPACK_IMPORTED_MODULE_2__/* .chunk */ .i)(taskArns, TASKS_PER_DESCRIBE).map((batch) => (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'ECS', operation: 'DescribeTasks', scope: `${batch.length} stopped tasks of cluster ${clusterName}` }, () => ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTasksCommand */ .z8X({ cluster: cluster.clusterArn, tasks: batch })))));
    for (const d of described)
        reportFailures(context, 'DescribeTasks', 'stopped task', d?.failures);
    const byService = new Map();
    for (const task of described.flatMap((d) => d?.tasks ?? [])) {
        const service = task.group?.startsWith('service:') ? task.group.slice('service:'.length) : undefined;
        if (!service)
            continue;
        const tasks = byService.get(service) ?? [];
        if (tasks.length === 0)
            byService.set(service, tasks);
        tasks.push(stoppedTask(task));
    }
    for (const tasks of byService.values())
        tasks.sort((a, b) => (b.stoppedAt ?? '').localeCompare(a.stoppedAt ?? ''));
    return byService;
}
function stoppedTask(task) {
    const stoppedAt = (task.stoppedAt ?? task.stoppingAt)?.toISOString();
    return {
        ...(stoppedAt ? { stoppedAt } : {}),
        reason: task.stoppedReason ?? 'unknown',
        ...(task.stopCode ? { stopCode: task.stopCode } : {}),
        failedContainers: (task.containers ?? []).filter((c) => c.exitCode !== undefined && c.exitCode !== 0).map((c) => `${c.name}=${c.exitCode}`),
        ...(task.taskDefinitionArn ? { taskDefinition: task.taskDefinitionArn.slice(task.taskDefinitionArn.lastIndexOf('/') + 1) } : {}),
    };
}
/**
 * The awslogs log groups of each service's task definition, for the log checks. DescribeTaskDefinition
 * takes one definition per call, so each distinct revision is described once.
 */
async function addLogGroups(context, ecs, services) {
    const revisions = [...new Set(services.map((s) => s.attributes.taskDefinition).filter((t) => t !== null))];
    const definitions = new Map();
    await Promise.all(revisions.map(async (revision) => {
        const result = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'ECS', operation: 'DescribeTaskDefinition', scope: `log groups of task definition ${revision}` }, () => ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTaskDefinitionCommand */ .Zy$({ taskDefinition: revision })));
        definitions.set(revision, result?.taskDefinition);
    }));
    for (const service of services) {
        const definition = service.attributes.taskDefinition === null ? undefined : definitions.get(service.attributes.taskDefinition);
        // null, not []: the definition could not be read (a coverage gap says why), so its logs are unknown.
        if (!definition) {
            service.attributes.logGroups = null;
            service.attributes.logStreamPrefixes = null;
            continue;
        }
        const logConfigs = (definition.containerDefinitions ?? []).map((c) => c.logConfiguration).filter((l) => l?.logDriver === 'awslogs');
        const options = (name) => [...new Set(logConfigs.map((l) => l?.options?.[name]).filter((value) => Boolean(value)))];
        service.attributes.logGroups = options('awslogs-group');
        service.attributes.logStreamPrefixes = options('awslogs-stream-prefix');
    }
}
async function describeServices(context, ecs, cluster) {
    const keepName = (0,_collectors_resource_filter_js__WEBPACK_IMPORTED_MODULE_3__/* .makeNameFilter */ .O7)(context.config.filters);
    const clusterName = cluster.clusterName ?? 'unknown';
    const serviceArns = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, { sdkService: 'ECS', operation: 'ListServices', scope: `services of cluster ${clusterName}` }, async (nextToken) => {
        const page = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .ListServicesCommand */ .qde({ cluster: cluster.clusterArn, nextToken, maxResults: 100 }));
        return { items: page.serviceArns, next: page.nextToken };
    });
    // Services the name filters would drop are not described at all.
    const wanted = serviceArns.filter((arn) => keepName((0,_collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_4__/* .nameFromArn */ .N)(arn)));
    const label = (0,_collectors_resource_filter_js__WEBPACK_IMPORTED_MODULE_3__/* .filterLabel */ .Jp)(context.config.filters);
    if (label && wanted.length < serviceArns.length)
        context.filtered?.({ type: 'ecs:service', seen: serviceArns.length, kept: wanted.length, filter: label });
    const batches = await Promise.all((0,_chunk_js__WEBPACK_IMPORTED_MODULE_2__/* .chunk */ .i)(wanted, SERVICES_PER_DESCRIBE).map((batch) => (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'ECS', operation: 'DescribeServices', scope: `${batch.length} services of cluster ${clusterName}` }, () => ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__/* .DescribeServicesCommand */ .H7c({ cluster: cluster.clusterArn, services: batch, include: ['TAGS'] })))));
    for (const batch of batches)
        reportFailures(context, 'DescribeServices', 'service', batch?.failures);
    const services = batches.flatMap((batch) => batch?.services ?? []).map((service) => serviceResource(context, clusterName, service));
    return { services, listed: serviceArns.length };
}
/** ECS's Describe calls succeed while naming items they could not describe: those are gaps, not omissions. */
function reportFailures(context, operation, what, failures) {
    for (const failure of failures ?? []) {
        context.gap({
            service: ID,
            operation,
            iamAction: `ecs:${operation}`,
            scope: `${what} ${failure.arn ?? 'unknown'}`,
            reason: `ECS answered ${failure.reason ?? 'a failure'}${failure.detail ? `: ${failure.detail}` : ''}`,
        });
    }
}
/** listed: the services ListServices returned, which is exact where activeServicesCount lags. */
function clusterResource(context, cluster, listed) {
    const insights = cluster.settings?.find((s) => s.name === 'containerInsights')?.value;
    return {
        type: 'ecs:cluster',
        id: cluster.clusterName ?? cluster.clusterArn ?? 'unknown',
        ...(cluster.clusterArn ? { arn: cluster.clusterArn } : {}),
        name: cluster.clusterName ?? 'unknown',
        region: context.config.region,
        ...(cluster.status ? { status: cluster.status } : {}),
        tags: (0,_collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_4__/* .tagsToRecord */ .g)(cluster.tags),
        attributes: {
            activeServices: Math.max(listed, cluster.activeServicesCount ?? 0),
            runningTasks: cluster.runningTasksCount ?? 0,
            pendingTasks: cluster.pendingTasksCount ?? 0,
            containerInsights: insights ?? 'disabled',
        },
    };
}
function serviceResource(context, clusterName, service) {
    const primary = service.deployments?.find((d) => d.status === 'PRIMARY');
    const name = service.serviceName ?? 'unknown';
    return {
        type: 'ecs:service',
        id: `${clusterName}/${name}`,
        ...(service.serviceArn ? { arn: service.serviceArn } : {}),
        name,
        region: context.config.region,
        ...(service.status ? { status: service.status } : {}),
        tags: (0,_collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_4__/* .tagsToRecord */ .g)(service.tags),
        attributes: {
            cluster: clusterName,
            desired: service.desiredCount ?? 0,
            running: service.runningCount ?? 0,
            pending: service.pendingCount ?? 0,
            launchType: service.launchType ?? (service.capacityProviderStrategy?.length ? 'CAPACITY_PROVIDER' : null),
            taskDefinition: service.taskDefinition ? service.taskDefinition.slice(service.taskDefinition.lastIndexOf('/') + 1) : null,
            deployments: service.deployments?.length ?? 0,
            rolloutState: primary?.rolloutState ?? null,
            rolloutStateReason: primary?.rolloutStateReason ?? null,
            deploymentStartedAt: primary?.createdAt?.toISOString() ?? null,
            failedTasks: primary?.failedTasks ?? 0,
            circuitBreaker: service.deploymentConfiguration?.deploymentCircuitBreaker?.enable ?? false,
            // Target group names, from their ARNs (…:targetgroup/NAME/ID): the load-balancer checks join on these.
            targetGroups: (service.loadBalancers ?? []).map((lb) => lb.targetGroupArn?.split('/')[1]).filter((name) => Boolean(name)),
        },
        events: (service.events ?? []).slice(0, EVENTS_KEPT).map((event) => ({
            at: event.createdAt?.toISOString() ?? '',
            message: event.message ?? '',
        })),
    };
}


/***/ }),

/***/ 8889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeTargetGroups: () => (/* binding */ describeTargetGroups),
/* harmony export */   elbv2Collector: () => (/* binding */ elbv2Collector),
/* harmony export */   metricDimension: () => (/* binding */ metricDimension)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(586);
/* harmony import */ var _collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1505);
/* harmony import */ var _chunk_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4158);
/* harmony import */ var _collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8659);
// ELBv2: load balancers and target groups with the health of every target.




const ID = 'elbv2';
const PAGE = 400; // PageSize's documented maximum
const TAGS_PER_CALL = 20; // DescribeTags' documented maximum
const elbv2Collector = {
    id: ID,
    title: 'Elastic Load Balancing',
    async collect(context) {
        const elb = context.clients.get(_aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .ElasticLoadBalancingV2Client */ .MlD);
        const scope = (operation, what) => ({ sdkService: 'ElasticLoadBalancingV2', operation, scope: what });
        const [loadBalancers, targetGroups] = await Promise.all([
            (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, scope('DescribeLoadBalancers', 'load balancers'), async (Marker) => {
                const page = await elb.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeLoadBalancersCommand */ .AZi({ Marker, PageSize: PAGE }));
                return { items: page.LoadBalancers, next: page.NextMarker };
            }),
            (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .paginate */ .En)(context, ID, scope('DescribeTargetGroups', 'target groups'), async (Marker) => {
                const page = await elb.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTargetGroupsCommand */ .sC7({ Marker, PageSize: PAGE }));
                return { items: page.TargetGroups, next: page.NextMarker };
            }),
        ]);
        context.progress(`ELB: ${loadBalancers.length} load balancers, ${targetGroups.length} target groups`);
        const names = new Map(loadBalancers.map((lb) => [lb.LoadBalancerArn, lb.LoadBalancerName ?? '?']));
        // Target health has no batch form: one call per target group.
        const health = new Map();
        await Promise.all(targetGroups.map(async (group) => {
            const result = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, scope('DescribeTargetHealth', `target health of ${group.TargetGroupName}`), () => elb.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTargetHealthCommand */ .qyg({ TargetGroupArn: group.TargetGroupArn })));
            health.set(group.TargetGroupArn ?? '', result?.TargetHealthDescriptions);
        }));
        const resources = [
            ...loadBalancers.map((lb) => loadBalancerResource(context, lb)),
            ...targetGroups.map((group) => targetGroupResource(context, group, health.get(group.TargetGroupArn ?? ''), names)),
        ];
        await addTags(context, elb, resources);
        return resources;
    },
};
/** Target groups by ARN, for the post-deploy gate (their metric dimensions; health is not read). */
async function describeTargetGroups(context, arns) {
    if (arns.length === 0)
        return [];
    const elb = context.clients.get(_aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .ElasticLoadBalancingV2Client */ .MlD);
    const described = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'ElasticLoadBalancingV2', operation: 'DescribeTargetGroups', scope: `target groups ${arns.map((a) => a.split('/')[1]).join(', ')}` }, () => elb.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTargetGroupsCommand */ .sC7({ TargetGroupArns: [...arns] })));
    return (described?.TargetGroups ?? []).map((group) => targetGroupResource(context, group, undefined, new Map()));
}
async function addTags(context, elb, resources) {
    const byArn = new Map(resources.filter((r) => r.arn).map((r) => [r.arn, r]));
    await Promise.all((0,_chunk_js__WEBPACK_IMPORTED_MODULE_2__/* .chunk */ .i)([...byArn.keys()], TAGS_PER_CALL).map(async (arns) => {
        const result = await (0,_collectors_attempt_js__WEBPACK_IMPORTED_MODULE_0__/* .attempt */ .CD)(context, ID, { sdkService: 'ElasticLoadBalancingV2', operation: 'DescribeTags', scope: `tags of ${arns.length} load balancers and target groups` }, () => elb.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeTagsCommand */ .yRM({ ResourceArns: arns })));
        for (const description of result?.TagDescriptions ?? []) {
            const resource = byArn.get(description.ResourceArn ?? '');
            if (resource)
                resource.tags = (0,_collectors_sdk_shapes_js__WEBPACK_IMPORTED_MODULE_3__/* .tagsToRecord */ .g)(description.Tags);
        }
    }));
}
/** The CloudWatch dimension value: the ARN's part after "loadbalancer/" or "…:" (app/name/id, targetgroup/name/id). */
function metricDimension(arn, marker) {
    const index = arn?.indexOf(marker) ?? -1;
    return arn && index >= 0 ? arn.slice(index + (marker === 'loadbalancer/' ? marker.length : 0)) : null;
}
function loadBalancerResource(context, lb) {
    return {
        type: 'elbv2:load-balancer',
        id: lb.LoadBalancerName ?? 'unknown',
        ...(lb.LoadBalancerArn ? { arn: lb.LoadBalancerArn } : {}),
        name: lb.LoadBalancerName ?? 'unknown',
        region: context.config.region,
        ...(lb.State?.Code ? { status: lb.State.Code } : {}),
        tags: {},
        attributes: {
            lbType: lb.Type ?? null,
            scheme: lb.Scheme ?? null,
            dnsName: lb.DNSName ?? null,
            vpcId: lb.VpcId ?? null,
            availabilityZones: lb.AvailabilityZones?.length ?? 0,
            stateReason: lb.State?.Reason ?? null,
            metricDimension: metricDimension(lb.LoadBalancerArn, 'loadbalancer/'),
        },
    };
}
function targetGroupResource(context, group, health, lbNames) {
    const targets = health ?? [];
    const unhealthy = targets.filter((t) => t.TargetHealth?.State === 'unhealthy');
    const healthy = targets.filter((t) => t.TargetHealth?.State === 'healthy');
    const reasons = new Map();
    for (const t of unhealthy)
        reasons.set(t.TargetHealth?.Reason ?? 'unknown', (reasons.get(t.TargetHealth?.Reason ?? 'unknown') ?? 0) + 1);
    const status = health === undefined ? 'unknown' : targets.length === 0 ? 'empty' : unhealthy.length === 0 ? 'healthy' : healthy.length === 0 ? 'unhealthy' : 'degraded';
    return {
        type: 'elbv2:target-group',
        id: group.TargetGroupName ?? 'unknown',
        ...(group.TargetGroupArn ? { arn: group.TargetGroupArn } : {}),
        name: group.TargetGroupName ?? 'unknown',
        region: context.config.region,
        status,
        tags: {},
        attributes: {
            protocol: group.Protocol ?? null,
            port: group.Port ?? null,
            targetType: group.TargetType ?? null,
            loadBalancers: (group.LoadBalancerArns ?? []).map((arn) => lbNames.get(arn) ?? arn.split('/')[2] ?? arn),
            healthCheckPath: group.HealthCheckPath ?? null,
            targets: targets.length,
            healthyTargets: healthy.length,
            unhealthyTargets: unhealthy.length,
            unhealthyReasons: [...reasons].map(([reason, n]) => `${reason} x${n}`),
            firstUnhealthyDescription: unhealthy[0]?.TargetHealth?.Description ?? null,
            metricDimension: metricDimension(group.TargetGroupArn, 'targetgroup/'),
            // Target group metrics are per (target group, load balancer); the first one is the one measured.
            loadBalancerDimension: metricDimension(group.LoadBalancerArns?.[0], 'loadbalancer/'),
        },
    };
}


/***/ })

};
