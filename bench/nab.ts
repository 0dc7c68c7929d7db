// NAB realAWSCloudwatch: the series detector with its DEFAULT options, scored by the folder's own
// window scorer next to the published detectors, plus throughput on a million synthetic points.
// Run: npx tsx bench/nab.ts   (NAB_DIR overrides /work/shared/bench/nab)

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSeriesCsvWithTimestamps } from '../src/analysis/series/series-csv.js';
import { detectSeriesAnomalies, type SeriesDetectorOptions, type SeriesPoint } from '../src/analysis/series/series-detector.js';

const NAB_DIR = process.env.NAB_DIR ?? '/work/shared/bench/nab';
const DATA_DIR = join(NAB_DIR, 'data', 'realAWSCloudwatch');

interface Summary {
  detected: number;
  windows: number;
  fp_events: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}
interface FileCounts {
  windows: number;
  detected: number;
  fp_events: number;
  flagged_rows: number;
}
interface ScorerOutput {
  summary: Summary;
  per_file: Record<string, FileCounts>;
}

/** Runs the detector over every NAB file and scores the flags with score_windows.py. */
export function scoreNab(options: Partial<SeriesDetectorOptions> = {}): ScorerOutput {
  const predDir = mkdtempSync(join(tmpdir(), 'nab-pred-'));
  try {
    for (const file of readdirSync(DATA_DIR).filter((f) => f.endsWith('.csv')).sort()) {
      const { points, rawTimestamps } = parseSeriesCsvWithTimestamps(readFileSync(join(DATA_DIR, file), 'utf8'), file);
      const scored = detectSeriesAnomalies(points, options);
      const rows = scored.map((p, i) => `${rawTimestamps[i]!},${p.isAnomaly ? 1 : 0}`);
      writeFileSync(join(predDir, file), ['timestamp,is_anomaly', ...rows].join('\n') + '\n');
    }
    const outJson = join(predDir, 'scores.out.json');
    execFileSync('python3', [join(NAB_DIR, 'score_windows.py'), '--pred-dir', predDir, '--out-json', outJson], { encoding: 'utf8' });
    return JSON.parse(readFileSync(outJson, 'utf8')) as ScorerOutput;
  } finally {
    rmSync(predDir, { recursive: true, force: true });
  }
}

function publishedRows(): { name: string; s: Summary }[] {
  const path = join(NAB_DIR, 'scores.json');
  if (!existsSync(path)) return [];
  const all = JSON.parse(readFileSync(path, 'utf8')) as { probation: { exclude: Record<string, Summary | string> } };
  const wanted = ['contextOSE', 'numenta', 'ARTime', 'knncad', 'baseline_static_p99_probation', 'baseline_rolling_robust_z6'];
  return wanted.flatMap((name) => {
    const s = all.probation.exclude[name];
    return s !== undefined && typeof s !== 'string' ? [{ name, s }] : [];
  });
}

const fmt = (x: number | null): string => (x === null ? '  n/a' : x.toFixed(3));

function printTable(ours: Summary): void {
  const rows = [{ name: 'ours (defaults)', s: ours }, ...publishedRows()];
  console.log('\nNAB realAWSCloudwatch, probationary period excluded (score_windows.py)\n');
  console.log('| detector | detected / windows | FP events | precision | recall | F1 |');
  console.log('|---|---|---|---|---|---|');
  for (const { name, s } of rows) console.log(`| ${name} | ${s.detected} / ${s.windows} | ${s.fp_events} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.f1)} |`);
}

function printPerFile(perFile: Record<string, FileCounts>): void {
  console.log('\n| file | detected / windows | FP events | flagged rows |');
  console.log('|---|---|---|---|');
  for (const [file, c] of Object.entries(perFile)) console.log(`| ${file} | ${c.detected} / ${c.windows} | ${c.fp_events} | ${c.flagged_rows} |`);
}

/** A noisy daily-seasonal series with occasional spikes: 5-minute samples from a fixed seed. */
function syntheticSeries(n: number): SeriesPoint[] {
  let seed = 12345;
  const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const points: SeriesPoint[] = new Array<SeriesPoint>(n);
  for (let i = 0; i < n; i += 1) {
    const daily = 10 * Math.sin((2 * Math.PI * i) / 288);
    const spike = random() < 0.0005 ? 80 : 0;
    points[i] = { timestamp: 1_400_000_000_000 + i * 300_000, value: 50 + daily + 4 * (random() - 0.5) + spike };
  }
  return points;
}

function bestOf<T>(runs: number, work: () => T): { ms: number; result: T } {
  let best = Infinity;
  let result = work();
  for (let r = 0; r < runs; r += 1) {
    const start = performance.now();
    result = work();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, result };
}

function throughput(): void {
  const n = 1_000_000;
  const points = syntheticSeries(n);
  // The reference: one pass reading every point's value, the least any detector must do.
  const baseline = bestOf(5, () => {
    let sum = 0;
    for (let i = 0; i < n; i += 1) sum += points[i]!.value;
    return sum / n;
  });
  const detector = bestOf(3, () => detectSeriesAnomalies(points));
  const flagged = detector.result.filter((p) => p.isAnomaly).length;
  const rate = (n / detector.ms) * 1000;
  console.log(`\nthroughput on ${n.toLocaleString('en-US')} synthetic points (best of 3 runs, one core):`);
  console.log(`  detectSeriesAnomalies: ${detector.ms.toFixed(0)} ms = ${(rate / 1e6).toFixed(2)} M points/s (${flagged} rows flagged)`);
  console.log(`  plain mean loop:       ${baseline.ms.toFixed(1)} ms = ${(n / baseline.ms / 1000).toFixed(0)} M points/s`);
  console.log(`  ratio detector / mean loop time: ${(detector.ms / baseline.ms).toFixed(0)}x`);
}

function main(): void {
  if (!existsSync(DATA_DIR)) {
    console.log(`NAB data not found at ${DATA_DIR}: skipping the NAB score (set NAB_DIR to its folder).`);
    throughput();
    return;
  }
  const { summary, per_file: perFile } = scoreNab();
  printTable(summary);
  printPerFile(perFile);
  throughput();
}

if (import.meta.url === `file://${process.argv[1]}`) main();
