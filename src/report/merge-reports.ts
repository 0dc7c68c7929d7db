// Many reports as one: the scans of several accounts and regions, whether one run made them side by
// side or a matrix of GitHub jobs did (`aws-monitor merge`). A run over several scopes builds its
// report with this same function, so merging the jobs' reports gives the report of one run over
// all of them (timing aside).

import { UserError } from '../errors.js';
import { sortFindings, sortResources } from './build-report.js';
import { finalStatus } from './finish-report.js';
import { capBytes } from './output-safety.js';
import { redact } from './redact.js';
import { boundFinding, boundGap, boundResource, FIELD_CAPS } from './report-bounds.js';
import { REPORT_SCHEMA_VERSION, type ApiCallStat, type LogReadSummary, type MuteOutcome, type Report, type Severity } from './model.js';

export interface MergeOptions {
  /** The threshold of the merged report; default: the reports' own, which must then agree. */
  failOn?: Severity | 'never';
}

const uniqueSorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

export function mergeReports(reports: readonly Report[], options: MergeOptions = {}): Report {
  if (reports.length === 0) throw new UserError('nothing to merge: no reports given');
  const versions = uniqueSorted(reports.map((r) => String(r.schemaVersion)));
  if (versions.length > 1 || reports[0]!.schemaVersion !== REPORT_SCHEMA_VERSION) {
    throw new UserError(
      `cannot merge reports of schema version ${versions.join(' and ')}: this aws-monitor reads version ${REPORT_SCHEMA_VERSION}; run the same version in every job`,
    );
  }
  const failOns = uniqueSorted(reports.map((r) => r.failOn));
  if (!options.failOn && failOns.length > 1) {
    throw new UserError(`the reports use different fail-on thresholds (${failOns.join(', ')}): give one with --fail-on`);
  }
  const failOn = options.failOn ?? reports[0]!.failOn;

  const scopes = reports.flatMap((r) => r.scopes).map((scope) => (scope.reason ? { ...scope, reason: capBytes(redact(scope.reason), FIELD_CAPS.gapReason) } : scope));
  const seen = new Set<string>();
  for (const scope of scopes) {
    const key = `${scope.account} ${scope.region}`;
    if (seen.has(key)) throw new UserError(`account ${scope.account} in ${scope.region} is in more than one report: each account and region must be scanned once`);
    seen.add(key);
  }

  // A report given to merge may come from anywhere: its text goes through the same redaction and caps as a scan's.
  const findings = sortFindings(reports.flatMap((r) => r.findings.map(boundFinding)));
  const froms = reports.map((r) => r.window.from).sort();
  const tos = reports.map((r) => r.window.to).sort();
  const logs = mergeLogs(reports.flatMap((r) => (r.logs ? [r.logs] : [])));
  const failOnNews = uniqueSorted(reports.map((r) => r.failOnNew ?? 'unset'));
  if (failOnNews.length > 1) throw new UserError(`the reports use different fail-on-new thresholds (${failOnNews.join(', ')}): run every job with the same one`);
  const failOnNew = reports[0]!.failOnNew;
  const history = mergeHistory(reports);
  const { status, reason } = finalStatus({ findings, failOn, scopes, ...(failOnNew ? { failOnNew } : {}) });
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: reports[0]!.tool,
    generatedAt: reports
      .map((r) => r.generatedAt)
      .sort()
      .at(-1)!,
    window: { from: froms[0]!, to: tos.at(-1)! },
    regions: uniqueSorted(reports.flatMap((r) => r.regions)),
    accounts: uniqueSorted(reports.flatMap((r) => r.accounts)),
    scopes: [...scopes].sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region)),
    status,
    ...(reason ? { statusReason: reason } : {}),
    failOn,
    resources: sortResources(reports.flatMap((r) => r.resources.map(boundResource))),
    findings,
    coverage: reports
      .flatMap((r) => r.coverage.map(boundGap))
      .sort(
        (a, b) =>
          (a.account ?? '').localeCompare(b.account ?? '') ||
          (a.region ?? '').localeCompare(b.region ?? '') ||
          a.service.localeCompare(b.service) ||
          a.scope.localeCompare(b.scope),
      ),
    apiCalls: mergeCalls(reports.map((r) => r.apiCalls)),
    ...(logs ? { logs } : {}),
    // Scopes run side by side (in one run, or as parallel jobs): the longest is the wall time.
    durationMs: reports.reduce((longest, r) => Math.max(longest, r.durationMs), 0),
    ...history,
    ...(failOnNew ? { failOnNew } : {}),
  };
}

/** Mutes, baselines and resolved findings of the jobs as one run's: a mute matched in any job is not stale. */
function mergeHistory(reports: readonly Report[]): Pick<Report, 'muted' | 'mutes' | 'baseline' | 'resolved'> {
  const out: Pick<Report, 'muted' | 'mutes' | 'baseline' | 'resolved'> = {};
  if (reports.some((r) => r.muted)) out.muted = reports.flatMap((r) => (r.muted ?? []).map((m) => ({ ...m, finding: boundFinding(m.finding) })));
  if (reports.some((r) => r.mutes)) {
    const byName = new Map<string, MuteOutcome>();
    for (const outcome of reports.flatMap((r) => r.mutes ?? [])) {
      const seen = byName.get(outcome.name);
      byName.set(outcome.name, seen ? { ...seen, matched: seen.matched + outcome.matched } : { ...outcome });
    }
    out.mutes = [...byName.values()];
  }
  const baselines = reports.flatMap((r) => (r.baseline ? [r.baseline] : []));
  if (baselines.length > 0) {
    out.baseline = { source: uniqueSorted(baselines.map((b) => b.source)).join(', '), generatedAt: baselines.map((b) => b.generatedAt).sort()[0]! };
    out.resolved = sortFindings(reports.flatMap((r) => (r.resolved ?? []).map(boundFinding)));
  }
  return out;
}

function mergeCalls(all: ReadonlyArray<Report['apiCalls']>): Report['apiCalls'] {
  const byOperation = new Map<string, ApiCallStat>();
  for (const stat of all.flatMap((a) => a.byOperation)) {
    const key = `${stat.service} ${stat.operation}`;
    const sum = byOperation.get(key);
    byOperation.set(key, sum ? { ...sum, calls: sum.calls + stat.calls, requests: sum.requests + stat.requests, failed: sum.failed + stat.failed } : { ...stat });
  }
  return {
    total: all.reduce((n, a) => n + a.total, 0),
    requests: all.reduce((n, a) => n + a.requests, 0),
    byOperation: [...byOperation.values()].sort((a, b) => a.service.localeCompare(b.service) || a.operation.localeCompare(b.operation)),
  };
}

function mergeLogs(all: readonly LogReadSummary[]): LogReadSummary | undefined {
  if (all.length === 0) return undefined;
  const engines = new Set(all.map((l) => l.engine));
  return {
    engine: engines.size === 1 ? all[0]!.engine : 'mixed',
    sources: all.reduce((n, l) => n + l.sources, 0),
    expectedBytes: all.reduce((n, l) => n + l.expectedBytes, 0),
    bytesScanned: all.reduce((n, l) => n + l.bytesScanned, 0),
    skipped: all.reduce((n, l) => n + l.skipped, 0),
  };
}
