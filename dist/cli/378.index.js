export const id = 378;
export const ids = [378];
export const modules = {

/***/ 7378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   watchCommand: () => (/* binding */ watchCommand)
/* harmony export */ });
/* unused harmony exports MIN_EVERY_MS, MAX_EVERY_MS, parseEvery, watchLoop, renderChanges, abortableSleep */
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _renderers_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6497);
/* harmony import */ var _renderers_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3802);
/* harmony import */ var _report_finish_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2202);
/* harmony import */ var _report_report_changes_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7654);
/* harmony import */ var _aws_clients_for_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1035);
/* harmony import */ var _notify_dispatch_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8110);
/* harmony import */ var _scan_accounts_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2671);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(311);
/* harmony import */ var _credentials_setup_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9787);
/* harmony import */ var _global_options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5117);
/* harmony import */ var _cli_config_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9034);
// `aws-monitor watch --every 5m`: the daemon of a container service. Scans on and on, each time
// over the window ending now; prints the first report in full and afterwards only what changed
// (new and resolved findings), comparing each report with the previous one in memory: nothing is
// stored, and only the last report is kept, so memory stays flat however long it runs
// (bench/watch-memory.ts). SIGTERM and SIGINT end it at once, abandoning the cycle under way, with
// the CLI's usual 143 and 130 (src/cli/signals.ts): a cycle holds nothing that needs flushing.
// Notifications plug in at `onCycle`, which every cycle calls with the report and its changes.













const MIN_EVERY_MS = 60_000;
const MAX_EVERY_MS = 86_400_000;
/** --every as milliseconds: a duration from 1m to 24h (a scan takes seconds to minutes and makes AWS calls). */
function parseEvery(text) {
    const ms = (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(text ?? '5m');
    if (ms === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--every: "${text}" must be ${_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_HELP */ .vb}`);
    if (ms < MIN_EVERY_MS || ms > MAX_EVERY_MS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`--every: must be from ${(0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(MIN_EVERY_MS)} to ${(0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(MAX_EVERY_MS)}`);
    return ms;
}
/** The loop, with its I/O injected: returns when `signal` aborts or after `maxCycles`. */
async function watchLoop(deps) {
    let previous;
    for (let cycle = 1; !deps.signal.aborted && (deps.maxCycles === undefined || cycle <= deps.maxCycles); cycle += 1) {
        const started = deps.now().getTime();
        let scanned;
        try {
            scanned = await deps.scan();
        }
        catch (error) {
            // A daemon outlives one bad cycle: the next one tries again.
            deps.warn(`aws-monitor watch: cycle ${cycle} failed: ${error?.message ?? String(error)}; next in ${(0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(deps.everyMs)}`);
        }
        if (scanned) {
            const report = (0,_report_finish_report_js__WEBPACK_IMPORTED_MODULE_4__/* .finishReport */ .U)(scanned, {
                mutes: deps.config.mutes,
                ...(previous ? { baseline: { report: previous, source: 'the previous cycle' } } : {}),
                ...(deps.config.output.failOnNew ? { failOnNew: deps.config.output.failOnNew } : {}),
            });
            const changes = previous ? (0,_report_report_changes_js__WEBPACK_IMPORTED_MODULE_11__/* .compareReports */ .ll)(previous, report) : undefined;
            deps.write(changes ? renderChanges(report, changes, deps.config.output.format) : (0,_renderers_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .renderReport */ .B)(deps.config.output.format, report, deps.config.output));
            await deps.onCycle?.({ cycle, report, ...(changes ? { changes } : {}) });
            // Only the last report is kept: the comparison needs nothing older.
            previous = report;
        }
        if (deps.maxCycles !== undefined && cycle >= deps.maxCycles)
            break;
        await deps.sleep(Math.max(0, started + deps.everyMs - deps.now().getTime()), deps.signal);
    }
}
const line = (f) => `${f.severity} ${f.resource.type} ${f.resource.id}${f.resource.account ? ` [${f.resource.account} ${f.resource.region ?? ''}]` : ''}: ${f.title} (id ${f.id})`;
/** What changed in one cycle: nothing at all when nothing changed, one line per new or resolved finding otherwise (JSON: one object per line). */
function renderChanges(report, changes, format) {
    if (changes.new.length === 0 && changes.resolved.length === 0)
        return '';
    if (format === 'json') {
        const brief = (f) => ({ id: f.id, severity: f.severity, resource: f.resource, title: f.title, ...(f.consoleUrl ? { consoleUrl: f.consoleUrl } : {}) });
        return `${JSON.stringify({ generatedAt: report.generatedAt, status: report.status, new: changes.new.map(brief), resolved: changes.resolved.map(brief) })}\n`;
    }
    const lines = [
        `${(0,_renderers_text_js__WEBPACK_IMPORTED_MODULE_3__/* .formatTime */ .fU)(report.generatedAt)} ${report.status.toUpperCase()}: ${changes.new.length} new, ${changes.resolved.length} resolved, ${changes.ongoing.length} ongoing`,
    ];
    for (const f of changes.new)
        lines.push(`  NEW      ${line(f)}`);
    for (const f of changes.resolved)
        lines.push(`  RESOLVED ${line(f)}`);
    return `${lines.join('\n')}\n`;
}
/** A sleep that an abort ends early. */
function abortableSleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        }
        signal.addEventListener('abort', done, { once: true });
    });
}
async function watchCommand(options, io, hooks = {}) {
    const everyMs = parseEvery(options.every);
    const config = (0,_cli_config_js__WEBPACK_IMPORTED_MODULE_10__/* .loadCliConfig */ .X)(io, options);
    const clientsFor = (0,_aws_clients_for_config_js__WEBPACK_IMPORTED_MODULE_5__/* .clientsForConfig */ .M)(config, await (0,_credentials_setup_js__WEBPACK_IMPORTED_MODULE_8__/* .baseCredentials */ .C1)(config, io));
    const spanMs = config.window.to.getTime() - config.window.from.getTime();
    io.stderr.write(`aws-monitor watch: scanning ${config.region} every ${(0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(everyMs)} over the last ${(0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(spanMs)}; changes only after the first report\n`);
    await watchLoop({
        // Each cycle looks at the window ending now, as long as the configured one.
        scan: () => {
            const now = io.now();
            return (0,_scan_accounts_js__WEBPACK_IMPORTED_MODULE_7__/* .scanAccounts */ .k)({ clientsFor, now: io.now, version: _version_js__WEBPACK_IMPORTED_MODULE_12__/* .VERSION */ .x }, { ...config, window: { from: new Date(now.getTime() - spanMs), to: now } });
        },
        config,
        everyMs,
        write: (text) => {
            if (text)
                io.stdout.write(text);
        },
        warn: (text) => io.stderr.write(`${text}\n`),
        now: io.now,
        sleep: abortableSleep,
        signal: hooks.signal ?? new AbortController().signal,
        // [notify:NAME] sections hear of each cycle: with on = changes, what is new or resolved since the
        // previous cycle (the first cycle, with nothing before it, counts every finding as new).
        onCycle: hooks.onCycle ??
            (async ({ report }) => {
                const notified = await (0,_notify_dispatch_js__WEBPACK_IMPORTED_MODULE_6__/* .notifyAfterReport */ .aI)(report, config.notify, { env: io.env, version: _version_js__WEBPACK_IMPORTED_MODULE_12__/* .VERSION */ .x });
                for (const text of [...notified.info, ...notified.warnings])
                    io.stderr.write(`${text}\n`);
            }),
    });
    return 0;
}


/***/ })

};
