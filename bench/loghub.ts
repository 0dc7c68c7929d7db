// npx tsx bench/loghub.ts: grouping accuracy of LogTemplateGrouper (default settings) on the Loghub-2k
// systems in ../shared/bench/loghub/, next to Drain's published per-system figures, then throughput
// against a split-on-spaces baseline and heap growth between 100k and 1M lines.
// The data is research-use only: it is read in place, never copied into the repository.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { groupLines, LogTemplateGrouper } from '../src/analysis/logs/log-template-grouper.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const loghubDir = process.env.LOGHUB_DIR ?? join(root, '..', 'shared', 'bench', 'loghub');

// Drain, tuned per system: logparser's Drain README (Loghub-2k, original ground truth; mean 0.859 over these 8).
const DRAIN_GA: Record<string, number> = {
  Apache: 1.0,
  HDFS: 0.9975,
  Hadoop: 0.9475,
  OpenSSH: 0.7875,
  OpenStack: 0.7325,
  Proxifier: 0.5265,
  Spark: 0.92,
  Zookeeper: 0.9665,
};

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += c;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readContent(file: string): string[] {
  const rows = parseCsv(readFileSync(file, 'utf8'));
  const header = rows[0] ?? [];
  const content = header.indexOf('Content');
  const lineId = header.indexOf('LineId');
  if (content < 0 || lineId < 0) throw new Error(`${file}: no LineId/Content columns`);
  const lines: string[] = [];
  for (const row of rows.slice(1)) {
    if (row.length < header.length) continue;
    const id = Number(row[lineId]);
    if (id !== lines.length + 1) throw new Error(`${file}: LineId ${row[lineId]} out of order`);
    lines.push(row[content]!);
  }
  return lines;
}

interface Score {
  ga: number;
  groups: number;
  truthGroups: number;
}

function score(predictions: string, truth: string): Score {
  const run = spawnSync('python3', [join(loghubDir, 'score_grouping.py'), predictions, truth], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`score_grouping.py failed: ${run.stderr}`);
  // "System lines missing gt_grp pred_grp GA FGA PW_F1" then one row.
  const row = run.stdout.trim().split('\n').at(-1)!.trim().split(/\s+/);
  return { ga: Number(row[5]), groups: Number(row[4]), truthGroups: Number(row[3]) };
}

function accuracy(): void {
  const systems = readdirSync(loghubDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(loghubDir, d.name, `${d.name}_2k.log_structured_corrected.csv`)))
    .map((d) => d.name)
    .sort();
  const work = mkdtempSync(join(tmpdir(), 'loghub-'));
  console.log('Grouping accuracy (GA), Loghub-2k, default settings, corrected ground truth (original in brackets)');
  console.log('  system       lines  groups  truth       GA  (orig)    Drain');
  const gas: number[] = [];
  const drains: number[] = [];
  try {
    for (const system of systems) {
      const corrected = join(loghubDir, system, `${system}_2k.log_structured_corrected.csv`);
      const original = join(loghubDir, system, `${system}_2k.log_structured.csv`);
      const lines = readContent(corrected);
      const ids = groupLines(lines);
      const out = join(work, `${system}.csv`);
      writeFileSync(out, 'LineId,PredictedGroupId\n' + ids.map((id, i) => `${i + 1},${id}`).join('\n') + '\n');
      const s = score(out, corrected);
      const o = existsSync(original) ? score(out, original).ga.toFixed(4) : '   -  ';
      const drain = DRAIN_GA[system];
      gas.push(s.ga);
      if (drain !== undefined) drains.push(drain);
      console.log(`  ${system.padEnd(11)} ${String(lines.length).padStart(6)} ${String(s.groups).padStart(7)} ${String(s.truthGroups).padStart(6)}   ${s.ga.toFixed(4)}  (${o})   ${drain === undefined ? '  -' : drain.toFixed(4)}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  console.log(`  mean GA ${mean(gas).toFixed(4)} (min ${Math.min(...gas).toFixed(4)}), Drain ${mean(drains).toFixed(4)}`);
}

// Synthetic lines in the shapes services print (ids, addresses, sizes, durations), invented here.
function syntheticLine(i: number): string {
  const n = (i * 2654435761) >>> 0;
  switch (i % 9) {
    case 0:
      return `GET /api/v1/orders/${n % 100000} 200 ${n % 900} ms from 10.0.${n % 256}.${(n >> 8) % 256}`;
    case 1:
      return `request ${n.toString(16).padStart(8, '0')}-1c2d-4e5f-8a9b-${n.toString(16).padStart(12, '0')} failed: connection reset by peer after ${n % 30} retries`;
    case 2:
      return `user${n % 5000}@example.com logged in from host-${n % 97}.internal:${1024 + (n % 60000)}`;
    case 3:
      return `worker ${n % 64} finished job_${n % 1000000} in ${(n % 10000) / 100} seconds, wrote ${n % 4096} KB`;
    case 4:
      return `ERROR Timeout waiting for lock on table "orders_${n % 12}" after ${n % 5000}ms (attempt ${n % 5})`;
    case 5:
      return `cache miss ratio=${(n % 1000) / 1000} size=${n % 100000} evictions=${n % 77}`;
    case 6:
      return `2024-03-0${1 + (n % 9)}T12:${String(n % 60).padStart(2, '0')}:07Z heartbeat ok node=${n % 40} lag=${n % 300}ms`;
    case 7:
      return `session closed for user ${alphaName(n % 3000)} after ${n % 600} seconds idle`;
    default:
      return `Deleting file /var/data/tmp/${n.toString(36)}.part owned by pid ${n % 32768}`;
  }
}

// Letters only, so the masker cannot see it as a variable: the grouper must learn the position varies.
function alphaName(k: number): string {
  let name = '';
  for (let x = k + 26; x > 0; x = Math.floor(x / 26)) name += String.fromCharCode(97 + (x % 26));
  return name;
}

// A real collection before each heap reading, without needing node --expose-gc.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function throughput(): void {
  const total = 1_000_000;
  const lines = Array.from({ length: total }, (_, i) => syntheticLine(i));
  // Warm both paths so the JIT has compiled them before timing.
  for (let i = 0; i < 20_000; i += 1) lines[i]!.split(' ');
  new LogTemplateGrouper().add(lines[0]!);
  let sink = 0;
  let started = performance.now();
  for (const line of lines) sink += line.split(' ').length;
  const baselineMs = performance.now() - started;

  // Timed pass with nothing else in the loop; the heap is read in a second pass.
  let grouper = new LogTemplateGrouper();
  started = performance.now();
  for (const line of lines) sink += grouper.add(line);
  const grouperMs = performance.now() - started;

  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  grouper = new LogTemplateGrouper();
  let heapAt100k = 0;
  let heapAt1m = 0;
  let peak = 0;
  for (let i = 0; i < total; i += 1) {
    sink += grouper.add(lines[i]!);
    if ((i + 1) % 100_000 === 0) {
      collectGarbage();
      const used = process.memoryUsage().heapUsed - heapBefore;
      if (i + 1 === 100_000) heapAt100k = used;
      if (i + 1 === total) heapAt1m = used;
      peak = Math.max(peak, used);
    }
  }
  const rate = (ms: number): string => `${Math.round(total / (ms / 1000)).toLocaleString('en-US')} lines/s`;
  console.log(`\nThroughput, ${total.toLocaleString('en-US')} synthetic lines, one core (${grouper.groups().length} groups; sink ${sink % 10})`);
  console.log(`  split on spaces (baseline)   ${rate(baselineMs).padStart(20)}   1.00x time`);
  console.log(`  LogTemplateGrouper.add       ${rate(grouperMs).padStart(20)}   ${(grouperMs / baselineMs).toFixed(2)}x time   target >= 300,000 lines/s: ${total / (grouperMs / 1000) >= 300_000 ? 'met' : 'MISSED'}`);
  const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(`  heap held by the grouper after 100k lines ${mb(heapAt100k)}, at 1M ${mb(heapAt1m)}, peak ${mb(peak)}: growth 100k -> 1M ${mb(heapAt1m - heapAt100k)}`);
}

// Only when run, not when another script imports parseCsv.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (existsSync(join(loghubDir, 'score_grouping.py'))) accuracy();
  else console.log(`Loghub data not found at ${loghubDir}: accuracy skipped (see ../shared/bench/README.md).`);
  throughput();
}
