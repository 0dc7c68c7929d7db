import { refOf } from '../../report/model.js';
import type { ResourceStateDetector } from '../types.js';

export const wafLoggingDisabled: ResourceStateDetector<'wafv2:web-acl'> = {
  id: 'waf_logging_disabled',
  cause: null,
  title: 'WAF web ACL without logging',
  description: 'Without a logging configuration no one can see which requests the web ACL blocked, and the log checks cannot read them.',
  resourceTypes: ['wafv2:web-acl'],
  thresholds: {},
  detect({ resource }) {
    if (resource.attributes.loggingEnabled !== false || resource.attributes.associatedLoadBalancers === 0) return [];
    return [
      {
        severity: 'low',
        resource: refOf(resource),
        title: 'logging is off: blocked requests cannot be seen or checked',
        evidence: [{ label: 'protects', value: resource.attributes.loadBalancers ? resource.attributes.loadBalancers.join(', ') || 'none' : 'unknown (see coverage)' }],
        nextStep: `\`aws wafv2 put-logging-configuration --logging-configuration ResourceArn=${resource.arn ?? resource.id},LogDestinationConfigs=<arn of a log group named aws-waf-logs-...>\``,
      },
    ];
  },
};
