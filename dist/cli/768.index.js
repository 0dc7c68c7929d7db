export const id = 768;
export const ids = [768];
export const modules = {

/***/ 8768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   groupLogsCommand: () => (/* binding */ groupLogsCommand)
/* harmony export */ });
/* harmony import */ var _analysis_logs_log_template_grouper_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2735);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1604);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2957);
// `aws-monitor group-logs FILE`: one log message per line in, LineId,PredictedGroupId out (LineId
// counts lines from 1), grouped by the same signature grouper the log checks use.



function groupLogsCommand(file, options, io) {
    const lines = (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .inputLines */ .KD)((0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .readInputFile */ .jH)(file, io));
    const grouper = new _analysis_logs_log_template_grouper_js__WEBPACK_IMPORTED_MODULE_0__/* .LogTemplateGrouper */ .du();
    const ids = lines.map((line) => grouper.add(line));
    const rows = ['LineId,PredictedGroupId', ...ids.map((id, i) => `${i + 1},${grouper.resolve(id)}`)];
    (0,_io_js__WEBPACK_IMPORTED_MODULE_1__/* .writeResult */ .Zk)(rows.join('\n') + '\n', options.output, `${lines.length} lines in ${grouper.groups().length} groups`, io);
    return _main_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
}


/***/ })

};
