// Ends the CLI at once on SIGTERM or SIGINT (docker stop, Ctrl-C), whatever it is doing: a scan or
// `gate --watch` is waiting on the network and holds nothing to flush, so exiting is the clean stop.
// Without a handler, Node as a container's PID 1 never sees SIGTERM (the kernel delivers to PID 1
// only the signals it handles), so `docker stop` waited its 10 s grace and then killed it.

/** 128 + the signal number, as shells report a command a signal ended. */
export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

export type StopSignal = keyof typeof SIGNAL_EXIT_CODES;

/** The part of `process` this needs, so a test can pass a stand-in. */
export interface SignalTarget {
  once(signal: StopSignal, listener: () => void): unknown;
  off(signal: StopSignal, listener: () => void): unknown;
  exit(code: number): never | void;
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** Installs the handlers; the returned function removes them. */
export function exitOnStopSignals(target: SignalTarget): () => void {
  const handlers = (Object.keys(SIGNAL_EXIT_CODES) as StopSignal[]).map((signal) => {
    const handler = (): void => {
      // A new line first: a terminal may be showing the progress line, which has none.
      target.stderr.write(`${target.stderr.isTTY ? '\n' : ''}aws-monitor: stopped by ${signal}\n`);
      // exit(), not re-raising the signal: as PID 1 a re-raised default signal would be ignored.
      target.exit(SIGNAL_EXIT_CODES[signal]);
    };
    target.once(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) target.off(signal, handler);
  };
}

/** 128 + SIGPIPE: what a shell reports for a command whose reader went away. */
export const CLOSED_PIPE_EXIT_CODE = 141;

/**
 * Ends the CLI quietly when its reader stops reading (`aws-monitor report | head`): a closed pipe
 * is the reader's choice, not the tool's failure, and Node would otherwise die on the write with a
 * stack trace (it ignores SIGPIPE and reports EPIPE as an unhandled stream error).
 */
export function exitOnClosedPipe(stream: { on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown }, exit: (code: number) => void): void {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    exit(CLOSED_PIPE_EXIT_CODE);
  });
}
