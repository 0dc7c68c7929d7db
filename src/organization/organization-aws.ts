// The AWS calls of organization discovery: Organizations ListAccounts (or DescribeAccount for the
// one account of a fan-out job) with the base credentials (the management account or a delegated
// administrator), and EC2 DescribeRegions through an account's role for `regions = enabled`.
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListAccounts.html
// https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeAccount.html
// https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeRegions.html

import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { DescribeAccountCommand, ListAccountsCommand, OrganizationsClient, type Account } from '@aws-sdk/client-organizations';
import type { ClientFactory } from '../aws/clients.js';
import { enabledRegionNames, type OrganizationAccount } from './account-selection.js';

// ListAccounts returns at most 20 accounts a page.
export const LIST_ACCOUNTS_PAGE = 20;
// An organization holds at most a few thousand accounts (the default quota is 10): a token that
// never ends is a broken endpoint, not a bigger organization.
const MAX_PAGES = 1_000;

/** Every account of the organization, page by page. */
export async function listOrganizationAccounts(clients: ClientFactory, pageSize = LIST_ACCOUNTS_PAGE): Promise<OrganizationAccount[]> {
  const client = clients.get(OrganizationsClient);
  const accounts: OrganizationAccount[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const response = await client.send(new ListAccountsCommand({ MaxResults: pageSize, ...(token ? { NextToken: token } : {}) }));
    accounts.push(...(response.Accounts ?? []).flatMap(toAccount));
    token = response.NextToken;
    if (!token) return accounts;
  }
  throw new Error(`organizations:ListAccounts still had more pages after ${MAX_PAGES}`);
}

/**
 * One account (a fan-out job's): one call however large the organization, where 256 jobs each
 * paging through ListAccounts would meet Organizations' throttling. Empty when it is not a member.
 */
export async function describeOrganizationAccount(clients: ClientFactory, id: string): Promise<OrganizationAccount[]> {
  try {
    const response = await clients.get(OrganizationsClient).send(new DescribeAccountCommand({ AccountId: id }));
    return response.Account ? toAccount(response.Account) : [];
  } catch (error) {
    if ((error as Error).name === 'AccountNotFoundException') return [];
    throw error;
  }
}

function toAccount(account: Account): OrganizationAccount[] {
  // An id that is not 12 digits would end up inside a role ARN and a matrix entry: skip it.
  if (!account.Id || !/^\d{12}$/.test(account.Id)) return [];
  return [{ id: account.Id, name: account.Name ?? '', ...(account.Arn ? { arn: account.Arn } : {}), state: String(account.State ?? account.Status ?? '') }];
}

/** The regions the account has enabled (DescribeRegions without AllRegions lists only those). */
export async function listEnabledRegions(clients: ClientFactory): Promise<string[]> {
  const response = await clients.get(EC2Client).send(new DescribeRegionsCommand({}));
  return enabledRegionNames(response.Regions ?? []);
}
