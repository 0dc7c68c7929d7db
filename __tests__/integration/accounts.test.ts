// Several accounts from config: each [account:NAME] assumed from the base credentials and scanned
// on its own, one report grouped by account; merging the per-account reports gives the same report.
// The emulator keeps accounts apart by the credentials AssumeRole hands out, as AWS does.

import { overlongLines } from '../support/pastable.js';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { CreateClusterCommand, CreateServiceCommand, ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import nock from 'nock';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import type { CallCounter } from '../../src/aws/call-counter.js';
import { ClientFactory } from '../../src/aws/clients.js';
import type { AccountConfig, ScanConfig } from '../../src/config/schema.js';
import { mergeReports } from '../../src/report/merge-reports.js';
import type { Report } from '../../src/report/model.js';
import { RENDERERS } from '../../src/renderers/registry.js';
import { scanAccounts } from '../../src/scan-accounts.js';
import { EMULATOR_CREDENTIALS } from '../../tools/emulator/moto-server.js';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { aConfig } from '../support/builders.js';
import { REGION, useEmulator } from '../support/emulator.js';
import { schemaErrors } from '../support/report-schema.js';

const emulator = useEmulator();
const PROD: AccountConfig = { name: 'prod', roleArn: 'arn:aws:iam::123456789012:role/aws-monitor-readonly' };
const STAGING: AccountConfig = { name: 'staging', roleArn: 'arn:aws:iam::111111111111:role/aws-monitor-readonly', externalId: 'staging-external-id', sessionName: 'ci-monitor' };

function configFor(accounts: AccountConfig[]): ScanConfig {
  return aConfig({
    services: ['ecs', 'elbv2', 'rds'],
    accounts,
    // The staging service was created seconds ago: no grace period.
    detectors: { ecs_service_tasks_below_desired: { enabled: true, thresholds: { grace_minutes: 0 } } },
  });
}

const clientsFor = (region: string, counter: CallCounter, credentials?: AwsCredentialIdentity) =>
  new ClientFactory({ region, endpointUrl: emulator().endpoint, credentials: credentials ?? EMULATOR_CREDENTIALS, maxAttempts: 1, requestTimeoutMs: 10_000 }, counter);

// The clock of every scan here: fixed, so runs compare equal, and after the seeding, so what was
// just created is in the past (a fixed date in the test source would turn into a time bomb).
let now: Date;
const scan = (accounts: AccountConfig[]) => scanAccounts({ clientsFor, now: () => now, version: 'test' }, configFor(accounts));

/** What differs between two runs of the same scan: when they ran and how long they took. */
function withoutTiming(report: Report): unknown {
  return { ...report, generatedAt: 0, durationMs: 0, scopes: report.scopes.map((s) => ({ ...s, generatedAt: 0, durationMs: 0 })) };
}

beforeAll(async () => {
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
  // A second account, reached the way the tool reaches it: AssumeRole into it.
  const sts = new STSClient({ region: REGION, endpoint: emulator().endpoint, credentials: EMULATOR_CREDENTIALS });
  const assumed = (await sts.send(new AssumeRoleCommand({ RoleArn: STAGING.roleArn, RoleSessionName: 'seed' }))).Credentials!;
  const ecs = new ECSClient({
    region: REGION,
    endpoint: emulator().endpoint,
    credentials: { accessKeyId: assumed.AccessKeyId!, secretAccessKey: assumed.SecretAccessKey!, sessionToken: assumed.SessionToken! },
  });
  await ecs.send(new CreateClusterCommand({ clusterName: 'pp-staging' }));
  await ecs.send(new RegisterTaskDefinitionCommand({ family: 'api', containerDefinitions: [{ name: 'api', image: 'api:1', memory: 512 }] }));
  // Created but never started: 0 of 2 tasks running.
  await ecs.send(new CreateServiceCommand({ cluster: 'pp-staging', serviceName: 'api', taskDefinition: 'api', desiredCount: 2 }));
  sts.destroy();
  ecs.destroy();
  now = new Date(Date.now() + 60_000);
}, 60_000);

describe('scanning several accounts from config', () => {
  let both: Report;
  beforeAll(async () => {
    both = await scan([PROD, STAGING]);
  }, 60_000);

  it('scans each account with its own credentials and keeps them apart', () => {
    expect(both.accounts).toEqual(['111111111111', '123456789012']);
    expect(both.scopes.map((s) => `${s.accountName} ${s.account} ${s.region}`)).toEqual(['staging 111111111111 us-east-2', 'prod 123456789012 us-east-2']);
    const clusters = (account: string) => both.resources.filter((r) => r.type === 'ecs:cluster' && r.account === account).map((r) => r.id);
    expect(clusters('111111111111')).toEqual(['pp-staging']);
    expect(clusters('123456789012')).toEqual(['pp-web-production', 'pp-workers-production']);
    const down = both.findings.find((f) => f.resource.id === 'pp-staging/api')!;
    expect(down).toMatchObject({ kind: 'ecs_service_tasks_below_desired', severity: 'critical', resource: { account: '111111111111', region: 'us-east-2' } });
    expect(both.coverage.filter((g) => g.service === 'sts')).toEqual([]);
    expect(schemaErrors(JSON.parse(RENDERERS.json(both, { minSeverity: 'info' })))).toEqual([]);
  });

  it('groups the text report by account: where each finding is, one inventory block per account, the scans in RUN', () => {
    const text = RENDERERS.text(both, { minSeverity: 'info', width: 100 });
    expect(text.split('\n')[0]).toBe('aws-monitor report - 2 accounts, 1 region (2 scans: see RUN)');
    expect(text).toMatch(/^ {2}\d\. CRITICAL ecs:service pp-staging\/api \[staging us-east-2\]$/m);
    expect(text).toMatch(/^ {2}staging \(111111111111\) us-east-2:\n {4}ECS: 1 cluster, 1 service, 2 with findings\n {6}!info {5}pp-staging +ACTIVE {2}1 service, 0 tasks/m);
    expect(text).toMatch(/^ {2}prod \(123456789012\) us-east-2:$/m);
    expect(text).toMatch(/^ {2}- staging \(111111111111\) us-east-2: 2 resources, \d+ API calls/m);
    expect(overlongLines(text)).toEqual([]);
  });

  it('merging the reports of one scan per account gives the report of the scan over both', async () => {
    const [prod, staging] = await Promise.all([scan([PROD]), scan([STAGING])]);
    expect(withoutTiming(mergeReports([prod!, staging!]))).toEqual(withoutTiming(both));
    // Order does not matter.
    expect(withoutTiming(mergeReports([staging!, prod!]))).toEqual(withoutTiming(both));
  }, 60_000);

  it('an account that cannot be reached is a coverage gap; the others are scanned in full', async () => {
    const denied: AccountConfig = { name: 'sandbox', roleArn: 'arn:aws:iam::222222222222:role/aws-monitor-readonly' };
    // The documented STS error for a role whose trust policy does not allow the caller (awsQuery XML).
    nock(emulator().endpoint, { allowUnmocked: true })
      // nock hands a form-encoded body over parsed.
      .post('/', (body: Record<string, string>) => body.Action === 'AssumeRole' && String(body.RoleArn).includes('222222222222'))
      .reply(
        403,
        '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:sts::123456789012:assumed-role/hub/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/aws-monitor-readonly</Message></Error><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ErrorResponse>',
        { 'content-type': 'text/xml' },
      );
    const report = await scan([PROD, denied]);
    nock.cleanAll();
    expect(report.accounts).toEqual(['123456789012', '222222222222']);
    expect(report.coverage.filter((g) => g.service === 'sts')).toEqual([
      expect.objectContaining({
        operation: 'AssumeRole',
        iamAction: 'sts:AssumeRole',
        scope: 'everything in account sandbox (222222222222) in us-east-2',
        account: '222222222222',
        region: 'us-east-2',
      }),
    ]);
    expect(report.coverage.find((g) => g.service === 'sts')!.reason).toMatch(/AccessDenied|access denied/i);
    expect(report.resources.filter((r) => r.account === '123456789012').length).toBe(both.resources.filter((r) => r.account === '123456789012').length);
  }, 60_000);
});
