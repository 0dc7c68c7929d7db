// `aws-monitor group-logs FILE`: one log message per line in, LineId,PredictedGroupId out (LineId
// counts lines from 1), grouped by the same signature grouper the log checks use.

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LogTemplateGrouper } from '../../analysis/logs/log-template-grouper.js';
import { UserError } from '../../errors.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../main.js';

export function groupLogsCommand(file: string, options: { output?: string }, io: CliIo): number {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UserError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const grouper = new LogTemplateGrouper();
  const ids = lines.map((line) => grouper.add(line));
  const rows = ['LineId,PredictedGroupId', ...ids.map((id, i) => `${i + 1},${grouper.resolve(id)}`)];
  const csv = rows.join('\n') + '\n';
  if (options.output) {
    writeFileSync(resolve(io.cwd, options.output), csv);
    io.stderr.write(`${lines.length} lines in ${grouper.groups().length} groups; written to ${options.output}\n`);
  } else {
    io.stdout.write(csv);
  }
  return EXIT.ok;
}
