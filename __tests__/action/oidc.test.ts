// OIDC in the Action: the token endpoint is GitHub's (nock, with the documented {"value": ...}
// response), AssumeRoleWithWebIdentity is the emulator's real STS.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import nock from 'nock';
import { run } from '../../src/action/main.js';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { REGION, useEmulator } from '../support/emulator.js';
import { tempDir } from '../support/temp-dir.js';

const emulator = useEmulator();
const TOKEN_HOST = 'https://token.actions.example.test';
const JWT = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJyZXBvOm9yZy9hcHA6cmVmOnJlZnMvaGVhZHMvbWFpbiIsImF1ZCI6InN0cy5hbWF6b25hd3MuY29tIn0.c2lnbmF0dXJl';
const ROLE = 'arn:aws:iam::123456789012:role/aws-monitor-readonly';

let stdout: string;
let outputFile: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
}, 60_000);

beforeEach(() => {
  const dir = tempDir('aws-monitor-oidc-');
  outputFile = join(dir, 'output');
  writeFileSync(outputFile, '');
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_') || key.startsWith('INPUT_')) delete process.env[key];
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: emulator().endpoint,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(dir, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
    ACTIONS_ID_TOKEN_REQUEST_URL: `${TOKEN_HOST}/idtoken?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime-request-token',
    GITHUB_OUTPUT: outputFile,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    'INPUT_ROLE-TO-ASSUME': ROLE,
    'INPUT_AWS-REGION': REGION,
    'INPUT_FAIL-ON': 'critical',
  });
  stdout = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  process.exitCode = undefined;
});

afterEach(() => {
  jest.restoreAllMocks();
  nock.cleanAll();
  process.env = { ...savedEnv };
  process.exitCode = undefined;
});

describe('GitHub OIDC credentials', () => {
  it('exchanges the job token for the role and scans with it, masking the credentials', async () => {
    const token = nock(TOKEN_HOST)
      .get('/idtoken')
      .query({ 'api-version': '2.0', audience: 'sts.amazonaws.com' })
      .matchHeader('authorization', 'Bearer runtime-request-token')
      .reply(200, { count: 1, value: JWT });
    await run({ env: process.env, now: () => new Date(), sleep: async () => undefined });
    expect(token.isDone()).toBe(true);
    expect(process.exitCode).toBeUndefined();
    expect(stdout).toContain(`Assumed ${ROLE} with the job's OIDC token.`);
    // The OIDC token (masked by @actions/core) and the three credentials STS issued.
    const masks = [...stdout.matchAll(/^::add-mask::(.+)$/gm)].map((m) => m[1]!);
    expect(masks).toHaveLength(4);
    expect(masks[0]).toBe(JWT);
    expect(masks[1]).toMatch(/^ASIA[A-Z0-9]{16}$/);
    expect(stdout.indexOf('::add-mask::')).toBeLessThan(stdout.indexOf('aws-monitor report'));
    expect(readFileSync(outputFile, 'utf8')).toContain('degraded');
    expect(stdout).toContain('aws-monitor report - account 123456789012');
  });

  it('retries AssumeRoleWithWebIdentity when the identity provider has a transient error', async () => {
    nock(TOKEN_HOST).get('/idtoken').query(true).reply(200, { count: 1, value: JWT });
    // Documented STS query-protocol error; the next attempt goes through to the emulator.
    const sts = nock(emulator().endpoint, { allowUnmocked: true })
      .post('/', /Action=AssumeRoleWithWebIdentity/)
      .reply(
        400,
        '<ErrorResponse><Error><Type>Sender</Type><Code>IDPCommunicationError</Code><Message>The request could not be fulfilled because the non-AWS identity provider (IDP) that was asked to verify the incoming identity token could not be reached.</Message></Error><RequestId>r1</RequestId></ErrorResponse>',
        { 'content-type': 'text/xml' },
      );
    await run({ env: process.env, now: () => new Date(), sleep: async () => undefined });
    expect(sts.isDone()).toBe(true);
    expect(process.exitCode).toBeUndefined();
    expect(stdout).toContain(`Assumed ${ROLE}`);
  });

  it('fails with what to fix when the job has no id-token permission', async () => {
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    await run({ env: process.env, now: () => new Date(), sleep: async () => undefined });
    expect(process.exitCode).toBe(1);
    expect(stdout).toMatch(/::error::could not get a GitHub OIDC token \(.*ACTIONS_ID_TOKEN_REQUEST_URL.*\); give the job "permissions: id-token: write"/);
  });
});
