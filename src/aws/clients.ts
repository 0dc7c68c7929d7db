// The one place AWS SDK clients are made: region, credentials, endpoint, retries, timeouts and
// the call counter are set here for every client, so no collector configures its own.

import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { MiddlewareStack } from '@smithy/types';
import { CallCounter } from './call-counter.js';

export interface ClientOptions {
  region: string;
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  profile?: string;
  /** One endpoint for every service (the local emulator). AWS_ENDPOINT_URL[_SERVICE] also work. */
  endpointUrl?: string;
  maxAttempts: number;
  requestTimeoutMs: number;
}

interface MiddlewareContext {
  clientName?: string;
  commandName?: string;
}

// Every SDK v3 client has this shape; the constructor is typed loosely so one factory serves all.
/* eslint-disable @typescript-eslint/no-explicit-any */
interface SdkClient {
  middlewareStack: MiddlewareStack<any, any>;
  destroy(): void;
}
export type ClientClass<C extends SdkClient> = new (config: any) => C;
/* eslint-enable @typescript-eslint/no-explicit-any */
type Next = (args: unknown) => Promise<unknown>;

export class ClientFactory {
  private readonly cache = new Map<string, SdkClient>();

  constructor(
    readonly options: ClientOptions,
    readonly counter: CallCounter = new CallCounter(),
  ) {}

  get<C extends SdkClient>(Client: ClientClass<C>, region = this.options.region): C {
    const key = `${Client.name}@${region}`;
    const cached = this.cache.get(key);
    if (cached) return cached as C;
    const client = new Client({
      region,
      maxAttempts: this.options.maxAttempts,
      retryMode: 'adaptive',
      requestHandler: { requestTimeout: this.options.requestTimeoutMs, connectionTimeout: 5_000 },
      ...(this.options.credentials ? { credentials: this.options.credentials } : {}),
      ...(this.options.profile ? { profile: this.options.profile } : {}),
      ...(this.options.endpointUrl ? { endpoint: this.options.endpointUrl } : {}),
      // The emulator cannot read gzip request bodies; compression only matters for writes anyway.
      disableRequestCompression: true,
    });
    this.instrument(client);
    this.cache.set(key, client);
    return client;
  }

  private instrument(client: SdkClient): void {
    const counter = this.counter;
    const names = (context: MiddlewareContext): [string, string] => [
      (context.clientName ?? 'Unknown').replace(/Client$/, ''),
      (context.commandName ?? 'Unknown').replace(/Command$/, ''),
    ];
    client.middlewareStack.add(
      ((next: Next, context: MiddlewareContext) => async (args: unknown) => {
        const [service, operation] = names(context);
        counter.call(service, operation);
        try {
          return await next(args);
        } catch (error) {
          counter.failure(service, operation);
          throw error;
        }
      }) as never,
      { step: 'initialize', name: 'awsMonitorCallCounter' },
    );
    // The deserialize step runs once per attempt, inside the retry loop.
    client.middlewareStack.add(
      ((next: Next, context: MiddlewareContext) => async (args: unknown) => {
        const [service, operation] = names(context);
        counter.request(service, operation);
        return next(args);
      }) as never,
      { step: 'deserialize', name: 'awsMonitorRequestCounter' },
    );
  }

  destroy(): void {
    for (const client of this.cache.values()) client.destroy();
    this.cache.clear();
  }
}
