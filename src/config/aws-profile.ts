// The AWS profile in use and the region it names, read as the AWS CLI and SDK read them: the
// profile from [aws] profile (--profile) or AWS_PROFILE, else `default`; its region from
// ~/.aws/config (AWS_CONFIG_FILE), then ~/.aws/credentials (AWS_SHARED_CREDENTIALS_FILE). A profile
// that was named and exists in neither file is an error that names it, not "no credentials".

import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import type { ScanConfig } from './schema.js';
import { SETTINGS } from './settings.js';

export interface SharedFiles {
  configPath: string;
  credentialsPath: string;
  /** Profile name -> its keys, from each file (undefined: the file could not be read). */
  config?: Map<string, Map<string, string>>;
  credentials?: Map<string, Map<string, string>>;
}

export function sharedFilePaths(env: Record<string, string | undefined>): { configPath: string; credentialsPath: string } {
  const home = env.HOME || env.USERPROFILE || homedir();
  return {
    configPath: env.AWS_CONFIG_FILE || join(home, '.aws', 'config'),
    credentialsPath: env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials'),
  };
}

export function readSharedFiles(env: Record<string, string | undefined>): SharedFiles {
  const paths = sharedFilePaths(env);
  const config = readProfiles(paths.configPath, 'config');
  const credentials = readProfiles(paths.credentialsPath, 'credentials');
  return { ...paths, ...(config ? { config } : {}), ...(credentials ? { credentials } : {}) };
}

/**
 * The profiles of one shared file: `[profile name]` and `[default]` in the config file, `[name]` in
 * the credentials file. Only top-level `key = value` lines are kept; indented sub-settings, other
 * section kinds (`[sso-session x]`, `[services x]`) and lines it does not understand are skipped,
 * as the SDK skips them.
 */
export function parseProfiles(text: string, kind: 'config' | 'credentials'): Map<string, Map<string, string>> {
  const profiles = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const section = /^\[\s*([^\]]*?)\s*\]$/.exec(trimmed);
    if (section) {
      const name = profileName(section[1]!, kind);
      current = name === undefined ? undefined : (profiles.get(name) ?? new Map<string, string>());
      if (name !== undefined && current) profiles.set(name, current);
      continue;
    }
    // An indented line continues the previous key (s3 =\n  max_concurrent_requests = 10).
    if (!current || /^\s/.test(line)) continue;
    const index = trimmed.indexOf('=');
    if (index <= 0) continue;
    current.set(trimmed.slice(0, index).trim().toLowerCase(), trimmed.slice(index + 1).trim());
  }
  return profiles;
}

function profileName(header: string, kind: 'config' | 'credentials'): string | undefined {
  if (kind === 'credentials') return header;
  if (header === 'default') return 'default';
  const match = /^profile\s+(.+)$/.exec(header);
  return match ? match[1]!.trim() : undefined;
}

function readProfiles(path: string, kind: 'config' | 'credentials'): Map<string, Map<string, string>> | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  return parseProfiles(text, kind);
}

/**
 * The config with the profile checked and, when no setting or environment variable named a region,
 * the profile's region: `AWS_PROFILE=prod` whose profile says eu-west-1 scans eu-west-1, as the AWS
 * CLI would, not the built-in default.
 */
export function resolveProfile(config: ScanConfig, env: Record<string, string | undefined>, files: SharedFiles = readSharedFiles(env)): ScanConfig {
  const named = config.profile
    ? { name: config.profile, where: config.profileSource ?? '[aws] profile' }
    : env.AWS_PROFILE?.trim()
      ? { name: env.AWS_PROFILE.trim(), where: 'env AWS_PROFILE' }
      : undefined;
  const name = named?.name ?? 'default';
  const inConfig = files.config?.get(name);
  const inCredentials = files.credentials?.get(name);
  if (named && !inConfig && !inCredentials) {
    const known = [...new Set([...(files.config?.keys() ?? []), ...(files.credentials?.keys() ?? [])])].sort();
    throw new UserError(
      `profile "${named.name}" (${named.where}) is in neither ${files.configPath} nor ${files.credentialsPath}; ` +
        (known.length > 0 ? `profiles there: ${known.slice(0, 20).join(', ')}` : 'no profiles are defined there (aws configure --profile NAME creates one)'),
    );
  }
  if (config.regionSource !== 'default') return config;
  const region = inConfig?.get('region') ?? inCredentials?.get('region');
  if (!region) return config;
  if (!SETTINGS.aws.region.spec.schema.safeParse(region).success) {
    throw new UserError(
      `profile "${name}" in ${inConfig?.has('region') ? files.configPath : files.credentialsPath}: region "${region.slice(0, 40)}" is not an AWS region code such as us-east-2`,
    );
  }
  return { ...config, region, regionSource: `profile ${name}` };
}
