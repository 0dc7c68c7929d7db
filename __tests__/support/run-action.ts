// The bundled Action run the way the runner runs it: `node dist/action/index.js` with inputs as
// INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and RUNNER_TEMP, against the emulator.

import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { emulatorEnv } from './emulator.js';
import { tempDir } from './temp-dir.js';

const ACTION_DEFAULTS: Record<string, string> = Object.fromEntries(
  Object.entries((parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs).map(([name, input]) => [
    name,
    String(input.default ?? ''),
  ]),
);

export interface ActionRun {
  status: number | null;
  /** stdout and stderr: the step's log, workflow commands included. */
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses the runner's GITHUB_OUTPUT file format: name<<DELIMITER / value / DELIMITER. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const [, name, , value] of text.matchAll(pattern)) outputs[name!] = value!;
  return outputs;
}

export interface RunActionOptions {
  /** Environment the step adds (AWS_MONITOR_* settings, a fake token endpoint...). */
  env?: Record<string, string>;
  /** Leave out the emulator's static keys, as on a runner where only OIDC gives credentials. */
  withoutStaticCredentials?: boolean;
}

export function runAction(endpoint: string, inputs: Record<string, string>, options: RunActionOptions = {}): Promise<ActionRun> {
  const dir = tempDir('aws-monitor-action-');
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    ...emulatorEnv(endpoint, options.env ?? {}),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_WORKFLOW: 'production health',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_SERVER_URL: 'https://github.com',
  };
  if (options.withoutStaticCredentials) {
    delete env.AWS_ACCESS_KEY_ID;
    delete env.AWS_SECRET_ACCESS_KEY;
  }
  // The runner passes every input declared in action.yml as INPUT_<NAME> (upper-cased, spaces as
  // underscores, hyphens kept): the `with:` value, else the declared default.
  for (const [name, value] of Object.entries({ ...ACTION_DEFAULTS, ...inputs })) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/action/index.js'], { env });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('close', (status) => resolve({ status, stdout, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') }));
  });
}

/**
 * The runner's OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL): answers
 * `GET <url>&audience=sts.amazonaws.com` with `{"value": "<jwt>"}` when the bearer token matches,
 * as documented in "About security hardening with OpenID Connect" (GitHub Docs).
 */
export async function startOidcTokenEndpoint(): Promise<{ env: Record<string, string>; audiences: string[]; stop: () => Promise<void> }> {
  const requestToken = 'runner-request-token';
  const audiences: string[] = [];
  const jwt = [
    '{"alg":"RS256","typ":"JWT"}',
    JSON.stringify({ iss: 'https://token.actions.githubusercontent.com', sub: 'repo:acme/shop:ref:refs/heads/main', aud: 'sts.amazonaws.com' }),
    'signature',
  ]
    .map((part) => Buffer.from(part).toString('base64url'))
    .join('.');
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.headers.authorization !== `Bearer ${requestToken}`) {
      response.writeHead(401).end();
      return;
    }
    audiences.push(url.searchParams.get('audience') ?? '');
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value: jwt }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken },
    audiences,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
