import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
  RegisterTargetsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import nock from 'nock';
import { elbv2Collector } from '../../src/services/elbv2/collector.js';
import { ec2Query, xmlValue } from '../../tools/emulator/ec2-query.js';
import { collectorContext } from '../support/collector-context.js';
import { emulatorClientConfig, REGION, useEmulator } from '../support/emulator.js';

const emulator = useEmulator();
let checkoutArn = '';

beforeAll(async () => {
  const ec2 = (params: Record<string, string>) => ec2Query(emulator().endpoint, REGION, params);
  const vpc = xmlValue(await ec2({ Action: 'CreateVpc', CidrBlock: '10.0.0.0/16' }), 'vpcId')!;
  const subnets = [
    xmlValue(await ec2({ Action: 'CreateSubnet', VpcId: vpc, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-2a' }), 'subnetId')!,
    xmlValue(await ec2({ Action: 'CreateSubnet', VpcId: vpc, CidrBlock: '10.0.2.0/24', AvailabilityZone: 'us-east-2b' }), 'subnetId')!,
  ];
  const image = xmlValue(await ec2({ Action: 'DescribeImages' }), 'imageId')!;
  const instance = xmlValue(await ec2({ Action: 'RunInstances', ImageId: image, MinCount: '1', MaxCount: '1', SubnetId: subnets[0]! }), 'instanceId')!;
  const elb = new ElasticLoadBalancingV2Client(emulatorClientConfig(emulator().endpoint));
  const lb = (await elb.send(new CreateLoadBalancerCommand({ Name: 'pp-web', Subnets: subnets, Tags: [{ Key: 'env', Value: 'production' }] }))).LoadBalancers![0]!;
  const checkout = (
    await elb.send(
      new CreateTargetGroupCommand({ Name: 'checkout', Protocol: 'HTTP', Port: 8080, VpcId: vpc, HealthCheckPath: '/health', Tags: [{ Key: 'team', Value: 'payments' }] }),
    )
  ).TargetGroups![0]!;
  checkoutArn = checkout.TargetGroupArn!;
  const empty = (await elb.send(new CreateTargetGroupCommand({ Name: 'search', Protocol: 'HTTP', Port: 8080, VpcId: vpc }))).TargetGroups![0]!;
  await elb.send(
    new CreateListenerCommand({ LoadBalancerArn: lb.LoadBalancerArn, Protocol: 'HTTP', Port: 80, DefaultActions: [{ Type: 'forward', TargetGroupArn: checkoutArn }] }),
  );
  await elb.send(
    new CreateListenerCommand({ LoadBalancerArn: lb.LoadBalancerArn, Protocol: 'HTTP', Port: 81, DefaultActions: [{ Type: 'forward', TargetGroupArn: empty.TargetGroupArn }] }),
  );
  await elb.send(new RegisterTargetsCommand({ TargetGroupArn: checkoutArn, Targets: [{ Id: instance, Port: 8080 }] }));
  elb.destroy();
}, 60_000);

afterEach(() => nock.cleanAll());

describe('ELBv2 collector against the emulator', () => {
  it('lists load balancers and target groups with target health, tags and metric dimensions', async () => {
    const { context, gaps, clients, calls } = collectorContext(emulator().endpoint);
    const resources = await elbv2Collector.collect(context);
    clients.destroy();
    expect(gaps).toEqual([]);
    const lb = resources.find((r) => r.type === 'elbv2:load-balancer')!;
    expect(lb).toMatchObject({
      id: 'pp-web',
      tags: { env: 'production' },
      attributes: expect.objectContaining({ lbType: 'application', metricDimension: expect.stringMatching(/^app\/pp-web\/[0-9a-f]+$/) }),
    });
    expect(resources.find((r) => r.id === 'checkout')).toMatchObject({
      status: 'healthy',
      tags: { team: 'payments' },
      attributes: expect.objectContaining({
        loadBalancers: ['pp-web'],
        targets: 1,
        healthyTargets: 1,
        metricDimension: expect.stringMatching(/^targetgroup\/checkout\/[0-9a-f]+$/),
      }),
    });
    expect(resources.find((r) => r.id === 'search')).toMatchObject({ status: 'empty', attributes: expect.objectContaining({ loadBalancers: ['pp-web'], targets: 0 }) });
    // Target health has no batch form (one per group); tags come 20 ARNs per call.
    expect(calls()).toEqual({ DescribeLoadBalancers: 1, DescribeTargetGroups: 1, DescribeTargetHealth: 2, DescribeTags: 1 });
  });

  it('counts unhealthy targets with their reason codes', async () => {
    const { context, clients } = collectorContext(emulator().endpoint, { concurrency: 1 });
    // The emulator reports every target healthy; this is DescribeTargetHealth's documented shape.
    const member = (id: string, state: string, reason: string, description: string) =>
      `<member><Target><Id>${id}</Id><Port>8080</Port></Target><HealthCheckPort>8080</HealthCheckPort><TargetHealth><State>${state}</State>${reason ? `<Reason>${reason}</Reason><Description>${description}</Description>` : ''}</TargetHealth></member>`;
    nock(emulator().endpoint, { allowUnmocked: true })
      .post('/', new RegExp(`Action=DescribeTargetHealth.*${encodeURIComponent(checkoutArn).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
      .reply(
        200,
        `<DescribeTargetHealthResponse xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/"><DescribeTargetHealthResult><TargetHealthDescriptions>` +
          member('i-01', 'unhealthy', 'Target.FailedHealthChecks', 'Health checks failed with these codes: [502]') +
          member('i-02', 'unhealthy', 'Target.Timeout', 'Request timed out') +
          member('i-03', 'unhealthy', 'Target.FailedHealthChecks', 'Health checks failed with these codes: [502]') +
          member('i-04', 'healthy', '', '') +
          `</TargetHealthDescriptions></DescribeTargetHealthResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeTargetHealthResponse>`,
        { 'content-type': 'text/xml' },
      );
    const resources = await elbv2Collector.collect(context);
    clients.destroy();
    expect(resources.find((r) => r.id === 'checkout')).toMatchObject({
      status: 'degraded',
      attributes: expect.objectContaining({
        targets: 4,
        unhealthyTargets: 3,
        unhealthyReasons: ['Target.FailedHealthChecks x2', 'Target.Timeout x1'],
        firstUnhealthyDescription: 'Health checks failed with these codes: [502]',
      }),
    });
  });

  it('keeps the load balancers when target health is denied, naming the permission', async () => {
    const { context, gaps, clients } = collectorContext(emulator().endpoint, { concurrency: 1, maxAttempts: 1 });
    nock(emulator().endpoint, { allowUnmocked: true })
      .post('/', /Action=DescribeTargetHealth/)
      .times(2)
      .reply(
        403,
        '<ErrorResponse xmlns="http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized to perform: elasticloadbalancing:DescribeTargetHealth</Message></Error><RequestId>r</RequestId></ErrorResponse>',
        { 'content-type': 'text/xml' },
      );
    const resources = await elbv2Collector.collect(context);
    clients.destroy();
    expect(resources.find((r) => r.id === 'pp-web')).toBeDefined();
    expect(resources.find((r) => r.id === 'checkout')?.status).toBe('unknown');
    expect(gaps.map((g) => g.iamAction)).toEqual(['elasticloadbalancing:DescribeTargetHealth', 'elasticloadbalancing:DescribeTargetHealth']);
  });
});
