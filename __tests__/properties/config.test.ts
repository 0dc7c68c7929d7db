// Property: any INI-ish text in config.ini either loads, or fails with a ConfigError whose every
// problem names where (file:line [section] key, or the [section]), without a stack trace, and
// without ever echoing a secret (aws_secret_access_key, external_id...).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadConfig } from '../../src/config/load.js';
import { integer } from '../../src/config/schema.js';
import { ConfigError } from '../../src/errors.js';
import { tempDir } from '../support/temp-dir.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const CATALOG = {
  services: ['ecs', 'cloudformation', 'rds'],
  detectors: [{ id: 'metric_error_rate_spike', thresholds: { ratio: { spec: integer(1, 1000), default: 3 } } }],
};

const SECTIONS = [
  'aws',
  'scan',
  'filters',
  'metrics',
  'logs',
  'output',
  'gate',
  'credentials',
  'account:prod',
  'account:',
  'account: x y ',
  'detector:metric_error_rate_spike',
  'detector:nope',
  'log_pattern:declined',
  'log_pattern:',
  'weird',
  'Scan',
  ' scan ',
];
const KEYS = [
  'region',
  'profile',
  'endpoint_url',
  'max_attempts',
  'since',
  'from',
  'to',
  'services',
  'concurrency',
  'include_tags',
  'error_patterns',
  'engine',
  'format',
  'fail_on',
  'min_severity',
  'window',
  'confidence',
  'enabled',
  'severity',
  'ratio',
  'regex',
  'ignore_case',
  'min_count',
  'log_groups',
  'role_arn',
  'regions',
  'session_name',
  'aws_access_key_id',
  'REGION',
  'x.y-z',
  'unknown_key',
  'constructor',
  '__proto__',
];
const SECRET_KEYS = ['aws_secret_access_key', 'external_id', 'aws_session_token', 'aws_access_key_id'];
const VALUES = [
  '',
  '1',
  '24h',
  '7d',
  '0',
  '-5',
  '1e9',
  'NaN',
  'true',
  'maybe',
  'us-east-2',
  'https://x',
  'arn:aws:iam::123456789012:role/x',
  '2026-11-20T08:00:00Z',
  '2099-01-01',
  'ecs, rds',
  'a=b, c',
  '(a+)+$',
  'x ; comment',
  '"quoted"',
  "'q'",
  '"unterminated',
  '=',
  '==',
  'a = b',
  '日本語 ✓',
  '\u0000',
  '\uFEFF',
];

// Secrets are marked so they can be found in a message: nothing else in the text contains "Zq".
const secretValue = fc
  .string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+'.split('')), minLength: 4, maxLength: 40 })
  .map((s) => `Zq${s}`);
const anyValue = fc
  .oneof(
    { weight: 4, arbitrary: fc.constantFrom(...VALUES) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.nat(200_000).map((n) => 'v'.repeat(n)) },
  )
  .map((v) => v.replace(/Zq/g, 'zq'));

const lineArb = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...SECTIONS).map((s) => `[${s}]`) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((s) => `[${s.replace(/Zq/g, '')}]`) },
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(' = ', '=', ': ', ' =', '\t=\t'), anyValue).map(([k, sep, v]) => `${k}${sep}${v}`) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...SECRET_KEYS), fc.constantFrom(' = ', '=', ': '), secretValue, fc.constantFrom('', ' ; note', '"'))
      .map(([k, sep, v, tail]) => `${k}${sep}${tail === '"' ? `"${v}"` : v + tail}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('; comment', '# comment', '', '   ', '\t', 'garbage line', '= no key', '[unclosed', ']', '\u0000\u0000', 'key with space = 1', '\u2028'),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }).map((s) => s.replace(/Zq/g, '')) },
);

const fileText = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n'),
    lines: fc.array(lineArb, { maxLength: 30, size: 'max' }),
  })
  .map(({ bom, eol, lines }) => (bom ? '\uFEFF' : '') + lines.join(eol));

describe('config files (property)', () => {
  const dir = tempDir('aws-monitor-config-prop-');
  let n = 0;
  const write = (text: string): string => {
    const path = join(dir, `c${(n += 1)}.ini`);
    writeFileSync(path, text);
    return path;
  };

  it('loads, or throws a ConfigError naming a place for every problem, never echoing a secret', () => {
    fc.assert(
      fc.property(fileText, (text) => {
        const path = write(text);
        let error: unknown;
        try {
          loadConfig({ configPath: path, cwd: dir, env: {}, now: NOW, catalog: CATALOG });
          return;
        } catch (caught) {
          error = caught;
        }
        if (!(error instanceof ConfigError)) throw new Error(`not a ConfigError: ${String(error)}`);
        const lineCount = text.replace(/^\uFEFF/, '').split(/\r?\n/).length;
        expect(error.problems.length).toBeGreaterThan(0);
        for (const problem of error.problems) {
          const inFile = problem.where.startsWith(`${path}:`);
          const section = /^\[[^\]]+\]$/.test(problem.where);
          if (!inFile && !section) throw new Error(`problem does not name a place: ${JSON.stringify(problem)}`);
          if (inFile) {
            const line = Number(/^:(\d+)/.exec(problem.where.slice(path.length))?.[1]);
            expect(line).toBeGreaterThanOrEqual(1);
            expect(line).toBeLessThanOrEqual(lineCount);
          }
          expect(problem.message.length).toBeGreaterThan(0);
        }
        expect(error.message).not.toMatch(/\n\s+at /);
        // The secrets written to the file never come back in a message.
        expect(error.message).not.toContain('Zq');
      }),
      { seed: 8_675_309, numRuns: 400 },
    );
  });

  it('a file of only a BOM, blank lines, CRLFs, NUL bytes and comments loads with the defaults', () => {
    const path = write('\uFEFF\r\n; a\r\n# b\r\n\r\n   \r\n');
    expect(loadConfig({ configPath: path, cwd: dir, env: {}, now: NOW, catalog: CATALOG }).region).toBe('us-east-2');
    const nul = write('[scan]\nsince = 24h\u0000\n');
    expect(() => loadConfig({ configPath: nul, cwd: dir, env: {}, now: NOW, catalog: CATALOG })).toThrow(ConfigError);
  });

  it('a duplicate key is a problem on its line, whatever the case of the key', () => {
    const path = write('[scan]\nsince = 1h\nSINCE = 2h\n');
    expect(() => loadConfig({ configPath: path, cwd: dir, env: {}, now: NOW, catalog: CATALOG })).toThrow(`${path}:3 [scan] since: set twice (first on line 2); keep one`);
  });

  // Found by the property above: settings were looked up with obj[key] on plain objects, so a key
  // named like an Object.prototype property crashed the loader (fixed sections, [detector:ID]) or
  // was silently ignored ([account:NAME], [log_pattern:NAME]). It is an unknown key like any other.
  it.each([
    ['[scan]\nconstructor = 1\n', '[scan] constructor: unknown key in [scan]'],
    ['[aws]\n__proto__ = 1\n', '[aws] __proto__: unknown key in [aws]'],
    ['[detector:metric_error_rate_spike]\nconstructor = 1\n', '[detector:metric_error_rate_spike] constructor: unknown key'],
    ['[account:prod]\nrole_arn = arn:aws:iam::123456789012:role/x\nconstructor = x\n', '[account:prod] constructor: unknown key in [account:prod]'],
    ['[log_pattern:p]\nregex = x\n__proto__ = 1\n', '[log_pattern:p] __proto__: unknown key in [log_pattern:p]'],
  ])('a key named after Object.prototype is an unknown key, on its line: %j', (text, message) => {
    const path = write(text);
    let problems: string[] = [];
    try {
      loadConfig({ configPath: path, cwd: dir, env: {}, now: NOW, catalog: CATALOG });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      problems = (error as ConfigError).problems.map((p) => `${p.where}: ${p.message}`);
    }
    expect(problems).toEqual([expect.stringContaining(`${path}:${text.split('\n').length - 1} ${message}`)]);
  });
});
