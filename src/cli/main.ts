// Parses argv and dispatches. Commands are imported lazily so --help and --version start fast.

import type { GateOptions } from './commands/gate.js';
import type { MergeCommandOptions } from './commands/merge.js';
import { Command, CommanderError, Option } from 'commander';
import { UserError } from '../errors.js';
import { SEVERITIES } from '../report/model.js';
import { VERSION } from '../version.js';
import type { CliIo } from './io.js';

export const EXIT = { ok: 0, findings: 1, toolError: 2 } as const;

export interface ReportOptions {
  config?: string;
  since?: string;
  from?: string;
  to?: string;
  format?: string;
  output?: string;
  failOn?: string;
  services?: string;
  region?: string;
  deadline?: string;
  minSeverity?: string;
  color?: string;
  progress: boolean;
  debug?: boolean;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('aws-monitor')
    .description('Scan a production AWS account and print one report of what is wrong.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(run aws-monitor --help for usage)')
    .addHelpText(
      'after',
      `
Exit codes: 0 no finding at or above fail-on, 1 findings at or above it, 2 the tool could not run.
Settings come from config.ini (see config.example.ini), AWS_MONITOR_<SECTION>_<KEY> variables and flags.`,
    );

  program
    .command('report', { isDefault: true })
    .description('scan the account and write the report')
    .option('-c, --config <file>', 'config file (default: ./config.ini, or $AWS_MONITOR_CONFIG)')
    .option('--since <duration>', 'window ending now, e.g. 30m, 24h, 7d (at most 90d)')
    .option('--from <time>', 'window start, ISO-8601 (with --to, or up to now)')
    .option('--to <time>', 'window end, ISO-8601')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this').choices([...SEVERITIES, 'never']))
    .option('--services <list>', 'comma-separated services to scan, e.g. ecs,cloudformation')
    .option('--region <region>', 'AWS region (default from config, AWS_REGION, or us-east-2)')
    .option('--deadline <duration>', 'write the report with what was gathered after this long, e.g. 5m (default 2m + 1m per day of window, at most 15m)')
    .addOption(new Option('--min-severity <severity>', 'list findings at or above this (the rest are counted)').choices([...SEVERITIES]))
    .addOption(new Option('--color <when>', 'colour the text report: auto (a terminal, unless NO_COLOR is set), always, never').choices(['auto', 'always', 'never']).default('auto'))
    .option('--no-progress', 'no progress line on stderr')
    .option('--debug', 'print stack traces of unexpected errors')
    .action(async (options: ReportOptions) => {
      const { reportCommand } = await import('./commands/report.js');
      exitCode = await reportCommand(options, io);
    });

  program
    .command('gate')
    .description("judge a service's latest deploy: its metrics and errors after it against before it (and a week earlier); exit 0 pass, 1 fail")
    .requiredOption('--cluster <name>', 'ECS cluster')
    .requiredOption('--service <name>', 'ECS service')
    .option('--deploy-time <time>', "the deploy, ISO-8601 (default: --stack's last update, else the service's latest deployment)")
    .option('--stack <name>', 'the CloudFormation stack the deploy updated: its last update is the deploy time')
    .option('--window <duration>', 'length of the windows before and after the deploy (default 30m, [gate] window)')
    .option('--watch <duration>', 'keep checking this long, until the verdict holds 3 checks (a fail stops at once)')
    .option('--interval <duration>', 'time between checks with --watch (default 1m)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-c, --config <file>', 'config file (default: ./config.ini, or $AWS_MONITOR_CONFIG)')
    .option('--region <region>', 'AWS region')
    .option('--no-progress', 'no progress line on stderr')
    .action(async (options: GateOptions) => {
      const { gateCommand } = await import('./commands/gate.js');
      exitCode = await gateCommand(options, io);
    });

  program
    .command('merge <reports...>')
    .description('combine the JSON reports of several jobs (one per account and region) into one report')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(new Option('--fail-on <severity>', "exit 1 when a finding is at or above this (default: the reports' own)").choices([...SEVERITIES, 'never']))
    .addOption(new Option('--min-severity <severity>', 'list findings at or above this (the rest are counted)').choices([...SEVERITIES]))
    .addOption(new Option('--color <when>', 'colour the text report: auto, always, never').choices(['auto', 'always', 'never']).default('auto'))
    .action(async (files: string[], options: MergeCommandOptions) => {
      const { mergeCommand } = await import('./commands/merge.js');
      exitCode = mergeCommand(files, options, io);
    });

  program
    .command('detect-series <file>')
    .description('score a timestamp,value CSV with the metric detector (default settings); writes timestamp,value,score,is_anomaly')
    .option('-o, --output <file>', 'write the CSV to a file instead of stdout')
    .action(async (file: string, options: { output?: string }) => {
      const { detectSeriesCommand } = await import('./commands/detect-series.js');
      exitCode = await detectSeriesCommand(file, options, io);
    });

  program
    .command('group-logs <file>')
    .description('group one log message per line into signatures; writes LineId,PredictedGroupId')
    .option('-o, --output <file>', 'write the CSV to a file instead of stdout')
    .action(async (file: string, options: { output?: string }) => {
      const { groupLogsCommand } = await import('./commands/group-logs.js');
      exitCode = groupLogsCommand(file, options, io);
    });

  program
    .command('split-traces <file>')
    .description('re-join stack traces split into one log event per line; writes {"trace_of_line": [...]}')
    .option('-o, --output <file>', 'write the JSON to a file instead of stdout')
    .action(async (file: string, options: { output?: string }) => {
      const { splitTracesCommand } = await import('./commands/split-traces.js');
      exitCode = splitTracesCommand(file, options, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code) ? EXIT.ok : EXIT.toolError;
    }
    return reportError(error, io, argv.includes('--debug'));
  }
}

function reportError(error: unknown, io: CliIo, debug: boolean): number {
  if (error instanceof UserError) {
    io.stderr.write(`aws-monitor: ${error.message}\n`);
  } else if ((error as Error)?.name === 'CredentialsUnusableError') {
    io.stderr.write(`aws-monitor: AWS rejected the credentials: ${(error as Error).message}\nCheck the access key, the profile or role, and that the session has not expired.\n`);
  } else {
    io.stderr.write(`aws-monitor: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    else io.stderr.write('(run again with --debug for details, and report it with the command you ran)\n');
  }
  return EXIT.toolError;
}
