// Seeds the emulator with a small but realistic production account for the demo and the tests.
// Write calls live here (tools/), never in src/: the product itself is read-only.

import { CloudFormationClient, CreateStackCommand } from '@aws-sdk/client-cloudformation';
import { CreateDomainCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import {
  CreateDBClusterCommand,
  CreateDBInstanceCommand,
  CreateDBInstanceReadReplicaCommand,
  RDSClient,
  RebootDBInstanceCommand,
  StopDBInstanceCommand,
} from '@aws-sdk/client-rds';
import { CreateClusterCommand, CreateServiceCommand, ECSClient, RegisterTaskDefinitionCommand, UpdateServiceCommand } from '@aws-sdk/client-ecs';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
  RegisterTargetsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { CreateWebACLCommand, WAFV2Client } from '@aws-sdk/client-wafv2';
import { ec2Query, xmlValue } from './ec2-query.js';
import { seedStoppedTasks } from './ecs-tasks.js';
import { EMULATOR_CREDENTIALS } from './moto-server.js';

export interface SeedTarget {
  endpoint: string;
  region: string;
}

function clientConfig(target: SeedTarget) {
  return { region: target.region, endpoint: target.endpoint, credentials: EMULATOR_CREDENTIALS, disableRequestCompression: true };
}

export const DEMO_CLUSTERS = [
  {
    name: 'pp-web-production',
    insights: 'enabled',
    services: [
      ['checkout', 4],
      ['storefront', 6],
      ['search-api', 3],
    ],
  },
  {
    name: 'pp-workers-production',
    insights: 'disabled',
    services: [
      ['order-events', 2],
      ['email-sender', 1],
    ],
  },
] as const;
// Just deployed and not yet running: the emulator reports 0 running until a service is updated.
export const DEMO_DEPLOYING_SERVICE = 'search-api';
export const DEMO_STUCK_STACK = 'pp-payments-production';

const template = (resources: object) => JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources });

export async function seedDemoAccount(target: SeedTarget): Promise<void> {
  const ecs = new ECSClient(clientConfig(target));
  const cloudformation = new CloudFormationClient(clientConfig(target));
  const rds = new RDSClient(clientConfig(target));
  const opensearch = new OpenSearchClient(clientConfig(target));
  const elb = new ElasticLoadBalancingV2Client(clientConfig(target));
  const waf = new WAFV2Client(clientConfig(target));
  try {
    // The public load balancer: checkout's targets are healthy, search-api's group has none
    // registered (its service is still deploying), so the /search route answers 503.
    const ec2 = (params: Record<string, string>) => ec2Query(target.endpoint, target.region, params);
    const vpc = xmlValue(await ec2({ Action: 'CreateVpc', CidrBlock: '10.0.0.0/16' }), 'vpcId')!;
    const subnets = await Promise.all(
      ['a', 'b'].map(async (zone, i) =>
        xmlValue(await ec2({ Action: 'CreateSubnet', VpcId: vpc, CidrBlock: `10.0.${i + 1}.0/24`, AvailabilityZone: `${target.region}${zone}` }), 'subnetId')!,
      ),
    );
    const image = xmlValue(await ec2({ Action: 'DescribeImages' }), 'imageId')!;
    const host = xmlValue(await ec2({ Action: 'RunInstances', ImageId: image, MinCount: '1', MaxCount: '1', SubnetId: subnets[0]! }), 'instanceId')!;
    const lb = (await elb.send(new CreateLoadBalancerCommand({ Name: 'pp-web-public', Subnets: subnets, Tags: [{ Key: 'env', Value: 'production' }] }))).LoadBalancers![0]!;
    const targetGroupArns = new Map<string, string>();
    for (const [name, port] of [
      ['checkout', 80],
      ['search-api', 8080],
    ] as const) {
      const group = (await elb.send(new CreateTargetGroupCommand({ Name: name, Protocol: 'HTTP', Port: 8080, VpcId: vpc, HealthCheckPath: '/health' }))).TargetGroups![0]!;
      targetGroupArns.set(name, group.TargetGroupArn!);
      await elb.send(
        new CreateListenerCommand({
          LoadBalancerArn: lb.LoadBalancerArn,
          Protocol: 'HTTP',
          Port: port,
          DefaultActions: [{ Type: 'forward', TargetGroupArn: group.TargetGroupArn }],
        }),
      );
      if (name === 'checkout') await elb.send(new RegisterTargetsCommand({ TargetGroupArn: group.TargetGroupArn, Targets: [{ Id: host, Port: 8080 }] }));
    }
    for (const cluster of DEMO_CLUSTERS) {
      await ecs.send(
        new CreateClusterCommand({ clusterName: cluster.name, settings: [{ name: 'containerInsights', value: cluster.insights }], tags: [{ key: 'env', value: 'production' }] }),
      );
      for (const [service, desired] of cluster.services) {
        await ecs.send(
          new RegisterTaskDefinitionCommand({
            family: service,
            containerDefinitions: [
              {
                name: service,
                image: `123456789012.dkr.ecr.${target.region}.amazonaws.com/${service}:2026.11.24`,
                memory: 1024,
                essential: true,
                logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': `/ecs/${service}`, 'awslogs-region': target.region, 'awslogs-stream-prefix': 'ecs' } },
              },
            ],
          }),
        );
        await ecs.send(
          new CreateServiceCommand({
            cluster: cluster.name,
            serviceName: service,
            taskDefinition: service,
            desiredCount: desired,
            deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true }, maximumPercent: 200, minimumHealthyPercent: 100 },
            // The services behind the public load balancer register their tasks into its target groups.
            ...(targetGroupArns.has(service) ? { loadBalancers: [{ targetGroupArn: targetGroupArns.get(service), containerName: service, containerPort: 8080 }] } : {}),
            tags: [{ key: 'team', value: service === 'checkout' ? 'payments' : 'platform' }],
          }),
        );
        if (service !== DEMO_DEPLOYING_SERVICE) {
          await ecs.send(new UpdateServiceCommand({ cluster: cluster.name, service, desiredCount: desired }));
        }
      }
    }
    // checkout keeps getting OOM-killed; storefront had a routine deployment (normal churn).
    await seedStoppedTasks(target, 'pp-web-production', 'checkout', [
      'OutOfMemoryError: Container killed due to memory usage',
      'OutOfMemoryError: Container killed due to memory usage',
      'OutOfMemoryError: Container killed due to memory usage',
      'Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/checkout/0123456789abcdef)',
    ]);
    await seedStoppedTasks(target, 'pp-web-production', 'storefront', ['Scaling activity initiated by (deployment ecs-svc/0123456789)']);
    // Databases: a primary without Multi-AZ that was just rebooted, its replica, an Aurora cluster,
    // and a reporting database someone stopped.
    const password = 'demo-only-password-1';
    await rds.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'orders-db',
        Engine: 'postgres',
        EngineVersion: '16.4',
        DBInstanceClass: 'db.r6g.large',
        AllocatedStorage: 200,
        MasterUsername: 'app',
        MasterUserPassword: password,
        EnableCloudwatchLogsExports: ['postgresql'],
        Tags: [{ Key: 'team', Value: 'payments' }],
      }),
    );
    await rds.send(new CreateDBInstanceReadReplicaCommand({ DBInstanceIdentifier: 'orders-db-replica', SourceDBInstanceIdentifier: 'orders-db' }));
    await rds.send(new RebootDBInstanceCommand({ DBInstanceIdentifier: 'orders-db' }));
    await rds.send(
      new CreateDBClusterCommand({
        DBClusterIdentifier: 'catalog',
        Engine: 'aurora-postgresql',
        MasterUsername: 'app',
        MasterUserPassword: password,
        EnableCloudwatchLogsExports: ['postgresql'],
      }),
    );
    await rds.send(
      new CreateDBInstanceCommand({ DBInstanceIdentifier: 'catalog-1', Engine: 'aurora-postgresql', DBInstanceClass: 'db.r6g.large', DBClusterIdentifier: 'catalog' }),
    );
    await rds.send(
      new CreateDBInstanceCommand({
        DBInstanceIdentifier: 'reporting-db',
        Engine: 'mysql',
        DBInstanceClass: 'db.t4g.medium',
        AllocatedStorage: 50,
        MultiAZ: true,
        MasterUsername: 'app',
        MasterUserPassword: password,
      }),
    );
    await rds.send(new StopDBInstanceCommand({ DBInstanceIdentifier: 'reporting-db' }));
    await opensearch.send(
      new CreateDomainCommand({
        DomainName: 'product-search',
        EngineVersion: 'OpenSearch_2.13',
        ClusterConfig: { InstanceType: 'r6g.large.search', InstanceCount: 3, ZoneAwarenessEnabled: true },
        EBSOptions: { EBSEnabled: true, VolumeSize: 200 },
      }),
    );
    await cloudformation.send(new CreateStackCommand({ StackName: 'pp-network-production', TemplateBody: template({ Queue: { Type: 'AWS::SQS::Queue', Properties: {} } }) }));
    await cloudformation.send(new CreateStackCommand({ StackName: 'pp-web-production', TemplateBody: template({ Assets: { Type: 'AWS::S3::Bucket', Properties: {} } }) }));
    // A deploy waiting on a custom resource whose Lambda never answers: the emulator leaves it
    // CREATE_IN_PROGRESS, as AWS would for up to an hour.
    const hook = template({
      Migrations: { Type: 'Custom::SchemaMigrations', Properties: { ServiceToken: `arn:aws:lambda:${target.region}:123456789012:function:pp-migrations` } },
    });
    await cloudformation.send(new CreateStackCommand({ StackName: DEMO_STUCK_STACK, TemplateBody: hook })).catch((error: unknown) => {
      // The emulator answers this call with an error page yet keeps the stack; anything else is a real failure.
      if (!/parse|deserializ|Unknown|500/i.test(String(error))) throw error;
    });
    // The public web ACL: nobody turned its logging on, so blocked requests cannot be investigated.
    await waf.send(
      new CreateWebACLCommand({
        Name: 'pp-web-public-acl',
        Scope: 'REGIONAL',
        DefaultAction: { Allow: {} },
        VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: 'pp-web-public-acl' },
      }),
    );
    // Out of scope: neither prefix pp nor suffix production.
    await cloudformation.send(new CreateStackCommand({ StackName: 'pp-web-staging', TemplateBody: template({ Queue: { Type: 'AWS::SQS::Queue', Properties: {} } }) }));
    await cloudformation.send(new CreateStackCommand({ StackName: 'data-lake-production', TemplateBody: template({ Queue: { Type: 'AWS::SQS::Queue', Properties: {} } }) }));
  } finally {
    ecs.destroy();
    cloudformation.destroy();
    rds.destroy();
    opensearch.destroy();
    elb.destroy();
    waf.destroy();
  }
}
