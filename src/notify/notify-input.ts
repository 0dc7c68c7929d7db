// What the notifiers read from a report: the findings that are new and those resolved since the
// baseline. The engine marks them when it was given a previous report (`--baseline`): each finding
// gets `change` ('new' | 'ongoing') and the report a `resolved` list. This module reads those
// optional fields without depending on how they are produced; without them every finding counts
// as new, nothing as resolved, and `baseline` is false so the report can say so.

import type { Finding, Report } from '../report/model.js';

/** A finding as the baseline comparison marks it (fields absent without a baseline). */
export type MarkedFinding = Finding & { change?: 'new' | 'ongoing'; firstSeen?: string };

export interface Changes {
  new: MarkedFinding[];
  ongoing: MarkedFinding[];
  resolved: Finding[];
  /** False: the report had no baseline, so every finding was counted as new. */
  baseline: boolean;
}

export function changesFromReport(report: Report): Changes {
  const findings = report.findings as MarkedFinding[];
  const resolved = (report as Report & { resolved?: Finding[] }).resolved;
  const baseline = Array.isArray(resolved) || findings.some((f) => f.change !== undefined);
  if (!baseline) return { new: [...findings], ongoing: [], resolved: [], baseline: false };
  return {
    // A finding the comparison did not mark is one it could not match: better sent than lost.
    new: findings.filter((f) => f.change !== 'ongoing'),
    ongoing: findings.filter((f) => f.change === 'ongoing'),
    resolved: resolved ?? [],
    baseline: true,
  };
}
