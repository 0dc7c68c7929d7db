// Classifies AWS SDK errors and describes them without leaking anything secret.

import { redact } from '../report/redact.js';
import { ENDPOINT_OF, UnexpectedResponseError } from './response-guard.js';

// The SDK's service name (client class without "Client") -> the IAM action prefix.
const IAM_PREFIX: Record<string, string> = {
  ECS: 'ecs',
  CloudFormation: 'cloudformation',
  STS: 'sts',
  RDS: 'rds',
  OpenSearch: 'es',
  ElasticLoadBalancingV2: 'elasticloadbalancing',
  DatabaseMigrationService: 'dms',
  WAFV2: 'wafv2',
  CloudWatch: 'cloudwatch',
  CloudWatchLogs: 'logs',
};

export function iamAction(sdkService: string, operation: string): string {
  return `${IAM_PREFIX[sdkService] ?? sdkService.toLowerCase()}:${operation}`;
}

interface SdkErrorShape {
  name?: string;
  message?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

export function isAccessDenied(error: unknown): boolean {
  const e = error as SdkErrorShape;
  return /AccessDenied|UnauthorizedOperation|AuthorizationError|NotAuthorized/i.test(e?.name ?? '') || e?.$metadata?.httpStatusCode === 403;
}

export function isThrottling(error: unknown): boolean {
  const e = error as SdkErrorShape;
  return /Throttl|TooManyRequests|RequestLimitExceeded|Rate exceeded/i.test(`${e?.name ?? ''} ${e?.message ?? ''}`) || e?.$metadata?.httpStatusCode === 429;
}

export function isCredentialsError(error: unknown): boolean {
  const e = error as SdkErrorShape;
  return (
    e?.name === 'CredentialsProviderError' ||
    /Could not load credentials|InvalidClientTokenId|UnrecognizedClientException|ExpiredToken/i.test(`${e?.name ?? ''} ${e?.message ?? ''}`)
  );
}

/**
 * Why a request never got an AWS answer, named for what it is and what to check: refused, reset,
 * timed out, a host that does not resolve (often a region that does not exist). Undefined for an
 * answer AWS gave (access denied, throttling, validation), which describeAwsError words itself.
 */
export function transportProblem(error: unknown): string | undefined {
  const e = error as SdkErrorShape & { [ENDPOINT_OF]?: string; hostname?: string; address?: string; port?: number };
  if (typeof e !== 'object' || e === null) return undefined;
  // An error from another realm (a VM sandbox) reaches us as the SDK's wrapper, with only its message left.
  const fromMessage = /\b(ECONNREFUSED|ECONNRESET|EPIPE|ENOTFOUND|EAI_AGAIN|ETIMEDOUT)\b(?: (\S+))?/.exec(e.message ?? '');
  const where = e[ENDPOINT_OF] ?? (e.hostname ? e.hostname : e.address ? `${e.address}${e.port ? `:${e.port}` : ''}` : (fromMessage?.[2] ?? 'the endpoint'));
  const code = e.code ?? fromMessage?.[1] ?? '';
  if (code === 'ECONNREFUSED')
    return `connection refused by ${where}: nothing is listening there; check the endpoint URL ([aws] endpoint_url, AWS_ENDPOINT_URL), the proxy and the network`;
  if (code === 'ECONNRESET' || code === 'EPIPE') return `connection reset by ${where}: a proxy, firewall or VPN cut it; check the network path to AWS`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    const host = e.hostname ?? /ENOTFOUND (\S+)/.exec(e.message ?? '')?.[1] ?? where;
    const region = /\.([a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d+)\.amazonaws\.com/.exec(host)?.[1];
    return `host ${host} not found${region ? `: check that ${region} is a region you use (--region, AWS_REGION, the profile)` : ''}, and DNS and the network`;
  }
  if (e.name === 'TimeoutError' || code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') {
    const ms = /(\d+) ?ms/.exec(e.message ?? '')?.[1];
    const what = /requestTimeout/.test(e.message ?? '')
      ? `no answer from ${where} within ${ms ? `${Number(ms) / 1000} s` : 'the request timeout'} ([aws] request_timeout)`
      : `could not connect to ${where} in time`;
    return `${what}: the endpoint accepted the request but never answered, or the network drops traffic`;
  }
  if (/^(CERT_|UNABLE_TO_VERIFY|DEPTH_ZERO|SELF_SIGNED|ERR_TLS)/.test(code))
    return `TLS certificate problem with ${where} (${code}): a proxy intercepting HTTPS? Set NODE_EXTRA_CA_CERTS to its CA`;
  return undefined;
}

/** One line: "AccessDeniedException: User ... is not authorized (after 3 attempts)". */
export function describeAwsError(error: unknown): string {
  const e = error as SdkErrorShape;
  if (!(error instanceof Error) && typeof error !== 'object') return redact(String(error));
  const attempts = e.$metadata?.attempts && e.$metadata.attempts > 1 ? ` (after ${e.$metadata.attempts} attempts)` : '';
  const transport = transportProblem(error);
  if (transport) return redact(`${transport}${attempts}`);
  if (error instanceof UnexpectedResponseError) return redact(`unreadable response: ${error.message}`);
  // A body the SDK cannot parse (an HTML error page from a proxy, or an API the endpoint lacks).
  if (/Deserialization error|XML parse error|is not valid JSON/.test(e.message ?? '')) {
    const status = (error as { $response?: { statusCode?: number } }).$response?.statusCode ?? e.$metadata?.httpStatusCode;
    const why = status !== undefined && status < 300 ? 'the answer does not match the API format' : 'the endpoint may not implement this API';
    return `unreadable response${status ? ` (HTTP ${status})` : ''}: ${why}`;
  }
  const name = e.name && e.name !== 'Error' ? `${e.name}: ` : '';
  const message = (e.message ?? '').split('\n')[0]!.slice(0, 300);
  const hint = isThrottling(error) ? '; run again later, or lower [scan] concurrency' : '';
  return redact(`${name}${message}${attempts}${hint}`);
}

/** An error of the path to AWS, not of the request: every other call would fail the same way. */
export function isUnreachable(error: unknown): boolean {
  return transportProblem(error) !== undefined || error instanceof UnexpectedResponseError;
}

/** Credentials every call would reject (expired, invalid): the scan stops with one clear message. */
export class CredentialsUnusableError extends Error {
  override name = 'CredentialsUnusableError';
}
