// WAF (v2, regional): web ACLs, where their logs go, and the load balancers they protect.

import { ListLoggingConfigurationsCommand, ListResourcesForWebACLCommand, ListWebACLsCommand, WAFV2Client } from '@aws-sdk/client-wafv2';
import type { Resource } from '../../report/model.js';
import { attempt, paginate } from '../../collectors/attempt.js';
import type { Collector } from '../../collectors/types.js';
import type { WebAclAttributes } from './attributes.js';

const ID = 'wafv2';
const PAGE = 100; // Limit's documented maximum

export const wafv2Collector: Collector = {
  id: ID,
  title: 'AWS WAF',
  async collect(context) {
    const waf = context.clients.get(WAFV2Client);
    const scope = (operation: string, what: string) => ({ sdkService: 'WAFV2', operation, scope: what });
    const [acls, logging] = await Promise.all([
      paginate(context, ID, scope('ListWebACLs', 'regional web ACLs'), async (NextMarker) => {
        const page = await waf.send(new ListWebACLsCommand({ Scope: 'REGIONAL', NextMarker, Limit: PAGE }));
        return { items: page.WebACLs, next: page.NextMarker };
      }),
      paginate(context, ID, scope('ListLoggingConfigurations', 'web ACL logging configurations'), async (NextMarker) => {
        const page = await waf.send(new ListLoggingConfigurationsCommand({ Scope: 'REGIONAL', NextMarker, Limit: PAGE }));
        return { items: page.LoggingConfigurations, next: page.NextMarker };
      }),
    ]);
    context.progress(`WAF: ${acls.length} web ACLs`);
    const destinations = new Map(logging.map((l) => [l.ResourceArn, l.LogDestinationConfigs ?? []]));
    return Promise.all(
      acls.map(async (acl): Promise<Resource<WebAclAttributes>> => {
        // Only load balancers: the resources this tool watches (API Gateway, AppSync would cost a call each).
        const associated = await attempt(context, ID, scope('ListResourcesForWebACL', `load balancers protected by web ACL ${acl.Name}`), () =>
          waf.send(new ListResourcesForWebACLCommand({ WebACLArn: acl.ARN, ResourceType: 'APPLICATION_LOAD_BALANCER' })),
        );
        const targets = destinations.get(acl.ARN) ?? [];
        const logGroup = targets.map((arn) => arn.split(':log-group:')[1]).find(Boolean);
        return {
          type: 'wafv2:web-acl',
          id: acl.Name ?? 'unknown',
          ...(acl.ARN ? { arn: acl.ARN } : {}),
          name: acl.Name ?? 'unknown',
          region: context.config.region,
          status: 'active',
          tags: {},
          attributes: {
            loggingEnabled: targets.length > 0,
            logDestination: targets[0] ?? null,
            // WAF log groups must be named aws-waf-logs-*; the log checks read them.
            logGroup: logGroup?.replace(/:\*$/, '') ?? null,
            associatedLoadBalancers: associated ? (associated.ResourceArns?.length ?? 0) : null,
            loadBalancers: associated ? (associated.ResourceArns ?? []).map((arn) => arn.split('/')[2] ?? arn) : null,
          },
        };
      }),
    );
  },
};
