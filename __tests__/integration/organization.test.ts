// Every account of an organization, against the emulator's Organizations API: an organization of
// three ACTIVE member accounts (and a closed one), each with its own ECS cluster created through
// the account's role. The emulator keeps accounts apart by the credentials AssumeRole hands out,
// as AWS does, so a cluster seen in an account's report proves the scan went through its role.

import { Writable } from 'node:stream';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateClusterCommand, CreateServiceCommand, ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { CloseAccountCommand, CreateAccountCommand, CreateOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import nock from 'nock';
import { CallCounter } from '../../src/aws/call-counter.js';
import { ClientFactory } from '../../src/aws/clients.js';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import type { OrganizationConfig, ScanConfig } from '../../src/config/schema.js';
import { UserError } from '../../src/errors.js';
import { planAccounts } from '../../src/organization/account-plan.js';
import { matrixEntries } from '../../src/organization/github-matrix.js';
import { mergeReports } from '../../src/report/merge-reports.js';
import { enabledRegionNames } from '../../src/organization/account-selection.js';
import type { Report } from '../../src/report/model.js';
import { RENDERERS } from '../../src/renderers/registry.js';
import { assumeRole } from '../../src/aws/assume-role.js';
import { scanAccounts } from '../../src/scan-accounts.js';
import { EMULATOR_ACCOUNT, EMULATOR_CREDENTIALS } from '../../tools/emulator/moto-server.js';
import { aConfig } from '../support/builders.js';
import { REGION, useEmulator } from '../support/emulator.js';
import { schemaErrors } from '../support/report-schema.js';
import { tempDir } from '../support/temp-dir.js';

const emulator = useEmulator();
const ROLE = 'aws-monitor-readonly';
const MEMBERS = ['prod', 'staging', 'sandbox'] as const;
/** Member account name -> the id the emulator gave it. */
const ids: Record<string, string> = {};
let closedId: string;

const clientsFor = (region: string, counter: CallCounter, credentials?: AwsCredentialIdentity) =>
  new ClientFactory({ region, endpointUrl: emulator().endpoint, credentials: credentials ?? EMULATOR_CREDENTIALS, maxAttempts: 1, requestTimeoutMs: 10_000 }, counter);

const anOrganization = (overrides: Partial<OrganizationConfig> = {}): OrganizationConfig => ({ roleName: ROLE, include: [], exclude: [], regions: [], ...overrides });

function configFor(organization: OrganizationConfig, rest: Partial<ScanConfig> = {}): ScanConfig {
  return aConfig({
    services: ['ecs'],
    organization,
    // The staging service was created seconds ago: no grace period.
    detectors: { ecs_service_tasks_below_desired: { enabled: true, thresholds: { grace_minutes: 0 } } },
    ...rest,
  });
}

let now: Date;
const scan = (config: ScanConfig) => scanAccounts({ clientsFor, now: () => now, version: 'test' }, config);

async function credentialsOf(accountId: string): Promise<AwsCredentialIdentity> {
  const sts = new STSClient({ region: REGION, endpoint: emulator().endpoint, credentials: EMULATOR_CREDENTIALS });
  const c = (await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${accountId}:role/${ROLE}`, RoleSessionName: 'seed' }))).Credentials!;
  sts.destroy();
  return { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! };
}

beforeAll(async () => {
  const organizations = new OrganizationsClient({ region: REGION, endpoint: emulator().endpoint, credentials: EMULATOR_CREDENTIALS });
  await organizations.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
  for (const name of [...MEMBERS, 'retired']) {
    const created = await organizations.send(new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }));
    ids[name] = created.CreateAccountStatus!.AccountId!;
  }
  closedId = ids.retired!;
  await organizations.send(new CloseAccountCommand({ AccountId: closedId }));
  organizations.destroy();
  // Each member gets its own cluster, created with that account's credentials.
  for (const name of MEMBERS) {
    const ecs = new ECSClient({ region: REGION, endpoint: emulator().endpoint, credentials: await credentialsOf(ids[name]!) });
    await ecs.send(new CreateClusterCommand({ clusterName: `pp-${name}` }));
    if (name === 'staging') {
      await ecs.send(new RegisterTaskDefinitionCommand({ family: 'api', containerDefinitions: [{ name: 'api', image: 'api:1', memory: 512 }] }));
      // Created but never started: 0 of 2 tasks running.
      await ecs.send(new CreateServiceCommand({ cluster: 'pp-staging', serviceName: 'api', taskDefinition: 'api', desiredCount: 2 }));
    }
    ecs.destroy();
  }
  now = new Date(Date.now() + 60_000);
}, 60_000);

afterEach(() => nock.cleanAll());

const clustersIn = (report: Report, account: string) =>
  report.resources
    .filter((r) => r.type === 'ecs:cluster' && r.account === account)
    .map((r) => r.id)
    .sort();

describe('scanning every account of an organization', () => {
  let report: Report;
  beforeAll(async () => {
    report = await scan(configFor(anOrganization()));
  }, 60_000);

  it('discovers the ACTIVE accounts, the management account too, and scans each through its role', () => {
    expect(report.accounts).toEqual([EMULATOR_ACCOUNT, ids.prod, ids.sandbox, ids.staging].sort());
    expect(report.accounts).not.toContain(closedId);
    for (const name of MEMBERS) expect(clustersIn(report, ids[name]!)).toEqual([`pp-${name}`]);
    expect(clustersIn(report, EMULATOR_ACCOUNT)).toEqual([]);
    expect(report.coverage).toEqual([]);
    expect(schemaErrors(JSON.parse(RENDERERS.json(report, { minSeverity: 'info' })))).toEqual([]);
  });

  it("names each account's section with the organization's name for it", () => {
    expect(report.scopes.map((s) => `${s.accountName} ${s.account} ${s.region} ${s.regionSource}`).sort()).toEqual(
      [`master ${EMULATOR_ACCOUNT}`, ...MEMBERS.map((name) => `${name} ${ids[name]}`)].map((scope) => `${scope} us-east-2 default`).sort(),
    );
    const text = RENDERERS.text(report, { minSeverity: 'info', width: 100 });
    expect(text.split('\n')[0]).toBe('aws-monitor report - 4 accounts, 1 region (4 scans: see RUN)');
    for (const name of MEMBERS) expect(text).toMatch(new RegExp(`^ {2}${name} \\(${ids[name]}\\) us-east-2:$`, 'm'));
    expect(text).toMatch(/^ {2}\d\. CRITICAL ecs:service pp-staging\/api \[staging us-east-2\]$/m);
  });

  it('counts the discovery calls in the report', () => {
    expect(report.apiCalls.byOperation).toEqual(expect.arrayContaining([expect.objectContaining({ service: 'Organizations', operation: 'ListAccounts', calls: 1 })]));
  });
});

describe('include and exclude', () => {
  const selected = async (organization: OrganizationConfig) => {
    const plan = await planAccounts({ clientsFor, assumeRole }, configFor(organization), new CallCounter());
    if ('failure' in plan) throw new Error(plan.failure.reason);
    return plan.accounts.map((a) => a.name).sort();
  };

  it('include names or ids; exclude wins', async () => {
    expect(await selected(anOrganization({ include: ['prod', 'stag*'] }))).toEqual(['prod', 'staging']);
    expect(await selected(anOrganization({ include: [ids.sandbox!, 'prod'], exclude: ['pr?d'] }))).toEqual(['sandbox']);
  });

  it('leaves the management account out when excluded', async () => {
    expect(await selected(anOrganization({ exclude: [EMULATOR_ACCOUNT] }))).toEqual(['prod', 'sandbox', 'staging']);
  });

  it('reads every page of ListAccounts', async () => {
    const counter = new CallCounter();
    const plan = await planAccounts({ clientsFor, assumeRole, pageSize: 2 }, configFor(anOrganization()), counter);
    expect('accounts' in plan && plan.accounts.map((a) => a.name).sort()).toEqual(['master', 'prod', 'sandbox', 'staging']);
    // Five accounts (the closed one too) at two a page.
    expect(counter.snapshot().byOperation).toEqual([expect.objectContaining({ service: 'Organizations', operation: 'ListAccounts', calls: 3 })]);
  });

  it('an organization where nothing is selected is an empty run, saying why', async () => {
    const empty = await scan(configFor(anOrganization({ include: ['nobody-*'] })));
    expect(empty.status).toBe('empty');
    expect(empty.statusReason).toBe('no account of the organization is in scope: 5 listed, 4 ACTIVE, none of them let through by [organization] include/exclude');
  }, 30_000);
});

describe('accounts that cannot be reached', () => {
  it('a denied role is a coverage gap for that account; the others are scanned in full', async () => {
    const denied = ids.sandbox!;
    // The documented STS error for a role whose trust policy does not allow the caller (awsQuery XML).
    // Persisted: a used-up interceptor fails the other accounts' AssumeRole calls racing past it.
    nock(emulator().endpoint, { allowUnmocked: true })
      .persist()
      .post('/', (body: Record<string, string>) => body.Action === 'AssumeRole' && String(body.RoleArn).includes(denied))
      .reply(
        403,
        `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:sts::${EMULATOR_ACCOUNT}:assumed-role/hub/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${denied}:role/${ROLE}</Message></Error><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ErrorResponse>`,
        { 'content-type': 'text/xml' },
      );
    const report = await scan(configFor(anOrganization({ exclude: [EMULATOR_ACCOUNT] })));
    expect(report.status).not.toBe('unchecked');
    expect(report.coverage).toEqual([
      expect.objectContaining({
        service: 'sts',
        operation: 'AssumeRole',
        iamAction: 'sts:AssumeRole',
        scope: `everything in account sandbox (${denied}) in us-east-2`,
        account: denied,
        region: 'us-east-2',
      }),
    ]);
    expect(report.coverage[0]!.reason).toMatch(/AccessDenied/);
    expect(clustersIn(report, ids.prod!)).toEqual(['pp-prod']);
    expect(clustersIn(report, ids.staging!)).toEqual(['pp-staging']);
  }, 60_000);

  it('an organization that cannot be listed is an unchecked run with the permission named, not a crash', async () => {
    // Organizations answers awsJson1_1; AccessDeniedException is HTTP 400 (API_ListAccounts errors).
    nock(emulator().endpoint, { allowUnmocked: true, reqheaders: { 'x-amz-target': 'AWSOrganizationsV20161128.ListAccounts' } })
      .post('/')
      .reply(400, JSON.stringify({ __type: 'AccessDeniedException', Message: "You don't have permissions to access this resource." }), {
        'content-type': 'application/x-amz-json-1.1',
      });
    const report = await scan(configFor(anOrganization()));
    expect(report.status).toBe('unchecked');
    expect(report.statusReason).toMatch(/^could not list the organization's accounts: organizations:ListAccounts failed: AccessDeniedException/);
    expect(report.coverage).toEqual([expect.objectContaining({ service: 'organizations', iamAction: 'organizations:ListAccounts', scope: 'every account of the organization' })]);
    expect(schemaErrors(JSON.parse(RENDERERS.json(report, { minSeverity: 'info' })))).toEqual([]);
  }, 30_000);

  it("an account whose enabled regions cannot be read is scanned in the run's region, with a gap naming ec2:DescribeRegions", async () => {
    nock(emulator().endpoint, { allowUnmocked: true })
      .persist()
      .post('/', (body: Record<string, string>) => body.Action === 'DescribeRegions')
      .reply(
        403,
        '<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized to perform this operation.</Message></Error></Errors><RequestID>59dbff89-35bd-4eac-99ed-be587EXAMPLE</RequestID></Response>',
        { 'content-type': 'text/xml' },
      );
    const report = await scan(configFor(anOrganization({ include: ['prod'], regions: 'enabled' })));
    expect(report.scopes.map((s) => `${s.accountName} ${s.region}`)).toEqual(['prod us-east-2']);
    expect(report.scopes[0]!.regionSource).toBe('default (its enabled regions could not be read)');
    expect(report.coverage).toEqual([
      expect.objectContaining({
        service: 'ec2',
        iamAction: 'ec2:DescribeRegions',
        scope: `the enabled regions of account prod (${ids.prod}): only us-east-2 was scanned`,
        account: ids.prod,
      }),
    ]);
    expect(report.coverage[0]!.reason).toMatch(/UnauthorizedOperation/);
  }, 30_000);
});

describe('one job of a fan-out (--account)', () => {
  it("scans only the account named, by name or id, in the run's region only", async () => {
    const byName = await scan(configFor(anOrganization({ regions: ['us-east-2', 'eu-west-1'] }), { onlyAccount: { account: 'staging', where: '--account' } }));
    expect(byName.scopes.map((s) => `${s.accountName} ${s.account} ${s.region}`)).toEqual([`staging ${ids.staging} us-east-2`]);
    expect(clustersIn(byName, ids.staging!)).toEqual(['pp-staging']);
    const byId = await scan(configFor(anOrganization(), { region: 'eu-west-1', onlyAccount: { account: ids.prod!, where: '--account' } }));
    expect(byId.scopes.map((s) => `${s.accountName} ${s.region}`)).toEqual(['prod eu-west-1']);
  }, 60_000);

  it('by id, describes that one account instead of listing the organization (one call for any size)', async () => {
    const report = await scan(configFor(anOrganization(), { onlyAccount: { account: ids.prod!, where: '--account' } }));
    const organizationCalls = report.apiCalls.byOperation.filter((s) => s.service === 'Organizations').map((s) => `${s.operation} ${s.calls}`);
    expect(organizationCalls).toEqual(['DescribeAccount 1']);
  }, 30_000);

  it('refuses an account the organization does not have, or that include/exclude leave out', async () => {
    await expect(scan(configFor(anOrganization(), { onlyAccount: { account: closedId, where: '--account' } }))).rejects.toThrow(
      new UserError(`--account: no account "${closedId}" among the ACTIVE accounts of the organization that [organization] include/exclude select`),
    );
    await expect(scan(configFor(anOrganization(), { onlyAccount: { account: '999999999999', where: '--account' } }))).rejects.toThrow(/no account "999999999999"/);
    await expect(scan(configFor(anOrganization({ exclude: ['prod'] }), { onlyAccount: { account: 'prod', where: '--account' } }))).rejects.toThrow(
      new RegExp(`^--account: no account "prod" among the ACTIVE accounts of the organization that \\[organization\\] include/exclude select: .*master \\(${EMULATOR_ACCOUNT}\\)`),
    );
  }, 30_000);
});

describe('fan-out and merge', () => {
  /**
   * What differs between one run and its jobs: timing, the calls that found the accounts
   * (ListAccounts once, or DescribeAccount per job), and where each scope's region came from
   * ([organization] regions, or the job's --region).
   */
  const comparable = (report: Report) => ({
    ...report,
    generatedAt: 0,
    durationMs: 0,
    apiCalls: 0,
    scopes: report.scopes.map(({ regionSource: _source, reason, ...s }) => ({
      ...s,
      generatedAt: 0,
      durationMs: 0,
      apiCalls: 0,
      reason: reason?.replace(/(, [a-z]{2}-[a-z]+-\d) \([^)]*\)/, '$1'),
    })),
  });

  it("merging the matrix jobs' reports gives the report of one run over the organization", async () => {
    const organization = anOrganization({ exclude: [EMULATOR_ACCOUNT], regions: ['us-east-2', 'eu-west-1'] });
    const plan = await planAccounts({ clientsFor, assumeRole }, configFor(organization), new CallCounter());
    const entries = matrixEntries('accounts' in plan ? plan.accounts : [], REGION);
    expect(entries).toHaveLength(3 * 2);
    const jobs = await Promise.all(entries.map((entry) => scan(configFor(organization, { region: entry.region, onlyAccount: { account: entry.account, where: '--account' } }))));
    const whole = await scan(configFor(organization));
    expect(comparable(mergeReports(jobs))).toEqual(comparable(whole));
  }, 60_000);
});

describe('aws-monitor matrix', () => {
  function run(argv: string[], config: string): Promise<{ code: number; stdout: string; stderr: string }> {
    const dir = tempDir('aws-monitor-matrix-');
    writeFileSync(join(dir, 'config.ini'), `[aws]\nregion = us-east-2\nendpoint_url = ${emulator().endpoint}\nmax_attempts = 1\n${config}`);
    let stdout = '';
    let stderr = '';
    const sink = (append: (text: string) => void) => new Writable({ write: (chunk, _encoding, done) => (append(String(chunk)), done()) });
    const io: CliIo = {
      stdout: sink((t) => (stdout += t)),
      stderr: sink((t) => (stderr += t)),
      stdin: Object.assign(new Writable(), { isTTY: false }) as unknown as CliIo['stdin'],
      env: { AWS_ACCESS_KEY_ID: EMULATOR_CREDENTIALS.accessKeyId, AWS_SECRET_ACCESS_KEY: EMULATOR_CREDENTIALS.secretAccessKey, AWS_EC2_METADATA_DISABLED: 'true' },
      cwd: dir,
      now: () => now,
    };
    return main(argv, io).then((code) => ({ code, stdout, stderr }));
  }

  it('prints one job per account and region: 3 accounts x 2 regions', async () => {
    const result = await run(['matrix'], `[organization]\nrole_name = ${ROLE}\nexclude = ${EMULATOR_ACCOUNT}\nregions = us-east-2, eu-west-1\n`);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toHaveLength(2);
    const matrix = JSON.parse(result.stdout) as { include: Array<{ account: string; name: string; region: string }> };
    expect(matrix.include).toHaveLength(3 * 2);
    expect(matrix.include).toEqual(
      MEMBERS.flatMap((name) => ['eu-west-1', 'us-east-2'].map((region) => ({ account: ids[name], name, region }))).sort(
        (a, b) => a.account!.localeCompare(b.account!) || a.region.localeCompare(b.region),
      ),
    );
  }, 30_000);

  it('with regions = enabled, lists every region each account has enabled', async () => {
    const ec2 = new EC2Client({ region: REGION, endpoint: emulator().endpoint, credentials: await credentialsOf(ids.prod!) });
    const enabled = enabledRegionNames((await ec2.send(new DescribeRegionsCommand({}))).Regions ?? []);
    ec2.destroy();
    expect(enabled.length).toBeGreaterThan(10);
    const result = await run(['matrix'], `[organization]\nrole_name = ${ROLE}\nexclude = ${EMULATOR_ACCOUNT}\nregions = enabled\n`);
    expect(result.code).toBe(0);
    const matrix = JSON.parse(result.stdout) as { include: Array<{ account: string; region: string }> };
    expect(matrix.include).toHaveLength(3 * enabled.length);
    for (const name of MEMBERS) expect(matrix.include.filter((e) => e.account === ids[name]).map((e) => e.region)).toEqual(enabled);
  }, 30_000);

  it('lists [account:NAME] sections without calling AWS', async () => {
    const result = await run(['matrix'], '[account:legacy]\nrole_arn = arn:aws:iam::999999999999:role/x\nregions = us-west-2\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('{"include":[{"account":"999999999999","name":"legacy","region":"us-west-2"}]}\n');
  });

  it('says what to configure when there is nothing to fan out', async () => {
    const result = await run(['matrix'], '');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^aws-monitor: nothing to fan out: the matrix lists the accounts of \[organization\] or of \[account:NAME\] sections/);
  });

  it('runs one job of the matrix with report --account and --region', async () => {
    const result = await run(
      ['report', '--account', ids.staging!, '--region', 'us-east-2', '--format', 'json', '--fail-on', 'never', '--services', 'ecs'],
      `[organization]\nrole_name = ${ROLE}\n`,
    );
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as Report;
    expect(report.scopes.map((s) => `${s.accountName} ${s.account} ${s.region}`)).toEqual([`staging ${ids.staging} us-east-2`]);
  }, 30_000);
});
