// `aws-monitor detect-series FILE.csv`: the metric anomaly engine (the one the scan runs, with the
// same defaults) on a timestamp,value CSV, writing timestamp,value,score,is_anomaly.
// Streamed: the file is read in chunks and each row written once its flag is final, so memory stays
// flat however long the series (the engine's history and one quiet span of rows, never the file).

import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { IncidentScorer } from '../../analysis/series/anomaly-engine.js';
import { SCORED_HEADER, scoredRow, SeriesCsvReader } from '../../analysis/series/series-csv.js';
import { UserError } from '../../errors.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../exit-codes.js';

// A series row is a timestamp and a number: a longer line is not one (and would be held whole in memory).
const MAX_LINE_BYTES = 64 * 1024;
// Output is written in batches of about this many characters.
const WRITE_BATCH = 256 * 1024;

export async function detectSeriesCommand(file: string, options: { output?: string }, io: CliIo): Promise<number> {
  const sink = options.output ? createWriteStream(resolve(io.cwd, options.output)) : io.stdout;
  let pending: string[] = [SCORED_HEADER];
  let pendingLength = SCORED_HEADER.length;
  let rows = 0;
  let flagged = 0;
  const scorer = new IncidentScorer<{ raw: string; value: number }>((row, score, isAnomaly) => {
    const line = scoredRow(row.raw, row.value, score, isAnomaly);
    pending.push(line);
    pendingLength += line.length + 1;
    rows += 1;
    if (isAnomaly) flagged += 1;
  });
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const text = pending.join('\n') + '\n';
    pending = [];
    pendingLength = 0;
    if (!sink.write(text)) await once(sink, 'drain');
  };
  const reader = new SeriesCsvReader(file);
  try {
    for await (const line of lines(resolve(io.cwd, file), file)) {
      const row = reader.read(line);
      if (row) scorer.push({ raw: row.rawTimestamp, value: row.value }, row.timestamp, row.value);
      if (pendingLength >= WRITE_BATCH) await flush();
    }
    reader.end();
    scorer.end();
    await flush();
  } finally {
    if (sink !== io.stdout) {
      (sink as NodeJS.WritableStream).end();
      await once(sink, 'close').catch(() => undefined);
    }
  }
  if (options.output) io.stderr.write(`${rows} points, ${flagged} flagged; written to ${options.output}\n`);
  return EXIT.ok;
}

/** The file's lines, read in chunks; a line longer than MAX_LINE_BYTES is an error naming it. */
async function* lines(path: string, name: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let lineNumber = 0;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      const text = carry + decoder.write(chunk as Buffer);
      let from = 0;
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
        lineNumber += 1;
        if (at - from > MAX_LINE_BYTES) throw tooLong(name, lineNumber);
        yield text.slice(from, at);
        from = at + 1;
      }
      carry = text.slice(from);
      if (carry.length > MAX_LINE_BYTES) throw tooLong(name, lineNumber + 1);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot read ${name}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  carry += decoder.end();
  if (carry !== '') yield carry;
}

function tooLong(name: string, line: number): UserError {
  return new UserError(`${name}:${line}: line longer than ${MAX_LINE_BYTES / 1024} KiB: not a timestamp,value row`);
}
