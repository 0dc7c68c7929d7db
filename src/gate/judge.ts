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

import { defaultSettings } from '../config/settings.js';
import { formatValue } from '../report/metric-units.js';
import { holm } from '../analysis/statistics/holm.js';
import { finiteMedian } from '../analysis/statistics/order-statistics.js';
import { hodgesLehmann, mannWhitneyU } from '../analysis/statistics/mann-whitney.js';
import { mean } from '../analysis/statistics/mean.js';
import type { BaselineComparison, GateMetricSample, GateSettings, GateVerdict, MetricVerdict, NewSignature } from './types.js';

const gate = defaultSettings().gate;

/** The judge's settings at the `[gate]` defaults of config.ini (settings.ts). */
export const DEFAULT_GATE_SETTINGS: Readonly<Required<GateSettings>> = {
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
export function judgeGate(samples: readonly GateMetricSample[], newSignatures: readonly NewSignature[], settings: GateSettings): GateVerdict {
  checkSettings(settings);
  const prepared = samples.map((sample) => prepare(sample, settings));
  const judgedOnes = prepared.filter((p): p is Judged => p.kind === 'judged');
  const adjusted = settings.correction === 'none' ? judgedOnes.map((p) => p.vsBefore.pBad) : holm(judgedOnes.map((p) => p.vsBefore.pBad));
  const context = { settings, family: judgedOnes.length, corrected: settings.correction !== 'none' && judgedOnes.length > 1 };
  const metrics = prepared.map((p) => (p.kind === 'nodata' ? p.verdict : finish(p, adjusted[judgedOnes.indexOf(p)]!, context)));

  const judged = metrics.filter((m) => m.verdict !== 'nodata').length;
  const passed = metrics.filter((m) => m.verdict === 'pass').length;
  // One decimal, and the rounded score is the one compared: the verdict agrees with what is shown.
  const score = judged === 0 ? 0 : Math.round((1000 * passed) / judged) / 10;

  const reasons: string[] = [];
  for (const m of metrics) if (m.verdict === 'fail') reasons.push(m.reason);
  for (const s of newSignatures) reasons.push(signatureSentence(s));
  // A critical metric without data does not change the verdict, but is never skipped silently.
  for (const m of metrics) if (m.verdict === 'nodata' && m.critical) reasons.push(m.reason);

  const criticalFailed = metrics.some((m) => m.verdict === 'fail' && m.critical);
  const criticalMissing = metrics.filter((m) => m.verdict === 'nodata' && m.critical);
  const minShare = settings.minJudgedShare ?? DEFAULT_GATE_SETTINGS.minJudgedShare;
  const tooLittle = judged === 0 || judged < minShare * metrics.length;
  let verdict: GateVerdict['verdict'];
  if (criticalFailed || newSignatures.length > 0) verdict = 'fail';
  else if (criticalMissing.length > 0 || tooLittle) verdict = 'inconclusive';
  else verdict = score >= settings.passScore ? 'pass' : score >= settings.marginalScore ? 'marginal' : 'fail';

  // What data was missing is said whatever the verdict: a fail on a new signature with no metric judged says both.
  if (judged === 0) reasons.push(metrics.length === 0 ? 'no metric to judge' : `no data to judge: none of ${metrics.length} metrics had enough points`);
  else if (tooLittle) reasons.push(`too little data to judge: ${judged} of ${metrics.length} metrics had enough points, under ${Math.round(minShare * 100)}%`);
  else if (verdict === 'inconclusive') reasons.push('a critical metric without data: a deploy is not passed without it');
  // A verdict by score says how the score fell short; the others are said above and in the metrics' reasons.
  if (!criticalFailed && newSignatures.length === 0 && (verdict === 'marginal' || verdict === 'fail')) {
    const bar = verdict === 'marginal' ? `the pass score ${settings.passScore}` : `the marginal score ${settings.marginalScore}`;
    reasons.push(`${passed} of ${judged} metrics passed: score ${score}, below ${bar}`);
  }
  return { verdict, score, judged, passed, metrics, newSignatures: newSignatures.map((s) => ({ ...s })), reasons };
}

function checkSettings(settings: GateSettings): void {
  if (!(settings.confidence > 0 && settings.confidence < 1)) throw new RangeError(`confidence must be between 0 and 1 (e.g. 0.95), got ${settings.confidence}`);
  if (!(settings.tolerance >= 0 && Number.isFinite(settings.tolerance))) throw new RangeError(`tolerance must be a finite number >= 0 (e.g. 0.1), got ${settings.tolerance}`);
  for (const key of ['passScore', 'marginalScore', 'minSamples'] as const) {
    if (!Number.isFinite(settings[key])) throw new RangeError(`${key} must be a finite number, got ${settings[key]}`);
  }
  const share = settings.minJudgedShare;
  if (share !== undefined && !(share >= 0 && share <= 1)) throw new RangeError(`minJudgedShare must be between 0 and 1 (e.g. 0.5), got ${share}`);
}

interface Judged {
  kind: 'judged';
  sample: GateMetricSample;
  vsBefore: Comparison;
  vsWeek?: Comparison;
  /** Notes on points left out, appended to the reason. */
  notes: string;
}

/** The after window against one baseline window. */
interface Comparison {
  /** One-sided p-values: after higher, after lower. */
  pUp: number;
  pDown: number;
  /** p-value in the bad direction (two-sided for 'both'). */
  pBad: number;
  /** The bad side the data leans to: where pBad points. */
  badSide: Side;
  baselineMedian: number;
  afterMedian: number;
  baselineMean: number;
  afterMean: number;
  basis: 'median' | 'mean';
  /** Absolute change on the basis, after - baseline, in the metric's unit. */
  shift: number;
  /** shift over |baseline statistic|; ±Infinity from a baseline of 0. */
  relative: number;
  /** Which side moved significantly by the raw p-values (descriptive; the verdict uses adjusted ones). */
  direction: 'higher' | 'lower' | 'same';
}

type Side = 'higher' | 'lower';

function prepare(sample: GateMetricSample, settings: GateSettings): Judged | { kind: 'nodata'; verdict: MetricVerdict } {
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

interface Context {
  settings: GateSettings;
  /** Metrics judged together, the size of the correction. */
  family: number;
  /** Whether adjusted p-values differ from raw ones. */
  corrected: boolean;
}

function finish(p: Judged, adjustedP: number, context: Context): MetricVerdict {
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
    ...(vsWeek && week ? { weekBefore: { pValue: vsWeek.pBad, median: vsWeek.baselineMedian, verdict: week.worse ? 'fail' : 'pass' } satisfies BaselineComparison } : {}),
    reason: metricSentence(p, adjustedP, before, week, fails, context) + p.notes,
  };
}

interface Assessment {
  /** Significant (at the p-value given) and material in a bad direction. */
  worse: boolean;
  significant: boolean;
  /** Significant in a bad direction but too small to matter: why. */
  tooSmall?: 'tolerance' | 'minChange';
}

/** Whether the after window is worse than this baseline: `p` (raw or adjusted pBad) < alpha, and material. */
function assess(c: Comparison, p: number, alpha: number, sample: GateMetricSample, settings: GateSettings): Assessment {
  if (!(p < alpha)) return { worse: false, significant: false };
  const sign = c.badSide === 'higher' ? 1 : -1;
  if (!(sign * c.relative > 0 && sign * c.relative >= settings.tolerance)) return { worse: false, significant: true, tooSmall: 'tolerance' };
  if (sign * c.shift < Math.max(0, sample.minChange ?? 0)) return { worse: false, significant: true, tooSmall: 'minChange' };
  return { worse: true, significant: true };
}

function compare(baseline: number[], after: number[], bad: GateMetricSample['bad'], settings: GateSettings): Comparison {
  const alpha = 1 - settings.confidence;
  const pUp = mannWhitneyU(baseline, after, 'greater').pValue;
  const pDown = mannWhitneyU(baseline, after, 'less').pValue;
  const badSide: Side = bad === 'up' ? 'higher' : bad === 'down' ? 'lower' : pUp <= pDown ? 'higher' : 'lower';
  // For 'both', twice the smaller one-sided p-value: the two-sided test, alpha / 2 on each side.
  const pBad = bad === 'up' ? pUp : bad === 'down' ? pDown : Math.min(1, 2 * Math.min(pUp, pDown));
  const perSide = bad === 'both' ? alpha / 2 : alpha;
  const direction = pUp < perSide ? 'higher' : pDown < perSide ? 'lower' : 'same';

  const baselineMedian = finiteMedian(baseline);
  const afterMedian = finiteMedian(after);
  const baselineMean = mean(baseline);
  const afterMean = mean(after);
  const hl = hodgesLehmann(baseline, after);
  let basis: Comparison['basis'];
  let shift: number;
  let relative: number;
  if (hl.shift !== 0 && Number.isFinite(hl.shift) && baselineMedian !== 0) {
    basis = 'median';
    shift = hl.shift;
    relative = hl.relativeEffect;
  } else {
    basis = 'mean';
    shift = afterMean - baselineMean;
    // Means near ±1.8e308 can differ by more than a double holds (Infinity - Infinity): call that no
    // change rather than let a NaN through.
    if (Number.isNaN(shift)) shift = 0;
    relative = shift === 0 ? 0 : baselineMean === 0 ? Math.sign(shift) * Infinity : shift / Math.abs(baselineMean);
  }
  return { pUp, pDown, pBad, badSide, baselineMedian, afterMedian, baselineMean, afterMean, basis, shift, relative, direction };
}

function metricSentence(p: Judged, adjustedP: number, before: Assessment, week: Assessment | undefined, fails: boolean, context: Context): string {
  const { sample, vsBefore: c, vsWeek } = p;
  const { settings } = context;
  const unit = sample.unit;
  const label = `${sample.label}${sample.critical && fails ? ' (critical)' : ''}`;
  const [from, to] = c.basis === 'median' ? [c.baselineMedian, c.afterMedian] : [c.baselineMean, c.afterMean];
  const statistic = c.basis === 'median' ? 'a median of' : 'an average of';
  const weekValue = (w: Comparison): string => `${w.basis === 'median' ? 'median' : 'average'} ${amount(w.basis === 'median' ? w.baselineMedian : w.baselineMean, unit)}`;
  const adjustedText = context.corrected ? `${pText(adjustedP)} adjusted for ${context.family} metrics` : pText(adjustedP);
  const movedTo = (side: Side, pShown: string): string =>
    `${label} ${side === 'higher' ? 'rose' : 'fell'} from ${statistic} ${amount(from, unit)} to ${amount(to, unit)} after the deploy (${change(c.relative)}, ${pShown})`;

  if (before.worse) {
    const moved = movedTo(c.badSide, adjustedText);
    if (!vsWeek || !week) return moved;
    const weekStat = `the same hours a week earlier (${weekValue(vsWeek)}, ${pText(vsWeek.pBad)})`;
    if (fails) return `${moved}, and is also ${c.badSide === 'higher' ? 'above' : 'below'} ${weekStat}`;
    return `${moved}, but not beyond ${weekStat}: the daily pattern, not the deploy`;
  }
  if (before.tooSmall === 'tolerance') return `${movedTo(c.badSide, adjustedText)}, within the ${percent(settings.tolerance)} tolerance`;
  if (before.tooSmall === 'minChange') return `${movedTo(c.badSide, adjustedText)}, less than the ${amount(Math.max(0, sample.minChange ?? 0), unit)} change that matters`;
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

function signatureSentence(s: NewSignature): string {
  const text = s.signature.replace(/\s+/g, ' ').trim();
  const shown = text.length > 160 ? `${text.slice(0, 157)}...` : text;
  return `new error signature after the deploy: "${shown}" (${s.count} ${plural(s.count, 'line')}, first seen ${s.firstSeen})`;
}

// The units metric-evidence's formatValue spells out itself.
const KNOWN_UNITS = new Set(['percent', 'count', 'seconds', 'milliseconds', 'bytes', 'megabytes', 'bytes/second']);

/** A value in its unit the way metric findings show them; an unknown unit follows the number. */
function amount(value: number, unit: string): string {
  if (KNOWN_UNITS.has(unit) || unit === '') return formatValue(value, unit);
  const [base, per] = unit.split('/');
  // 'count/min' reads better as '12/min' than as '12 count/min'.
  if (base === 'count' && per) return `${formatValue(value, 'count')}/${per}`;
  return `${formatValue(value, unit)} ${unit}`;
}

function change(relative: number): string {
  if (!Number.isFinite(relative)) return relative > 0 ? 'up from 0' : 'down from 0';
  const pct = relative * 100;
  return `${pct > 0 ? '+' : ''}${pct.toFixed(Math.abs(pct) < 10 ? 1 : 0)}%`;
}

function percent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(1))}%`;
}

/**
 * Two significant digits, cut rather than rounded, so the text never crosses a threshold the value
 * did not: 0.0497 shows as 0.049, not as 0.05.
 */
function pText(p: number): string {
  if (p < 0.0001) return 'p < 0.0001';
  const decimals = Math.floor(-Math.log10(p)) + 2;
  const scale = 10 ** decimals;
  // The factor absorbs products like 0.29 * 100 = 28.999999999999996.
  return `p = ${Math.floor(p * scale * (1 + 1e-12)) / scale}`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

function finite(values: readonly number[]): number[] {
  return values.filter((v) => Number.isFinite(v));
}
