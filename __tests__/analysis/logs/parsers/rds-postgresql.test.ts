// PostgreSQL log parser on the excerpts the RDS and Aurora user guides print (fixture provenance
// in __tests__/fixtures/aws-logs/SOURCE.md), and on lines the guides do not show but PostgreSQL
// writes (connection slots, deadlocks...), built here with the documented RDS prefix.

import { classifyLevel, parseLine } from '../../../../src/analysis/logs/parsers/index.js';
import { fixtureBlocks } from './aws-fixtures.js';

const blocks = fixtureBlocks('rds_postgresql.txt');
const pg = (line: string) => parseLine('rds-postgresql', line);
const RDS_PREFIX = '2024-03-01 10:15:02 UTC:10.0.1.23(51234):app@orders:[6012]:';

describe('RDS PostgreSQL log parser', () => {
  it('takes the RDS prefix apart: time, user@database, severity, message', () => {
    const [statement] = blocks[0]!;
    expect(pg(statement!)).toEqual({
      level: 'info',
      message: 'statement: SELECT feedback, s.sentiment,s.confidence',
      timestamp: Date.parse('2022-10-05T22:05:52Z'),
      origin: 'postgres@labdb',
      db: { severity: 'LOG' },
    });
  });

  it('marks the lines of an entry that carry no prefix, and the DETAIL/STATEMENT lines, as continuations', () => {
    const block = blocks[0]!;
    expect(block.map((line) => [pg(line).continuation === true, pg(line).level])).toEqual([
      [false, 'info'], // LOG: statement: SELECT ...
      [true, 'unknown'], // FROM support, ...
      [true, 'unknown'], // ORDER BY ...
      [false, 'info'], // LOG: QUERY STATISTICS
      [true, 'info'], // DETAIL: ! system usage stats:
      ...Array.from({ length: 7 }, () => [true, 'unknown']), // ! ... statistics lines
      [true, 'info'], // STATEMENT: SELECT ...
      [true, 'unknown'],
      [true, 'unknown'],
      [false, 'error'], // ERROR: syntax error
      [true, 'info'], // STATEMENT: ORDER BY ...
      [true, 'unknown'], // the console's END OF LOG marker
    ]);
    expect(pg(block[4]!)).toMatchObject({ message: '! system usage stats:', db: { severity: 'DETAIL' } });
  });

  it('an ERROR is a query error; a background process has no user@database', () => {
    const syntax = blocks[0]!.find((l) => l.includes(':ERROR:'))!;
    expect(pg(syntax)).toMatchObject({ level: 'error', message: 'syntax error at or near "ORDER" at character 1', db: { severity: 'ERROR', category: 'query' } });
    const checkpoint = pg(blocks[1]![2]!);
    expect(checkpoint).toMatchObject({ level: 'info', message: 'checkpoint starting: time', db: { severity: 'LOG' } });
    expect(checkpoint.origin).toBeUndefined();
    expect(pg(blocks[4]![0]!)).toMatchObject({ level: 'error', message: 'permission denied for table table-name', db: { category: 'query' } });
  });

  it('a FATAL out of shared memory is a resource error, its wrapped HINT a continuation', () => {
    const [fatal, hint, wrap1, wrap2] = blocks[3]!;
    expect(pg(fatal!)).toMatchObject({ level: 'fatal', message: 'could not map anonymous shared memory: Cannot allocate memory', db: { severity: 'FATAL', category: 'resource' } });
    expect(pg(hint!)).toMatchObject({ level: 'info', continuation: true, db: { severity: 'HINT' } });
    expect([pg(wrap1!).continuation, pg(wrap2!).continuation]).toEqual([true, true]);
  });

  it('reads the pgaudit line with its elided host, and the 2014 replica excerpts', () => {
    const audit = blocks[5]!.find((l) => l.includes('AUDIT'))!;
    expect(pg(audit)).toMatchObject({ level: 'info', message: 'AUDIT:', origin: 'rds_test@postgres' });
    expect(pg(blocks[5]![2]!).continuation).toBe(true); // OBJECT,1,1,READ,...
    const replica = blocks[7]!;
    // Two spaces or none after the severity, and a no-break space copied from the page, all come off.
    expect(pg(replica[0]!)).toMatchObject({ level: 'debug', message: 'switched WAL source from archive to stream after failure', db: { severity: 'DEBUG' } });
    expect(pg(replica[2]!)).toMatchObject({ level: 'fatal', message: 'could not receive data from WAL stream:', db: { category: 'other' } });
    // The doc prints the libpq error of that FATAL on its own line with a bare "ERROR:": a line
    // starting with a severity is read as an entry of its own (it is an error either way).
    expect(pg(replica[3]!)).toMatchObject({ level: 'error', message: 'requested WAL segment 000000010000001A000000D3 has already been removed' });
    expect(pg(blocks[8]![0]!).message).toBe('started streaming WAL from primary at 1B/B6000000 on timeline 1');
  });

  it('the bare FATAL of the idle-in-transaction page is a connection error', () => {
    expect(pg(blocks[10]![0]!)).toEqual({
      level: 'fatal',
      message: 'terminating connection due to idle in transaction timeout',
      db: { severity: 'FATAL', category: 'connection' },
    });
  });

  it('reads the Aurora `%m [%p]` prefix with milliseconds', () => {
    expect(pg(blocks[11]![0]!)).toEqual({
      level: 'info',
      message: 'connection authorized: user=labtek database=labdb application_name=psql',
      timestamp: Date.parse('2022-03-07T21:44:53.978Z'),
      db: { severity: 'LOG' },
    });
  });

  it('every documented line is either an entry with a severity or a continuation', () => {
    for (const line of blocks.flat()) {
      const parsed = pg(line);
      if (parsed.continuation) continue;
      expect([line, parsed.db?.severity]).toEqual([line, expect.stringMatching(/^(LOG|ERROR|FATAL|PANIC|WARNING|DEBUG)$/)]);
    }
  });

  it('classifyLevel gives the level parseLine gives on every documented line', () => {
    for (const line of blocks.flat()) expect([line, classifyLevel(line, 'rds-postgresql')]).toEqual([line, pg(line).level]);
  });

  // Not in the AWS pages: PostgreSQL's own wording, with the RDS prefix.
  it.each([
    ['FATAL:  remaining connection slots are reserved for non-replication superuser connections', 'fatal', 'connection'],
    ['FATAL:  sorry, too many clients already', 'fatal', 'connection'],
    ['FATAL:  too many connections for role "app"', 'fatal', 'connection'],
    ['LOG:  could not receive data from client: Connection reset by peer', 'info', 'connection'],
    ['FATAL:  connection to client lost', 'fatal', 'connection'],
    ['FATAL:  terminating connection due to administrator command', 'fatal', 'connection'],
    ['FATAL:  password authentication failed for user "app"', 'fatal', 'auth'],
    ['ERROR:  could not write to file "base/pgsql_tmp/pgsql_tmp6012.0": No space left on device', 'error', 'resource'],
    ['ERROR:  out of memory', 'error', 'resource'],
    ['ERROR:  invalid page in block 4891 of relation base/16384/16402', 'error', 'corruption'],
    ['ERROR:  could not read block 12 in file "base/16384/16402": read only 0 of 8192 bytes', 'error', 'corruption'],
    ['ERROR:  deadlock detected', 'error', 'query'],
    ['ERROR:  canceling statement due to statement timeout', 'error', 'query'],
    ['PANIC:  could not locate a valid checkpoint record', 'fatal', 'other'],
    ['WARNING:  there is no transaction in progress', 'warn', undefined],
  ])('categorises %s', (rest, level, category) => {
    const parsed = pg(`${RDS_PREFIX}${rest}`);
    expect(parsed.level).toBe(level);
    expect(parsed.db?.category).toBe(category);
    expect(parsed.origin).toBe('app@orders');
    expect(parsed.continuation).toBeUndefined();
  });

  it('reads user@database after an IPv6 client, and keeps the lines of a multi-line event', () => {
    const parsed = pg(
      '2024-03-01 10:15:02 UTC:[2001:db8::17](40112):app@orders:[77]:ERROR:  duplicate key value violates unique constraint "orders_pkey"\nDETAIL:  Key (id)=(5) already exists.',
    );
    expect(parsed).toMatchObject({ level: 'error', origin: 'app@orders', db: { category: 'query' } });
    expect(parsed.message).toBe('duplicate key value violates unique constraint "orders_pkey"\nDETAIL:  Key (id)=(5) already exists.');
  });
});
