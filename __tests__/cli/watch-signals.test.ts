// `aws-monitor watch` as a container runs it: the real CLI against the emulator, stopped by SIGTERM
// and SIGINT once its first report is out.

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { emulatorEnv, REGION, useEmulator } from '../support/emulator.js';
import { tempDir } from '../support/temp-dir.js';

const CLI = ['--import', pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href, join(process.cwd(), 'src/cli/index.ts')];
const emulator = useEmulator();

beforeAll(async () => {
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
}, 60_000);

/** Starts `aws-monitor watch`, waits for the first full report, sends `signal`; the exit code and how long the stop took. */
function stopAfterFirstReport(signal: 'SIGTERM' | 'SIGINT'): Promise<{ code: number | null; stopMs: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI, 'watch', '--every', '1m', '--services', 'ecs'], {
      env: emulatorEnv(emulator().endpoint, { HOME: tempDir('aws-monitor-watch-') }),
      cwd: process.cwd(),
    });
    let stdout = '';
    let sentAt = 0;
    const timeout = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no first report within 60 s: ${stdout}`));
    }, 60_000);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (!sentAt && /\nRUN\n/.test(stdout)) {
        sentAt = Date.now();
        child.kill(signal);
      }
    });
    child.on('close', (code) => {
      clearTimeout(timeout);
      resolve({ code, stopMs: Date.now() - sentAt, stdout });
    });
  });
}

describe('aws-monitor watch against the emulator', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    'stops on %s within two seconds, exiting %i as the CLI does',
    async (signal, expected) => {
      const { code, stopMs, stdout } = await stopAfterFirstReport(signal);
      expect(stdout).toContain('aws-monitor report - account 123456789012');
      expect(code).toBe(expected);
      expect(stopMs).toBeLessThan(2_000);
    },
    90_000,
  );
});
