// `aws-monitor matrix`: the accounts and regions one run would scan ([organization], [account:NAME]
// sections) as a GitHub Actions matrix, for fan-out across jobs whose reports `merge` joins.

import { CallCounter } from '../../aws/call-counter.js';
import { UserError } from '../../errors.js';
import { planAccounts } from '../../organization/account-plan.js';
import { matrixEntries, renderMatrix } from '../../organization/github-matrix.js';
import { assumeRole } from '../../aws/assume-role.js';
import { clientsForConfig } from '../../aws/clients-for-config.js';
import { baseCredentials } from '../credentials-setup.js';
import { type GlobalOptions } from '../global-options.js';
import { loadCliConfig } from '../cli-config.js';
import { type CliIo, writeResult } from '../io.js';

export interface MatrixOptions extends GlobalOptions {
  output?: string;
}

export async function matrixCommand(options: MatrixOptions, io: CliIo): Promise<number> {
  const config = loadCliConfig(io, options);
  if (!config.organization && config.accounts.length === 0) {
    throw new UserError('nothing to fan out: the matrix lists the accounts of [organization] or of [account:NAME] sections, and the config has neither (see config.example.ini)');
  }
  // Credentials only when AWS must be asked: [account:NAME] sections alone are known already.
  const clientsFor = config.organization
    ? clientsForConfig(config, await baseCredentials(config, io))
    : () => {
        throw new Error('no AWS call is needed without [organization]');
      };
  // The matrix is every job; --account belongs to one of them.
  const { onlyAccount: _onlyAccount, ...all } = config;
  const plan = await planAccounts({ clientsFor, assumeRole, progress: (message) => io.stderr.write(`${message}\n`) }, all, new CallCounter());
  if ('failure' in plan) throw new UserError(`could not list the organization's accounts (${plan.failure.iamAction}): ${plan.failure.reason}`);
  for (const note of plan.notes) io.stderr.write(`note: ${note}\n`);
  for (const gap of plan.gaps) io.stderr.write(`note: ${gap.scope}: ${gap.iamAction} failed: ${gap.reason}\n`);
  if (plan.accounts.length === 0) throw new UserError(plan.emptyReason ?? 'no account to scan');
  const entries = matrixEntries(plan.accounts, config.region);
  writeResult(renderMatrix(entries), options.output, `${entries.length} jobs: ${plan.accounts.length} accounts`, io);
  return 0;
}
