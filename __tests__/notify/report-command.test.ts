// `aws-monitor report` with a [notify:NAME] section, as a user runs it: a separate process against
// the emulator, sending to a real HTTP receiver on loopback.

import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { emulatorEnv, REGION, useEmulator } from '../support/emulator.js';
import { startGithubStandIn } from '../support/github-stand-in.js';
import { startReceiver, type Receiver } from '../support/http-receiver.js';
import { tempDir } from '../support/temp-dir.js';

const CLI = ['--import', pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href, join(process.cwd(), 'src/cli/index.ts')];
const emulator = useEmulator();

function cli(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...CLI, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.end();
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

let receiver: Receiver;
let config: string;
beforeAll(async () => {
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
}, 60_000);
beforeEach(async () => {
  receiver = await startReceiver('/services/T000/B000/s3cr3tPath');
  config = join(tempDir('aws-monitor-notify-cli-'), 'config.ini');
  writeFileSync(config, '[notify:ops]\ntype = webhook\nurl_env = OPS_WEBHOOK_URL\nsecret_env = OPS_WEBHOOK_SECRET\nmin_severity = high\n');
});
afterEach(() => receiver.close());

describe('aws-monitor report with notifications', () => {
  it('sends the findings at or above min_severity to the webhook once, signed, and says so on stderr', async () => {
    const env = emulatorEnv(emulator().endpoint, { OPS_WEBHOOK_URL: receiver.url, OPS_WEBHOOK_SECRET: 'a-signing-secret' });
    const result = await cli(['report', '--config', config, '--since', '6h', '--fail-on', 'critical'], env);
    expect(result.status).toBe(0);
    expect(receiver.received).toHaveLength(1);
    const body = JSON.parse(receiver.received[0]!.body);
    // The demo account has two high findings; no baseline, so both count as new, and the report says so.
    expect(body.findings).toHaveLength(2);
    expect(body.findings.every((f: { severity: string }) => f.severity === 'high')).toBe(true);
    expect(receiver.received[0]!.headers['x-aws-monitor-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(result.stderr).toContain('notification [notify:ops] (webhook): sent 2 findings');
    expect(result.stdout).toContain('no baseline report');
  });

  it('with the previous run as --baseline, an unchanged re-run sends nothing (issue 21: exactly the new findings, once)', async () => {
    const env = emulatorEnv(emulator().endpoint, { OPS_WEBHOOK_URL: receiver.url, OPS_WEBHOOK_SECRET: 'a-signing-secret' });
    const previous = join(tempDir('aws-monitor-notify-baseline-'), 'previous.json');
    const first = await cli(['report', '--config', config, '--since', '6h', '--fail-on', 'critical', '--format', 'json', '--output', previous], env);
    expect(first.status).toBe(0);
    expect(receiver.received).toHaveLength(1);
    const again = await cli(['report', '--config', config, '--since', '6h', '--fail-on', 'critical', '--baseline', previous], env);
    expect(again.status).toBe(0);
    // Every finding is ongoing: nothing new, nothing resolved, so nothing is sent.
    expect(receiver.received).toHaveLength(1);
    expect(again.stdout).not.toContain('no baseline report');
  });

  it('reports an unreachable receiver as a coverage gap, keeps the exit code, and never prints the URL', async () => {
    receiver.then = { status: 503, body: 'down' };
    const env = emulatorEnv(emulator().endpoint, { OPS_WEBHOOK_URL: receiver.url, OPS_WEBHOOK_SECRET: 'a-signing-secret' });
    const result = await cli(['report', '--config', config, '--since', '6h', '--fail-on', 'critical'], env);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/COVERAGE[\s\S]*notify[\s\S]*HTTP 503: down; gave up after/);
    expect(result.stdout + result.stderr).not.toContain('s3cr3tPath');
    expect(result.stdout + result.stderr).not.toContain('a-signing-secret');
  }, 60_000);

  it('keeps the GitHub issues of a repository with --github-issues and GITHUB_TOKEN', async () => {
    const github = await startGithubStandIn('acme', 'shop');
    try {
      const env = emulatorEnv(emulator().endpoint, { GITHUB_TOKEN: github.token, GITHUB_API_URL: github.apiUrl });
      const first = await cli(['report', '--since', '6h', '--fail-on', 'never', '--github-issues', 'acme/shop'], env);
      expect(first.status).toBe(0);
      expect(first.stderr).toContain('GitHub issues in acme/shop: opened #1, #2');
      const again = await cli(['report', '--since', '6h', '--fail-on', 'never', '--github-issues', 'acme/shop'], env);
      expect(again.stderr).toContain('GitHub issues in acme/shop: no change');
      expect(github.issues).toHaveLength(2);
      const noToken = await cli(['report', '--github-issues', 'acme/shop'], emulatorEnv(emulator().endpoint));
      expect(noToken.status).toBe(2);
      expect(noToken.stderr).toContain('--github-issues needs a token with issues: write in GITHUB_TOKEN (or GH_TOKEN)');
    } finally {
      await github.close();
    }
  }, 60_000);
});
