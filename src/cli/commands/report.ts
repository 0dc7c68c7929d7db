// `aws-monitor report`: config, credentials, one scan, one rendered report, an exit code.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_GITHUB_API_URL } from '../../config/github-api-url.js';
import { UserError } from '../../errors.js';
import { notifyAfterReport } from '../../notify/dispatch.js';
import { DEFAULT_ISSUE_LABELS, describeSync, syncGithubIssues } from '../../github-issues/sync-issues.js';
import type { Severity } from '../../report/model.js';
import { renderReport } from '../../renderers/registry.js';
import { clientsForConfig } from '../../aws/clients-for-config.js';
import { scanAccounts } from '../../scan-accounts.js';
import { parseBaselineReport } from '../../report/baseline-report.js';
import { finishReport } from '../../report/finish-report.js';
import { VERSION } from '../../version.js';
import { baseCredentials } from '../credentials-setup.js';
import { reportExitCode } from '../exit-codes.js';
import { type GlobalOptions, progressLine, wantsColor } from '../global-options.js';
import { loadCliConfig } from '../cli-config.js';
import { type CliIo, readInputFile } from '../io.js';

export interface ReportOptions extends GlobalOptions {
  since?: string;
  from?: string;
  to?: string;
  format?: string;
  output?: string;
  failOn?: string;
  services?: string;
  deadline?: string;
  minSeverity?: string;
  allowEmpty?: boolean;
  githubIssues?: string;
  githubIssuesMinSeverity?: Severity;
  account?: string;
  /** The JSON report of a previous run: findings are marked new or ongoing, and gone ones listed as resolved. */
  baseline?: string;
  failOnNew?: string;
}

export async function reportCommand(options: ReportOptions, io: CliIo): Promise<number> {
  if (options.since && (options.from || options.to)) throw new UserError('--since cannot be combined with --from/--to; use one or the other');
  const githubToken = io.env.GITHUB_TOKEN?.trim() || io.env.GH_TOKEN?.trim();
  if (options.githubIssues !== undefined) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(options.githubIssues)) throw new UserError(`--github-issues: "${options.githubIssues}" must be owner/repo`);
    if (!githubToken) throw new UserError('--github-issues needs a token with issues: write in GITHUB_TOKEN (or GH_TOKEN)');
  }
  const config = loadCliConfig(io, options);
  // Read before the scan: a wrong baseline file fails in a second, not after minutes of scanning.
  const baseline = options.baseline ? { report: parseBaselineReport(readInputFile(options.baseline, io), options.baseline), source: options.baseline } : undefined;
  const clientsFor = clientsForConfig(config, await baseCredentials(config, io));
  const progress = progressLine(options, io);
  let scanned;
  try {
    scanned = await scanAccounts({ clientsFor, now: io.now, version: VERSION, ...(progress ? { progress: progress.update } : {}) }, config);
  } finally {
    progress?.done();
  }
  const report = finishReport(scanned, { mutes: config.mutes, ...(baseline ? { baseline } : {}), ...(config.output.failOnNew ? { failOnNew: config.output.failOnNew } : {}) });
  // Notifications first: one that fails is a coverage gap the rendered report shows.
  const notified = await notifyAfterReport(report, config.notify, { env: io.env, version: VERSION });
  for (const line of [...notified.info, ...notified.warnings]) io.stderr.write(`${line}\n`);
  if (options.githubIssues && githubToken) {
    const synced = await syncGithubIssues(report, {
      repository: options.githubIssues,
      token: githubToken,
      apiUrl: io.env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL,
      minSeverity: options.githubIssuesMinSeverity ?? 'high',
      labels: DEFAULT_ISSUE_LABELS,
      version: VERSION,
    });
    report.coverage.push(...synced.gaps);
    io.stderr.write(`${describeSync(synced, options.githubIssues)}\n`);
  }

  const rendered = renderReport(config.output.format, report, config.output, { color: !config.output.file && wantsColor(options.color, io) });
  if (config.output.file) {
    const path = resolve(io.cwd, config.output.file);
    try {
      writeFileSync(path, rendered);
    } catch (error) {
      throw new UserError(`cannot write the report to ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    io.stderr.write(`${report.status}: ${report.findings.length} findings; report written to ${path}\n${report.statusReason ? `${report.statusReason}\n` : ''}`);
  } else {
    io.stdout.write(rendered);
  }
  return reportExitCode(report.status, config.allowEmpty);
}
