// Metric values in their unit, as every output shows them: 97%, 250 ms, 1.5 GiB/s.

/** Display unit of the values CloudWatch returns for a metric. */
export type MetricUnit = 'percent' | 'count' | 'seconds' | 'milliseconds' | 'bytes' | 'megabytes' | 'bytes/second';

const UNITS: Record<MetricUnit, (v: number) => string> = {
  percent: (v) => `${round(v)}%`,
  count: (v) => round(v),
  seconds: (v) => (v < 1 ? `${round(v * 1000)} ms` : `${round(v)} s`),
  milliseconds: (v) => (v < 1000 ? `${round(v)} ms` : `${round(v / 1000)} s`),
  bytes: (v) => bytes(v),
  megabytes: (v) => bytes(v * 1024 * 1024),
  'bytes/second': (v) => `${bytes(v)}/s`,
};

/** A value in its unit; a unit not listed (a report from a newer version) shows the rounded number. */
export function formatValue(value: number, unit: string): string {
  return (UNITS[unit as MetricUnit] ?? round)(value);
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
