// `aws-monitor split-traces FILE`: re-joins stack traces whose lines arrived as separate log events,
// writing {"trace_of_line": [...]} (null for lines outside any trace, traces numbered from 1).

import { splitTraces } from '../../analysis/logs/stack-trace-splitter.js';
import { type CliIo, inputLines, readInputFile, writeResult } from '../io.js';
import { EXIT } from '../main.js';

export function splitTracesCommand(file: string, options: { output?: string }, io: CliIo): number {
  const lines = inputLines(readInputFile(file, io));
  const { traceOfLine, traces } = splitTraces(lines);
  const languages = [...new Set(traces.map((t) => t.language))].join(', ');
  const json = JSON.stringify({ line_count: lines.length, trace_of_line: traceOfLine }) + '\n';
  writeResult(json, options.output, `${lines.length} lines, ${traces.length} traces${languages ? ` (${languages})` : ''}`, io);
  return EXIT.ok;
}
