// NAB realAWSCloudwatch: `aws-monitor detect-series` with its DEFAULT options (the shared anomaly
// engine), scored by the folder's own score_windows.py next to the published detectors; then the
// engine's throughput on a million points against a plain loop, and the CLI's memory on 10 M rows.
// Run: npx tsx bench/nab.ts   (NAB_DIR overrides ../shared/bench/nab)

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scoreSeries, type SeriesPoint } from '../src/analysis/series/anomaly-engine.js';
import { detectSeriesFlags, fmt, loadCorpus, NAB_DIR, scoreFile, summarize } from './series-corpus.js';

interface RawSummary {
  detected: number;
  windows: number;
  fp_events: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** The defaults' flags for each AWS file, scored by score_windows.py itself (and by our copy of its metric, which must agree). */
function scoreNab(): void {
  const corpus = loadCorpus(NAB_DIR);
  const predDir = mkdtempSync(join(tmpdir(), 'nab-pred-'));
  try {
    const ours = corpus.map((s) => {
      const flags = detectSeriesFlags(s);
      writeFileSync(join(predDir, s.name), ['timestamp,is_anomaly', ...s.rawTimestamps.map((t, i) => `${t},${flags[i]}`)].join('\n') + '\n');
      return { name: s.name, counts: scoreFile(s, flags) };
    });
    const outJson = join(predDir, 'scores.out.json');
    execFileSync('python3', [join(NAB_DIR, 'score_windows.py'), '--pred-dir', predDir, '--out-json', outJson], { encoding: 'utf8' });
    const python = (JSON.parse(readFileSync(outJson, 'utf8')) as { summary: RawSummary }).summary;
    const mine = summarize(ours.map((o) => o.counts));
    const agree = python.detected === mine.detected && python.fp_events === mine.fpEvents;
    console.log(
      `\nNAB realAWSCloudwatch, probationary period excluded (score_windows.py${agree ? '; the TypeScript copy of its metric agrees' : `; WARNING: the TypeScript copy says ${mine.detected} detected, ${mine.fpEvents} FP`})\n`,
    );
    console.log('| detector | detected / windows | FP events | precision | recall | F1 |');
    console.log('|---|---|---|---|---|---|');
    console.log(`| aws-monitor (defaults) | ${python.detected} / ${python.windows} | ${python.fp_events} | ${fmt(python.precision)} | ${fmt(python.recall)} | ${fmt(python.f1)} |`);
    for (const { name, s } of published()) console.log(`| ${name} | ${s.detected} / ${s.windows} | ${s.fp_events} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.f1)} |`);
    console.log(`\nper file: ${ours.map((o) => `${o.name.replace('.csv', '')} ${o.counts.detected}/${o.counts.windows}, ${o.counts.fpEvents} FP`).join('; ')}`);
  } finally {
    rmSync(predDir, { recursive: true, force: true });
  }
}

function published(): Array<{ name: string; s: RawSummary }> {
  const path = join(NAB_DIR, 'scores.json');
  if (!existsSync(path)) return [];
  const all = JSON.parse(readFileSync(path, 'utf8')) as { probation: { exclude: Record<string, RawSummary | string> } };
  return ['contextOSE', 'numenta', 'ARTime', 'baseline_rolling_robust_z6'].flatMap((name) => {
    const s = all.probation.exclude[name];
    return s !== undefined && typeof s !== 'string' ? [{ name, s }] : [];
  });
}

/** A noisy daily-seasonal series with occasional spikes: 5-minute samples from a fixed seed. */
function syntheticSeries(n: number): SeriesPoint[] {
  let seed = 12345;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
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
  const engine = bestOf(3, () => scoreSeries(points));
  // The same engine without its shape test, to show what that test costs.
  const noShape = bestOf(3, () => scoreSeries(points, { shapeHours: 0 }));
  const flagged = engine.result.filter((p) => p.isAnomaly).length;
  console.log(`\nthroughput on ${n.toLocaleString('en-US')} synthetic 5-minute points (best of 3 runs, one core):`);
  console.log(`  anomaly engine (scoreSeries): ${engine.ms.toFixed(0)} ms = ${(n / engine.ms / 1000).toFixed(2)} M points/s (${flagged} rows flagged)`);
  console.log(`  without the shape test:       ${noShape.ms.toFixed(0)} ms = ${(n / noShape.ms / 1000).toFixed(2)} M points/s`);
  console.log(`  plain mean loop:              ${baseline.ms.toFixed(1)} ms = ${(n / baseline.ms / 1000).toFixed(0)} M points/s`);
  console.log(`  ratio engine / mean loop time: ${(engine.ms / baseline.ms).toFixed(0)}x`);
}

/** Peak RSS of `detect-series` on a generated CSV of `rows` rows, in its own process. */
function cliMemory(rows: number): { seconds: number; peakMb: number } {
  const dir = mkdtempSync(join(tmpdir(), 'detect-series-'));
  try {
    const input = join(dir, 'series.csv');
    const script = `const fs=require('fs');const fd=fs.openSync(${JSON.stringify(input)},'w');fs.writeSync(fd,'timestamp,value\\n');let s=7;const chunk=[];for(let i=0;i<${rows};i++){s=(s*1103515245+12345)%2147483648;chunk.push((1400000000+i*60)+','+(50+10*Math.sin(i/229)+4*s/2147483648).toFixed(3));if(chunk.length===100000){fs.writeSync(fd,chunk.join('\\n')+'\\n');chunk.length=0;}}if(chunk.length)fs.writeSync(fd,chunk.join('\\n')+'\\n');fs.closeSync(fd);`;
    execFileSync(process.execPath, ['-e', script]);
    const started = performance.now();
    const run = spawnSync(
      '/usr/bin/time',
      ['-f', '%M', process.execPath, '--import', 'tsx', join(import.meta.dirname, '..', 'src', 'cli', 'index.ts'), 'detect-series', input, '--output', join(dir, 'out.csv')],
      { encoding: 'utf8' },
    );
    const seconds = (performance.now() - started) / 1000;
    const peakKb = Number(run.stderr.trim().split('\n').at(-1));
    if (run.status !== 0 || !Number.isFinite(peakKb)) throw new Error(`detect-series failed: ${run.stderr.slice(0, 500)}`);
    return { seconds, peakMb: peakKb / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function memory(): void {
  if (!existsSync('/usr/bin/time')) {
    console.log('\n/usr/bin/time not found: skipping the detect-series memory measurement');
    return;
  }
  console.log('\n`aws-monitor detect-series` on generated 1-minute CSVs (own process, peak RSS):');
  for (const rows of [100_000, 1_000_000, 10_000_000]) {
    const { seconds, peakMb } = cliMemory(rows);
    console.log(`  ${rows.toLocaleString('en-US').padStart(10)} rows: peak RSS ${peakMb.toFixed(0)} MB, ${seconds.toFixed(1)} s`);
  }
}

function main(): void {
  if (loadCorpus(NAB_DIR).length === 0) console.log(`NAB data not found at ${NAB_DIR}: skipping the NAB score (set NAB_DIR to its folder).`);
  else scoreNab();
  throughput();
  if (!process.argv.includes('--no-memory')) memory();
}

if (import.meta.url === `file://${process.argv[1]}`) main();
