// `aws-monitor split-traces FILE`: re-joins stack traces whose lines arrived as separate log events,
// writing {"trace_of_line": [...]} (null for lines outside any trace, traces numbered from 1).

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitTraces } from '../../analysis/logs/stack-trace-splitter.js';
import { UserError } from '../../errors.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../main.js';

export function splitTracesCommand(file: string, options: { output?: string }, io: CliIo): number {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UserError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const { traceOfLine, traces } = splitTraces(lines);
  const json = JSON.stringify({ line_count: lines.length, trace_of_line: traceOfLine }) + '\n';
  if (options.output) {
    writeFileSync(resolve(io.cwd, options.output), json);
    const languages = [...new Set(traces.map((t) => t.language))].join(', ');
    io.stderr.write(`${lines.length} lines, ${traces.length} traces${languages ? ` (${languages})` : ''}; written to ${options.output}\n`);
  } else {
    io.stdout.write(json);
  }
  return EXIT.ok;
}
