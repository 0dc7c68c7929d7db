// Action inputs -> config overrides. Empty inputs mean "not set": config.ini and defaults apply.

import type { Override } from '../config/load.js';

export interface ActionInputs {
  roleToAssume: string;
  roleSessionName: string;
  roleDurationSeconds: number;
  configPath: string;
  /** Empty: no artifact. */
  artifactName: string;
  overrides: Override[];
}

type GetInput = (name: string) => string;

const INPUT_SETTINGS: Array<[input: string, section: string, key: string]> = [
  ['aws-region', 'aws', 'region'],
  ['since', 'scan', 'since'],
  ['services', 'scan', 'services'],
  ['fail-on', 'output', 'fail_on'],
  ['format', 'output', 'format'],
  ['min-severity', 'output', 'min_severity'],
];

export function readInputs(getInput: GetInput): ActionInputs {
  const duration = getInput('role-duration-seconds').trim();
  return {
    roleToAssume: getInput('role-to-assume').trim(),
    roleSessionName: getInput('role-session-name').trim() || 'aws-monitor',
    roleDurationSeconds: duration === '' ? 3600 : Number(duration),
    configPath: getInput('config').trim(),
    artifactName: getInput('artifact-name').trim(),
    overrides: INPUT_SETTINGS.filter(([input]) => getInput(input).trim() !== '').map(([input, section, key]) => ({
      section,
      key,
      value: getInput(input).trim(),
      where: `input ${input}`,
    })),
  };
}
