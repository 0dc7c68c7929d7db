// Property: arbitrary strings in every input of action.yml go through readInputs and the config
// loader's overrides: either they are accepted, or a UserError / ConfigError names the input.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { readInputs } from '../../src/action/inputs.js';
import { loadConfig } from '../../src/config/load.js';
import { integer } from '../../src/config/schema.js';
import { ConfigError, UserError } from '../../src/errors.js';
import { tempDir } from '../support/temp-dir.js';

const NOW = new Date('2026-11-25T12:00:00Z');
const CATALOG = { services: ['ecs', 'cloudformation'], detectors: [{ id: 'metric_error_rate_spike', thresholds: { ratio: { spec: integer(1, 1000), default: 3 } } }] };

// The inputs action.yml declares, read from the file so a new input is covered too.
const ACTION_YML = readFileSync(new URL('../../action.yml', import.meta.url), 'utf8');
const INPUTS = [...ACTION_YML.slice(ACTION_YML.indexOf('\ninputs:'), ACTION_YML.indexOf('\noutputs:')).matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]!);

const PLAUSIBLE: Record<string, string[]> = {
  'aws-region': ['us-east-2', 'eu-west-1', 'US-EAST-2', 'mars-1', ' us-east-1 '],
  since: ['1h', '24h', '7d', '90d', '91d', '0m', '1h30m', '1.5h', '-1h', '1e3h', '999999999999999999999d'],
  'fail-on': ['high', 'never', 'HIGH', 'severe', ' low '],
  services: ['ecs', 'ecs,cloudformation', 'ecs,,', 'lambda', ', ,'],
  format: ['text', 'markdown', 'json', 'xml'],
  'min-severity': ['info', 'critical', 'none'],
  mode: ['scan', 'gate', 'GATE', 'deploy'],
  'role-duration-seconds': ['3600', '900', '43200', '1e3', 'NaN', '-1', '3600.5', '0x10'],
  'github-issues': ['true', 'false', 'TRUE', 'yes'],
  'github-issues-min-severity': ['high', 'critical', 'urgent'],
  'github-issues-labels': ['aws-monitor', 'a, b', ', ,'],
};
const inputValue = (name: string) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant('') },
    { weight: 3, arbitrary: fc.constantFrom(...(PLAUSIBLE[name] ?? ['x'])) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.constantFrom('\n', ' \t ', '\u0000', '"', "'", '=', ';', '#', '../../etc', '.') },
  );
const inputs = fc.record(Object.fromEntries(INPUTS.filter((name) => name !== 'config').map((name) => [name, inputValue(name)])) as Record<string, fc.Arbitrary<string>>);

describe('action inputs (property)', () => {
  const cwd = tempDir('aws-monitor-inputs-prop-');

  it('action.yml declares the inputs readInputs reads', () => {
    expect(INPUTS).toEqual(expect.arrayContaining(['aws-region', 'since', 'fail-on', 'services', 'format', 'min-severity', 'mode', 'config', 'role-duration-seconds']));
  });

  it('any input values are accepted, or refused naming the input', () => {
    fc.assert(
      fc.property(inputs, (values) => {
        const getInput = (name: string): string => values[name] ?? '';
        let read: ReturnType<typeof readInputs>;
        try {
          read = readInputs(getInput);
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          // Inputs readInputs checks itself (mode, github-issues and its settings) name themselves.
          expect(INPUTS).toContain(/^input ([a-z-]+): /.exec(error.message)?.[1]);
          return;
        }
        expect(typeof read.roleDurationSeconds).toBe('number');
        for (const o of read.overrides) {
          expect(INPUTS).toContain(o.where.replace(/^input /, ''));
          expect(o.value).toBe(o.value.trim());
          expect(o.value).not.toBe('');
        }
        try {
          loadConfig({ cwd, env: {}, now: NOW, catalog: CATALOG, overrides: read.overrides });
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error;
          for (const problem of error.problems) {
            if (!/^input [a-z-]+$/.test(problem.where) || !INPUTS.includes(problem.where.slice(6)))
              throw new Error(`problem does not name an input: ${JSON.stringify(problem)}`, { cause: error });
          }
          expect(error.message).not.toMatch(/\n\s+at /);
        }
      }),
      { seed: 31_337, numRuns: 500 },
    );
  });

  // readInputs does not check role-duration-seconds (main.ts does, naming the input, before any
  // AWS call): garbage reads as NaN here, never as a crash. Documented as it is.
  it('role-duration-seconds is read as a number (NaN for garbage, checked by main.ts)', () => {
    const read = (value: string) => readInputs((name) => (name === 'role-duration-seconds' ? value : '')).roleDurationSeconds;
    expect(read('')).toBe(3600);
    expect(read('900')).toBe(900);
    expect(read('abc')).toBeNaN();
    expect(read('0x10')).toBe(16);
  });

  // The config input is a path: a missing or unreadable one is a ConfigError naming the path (not
  // "input config"), with a hint written for the CLI (--config). Documented as it is.
  it('an arbitrary config input is a ConfigError naming the path, or loads', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('.', '..', 'missing.ini', 'a\u0000b', '/dev/null')), (configPath) => {
        const read = readInputs((name) => (name === 'config' ? configPath : ''));
        if (read.configPath === '') return;
        try {
          loadConfig({ configPath: read.configPath, cwd, env: {}, now: NOW, catalog: CATALOG, overrides: read.overrides });
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error;
          for (const problem of error.problems) expect(problem.where.startsWith('/')).toBe(true);
        }
      }),
      { seed: 5, numRuns: 200 },
    );
  });
});
