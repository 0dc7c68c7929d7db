// `aws-monitor report`: config, credentials, one scan, one rendered report, an exit code.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COLLECTORS } from '../../collectors/registry.js';
import { findCredentials, storeCredentials, toIdentity } from '../../config/credentials.js';
import { loadConfig, type Override } from '../../config/load.js';
import { detectorCatalog } from '../../detectors/registry.js';
import { UserError } from '../../errors.js';
import { renderReport } from '../../renderers/registry.js';
import { clientsForConfig, runScans } from '../../scan-accounts.js';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { ScanConfig } from '../../config/schema.js';
import { VERSION } from '../../version.js';
import type { CliIo } from '../io.js';
import { EXIT, type ReportOptions } from '../main.js';
import { ProgressLine } from '../progress-line.js';
import { promptForCredentials } from '../terminal-prompt.js';

const FLAG_SETTINGS: Array<[keyof ReportOptions, string, string, string]> = [
  ['since', 'scan', 'since', '--since'],
  ['from', 'scan', 'from', '--from'],
  ['to', 'scan', 'to', '--to'],
  ['services', 'scan', 'services', '--services'],
  ['format', 'output', 'format', '--format'],
  ['output', 'output', 'file', '--output'],
  ['failOn', 'output', 'fail_on', '--fail-on'],
  ['minSeverity', 'output', 'min_severity', '--min-severity'],
  ['region', 'aws', 'region', '--region'],
  ['deadline', 'scan', 'deadline', '--deadline'],
];

export async function reportCommand(options: ReportOptions, io: CliIo): Promise<number> {
  if (options.since && (options.from || options.to)) throw new UserError('--since cannot be combined with --from/--to; use one or the other');
  const overrides: Override[] = FLAG_SETTINGS.filter(([flag]) => typeof options[flag] === 'string').map(([flag, section, key, where]) => ({
    section,
    key,
    value: options[flag] as string,
    where,
  }));
  const config = loadCliConfig(io, options.config, overrides);
  const clientsFor = clientsForConfig(config, await baseCredentials(config, io));
  const progress = options.progress && io.stderr.isTTY ? new ProgressLine(io.stderr) : undefined;
  let report;
  try {
    report = await runScans({ clientsFor, now: io.now, version: VERSION, ...(progress ? { progress: progress.update } : {}) }, config);
  } finally {
    progress?.done();
  }

  const rendered = renderReport(config.output.format, report, config.output, { color: !config.output.file && wantsColor(options.color, io) });
  if (config.output.file) {
    const path = resolve(io.cwd, config.output.file);
    try {
      writeFileSync(path, rendered);
    } catch (error) {
      throw new UserError(`cannot write the report to ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    io.stderr.write(`${report.status}: ${report.findings.length} findings; report written to ${path}\n`);
  } else {
    io.stdout.write(rendered);
  }
  return report.status === 'failing' ? EXIT.findings : EXIT.ok;
}

/** config.ini (--config, $AWS_MONITOR_CONFIG or ./config.ini), the environment and these flags. */
export function loadCliConfig(io: CliIo, configPath: string | undefined, overrides: Override[]): ScanConfig {
  return loadConfig({
    ...(configPath ? { configPath } : {}),
    cwd: io.cwd,
    env: io.env,
    overrides,
    now: io.now(),
    catalog: { services: COLLECTORS.map((c) => c.id), detectors: detectorCatalog() },
  });
}

/** Colour only for a person at a terminal: --color always/never, else a TTY without NO_COLOR (no-color.org) or TERM=dumb. */
export function wantsColor(when: string | undefined, io: CliIo): boolean {
  if (when === 'always') return true;
  if (when === 'never') return false;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return (io.stdout as { isTTY?: boolean }).isTTY === true && io.env.TERM !== 'dumb';
}

/** The SDK default chain or config.ini; at a terminal with none, asks and stores them (0600). */
export async function baseCredentials(config: ScanConfig, io: CliIo): Promise<AwsCredentialIdentity | AwsCredentialIdentityProvider> {
  let credentials = (await findCredentials(config, io.env))?.provider;
  if (!credentials) {
    if (!io.stdin.isTTY) {
      throw new UserError(
        'no AWS credentials found. Provide them in one of these ways and run again:\n' +
          '  - AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN) in the environment\n' +
          '  - a profile: AWS_PROFILE=name, or [aws] profile = name in config.ini (aws configure / aws sso login)\n' +
          '  - a [credentials] section in config.ini (run aws-monitor once at a terminal to be asked for them)',
      );
    }
    const typed = await promptForCredentials({ input: io.stdin, output: io.stderr });
    const path = config.configFile ?? resolve(io.cwd, 'config.ini');
    storeCredentials(path, typed);
    io.stderr.write(`Saved the credentials to ${path} ([credentials], file mode 0600).\n`);
    credentials = toIdentity(typed);
  }

  return credentials;
}
