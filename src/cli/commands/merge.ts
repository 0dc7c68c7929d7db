// `aws-monitor merge REPORT.json...`: the JSON reports of a matrix of jobs (one per account and
// region) as one report, in any format, with the exit code a pipeline gates on.

import { UserError } from '../../errors.js';
import { mergeReports } from '../../report/merge-reports.js';
import type { Report, Severity } from '../../report/model.js';
import { reportSchemaErrors } from '../../report/report-schema.js';
import { renderReport } from '../../renderers/registry.js';
import type { OutputFormat } from '../../config/cli-choices.js';
import { reportExitCode } from '../exit-codes.js';
import { type GlobalOptions, wantsColor } from '../global-options.js';
import { type CliIo, readInputFile, writeResult } from '../io.js';

export interface MergeCommandOptions extends GlobalOptions {
  format?: OutputFormat;
  output?: string;
  failOn?: Severity | 'never';
  minSeverity?: Severity;
  allowEmpty?: boolean;
}

const SHOWN_PROBLEMS = 5;

/** A report file, trusted only once the schema accepts it; anything else names the file and what is wrong. */
export function readReport(file: string, io: CliIo): Report {
  const text = readInputFile(file, io);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${file}: not JSON (${(error as Error).message}); give the reports written with --format json`);
  }
  const problems = reportSchemaErrors(parsed);
  if (problems.length > 0) {
    const version = (parsed as { schemaVersion?: unknown })?.schemaVersion;
    const hint = typeof version === 'number' ? ` (its schemaVersion is ${version})` : '';
    const more = problems.length > SHOWN_PROBLEMS ? `\n  ... and ${problems.length - SHOWN_PROBLEMS} more` : '';
    throw new UserError(`${file}: not an aws-monitor JSON report this version reads${hint}:\n  ${problems.slice(0, SHOWN_PROBLEMS).join('\n  ')}${more}`);
  }
  return parsed as Report;
}

export function mergeCommand(files: string[], options: MergeCommandOptions, io: CliIo): number {
  const reports = files.map((file) => readReport(file, io));
  const merged = mergeReports(reports, options.failOn ? { failOn: options.failOn } : {});
  const format = options.format ?? 'text';
  const minSeverity = options.minSeverity ?? 'info';
  const color = !options.output && wantsColor(options.color, io);
  const text = renderReport(format, merged, { minSeverity: { text: minSeverity, markdown: minSeverity, annotations: minSeverity } }, { color });
  writeResult(text, options.output, `${merged.status}: ${merged.findings.length} findings from ${files.length} reports (${merged.scopes.length} scans)`, io);
  return reportExitCode(merged.status, options.allowEmpty === true);
}
