// A previous run's JSON report, read as the baseline of this one (`--baseline FILE`, the Action's
// `baseline: previous`). It comes from a file or an artifact anyone could have written: it is
// trusted only once the report schema accepts it, and anything else is an error naming where.

import { UserError } from '../errors.js';
import { resourceTypeSpec } from '../services/registry.js';
import { REPORT_SCHEMA_VERSION, type Report, type Resource } from './model.js';
import { reportSchemaErrors } from './report-schema.js';

/**
 * Reports of earlier versions are read too, so the first run after an upgrade still has its
 * baseline: version 5 only added optional fields to version 4 (marks, mutes, links), and version 6
 * turned the list attributes that versions 4 and 5 joined into one string into arrays.
 */
export const BASELINE_SCHEMA_VERSIONS: readonly number[] = [4, 5, REPORT_SCHEMA_VERSION];

/** The first version whose list attributes are arrays. */
const LISTS_AS_ARRAYS = 6;

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
      `baseline ${where}: an aws-monitor report of schema version ${String(version)}; this version compares with versions ${BASELINE_SCHEMA_VERSIONS.slice(0, -1).join(', ')} and ${String(BASELINE_SCHEMA_VERSIONS.at(-1))}`,
    );
  }
  const problems = reportSchemaErrors({ ...(parsed as object), schemaVersion: REPORT_SCHEMA_VERSION });
  if (problems.length > 0) {
    const more = problems.length > SHOWN_PROBLEMS ? `\n  ... and ${problems.length - SHOWN_PROBLEMS} more` : '';
    throw new UserError(`baseline ${where}: not a valid aws-monitor JSON report:\n  ${problems.slice(0, SHOWN_PROBLEMS).join('\n  ')}${more}`);
  }
  const report = parsed as Report;
  return { ...report, schemaVersion: REPORT_SCHEMA_VERSION, ...(version < LISTS_AS_ARRAYS ? { resources: report.resources.map(withListsAsArrays) } : {}) };
}

/** A resource of a version 4 or 5 report with its joined lists split, as the registry says each type joined them. */
function withListsAsArrays(resource: Resource): Resource {
  const lists = Object.entries(resourceTypeSpec(resource.type)?.listAttributes ?? {});
  if (lists.length === 0) return resource;
  const attributes = { ...resource.attributes };
  for (const [key, separator] of lists) {
    const value = attributes[key];
    // Versions 4 and 5 wrote null for an empty list; a value that is already an array is kept.
    if (typeof value === 'string') attributes[key] = value.split(separator).filter((item) => item !== '');
  }
  return { ...resource, attributes };
}
