// Parses argv and dispatches. Commands are imported lazily so --help and --version start fast.

import { Command, CommanderError, Option } from 'commander';
import { OUTPUT_FORMATS } from '../config/cli-choices.js';
import { UserError } from '../errors.js';
import { SEVERITIES } from '../report/model.js';
import { VERSION } from '../version.js';
import type { GateOptions } from './commands/gate.js';
import type { MatrixOptions } from './commands/matrix.js';
import type { MergeCommandOptions } from './commands/merge.js';
import type { ReportOptions } from './commands/report.js';
import type { WatchOptions } from './commands/watch.js';
import { EXIT } from './exit-codes.js';
import { addGlobalOptions, GLOBAL_SWITCHES, GLOBAL_VALUE_FLAGS, type GlobalOptions, outputOption, quietIo } from './global-options.js';
import type { CliIo } from './io.js';

export { EXIT } from './exit-codes.js';

const COMMANDS = ['report', 'watch', 'gate', 'merge', 'matrix', 'detect-series', 'group-logs', 'split-traces', 'help'] as const;
// The formats every renderer registry knows, html included.
const FORMATS = [...OUTPUT_FORMATS];

export async function main(argv: string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = addGlobalOptions(new Command('aws-monitor'))
    .description('Scan a production AWS account and print one report of what is wrong.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError(`(commands: ${COMMANDS.filter((c) => c !== 'help').join(', ')}; aws-monitor --help for usage)`)
    .addHelpText(
      'after',
      `
Global options work before or after the command: aws-monitor --profile prod report = aws-monitor report --profile prod.
Exit codes: 0 checked, nothing at or above fail-on (gate: pass); 1 findings at or above fail-on (gate: fail);
2 the tool could not run or could not check (configuration, credentials, AWS unreachable);
3 nothing to judge (an empty scope without [scan] allow_empty; gate: inconclusive).
Settings come from config.ini (see config.example.ini), AWS_MONITOR_<SECTION>_<KEY> variables and flags.`,
    );
  // Each command runs with the global flags merged into its own, and under --quiet a silent stderr.
  const run =
    <O extends GlobalOptions>(handler: (options: O, io: CliIo) => Promise<number> | number) =>
    async (options: O, command: Command): Promise<void> => {
      const all = { ...command.optsWithGlobals(), ...options } as O;
      exitCode = await handler(all, all.quiet ? quietIo(io) : io);
    };

  program
    .command('report')
    .description('scan the account and write the report (the default command)')
    .option('--since <duration>', 'window ending now, e.g. 30m, 24h, 7d (at most 90d)')
    .option('--from <time>', 'window start, ISO-8601 (with --to, or up to now)')
    .option('--to <time>', 'window end, ISO-8601')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS))
    .addOption(outputOption())
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this').choices([...SEVERITIES, 'never']))
    .option('--services <list>', 'comma-separated services to scan, e.g. ecs,cloudformation')
    .option('--deadline <duration>', 'write the report with what was gathered after this long, e.g. 5m (default 2m + 1m per day of window, at most 15m)')
    .addOption(new Option('--min-severity <severity>', 'list findings at or above this (the rest are counted)').choices([...SEVERITIES]))
    .option('--allow-empty', 'exit 0 when nothing is in scope (the report still says empty)')
    .option('--github-issues <owner/repo>', 'keep one issue per open finding in this repository (token from GITHUB_TOKEN; GITHUB_API_URL for GitHub Enterprise)')
    .addOption(new Option('--github-issues-min-severity <severity>', 'the lowest severity that gets an issue (default high)').choices([...SEVERITIES]))
    .option('--account <id-or-name>', 'scan only this account of [organization] or the [account:NAME] sections, in --region only (one job of a matrix)')
    // Run history (issue 21): compare with a previous run's JSON report.
    .option('--baseline <file>', "a previous run's JSON report: mark findings new or ongoing and list the resolved ones")
    .addOption(new Option('--fail-on-new <severity>', 'exit 1 only when a new finding is at or above this (every finding is new without --baseline)').choices([...SEVERITIES]))
    .action(
      run<ReportOptions>(async (options, commandIo) => {
        const { reportCommand } = await import('./commands/report.js');
        return reportCommand(options, commandIo);
      }),
    );

  // Run history (issue 21): the daemon of a container service.
  program
    .command('watch')
    .description('scan on and on: the first report in full, then only what changed (new and resolved findings); SIGTERM stops it')
    .option('--every <duration>', 'time from the start of one scan to the next, 1m to 24h (default 5m)')
    .option('--since <duration>', 'each scan looks at the window this long ending now (default [scan] since, else 24h)')
    .addOption(new Option('-f, --format <format>', 'format of the first report; changes are text lines, or JSON lines with json').choices(FORMATS))
    .option('--services <list>', 'comma-separated services to scan, e.g. ecs,cloudformation')
    .addOption(new Option('--min-severity <severity>', 'list findings at or above this in the first report').choices([...SEVERITIES]))
    .addOption(new Option('--fail-on <severity>', 'the severity a report is failing at').choices([...SEVERITIES, 'never']))
    .action(
      run<WatchOptions>(async (options, commandIo) => {
        const { watchCommand } = await import('./commands/watch.js');
        return watchCommand(options, commandIo);
      }),
    );

  program
    .command('gate')
    .description("judge a service's latest deploy: its metrics and errors after it against before it (and a week earlier); exit 0 pass, 1 fail, 3 inconclusive")
    .requiredOption('--cluster <name>', 'ECS cluster')
    .requiredOption('--service <name>', 'ECS service')
    .option('--deploy-time <time>', "the deploy, ISO-8601 with a zone, e.g. 2026-11-25T10:00:00Z (default: --stack's last update, else the service's latest deployment)")
    .option('--stack <name>', 'the CloudFormation stack the deploy updated: its last update is the deploy time')
    .option('--window <duration>', 'length of the windows before and after the deploy (default 30m, [gate] window)')
    .option('--watch <duration>', 'keep checking this long, until the verdict holds 3 checks (a fail stops at once; inconclusive keeps waiting)')
    .option('--interval <duration>', 'time between checks with --watch (default 1m)')
    .option('--deadline <duration>', 'give up after this long in all (default 2m, plus --watch)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS))
    .addOption(outputOption())
    .action(
      run<GateOptions>(async (options, commandIo) => {
        const { gateCommand } = await import('./commands/gate.js');
        return gateCommand(options, commandIo);
      }),
    );

  program
    .command('merge <reports...>')
    .description('combine the JSON reports of several jobs (one per account and region) into one report')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .addOption(outputOption())
    .addOption(new Option('--fail-on <severity>', "exit 1 when a finding is at or above this (default: the reports' own)").choices([...SEVERITIES, 'never']))
    .addOption(new Option('--min-severity <severity>', 'list findings at or above this (the rest are counted)').choices([...SEVERITIES]))
    .option('--allow-empty', 'exit 0 when no report had anything in scope')
    .action(async (files: string[], options: MergeCommandOptions, command: Command) => {
      await run<MergeCommandOptions>(async (all, commandIo) => {
        const { mergeCommand } = await import('./commands/merge.js');
        return mergeCommand(files, all, commandIo);
      })(options, command);
    });

  program
    .command('matrix')
    .description('print the accounts and regions to scan ([organization], [account:NAME]) as a GitHub Actions matrix: {"include":[{"account","name","region"}]}')
    .addOption(outputOption('the matrix JSON'))
    .action(
      run<MatrixOptions>(async (options, commandIo) => {
        const { matrixCommand } = await import('./commands/matrix.js');
        return matrixCommand(options, commandIo);
      }),
    );

  program
    .command('detect-series <file>')
    .description('score a timestamp,value CSV with the metric detector (default settings); writes timestamp,value,score,is_anomaly')
    .addOption(outputOption('the CSV'))
    .action(async (file: string, options: GlobalOptions & { output?: string }, command: Command) => {
      await run<GlobalOptions & { output?: string }>(async (all, commandIo) => {
        const { detectSeriesCommand } = await import('./commands/detect-series.js');
        return detectSeriesCommand(file, all, commandIo);
      })(options, command);
    });

  program
    .command('group-logs <file>')
    .description('group one log message per line into signatures; writes LineId,PredictedGroupId')
    .addOption(outputOption('the CSV'))
    .action(async (file: string, options: GlobalOptions & { output?: string }, command: Command) => {
      await run<GlobalOptions & { output?: string }>(async (all, commandIo) => {
        const { groupLogsCommand } = await import('./commands/group-logs.js');
        return groupLogsCommand(file, all, commandIo);
      })(options, command);
    });

  program
    .command('split-traces <file>')
    .description('re-join stack traces split into one log event per line; writes {"trace_of_line": [...]}')
    .addOption(outputOption('the JSON'))
    .action(async (file: string, options: GlobalOptions & { output?: string }, command: Command) => {
      await run<GlobalOptions & { output?: string }>(async (all, commandIo) => {
        const { splitTracesCommand } = await import('./commands/split-traces.js');
        return splitTracesCommand(file, all, commandIo);
      })(options, command);
    });

  try {
    await program.parseAsync(withDefaultCommand(argv), { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code) ? EXIT.ok : EXIT.toolError;
    }
    return await reportError(error, io, argv.includes('--debug'));
  }
}

/**
 * `report` is the command when none is named (`aws-monitor`, `aws-monitor --since 1h`), but an
 * unknown word stays a command so commander can say it is unknown, instead of "too many arguments
 * for report". Global flags may come first: `aws-monitor --profile prod gate ...`.
 */
export function withDefaultCommand(argv: readonly string[]): string[] {
  let i = 0;
  while (i < argv.length) {
    const token = argv[i]!;
    const flag = token.split('=')[0]!;
    if ((GLOBAL_VALUE_FLAGS as readonly string[]).includes(flag)) i += token.includes('=') ? 1 : 2;
    else if ((GLOBAL_SWITCHES as readonly string[]).includes(token)) i += 1;
    else break;
  }
  const next = argv[i];
  if (next !== undefined && !next.startsWith('-')) return [...argv];
  if (next !== undefined && ['-h', '--help', '-v', '--version'].includes(next)) return [...argv];
  return [...argv.slice(0, i), 'report', ...argv.slice(i)];
}

async function reportError(error: unknown, io: CliIo, debug: boolean): Promise<number> {
  // Loaded here, not at start: AWS errors carry the redaction rules, which --help and --version never need.
  const { describeAwsError, isUnreachable } = await import('../aws/aws-errors.js');
  if (error instanceof UserError) {
    io.stderr.write(`aws-monitor: ${error.message}\n`);
  } else if ((error as Error)?.name === 'CredentialsUnusableError') {
    io.stderr.write(`aws-monitor: AWS rejected the credentials: ${(error as Error).message}\nCheck the access key, the profile or role, and that the session has not expired.\n`);
  } else if (isUnreachable(error)) {
    io.stderr.write(`aws-monitor: could not reach AWS: ${describeAwsError(error)}\n`);
  } else {
    io.stderr.write(`aws-monitor: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    else io.stderr.write('(run again with --debug for details, and report it with the command you ran)\n');
  }
  return EXIT.toolError;
}
