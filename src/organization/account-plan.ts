// The accounts and regions a run covers, decided before any scan starts: the `[account:NAME]`
// sections, plus every selected account of `[organization]` (Organizations ListAccounts), each in
// its regions (`regions = enabled`: EC2 DescribeRegions through its role); `[scan] account`
// (`--account`) then keeps one of them, in the run's region, as one job of a fan-out does.
// Shared by the scan and `aws-monitor matrix`, so a matrix lists exactly what one run would scan.

import type { AwsCredentialIdentity } from '@aws-sdk/types';
import pLimit from 'p-limit';
import { describeAwsError, isCredentialsError } from '../aws/aws-errors.js';
import type { CallCounter } from '../aws/call-counter.js';
import type { ClientFactory } from '../aws/clients.js';
import { CredentialsUnusableError } from '../aws/aws-errors.js';
import { ENABLED_REGIONS, type AccountConfig, type ScanConfig } from '../config/schema.js';
import { deadlineOf, deadlineReason } from '../deadline.js';
import { UserError } from '../errors.js';
import type { CoverageGap } from '../report/model.js';
import { accountConfigOf, accountIdOf, selectAccounts } from './account-selection.js';
import { describeOrganizationAccount, LIST_ACCOUNTS_PAGE, listEnabledRegions, listOrganizationAccounts } from './organization-aws.js';

export interface PlanDeps {
  /** Clients for one region: with `credentials` (an assumed role), else the base ones. */
  clientsFor: (region: string, counter: CallCounter, credentials?: AwsCredentialIdentity) => ClientFactory;
  /** The role of one account, assumed from the base credentials (scan-accounts.ts). */
  assumeRole: (clients: ClientFactory, account: AccountConfig) => Promise<AwsCredentialIdentity>;
  progress?: (message: string) => void;
  /** The run's deadline: discovery calls are abandoned with the rest. */
  signal?: AbortSignal;
  /** ListAccounts page size (tests make it small to cross pages). */
  pageSize?: number;
}

export type AccountPlan =
  | {
      accounts: AccountConfig[];
      /** What discovery could not find out (an account's enabled regions), for the report's COVERAGE. */
      gaps: CoverageGap[];
      /** Why nothing is left to scan, when nothing is. */
      emptyReason?: string;
      /** Roles that could not be assumed to read regions (the scan reports them itself; the matrix prints them). */
      notes: string[];
    }
  /** The organization's accounts could not be listed: nothing of it can be scanned. */
  | { failure: CoverageGap };

export async function planAccounts(deps: PlanDeps, config: ScanConfig, counter: CallCounter): Promise<AccountPlan> {
  const progress = deps.progress ?? (() => undefined);
  const configured = config.accounts;
  let accounts = [...configured];
  let emptyReason: string | undefined;
  const organization = config.organization;
  if (organization) {
    // A fan-out job names its account by id: that one is described, not the whole organization listed.
    const wanted = config.onlyAccount?.account;
    const one = wanted && /^\d{12}$/.test(wanted) && !configured.some((a) => accountIdOf(a) === wanted) ? wanted : undefined;
    let listed;
    try {
      listed = await withClients(deps, config.region, counter, undefined, (clients) =>
        one ? describeOrganizationAccount(clients, one) : listOrganizationAccounts(clients, deps.pageSize ?? LIST_ACCOUNTS_PAGE),
      );
    } catch (error) {
      if (isCredentialsError(error)) throw new CredentialsUnusableError(describeAwsError(error));
      const deadline = deadlineOf(error);
      const reason = deadline ? deadlineReason(deadline.deadlineMs, "the organization's accounts were listed") : describeAwsError(error);
      const operation = one ? 'DescribeAccount' : 'ListAccounts';
      return {
        failure: {
          service: 'organizations',
          operation,
          iamAction: `organizations:${operation}`,
          scope: one ? `account ${one} of the organization` : 'every account of the organization',
          reason,
          region: config.region,
        },
      };
    }
    const selection = selectAccounts(listed, organization);
    const explicit = new Set(configured.map(accountIdOf));
    // An account also in an [account:NAME] section is scanned once, as that section says.
    accounts.push(...selection.selected.filter((a) => !explicit.has(a.id)).map((a) => accountConfigOf(a, organization, config.region)));
    progress(`organization: ${selection.listed} listed, ${selection.active} ACTIVE, ${selection.selected.length} selected by include/exclude`);
    if (selection.selected.length === 0) {
      emptyReason = `no account of the organization is in scope: ${selection.listed} listed, ${selection.active} ACTIVE, none of them let through by [organization] include/exclude`;
    }
  }

  if (config.onlyAccount) return { accounts: [pickAccount(accounts, config)], gaps: [], notes: [] };

  const gaps: CoverageGap[] = [];
  const notes: string[] = [];
  if (organization?.regions === ENABLED_REGIONS) {
    // [account:NAME] sections keep their own regions.
    const fromSections = new Set<AccountConfig>(configured);
    const limit = pLimit(config.accountConcurrency);
    accounts = await Promise.all(accounts.map((account) => (fromSections.has(account) ? account : limit(() => withEnabledRegions(deps, config, counter, account, gaps, notes)))));
  }
  return { accounts, gaps, notes, ...(accounts.length === 0 && emptyReason ? { emptyReason } : {}) };
}

/** The account with its enabled regions; when they cannot be read, the run's region and a coverage gap that says so. */
async function withEnabledRegions(deps: PlanDeps, config: ScanConfig, counter: CallCounter, account: AccountConfig, gaps: CoverageGap[], notes: string[]): Promise<AccountConfig> {
  let credentials: AwsCredentialIdentity;
  try {
    credentials = await withClients(deps, config.region, counter, undefined, (clients) => deps.assumeRole(clients, account));
  } catch (error) {
    if (isCredentialsError(error)) throw new CredentialsUnusableError(describeAwsError(error));
    // The scan assumes the role again and reports the account as unreachable, with the reason.
    notes.push(`account ${account.name} (${accountIdOf(account)}): sts:AssumeRole on ${account.roleArn} failed, so only ${config.region}: ${describeAwsError(error)}`);
    return account;
  }
  const fallback = (reason: string): AccountConfig => {
    gaps.push({
      service: 'ec2',
      operation: 'DescribeRegions',
      iamAction: 'ec2:DescribeRegions',
      scope: `the enabled regions of account ${account.name} (${accountIdOf(account)}): only ${config.region} was scanned`,
      reason,
      account: accountIdOf(account),
      region: config.region,
    });
    return { ...account, regions: [config.region], regionSource: `${config.regionSource} (its enabled regions could not be read)` };
  };
  try {
    const regions = await withClients(deps, config.region, counter, credentials, listEnabledRegions);
    if (regions.length === 0) return fallback('DescribeRegions answered no enabled region');
    return { ...account, regions, regionSource: '[organization] regions = enabled (ec2:DescribeRegions)' };
  } catch (error) {
    const deadline = deadlineOf(error);
    return fallback(deadline ? deadlineReason(deadline.deadlineMs, 'the enabled regions were read') : describeAwsError(error));
  }
}

async function withClients<T>(
  deps: PlanDeps,
  region: string,
  counter: CallCounter,
  credentials: AwsCredentialIdentity | undefined,
  use: (clients: ClientFactory) => Promise<T>,
): Promise<T> {
  const base = deps.clientsFor(region, counter, credentials);
  const clients = deps.signal ? base.withSignal(deps.signal) : base;
  try {
    return await use(clients);
  } finally {
    clients.destroy();
  }
}

/** `[scan] account`: the one account named (by id or name), scanned in the run's region only. */
function pickAccount(accounts: readonly AccountConfig[], config: ScanConfig): AccountConfig {
  const { account: wanted, where } = config.onlyAccount!;
  const byId = accounts.filter((a) => accountIdOf(a) === wanted);
  const matches = byId.length > 0 ? byId : accounts.filter((a) => a.name.toLowerCase() === wanted.toLowerCase());
  if (matches.length > 1) {
    throw new UserError(`${where}: "${wanted}" names ${matches.length} accounts (${matches.map(accountIdOf).join(', ')}); give the account id`);
  }
  const match = matches[0];
  if (!match) {
    const known = accounts.slice(0, 10).map((a) => `${a.name} (${accountIdOf(a)})`);
    const source = config.organization ? 'the ACTIVE accounts of the organization that [organization] include/exclude select' : 'the [account:NAME] sections';
    throw new UserError(`${where}: no account "${wanted}" among ${source}${known.length > 0 ? `: ${known.join(', ')}${accounts.length > known.length ? ', ...' : ''}` : ''}`);
  }
  const { regions: _regions, regionSource: _source, ...rest } = match;
  return rest;
}
