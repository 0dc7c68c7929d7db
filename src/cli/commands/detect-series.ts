// `aws-monitor detect-series FILE.csv`: the metric series detector on a timestamp,value CSV, with
// default settings, writing timestamp,value,score,is_anomaly.

import { formatScoredCsv, parseSeriesCsvWithTimestamps } from '../../analysis/series/series-csv.js';
import { detectSeriesAnomalies } from '../../analysis/series/series-detector.js';
import { type CliIo, readInputFile, writeResult } from '../io.js';
import { EXIT } from '../main.js';

export function detectSeriesCommand(file: string, options: { output?: string }, io: CliIo): number {
  const { points, rawTimestamps } = parseSeriesCsvWithTimestamps(readInputFile(file, io), file);
  const scored = detectSeriesAnomalies(points);
  const flagged = scored.filter((p) => p.isAnomaly).length;
  writeResult(formatScoredCsv(scored, rawTimestamps), options.output, `${points.length} points, ${flagged} flagged`, io);
  return EXIT.ok;
}
