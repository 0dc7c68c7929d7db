export const id = 957;
export const ids = [957];
export const modules = {

/***/ 8551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT),
/* harmony export */   i: () => (/* binding */ reportExitCode)
/* harmony export */ });
// The exit codes of every command (the README's "Exit codes" table).
const EXIT = {
    /** Checked, and nothing at or above fail-on (a gate: pass). */
    ok: 0,
    /** Findings at or above fail-on (a gate: fail). */
    findings: 1,
    /** The tool could not run or could not check: bad configuration, credentials, AWS unreachable. */
    toolError: 2,
    /** Nothing to judge: an empty scope (a scan), or too little data (a gate: inconclusive). */
    noEvidence: 3,
};
/** A scan report's exit code: a report that looked at nothing never exits 0, unless an empty scope is expected. */
function reportExitCode(status, allowEmpty) {
    switch (status) {
        case 'failing':
            return EXIT.findings;
        case 'unchecked':
            return EXIT.toolError;
        case 'empty':
            return allowEmpty ? EXIT.ok : EXIT.noEvidence;
        case 'degraded':
        case 'healthy':
            return EXIT.ok;
    }
}


/***/ }),

/***/ 5117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ht: () => (/* binding */ GLOBAL_SWITCHES),
  e8: () => (/* binding */ GLOBAL_VALUE_FLAGS),
  bk: () => (/* binding */ addGlobalOptions),
  xO: () => (/* binding */ outputOption),
  oz: () => (/* binding */ progressLine),
  Zh: () => (/* binding */ quietIo),
  zK: () => (/* binding */ wantsColor)
});

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: ./src/config/cli-choices.ts
var cli_choices = __webpack_require__(5753);
;// CONCATENATED MODULE: ./src/cli/progress-line.ts
// One self-overwriting status line on stderr, shown only when stderr is a terminal.
class ProgressLine {
    stream;
    last = '';
    started = Date.now();
    constructor(stream) {
        this.stream = stream;
    }
    update = (message) => {
        const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
        const width = (this.stream.columns ?? 80) - 1;
        this.last = `[${seconds}s] ${message}`.slice(0, width);
        this.stream.write(`\r\x1b[K${this.last}`);
    };
    done() {
        if (this.last)
            this.stream.write('\r\x1b[K');
    }
}

;// CONCATENATED MODULE: ./src/cli/global-options.ts
// The flags every command takes, as the AWS CLI and good Unix tools spell them: --profile,
// --region, --endpoint-url, --config, --quiet, --no-color, --no-progress, --debug. They may come
// before or after the command (`aws-monitor --profile prod report` = `aws-monitor report --profile prod`).




/** Options of the program that take a value, so argv can be read before commander parses it. */
const GLOBAL_VALUE_FLAGS = ['-c', '--config', '--profile', '--region', '--endpoint-url', '--color'];
const GLOBAL_SWITCHES = ['-q', '--quiet', '--no-color', '--no-progress', '--debug'];
function addGlobalOptions(program) {
    return program
        .option('-c, --config <file>', 'config file (default: ./config.ini, or $AWS_MONITOR_CONFIG)')
        .option('--profile <name>', 'AWS profile from ~/.aws/config (default: $AWS_PROFILE, else default)')
        .option('--region <region>', `AWS region (default: [aws] region, $AWS_REGION, the profile's region, else ${cli_choices/* DEFAULT_REGION */.t})`)
        .option('--endpoint-url <url>', 'send every AWS call to this endpoint (a local emulator, a VPC endpoint)')
        .option('-q, --quiet', 'print only the result and errors: no progress, no summary lines')
        .addOption(new esm/* Option */.c$('--color <when>', 'colour the text report: auto (a terminal, unless NO_COLOR is set), always, never').choices(['auto', 'always', 'never']))
        .option('--no-color', 'no colour (same as --color never)')
        .option('--no-progress', 'no progress line on stderr')
        .option('--debug', 'print stack traces of unexpected errors');
}
// The AWS CLI's --output takes a format; ours takes a file. A format word is almost surely that habit.
const FORMAT_WORDS = new Set(['text', 'markdown', 'json', 'html', 'table', 'yaml', 'yaml-stream']);
/** `-o, --output <file>`, refusing a format word with a hint instead of writing a file named "json". */
function outputOption(what = 'the report') {
    return new esm/* Option */.c$('-o, --output <file>', `write ${what} to this file instead of stdout`).argParser((value) => {
        if (FORMAT_WORDS.has(value.toLowerCase())) {
            throw new esm/* InvalidArgumentError */.Di(`--output takes a file path, and "${value}" is a format: use --format ${value.toLowerCase()} (add --output FILE to write it to a file; ./${value} if you really mean a file named ${value}).`);
        }
        return value;
    });
}
/** Colour only for a person at a terminal: --color always/never (--no-color), else a TTY without NO_COLOR (no-color.org) or TERM=dumb. */
function wantsColor(when, io) {
    if (when === false || when === 'never')
        return false;
    if (when === 'always')
        return true;
    if (io.env.NO_COLOR)
        return false;
    if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0')
        return true;
    return io.stdout.isTTY === true && io.env.TERM !== 'dumb';
}
/** The progress line, when a person is watching stderr (not with --quiet, whose stderr is a sink). */
function progressLine(globals, io) {
    return globals.progress && io.stderr.isTTY ? new ProgressLine(io.stderr) : undefined;
}
/**
 * The io a command gets under --quiet: its notes on stderr (progress, "written to", "saved") go
 * nowhere; errors are printed by main with the real stderr, and a credentials prompt still reaches
 * the terminal.
 */
function quietIo(io) {
    const sink = new external_node_stream_.Writable({ write: (_chunk, _encoding, done) => done() });
    return { ...io, stderr: sink, prompt: io.prompt ?? io.stderr };
}


/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EXIT: () => (/* reexport safe */ _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__.d),
/* harmony export */   main: () => (/* binding */ main),
/* harmony export */   withDefaultCommand: () => (/* binding */ withDefaultCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _config_cli_choices_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5753);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6867);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(311);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8551);
/* harmony import */ var _global_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5117);
// Parses argv and dispatches. Commands are imported lazily so --help and --version start fast.








const COMMANDS = ['report', 'watch', 'gate', 'merge', 'matrix', 'detect-series', 'group-logs', 'split-traces', 'help'];
// The formats every renderer registry knows, html included.
const FORMATS = [..._config_cli_choices_js__WEBPACK_IMPORTED_MODULE_4__/* .OUTPUT_FORMATS */ .D];
async function main(argv, io) {
    let exitCode = _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.ok;
    const program = (0,_global_options_js__WEBPACK_IMPORTED_MODULE_3__/* .addGlobalOptions */ .bk)(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('aws-monitor'))
        .description('Scan a production AWS account and print one report of what is wrong.')
        .version(_version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x, '-v, --version')
        .exitOverride()
        .configureOutput({
        writeOut: (text) => io.stdout.write(text),
        writeErr: (text) => io.stderr.write(text),
    })
        .showHelpAfterError(`(commands: ${COMMANDS.filter((c) => c !== 'help').join(', ')}; aws-monitor --help for usage)`)
        .addHelpText('after', `
Global options work before or after the command: aws-monitor --profile prod report = aws-monitor report --profile prod.
Exit codes: 0 checked, nothing at or above fail-on (gate: pass); 1 findings at or above fail-on (gate: fail);
2 the tool could not run or could not check (configuration, credentials, AWS unreachable);
3 nothing to judge (an empty scope without [scan] allow_empty; gate: inconclusive).
Settings come from config.ini (see config.example.ini), AWS_MONITOR_<SECTION>_<KEY> variables and flags.`);
    // Each command runs with the global flags merged into its own, and under --quiet a silent stderr.
    const run = (handler) => async (options, command) => {
        const all = { ...command.optsWithGlobals(), ...options };
        exitCode = await handler(all, all.quiet ? (0,_global_options_js__WEBPACK_IMPORTED_MODULE_3__/* .quietIo */ .Zh)(io) : io);
    };
    program
        .command('report')
        .description('scan the account and write the report (the default command)')
        .option('--since <duration>', 'window ending now, e.g. 30m, 24h, 7d (at most 90d)')
        .option('--from <time>', 'window start, ISO-8601 (with --to, or up to now)')
        .option('--to <time>', 'window end, ISO-8601')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('-f, --format <format>', 'output format').choices(FORMATS))
        .addOption((0,_global_options_js__WEBPACK_IMPORTED_MODULE_3__/* .outputOption */ .xO)())
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--fail-on <severity>', 'exit 1 when a finding is at or above this').choices([..._report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .SEVERITIES */ .oC, 'never']))
        .option('--services <list>', 'comma-separated services to scan, e.g. ecs,cloudformation')
        .option('--deadline <duration>', 'write the report with what was gathered after this long, e.g. 5m (default 2m + 1m per day of window, at most 15m)')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--min-severity <severity>', 'list findings at or above this (the rest are counted)').choices([..._report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .SEVERITIES */ .oC]))
        .option('--allow-empty', 'exit 0 when nothing is in scope (the report still says empty)')
        .option('--github-issues <owner/repo>', 'keep one issue per open finding in this repository (token from GITHUB_TOKEN; GITHUB_API_URL for GitHub Enterprise)')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--github-issues-min-severity <severity>', 'the lowest severity that gets an issue (default high)').choices([..._report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .SEVERITIES */ .oC]))
        .option('--account <id-or-name>', 'scan only this account of [organization] or the [account:NAME] sections, in --region only (one job of a matrix)')
        // Run history (issue 21): compare with a previous run's JSON report.
        .option('--baseline <file>', "a previous run's JSON report: mark findings new or ongoing and list the resolved ones")
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--fail-on-new <severity>', 'exit 1 only when a new finding is at or above this (every finding is new without --baseline)').choices([..._report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .SEVERITIES */ .oC]))
        .action(run(async (options, commandIo) => {
        const { reportCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(735), __webpack_require__.e(915), __webpack_require__.e(892), __webpack_require__.e(27), __webpack_require__.e(422), __webpack_require__.e(577), __webpack_require__.e(195), __webpack_require__.e(192), __webpack_require__.e(116), __webpack_require__.e(72), __webpack_require__.e(522), __webpack_require__.e(484), __webpack_require__.e(852), __webpack_require__.e(920)]).then(__webpack_require__.bind(__webpack_require__, 7920));
        return reportCommand(options, commandIo);
    }));
    // Run history (issue 21): the daemon of a container service.
    program
        .command('watch')
        .description('scan on and on: the first report in full, then only what changed (new and resolved findings); SIGTERM stops it')
        .option('--every <duration>', 'time from the start of one scan to the next, 1m to 24h (default 5m)')
        .option('--since <duration>', 'each scan looks at the window this long ending now (default [scan] since, else 24h)')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('-f, --format <format>', 'format of the first report; changes are text lines, or JSON lines with json').choices(FORMATS))
        .option('--services <list>', 'comma-separated services to scan, e.g. ecs,cloudformation')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--min-severity <severity>', 'list findings at or above this in the first report').choices([..._report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .SEVERITIES */ .oC]))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--fail-on <severity>', 'the severity a report is failing at').choices([..._report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .SEVERITIES */ .oC, 'never']))
        .action(run(async (options, commandIo) => {
        const { watchCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(735), __webpack_require__.e(915), __webpack_require__.e(27), __webpack_require__.e(422), __webpack_require__.e(577), __webpack_require__.e(195), __webpack_require__.e(192), __webpack_require__.e(116), __webpack_require__.e(72), __webpack_require__.e(522), __webpack_require__.e(484), __webpack_require__.e(852), __webpack_require__.e(378)]).then(__webpack_require__.bind(__webpack_require__, 7378));
        return watchCommand(options, commandIo);
    }));
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
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('-f, --format <format>', 'output format').choices(FORMATS))
        .addOption((0,_global_options_js__WEBPACK_IMPORTED_MODULE_3__/* .outputOption */ .xO)())
        .action(run(async (options, commandIo) => {
        const { gateCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(735), __webpack_require__.e(915), __webpack_require__.e(212), __webpack_require__.e(805), __webpack_require__.e(586), __webpack_require__.e(27), __webpack_require__.e(422), __webpack_require__.e(577), __webpack_require__.e(195), __webpack_require__.e(192), __webpack_require__.e(116), __webpack_require__.e(72), __webpack_require__.e(522), __webpack_require__.e(660)]).then(__webpack_require__.bind(__webpack_require__, 6660));
        return gateCommand(options, commandIo);
    }));
    program
        .command('merge <reports...>')
        .description('combine the JSON reports of several jobs (one per account and region) into one report')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
        .addOption((0,_global_options_js__WEBPACK_IMPORTED_MODULE_3__/* .outputOption */ .xO)())
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--fail-on <severity>', "exit 1 when a finding is at or above this (default: the reports' own)").choices([..._report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .SEVERITIES */ .oC, 'never']))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--min-severity <severity>', 'list findings at or above this (the rest are counted)').choices([..._report_model_js__WEBPACK_IMPORTED_MODULE_6__/* .SEVERITIES */ .oC]))
        .option('--allow-empty', 'exit 0 when no report had anything in scope')
        .action(async (files, options, command) => {
        await run(async (all, commandIo) => {
            const { mergeCommand } = await Promise.all(/* import() */[__webpack_require__.e(892), __webpack_require__.e(27), __webpack_require__.e(422), __webpack_require__.e(192), __webpack_require__.e(484), __webpack_require__.e(317)]).then(__webpack_require__.bind(__webpack_require__, 317));
            return mergeCommand(files, all, commandIo);
        })(options, command);
    });
    program
        .command('matrix')
        .description('print the accounts and regions to scan ([organization], [account:NAME]) as a GitHub Actions matrix: {"include":[{"account","name","region"}]}')
        .addOption((0,_global_options_js__WEBPACK_IMPORTED_MODULE_3__/* .outputOption */ .xO)('the matrix JSON'))
        .action(run(async (options, commandIo) => {
        const { matrixCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(735), __webpack_require__.e(471), __webpack_require__.e(27), __webpack_require__.e(422), __webpack_require__.e(577), __webpack_require__.e(195), __webpack_require__.e(103)]).then(__webpack_require__.bind(__webpack_require__, 7103));
        return matrixCommand(options, commandIo);
    }));
    program
        .command('detect-series <file>')
        .description('score a timestamp,value CSV with the metric detector (default settings); writes timestamp,value,score,is_anomaly')
        .addOption((0,_global_options_js__WEBPACK_IMPORTED_MODULE_3__/* .outputOption */ .xO)('the CSV'))
        .action(async (file, options, command) => {
        await run(async (all, commandIo) => {
            const { detectSeriesCommand } = await Promise.all(/* import() */[__webpack_require__.e(577), __webpack_require__.e(450)]).then(__webpack_require__.bind(__webpack_require__, 2793));
            return detectSeriesCommand(file, all, commandIo);
        })(options, command);
    });
    program
        .command('group-logs <file>')
        .description('group one log message per line into signatures; writes LineId,PredictedGroupId')
        .addOption((0,_global_options_js__WEBPACK_IMPORTED_MODULE_3__/* .outputOption */ .xO)('the CSV'))
        .action(async (file, options, command) => {
        await run(async (all, commandIo) => {
            const { groupLogsCommand } = await Promise.all(/* import() */[__webpack_require__.e(116), __webpack_require__.e(768)]).then(__webpack_require__.bind(__webpack_require__, 8768));
            return groupLogsCommand(file, all, commandIo);
        })(options, command);
    });
    program
        .command('split-traces <file>')
        .description('re-join stack traces split into one log event per line; writes {"trace_of_line": [...]}')
        .addOption((0,_global_options_js__WEBPACK_IMPORTED_MODULE_3__/* .outputOption */ .xO)('the JSON'))
        .action(async (file, options, command) => {
        await run(async (all, commandIo) => {
            const { splitTracesCommand } = await Promise.all(/* import() */[__webpack_require__.e(72), __webpack_require__.e(564)]).then(__webpack_require__.bind(__webpack_require__, 9564));
            return splitTracesCommand(file, all, commandIo);
        })(options, command);
    });
    try {
        await program.parseAsync(withDefaultCommand(argv), { from: 'user' });
        return exitCode;
    }
    catch (error) {
        if (error instanceof commander__WEBPACK_IMPORTED_MODULE_0__/* .CommanderError */ .b7) {
            return ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code) ? _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.ok : _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.toolError;
        }
        return await reportError(error, io, argv.includes('--debug'));
    }
}
/**
 * `report` is the command when none is named (`aws-monitor`, `aws-monitor --since 1h`), but an
 * unknown word stays a command so commander can say it is unknown, instead of "too many arguments
 * for report". Global flags may come first: `aws-monitor --profile prod gate ...`.
 */
function withDefaultCommand(argv) {
    let i = 0;
    while (i < argv.length) {
        const token = argv[i];
        const flag = token.split('=')[0];
        if (_global_options_js__WEBPACK_IMPORTED_MODULE_3__/* .GLOBAL_VALUE_FLAGS */ .e8.includes(flag))
            i += token.includes('=') ? 1 : 2;
        else if (_global_options_js__WEBPACK_IMPORTED_MODULE_3__/* .GLOBAL_SWITCHES */ .ht.includes(token))
            i += 1;
        else
            break;
    }
    const next = argv[i];
    if (next !== undefined && !next.startsWith('-'))
        return [...argv];
    if (next !== undefined && ['-h', '--help', '-v', '--version'].includes(next))
        return [...argv];
    return [...argv.slice(0, i), 'report', ...argv.slice(i)];
}
async function reportError(error, io, debug) {
    // Loaded here, not at start: AWS errors carry the redaction rules, which --help and --version never need.
    const { describeAwsError, isUnreachable } = await Promise.all(/* import() */[__webpack_require__.e(27), __webpack_require__.e(98)]).then(__webpack_require__.bind(__webpack_require__, 8098));
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y) {
        io.stderr.write(`aws-monitor: ${error.message}\n`);
    }
    else if (error?.name === 'CredentialsUnusableError') {
        io.stderr.write(`aws-monitor: AWS rejected the credentials: ${error.message}\nCheck the access key, the profile or role, and that the session has not expired.\n`);
    }
    else if (isUnreachable(error)) {
        io.stderr.write(`aws-monitor: could not reach AWS: ${describeAwsError(error)}\n`);
    }
    else {
        io.stderr.write(`aws-monitor: unexpected error: ${error?.message ?? String(error)}\n`);
        if (debug && error instanceof Error && error.stack)
            io.stderr.write(`${error.stack}\n`);
        else
            io.stderr.write('(run again with --debug for details, and report it with the command you ran)\n');
    }
    return _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .d.toolError;
}


/***/ }),

/***/ 5753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ OUTPUT_FORMATS),
/* harmony export */   t: () => (/* binding */ DEFAULT_REGION)
/* harmony export */ });
// The values the command line offers before any config is read: --format's choices and the region
// named in --region's help. Apart from the settings table (schema.ts, settings.ts), which load the
// validator library, so that parsing the command line and --help, --version stay light.
const OUTPUT_FORMATS = ['text', 'markdown', 'json', 'html'];
/** The region scanned when nothing names one (the [aws] region row's default). */
const DEFAULT_REGION = 'us-east-2';


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ ConfigError),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
// Errors a user can act on. Adapters print their message (never a stack) and exit 2.
class UserError extends Error {
    name = 'UserError';
}
class ConfigError extends UserError {
    problems;
    name = 'ConfigError';
    constructor(problems) {
        super(problems.length === 1
            ? `invalid configuration: ${problems[0].where}: ${problems[0].message}`
            : `invalid configuration (${problems.length} problems):\n` + problems.map((p) => `  - ${p.where}: ${p.message}`).join('\n'));
        this.problems = problems;
    }
}


/***/ }),

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H8: () => (/* binding */ refOf),
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   du: () => (/* binding */ isAtLeast),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
/* unused harmony export CAUSES */
// The one Report model. Every output format renders this; nothing else is rendered.
// Bump REPORT_SCHEMA_VERSION on any change a JSON consumer could notice.
const REPORT_SCHEMA_VERSION = 6;
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
/** Lower rank is worse: critical = 0. */
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
function isAtLeast(severity, threshold) {
    return severityRank(severity) <= severityRank(threshold);
}
/** The reference a finding carries: type, id and ARN, without the rest of the resource. */
function refOf(resource) {
    return {
        type: resource.type,
        id: resource.id,
        ...(resource.arn ? { arn: resource.arn } : {}),
        ...(resource.account ? { account: resource.account } : {}),
        ...(resource.region ? { region: resource.region } : {}),
    };
}
/** What a finding is a symptom of; findings on one resource with one cause are merged. */
const CAUSES = (/* unused pure expression or super */ null && (['availability', 'errors', 'latency', 'saturation', 'traffic', 'security']));


/***/ })

};
