// `timestamp,value` CSV in (NAB and CloudWatch exports) and `timestamp,value,score,is_anomaly` out.

import { UserError } from '../../errors.js';
import type { ScoredPoint, SeriesPoint } from './anomaly-engine.js';

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
  const reader = new SeriesCsvReader(source);
  const points: SeriesPoint[] = [];
  const rawTimestamps: string[] = [];
  for (const line of lines) {
    const row = reader.read(line);
    if (!row) continue;
    points.push({ timestamp: row.timestamp, value: row.value });
    rawTimestamps.push(row.rawTimestamp);
  }
  reader.end();
  return { points, rawTimestamps };
}

export interface SeriesRow {
  timestamp: number;
  value: number;
  /** The timestamp cell as written, echoed back in the output. */
  rawTimestamp: string;
}

/**
 * Reads a series CSV one line at a time, so a file of any length is parsed in constant memory: the
 * first line is the header, then each data line gives a row (blank lines give none). Errors name
 * `source:line`.
 */
export class SeriesCsvReader {
  private line = 0;
  private columns?: { time: number; value: number; count: number };
  private rows = 0;

  constructor(private readonly source: string) {}

  read(rawLine: string): SeriesRow | undefined {
    this.line += 1;
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (!this.columns) {
      const headerLine = line.replace(/^\uFEFF/, '');
      const header = splitRow(headerLine).map((h) => h.toLowerCase());
      const time = header.indexOf('timestamp');
      const value = header.indexOf('value');
      if (time < 0 || value < 0) throw new UserError(`${this.source}:1: header must name the columns timestamp and value, found "${clip(headerLine)}"`);
      this.columns = { time, value, count: header.length };
      return undefined;
    }
    // A trailing newline leaves one empty last line; blank lines carry no row to drop.
    if (line.trim() === '') return undefined;
    const where = `${this.source}:${this.line}`;
    const cells = splitRow(line);
    if (cells.length < this.columns.count) throw new UserError(`${where}: expected ${this.columns.count} columns, found ${cells.length} in "${clip(line)}"`);
    const rawTimestamp = cells[this.columns.time]!;
    const timestamp = parseTimestamp(rawTimestamp);
    if (timestamp === undefined) {
      throw new UserError(`${where}: timestamp "${clip(rawTimestamp)}" is not a date (use YYYY-MM-DD hh:mm:ss in UTC, ISO 8601, or epoch seconds or milliseconds)`);
    }
    const valueText = cells[this.columns.value]!;
    const value = Number(valueText);
    if (valueText === '' || !Number.isFinite(value)) throw new UserError(`${where}: value "${clip(valueText)}" is not a finite number`);
    this.rows += 1;
    return { timestamp, value, rawTimestamp };
  }

  /** Throws when the input held no header or no data row. */
  end(): void {
    if (!this.columns) throw new UserError(`${this.source}:1: empty file: expected a header naming timestamp and value`);
    if (this.rows === 0) throw new UserError(`${this.source}: no data rows after the header`);
  }
}

/** One output row of `detect-series`. */
export function scoredRow(rawTimestamp: string, value: number, score: number, flagged: boolean): string {
  return `${rawTimestamp},${value},${Number(score.toFixed(6))},${flagged ? 1 : 0}`;
}

export const SCORED_HEADER = 'timestamp,value,score,is_anomaly';

/** `timestamp,value,score,is_anomaly`, one row per point, timestamps echoed as they were read. */
export function formatScoredCsv(points: readonly ScoredPoint[], originalTimestamps: readonly string[]): string {
  if (originalTimestamps.length !== points.length) {
    throw new Error(`formatScoredCsv: ${points.length} points but ${originalTimestamps.length} timestamps`);
  }
  const rows = [SCORED_HEADER];
  for (let i = 0; i < points.length; i += 1) {
    const p = points[i]!;
    rows.push(scoredRow(originalTimestamps[i]!, p.value, p.score, p.isAnomaly));
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
