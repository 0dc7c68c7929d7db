// The post-deploy gate's report: what was compared, the verdict and why. Its own document (kind
// "gate"), rendered as text, markdown or JSON like the scan report.

import type { ApiCallStat, CoverageGap } from '../report/model.js';
import { capBytes } from '../report/output-safety.js';
import { redact } from '../report/redact.js';
import { boundGap, FIELD_CAPS } from '../report/report-bounds.js';
import type { GateSettings, GateVerdict } from './types.js';

export interface GateReport {
  kind: 'gate';
  schemaVersion: 2;
  tool: { name: string; version: string };
  generatedAt: string;
  account: string;
  region: string;
  service: { cluster: string; name: string; targetGroups: string[]; logGroups: string[] };
  deploy: { at: string; source: 'flag' | 'ecs-deployment' | 'cloudformation-stack'; stack?: string; taskDefinition?: string };
  windows: { before: { from: string; to: string }; after: { from: string; to: string }; weekBefore: { from: string; to: string } };
  settings: GateSettings & { windowMinutes: number; newSignatureMinCount: number; failOnMarginal: boolean; criticalMetrics: string[] };
  result: GateVerdict;
  /** The verdict of every check made (one, or several with --watch), in order. */
  checks: Array<GateVerdict['verdict']>;
  coverage: CoverageGap[];
  apiCalls: { total: number; requests: number; byOperation: ApiCallStat[] };
  durationMs: number;
}

/** The exit code a pipeline gates on: 0 pass (and marginal unless fail_on_marginal), 1 fail, 3 inconclusive (too little data: not a pass). */
export function gateExitCode(report: GateReport): 0 | 1 | 3 {
  if (report.result.verdict === 'fail') return 1;
  if (report.result.verdict === 'inconclusive') return 3;
  return report.result.verdict === 'marginal' && report.settings.failOnMarginal ? 1 : 0;
}

/**
 * The gate's free text through the same redaction and caps as a scan report: a new signature and
 * the reasons quote log lines, which carry tokens and passwords as often as any other log text.
 */
export function boundGateReport(report: GateReport): GateReport {
  const safe = (text: string, cap: number) => capBytes(redact(text), cap);
  return {
    ...report,
    result: {
      ...report.result,
      reasons: report.result.reasons.map((r) => safe(r, FIELD_CAPS.evidenceValue)),
      metrics: report.result.metrics.map((m) => ({ ...m, reason: safe(m.reason, FIELD_CAPS.evidenceValue) })),
      newSignatures: report.result.newSignatures.map((n) => ({ ...n, signature: safe(n.signature, FIELD_CAPS.signature) })),
    },
    coverage: report.coverage.map(boundGap),
  };
}
