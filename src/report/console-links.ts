// The AWS console page of a finding's resource: a pure function of the resource reference, its
// region and its partition, so every output (text, markdown, HTML, JSON `consoleUrl`) links to the
// same page. Paths follow the console's own deep links as of 2026 (the URL a browser shows on the
// page); a resource without what its page needs (no ARN for a WAF ACL) gets the service's list page.

import type { ResourceRef } from './model.js';

export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov'] as const;
export type Partition = (typeof PARTITIONS)[number];

/** The partition of a resource: its ARN's second field, else its region's prefix (cn-*, us-gov-*). */
export function partitionOf(ref: Pick<ResourceRef, 'arn' | 'region'>): Partition {
  const fromArn = ref.arn?.split(':')[1];
  if (fromArn && (PARTITIONS as readonly string[]).includes(fromArn)) return fromArn as Partition;
  if (ref.region?.startsWith('cn-')) return 'aws-cn';
  if (ref.region?.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** The console's host for a region: regional hosts in the commercial partition, one host elsewhere. */
export function consoleHost(region: string, partition: Partition): string {
  switch (partition) {
    case 'aws-cn':
      return 'console.amazonaws.cn';
    case 'aws-us-gov':
      return 'console.amazonaws-us-gov.com';
    case 'aws':
      return `${region}.console.aws.amazon.com`;
  }
}

const part = (text: string): string => encodeURIComponent(text);

/**
 * The CloudWatch console's log group deep link encodes a name twice and writes `%` as `$`
 * (`/aws/ecs/web` -> `$252Faws$252Fecs$252Fweb`).
 */
function logGroupFragment(name: string): string {
  return encodeURIComponent(encodeURIComponent(name)).replace(/%/g, '$');
}

/** The path and query (after the host) of the resource's console page, in `region`. */
function consolePath(ref: ResourceRef, region: string): string {
  const r = part(region);
  switch (ref.type) {
    case 'ecs:cluster':
      return `/ecs/v2/clusters/${part(ref.id)}/services?region=${r}`;
    case 'ecs:service': {
      // Our id for a service is cluster/name.
      const slash = ref.id.indexOf('/');
      const [cluster, service] = slash === -1 ? ['default', ref.id] : [ref.id.slice(0, slash), ref.id.slice(slash + 1)];
      return `/ecs/v2/clusters/${part(cluster)}/services/${part(service)}/health?region=${r}`;
    }
    case 'rds:instance':
      return `/rds/home?region=${r}#database:id=${part(ref.id)};is-cluster=false`;
    case 'rds:cluster':
      return `/rds/home?region=${r}#database:id=${part(ref.id)};is-cluster=true`;
    case 'opensearch:domain':
      return `/aos/home?region=${r}#opensearch/domains/${part(ref.id)}`;
    case 'cloudformation:stack':
      return `/cloudformation/home?region=${r}#/stacks/stackinfo?stackId=${part(ref.arn ?? ref.id)}`;
    case 'elbv2:load-balancer':
      return ref.arn ? `/ec2/home?region=${r}#LoadBalancer:loadBalancerArn=${part(ref.arn)}` : `/ec2/home?region=${r}#LoadBalancers:search=${part(ref.id)}`;
    case 'elbv2:target-group':
      return ref.arn ? `/ec2/home?region=${r}#TargetGroup:targetGroupArn=${part(ref.arn)}` : `/ec2/home?region=${r}#TargetGroups:search=${part(ref.id)}`;
    case 'dms:task':
      return `/dms/v2/home?region=${r}#taskDetails/${part(ref.id)}`;
    case 'wafv2:web-acl': {
      // arn:aws:wafv2:REGION:ACCOUNT:regional/webacl/NAME/ID: the page needs the name and the id.
      const match = /:(regional|global)\/webacl\/([^/]+)\/([^/]+)$/.exec(ref.arn ?? '');
      return match ? `/wafv2/homev2/web-acl/${part(match[2]!)}/${part(match[3]!)}/overview?region=${match[1] === 'global' ? 'global' : r}` : `/wafv2/homev2/web-acls?region=${r}`;
    }
    case 'elasticache:replication-group':
    case 'elasticache:cache-cluster':
      // The console lists caches by engine, but its search finds a cache of any engine by its id.
      return `/elasticache/home?region=${r}#/caches?search=${part(ref.id)}`;
    case 'logs:log-group':
      return `/cloudwatch/home?region=${r}#logsV2:log-groups/log-group/${logGroupFragment(ref.id)}`;
    default:
      // A resource type added without a page here still links somewhere useful: the console's home in its region.
      return `/console/home?region=${r}`;
  }
}

/** The console page of the resource, or undefined when its region is not known. */
export function consoleUrl(ref: ResourceRef): string | undefined {
  if (!ref.region) return undefined;
  const partition = partitionOf(ref);
  return `https://${consoleHost(ref.region, partition)}${consolePath(ref, ref.region)}`;
}

const CONSOLE_HOSTS = [/^(?:[a-z0-9-]+\.)*console\.aws\.amazon\.com$/, /^(?:[a-z0-9-]+\.)*console\.amazonaws-us-gov\.com$/, /^(?:[a-z0-9-]+\.)*console\.amazonaws\.cn$/];

/**
 * A console URL as an output may link it: https on an AWS console host, no credentials or port,
 * normalised (spaces, quotes and angle brackets percent-encoded); undefined for anything else. A
 * merged or baseline report may come from anywhere, so its links are checked, not trusted.
 */
export function linkableConsoleUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return undefined;
  if (!CONSOLE_HOSTS.some((host) => host.test(parsed.hostname))) return undefined;
  return parsed.href;
}
