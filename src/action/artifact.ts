// Uploads the report files as a workflow artifact: the job summary is cut at 1 MiB and the files
// in RUNNER_TEMP go with the runner, so the artifact is the copy of the report that lasts.
// An artifact is a convenience, never a reason to fail the scan: every failure comes back as
// { uploaded: false, reason } for the caller to log as a warning.

import { DefaultArtifactClient } from '@actions/artifact';
import { UserError } from '../errors.js';
import { validateArtifactName } from './artifact-name.js';

export { validateArtifactName };

export type ArtifactResult = { uploaded: true; name: string; id: number; size: number } | { uploaded: false; name: string; reason: string };

export interface ArtifactOptions {
  /** Days until GitHub deletes the artifact; unset or 0 keeps the repository's setting (capped by it). */
  retentionDays?: number;
  /** zlib level 0-9 for the zip; the library's default is 6. */
  compressionLevel?: number;
}

/**
 * Uploads `files` (paths under `rootDirectory`, which is cut from their names in the zip) as the
 * artifact `name`. Reads process.env, not an injected env, because @actions/artifact does.
 */
export async function uploadReportArtifact(name: string, files: string[], rootDirectory: string, options: ArtifactOptions = {}): Promise<ArtifactResult> {
  try {
    validateArtifactName(name);
    const unavailable = whyUnavailable(process.env);
    if (unavailable) return { uploaded: false, name, reason: unavailable };
    const response = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory, options);
    return { uploaded: true, name, id: response.id ?? 0, size: response.size ?? 0 };
  } catch (error) {
    return { uploaded: false, name, reason: scrub(describe(error, name), process.env.ACTIONS_RUNTIME_TOKEN) };
  }
}

/** Why this process cannot upload, or undefined when it can. */
function whyUnavailable(env: Record<string, string | undefined>): string | undefined {
  // The runner gives these to JavaScript actions only: not to run: steps, nor to a local run.
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    return 'workflow artifacts are unavailable outside a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set)';
  }
  // The library's own GHES check, made first so its generic "please try again" warning is not logged too.
  const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
  if (host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost')) {
    return `workflow artifacts are unavailable on GitHub Enterprise Server (${host}): @actions/artifact 2 and later support only github.com and GHE.com`;
  }
  return undefined;
}

function describe(error: unknown, name: string): string {
  if (error instanceof UserError) return error.message;
  const e = error as { name?: unknown; message?: unknown; statusCode?: unknown; code?: unknown } | undefined;
  const message = typeof e?.message === 'string' ? e.message : String(error);
  // The results service's answer to a second CreateArtifact with the same name in the run:
  // "Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: ...".
  if (message.includes('Failed request: (409)')) {
    return (
      `an artifact named "${name}" already exists in this workflow run; ` +
      'give each job its own artifact-name, for example aws-monitor-report-${{ github.job }}-${{ strategy.job-index }}'
    );
  }
  // The zip goes to Azure blob storage through @azure/storage-blob, whose errors are RestErrors.
  if (e?.name === 'RestError') {
    const status = typeof e.statusCode === 'number' ? ` (HTTP ${e.statusCode}${typeof e.code === 'string' ? ` ${e.code}` : ''})` : '';
    return `uploading the artifact "${name}" to blob storage failed${status}: ${message}`;
  }
  return `uploading the artifact "${name}" failed: ${message}`;
}

/** Removes the runtime token, bearer tokens and URL query strings (a signed URL's sig= is a secret). */
function scrub(text: string, token: string | undefined): string {
  return (token ? text.split(token).join('***') : text)
    .replace(/(https?:\/\/[^\s?#"'<>()]+)\?[^\s"'<>()]*/gi, '$1?***')
    .replace(/\bsig=[\w%+/=.~-]+/gi, 'sig=***')
    .replace(/\bBearer\s+[\w+/=.~-]+/gi, 'Bearer ***');
}
