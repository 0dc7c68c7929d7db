// Starts moto_server (the local AWS emulator) on a free loopback port, and stops it by PID.
// Used by the integration tests and the demo; never by the product itself.

import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface Emulator {
  endpoint: string;
  pid: number;
  /** Forgets every resource (POST /moto-api/reset). */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export const EMULATOR_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };
export const EMULATOR_ACCOUNT = '123456789012';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilUp(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`moto_server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${endpoint}/moto-api/`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`moto_server did not answer on ${endpoint} within ${timeoutMs} ms`);
}

export async function startEmulator(options: { command?: string; timeoutMs?: number } = {}): Promise<Emulator> {
  const command = options.command ?? process.env.MOTO_SERVER ?? 'moto_server';
  let lastError: unknown;
  for (let tries = 0; tries < 3; tries += 1) {
    const port = await freePort();
    const child = spawn(command, ['-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    const spawnFailed = new Promise<never>((_, reject) => child.once('error', reject));
    const endpoint = `http://127.0.0.1:${port}`;
    try {
      await Promise.race([waitUntilUp(endpoint, child, options.timeoutMs ?? 15_000), spawnFailed]);
    } catch (error) {
      child.kill('SIGKILL');
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new Error(`${command} not found: install moto with "pip install 'moto[server]'" (it provides moto_server)`, { cause: error });
      }
      lastError = new Error(`${(error as Error).message}\n${stderr}`);
      continue; // the port may have been taken between probing and binding
    }
    const pid = child.pid!;
    return {
      endpoint,
      pid,
      async reset() {
        const response = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
        if (!response.ok) throw new Error(`moto reset failed: HTTP ${response.status}`);
      },
      async stop() {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((r) => child.once('exit', r));
        process.kill(pid, 'SIGTERM');
        const timer = setTimeout(() => child.exitCode === null && process.kill(pid, 'SIGKILL'), 3_000);
        await exited;
        clearTimeout(timer);
      },
    };
  }
  throw lastError instanceof Error ? lastError : new Error('could not start moto_server');
}
