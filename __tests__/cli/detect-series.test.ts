// `aws-monitor detect-series` in-process: it streams (the output equals the engine's batch scoring),
// and anything it cannot read is one clear line and exit 2, never a stack trace.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { scoreSeries } from '../../src/analysis/series/anomaly-engine.js';
import { formatScoredCsv, parseSeriesCsvWithTimestamps } from '../../src/analysis/series/series-csv.js';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { tempDir } from '../support/temp-dir.js';

function anIo(cwd: string): CliIo & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  return { stdout, stderr, stdin: new PassThrough(), env: {}, cwd, now: () => new Date(), out: () => out, err: () => err };
}

/** Three days of 5-minute points with a spike and a level shift, in NAB's timestamp layout. */
function aCsv(): string {
  const rows = Array.from({ length: 864 }, (_, i) => {
    const t = new Date(Date.parse('2014-02-14T14:30:00Z') + i * 300_000).toISOString().slice(0, 19).replace('T', ' ');
    const value = i === 500 ? 95 : (i > 700 ? 40 : 20) + (i % 7);
    return `${t},${value}`;
  });
  return ['timestamp,value', ...rows].join('\n') + '\n';
}

describe('aws-monitor detect-series', () => {
  it('writes, row by row, what the engine scores for the whole series', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cpu.csv'), aCsv());
    const io = anIo(dir);
    expect(await main(['detect-series', 'cpu.csv', '--output', 'out.csv'], io)).toBe(0);
    const { points, rawTimestamps } = parseSeriesCsvWithTimestamps(aCsv(), 'cpu.csv');
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe(formatScoredCsv(scoreSeries(points), rawTimestamps));
    expect(io.err()).toMatch(/^864 points, \d+ flagged; written to out\.csv\n$/);
  });

  it('writes to stdout without --output', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cpu.csv'), aCsv());
    const io = anIo(dir);
    expect(await main(['detect-series', 'cpu.csv'], io)).toBe(0);
    expect(io.out().split('\n')).toHaveLength(866);
  });

  it.each([
    ['a missing file', undefined, /^aws-monitor: cannot read none\.csv: ENOENT\n$/],
    ['an empty file', '', /^aws-monitor: none\.csv:1: empty file: expected a header naming timestamp and value\n$/],
    ['a header and no rows', 'timestamp,value\n', /^aws-monitor: none\.csv: no data rows after the header\n$/],
    ['a line of 100 KB', `timestamp,value\n2014-02-14 14:30:00,${'9'.repeat(100_000)}\n`, /^aws-monitor: none\.csv:2: line longer than 64 KiB: not a timestamp,value row\n$/],
    ['binary data', `\u0000\u0001\u0002PK`, /^aws-monitor: none\.csv:1: header must name the columns timestamp and value, found "/],
  ])('exits 2 with one line naming the problem for %s', async (_name, content, message) => {
    const dir = tempDir();
    if (content !== undefined) writeFileSync(join(dir, 'none.csv'), content);
    const io = anIo(dir);
    expect(await main(['detect-series', 'none.csv'], io)).toBe(2);
    expect(io.err()).toMatch(message);
  });
});
