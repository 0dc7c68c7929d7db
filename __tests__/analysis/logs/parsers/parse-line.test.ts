// parseLine and classifyLevel as the digest uses them: dispatch by kind, never a throw whatever
// the input, and time linear in the line (no regex that backtracks without bound).

import { classifyLevel, parseLine, type LogLevel, type ParsedLine } from '../../../../src/analysis/logs/parsers/index.js';
import { LOG_KINDS, type LogKind } from '../../../../src/telemetry/logs/log-types.js';
import { fixtureBlocks, fixtureLines } from './aws-fixtures.js';

const LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'unknown'];

function wellFormed(parsed: ParsedLine, input: string): void {
  expect(LEVELS).toContain(parsed.level);
  expect(typeof parsed.message).toBe('string');
  // Never invents text: the message is at most the input (plus the short "METHOD path -> status" forms).
  expect(parsed.message.length).toBeLessThanOrEqual(Math.max(input.length, 64));
}

describe('parseLine', () => {
  it('dispatches on the source kind', () => {
    expect(parseLine('rds-postgresql', '2024-03-01 10:15:02 UTC::@:[355]:FATAL:  the database system is shutting down').db?.severity).toBe('FATAL');
    expect(parseLine('rds-mysql', '2024-03-01T10:15:02.123456Z 0 [ERROR] [MY-010958] [Server] Too many connections').db?.category).toBe('connection');
    expect(parseLine('dms', '[TARGET_APPLY    ]E:  Failed  (ar_odbc_stmt.c:2738)').dms?.component).toBe('TARGET_APPLY');
    expect(parseLine('waf', fixtureLines('waf.txt')[0]!).waf?.action).toBe('BLOCK');
    expect(parseLine('alb-access', fixtureLines('alb_access.txt')[6]!).httpStatus).toBe(502);
    expect(parseLine('application', '{"level":"error","msg":"x"}').level).toBe('error');
    // A kind this version does not know is read as application logs.
    expect(parseLine('something-new' as LogKind, 'ERROR boom')).toMatchObject({ level: 'error', message: 'boom' });
  });

  const hostile: Record<string, string> = {
    empty: '',
    'one space': ' ',
    'lone surrogates': '\ud800\udfff\udc00 ERROR \ud83d',
    nul: '\u0000\u0000ERROR\u0000',
    'binary garbage': Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 2654435761) % 65536)).join(''),
    'broken JSON': '{"level":"error","msg":"unterminated',
    'JSON that is not an object': '{}',
    'a JSON array': '[1,2,3]',
    'wrong JSON types': '{"level":{"a":1},"msg":42,"err":[1],"status":"abc","time":"yesterday","timestamp":-5}',
    'deeply nested JSON': `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`,
    'only a prefix': '2024-03-01 10:15:02 UTC:10.0.0.1(1):a@b:[1]:',
    'only brackets': '[[[[[[[[[[]]]]',
    'newlines only': '\n\n\n',
  };

  it.each(Object.entries(hostile))('never throws on %s, for any kind', (_, input) => {
    for (const kind of LOG_KINDS) {
      const parsed = parseLine(kind, input);
      wellFormed(parsed, input);
      expect(LEVELS).toContain(classifyLevel(input, kind));
    }
  });

  it('never throws on a value that is not a string', () => {
    for (const value of [undefined, null, 42, { message: 'x' }]) {
      expect(() => parseLine('application', value as unknown as string)).not.toThrow();
      expect(classifyLevel(value as unknown as string)).toBe('unknown');
    }
  });

  // 1 MB lines built to make a backtracking regex or a quadratic scan blow up: runs of the
  // characters each parser looks for, with nothing that completes the pattern.
  const MB = 1 << 20;
  const fill = (unit: string, prefix = '', suffix = ''): string => prefix + unit.repeat(Math.ceil((MB - prefix.length - suffix.length) / unit.length)) + suffix;
  const adversarial: Record<string, string> = {
    letters: fill('a'),
    spaces: fill(' '),
    tabs: fill('\t'),
    'open brackets': fill('['),
    quotes: fill('"'),
    braces: fill('{'),
    'unterminated JSON string': fill('\\"', '{"level":"error","msg":"'),
    'request starts': fill('"GET '),
    'an endless path': fill('a', '10.0.0.1 - - [x] "GET /'),
    digits: fill('1'),
    timestamps: fill('2024-03-01 10:15:02 '),
    'logfmt keys': fill('level='),
    'level words': fill('ERROR '),
    'dotted words': fill('a.'),
    'exception-ish identifier': fill('a', '', 'Exceptio'),
    'postgres prefix pieces': fill(':[1]', '2024-03-01 10:15:02 UTC'),
    'at signs': fill('@', '2024-03-01 10:15:02 UTC:'),
    'DMS context openers': fill('  {', '[TARGET_APPLY]E: '),
    'DMS source file': fill('(a.c:1', '[TARGET_APPLY]E: '),
    'slow log header': fill('# Query_time: 1 ', '# Time: 240301 10:15:02\n'),
    'MySQL brackets': fill('[', '2024-03-01T10:15:02.123456Z 1 '),
    'ALB quotes': fill('" ', 'http '),
    'WAF action key': fill('"action":"', '{'),
    'db phrases': fill('connection ', '2024-03-01 10:15:02 UTC::@:[1]:ERROR: '),
  };

  it.each(Object.entries(adversarial))('parses a 1 MB line of %s in well under 100 ms with every parser', (_, input) => {
    for (const kind of LOG_KINDS) {
      parseLine(kind, 'warm up'); // keep compile time out of the measure
      const started = performance.now();
      const parsed = parseLine(kind, input);
      const level = classifyLevel(input, kind);
      const ms = performance.now() - started;
      expect([kind, ms < 100]).toEqual([kind, true]);
      expect(LEVELS).toContain(parsed.level);
      expect(LEVELS).toContain(level);
    }
  });
});

describe('classifyLevel', () => {
  it('agrees with parseLine on every documented AWS line and on application lines', () => {
    const byKind: Array<[LogKind, string[]]> = [
      ['alb-access', fixtureLines('alb_access.txt')],
      ['waf', fixtureLines('waf.txt')],
      ['rds-postgresql', fixtureBlocks('rds_postgresql.txt').flat()],
      ['dms', fixtureBlocks('dms.txt').flat()],
      ['rds-mysql', fixtureBlocks('rds_mysql.thirdparty.txt').map((b) => b.join('\n'))],
      [
        'application',
        [
          '2024-03-01 10:15:02.123 ERROR 7 --- [main] c.x.Y : failed',
          '2024-03-01T10:15:02.123Z  INFO 1 --- [app] [main] c.x.Y : ok',
          '{"level":"error","msg":"boom"}',
          '{"level":50,"msg":"pino error"}',
          '{"severity":"CRITICAL","message":"disk"}',
          '{"log":"2024-03-01 10:15:02,123 WARN [main] c.s.App - slow"}',
          '{"status":503,"path":"/pay"}',
          '10.0.0.1 - - [01/Mar/2024:10:15:02 +0000] "GET /x HTTP/1.1" 404 12 "-" "curl"',
          'level=error msg="x"',
          'ERROR:root:x',
          '\tat com.shop.A.b(A.java:1)',
          'Traceback (most recent call last):',
          'plain text line',
          'something failed with error 42',
        ],
      ],
    ];
    for (const [kind, lines] of byKind) {
      for (const line of lines) expect([kind, line, classifyLevel(line, kind)]).toEqual([kind, line, parseLine(kind, line).level]);
    }
  });

  it('defaults to application logs', () => {
    expect(classifyLevel('2024-03-01 10:15:02,123 ERROR [main] c.x.Y - boom')).toBe('error');
    expect(classifyLevel('{"level":"warn"}')).toBe('warn');
    expect(classifyLevel('')).toBe('unknown');
  });
});
