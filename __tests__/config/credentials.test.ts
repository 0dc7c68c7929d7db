import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCredentials, storeCredentials } from '../../src/config/credentials.js';
import { parseIni } from '../../src/config/ini-file.js';
import { tempDir } from '../support/temp-dir.js';

describe('stored credentials', () => {
  const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

  it('creates config.ini readable by its owner only', () => {
    const path = join(tempDir('aws-monitor-cred-'), 'config.ini');
    storeCredentials(path, credentials);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const { doc } = parseIni(readFileSync(path, 'utf8'), path);
    expect(doc.get('credentials')?.get('aws_secret_access_key')?.value).toBe(credentials.secretAccessKey);
  });

  it('tightens an existing file to 0600 and keeps its other settings and comments', () => {
    const path = join(tempDir('aws-monitor-cred-'), 'config.ini');
    writeFileSync(path, '; team settings\n[scan]\nsince = 7d\n', { mode: 0o644 });
    storeCredentials(path, { ...credentials, sessionToken: 'token123' });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('; team settings\n[scan]\nsince = 7d\n');
    expect(text).toContain('aws_session_token = token123');
  });
});

describe('finding credentials', () => {
  const stored = { accessKeyId: 'AKIASTOREDINCONFIG01', secretAccessKey: 'stored-secret' };

  it('uses [credentials] from config.ini when the environment has no keys', async () => {
    const found = await findCredentials({ credentials: stored }, {});
    expect(found?.source).toEqual({ kind: 'config-file' });
    expect(found?.provider).toEqual(stored);
  });

  it('lets keys in the environment win over config.ini, as every setting does', async () => {
    const found = await findCredentials({ credentials: stored }, { AWS_ACCESS_KEY_ID: 'AKIAFROMENVIRONMENT1', AWS_SECRET_ACCESS_KEY: 'env-secret', AWS_SESSION_TOKEN: 't' });
    expect(found?.source).toEqual({ kind: 'environment' });
    expect(found?.provider).toEqual({ accessKeyId: 'AKIAFROMENVIRONMENT1', secretAccessKey: 'env-secret', sessionToken: 't' });
  });
});
