// npx tsx bench/accounts.ts: a 50-account organisation, simulated on the local emulator.
//
// 50 member accounts (each reached with AssumeRole, as the tool reaches them), each with an ECS
// cluster of 3 services (one of them down), a load balancer-less RDS instance and two stacks. The
// scan of all 50 from one config ([account:NAME] sections) at account_concurrency 1 (the baseline:
// one account after another), 4 (the default) and 10: wall time, API calls per account, and the
// same findings every time. Then the same 50 as a job matrix: 50 reports merged with mergeReports.
// The emulator answers in about a millisecond and never throttles: the times here are the tool's
// own overhead plus the emulator's; against AWS each account takes its API latency (see
// BENCHMARKS.md for where the limits are).

import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { CreateClusterCommand, CreateServiceCommand, ECSClient, RegisterTaskDefinitionCommand, UpdateServiceCommand } from '@aws-sdk/client-ecs';
import { CreateDBInstanceCommand, RDSClient } from '@aws-sdk/client-rds';
import { CloudFormationClient, CreateStackCommand } from '@aws-sdk/client-cloudformation';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import type { CallCounter } from '../src/aws/call-counter.js';
import { ClientFactory } from '../src/aws/clients.js';
import { loadConfig } from '../src/config/load.js';
import type { AccountConfig, ScanConfig } from '../src/config/schema.js';
import { COLLECTORS } from '../src/services/registry.js';
import { detectorCatalog } from '../src/detectors/registry.js';
import { mergeReports } from '../src/report/merge-reports.js';
import type { Report } from '../src/report/model.js';
import { scanAccounts } from '../src/scan-accounts.js';
import { EMULATOR_CREDENTIALS, startEmulator } from '../tools/emulator/moto-server.js';

const ACCOUNTS = Number(process.env.ACCOUNTS ?? 50);
const REGION = 'us-east-2';
const ROLE = 'aws-monitor-readonly';
const accountId = (i: number) => String(100000000000 + i * 1001).padStart(12, '0');

const emulator = await startEmulator();
try {
  const endpoint = emulator.endpoint;
  const sts = new STSClient({ region: REGION, endpoint, credentials: EMULATOR_CREDENTIALS });
  const seedStart = performance.now();
  await Promise.all(
    Array.from({ length: ACCOUNTS }, async (_, i) => {
      const c = (await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${accountId(i)}:role/${ROLE}`, RoleSessionName: 'seed' }))).Credentials!;
      const credentials = { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! };
      const config = { region: REGION, endpoint, credentials };
      const ecs = new ECSClient(config);
      await ecs.send(new CreateClusterCommand({ clusterName: `pp-team${i}-production` }));
      await ecs.send(new RegisterTaskDefinitionCommand({ family: 'api', containerDefinitions: [{ name: 'api', image: 'api:1', memory: 512 }] }));
      for (const service of ['api', 'web', 'worker']) {
        await ecs.send(new CreateServiceCommand({ cluster: `pp-team${i}-production`, serviceName: service, taskDefinition: 'api', desiredCount: 2 }));
        // 'worker' stays at 0 running: one finding per account.
        if (service !== 'worker') await ecs.send(new UpdateServiceCommand({ cluster: `pp-team${i}-production`, service, desiredCount: 2 }));
      }
      await new RDSClient(config).send(
        new CreateDBInstanceCommand({
          DBInstanceIdentifier: `db${i}`,
          Engine: 'postgres',
          DBInstanceClass: 'db.t4g.medium',
          AllocatedStorage: 20,
          MultiAZ: true,
          MasterUsername: 'app',
          MasterUserPassword: 'bench-only-password',
        }),
      );
      const template = JSON.stringify({ Resources: { Q: { Type: 'AWS::SQS::Queue', Properties: {} } } });
      const cfn = new CloudFormationClient(config);
      for (const stack of ['pp-net-production', 'pp-app-production']) await cfn.send(new CreateStackCommand({ StackName: stack, TemplateBody: template }));
      ecs.destroy();
    }),
  );
  sts.destroy();
  console.log(`seeded ${ACCOUNTS} accounts in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

  const accounts: AccountConfig[] = Array.from({ length: ACCOUNTS }, (_, i) => ({ name: `team${i}`, roleArn: `arn:aws:iam::${accountId(i)}:role/${ROLE}` }));
  const base = loadConfig({
    cwd: '/nonexistent',
    env: {
      AWS_MONITOR_DETECTOR_ECS_SERVICE_TASKS_BELOW_DESIRED_GRACE_MINUTES: '0',
      AWS_MONITOR_SCAN_SERVICES: 'ecs,rds,cloudformation',
      AWS_MONITOR_METRICS_ENABLED: 'false',
      AWS_MONITOR_LOGS_ENABLED: 'false',
    },
    now: new Date(),
    catalog: { services: COLLECTORS.map((c) => c.id), detectors: detectorCatalog() },
  });
  const clientsFor = (region: string, counter: CallCounter, credentials?: AwsCredentialIdentity) =>
    new ClientFactory({ region, endpointUrl: endpoint, credentials: credentials ?? EMULATOR_CREDENTIALS, maxAttempts: 3, requestTimeoutMs: 30_000 }, counter);
  const scan = (config: ScanConfig) => scanAccounts({ clientsFor, now: () => new Date(), version: 'bench' }, config);
  const summary = (report: Report) =>
    report.findings
      .map((f) => `${f.resource.account} ${f.kind} ${f.resource.id}`)
      .sort()
      .join('\n');

  const rows: Array<{ label: string; ms: number; report: Report }> = [];
  for (const accountConcurrency of [1, 4, 10]) {
    const started = performance.now();
    const report = await scan({ ...base, accounts, accountConcurrency });
    rows.push({ label: `one run, account_concurrency ${accountConcurrency}`, ms: performance.now() - started, report });
  }
  // The job matrix: one run per account (each a job), then merge.
  const started = performance.now();
  const perAccount = await Promise.all(accounts.map((account) => scan({ ...base, accounts: [account] })));
  const merged = mergeReports(perAccount);
  rows.push({ label: 'matrix: 50 runs side by side, merged', ms: performance.now() - started, report: merged });

  const baseline = rows[0]!;
  console.log(`\n${ACCOUNTS} accounts, ${baseline.report.resources.length} resources, ${baseline.report.findings.length} findings`);
  console.log('how                                      wall time   vs one at a time   API calls   per account');
  for (const row of rows) {
    const same = summary(row.report) === summary(baseline.report) ? '' : '  (DIFFERENT FINDINGS)';
    console.log(
      `${row.label.padEnd(40)} ${`${(row.ms / 1000).toFixed(1)} s`.padStart(9)} ${`${(baseline.ms / row.ms).toFixed(1)}x faster`.padStart(18)} ${String(row.report.apiCalls.total).padStart(11)} ${(row.report.apiCalls.total / ACCOUNTS).toFixed(1).padStart(13)}${same}`,
    );
  }
  const perScope = baseline.report.scopes.map((s) => s.durationMs).sort((a, b) => a - b);
  console.log(
    `\nper account (concurrency 1): median ${perScope[Math.floor(perScope.length / 2)]} ms, max ${perScope.at(-1)} ms; calls per account: ${[...new Set(baseline.report.scopes.map((s) => s.apiCalls))].join(', ')}`,
  );
  const byOp = baseline.report.apiCalls.byOperation.map((o) => `${o.operation} ${o.calls}`).join(', ');
  console.log(`calls by operation: ${byOp}`);
} finally {
  await emulator.stop();
}
