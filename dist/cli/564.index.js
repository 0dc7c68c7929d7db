export const id = 564;
export const ids = [564];
export const modules = {

/***/ 9564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   splitTracesCommand: () => (/* binding */ splitTracesCommand)
/* harmony export */ });
/* harmony import */ var _analysis_logs_stack_trace_splitter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1072);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1604);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2957);
// `aws-monitor split-traces FILE`: re-joins stack traces whose lines arrived as separate log events,
// writing {"trace_of_line": [...]} (null for lines outside any trace, traces numbered from 1).



function splitTracesCommand(file, options, io) {
    const lines = (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLines */ .KD)((0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .readInputFile */ .jH)(file, io));
    const { traceOfLine, traces } = (0,_analysis_logs_stack_trace_splitter_js__WEBPACK_IMPORTED_MODULE_0__/* .splitTraces */ .x)(lines);
    const languages = [...new Set(traces.map((t) => t.language))].join(', ');
    const json = JSON.stringify({ line_count: lines.length, trace_of_line: traceOfLine }) + '\n';
    (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .writeResult */ .Zk)(json, options.output, `${lines.length} lines, ${traces.length} traces${languages ? ` (${languages})` : ''}`, io);
    return _main_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
}


/***/ })

};
