import { scoreSeries } from '../../src/analysis/series-anomalies.js';
import { formatScoredCsv, parseSeriesCsv } from '../../src/analysis/series-csv.js';

/** Deterministic noise in [-1, 1]. */
const noise = (i: number) => 2 * (Math.sin(i * 12.9898) * 43758.5453 - Math.floor(Math.sin(i * 12.9898) * 43758.5453)) - 1;
const series = (n: number, value: (i: number) => number) => Array.from({ length: n }, (_, i) => value(i));
const flaggedAt = (values: number[]) => [...scoreSeries(values).anomalies].flatMap((a, i) => (a ? [i] : []));

describe('series anomaly detector (default settings)', () => {
  it('flags a 5x spike on a noisy flat series, once', () => {
    expect(flaggedAt(series(2000, (i) => (i === 1500 ? 250 : 50 + 5 * noise(i))))).toEqual([1500]);
  });

  it('flags a lasting level shift near its start, and only once', () => {
    const flagged = flaggedAt(series(2000, (i) => (i >= 1200 ? 90 : 30) + 3 * noise(i)));
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toBeGreaterThanOrEqual(1200);
    expect(flagged[0]).toBeLessThan(1212);
  });

  it('leaves the ordinary peaks of a daily cycle alone', () => {
    expect(flaggedAt(series(288 * 10, (i) => 50 + 30 * Math.sin((i / 288) * 2 * Math.PI) + 3 * noise(i)))).toEqual([]);
  });

  it('copes with a flat, quantised series without flagging every small step', () => {
    expect(flaggedAt(series(2000, (i) => (i % 97 === 0 ? 0.134 : 0.132)))).toEqual([]);
  });

  it('says nothing during the warm-up', () => {
    expect(flaggedAt(series(90, (i) => (i === 80 ? 1e6 : 1)))).toEqual([]);
  });

  it('scores 0..1, above 0.5 only where the series is anomalous', () => {
    const { scores } = scoreSeries(series(2000, (i) => (i === 1500 ? 250 : 50 + 5 * noise(i))));
    expect(Math.max(...scores)).toBeLessThanOrEqual(1);
    expect(scores[1500]).toBeGreaterThan(0.5);
    expect(scores[1400]).toBeLessThan(0.5);
  });

  it('handles a million points in linear time', () => {
    const values = series(1_000_000, (i) => 50 + 5 * noise(i));
    const started = performance.now();
    scoreSeries(values);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('series CSV', () => {
  it('reads NAB-style UTC timestamps and echoes them unchanged', () => {
    const parsed = parseSeriesCsv('timestamp,value\n2014-02-14 14:30:00,0.132\n2014-02-14 14:35:00,0.134\n', 'cpu.csv');
    expect(parsed.timestamps).toEqual([Date.parse('2014-02-14T14:30:00Z'), Date.parse('2014-02-14T14:35:00Z')]);
    expect(formatScoredCsv(parsed, [0, 0.75], [0, 1])).toBe('timestamp,value,score,is_anomaly\n2014-02-14 14:30:00,0.132,0.0000,0\n2014-02-14 14:35:00,0.134,0.7500,1\n');
  });

  it('accepts ISO 8601 and epoch seconds or milliseconds', () => {
    expect(parseSeriesCsv('timestamp,value\n2026-11-25T12:00:00Z,1\n1764072000,2\n1764072000000,3\n', 'x.csv').timestamps).toEqual([Date.parse('2026-11-25T12:00:00Z'), 1764072000000, 1764072000000]);
  });

  it('names the file and line of a bad value instead of skipping it', () => {
    expect(() => parseSeriesCsv('timestamp,value\n2014-02-14 14:30:00,1\n2014-02-14 14:35:00,n/a\n', 'cpu.csv')).toThrow('cpu.csv:3: value "n/a" is not a number');
    expect(() => parseSeriesCsv('timestamp,value\nyesterday,1\n', 'cpu.csv')).toThrow(/^cpu\.csv:2: timestamp "yesterday" is not a date/);
  });

  it('requires the timestamp and value columns', () => {
    expect(() => parseSeriesCsv('time,val\n1,2\n', 'x.csv')).toThrow('x.csv:1: the header must name the columns timestamp and value');
  });
});
