// Streaming input and output for the offline log commands (group-logs, split-traces): lines read
// from a file of any size without holding it, one 32-bit number per line parked in a temporary
// file until the answer for every line is known, and output written with backpressure. Memory stays
// flat in the size of the input (a 2 GB file is read like a 2 KB one).

import { closeSync, createReadStream, mkdtempSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { UserError } from '../../errors.js';
import type { CliIo } from '../io.js';

/** The lines of a file named on the command line (without the empty string a final newline leaves); CRLF is read as one break. */
export async function* fileLines(file: string, io: CliIo): AsyncGenerator<string> {
  const path = resolve(io.cwd, file);
  try {
    if (statSync(path).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  } catch (error) {
    throw new UserError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } catch (error) {
    throw new UserError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  } finally {
    lines.close();
    stream.destroy();
  }
}

/** One signed 32-bit number per line, on disk: written at any line, read back in line order. */
export class LineNumbers {
  private readonly dir: string;
  private readonly fd: number;
  private readonly cell = Buffer.alloc(4);
  // Sequential writes are batched: one system call per 64 Ki lines.
  private readonly batch = Buffer.alloc(4 << 16);
  private batchStart = 0;
  private batchLength = 0;
  length = 0;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'aws-monitor-lines-'));
    this.fd = openSync(join(this.dir, 'numbers'), 'w+');
  }

  /** Appends the number of the next line. */
  push(value: number): void {
    if (this.batchLength === this.batch.length / 4) this.flush();
    if (this.batchLength === 0) this.batchStart = this.length;
    this.batch.writeInt32LE(value, this.batchLength * 4);
    this.batchLength += 1;
    this.length += 1;
  }

  /** Sets the number of an earlier line (a file of zeros stands for lines never set). */
  set(line: number, value: number): void {
    if (this.batchLength > 0 && line >= this.batchStart && line < this.batchStart + this.batchLength) {
      this.batch.writeInt32LE(value, (line - this.batchStart) * 4);
      return;
    }
    this.cell.writeInt32LE(value, 0);
    writeSync(this.fd, this.cell, 0, 4, line * 4);
    if (line >= this.length) this.length = line + 1;
  }

  /** Makes the file as long as `lines` numbers (zeros), so lines never set read as 0. */
  extend(lines: number): void {
    this.flush();
    if (lines > this.length) {
      this.cell.writeInt32LE(0, 0);
      writeSync(this.fd, this.cell, 0, 4, (lines - 1) * 4);
      this.length = lines;
    }
  }

  *read(): Generator<number> {
    this.flush();
    const chunk = Buffer.alloc(4 << 16);
    for (let at = 0; at < this.length;) {
      const bytes = readSync(this.fd, chunk, 0, Math.min(chunk.length, (this.length - at) * 4), at * 4);
      if (bytes <= 0) break;
      for (let i = 0; i + 4 <= bytes; i += 4) yield chunk.readInt32LE(i);
      at += Math.floor(bytes / 4);
    }
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private flush(): void {
    if (this.batchLength === 0) return;
    writeSync(this.fd, this.batch, 0, this.batchLength * 4, this.batchStart * 4);
    this.batchLength = 0;
  }
}

/** Text written in chunks to --output or stdout, waiting whenever the destination is full. */
export class ChunkedWriter {
  private parts: string[] = [];
  private size = 0;
  private readonly fd: number | undefined;

  constructor(
    output: string | undefined,
    private readonly io: CliIo,
  ) {
    this.fd = output ? openSync(resolve(io.cwd, output), 'w') : undefined;
  }

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) await this.flush();
  }

  async end(): Promise<void> {
    await this.flush();
    if (this.fd !== undefined) closeSync(this.fd);
  }

  private async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (this.fd !== undefined) {
      writeSync(this.fd, text);
      return;
    }
    if (!this.io.stdout.write(text)) await once(this.io.stdout, 'drain');
  }
}
