// ELBv2: load balancers and target groups with the health of every target.

import {
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  type LoadBalancer,
  type TargetGroup,
  type TargetHealthDescription,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Resource } from '../../report/model.js';
import { attempt, paginate } from '../../collectors/attempt.js';
import { chunk } from '../../chunk.js';
import { tagsToRecord } from '../../collectors/sdk-shapes.js';
import type { Collector, CollectorContext } from '../../collectors/types.js';
import type { LoadBalancerAttributes, TargetGroupAttributes } from './attributes.js';

const ID = 'elbv2';
const PAGE = 400; // PageSize's documented maximum
const TAGS_PER_CALL = 20; // DescribeTags' documented maximum

export const elbv2Collector: Collector = {
  id: ID,
  title: 'Elastic Load Balancing',
  async collect(context) {
    const elb = context.clients.get(ElasticLoadBalancingV2Client);
    const scope = (operation: string, what: string) => ({ sdkService: 'ElasticLoadBalancingV2', operation, scope: what });
    const [loadBalancers, targetGroups] = await Promise.all([
      paginate(context, ID, scope('DescribeLoadBalancers', 'load balancers'), async (Marker) => {
        const page = await elb.send(new DescribeLoadBalancersCommand({ Marker, PageSize: PAGE }));
        return { items: page.LoadBalancers, next: page.NextMarker };
      }),
      paginate(context, ID, scope('DescribeTargetGroups', 'target groups'), async (Marker) => {
        const page = await elb.send(new DescribeTargetGroupsCommand({ Marker, PageSize: PAGE }));
        return { items: page.TargetGroups, next: page.NextMarker };
      }),
    ]);
    context.progress(`ELB: ${loadBalancers.length} load balancers, ${targetGroups.length} target groups`);
    const names = new Map(loadBalancers.map((lb) => [lb.LoadBalancerArn, lb.LoadBalancerName ?? '?']));
    // Target health has no batch form: one call per target group.
    const health = new Map<string, TargetHealthDescription[] | undefined>();
    await Promise.all(
      targetGroups.map(async (group) => {
        const result = await attempt(context, ID, scope('DescribeTargetHealth', `target health of ${group.TargetGroupName}`), () =>
          elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: group.TargetGroupArn })),
        );
        health.set(group.TargetGroupArn ?? '', result?.TargetHealthDescriptions);
      }),
    );
    const resources = [
      ...loadBalancers.map((lb) => loadBalancerResource(context, lb)),
      ...targetGroups.map((group) => targetGroupResource(context, group, health.get(group.TargetGroupArn ?? ''), names)),
    ];
    await addTags(context, elb, resources);
    return resources;
  },
};

/** Target groups by ARN, for the post-deploy gate (their metric dimensions; health is not read). */
export async function describeTargetGroups(context: CollectorContext, arns: readonly string[]): Promise<Array<Resource<TargetGroupAttributes>>> {
  if (arns.length === 0) return [];
  const elb = context.clients.get(ElasticLoadBalancingV2Client);
  const described = await attempt(
    context,
    ID,
    { sdkService: 'ElasticLoadBalancingV2', operation: 'DescribeTargetGroups', scope: `target groups ${arns.map((a) => a.split('/')[1]).join(', ')}` },
    () => elb.send(new DescribeTargetGroupsCommand({ TargetGroupArns: [...arns] })),
  );
  return (described?.TargetGroups ?? []).map((group) => targetGroupResource(context, group, undefined, new Map()));
}

async function addTags(context: CollectorContext, elb: ElasticLoadBalancingV2Client, resources: Resource[]): Promise<void> {
  const byArn = new Map(resources.filter((r) => r.arn).map((r) => [r.arn!, r]));
  await Promise.all(
    chunk([...byArn.keys()], TAGS_PER_CALL).map(async (arns) => {
      const result = await attempt(
        context,
        ID,
        { sdkService: 'ElasticLoadBalancingV2', operation: 'DescribeTags', scope: `tags of ${arns.length} load balancers and target groups` },
        () => elb.send(new DescribeTagsCommand({ ResourceArns: arns })),
      );
      for (const description of result?.TagDescriptions ?? []) {
        const resource = byArn.get(description.ResourceArn ?? '');
        if (resource) resource.tags = tagsToRecord(description.Tags);
      }
    }),
  );
}

/** The CloudWatch dimension value: the ARN's part after "loadbalancer/" or "…:" (app/name/id, targetgroup/name/id). */
export function metricDimension(arn: string | undefined, marker: 'loadbalancer/' | 'targetgroup/'): string | null {
  const index = arn?.indexOf(marker) ?? -1;
  return arn && index >= 0 ? arn.slice(index + (marker === 'loadbalancer/' ? marker.length : 0)) : null;
}

function loadBalancerResource(context: CollectorContext, lb: LoadBalancer): Resource<LoadBalancerAttributes> {
  return {
    type: 'elbv2:load-balancer',
    id: lb.LoadBalancerName ?? 'unknown',
    ...(lb.LoadBalancerArn ? { arn: lb.LoadBalancerArn } : {}),
    name: lb.LoadBalancerName ?? 'unknown',
    region: context.config.region,
    ...(lb.State?.Code ? { status: lb.State.Code } : {}),
    tags: {},
    attributes: {
      lbType: lb.Type ?? null,
      scheme: lb.Scheme ?? null,
      dnsName: lb.DNSName ?? null,
      vpcId: lb.VpcId ?? null,
      availabilityZones: lb.AvailabilityZones?.length ?? 0,
      stateReason: lb.State?.Reason ?? null,
      metricDimension: metricDimension(lb.LoadBalancerArn, 'loadbalancer/'),
    },
  };
}

function targetGroupResource(
  context: CollectorContext,
  group: TargetGroup,
  health: TargetHealthDescription[] | undefined,
  lbNames: Map<string | undefined, string>,
): Resource<TargetGroupAttributes> {
  const targets = health ?? [];
  const unhealthy = targets.filter((t) => t.TargetHealth?.State === 'unhealthy');
  const healthy = targets.filter((t) => t.TargetHealth?.State === 'healthy');
  const reasons = new Map<string, number>();
  for (const t of unhealthy) reasons.set(t.TargetHealth?.Reason ?? 'unknown', (reasons.get(t.TargetHealth?.Reason ?? 'unknown') ?? 0) + 1);
  const status = health === undefined ? 'unknown' : targets.length === 0 ? 'empty' : unhealthy.length === 0 ? 'healthy' : healthy.length === 0 ? 'unhealthy' : 'degraded';
  return {
    type: 'elbv2:target-group',
    id: group.TargetGroupName ?? 'unknown',
    ...(group.TargetGroupArn ? { arn: group.TargetGroupArn } : {}),
    name: group.TargetGroupName ?? 'unknown',
    region: context.config.region,
    status,
    tags: {},
    attributes: {
      protocol: group.Protocol ?? null,
      port: group.Port ?? null,
      targetType: group.TargetType ?? null,
      loadBalancers: (group.LoadBalancerArns ?? []).map((arn) => lbNames.get(arn) ?? arn.split('/')[2] ?? arn),
      healthCheckPath: group.HealthCheckPath ?? null,
      targets: targets.length,
      healthyTargets: healthy.length,
      unhealthyTargets: unhealthy.length,
      unhealthyReasons: [...reasons].map(([reason, n]) => `${reason} x${n}`),
      firstUnhealthyDescription: unhealthy[0]?.TargetHealth?.Description ?? null,
      metricDimension: metricDimension(group.TargetGroupArn, 'targetgroup/'),
      // Target group metrics are per (target group, load balancer); the first one is the one measured.
      loadBalancerDimension: metricDimension(group.LoadBalancerArns?.[0], 'loadbalancer/'),
    },
  };
}
