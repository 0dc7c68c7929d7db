// npx tsx bench/watch-memory.ts: memory of `aws-monitor watch` over a thousand cycles.
//
// The real loop (watchLoop: mutes, the comparison with the previous report, rendering, the
// notifier hook) with a fake scan in place of AWS: each cycle a report of 300 findings, each with
// a metric series of 720 points (the most a default scan's window holds; a day is 288) and a log example,
// 5 of them replaced every cycle so there is always something new and something resolved. The
// heap is measured after a forced GC at cycles 10 (the baseline: warm), 100, 250, 500, 750 and 1,000.
// Then the same loop with a hook that keeps every report it is given, as a history kept in memory
// would: what unbounded growth looks like with this workload, for scale.

import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { watchLoop, type WatchHook } from '../src/cli/commands/watch.js';
import type { ScanConfig } from '../src/config/schema.js';
import type { Finding, Report } from '../src/report/model.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const CYCLES = Number(process.env.CYCLES ?? 1000);
const FINDINGS = 300;
const CHURN = 5;
const CHECKPOINTS = [10, 100, 250, 500, 750, 1000].filter((n) => n <= CYCLES);

function finding(n: number): Finding {
  return {
    id: `metric_error_rate_spike:ecs:service:web/svc-${n}:alb_target_5xx`,
    kind: 'metric_error_rate_spike',
    severity: (['critical', 'high', 'medium', 'low'] as const)[n % 4]!,
    resource: { type: 'ecs:service', id: `web/svc-${n}`, account: '123456789012', region: 'us-east-2' },
    title: `5xx rate ${n % 97}% of requests`,
    evidence: [{ label: 'peak', value: `${n % 97}%` }],
    series: {
      metric: 'alb_target_5xx',
      namespace: 'AWS/ApplicationELB',
      name: 'HTTPCode_Target_5XX_Count',
      stat: 'Sum',
      unit: 'Count',
      periodSeconds: 120,
      start: '2026-11-24T12:00:00.000Z',
      values: Array.from({ length: 720 }, (_, i) => (i * n) % 50),
    },
    logs: {
      logGroup: `/ecs/svc-${n}`,
      recent: 12,
      baseline: 1,
      recentHours: 1,
      baselineHours: 23,
      example: `java.lang.IllegalStateException: pool exhausted for svc-${n}\n\tat com.example.Pool.get(Pool.java:42)`,
    },
  };
}

function report(cycle: number): Report {
  const findings = Array.from({ length: FINDINGS }, (_, i) => finding(i < CHURN ? cycle * CHURN + i + FINDINGS : i));
  const at = new Date(Date.UTC(2026, 10, 25) + cycle * 300_000).toISOString();
  return {
    schemaVersion: 6,
    tool: { name: 'aws-monitor', version: 'bench' },
    generatedAt: at,
    window: { from: at, to: at },
    regions: ['us-east-2'],
    accounts: ['123456789012'],
    scopes: [{ account: '123456789012', region: 'us-east-2', window: { from: at, to: at }, generatedAt: at, durationMs: 1, apiCalls: 0, status: 'checked' }],
    status: 'failing',
    failOn: 'high',
    resources: [],
    findings,
    coverage: [],
    apiCalls: { total: 0, requests: 0, byOperation: [] },
    durationMs: 1,
  };
}

const config: Pick<ScanConfig, 'mutes' | 'output'> = {
  mutes: [{ name: 'svc-7', finding: '*:web/svc-7:*', accounts: [], regions: [], tags: [], reason: 'bench', until: '2099-12-31' }],
  output: { format: 'text', failOn: 'high', minSeverity: { text: 'info', markdown: 'info', annotations: 'low' }, mergeRelated: true },
};

async function run(label: string, extraHook?: WatchHook): Promise<number[]> {
  const heaps: number[] = [];
  let written = 0;
  let cycle = 0;
  const started = performance.now();
  await watchLoop({
    scan: async () => report(++cycle),
    config,
    everyMs: 60_000,
    write: (text) => void (written += text.length),
    warn: () => {},
    now: () => new Date(),
    sleep: async () => {},
    signal: new AbortController().signal,
    maxCycles: CYCLES,
    onCycle: async (c) => {
      await extraHook?.(c);
      if (CHECKPOINTS.includes(c.cycle)) {
        gc();
        heaps.push(process.memoryUsage().heapUsed / 1_048_576);
      }
    },
  });
  const ms = performance.now() - started;
  const base = heaps[0]!;
  console.log(`\n${label}: ${CYCLES} cycles in ${(ms / 1000).toFixed(1)} s (${(ms / CYCLES).toFixed(1)} ms a cycle), ${(written / 1_048_576).toFixed(1)} MiB written`);
  console.log('| cycle | heap after GC (MiB) | vs cycle 10 |');
  console.log('|---:|---:|---:|');
  CHECKPOINTS.forEach((n, i) => console.log(`| ${n} | ${heaps[i]!.toFixed(1)} | ${(heaps[i]! / base).toFixed(2)}x |`));
  return heaps;
}

const flat = await run('watch (only the last report kept)');
const kept: Report[] = [];
const growing = await run('for scale: a hook that keeps every report', (c) => void kept.push(c.report));
console.log(
  `\nheap growth from cycle ${CHECKPOINTS[0]} to ${CHECKPOINTS.at(-1)}: watch ${(flat.at(-1)! - flat[0]!).toFixed(1)} MiB; keeping every report ${(growing.at(-1)! - growing[0]!).toFixed(1)} MiB (${kept.length} reports)`,
);
