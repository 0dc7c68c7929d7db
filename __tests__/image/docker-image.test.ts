// The Docker image, built and run without a Docker engine: buildah builds the Dockerfile from a
// base made from this machine's Node, then runs the image's own entrypoint, user and working
// directory against the emulator. `docker stop` is played by hand: the image's root filesystem, a
// new PID namespace in which node is PID 1 (as in a container), and SIGTERM sent from outside it.

import { withoutOldNodeWarning } from '../support/node-warnings.js';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { emulatorEnv, REGION, useEmulator } from '../support/emulator.js';
import { schemaErrors } from '../support/report-schema.js';

const BUILDAH = ['--storage-driver', 'vfs'];
// Unique per run: two runs on one machine share buildah's storage.
const IMAGE = `localhost/aws-monitor:test-${process.pid}`;
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const REVISION = 'd6cd1e2bd19e03a81132a23b2025920577f84e37';
const hasBuildah = spawnOk('buildah', ['--version']);
const hasUnshare = spawnOk('unshare', ['--version']);
if (!hasBuildah) console.warn('image test skipped: buildah is not installed (apt-get install buildah)');

function spawnOk(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function buildah(args: string[], timeout = 60_000): string {
  return execFileSync('buildah', [...BUILDAH, ...args], { encoding: 'utf8', timeout, stdio: ['ignore', 'pipe', 'pipe'] });
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Asynchronous: a blocked event loop would stop draining the emulator's log pipe. */
function spawnAsync(command: string, args: string[], env: Record<string, string>, started?: (pid: number) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('spawn', () => started?.(child.pid!));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

interface ImageConfig {
  User: string;
  WorkingDir: string;
  Entrypoint: string[];
  Env: string[];
  Labels: Record<string, string>;
}

(hasBuildah ? describe : describe.skip)('Docker image', () => {
  const emulator = useEmulator();
  let container = '';
  let rootfs = '';
  let config: ImageConfig;

  /** The image's entrypoint with these arguments, as `docker run` would start it (buildah run honours user and working directory). */
  function run(args: string[], env: Record<string, string> = {}, entrypoint = config.Entrypoint): Promise<Run> {
    const envFlags = Object.entries(env).flatMap(([k, v]) => ['--env', `${k}=${v}`]);
    return spawnAsync('buildah', [...BUILDAH, 'run', '--isolation', 'chroot', ...envFlags, container, '--', ...entrypoint, ...args], process.env as Record<string, string>);
  }

  beforeAll(async () => {
    const base = execFileSync('tools/image/make-local-base.sh', { encoding: 'utf8', timeout: 120_000 }).trim();
    buildah(
      [
        'bud',
        '--isolation',
        'chroot',
        '--layers=false',
        '--build-arg',
        `NODE_IMAGE=${base}`,
        '--build-arg',
        `VERSION=${VERSION}`,
        '--build-arg',
        `REVISION=${REVISION}`,
        '-t',
        IMAGE,
        '.',
      ],
      600_000,
    );
    config = JSON.parse(buildah(['inspect', '--type', 'image', IMAGE])).OCIv1.config;
    container = buildah(['from', '--quiet', IMAGE]).trim();
    rootfs = buildah(['mount', container]).trim();
    await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
  }, 660_000);

  afterAll(() => {
    if (container) {
      buildah(['umount', container]);
      buildah(['rm', container]);
    }
    spawnOk('buildah', [...BUILDAH, 'rmi', IMAGE]);
  });

  it('runs the CLI as its entrypoint, as a non-root user', async () => {
    expect(config.Entrypoint).toEqual(['node', '/app/dist/cli/index.js']);
    expect(config.User).toBe('1000:1000');
    const uid = await run(['-e', 'console.log(process.getuid(), process.getgid())'], {}, ['node']);
    expect(uid.stdout.trim()).toBe('1000 1000');
  });

  it('carries the OCI labels: source, version, revision and licence', () => {
    expect(config.Labels).toMatchObject({
      'org.opencontainers.image.source': 'https://github.com/aws-monitor/aws-monitor',
      'org.opencontainers.image.version': VERSION,
      'org.opencontainers.image.revision': REVISION,
      'org.opencontainers.image.licenses': 'MIT',
    });
  });

  it('holds node and the app, and no package manager', () => {
    expect(existsSync(join(rootfs, 'usr/local/bin/node'))).toBe(true);
    expect(existsSync(join(rootfs, 'app/dist/cli/index.js'))).toBe(true);
    for (const path of ['usr/local/bin/npm', 'usr/local/bin/npx', 'usr/local/bin/corepack', 'usr/local/lib/node_modules']) {
      expect([path, existsSync(join(rootfs, path))]).toEqual([path, false]);
    }
  });

  it('prints --help', async () => {
    const result = await run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: aws-monitor');
  });

  it('writes a report into its working directory, which the non-root user owns', async () => {
    expect(config.WorkingDir).toBe('/work');
    const { AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION } = emulatorEnv(emulator().endpoint);
    const result = await run(['report', '--no-progress', '--since', '6h', '--fail-on', 'critical', '--format', 'json', '--output', 'report.json'], {
      AWS_ENDPOINT_URL: AWS_ENDPOINT_URL!,
      AWS_ACCESS_KEY_ID: AWS_ACCESS_KEY_ID!,
      AWS_SECRET_ACCESS_KEY: AWS_SECRET_ACCESS_KEY!,
      AWS_REGION: AWS_REGION!,
    });
    // Nothing on stderr but the summary: no Node or SDK warning either.
    expect(withoutOldNodeWarning(result.stderr)).toBe('degraded: 6 findings; report written to /work/report.json\n');
    expect(result.status).toBe(0);
    const report = JSON.parse(readFileSync(join(rootfs, 'work/report.json'), 'utf8'));
    expect(schemaErrors(report)).toEqual([]);
    expect(JSON.stringify(report.findings)).toContain('pp-web-production/checkout');
  });

  (hasUnshare ? describe : describe.skip)('as PID 1, like docker stop', () => {
    // An AWS endpoint that accepts connections and never answers: the scan waits until stopped.
    let server: Server;
    const sockets: Socket[] = [];
    let connected: () => void = () => {};
    beforeAll(async () => {
      server = createServer((socket) => {
        sockets.push(socket);
        connected();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    });

    it('stops a running report within a second of SIGTERM', async () => {
      const [uid, gid] = config.User.split(':');
      const endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      const env = {
        ...Object.fromEntries(config.Env.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)])),
        AWS_ENDPOINT_URL: endpoint,
        AWS_ACCESS_KEY_ID: 'testing',
        AWS_SECRET_ACCESS_KEY: 'testing',
        AWS_REGION: REGION,
      };
      const firstCall = new Promise<void>((resolve) => (connected = resolve));
      let unsharePid = 0;
      // A new PID namespace whose first process (node, via --fork) is PID 1; the image's root, user and working directory.
      const args = [
        '--pid',
        '--fork',
        '--kill-child',
        `--root=${rootfs}`,
        `--wd=${config.WorkingDir}`,
        '--setuid',
        uid!,
        '--setgid',
        gid!,
        ...config.Entrypoint,
        'report',
        '--no-progress',
      ];
      const ended = spawnAsync('unshare', args, env, (pid) => (unsharePid = pid));
      await firstCall;
      const pid1 = Number(readFileSync(`/proc/${unsharePid}/task/${unsharePid}/children`, 'utf8').trim());
      expect(readFileSync(`/proc/${pid1}/status`, 'utf8')).toMatch(/^NSpid:\s+\d+\s+1$/m);
      const sentAt = Date.now();
      process.kill(pid1, 'SIGTERM');
      const timer = setTimeout(() => process.kill(pid1, 'SIGKILL'), 5_000);
      const result = await ended;
      clearTimeout(timer);
      expect(Date.now() - sentAt).toBeLessThan(1_000);
      expect(result.status).toBe(143);
      expect(result.stderr).toContain('aws-monitor: stopped by SIGTERM');
    });
  });
});
