// Which accounts of an organization are scanned, and as what: pure functions over what
// Organizations ListAccounts returned. Only ACTIVE accounts (a suspended or closing account cannot
// be scanned), narrowed by [organization] include/exclude globs on the id or the name, each reached
// through arn:<partition>:iam::<id>:role/<role_name>.

import { globToRegExp } from '../collectors/resource-filter.js';
import type { AccountConfig, OrganizationConfig } from '../config/schema.js';

/** One account as ListAccounts describes it. */
export interface OrganizationAccount {
  id: string;
  name: string;
  /** arn:aws:organizations::<management>:account/o-.../<id>: its partition is the role's. */
  arn?: string;
  /** `State` (ACTIVE, SUSPENDED, PENDING_CLOSURE, CLOSED, PENDING_ACTIVATION), else the older `Status`. */
  state: string;
}

export interface AccountSelection {
  selected: OrganizationAccount[];
  /** How many ListAccounts returned, and how many of them were ACTIVE. */
  listed: number;
  active: number;
}

/** The ACTIVE accounts that include (when given) and exclude let through, in id order. */
export function selectAccounts(accounts: readonly OrganizationAccount[], organization: Pick<OrganizationConfig, 'include' | 'exclude'>): AccountSelection {
  const include = organization.include.map(globToRegExp);
  const exclude = organization.exclude.map(globToRegExp);
  const matches = (patterns: RegExp[], account: OrganizationAccount) => patterns.some((re) => re.test(account.id) || re.test(account.name));
  const active = accounts.filter((a) => a.state === 'ACTIVE');
  const selected = active.filter((a) => (include.length === 0 || matches(include, a)) && !matches(exclude, a)).sort((a, b) => a.id.localeCompare(b.id));
  return { selected, listed: accounts.length, active: active.length };
}

/** aws, aws-cn or aws-us-gov: from the account's ARN, else from the region the run uses. */
export function partitionOf(account: Pick<OrganizationAccount, 'arn'>, region: string): string {
  const fromArn = /^arn:(aws[a-z-]*):/.exec(account.arn ?? '')?.[1];
  if (fromArn) return fromArn;
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

// AWS allows any printable ASCII in an account name (up to 50 characters). Names reach the text
// report, job names and shell lines of a workflow, so only characters inert in all of them stay.
const NAME_LENGTH = 50;

/** The account's name as reports and matrices show it: letters, digits, space and . _ @ + = , - only. */
export function safeAccountName(name: string, id: string): string {
  const kept = name
    .replace(/[^A-Za-z0-9 ._@+=,-]+/g, '-')
    .replace(/\s+/g, ' ')
    // Never an option: `--help` as a name must not become a flag on a command line.
    .replace(/^[\s-]+/, '')
    .trim()
    .slice(0, NAME_LENGTH);
  return kept === '' ? id : kept;
}

/** The account as the multi-account scan takes it: its role, session name and regions. */
export function accountConfigOf(account: OrganizationAccount, organization: OrganizationConfig, region: string): AccountConfig {
  return {
    name: safeAccountName(account.name, account.id),
    roleArn: `arn:${partitionOf(account, region)}:iam::${account.id}:role/${organization.roleName}`,
    ...(organization.externalId ? { externalId: organization.externalId } : {}),
    ...(organization.sessionName ? { sessionName: organization.sessionName } : {}),
    ...(Array.isArray(organization.regions) && organization.regions.length > 0 ? { regions: [...organization.regions], regionSource: '[organization] regions' } : {}),
  };
}

/** The 12-digit account id of a configured account: the one its role lives in. */
export function accountIdOf(account: Pick<AccountConfig, 'roleArn'>): string {
  return account.roleArn.split(':')[4] ?? '';
}

// What EC2 DescribeRegions reports for a region the account may use; `not-opted-in` ones are off.
const ENABLED_OPT_IN = new Set(['opt-in-not-required', 'opted-in']);
// A region code as AWS spells them: anything else in an answer is not used as one.
const REGION_CODE = /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/;

/** The region codes DescribeRegions answered that the account has enabled, sorted. */
export function enabledRegionNames(regions: ReadonlyArray<{ RegionName?: string | undefined; OptInStatus?: string | undefined }>): string[] {
  const names = regions.filter((r) => r.OptInStatus === undefined || ENABLED_OPT_IN.has(r.OptInStatus)).map((r) => r.RegionName ?? '');
  return [...new Set(names.filter((name) => REGION_CODE.test(name)))].sort();
}
