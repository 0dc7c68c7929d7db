// `npm run local-action` (@github/local-action, as in actions/typescript-action) runs the Action's
// source with .env settings: against the emulator it scans, sets its outputs and writes its
// reports under RUNNER_TEMP, outside the checkout, even when .env does not say where.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { emulatorEnv, REGION, useEmulator } from '../support/emulator.js';
import { tempDir } from '../support/temp-dir.js';

const emulator = useEmulator();
const example = readFileSync('.env.example', 'utf8');
const declared = Object.keys((parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }).inputs);

/** The names .env.example sets or shows commented out, e.g. INPUT_FAIL-ON. */
const exampleNames = [...example.matchAll(/^#? ?([A-Z][A-Z0-9_-]*)=/gm)].map((m) => m[1]!);

beforeAll(async () => {
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
}, 60_000);

describe('.env.example', () => {
  it('names only inputs that action.yml declares, spelled as the runner passes them', () => {
    const inputs = exampleNames.filter((name) => name.startsWith('INPUT_')).map((name) => name.slice('INPUT_'.length));
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs) expect(declared.map((name) => name.toUpperCase())).toContain(input);
  });

  it('is ignored by git once copied to .env', () => {
    expect(readFileSync('.gitignore', 'utf8').split('\n')).toContain('.env');
  });
});

describe('npm run local-action', () => {
  it('scans the emulator account and writes the reports outside the checkout', async () => {
    const work = tempDir('aws-monitor-local-action-');
    const envFile = join(work, 'local.env');
    // The example as a user would fill it in, pointed at the emulator.
    const { AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY } = emulatorEnv(emulator().endpoint);
    writeFileSync(
      envFile,
      `${example}\nINPUT_SINCE=6h\nINPUT_FAIL-ON=critical\nAWS_ENDPOINT_URL=${AWS_ENDPOINT_URL}\nAWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}\nAWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}\n`,
    );
    const env: Record<string, string> = { ...emulatorEnv(emulator().endpoint), LOCAL_ACTION_ENV_FILE: envFile, TMPDIR: work };
    delete env.RUNNER_TEMP;
    const result = await new Promise<{ status: number | null; stdout: string }>((resolve) => {
      const child = spawn('npm', ['run', '--silent', 'local-action'], { env });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
      child.on('close', (status) => resolve({ status, stdout }));
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('::set-output name=status::degraded');
    const reportPath = /::set-output name=report-path::(.+)$/m.exec(result.stdout)?.[1];
    expect(reportPath).toBe(join(work, 'aws-monitor-local-action', 'aws-monitor', 'report.txt'));
    expect(readFileSync(reportPath!, 'utf8')).toContain('pp-web-production/checkout');
    expect(existsSync('aws-monitor')).toBe(false);
  }, 120_000);
});
