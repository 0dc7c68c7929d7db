#!/usr/bin/env node
import { processIo } from './io.js';
import { main } from './main.js';
import { exitOnStopSignals } from './signals.js';

exitOnStopSignals(process);
void main(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
