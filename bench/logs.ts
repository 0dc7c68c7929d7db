// npx tsx bench/logs.ts: the log pipeline's speed and memory, and what reading logs costs in AWS calls.
//
// 1. Classification (classifyLevel), parsing (parseLine) and the whole digest (parse, re-join stack
//    traces, group signatures) over 1M lines, each against a naive baseline measured in the same
//    run: a case-insensitive /error/ test per line. Lines: the raw Loghub-2k logs of 8 systems
//    (read in place from ../shared/bench/loghub, never copied) with the numbers in each line
//    changed per copy, and every 40 lines a real stack trace from ../shared/bench/traces.
// 2. The whole path a scan runs per source (count every line, keep error and trace lines, digest
//    them) at 250k, 500k and 1M lines: speed, and the peak heap it adds, which should stay flat.
// 3. The log read plan for 90 days over 20 groups: API calls and bytes, against the minimum the
//    APIs allow and against reading the same with FilterLogEvents.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { digestSourceLogs } from '../src/analysis/logs/log-digest.js';
import { loadConfig } from '../src/config/load.js';
import { classifyLevel, parseLine } from '../src/analysis/logs/parsers/index.js';
import { keepCounter, logCounters } from '../src/telemetry/logs/log-counters.js';
import { compileCounter, SourceAccumulator } from '../src/telemetry/logs/log-counting.js';
import { FILTER_PAGE_BYTES, MAX_GROUPS_PER_QUERY, planLogRead, type LogGroupInfo } from '../src/telemetry/logs/log-planner.js';
import { LogEntryAssembler } from '../src/telemetry/logs/log-entries.js';
import type { LogEvent, LogSource, SourceLogs } from '../src/telemetry/logs/log-types.js';
import { planLogWindow } from '../src/telemetry/logs/log-window.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// The shared folder sits next to the checkout (../shared), or next to the folder of worktrees.
const shared = [join(root, '..', 'shared', 'bench'), join(root, '..', '..', 'shared', 'bench')].find((dir) => existsSync(dir)) ?? join(root, '..', 'shared', 'bench');
const loghubDir = process.env.LOGHUB_DIR ?? join(shared, 'loghub');
const tracesDir = process.env.TRACES_DIR ?? join(shared, 'traces');

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function corpus(total: number): string[] {
  const base: string[] = [];
  if (existsSync(loghubDir)) {
    for (const system of readdirSync(loghubDir).filter((d) => existsSync(join(loghubDir, d, `${d}_2k.log`)))) {
      base.push(
        ...readFileSync(join(loghubDir, system, `${system}_2k.log`), 'utf8')
          .split('\n')
          .filter(Boolean),
      );
    }
  }
  if (base.length === 0) throw new Error(`no Loghub logs under ${loghubDir}`);
  const traces: string[][] = [];
  if (existsSync(tracesDir)) {
    for (const language of readdirSync(tracesDir).filter((d) => d !== 'mixed' && !d.endsWith('.md'))) {
      for (const file of readdirSync(join(tracesDir, language)).filter((f) => f.endsWith('.txt'))) {
        traces.push(
          readFileSync(join(tracesDir, language, file), 'utf8')
            .split('\n')
            .filter(Boolean),
        );
      }
    }
  }
  const lines: string[] = [];
  let copy = 0;
  let t = 0;
  while (lines.length < total) {
    for (let i = 0; i < base.length && lines.length < total; i += 1) {
      // Each pass over the base changes every number, so the lines are not one small set repeated.
      lines.push(copy === 0 ? base[i]! : base[i]!.replace(/\d+/g, (d) => String((Number(d) + copy * 7919) % 10 ** Math.max(1, d.length))));
      if (traces.length > 0 && lines.length % 40 === 0) for (const line of traces[t++ % traces.length]!) if (lines.length < total) lines.push(line);
    }
    copy += 1;
  }
  return lines;
}

function rate(n: number, ms: number): string {
  const perSecond = (n / ms) * 1000;
  return perSecond >= 1e6 ? `${(perSecond / 1e6).toFixed(2)} M lines/s` : `${Math.round(perSecond / 1000)} k lines/s`;
}

function time(run: () => number): { ms: number; sink: number } {
  run(); // warm the JIT on the same input
  const started = performance.now();
  const sink = run();
  return { ms: performance.now() - started, sink };
}

// The [logs] defaults exactly as a scan gets them with no config file.
const LOGS = loadConfig({ cwd: tmpdir(), env: {}, now: new Date(), catalog: { services: [], detectors: [] } }).logs;

const SOURCE: LogSource = { id: 'bench', logGroup: '/bench/app', kind: 'application', resource: { type: 'logs:log-group', id: '/bench/app' } };

function asSourceLogs(lines: readonly string[], startMs: number): SourceLogs {
  const events: LogEvent[] = lines.map((message, i) => ({ timestamp: startMs + i, message, logStream: `stream-${i % 4 === 0 ? 'a' : 'b'}` }));
  return { source: SOURCE, counts: { total: [lines.length] }, events, eventsTruncated: false };
}

function speed(lines: readonly string[]): void {
  const naive = /error/i;
  const baseline = time(() => lines.reduce((n, line) => n + (naive.test(line) ? 1 : 0), 0));
  const classify = time(() => lines.reduce((n, line) => n + (classifyLevel(line) === 'error' ? 1 : 0), 0));
  const parse = time(() => lines.reduce((n, line) => n + parseLine('application', line).message.length, 0));
  const logs = asSourceLogs(lines, 0);
  const options = { startMs: 0, binSeconds: 60, binCount: Math.ceil(lines.length / 60_000) + 1, errorPatterns: [/\b(ERROR|FATAL|PANIC|CRITICAL)\b/, /Exception\b/] };
  const digest = time(() => digestSourceLogs(logs, options).signatures.length);
  console.log(`Log pipeline, ${lines.length.toLocaleString('en')} lines (Loghub-2k raw logs of 8 systems, renumbered, with real stack traces every 40 lines)`);
  console.log(`  baseline /error/i test        ${rate(lines.length, baseline.ms).padStart(16)}   1.00x`);
  console.log(`  classifyLevel                 ${rate(lines.length, classify.ms).padStart(16)}   ${(baseline.ms / classify.ms).toFixed(2)}x`);
  console.log(`  parseLine (application)       ${rate(lines.length, parse.ms).padStart(16)}   ${(baseline.ms / parse.ms).toFixed(2)}x`);
  console.log(
    `  digest of every line           ${rate(lines.length, digest.ms).padStart(16)}   ${(baseline.ms / digest.ms).toFixed(2)}x   (parse, traces, signatures; ${digest.sink} signatures)`,
  );
}

/**
 * The whole path a source's lines take in a scan that reads them with FilterLogEvents: every line
 * counted (total, errors, HTTP, WAF) and tested against the keep pattern, kept lines sampled to
 * [logs] max_events_per_source as whole entries (a line and its trace's continuation lines, one
 * stream here: lines interleaved from two streams would split the traces), then the digest. Heap is sampled inside the loop, so the figure is
 * the peak the pipeline itself adds, not what survives it.
 */
function pipeline(lines: readonly string[], n: number): { ms: number; peakMb: number; retainedMb: number; kept: number; signatures: number } {
  const counters = logCounters(LOGS).map((c) => ({ id: c.id, test: compileCounter(c) }));
  const keep = compileCounter(keepCounter(LOGS));
  const binSeconds = 60;
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  let peak = 0;
  const started = performance.now();
  const acc = new SourceAccumulator(
    SOURCE,
    counters.map((c) => c.id),
    Math.ceil(n / 60_000) + 1,
    LOGS.maxEventsPerSource,
    'uniform',
  );
  // As the FilterLogEvents engine does: every line goes into its stream's entries, and entries with a
  // kept line are sampled whole.
  const entries = new LogEntryAssembler();
  for (let i = 0; i < n; i += 1) {
    const message = lines[i]!;
    const bin = Math.floor(i / (binSeconds * 1000));
    for (const c of counters) if (c.test(message)) acc.add(c.id, bin);
    for (const entry of entries.push({ timestamp: i, message, logStream: 'a' }, keep(message))) if (entry.matched) acc.keepEntry(entry.events);
    if (i % 50_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before);
  }
  for (const entry of entries.end()) if (entry.matched) acc.keepEntry(entry.events);
  const logs = acc.result();
  const digest = digestSourceLogs(logs, { startMs: 0, binSeconds, binCount: Math.ceil(n / 60_000) + 1, errorPatterns: LOGS.errorPatterns.map((p) => new RegExp(p)) });
  const ms = performance.now() - started;
  peak = Math.max(peak, process.memoryUsage().heapUsed - before);
  // What the read and the digest still hold once garbage is collected (the sampled peak includes garbage).
  collectGarbage();
  const retained = process.memoryUsage().heapUsed - before;
  return { ms, peakMb: peak / 1_048_576, retainedMb: retained / 1_048_576, kept: logs.events.length, signatures: digest.signatures.length };
}

function endToEnd(lines: readonly string[]): void {
  console.log('Whole path per source as a scan runs it (count every line, keep error and trace lines up to 10,000, digest them)');
  pipeline(lines, 200_000); // warm-up
  for (const n of [250_000, 500_000, 1_000_000]) {
    const r = pipeline(lines, n);
    console.log(
      `  ${n.toLocaleString('en').padStart(9)} lines: ${rate(n, r.ms).padStart(16)}, peak heap added ${r.peakMb.toFixed(1)} MB (held after GC ${r.retainedMb.toFixed(1)} MB), ${r.kept} lines kept, ${r.signatures} signatures`,
    );
  }
}

function apiCalls(): void {
  const now = Date.parse('2026-11-25T12:00:00Z');
  const window = planLogWindow({ from: new Date(now - 90 * 86_400_000), to: new Date(now) }, 3_600_000);
  const sources: LogSource[] = Array.from({ length: 20 }, (_, i) => ({
    id: `/ecs/svc-${i}`,
    logGroup: `/ecs/svc-${i}`,
    kind: 'application',
    resource: { type: 'ecs:service', id: `web/svc-${i}` },
  }));
  // 20 services logging 1 GiB a day each, kept 90 days: about 1.8 TiB in the window.
  const groups = new Map<string, LogGroupInfo>(
    sources.map((s) => [s.logGroup, { logGroup: s.logGroup, storedBytes: 90 * 2 ** 30, retentionInDays: 90, creationTime: now - 400 * 86_400_000 }]),
  );
  const plan = planLogRead(
    { sources, groups, startMs: window.startMs, endMs: window.endMs, binSeconds: window.binSeconds, nowMs: now },
    { engine: 'auto', scanBudgetBytes: 4 * 2 ** 40, filterMaxBytes: 50 * 2 ** 20 },
  );
  const describe = Math.ceil(sources.length / MAX_GROUPS_PER_QUERY);
  const ours = describe + plan.expectedCalls.StartQuery + plan.expectedCalls.GetQueryResults;
  // The least any reader needs: the groups described, one stats and one events query each started
  // and read (20 groups fit one query; the stats rows fit 10,000 only in as many queries as ours).
  const minimum = describe + 2 * (plan.insights.stats.length + 1);
  const filterPages = sources.length * Math.ceil((90 * 2 ** 30) / FILTER_PAGE_BYTES);
  console.log(`Log read plan: 90 days over 20 groups of 1 GiB/day (${window.binCount} bins of ${window.binSeconds / 3600} h)`);
  console.log(`  engine ${plan.engine}: ${plan.insights.stats.length} stats + ${plan.insights.events.length} events queries`);
  console.log(
    `  API calls ${ours} (DescribeLogGroups ${describe}, StartQuery ${plan.expectedCalls.StartQuery}, GetQueryResults ≥${plan.expectedCalls.GetQueryResults} with polling), minimum ${minimum}: ${(ours / minimum).toFixed(2)}x`,
  );
  console.log(
    `  bytes scanned ${(plan.expectedBytes / 2 ** 40).toFixed(2)} TiB (two passes: counts, then kept lines), about $${((plan.expectedBytes / 1e9) * 0.005).toFixed(0)} at $0.005/GB`,
  );
  console.log(
    `  FilterLogEvents instead: ≥${filterPages.toLocaleString('en')} pages of 1 MB, ${(filterPages / 5 / 3600).toFixed(1)} h at 5 requests/s (${(filterPages / ours).toFixed(0)}x the calls)`,
  );
}

const lines = corpus(1_000_000);
speed(lines);
endToEnd(lines);
apiCalls();
