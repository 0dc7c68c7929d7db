// AWS WAF (v2): web ACLs, their logging configuration and what they protect.

import type { ServiceModule } from '../types.js';
import type { Wafv2AttributeTypes } from './attributes.js';
import { wafv2LogSources } from './log-sources.js';

export const wafv2Service: ServiceModule<Wafv2AttributeTypes> = {
  id: 'wafv2',
  title: 'AWS WAF',
  inventoryTitle: 'WAF',
  loadCollector: async () => (await import('./collector.js')).wafv2Collector,
  resourceTypes: {
    'wafv2:web-acl': {
      listAttributes: { loadBalancers: ',' },
      summary: ({ attributes: a }) =>
        [
          a.logGroup ? `logs to ${a.logGroup}` : a.loggingEnabled ? 'logging on' : 'logging off',
          typeof a.associatedLoadBalancers === 'number' ? `${a.associatedLoadBalancers} load balancers` : '',
        ]
          .filter(Boolean)
          .join(', '),
    },
  },
  metrics: [],
  logSources: wafv2LogSources,
};
