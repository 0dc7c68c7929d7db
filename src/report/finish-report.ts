// The last steps of every run, after the scan (CLI `report`, the Action, `watch`): mutes, then the
// comparison with a baseline, then the verdict again over what is left open. Pure.

import type { MuteRule } from '../config/schema.js';
import { reportStatus } from './build-report.js';
import { isAtLeast, type Report, type ReportStatus, type Severity } from './model.js';
import { applyMutes } from './mutes.js';
import { markChanges } from './report-changes.js';

export interface RunHistory {
  mutes: readonly MuteRule[];
  /** The previous report and where it came from; absent: nothing is marked. */
  baseline?: { report: Report; source: string };
  failOnNew?: Severity;
}

/**
 * The verdict over the open findings. With fail-on-new only new findings at or above it fail the
 * report (without a baseline none is known to be old, so every finding counts as new); the rest
 * leave it degraded.
 */
export function finalStatus(report: Pick<Report, 'findings' | 'failOn' | 'scopes' | 'failOnNew'>): { status: ReportStatus; reason?: string } {
  if (!report.failOnNew) return reportStatus(report.findings, report.failOn, report.scopes);
  const failOnNew = report.failOnNew;
  const failing = report.findings.some((f) => f.change !== 'ongoing' && isAtLeast(f.severity, failOnNew));
  return failing ? { status: 'failing' } : reportStatus(report.findings, 'never', report.scopes);
}

export function finishReport(report: Report, history: RunHistory): Report {
  let finished = applyMutes(report, history.mutes);
  if (history.baseline) finished = markChanges(finished, history.baseline.report, history.baseline.source);
  if (history.failOnNew) finished = { ...finished, failOnNew: history.failOnNew };
  const { statusReason: _previousReason, ...rest } = finished;
  const { status, reason } = finalStatus(finished);
  return { ...rest, status, ...(reason ? { statusReason: reason } : {}) };
}
