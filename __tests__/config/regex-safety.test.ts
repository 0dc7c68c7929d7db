import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_MATCHED_CHARS, unsafeRegexReason } from '../../src/config/regex-safety.js';
import { loadConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';
import { tempDir } from '../support/temp-dir.js';

const ACCEPTED = [
  'payment (declined|refused)',
  '\\bOutOfMemoryError\\b',
  'timed out after \\d+ ms',
  '^\\[(WARN|ERROR)\\] [a-z.]+: .*deadlock',
  'user=\\S+ action=delete',
  '[a-z0-9._-]+@example\\.com',
  'code=\\w{1,50}\\d{1,50}x',
];

describe('user regex safety', () => {
  it.each([
    ['(a+)+$', 'repeats something that itself repeats'],
    ['^(\\w+\\s?)*$', 'repeats something that itself repeats'],
    ['(a|ab)*c', 'repeats an alternation'],
    ['(x|xy){2,}z', 'repeats an alternation'],
    // Issue 16: bounded but wide repetitions backtrack like unbounded ones (28 s on one 4 KiB line).
    ['\\w{0,2000}\\w{0,2000}!', 'has repetitions that can match the same text one after another'],
    ['(\\w{0,100}){0,100}x', 'repeats something that itself repeats'],
    ['(\\w)\\1', 'backreference'],
    ['(?<q>["\'])\\k<q>', 'backreference'],
    ['error(?!: expected)', 'lookahead or lookbehind'],
    ['(?<=user=)admin', 'lookahead or lookbehind'],
    ['(unclosed', 'not a valid regular expression'],
    ['', 'must not be empty'],
  ])('refuses %s', (pattern, reason) => {
    expect(unsafeRegexReason(pattern)).toContain(reason);
  });

  it.each(ACCEPTED)('accepts %s', (pattern) => {
    expect(unsafeRegexReason(pattern)).toBeUndefined();
  });

  // Found by __tests__/properties/regexes.test.ts: each of these was accepted and took 7 to 25 s on one
  // 4 KiB line (".*.*x" on "aaa...!", "\\w+\\d+x" on "000...!"), since every pair of repetitions that can
  // match the same text multiplies a failing search by the line's length.
  it.each(['.*.*x', '\\w+\\d+x', '.*a.*b', 'a*a*b', '.*foo.*bar', '(a*)(a*)b', '(?:a+)(?:a+)b', '[a-z]+[a-z0-9]+@', 'a+aa.[a-z]+?:a', '.*\\x*a'])(
    'refuses %s, whose repetitions overlap',
    (pattern) => {
      expect(unsafeRegexReason(pattern)).toContain('repetitions that can match the same text');
      expect(unsafeRegexReason(pattern)).toBeDefined();
    },
  );

  it.each(['^.*foo.*bar', 'foo.*bar', '\\w+-\\w+', '(\\d+)-(\\d+)-(\\d+)', '\\S+ \\S+ x', '^\\[(WARN|ERROR)\\] [a-z.]+: .*deadlock'])(
    'accepts %s, whose repetitions are separated',
    (pattern) => {
      expect(unsafeRegexReason(pattern)).toBeUndefined();
    },
  );

  it('ignores bars and parentheses inside character classes and escapes', () => {
    expect(unsafeRegexReason('([|(]x)+')).toBeUndefined();
    expect(unsafeRegexReason('(a\\|b)+')).toBeUndefined();
  });

  it('accepted patterns stay fast on the longest line they are run on, built to make backtracking engines stall', () => {
    // Engines match user patterns against at most MAX_MATCHED_CHARS of a line: an unanchored a+b is
    // still quadratic in a backtracking engine, and the cap is what bounds it.
    const n = MAX_MATCHED_CHARS;
    const hostile = ['a'.repeat(n - 1) + '!', 'user='.repeat(n / 5), ' '.repeat(n - 1) + 'x', '@'.repeat(n / 2) + '.'.repeat(n / 2)];
    for (const pattern of ACCEPTED) {
      const re = new RegExp(pattern);
      const started = performance.now();
      for (const text of hostile) re.test(text);
      // Tens of milliseconds on an idle machine; without the cap the same patterns take minutes, so a
      // bound of a second tells the two apart even on a loaded CI runner.
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it('config.ini [log_pattern:NAME] sections are read, and an unsafe one is refused naming where', () => {
    const dir = tempDir('aws-monitor-patterns-');
    const path = join(dir, 'config.ini');
    writeFileSync(
      path,
      ['[log_pattern:declined]', 'regex = payment (declined|refused)', 'severity = high', 'min_count = 5', 'ignore_case = true', 'log_groups = /ecs/checkout*', ''].join('\n'),
    );
    const config = loadConfig({ cwd: dir, env: {}, now: new Date('2026-11-25T12:00:00Z'), catalog: { services: ['ecs'], detectors: [] }, configPath: path });
    expect(config.logs.patterns).toEqual([
      { name: 'declined', regex: 'payment (declined|refused)', ignoreCase: true, severity: 'high', minCount: 5, logGroups: ['/ecs/checkout*'] },
    ]);

    writeFileSync(path, ['[log_pattern:slow]', 'regex = (a+)+$', '', '[log_pattern:empty]', 'severity = low', ''].join('\n'));
    let problems: string[] = [];
    try {
      loadConfig({ cwd: dir, env: {}, now: new Date(), catalog: { services: ['ecs'], detectors: [] }, configPath: path });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems = error.problems.map((p) => `${p.where}: ${p.message}`);
    }
    expect(problems).toEqual([
      expect.stringMatching(/config\.ini:2 \[log_pattern:slow\] regex: .*repeats something that itself repeats/),
      expect.stringMatching(/\[log_pattern:empty\]: regex is required/),
    ]);
  });

  it('[logs] error_patterns run on every line too: an unsafe one is refused the same way, naming it', () => {
    const dir = tempDir('aws-monitor-error-patterns-');
    const path = join(dir, 'config.ini');
    writeFileSync(path, ['[logs]', 'error_patterns = \\bERROR\\b || (x+)+y', ''].join('\n'));
    let problems: string[] = [];
    try {
      loadConfig({ cwd: dir, env: {}, now: new Date(), catalog: { services: ['ecs'], detectors: [] }, configPath: path });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems = error.problems.map((p) => `${p.where}: ${p.message}`);
    }
    expect(problems).toEqual([expect.stringMatching(/config\.ini:2 \[logs\] error_patterns: value ".*" \/\(x\+\)\+y\/: .*repeats something that itself repeats/)]);
  });
});
