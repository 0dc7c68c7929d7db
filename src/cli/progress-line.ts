// One self-overwriting status line on stderr, shown only when stderr is a terminal.

export class ProgressLine {
  private last = '';
  private readonly started = Date.now();

  constructor(private readonly stream: NodeJS.WritableStream & { columns?: number }) {}

  readonly update = (message: string): void => {
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    const width = (this.stream.columns ?? 80) - 1;
    this.last = `[${seconds}s] ${message}`.slice(0, width);
    this.stream.write(`\r\x1b[K${this.last}`);
  };

  done(): void {
    if (this.last) this.stream.write('\r\x1b[K');
  }
}
