// The README's workflow examples, played the way GitHub would: the jobs each event selects, their
// expressions evaluated, our step run from the bundled dist/ with INPUT_* variables and the job's
// OIDC token, the shell steps with bash. If the README shows it, it works.

import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateClusterCommand, ECSClient } from '@aws-sdk/client-ecs';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { parse } from 'yaml';
import { EMULATOR_CREDENTIALS } from '../../tools/emulator/moto-server.js';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { emulatorEnv, REGION, useEmulator } from '../support/emulator.js';
import { tempDir } from '../support/temp-dir.js';
import { FakeArtifactService } from '../support/fake-artifact-service.js';
import { seedGateDeploys } from '../../tools/emulator/demo-gate.js';
import { runAction, startOidcTokenEndpoint } from '../support/run-action.js';
import { playWorkflow, workflowsIn, type Workflow } from '../support/workflow-runner.js';

const emulator = useEmulator();
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
const workflows = workflowsIn(readFileSync('README.md', 'utf8'));
const isOurs = (uses: string) => /(^|\/)aws-monitor@|^\.\/?$/.test(uses);
let oidc: Awaited<ReturnType<typeof startOidcTokenEndpoint>>;
let deployTime: Date;
const artifacts = new FakeArtifactService();

beforeAll(async () => {
  oidc = await startOidcTokenEndpoint();
  await artifacts.start();
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
  // checkout was deployed 30 minutes ago, and the deploy made its errors and latency worse.
  ({ deployTime } = await seedGateDeploys({ endpoint: emulator().endpoint, region: REGION }));
  // The organisation matrix's two member accounts each run one ECS cluster in us-east-2 and nothing in eu-west-1.
  await Promise.all(['111111111111', '222222222222'].map((account) => seedMemberCluster(account)));
}, 60_000);

async function seedMemberCluster(account: string): Promise<void> {
  const sts = new STSClient({ region: REGION, endpoint: emulator().endpoint, credentials: EMULATOR_CREDENTIALS });
  const assumed = (await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${account}:role/aws-monitor-readonly`, RoleSessionName: 'seed' }))).Credentials!;
  const ecs = new ECSClient({
    region: REGION,
    endpoint: emulator().endpoint,
    credentials: { accessKeyId: assumed.AccessKeyId!, secretAccessKey: assumed.SecretAccessKey!, sessionToken: assumed.SessionToken! },
  });
  await ecs.send(new CreateClusterCommand({ clusterName: `pp-${account}` }));
  sts.destroy();
  ecs.destroy();
}
afterAll(async () => {
  await oidc?.stop();
  await artifacts.stop();
});
// Each test plays a new workflow run: artifact names are unique per run, not across runs.
beforeEach(() => artifacts.reset());

/** Our step as the runner runs it: the OIDC token endpoint only when the job may ask for a token, no static AWS keys. */
function runner(workflow: Workflow) {
  return (inputs: Record<string, string>, job: Workflow['jobs'][string]) => {
    const idToken = (job.permissions ?? workflow.permissions ?? {})['id-token'] === 'write';
    return runAction(emulator().endpoint, inputs, { withoutStaticCredentials: true, env: { ...artifacts.runnerEnv(), ...(idToken ? oidc.env : {}) } });
  };
}

const health = () => {
  const found = workflows.find((w) => ['workflow_dispatch', 'schedule', 'workflow_run'].every((event) => event in w.on));
  if (!found) throw new Error('README: no workflow with workflow_dispatch, schedule and workflow_run triggers');
  return found;
};

describe('the README workflows', () => {
  it('use only inputs and outputs action.yml declares, and ask for the OIDC token they need', () => {
    expect(workflows.length).toBeGreaterThan(0);
    for (const workflow of workflows) {
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps.filter((s) => s.uses && isOurs(s.uses))) {
          for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
          if (step.with?.['role-to-assume']) expect((job.permissions ?? workflow.permissions ?? {})['id-token']).toBe('write');
        }
      }
      // Every step output read names a step; our steps' outputs are declared (a shell step's, like the matrix, are its own).
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
      const ours = steps.filter((s) => s.uses && isOurs(s.uses)).map((s) => s.id);
      for (const [, id, output] of JSON.stringify(workflow).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        expect(steps.map((s) => s.id)).toContain(id);
        if (ours.includes(id)) expect(Object.keys(action.outputs)).toContain(output);
      }
    }
  });

  it('workflow_dispatch: the scan job assumes the role with OIDC, scans the asked window and reports through its outputs', async () => {
    const before = oidc.audiences.length;
    const played = await playWorkflow(health(), { github: { event_name: 'workflow_dispatch' }, inputs: { since: '6h' }, isOurs, runOurs: runner(health()) });
    expect(played.jobs).toEqual(['scan']);
    const step = played.steps.find((s) => s.action)!;
    expect(oidc.audiences.slice(before)).toEqual(['sts.amazonaws.com']);
    expect(step.action!.stdout).toContain('Assumed arn:aws:iam::123456789012:role/aws-monitor-readonly with the job');
    // fail-on critical: the demo's findings are high at worst within 6 h, so the step passes.
    expect(step.action!.status).toBe(0);
    expect(step.action!.outputs.status).toBe('degraded');
    expect(readFileSync(step.action!.outputs['report-path']!, 'utf8')).toMatch(/^window .* \(6h\)$/m);
    // The reports outlive the runner as the default artifact, byte for byte.
    expect(artifacts.files('aws-monitor-report')).toEqual({
      'report.txt': readFileSync(step.action!.outputs['report-path']!, 'utf8'),
      'report.json': readFileSync(step.action!.outputs['json-path']!, 'utf8'),
      'report.html': readFileSync(step.action!.outputs['html-path']!, 'utf8'),
    });
    expect(step.action!.outputs['artifact-id']).toMatch(/^\d+$/);
    const echo = played.steps.find((s) => s.shell)!;
    expect(echo.shell!.stdout.trim()).toBe(`status=degraded findings=${step.action!.outputs.findings}`);
  }, 60_000);

  it('schedule: the same job with the default window of 24 h', async () => {
    const played = await playWorkflow(health(), { github: { event_name: 'schedule' }, isOurs, runOurs: runner(health()) });
    expect(played.jobs).toEqual(['scan']);
    const step = played.steps.find((s) => s.action)!;
    expect(readFileSync(step.action!.outputs['report-path']!, 'utf8')).toMatch(/^window .* \(1d\)$/m);
  }, 60_000);

  it('after a successful deploy: only the gate runs, judges the deployed service and fails the pipeline on a bad deploy', async () => {
    const event = { workflow_run: { conclusion: 'success', updated_at: deployTime.toISOString() } };
    const played = await playWorkflow(health(), { github: { event_name: 'workflow_run', event }, isOurs, runOurs: runner(health()) });
    expect(played.jobs).toEqual(['post-deploy-gate']);
    const step = played.steps.find((s) => s.action)!;
    // A fail settles the watch at once: the first check fails the step.
    expect(step.action!.status).toBe(1);
    expect(step.action!.outputs).toMatchObject({ verdict: 'fail' });
    expect(step.action!.stdout).toMatch(/::error::deploy gate fail: target 5xx rate \(critical\) rose/);
    expect(step.action!.summary).toContain('## aws-monitor gate: ❌ FAIL · pp-web-production/checkout');
    expect(Object.keys(artifacts.files('post-deploy-gate')).sort()).toEqual(['gate.html', 'gate.json', 'gate.txt']);
    // The follow-up step runs on failure() and reads the outputs.
    const echo = played.steps.find((s) => s.shell)!;
    expect(echo.shell!.stdout.trim()).toBe(`deploy gate fail (score ${step.action!.outputs.score}); roll back?`);
  }, 60_000);

  it('the organisation matrix: one job per account and region with its own artifact, then one merged report', async () => {
    const matrix = workflows.find((w) => Object.values(w.jobs).some((job) => job.strategy?.matrix))!;
    expect(matrix).toBeDefined();
    const workdir = tempDir('aws-monitor-matrix-');
    // The report job checks out aws-monitor: this repository's dist/ is that checkout.
    symlinkSync(join(process.cwd(), 'dist'), join(workdir, 'dist'));
    const summary = join(workdir, 'step-summary.md');
    writeFileSync(summary, '');
    const played = await playWorkflow(matrix, {
      github: { event_name: 'schedule' },
      isOurs,
      runOurs: runner(matrix),
      // actions/download-artifact with a pattern: each artifact in a folder of its name.
      runOther: async (uses, inputs) => {
        if (!uses.startsWith('actions/download-artifact')) return;
        const pattern = new RegExp(`^${inputs.pattern!.replace(/\*/g, '.*')}$`);
        for (const name of [...artifacts.artifacts.keys()].filter((n) => pattern.test(n))) {
          for (const [file, text] of Object.entries(artifacts.files(name))) {
            mkdirSync(join(workdir, inputs.path!, name), { recursive: true });
            writeFileSync(join(workdir, inputs.path!, name, file), text);
          }
        }
      },
      shell: { cwd: workdir, env: { ...emulatorEnv(emulator().endpoint), GITHUB_STEP_SUMMARY: summary } },
    });
    expect(played.jobs).toEqual(['scan', 'report']);
    const scans = played.steps.filter((s) => s.action);
    expect(scans.map((s) => `${s.matrix!.account} ${s.matrix!.region} ${s.action!.status}`)).toEqual([
      '111111111111 us-east-2 0',
      '111111111111 eu-west-1 0',
      '222222222222 us-east-2 0',
      '222222222222 eu-west-1 0',
    ]);
    expect([...artifacts.artifacts.keys()].sort()).toEqual([
      'report-111111111111-eu-west-1',
      'report-111111111111-us-east-2',
      'report-222222222222-eu-west-1',
      'report-222222222222-us-east-2',
    ]);
    const merge = played.steps.find((s) => s.shell)!;
    expect(merge.shell!.status).toBe(0);
    const merged = readFileSync(summary, 'utf8');
    expect(merged).toMatch(/^## aws-monitor: ✅ Healthy$/m);
    // eu-west-1 holds nothing in either account: each of those scans says so, and passed only because allow-empty is set.
    const scopes = JSON.parse(readFileSync(join(workdir, 'reports', 'report-111111111111-eu-west-1', 'report.json'), 'utf8')).scopes;
    expect(scopes).toEqual([
      expect.objectContaining({ status: 'empty', reason: expect.stringMatching(/^no resources in scope in account 111111111111, eu-west-1 \(region from input aws-region\)/) }),
    ]);
    expect(merged).toContain('2 accounts · eu-west-1, us-east-2 · 4 scans');
  }, 120_000);

  it('after a failed deploy: nothing runs', async () => {
    const played = await playWorkflow(health(), { github: { event_name: 'workflow_run', event: { workflow_run: { conclusion: 'failure' } } }, isOurs, runOurs: runner(health()) });
    expect(played.jobs).toEqual([]);
  });
});
