// The report artifact, uploaded by the real @actions/artifact client over HTTP to a local fake of
// the results service and its blob storage (see support/fake-artifact-service.ts).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { uploadReportArtifact, validateArtifactName } from '../../src/action/artifact.js';
import { UserError } from '../../src/errors.js';
import { FakeArtifactService, skipRetryDelays } from '../support/fake-artifact-service.js';
import { tempDir } from '../support/temp-dir.js';

const service = new FakeArtifactService();
const savedEnv = { ...process.env };
const REPORT_TEXT = 'aws-monitor report - account 123456789012 - us-east-2\n\nDEGRADED: 2 high\n';
const REPORT_JSON = `${JSON.stringify({ schemaVersion: 1, status: 'degraded', findings: [{ severity: 'high' }] }, null, 2)}\n`;
let directory: string;
let files: string[];
let stdout: string;

beforeAll(() => service.start());
afterAll(() => service.stop());
skipRetryDelays();

beforeEach(() => {
  service.reset();
  for (const key of Object.keys(process.env)) if (key.startsWith('ACTIONS_') || key.startsWith('GITHUB_')) delete process.env[key];
  Object.assign(process.env, service.runnerEnv());
  directory = tempDir('aws-monitor-artifact-');
  files = [join(directory, 'report.txt'), join(directory, 'report.json')];
  writeFileSync(files[0]!, REPORT_TEXT);
  writeFileSync(files[1]!, REPORT_JSON);
  // @actions/core logs the library's progress (and ::add-mask:: commands) on stdout.
  stdout = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...savedEnv };
});

const upload = (name = 'aws-monitor-report') => uploadReportArtifact(name, files, directory);

/** The reason, checked to hold none of the secrets the upload handled. */
function reasonOf(result: Awaited<ReturnType<typeof upload>>): string {
  expect(result.uploaded).toBe(false);
  const reason = result.uploaded ? '' : result.reason;
  expect(reason).not.toContain(service.token);
  expect(reason).not.toContain(service.signature);
  expect(reason).not.toMatch(/sig=(?!\*\*\*)/);
  return reason;
}

describe('uploadReportArtifact', () => {
  it('uploads report.txt and report.json, zipped, under the name, with the runtime token', async () => {
    const result = await upload();
    const artifact = service.artifacts.get('aws-monitor-report')!;
    expect(result).toEqual({ uploaded: true, name: 'aws-monitor-report', id: artifact.id, size: artifact.blob!.length });
    expect(service.files('aws-monitor-report')).toEqual({ 'report.txt': REPORT_TEXT, 'report.json': REPORT_JSON });
    // The backend ids come from the token's Actions.Results scope; the size and hash from the bytes sent.
    expect(artifact).toMatchObject({ workflowRunBackendId: service.runBackendId, workflowJobRunBackendId: service.jobBackendId });
    expect(artifact.created).toMatchObject({ name: 'aws-monitor-report', mime_type: 'application/zip', version: 7 });
    expect(artifact.finalized).toEqual({ size: String(artifact.blob!.length), hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    const calls = service.requests.map((r) => {
      const url = new URL(r.url, service.url);
      return url.pathname.startsWith('/blob/') ? `${r.method} blob ${url.searchParams.get('comp')}` : `${r.method} ${url.pathname}`;
    });
    expect(calls).toEqual([
      'POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact',
      'PUT blob block',
      'PUT blob blocklist',
      'POST /twirp/github.actions.results.api.v1.ArtifactService/FinalizeArtifact',
    ]);
    const auth = service.requests.map((r) => r.authorization);
    expect(auth).toEqual([`Bearer ${service.token}`, undefined, undefined, `Bearer ${service.token}`]);
    // The library masks the upload URL's signature before anything could log it.
    expect(stdout).toContain(`::add-mask::${service.signature}`);
    expect(stdout).not.toContain(service.token);
  });

  it('uploads under a name with the spaces and punctuation a matrix job might use', async () => {
    const name = 'aws-monitor report (eu-west-1) #3 [prod] 100%';
    expect(await upload(name)).toMatchObject({ uploaded: true, name });
    // The zip's entry order follows whichever file the library finished reading first: compare as a set.
    expect(Object.keys(service.files(name)).sort()).toEqual(['report.json', 'report.txt']);
  });

  it('passes the retention on to the service', async () => {
    const result = await uploadReportArtifact('aws-monitor-report', files, directory, { retentionDays: 3 });
    expect(result.uploaded).toBe(true);
    const expiresAt = Date.parse(String(service.artifacts.get('aws-monitor-report')!.created.expires_at));
    expect(Math.round((expiresAt - Date.now()) / 86_400_000)).toBe(3);
  });

  it('says artifacts are unavailable outside a runner, and sends nothing', async () => {
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    delete process.env.ACTIONS_RESULTS_URL;
    const result = await upload();
    expect(result).toEqual({
      uploaded: false,
      name: 'aws-monitor-report',
      reason: 'workflow artifacts are unavailable outside a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set)',
    });
    expect(service.requests).toEqual([]);
  });

  it('says artifacts are unavailable on GitHub Enterprise Server, without the library warning too', async () => {
    process.env.GITHUB_SERVER_URL = 'https://github.acme.internal';
    const result = await upload();
    expect(reasonOf(result)).toBe(
      'workflow artifacts are unavailable on GitHub Enterprise Server (github.acme.internal): @actions/artifact 2 and later support only github.com and GHE.com',
    );
    expect(service.requests).toEqual([]);
    expect(stdout).not.toContain('::warning::');
  });

  it('refuses an invalid name, naming the input and the character, before any request', async () => {
    const result = await upload('report: prod/eu');
    expect(result).toEqual({
      uploaded: false,
      name: 'report: prod/eu',
      reason: 'input artifact-name: "report: prod/eu" contains a colon (:); artifact names cannot contain " : < > | * ? \\ / or line breaks',
    });
    expect(service.requests).toEqual([]);
  });

  it('gives up on a results service that keeps answering 500, saying which call failed', async () => {
    service.faults.createArtifact = { status: 500, message: 'database unavailable' };
    const reason = reasonOf(await upload());
    expect(reason).toBe(
      'uploading the artifact "aws-monitor-report" failed: Failed to CreateArtifact: Failed to make request after 5 attempts: Failed request: (500) Internal Server Error: database unavailable',
    );
    // The library's own retries: five attempts, then nothing is uploaded.
    expect(service.requests).toHaveLength(5);
  });

  it('succeeds when the results service recovers within the retries', async () => {
    service.faults.createArtifact = { status: 503, times: 2 };
    expect((await upload()).uploaded).toBe(true);
    expect(service.files('aws-monitor-report')['report.txt']).toBe(REPORT_TEXT);
  });

  it('reports a failing blob upload as a blob storage failure, without the signed URL', async () => {
    service.faults.blobPut = { status: 500 };
    const reason = reasonOf(await upload());
    expect(reason).toMatch(/^uploading the artifact "aws-monitor-report" to blob storage failed \(HTTP 500 InternalError\): Server encountered an internal error\./);
    // @azure/storage-blob tries a block four times, then the artifact is never finalized.
    expect(service.requests.filter((r) => r.method === 'PUT')).toHaveLength(4);
    expect(service.requests.some((r) => r.url.includes('FinalizeArtifact'))).toBe(false);
  });

  it('scrubs the token and the signature when an error message repeats them', async () => {
    // As a proxy or gateway might: the request line and its Authorization header in the error.
    const request = `PUT ${service.url}/blob/x.zip?sv=2023-11-03&sig=${service.signature}&comp=block (Authorization: Bearer ${service.token})`;
    service.faults.blobPut = { status: 403, message: `denied ${request}` };
    const reason = reasonOf(await upload());
    expect(reason).toContain(`(HTTP 403 AuthorizationFailure): denied PUT ${service.url}/blob/x.zip?*** (Authorization: Bearer ***)`);
  });

  it('says the name is taken when the run already has an artifact by that name', async () => {
    expect((await upload()).uploaded).toBe(true);
    const second = await upload();
    expect(reasonOf(second)).toBe(
      'an artifact named "aws-monitor-report" already exists in this workflow run; give each job its own artifact-name, for example aws-monitor-report-${{ github.job }}-${{ strategy.job-index }}',
    );
    // A conflict is not retried.
    expect(service.requests.filter((r) => r.url.endsWith('/CreateArtifact'))).toHaveLength(2);
  });

  it('reports an unreachable results service without throwing', async () => {
    process.env.ACTIONS_RESULTS_URL = 'http://127.0.0.1:9/';
    const reason = reasonOf(await upload());
    expect(reason).toMatch(/^uploading the artifact "aws-monitor-report" failed: Failed to CreateArtifact: Unable to make request: ECONNREFUSED/);
  });
});

describe('validateArtifactName', () => {
  it.each([
    ['a/b', 'a forward slash (/)'],
    ['a\\b', 'a backslash (\\)'],
    ['a"b', 'a double quote (")'],
    ['a<b', 'a less-than sign (<)'],
    ['a>b', 'a greater-than sign (>)'],
    ['a|b', 'a vertical bar (|)'],
    ['a*b', 'an asterisk (*)'],
    ['a?b', 'a question mark (?)'],
    ['a\rb', 'a carriage return (\\r)'],
    ['a\nb', 'a line feed (\\n)'],
  ])('refuses %j, naming %s', (name, words) => {
    expect(() => validateArtifactName(name)).toThrow(UserError);
    expect(() => validateArtifactName(name)).toThrow(`input artifact-name: ${JSON.stringify(name)} contains ${words};`);
  });

  it('refuses an empty name', () => {
    expect(() => validateArtifactName('')).toThrow('input artifact-name: must not be empty');
  });

  it('accepts the names a matrix job would use', () => {
    for (const name of ['aws-monitor-report', 'aws-monitor report (eu-west-1) #3', 'rapport-été_prod.v2']) {
      expect(() => validateArtifactName(name)).not.toThrow();
    }
  });
});
