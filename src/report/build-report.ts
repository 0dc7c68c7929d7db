import type { ScanConfig } from '../config/schema.js';
import { consoleUrl } from './console-links.js';
import { mergeRelated } from './merge-related.js';
import { redact } from './redact.js';
import { capBytes } from './output-safety.js';
import { boundFinding, boundGap, boundResource, FIELD_CAPS } from './report-bounds.js';
import {
  REPORT_SCHEMA_VERSION,
  isAtLeast,
  severityRank,
  type ApiCallStat,
  type CoverageGap,
  type Finding,
  type Report,
  type LogReadSummary,
  type ReportStatus,
  type Resource,
  type ScanScope,
  type ScopeFilterCount,
  type ScopeStatus,
} from './model.js';

export interface ReportParts {
  version: string;
  config: ScanConfig;
  /** The one account and region (config.region) this report covers; mergeReports combines reports. */
  account: string;
  accountName?: string;
  resources: Resource[];
  findings: Finding[];
  coverage: CoverageGap[];
  apiCalls: { total: number; requests: number; byOperation: ApiCallStat[] };
  logs?: LogReadSummary;
  generatedAt: Date;
  durationMs: number;
  /** What the scan could look at (default: checked); the report's status follows from it and the findings. */
  check?: { status: ScopeStatus; reason?: string };
  regionSource?: string;
  filtered?: ScopeFilterCount[];
}

type ScopeOutcome = Pick<ScanScope, 'status' | 'reason' | 'account' | 'accountName' | 'region'>;

/**
 * The verdict: failing on a finding at or above failOn; otherwise, when no scope could look at
 * anything, empty (every scope held nothing in scope) or unchecked (some could not be read); else
 * degraded or healthy by the findings. A scope that could not be checked next to others that were
 * is a coverage gap of the report, not its verdict.
 */
export function reportStatus(findings: readonly Finding[], failOn: ScanConfig['output']['failOn'], scopes: readonly ScopeOutcome[]): { status: ReportStatus; reason?: string } {
  if (failOn !== 'never' && findings.some((f) => isAtLeast(f.severity, failOn))) return { status: 'failing' };
  if (scopes.length > 0 && scopes.every((s) => s.status !== 'checked')) {
    const status = scopes.some((s) => s.status === 'unchecked') ? 'unchecked' : 'empty';
    return {
      status,
      reason: scopeReasons(
        scopes.filter((s) => s.status === status),
        scopes.length,
      ),
    };
  }
  return { status: findings.some((f) => f.severity !== 'info') ? 'degraded' : 'healthy' };
}

const REASONS_SHOWN = 3;

function scopeReasons(scopes: readonly ScopeOutcome[], total: number): string {
  if (total === 1) return scopes[0]?.reason ?? 'no reason recorded';
  const named = scopes.slice(0, REASONS_SHOWN).map((s) => `${s.accountName ?? s.account} ${s.region}: ${s.reason ?? 'no reason recorded'}`);
  const more = scopes.length > REASONS_SHOWN ? `; and ${scopes.length - REASONS_SHOWN} more` : '';
  return `${scopes.length} of ${total} scans: ${named.join('; ')}${more}`;
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      (a.since ?? '9999').localeCompare(b.since ?? '9999') ||
      a.resource.type.localeCompare(b.resource.type) ||
      a.resource.id.localeCompare(b.resource.id) ||
      a.kind.localeCompare(b.kind) ||
      (a.resource.account ?? '').localeCompare(b.resource.account ?? '') ||
      (a.resource.region ?? '').localeCompare(b.resource.region ?? '') ||
      a.id.localeCompare(b.id),
  );
}

/** The order of resources in every report: by type, id, then where. */
export function sortResources(resources: readonly Resource[]): Resource[] {
  return [...resources].sort(
    (a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id) || (a.account ?? '').localeCompare(b.account ?? '') || a.region.localeCompare(b.region),
  );
}

/** A finding placed in its account and region, with its console link, its related findings too. */
function placed(finding: Finding, account: string, region: string): Finding {
  const resource = { ...finding.resource, account: finding.resource.account ?? account, region: finding.resource.region ?? region };
  const url = finding.consoleUrl ?? consoleUrl(resource);
  return {
    ...finding,
    resource,
    ...(url ? { consoleUrl: url } : {}),
    ...(finding.related ? { related: finding.related.map((r) => placed(r, account, region)) } : {}),
  };
}

export function buildReport(parts: ReportParts): Report {
  const region = parts.config.region;
  const sorted = sortFindings(parts.findings.map((f) => placed(f, parts.account, region))).map(boundFinding);
  const findings = parts.config.output.mergeRelated ? mergeRelated(sorted, parts.resources) : sorted;
  const window = { from: parts.config.window.from.toISOString(), to: parts.config.window.to.toISOString() };
  const scope: ScanScope = {
    account: parts.account,
    ...(parts.accountName ? { accountName: parts.accountName } : {}),
    region,
    window,
    generatedAt: parts.generatedAt.toISOString(),
    durationMs: parts.durationMs,
    apiCalls: parts.apiCalls.total,
    status: parts.check?.status ?? 'checked',
    ...(parts.check?.reason ? { reason: capBytes(redact(parts.check.reason), FIELD_CAPS.gapReason) } : {}),
    ...(parts.regionSource ? { regionSource: parts.regionSource } : {}),
    ...(parts.filtered?.length ? { filtered: parts.filtered } : {}),
  };
  const { status, reason } = reportStatus(findings, parts.config.output.failOn, [scope]);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'aws-monitor', version: parts.version },
    generatedAt: parts.generatedAt.toISOString(),
    window,
    regions: [region],
    accounts: [parts.account],
    scopes: [scope],
    status,
    ...(reason ? { statusReason: reason } : {}),
    failOn: parts.config.output.failOn,
    resources: sortResources(parts.resources.map((r) => ({ ...r, account: r.account ?? parts.account }))).map(boundResource),
    findings,
    coverage: parts.coverage.map((gap) => ({ ...boundGap(gap), account: gap.account ?? parts.account, region: gap.region ?? region })),
    apiCalls: parts.apiCalls,
    ...(parts.logs ? { logs: parts.logs } : {}),
    durationMs: parts.durationMs,
  };
}
