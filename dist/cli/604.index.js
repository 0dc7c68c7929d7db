export const id = 604;
export const ids = [604];
export const modules = {

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   processIo: () => (/* binding */ processIo),
/* harmony export */   readInputFile: () => (/* binding */ readInputFile),
/* harmony export */   writeResult: () => (/* binding */ writeResult)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
// Everything the CLI touches outside itself, injected so tests can run it in-process.



function processIo() {
    return {
        stdout: process.stdout,
        stderr: process.stderr,
        stdin: process.stdin,
        env: process.env,
        cwd: process.cwd(),
        now: () => new Date(),
    };
}
/** The text of a file named on the command line, relative to the working directory; unreadable is a user error. */
function readInputFile(file, io) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, file), 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot read ${file}: ${error.code ?? error.message}`);
    }
}
/** A command's result to --output (with a one-line summary on stderr, unless there is none: --quiet) or to stdout. */
function writeResult(text, output, summary, io) {
    if (!output) {
        io.stdout.write(text);
        return;
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output), text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`cannot write ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, output)}: ${error.code ?? error.message}`);
    }
    if (summary !== undefined)
        io.stderr.write(`${summary}; written to ${output}\n`);
}


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


/***/ })

};
