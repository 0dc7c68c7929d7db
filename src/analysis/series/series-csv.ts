// `timestamp,value` CSV in (NAB and CloudWatch exports) and `timestamp,value,score,is_anomaly` out.

import { UserError } from '../../errors.js';
import type { ScoredPoint, SeriesPoint } from './series-detector.js';

/**
 * Parses a CSV whose header names `timestamp` and `value` (other columns are ignored). Timestamps may
 * be `YYYY-MM-DD hh:mm:ss[.fff]` (read as UTC), ISO 8601, or epoch seconds or milliseconds. A bad row
 * throws an Error naming `source:line`: a detector fed silently thinned data would judge the wrong series.
 */
export function parseSeriesCsv(text: string, source: string): SeriesPoint[] {
  return parseSeriesCsvWithTimestamps(text, source).points;
}

/** As parseSeriesCsv, also returning each row's timestamp exactly as written, for echoing back. */
export function parseSeriesCsvWithTimestamps(text: string, source: string): { points: SeriesPoint[]; rawTimestamps: string[] } {
  const lines = text.split(/\r?\n/);
  const headerLine = (lines[0] ?? '').replace(/^\uFEFF/, '');
  const header = splitRow(headerLine).map((h) => h.toLowerCase());
  const timeColumn = header.indexOf('timestamp');
  const valueColumn = header.indexOf('value');
  if (timeColumn < 0 || valueColumn < 0) {
    throw new UserError(`${source}:1: header must name the columns timestamp and value, found "${clip(headerLine)}"`);
  }
  const points: SeriesPoint[] = [];
  const rawTimestamps: string[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i]!;
    // A trailing newline leaves one empty last line; blank lines carry no row to drop.
    if (line.trim() === '') continue;
    const where = `${source}:${i + 1}`;
    const cells = splitRow(line);
    if (cells.length < header.length) throw new UserError(`${where}: expected ${header.length} columns, found ${cells.length} in "${clip(line)}"`);
    const rawTimestamp = cells[timeColumn]!;
    const timestamp = parseTimestamp(rawTimestamp);
    if (timestamp === undefined) {
      throw new UserError(`${where}: timestamp "${clip(rawTimestamp)}" is not a date (use YYYY-MM-DD hh:mm:ss in UTC, ISO 8601, or epoch seconds or milliseconds)`);
    }
    const valueText = cells[valueColumn]!;
    const value = Number(valueText);
    if (valueText === '' || !Number.isFinite(value)) throw new UserError(`${where}: value "${clip(valueText)}" is not a finite number`);
    points.push({ timestamp, value });
    rawTimestamps.push(rawTimestamp);
  }
  if (points.length === 0) throw new UserError(`${source}: no data rows after the header`);
  return { points, rawTimestamps };
}

/** `timestamp,value,score,is_anomaly`, one row per point, timestamps echoed as they were read. */
export function formatScoredCsv(points: readonly ScoredPoint[], originalTimestamps: readonly string[]): string {
  if (originalTimestamps.length !== points.length) {
    throw new Error(`formatScoredCsv: ${points.length} points but ${originalTimestamps.length} timestamps`);
  }
  const rows = ['timestamp,value,score,is_anomaly'];
  for (let i = 0; i < points.length; i += 1) {
    const p = points[i]!;
    rows.push(`${originalTimestamps[i]!},${p.value},${Number(p.score.toFixed(6))},${p.isAnomaly ? 1 : 0}`);
  }
  return rows.join('\n') + '\n';
}

function splitRow(line: string): string[] {
  return line.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}

const NAB_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const EPOCH = /^\d{9,13}(\.\d+)?$/;
// Epoch values at or above this are milliseconds: as seconds they would be past the year 5000.
const EPOCH_MS_FROM = 1e11;

function parseTimestamp(raw: string): number | undefined {
  if (EPOCH.test(raw)) {
    const n = Number(raw);
    return n >= EPOCH_MS_FROM ? Math.round(n) : Math.round(n * 1000);
  }
  const local = NAB_TIMESTAMP.exec(raw);
  if (local) {
    const [, y, mo, d, h, mi, s, frac] = local;
    const ms = frac === undefined ? 0 : Math.round(Number(`0.${frac}`) * 1000);
    const at = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? '0'), ms);
    // Date.UTC rolls 2014-02-30 over into March; a calendar date that does not exist is a bad row.
    const check = new Date(at);
    if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s ?? '0') > 59) return undefined;
    return at;
  }
  if (ISO_WITH_ZONE.test(raw)) {
    const at = Date.parse(raw);
    return Number.isNaN(at) ? undefined : at;
  }
  return undefined;
}

/** A cell as quoted in an error message: long enough to recognise, short enough to read. */
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
