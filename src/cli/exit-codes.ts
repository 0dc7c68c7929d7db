// The exit codes of every command (the README's "Exit codes" table).

import type { ReportStatus } from '../report/model.js';

export const EXIT = {
  /** Checked, and nothing at or above fail-on (a gate: pass). */
  ok: 0,
  /** Findings at or above fail-on (a gate: fail). */
  findings: 1,
  /** The tool could not run or could not check: bad configuration, credentials, AWS unreachable. */
  toolError: 2,
  /** Nothing to judge: an empty scope (a scan), or too little data (a gate: inconclusive). */
  noEvidence: 3,
} as const;

/** A scan report's exit code: a report that looked at nothing never exits 0, unless an empty scope is expected. */
export function reportExitCode(status: ReportStatus, allowEmpty: boolean): number {
  switch (status) {
    case 'failing':
      return EXIT.findings;
    case 'unchecked':
      return EXIT.toolError;
    case 'empty':
      return allowEmpty ? EXIT.ok : EXIT.noEvidence;
    case 'degraded':
    case 'healthy':
      return EXIT.ok;
  }
}
