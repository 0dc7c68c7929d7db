// Finding AWS credentials (config.ini, then the SDK default chain) and storing typed-in ones.

import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { replaceIniSection } from './ini-file.js';
import type { ScanConfig, StaticCredentials } from './schema.js';

export type CredentialSource = { kind: 'environment' } | { kind: 'config-file' } | { kind: 'default-chain' };

export interface FoundCredentials {
  provider: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  source: CredentialSource;
}

/**
 * Keys in the environment first (environment beats config.ini, as for every setting), then
 * [credentials] in config.ini, then the rest of the SDK default chain (profile, SSO, container and
 * instance roles). Undefined when nothing yields credentials.
 */
export async function findCredentials(
  config: Pick<ScanConfig, 'credentials' | 'profile'>,
  env: Record<string, string | undefined> = process.env,
): Promise<FoundCredentials | undefined> {
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
    return {
      provider: toIdentity({
        accessKeyId: env.AWS_ACCESS_KEY_ID,
        secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
        ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
      }),
      source: { kind: 'environment' },
    };
  }
  if (config.credentials) return { provider: toIdentity(config.credentials), source: { kind: 'config-file' } };
  const chain = fromNodeProviderChain({
    ...(config.profile ? { profile: config.profile } : {}),
    // Off EC2 the metadata service never answers: do not make a person wait for it.
    timeout: 1_000,
    maxRetries: 0,
  });
  try {
    await chain();
    return { provider: chain, source: { kind: 'default-chain' } };
  } catch (error) {
    if ((error as Error).name === 'CredentialsProviderError' || /Could not load credentials/i.test((error as Error).message)) return undefined;
    throw error;
  }
}

export function toIdentity(credentials: StaticCredentials): AwsCredentialIdentity {
  return {
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}),
  };
}

/** Writes [credentials] into the config file (keeping the rest of it) with mode 0600. */
export function storeCredentials(path: string, credentials: StaticCredentials): void {
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const entries: Record<string, string> = {
    aws_access_key_id: credentials.accessKeyId,
    aws_secret_access_key: credentials.secretAccessKey,
    ...(credentials.sessionToken ? { aws_session_token: credentials.sessionToken } : {}),
  };
  const header = existing === '' ? '; aws-monitor configuration (see config.example.ini). Holds credentials: keep it private.\n' : '';
  // mode applies when the file is created; chmod covers a file that already existed.
  writeFileSync(path, header + replaceIniSection(existing, 'credentials', entries), { mode: 0o600 });
  chmodSync(path, 0o600);
}
