// How metric findings show their numbers: values in their unit, and the series itself.

import type { FindingSeries } from '../report/model.js';
import type { MetricSeriesInput } from './types.js';

const UNITS: Record<string, (v: number) => string> = {
  percent: (v) => `${round(v)}%`,
  count: (v) => round(v),
  seconds: (v) => (v < 1 ? `${round(v * 1000)} ms` : `${round(v)} s`),
  milliseconds: (v) => (v < 1000 ? `${round(v)} ms` : `${round(v / 1000)} s`),
  bytes: (v) => bytes(v),
  megabytes: (v) => bytes(v * 1024 * 1024),
  'bytes/second': (v) => `${bytes(v)}/s`,
};

export function formatValue(value: number, unit: string): string {
  return (UNITS[unit] ?? round)(value);
}

function round(v: number): string {
  const abs = Math.abs(v);
  const digits = abs >= 100 || Number.isInteger(v) ? 0 : abs >= 10 ? 1 : 2;
  return v.toFixed(digits);
}

function bytes(v: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = v;
  let i = 0;
  while (Math.abs(value) >= 1024 && i < units.length - 1) {
    value /= 1024;
    i += 1;
  }
  return `${round(value)} ${units[i]}`;
}

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

/** The series on the period grid of the window, null where CloudWatch had no point. */
export function findingSeries(series: MetricSeriesInput): FindingSeries {
  const period = series.periodSeconds * 1000;
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
    periodSeconds: series.periodSeconds,
    start: new Date(first).toISOString(),
    values,
  };
}

export const iso = (ms: number): string => new Date(ms).toISOString();

/** A time for reading in evidence: 2026-11-25 12:56 UTC. */
export const readableTime = (ms: number): string => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
