// A real HTTP server on loopback that records what it is sent and answers from a script: the
// stand-in for a webhook, Slack, Teams or PagerDuty receiver in notification tests.

import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface ScriptedAnswer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

export interface Receiver {
  url: string;
  received: ReceivedRequest[];
  /** Answers for the next requests, in order; after them every request gets `then` (default 200 ok). */
  answer(...answers: ScriptedAnswer[]): void;
  then: ScriptedAnswer;
  close(): Promise<void>;
}

export async function startReceiver(path = '/hook'): Promise<Receiver> {
  const queue: ScriptedAnswer[] = [];
  const received: ReceivedRequest[] = [];
  const receiver = { received, then: { status: 200, body: 'ok' } as ScriptedAnswer } as Receiver;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const answer = queue.shift() ?? receiver.then;
      res.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
      res.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  receiver.answer = (...answers) => queue.push(...answers);
  receiver.close = () => new Promise((resolve) => server.close(() => resolve()));
  return receiver;
}
