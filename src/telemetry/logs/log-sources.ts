// Which log groups to read, and whose they are: from what discovery found (ECS task definitions'
// awslogs settings, RDS log exports, DMS replication instances, WAF logging configurations) plus
// the groups named in `[logs] extra_log_groups`. Pure.

import { refOf, type Resource, type ResourceRef } from '../../report/model.js';
import type { LogKind, LogSource } from './log-types.js';

// RDS exports worth reading for problems; general, audit and slow-query logs are volume, not errors.
const RDS_ERROR_LOGS: Readonly<Record<string, LogKind>> = {
  postgresql: 'rds-postgresql',
  error: 'rds-mysql',
  'iam-db-auth-error': 'application',
};

export function logSourcesOf(resources: readonly Resource[], extraLogGroups: readonly string[]): LogSource[] {
  const sources = new Map<string, LogSource>();
  const add = (logGroup: string, kind: LogKind, resource: ResourceRef, streamPrefix?: string): void => {
    const id = streamPrefix ? `${logGroup}|${streamPrefix}` : logGroup;
    // A group shared by several resources is read once, for the first resource that names it.
    if (!sources.has(id)) sources.set(id, { id, logGroup, ...(streamPrefix ? { streamPrefix } : {}), kind, resource: refOf(resource) });
  };

  for (const resource of resources) {
    const a = resource.attributes;
    switch (resource.type) {
      case 'ecs:service': {
        const groups = listOf(a.logGroups);
        const prefixes = listOf(a.logStreamPrefixes);
        // awslogs names streams prefix/container/task-id. With one prefix and one group the prefix
        // narrows a group the service may share; otherwise the whole group is read.
        for (const group of groups) add(group, 'application', resource, groups.length === 1 && prefixes.length === 1 ? `${prefixes[0]}/` : undefined);
        break;
      }
      case 'rds:instance':
      case 'rds:cluster':
        // Members of an Aurora cluster publish to the cluster's groups.
        if (resource.type === 'rds:instance' && typeof a.clusterId === 'string' && a.clusterId !== '') break;
        for (const group of listOf(a.logGroups)) {
          const log = group.slice(group.lastIndexOf('/') + 1);
          const kind = RDS_ERROR_LOGS[log];
          if (kind) add(group, kind, resource);
        }
        break;
      case 'dms:task':
        // Each task writes to dms-tasks-<instance>, in streams named dms-task-<task resource id>.
        if (typeof a.logGroup === 'string' && a.logGroup !== '') {
          const taskResourceId = resource.arn?.slice(resource.arn.lastIndexOf(':') + 1);
          add(a.logGroup, 'dms', resource, taskResourceId ? `dms-task-${taskResourceId}` : undefined);
        }
        break;
      case 'wafv2:web-acl':
        if (typeof a.logGroup === 'string' && a.logGroup !== '') add(a.logGroup, 'waf', resource);
        break;
      default:
        break;
    }
  }

  const found = new Set([...sources.values()].map((s) => s.logGroup));
  for (const group of extraLogGroups) {
    if (found.has(group)) continue;
    add(group, guessKind(group), { type: 'logs:log-group', id: group });
  }
  return [...sources.values()];
}

/** A group named by the user: the name says which format to expect when it follows AWS's conventions. */
export function guessKind(logGroup: string): LogKind {
  if (logGroup.startsWith('aws-waf-logs-')) return 'waf';
  if (logGroup.startsWith('dms-tasks-')) return 'dms';
  if (/^\/aws\/rds\/.*\/postgresql$/.test(logGroup)) return 'rds-postgresql';
  if (/^\/aws\/rds\/.*\/error$/.test(logGroup)) return 'rds-mysql';
  if (/(?:^|[/_-])(?:alb|elb)[/_-]?access|(?:^|[/_-])alb[/_-]?logs?$/i.test(logGroup)) return 'alb-access';
  return 'application';
}

function listOf(value: unknown): string[] {
  return typeof value === 'string' && value !== '' ? value.split(',').filter(Boolean) : [];
}
