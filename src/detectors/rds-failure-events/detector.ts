import { refOf, type ResourceEvent, type Severity, severityRank } from '../../report/model.js';
import type { ResourceStateDetector } from '../types.js';

// RDS event messages (RDS user guide, "Amazon RDS event categories and event messages").
const KINDS: Array<{ pattern: RegExp; kind: string; severity: Severity }> = [
  { pattern: /storage.*(full|is low|exhausted)|free storage capacity .* is low|ran out of storage/i, kind: 'storage running out', severity: 'high' },
  { pattern: /failover|failed over/i, kind: 'failover', severity: 'high' },
  { pattern: /\bfail(ed|ure)?\b|error|unable to|could not/i, kind: 'failure', severity: 'high' },
  { pattern: /recovery|recovering|crash/i, kind: 'recovery', severity: 'high' },
  { pattern: /restarted|rebooted|reboot|shutdown|shut down|has been stopped/i, kind: 'restart', severity: 'medium' },
];

function kindOf(event: ResourceEvent) {
  return KINDS.find((k) => k.pattern.test(event.message));
}

export const rdsFailureEvents: ResourceStateDetector = {
  id: 'rds_failure_events',
  cause: 'availability',
  title: 'RDS reported failures, failovers or restarts',
  description: 'RDS events in the window about failovers, failures, restarts or storage running out.',
  resourceTypes: ['rds:instance', 'rds:cluster'],
  thresholds: {},
  detect({ resource }) {
    const matched = (resource.events ?? []).map((event) => ({ event, kind: kindOf(event) })).filter((m) => m.kind !== undefined);
    if (matched.length === 0) return [];
    const worst = matched.reduce((a, b) => (severityRank(b.kind!.severity) < severityRank(a.kind!.severity) ? b : a));
    const kinds = [...new Set([...matched].sort((a, b) => severityRank(a.kind!.severity) - severityRank(b.kind!.severity)).map((m) => m.kind!.kind))];
    return [
      {
        severity: worst.kind!.severity,
        resource: refOf(resource),
        title: `RDS reported ${kinds.join(', ')} (${matched.length} event${matched.length === 1 ? '' : 's'})`,
        evidence: matched.slice(0, 3).map((m) => ({ label: m.event.at, value: m.event.message })),
        since: matched.at(-1)!.event.at, // events are newest first
        nextStep: `\`aws rds describe-events --source-identifier ${resource.id} --duration 1440\`, then the database log around those times`,
      },
    ];
  },
};
