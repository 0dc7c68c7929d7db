// The npm package as a user gets it: `npm pack`, installed into an empty prefix, its `aws-monitor`
// run from an empty directory (no checkout, no node_modules around it) against the emulator, on
// the Node running the suite (24 in CI) and on Node 22, the oldest engines allows (CI sets
// AWS_MONITOR_TEST_NODE22). The tarball ships the committed dist/cli, which CI checks is fresh.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { emulatorEnv, REGION, useEmulator } from '../support/emulator.js';
import { schemaErrors } from '../support/report-schema.js';
import { tempDir } from '../support/temp-dir.js';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string; engines: { node: string }; bin: Record<string, string> };
const emulator = useEmulator();

/** Whether a Node version meets engines, which is kept to the form ">=X.Y.Z". */
function meetsEngines(version: string, engines: string): boolean {
  const floor = /^>=(\d+)\.(\d+)\.(\d+)$/.exec(engines);
  if (!floor) throw new Error(`package.json engines.node "${engines}": expected ">=X.Y.Z"`);
  const parts = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i++) if (parts[i] !== Number(floor[i + 1])) return parts[i]! > Number(floor[i + 1]);
  return true;
}

/** The Nodes to run the installed CLI on: each only where this machine has it. */
const NODES = [
  { name: 'the suite’s Node', node: process.execPath },
  { name: 'Node 22', node: process.env.AWS_MONITOR_TEST_NODE22 ?? '' },
].map((candidate) => {
  const version = candidate.node && existsSync(candidate.node) ? execFileSync(candidate.node, ['--version'], { encoding: 'utf8' }).trim() : '';
  return { ...candidate, version, usable: version !== '' && meetsEngines(version, manifest.engines.node) };
});
for (const { name, version, usable } of NODES) {
  if (!usable) console.warn(`packed CLI not tested on ${name}${version ? ` (${version} is outside engines ${manifest.engines.node})` : ' (not installed; .ci/run provides it)'}`);
}

let files: string[] = [];
let prefix = '';

beforeAll(async () => {
  const work = tempDir('aws-monitor-pack-');
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  files = packed[0]!.files.map((f) => f.path);
  prefix = join(work, 'prefix');
  // --offline: the package has no dependencies to fetch; an install that needed one fails here.
  execFileSync('npm', ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(work, packed[0]!.filename)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
}, 180_000);

describe('the packed CLI', () => {
  it('ships the bundled CLI and what its docs point to, and no source, tests or Action bundle', () => {
    expect(files).toContain('dist/cli/index.js');
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'config.example.ini', 'iam-policy.json', 'schemas/report.schema.json']));
    const unexpected = files.filter(
      (path) =>
        !/^dist\/cli\//.test(path) &&
        !['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'config.example.ini', 'iam-policy.json', 'schemas/report.schema.json'].includes(path),
    );
    expect(unexpected).toEqual([]);
  });

  it('installs as a scoped package whose bin keeps the name aws-monitor', () => {
    expect(manifest.name).toMatch(/^@[a-z0-9-]+\/[a-z0-9-]+$/);
    expect(Object.keys(manifest.bin)).toEqual(['aws-monitor']);
    expect(existsSync(join(prefix, 'bin', 'aws-monitor'))).toBe(true);
    expect(existsSync(join(prefix, 'lib', 'node_modules', manifest.name, 'node_modules'))).toBe(false);
  });

  // On a machine with neither Node usable (.ci/run installs 24), say so instead of failing to collect.
  const usable = NODES.filter((n) => n.usable);
  if (usable.length === 0) it.skip(`runs on an installed Node (none usable here: ${NODES.map((n) => `${n.name} ${n.version ?? 'missing'}`).join(', ')})`, () => undefined);
  describe.each(usable.length > 0 ? usable : [NODES[0]!])('on $name ($version)', ({ node }) => {
    if (usable.length === 0) return;
    /**
     * aws-monitor from the prefix, in an empty directory, with this Node first on PATH and nothing
     * hiding warnings. Asynchronous: a blocked event loop would stop draining the emulator's log pipe.
     */
    function installed(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string; cwd: string }> {
      const cwd = tempDir('aws-monitor-user-');
      const env = emulatorEnv(emulator().endpoint, { HOME: cwd, PATH: [dirname(node), join(prefix, 'bin'), process.env.PATH].join(delimiter), NODE_OPTIONS: '' });
      return new Promise((resolve, reject) => {
        const child = spawn('aws-monitor', args, { cwd, env, timeout: 120_000 });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, stdout, stderr, cwd }));
      });
    }

    it('prints its help and version, and nothing on stderr', async () => {
      const help = await installed(['--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toContain('Usage: aws-monitor');
      expect(help.stderr).toBe('');
      expect((await installed(['--version'])).stdout.trim()).toBe(manifest.version);
    });

    it('writes a JSON report of the emulator account into its working directory, without a Node or SDK warning', async () => {
      const result = await installed(['report', '--since', '6h', '--fail-on', 'never', '--format', 'json', '--output', 'report.json', '--no-progress']);
      expect(result.status).toBe(0);
      expect(result.stderr).toMatch(/^degraded: \d+ findings; report written to .*report\.json\n$/);
      const report = JSON.parse(readFileSync(join(result.cwd, 'report.json'), 'utf8'));
      expect(schemaErrors(report)).toEqual([]);
      expect(report.accounts).toEqual(['123456789012']);
      expect(JSON.stringify(report.findings)).toContain('pp-web-production/checkout');
    });
  });
});
