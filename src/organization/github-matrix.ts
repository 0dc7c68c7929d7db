// The accounts and regions of a run as a GitHub Actions matrix, one job per account and region:
// {"include":[{"account":"111111111111","name":"prod","region":"us-east-2"}, ...]}. Each job scans
// its pair (`--account` and `--region`, or the Action's account and aws-region inputs) and the
// jobs' JSON reports are joined with `aws-monitor merge`.
// https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/running-variations-of-jobs-in-a-workflow

import type { AccountConfig } from '../config/schema.js';
import { UserError } from '../errors.js';
import { accountIdOf } from './account-selection.js';

export interface MatrixEntry {
  account: string;
  name: string;
  region: string;
}

// "A matrix will generate a maximum of 256 jobs per workflow run" (GitHub Actions limits).
export const MAX_MATRIX_JOBS = 256;

/** One entry per account and region (an account without regions: `defaultRegion`), by account id then region. */
export function matrixEntries(accounts: readonly AccountConfig[], defaultRegion: string): MatrixEntry[] {
  return accounts
    .flatMap((account) => (account.regions?.length ? account.regions : [defaultRegion]).map((region) => ({ account: accountIdOf(account), name: account.name, region })))
    .sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region));
}

/** The matrix as one line of JSON (for `echo "matrix=$(aws-monitor matrix)" >> "$GITHUB_OUTPUT"`); refused past GitHub's job limit. */
export function renderMatrix(entries: readonly MatrixEntry[]): string {
  if (entries.length > MAX_MATRIX_JOBS) {
    throw new UserError(
      `${entries.length} account-region pairs: a GitHub matrix runs at most ${MAX_MATRIX_JOBS} jobs. Narrow [organization] include/exclude or regions, split the accounts over several workflows, or scan several accounts in one job (without --account)`,
    );
  }
  return `${JSON.stringify({ include: entries })}\n`;
}
