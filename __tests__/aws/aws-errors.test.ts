// AWS and transport errors named for what they are, with what to check (issue 15: connection
// refused, reset, timeouts and a region that does not exist all read as "unexpected error ... report it").
// The shapes are those the SDK (node-http-handler) throws, as captured against local servers.

import { describeAwsError, isUnreachable, transportProblem } from '../../src/aws/aws-errors.js';
import { UnexpectedResponseError } from '../../src/aws/response-guard.js';

const sdkError = (fields: Record<string, unknown>) => Object.assign(new Error(String(fields.message ?? '')), fields);

describe('errors on the way to AWS', () => {
  it('names a refused connection and what to check', () => {
    const error = sdkError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:1', address: '127.0.0.1', port: 1, $metadata: { attempts: 3 } });
    expect(describeAwsError(error)).toBe(
      'connection refused by 127.0.0.1:1: nothing is listening there; check the endpoint URL ([aws] endpoint_url, AWS_ENDPOINT_URL), the proxy and the network (after 3 attempts)',
    );
    expect(isUnreachable(error)).toBe(true);
  });

  it('names a reset connection', () => {
    expect(transportProblem(sdkError({ name: 'TimeoutError', code: 'ECONNRESET', message: 'connect ECONNRESET 127.0.0.1:32813' }))).toMatch(
      /^connection reset by 127\.0\.0\.1:32813: a proxy, firewall or VPN cut it/,
    );
  });

  it('names an endpoint that accepted the request and never answered, with the timeout', () => {
    const error = sdkError({
      name: 'TimeoutError',
      code: 'ETIMEDOUT',
      message: '@smithy/node-http-handler - [ERROR] a request has exceeded the configured 1500 ms requestTimeout.',
    });
    expect(transportProblem(error)).toBe(
      'no answer from the endpoint within 1.5 s ([aws] request_timeout): the endpoint accepted the request but never answered, or the network drops traffic',
    );
  });

  it('names a host that does not resolve, and the region it points at', () => {
    const error = sdkError({ code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND sts.us-east-9.amazonaws.com', hostname: 'sts.us-east-9.amazonaws.com' });
    expect(transportProblem(error)).toBe(
      'host sts.us-east-9.amazonaws.com not found: check that us-east-9 is a region you use (--region, AWS_REGION, the profile), and DNS and the network',
    );
  });

  it('names an answer that is not an AWS answer', () => {
    const error = new UnexpectedResponseError('HTTP 200 with an HTML page instead of an AWS answer: a proxy, a captive portal or a wrong endpoint URL');
    expect(describeAwsError(error)).toBe('unreadable response: HTTP 200 with an HTML page instead of an AWS answer: a proxy, a captive portal or a wrong endpoint URL');
    expect(isUnreachable(error)).toBe(true);
  });

  it('says what to do about throttling, and leaves AWS answers such as access denied unnamed as transport', () => {
    const throttled = sdkError({ name: 'ThrottlingException', message: 'Rate exceeded', $metadata: { httpStatusCode: 400, attempts: 5 } });
    expect(describeAwsError(throttled)).toBe('ThrottlingException: Rate exceeded (after 5 attempts); run again later, or lower [scan] concurrency');
    const denied = sdkError({ name: 'AccessDeniedException', message: 'not authorized', $metadata: { httpStatusCode: 403 } });
    expect(isUnreachable(denied)).toBe(false);
  });
});
