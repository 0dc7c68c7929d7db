// Finding AWS credentials (config.ini, then the SDK default chain) and storing typed-in ones.

import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { replaceIniSection } from './ini-file.js';
import type { ScanConfig, StaticCredentials } from './schema.js';

export type CredentialSource = { kind: 'config-file' } | { kind: 'default-chain' };

export interface FoundCredentials {
  provider: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  source: CredentialSource;
}

/**
 * Credentials from [credentials] in config.ini, else the SDK default chain (env, profile, SSO,
 * container and instance roles). Undefined when nothing in the chain yields credentials.
 */
export async function findCredentials(config: Pick<ScanConfig, 'credentials' | 'profile'>): Promise<FoundCredentials | undefined> {
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
