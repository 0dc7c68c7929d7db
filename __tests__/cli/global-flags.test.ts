// The CLI's habits, in-process through main(argv, io): the AWS CLI's global flags on every
// command, a format word given to --output refused with a hint, an unknown command named as such.

import { PassThrough } from 'node:stream';
import { main, withDefaultCommand } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { tempDir } from '../support/temp-dir.js';

function io(env: Record<string, string> = {}): CliIo & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const stdin = new PassThrough();
  const home = tempDir('aws-monitor-cli-home-');
  return {
    stdout,
    stderr,
    stdin,
    env: { HOME: home, AWS_CONFIG_FILE: `${home}/none`, AWS_SHARED_CREDENTIALS_FILE: `${home}/none`, ...env },
    cwd: home,
    now: () => new Date('2026-11-25T12:00:00Z'),
    out: () => out,
    err: () => err,
  };
}

describe('the default command', () => {
  it('is report when no command is named, after any global flags', () => {
    expect(withDefaultCommand([])).toEqual(['report']);
    expect(withDefaultCommand(['--since', '1h'])).toEqual(['report', '--since', '1h']);
    expect(withDefaultCommand(['--profile', 'prod', '--quiet', '--since', '1h'])).toEqual(['--profile', 'prod', '--quiet', 'report', '--since', '1h']);
    expect(withDefaultCommand(['--region=eu-west-1', 'gate', '--cluster', 'c'])).toEqual(['--region=eu-west-1', 'gate', '--cluster', 'c']);
    expect(withDefaultCommand(['--help'])).toEqual(['--help']);
  });

  it('leaves a mistyped command to be named as unknown, not as extra arguments to report', async () => {
    const cli = io();
    expect(await main(['scan'], cli)).toBe(2);
    expect(cli.err()).toContain("error: unknown command 'scan'");
    expect(cli.err()).toContain('(commands: report, watch, gate, merge, matrix, detect-series, group-logs, split-traces; aws-monitor --help for usage)');
    expect(cli.err()).not.toContain('too many arguments');
  });
});

describe('global flags', () => {
  it('refuses a format word given to --output, with the flag to use instead, on every command', async () => {
    for (const argv of [
      ['report', '--output', 'json'],
      ['merge', 'a.json', '-o', 'markdown'],
      ['--output', 'text'],
    ]) {
      const cli = io();
      expect(await main(argv, cli)).toBe(2);
      expect(cli.err()).toMatch(/--output takes a file path, and "(json|markdown|text)" is a format: use --format (json|markdown|text)/);
    }
  });

  it('takes --profile, --region, --endpoint-url, --quiet and --no-color before or after the command', async () => {
    // A profile that does not exist is named, wherever the flag stands: the flags reached the command.
    for (const argv of [
      ['--profile', 'prdo', 'report'],
      ['report', '--profile', 'prdo', '--no-color', '--quiet'],
      ['gate', '--cluster', 'c', '--service', 's', '--profile', 'prdo'],
    ]) {
      const cli = io();
      expect(await main(argv, cli)).toBe(2);
      expect(cli.err()).toMatch(/^aws-monitor: profile "prdo" \(--profile\) is in neither .*none nor .*none; no profiles are defined there/);
    }
    const cli = io();
    expect(await main(['--region', 'nowhere', 'report'], cli)).toBe(2);
    expect(cli.err()).toContain('--region: value "nowhere" must be an AWS region code such as us-east-2');
    const endpoint = io();
    expect(await main(['report', '--endpoint-url', 'ftp://x'], endpoint)).toBe(2);
    expect(endpoint.err()).toContain('--endpoint-url: value "ftp://x" must be an http(s) URL');
  });

  it('names a profile from AWS_PROFILE that does not exist, instead of saying there are no credentials', async () => {
    const cli = io({ AWS_PROFILE: 'prod' });
    expect(await main(['report'], cli)).toBe(2);
    expect(cli.err()).toMatch(/^aws-monitor: profile "prod" \(env AWS_PROFILE\) is in neither/);
  });

  it('refuses an empty list of services: a scan of nothing is not a healthy scan', async () => {
    const viaFlag = io();
    expect(await main(['report', '--services', ','], viaFlag)).toBe(2);
    expect(viaFlag.err()).toContain('--services: no service to scan (the list is empty); name some of');
    const viaEnv = io({ AWS_MONITOR_SCAN_SERVICES: '' });
    expect(await main(['report'], viaEnv)).toBe(2);
    expect(viaEnv.err()).toContain('env AWS_MONITOR_SCAN_SERVICES: no service to scan (the list is empty)');
  });

  it('refuses a deploy time that is not ISO-8601 with a zone, or outside the data, before any AWS call', async () => {
    const cases: Array<[string, RegExp]> = [
      ['12', /--deploy-time: "12" is not an ISO-8601 time/],
      ['1970-01-01T00:00:00Z', /--deploy-time: 1970-01-01T00:00:00\.000Z is more than 15 days ago/],
      ['2027-01-01T00:00:00Z', /--deploy-time: 2027-01-01T00:00:00\.000Z is in the future/],
      ['2026-11-25T10:00:00', /--deploy-time: "2026-11-25T10:00:00" has no time zone/],
    ];
    for (const [time, message] of cases) {
      const cli = io({ AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'x', AWS_ENDPOINT_URL: 'http://127.0.0.1:1' });
      expect(await main(['gate', '--cluster', 'c', '--service', 's', '--deploy-time', time], cli)).toBe(2);
      expect(cli.err()).toMatch(message);
    }
  });
});
