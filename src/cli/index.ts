#!/usr/bin/env node
import { VERSION } from '../version.js';
import { exitOnClosedPipe, exitOnStopSignals } from './signals.js';

exitOnStopSignals(process);
exitOnClosedPipe(process.stdout, (code) => process.exit(code));
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // Answered before the argument parser and the commands load: the one question asked in a loop
  // (install checks, scripts probing the tool) costs no more than starting Node.
  process.stdout.write(`${VERSION}\n`);
} else {
  const [{ processIo }, { main }] = await Promise.all([import('./io.js'), import('./main.js')]);
  process.exitCode = await main(argv, processIo());
}
