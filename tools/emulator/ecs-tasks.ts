// Seeds stopped ECS tasks with given reasons. The emulator runs tasks only on a registered
// container instance, which needs an EC2 instance: made with a raw Query call (no EC2 SDK here).

import { ECSClient, RegisterContainerInstanceCommand, RunTaskCommand, StopTaskCommand } from '@aws-sdk/client-ecs';
import { EMULATOR_CREDENTIALS } from './moto-server.js';

async function ec2(endpoint: string, region: string, params: Record<string, string>): Promise<string> {
  const response = await fetch(`${endpoint}/`, {
    method: 'POST',
    body: new URLSearchParams({ Version: '2016-11-15', ...params }).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      // The emulator reads the region from the credential scope; it does not check signatures.
      authorization: `AWS4-HMAC-SHA256 Credential=${EMULATOR_CREDENTIALS.accessKeyId}/20260101/${region}/ec2/aws4_request, SignedHeaders=host, Signature=0`,
    },
  });
  return response.text();
}

const registered = new Set<string>();

async function ensureContainerInstance(ecs: ECSClient, endpoint: string, region: string, cluster: string): Promise<void> {
  const key = `${endpoint}|${cluster}`;
  if (registered.has(key)) return;
  const image = /<imageId>(ami-[0-9a-f]+)<\/imageId>/.exec(await ec2(endpoint, region, { Action: 'DescribeImages' }))?.[1];
  const instance = /<instanceId>(i-[0-9a-f]+)<\/instanceId>/.exec(await ec2(endpoint, region, { Action: 'RunInstances', ImageId: image ?? 'ami-12c6146b', MinCount: '1', MaxCount: '1', InstanceType: 'm5.large' }))?.[1];
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
