import { formatScoredCsv, parseSeriesCsv, parseSeriesCsvWithTimestamps } from '../../../src/analysis/series/series-csv.js';
import type { ScoredPoint } from '../../../src/analysis/series/anomaly-engine.js';

function aCsv(...rows: string[]): string {
  return ['timestamp,value', ...rows].join('\n') + '\n';
}

describe('series CSV parsing', () => {
  it('reads NAB timestamps as UTC', () => {
    expect(parseSeriesCsv(aCsv('2014-02-14 14:30:00,0.132'), 'cpu.csv')).toEqual([{ timestamp: Date.UTC(2014, 1, 14, 14, 30), value: 0.132 }]);
  });

  it('reads ISO 8601 with a zone, epoch seconds and epoch milliseconds as the same instant', () => {
    const at = Date.UTC(2014, 1, 14, 14, 30);
    const points = parseSeriesCsv(aCsv('2014-02-14T15:30:00+01:00,1', `${at / 1000},2`, `${at},3`, '2014-02-14T14:30:00.000Z,4'), 'mixed.csv');
    expect(points.map((p) => p.timestamp)).toEqual([at, at, at, at]);
  });

  it('finds the columns by name, in any order, with CRLF line ends', () => {
    expect(parseSeriesCsv('value,timestamp\r\n5,2014-02-14 14:30:00\r\n', 'swapped.csv')).toEqual([{ timestamp: Date.UTC(2014, 1, 14, 14, 30), value: 5 }]);
  });

  it('keeps every row, duplicated timestamps included', () => {
    expect(parseSeriesCsv(aCsv('2014-03-09 03:00:00,0.0', '2014-03-09 03:00:00,0.0'), 'disk.csv')).toHaveLength(2);
  });

  it('names file and line for a timestamp that is not a date', () => {
    expect(() => parseSeriesCsv(aCsv('2014-02-14 14:30:00,1', 'yesterday,2'), 'cpu.csv')).toThrow(/^cpu\.csv:3: timestamp "yesterday" is not a date/);
  });

  it('names file and line for a calendar date that does not exist', () => {
    expect(() => parseSeriesCsv(aCsv('2014-02-30 14:30:00,1'), 'cpu.csv')).toThrow(/^cpu\.csv:2: timestamp/);
  });

  it('names file and line for a value that is not a number', () => {
    expect(() => parseSeriesCsv(aCsv('2014-02-14 14:30:00,1', '2014-02-14 14:35:00,n/a'), 'elb.csv')).toThrow(/^elb\.csv:3: value "n\/a" is not a finite number/);
  });

  it('names file and line for an empty value instead of dropping the row', () => {
    expect(() => parseSeriesCsv(aCsv('2014-02-14 14:30:00,'), 'elb.csv')).toThrow(/^elb\.csv:2: value "" is not a finite number/);
  });

  it('names file and line for a row with too few columns', () => {
    expect(() => parseSeriesCsv(aCsv('2014-02-14 14:30:00'), 'short.csv')).toThrow(/^short\.csv:2: expected 2 columns, found 1/);
  });

  it('names line 1 when the header lacks the columns', () => {
    expect(() => parseSeriesCsv('time,val\n1,2\n', 'odd.csv')).toThrow(/^odd\.csv:1: header must name the columns timestamp and value/);
  });

  it('refuses a file with no data rows', () => {
    expect(() => parseSeriesCsv('timestamp,value\n', 'empty.csv')).toThrow(/^empty\.csv: no data rows/);
  });
});

describe('scored CSV output', () => {
  it('echoes each timestamp exactly as read, with score and a 0/1 flag', () => {
    const text = aCsv('2014-02-14 14:30:00,0.132', '1392388500,0.5');
    const { points, rawTimestamps } = parseSeriesCsvWithTimestamps(text, 'cpu.csv');
    const scored: ScoredPoint[] = points.map((p, i) => ({ ...p, score: i * 0.75, isAnomaly: i === 1 }));
    expect(formatScoredCsv(scored, rawTimestamps)).toBe('timestamp,value,score,is_anomaly\n2014-02-14 14:30:00,0.132,0,0\n1392388500,0.5,0.75,1\n');
  });

  it('refuses timestamps that do not line up with the points', () => {
    expect(() => formatScoredCsv([], ['2014-02-14 14:30:00'])).toThrow(/1 timestamps/);
  });
});
