// How metric findings show their numbers: values in their unit, and the series itself.

import { seriesCadence } from '../analysis/series/anomaly-engine.js';
import type { FindingSeries } from '../report/model.js';
import { absentMeansZero } from '../telemetry/metrics/metric-catalog.js';
import type { MetricSeriesInput } from './types.js';

/**
 * The series as detectors may assume it: finite timestamps and values only, in time order (stable for
 * repeated timestamps). CloudWatch never returns anything else, but a NaN or an unsorted point must
 * not become "NaN%" in a finding or a negative-length array. The input itself when already clean.
 */
export function cleanSeries(series: MetricSeriesInput): MetricSeriesInput {
  const { timestamps, values } = series;
  let clean = timestamps.length === values.length;
  for (let i = 0; clean && i < timestamps.length; i += 1) {
    clean = Number.isFinite(timestamps[i]) && Number.isFinite(values[i]) && (i === 0 || timestamps[i]! >= timestamps[i - 1]!);
  }
  if (clean) return series;
  const points: Array<[number, number]> = [];
  for (let i = 0; i < Math.min(timestamps.length, values.length); i += 1) {
    if (Number.isFinite(timestamps[i]) && Number.isFinite(values[i])) points.push([timestamps[i]!, values[i]!]);
  }
  points.sort((a, b) => a[0] - b[0]);
  return { ...series, timestamps: points.map((p) => p[0]), values: points.map((p) => p[1]) };
}

/**
 * A series as every metric detector reads it, whatever period the planner picked and however
 * CloudWatch stored the metric: clean, one point per timestamp, with its own step (a metric stored
 * every 5 minutes and read at 1-minute periods has a point every 5 minutes: that is its step, not a
 * gap), and for counts (Sum) a zero for every step without a point, since CloudWatch publishes
 * counts such as HTTPCode_Target_5XX_Count only when they are not zero. A gauge's missing point
 * stays missing: its value is unknown.
 */
export interface PreparedSeries extends MetricSeriesInput {
  /** Seconds each point stands for: the period asked for, or the stored resolution when coarser. */
  stepSeconds: number;
  /** Index of the first point inside the report window (0 when the series holds no history). */
  windowIndex: number;
}

const MIN_POINTS_FOR_CADENCE = 6;

export function prepareSeries(input: MetricSeriesInput): PreparedSeries {
  const clean = cleanSeries(input);
  let timestamps = [...clean.timestamps];
  let values = [...clean.values];
  // A repeated timestamp (a backend answering twice) is one point: the last one read.
  let kept = 0;
  for (let i = 0; i < timestamps.length; i += 1) {
    if (kept > 0 && timestamps[i] === timestamps[kept - 1]) kept -= 1;
    timestamps[kept] = timestamps[i]!;
    values[kept] = values[i]!;
    kept += 1;
  }
  timestamps.length = kept;
  values.length = kept;
  const periodMs = input.periodSeconds * 1000;
  const count = absentMeansZero(input.spec);
  // A handful of points cannot establish a cadence: below MIN_POINTS_FOR_CADENCE, the period is the step.
  const stepMs = kept < MIN_POINTS_FOR_CADENCE ? periodMs : count ? countStep(timestamps, periodMs) : Math.max(periodMs, roundTo(seriesCadence(timestamps), periodMs));
  if (count && kept > 0) ({ timestamps, values } = fillWithZeros(timestamps, values, stepMs, input.readEnd));
  const windowIndex = input.windowStart === undefined ? 0 : firstAtOrAfter(timestamps, input.windowStart);
  return { ...input, timestamps, values, stepSeconds: stepMs / 1000, windowIndex };
}

/** A count's step: the greatest common divisor of its gaps in periods, since sparse points fall on the stored grid. */
function countStep(timestamps: readonly number[], periodMs: number): number {
  let step = 0;
  for (let i = 1; i < timestamps.length; i += 1) step = gcd(step, Math.max(1, Math.round((timestamps[i]! - timestamps[i - 1]!) / periodMs)));
  return Math.max(1, step) * periodMs;
}

function gcd(a: number, b: number): number {
  while (b > 0) [a, b] = [b, a % b];
  return a;
}

function roundTo(value: number, unit: number): number {
  return Math.max(unit, Math.round(value / unit) * unit);
}

/**
 * Every step from the first point to the read's end, zero where there was no point. Not before the
 * first point: a metric that has never been published may belong to a resource that did not exist.
 */
function fillWithZeros(timestamps: readonly number[], values: readonly number[], stepMs: number, readEnd: number | undefined): { timestamps: number[]; values: number[] } {
  const from = timestamps[0]!;
  const last = timestamps[timestamps.length - 1]!;
  const to = readEnd !== undefined && readEnd - stepMs > last ? last + Math.floor((readEnd - stepMs - last) / stepMs) * stepMs : last;
  const outT: number[] = [];
  const outV: number[] = [];
  let j = 0;
  for (let t = from; t <= to; t += stepMs) {
    while (j < timestamps.length && timestamps[j]! < t - stepMs / 2) j += 1;
    const hit = j < timestamps.length && Math.abs(timestamps[j]! - t) < stepMs / 2;
    outT.push(hit ? timestamps[j]! : t);
    outV.push(hit ? values[j]! : 0);
    if (hit) j += 1;
  }
  return { timestamps: outT, values: outV };
}

function firstAtOrAfter(timestamps: readonly number[], time: number): number {
  let lo = 0;
  let hi = timestamps.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (timestamps[mid]! < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The series on its step's grid over the report window, null where CloudWatch had no point. */
export function findingSeries(input: MetricSeriesInput): FindingSeries {
  const prepared = 'stepSeconds' in input ? (input as PreparedSeries) : undefined;
  const from = prepared?.windowIndex ?? 0;
  const series = from > 0 ? { ...input, timestamps: input.timestamps.slice(from), values: input.values.slice(from) } : input;
  const period = (prepared?.stepSeconds ?? series.periodSeconds) * 1000;
  const first = series.timestamps[0] ?? 0;
  const last = series.timestamps.at(-1) ?? first;
  const values: Array<number | null> = new Array<number | null>(Math.round((last - first) / period) + 1).fill(null);
  for (let i = 0; i < series.timestamps.length; i += 1) values[Math.round((series.timestamps[i]! - first) / period)] = series.values[i]!;
  return {
    metric: series.spec.id,
    namespace: series.spec.namespace,
    name: series.spec.metricName,
    stat: series.spec.stat,
    unit: series.spec.unit,
    periodSeconds: period / 1000,
    start: new Date(first).toISOString(),
    values,
  };
}

export const iso = (ms: number): string => new Date(ms).toISOString();

/** A time for reading in evidence: 2026-11-25 12:56 UTC. */
export const readableTime = (ms: number): string => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
