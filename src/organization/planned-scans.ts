// A run over `[organization]` or with `[scan] account`: the accounts are planned first
// (account-plan.ts), then scanned as `[account:NAME]` sections are (scan-accounts.ts), under the
// run's one deadline. What discovery could not do is in the report's COVERAGE: the organization
// that could not be listed (then nothing was checked), an account whose enabled regions could not
// be read. An account whose role is denied or missing is the scan's coverage gap, never a failed run.

import { CallCounter } from '../aws/call-counter.js';
import type { ScanConfig } from '../config/schema.js';
import { startDeadline } from '../deadline.js';
import { buildReport } from '../report/build-report.js';
import type { CoverageGap, Report } from '../report/model.js';
import { boundGap } from '../report/report-bounds.js';
import { scanDeadlineMs, type ScanDeps } from '../scan.js';
import { planAccounts, type PlanDeps } from './account-plan.js';

/** What scanAccounts (scan-accounts.ts) is given: the scan's dependencies, with clients per region and credentials. */
type ScanAccountsDeps = Omit<ScanDeps, 'clients' | 'accountName'> & Pick<PlanDeps, 'clientsFor'>;

/**
 * What scan-accounts.ts lends this module, passed in rather than imported so the import graph stays
 * a tree: scanAccounts over the planned accounts, and its AssumeRole.
 */
export interface AccountScans {
  scanAccounts: (deps: ScanAccountsDeps, config: ScanConfig) => Promise<Report>;
  assumeRole: PlanDeps['assumeRole'];
}

export async function runPlannedScans(deps: ScanAccountsDeps, config: ScanConfig, { scanAccounts, assumeRole }: AccountScans): Promise<Report> {
  const deadline = deps.deadline ?? startDeadline(scanDeadlineMs(config));
  const started = deps.now();
  const counter = new CallCounter();
  const { organization: _organization, onlyAccount: _onlyAccount, ...planned } = config;
  try {
    const plan = await planAccounts({ clientsFor: deps.clientsFor, assumeRole, signal: deadline.signal, ...(deps.progress ? { progress: deps.progress } : {}) }, config, counter);
    if ('failure' in plan) {
      return noScan(deps, planned, counter, started, [plan.failure], {
        status: 'unchecked',
        reason: `could not list the organization's accounts: ${plan.failure.iamAction} failed: ${plan.failure.reason}`,
      });
    }
    if (plan.accounts.length === 0) return noScan(deps, planned, counter, started, [], { status: 'empty', reason: plan.emptyReason ?? 'no account to scan' });
    // Discovery's calls count toward the first scan, so the report's total is the whole run's.
    let absorbed = false;
    const clientsFor: ScanAccountsDeps['clientsFor'] = (region, scopeCounter, credentials) => {
      if (!absorbed) {
        absorbed = true;
        scopeCounter.absorb(counter);
      }
      return deps.clientsFor(region, scopeCounter, credentials);
    };
    const report = await scanAccounts({ ...deps, clientsFor, deadline }, { ...planned, accounts: plan.accounts });
    return withGaps(report, plan.gaps);
  } finally {
    if (!deps.deadline) deadline.dispose();
  }
}

/** The report of a run that scanned no account: why, and the calls discovery made. */
function noScan(
  deps: ScanAccountsDeps,
  config: ScanConfig,
  counter: CallCounter,
  started: Date,
  coverage: CoverageGap[],
  check: { status: 'unchecked' | 'empty'; reason: string },
): Report {
  const finished = deps.now();
  return buildReport({
    version: deps.version,
    config,
    account: 'unknown',
    accountName: 'organization',
    resources: [],
    findings: [],
    coverage,
    check,
    regionSource: config.regionSource,
    apiCalls: counter.snapshot(),
    generatedAt: finished,
    durationMs: finished.getTime() - started.getTime(),
  });
}

/** The report with discovery's gaps in COVERAGE, in the order merged reports use. */
function withGaps(report: Report, gaps: readonly CoverageGap[]): Report {
  if (gaps.length === 0) return report;
  const coverage = [...report.coverage, ...gaps.map(boundGap)].sort(
    (a, b) =>
      (a.account ?? '').localeCompare(b.account ?? '') || (a.region ?? '').localeCompare(b.region ?? '') || a.service.localeCompare(b.service) || a.scope.localeCompare(b.scope),
  );
  return { ...report, coverage };
}
