// timestamp,value CSV in and timestamp,value,score,is_anomaly out, for `aws-monitor detect-series`.

import { UserError } from '../errors.js';

export interface ParsedSeries {
  /** Timestamps exactly as written, echoed in the output. */
  rawTimestamps: string[];
  /** Epoch ms. */
  timestamps: number[];
  values: number[];
}

export function parseSeriesCsv(text: string, source: string): ParsedSeries {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').trim().toLowerCase().split(',').map((h) => h.trim().replace(/^"|"$/g, ''));
  const tIndex = header.indexOf('timestamp');
  const vIndex = header.indexOf('value');
  if (tIndex < 0 || vIndex < 0) throw new UserError(`${source}:1: the header must name the columns timestamp and value (found: ${lines[0]?.slice(0, 80) ?? 'nothing'})`);
  const series: ParsedSeries = { rawTimestamps: [], timestamps: [], values: [] };
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const cells = line.split(',');
    const raw = (cells[tIndex] ?? '').trim().replace(/^"|"$/g, '');
    const valueText = (cells[vIndex] ?? '').trim().replace(/^"|"$/g, '');
    const at = parseTimestamp(raw);
    if (at === undefined) throw new UserError(`${source}:${i + 1}: timestamp "${raw.slice(0, 40)}" is not a date (use ISO 8601, "YYYY-MM-DD hh:mm:ss" in UTC, or epoch seconds or milliseconds)`);
    const value = Number(valueText);
    if (valueText === '' || !Number.isFinite(value)) throw new UserError(`${source}:${i + 1}: value "${valueText.slice(0, 40)}" is not a number`);
    series.rawTimestamps.push(raw);
    series.timestamps.push(at);
    series.values.push(value);
  }
  if (series.values.length === 0) throw new UserError(`${source}: no data rows after the header`);
  return series;
}

function parseTimestamp(raw: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(raw)) {
    const n = Number(raw);
    return n < 1e11 ? n * 1000 : n; // seconds or milliseconds since 1970
  }
  const iso = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(raw) ? `${raw.replace(' ', 'T')}Z` : raw;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

export function formatScoredCsv(series: ParsedSeries, scores: ArrayLike<number>, anomalies: ArrayLike<number>): string {
  const rows = ['timestamp,value,score,is_anomaly'];
  for (let i = 0; i < series.values.length; i += 1) rows.push(`${series.rawTimestamps[i]},${series.values[i]},${scores[i]!.toFixed(4)},${anomalies[i] ? 1 : 0}`);
  return rows.join('\n') + '\n';
}
