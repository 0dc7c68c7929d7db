// `baseline: previous`: the JSON report of the latest completed run of this workflow on this
// branch, read from its report artifact with the job's token through the GitHub REST API
// (docs.github.com/rest/actions: "Get a workflow run", "List workflow runs for a workflow",
// "List workflow run artifacts", "Download an artifact"). GITHUB_API_URL is honoured, so GitHub
// Enterprise Server works. Nothing found (a first run, an expired artifact, a failed request) is
// a coverage gap of the report, never a failed step: the run goes on without marks.

import { DEFAULT_GITHUB_API_URL } from '../config/github-api-url.js';
import { UserError } from '../errors.js';
import { parseBaselineReport } from '../report/baseline-report.js';
import type { CoverageGap, Report } from '../report/model.js';
import { ZipError, zipEntry } from './zip-entry.js';

export interface PreviousReportRequest {
  env: Record<string, string | undefined>;
  token: string;
  artifactName: string;
  fetch?: typeof fetch;
}

export type PreviousReport = { report: Report; source: string } | { gap: CoverageGap };

/** The report file inside the artifact, as the Action uploads it (main.ts writeReportFiles). */
export const REPORT_ENTRY = 'report.json';
/** A report is at most a few MB (the HTML page is capped at 5 MB); anything far larger is not ours. */
const MAX_REPORT_BYTES = 64 * 1_048_576;
const MAX_ARCHIVE_BYTES = 128 * 1_048_576;
const RUNS_LOOKED_AT = 20;

class NoBaseline extends Error {}

interface WorkflowRun {
  id: number;
  run_number?: number;
  workflow_id: number;
  head_branch: string | null;
  status?: string;
}

export async function readPreviousReport(request: PreviousReportRequest): Promise<PreviousReport> {
  const gap = (reason: string): PreviousReport => ({
    gap: { service: 'github', operation: 'DownloadArtifact', scope: 'what changed since the previous run (baseline: previous): findings are not marked new or ongoing', reason },
  });
  const { env } = request;
  const repository = env.GITHUB_REPOSITORY;
  const runId = env.GITHUB_RUN_ID;
  if (!repository || !runId) return gap('not running in GitHub Actions (GITHUB_REPOSITORY and GITHUB_RUN_ID are unset)');
  if (!request.token) return gap('no token: set the github-token input (the default is the job token)');
  const api = (env.GITHUB_API_URL ?? DEFAULT_GITHUB_API_URL).replace(/\/+$/, '');
  const get = getter(api, request.token, request.fetch ?? fetch);
  try {
    const current = (await get(`/repos/${repository}/actions/runs/${encodeURIComponent(runId)}`, 'get this workflow run')) as WorkflowRun;
    const branch = env.GITHUB_HEAD_REF || current.head_branch || env.GITHUB_REF_NAME;
    const query = new URLSearchParams({ status: 'completed', per_page: String(RUNS_LOOKED_AT), ...(branch ? { branch } : {}) });
    const runs = (await get(`/repos/${repository}/actions/workflows/${current.workflow_id}/runs?${query.toString()}`, 'list the runs of this workflow')) as {
      workflow_runs?: WorkflowRun[];
    };
    const previous = (runs.workflow_runs ?? []).find((run) => String(run.id) !== String(runId));
    if (!previous) throw new NoBaseline(`no completed run of this workflow on ${branch ?? 'this branch'} before this one: this is the first`);
    const listed = (await get(
      `/repos/${repository}/actions/runs/${previous.id}/artifacts?${new URLSearchParams({ name: request.artifactName, per_page: '10' }).toString()}`,
      `list the artifacts of run ${previous.id}`,
    )) as {
      artifacts?: Array<{ id: number; name: string; expired?: boolean; size_in_bytes?: number; archive_download_url?: string }>;
    };
    const artifact = (listed.artifacts ?? []).find((a) => a.name === request.artifactName);
    const runLabel = `run ${previous.run_number ?? previous.id}`;
    if (!artifact) throw new NoBaseline(`${runLabel} has no artifact named ${request.artifactName}`);
    if (artifact.expired) throw new NoBaseline(`artifact ${request.artifactName} of ${runLabel} has expired (GitHub keeps artifacts for the repository's retention period)`);
    if ((artifact.size_in_bytes ?? 0) > MAX_ARCHIVE_BYTES)
      throw new NoBaseline(`artifact ${request.artifactName} of ${runLabel} is ${artifact.size_in_bytes} bytes: too large to be a report`);
    const archive = await download(get, `/repos/${repository}/actions/artifacts/${artifact.id}/zip`, request.fetch ?? fetch);
    let entry: Buffer | undefined;
    try {
      entry = zipEntry(archive, REPORT_ENTRY, MAX_REPORT_BYTES);
    } catch (error) {
      if (error instanceof ZipError) throw new NoBaseline(`artifact ${request.artifactName} of ${runLabel}: ${error.message}`);
      throw error;
    }
    if (!entry) throw new NoBaseline(`artifact ${request.artifactName} of ${runLabel} holds no ${REPORT_ENTRY}`);
    const source = `artifact ${request.artifactName} of ${runLabel}`;
    return { report: parseBaselineReport(entry.toString('utf8'), source), source };
  } catch (error) {
    if (error instanceof NoBaseline || error instanceof UserError) return gap(error.message);
    return gap(`the GitHub API could not be read: ${(error as Error).message}`);
  }
}

type Get = ((path: string, what: string) => Promise<unknown>) & { headers: Record<string, string>; api: string };

function getter(api: string, token: string, fetcher: typeof fetch): Get {
  const headers = { accept: 'application/vnd.github+json', authorization: `Bearer ${token}`, 'x-github-api-version': '2022-11-28', 'user-agent': 'aws-monitor' };
  const get = async (path: string, what: string): Promise<unknown> => {
    const response = await fetcher(`${api}${path}`, { headers, signal: AbortSignal.timeout(30_000) });
    if (!response.ok)
      throw new NoBaseline(`could not ${what}: HTTP ${response.status}${response.status === 403 || response.status === 404 ? ' (the token needs "actions: read")' : ''}`);
    return response.json();
  };
  return Object.assign(get, { headers, api });
}

/**
 * The archive: the API answers with a redirect to short-lived storage, followed here by hand so the
 * token goes to the API host only, never to the storage host.
 */
async function download(get: Get, path: string, fetcher: typeof fetch): Promise<Buffer> {
  const first = await fetcher(`${get.api}${path}`, { headers: get.headers, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
  let response = first;
  if (first.status >= 300 && first.status < 400) {
    const location = first.headers.get('location');
    if (!location) throw new NoBaseline('the artifact download redirected nowhere');
    response = await fetcher(new URL(location, `${get.api}/`).href, { signal: AbortSignal.timeout(60_000) });
  }
  if (response.status === 410) throw new NoBaseline('the artifact has expired (HTTP 410)');
  if (!response.ok) throw new NoBaseline(`could not download the artifact: HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_ARCHIVE_BYTES) throw new NoBaseline(`the artifact is ${length} bytes: too large to be a report`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > MAX_ARCHIVE_BYTES) throw new NoBaseline(`the artifact is ${bytes.length} bytes: too large to be a report`);
  return bytes;
}
