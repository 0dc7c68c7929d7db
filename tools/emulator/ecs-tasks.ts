// Seeds stopped ECS tasks with given reasons. The emulator runs tasks only on a registered
// container instance, which needs an EC2 instance.

import { ECSClient, RegisterContainerInstanceCommand, RunTaskCommand, StopTaskCommand } from '@aws-sdk/client-ecs';
import { ec2Query, xmlValue } from './ec2-query.js';
import { EMULATOR_CREDENTIALS } from './moto-server.js';

const registered = new Set<string>();

async function ensureContainerInstance(ecs: ECSClient, endpoint: string, region: string, cluster: string): Promise<void> {
  const key = `${endpoint}|${cluster}`;
  if (registered.has(key)) return;
  const image = xmlValue(await ec2Query(endpoint, region, { Action: 'DescribeImages' }), 'imageId');
  const instance = xmlValue(
    await ec2Query(endpoint, region, { Action: 'RunInstances', ImageId: image ?? 'ami-12c6146b', MinCount: '1', MaxCount: '1', InstanceType: 'm5.large' }),
    'instanceId',
  );
  if (!instance) throw new Error('the emulator did not start an EC2 instance');
  await ecs.send(new RegisterContainerInstanceCommand({ cluster, instanceIdentityDocument: JSON.stringify({ instanceId: instance, region }) }));
  registered.add(key);
}

export async function seedStoppedTasks(target: { endpoint: string; region: string }, cluster: string, service: string, reasons: string[]): Promise<void> {
  const ecs = new ECSClient({ region: target.region, endpoint: target.endpoint, credentials: EMULATOR_CREDENTIALS });
  try {
    await ensureContainerInstance(ecs, target.endpoint, target.region, cluster);
    for (const reason of reasons) {
      const run = await ecs.send(new RunTaskCommand({ cluster, taskDefinition: service, count: 1, group: `service:${service}`, startedBy: 'ecs-svc/0123456789' }));
      const task = run.tasks?.[0]?.taskArn;
      if (!task) throw new Error(`the emulator did not run a task for ${service}`);
      await ecs.send(new StopTaskCommand({ cluster, task, reason }));
    }
  } finally {
    ecs.destroy();
  }
}
