// Classifies AWS SDK errors and describes them without leaking anything secret.

import { redact } from '../report/redact.js';

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
  return e?.name === 'CredentialsProviderError' || /Could not load credentials|InvalidClientTokenId|UnrecognizedClientException|ExpiredToken/i.test(`${e?.name ?? ''} ${e?.message ?? ''}`);
}

/** One line: "AccessDeniedException: User ... is not authorized (after 3 attempts)". */
export function describeAwsError(error: unknown): string {
  const e = error as SdkErrorShape;
  if (!(error instanceof Error) && typeof error !== 'object') return redact(String(error));
  // A body the SDK cannot parse (an HTML error page from a proxy, or an API the endpoint lacks).
  if (/Deserialization error|XML parse error|is not valid JSON/.test(e.message ?? '')) {
    const status = (error as { $response?: { statusCode?: number } }).$response?.statusCode ?? e.$metadata?.httpStatusCode;
    const why = status !== undefined && status < 300 ? 'the answer does not match the API format' : 'the endpoint may not implement this API';
    return `unreadable response${status ? ` (HTTP ${status})` : ''}: ${why}`;
  }
  const name = e.name && e.name !== 'Error' ? `${e.name}: ` : '';
  const attempts = e.$metadata?.attempts && e.$metadata.attempts > 1 ? ` (after ${e.$metadata.attempts} attempts)` : '';
  const message = (e.message ?? '').split('\n')[0]!.slice(0, 300);
  return redact(`${name}${message}${attempts}`);
}
