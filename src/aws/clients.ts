// The one place AWS SDK clients are made: region, credentials, endpoint, retries, timeouts and
// the call counter are set here for every client, so no collector configures its own.

import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import type { MiddlewareStack } from '@smithy/types';
import { CallCounter } from './call-counter.js';
import { responseGuard } from './response-guard.js';

export interface ClientOptions {
  region: string;
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  profile?: string;
  /** One endpoint for every service (the local emulator). AWS_ENDPOINT_URL[_SERVICE] also work. */
  endpointUrl?: string;
  maxAttempts: number;
  /** Per HTTP attempt: a request with no answer this long is abandoned (and retried). */
  requestTimeoutMs: number;
  /**
   * 'standard' (default): up to maxAttempts per call, the SDK's retry quota per client, and the
   * backoff of retryStrategy() below (full jitter, 50 ms doubling, at most 5 s).
   * 'adaptive' adds the SDK's client-side rate limiter (one per client, so per service): after a
   * throttle it cuts the client's send rate to twice its measured rate, at least 0.5 requests/s,
   * which for a scan's few, bursty calls per service mostly adds waiting. See BENCHMARKS.md.
   */
  retryMode?: 'standard' | 'adaptive';
}

export interface ClientTuning {
  maxAttempts?: number;
  requestTimeoutMs?: number;
}

interface MiddlewareContext {
  clientName?: string;
  commandName?: string;
}

// Every SDK v3 client has this shape; the constructor is typed loosely so one factory serves all.
/* eslint-disable @typescript-eslint/no-explicit-any */
interface SdkClient {
  middlewareStack: MiddlewareStack<any, any>;
  send(command: any, options?: any, cb?: any): Promise<any>;
  destroy(): void;
}
export type ClientClass<C extends SdkClient> = new (config: any) => C;
/* eslint-enable @typescript-eslint/no-explicit-any */
type Next = (args: unknown) => Promise<unknown>;

const BACKOFF_BASE_MS = 50;
const MAX_BACKOFF_MS = 5_000;

let factories = 0;

export class ClientFactory {
  private readonly cache: Map<string, SdkClient>;
  // Clients are cached per factory: each binds its factory's signal when made.
  private readonly id = ++factories;
  /**
   * Abandons every call of every client made here once aborted (the scan's deadline): calls in
   * flight, waiting in a retry backoff, or not sent yet. A call given its own abortSignal keeps it
   * (StopQuery on the way out must still reach the service). Set at construction, never after.
   */
  readonly signal: AbortSignal | undefined;

  constructor(
    readonly options: ClientOptions,
    readonly counter: CallCounter = new CallCounter(),
    bound: { signal?: AbortSignal; sharedCache?: Map<string, SdkClient> } = {},
  ) {
    this.signal = bound.signal;
    this.cache = bound.sharedCache ?? new Map();
  }

  /**
   * The same settings and call counter, every call abandoned once `signal` aborts. Its clients
   * live in this factory's cache, so destroying either factory closes both.
   */
  withSignal(signal: AbortSignal): ClientFactory {
    return new ClientFactory(this.options, this.counter, { signal, sharedCache: this.cache });
  }

  /** A client of this factory; `tuning` gives one call of known size its own attempts and timeout (a separate client). */
  get<C extends SdkClient>(Client: ClientClass<C>, region = this.options.region, tuning: ClientTuning = {}): C {
    const maxAttempts = tuning.maxAttempts ?? this.options.maxAttempts;
    const requestTimeoutMs = tuning.requestTimeoutMs ?? this.options.requestTimeoutMs;
    const key = `${this.id}:${Client.name}@${region}/${maxAttempts}/${requestTimeoutMs}`;
    const cached = this.cache.get(key);
    if (cached) return cached as C;
    const client = new Client({
      region,
      maxAttempts,
      ...(this.options.retryMode === 'adaptive' ? { retryMode: 'adaptive' } : { retryStrategy: retryStrategy(maxAttempts) }),
      // throwOnRequestTimeout: without it this SDK only logs a warning and the request waits forever.
      requestHandler: { requestTimeout: requestTimeoutMs, throwOnRequestTimeout: true, connectionTimeout: 5_000 },
      ...(this.options.credentials ? { credentials: this.options.credentials } : {}),
      ...(this.options.profile ? { profile: this.options.profile } : {}),
      ...(this.options.endpointUrl ? { endpoint: this.options.endpointUrl } : {}),
      // The emulator cannot read gzip request bodies; compression only matters for writes anyway.
      disableRequestCompression: true,
    });
    this.instrument(client);
    this.bindSignal(client);
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
    // Inside the deserializer: the raw answer of each attempt, read whole and checked before parsing.
    client.middlewareStack.addRelativeTo(responseGuard(() => this.signal) as never, { relation: 'after', toMiddleware: 'deserializerMiddleware', name: 'awsMonitorResponseGuard' });
  }

  private bindSignal(client: SdkClient): void {
    const send = client.send.bind(client);
    client.send = (command: unknown, options?: unknown, cb?: unknown) => {
      const signal = this.signal;
      if (!signal || typeof options === 'function' || cb !== undefined || (options as { abortSignal?: unknown } | undefined)?.abortSignal) return send(command, options, cb);
      if (signal.aborted) return Promise.reject(signal.reason as Error);
      // The SDK aborts the HTTP request; the race also ends a wait the SDK would not interrupt.
      let onAbort = () => undefined as void;
      const aborted = new Promise<never>((_, reject) => {
        onAbort = () => reject(signal.reason as Error);
        signal.addEventListener('abort', onAbort, { once: true });
      });
      return Promise.race([send(command, { ...(options as object | undefined), abortSignal: signal }), aborted]).finally(() => signal.removeEventListener('abort', onAbort));
    };
  }

  destroy(): void {
    for (const client of this.cache.values()) client.destroy();
    this.cache.clear();
  }
}

/**
 * The SDK's standard strategy (its retry quota, its error classes), with one backoff for every
 * retryable error: full jitter over 50 ms x 2^attempt, at most 5 s. The SDK's own base for
 * throttling is 500 ms doubling to 20 s, made for clients that keep calling; a scan makes a few
 * dependent calls per service, so long waits stack up along each chain (20 % throttling took the
 * demo scan from 4 s to 17-30 s). The deadline bounds the whole run either way.
 */
export function retryStrategy(maxAttempts: number, random: () => number = Math.random): ConfiguredRetryStrategy {
  return new ConfiguredRetryStrategy(maxAttempts, (attempt) => Math.floor(random() * Math.min(MAX_BACKOFF_MS, BACKOFF_BASE_MS * 2 ** attempt)));
}
