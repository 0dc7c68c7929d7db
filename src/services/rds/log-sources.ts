// RDS publishes each exported log to /aws/rds/<instance|cluster>/<id>/<log>.

import type { LogKind } from '../../telemetry/logs/log-types.js';
import type { LogSourceClaim, ServiceResource } from '../types.js';
import type { RdsAttributeTypes } from './attributes.js';

// RDS exports worth reading for problems; general, audit and slow-query logs are volume, not errors.
const RDS_ERROR_LOGS: Readonly<Record<string, LogKind>> = {
  postgresql: 'rds-postgresql',
  error: 'rds-mysql',
  'iam-db-auth-error': 'application',
};

export function rdsLogSources(resource: ServiceResource<RdsAttributeTypes>): LogSourceClaim[] {
  // Members of an Aurora cluster publish to the cluster's groups.
  if (resource.type === 'rds:instance' && resource.attributes.clusterId) return [];
  const claims: LogSourceClaim[] = [];
  for (const logGroup of resource.attributes.logGroups ?? []) {
    const kind = RDS_ERROR_LOGS[logGroup.slice(logGroup.lastIndexOf('/') + 1)];
    if (kind) claims.push({ logGroup, kind });
  }
  return claims;
}
