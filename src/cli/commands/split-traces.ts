// `aws-monitor split-traces FILE`: re-joins stack traces whose lines arrived as separate log events,
// writing {"trace_of_line": [...], "line_count": N} (null for lines outside any trace, traces
// numbered from 1 in the order of their first line). Streams: the splitter holds only its open
// traces; each finished trace's lines are marked in a file of one number per line, read back in
// order to write the answer, so memory is flat in the file's size (one number per trace is kept to
// number them by first line).

import { StackTraceSplitter, type AssembledTrace } from '../../analysis/logs/stack-trace-splitter.js';
import type { CliIo } from '../io.js';
import { EXIT } from '../exit-codes.js';
import { ChunkedWriter, fileLines, LineNumbers } from './line-stream.js';

export async function splitTracesCommand(file: string, options: { output?: string }, io: CliIo): Promise<number> {
  const splitter = new StackTraceSplitter();
  const owners = new LineNumbers();
  // First line and language of each trace in the order traces finish (serial = index + 1 in the file).
  let firstLines = new Int32Array(1024);
  let languageOf = new Uint8Array(1024);
  const languageNames: string[] = [];
  let traceCount = 0;
  const record = (traces: readonly AssembledTrace[]): void => {
    for (const trace of traces) {
      if (traceCount === firstLines.length) {
        firstLines = grow(firstLines);
        languageOf = grow(languageOf);
      }
      let code = languageNames.indexOf(trace.language);
      if (code < 0) code = languageNames.push(trace.language) - 1;
      firstLines[traceCount] = trace.lines[0]!;
      languageOf[traceCount] = code;
      traceCount += 1;
      for (const line of trace.lines) owners.set(line, traceCount);
    }
  };
  try {
    let count = 0;
    for await (const line of fileLines(file, io)) {
      record(splitter.push(line, count));
      count += 1;
    }
    record(splitter.end());
    owners.extend(count);
    // Number the traces by their first line, as splitTraces does.
    const order = new Int32Array(traceCount).map((_, i) => i).sort((a, b) => firstLines[a]! - firstLines[b]!);
    const number = new Int32Array(traceCount + 1);
    order.forEach((serial, rank) => (number[serial + 1] = rank + 1));
    const out = new ChunkedWriter(options.output, io);
    await out.write('{"trace_of_line":[');
    let i = 0;
    for (const owner of owners.read()) {
      await out.write(`${i === 0 ? '' : ','}${owner === 0 ? 'null' : number[owner]}`);
      i += 1;
    }
    await out.write(`],"line_count":${count}}\n`);
    await out.end();
    const languages = [...new Set(Array.from(order, (serial) => languageNames[languageOf[serial]!]!))];
    if (options.output) io.stderr.write(`${count} lines, ${traceCount} traces${languages.length > 0 ? ` (${languages.join(', ')})` : ''}; written to ${options.output}\n`);
    return EXIT.ok;
  } finally {
    owners.close();
  }
}

function grow<T extends Int32Array | Uint8Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}
