// Runs one AWS call for a collector. A failure after the SDK's retries becomes a coverage gap
// naming the API and the IAM action, and the collector carries on without that piece.

import { CredentialsUnusableError, describeAwsError, iamAction, isAccessDenied, isCredentialsError, isThrottling } from '../aws/aws-errors.js';
import { deadlineOf, deadlineReason } from '../deadline.js';
import type { CollectorContext } from './types.js';

export interface AttemptScope {
  /** The SDK service name, e.g. ECS, CloudFormation (as in the client class name). */
  sdkService: string;
  operation: string;
  /** What is not checked if this fails: "services of cluster pp-web-production". */
  scope: string;
}

export async function attempt<T>(context: CollectorContext, collectorId: string, what: AttemptScope, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await context.limit(call);
  } catch (error) {
    // Bad credentials make every call fail the same way: stop the scan with one clear message.
    if (isCredentialsError(error)) throw new CredentialsUnusableError(describeAwsError(error));
    context.gap({
      service: collectorId,
      operation: what.operation,
      iamAction: iamAction(what.sdkService, what.operation),
      scope: what.scope,
      reason: failureReason(error, iamAction(what.sdkService, what.operation)),
    });
    return undefined;
  }
}

/** Why a call failed after the SDK's retries, in words a coverage gap can show: the grant to add, or the limit hit. */
export function failureReason(error: unknown, action: string | undefined): string {
  const deadline = deadlineOf(error);
  if (deadline) return deadlineReason(deadline.deadlineMs, 'this call was answered');
  if (isAccessDenied(error)) return `access denied: grant ${action} (${describeAwsError(error)})`;
  if (isThrottling(error)) return `throttled beyond retries: ${describeAwsError(error)}`;
  return describeAwsError(error);
}

/**
 * Follows a NextToken-style pagination to the end, one `attempt` per page. A page that fails
 * keeps what earlier pages returned and records the gap.
 */
export async function paginate<T>(
  context: CollectorContext,
  collectorId: string,
  what: AttemptScope,
  fetchPage: (token: string | undefined) => Promise<{ items: T[] | undefined; next: string | undefined }>,
): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  do {
    const page = await attempt(context, collectorId, what, () => fetchPage(token));
    if (!page) break;
    all.push(...(page.items ?? []));
    token = page.next;
  } while (token);
  return all;
}
