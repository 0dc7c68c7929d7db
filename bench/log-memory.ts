// npx tsx bench/log-memory.ts: peak memory of a scan's log stage as the number of log groups grows
// (a 90-day window: 720 bins of 3 hours), with the kept-lines cap a scan uses (keptEventsPerSource:
// max_events_per_source, at most each source's share of max_events_total) against the baseline of
// a fixed 10,000 lines per source. Every source is full (its error lines exceed the cap), which is
// the worst case. Each case runs in its own process so its peak RSS is its own.
// Then "100 MB of log events in a scan": 10 sources of 10 MB each, lines of 1 KB that are all
// different (one-off error messages, the worst case for signatures), read the way FilterLogEvents
// reads them (entries, sampled under the caps) and digested; the caps now (lines AND bytes,
// DEFAULT_KEPT_BYTES_TOTAL) against lines only (the rule before).
// Last, `group-logs` and `split-traces` on files of 200 MB and 2 GB (synthetic service lines with a
// stack trace every 40 lines), each in its own process: peak RSS and time. Before, both commands
// read the whole file into one string and refused files over about 512 MB (ERR_STRING_TOO_LONG).
// Skip with LOG_FILE_BENCH=0 (it writes up to 2 GB to the temporary directory); LOG_FILE_BENCH=only
// runs only this part.

import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { groupLogsCommand } from '../src/cli/commands/group-logs.js';
import { splitTracesCommand } from '../src/cli/commands/split-traces.js';
import { processIo } from '../src/cli/io.js';
import { fileURLToPath } from 'node:url';
import { digestSourceLogs } from '../src/analysis/logs/log-digest.js';
import { SETTINGS, defaultValue } from '../src/config/settings.js';
import { keptEventsPerSource } from '../src/telemetry/logs/log-reader.js';
import { SourceAccumulator } from '../src/telemetry/logs/log-counting.js';
import { LogEntryAssembler } from '../src/telemetry/logs/log-entries.js';
import { keptBytesPerSource } from '../src/telemetry/logs/log-reader.js';
import type { SourceLogs } from '../src/telemetry/logs/log-types.js';

const BINS = 720;
const BIN_SECONDS = 3 * 3600;

function one(sources: number, perSource: number): { rssMB: number; ms: number } {
  const start = Date.now() - 90 * 86_400_000;
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const t0 = performance.now();
  const read: SourceLogs[] = [];
  for (let s = 0; s < sources; s += 1) {
    // Lines as an awslogs Spring Boot service writes them, varied so they do not share strings.
    const events = Array.from({ length: perSource }, (_, i) => ({
      timestamp: start + Math.floor((i / perSource) * BINS * BIN_SECONDS * 1000),
      logStream: `ecs/svc${s}/${i % 4}`,
      message: `2026-11-2${i % 10}T10:${String(i % 60).padStart(2, '0')}:00.000Z ERROR 1 --- [svc${s}] [nio-8080-exec-${i % 9}] c.s.payments.PaymentClient : Charge failed for order ${i * 7919 + s} after ${i % 5000} ms on ip-10-0-${i % 255}-${s % 255}`,
    }));
    read.push({
      source: { id: `g${s}`, logGroup: `/ecs/svc${s}`, kind: 'application', resource: { type: 'ecs:service', id: `c/svc${s}` } },
      counts: { total: new Array<number>(BINS).fill(100), errors: new Array<number>(BINS).fill(20) },
      events,
      eventsTruncated: true,
    });
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  for (const logs of read) {
    digestSourceLogs(logs, { startMs: start, binSeconds: BIN_SECONDS, binCount: BINS, errorPatterns: [/ERROR/], examplePatterns: [] });
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return { rssMB: (peak - rss0) / 1_048_576, ms: performance.now() - t0 };
}

// Letters only, so the grouper cannot mask two lines into one template.
function word(n: number): string {
  let w = '';
  for (let x = n + 676; x > 0; x = Math.floor(x / 26)) w += String.fromCharCode(97 + (x % 26));
  return w;
}

function hundredMegabytes(byteCap: boolean, sources: number): { rssMB: number; ms: number; keptMB: number; logMB: number } {
  const perSource = 10_000;
  const start = Date.now() - 90 * 86_400_000;
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const t0 = performance.now();
  let logChars = 0;
  let keptChars = 0;
  const pad = 'x'.repeat(900);
  const maxKept = keptEventsPerSource(
    { maxEventsPerSource: defaultValue(SETTINGS.logs.max_events_per_source), maxEventsTotal: defaultValue(SETTINGS.logs.max_events_total) },
    sources,
  );
  const digests = [];
  for (let s = 0; s < sources; s += 1) {
    const acc = new SourceAccumulator(
      { id: `g${s}`, logGroup: `/ecs/svc${s}`, kind: 'application', resource: { type: 'ecs:service', id: `c/svc${s}` } },
      ['total', 'errors'],
      BINS,
      maxKept,
      'uniform',
      byteCap ? keptBytesPerSource(sources) : Number.POSITIVE_INFINITY,
    );
    const entries = new LogEntryAssembler();
    for (let i = 0; i < perSource; i += 1) {
      // Made one at a time, as pages arrive: only what the accumulator keeps stays.
      const message = `2026-11-25T10:00:00.000Z ERROR 1 --- [svc${s}] c.s.payments.PaymentClient : rejected ${word(i)} from ${word(i * 7 + s)} body ${pad}`;
      logChars += message.length;
      for (const entry of entries.push({ timestamp: start + Math.floor((i / perSource) * BINS * BIN_SECONDS * 1000), message, logStream: `ecs/svc${s}/${i % 4}` }, true))
        acc.keepEntry(entry.events);
      if (i % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    for (const entry of entries.end()) acc.keepEntry(entry.events);
    const logs = acc.result();
    for (const e of logs.events) keptChars += e.message.length;
    digests.push(digestSourceLogs(logs, { startMs: start, binSeconds: BIN_SECONDS, binCount: BINS, errorPatterns: [/ERROR/], examplePatterns: [] }));
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return { rssMB: (peak - rss0) / 1_048_576, ms: performance.now() - t0, keptMB: keptChars / 1_048_576, logMB: logChars / 1_048_576 + digests.length * 0 };
}

// Writes about `bytes` of log lines to `path`, in 4 MB chunks.
function writeLogFile(path: string, bytes: number): number {
  const fd = openSync(path, 'w');
  const trace = [
    'java.lang.IllegalStateException: pool closed',
    '\tat com.shop.Pay.charge(Pay.java:42)',
    '\tat com.shop.Api.post(Api.java:9)',
    'Caused by: java.io.IOException: broken pipe',
    '\tat com.shop.Net.write(Net.java:7)',
    '\t... 2 more',
  ];
  let written = 0;
  let lines = 0;
  let chunk: string[] = [];
  let size = 0;
  for (let i = 0; written + size < bytes; i += 1) {
    const line =
      i % 40 === 39
        ? trace.join('\n')
        : `2026-11-25T10:${String(i % 60).padStart(2, '0')}:00.000Z INFO [svc] request ${i} served by worker-${i % 16} in ${i % 900} ms for user ${word(i % 5000)}`;
    chunk.push(line);
    size += line.length + 1;
    lines += i % 40 === 39 ? trace.length : 1;
    if (size >= 4 << 20) {
      writeSync(fd, chunk.join('\n') + '\n');
      written += size;
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length > 0) writeSync(fd, chunk.join('\n') + '\n');
  closeSync(fd);
  return lines;
}

if (process.argv[2] === 'file') {
  const [, , , command, input, output] = process.argv;
  const started = performance.now();
  const run = command === 'group-logs' ? groupLogsCommand : splitTracesCommand;
  const io = { ...processIo(), stderr: { write: () => true } as unknown as NodeJS.WritableStream };
  void run(input!, { output: output! }, io).then((code) => {
    console.log(JSON.stringify({ code, ms: performance.now() - started, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
  });
} else if (process.argv[2] === 'one') {
  console.log(JSON.stringify(one(Number(process.argv[3]), Number(process.argv[4]))));
} else if (process.argv[2] === 'hundred') {
  console.log(JSON.stringify(hundredMegabytes(process.argv[3] === 'bytes', Number(process.argv[4] ?? 10))));
} else {
  const self = fileURLToPath(import.meta.url);
  const run = (sources: number, perSource: number) => {
    const out = spawnSync(process.execPath, ['--import', 'tsx', self, 'one', String(sources), String(perSource)], { encoding: 'utf8' });
    return JSON.parse(out.stdout.trim().split('\n').at(-1)!) as { rssMB: number; ms: number };
  };
  const filesOnly = process.env.LOG_FILE_BENCH === 'only';
  if (!filesOnly) console.log('log groups   kept/source   peak RSS added   | baseline: 10,000/source   ratio');
  for (const sources of filesOnly ? [] : [10, 50, 100, 200]) {
    const capped = keptEventsPerSource(
      { maxEventsPerSource: defaultValue(SETTINGS.logs.max_events_per_source), maxEventsTotal: defaultValue(SETTINGS.logs.max_events_total) },
      sources,
    );
    const ours = run(sources, capped);
    const baseline = sources <= 100 ? run(sources, 10_000) : undefined;
    console.log(
      `${String(sources).padStart(10)}   ${String(capped).padStart(11)}   ${`${ours.rssMB.toFixed(0)} MB`.padStart(14)}   | ${baseline ? `${baseline.rssMB.toFixed(0)} MB`.padStart(22) : '(not run: > 2 GB)'.padStart(22)}   ${baseline ? `${(baseline.rssMB / ours.rssMB).toFixed(1)}x less` : ''}`,
    );
  }
  const hundred = (mode: string, sources = 10) => {
    const out = spawnSync(process.execPath, ['--import', 'tsx', self, 'hundred', mode, String(sources)], { encoding: 'utf8' });
    return JSON.parse(out.stdout.trim().split('\n').at(-1)!) as { rssMB: number; keptMB: number; logMB: number; ms: number };
  };
  if (!filesOnly) {
    const lines = hundred('lines');
    const bytes = hundred('bytes');
    console.log(`\n${lines.logMB.toFixed(0)} MB of log events (10 sources, 1 KB one-off error lines), read and digested:`);
    console.log(`  cap in lines only (before)   kept ${lines.keptMB.toFixed(0).padStart(3)} MB   peak RSS added ${lines.rssMB.toFixed(0).padStart(4)} MB`);
    console.log(
      `  cap in lines and bytes       kept ${bytes.keptMB.toFixed(0).padStart(3)} MB   peak RSS added ${bytes.rssMB.toFixed(0).padStart(4)} MB   (${(lines.rssMB / bytes.rssMB).toFixed(1)}x less)`,
    );
    const twice = hundred('bytes', 20);
    console.log(`  twice the logs (${twice.logMB.toFixed(0)} MB, 20 sources), lines and bytes: kept ${twice.keptMB.toFixed(0)} MB, peak RSS added ${twice.rssMB.toFixed(0)} MB`);
  }

  if (process.env.LOG_FILE_BENCH !== '0') {
    const dir = mkdtempSync(join(tmpdir(), 'log-file-bench-'));
    try {
      console.log('\ngroup-logs and split-traces on one file, streamed (peak RSS of the whole process, time)');
      for (const mb of [200, 2048]) {
        const input = join(dir, `app-${mb}.log`);
        const lines = writeLogFile(input, mb * 1_048_576);
        const size = statSync(input).size / 1_048_576;
        for (const command of ['group-logs', 'split-traces']) {
          const out = spawnSync(process.execPath, ['--import', 'tsx', self, 'file', command, input, join(dir, `${command}.out`)], { encoding: 'utf8', maxBuffer: 1 << 20 });
          const result = JSON.parse(out.stdout.trim().split('\n').at(-1)!) as { code: number; ms: number; maxRssMB: number };
          console.log(
            `  ${command.padEnd(13)} ${size.toFixed(0).padStart(5)} MB, ${lines.toLocaleString('en-US').padStart(11)} lines: peak RSS ${result.maxRssMB.toFixed(0).padStart(4)} MB, ${(result.ms / 1000).toFixed(0).padStart(4)} s (${Math.round(lines / (result.ms / 1000)).toLocaleString('en-US')} lines/s), exit ${result.code}`,
          );
          rmSync(join(dir, `${command}.out`), { force: true });
        }
        rmSync(input, { force: true });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
