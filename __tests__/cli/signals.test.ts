// SIGTERM and SIGINT end the CLI at once, mid-scan: `docker stop` and Ctrl-C must not wait for AWS.

import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exitOnStopSignals, type SignalTarget } from '../../src/cli/signals.js';
import { emulatorEnv } from '../support/emulator.js';

const CLI = ['--import', pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href, join(process.cwd(), 'src/cli/index.ts')];

function fakeProcess(isTTY = false) {
  const events = new EventEmitter();
  const written: string[] = [];
  const exits: number[] = [];
  const target: SignalTarget = {
    once: (signal, listener) => events.once(signal, listener),
    off: (signal, listener) => events.off(signal, listener),
    exit: (code) => void exits.push(code),
    stderr: { write: (text: string) => written.push(text), isTTY },
  };
  return { target, events, written, exits };
}

describe('stop signals', () => {
  it('exits 143 on SIGTERM and says why on stderr', () => {
    const fake = fakeProcess();
    exitOnStopSignals(fake.target);
    fake.events.emit('SIGTERM');
    expect(fake.exits).toEqual([143]);
    expect(fake.written.join('')).toBe('aws-monitor: stopped by SIGTERM\n');
  });

  it('exits 130 on SIGINT, starting a new line at a terminal where the progress line may be', () => {
    const fake = fakeProcess(true);
    exitOnStopSignals(fake.target);
    fake.events.emit('SIGINT');
    expect(fake.exits).toEqual([130]);
    expect(fake.written.join('')).toBe('\naws-monitor: stopped by SIGINT\n');
  });

  it('leaves the signals alone once removed', () => {
    const fake = fakeProcess();
    exitOnStopSignals(fake.target)();
    expect(fake.events.listenerCount('SIGTERM') + fake.events.listenerCount('SIGINT')).toBe(0);
  });
});

describe('a reader that stops reading', () => {
  it('ends the CLI quietly with 141, as a closed pipe ends a shell command, not with a stack trace', async () => {
    const child = spawn(process.execPath, [...CLI, '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader goes away before the help is written (`aws-monitor --help | true`).
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(141);
  });
});

describe('the CLI stopped while waiting on AWS', () => {
  // An endpoint that accepts connections and never answers: the scan waits on it until stopped.
  let server: Server;
  let endpoint = '';
  const sockets: Socket[] = [];
  let connected: () => void = () => {};
  beforeAll(async () => {
    server = createServer((socket) => {
      sockets.push(socket);
      connected();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  /** Starts the CLI, waits until it is talking to AWS, sends the signal; resolves with how it ended and how fast. */
  async function stopMidCall(args: string[], signal: NodeJS.Signals) {
    const firstCall = new Promise<void>((resolve) => (connected = resolve));
    const child: ChildProcess = spawn(process.execPath, [...CLI, ...args], { env: emulatorEnv(endpoint) });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const ended = new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (status, signal) => resolve({ status, signal })));
    await firstCall;
    const sentAt = Date.now();
    child.kill(signal);
    const timeout = setTimeout(() => child.kill('SIGKILL'), 5_000);
    const result = await ended;
    clearTimeout(timeout);
    return { ...result, stderr, ms: Date.now() - sentAt };
  }

  it('ends a running report within a second of SIGTERM, exit 143', async () => {
    const result = await stopMidCall(['report', '--no-progress'], 'SIGTERM');
    expect(result).toMatchObject({ status: 143, signal: null });
    expect(result.stderr).toContain('aws-monitor: stopped by SIGTERM');
    expect(result.ms).toBeLessThan(1_000);
  });

  it('ends gate --watch within a second of Ctrl-C (SIGINT), exit 130', async () => {
    const result = await stopMidCall(['gate', '--cluster', 'web', '--service', 'checkout', '--watch', '10m', '--no-progress'], 'SIGINT');
    expect(result).toMatchObject({ status: 130, signal: null });
    expect(result.stderr).toContain('aws-monitor: stopped by SIGINT');
    expect(result.ms).toBeLessThan(1_000);
  });
});
