// The bundled Action run the way the runner runs it: `node dist/action/index.js` with inputs as
// INPUT_* variables and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, against the emulator.

import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { emulatorEnv, REGION, useEmulator } from '../support/emulator.js';
import { tempDir } from '../support/temp-dir.js';

const emulator = useEmulator();

interface Run {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses the runner's GITHUB_OUTPUT file format: name<<DELIMITER / value / DELIMITER. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const [, name, , value] of text.matchAll(pattern)) outputs[name!] = value!;
  return outputs;
}

function runAction(inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<Run> {
  const dir = tempDir('aws-monitor-action-');
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    ...emulatorEnv(emulator().endpoint, extraEnv),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_WORKFLOW: 'production health',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_SERVER_URL: 'https://github.com',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/action/index.js'], { env });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('close', (status) =>
      resolve({ status, stdout, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') }),
    );
  });
}

beforeAll(async () => {
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
}, 60_000);

describe('the Action bundle (dist/action)', () => {
  it('scans, writes the job summary and report files, sets outputs and passes', async () => {
    const run = await runAction({ since: '6h', 'fail-on': 'critical' });
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ status: 'degraded', findings: '6', critical: '0', high: '2' });
    expect(Number(run.outputs['api-calls'])).toBeGreaterThan(0);
    expect(run.summary).toContain('## aws-monitor: ⚠️ Degraded');
    expect(run.summary).toContain('4 tasks stopped by errors: killed for running out of memory x3');
    expect(run.summary).toContain('[production health run #17](https://github.com/acme/shop/actions/runs/4242) at 0123456');
    expect(readFileSync(run.outputs['report-path']!, 'utf8')).toContain('aws-monitor report - account 123456789012 - us-east-2');
    expect(JSON.parse(readFileSync(run.outputs['json-path']!, 'utf8')).schemaVersion).toBe(2);
    expect(run.stdout).toContain('INVENTORY');
    // The top findings become annotations on the run: high as errors, low as notices, info never.
    expect(run.stdout).toMatch(/::error title=aws-monitor high%3A ecs%3Aservice pp-web-production\/checkout::4 tasks stopped by errors/);
    expect(run.stdout).toMatch(/::notice title=aws-monitor low%3A rds%3Ainstance orders-db::no Multi-AZ standby/);
    expect(run.stdout).not.toMatch(/::\w+ title=aws-monitor info/);
  });

  it('fails the step when a finding reaches fail-on, and says why', async () => {
    const run = await runAction({ 'fail-on': 'critical' }, { AWS_MONITOR_DETECTOR_ECS_SERVICE_TASKS_BELOW_DESIRED_GRACE_MINUTES: '0' });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'failing', critical: '1' });
    expect(run.stdout).toContain('::error::1 finding at or above critical; see the job summary');
    expect(run.summary).toContain('❌ Failing');
  });

  it('fails with a message naming the input when an input is invalid', async () => {
    const run = await runAction({ 'fail-on': 'sometimes' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::invalid configuration: input fail-on: value "sometimes" must be one of critical, high, medium, low, info, never');
    expect(run.outputs).toEqual({});
  });
});
