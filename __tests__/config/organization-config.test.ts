// [organization] and [scan] account in config.ini, the environment and flags.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, type LoadOptions } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';
import { tempDir } from '../support/temp-dir.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const catalog = { services: ['ecs'], detectors: [] };

function withFile(text: string): string {
  const path = join(tempDir('aws-monitor-config-'), 'config.ini');
  writeFileSync(path, text);
  return path;
}

const load = (options: Partial<LoadOptions> = {}) => loadConfig({ cwd: tempDir('aws-monitor-cwd-'), env: {}, now: NOW, catalog, ...options });

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.where}: ${p.message}`);
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('[organization] configuration', () => {
  it('reads the role, the globs, the regions and the session settings', () => {
    const config = load({
      configPath: withFile(
        '[organization]\nrole_name = aws-monitor-readonly\ninclude = prod-*, 1111*\nexclude = 123456789012\nregions = us-east-2, eu-west-1\nsession_name = ci-monitor\nexternal_id = xyz\n',
      ),
    });
    expect(config.organization).toEqual({
      roleName: 'aws-monitor-readonly',
      include: ['prod-*', '1111*'],
      exclude: ['123456789012'],
      regions: ['us-east-2', 'eu-west-1'],
      sessionName: 'ci-monitor',
      externalId: 'xyz',
    });
  });

  it("defaults to every account in the run's region, and takes enabled for every enabled region", () => {
    expect(load({ configPath: withFile('[organization]\nrole_name = r\n') }).organization).toEqual({ roleName: 'r', include: [], exclude: [], regions: [] });
    expect(load({ configPath: withFile('[organization]\nrole_name = r\nregions = Enabled\n') }).organization?.regions).toBe('enabled');
  });

  it('is configured from the environment alone too', () => {
    const config = load({ env: { AWS_MONITOR_ORGANIZATION_ROLE_NAME: 'aws-monitor-readonly', AWS_MONITOR_ORGANIZATION_REGIONS: 'enabled' } });
    expect(config.organization).toMatchObject({ roleName: 'aws-monitor-readonly', regions: 'enabled' });
  });

  it('is absent without the section', () => {
    expect(load().organization).toBeUndefined();
  });

  it('requires role_name, and names the section', () => {
    const configPath = withFile('[scan]\nsince = 1h\n[organization]\ninclude = prod-*\n');
    expect(problemsOf(() => load({ configPath }))).toEqual([
      `${configPath}:3 [organization]: role_name is required: the role aws-monitor assumes in every account of the organization`,
    ]);
  });

  it('refuses a role ARN where a name belongs, a bad region, enabled inside a list and unknown keys', () => {
    const configPath = withFile('[organization]\nrole_name = arn:aws:iam::1:role/x\nregions = us-east-2, mars-1\n');
    expect(problemsOf(() => load({ configPath }))).toEqual([
      expect.stringMatching(/:2 \[organization\] role_name: value "arn:aws:iam::1:role\/x" must be an IAM role name such as aws-monitor-readonly/),
      expect.stringMatching(/:3 \[organization\] regions: value "us-east-2, mars-1" has "mars-1", which is not an AWS region code/),
    ]);
    expect(problemsOf(() => load({ configPath: withFile('[organization]\nrole_name = r\nregions = enabled, us-east-2\n') }))).toEqual([
      expect.stringMatching(/regions: .*enabled stands alone, not in a list/),
    ]);
    expect(problemsOf(() => load({ configPath: withFile('[organization]\nrole_name = r\nrole_arn = x\n') }))).toEqual([
      expect.stringMatching(/\[organization\] role_arn: unknown key in \[organization\]; allowed keys: role_name, include, exclude, regions, external_id, session_name/),
    ]);
  });
});

describe('[scan] account (--account)', () => {
  it('picks one account of [organization] or the [account:NAME] sections', () => {
    const config = load({ configPath: withFile('[organization]\nrole_name = r\n'), overrides: [{ section: 'scan', key: 'account', value: '111111111111', where: '--account' }] });
    expect(config.onlyAccount).toEqual({ account: '111111111111', where: '--account' });
  });

  it('is refused when no account is configured, naming the flag', () => {
    expect(problemsOf(() => load({ overrides: [{ section: 'scan', key: 'account', value: 'prod', where: '--account' }] }))).toEqual([
      '--account: picks one of the accounts [organization] or [account:NAME] sections configure, and there are none',
    ]);
  });
});
