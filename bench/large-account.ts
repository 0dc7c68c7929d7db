// A large account for the discovery benchmark: 5 clusters x 20 services and 100 stacks in scope.

import { CloudFormationClient, CreateStackCommand } from '@aws-sdk/client-cloudformation';
import { CreateClusterCommand, CreateServiceCommand, ECSClient, RegisterTaskDefinitionCommand, UpdateServiceCommand } from '@aws-sdk/client-ecs';
import { CreateDBInstanceCommand, DescribeEventsCommand, RDSClient } from '@aws-sdk/client-rds';
import { CreateDomainCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import pLimit from 'p-limit';
import { EMULATOR_CREDENTIALS } from '../tools/emulator/moto-server.js';

export const LARGE_ACCOUNT = { clusters: 5, servicesPerCluster: 20, stacksInScope: 100, stacksOutOfScope: 20, databases: 30, domains: 10 };

export async function seedLargeAccount(target: { endpoint: string; region: string }): Promise<{ taskDefinitions: number; rdsEvents: number }> {
  const config = { region: target.region, endpoint: target.endpoint, credentials: EMULATOR_CREDENTIALS, disableRequestCompression: true };
  const ecs = new ECSClient(config);
  const cloudformation = new CloudFormationClient(config);
  const rds = new RDSClient(config);
  const opensearch = new OpenSearchClient(config);
  const limit = pLimit(8);
  let taskDefinitions = 0;
  let rdsEvents = 0;
  try {
    for (let c = 0; c < LARGE_ACCOUNT.clusters; c += 1) {
      const cluster = `pp-cluster${c}-production`;
      await ecs.send(new CreateClusterCommand({ clusterName: cluster, settings: [{ name: 'containerInsights', value: 'enabled' }] }));
      await Promise.all(
        Array.from({ length: LARGE_ACCOUNT.servicesPerCluster }, (_, s) =>
          limit(async () => {
            const name = `svc${c}-${s}`;
            await ecs.send(
              new RegisterTaskDefinitionCommand({
                family: name,
                containerDefinitions: [{ name, image: 'nginx', memory: 256, logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': `/ecs/${name}` } } }],
              }),
            );
            await ecs.send(new CreateServiceCommand({ cluster, serviceName: name, taskDefinition: name, desiredCount: 2 }));
            await ecs.send(new UpdateServiceCommand({ cluster, service: name, desiredCount: 2 }));
            taskDefinitions += 1;
          }),
        ),
      );
    }
    const body = JSON.stringify({ Resources: { Queue: { Type: 'AWS::SQS::Queue', Properties: {} } } });
    const names = [
      ...Array.from({ length: LARGE_ACCOUNT.stacksInScope }, (_, i) => `pp-app${i}-production`),
      ...Array.from({ length: LARGE_ACCOUNT.stacksOutOfScope }, (_, i) => `pp-app${i}-staging`),
    ];
    await Promise.all(names.map((name) => limit(() => cloudformation.send(new CreateStackCommand({ StackName: name, TemplateBody: body })))));
    await Promise.all(
      Array.from({ length: LARGE_ACCOUNT.databases }, (_, i) =>
        limit(() =>
          rds.send(
            new CreateDBInstanceCommand({
              DBInstanceIdentifier: `db${i}`,
              Engine: 'postgres',
              DBInstanceClass: 'db.r6g.large',
              AllocatedStorage: 100,
              MultiAZ: true,
              MasterUsername: 'app',
              MasterUserPassword: 'bench-only-password',
            }),
          ),
        ),
      ),
    );
    await Promise.all(
      Array.from({ length: LARGE_ACCOUNT.domains }, (_, i) =>
        limit(() => opensearch.send(new CreateDomainCommand({ DomainName: `search${i}`, EngineVersion: 'OpenSearch_2.13' }))),
      ),
    );
    // How many events RDS holds now sets how many DescribeEvents pages any reader needs.
    let marker: string | undefined;
    do {
      const page = await rds.send(new DescribeEventsCommand({ StartTime: new Date(Date.now() - 86_400_000), Marker: marker, MaxRecords: 100 }));
      rdsEvents += page.Events?.length ?? 0;
      marker = page.Marker;
    } while (marker);
  } finally {
    ecs.destroy();
    cloudformation.destroy();
    rds.destroy();
    opensearch.destroy();
  }
  return { taskDefinitions, rdsEvents };
}
