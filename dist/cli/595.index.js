export const id = 595;
export const ids = [595];
export const modules = {

/***/ 4595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportCommand: () => (/* binding */ reportCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _renderers_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6497);
/* harmony import */ var _scan_accounts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5463);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(311);
/* harmony import */ var _credentials_setup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9787);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8551);
/* harmony import */ var _global_options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4243);
// `aws-monitor report`: config, credentials, one scan, one rendered report, an exit code.









const FLAG_SETTINGS = [
    ['since', 'scan', 'since', '--since'],
    ['from', 'scan', 'from', '--from'],
    ['to', 'scan', 'to', '--to'],
    ['services', 'scan', 'services', '--services'],
    ['format', 'output', 'format', '--format'],
    ['output', 'output', 'file', '--output'],
    ['failOn', 'output', 'fail_on', '--fail-on'],
    ['minSeverity', 'output', 'min_severity', '--min-severity'],
    ['deadline', 'scan', 'deadline', '--deadline'],
];
async function reportCommand(options, io) {
    if (options.since && (options.from || options.to))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y('--since cannot be combined with --from/--to; use one or the other');
    const overrides = FLAG_SETTINGS.filter(([flag]) => typeof options[flag] === 'string').map(([flag, section, key, where]) => ({
        section,
        key,
        value: options[flag],
        where,
    }));
    if (options.allowEmpty)
        overrides.push({ section: 'scan', key: 'allow_empty', value: 'true', where: '--allow-empty' });
    const config = (0,_global_options_js__WEBPACK_IMPORTED_MODULE_7__/* .loadCliConfig */ .XY)(io, options, overrides);
    const clientsFor = (0,_scan_accounts_js__WEBPACK_IMPORTED_MODULE_4__/* .clientsForConfig */ .M)(config, await (0,_credentials_setup_js__WEBPACK_IMPORTED_MODULE_5__/* .baseCredentials */ .C1)(config, io));
    const progress = (0,_global_options_js__WEBPACK_IMPORTED_MODULE_7__/* .progressLine */ .oz)(options, io);
    let report;
    try {
        report = await (0,_scan_accounts_js__WEBPACK_IMPORTED_MODULE_4__/* .runScans */ ._)({ clientsFor, now: io.now, version: _version_js__WEBPACK_IMPORTED_MODULE_8__/* .VERSION */ .x, ...(progress ? { progress: progress.update } : {}) }, config);
    }
    finally {
        progress?.done();
    }
    const rendered = (0,_renderers_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .renderReport */ .B)(config.output.format, report, config.output, { color: !config.output.file && (0,_global_options_js__WEBPACK_IMPORTED_MODULE_7__/* .wantsColor */ .zK)(options.color, io) });
    if (config.output.file) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, config.output.file);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, rendered);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot write the report to ${path}: ${error.code ?? error.message}`);
        }
        io.stderr.write(`${report.status}: ${report.findings.length} findings; report written to ${path}\n${report.statusReason ? `${report.statusReason}\n` : ''}`);
    }
    else {
        io.stdout.write(rendered);
    }
    return (0,_exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .reportExitCode */ .i)(report.status, config.allowEmpty);
}


/***/ })

};
