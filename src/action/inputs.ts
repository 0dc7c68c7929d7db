// Action inputs -> config overrides. Empty inputs mean "not set": config.ini and defaults apply.

import { splitList } from '../config/schema.js';
import { overridesFrom, type Override } from '../config/settings.js';
import { UserError } from '../errors.js';
import { SEVERITIES, type Severity } from '../report/model.js';

export interface ActionInputs {
  roleToAssume: string;
  roleSessionName: string;
  roleDurationSeconds: number;
  configPath: string;
  /** Empty: no artifact. */
  artifactName: string;
  mode: 'scan' | 'gate';
  cluster: string;
  service: string;
  deployTime: string;
  stack: string;
  watch: string;
  interval: string;
  /** '' (none), `previous` (this workflow's last completed run on this branch), or a JSON report's path in the workspace. */
  baseline: string;
  /** For `baseline: previous`: the token that reads the previous run's artifact. */
  githubToken: string;
  overrides: Override[];
  /** github-issues: undefined when off. */
  githubIssues?: { token: string; minSeverity: Severity; labels: string[] };
}

type GetInput = (name: string) => string;

export function readInputs(getInput: GetInput): ActionInputs {
  const duration = getInput('role-duration-seconds').trim();
  return {
    roleToAssume: getInput('role-to-assume').trim(),
    roleSessionName: getInput('role-session-name').trim() || 'aws-monitor',
    roleDurationSeconds: duration === '' ? 3600 : Number(duration),
    configPath: getInput('config').trim(),
    artifactName: getInput('artifact-name').trim(),
    mode: mode(getInput('mode').trim()),
    cluster: getInput('cluster').trim(),
    service: getInput('service').trim(),
    deployTime: getInput('deploy-time').trim(),
    stack: getInput('stack').trim(),
    watch: getInput('watch').trim(),
    interval: getInput('interval').trim(),
    ...githubIssues(getInput),
    baseline: getInput('baseline').trim(),
    githubToken: getInput('github-token').trim(),
    // The inputs that are settings: each row of settings.ts with an Action input.
    overrides: overridesFrom('input', getInput),
  };
}

function githubIssues(getInput: GetInput): Pick<ActionInputs, 'githubIssues'> {
  const enabled = getInput('github-issues').trim().toLowerCase();
  if (enabled === '' || enabled === 'false') return {};
  if (enabled !== 'true') throw new UserError(`input github-issues: "${enabled}" must be true or false`);
  const token = getInput('github-token').trim();
  if (!token) throw new UserError('input github-token: empty; github-issues needs a token (the default is the job token, github.token)');
  const minSeverity = (getInput('github-issues-min-severity').trim().toLowerCase() || 'high') as Severity;
  if (!SEVERITIES.includes(minSeverity)) throw new UserError(`input github-issues-min-severity: "${minSeverity}" must be one of ${SEVERITIES.join(', ')}`);
  const labels = splitList(getInput('github-issues-labels'));
  return { githubIssues: { token, minSeverity, labels: labels.length > 0 ? labels : ['aws-monitor'] } };
}

function mode(value: string): 'scan' | 'gate' {
  if (value === '' || value === 'scan') return 'scan';
  if (value === 'gate') return 'gate';
  throw new UserError(`input mode: "${value}" must be scan or gate`);
}
