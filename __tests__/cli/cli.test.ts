// The CLI as a user runs it: a separate process, real argv, env and exit codes, against the emulator.

import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { emulatorEnv, REGION, useEmulator } from '../support/emulator.js';
import { tempDir } from '../support/temp-dir.js';
import { REPORT_SCHEMA_VERSION } from '../../src/report/model.js';

// Runs src/ through tsx (absolute paths, so the prompt test can run from another directory).
const CLI = ['--import', pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href, join(process.cwd(), 'src/cli/index.ts')];
const emulator = useEmulator();

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string>, input?: string): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...CLI, ...args], { env, cwd: process.cwd() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.end(input ?? '');
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** An environment with no AWS credentials anywhere: no env keys, no ~/.aws, no instance metadata. */
function noCredentialsEnv(home: string): Record<string, string> {
  const env = emulatorEnv(emulator().endpoint, { HOME: home, AWS_CONFIG_FILE: join(home, 'none'), AWS_SHARED_CREDENTIALS_FILE: join(home, 'none') });
  delete env.AWS_ACCESS_KEY_ID;
  delete env.AWS_SECRET_ACCESS_KEY;
  return env;
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

beforeAll(async () => {
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
}, 60_000);

describe('aws-monitor report', () => {
  it('prints the text report and exits 0 when nothing reaches fail-on', async () => {
    // The demo account's worst finding is high (checkout's tasks are OOM-killed).
    const result = await cli(['report', '--since', '6h', '--fail-on', 'critical'], emulatorEnv(emulator().endpoint));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^aws-monitor report - account 123456789012 - us-east-2\n/);
    expect(result.stdout).toContain('pp-web-production/checkout');
    expect(result.stdout).toContain('pp-network-production');
    expect(result.stdout).not.toContain('pp-web-staging');
    expect(result.stdout).toMatch(/AWS API calls: \d+/);
    expect(result.stdout).toContain('DEGRADED: 6 findings (2 high, 1 medium, 2 low, 1 info), none at fail-on critical');
    // Piped, not a terminal: no colour codes.
    expect(result.stdout).not.toContain('\x1b[');
  });

  it('colours the report when asked, and lists only what --min-severity lets through', async () => {
    const result = await cli(['report', '--since', '6h', '--fail-on', 'critical', '--color', 'always', '--min-severity', 'high'], emulatorEnv(emulator().endpoint));
    expect(result.stdout).toContain('\x1b[1;33mDEGRADED\x1b[0m: 6 findings');
    // eslint-disable-next-line no-control-regex -- the colour codes are what is checked
    expect(result.stdout).toMatch(/ {2}1\. \x1b\[31mHIGH\x1b\[0m {5}/);
    expect(result.stdout).toContain('(4 findings below high not shown)');
    expect(result.stdout).not.toMatch(/MEDIUM|LOW/);
  });

  it('exits 1 when a finding reaches fail-on', async () => {
    // With no grace period, the just-deployed service with 0 of 3 tasks running is down.
    const env = emulatorEnv(emulator().endpoint, { AWS_MONITOR_DETECTOR_ECS_SERVICE_TASKS_BELOW_DESIRED_GRACE_MINUTES: '0' });
    const result = await cli(['report', '--fail-on', 'critical'], env);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('FAILING: ');
    expect(result.stdout).toMatch(/CRITICAL +ecs:service pp-web-production\/search-api/);
  });

  it('writes JSON to a file with --format json --output', async () => {
    const out = join(tempDir('aws-monitor-cli-'), 'report.json');
    const result = await cli(['report', '--format', 'json', '--output', out], emulatorEnv(emulator().endpoint));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`failing: 6 findings; report written to ${out}\n`);
    expect(result.stdout).toBe('');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(report.resources.filter((r: { type: string }) => r.type === 'ecs:service')).toHaveLength(5);
    expect(report.apiCalls.total).toBeGreaterThan(0);
  });

  it('merges the JSON reports of two jobs (one per region) into one report, and refuses what is not a report', async () => {
    const dir = tempDir('aws-monitor-merge-');
    const env = emulatorEnv(emulator().endpoint);
    const [east, west] = [join(dir, 'us-east-2.json'), join(dir, 'us-west-2.json')];
    await Promise.all([
      cli(['report', '--since', '6h', '--format', 'json', '--output', east], env),
      cli(['report', '--since', '6h', '--region', 'us-west-2', '--format', 'json', '--output', west], env),
    ]);
    const merged = await cli(['merge', east, west, '--fail-on', 'critical'], env);
    expect(merged.stderr).toBe('');
    expect(merged.status).toBe(0);
    expect(merged.stdout.split('\n')[0]).toBe('aws-monitor report - 1 account, 2 regions (2 scans: see RUN)');
    expect(merged.stdout).toMatch(/^ {2}- 123456789012 us-west-2: 0 resources, \d+ API calls/m);
    expect(merged.stdout).toContain('DEGRADED: 6 findings');
    // The reports' own fail-on (high) makes the merged one failing: exit 1, as a gate expects.
    expect((await cli(['merge', east, west], env)).status).toBe(1);

    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ ...JSON.parse(readFileSync(east, 'utf8')), status: 'fine' }));
    const refused = await cli(['merge', east, broken], env);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      `aws-monitor: ${broken}: not an aws-monitor JSON report this version reads (its schemaVersion is ${REPORT_SCHEMA_VERSION}):\n  /status: must be equal to one of the allowed values\n`,
    );
    const twice = await cli(['merge', east, east], env);
    expect(twice.stderr).toBe('aws-monitor: account 123456789012 in us-east-2 is in more than one report: each account and region must be scanned once\n');
    writeFileSync(broken, `{"schemaVersion": ${REPORT_SCHEMA_VERSION},`);
    expect((await cli(['merge', broken], env)).stderr).toMatch(/^aws-monitor: .*broken\.json: not JSON \(/);
    noStackTrace(refused.stderr);
  }, 60_000);

  it('exits 2 with the file, line and key on a bad config, without a stack trace', async () => {
    const dir = tempDir('aws-monitor-cli-');
    writeFileSync(join(dir, 'config.ini'), '[scan]\nsince = 100d\n');
    const result = await cli(['report', '--config', join(dir, 'config.ini')], emulatorEnv(emulator().endpoint));
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `aws-monitor: invalid configuration: ${join(dir, 'config.ini')}:2 [scan] since: value "100d" must be at most 90d (allowed: a duration such as 30m, 36h, 7d, 2w or 1h30m, at most 90d)\n`,
    );
    noStackTrace(result.stderr);
  });

  it('exits 2 and says how to provide credentials when none exist and stdin is not a terminal', async () => {
    const home = tempDir('aws-monitor-home-');
    const started = Date.now();
    const result = await cli(['report'], noCredentialsEnv(home));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^aws-monitor: no AWS credentials found\. Provide them in one of these ways/);
    expect(result.stderr).toContain('AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY');
    expect(Date.now() - started).toBeLessThan(10_000);
    noStackTrace(result.stderr);
  });

  it('rejects an unknown flag with exit 2', async () => {
    const result = await cli(['report', '--sinse', '1h'], emulatorEnv(emulator().endpoint));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown option '--sinse'");
  });
});

describe('aws-monitor --help and --version', () => {
  it('prints usage with the exit codes, and the version', async () => {
    const help = await cli(['--help'], emulatorEnv(emulator().endpoint));
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: aws-monitor');
    expect(help.stdout).toContain('Exit codes: 0 checked, nothing at or above fail-on (gate: pass); 1 findings at or above fail-on (gate: fail);');
    const version = await cli(['--version'], emulatorEnv(emulator().endpoint));
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});

describe('aws-monitor detect-series', () => {
  // A day of 5-minute points with one spike, in NAB's timestamp layout.
  const rows = Array.from(
    { length: 1500 },
    (_, i) => `${new Date(Date.parse('2014-02-14T14:30:00Z') + i * 300_000).toISOString().slice(0, 19).replace('T', ' ')},${i === 1400 ? 95 : 20 + (i % 7)}`,
  );
  const csv = ['timestamp,value', ...rows].join('\n') + '\n';

  it('writes timestamp,value,score,is_anomaly for every row, flagging the spike', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cpu.csv'), csv);
    const result = await cli(['detect-series', join(dir, 'cpu.csv'), '--output', join(dir, 'out.csv')], emulatorEnv(emulator().endpoint));
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`1500 points, 1 flagged; written to ${join(dir, 'out.csv')}\n`);
    const out = readFileSync(join(dir, 'out.csv'), 'utf8').trim().split('\n');
    expect(out[0]).toBe('timestamp,value,score,is_anomaly');
    expect(out).toHaveLength(1501);
    expect(out.filter((line) => line.endsWith(',1'))).toEqual([expect.stringMatching(/^2014-02-19 11:10:00,95,0\.\d+,1$/)]);
  });

  it('exits 2 naming the file and line of a bad row', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.csv'), 'timestamp,value\n2014-02-14 14:30:00,1\n2014-02-14 14:35:00,oops\n');
    const result = await cli(['detect-series', join(dir, 'bad.csv')], emulatorEnv(emulator().endpoint));
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`aws-monitor: ${join(dir, 'bad.csv')}:3: value "oops" is not a finite number\n`);
  });
});

describe('aws-monitor group-logs', () => {
  it('writes LineId,PredictedGroupId, lines printed by one statement sharing a group', async () => {
    const dir = tempDir();
    const lines = [
      'Connection from 10.0.0.12 port 51234 closed',
      'Payment 7f3e9c2a-1b4d-4e8f-9a6b-2c5d8e1f0a3b declined: card expired',
      'Connection from 10.0.0.99 port 40000 closed',
      'Payment 0a1b2c3d-4e5f-4a7b-8c9d-0e1f2a3b4c5d declined: card expired',
    ];
    writeFileSync(join(dir, 'app.log'), lines.join('\n') + '\n');
    const result = await cli(['group-logs', join(dir, 'app.log')], emulatorEnv(emulator().endpoint));
    expect(result.status).toBe(0);
    const rows = result.stdout.trim().split('\n');
    expect(rows[0]).toBe('LineId,PredictedGroupId');
    const group = rows.slice(1).map((row) => row.split(',')[1]);
    expect(rows.slice(1).map((row) => row.split(',')[0])).toEqual(['1', '2', '3', '4']);
    expect(group[0]).toBe(group[2]);
    expect(group[1]).toBe(group[3]);
    expect(group[0]).not.toBe(group[1]);
  });
});

describe('aws-monitor split-traces', () => {
  it('numbers each trace from 1 and leaves ordinary lines null, with interleaved traces kept apart', async () => {
    const dir = tempDir();
    const lines = [
      'INFO  started order sync',
      'Traceback (most recent call last):',
      'java.lang.IllegalStateException: cart is empty',
      '  File "/app/sync.py", line 42, in run',
      '\tat com.shop.cart.Checkout.submit(Checkout.java:88)',
      '    client.push(batch)',
      '\tat com.shop.api.OrderController.post(OrderController.java:31)',
      'ConnectionError: upstream closed the connection',
      'INFO  retry scheduled',
    ];
    writeFileSync(join(dir, 'mixed.log'), lines.join('\n') + '\n');
    const result = await cli(['split-traces', join(dir, 'mixed.log'), '--output', join(dir, 'out.json')], emulatorEnv(emulator().endpoint));
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`9 lines, 2 traces (python, java); written to ${join(dir, 'out.json')}\n`);
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))).toEqual({ line_count: 9, trace_of_line: [null, 1, 2, 1, 2, 1, 2, 1, null] });
  });
});

const hasScript = spawnSync('script', ['--version']).status === 0;
(hasScript ? describe : describe.skip)('credentials prompt at a terminal', () => {
  it('asks, hides the secret, stores config.ini with mode 0600 and runs the report', async () => {
    const home = tempDir('aws-monitor-home-');
    const cwd = tempDir('aws-monitor-cwd-');
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const command = [process.execPath, ...CLI, 'report', '--no-progress'].map((a) => `'${a}'`).join(' ');
    // `script` gives the CLI a real pseudo-terminal; the answers arrive on it as typed lines.
    const result = await new Promise<Result>((resolve) => {
      const child = spawn('script', ['-qec', command, '/dev/null'], { env: noCredentialsEnv(home), cwd });
      const answers: Array<[prompt: string, typed: string]> = [
        ['AWS access key id: ', 'AKIAIOSFODNN7EXAMPLE\r'],
        ['AWS secret access key (hidden): ', `${secret}\r`],
        ['(hidden; Enter if none): ', '\r'],
      ];
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        // Answer each prompt once, when it has appeared (readline adds cursor codes after it).
        while (answers.length > 0 && stdout.includes(answers[0]![0])) child.stdin.write(answers.shift()![1]);
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.on('exit', () => clearTimeout(timer));
      child.on('close', (status) => resolve({ status, stdout, stderr: '' }));
    });
    expect(result.stdout).toContain('No AWS credentials were found');
    expect(result.stdout).not.toContain(secret);
    expect(result.stdout).toContain(`Saved the credentials to ${join(cwd, 'config.ini')}`);
    expect(result.stdout).toContain('aws-monitor report - account 123456789012');
    expect(statSync(join(cwd, 'config.ini')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(cwd, 'config.ini'), 'utf8')).toContain(`aws_secret_access_key = ${secret}`);
  });
});
