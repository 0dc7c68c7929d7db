// `aws-monitor gate --cluster C --service S`: did the service's latest deploy make things worse?
// Exit 0 pass (and marginal unless [gate] fail_on_marginal), 1 fail, 2 the tool could not run.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CallCounter } from '../../aws/call-counter.js';
import type { Override } from '../../config/load.js';
import type { OutputFormat } from '../../config/schema.js';
import { UserError } from '../../errors.js';
import { gateExitCode } from '../../gate/gate-report.js';
import { parseGateRequest } from '../../gate/gate-request.js';
import { runGate } from '../../gate/run-gate.js';
import { clientsForConfig } from '../../scan-accounts.js';
import { renderGate } from '../../renderers/gate.js';
import { VERSION } from '../../version.js';
import type { CliIo } from '../io.js';
import { ProgressLine } from '../progress-line.js';
import { baseCredentials, loadCliConfig } from './report.js';

export interface GateOptions {
  cluster: string;
  service: string;
  deployTime?: string;
  stack?: string;
  window?: string;
  watch?: string;
  interval?: string;
  format?: OutputFormat;
  output?: string;
  config?: string;
  region?: string;
  progress: boolean;
}

export async function gateCommand(options: GateOptions, io: CliIo): Promise<number> {
  const overrides: Override[] = [
    ...(options.region ? [{ section: 'aws', key: 'region', value: options.region, where: '--region' }] : []),
    ...(options.window ? [{ section: 'gate', key: 'window', value: options.window, where: '--window' }] : []),
  ];
  const config = loadCliConfig(io, options.config, overrides);
  const request = parseGateRequest(options, (setting) => `--${setting}`);
  if (request.watchMs > 0 && request.intervalMs < 10_000) throw new UserError('--interval: at least 10s (each check reads CloudWatch again)');
  const clients = clientsForConfig(config, await baseCredentials(config, io))(config.region, new CallCounter());
  const progress = options.progress && io.stderr.isTTY ? new ProgressLine(io.stderr) : undefined;
  let report;
  try {
    report = await runGate(
      { clients, now: io.now, version: VERSION, ...(progress ? { progress: progress.update } : {}) },
      config,
      request,
    );
  } finally {
    progress?.done();
    clients.destroy();
  }
  const rendered = renderGate(options.format ?? 'text', report);
  if (options.output) {
    const path = resolve(io.cwd, options.output);
    writeFileSync(path, rendered);
    io.stderr.write(`gate ${report.result.verdict} (score ${report.result.score}); report written to ${path}\n`);
  } else {
    io.stdout.write(rendered);
  }
  return gateExitCode(report);
}
