// Every answer read whole before the SDK parses it: under a size cap, abandoned at the run's
// deadline, and refused when it is not an AWS API answer. A proxy's or captive portal's HTML page
// with HTTP 200 parses as an empty XML result in the query-protocol SDKs (ELBv2, RDS,
// CloudFormation, STS): without this, "no load balancers" instead of a coverage gap.

/** The answer is not what the API sends: an HTML page, a wrong endpoint, a truncated body. */
export class UnexpectedResponseError extends Error {
  override name = 'UnexpectedResponseError';
}

/** More than any answer of the APIs we call (GetMetricData's 100,800 points are a few MB). */
export const MAX_RESPONSE_BYTES = 64 * 1_048_576;

// Services whose SDK speaks the AWS query protocol: an answer's root element is <OperationResponse>.
const QUERY_PROTOCOL = new Set(['STS', 'RDS', 'CloudFormation', 'ElasticLoadBalancingV2']);

interface HttpResponseShape {
  statusCode: number;
  headers: Record<string, string | undefined>;
  body?: unknown;
}

interface RequestShape {
  protocol?: string;
  hostname?: string;
  port?: number;
}

/** Where a failed call went, attached to its error so the message can name the host. */
export const ENDPOINT_OF = Symbol('aws-monitor endpoint');

type Next = (args: { request?: unknown }) => Promise<{ response: unknown }>;

/**
 * A deserialize-step middleware placed just inside the SDK's deserializer: it sees the raw answer
 * of every attempt, reads it into memory, checks it, and hands the bytes on.
 */
export function responseGuard(signal: () => AbortSignal | undefined, maxBytes = MAX_RESPONSE_BYTES) {
  return (next: Next, context: { clientName?: string; commandName?: string }) =>
    async (args: { request?: unknown }): Promise<{ response: unknown }> => {
      const service = (context.clientName ?? '').replace(/Client$/, '');
      const operation = (context.commandName ?? '').replace(/Command$/, '');
      let result: { response: unknown };
      try {
        result = await next(args);
      } catch (error) {
        tagEndpoint(error, args.request as RequestShape | undefined);
        throw error;
      }
      const response = result.response as HttpResponseShape;
      try {
        const body = await readBody(response.body, maxBytes, signal());
        response.body = body;
        if (response.statusCode >= 200 && response.statusCode < 300) checkShape(body, response, service, operation);
      } catch (error) {
        tagEndpoint(error, args.request as RequestShape | undefined);
        throw error;
      }
      return result;
    };
}

function tagEndpoint(error: unknown, request: RequestShape | undefined): void {
  if (!request?.hostname || typeof error !== 'object' || error === null) return;
  const port = request.port ? `:${request.port}` : '';
  try {
    Object.defineProperty(error, ENDPOINT_OF, { value: `${request.protocol ?? 'https:'}//${request.hostname}${port}`, enumerable: false, configurable: true });
  } catch {
    // A frozen error keeps its own message.
  }
}

/** The body as bytes: a Node stream read to its end (at most maxBytes), or bytes as given. */
async function readBody(body: unknown, maxBytes: number, signal: AbortSignal | undefined): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array();
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return new TextEncoder().encode(body);
  const stream = body as NodeJS.ReadableStream & { destroy?: (error?: Error) => void };
  if (typeof stream.on !== 'function') return new Uint8Array();
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const fail = (error: Error) => {
      cleanup();
      stream.destroy?.(error);
      reject(error);
    };
    const onAbort = () => fail((signal?.reason as Error | undefined) ?? new Error('aborted'));
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += bytes.length;
      if (size > maxBytes) fail(new UnexpectedResponseError(`the answer is larger than ${Math.round(maxBytes / 1_048_576)} MiB, far more than this API sends: not read`));
      else chunks.push(bytes);
    };
    const onEnd = () => {
      cleanup();
      resolve(new Uint8Array(Buffer.concat(chunks, size)));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}

const HTML = /^\s*(<!doctype\s+html|<html[\s>])/i;

function checkShape(body: Uint8Array, response: HttpResponseShape, service: string, operation: string): void {
  const head = Buffer.from(body.subarray(0, 512)).toString('utf8');
  if (HTML.test(head)) {
    throw new UnexpectedResponseError(`HTTP ${response.statusCode} with an HTML page instead of an AWS answer: a proxy, a captive portal or a wrong endpoint URL`);
  }
  if (QUERY_PROTOCOL.has(service) && !new RegExp(`<${operation}Response[\\s>]`).test(head)) {
    throw new UnexpectedResponseError(`HTTP ${response.statusCode} whose body is not a ${operation} answer: a proxy or a wrong endpoint URL`);
  }
}
