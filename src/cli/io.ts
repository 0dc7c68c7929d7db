// Everything the CLI touches outside itself, injected so tests can run it in-process.

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../errors.js';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Where a prompt is written when stderr is silenced (--quiet); default stderr. */
  prompt?: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
  cwd: string;
  now: () => Date;
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}

/** The text of a file named on the command line, relative to the working directory; unreadable is a user error. */
export function readInputFile(file: string, io: CliIo): string {
  try {
    return readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UserError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** A command's result to --output (with a one-line summary on stderr, unless there is none: --quiet) or to stdout. */
export function writeResult(text: string, output: string | undefined, summary: string | undefined, io: CliIo): void {
  if (!output) {
    io.stdout.write(text);
    return;
  }
  try {
    writeFileSync(resolve(io.cwd, output), text);
  } catch (error) {
    throw new UserError(`cannot write ${resolve(io.cwd, output)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (summary !== undefined) io.stderr.write(`${summary}; written to ${output}\n`);
}
