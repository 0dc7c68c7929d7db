// GitHub OIDC -> AWS: fetch the job's ID token, then AssumeRoleWithWebIdentity, retried with jitter.

import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import { describeAwsError } from '../aws/aws-errors.js';
import type { ClientFactory } from '../aws/clients.js';
import { UserError } from '../errors.js';

export const OIDC_AUDIENCE = 'sts.amazonaws.com';
const MAX_ATTEMPTS = 5;
// Errors worth another try: STS or the IdP having a bad moment, or the token not yet valid.
const RETRYABLE = /IDPCommunicationError|InvalidIdentityToken|Throttling|ServiceUnavailable|InternalFailure|TimeoutError|ECONNRESET/;

export interface OidcOptions {
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
  /** core.getIDToken */
  getIdToken: (audience: string) => Promise<string>;
  /** A factory without credentials: AssumeRoleWithWebIdentity is an unsigned call. */
  clients: ClientFactory;
  sleep?: (ms: number) => Promise<void>;
}

export async function assumeRoleWithOidc(options: OidcOptions): Promise<AwsCredentialIdentity> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let token: string;
  try {
    token = await options.getIdToken(OIDC_AUDIENCE);
  } catch (error) {
    throw new UserError(
      `could not get a GitHub OIDC token (${(error as Error).message}); give the job "permissions: id-token: write", or drop role-to-assume and configure credentials in an earlier step`,
    );
  }
  const sts = options.clients.get(STSClient);
  for (let attempt = 1; ; attempt += 1) {
    try {
      const result = await sts.send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: options.roleArn,
          RoleSessionName: options.sessionName,
          WebIdentityToken: token,
          DurationSeconds: options.durationSeconds,
        }),
      );
      const c = result.Credentials;
      if (!c?.AccessKeyId || !c.SecretAccessKey) throw new UserError(`AssumeRoleWithWebIdentity for ${options.roleArn} returned no credentials`);
      return {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
        ...(c.Expiration ? { expiration: c.Expiration } : {}),
      };
    } catch (error) {
      if (error instanceof UserError) throw error;
      const retryable = RETRYABLE.test(`${(error as Error).name} ${(error as Error).message}`);
      if (!retryable || attempt >= MAX_ATTEMPTS) {
        throw new UserError(
          `could not assume ${options.roleArn} with the GitHub OIDC token: ${describeAwsError(error)}. Check the role's trust policy allows token.actions.githubusercontent.com for this repository`,
        );
      }
      // Full jitter: 0..(200ms * 2^attempt), so parallel jobs do not retry in lockstep.
      await sleep(Math.random() * 200 * 2 ** attempt);
    }
  }
}
