// `aws-monitor detect-series FILE.csv`: the metric series detector on a timestamp,value CSV, with
// default settings, writing timestamp,value,score,is_anomaly.

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scoreSeries } from '../../analysis/series-anomalies.js';
import { formatScoredCsv, parseSeriesCsv } from '../../analysis/series-csv.js';
import { UserError } from '../../errors.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../main.js';

export function detectSeriesCommand(file: string, options: { output?: string }, io: CliIo): number {
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const series = parseSeriesCsv(text, file);
  const { scores, anomalies } = scoreSeries(series.values);
  const csv = formatScoredCsv(series, scores, anomalies);
  if (options.output) {
    writeFileSync(resolve(io.cwd, options.output), csv);
    const flagged = anomalies.reduce((n, a) => n + a, 0);
    io.stderr.write(`${series.values.length} points, ${flagged} anomalies; written to ${options.output}\n`);
  } else {
    io.stdout.write(csv);
  }
  return EXIT.ok;
}
