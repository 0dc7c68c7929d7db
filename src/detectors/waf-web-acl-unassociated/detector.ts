import { refOf } from '../../report/model.js';
import type { ResourceStateDetector } from '../types.js';

export const wafWebAclUnassociated: ResourceStateDetector<'wafv2:web-acl'> = {
  id: 'waf_web_acl_unassociated',
  cause: null,
  title: 'WAF web ACL protecting nothing',
  description: 'A regional web ACL associated with no load balancer: possibly a protection someone believes is on.',
  resourceTypes: ['wafv2:web-acl'],
  thresholds: {},
  detect({ resource }) {
    if (resource.attributes.associatedLoadBalancers !== 0) return [];
    return [
      {
        severity: 'info',
        resource: refOf(resource),
        title: 'web ACL is associated with no load balancer',
        evidence: [{ label: 'associated load balancers', value: '0' }],
        nextStep: `\`aws wafv2 associate-web-acl --web-acl-arn ${resource.arn ?? resource.id} --resource-arn <load balancer arn>\`, or delete the ACL`,
      },
    ];
  },
};
