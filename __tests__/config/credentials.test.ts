import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storeCredentials } from '../../src/config/credentials.js';
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
