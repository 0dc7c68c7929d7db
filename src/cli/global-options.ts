// The flags every command takes, as the AWS CLI and good Unix tools spell them: --profile,
// --region, --endpoint-url, --config, --quiet, --no-color, --no-progress, --debug. They may come
// before or after the command (`aws-monitor --profile prod report` = `aws-monitor report --profile prod`).

import { Writable } from 'node:stream';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { COLLECTORS } from '../services/registry.js';
import { resolveProfile } from '../config/aws-profile.js';
import { loadConfig } from '../config/load.js';
import { SETTINGS, defaultValue, overridesFrom, type Override } from '../config/settings.js';
import type { ScanConfig } from '../config/schema.js';
import { detectorCatalog } from '../detectors/registry.js';
import type { CliIo } from './io.js';
import { ProgressLine } from './progress-line.js';

export interface GlobalOptions {
  config?: string;
  profile?: string;
  region?: string;
  endpointUrl?: string;
  quiet?: boolean;
  /** 'auto' | 'always' | 'never', or false from --no-color. */
  color?: string | false;
  progress: boolean;
  debug?: boolean;
}

/** Options of the program that take a value, so argv can be read before commander parses it. */
export const GLOBAL_VALUE_FLAGS = ['-c', '--config', '--profile', '--region', '--endpoint-url', '--color'] as const;
export const GLOBAL_SWITCHES = ['-q', '--quiet', '--no-color', '--no-progress', '--debug'] as const;

export function addGlobalOptions(program: Command): Command {
  return program
    .option('-c, --config <file>', 'config file (default: ./config.ini, or $AWS_MONITOR_CONFIG)')
    .option('--profile <name>', 'AWS profile from ~/.aws/config (default: $AWS_PROFILE, else default)')
    .option('--region <region>', `AWS region (default: [aws] region, $AWS_REGION, the profile's region, else ${defaultValue(SETTINGS.aws.region)})`)
    .option('--endpoint-url <url>', 'send every AWS call to this endpoint (a local emulator, a VPC endpoint)')
    .option('-q, --quiet', 'print only the result and errors: no progress, no summary lines')
    .addOption(new Option('--color <when>', 'colour the text report: auto (a terminal, unless NO_COLOR is set), always, never').choices(['auto', 'always', 'never']))
    .option('--no-color', 'no colour (same as --color never)')
    .option('--no-progress', 'no progress line on stderr')
    .option('--debug', 'print stack traces of unexpected errors');
}

// The AWS CLI's --output takes a format; ours takes a file. A format word is almost surely that habit.
const FORMAT_WORDS = new Set(['text', 'markdown', 'json', 'html', 'table', 'yaml', 'yaml-stream']);

/** `-o, --output <file>`, refusing a format word with a hint instead of writing a file named "json". */
export function outputOption(what = 'the report'): Option {
  return new Option('-o, --output <file>', `write ${what} to this file instead of stdout`).argParser((value: string) => {
    if (FORMAT_WORDS.has(value.toLowerCase())) {
      throw new InvalidArgumentError(
        `--output takes a file path, and "${value}" is a format: use --format ${value.toLowerCase()} (add --output FILE to write it to a file; ./${value} if you really mean a file named ${value}).`,
      );
    }
    return value;
  });
}

/** The global flags that are settings: --region, --profile and --endpoint-url beat config.ini and the environment. */
export function globalOverrides(globals: GlobalOptions): Override[] {
  const values: Record<string, string | undefined> = { '--region': globals.region, '--profile': globals.profile, '--endpoint-url': globals.endpointUrl };
  return overridesFrom('flag', (flag) => values[flag]);
}

/** config.ini (--config, $AWS_MONITOR_CONFIG or ./config.ini), the environment and the flags; the profile checked and its region applied. */
export function loadCliConfig(io: CliIo, globals: GlobalOptions, overrides: Override[]): ScanConfig {
  const config = loadConfig({
    ...(globals.config ? { configPath: globals.config } : {}),
    cwd: io.cwd,
    env: io.env,
    overrides: [...globalOverrides(globals), ...overrides],
    now: io.now(),
    catalog: { services: COLLECTORS.map((c) => c.id), detectors: detectorCatalog() },
  });
  return resolveProfile(config, io.env);
}

/** Colour only for a person at a terminal: --color always/never (--no-color), else a TTY without NO_COLOR (no-color.org) or TERM=dumb. */
export function wantsColor(when: string | false | undefined, io: CliIo): boolean {
  if (when === false || when === 'never') return false;
  if (when === 'always') return true;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return (io.stdout as { isTTY?: boolean }).isTTY === true && io.env.TERM !== 'dumb';
}

/** The progress line, when a person is watching stderr (not with --quiet, whose stderr is a sink). */
export function progressLine(globals: GlobalOptions, io: CliIo): ProgressLine | undefined {
  return globals.progress && io.stderr.isTTY ? new ProgressLine(io.stderr) : undefined;
}

/**
 * The io a command gets under --quiet: its notes on stderr (progress, "written to", "saved") go
 * nowhere; errors are printed by main with the real stderr, and a credentials prompt still reaches
 * the terminal.
 */
export function quietIo(io: CliIo): CliIo {
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  return { ...io, stderr: sink, prompt: io.prompt ?? io.stderr };
}
