// A web ACL's logging configuration names its log group (aws-waf-logs-*).

import type { LogSourceClaim, ServiceResource } from '../types.js';
import type { Wafv2AttributeTypes } from './attributes.js';

export function wafv2LogSources(resource: ServiceResource<Wafv2AttributeTypes>): LogSourceClaim[] {
  const logGroup = resource.attributes.logGroup;
  return logGroup ? [{ logGroup, kind: 'waf' }] : [];
}
