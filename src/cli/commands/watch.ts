// `aws-monitor watch --every 5m`: the daemon of a container service. Scans on and on, each time
// over the window ending now; prints the first report in full and afterwards only what changed
// (new and resolved findings), comparing each report with the previous one in memory: nothing is
// stored, and only the last report is kept, so memory stays flat however long it runs
// (bench/watch-memory.ts). SIGTERM and SIGINT end it at once, abandoning the cycle under way, with
// the CLI's usual 143 and 130 (src/cli/signals.ts): a cycle holds nothing that needs flushing.
// Notifications plug in at `onCycle`, which every cycle calls with the report and its changes.

import type { ScanConfig } from '../../config/schema.js';
import { DURATION_HELP, formatDuration, parseDuration } from '../../config/duration.js';
import { UserError } from '../../errors.js';
import { renderReport } from '../../renderers/registry.js';
import { formatTime } from '../../renderers/text.js';
import { finishReport } from '../../report/finish-report.js';
import type { Finding, Report } from '../../report/model.js';
import { compareReports, type ReportChanges } from '../../report/report-changes.js';
import { clientsForConfig } from '../../aws/clients-for-config.js';
import { notifyAfterReport } from '../../notify/dispatch.js';
import { scanAccounts } from '../../scan-accounts.js';
import { VERSION } from '../../version.js';
import { baseCredentials } from '../credentials-setup.js';
import { type GlobalOptions } from '../global-options.js';
import { loadCliConfig } from '../cli-config.js';
import type { CliIo } from '../io.js';

export interface WatchOptions extends GlobalOptions {
  every?: string;
  since?: string;
  format?: string;
  services?: string;
  minSeverity?: string;
  failOn?: string;
}

/** What each cycle hands to whoever listens (the notifiers): the finished report and, after the first, what changed. */
export interface WatchCycle {
  cycle: number;
  report: Report;
  /** Against the previous cycle's report; undefined on the first cycle. */
  changes?: ReportChanges;
}

export type WatchHook = (cycle: WatchCycle) => void | Promise<void>;

export interface WatchLoopDeps {
  /** One scan over the window ending now. */
  scan: () => Promise<Report>;
  config: Pick<ScanConfig, 'mutes' | 'output'>;
  everyMs: number;
  write: (text: string) => void;
  /** Notes that are not the report: a failed cycle. */
  warn: (text: string) => void;
  now: () => Date;
  /** Waits `ms`, or less when `signal` aborts. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Ends the loop after the cycle under way (tests, and the bench); the CLI's signal handler ends the process instead. */
  signal: AbortSignal;
  onCycle?: WatchHook;
  /** Stop after this many cycles (the bench); default: never. */
  maxCycles?: number;
}

export const MIN_EVERY_MS = 60_000;
export const MAX_EVERY_MS = 86_400_000;

/** --every as milliseconds: a duration from 1m to 24h (a scan takes seconds to minutes and makes AWS calls). */
export function parseEvery(text: string | undefined): number {
  const ms = parseDuration(text ?? '5m');
  if (ms === undefined) throw new UserError(`--every: "${text}" must be ${DURATION_HELP}`);
  if (ms < MIN_EVERY_MS || ms > MAX_EVERY_MS) throw new UserError(`--every: must be from ${formatDuration(MIN_EVERY_MS)} to ${formatDuration(MAX_EVERY_MS)}`);
  return ms;
}

/** The loop, with its I/O injected: returns when `signal` aborts or after `maxCycles`. */
export async function watchLoop(deps: WatchLoopDeps): Promise<void> {
  let previous: Report | undefined;
  for (let cycle = 1; !deps.signal.aborted && (deps.maxCycles === undefined || cycle <= deps.maxCycles); cycle += 1) {
    const started = deps.now().getTime();
    let scanned: Report | undefined;
    try {
      scanned = await deps.scan();
    } catch (error) {
      // A daemon outlives one bad cycle: the next one tries again.
      deps.warn(`aws-monitor watch: cycle ${cycle} failed: ${(error as Error)?.message ?? String(error)}; next in ${formatDuration(deps.everyMs)}`);
    }
    if (scanned) {
      const report = finishReport(scanned, {
        mutes: deps.config.mutes,
        ...(previous ? { baseline: { report: previous, source: 'the previous cycle' } } : {}),
        ...(deps.config.output.failOnNew ? { failOnNew: deps.config.output.failOnNew } : {}),
      });
      const changes = previous ? compareReports(previous, report) : undefined;
      deps.write(changes ? renderChanges(report, changes, deps.config.output.format) : renderReport(deps.config.output.format, report, deps.config.output));
      await deps.onCycle?.({ cycle, report, ...(changes ? { changes } : {}) });
      // Only the last report is kept: the comparison needs nothing older.
      previous = report;
    }
    if (deps.maxCycles !== undefined && cycle >= deps.maxCycles) break;
    await deps.sleep(Math.max(0, started + deps.everyMs - deps.now().getTime()), deps.signal);
  }
}

const line = (f: Finding): string =>
  `${f.severity} ${f.resource.type} ${f.resource.id}${f.resource.account ? ` [${f.resource.account} ${f.resource.region ?? ''}]` : ''}: ${f.title} (id ${f.id})`;

/** What changed in one cycle: nothing at all when nothing changed, one line per new or resolved finding otherwise (JSON: one object per line). */
export function renderChanges(report: Report, changes: ReportChanges, format: string): string {
  if (changes.new.length === 0 && changes.resolved.length === 0) return '';
  if (format === 'json') {
    const brief = (f: Finding) => ({ id: f.id, severity: f.severity, resource: f.resource, title: f.title, ...(f.consoleUrl ? { consoleUrl: f.consoleUrl } : {}) });
    return `${JSON.stringify({ generatedAt: report.generatedAt, status: report.status, new: changes.new.map(brief), resolved: changes.resolved.map(brief) })}\n`;
  }
  const lines = [
    `${formatTime(report.generatedAt)} ${report.status.toUpperCase()}: ${changes.new.length} new, ${changes.resolved.length} resolved, ${changes.ongoing.length} ongoing`,
  ];
  for (const f of changes.new) lines.push(`  NEW      ${line(f)}`);
  for (const f of changes.resolved) lines.push(`  RESOLVED ${line(f)}`);
  return `${lines.join('\n')}\n`;
}

/** A sleep that an abort ends early. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

export async function watchCommand(options: WatchOptions, io: CliIo, hooks: { signal?: AbortSignal; onCycle?: WatchHook } = {}): Promise<number> {
  const everyMs = parseEvery(options.every);
  const config = loadCliConfig(io, options);
  const clientsFor = clientsForConfig(config, await baseCredentials(config, io));
  const spanMs = config.window.to.getTime() - config.window.from.getTime();
  io.stderr.write(`aws-monitor watch: scanning ${config.region} every ${formatDuration(everyMs)} over the last ${formatDuration(spanMs)}; changes only after the first report\n`);
  await watchLoop({
    // Each cycle looks at the window ending now, as long as the configured one.
    scan: () => {
      const now = io.now();
      return scanAccounts({ clientsFor, now: io.now, version: VERSION }, { ...config, window: { from: new Date(now.getTime() - spanMs), to: now } });
    },
    config,
    everyMs,
    write: (text) => {
      if (text) io.stdout.write(text);
    },
    warn: (text) => io.stderr.write(`${text}\n`),
    now: io.now,
    sleep: abortableSleep,
    signal: hooks.signal ?? new AbortController().signal,
    // [notify:NAME] sections hear of each cycle: with on = changes, what is new or resolved since the
    // previous cycle (the first cycle, with nothing before it, counts every finding as new).
    onCycle:
      hooks.onCycle ??
      (async ({ report }) => {
        const notified = await notifyAfterReport(report, config.notify, { env: io.env, version: VERSION });
        for (const text of [...notified.info, ...notified.warnings]) io.stderr.write(`${text}\n`);
      }),
  });
  return 0;
}
