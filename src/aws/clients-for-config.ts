// The engine's client set-up from the config and the base credentials: one ClientFactory per
// account and region, with the config's endpoint, retries and timeout.

import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { ScanConfig } from '../config/schema.js';
import type { CallCounter } from './call-counter.js';
import { ClientFactory } from './clients.js';

/** Clients for one region: with `credentials`, else the base ones; API calls counted on `counter`. */
export type ClientsFor = (region: string, counter: CallCounter, credentials?: AwsCredentialIdentity) => ClientFactory;

/**
 * The engine's clientsFor from the config and the base credentials: the config's endpoint, retries
 * and timeout for every client; an assumed role's credentials replace the base ones (and its profile).
 */
export function clientsForConfig(config: ScanConfig, base: AwsCredentialIdentity | AwsCredentialIdentityProvider): ClientsFor {
  return (region, counter, assumed) =>
    new ClientFactory(
      {
        region,
        credentials: assumed ?? base,
        ...(config.profile && !assumed ? { profile: config.profile } : {}),
        ...(config.endpointUrl ? { endpointUrl: config.endpointUrl } : {}),
        maxAttempts: config.maxAttempts,
        requestTimeoutMs: config.requestTimeoutMs,
      },
      counter,
    );
}
