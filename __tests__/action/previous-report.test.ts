// `baseline: previous` against a local stand-in for the GitHub REST API, answering in the shapes
// of docs.github.com/rest/actions (workflow runs, run artifacts, artifact download by redirect).

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readPreviousReport } from '../../src/action/previous-report.js';
import { zipEntry } from '../../src/action/zip-entry.js';
import { renderJson } from '../../src/renderers/json.js';
import { aFinding, aReport } from '../support/builders.js';
import { zipArchive } from '../support/zip-archive.js';

interface StandIn {
  url: string;
  requests: Array<{ path: string; authorization?: string }>;
  server: Server;
}

const TOKEN = 'ghs_jobtoken123';
const previousReport = aReport({ findings: [aFinding()] });

interface Scenario {
  runs?: Array<{ id: number; run_number: number }>;
  artifacts?: Array<{ id: number; name: string; expired: boolean }>;
  archive?: Buffer;
}

/** Answers as GitHub does: run 900 is this one (workflow 77 on main); listed runs newest first. */
async function standIn(scenario: Scenario = {}): Promise<StandIn> {
  const requests: StandIn['requests'] = [];
  const runs = scenario.runs ?? [{ id: 850, run_number: 41 }];
  const artifacts = scenario.artifacts ?? [{ id: 5, name: 'aws-monitor-report', expired: false }];
  const archive = scenario.archive ?? zipArchive({ 'report.txt': 'text', 'report.json': renderJson(previousReport, { minSeverity: 'info' }) });
  const server = createServer((request: IncomingMessage, response) => {
    const url = new URL(request.url!, 'http://stand-in');
    requests.push({ path: `${url.pathname}${url.search}`, ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}) });
    const json = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (url.pathname.startsWith('/storage/')) return response.writeHead(200, { 'content-type': 'application/zip' }).end(archive);
    if (request.headers.authorization !== `Bearer ${TOKEN}`) return json(401, { message: 'Bad credentials' });
    if (url.pathname === '/api/v3/repos/octo/shop/actions/runs/900') return json(200, { id: 900, workflow_id: 77, head_branch: 'main', status: 'in_progress' });
    if (url.pathname === '/api/v3/repos/octo/shop/actions/workflows/77/runs') {
      return json(200, { total_count: runs.length, workflow_runs: runs.map((r) => ({ ...r, workflow_id: 77, head_branch: url.searchParams.get('branch'), status: 'completed' })) });
    }
    const listing = /^\/api\/v3\/repos\/octo\/shop\/actions\/runs\/(\d+)\/artifacts$/.exec(url.pathname);
    if (listing) {
      const named = artifacts.filter((a) => a.name === url.searchParams.get('name'));
      return json(200, {
        total_count: named.length,
        artifacts: named.map((a) => ({ ...a, size_in_bytes: archive.length, archive_download_url: `${url.origin}/api/v3/repos/octo/shop/actions/artifacts/${a.id}/zip` })),
      });
    }
    if (/^\/api\/v3\/repos\/octo\/shop\/actions\/artifacts\/\d+\/zip$/.test(url.pathname)) {
      return response.writeHead(302, { location: `http://127.0.0.1:${(server.address() as AddressInfo).port}/storage/artifact.zip?sig=abc` }).end();
    }
    return json(404, { message: 'Not Found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, server };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function read(scenario: Scenario = {}, env: Record<string, string> = {}) {
  const stand = await standIn(scenario);
  servers.push(stand.server);
  const result = await readPreviousReport({
    env: { GITHUB_REPOSITORY: 'octo/shop', GITHUB_RUN_ID: '900', GITHUB_REF_NAME: 'main', GITHUB_API_URL: `${stand.url}/api/v3`, ...env },
    token: TOKEN,
    artifactName: 'aws-monitor-report',
  });
  return { result, requests: stand.requests };
}

describe('baseline: previous', () => {
  it("reads the report artifact of the workflow's latest completed run on this branch, through GITHUB_API_URL", async () => {
    const { result, requests } = await read();
    expect(result).toEqual({ report: previousReport, source: 'artifact aws-monitor-report of run 41' });
    expect(requests.map((r) => r.path)).toEqual([
      '/api/v3/repos/octo/shop/actions/runs/900',
      '/api/v3/repos/octo/shop/actions/workflows/77/runs?status=completed&per_page=20&branch=main',
      '/api/v3/repos/octo/shop/actions/runs/850/artifacts?name=aws-monitor-report&per_page=10',
      '/api/v3/repos/octo/shop/actions/artifacts/5/zip',
      '/storage/artifact.zip?sig=abc',
    ]);
  });

  it('sends the token to the API only, never to the storage the download redirects to', async () => {
    const { requests } = await read();
    expect(requests.filter((r) => r.path.startsWith('/api/')).every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(requests.find((r) => r.path.startsWith('/storage/'))?.authorization).toBeUndefined();
  });

  it.each<[string, Scenario, RegExp]>([
    ['a first run', { runs: [] }, /^no completed run of this workflow on main before this one: this is the first$/],
    ['a run without the artifact', { artifacts: [] }, /^run 41 has no artifact named aws-monitor-report$/],
    ['an expired artifact', { artifacts: [{ id: 5, name: 'aws-monitor-report', expired: true }] }, /^artifact aws-monitor-report of run 41 has expired/],
    ['an archive without the JSON report', { archive: zipArchive({ 'report.txt': 'x' }) }, /holds no report\.json$/],
    ['an archive that is not a zip', { archive: Buffer.from('<html>') }, /not a zip archive/],
    ['a report that is not ours', { archive: zipArchive({ 'report.json': '{"a": 1}' }) }, /^baseline artifact aws-monitor-report of run 41: not an aws-monitor JSON report/],
  ])('turns %s into a coverage note, not a failure', async (_, scenario, reason) => {
    const { result } = await read(scenario);
    expect(result).toEqual({ gap: expect.objectContaining({ service: 'github', operation: 'DownloadArtifact', reason: expect.stringMatching(reason) }) });
  });

  it('says what a refused token needs', async () => {
    const stand = await standIn();
    servers.push(stand.server);
    const result = await readPreviousReport({
      env: { GITHUB_REPOSITORY: 'octo/shop', GITHUB_RUN_ID: '900', GITHUB_API_URL: `${stand.url}/api/v3` },
      token: 'wrong',
      artifactName: 'aws-monitor-report',
    });
    expect(result).toEqual({ gap: expect.objectContaining({ reason: 'could not get this workflow run: HTTP 401' }) });
    expect(JSON.stringify(result)).not.toContain('wrong');
  });

  it('outside GitHub Actions is a note too', async () => {
    expect(await readPreviousReport({ env: {}, token: TOKEN, artifactName: 'x' })).toEqual({
      gap: expect.objectContaining({ reason: expect.stringMatching(/^not running in GitHub Actions/) }),
    });
  });
});

describe('zip entries', () => {
  it('reads a stored or deflated entry, and refuses one that inflates past the cap', () => {
    expect(zipEntry(zipArchive({ 'a.txt': 'hello' }, 'store'), 'a.txt', 100)?.toString()).toBe('hello');
    expect(zipEntry(zipArchive({ 'a.txt': 'hello' }), 'a.txt', 100)?.toString()).toBe('hello');
    expect(zipEntry(zipArchive({ 'a.txt': 'hello' }), 'b.txt', 100)).toBeUndefined();
    expect(() => zipEntry(zipArchive({ 'bomb.json': Buffer.alloc(1_000_000) }), 'bomb.json', 1000)).toThrow(/more than the 1000 read/);
  });
});
