// A previous run's JSON report, read as the baseline of this one (`--baseline FILE`, the Action's
// `baseline: previous`). It comes from a file or an artifact anyone could have written: it is
// trusted only once the report schema accepts it, and anything else is an error naming where.

import { UserError } from '../errors.js';
import { REPORT_SCHEMA_VERSION, type Report } from './model.js';
import { reportSchemaErrors } from './report-schema.js';

/**
 * Reports of the version before this one are read too: version 5 only added optional fields, so a
 * version 4 report is a version 5 report without marks, mutes or links, and the first run after an
 * upgrade still has its baseline.
 */
export const BASELINE_SCHEMA_VERSIONS: readonly number[] = [4, REPORT_SCHEMA_VERSION];

const SHOWN_PROBLEMS = 3;

/** The report in `text`, or a UserError naming `where` and what is wrong with it. */
export function parseBaselineReport(text: string, where: string): Report {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UserError(`baseline ${where}: not JSON (${(error as Error).message}); give the JSON report of a previous run (--format json)`);
  }
  const version = (parsed as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || (parsed as { tool?: { name?: unknown } }).tool?.name !== 'aws-monitor') {
    throw new UserError(`baseline ${where}: not an aws-monitor JSON report; give the JSON report of a previous run (--format json)`);
  }
  if (typeof version !== 'number' || !BASELINE_SCHEMA_VERSIONS.includes(version)) {
    throw new UserError(
      `baseline ${where}: an aws-monitor report of schema version ${String(version)}; this version compares with versions ${BASELINE_SCHEMA_VERSIONS.join(' and ')}`,
    );
  }
  const problems = reportSchemaErrors({ ...(parsed as object), schemaVersion: REPORT_SCHEMA_VERSION });
  if (problems.length > 0) {
    const more = problems.length > SHOWN_PROBLEMS ? `\n  ... and ${problems.length - SHOWN_PROBLEMS} more` : '';
    throw new UserError(`baseline ${where}: not a valid aws-monitor JSON report:\n  ${problems.slice(0, SHOWN_PROBLEMS).join('\n  ')}${more}`);
  }
  return { ...(parsed as Report), schemaVersion: REPORT_SCHEMA_VERSION };
}
