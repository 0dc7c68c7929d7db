// A fault-injecting proxy for the integration tests: a real HTTP server on 127.0.0.1 that forwards
// every request to the emulator and, by a seeded random draw per request, answers instead with a
// fault the way the service would: throttling and 5xx in the service's own protocol, HTTP 429,
// a reset connection, a slow answer, or no answer at all. Point the SDK at `endpoint`
// (`ClientFactory` endpointUrl / `[aws] endpoint_url`).
//
// The service is read from the SigV4 credential scope in the Authorization header
// (`Credential=AKID/20260101/us-east-2/<service>/aws4_request`), which every signed request has.

import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FaultPlan {
  /** Share of requests answered with the protocol's throttling error. */
  throttle?: number;
  /** Share answered 500 or 503 (alternately) with the protocol's error body. */
  serverError?: number;
  /** Share answered plain HTTP 429 Too Many Requests. */
  tooManyRequests?: number;
  /** Share whose connection is destroyed without an answer. */
  reset?: number;
  /** Share never answered (the client's request timeout must give up). */
  timeout?: number;
  /** Added before every answer, forwarded or faulty. */
  latencyMs?: number;
  /** Signing names of services that are down: every request answers 503 (or the socket is refused with downMode 'refuse'). */
  down?: string[];
  downMode?: '503' | 'refuse';
  /** Faults only for these signing names (default: every service). */
  only?: string[];
  seed?: number;
}

export type FaultKind = 'forwarded' | 'throttle' | 'serverError' | 'tooManyRequests' | 'reset' | 'timeout' | 'down';

export interface FaultProxy {
  endpoint: string;
  configure(plan: FaultPlan): void;
  /** Requests seen per signing name, and what was done with them. */
  counts(): Record<string, Record<FaultKind | 'requests', number>>;
  resetCounts(): void;
  close(): Promise<void>;
}

// The wire protocol of each signing name this tool calls.
type Protocol = 'json' | 'query' | 'rest-json';
const PROTOCOL: Record<string, Protocol> = {
  ecs: 'json',
  logs: 'json',
  dms: 'json',
  wafv2: 'json',
  // @aws-sdk/client-cloudwatch speaks AWS JSON 1.0 (query-compatible) since 2025.
  monitoring: 'json',
  rds: 'query',
  elasticloadbalancing: 'query',
  cloudformation: 'query',
  sts: 'query',
  es: 'rest-json',
};

/** mulberry32: small, fast, and the same sequence for the same seed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function serviceOf(req: IncomingMessage): string {
  const auth = req.headers.authorization ?? '';
  const scope = /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\/aws4_request/.exec(auth);
  if (scope) return scope[1]!;
  const target = String(req.headers['x-amz-target'] ?? '');
  if (target.startsWith('AmazonEC2ContainerService')) return 'ecs';
  if (target.startsWith('Logs_')) return 'logs';
  return 'unknown';
}

function errorAnswer(service: string, status: number, code: string, message: string): { status: number; headers: Record<string, string>; body: string } {
  const protocol = PROTOCOL[service] ?? 'json';
  if (protocol === 'query') {
    const type = status >= 500 ? 'Receiver' : 'Sender';
    return {
      status,
      headers: { 'content-type': 'text/xml' },
      body: `<ErrorResponse xmlns="http://${service}.amazonaws.com/doc/"><Error><Type>${type}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>fault-proxy</RequestId></ErrorResponse>`,
    };
  }
  if (protocol === 'rest-json') {
    return { status, headers: { 'content-type': 'application/json', 'x-amzn-errortype': code }, body: JSON.stringify({ message }) };
  }
  return {
    status,
    headers: { 'content-type': 'application/x-amz-json-1.1', ...(service === 'monitoring' ? { 'x-amzn-query-error': `${code};${status >= 500 ? 'Receiver' : 'Sender'}` } : {}) },
    body: JSON.stringify({ __type: code, message }),
  };
}

export async function startFaultProxy(target: string, initial: FaultPlan = {}): Promise<FaultProxy> {
  const upstream = new URL(target);
  let plan: FaultPlan = initial;
  let random = seeded(initial.seed ?? 1);
  let serverErrors = 0;
  const counts: Record<string, Record<string, number>> = {};
  const held = new Set<ServerResponse>();
  const sockets = new Set<Socket>();

  const count = (service: string, kind: FaultKind | 'requests') => {
    const c = (counts[service] ??= { requests: 0, forwarded: 0, throttle: 0, serverError: 0, tooManyRequests: 0, reset: 0, timeout: 0, down: 0 });
    c[kind] = (c[kind] ?? 0) + 1;
  };

  const reply = (res: ServerResponse, answer: { status: number; headers: Record<string, string>; body: string }) => {
    res.writeHead(answer.status, { ...answer.headers, 'content-length': String(Buffer.byteLength(answer.body)), 'x-amzn-requestid': 'fault-proxy' });
    res.end(answer.body);
  };

  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const out = httpRequest({ hostname: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (c: Buffer) => chunks.push(c));
      answer.on('end', () => {
        if (res.destroyed) return;
        const headers = { ...answer.headers };
        delete headers['transfer-encoding'];
        const data = Buffer.concat(chunks);
        headers['content-length'] = String(data.length);
        res.writeHead(answer.statusCode ?? 502, headers);
        res.end(data);
      });
    });
    out.on('error', () => res.destroy());
    out.end(body);
  };

  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const service = serviceOf(req);
    count(service, 'requests');
    const p = plan;
    if (p.down?.includes(service)) {
      count(service, 'down');
      if (p.downMode === 'refuse') return res.socket?.destroy();
      return reply(res, errorAnswer(service, 503, 'ServiceUnavailable', 'Service Unavailable'));
    }
    const faulty = !p.only || p.only.includes(service);
    let r = faulty ? random() : 1;
    const take = (share: number | undefined) => {
      if (!share) return false;
      if (r < share) return true;
      r -= share;
      return false;
    };
    if (take(p.reset)) {
      count(service, 'reset');
      return res.socket?.destroy();
    }
    if (take(p.timeout)) {
      count(service, 'timeout');
      held.add(res);
      res.on('close', () => held.delete(res));
      return;
    }
    if (take(p.throttle)) {
      count(service, 'throttle');
      return reply(res, errorAnswer(service, 400, PROTOCOL[service] === 'query' ? 'Throttling' : 'ThrottlingException', 'Rate exceeded'));
    }
    if (take(p.serverError)) {
      count(service, 'serverError');
      serverErrors += 1;
      const unavailable = serverErrors % 2 === 0;
      return reply(
        res,
        errorAnswer(service, unavailable ? 503 : 500, unavailable ? 'ServiceUnavailable' : 'InternalFailure', unavailable ? 'Service Unavailable' : 'Internal failure'),
      );
    }
    if (take(p.tooManyRequests)) {
      count(service, 'tooManyRequests');
      return reply(res, { status: 429, headers: { 'content-type': 'text/plain' }, body: 'Too Many Requests' });
    }
    count(service, 'forwarded');
    forward(req, res, body);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const latency = plan.latencyMs ?? 0;
      if (latency > 0) setTimeout(() => handle(req, res, body), latency);
      else handle(req, res, body);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    configure(next) {
      plan = next;
      random = seeded(next.seed ?? 1);
      serverErrors = 0;
    },
    counts: () => structuredClone(counts) as Record<string, Record<FaultKind | 'requests', number>>,
    resetCounts() {
      for (const key of Object.keys(counts)) delete counts[key];
    },
    async close() {
      for (const res of held) res.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
