export const id = 564;
export const ids = [564];
export const modules = {

/***/ 796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O6: () => (/* binding */ ChunkedWriter),
/* harmony export */   Rt: () => (/* binding */ LineNumbers),
/* harmony export */   c0: () => (/* binding */ fileLines)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
// Streaming input and output for the offline log commands (group-logs, split-traces): lines read
// from a file of any size without holding it, one 32-bit number per line parked in a temporary
// file until the answer for every line is known, and output written with backpressure. Memory stays
// flat in the size of the input (a 2 GB file is read like a 2 KB one).






/** The lines of a file named on the command line (without the empty string a final newline leaves); CRLF is read as one break. */
async function* fileLines(file, io) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, file);
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory())
            throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`cannot read ${file}: ${error.code ?? error.message}`);
    }
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
    const lines = (0,node_readline__WEBPACK_IMPORTED_MODULE_3__.createInterface)({ input: stream, crlfDelay: Infinity });
    try {
        for await (const line of lines)
            yield line;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`cannot read ${file}: ${error.code ?? error.message}`);
    }
    finally {
        lines.close();
        stream.destroy();
    }
}
/** One signed 32-bit number per line, on disk: written at any line, read back in line order. */
class LineNumbers {
    dir;
    fd;
    cell = Buffer.alloc(4);
    // Sequential writes are batched: one system call per 64 Ki lines.
    batch = Buffer.alloc(4 << 16);
    batchStart = 0;
    batchLength = 0;
    length = 0;
    constructor() {
        this.dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'aws-monitor-lines-'));
        this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'numbers'), 'w+');
    }
    /** Appends the number of the next line. */
    push(value) {
        if (this.batchLength === this.batch.length / 4)
            this.flush();
        if (this.batchLength === 0)
            this.batchStart = this.length;
        this.batch.writeInt32LE(value, this.batchLength * 4);
        this.batchLength += 1;
        this.length += 1;
    }
    /** Sets the number of an earlier line (a file of zeros stands for lines never set). */
    set(line, value) {
        if (this.batchLength > 0 && line >= this.batchStart && line < this.batchStart + this.batchLength) {
            this.batch.writeInt32LE(value, (line - this.batchStart) * 4);
            return;
        }
        this.cell.writeInt32LE(value, 0);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, this.cell, 0, 4, line * 4);
        if (line >= this.length)
            this.length = line + 1;
    }
    /** Makes the file as long as `lines` numbers (zeros), so lines never set read as 0. */
    extend(lines) {
        this.flush();
        if (lines > this.length) {
            this.cell.writeInt32LE(0, 0);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, this.cell, 0, 4, (lines - 1) * 4);
            this.length = lines;
        }
    }
    *read() {
        this.flush();
        const chunk = Buffer.alloc(4 << 16);
        for (let at = 0; at < this.length;) {
            const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(this.fd, chunk, 0, Math.min(chunk.length, (this.length - at) * 4), at * 4);
            if (bytes <= 0)
                break;
            for (let i = 0; i + 4 <= bytes; i += 4)
                yield chunk.readInt32LE(i);
            at += Math.floor(bytes / 4);
        }
    }
    close() {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(this.dir, { recursive: true, force: true });
    }
    flush() {
        if (this.batchLength === 0)
            return;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, this.batch, 0, this.batchLength * 4, this.batchStart * 4);
        this.batchLength = 0;
    }
}
/** Text written in chunks to --output or stdout, waiting whenever the destination is full. */
class ChunkedWriter {
    io;
    parts = [];
    size = 0;
    fd;
    constructor(output, io) {
        this.io = io;
        this.fd = output ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, output), 'w') : undefined;
    }
    async write(text) {
        this.parts.push(text);
        this.size += text.length;
        if (this.size >= 1 << 20)
            await this.flush();
    }
    async end() {
        await this.flush();
        if (this.fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
    }
    async flush() {
        if (this.parts.length === 0)
            return;
        const text = this.parts.join('');
        this.parts = [];
        this.size = 0;
        if (this.fd !== undefined) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, text);
            return;
        }
        if (!this.io.stdout.write(text))
            await (0,node_events__WEBPACK_IMPORTED_MODULE_4__.once)(this.io.stdout, 'drain');
    }
}


/***/ }),

/***/ 9564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   splitTracesCommand: () => (/* binding */ splitTracesCommand)
/* harmony export */ });
/* harmony import */ var _analysis_logs_stack_trace_splitter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1072);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8551);
/* harmony import */ var _line_stream_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(796);
// `aws-monitor split-traces FILE`: re-joins stack traces whose lines arrived as separate log events,
// writing {"trace_of_line": [...], "line_count": N} (null for lines outside any trace, traces
// numbered from 1 in the order of their first line). Streams: the splitter holds only its open
// traces; each finished trace's lines are marked in a file of one number per line, read back in
// order to write the answer, so memory is flat in the file's size (one number per trace is kept to
// number them by first line).



async function splitTracesCommand(file, options, io) {
    const splitter = new _analysis_logs_stack_trace_splitter_js__WEBPACK_IMPORTED_MODULE_0__/* .StackTraceSplitter */ .N();
    const owners = new _line_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .LineNumbers */ .Rt();
    // First line and language of each trace in the order traces finish (serial = index + 1 in the file).
    let firstLines = new Int32Array(1024);
    let languageOf = new Uint8Array(1024);
    const languageNames = [];
    let traceCount = 0;
    const record = (traces) => {
        for (const trace of traces) {
            if (traceCount === firstLines.length) {
                firstLines = grow(firstLines);
                languageOf = grow(languageOf);
            }
            let code = languageNames.indexOf(trace.language);
            if (code < 0)
                code = languageNames.push(trace.language) - 1;
            firstLines[traceCount] = trace.lines[0];
            languageOf[traceCount] = code;
            traceCount += 1;
            for (const line of trace.lines)
                owners.set(line, traceCount);
        }
    };
    try {
        let count = 0;
        for await (const line of (0,_line_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .fileLines */ .c0)(file, io)) {
            record(splitter.push(line, count));
            count += 1;
        }
        record(splitter.end());
        owners.extend(count);
        // Number the traces by their first line, as splitTraces does.
        const order = new Int32Array(traceCount).map((_, i) => i).sort((a, b) => firstLines[a] - firstLines[b]);
        const number = new Int32Array(traceCount + 1);
        order.forEach((serial, rank) => (number[serial + 1] = rank + 1));
        const out = new _line_stream_js__WEBPACK_IMPORTED_MODULE_2__/* .ChunkedWriter */ .O6(options.output, io);
        await out.write('{"trace_of_line":[');
        let i = 0;
        for (const owner of owners.read()) {
            await out.write(`${i === 0 ? '' : ','}${owner === 0 ? 'null' : number[owner]}`);
            i += 1;
        }
        await out.write(`],"line_count":${count}}\n`);
        await out.end();
        const languages = [...new Set(Array.from(order, (serial) => languageNames[languageOf[serial]]))];
        if (options.output)
            io.stderr.write(`${count} lines, ${traceCount} traces${languages.length > 0 ? ` (${languages.join(', ')})` : ''}; written to ${options.output}\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.ok;
    }
    finally {
        owners.close();
    }
}
function grow(array) {
    const bigger = new array.constructor(array.length * 2);
    bigger.set(array);
    return bigger;
}


/***/ })

};
