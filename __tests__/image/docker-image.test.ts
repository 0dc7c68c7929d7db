// The Docker image, built and run without a Docker engine: buildah builds the Dockerfile from a
// base made from this machine's Node, then runs the image's own entrypoint against the emulator.

import { execFileSync, spawnSync } from 'node:child_process';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { EMULATOR_CREDENTIALS } from '../../tools/emulator/moto-server.js';
import { REGION, useEmulator } from '../support/emulator.js';

const BUILDAH = ['--storage-driver', 'vfs'];
const BASE = 'localhost/aws-monitor-node-base:local';
// Unique per run: two runs on one machine share buildah's storage.
const IMAGE = `localhost/aws-monitor:test-${process.pid}`;
const hasBuildah = spawnSync('buildah', ['--version']).status === 0;
if (!hasBuildah) console.warn('image test skipped: buildah is not installed (apt-get install buildah)');

function buildah(args: string[], timeout = 60_000): string {
  return execFileSync('buildah', [...BUILDAH, ...args], { encoding: 'utf8', timeout, stdio: ['ignore', 'pipe', 'pipe'] });
}

(hasBuildah ? describe : describe.skip)('Docker image', () => {
  const emulator = useEmulator();
  let container = '';
  let entrypoint: string[] = [];

  function run(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
    const envFlags = Object.entries(env).flatMap(([k, v]) => ['--env', `${k}=${v}`]);
    const result = spawnSync('buildah', [...BUILDAH, 'run', '--isolation', 'chroot', ...envFlags, container, '--', ...entrypoint, ...args], { encoding: 'utf8', timeout: 60_000 });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  beforeAll(async () => {
    execFileSync('tools/image/make-local-base.sh', { stdio: 'ignore', timeout: 120_000 });
    buildah(['bud', '--isolation', 'chroot', '--layers=false', '--build-arg', `NODE_IMAGE=${BASE}`, '-t', IMAGE, '.'], 600_000);
    entrypoint = JSON.parse(buildah(['inspect', '--type', 'image', IMAGE])).OCIv1.config.Entrypoint;
    container = buildah(['from', '--quiet', IMAGE]).trim();
    await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
  }, 660_000);

  afterAll(() => {
    if (container) buildah(['rm', container]);
    spawnSync('buildah', [...BUILDAH, 'rmi', IMAGE]);
  });

  it('runs the CLI as its entrypoint, as a non-root user', () => {
    expect(entrypoint).toEqual(['node', '/app/dist/cli/index.js']);
    expect(JSON.parse(buildah(['inspect', '--type', 'image', IMAGE])).OCIv1.config.User).toBe('1000:1000');
  });

  it('prints --help', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: aws-monitor');
  });

  it('writes a report against the emulator from inside the image', () => {
    const result = run(['report', '--no-progress', '--fail-on', 'critical'], {
      AWS_ENDPOINT_URL: emulator().endpoint,
      AWS_ACCESS_KEY_ID: EMULATOR_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: EMULATOR_CREDENTIALS.secretAccessKey,
      AWS_REGION: REGION,
      NODE_OPTIONS: '--no-warnings',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^aws-monitor report - account 123456789012 - us-east-2\n/);
    expect(result.stdout).toContain('pp-web-production/checkout');
  });
});
