// `aws-monitor gate --cluster C --service S`: did the service's latest deploy make things worse?
// Exit 0 pass (and marginal unless [gate] fail_on_marginal), 1 fail, 2 the tool could not run,
// 3 inconclusive (too little data to judge).

import { CallCounter } from '../../aws/call-counter.js';
import type { OutputFormat } from '../../config/cli-choices.js';
import { UserError } from '../../errors.js';
import { gateExitCode } from '../../gate/gate-report.js';
import { parseGateRequest } from '../../gate/gate-request.js';
import { runGate } from '../../gate/run-gate.js';
import { clientsForConfig } from '../../aws/clients-for-config.js';
import { renderGate } from '../../renderers/gate.js';
import { VERSION } from '../../version.js';
import { baseCredentials } from '../credentials-setup.js';
import { type GlobalOptions, progressLine } from '../global-options.js';
import { loadCliConfig } from '../cli-config.js';
import { type CliIo, writeResult } from '../io.js';

export interface GateOptions extends GlobalOptions {
  cluster: string;
  service: string;
  deployTime?: string;
  stack?: string;
  window?: string;
  watch?: string;
  interval?: string;
  deadline?: string;
  format?: OutputFormat;
  output?: string;
}

export async function gateCommand(options: GateOptions, io: CliIo): Promise<number> {
  const config = loadCliConfig(io, options);
  const request = parseGateRequest(options, (setting) => `--${setting}`, io.now());
  if (request.watchMs > 0 && request.intervalMs < 10_000) throw new UserError('--interval: at least 10s (each check reads CloudWatch again)');
  const clients = clientsForConfig(config, await baseCredentials(config, io))(config.region, new CallCounter());
  const progress = progressLine(options, io);
  let report;
  try {
    report = await runGate({ clients, now: io.now, version: VERSION, ...(progress ? { progress: progress.update } : {}) }, config, request);
  } finally {
    progress?.done();
    clients.destroy();
  }
  writeResult(renderGate(options.format ?? 'text', report), options.output, `gate ${report.result.verdict} (score ${report.result.score})`, io);
  return gateExitCode(report);
}
