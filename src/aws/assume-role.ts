// Credentials for a member account (`[account:NAME] role_arn`), assumed from the base ones.

import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import type { AccountConfig } from '../config/schema.js';
import type { ClientFactory } from './clients.js';

// An hour: the longest a role allows by default; a scan of one account takes seconds to minutes.
const SESSION_SECONDS = 3600;

export async function assumeRole(clients: ClientFactory, account: AccountConfig): Promise<AwsCredentialIdentity> {
  const response = await clients.get(STSClient).send(
    new AssumeRoleCommand({
      RoleArn: account.roleArn,
      RoleSessionName: account.sessionName ?? 'aws-monitor',
      DurationSeconds: SESSION_SECONDS,
      ...(account.externalId ? { ExternalId: account.externalId } : {}),
    }),
  );
  const c = response.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error('AssumeRole answered without credentials');
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
    ...(c.Expiration ? { expiration: c.Expiration } : {}),
  };
}
