// No secret in any output: secrets are seeded where AWS really carries them (resource tags, log
// lines, the demo's e-mail and API key), then the CLI (every format, and its stderr) and the
// bundled Action (log, summary, outputs, report files) run against the emulator. None may show.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CloudWatchLogsClient, PutLogEventsCommand, CreateLogStreamCommand } from '@aws-sdk/client-cloudwatch-logs';
import { AddTagsToResourceCommand, DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { seedDemoLogs } from '../../tools/emulator/demo-logs.js';
import { EMULATOR_CREDENTIALS } from '../../tools/emulator/moto-server.js';
import { emulatorEnv, REGION, useEmulator } from '../support/emulator.js';
import { runAction } from '../support/run-action.js';

const emulator = useEmulator();

// Each is a secret, or personal data, that must never reach an output.
const SECRETS = {
  databasePassword: 'Sup3rS3cretPassw0rd',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  jwtPayload: 'eyJzdWIiOiJqYW5lIiwicm9sZSI6ImFkbWluIn0',
  bearer: 'tok_9f8e7d6c5b4a39281706',
  email: 'jane.doe@example.com',
  apiKey: 'sk_live_51HxDemoNotARealKey',
};

function leaks(text: string): string[] {
  return Object.entries(SECRETS)
    .filter(([, secret]) => text.includes(secret))
    .map(([name]) => name);
}

beforeAll(async () => {
  const target = { endpoint: emulator().endpoint, region: REGION };
  await seedDemoAccount(target);
  // The demo's logs already carry an e-mail address and an API key in a new exception.
  await seedDemoLogs(target);
  const config = { region: REGION, endpoint: emulator().endpoint, credentials: EMULATOR_CREDENTIALS };
  const rds = new RDSClient(config);
  const arn = (await rds.send(new DescribeDBInstancesCommand({ DBInstanceIdentifier: 'orders-db' }))).DBInstances![0]!.DBInstanceArn!;
  await rds.send(
    new AddTagsToResourceCommand({
      ResourceName: arn,
      Tags: [
        { Key: 'connection', Value: `postgres://app:${SECRETS.databasePassword}@orders-db:5432/orders` },
        { Key: 'deploy-key', Value: SECRETS.accessKeyId },
      ],
    }),
  );
  rds.destroy();
  // A burst of a new error that quotes credentials, as careless logging does.
  const logs = new CloudWatchLogsClient(config);
  const stream = 'ecs/checkout/secrets';
  await logs.send(new CreateLogStreamCommand({ logGroupName: '/ecs/checkout', logStreamName: stream }));
  const now = Date.now();
  await logs.send(
    new PutLogEventsCommand({
      logGroupName: '/ecs/checkout',
      logStreamName: stream,
      logEvents: Array.from({ length: 6 }, (_, i) => ({
        timestamp: now - (10 - i) * 60_000,
        message: `${new Date(now - (10 - i) * 60_000).toISOString()} ERROR 1 --- [checkout] [main] c.s.aws.Uploader : upload failed with aws_secret_access_key=${SECRETS.secretAccessKey} key ${SECRETS.accessKeyId} Authorization: Bearer ${SECRETS.bearer} jwt eyJhbGciOiJIUzI1NiJ9.${SECRETS.jwtPayload}.c2lnbmF0dXJlc2ln`,
      })),
    }),
  );
  logs.destroy();
}, 90_000);

function cli(args: string[]): Promise<{ status: number | null; out: string }> {
  const loader = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', loader, join(process.cwd(), 'src/cli/index.ts'), ...args], {
      env: emulatorEnv(emulator().endpoint, { AWS_MONITOR_LOGS_RECENT: '1h' }),
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (status) => resolve({ status, out }));
  });
}

describe('secrets seeded in AWS never reach an output', () => {
  it('the CLI report in every format, and its stderr', async () => {
    const runs = await Promise.all(['text', 'markdown', 'json', 'html'].map((format) => cli(['report', '--since', '12h', '--format', format, '--fail-on', 'never'])));
    for (const run of runs) {
      expect(run.status).toBe(0);
      expect(leaks(run.out)).toEqual([]);
    }
    // The seeded lines did reach the report, redacted: the check is not vacuous.
    const json = JSON.parse(runs[2]!.out) as {
      resources: Array<{ id: string; tags: Record<string, string> }>;
      findings: Array<{ logs?: { example?: string }; related?: Array<{ logs?: { example?: string } }> }>;
    };
    expect(json.resources.find((r) => r.id === 'orders-db')!.tags).toMatchObject({
      connection: 'postgres://app:[redacted:url-password]@orders-db:5432/orders',
      'deploy-key': '[redacted:aws-access-key-id]',
    });
    const examples = json.findings
      .flatMap((f) => [f.logs?.example, ...(f.related ?? []).map((r) => r.logs?.example)])
      .filter(Boolean)
      .join('\n');
    expect(examples).toContain('aws_secret_access_key=[redacted:aws-secret-key]');
  }, 90_000);

  it('the bundled Action: its log, job summary, outputs and report files', async () => {
    const run = await runAction(emulator().endpoint, { since: '12h', 'fail-on': 'never', format: 'json' });
    expect(run.status).toBe(0);
    const files = [run.outputs['report-path']!, run.outputs['json-path']!, run.outputs['html-path']!].map((path) => readFileSync(path, 'utf8')).join('\n');
    expect(leaks(run.stdout + run.summary + JSON.stringify(run.outputs) + files)).toEqual([]);
  }, 90_000);
});
