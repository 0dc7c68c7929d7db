// AWS WAF (v2): web ACLs, their logging configuration and what they protect.

import type { ServiceModule } from '../types.js';
import { wafv2Collector } from './collector.js';
import { wafv2LogSources } from './log-sources.js';

export const wafv2Service: ServiceModule = {
  inventoryTitle: 'WAF',
  collector: wafv2Collector,
  resourceTypes: [
    {
      type: 'wafv2:web-acl',
      summary: ({ attributes: a }) =>
        [
          a.logGroup ? `logs to ${String(a.logGroup)}` : a.loggingEnabled ? 'logging on' : 'logging off',
          typeof a.associatedLoadBalancers === 'number' ? `${a.associatedLoadBalancers} load balancers` : '',
        ]
          .filter(Boolean)
          .join(', '),
    },
  ],
  metrics: [],
  logSources: wafv2LogSources,
};
