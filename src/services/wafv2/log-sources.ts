// A web ACL's logging configuration names its log group (aws-waf-logs-*).

import type { Resource } from '../../report/model.js';
import { textAttribute } from '../attribute-values.js';
import type { LogSourceClaim } from '../types.js';

export function wafv2LogSources(resource: Resource): LogSourceClaim[] {
  const logGroup = textAttribute(resource, 'logGroup');
  return logGroup ? [{ logGroup, kind: 'waf' }] : [];
}
