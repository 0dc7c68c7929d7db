// RDS publishes each exported log to /aws/rds/<instance|cluster>/<id>/<log>.

import type { Resource } from '../../report/model.js';
import type { LogKind } from '../../telemetry/logs/log-types.js';
import { listAttribute } from '../attribute-values.js';
import type { LogSourceClaim } from '../types.js';

// RDS exports worth reading for problems; general, audit and slow-query logs are volume, not errors.
const RDS_ERROR_LOGS: Readonly<Record<string, LogKind>> = {
  postgresql: 'rds-postgresql',
  error: 'rds-mysql',
  'iam-db-auth-error': 'application',
};

export function rdsLogSources(resource: Resource): LogSourceClaim[] {
  // Members of an Aurora cluster publish to the cluster's groups.
  const clusterId = resource.attributes.clusterId;
  if (resource.type === 'rds:instance' && typeof clusterId === 'string' && clusterId !== '') return [];
  const claims: LogSourceClaim[] = [];
  for (const logGroup of listAttribute(resource, 'logGroups')) {
    const kind = RDS_ERROR_LOGS[logGroup.slice(logGroup.lastIndexOf('/') + 1)];
    if (kind) claims.push({ logGroup, kind });
  }
  return claims;
}
