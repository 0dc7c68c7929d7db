// The bundled Action run the way the runner runs it: `node dist/action/index.js` with inputs as
// INPUT_* variables and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, against the emulator.

import { readFileSync } from 'node:fs';
import { REPORT_SCHEMA_VERSION } from '../../src/report/model.js';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { REGION, useEmulator } from '../support/emulator.js';
import { runAction as runBundledAction } from '../support/run-action.js';

const emulator = useEmulator();

const runAction = (inputs: Record<string, string>, env: Record<string, string> = {}) => runBundledAction(emulator().endpoint, inputs, { env });

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
    expect(JSON.parse(readFileSync(run.outputs['json-path']!, 'utf8')).schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(run.stdout).toContain('INVENTORY');
    // The top findings become annotations on the run: below fail-on (critical here) high is a
    // warning, low a notice, info never; nothing is an error on a step that passes.
    expect(run.stdout).toMatch(/::warning title=aws-monitor high%3A ecs%3Aservice pp-web-production\/checkout::4 tasks stopped by errors/);
    expect(run.stdout).not.toMatch(/^::error/m);
    // Progress is shown, folded into one group.
    expect(run.stdout).toMatch(/^::group::aws-monitor: progress\n\[\d+\.\ds\] account 123456789012, region us-east-2\n/m);
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

  it('fails the step on a region with nothing in scope, saying so, unless allow-empty', async () => {
    const empty = await runAction({ 'aws-region': 'eu-west-1' });
    expect(empty.status).toBe(1);
    expect(empty.outputs).toMatchObject({
      status: 'empty',
      'status-reason': expect.stringMatching(/^no resources in scope in account 123456789012, eu-west-1 \(region from input aws-region\)/),
    });
    expect(empty.stdout).toMatch(/::error::nothing in scope: no resources in scope in account 123456789012, eu-west-1/);
    expect(empty.summary).toContain('⭕ Nothing in scope');
    const allowed = await runAction({ 'aws-region': 'eu-west-1', 'allow-empty': 'true' });
    expect(allowed.status).toBe(0);
    expect(allowed.outputs).toMatchObject({ status: 'empty' });
  });

  it('fails the step when AWS cannot be reached, naming why, never healthy', async () => {
    const run = await runAction({}, { AWS_ENDPOINT_URL: 'http://127.0.0.1:1' });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'unchecked' });
    expect(run.stdout).toMatch(/::error::could not check: could not identify the account: could not reach AWS: connection refused by http:\/\/127\.0\.0\.1:1/);
  });

  it('refuses an artifact name GitHub would refuse before spending any AWS call', async () => {
    const run = await runAction({ 'artifact-name': 'report: prod/eu' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::input artifact-name: "report: prod/eu" contains a colon (:)');
    expect(run.stdout).not.toContain('INVENTORY');
  });

  it('without the runner artifact service (a local run) it warns that the artifact was not uploaded, and still reports', async () => {
    const run = await runAction({ since: '6h', 'fail-on': 'never' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('::warning::report artifact not uploaded: workflow artifacts are unavailable outside a GitHub Actions runner');
    expect(run.outputs['artifact-id']).toBeUndefined();
  });

  it('mode gate refuses incomplete or malformed inputs before any AWS call', async () => {
    const noService = await runAction({ mode: 'gate', cluster: 'pp-web-production' });
    expect(noService.status).toBe(1);
    expect(noService.stdout).toContain('::error::mode gate: set the cluster and service inputs');
    const badTime = await runAction({ mode: 'gate', cluster: 'pp-web-production', service: 'checkout', 'deploy-time': 'yesterday' });
    expect(badTime.stdout).toContain('::error::input deploy-time: "yesterday" is not an ISO-8601 time');
    const badMode = await runAction({ mode: 'canary' });
    expect(badMode.stdout).toContain('::error::input mode: "canary" must be scan or gate');
    for (const run of [noService, badTime, badMode]) expect(run.stdout).not.toContain('Assumed');
  });

  it('fails with a message naming the input when an input is invalid', async () => {
    const run = await runAction({ 'fail-on': 'sometimes' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::invalid configuration: input fail-on: value "sometimes" must be one of critical, high, medium, low, info, never');
    expect(run.outputs).toEqual({});
  });
});
