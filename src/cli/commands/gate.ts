// `aws-monitor gate --cluster C --service S`: did the service's latest deploy make things worse?
// Exit 0 pass (and marginal unless [gate] fail_on_marginal), 1 fail, 2 the tool could not run.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CallCounter } from '../../aws/call-counter.js';
import { ClientFactory } from '../../aws/clients.js';
import { COLLECTORS } from '../../collectors/registry.js';
import { parseDuration } from '../../config/duration.js';
import { loadConfig, type Override } from '../../config/load.js';
import type { OutputFormat } from '../../config/schema.js';
import { detectorCatalog } from '../../detectors/registry.js';
import { UserError } from '../../errors.js';
import { gateExitCode } from '../../gate/gate-report.js';
import { runGate } from '../../gate/run-gate.js';
import { renderGate } from '../../renderers/gate.js';
import { VERSION } from '../../version.js';
import type { CliIo } from '../io.js';
import { ProgressLine } from '../progress-line.js';
import { baseCredentials } from './report.js';

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

function durationFlag(flag: string, text: string | undefined, fallbackMs: number): number {
  if (text === undefined) return fallbackMs;
  const ms = parseDuration(text);
  if (ms === undefined || ms < 0) throw new UserError(`${flag}: "${text}" is not a duration; use e.g. 30s, 10m, 1h`);
  return ms;
}

export async function gateCommand(options: GateOptions, io: CliIo): Promise<number> {
  const overrides: Override[] = [
    ...(options.region ? [{ section: 'aws', key: 'region', value: options.region, where: '--region' }] : []),
    ...(options.window ? [{ section: 'gate', key: 'window', value: options.window, where: '--window' }] : []),
  ];
  const config = loadConfig({
    ...(options.config ? { configPath: options.config } : {}),
    cwd: io.cwd,
    env: io.env,
    overrides,
    now: io.now(),
    catalog: { services: COLLECTORS.map((c) => c.id), detectors: detectorCatalog() },
  });
  let deployTime: Date | undefined;
  if (options.deployTime) {
    deployTime = new Date(options.deployTime);
    if (Number.isNaN(deployTime.getTime())) throw new UserError(`--deploy-time: "${options.deployTime}" is not an ISO-8601 time, e.g. 2026-11-25T10:00:00Z`);
  }
  const watchMs = durationFlag('--watch', options.watch, 0);
  const intervalMs = durationFlag('--interval', options.interval, 60_000);
  if (watchMs > 0 && intervalMs < 10_000) throw new UserError('--interval: at least 10s (each check reads CloudWatch again)');

  const clients = new ClientFactory(
    {
      region: config.region,
      credentials: await baseCredentials(config, io),
      ...(config.profile ? { profile: config.profile } : {}),
      ...(config.endpointUrl ? { endpointUrl: config.endpointUrl } : {}),
      maxAttempts: config.maxAttempts,
      requestTimeoutMs: config.requestTimeoutMs,
    },
    new CallCounter(),
  );
  const progress = options.progress && io.stderr.isTTY ? new ProgressLine(io.stderr) : undefined;
  let report;
  try {
    report = await runGate(
      { clients, now: io.now, version: VERSION, ...(progress ? { progress: progress.update } : {}) },
      config,
      { cluster: options.cluster, service: options.service, ...(deployTime ? { deployTime } : {}), ...(options.stack ? { stack: options.stack } : {}), watchMs, intervalMs },
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
