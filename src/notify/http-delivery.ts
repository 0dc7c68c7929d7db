// One HTTP POST to a notification service, retried the way the services ask: on 429 and 5xx (and
// on a connection that failed), with exponential backoff and jitter, honouring Retry-After, and
// never longer in all than a bound, so a slow receiver cannot hold up the report. Errors are
// described in our own words: a destination URL holds its secret (Slack, Teams) and must never
// reach a log, so messages say what happened, not where.

import { setTimeout as delay } from 'node:timers/promises';
import { visible } from '../report/output-safety.js';

export interface OutgoingRequest {
  url: string;
  method?: 'POST' | 'PATCH' | 'GET';
  headers: Record<string, string>;
  body?: string;
}

export interface DeliveryOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** No retry starts past this many ms after the first attempt. */
  maxTotalMs: number;
  /** Per attempt. */
  timeoutMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  /** Values that must not appear in an error (URLs, keys, tokens): replaced by a marker. */
  secrets: readonly string[];
  /** Statuses retried besides 429 and 5xx (GitHub answers its secondary rate limit with 403 and Retry-After). */
  retryWhen?: (status: number, headers: Headers) => boolean;
}

export const DEFAULT_DELIVERY: Omit<DeliveryOptions, 'secrets'> = {
  maxAttempts: 4,
  maxTotalMs: 30_000,
  timeoutMs: 10_000,
  sleep: (ms) => delay(ms),
  now: () => Date.now(),
};

export interface DeliveryResult {
  ok: boolean;
  status?: number;
  attempts: number;
  /** The response body (ok), or why it failed in words safe to print. */
  body?: string;
  headers?: Headers;
  reason?: string;
}

const RETRY_BASE_MS = 500;
const RETRY_CAP_MS = 8_000;

/** Retry-After in ms: delay-seconds or an HTTP date (RFC 9110 section 10.2.3); undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d{1,9}$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export async function deliver(request: OutgoingRequest, options: DeliveryOptions): Promise<DeliveryResult> {
  const started = options.now();
  let last: DeliveryResult = { ok: false, attempts: 0, reason: 'not sent' };
  for (let attempt = 1; attempt <= options.maxAttempts; attempt += 1) {
    let wait: number | undefined;
    try {
      const response = await fetch(request.url, {
        method: request.method ?? 'POST',
        headers: request.headers,
        ...(request.body !== undefined ? { body: request.body } : {}),
        redirect: 'error',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      const body = await response.text();
      if (response.ok) return { ok: true, status: response.status, attempts: attempt, body, headers: response.headers };
      last = { ok: false, status: response.status, attempts: attempt, headers: response.headers, body, reason: `HTTP ${response.status}${detail(body, options.secrets)}` };
      const retryable = response.status === 429 || response.status >= 500 || (options.retryWhen?.(response.status, response.headers) ?? false);
      if (!retryable) return last;
      wait = retryAfterMs(response.headers.get('retry-after'), options.now());
    } catch (error) {
      last = { ok: false, attempts: attempt, reason: transportReason(error) };
    }
    if (attempt === options.maxAttempts) break;
    const backoff = wait ?? Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
    const elapsed = options.now() - started;
    if (elapsed + backoff > options.maxTotalMs) {
      last = {
        ...last,
        reason: `${last.reason}; gave up after ${attempt} attempt${attempt === 1 ? '' : 's'}${wait !== undefined ? ` (asked to retry after ${Math.ceil(wait / 1000)} s)` : ''}`,
      };
      return last;
    }
    await options.sleep(backoff);
  }
  return { ...last, reason: `${last.reason}; gave up after ${last.attempts} attempts` };
}

/** A short, printable excerpt of an error body (Slack answers `invalid_payload`, PagerDuty a JSON message). */
function detail(body: string, secrets: readonly string[]): string {
  const text = scrub(visible(body.trim()).slice(0, 200), secrets);
  return text ? `: ${text}` : '';
}

function transportReason(error: unknown): string {
  const name = (error as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return 'timed out';
  const cause = (error as { cause?: { code?: string } })?.cause;
  const code = cause?.code ?? (error as NodeJS.ErrnoException)?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection reset';
  if (code && /^[A-Z_]+$/.test(code)) return `connection failed (${code})`;
  if ((error as Error)?.message?.includes('redirect')) return 'answered with a redirect (not followed)';
  return 'connection failed';
}

/** The text with every secret value (and a URL's path, which is where webhook URLs keep theirs) replaced. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    out = out.split(secret).join('[redacted:notify-secret]');
    try {
      const url = new URL(secret);
      if (url.pathname.length > 4) out = out.split(url.pathname).join('[redacted:notify-secret]');
    } catch {
      // not a URL: the value alone was enough
    }
  }
  return out;
}
