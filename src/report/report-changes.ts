// What changed since the previous report: the comparison every consumer of run history shares
// (`--baseline`, the Action's `baseline: previous`, `watch`, and the notifiers). Pure: two reports
// in, three lists out. The project keeps no history of its own: the previous JSON report is it.

import { allFindings } from './merge-related.js';
import type { BaselineRef, Finding, Report } from './model.js';

/**
 * A finding's identity across runs: its id (detector, resource and metric or signature, never a
 * time or value) in its account and region, since the same resource name can exist in two accounts.
 */
export function findingKey(finding: Pick<Finding, 'id' | 'resource'>): string {
  return `${finding.resource.account ?? ''}|${finding.resource.region ?? ''}|${finding.id}`;
}

export interface OngoingFinding {
  current: Finding;
  previous: Finding;
}

/** What changed, keyed by findingKey; each list in the order of its report (worst first). */
export interface ReportChanges {
  /** Open now, absent from the previous report (open or muted there). */
  new: Finding[];
  /** Open now and reported before (open, or muted then), with the previous finding. */
  ongoing: OngoingFinding[];
  /** Open in the previous report and neither open nor muted now: gone. */
  resolved: Finding[];
}

type Findings = Pick<Report, 'findings'> & Partial<Pick<Report, 'muted'>>;

/**
 * Compares the open findings of `current` with `previous`, related findings included (each is a
 * problem of its own; merging them under another is presentation). A finding muted now is neither
 * new nor resolved: it is still there, only accepted.
 */
export function compareReports(previous: Findings, current: Findings): ReportChanges {
  const before = new Map<string, Finding>();
  for (const f of allFindings(previous.findings)) before.set(findingKey(f), f);
  for (const m of previous.muted ?? []) if (!before.has(findingKey(m.finding))) before.set(findingKey(m.finding), m.finding);
  const now = new Set<string>();
  const changes: ReportChanges = { new: [], ongoing: [], resolved: [] };
  for (const f of allFindings(current.findings)) {
    const key = findingKey(f);
    now.add(key);
    const earlier = before.get(key);
    if (earlier) changes.ongoing.push({ current: f, previous: earlier });
    else changes.new.push(f);
  }
  for (const m of current.muted ?? []) now.add(findingKey(m.finding));
  for (const f of allFindings(previous.findings)) if (!now.has(findingKey(f))) changes.resolved.push(f);
  return changes;
}

/**
 * The report with each open finding marked `new` or `ongoing` (with `firstSeen`: now when new,
 * carried from the baseline when ongoing, or the baseline's time when it never said), the
 * baseline's resolved findings listed, and where the baseline came from.
 */
export function markChanges(report: Report, baseline: Report, source: string): Report {
  const changes = compareReports(baseline, report);
  const newKeys = new Set(changes.new.map(findingKey));
  const carried = new Map(changes.ongoing.map(({ current, previous }) => [findingKey(current), previous.firstSeen ?? baseline.generatedAt]));
  const mark = (f: Finding): Finding => {
    const key = findingKey(f);
    const isNew = newKeys.has(key);
    return { ...f, change: isNew ? 'new' : 'ongoing', firstSeen: isNew ? report.generatedAt : carried.get(key)!, ...(f.related ? { related: f.related.map(mark) } : {}) };
  };
  // A resolved finding is shown as the baseline had it, flat (its related ones are listed each on its own).
  const resolved = changes.resolved.map(({ change: _change, related: _related, ...f }) => f);
  const ref: BaselineRef = { source, generatedAt: baseline.generatedAt };
  return { ...report, findings: report.findings.map(mark), baseline: ref, resolved };
}
