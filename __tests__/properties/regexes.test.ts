// Property: a user regex from [log_pattern:NAME] regex is either refused with a message naming the
// file, line and key, or, once accepted, runs over any 4 KiB line in bounded time through the same
// compiled test the scan uses (compileCounter).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadConfig } from '../../src/config/load.js';
import { parseIni } from '../../src/config/ini-file.js';
import { MAX_MATCHED_CHARS, unsafeRegexReason } from '../../src/config/regex-safety.js';
import { compileCounter } from '../../src/telemetry/logs/log-counting.js';
import { ConfigError } from '../../src/errors.js';
import { tempDir } from '../support/temp-dir.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const CATALOG = { services: ['ecs'], detectors: [] };
// What a refused pattern costs on a 4 KiB line is seconds (exponential) or 7-25 s (two repeats that
// overlap). An accepted one is at worst quadratic in the 4 KiB cap: about 30 ms alone for
// [a-z0-9._-]+@example\.com, measured 55 ms once with the whole suite running on 2 cores. 250 ms
// keeps that margin and still fails anything catastrophic by a factor of 30 or more.
const PER_LINE_MS = 250;

const CLASSIC = [
  '(a+)+$',
  '(a|aa)*b',
  '(.*a){20}',
  '(a*)*b',
  '(a+)*b',
  '([a-z]+)*$',
  '(\\w+\\s?)*$',
  '(x+x+)+y',
  '(a|a?)+b',
  '(.*)*x',
  '(\\d+|\\w+)+!',
  '(a{1,10}){1,10}b',
  '(\\w)\\1+',
  '(?<q>.)\\k<q>',
  '(?=a)a+b',
  '(?<!x)a+b',
  '(?!b).+c',
  '.*.*.*x',
  'a*a*a*a*b',
  '\\s*\\s*\\s*$',
  '.*a.*a.*a.*b',
  '\\w+\\w+\\w+!',
  '[a-z]+[a-z0-9]+[a-z]+@',
  '(a*)(a*)(a*)b',
  '(?:a+)(?:a+)(?:a+)b',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  'payment (declined|refused)',
  'timed out after \\d+ ms',
  '[a-z0-9._-]+@example\\.com',
];

// Lines that make backtracking engines suffer: long runs of what the pattern matches, with a
// character at the end that makes the match fail.
function hostileLines(pattern: string): string[] {
  const chars = [...new Set(pattern.replace(/[\\()[\]{}|*+?^$.]/g, ''))].filter((c) => c.trim() !== '');
  const runs = ['a', ' ', '0', 'x', '-', ...chars.slice(0, 6)];
  const lines: string[] = [];
  for (const c of runs) {
    lines.push(c.repeat(MAX_MATCHED_CHARS));
    lines.push(c.repeat(MAX_MATCHED_CHARS - 1) + '!');
    lines.push(`${c.repeat(MAX_MATCHED_CHARS - 1)}\u0000`);
  }
  if (chars.length > 1)
    lines.push(
      chars
        .join('')
        .repeat(Math.ceil(MAX_MATCHED_CHARS / chars.length))
        .slice(0, MAX_MATCHED_CHARS - 1) + '!',
    );
  lines.push('ab'.repeat(MAX_MATCHED_CHARS / 2));
  lines.push('a-'.repeat(MAX_MATCHED_CHARS / 2));
  // Longer than the matched head: only the head is searched.
  lines.push('a'.repeat(MAX_MATCHED_CHARS * 8));
  return lines;
}

const ALPHABET = [
  'a',
  'b',
  'x',
  '0',
  ' ',
  '-',
  '.',
  '*',
  '+',
  '?',
  '(',
  ')',
  '|',
  '[',
  ']',
  '{',
  '}',
  ',',
  '1',
  '2',
  '^',
  '$',
  '\\',
  'w',
  'd',
  's',
  'S',
  '?:',
  '?=',
  '?<',
  'k',
  '!',
];
const regexSource = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...CLASSIC) },
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 24 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

function iniValue(pattern: string): string | undefined {
  // What the loader reads for `regex = <pattern>` (inline comments and quotes are INI syntax).
  return parseIni(`[log_pattern:p]\nregex = ${pattern}\n`, 'x').doc.get('log_pattern:p')?.get('regex')?.value;
}

function timeLines(pattern: string, ignoreCase: boolean): number {
  const test = compileCounter({ id: 'p', pattern, ignoreCase });
  let worst = 0;
  const once = (line: string): number => {
    const started = performance.now();
    test(line);
    return performance.now() - started;
  };
  for (const line of hostileLines(pattern)) {
    let took = once(line);
    // A slow run is measured twice more and the fastest kept: a busy CI machine is not the pattern's doing.
    if (took > PER_LINE_MS) took = Math.min(took, once(line), once(line));
    worst = Math.max(worst, took);
  }
  return worst;
}

describe('user regexes (property)', () => {
  const dir = tempDir('aws-monitor-regex-prop-');

  it('an accepted pattern matches any hostile 4 KiB line in bounded time', () => {
    fc.assert(
      fc.property(regexSource, fc.boolean(), (pattern, ignoreCase) => {
        if (unsafeRegexReason(pattern) !== undefined) return;
        const worst = timeLines(pattern, ignoreCase);
        if (worst > PER_LINE_MS) throw new Error(`/${pattern}/ took ${worst.toFixed(1)} ms on one line`);
      }),
      { seed: 424242, numRuns: 400 },
    );
  });

  it('every classic catastrophic pattern is refused, or runs in bounded time', () => {
    for (const pattern of CLASSIC) {
      if (unsafeRegexReason(pattern) !== undefined) continue;
      expect([pattern, timeLines(pattern, false) <= PER_LINE_MS]).toEqual([pattern, true]);
    }
  });

  it('the loader refuses exactly what unsafeRegexReason refuses, naming the file, line and key', () => {
    let n = 0;
    fc.assert(
      fc.property(regexSource, fc.nat(3), (pattern, blankLines) => {
        if (/[\r\n\u2028\u2029]/.test(pattern)) return;
        const value = iniValue(pattern);
        if (value === undefined) return;
        const path = join(dir, `regex-${(n += 1)}.ini`);
        const line = 2 + blankLines;
        writeFileSync(path, `[log_pattern:p]\n${'\n'.repeat(blankLines)}regex = ${pattern}\n`);
        const reason = unsafeRegexReason(value.trim());
        let error: unknown;
        try {
          const config = loadConfig({ configPath: path, cwd: dir, env: {}, now: NOW, catalog: CATALOG });
          expect(reason).toBeUndefined();
          expect(config.logs.patterns.map((p) => p.regex)).toEqual([value.trim()]);
          return;
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(ConfigError);
        const problems = (error as ConfigError).problems;
        expect(reason).toBeDefined();
        expect(problems).toHaveLength(1);
        expect(problems[0]!.where).toBe(`${path}:${line} [log_pattern:p] regex`);
        expect(problems[0]!.message).toContain(reason!);
        expect((error as Error).message).toContain(`${path}:${line} [log_pattern:p] regex`);
      }),
      { seed: 1337, numRuns: 300 },
    );
  });

  it('unsafeRegexReason never throws and is deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(regexSource, fc.string({ unit: 'grapheme', maxLength: 600 })), (pattern) => {
        const reason = unsafeRegexReason(pattern);
        expect(unsafeRegexReason(pattern)).toBe(reason);
        if (reason !== undefined) expect(reason.length).toBeGreaterThan(0);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});
