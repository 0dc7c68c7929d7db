// The engine's entry point: the account the credentials belong to, or every `[account:NAME]` in
// every region it lists, each assumed from the base credentials and scanned on its own (a few at
// a time, each with its own concurrency), then merged into one report. One account that cannot be
// reached is a coverage gap in the report, not a failed run.

import type { AwsCredentialIdentity } from '@aws-sdk/types';
import pLimit from 'p-limit';
import { CredentialsUnusableError, describeAwsError } from './aws/aws-errors.js';
import { CallCounter } from './aws/call-counter.js';
import { assumeRole } from './aws/assume-role.js';
import type { ClientsFor } from './aws/clients-for-config.js';
import type { AccountConfig, ScanConfig } from './config/schema.js';
import { buildReport } from './report/build-report.js';
import { mergeReports } from './report/merge-reports.js';
import type { Report } from './report/model.js';
import { deadlineReason, startDeadline } from './deadline.js';
import { runScan, scanDeadlineMs, type ScanDeps } from './scan.js';

export interface ScanAccountsDeps extends Omit<ScanDeps, 'clients' | 'accountName'> {
  /** Clients for one region: with `credentials`, else the base ones; API calls counted on `counter`. */
  clientsFor: ClientsFor;
}

export async function scanAccounts(deps: ScanAccountsDeps, config: ScanConfig): Promise<Report> {
  // [organization] and --account decide the accounts first, then come back here (loaded only then).
  if (config.organization || config.onlyAccount) return (await import('./organization/planned-scans.js')).runPlannedScans(deps, config, { scanAccounts, assumeRole });
  if (config.accounts.length === 0) {
    const clients = deps.clientsFor(config.region, new CallCounter());
    try {
      return await runScan({ ...deps, clients }, config);
    } finally {
      clients.destroy();
    }
  }
  const limit = pLimit(config.accountConcurrency);
  const scopes = config.accounts.flatMap((account) => (account.regions?.length ? account.regions : [config.region]).map((region) => ({ account, region })));
  // One deadline for the whole run, every account and region within it.
  const deadline = deps.deadline ?? startDeadline(scanDeadlineMs(config));
  try {
    const reports = await Promise.all(scopes.map(({ account, region }) => limit(() => scanMemberAccount({ ...deps, deadline }, config, account, region))));
    return mergeReports(reports);
  } finally {
    if (!deps.deadline) deadline.dispose();
  }
}

async function scanMemberAccount(deps: ScanAccountsDeps, config: ScanConfig, account: AccountConfig, region: string): Promise<Report> {
  const scoped: ScanConfig = {
    ...config,
    region,
    regionSource: account.regions?.length ? (account.regionSource ?? `[account:${account.name}] regions`) : config.regionSource,
    accounts: [],
  };
  const counter = new CallCounter();
  const started = deps.now();
  const progress = deps.progress ? (message: string) => deps.progress!(`${account.name} ${region}: ${message}`) : undefined;
  let credentials: AwsCredentialIdentity;
  if (deps.deadline?.signal.aborted) return unreachable(deps, scoped, account, counter, started, deadlineReason(deps.deadline.ms, `account ${account.name} was scanned`));
  const stsClients = deps.clientsFor(region, counter);
  const sts = deps.deadline ? stsClients.withSignal(deps.deadline.signal) : stsClients;
  try {
    credentials = await assumeRole(sts, account);
  } catch (error) {
    return unreachable(deps, scoped, account, counter, started, `sts:AssumeRole on ${account.roleArn} failed: ${describeAwsError(error)}`);
  } finally {
    sts.destroy();
  }
  const clients = deps.clientsFor(region, counter, credentials);
  try {
    return await runScan({ ...deps, clients, accountName: account.name, ...(progress ? { progress } : {}) }, scoped);
  } catch (error) {
    // Credentials the account rejects sink this account only; anything else is a bug, and loud.
    if (error instanceof CredentialsUnusableError) return unreachable(deps, scoped, account, counter, started, `the assumed role's credentials were rejected: ${error.message}`);
    throw error;
  } finally {
    clients.destroy();
  }
}

/** The report of an account that could not be scanned: nothing found, and one gap saying why. */
function unreachable(deps: ScanAccountsDeps, config: ScanConfig, account: AccountConfig, counter: CallCounter, started: Date, reason: string): Report {
  const finished = deps.now();
  // arn:aws:iam::123456789012:role/name: the account the role lives in.
  const accountId = account.roleArn.split(':')[4] || account.name;
  return buildReport({
    version: deps.version,
    config,
    account: accountId,
    accountName: account.name,
    resources: [],
    findings: [],
    coverage: [{ service: 'sts', operation: 'AssumeRole', iamAction: 'sts:AssumeRole', scope: `everything in account ${account.name} (${accountId}) in ${config.region}`, reason }],
    check: { status: 'unchecked', reason },
    regionSource: config.regionSource,
    apiCalls: counter.snapshot(),
    generatedAt: finished,
    durationMs: finished.getTime() - started.getTime(),
  });
}
