// Which account the credentials belong to (sts:GetCallerIdentity): asked first, since nothing
// else can be checked or attributed without it. Fewer attempts and a shorter timeout than other
// calls, so a scan with no route to AWS says so quickly.

import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { CredentialsUnusableError, describeAwsError, isCredentialsError } from './aws-errors.js';
import type { ClientFactory } from './clients.js';
import { UnexpectedResponseError } from './response-guard.js';

const IDENTITY_ATTEMPTS = 3;
const IDENTITY_TIMEOUT_MS = 10_000;

export async function callerAccount(clients: ClientFactory): Promise<string> {
  const tuning = { maxAttempts: Math.min(IDENTITY_ATTEMPTS, clients.options.maxAttempts), requestTimeoutMs: Math.min(IDENTITY_TIMEOUT_MS, clients.options.requestTimeoutMs) };
  try {
    const identity = await clients.get(STSClient, undefined, tuning).send(new GetCallerIdentityCommand({}));
    if (!identity.Account) throw new UnexpectedResponseError('sts:GetCallerIdentity answered without an account id');
    return identity.Account;
  } catch (error) {
    if (isCredentialsError(error)) throw new CredentialsUnusableError(describeAwsError(error));
    throw error;
  }
}
