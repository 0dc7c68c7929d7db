// What to do to the repository's issues so that they list exactly the open findings: a pure
// function of the issues found (by their hidden marker) and the report.

import { isAtLeast, type Finding, type Report, type Severity } from '../report/model.js';
import { digest, readMarkers } from './issue-text.js';

export interface TrackedIssue {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string | null;
}

export type IssueAction =
  | { kind: 'create'; finding: Finding }
  | { kind: 'update'; finding: Finding; issue: TrackedIssue }
  | { kind: 'reopen'; finding: Finding; issue: TrackedIssue }
  | { kind: 'close'; findingId: string; issue: TrackedIssue; reason: string };

export interface IssuePlan {
  actions: IssueAction[];
  /** Open issues left open because this run could not look at their resource. */
  keptUnverified: number;
}

export function planIssues(report: Report, issues: readonly TrackedIssue[], minSeverity: Severity): IssuePlan {
  const byFinding = new Map<string, TrackedIssue>();
  // Oldest first, open before closed: if a finding has two issues (edited by hand), the one kept is stable.
  for (const issue of [...issues].sort((a, b) => (a.state === b.state ? a.number - b.number : a.state === 'open' ? -1 : 1))) {
    const marker = readMarkers(issue.body);
    if (marker && !byFinding.has(marker.findingId)) byFinding.set(marker.findingId, issue);
  }
  const actions: IssueAction[] = [];
  const wanted = new Set<string>();
  for (const finding of report.findings) {
    if (!isAtLeast(finding.severity, minSeverity) || wanted.has(finding.id)) continue;
    wanted.add(finding.id);
    const issue = byFinding.get(finding.id);
    if (!issue) actions.push({ kind: 'create', finding });
    else if (issue.state === 'closed') actions.push({ kind: 'reopen', finding, issue });
    else if (readMarkers(issue.body)?.digest !== digest(finding)) actions.push({ kind: 'update', finding, issue });
  }
  let keptUnverified = 0;
  const below = new Map(report.findings.map((f) => [f.id, f.severity]));
  for (const [findingId, issue] of byFinding) {
    if (issue.state !== 'open' || wanted.has(findingId)) continue;
    if (!verified(report, findingId)) {
      keptUnverified += 1;
      continue;
    }
    const now = below.get(findingId);
    const reason = now ? `now ${now}, below ${minSeverity}` : `the scan of ${report.generatedAt} no longer finds it`;
    actions.push({ kind: 'close', findingId, issue, reason });
  }
  return { actions, keptUnverified };
}

/**
 * Whether the report looked where the finding would be: a finding missing because its service
 * could not be read is not resolved. Finding ids are `${kind}:${resource type}:...`, and the
 * resource type starts with the service (`ecs:service`); metric and log findings also depend on
 * CloudWatch and Logs being read.
 */
export function verified(report: Report, findingId: string): boolean {
  if (report.status === 'unchecked' || report.scopes.some((s) => s.status === 'unchecked')) return false;
  const [kind = '', service = ''] = findingId.split(':');
  const needs = new Set([service]);
  if (kind.startsWith('metric_')) needs.add('cloudwatch');
  if (kind.startsWith('log_') || kind.endsWith('_log_errors')) needs.add('logs');
  return !report.coverage.some((gap) => needs.has(gap.service));
}
