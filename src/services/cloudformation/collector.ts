// CloudFormation: stacks whose name has the configured prefix and suffix, with their status.

import { CloudFormationClient, DescribeStackEventsCommand, DescribeStacksCommand, type Stack, type StackEvent } from '@aws-sdk/client-cloudformation';
import type { Resource } from '../../report/model.js';
import { attempt, paginate } from '../../collectors/attempt.js';
import { tagsToRecord } from '../../collectors/sdk-shapes.js';
import type { Collector, CollectorContext } from '../../collectors/types.js';
import type { StackAttributes } from './attributes.js';

const ID = 'cloudformation';

export const cloudformationCollector: Collector = {
  id: ID,
  title: 'AWS CloudFormation',
  async collect(context) {
    const cloudformation = context.clients.get(CloudFormationClient);
    const { cloudformationPrefix: prefix, cloudformationSuffix: suffix } = context.config.filters;
    // DescribeStacks returns every live stack with its status in one paginated listing.
    const stacks = await paginate(context, ID, { sdkService: 'CloudFormation', operation: 'DescribeStacks', scope: 'CloudFormation stacks' }, async (NextToken) => {
      const page = await cloudformation.send(new DescribeStacksCommand({ NextToken }));
      return { items: page.Stacks, next: page.NextToken };
    });
    const inScope = stacks.filter((stack) => {
      const name = stack.StackName ?? '';
      return name.startsWith(prefix) && name.endsWith(suffix) && name.length >= prefix.length + suffix.length;
    });
    context.progress(`CloudFormation: ${inScope.length} of ${stacks.length} stacks match ${prefix}*${suffix}`);
    if (inScope.length < stacks.length) context.filtered?.({ type: 'cloudformation:stack', seen: stacks.length, kept: inScope.length, filter: `${prefix}*${suffix}` });
    const resources = inScope.map((stack) => stackResource(context, stack));
    // Only a stack that failed, rolled back or is mid-operation needs its events read: one call each.
    await Promise.all(resources.filter((r) => NEEDS_EVENTS.test(r.status ?? '')).map((r) => addFailureEvents(context, cloudformation, r)));
    return resources;
  },
};

/** One stack by name, for the post-deploy gate's deploy time (its last update): one call. */
export async function describeOneStack(context: CollectorContext, name: string): Promise<Resource | undefined> {
  const cloudformation = context.clients.get(CloudFormationClient);
  const described = await attempt(context, ID, { sdkService: 'CloudFormation', operation: 'DescribeStacks', scope: `stack ${name}` }, () =>
    cloudformation.send(new DescribeStacksCommand({ StackName: name })),
  );
  const stack = described?.Stacks?.[0];
  return stack ? stackResource(context, stack) : undefined;
}

const NEEDS_EVENTS = /FAILED|ROLLBACK|IN_PROGRESS/;
const EVENTS_KEPT = 10;

/** The failed resource events of the stack's latest operation (first page: newest 100 events), newest first. */
async function addFailureEvents(context: CollectorContext, cloudformation: CloudFormationClient, resource: Resource<StackAttributes>): Promise<void> {
  const page = await attempt(context, ID, { sdkService: 'CloudFormation', operation: 'DescribeStackEvents', scope: `events of stack ${resource.name}` }, () =>
    cloudformation.send(new DescribeStackEventsCommand({ StackName: resource.arn ?? resource.name })),
  );
  if (!page) return;
  const operation = latestOperation(page.StackEvents ?? [], resource.name);
  if (resource.status?.endsWith('_IN_PROGRESS')) resource.attributes.waitingOn = waitingOn(operation, resource.name);
  resource.events = operation
    .filter((event) => event.ResourceStatus?.endsWith('_FAILED'))
    .slice(0, EVENTS_KEPT)
    .map((event) => ({
      at: event.Timestamp?.toISOString() ?? '',
      message: `${event.LogicalResourceId ?? '?'} (${event.ResourceType ?? '?'}) ${event.ResourceStatus}: ${event.ResourceStatusReason ?? 'no reason given'}`,
    }));
}

/** Resources of the running operation whose latest event is still *_IN_PROGRESS: what a stuck stack waits on. */
function waitingOn(events: StackEvent[], stackName: string): string[] {
  const latest = new Map<string, StackEvent>();
  for (const event of events) if (event.LogicalResourceId && !latest.has(event.LogicalResourceId)) latest.set(event.LogicalResourceId, event);
  const pending = [...latest.values()].filter((e) => e.LogicalResourceId !== stackName && e.ResourceStatus?.endsWith('_IN_PROGRESS'));
  return pending.map((e) => `${e.LogicalResourceId} (${e.ResourceType ?? '?'})`).slice(0, 5);
}

/** Events newer than the stack's last "User Initiated" event, i.e. of the operation now showing. */
function latestOperation(events: StackEvent[], stackName: string): StackEvent[] {
  const start = events.findIndex((e) => e.LogicalResourceId === stackName && /^user initiated$/i.test(e.ResourceStatusReason ?? ''));
  return start === -1 ? events : events.slice(0, start + 1);
}

function stackResource(context: CollectorContext, stack: Stack): Resource<StackAttributes> {
  const name = stack.StackName ?? 'unknown';
  return {
    type: 'cloudformation:stack',
    id: name,
    ...(stack.StackId ? { arn: stack.StackId } : {}),
    name,
    region: context.config.region,
    ...(stack.StackStatus ? { status: stack.StackStatus } : {}),
    tags: tagsToRecord(stack.Tags),
    attributes: {
      statusReason: stack.StackStatusReason ?? null,
      createdAt: stack.CreationTime?.toISOString() ?? null,
      lastUpdatedAt: (stack.LastUpdatedTime ?? stack.CreationTime)?.toISOString() ?? null,
      driftStatus: stack.DriftInformation?.StackDriftStatus ?? null,
    },
  };
}
