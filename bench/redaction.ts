// npx tsx bench/redaction.ts: redaction speed on a realistic 1 M-line mix against a baseline of
// line.includes('password') timed in the same run; whether any injected secret survives; how many
// real lines redaction changes (each one a false positive, unless it holds a credential); and the
// slowest hostile 256 KB line.
//
// The mix is the real log lines of ../shared/bench (Loghub-2k, AWS log examples, stack traces, read in
// place: Loghub is research-use only), cycled to 1 M lines, with one line in 100 carrying a secret
// from __tests__/fixtures/secrets/shapes.jsonl in one of four layouts (plain, logfmt, JSON, JSON in JSON).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadShapes } from '../__tests__/fixtures/secrets/corpus.js';
import { redact, REDACTION_RULES } from '../src/report/redact.js';

const LINES = Number(process.env.REDACTION_BENCH_LINES ?? 1_000_000);
const SECRET_EVERY = 100;
const RUNS = 3;
const HOSTILE_BYTES = 256 * 1024;

/** ../shared/bench from the repository or any folder above it (worktrees sit one level deeper). */
function sharedBench(): string | undefined {
  if (process.env.SHARED_BENCH_DIR) return process.env.SHARED_BENCH_DIR;
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'bench');
    if (existsSync(join(candidate, 'loghub'))) return candidate;
  }
  return undefined;
}

interface Source {
  name: string;
  lines: string[];
}

function files(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path, keep) : keep(name) ? [path] : [];
    });
}

function readSources(root: string): Source[] {
  const lines = (path: string) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
  const loghub = readdirSync(join(root, 'loghub'))
    .filter((system) => existsSync(join(root, 'loghub', system, `${system}_2k.log`)))
    .map((system) => ({ name: `loghub/${system}`, lines: lines(join(root, 'loghub', system, `${system}_2k.log`)) }));
  const awsLogs = { name: 'aws-logs', lines: files(join(root, 'aws-logs'), (n) => n.endsWith('.txt')).flatMap(lines) };
  const traces = { name: 'traces', lines: files(join(root, 'traces'), (n) => n.endsWith('.txt')).flatMap(lines) };
  return [...loghub, awsLogs, traces].filter((source) => source.lines.length > 0);
}

const LAYOUTS: Array<(s: string) => string> = [
  (s) => `2026-11-25 10:00:00.123 ERROR 1 --- [nio-8080-exec-1] c.s.payments.PaymentClient : call failed: ${s}`,
  (s) => `ts=2026-11-25T10:00:00Z level=error detail=${s} retry=3`,
  (s) => JSON.stringify({ level: 'error', msg: s, retry: 3 }),
  (s) => JSON.stringify({ log: `${JSON.stringify({ msg: s })}\n`, stream: 'stderr' }),
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function hostileUnits(): string[] {
  const units = new Set(['a', '=', '"', '\\"', '@', 'a@', '://a:', 'eyJa.', '--a-', '-----']);
  for (const rule of REDACTION_RULES) {
    units.add(rule.example.text);
    units.add(rule.example.text.slice(0, -1));
    for (const keyword of rule.keywords) for (const next of ['', 'a', '=', '\\"']) units.add(keyword + next);
  }
  return [...units];
}

const root = sharedBench();
if (!root) {
  console.log('bench/redaction.ts: skipped, ../shared/bench (Loghub-2k, aws-logs, traces) is not here; set SHARED_BENCH_DIR to its path.');
  process.exit(0);
}

const sources = readSources(root);
const shapes = loadShapes();
const real = sources.flatMap((source) => source.lines.map((line) => ({ source: source.name, line })));
const mix: Array<{ line: string; pieces?: string[] }> = [];
for (let i = 0; i < LINES; i += 1) {
  if (i % SECRET_EVERY === SECRET_EVERY - 1) {
    const shape = shapes[((i / SECRET_EVERY) % shapes.length) | 0]!;
    mix.push({ line: LAYOUTS[((i / SECRET_EVERY / shapes.length) % LAYOUTS.length) | 0]!(shape.text), pieces: shape.pieces });
  } else {
    mix.push({ line: real[i % real.length]!.line });
  }
}
const lines = mix.map((m) => m.line);
const megabytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line), 0) / 1_048_576;

// Warm both up so neither pays for compilation in the timed runs.
for (const line of lines.slice(0, 50_000)) {
  line.includes('password');
  redact(line);
}
let sink = 0;
const baselineMs = median(Array.from({ length: RUNS }, () => time(() => lines.forEach((line) => (sink += line.includes('password') ? 1 : 0)))));
const redactMs = median(Array.from({ length: RUNS }, () => time(() => lines.forEach((line) => (sink += redact(line).length)))));

const survived = mix.filter((m) => m.pieces).filter((m) => m.pieces!.some((piece) => redact(m.line).includes(piece))).length;
const injected = mix.filter((m) => m.pieces).length;

console.log(
  `Redaction of ${LINES.toLocaleString('en')} lines (${megabytes.toFixed(0)} MB): ${real.length.toLocaleString('en')} real lines from ${sources.length} sources, cycled, 1 in ${SECRET_EVERY} carrying a corpus secret`,
);
console.log('');
console.log('| | total | per line | lines/s | MB/s | ratio |');
console.log('|---|---|---|---|---|---|');
const row = (name: string, ms: number) =>
  `| ${name} | ${(ms / 1000).toFixed(2)} s | ${((ms * 1e6) / LINES).toFixed(0)} ns | ${((LINES / ms) * 1000).toExponential(2)} | ${((megabytes / ms) * 1000).toFixed(0)} | ${(ms / baselineMs).toFixed(1)}x |`;
console.log(row("baseline: line.includes('password')", baselineMs));
console.log(row('redact(line)', redactMs));
console.log('');
console.log(`Injected secrets: ${injected.toLocaleString('en')}, of which a piece survived: ${survived}`);
console.log('');
console.log('Real lines changed by redaction (distinct lines; each is a false positive unless it holds a credential):');
console.log('');
console.log('| source | lines | changed | example |');
console.log('|---|---|---|---|');
for (const source of sources) {
  const distinct = [...new Set(source.lines)];
  const changed = distinct.filter((line) => redact(line) !== line);
  const example = changed[0] ? (redact(changed[0]).match(/.{0,40}\[redacted:[a-z0-9-]+\].{0,20}/)?.[0] ?? '') : '';
  console.log(`| ${source.name} | ${distinct.length.toLocaleString('en')} | ${changed.length} | ${example.replace(/\|/g, '\\|')} |`);
}
console.log('');
const hostile = hostileUnits()
  .map((unit) => {
    const text = unit.repeat(Math.ceil(HOSTILE_BYTES / unit.length)).slice(0, HOSTILE_BYTES);
    return { unit, ms: median(Array.from({ length: RUNS }, () => time(() => (sink += redact(text).length)))) };
  })
  .sort((a, b) => b.ms - a.ms);
console.log(`Hostile lines: ${hostile.length} units each repeated to 256 KB; median over ${RUNS} runs, slowest three:`);
for (const { unit, ms } of hostile.slice(0, 3)) console.log(`  ${ms.toFixed(1)} ms  ${JSON.stringify(unit).slice(0, 60)}`);
console.log(`  (all ${hostile.length}: ${(hostile.reduce((sum, h) => sum + h.ms, 0) / 1000).toFixed(1)} s, median ${median(hostile.map((h) => h.ms)).toFixed(1)} ms)`);
if (sink === 0) console.log('');
