// The GitHub Actions matrix of a run's accounts and regions: pure, no AWS.

import type { AccountConfig } from '../../src/config/schema.js';
import { MAX_MATRIX_JOBS, matrixEntries, renderMatrix } from '../../src/organization/github-matrix.js';

const anAccount = (id: string, name: string, regions?: string[]): AccountConfig => ({
  name,
  roleArn: `arn:aws:iam::${id}:role/aws-monitor-readonly`,
  ...(regions ? { regions } : {}),
});

describe('github matrix', () => {
  it("has one entry per account and region, accounts without regions in the run's region", () => {
    const entries = matrixEntries([anAccount('222222222222', 'staging'), anAccount('111111111111', 'prod', ['us-east-2', 'eu-west-1'])], 'us-west-2');
    expect(entries).toEqual([
      { account: '111111111111', name: 'prod', region: 'eu-west-1' },
      { account: '111111111111', name: 'prod', region: 'us-east-2' },
      { account: '222222222222', name: 'staging', region: 'us-west-2' },
    ]);
  });

  it('prints one line of JSON in the shape strategy.matrix reads', () => {
    const text = renderMatrix(matrixEntries([anAccount('111111111111', 'prod')], 'us-east-2'));
    expect(text).toBe('{"include":[{"account":"111111111111","name":"prod","region":"us-east-2"}]}\n');
    expect(JSON.parse(text)).toEqual({ include: [{ account: '111111111111', name: 'prod', region: 'us-east-2' }] });
  });

  it(`refuses more than GitHub's ${MAX_MATRIX_JOBS} jobs, saying how to narrow it`, () => {
    const accounts = Array.from({ length: 129 }, (_, i) => anAccount(String(100000000000 + i), `a${i}`, ['us-east-1', 'us-east-2']));
    expect(() => renderMatrix(matrixEntries(accounts, 'us-east-2'))).toThrow(
      /258 account-region pairs: a GitHub matrix runs at most 256 jobs\. Narrow \[organization\] include\/exclude/,
    );
    expect(() => renderMatrix(matrixEntries(accounts.slice(0, 128), 'us-east-2'))).not.toThrow();
  });
});
