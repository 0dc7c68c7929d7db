import { consoleUrl, linkableConsoleUrl, partitionOf } from '../../src/report/console-links.js';
import type { ResourceRef } from '../../src/report/model.js';
import { RESOURCE_TYPES } from '../../src/services/registry.js';

const ref = (overrides: Partial<ResourceRef>): ResourceRef => ({ type: 'ecs:cluster', id: 'pp-web-production', region: 'us-east-2', ...overrides });

describe('console links', () => {
  it.each<[string, Partial<ResourceRef>, string]>([
    ['an ECS cluster', {}, 'https://us-east-2.console.aws.amazon.com/ecs/v2/clusters/pp-web-production/services?region=us-east-2'],
    [
      'an ECS service (cluster/name)',
      { type: 'ecs:service', id: 'pp-web-production/checkout' },
      'https://us-east-2.console.aws.amazon.com/ecs/v2/clusters/pp-web-production/services/checkout/health?region=us-east-2',
    ],
    ['an RDS instance', { type: 'rds:instance', id: 'orders-db' }, 'https://us-east-2.console.aws.amazon.com/rds/home?region=us-east-2#database:id=orders-db;is-cluster=false'],
    ['an Aurora cluster', { type: 'rds:cluster', id: 'orders' }, 'https://us-east-2.console.aws.amazon.com/rds/home?region=us-east-2#database:id=orders;is-cluster=true'],
    ['an OpenSearch domain', { type: 'opensearch:domain', id: 'search' }, 'https://us-east-2.console.aws.amazon.com/aos/home?region=us-east-2#opensearch/domains/search'],
    [
      'a CloudFormation stack by its ARN',
      { type: 'cloudformation:stack', id: 'pp-web-production', arn: 'arn:aws:cloudformation:us-east-2:123456789012:stack/pp-web-production/abc' },
      'https://us-east-2.console.aws.amazon.com/cloudformation/home?region=us-east-2#/stacks/stackinfo?stackId=arn%3Aaws%3Acloudformation%3Aus-east-2%3A123456789012%3Astack%2Fpp-web-production%2Fabc',
    ],
    ['a DMS task', { type: 'dms:task', id: 'orders-cdc' }, 'https://us-east-2.console.aws.amazon.com/dms/v2/home?region=us-east-2#taskDetails/orders-cdc'],
    [
      'a regional WAF web ACL, named and identified by its ARN',
      { type: 'wafv2:web-acl', id: 'edge', arn: 'arn:aws:wafv2:us-east-2:123456789012:regional/webacl/edge/1111-2222' },
      'https://us-east-2.console.aws.amazon.com/wafv2/homev2/web-acl/edge/1111-2222/overview?region=us-east-2',
    ],
    ['a WAF web ACL without an ARN: the list', { type: 'wafv2:web-acl', id: 'edge' }, 'https://us-east-2.console.aws.amazon.com/wafv2/homev2/web-acls?region=us-east-2'],
    [
      'a load balancer by its ARN',
      { type: 'elbv2:load-balancer', id: 'web', arn: 'arn:aws:elasticloadbalancing:us-east-2:123456789012:loadbalancer/app/web/50dc6c495c0c9188' },
      'https://us-east-2.console.aws.amazon.com/ec2/home?region=us-east-2#LoadBalancer:loadBalancerArn=arn%3Aaws%3Aelasticloadbalancing%3Aus-east-2%3A123456789012%3Aloadbalancer%2Fapp%2Fweb%2F50dc6c495c0c9188',
    ],
    [
      'a target group without an ARN: a search',
      { type: 'elbv2:target-group', id: 'web-tg' },
      'https://us-east-2.console.aws.amazon.com/ec2/home?region=us-east-2#TargetGroups:search=web-tg',
    ],
    [
      'a log group, encoded the way the CloudWatch console does',
      { type: 'logs:log-group', id: '/ecs/checkout' },
      'https://us-east-2.console.aws.amazon.com/cloudwatch/home?region=us-east-2#logsV2:log-groups/log-group/$252Fecs$252Fcheckout',
    ],
  ])('links %s', (_, overrides, url) => {
    expect(consoleUrl(ref(overrides))).toBe(url);
  });

  it('uses the console host of the China and GovCloud partitions, from the ARN or else the region', () => {
    expect(consoleUrl(ref({ region: 'cn-north-1' }))).toBe('https://console.amazonaws.cn/ecs/v2/clusters/pp-web-production/services?region=cn-north-1');
    expect(consoleUrl(ref({ region: 'us-gov-west-1' }))).toBe('https://console.amazonaws-us-gov.com/ecs/v2/clusters/pp-web-production/services?region=us-gov-west-1');
    expect(partitionOf({ arn: 'arn:aws-cn:ecs:cn-north-1:1:cluster/x', region: 'cn-north-1' })).toBe('aws-cn');
    expect(partitionOf({ region: 'eu-west-1' })).toBe('aws');
  });

  it('encodes names from AWS, so a hostile id cannot add a query or leave the console', () => {
    const url = consoleUrl(ref({ type: 'dms:task', id: 'x?region=evil#/../../@evil.example' }))!;
    expect(new URL(url).hostname).toBe('us-east-2.console.aws.amazon.com');
    expect(url).toContain('taskDetails/x%3Fregion%3Devil%23%2F..%2F..%2F%40evil.example');
  });

  it('gives no link without a region', () => {
    expect(consoleUrl({ type: 'ecs:cluster', id: 'x' })).toBeUndefined();
  });

  it('links only https console hosts, without credentials', () => {
    expect(linkableConsoleUrl('https://eu-west-1.console.aws.amazon.com/ecs/home?a=(1)')).toBe('https://eu-west-1.console.aws.amazon.com/ecs/home?a=(1)');
    expect(linkableConsoleUrl('javascript:alert(1)')).toBeUndefined();
    expect(linkableConsoleUrl('https://console.aws.amazon.com.evil.example/')).toBeUndefined();
    expect(linkableConsoleUrl('https://user:pw@console.aws.amazon.com/')).toBeUndefined();
  });
});

describe('console links for every resource type the services register', () => {
  // A service added without its console page would link to the console's home: this names it.
  it.each(RESOURCE_TYPES.map((type) => [type]))('%s has a page of its own', (type) => {
    expect(consoleUrl(ref({ type, id: 'x-1' }))).not.toMatch(/\/console\/home\?/);
  });
});
