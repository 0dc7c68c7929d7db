// The profile and its region, read as the AWS CLI reads them (issue 15: AWS_PROFILE=prod whose
// profile says eu-west-1 used to scan us-east-2).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfiles, resolveProfile, type SharedFiles } from '../../src/config/aws-profile.js';
import { aConfig } from '../support/builders.js';
import { tempDir } from '../support/temp-dir.js';

const CONFIG = `# comment
[default]
region = us-west-2

[profile prod]
region = eu-west-1
s3 =
  max_concurrent_requests = 20
output = json

[sso-session corp]
sso_region = us-east-1
`;
const CREDENTIALS = `[ci]
aws_access_key_id = AKIAEXAMPLE
region = ap-south-1
`;

function files(config = CONFIG, credentials = CREDENTIALS): SharedFiles {
  return {
    configPath: '/home/u/.aws/config',
    credentialsPath: '/home/u/.aws/credentials',
    config: parseProfiles(config, 'config'),
    credentials: parseProfiles(credentials, 'credentials'),
  };
}

describe('shared config files', () => {
  it('reads [default] and [profile name] sections, skipping sub-settings and other section kinds', () => {
    const profiles = parseProfiles(CONFIG, 'config');
    expect([...profiles.keys()]).toEqual(['default', 'prod']);
    expect(Object.fromEntries(profiles.get('prod')!)).toEqual({ region: 'eu-west-1', s3: '', output: 'json' });
  });

  it('reads every section of the credentials file as a profile', () => {
    expect(parseProfiles(CREDENTIALS, 'credentials').get('ci')?.get('region')).toBe('ap-south-1');
  });
});

describe('the region of the profile in use', () => {
  it("uses AWS_PROFILE's region when no flag, setting or AWS_REGION names one", () => {
    const config = resolveProfile(aConfig({ region: 'us-east-2', regionSource: 'default' }), { AWS_PROFILE: 'prod' }, files());
    expect(config).toMatchObject({ region: 'eu-west-1', regionSource: 'profile prod' });
  });

  it('uses the --profile / [aws] profile region, and the default profile when none is named', () => {
    expect(resolveProfile(aConfig({ regionSource: 'default', profile: 'prod', profileSource: '--profile' }), {}, files()).region).toBe('eu-west-1');
    expect(resolveProfile(aConfig({ regionSource: 'default' }), {}, files())).toMatchObject({ region: 'us-west-2', regionSource: 'profile default' });
  });

  it('reads a region from the credentials file when the config file has none for the profile', () => {
    expect(resolveProfile(aConfig({ regionSource: 'default' }), { AWS_PROFILE: 'ci' }, files()).region).toBe('ap-south-1');
  });

  it('leaves a region given by flag, setting or environment alone', () => {
    const config = resolveProfile(aConfig({ region: 'us-east-1', regionSource: 'env AWS_REGION' }), { AWS_PROFILE: 'prod' }, files());
    expect(config).toMatchObject({ region: 'us-east-1', regionSource: 'env AWS_REGION' });
  });

  it('keeps the default when the profile names no region, and says it is the default', () => {
    expect(resolveProfile(aConfig({ region: 'us-east-2', regionSource: 'default' }), {}, files('[profile x]\n', ''))).toMatchObject({
      region: 'us-east-2',
      regionSource: 'default',
    });
  });

  it('names a profile that exists in neither file, where it was named, and the profiles that do exist', () => {
    expect(() => resolveProfile(aConfig(), { AWS_PROFILE: 'prdo' }, files())).toThrow(
      'profile "prdo" (env AWS_PROFILE) is in neither /home/u/.aws/config nor /home/u/.aws/credentials; profiles there: ci, default, prod',
    );
    expect(() => resolveProfile(aConfig({ profile: 'nope', profileSource: '--profile' }), {}, { configPath: '/c', credentialsPath: '/k' })).toThrow(
      'profile "nope" (--profile) is in neither /c nor /k; no profiles are defined there (aws configure --profile NAME creates one)',
    );
  });

  it('refuses a profile region that is not a region code', () => {
    expect(() => resolveProfile(aConfig({ regionSource: 'default' }), { AWS_PROFILE: 'bad' }, files('[profile bad]\nregion = Frankfurt\n'))).toThrow(
      /region "Frankfurt" is not an AWS region code/,
    );
  });

  it('finds the files through AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE', () => {
    const dir = tempDir('aws-monitor-profile-');
    writeFileSync(join(dir, 'config'), '[profile prod]\nregion = eu-central-1\n');
    const config = resolveProfile(aConfig({ regionSource: 'default' }), {
      AWS_PROFILE: 'prod',
      AWS_CONFIG_FILE: join(dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'none'),
    });
    expect(config.region).toBe('eu-central-1');
  });
});
