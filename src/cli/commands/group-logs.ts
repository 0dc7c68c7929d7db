// `aws-monitor group-logs FILE`: one log message per line in, LineId,PredictedGroupId out (LineId
// counts lines from 1), grouped by the same signature grouper the log checks use. Streams: the file
// is read once, each line's group id parked on disk, and the final ids (after the merges later
// lines caused) written in a second pass over those numbers, so memory is flat in the file's size.

import { LogTemplateGrouper } from '../../analysis/logs/log-template-grouper.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../exit-codes.js';
import { ChunkedWriter, fileLines, LineNumbers } from './line-stream.js';

export async function groupLogsCommand(file: string, options: { output?: string }, io: CliIo): Promise<number> {
  const grouper = new LogTemplateGrouper();
  const ids = new LineNumbers();
  try {
    for await (const line of fileLines(file, io)) ids.push(grouper.add(line));
    const out = new ChunkedWriter(options.output, io);
    await out.write('LineId,PredictedGroupId\n');
    let lineId = 0;
    for (const id of ids.read()) {
      lineId += 1;
      await out.write(`${lineId},${grouper.resolve(id)}\n`);
    }
    await out.end();
    if (options.output) io.stderr.write(`${lineId} lines in ${grouper.groups().length} groups; written to ${options.output}\n`);
    return EXIT.ok;
  } finally {
    ids.close();
  }
}
