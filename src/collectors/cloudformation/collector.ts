// CloudFormation: stacks whose name has the configured prefix and suffix, with their status.

import { CloudFormationClient, DescribeStacksCommand, type Stack } from '@aws-sdk/client-cloudformation';
import type { Resource } from '../../report/model.js';
import { paginate, tagsToRecord } from '../attempt.js';
import type { Collector, CollectorContext } from '../types.js';

const ID = 'cloudformation';

export const cloudformationCollector: Collector = {
  id: ID,
  title: 'AWS CloudFormation',
  resourceTypes: ['cloudformation:stack'],
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
    return inScope.map((stack) => stackResource(context, stack));
  },
};

function stackResource(context: CollectorContext, stack: Stack): Resource {
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
