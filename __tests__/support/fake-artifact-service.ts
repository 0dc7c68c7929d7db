// A local stand-in for the GitHub Actions results service and the Azure blob storage behind it,
// good enough for the real @actions/artifact client to upload against over HTTP. It is a real
// server (not nock) so the bundled Action can be run as a subprocess against it too.
//
// The wire formats come from @actions/artifact 6.2.1: Twirp JSON with the proto field names
// (lib/generated/results/api/v1/artifact.js), errors as {"code","msg"} with the Twirp HTTP status
// (the client reports `msg`, and only retries 429/500/502/503/504), and the Azure Blob REST calls
// BlockBlobClient.uploadStream makes: Put Block for each 8 MiB chunk, then Put Block List.

import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inflateRawSync } from 'node:zlib';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

/** How a call fails: `times` failures (default: every call), then it works again. */
export interface Fault {
  status: number;
  /** The Twirp code or the blob x-ms-error-code; defaults to one that fits the status. */
  code?: string;
  /** The error text the service sends back (Twirp `msg`, or the blob error's <Message>). */
  message?: string;
  times?: number;
}

export interface Faults {
  createArtifact?: Fault;
  blobPut?: Fault;
  finalizeArtifact?: Fault;
}

export interface ReceivedRequest {
  method: string;
  /** The path and query exactly as sent (blob URLs include the signature). */
  url: string;
  authorization: string | undefined;
}

export interface StoredArtifact {
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** The CreateArtifact request as sent: mime_type, expires_at, version... */
  created: Record<string, unknown>;
  /** The committed blob: a zip unless the client uploaded with skipArchive. */
  blob?: Buffer;
  /** Set by FinalizeArtifact. */
  id?: number;
  finalized?: { size: string; hash?: string };
}

export class FakeArtifactService {
  readonly runBackendId = randomUUID();
  readonly jobBackendId = randomUUID();
  /** The SAS `sig` of every signed upload URL handed out: a secret that must never be logged. */
  readonly signature = `FAKESIG${randomUUID().replaceAll('-', '')}`;
  readonly token = runtimeToken(this.runBackendId, this.jobBackendId);
  readonly requests: ReceivedRequest[] = [];
  readonly artifacts = new Map<string, StoredArtifact>();
  faults: Faults = {};
  private readonly server: Server = createServer((req, res) => {
    // A bug here must show as an answer the test can see, not as an unhandled rejection.
    this.handle(req, res).catch((error: Error) => twirpError(res, 500, 'internal', `fake artifact service: ${error.message}`));
  });
  private readonly blocks = new Map<string, Buffer>();
  /** Artifact name by blob path (decoded), for the blob calls that only have the URL. */
  private readonly blobNames = new Map<string, string>();
  private nextId = 1000;
  private origin = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  get url(): string {
    return this.origin;
  }

  /** What the runner gives a JavaScript action's process (run: steps do not get the two ACTIONS_ variables). */
  runnerEnv(): Record<string, string> {
    return {
      ACTIONS_RUNTIME_TOKEN: this.token,
      ACTIONS_RESULTS_URL: `${this.origin}/`,
      GITHUB_ACTIONS: 'true',
      GITHUB_SERVER_URL: 'https://github.com',
    };
  }

  /** The files inside the artifact's zip, by path, as text. */
  files(name: string): Record<string, string> {
    const blob = this.artifacts.get(name)?.blob;
    if (!blob) throw new Error(`no artifact named ${name} was uploaded`);
    return Object.fromEntries([...readZip(blob)].map(([path, data]) => [path, data.toString('utf8')]));
  }

  /** Forgets the artifacts, requests and faults, for the next test. */
  reset(): void {
    this.requests.length = 0;
    this.artifacts.clear();
    this.blocks.clear();
    this.blobNames.clear();
    this.faults = {};
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    this.requests.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization });
    const url = new URL(req.url ?? '/', this.origin);
    if (req.method === 'POST' && url.pathname.startsWith(SERVICE)) return this.twirp(url.pathname.slice(SERVICE.length), req, body, res);
    if (req.method === 'PUT' && url.pathname.startsWith('/blob/')) return this.blob(url, body, res);
    twirpError(res, 404, 'bad_route', `no handler for ${req.method} ${url.pathname}`);
  }

  private twirp(method: string, req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    if (req.headers.authorization !== `Bearer ${this.token}`) return twirpError(res, 401, 'unauthenticated', 'invalid or missing runtime token');
    const request = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    const name = String(request.name);
    if (method === 'CreateArtifact') {
      if (this.fail('createArtifact', res)) return;
      if (this.artifacts.has(name)) return twirpError(res, 409, 'already_exists', 'an artifact with this name already exists on the workflow run');
      this.artifacts.set(name, {
        name,
        workflowRunBackendId: String(request.workflow_run_backend_id),
        workflowJobRunBackendId: String(request.workflow_job_run_backend_id),
        created: request,
      });
      const path = `/blob/actions-results/${this.runBackendId}/${this.jobBackendId}/${encodeURIComponent(name)}.zip`;
      this.blobNames.set(decodeURIComponent(path), name);
      const sas = `sv=2023-11-03&se=2099-01-01T00%3A00%3A00Z&sr=b&sp=cw&sig=${this.signature}`;
      return json(res, 200, { ok: true, signed_upload_url: `${this.origin}${path}?${sas}` });
    }
    if (method === 'FinalizeArtifact') {
      if (this.fail('finalizeArtifact', res)) return;
      const artifact = this.artifacts.get(name);
      if (!artifact?.blob) return twirpError(res, 404, 'not_found', 'artifact not found or not uploaded');
      artifact.id = this.nextId++;
      artifact.finalized = { size: String(request.size), ...(typeof request.hash === 'string' ? { hash: request.hash } : {}) };
      return json(res, 200, { ok: true, artifact_id: String(artifact.id) });
    }
    twirpError(res, 404, 'bad_route', `unknown method ${method}`);
  }

  private blob(url: URL, body: Buffer, res: ServerResponse): void {
    if (url.searchParams.get('sig') !== this.signature) {
      return blobError(res, 403, 'AuthenticationFailed', 'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly.');
    }
    if (this.fail('blobPut', res)) return;
    const path = decodeURIComponent(url.pathname);
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      this.blocks.set(`${path}#${url.searchParams.get('blockid')}`, body);
      return blobCreated(res);
    }
    if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => `${path}#${m[1]}`);
      if (!ids.every((id) => this.blocks.has(id))) return blobError(res, 400, 'InvalidBlockList', 'The specified block list is invalid.');
      const artifact = this.artifacts.get(this.blobNames.get(path) ?? '');
      if (artifact) artifact.blob = Buffer.concat(ids.map((id) => this.blocks.get(id)!));
      return blobCreated(res);
    }
    blobError(res, 400, 'InvalidQueryParameterValue', `unsupported comp=${comp}`);
  }

  /** Answers with the fault for `call` if one is due, and says whether it did. */
  private fail(call: keyof Faults, res: ServerResponse): boolean {
    const fault = this.faults[call];
    if (!fault || fault.times === 0) return false;
    if (fault.times !== undefined) fault.times--;
    const [code, message] =
      call === 'blobPut'
        ? fault.status >= 500
          ? ['InternalError', 'Server encountered an internal error. Please try again after some time.']
          : ['AuthorizationFailure', 'This request is not authorized to perform this operation.']
        : fault.status >= 500
          ? ['internal', 'internal error']
          : ['failed_precondition', 'request refused'];
    const answer = call === 'blobPut' ? blobError : twirpError;
    answer(res, fault.status, fault.code ?? code, fault.message ?? message);
    return true;
  }
}

/**
 * An ACTIONS_RUNTIME_TOKEN the library accepts: it decodes the JWT without checking the
 * signature and takes the backend ids from the `Actions.Results:<run>:<job>` scope.
 */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`,
    iss: 'vstoken.actions.githubusercontent.com',
    nbf: now - 60,
    exp: now + 3600,
  };
  return `${part({ typ: 'JWT', alg: 'RS256' })}.${part(claims)}.${Buffer.from(`unsigned-${randomUUID()}`).toString('base64url')}`;
}

/**
 * Makes the library's retry back-off (3 s, then x1.5, five attempts for the results service;
 * 4 s then 12 s, four tries for blob storage) take a millisecond in this test file: they are
 * plain setTimeout sleeps with no setting to shorten them. Only in-process; a spawned Action
 * still sleeps, so give it non-retryable faults (4xx).
 */
export function skipRetryDelays(): void {
  const realSetTimeout = globalThis.setTimeout;
  const quick = (callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => realSetTimeout(callback, ms !== undefined && ms >= 1000 ? 1 : ms, ...args);
  beforeEach(() => {
    globalThis.setTimeout = quick as typeof setTimeout;
  });
  afterEach(() => {
    globalThis.setTimeout = realSetTimeout;
  });
}

/** The entries of a zip file, read from its central directory (the library's zips stream, so sizes are only there). */
export function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const entries = new Map<string, Buffer>();
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry at ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`${name}: unsupported zip compression method ${method}`);
    if (!name.endsWith('/')) entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function twirpError(res: ServerResponse, status: number, code: string, msg: string): void {
  json(res, status, { code, msg });
}

function blobHeaders(): Record<string, string> {
  return { 'x-ms-request-id': randomUUID(), 'x-ms-version': '2025-11-05', date: new Date().toUTCString() };
}

/** Put Block and Put Block List both answer 201 Created with no body. */
function blobCreated(res: ServerResponse): void {
  const etag = `"0x${Date.now().toString(16).toUpperCase()}"`;
  res.writeHead(201, { ...blobHeaders(), etag, 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true', 'content-length': '0' }).end();
}

/** A storage error: the code in x-ms-error-code and in the XML body, which the SDK turns into a RestError. */
function blobError(res: ServerResponse, status: number, code: string, message: string): void {
  const detail = `${escapeXml(message)}\nRequestId:${randomUUID()}\nTime:${new Date().toISOString()}`;
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${detail}</Message></Error>`;
  res.writeHead(status, { ...blobHeaders(), 'x-ms-error-code': code, 'content-type': 'application/xml' }).end(xml);
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
