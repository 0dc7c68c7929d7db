// The flags every command takes, as the AWS CLI and good Unix tools spell them: --profile,
// --region, --endpoint-url, --config, --quiet, --no-color, --no-progress, --debug. They may come
// before or after the command (`aws-monitor --profile prod report` = `aws-monitor report --profile prod`).

import { Writable } from 'node:stream';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_REGION } from '../config/cli-choices.js';
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
    .option('--region <region>', `AWS region (default: [aws] region, $AWS_REGION, the profile's region, else ${DEFAULT_REGION})`)
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
