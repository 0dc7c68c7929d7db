// Verdicts that never lie (issue 15), as a user meets them: the bundled CLI in its own process
// against the emulator, a dead endpoint, a silent one and a proxy that answers HTML.

import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { EMULATOR_CREDENTIALS } from '../../tools/emulator/moto-server.js';
import { reportSchemaErrors } from '../../src/report/report-schema.js';
import { withoutOldNodeWarning } from '../support/node-warnings.js';
import { overlongLines } from '../support/pastable.js';
import { REGION, useEmulator } from '../support/emulator.js';
import { tempDir } from '../support/temp-dir.js';

const emulator = useEmulator();
const CLI = join(process.cwd(), 'dist/cli/index.js');

/** The text with its wrapping undone, to read sentences that may span lines. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** A clean environment: no AWS settings of the machine's, a home of its own, warnings shown. */
function baseEnv(extra: Record<string, string> = {}): Record<string, string> {
  const home = tempDir('aws-monitor-home-');
  const kept = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => !k.startsWith('AWS_') && k !== 'NODE_OPTIONS' && v !== undefined)) as Record<string, string>;
  return {
    ...kept,
    HOME: home,
    AWS_CONFIG_FILE: join(home, '.aws/config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, '.aws/credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extra,
  };
}

const keys = { AWS_ACCESS_KEY_ID: EMULATOR_CREDENTIALS.accessKeyId, AWS_SECRET_ACCESS_KEY: EMULATOR_CREDENTIALS.secretAccessKey };

function cli(args: string[], env: Record<string, string>, cwd = process.cwd()): Promise<Result> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.end();
    child.on('close', (status) => resolve({ status, stdout, stderr, ms: Date.now() - started }));
  });
}

const warningsIn = (stderr: string) => withoutOldNodeWarning(stderr);

let servers: Array<Server | TcpServer> = [];
const sockets = new Set<Socket>();
async function listen<S extends Server | TcpServer>(server: S): Promise<string> {
  servers.push(server);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterAll(async () => {
  // The silent server's connections never end on their own.
  for (const socket of sockets) socket.destroy();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  servers = [];
});

/** A proxy in front of the emulator answering an HTML page with HTTP 200 for every service but those let through. */
function htmlProxy(passThrough: readonly string[]): Server {
  return createServer((req, res) => {
    const service = /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\//.exec(req.headers.authorization ?? '')?.[1] ?? '';
    if (!passThrough.includes(service)) {
      req.resume();
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!DOCTYPE html><html><body><h1>Sign in to continue</h1></body></html>');
      return;
    }
    const target = new URL(emulator().endpoint);
    const forward = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(forward);
  });
}

beforeAll(async () => {
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
}, 60_000);

describe('the region, as the AWS CLI resolves it', () => {
  it("scans the profile's region, names it, and calls an empty region empty: never healthy, exit 3", async () => {
    const env = baseEnv({ AWS_PROFILE: 'prod', AWS_ENDPOINT_URL: emulator().endpoint });
    mkdirSync(join(env.HOME!, '.aws'));
    writeFileSync(env.AWS_CONFIG_FILE!, '[profile prod]\nregion = eu-west-1\n');
    writeFileSync(
      env.AWS_SHARED_CREDENTIALS_FILE!,
      `[prod]\naws_access_key_id = ${EMULATOR_CREDENTIALS.accessKeyId}\naws_secret_access_key = ${EMULATOR_CREDENTIALS.secretAccessKey}\n`,
    );
    const empty = await cli(['report', '--since', '1h'], env);
    expect(empty.status).toBe(3);
    expect(empty.stdout).toMatch(/^aws-monitor report - account 123456789012 - eu-west-1\n/);
    expect(flat(empty.stdout)).toContain(
      'EMPTY: nothing in scope: no resources in scope in account 123456789012, eu-west-1 (region from profile prod) for ecs, elbv2, rds, opensearch, dms, wafv2, cloudformation, elasticache',
    );
    expect(empty.stdout).not.toContain('HEALTHY');
    expect(empty.stdout).toContain('Region eu-west-1: region from profile prod');
    expect(warningsIn(empty.stderr)).toBe('');

    const allowed = await cli(['report', '--since', '1h', '--allow-empty', '--format', 'json'], env);
    expect(allowed.status).toBe(0);
    const json = JSON.parse(allowed.stdout);
    expect(reportSchemaErrors(json)).toEqual([]);
    expect(json).toMatchObject({
      status: 'empty',
      statusReason: expect.stringContaining('eu-west-1 (region from profile prod)'),
      scopes: [{ status: 'empty', regionSource: 'profile prod' }],
    });

    const flagged = await cli(['--region', 'us-east-2', 'report', '--since', '1h', '--fail-on', 'never'], env);
    expect(flagged.status).toBe(0);
    expect(flagged.stdout).toContain('Region us-east-2: region from --region');
  }, 60_000);
});

describe('AWS that cannot be reached: could not check, exit 2, the reason named', () => {
  it('a refused connection, in seconds', async () => {
    const result = await cli(['report'], baseEnv({ ...keys, AWS_REGION: REGION, AWS_ENDPOINT_URL: 'http://127.0.0.1:1' }));
    expect(result.status).toBe(2);
    expect(flat(result.stdout)).toContain(
      'COULD NOT CHECK: could not identify the account: could not reach AWS: connection refused by http://127.0.0.1:1: nothing is listening there;',
    );
    expect(result.stdout).not.toContain('HEALTHY');
    expect(result.ms).toBeLessThan(15_000);
  }, 30_000);

  it('an endpoint that accepts and never answers, bounded by the request timeout', async () => {
    const silent = await listen(createTcpServer(() => undefined));
    const result = await cli(['report'], baseEnv({ ...keys, AWS_REGION: REGION, AWS_ENDPOINT_URL: silent, AWS_MONITOR_AWS_REQUEST_TIMEOUT: '1s' }));
    expect(result.status).toBe(2);
    expect(flat(result.stdout)).toContain(`COULD NOT CHECK: could not identify the account: could not reach AWS: no answer from ${silent} within 1 s ([aws] request_timeout)`);
    expect(result.ms).toBeLessThan(20_000);
  }, 30_000);

  it('a proxy that answers every call with an HTML page', async () => {
    const proxy = await listen(htmlProxy([]));
    const result = await cli(['report', '--format', 'json'], baseEnv({ ...keys, AWS_REGION: REGION, AWS_ENDPOINT_URL: proxy }));
    expect(result.status).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.status).toBe('unchecked');
    expect(report.statusReason).toBe(
      'could not identify the account: could not reach AWS: unreadable response: HTTP 200 with an HTML page instead of an AWS answer: a proxy, a captive portal or a wrong endpoint URL',
    );
  }, 30_000);

  it('a proxy that lets STS through and answers HTML for the rest: every service is a gap, none is "no resources"', async () => {
    const proxy = await listen(htmlProxy(['sts']));
    const result = await cli(['report', '--format', 'json', '--since', '1h'], baseEnv({ ...keys, AWS_REGION: REGION, AWS_ENDPOINT_URL: proxy }));
    expect(result.status).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.status).toBe('unchecked');
    expect(report.statusReason).toMatch(/^every service failed in account 123456789012, us-east-2 \(region from env AWS_REGION\): /);
    const failedServices = new Set(report.coverage.map((g: { service: string }) => g.service));
    expect([...failedServices].sort()).toEqual(['cloudformation', 'dms', 'ecs', 'elasticache', 'elbv2', 'opensearch', 'rds', 'wafv2']);
    expect(report.coverage.every((g: { reason: string }) => /HTML page instead of an AWS answer/.test(g.reason))).toBe(true);
  }, 30_000);
});

describe('a normal run', () => {
  let text: Result;
  let json: Result;
  beforeAll(async () => {
    const env = baseEnv({
      ...keys,
      AWS_REGION: REGION,
      AWS_ENDPOINT_URL: emulator().endpoint,
      AWS_MONITOR_DETECTOR_ECS_SERVICE_TASKS_BELOW_DESIRED_GRACE_MINUTES: '0',
      AWS_MONITOR_DETECTOR_CLOUDFORMATION_STACK_UNHEALTHY_STUCK_AFTER_MINUTES: '0',
    });
    [text, json] = await Promise.all([
      cli(['report', '--since', '6h', '--fail-on', 'never'], env),
      cli(['report', '--since', '6h', '--fail-on', 'never', '--format', 'json'], env),
    ]);
  }, 60_000);

  it('prints no warning, of Node or of the SDK', () => {
    expect(text.status).toBe(0);
    expect(warningsIn(text.stderr)).toBe('');
    expect(warningsIn(json.stderr)).toBe('');
  });

  it('keeps every ARN and suggested command whole on one line, so each pastes as it is', () => {
    const report = JSON.parse(json.stdout);
    // What the text report prints of each finding (info findings are one-line notes, without evidence or next step).
    type Shown = { severity: string; title: string; evidence: Array<{ value: string }>; nextStep?: string };
    const texts: string[] = report.findings.filter((f: Shown) => f.severity !== 'info').flatMap((f: Shown) => [f.title, ...f.evidence.map((e) => e.value), f.nextStep ?? '']);
    const arns = [...new Set(texts.flatMap((t) => t.match(/arn:aws[\w-]*:[^\s"'(),<>`]+/g) ?? []))];
    const commands = [...new Set(texts.flatMap((t) => t.match(/`aws [^`]+`/g) ?? []))];
    expect(arns.length).toBeGreaterThan(0);
    expect(commands.length).toBeGreaterThan(3);
    const lines = text.stdout.split('\n');
    expect(arns.filter((arn) => !lines.some((line) => line.includes(arn)))).toEqual([]);
    expect(commands.filter((command) => !lines.some((line) => line.includes(command)))).toEqual([]);
    expect(overlongLines(text.stdout)).toEqual([]);
  });

  it('counts what the scope filter left out', () => {
    expect(text.stdout).toMatch(/CloudFormation: 3 stacks, \d+ with findings; 3 of 5 stacks match pp\*production/);
    expect(JSON.parse(json.stdout).scopes[0].filtered).toEqual([{ type: 'cloudformation:stack', seen: 5, kept: 3, filter: 'pp*production' }]);
  });

  it('--quiet writes the report and nothing else', async () => {
    const dir = tempDir('aws-monitor-quiet-');
    const result = await cli(
      ['report', '--since', '1h', '--fail-on', 'never', '--quiet', '--output', 'report.txt'],
      baseEnv({ ...keys, AWS_REGION: REGION, AWS_ENDPOINT_URL: emulator().endpoint }),
      dir,
    );
    expect(result.status).toBe(0);
    expect(warningsIn(result.stderr)).toBe('');
    expect(result.stdout).toBe('');
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toMatch(/^aws-monitor report - account 123456789012 - us-east-2\n/);
  }, 30_000);

  it('--endpoint-url and --profile work as flags', async () => {
    const env = baseEnv({ AWS_REGION: REGION });
    mkdirSync(join(env.HOME!, '.aws'));
    writeFileSync(
      env.AWS_SHARED_CREDENTIALS_FILE!,
      `[emu]\naws_access_key_id = ${EMULATOR_CREDENTIALS.accessKeyId}\naws_secret_access_key = ${EMULATOR_CREDENTIALS.secretAccessKey}\n`,
    );
    const result = await cli(['report', '--since', '1h', '--fail-on', 'never', '--profile', 'emu', '--endpoint-url', emulator().endpoint], env);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^aws-monitor report - account 123456789012 - us-east-2\n/);
  }, 30_000);
});
