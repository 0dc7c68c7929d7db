// Which log groups to read, and whose they are: what each service module says its resources write
// to (src/services/<service>/log-sources.ts: ECS awslogs settings, RDS log exports, DMS task logs,
// WAF logging configurations) plus the groups named in `[logs] extra_log_groups`. Pure.

import { refOf, type Resource, type ResourceRef } from '../../report/model.js';
import { serviceOf } from '../../services/registry.js';
import type { LogKind, LogSource } from './log-types.js';

export function logSourcesOf(resources: readonly Resource[], extraLogGroups: readonly string[]): LogSource[] {
  const sources = new Map<string, LogSource>();
  const add = (logGroup: string, kind: LogKind, resource: ResourceRef, streamPrefix?: string): void => {
    const id = streamPrefix ? `${logGroup}|${streamPrefix}` : logGroup;
    // A group shared by several resources is read once, for the first resource that names it.
    if (!sources.has(id)) sources.set(id, { id, logGroup, ...(streamPrefix ? { streamPrefix } : {}), kind, resource: refOf(resource) });
  };

  for (const resource of resources) {
    for (const claim of serviceOf(resource.type)?.logSources?.(resource) ?? []) add(claim.logGroup, claim.kind, resource, claim.streamPrefix);
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
