// MySQL log parser. AWS pages describe the RDS MySQL logs without printing a line, so the two real
// examples are third-party (an RDS 5.7 error-log line and an RDS slow-query record; provenance in
// __tests__/fixtures/aws-logs/SOURCE.md). MySQL 8.0 and MariaDB lines are built here in the
// servers' documented error-log formats.

import { classifyLevel, parseLine } from '../../../../src/analysis/logs/parsers/index.js';
import { fixtureBlocks } from './aws-fixtures.js';

const [errorLog, slowLog] = fixtureBlocks('rds_mysql.thirdparty.txt').map((lines) => lines.join('\n'));
const my = (line: string) => parseLine('rds-mysql', line);

describe('RDS MySQL log parser', () => {
  it('reads the 5.7 error-log line: an aborted connection is a connection note', () => {
    expect(my(errorLog!)).toEqual({
      level: 'info',
      message: "Aborted connection 703463 to db: 'mysql' user: 'user_name' host: '10.x.x.x' (Got an error reading communication packets)",
      timestamp: Date.parse('2017-07-04T09:58:45.968Z'),
      db: { severity: 'Note', category: 'connection' },
    });
  });

  it('reads a slow-query entry: the statement, its time from SET timestamp, user, host and counts', () => {
    expect(my(slowLog!)).toEqual({
      level: 'warn',
      message: 'SELECT count(*) from mysql.rds_table_status WHERE action = "reset slave" and master_host is NULL and master_port is NULL ORDER BY action_timestamp LIMIT 1;',
      timestamp: 1551260760 * 1000,
      slowQuery: { queryTime: 0.000202, lockTime: 0.000077, rowsSent: 1, rowsExamined: 1, user: 'rdsadmin', host: 'localhost' },
      db: { category: 'query' },
    });
  });

  it('a slow-log header line on its own continues an entry; `# Time:` starts one', () => {
    const lines = slowLog!.split('\n');
    expect(my(lines[0]!)).toMatchObject({ level: 'warn', message: '# Time: 190227 9:46:00' });
    expect(my(lines[0]!).continuation).toBeUndefined();
    for (const line of lines.slice(1, 5)) expect([line, my(line).continuation]).toEqual([line, true]);
  });

  it('reads MySQL 8.0 lines: error code and subsystem', () => {
    const parsed = my('2024-03-01T10:15:02.123456Z 0 [Warning] [MY-010068] [Server] CA certificate ca.pem is self signed.');
    expect(parsed).toEqual({
      level: 'warn',
      message: 'CA certificate ca.pem is self signed.',
      timestamp: Date.parse('2024-03-01T10:15:02.123Z'),
      origin: 'Server',
      db: { severity: 'Warning', code: 'MY-010068' },
    });
    expect(my("2024-03-01T10:15:02.123456Z 4211 [Note] [MY-010926] [Server] Access denied for user 'app'@'10.0.1.5' (using password: YES)")).toMatchObject({
      level: 'info',
      db: { category: 'auth' },
    });
  });

  it.each([
    ['2024-03-01T10:15:02.123456Z 0 [ERROR] [MY-010958] [Server] Too many connections', 'error', 'connection'],
    ['2024-03-01T10:15:02.123456Z 12 [ERROR] [MY-012592] [InnoDB] Operating system error number 28 in a file operation: No space left on device', 'error', 'resource'],
    [
      '2024-03-01T10:15:02.123456Z 12 [ERROR] [MY-011971] [InnoDB] Database page corruption on disk or a failed file read of page [page id: space=5, page number=3]',
      'error',
      'corruption',
    ],
    ['2024-03-01T10:15:02.123456Z 12 [ERROR] [MY-000000] [Server] Something unexpected', 'error', 'other'],
    ['2019-01-01 12:00:00 0 [Note] InnoDB: Buffer pool(s) load completed', 'info', undefined],
  ])('categorises %s', (line, level, category) => {
    expect(my(line).level).toBe(level);
    expect(my(line).db?.category).toBe(category);
  });

  it('classifyLevel gives the level parseLine gives', () => {
    for (const line of [errorLog!, slowLog!, ...slowLog!.split('\n'), '2024-03-01T10:15:02.123456Z 0 [ERROR] [MY-010958] [Server] Too many connections']) {
      expect([line, classifyLevel(line, 'rds-mysql')]).toEqual([line, my(line).level]);
    }
  });

  it('a line without the error-log header is read as an application line', () => {
    expect(my('mysqld got signal 11 ;')).toMatchObject({ level: 'unknown', message: 'mysqld got signal 11 ;' });
    expect(my('ERROR 1045 (28000): Access denied')).toMatchObject({ level: 'error' });
  });
});
