// `aws-monitor group-logs FILE`: one log message per line in, LineId,PredictedGroupId out (LineId
// counts lines from 1), grouped by the same signature grouper the log checks use.

import { LogTemplateGrouper } from '../../analysis/logs/log-template-grouper.js';
import { type CliIo, inputLines, readInputFile, writeResult } from '../io.js';
import { EXIT } from '../main.js';

export function groupLogsCommand(file: string, options: { output?: string }, io: CliIo): number {
  const lines = inputLines(readInputFile(file, io));
  const grouper = new LogTemplateGrouper();
  const ids = lines.map((line) => grouper.add(line));
  const rows = ['LineId,PredictedGroupId', ...ids.map((id, i) => `${i + 1},${grouper.resolve(id)}`)];
  writeResult(rows.join('\n') + '\n', options.output, `${lines.length} lines in ${grouper.groups().length} groups`, io);
  return EXIT.ok;
}
