// npx tsx bench/traces.ts: how well splitTraces re-joins stack traces split into one log event per
// line. For every ../shared/bench/traces/mixed/NN.txt it compares the trace of each line with
// NN.expect.json; then checks that every single-language file forms exactly one trace of its language,
// also inside the sequence fluent-plugin-detect-exceptions' check_exception() feeds its detector;
// then runs the project's own fixtures of other styles (__tests__/fixtures/traces: loguru and
// better-exceptions "diagnose" output, rich boxes with colour codes, Node causes, Java suppressed
// exceptions) alone, between plain lines, after an unrelated trace and twice in a row;
// then measures throughput on synthetic mixed lines against a loop that only reads line.length.
// The data is third-party (see its SOURCE.md): it is read in place, never copied here.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitTraces, StackTraceSplitter, type TraceLanguage } from '../src/analysis/logs/stack-trace-splitter.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// The shared folder sits next to the checkout (../shared), or next to the folder of worktrees.
const sharedBench = [join(root, '..', 'shared', 'bench'), join(root, '..', '..', 'shared', 'bench')].find((dir) => existsSync(dir)) ?? join(root, '..', 'shared', 'bench');
const tracesDir = process.env.TRACES_DIR ?? join(sharedBench, 'traces');
const fixturesDir = join(root, '__tests__', 'fixtures', 'traces');

interface Expectation {
  line_count: number;
  trace_of_line: (number | null)[];
}

/** Lines of a file written with a trailing newline (the last empty string is not a line). */
function readLines(path: string): string[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function benchMixed(): { correct: number; total: number; filesRight: number; files: number } {
  const mixedDir = join(tracesDir, 'mixed');
  const names = readdirSync(mixedDir)
    .filter((n) => /^\d+\.txt$/.test(n))
    .sort();
  let correct = 0;
  let total = 0;
  let filesRight = 0;
  console.log('mixed streams: lines assigned to the right trace');
  console.log(`  ${pad('file', 8)} ${pad('correct/total', 14)} traces (expected/found)`);
  for (const name of names) {
    const stem = name.replace(/\.txt$/, '');
    const expectPath = join(mixedDir, `${stem}.expect.json`);
    if (!existsSync(expectPath)) continue;
    const lines = readLines(join(mixedDir, name));
    const expected = JSON.parse(readFileSync(expectPath, 'utf8')) as Expectation;
    if (expected.line_count !== lines.length) console.log(`  ${stem}: line_count ${expected.line_count} but ${lines.length} lines read`);
    const { traceOfLine, traces } = splitTraces(lines);
    const wrong: number[] = [];
    for (let i = 0; i < lines.length; i += 1) if ((expected.trace_of_line[i] ?? null) !== traceOfLine[i]) wrong.push(i);
    const expectedTraces = new Set(expected.trace_of_line.filter((t) => t !== null)).size;
    const right = lines.length - wrong.length;
    correct += right;
    total += lines.length;
    if (wrong.length === 0) filesRight += 1;
    console.log(`  ${pad(stem, 8)} ${pad(`${right}/${lines.length}`, 14)} ${expectedTraces}/${traces.length}${wrong.length === 0 ? '' : '  WRONG'}`);
    for (const i of wrong.slice(0, 20)) {
      console.log(`      line ${i}: expected ${expected.trace_of_line[i] ?? 'null'}, got ${traceOfLine[i] ?? 'null'}: ${JSON.stringify(lines[i]!.slice(0, 100))}`);
    }
    if (wrong.length > 20) console.log(`      ... ${wrong.length - 20} more`);
  }
  console.log(`  total    ${correct}/${total} lines (${((100 * correct) / Math.max(1, total)).toFixed(2)}%), ${filesRight}/${names.length} files exact`);
  return { correct, total, filesRight, files: names.length };
}

const FOLDER_LANGUAGE: Readonly<Record<string, TraceLanguage>> = {
  java: 'java',
  python: 'python',
  javascript: 'javascript',
  go: 'go',
  ruby: 'ruby',
  php: 'php',
  csharp: 'csharp',
  dart: 'dart',
};

const NOT_AN_EXCEPTION = 'This is not an exception.';

function benchSingles(): { right: number; total: number } {
  let right = 0;
  let total = 0;
  console.log('\nsingle-language traces: one trace of the right language, alone and in check_exception order');
  for (const folder of Object.keys(FOLDER_LANGUAGE).sort()) {
    const dir = join(tracesDir, folder);
    if (!existsSync(dir)) continue;
    const language = FOLDER_LANGUAGE[folder]!;
    const results: string[] = [];
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      const lines = readLines(join(dir, name));
      const problems: string[] = [];
      const alone = splitTraces(lines);
      if (alone.traces.length !== 1) problems.push(`${alone.traces.length} traces`);
      const missing = alone.traceOfLine.filter((t) => t !== 1).length;
      if (missing > 0) problems.push(`${missing} lines outside`);
      if (alone.traces[0] !== undefined && alone.traces[0].language !== language) problems.push(`language ${alone.traces[0].language}`);
      // Same grouping the detector's own test asserts: text, trace, text, trace, trace.
      const stream = [NOT_AN_EXCEPTION, ...lines, NOT_AN_EXCEPTION, ...lines, ...lines];
      const expected = [null, ...lines.map(() => 1), null, ...lines.map(() => 2), ...lines.map(() => 3)];
      const inStream = splitTraces(stream).traceOfLine;
      const wrong = inStream.filter((t, i) => t !== expected[i]).length;
      if (wrong > 0) problems.push(`${wrong}/${stream.length} stream lines wrong`);
      total += 1;
      if (problems.length === 0) right += 1;
      results.push(problems.length === 0 ? `${name.replace('.txt', '')} ok` : `${name.replace('.txt', '')} FAIL (${problems.join(', ')})`);
    }
    console.log(`  ${pad(folder, 11)} ${results.join('  ')}`);
  }
  console.log(`  total       ${right}/${total} files`);
  return { right, total };
}

function benchFixtures(): { correct: number; total: number } {
  const plain = ['2026-11-25 10:00:00 INFO request served in 12 ms', 'user signed in', 'cache warmed'];
  const unrelated = ['Traceback (most recent call last):', '  File "/app/other.py", line 3, in <module>', '    boom()', "KeyError: 'x'"];
  const none = (lines: readonly string[]): null[] => lines.map(() => null);
  const shift = (owners: readonly (number | null)[], by: number): (number | null)[] => owners.map((o) => (o === null ? null : o + by));
  let correct = 0;
  let total = 0;
  console.log('\nfixtures of other styles: lines assigned to the right trace (alone / between plain lines / after an unrelated trace / twice)');
  for (const name of readdirSync(fixturesDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const lines = readLines(join(fixturesDir, name));
    const expectPath = join(fixturesDir, name.replace(/\.txt$/, '.expect.json'));
    const expected = existsSync(expectPath) ? (JSON.parse(readFileSync(expectPath, 'utf8')) as Expectation).trace_of_line : lines.map(() => 1);
    const count = Math.max(...expected.map((o) => o ?? 0));
    const cases: [string[], (number | null)[]][] = [
      [lines, expected],
      [
        [...plain, ...lines, ...plain],
        [...none(plain), ...expected, ...none(plain)],
      ],
      [
        [...unrelated, ...plain, ...lines],
        [...unrelated.map(() => 1), ...none(plain), ...shift(expected, 1)],
      ],
      [
        [...lines, ...lines],
        [...expected, ...shift(expected, count)],
      ],
    ];
    const cells: string[] = [];
    for (const [input, want] of cases) {
      const got = splitTraces(input).traceOfLine;
      const right = got.filter((o, i) => o === want[i]).length;
      correct += right;
      total += input.length;
      cells.push(`${right}/${input.length}`);
    }
    console.log(`  ${pad(name, 46)} ${cells.join('  ')}`);
  }
  console.log(`  total ${correct}/${total} lines (${((100 * correct) / Math.max(1, total)).toFixed(2)}%)`);
  return { correct, total };
}

// Deterministic pseudo-random numbers so runs compare.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

function syntheticLines(count: number, traceShare: number): string[] {
  const random = rng(42);
  const ordinary = [
    (n: number) =>
      `2024-05-01T12:00:${String(n % 60).padStart(2, '0')}.123Z INFO  [http-nio-8080-exec-${n % 16}] c.e.api.OrderController - GET /api/orders/${n} 200 in ${n % 900}ms`,
    (n: number) => `level=info ts=2024-05-01T12:00:00Z caller=server.go:${n % 400} msg="request served" path=/health status=200 duration=${n % 50}ms`,
    (n: number) => `{"level":"debug","time":"2024-05-01T12:00:00Z","msg":"cache hit","key":"user:${n}","ttl":300}`,
    (n: number) => `[2024-05-01 12:00:00,${n % 1000}] WARN  worker-${n % 8} retrying job ${n} after timeout (attempt ${n % 5})`,
    (n: number) => `10.0.${n % 255}.${n % 200} - - [01/May/2024:12:00:00 +0000] "POST /v1/events HTTP/1.1" 202 ${n % 4000}`,
    (n: number) => `ERROR payment-service charge failed for order ${n}: card declined`,
  ];
  const traces = [
    [
      'java.lang.IllegalStateException: boom',
      '\tat com.example.A.run(A.java:10)',
      '\tat com.example.B.call(B.java:20)',
      'Caused by: java.io.IOException: closed',
      '\tat com.example.C.read(C.java:30)',
      '\t... 2 more',
    ],
    [
      'Traceback (most recent call last):',
      '  File "/app/main.py", line 10, in <module>',
      '    main()',
      '  File "/app/main.py", line 5, in main',
      '    raise ValueError("bad")',
      'ValueError: bad',
    ],
    ['panic: runtime error: index out of range [3] with length 3', '', 'goroutine 1 [running]:', 'main.main()', '\t/app/main.go:8 +0x1d', 'exit status 2'],
  ];
  const lines: string[] = [];
  let n = 0;
  while (lines.length < count) {
    if (random() < traceShare / 6) {
      // Traces average about six lines, so this makes roughly 5% of all lines trace lines.
      lines.push(...traces[Math.floor(random() * traces.length)]!);
    } else {
      lines.push(ordinary[Math.floor(random() * ordinary.length)]!(n));
    }
    n += 1;
  }
  lines.length = count;
  // Lines cut from one text, as a reader produces them (template strings would stay unflattened ropes).
  return lines.join('\n').split('\n');
}

function timeBest(run: () => number): number {
  let best = Infinity;
  let sink = 0;
  for (let round = 0; round < 5; round += 1) {
    const start = process.hrtime.bigint();
    sink += run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  // Keeps the work observable so it cannot be optimised away.
  if (sink < 0) console.log(sink);
  return best;
}

function benchThroughput(): void {
  console.log('\nthroughput, best of 5 runs over 1,000,000 synthetic lines');
  for (const share of [0.05, 0]) {
    const lines = syntheticLines(1_000_000, share);
    const traceLines = splitTraces(lines).traceOfLine.filter((t) => t !== null).length;
    const baseline = timeBest(() => {
      let total = 0;
      for (const line of lines) total += line.length;
      return total;
    });
    const splitter = timeBest(() => {
      const s = new StackTraceSplitter();
      let found = 0;
      for (let i = 0; i < lines.length; i += 1) found += s.push(lines[i]!, i).length;
      return found + s.end().length;
    });
    const rate = (ms: number) => `${(lines.length / (ms / 1000) / 1e6).toFixed(2)} M lines/s`;
    console.log(`  ${((100 * traceLines) / lines.length).toFixed(1)}% of lines in traces:`);
    console.log(`    baseline (read line.length)  ${pad(baseline.toFixed(1), 6)} ms  ${rate(baseline)}`);
    console.log(`    StackTraceSplitter.push      ${pad(splitter.toFixed(1), 6)} ms  ${rate(splitter)}  (${(splitter / baseline).toFixed(0)}x the baseline's time)`);
  }
}

function main(): void {
  if (!existsSync(join(tracesDir, 'mixed'))) {
    console.log(`skip: no trace corpus at ${tracesDir} (set TRACES_DIR to point at one)`);
    return;
  }
  benchMixed();
  benchSingles();
  benchFixtures();
  benchThroughput();
}

main();
