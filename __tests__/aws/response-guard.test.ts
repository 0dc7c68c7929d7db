// Answers that are not AWS answers, through the real SDK over HTTP against a local server: a
// proxy's HTML page with HTTP 200 used to parse as "no load balancers" (issue 15).

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DescribeLoadBalancersCommand, ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { ListClustersCommand, ECSClient } from '@aws-sdk/client-ecs';
import { ClientFactory } from '../../src/aws/clients.js';
import { describeAwsError } from '../../src/aws/aws-errors.js';

let server: Server;
let endpoint: string;
let answer: (body: string) => { status: number; type: string; body: string | Buffer };

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      const a = answer(body);
      res.writeHead(a.status, { 'content-type': a.type });
      res.end(a.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const factory = () =>
  new ClientFactory({ region: 'us-east-2', endpointUrl: endpoint, credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' }, maxAttempts: 1, requestTimeoutMs: 5_000 });

describe('the response guard', () => {
  it('refuses an HTML page answered with HTTP 200, instead of reading it as an empty list', async () => {
    answer = () => ({ status: 200, type: 'text/html', body: '<!DOCTYPE html><html><body>Sign in to the proxy</body></html>' });
    const clients = factory();
    const error = await clients
      .get(ElasticLoadBalancingV2Client)
      .send(new DescribeLoadBalancersCommand({}))
      .catch((e: unknown) => e);
    expect(describeAwsError(error)).toBe('unreadable response: HTTP 200 with an HTML page instead of an AWS answer: a proxy, a captive portal or a wrong endpoint URL');
    clients.destroy();
  });

  it('refuses XML that is not the operation answer of a query-protocol API', async () => {
    answer = () => ({ status: 200, type: 'text/xml', body: '<?xml version="1.0"?><Status>ok</Status>' });
    const clients = factory();
    const error = await clients
      .get(ElasticLoadBalancingV2Client)
      .send(new DescribeLoadBalancersCommand({}))
      .catch((e: unknown) => e);
    expect(describeAwsError(error)).toBe('unreadable response: HTTP 200 whose body is not a DescribeLoadBalancers answer: a proxy or a wrong endpoint URL');
    clients.destroy();
  });

  it('passes a real answer on whole, in both protocols', async () => {
    const clients = factory();
    answer = () => ({
      status: 200,
      type: 'text/xml',
      body: '<DescribeLoadBalancersResponse xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/"><DescribeLoadBalancersResult><LoadBalancers><member><LoadBalancerName>web</LoadBalancerName></member></LoadBalancers></DescribeLoadBalancersResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></DescribeLoadBalancersResponse>',
    });
    const lbs = await clients.get(ElasticLoadBalancingV2Client).send(new DescribeLoadBalancersCommand({}));
    expect(lbs.LoadBalancers?.map((l) => l.LoadBalancerName)).toEqual(['web']);
    answer = () => ({ status: 200, type: 'application/x-amz-json-1.1', body: '{"clusterArns":["arn:aws:ecs:us-east-2:123456789012:cluster/a"]}' });
    expect((await clients.get(ECSClient).send(new ListClustersCommand({}))).clusterArns).toHaveLength(1);
    clients.destroy();
  });

  it('stops reading an answer past its size cap', async () => {
    answer = () => ({ status: 200, type: 'application/x-amz-json-1.1', body: Buffer.alloc(65 * 1_048_576, 0x20) });
    const clients = factory();
    const error = await clients
      .get(ECSClient)
      .send(new ListClustersCommand({}))
      .catch((e: unknown) => e);
    expect(describeAwsError(error)).toBe('unreadable response: the answer is larger than 64 MiB, far more than this API sends: not read');
    clients.destroy();
  });
});
