// The credentials a command runs with: the SDK default chain or config.ini; at a terminal with
// none, asked for and stored in config.ini (0600), but never where one `git add .` would commit them.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { findCredentials, storeCredentials, toIdentity } from '../config/credentials.js';
import type { ScanConfig } from '../config/schema.js';
import { UserError } from '../errors.js';
import type { CliIo } from './io.js';
import { promptForCredentials } from './terminal-prompt.js';

export async function baseCredentials(config: ScanConfig, io: CliIo): Promise<AwsCredentialIdentity | AwsCredentialIdentityProvider> {
  const found = await findCredentials(config, io.env);
  if (found) return found.provider;
  const profile = config.profile ?? io.env.AWS_PROFILE;
  if (!io.stdin.isTTY) {
    throw new UserError(
      `no AWS credentials found${profile ? ` (profile ${profile} has none: aws sso login --profile ${profile}, or aws configure --profile ${profile})` : ''}. Provide them in one of these ways and run again:\n` +
        '  - a profile: --profile NAME, AWS_PROFILE=NAME, or [aws] profile = NAME in config.ini (aws configure / aws sso login)\n' +
        '  - AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN) in the environment\n' +
        '  - a [credentials] section in config.ini (run aws-monitor once at a terminal to be asked for them)',
    );
  }
  const path = config.configFile ?? resolve(io.cwd, 'config.ini');
  const refusal = storageRefusal(path);
  if (refusal) throw new UserError(refusal);
  const typed = await promptForCredentials({ input: io.stdin, output: io.prompt ?? io.stderr });
  storeCredentials(path, typed);
  io.stderr.write(`Saved the credentials to ${path} ([credentials], file mode 0600).\n`);
  return toIdentity(typed);
}

/** The git work tree holding `path`, if any: the nearest directory above it with a .git entry. */
export function workTreeOf(path: string): string | undefined {
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Why long-lived keys must not be written to `path`, or undefined when it is safe: outside any git
 * work tree, or ignored by the one it is in (as `git check-ignore` says).
 */
export function storageRefusal(path: string): string | undefined {
  const tree = workTreeOf(path);
  if (!tree) return undefined;
  const check = spawnSync('git', ['-C', tree, 'check-ignore', '-q', '--no-index', '--', resolve(path)], { stdio: 'ignore', timeout: 5_000 });
  if (check.status === 0) return undefined;
  const why =
    check.status === 1
      ? `it is inside the git work tree ${tree} and not ignored there, so one \`git add .\` would commit the keys`
      : `it is inside the git work tree ${tree} and git could not say whether it is ignored`;
  return (
    `not storing AWS keys in ${resolve(path)}: ${why}.\n` +
    `Keep the keys out of the repository instead: \`aws configure --profile aws-monitor\`, then run with --profile aws-monitor (or AWS_PROFILE=aws-monitor).\n` +
    `Or add ${resolve(path).slice(tree.length + 1) || 'config.ini'} to ${join(tree, '.gitignore')} and run again.`
  );
}
