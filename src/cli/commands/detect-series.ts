// `aws-monitor detect-series FILE.csv`: the metric series detector on a timestamp,value CSV, with
// default settings, writing timestamp,value,score,is_anomaly.

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatScoredCsv, parseSeriesCsvWithTimestamps } from '../../analysis/series/series-csv.js';
import { detectSeriesAnomalies } from '../../analysis/series/series-detector.js';
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
  const { points, rawTimestamps } = parseSeriesCsvWithTimestamps(text, file);
  const scored = detectSeriesAnomalies(points);
  const csv = formatScoredCsv(scored, rawTimestamps);
  if (options.output) {
    writeFileSync(resolve(io.cwd, options.output), csv);
    const flagged = scored.filter((p) => p.isAnomaly).length;
    io.stderr.write(`${points.length} points, ${flagged} flagged; written to ${options.output}\n`);
  } else {
    io.stdout.write(csv);
  }
  return EXIT.ok;
}
